"""TimelineModel: a thin Qt list model over a conversation's `Timeline` (a `ListStore[Message]`).

An adapter, not a copy: rows are read from the store on demand and the store's before/after signals map
1:1 to model calls (`StoreListModel`); a reset happens only when the model is pointed at another
conversation. No widget and no object per message.

A date separator belongs to the first message of each local day: `DayRole` gives that day (a `date`) for
such rows and None for the rest; rows whose neighbour changed are re-announced so their separator follows.

Signals: only Qt's own (paging older messages is the view's and the pane's business).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Qt

from desktop.domain.models import Message
from desktop.services.observable import ListStore
from desktop.ui.qt_types import AnyIndex
from desktop.ui.widgets.store_model import StoreListModel


class Role(IntEnum):
    MESSAGE = Qt.ItemDataRole.UserRole + 1  # the domain Message
    KEY = Qt.ItemDataRole.UserRole + 2  # Message.key (stable across pending → sent)
    DAY = Qt.ItemDataRole.UserRole + 3  # date of the separator above this row, or None


MessageStore = ListStore[Message]  # desktop.services.timeline.Timeline is one


def local_day(when: datetime) -> date:
    return when.astimezone().date()


class TimelineModel(StoreListModel):
    """Rows are the messages of one conversation, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: MessageStore | None = None
        self._days: dict[str, tuple[datetime, date]] = {}  # key → (created_at, local day): astimezone is slow

    # -- the root --------------------------------------------------------------------------------------
    def set_store(self, store: MessageStore | None) -> None:
        """Point the model at another conversation's timeline (the only reset)."""
        self.beginResetModel()
        self._unfollow()
        self._store = store
        if store is not None:
            self._follow(store)
        self.endResetModel()

    @property
    def store(self) -> MessageStore | None:
        return self._store

    def message(self, row: int) -> Message | None:
        if self._store is None or not 0 <= row < len(self._store):
            return None
        return self._store[row]

    def messages(self) -> Sequence[Message]:
        return [] if self._store is None else [self._store[row] for row in range(len(self._store))]

    # -- Qt model API ----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._store is None:
            return 0
        return len(self._store)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._store is None or index.row() >= len(self._store):
            return None
        message = self._store[index.row()]
        if role == Role.MESSAGE:
            return message
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return message.content
        if role == Role.KEY:
            return message.key
        if role == Role.DAY:
            return self.day_header(index.row())
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(Role.MESSAGE): QByteArray(b"message"), int(Role.KEY): QByteArray(b"key"),
                      int(Role.DAY): QByteArray(b"day")})
        return names

    def day_header(self, row: int) -> date | None:
        """The local day shown in a separator above `row`, or None (same day as the row before)."""
        if self._store is None or not 0 <= row < len(self._store):
            return None
        day = self._day(self._store[row])
        if row == 0 or self._day(self._store[row - 1]) != day:
            return day
        return None

    def _day(self, message: Message) -> date:
        day = self._days.get(message.key)
        if day is None or day[0] is not message.created_at:
            if len(self._days) > 20_000:
                self._days.clear()
            day = self._days[message.key] = (message.created_at, local_day(message.created_at))
        return day[1]

    # -- store → Qt ------------------------------------------------------------------------------------
    def _on_inserted(self, first: int, last: int) -> None:
        super()._on_inserted(first, last)
        self._touch(last + 1)  # its date separator may have gone

    def _on_changed(self, first: int, last: int) -> None:
        super()._on_changed(first, last)
        self._touch(last + 1)

    def _on_removed(self, first: int, last: int) -> None:
        super()._on_removed(first, last)
        self._touch(first)

    def _on_moved(self) -> None:
        super()._on_moved()
        if self._store is not None and len(self._store):
            # a move is rare in a timeline (a pending message overtaken); separators may shift anywhere
            self.dataChanged.emit(self.index(0), self.index(len(self._store) - 1), [Role.DAY])

    def _touch(self, row: int) -> None:
        if self._store is not None and 0 <= row < len(self._store):
            index = self.index(row)
            self.dataChanged.emit(index, index)
