"""ListStore announcements replayed on a mirror list must always reproduce the store (Qt's contract)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.observable import Emitter, ListStore


@dataclass(frozen=True)
class Row:
    key: int
    rank: int
    text: str = ""


class Mirror:
    """Replays the signals the way a Qt model's views would see them, checking the Qt preconditions."""

    def __init__(self, store: ListStore[Row]) -> None:
        self.store = store
        self.rows: list[Row] = list(store.items())
        self.pending: tuple[str, tuple[int, ...]] | None = None
        self.announcements = 0
        store.inserting.connect(lambda a, b: self._before("insert", a, b))
        store.inserted.connect(lambda a, b: self._after("insert", a, b))
        store.removing.connect(lambda a, b: self._before("remove", a, b))
        store.removed.connect(lambda a, b: self._after("remove", a, b))
        store.moving.connect(lambda s, e, d: self._before("move", s, e, d))
        store.moved.connect(lambda: self._after("move"))
        store.reordering.connect(lambda: self._before("reorder"))
        store.reordered.connect(lambda: self._after("reorder"))
        store.changed.connect(self._changed)
        store.resetting.connect(lambda: self._before("reset"))
        store.reset.connect(lambda: self._after("reset"))

    def _before(self, kind: str, *args: int) -> None:
        assert self.pending is None
        assert len(self.store) == len(self.rows)  # the store has not changed yet
        if kind == "remove":
            assert 0 <= args[0] <= args[1] < len(self.rows)
        if kind == "insert":
            assert 0 <= args[0] <= len(self.rows) and args[1] >= args[0]
        if kind == "move":
            src, end, dest = args
            assert 0 <= src <= end < len(self.rows) and 0 <= dest <= len(self.rows)
            assert not src <= dest <= end + 1  # Qt refuses a move onto itself
        self.pending = (kind, args)
        self.announcements += 1

    def _after(self, kind: str, *_: int) -> None:
        assert self.pending is not None and self.pending[0] == kind
        _, args = self.pending
        self.pending = None
        if kind == "insert":
            self.rows[args[0] : args[0]] = self.store.items()[args[0] : args[1] + 1]
        elif kind == "remove":
            del self.rows[args[0] : args[1] + 1]
        elif kind == "move":
            src, end, dest = args
            block = self.rows[src : end + 1]
            del self.rows[src : end + 1]
            at = dest if dest < src else dest - len(block)
            self.rows[at:at] = block
        elif kind == "reorder":  # a permutation of the same rows (Qt's layoutChanged keeps the row count)
            assert sorted(r.key for r in self.store.items()) == sorted(r.key for r in self.rows)
            self.rows = self.store.items()
        else:
            self.rows = self.store.items()
        assert [r.key for r in self.rows] == [r.key for r in self.store.items()]

    def _changed(self, first: int, last: int) -> None:
        assert self.pending is None and 0 <= first <= last < len(self.rows)
        self.rows[first : last + 1] = self.store.items()[first : last + 1]
        self.announcements += 1


def sorted_store(reorder_above: int | None = None) -> ListStore[Row]:
    return ListStore(key=lambda r: r.key, sort_key=lambda r: (r.rank, r.key), reorder_above=reorder_above)


def test_signal_connect_emit_disconnect() -> None:
    seen: list[int] = []
    signal = Emitter()
    disconnect = signal.connect(seen.append)
    signal.emit(1)
    disconnect()
    signal.emit(2)
    assert seen == [1]


def test_upsert_moves_instead_of_resetting() -> None:
    store = sorted_store()
    store.set_items(Row(k, k) for k in range(5))
    mirror = Mirror(store)
    moves: list[tuple[int, int, int]] = []
    store.moving.connect(lambda s, e, d: moves.append((s, e, d)))
    store.upsert(Row(4, -1, "top"))
    assert [r.key for r in store] == [4, 0, 1, 2, 3]
    assert moves == [(4, 4, 0)]
    store.upsert(Row(4, 10, "bottom"))
    assert moves[-1] == (0, 0, 5)  # Qt's rule: the destination counts rows before the move
    assert mirror.rows == store.items()
    assert store.index_of(4) == 4 and store.index_of(99) is None


def test_batch_merges_a_burst_into_few_announcements() -> None:
    store = sorted_store()
    mirror = Mirror(store)
    with store.batch():
        for k in range(100):
            store.upsert(Row(k, k))
    assert mirror.announcements == 1  # one insertion of 100 rows
    assert mirror.rows == store.items()
    mirror.announcements = 0
    with store.batch():
        for k in range(0, 100, 2):
            store.upsert(Row(k, k, "edited"))
        store.upsert(Row(99, -5))
    assert mirror.rows == store.items()
    assert mirror.announcements <= 52


ops = st.lists(
    st.tuples(st.sampled_from(["upsert", "remove"]), st.integers(0, 15), st.integers(0, 30)), max_size=40
)


