"""The preferences dialog: language, desktop notifications (Mine / Unassigned), Enter sends, close to tray.

Values are written to `Settings` when the dialog is accepted; `applied` tells the app so it can update
the live notification policy. The language takes effect at the next start (said in the dialog).

Signals: applied().
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.system.settings import Settings
from desktop.ui.theme import THEME


class PreferencesDialog(QDialog):
    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self._languages = ["system", "en", "ar"]
        for text in (self.tr("System language"), "English", "العربية"):
            self.language.addItem(text)
        current = settings.language if settings.language in self._languages else "system"
        self.language.setCurrentIndex(self._languages.index(current))
        self.notify_mine = QCheckBox(self.tr("New messages in conversations assigned to me"), self)
        self.notify_mine.setChecked(settings.notify_mine)
        self.notify_unassigned = QCheckBox(self.tr("New unassigned conversations"), self)
        self.notify_unassigned.setChecked(settings.notify_unassigned)
        self.enter_sends = QCheckBox(self.tr("Enter sends the reply (Shift+Enter for a new line)"), self)
        self.enter_sends.setChecked(settings.enter_sends)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps the app running in the tray"), self)
        self.close_to_tray.setChecked(settings.close_to_tray)
        note = QLabel(self.tr("A new language is used from the next start."), self)
        note.setStyleSheet(f"color: {THEME.muted};")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Desktop notifications"), self.notify_mine)
        form.addRow("", self.notify_unassigned)
        form.addRow(self.tr("Replies"), self.enter_sends)
        form.addRow(self.tr("Window"), self.close_to_tray)
        form.addRow(buttons)

    def accept(self) -> None:
        settings = self._settings
        settings.language = self._languages[self.language.currentIndex()]
        settings.notify_mine = self.notify_mine.isChecked()
        settings.notify_unassigned = self.notify_unassigned.isChecked()
        settings.enter_sends = self.enter_sends.isChecked()
        settings.close_to_tray = self.close_to_tray.isChecked()
        settings.sync()
        self.applied.emit()
        super().accept()
