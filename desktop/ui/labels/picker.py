"""The category picker: a search box over the workspace's labels (colour swatches), checkboxes for
the chosen ones. Fully keyboard-driven: type to filter, Up/Down to move, Space to check or uncheck,
Enter to apply, Escape to cancel.

Used for (1) a conversation's categories — `changes()` gives (added, removed) against the titles it
was opened with; (2) bulk labelling of a selection — start with nothing checked, apply adds; (3) the
list's category filter — `checked()` are the titles to filter by (ConversationQuery.labels).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Label
from desktop.ui.labels.model import LabelModel

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}


class LabelPicker(QDialog):
    """No signals beyond QDialog's; read `checked()` / `changes()` after Accepted."""

    def __init__(self, labels: Sequence[Label], checked: Iterable[str] = (), *, title: str = "",
                 prompt: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPicker")
        self.setWindowTitle(title or self.tr("Categories"))
        self._initial = list(checked)
        self.model = LabelModel(labels, checkable=True, parent=self)
        self.model.set_checked_titles(self._initial)
        self.search = QLineEdit(self)
        self.search.setObjectName("labelPickerSearch")
        self.search.setPlaceholderText(self.tr("Type to find a category; Space checks it"))
        self.search.textChanged.connect(self._refilter)
        self.search.installEventFilter(self)
        self.view = QListView(self)
        self.view.setObjectName("labelPickerList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.clicked.connect(lambda index: self.model.toggle(index.row()))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if prompt:
            text = QLabel(prompt, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._refilter()
        self.search.setFocus()

    def _refilter(self) -> None:
        self.model.set_filter(self.search.text())
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def checked(self) -> list[str]:
        return self.model.checked_titles()

    def changes(self) -> tuple[list[str], list[str]]:
        """(added, removed) compared with the titles the picker was opened with."""
        now = self.checked()
        return [t for t in now if t not in self._initial], [t for t in self._initial if t not in now]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in _MOVES and self.model.rowCount():
            row = max(0, min(self.current_row() + _MOVES[Qt.Key(key)], self.model.rowCount() - 1))
            self.view.setCurrentIndex(self.model.index(row, 0))
            return True
        if key == Qt.Key.Key_Space and self.current_row() >= 0:  # titles never contain spaces
            self.model.toggle(self.current_row())
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return True
        return False
