"""The preferences dialog, in tabs:
- General: language, desktop notifications (Mine / Unassigned), Enter sends, close to tray — written to
  `Settings` when the dialog is accepted (`applied` tells the app so it can update the live notification
  policy; the language takes effect at the next start, said in the dialog). A setting IT locked by policy
  is shown disabled with a lock note ("Set by your organisation") and never written;
- Shortcuts: the shortcuts settings page of the action registry (changes apply at once);
- Resolving: per workspace of the signed-in user, whether resolving asks for a category (the triage
  resolve policy, saved at once).

Signals: applied().
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Workspace
from desktop.system.settings import Settings
from desktop.ui.actions import ActionRegistry
from desktop.ui.theme import THEME


class PreferencesDialog(QDialog):
    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, registry: ActionRegistry | None = None,
                 workspaces: Sequence[Workspace] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(self._general(settings), self.tr("General"))
        self.shortcuts: QWidget | None = None
        if registry is not None:
            from desktop.ui.shortcuts.settings_page import ShortcutSettingsPage

            self.shortcuts = ShortcutSettingsPage(registry, self)
            self.tabs.addTab(self.shortcuts, self.tr("Shortcuts"))
        self.resolve_policies: dict[int, QWidget] = {}
        if workspaces:
            self.tabs.addTab(self._resolving(settings.qsettings, workspaces), self.tr("Resolving"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _general(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("generalPreferences")
        self.language = QComboBox(page)
        self.language.setObjectName("languageChoice")
        self._languages = ["system", "en", "ar"]
        for text in (self.tr("System language"), "English", "العربية"):
            self.language.addItem(text)
        current = settings.language if settings.language in self._languages else "system"
        self.language.setCurrentIndex(self._languages.index(current))
        self.notify_mine = QCheckBox(self.tr("New messages in conversations assigned to me"), page)
        self.notify_mine.setChecked(settings.notify_mine)
        self.notify_unassigned = QCheckBox(self.tr("New unassigned conversations"), page)
        self.notify_unassigned.setChecked(settings.notify_unassigned)
        self.enter_sends = QCheckBox(self.tr("Enter sends the reply (Shift+Enter for a new line)"), page)
        self.enter_sends.setChecked(settings.enter_sends)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps the app running in the tray"), page)
        self.close_to_tray.setChecked(settings.close_to_tray)
        note = QLabel(self.tr("A new language is used from the next start."), page)
        note.setStyleSheet(f"color: {THEME.muted};")
        note.setWordWrap(True)
        self.locked: dict[str, QWidget] = {}
        for key, widget in (("language", self.language), ("notifications/mine", self.notify_mine),
                            ("notifications/unassigned", self.notify_unassigned),
                            ("composer/enter_sends", self.enter_sends), ("window/close_to_tray", self.close_to_tray)):
            if settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your organisation's IT policy"))
                self.locked[key] = widget
        form = QFormLayout(page)
        if self.locked:
            managed = QLabel("\N{LOCK} " + self.tr("Some settings are set by your organisation and cannot be "
                                                    "changed here."), page)
            managed.setObjectName("managedNote")
            managed.setWordWrap(True)
            managed.setStyleSheet(f"color: {THEME.muted};")
            form.addRow(managed)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Desktop notifications"), self.notify_mine)
        form.addRow("", self.notify_unassigned)
        form.addRow(self.tr("Replies"), self.enter_sends)
        form.addRow(self.tr("Window"), self.close_to_tray)
        return page

    def _resolving(self, qsettings: QSettings, workspaces: Sequence[Workspace]) -> QWidget:
        from desktop.ui.triage.policy import ResolvePolicySetting, ResolvePolicyStore

        page = QWidget(self)
        page.setObjectName("resolvingPreferences")
        layout = QVBoxLayout(page)
        store = ResolvePolicyStore(qsettings)
        for workspace in workspaces:
            box = QGroupBox(workspace.name, page)
            setting = ResolvePolicySetting(store, workspace.id, box)
            QVBoxLayout(box).addWidget(setting)
            layout.addWidget(box)
            self.resolve_policies[workspace.id] = setting
        layout.addStretch(1)
        return page

    def accept(self) -> None:
        settings = self._settings
        if "language" not in self.locked:
            settings.language = self._languages[self.language.currentIndex()]
        if "notifications/mine" not in self.locked:
            settings.notify_mine = self.notify_mine.isChecked()
        if "notifications/unassigned" not in self.locked:
            settings.notify_unassigned = self.notify_unassigned.isChecked()
        if "composer/enter_sends" not in self.locked:
            settings.enter_sends = self.enter_sends.isChecked()
        if "window/close_to_tray" not in self.locked:
            settings.close_to_tray = self.close_to_tray.isChecked()
        settings.sync()
        self.applied.emit()
        super().accept()
