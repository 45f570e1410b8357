"""Realtime events applied in time slices, so a burst never holds the window for more than a frame.

`EventSlices.push(event)` queues an event; the queue is applied from the next loop iteration on, one slice
per loop iteration, one `batch()` per store per slice (the store merges the slice's changes into as few
announcements as it can). A slice gets what the other work of its loop pass (the websocket reader's frames,
a repaint, timers: `PassWork`) left of `frame_share.SLICE`. What is left waits
for the next iteration, so the window paints and handles input between slices. An event that arrives when
nothing happened for a while is applied on the next loop iteration; during a burst, events are gathered for
`GATHER` seconds, so a slice applies many at once (fewer announcements and repaints for the same events).

Closing the batches (the announcements, hence the models and views) takes time too, a part per batch (a
sorted store places its rows into new lists) and a part per event: its cost, fitted to the slices before
(`ClosingCost`; before the first slice closed, a high guess), is kept inside the slice.
A slice that a repaint follows leaves the paint its share of the pass, and while events are left over the
views repaint every other frame (`frame_share.FRAME_SHARE`). While events are backed up the cyclic garbage
collector waits (`gc_policy.hold`); the slices run its young collections, small ones, inside their time (not
a forced slice's, one that waited `WAIT_TURNS` for room): when the collector's count says one is due
(`gc_policy.young_due`) or `COLLECT_EVENTS` events came since the last (the count undercounts the young
objects: freeing an old row, replaced by a new one, counts down).

Signals: none; `applied(events)` is called after each slice with the events it applied.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack
from typing import Protocol, TypeVar

from desktop.domain.events import Event
from desktop.services.frame_share import FRAME_SHARE, MIN_SLICE
from desktop.system import gc_policy

T = TypeVar("T")
WAIT_TURNS = 3  # turns a slice waits at most for a paint next to it (then applies MIN_SLICE of events)
GATHER = 0.008  # events arriving this soon after a slice wait this long, to be applied with those after them
COLLECT_EVENTS = 250  # events queued since the last young collection that make the next slice run one (~1 ms)



class Batching(Protocol):
    """A store that gathers its announcements while a batch is open (`ListStore`, the unread counter)."""

    def batch(self) -> AbstractContextManager[None]: ...


Batched = Callable[[Batching], None]


class EventSlices:
    """The queue of events not applied yet, applied slice by slice with `apply(event, batched)`."""

    def __init__(self, apply: Callable[[Event, Batched], None], applied: Callable[[list[Event]], None]) -> None:
        self._apply = apply
        self._applied = applied
        self._queue: deque[Event] = deque()
        self._handle: asyncio.Handle | None = None
        self._flushed_at = -math.inf  # perf_counter() at the end of the last slice
        self._other = PassWork()  # what the loop ran since our last turn
        self._waited = 0  # turns waited in a row for a paint (see WAIT_TURNS)
        self._uncollected = 0  # events queued since the last young collection of ours
        self._closing = ClosingCost()  # seconds to close a slice (announcements, `applied`), an estimate

    def push(self, event: Event) -> None:
        """Queue an event (on the loop); it is applied from the next loop iteration on."""
        self._queue.append(event)
        self._uncollected += 1
        if self._handle is None:
            loop = asyncio.get_running_loop()
            now = time.perf_counter()
            if now - self._flushed_at < GATHER:  # a burst: gather a slice's worth first
                self._handle = loop.call_later(GATHER, self.flush)
                self._other.ended(now + GATHER)  # (the wait is not other work of the loop)
            else:
                self._handle = loop.call_soon(self.flush)
                self._other.ended(now)

    def clear(self) -> None:
        """Drop what is queued (the connection it came from is gone)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._queue.clear()
        FRAME_SHARE.backlog = False
        gc_policy.release()

    def flush(self) -> None:
        """Apply one slice of the queue; schedule the next one when events are left."""
        self._handle = None
        queue, applied = self._queue, []
        clock = time.perf_counter
        started = clock()
        budget = self._other.budget(started)  # what this loop pass ran besides us (the reader, a paint) is taken
        if not budget and self._waited < WAIT_TURNS:  # the pass is spent or a paint is next: apply in the next
            self._waited += 1
            self._handle = asyncio.get_running_loop().call_soon(self.flush)
            self._other.ended(clock())
            return
        self._waited = 0
        deadline = started + (budget or MIN_SLICE) - self._closing.fixed
        closing = self._closing.each
        if budget and (self._uncollected >= COLLECT_EVENTS or gc_policy.young_due()):  # a small young
            gc_policy.collect_young()  # collection, in the slice's time (not in a forced slice's: a paint is
            self._uncollected = 0  # next or the pass is spent, and a collection takes 1-4 ms)
        batches: dict[int, Batching] = {}
        FRAME_SHARE.applying = True  # (the batches announce when they close: the pacers ask for paints)
        try:
            with ExitStack() as stack:

                def batched(store: Batching) -> None:
                    if id(store) not in batches:
                        batches[id(store)] = store
                        stack.enter_context(store.batch())

                while queue:
                    event = queue.popleft()
                    applied.append(event)
                    self._apply(event, batched)
                    if clock() + closing * len(applied) >= deadline:
                        break
                closed_from = clock()
        finally:
            FRAME_SHARE.applying = False
        self._applied(applied)
        self._flushed_at = clock()
        self._other.ended(self._flushed_at)
        if applied:
            self._closing.add(len(applied), self._flushed_at - closed_from)
        FRAME_SHARE.backlog = bool(queue)
        if queue:
            gc_policy.hold()  # no collection inside the slices of a backlog
        else:
            gc_policy.release()
        if queue and self._handle is None:
            self._handle = asyncio.get_running_loop().call_soon(self.flush)


