"""How a `ListStore` announces the net change of a batch: the step-by-step announcement of the difference
between the list as announced before the batch and the list after it (`BatchAnnouncement`, a base of
`ListStore`).

Removals go bottom-up in runs; then each touched item, in final order, is moved (or inserted) right after
its final predecessor, in blocks when several follow each other; changed rows go in merged runs, one
`changed` per contiguous range. A store made with `reorder_above=n` announces a batch that would take more
than n block moves as the new rows inserted at the end, then one new order (`reordering()` / `reordered()`),
the final lists becoming the store's without a copy. While the steps are
announced, the store's rows are the intermediate list, so a listener reading rows sees what was announced.

Signals: those of ListStore (this class only emits them).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")


class Emits(Protocol):
    """What is used here of the store's signals (`observable.Emitter`)."""

    def emit(self, *args: Any) -> None: ...


class BatchAnnouncement(Generic[T]):
    """The announcement of a batch's net change; the state and the signals are the store's."""

    _items: list[T]
    _keys: list[Hashable]
    _sorts: list[Any]
    _by_key: dict[Hashable, T]
    _sort_key: Callable[[T], Any] | None
    _reorder_above: int | None
    _emitting: bool
    _placed: tuple[dict[Hashable, int], dict[Hashable, int]] | None  # see list_place.DeferredPlacement
    inserting: Emits
    inserted: Emits
    changed: Emits
    removing: Emits
    removed: Emits
    moving: Emits
    moved: Emits
    reordering: Emits
    reordered: Emits

    def _final_row(self, key: Hashable) -> int:
        if self._sort_key is not None:
            return bisect.bisect_left(self._sorts, self._sort_key(self._by_key[key]))
        return self._keys.index(key)

    def _announce(self, before: tuple[list[T], list[Hashable], list[Any], dict[Hashable, T]],
                  touched: set[Hashable]) -> None:
        """Turn the announced list `before` into the current one step by step, announcing each step.

        `before` is (items, keys, sort values, the old items of the touched keys that existed before).
        Only `touched` keys can have changed place (the others keep their relative order): removals go
        bottom-up in runs; then each touched item, in final order, is moved (or inserted) right after its
        final predecessor, in blocks when several follow each other; changed rows go in merged runs."""
        final = (self._items, self._keys, self._sorts, self._by_key)
        final_items, final_keys, _, final_by_key = final
        old_items, old_keys, old_sorts, old_by_key = before
        sort_key, placed, self._placed = self._sort_key, self._placed, None

        def searched_old_row(k: Hashable) -> int:
            if sort_key is not None:
                return bisect.bisect_left(old_sorts, sort_key(old_by_key[k]))
            return old_keys.index(k)

        # rows placed once in the batch (`list_place`): their rows before and after it are known
        old_row = searched_old_row if placed is None else placed[0].__getitem__
        final_row = self._final_row if placed is None else placed[1].__getitem__
        placing = sorted(final_row(k) for k in touched if k in final_by_key)
        survivors = {k: old_row(k) for k in touched if k in old_by_key and k in final_by_key}
        gone = sorted((old_row(k) for k in touched if k in old_by_key and k not in final_by_key), reverse=True)
        # the announced lists become the intermediate ones: copied only when they are the final ones too (a
        # sorted store's placing made new lists and left these to the batch; a copy of 10,000 rows costs
        # ~0.1 ms, touching every row's object)
        current = old_items if old_items is not final_items else list(old_items)
        keys = old_keys if old_keys is not final_keys else list(old_keys)
        self._items, self._keys, self._emitting = current, keys, True
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
                current, keys = self._reorder(current, keys, final_items, final_keys, old_by_key, placing)
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
                 old_by_key: dict[Hashable, T], placing: list[int]) -> tuple[list[T], list[Hashable]]:
        """The new rows inserted at the end of the current order, in one run; then all rows into their final
        order at once: the final lists become the store's (returned), nothing is copied. (Copying them into the
        current lists, then inserting the new rows at their final rows, took four more passes over the rows,
        each touching every row's object: a batch of 40 lifts in 10,000 rows took 16% more instructions and
        32% more first-level data-cache read misses, callgrind.)"""
        fresh = [row for row in placing if final_keys[row] not in old_by_key]  # only touched rows can be new
        if fresh:
            end = len(current)
            self.inserting.emit(end, end + len(fresh) - 1)
            current += [final_items[row] for row in fresh]
            keys += [final_keys[row] for row in fresh]
            self.inserted.emit(end, end + len(fresh) - 1)
        self.reordering.emit()
        self._items, self._keys = final_items, final_keys
        self.reordered.emit()
        return final_items, final_keys

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
