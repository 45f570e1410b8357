"""AttachmentStrip: the files waiting to go with the next message, each removable with one click.

At most 15 files (Chatwoot's limit per message) and 40 MB each are accepted by the composer.

Signals: changed().
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from desktop.domain.files import OutgoingFile
from desktop.ui.bidi import isolate

MAX_ATTACHMENTS = 15
MAX_FILE_BYTES = 40 * 1024 * 1024


class AttachmentStrip(QWidget):
    """Signals: changed()."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._files: list[OutgoingFile] = []
        self._buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)

    def files(self) -> list[OutgoingFile]:
        return list(self._files)

    def add(self, file: OutgoingFile) -> None:
        self._files.append(file)
        button = QToolButton(self)
        button.setText(f"{isolate(file.filename)}  ×")
        button.setToolTip(self.tr("Remove this file"))
        button.setAccessibleName(self.tr("Remove %1").replace("%1", file.filename))
        button.clicked.connect(lambda _=False, b=button: self._remove(b))
        self._buttons.append(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self.changed.emit()

    def _remove(self, button: QToolButton) -> None:
        index = self._buttons.index(button)
        del self._buttons[index]
        del self._files[index]
        button.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        if not self._files:
            return
        for button in self._buttons:
            button.deleteLater()
        self._buttons.clear()
        self._files.clear()
        self.changed.emit()
