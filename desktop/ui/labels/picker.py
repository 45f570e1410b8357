"""The category picker: a search box over the workspace's labels (colour swatches), checkboxes for
the chosen ones. Fully keyboard-driven: type to filter, Up/Down to move, Space to check or uncheck,
Enter to apply, Escape to cancel.

Used for (1) a conversation's categories — `changes()` gives (added, removed) against the titles it
was opened with; (2) bulk labelling of a selection — start with nothing checked, apply adds; (3) the
list's category filter — `checked()` are the titles to filter by (ConversationQuery.labels).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.models import Label
from desktop.ui.labels.model import LabelModel
from desktop.ui.widgets.search_list import search_and_list


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
        self.search, self.view, self.keys = search_and_list(
            self, self.model, search_name="labelPickerSearch", list_name="labelPickerList",
            placeholder=self.tr("Type to find a category; Space checks it"), refilter=self._refilter,
            on_enter=lambda _modifiers: self.accept(), on_key=self._toggle_key)
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
        self.keys.select_first()

    def current_row(self) -> int:
        return self.keys.current_row()

    def checked(self) -> list[str]:
        return self.model.checked_titles()

    def changes(self) -> tuple[list[str], list[str]]:
        """(added, removed) compared with the titles the picker was opened with."""
        now = self.checked()
        return [t for t in now if t not in self._initial], [t for t in self._initial if t not in now]

    def _toggle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and self.current_row() >= 0:  # titles never contain spaces
            self.model.toggle(self.current_row())
            return True
        return False
