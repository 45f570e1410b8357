"""The base of the list models that adapt a `ListStore` (the conversation list, a timeline): every store
announcement maps 1:1 to a model call, in one place.

inserting/inserted → beginInsertRows/endInsertRows, removing/removed → beginRemoveRows/endRemoveRows,
moving/moved → beginMoveRows/endMoveRows, changed → one dataChanged for the announced range,
resetting/reset → beginResetModel/endResetModel. The store merges the changes of a batch into as few
announcements as it can (one per contiguous range, moves computed once), so a burst of realtime events
becomes a few model calls, not one per event. Subclasses extend the `_on_*` handlers.

Signals: those of QAbstractListModel only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject

from desktop.services.observable import ListStore


class StoreListModel(QAbstractListModel):
    """A list model whose rows are a `ListStore`'s items; `_follow(store)` connects it to the store's
    announcements (and drops the previous store's), `_unfollow()` disconnects it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._links: list[Callable[[], None]] = []

    def _follow(self, store: ListStore[Any]) -> None:
        self._unfollow()
        self._links = [
            store.inserting.connect(self._on_inserting),
            store.inserted.connect(self._on_inserted),
            store.removing.connect(self._on_removing),
            store.removed.connect(self._on_removed),
            store.moving.connect(self._on_moving),
            store.moved.connect(self._on_moved),
            store.changed.connect(self._on_changed),
            store.resetting.connect(self.beginResetModel),
            store.reset.connect(self.endResetModel),
        ]

    def _unfollow(self) -> None:
        for unlink in self._links:
            unlink()
        self._links = []

    def _on_inserting(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)

    def _on_inserted(self, first: int, last: int) -> None:
        self.endInsertRows()

    def _on_removing(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)

    def _on_removed(self, first: int, last: int) -> None:
        self.endRemoveRows()

    def _on_moving(self, first: int, last: int, dest: int) -> None:
        if not self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), dest):  # pragma: no cover
            raise RuntimeError(f"invalid move {first}-{last} → {dest}")  # the store follows Qt's rule

    def _on_moved(self) -> None:
        self.endMoveRows()

    def _on_changed(self, first: int, last: int) -> None:
        # the store announces rows it has: createIndex skips index()'s bounds check, two calls of the Python
        # rowCount per announced range (a burst's slice announces dozens of them)
        self.dataChanged.emit(self.createIndex(first, 0), self.createIndex(last, 0))
