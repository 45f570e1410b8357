"""How one pass of the UI thread's event loop is shared between applying realtime events and everything else
it runs (the websocket reader's chunk of frames, a repaint, timers), so that no pass holds the window long.

A slice of events gets what the pass's other work left of `SLICE`: the event slices measure the other work
since their last slice (`slice_budget(now, other)`), and a slice followed by a due repaint also leaves the
paint's cost. The views' repaint pacers tell `FRAME_SHARE` when their next paint is due and how long paints
take (`paint_due`, `painting`); the event slices tell it whether events are backed up (`backlog`), which
makes the pacers repaint every other frame until the backlog is gone. Pure bookkeeping: no timers, no Qt.

Why a pass and not a frame: under qasync every asyncio callback is a Qt timer, and a coroutine waking from a
sleep takes two passes (the timer sets the future's result, the task runs in the next pass); a stall felt
by a task (or by input, which waits for the pass to end) is up to two passes long. Measured in the realtime
benchmark: passes of a 256-frame reader turn (2.5–4 ms) plus a slice of 8 ms made the asyncio heartbeat's
longest gap 26–37 ms. A slice ends within about 1 ms of its budget (the closing estimate, a young
collection), and the heartbeat's own timers take a little of the gap: two passes of `SLICE` leave ~2 ms.
Hence `WINDOW` too: a slice and all the loop ran since the slice before the last one (the last slice, a
paint between: Qt runs a posted repaint in a pass of its own, between two passes of timers) stay within two
passes' worth, so two full slices never land in one heartbeat gap with a paint.

Signals: none.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager

SLICE = 0.006  # seconds of a loop pass: a slice and the other work of its pass (reader, paint) together
WINDOW = 2 * SLICE  # seconds of two passes: a slice and all the work since the slice before the last one
MIN_SLICE = 0.002  # a slice that would get less than this waits for the next pass instead
STALE = 0.1  # a paint announced this long ago and never done (a hidden view) is not waited for


class FrameShare:
    """The paint due next and the cost of paints, as reported by the views' pacers."""

    def __init__(self) -> None:
        self.backlog = False  # events are queued beyond the current slice
        self.applying = False  # a slice is being applied now
        self.paint_cost = 0.0  # seconds, a running estimate of one repaint (the slowest view's)
        self._due = math.inf  # perf_counter() time the next paint is due at

    def paint_due(self, at: float) -> None:
        """A view will repaint at perf_counter() time `at` (its pacer's timer was started or fired)."""
        self._due = min(self._due, at)

    @contextmanager
    def painting(self) -> Iterator[None]:
        """Around a view's paint: the paint is done, its cost goes into the estimate."""
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            self._due = math.inf
            self.paint_cost = max(spent, 0.7 * self.paint_cost + 0.3 * spent)

    def slice_budget(self, now: float, other: float = 0.0, two: float = 0.0) -> float:
        """Seconds the slice starting at `now` may take, when its loop pass already ran `other` seconds of
        other work and the loop ran `two` seconds since the turn before the last (the last slice, a paint
        between): what that leaves of `SLICE` and of `WINDOW`, less the paint's cost when a paint is due
        before the slice would end; 0 when that leaves too little (wait for the next pass)."""
        budget = min(SLICE - other, WINDOW - two)
        due = self._due
        if -STALE <= due - now <= budget:  # the paint follows the slice: leave it its share
            budget -= self.paint_cost
        return budget if budget >= MIN_SLICE else 0.0

    def pace(self, frame: float) -> float:
        """The time between two paced repaints, for a frame of `frame` (any unit): every other frame
        while events are backed up."""
        return 2 * frame if self.backlog else frame


FRAME_SHARE = FrameShare()