@settings(max_examples=150, deadline=None)
@given(initial=st.lists(st.integers(0, 15), unique=True, max_size=12), batches=st.lists(ops, max_size=4))
def test_random_bursts_replay_exactly(initial: list[int], batches: list[list[tuple[str, int, int]]]) -> None:
    for store in (sorted_store(), ListStore[Row](key=lambda r: r.key), sorted_store(reorder_above=0),
                  sorted_store(reorder_above=2), ListStore[Row](key=lambda r: r.key, reorder_above=1)):
        store.set_items(Row(k, k * 2) for k in initial)
        mirror = Mirror(store)
        for index, burst in enumerate(batches):
            with store.batch() if index % 2 == 0 else _nothing():
                for op, key, rank in burst:
                    if op == "upsert":
                        store.upsert(Row(key, rank, f"{rank}"))
                    else:
                        store.remove(key)
            assert mirror.rows == store.items()
            for row, item in enumerate(store):
                assert store.index_of(item.key) == row


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.mark.parametrize("reorder_above", [None, 8])
def test_large_random_bursts_replay_exactly(reorder_above: int | None) -> None:
    rng = random.Random(2026)
    store = sorted_store(reorder_above)
    store.set_items(Row(k, rng.randrange(10_000)) for k in range(500))
    mirror = Mirror(store)
    for _ in range(40):
        with store.batch():
            for _ in range(rng.choice((1, 5, 50, 300))):
                key = rng.randrange(700)
                if rng.random() < 0.15:
                    store.remove(key)
                else:
                    store.upsert(Row(key, rng.randrange(10_000), "x"))
        assert mirror.rows == store.items()
    assert [store.index_of(r.key) for r in store] == list(range(len(store)))


def test_a_burst_lifting_many_rows_is_one_reorder() -> None:
    """Messages arriving in 300 scattered conversations of 10,000 lift each to the top: with `reorder_above`
    that is one reordering announcement plus one insertion run, not 300 moves."""
    store = sorted_store(reorder_above=8)
    store.set_items(Row(k, k) for k in range(10_000))
    mirror = Mirror(store)
    kinds: list[str] = []
    store.moving.connect(lambda *_: kinds.append("move"))
    store.reordering.connect(lambda: kinds.append("reorder"))
    inserted: list[tuple[int, int]] = []
    store.inserting.connect(lambda first, last: (kinds.append("insert"), inserted.append((first, last))))
    store.removing.connect(lambda *_: kinds.append("remove"))
    with store.batch():
        for n, key in enumerate(range(17, 10_000, 33)):
            store.upsert(Row(key, -n - 1, "new message"))
        store.upsert(Row(20_000, -10_000, "a new conversation"))
        store.remove(5)
    assert kinds == ["remove", "insert", "reorder"]  # the new row joins the old order at its end, then moves
    assert inserted == [(9_999, 9_999)]  # (10,000 rows, one removed)
    assert mirror.rows == store.items()
    lifted = list(range(17, 10_000, 33))
    assert [r.key for r in store][:3] == [20_000, lifted[-1], lifted[-2]]
    with store.batch():  # a few moves stay moves
        for key in (1, 2, 3):
            store.upsert(Row(key, -20_000 - key))
    assert kinds.count("reorder") == 1 and kinds.count("move") >= 1
    assert mirror.rows == store.items()


def test_set_items_inside_a_batch_is_one_reset() -> None:
    store = sorted_store()
    store.set_items(Row(k, k) for k in range(5))
    mirror = Mirror(store)
    with store.batch():
        store.upsert(Row(9, 9))
        store.set_items(Row(k, -k) for k in range(3))
        store.upsert(Row(7, 1))
    assert mirror.announcements == 1 and mirror.rows == store.items()
    assert [r.key for r in store] == [2, 1, 0, 7]


def test_reads_inside_a_batch_see_its_changes() -> None:
    """A sorted store places a batch's rows when they are read or the batch ends: every read in between
    (length, rows, iteration, index_of, get) already shows the changes made so far."""
    rng = random.Random(12)
    store = sorted_store(reorder_above=8)
    store.set_items(Row(k, rng.randrange(1_000)) for k in range(200))
    mirror = Mirror(store)
    expected = {r.key: r for r in store}
    for _ in range(20):
        with store.batch():
            for step in range(rng.choice((3, 40))):
                key = rng.randrange(260)
                if rng.random() < 0.2:
                    assert store.remove(key) == expected.pop(key, None)
                else:
                    expected[key] = Row(key, rng.randrange(1_000), f"{step}")
                    store.upsert(expected[key])
                assert store.get(key) == expected.get(key)
                if step % 7 == 0:
                    rows = sorted(expected.values(), key=lambda r: (r.rank, r.key))
                    assert len(store) == len(rows) and list(store) == rows and store.items() == rows
                    row = rng.randrange(len(rows))
                    assert store[row] == rows[row] and store.index_of(rows[row].key) == row
        assert mirror.rows == store.items() == sorted(expected.values(), key=lambda r: (r.rank, r.key))
