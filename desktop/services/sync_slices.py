"""Realtime events applied in time slices, so a burst never holds the window for more than a frame.

`EventSlices.push(event)` queues an event; the queue is applied from the next loop iteration on, at most
`SLICE` seconds of it per loop iteration, one `batch()` per store per slice (the store merges the
slice's changes into as few announcements as it can). What is left waits for the next iteration, so the
window paints and handles input between slices. An event that arrives when nothing happened for a while
is applied on the next loop iteration; during a burst, events are gathered for `GATHER` seconds, so a slice
applies many at once (fewer announcements and repaints for the same events).

Closing the batches (the announcements, hence the models and views) takes time per event too: its cost an
event, measured on the slices before, is kept inside the slice.

Signals: none; `applied(events)` is called after each slice with the events it applied.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from typing import Protocol

from desktop.domain.events import Event

SLICE = 0.008  # seconds of event application per loop iteration (half a 60 Hz frame)
GATHER = 0.008  # events arriving this soon after a slice wait this long, to be applied with those after them



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
        self._closing = 0.0  # seconds an event to close a slice (announcements, `applied`), a running estimate

    def push(self, event: Event) -> None:
        """Queue an event (on the loop); it is applied from the next loop iteration on."""
        self._queue.append(event)
        if self._handle is None:
            loop = asyncio.get_running_loop()
            if time.perf_counter() - self._flushed_at < GATHER:  # a burst: gather a slice's worth first
                self._handle = loop.call_later(GATHER, self.flush)
            else:
                self._handle = loop.call_soon(self.flush)

    def clear(self) -> None:
        """Drop what is queued (the connection it came from is gone)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._queue.clear()

    def flush(self) -> None:
        """Apply one slice of the queue; schedule the next one when events are left."""
        self._handle = None
        queue, applied = self._queue, []
        clock = time.perf_counter
        deadline, closing = clock() + SLICE, self._closing
        batches: dict[int, Batching] = {}
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
        self._applied(applied)
        self._flushed_at = clock()
        if applied:
            self._closing = 0.5 * closing + 0.5 * (self._flushed_at - closed_from) / len(applied)
        if queue and self._handle is None:
            self._handle = asyncio.get_running_loop().call_soon(self.flush)
