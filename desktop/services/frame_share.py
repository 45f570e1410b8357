"""How one turn of the UI thread is shared between applying realtime events and repainting, so the two
together stay within a frame.

A turn that applies a slice of events and is followed by a repaint holds the window for the slice plus the
paint. The views' repaint pacers tell `FRAME_SHARE` when their next paint is due and how long paints take
(`paint_due`, `painting`); the event slices read `slice_budget()` before each slice (a slice followed by a
paint gets the frame minus the paint) and tell it whether events are backed up (`backlog`), which makes
the pacers repaint every other frame until the backlog is gone. Pure bookkeeping: no timers, no Qt.

Signals: none.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager

WORK = 0.010  # seconds of slice and paint together in one turn, leaving room for input and the reader
SLICE = 0.008  # seconds of a slice that no paint is next to
MIN_SLICE = 0.002  # a slice next to a paint that would get less than this waits for the next turn instead
STALE = 0.1  # a paint announced this long ago and never done (a hidden view) is not waited for


class FrameShare:
    """The paint due next and the cost of paints, as reported by the views' pacers."""

    def __init__(self) -> None:
        self.backlog = False  # events are queued beyond the current slice
        self.applying = False  # a slice is being applied now
        self.paint_cost = 0.0  # seconds, a running estimate of one repaint (the slowest view's)
        self._due = math.inf  # perf_counter() time the next paint is due at
        self._just_painted = False  # a paint ended and no slice was asked for its budget since

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
            self._just_painted = True
            spent = time.perf_counter() - started
            self._due = math.inf
            self.paint_cost = max(spent, 0.7 * self.paint_cost + 0.3 * spent)

    def slice_budget(self, now: float) -> float:
        """Seconds the slice starting at `now` may take: the frame's work minus the paint when it is the
        first slice after a paint or a paint is due before the slice would end; 0 when that leaves too
        little (wait for the next turn)."""
        due, just_painted, self._just_painted = self._due, self._just_painted, False
        if not just_painted and (due - now > SLICE or now - due > STALE):
            return SLICE
        budget = min(SLICE, WORK - self.paint_cost)
        return budget if budget >= MIN_SLICE else 0.0

    def pace(self, frame: float) -> float:
        """The time between two paced repaints, for a frame of `frame` (any unit): every other frame
        while events are backed up."""
        return 2 * frame if self.backlog else frame


FRAME_SHARE = FrameShare()
