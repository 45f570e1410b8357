"""Observable building blocks for the services layer: a tiny `Signal` and an ordered `ListStore`.

`ListStore` announces every structural change as a before/after pair carrying inclusive row ranges, so a Qt
item model can forward them 1:1 (beginInsertRows/endInsertRows, beginRemoveRows/endRemoveRows,
beginMoveRows/endMoveRows, dataChanged, beginResetModel/endResetModel). `dest_row` of `moving` follows Qt's
beginMoveRows rule (the row *before which* the rows go, counted before the move).

Inside `with store.batch():` mutations are applied silently to a working copy; when the outermost batch
ends, the difference between the announced list and the result is announced with as few signals as
possible (contiguous removals, block moves, contiguous insertions, merged changed ranges). Do not await
inside a batch.

A store made with `reorder_above=n` announces a batch that would take more than n block moves (runs of
rows that were neighbours before and after) as one new order instead: `reordering()` while the old order (removals done) is still
shown, `reordered()` once the survivors stand in their final order (a Qt model: layoutAboutToBeChanged,
its persistent indexes moved by key, layoutChanged). A burst that lifts hundreds of conversations to the
top of a 10,000-row list then costs one pass over the list instead of a list surgery per row, and the view
one relayout instead of hundreds. Insertions and changes follow as usual.

Signals of ListStore: inserting(first, last), inserted(first, last), changed(first, last),
removing(first, last), removed(first, last), moving(src_first, src_last, dest_row), moved(),
reordering(), reordered(), resetting(), reset().
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
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


_NESTED: AbstractContextManager[None] = nullcontext()


class ListStore(Generic[T]):
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
        self._reset_in_batch = False
        self._emitting = False
        self.inserting = Signal()
        self.inserted = Signal()
        self.changed = Signal()
        self.removing = Signal()
        self.removed = Signal()
        self.moving = Signal()
        self.moved = Signal()
        self.reordering = Signal()
        self.reordered = Signal()
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
        if key not in self._by_key:
            return None
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
            self._touched.add(key)
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
        row = self.index_of(key)
        if row is None:
            return None
        item = self._items[row]
        loud = not self._batch_depth
        if loud:
            self.removing.emit(row, row)
        else:
            self._touched.add(key)
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
            self._before = (list(self._items), list(self._keys), self._sorts, dict(self._by_key))
            self._sorts = list(self._sorts)
            self._touched, self._reset_in_batch = set(), False
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                before, self._before = self._before, None
                touched, self._touched = self._touched, set()
                assert before is not None
                if self._reset_in_batch:
                    final = (self._items, self._keys, self._sorts, self._by_key)
                    self._items, self._keys, self._sorts, self._by_key = before
                    self.resetting.emit()
                    self._items, self._keys, self._sorts, self._by_key = final
                    self.reset.emit()
                elif touched:
                    self._announce(before, touched)

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

    def _final_row(self, key: Hashable) -> int:
        if self._sort_key is not None:
            return bisect.bisect_left(self._sorts, self._sort_key(self._by_key[key]))
        return self._keys.index(key)

    def _announce(self, before: tuple[list[T], list[Hashable], list[Any], dict[Hashable, T]],
                  touched: set[Hashable]) -> None:
        """Turn the announced list `before` into the current one step by step, announcing each step.

        Only `touched` keys can have changed place (the others keep their relative order): removals go
        bottom-up in runs; then each touched item, in final order, is moved (or inserted) right after its
        final predecessor, in blocks when several follow each other; changed rows go in merged runs."""
        final = (self._items, self._keys, self._sorts, self._by_key)
        final_items, final_keys, _, final_by_key = final
        old_items, old_keys, old_sorts, old_by_key = before
        sort_key = self._sort_key

        def old_row(k: Hashable) -> int:
            if sort_key is not None:
                return bisect.bisect_left(old_sorts, sort_key(old_by_key[k]))
            return old_keys.index(k)

        placing = sorted(self._final_row(k) for k in touched if k in final_by_key)
        survivors = {k: old_row(k) for k in touched if k in old_by_key and k in final_by_key}
        gone = sorted((old_row(k) for k in touched if k in old_by_key and k not in final_by_key), reverse=True)
        self._items, self._keys, self._emitting = (current := list(old_items)), (keys := list(old_keys)), True
        shift = 0  # rows removed, moved or inserted so far: bounds how far any row can have travelled
        try:
            while gone:
                last = first = gone.pop(0)
                while gone and gone[0] == first - 1:
                    first = gone.pop(0)
                self.removing.emit(first, last)
                del current[first : last + 1], keys[first : last + 1]
                self.removed.emit(first, last)
                shift += last - first + 1
            reorder = self._reorder_above is not None and len(survivors) > self._reorder_above and \
                _runs(placing, final_keys, survivors) > self._reorder_above
            if reorder:
                self._reorder(current, keys, final_items, final_keys, old_by_key, placing)
            index, waiting = (len(placing) if reorder else 0), len(survivors)  # (the moves are done)
            while index < len(placing):
                pos = placing[index]
                # the final predecessor is preceded by the pos - 1 rows before it in the final order and
                # by at most `waiting` survivors not yet placed
                dest = 0 if pos == 0 else keys.index(final_keys[pos - 1], pos - 1, pos + waiting) + 1
                end = index  # a block: the next touched items follow this one in the final order
                while end + 1 < len(placing) and placing[end + 1] == placing[end] + 1:
                    end += 1
                block = final_keys[pos : pos + end - index + 1]
                run = 1
                if block[0] in survivors:
                    was = survivors[block[0]]
                    src = keys.index(block[0], max(0, was - shift), was + shift + 1)
                    while run < len(block) and src + run < len(keys) and keys[src + run] == block[run]:
                        run += 1
                    waiting -= run
                    if not src <= dest <= src + run:
                        self._move_block(current, keys, src, src + run - 1, dest)
                        shift += run
                else:
                    while run < len(block) and block[run] not in old_by_key:
                        run += 1
                    self.inserting.emit(dest, dest + run - 1)
                    current[dest:dest], keys[dest:dest] = final_items[pos : pos + run], block[:run]
                    self.inserted.emit(dest, dest + run - 1)
                    shift += run
                index += run
            rows = [row for row in placing if final_keys[row] in old_by_key
                    and old_by_key[final_keys[row]] is not final_items[row]]
            for row in rows:
                current[row] = final_items[row]
            while rows:
                first = last = rows.pop(0)
                while rows and rows[0] == last + 1:
                    last = rows.pop(0)
                self.changed.emit(first, last)
        finally:
            self._emitting = False
            self._items, self._keys, self._sorts, self._by_key = final

    def _reorder(self, current: list[T], keys: list[Hashable], final_items: list[T], final_keys: list[Hashable],
                 old_by_key: dict[Hashable, T], placing: list[int]) -> None:
        """The survivors into their final order at once, then the new rows, in runs, at their final rows
        (inserted in ascending order, each lands where the final list has it)."""
        fresh = [row for row in placing if final_keys[row] not in old_by_key]  # only touched rows can be new
        self.reordering.emit()
        current[:], keys[:] = final_items, final_keys  # two list copies in C, then the few new rows out
        for row in reversed(fresh):
            del current[row], keys[row]
        self.reordered.emit()
        while fresh:
            first = last = fresh.pop(0)
            while fresh and fresh[0] == last + 1:
                last = fresh.pop(0)
            self.inserting.emit(first, last)
            current[first:first], keys[first:first] = final_items[first : last + 1], final_keys[first : last + 1]
            self.inserted.emit(first, last)

    def _move_block(self, current: list[T], keys: list[Hashable], src: int, end: int, dest: int) -> None:
        self.moving.emit(src, end, dest)
        block, block_keys = current[src : end + 1], keys[src : end + 1]
        del current[src : end + 1], keys[src : end + 1]
        at = dest if dest < src else dest - len(block)
        current[at:at], keys[at:at] = block, block_keys
        self.moved.emit()


def _runs(placing: list[int], final_keys: list[Hashable], survivors: dict[Hashable, int]) -> int:
    """How many block moves the survivors among the touched rows may take at most: runs of rows that are
    neighbours in the final order and were neighbours, in the same order, before."""
    runs, last_row, last_old = 0, -2, -2
    for row in placing:
        old = survivors.get(final_keys[row])
        if old is None:
            continue  # a new row is inserted, not moved
        if row != last_row + 1 or old != last_old + 1:
            runs += 1
        last_row, last_old = row, old
    return runs
