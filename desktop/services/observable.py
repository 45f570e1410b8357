"""Observable building blocks for the services layer: a tiny `Emitter` and an ordered `ListStore`.

`ListStore` announces every structural change as a before/after pair carrying inclusive row ranges, so a Qt
item model can forward them 1:1 (beginInsertRows/endInsertRows, beginRemoveRows/endRemoveRows,
beginMoveRows/endMoveRows, dataChanged, beginResetModel/endResetModel). `dest_row` of `moving` follows Qt's
beginMoveRows rule (the row *before which* the rows go, counted before the move).

Inside `with store.batch():` mutations are applied silently to a working copy; when the outermost batch
ends, the difference between the announced list and the result is announced with as few signals as
possible (contiguous removals, block moves, contiguous insertions, merged changed ranges; see
`list_announce.py`). Do not await inside a batch.

A store made with `reorder_above=n` announces a batch that would take more than n block moves (runs of
rows that were neighbours before and after) as one new order instead: the removals, then the new rows
inserted at the end of the old order, then `reordering()` while that order is still shown and `reordered()`
once every row stands in its final order (a Qt model: layoutAboutToBeChanged, its persistent indexes moved
by key, layoutChanged). A burst that lifts hundreds of conversations to the top of a 10,000-row list then
costs no list surgery per row, and the view one relayout instead of hundreds. Changes follow as usual.

Signals of ListStore: inserting(first, last), inserted(first, last), changed(first, last),
removing(first, last), removed(first, last), moving(src_first, src_last, dest_row), moved(),
reordering(), reordered(), resetting(), reset().
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, TypeVar

from desktop.services.list_announce import BatchAnnouncement
from desktop.services.list_place import DeferredPlacement

T = TypeVar("T")


class Emitter:
    """A synchronous pure-Python signal (named apart from Qt's `Signal`, which the ui layer uses beside it).
    `connect` returns a function that disconnects the callback."""

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


_NESTED: AbstractContextManager[None] = nullcontext()


class ListStore(BatchAnnouncement[T], DeferredPlacement[T]):
    """An ordered list of items with unique keys, optionally kept sorted by `sort_key` (ascending).

    With a `sort_key` the sort value must be unique per item (include the key as a tie-breaker) and
    `upsert` places items in order; without one, `upsert` appends new items.
    """

    def __init__(self, key: Callable[[T], Hashable], sort_key: Callable[[T], Any] | None = None, *,
                 reorder_above: int | None = None) -> None:
        self._key = key
        self._sort_key = sort_key
        self._reorder_above = reorder_above
        self._items: list[T] = []
        self._keys: list[Hashable] = []  # parallel to _items
        self._sorts: list[Any] = []  # parallel to _items when sorted
        self._by_key: dict[Hashable, T] = {}
        self._batch_depth = 0
        self._before: tuple[list[T], list[Hashable], list[Any], dict[Hashable, T]] | None = None
        self._touched: set[Hashable] = set()
        self._pending: dict[Hashable, Any] = {}  # see DeferredPlacement
        self._reset_in_batch = False
        self._emitting = False
        self.inserting: Emitter = Emitter()
        self.inserted: Emitter = Emitter()
        self.changed: Emitter = Emitter()
        self.removing: Emitter = Emitter()
        self.removed: Emitter = Emitter()
        self.moving: Emitter = Emitter()
        self.moved: Emitter = Emitter()
        self.reordering: Emitter = Emitter()
        self.reordered: Emitter = Emitter()
        self.resetting = Emitter()
        self.reset = Emitter()

    # -- reading -------------------------------------------------------------------------------------
    def __len__(self) -> int:
        if self._pending:
            self._place()
        return len(self._items)

    def __getitem__(self, row: int) -> T:
        if self._pending:
            self._place()
        return self._items[row]

    def __iter__(self) -> Iterator[T]:
        if self._pending:
            self._place()
        return iter(self._items)

    def items(self) -> list[T]:
        return list(self)

    def get(self, key: Hashable) -> T | None:
        return self._by_key.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def index_of(self, key: Hashable) -> int | None:
        if key not in self._by_key:
            return None
        if self._pending:
            self._place()
        if self._sort_key is not None and not self._emitting:
            row = bisect.bisect_left(self._sorts, self._sort_key(self._by_key[key]))
            if row < len(self._keys) and self._keys[row] == key:
                return row
        try:
            return self._keys.index(key)  # unsorted store, or mid-announcement
        except ValueError:
            return None

    # -- mutating ------------------------------------------------------------------------------------
    def set_items(self, items: Iterable[T]) -> None:
        """Replace everything (a model reset): only for a new root (new query, new workspace)."""
        new = self._dedupe(items)
        if self._batch_depth:
            self._reset_in_batch = True
            self._pending = {}
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
        if self._batch_depth:
            self._touch(key)
            if self._sort_key is not None:
                self._defer(key, item)
                return
        old_row = self.index_of(key)
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
        for column in (self._items, self._keys, self._sorts):
            del column[old_row]
        self._items.insert(final, item)
        self._keys.insert(final, key)
        self._sorts.insert(final, new_sort)
        self._by_key[key] = item
        if loud:
            self.moved.emit()
            self.changed.emit(final, final)

    def remove(self, key: Hashable) -> T | None:
        if self._batch_depth and self._sort_key is not None:
            return self._defer_removal(key)
        row = self.index_of(key)
        if row is None:
            return None
        item = self._items[row]
        loud = not self._batch_depth
        if loud:
            self.removing.emit(row, row)
        else:
            self._touch(key)
        del self._items[row]
        del self._keys[row]
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

    def batch(self) -> AbstractContextManager[None]:
        """Merge the changes made inside into as few announcements as possible (do not await inside)."""
        return _NESTED if self._batch_depth else self._batch()  # a nested batch is the outer one

    @contextmanager
    def _batch(self) -> Iterator[None]:
        if self._batch_depth == 0:
            # the touched items' old versions are kept as they are touched (`_touch`); a sorted store's
            # batch places its rows into new lists (`_place`), leaving these; an unsorted one changes copies
            sorted_ = self._sort_key is not None
            self._before = (self._items if sorted_ else list(self._items), self._keys if sorted_ else
                            list(self._keys), self._sorts, {})
            self._touched, self._reset_in_batch = set(), False
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                if self._pending:
                    self._place()
                before, self._before = self._before, None
                touched, self._touched = self._touched, set()
                assert before is not None
                if self._reset_in_batch:
                    final = (self._items, self._keys, self._sorts, self._by_key)
                    self._items, self._keys, self._sorts = before[:3]
                    self._by_key = dict(zip(before[1], before[0], strict=True))
                    self.resetting.emit()
                    self._items, self._keys, self._sorts, self._by_key = final
                    self.reset.emit()
                elif touched:
                    self._announce(before, touched)

    # -- internals -----------------------------------------------------------------------------------
    def _touch(self, key: Hashable) -> None:
        """In a batch, before `key`'s item changes: remember the key and, at its first change, its old item."""
        if key not in self._touched:
            self._touched.add(key)
            old = self._by_key.get(key)
            if old is not None and self._before is not None:
                self._before[3][key] = old

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
        self._keys = [self._key(item) for item in items]
        self._by_key = dict(zip(self._keys, items, strict=True))
        self._sorts = [self._sort_key(item) for item in items] if self._sort_key is not None else []

    def _insert_rows(self, row: int, items: list[T]) -> None:
        loud = not self._batch_depth
        if loud:
            self.inserting.emit(row, row + len(items) - 1)
        self._items[row:row] = items
        self._keys[row:row] = [self._key(item) for item in items]
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
        self._by_key[self._keys[row]] = item
        if not self._batch_depth:
            self.changed.emit(row, row)
