"""A list model over a search result: each new result replaces the whole list (a model reset; nothing
else changes it), rows are selectable and never edited. The command palette and the saved-replies
popup and browser show their results through subclasses, which give `item_data(item, role)`.

Signals: those of QAbstractListModel only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from desktop.ui.qt_types import AnyIndex
from desktop.ui.widgets.table_model import read_only_flags

T = TypeVar("T")


class ResultListModel(QAbstractListModel, Generic[T]):
    """Subclasses implement `item_data()`; `set_items()` shows a new result."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[T]:
        """A copy of the shown items, in row order."""
        return list(self._items)

    def item_data(self, item: T, role: int) -> object:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        return self.item_data(self._items[index.row()], role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)
