"""The rows a batch changed in a sorted `ListStore`, put in their places at once (`place`).

In a batch, a sorted store does not move rows one change at a time (a list surgery, three memory moves of
the whole list per change): it notes which keys changed and places them when its rows are next read or the
batch ends. `place` builds the new lists in one pass: the rows around the changed ones are copied in runs
(C slices), the changed rows are dropped from their old places and their new versions inserted at theirs.

Signals: none.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from operator import itemgetter
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: the sort value noted for a key that has no row yet (`place` inserts its item, if it still has one)
NOT_LISTED: Any = object()


class DeferredPlacement(Generic[T]):
    """The deferred rows of a sorted store's batch (a base of `ListStore`; the state is the store's).
    `_pending`: key → the sort value of its listed row (NOT_LISTED: none), for the keys changed since the
    rows were last placed."""

    _items: list[T]
    _keys: list[Hashable]
    _sorts: list[Any]
    _by_key: dict[Hashable, T]
    _sort_key: Callable[[T], Any] | None
    _pending: dict[Hashable, Any]
    _before: tuple[list[T], list[Hashable], list[Any], dict[Hashable, T]] | None
    #: the rows of the batch's touched keys before it and after it (key → row), when its rows were placed
    #: once, from the lists announced before it (`_announce` takes them instead of searching the rows)
    _placed: tuple[dict[Hashable, int], dict[Hashable, int]] | None = None

    def _touch(self, key: Hashable) -> None: ...  # ListStore's

    def _defer(self, key: Hashable, item: T | None) -> None:
        """In a batch of a sorted store: `key`'s item is now `item` (None: removed); its row is placed
        with the others when the rows are read or the batch ends (`_place`)."""
        if key not in self._pending:
            old = self._by_key.get(key)
            assert self._sort_key is not None
            self._pending[key] = NOT_LISTED if old is None else self._sort_key(old)
        if item is None:
            del self._by_key[key]
        else:
            self._by_key[key] = item

    def _defer_removal(self, key: Hashable) -> T | None:
        item = self._by_key.get(key)
        if item is not None:
            self._touch(key)
            self._defer(key, None)
        return item

    def _place(self) -> None:
        """The deferred rows into their places: new lists, the rows around them copied in runs."""
        pending, self._pending = self._pending, {}
        assert self._sort_key is not None
        first = self._before is not None and self._items is self._before[0]
        self._items, self._keys, self._sorts, was, now = place(self._items, self._keys, self._sorts, pending,
                                                               self._by_key, self._sort_key)
        self._placed = (was, now) if first else None


def place(items: list[T], keys: list[Hashable], sorts: list[Any], pending: dict[Hashable, Any],
          by_key: dict[Hashable, T], sort_key: Callable[[T], Any]) -> tuple[
              list[T], list[Hashable], list[Any], dict[Hashable, int], dict[Hashable, int]]:
    """New (items, keys, sorts, was, now): the listed rows of the `pending` keys (key → the sort value of its
    row, or NOT_LISTED) dropped, and the current item of each pending key still in `by_key` inserted in
    order; `was`: the dropped keys' rows in the lists given, `now`: the inserted keys' rows in the new ones.
    The lists given are left as they are."""
    was: dict[Hashable, int] = {}
    now: dict[Hashable, int] = {}
    ops: list[tuple[int, int, Any, Hashable, Any]] = []  # (row, 0 insert before it / 1 drop it, …)
    for key, listed in pending.items():
        if listed is not NOT_LISTED:
            was[key] = row = bisect.bisect_left(sorts, listed)
            ops.append((row, 1, None, key, None))
    fresh = [(sort_key(by_key[key]), key) for key in pending if key in by_key]
    fresh.sort(key=_FIRST)
    for value, key in fresh:
        ops.append((bisect.bisect_left(sorts, value), 0, by_key[key], key, value))
    ops.sort(key=_ROW_KIND)  # stable: the inserts before one row stay in their sort order
    size = len(items) - len(was) + len(fresh)
    # sized once: no regrowth (and its copies) while they fill; a long run of rows before the first change
    # (rows appended below a list, a page) is copied as it is, not over a list of Nones
    start = at = ops[0][0] if ops and 2 * ops[0][0] > size else 0
    new_items: list[Any] = items[:start]
    new_items += [None] * (size - start)
    new_keys: list[Any] = keys[:start]
    new_keys += [None] * (size - start)
    new_sorts: list[Any] = sorts[:start]
    new_sorts += [None] * (size - start)
    for row, drop, item, key, value in ops:
        if row > start:
            end = at + row - start
            new_items[at:end], new_keys[at:end], new_sorts[at:end] = items[start:row], keys[start:row], \
                sorts[start:row]
            start, at = row, end
        if drop:
            start = row + 1
        else:
            now[key] = at
            new_items[at], new_keys[at], new_sorts[at] = item, key, value
            at += 1
    new_items[at:], new_keys[at:], new_sorts[at:] = items[start:], keys[start:], sorts[start:]
    return new_items, new_keys, new_sorts, was, now


_FIRST = itemgetter(0)  # (C key functions: no Python call per item)
_ROW_KIND = itemgetter(0, 1)
