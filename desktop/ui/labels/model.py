"""List model of the workspace's labels with colour swatches, a check state and a fuzzy filter.

`set_labels()` replaces the root (workspace labels changed); `set_filter(text)` shows the labels
matching `text` (title or description, Arabic-aware) — a new result list, so the model resets (a
ResultListModel of the labels shown); check
states live by title and survive filtering. Roles: Display = title, Decoration = the label colour,
ToolTip = description, CheckState (when `checkable`), TitleRole, LabelRole, and DigitRole (the 1-9
shortcut shown before the first nine visible labels when `digits` is on).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from desktop.domain.models import Label
from desktop.services.saved_replies_search import FuzzyIndex
from desktop.ui.qt_types import AnyIndex
from desktop.ui.theme import label_color
from desktop.ui.widgets.list_model import ResultListModel
from desktop.ui.widgets.table_model import read_only_flags

TitleRole = Qt.ItemDataRole.UserRole + 1
LabelRole = Qt.ItemDataRole.UserRole + 2
DigitRole = Qt.ItemDataRole.UserRole + 3


class LabelModel(ResultListModel[Label]):
    """Signals: checked_changed()."""

    checked_changed = Signal()

    def __init__(self, labels: Sequence[Label] = (), *, checkable: bool = True, digits: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checkable = checkable
        self._digits = digits
        self._checked: set[str] = set()
        self._all: list[Label] = []
        self._index: FuzzyIndex[Label] = FuzzyIndex([], code=lambda x: x.title, body=lambda x: x.description)
        self._filter = ""
        self.set_labels(labels)

    # -- content ----------------------------------------------------------------------------------
    def set_labels(self, labels: Sequence[Label]) -> None:
        self._all = sorted(labels, key=lambda label: label.title)
        self._index = FuzzyIndex(self._all, code=lambda x: x.title, body=lambda x: x.description)
        self._apply_filter()

    def set_filter(self, text: str) -> None:
        self._filter = text
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.set_items(self._index.search(self._filter))

    def label(self, row: int) -> Label | None:
        return self.item(row)

    def visible(self) -> list[Label]:
        return self.items()

    def row_of(self, title: str) -> int | None:
        return next((i for i, label in enumerate(self._items) if label.title == title), None)

    # -- check state ------------------------------------------------------------------------------
    def set_checked_titles(self, titles: Iterable[str]) -> None:
        self._checked = set(titles)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def checked_titles(self) -> list[str]:
        """Checked titles in the workspace's order (unknown titles kept at the end)."""
        known = [label.title for label in self._all if label.title in self._checked]
        return known + sorted(self._checked - set(known))

    def toggle(self, row: int) -> None:
        label = self.label(row)
        if label is None or not self._checkable:
            return
        self._checked ^= {label.title}
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    # -- Qt model ---------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        label = self._items[index.row()]
        row = index.row()  # the digit shortcut depends on the row, so not item_data()
        if role == Qt.ItemDataRole.DisplayRole:
            if self._digits and row < 9:
                return f"{row + 1}  {label.title}"
            return label.title
        if role == Qt.ItemDataRole.DecorationRole:
            return label_color(label.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return label.description or None
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            return Qt.CheckState.Checked if label.title in self._checked else Qt.CheckState.Unchecked
        if role == TitleRole:
            return label.title
        if role == LabelRole:
            return label
        if role == DigitRole:
            return row + 1 if self._digits and row < 9 else None
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self._checkable:
            return False
        label = self._items[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked == (label.title in self._checked):
            return True
        self.toggle(index.row())
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = read_only_flags(index)
        if self._checkable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