class PassWork:
    """The other work of the loop pass since our last turn ended: the time since by the wall clock, or the
    UI thread's CPU time since when that is less (a busy machine's other processes, or the loop waiting for
    a timer, are no work a slice could make room for; a thread CPU clock coarser than the wall clock, as on
    Windows, reads less and leaves the wall clock's figure mostly unused)."""

    def __init__(self) -> None:
        self._wall, self._cpu = -math.inf, time.thread_time()
        self._before = self._wall, self._cpu  # the end of the turn before the last

    def ended(self, wall: float) -> None:
        """Our turn ended at perf_counter() time `wall` (or the next is due then)."""
        self._before = self._wall, self._cpu
        self._wall, self._cpu = wall, time.thread_time()

    def budget(self, now: float) -> float:
        """`FrameShare.slice_budget` of a slice starting at `now`: given the work since our last turn ended,
        and since the turn before it ended (our last turn and all around it, a paint)."""
        cpu = time.thread_time()
        (wall_1, cpu_1), (wall_2, cpu_2) = (self._wall, self._cpu), self._before
        return FRAME_SHARE.slice_budget(now, max(0.0, min(now - wall_1, cpu - cpu_1)),
                                        max(0.0, min(now - wall_2, cpu - cpu_2)))


class ClosingCost:
    """The seconds closing a slice of n events takes, `fixed + each * n`, fitted by least squares to the
    slices closed before (each older slice weighing `DECAY` times less than the next)."""

    DECAY = 0.7

    #: (fixed, each) before a slice was closed: the high end of what the realtime benchmark's slices took
    #: (1-2 ms a slice, 15-30 µs an event); with nothing assumed, a first slice of 350-500 events of a burst
    #: took 8-13 ms to close, beyond its budget
    GUESS = (0.002, 0.00004)

    def __init__(self) -> None:
        self.fixed, self.each = self.GUESS
        self._sums = (0.0, 0.0, 0.0, 0.0, 0.0)  # weights, Σ n, Σ n², Σ seconds, Σ n·seconds

    def add(self, n: int, seconds: float) -> None:
        weights, ns, squares, total, products = (value * self.DECAY for value in self._sums)
        weights, ns, squares, total, products = (weights + 1, ns + n, squares + n * n, total + seconds,
                                                 products + n * seconds)
        self._sums = (weights, ns, squares, total, products)
        spread = weights * squares - ns * ns
        each = (weights * products - ns * total) / spread if spread > 1e-6 * weights * squares else -1.0
        fixed = (total - each * ns) / weights
        if not 0 <= fixed <= total / weights or each < 0:  # the slices' sizes tell the parts apart too little
            each, fixed = total / ns, 0.0  # (all of it an event)
        self.fixed, self.each = fixed, each


async def apply_in_slices(rows: Sequence[T], apply: Callable[[Sequence[T]], None], chunk: int = 10) -> None:
    """Apply a long list read at once (a catch-up page) `chunk` items at a time, one slice per loop iteration
    as the event slices do (the frame's share left by the next paint, `FrameShare.slice_budget`; a turn next
    to a paint waits), so it holds the window no longer than live events do. `rows` may decode its items
    as they are sliced (`LazyConversations`): decoding is then inside the slices too."""
    start, waited, cost = 0, 0, 0.0  # cost: seconds the last chunk took (the next one is not begun past the budget)
    clock = time.perf_counter
    other = PassWork()  # what the loop ran since our last turn
    other.ended(clock())
    try:
        await asyncio.sleep(0)  # the turn that read the rows has spent its share: the first slice gets its own
        while start < len(rows):
            started = clock()
            budget = other.budget(started)
            if not budget and waited < WAIT_TURNS:  # the pass is spent or a paint is next: apply in the next
                waited += 1
                other.ended(clock())
                await asyncio.sleep(0)
                continue
            waited, deadline = 0, started + (budget or MIN_SLICE)
            FRAME_SHARE.applying = True  # (the paints the slice asks for come a loop turn after it)
            try:
                now = started
                while True:  # at least one chunk a slice
                    apply(rows[start:start + chunk])
                    start += chunk
                    ended = clock()
                    cost, now = ended - now, ended
                    if start >= len(rows) or now + cost >= deadline:
                        break
            finally:
                FRAME_SHARE.applying = False
            FRAME_SHARE.backlog = start < len(rows)
            other.ended(now)
            if start < len(rows):
                await asyncio.sleep(0)
    finally:
        FRAME_SHARE.backlog = False
