"""Observable building blocks for the services layer: a tiny `Signal` and an ordered `ListStore`.

`ListStore` announces every structural change as a before/after pair carrying inclusive row ranges, so a Qt
item model can forward them 1:1 (beginInsertRows/endInsertRows, beginRemoveRows/endRemoveRows,
beginMoveRows/endMoveRows, dataChanged, beginResetModel/endResetModel). `dest_row` of `moving` follows Qt's
beginMoveRows rule (the row *before which* the rows go, counted before the move).

Inside `with store.batch():` mutations are applied silently to a working copy; when the outermost batch
ends, the difference between the announced list and the result is announced with as few signals as
possible (contiguous removals, block moves, contiguous insertions, merged changed ranges). Do not await
inside a batch.

Signals of ListStore: inserting(first, last), inserted(first, last), changed(first, last),
removing(first, last), removed(first, last), moving(src_first, src_last, dest_row), moved(),
resetting(), reset().
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Signal:
    """A synchronous pure-Python signal. `connect` returns a function that disconnects the callback."""

    __slots__ = ("_callbacks",)

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[[], None]:
        self._callbacks.append(callback)

        def disconnect() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return disconnect

    def emit(self, *args: Any) -> None:
        for callback in tuple(self._callbacks):
            callback(*args)

    def __len__(self) -> int:
        return len(self._callbacks)


class ListStore(Generic[T]):
    """An ordered list of items with unique keys, optionally kept sorted by `sort_key` (ascending).

    With a `sort_key` the sort value must be unique per item (include the key as a tie-breaker) and
    `upsert` places items in order; without one, `upsert` appends new items.
    """

    def __init__(self, key: Callable[[T], Hashable], sort_key: Callable[[T], Any] | None = None) -> None:
        self._key = key
        self._sort_key = sort_key
        self._items: list[T] = []
        self._sorts: list[Any] = []  # parallel to _items when sorted
        self._by_key: dict[Hashable, T] = {}
        self._batch_depth = 0
        self._snapshot: list[T] | None = None
        self._emitting = False
        self.inserting = Signal()
        self.inserted = Signal()
        self.changed = Signal()
        self.removing = Signal()
        self.removed = Signal()
        self.moving = Signal()
        self.moved = Signal()
        self.resetting = Signal()
        self.reset = Signal()

    # -- reading -------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, row: int) -> T:
        return self._items[row]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def items(self) -> list[T]:
        return list(self._items)

    def get(self, key: Hashable) -> T | None:
        return self._by_key.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def index_of(self, key: Hashable) -> int | None:
        item = self._by_key.get(key)
        if item is None:
            return None
        if self._sort_key is not None and not self._emitting:
            row = bisect.bisect_left(self._sorts, self._sort_key(item))
            if row < len(self._items) and self._key(self._items[row]) == key:
                return row
        for row, candidate in enumerate(self._items):  # unsorted store, or mid-announcement
            if self._key(candidate) == key:
                return row
        return None

    # -- mutating ------------------------------------------------------------------------------------
    def set_items(self, items: Iterable[T]) -> None:
        """Replace everything (a model reset): only for a new root (new query, new workspace)."""
        new = self._dedupe(items)
        if self._batch_depth:
            self._load(new)
            return
        self.resetting.emit()
        self._load(new)
        self.reset.emit()

    def clear(self) -> None:
        self.set_items(())

    def upsert(self, item: T) -> None:
        """Insert a new item or replace the one with the same key (moving it when its order changes)."""
        key = self._key(item)
        old_row = self.index_of(key) if key in self._by_key else None
        if self._sort_key is None:
            if old_row is None:
                self._insert_rows(len(self._items), [item])
            else:
                self._replace_row(old_row, item)
            return
        new_sort = self._sort_key(item)
        if old_row is None:
            self._insert_rows(bisect.bisect_left(self._sorts, new_sort), [item])
            return
        if self._sorts[old_row] == new_sort:
            self._replace_row(old_row, item)
            return
        dest = bisect.bisect_left(self._sorts, new_sort)
        final = dest - 1 if dest > old_row else dest
        if final == old_row:
            self._replace_row(old_row, item, new_sort)
            return
        loud = not self._batch_depth
        if loud:
            self.moving.emit(old_row, old_row, final if final < old_row else final + 1)
        del self._items[old_row]
        del self._sorts[old_row]
        self._items.insert(final, item)
        self._sorts.insert(final, new_sort)
        self._by_key[key] = item
        if loud:
            self.moved.emit()
            self.changed.emit(final, final)

    def remove(self, key: Hashable) -> T | None:
        row = self.index_of(key)
        if row is None:
            return None
        item = self._items[row]
        loud = not self._batch_depth
        if loud:
            self.removing.emit(row, row)
        del self._items[row]
        if self._sort_key is not None:
            del self._sorts[row]
        del self._by_key[key]
        if loud:
            self.removed.emit(row, row)
        return item

    def extend(self, items: Iterable[T]) -> None:
        """Upsert many items as one burst."""
        with self.batch():
            for item in items:
                self.upsert(item)

    @contextmanager
    def batch(self) -> Iterator[None]:
        if self._batch_depth == 0:
            self._snapshot = list(self._items)
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                old, self._snapshot = self._snapshot or [], None
                self._announce_diff(old, self._items)

    # -- internals -----------------------------------------------------------------------------------
    def _dedupe(self, items: Iterable[T]) -> list[T]:
        by_key: dict[Hashable, T] = {}
        for item in items:
            by_key[self._key(item)] = item
        result = list(by_key.values())
        if self._sort_key is not None:
            result.sort(key=self._sort_key)
        return result

    def _load(self, items: list[T]) -> None:
        self._items = items
        self._by_key = {self._key(item): item for item in items}
        self._sorts = [self._sort_key(item) for item in items] if self._sort_key is not None else []

    def _insert_rows(self, row: int, items: list[T]) -> None:
        loud = not self._batch_depth
        if loud:
            self.inserting.emit(row, row + len(items) - 1)
        self._items[row:row] = items
        if self._sort_key is not None:
            self._sorts[row:row] = [self._sort_key(item) for item in items]
        for item in items:
            self._by_key[self._key(item)] = item
        if loud:
            self.inserted.emit(row, row + len(items) - 1)

    def _replace_row(self, row: int, item: T, sort: Any = None) -> None:
        self._items[row] = item
        if sort is not None:
            self._sorts[row] = sort
        self._by_key[self._key(item)] = item
        if not self._batch_depth:
            self.changed.emit(row, row)

    def _announce_diff(self, old: list[T], new: list[T]) -> None:
        """Turn the announced list `old` into `new` step by step, announcing each step."""
        final_items, final_by_key, final_sorts = new, self._by_key, self._sorts
        key = self._key
        new_pos = {key(item): pos for pos, item in enumerate(new)}
        old_keys = {key(item) for item in old}
        self._items = current = list(old)
        self._emitting = True
        try:
            self._announce_removals(current, new_pos)
            self._announce_moves(current, new_pos)
            self._announce_insertions(current, new, old_keys)
            self._announce_changes(current, new)
        finally:
            self._emitting = False
            self._items, self._by_key, self._sorts = final_items, final_by_key, final_sorts

    def _announce_removals(self, current: list[T], new_pos: dict[Hashable, int]) -> None:
        row = len(current) - 1
        while row >= 0:
            if self._key(current[row]) in new_pos:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._key(current[row - 1]) not in new_pos:
                row -= 1
            self.removing.emit(row, last)
            del current[row : last + 1]
            self.removed.emit(row, last)
            row -= 1

    def _announce_moves(self, current: list[T], new_pos: dict[Hashable, int]) -> None:
        target = sorted(current, key=lambda item: new_pos[self._key(item)])
        target_keys = [self._key(item) for item in target]
        for t in range(len(target_keys)):
            if self._key(current[t]) == target_keys[t]:
                continue
            src = next(c for c in range(t + 1, len(current)) if self._key(current[c]) == target_keys[t])
            end = src
            while (
                end + 1 < len(current)
                and t + (end + 1 - src) < len(target_keys)
                and self._key(current[end + 1]) == target_keys[t + end + 1 - src]
            ):
                end += 1
            self.moving.emit(src, end, t)
            block = current[src : end + 1]
            del current[src : end + 1]
            current[t:t] = block
            self.moved.emit()

    def _announce_insertions(self, current: list[T], new: list[T], old_keys: set[Hashable]) -> None:
        pos = 0
        while pos < len(new):
            if self._key(new[pos]) in old_keys:
                pos += 1
                continue
            end = pos
            while end + 1 < len(new) and self._key(new[end + 1]) not in old_keys:
                end += 1
            self.inserting.emit(pos, end)
            current[pos:pos] = new[pos : end + 1]
            self.inserted.emit(pos, end)
            pos = end + 1

    def _announce_changes(self, current: list[T], new: list[T]) -> None:
        first: int | None = None
        for row, item in enumerate(new):
            if current[row] is not item:
                current[row] = item
                if first is None:
                    first = row
                continue
            if first is not None:
                self.changed.emit(first, row - 1)
                first = None
        if first is not None:
            self.changed.emit(first, len(new) - 1)
