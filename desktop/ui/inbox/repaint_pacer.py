"""Repaints of a list view caused by model changes, at most once a frame (`FRAME_MS`), every other frame
while realtime events are backed up, dirty areas merged: a burst spread over many event-loop turns is not
repainted every turn. The pacer tells `frame_share.FRAME_SHARE` when its paint is due and what paints cost,
so the event slice before a paint is shortened to keep slice and paint within a frame. An owner may also
ask for its layout at the paced time (`request_layout`): the pacer runs it just before the repaint, and
repaints everything when the layout says the widget's content moved.

Signals: none.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QWidget

from desktop.services.frame_share import FRAME_SHARE

FRAME_MS = 16  # 60 Hz


class RepaintPacer(QObject):
    """Merged, frame-paced `update()`s of one widget (call `painting()` around its paint event, or
    `painted()` from it). `lay_out`, when given, is the owner's layout for `request_layout`: it returns
    whether the whole widget must be repainted."""

    def __init__(self, widget: QWidget, parent: QObject | None = None,
                 lay_out: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._widget = widget
        self._lay_out = lay_out
        self._layout_due = False
        self._laid_out_at = 0.0  # time.monotonic() of the last layout run for `request_layout`
        self._painted_at = 0.0  # time.monotonic() of the last paint
        self._everything, self._dirty = False, QRegion()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._flush)
        self._post = QTimer(self)  # the flush's update(), a loop pass later (see `_flush`)
        self._post.setSingleShot(True)
        self._post.setInterval(0)
        self._post.timeout.connect(self._update)

    def painted(self) -> None:
        self._painted_at = time.monotonic()

    @contextmanager
    def painting(self) -> Iterator[None]:
        """Around the widget's paint: marks it painted and reports the paint's cost to `FRAME_SHARE`."""
        self.painted()
        with FRAME_SHARE.painting():
            yield
        if self._timer.isActive() and (self._everything or not self._dirty.isEmpty()):
            # a paint asked for before this one ended is still due (the paint cleared it)
            FRAME_SHARE.paint_due(time.perf_counter() + self._timer.remainingTime() / 1000)

    def request(self, rect: QRect | None = None) -> None:
        """Repaint `rect` (None: everything) within a frame of the last paint (two while events are
        backed up)."""
        if rect is None:
            self._everything = True
        elif not self._everything:
            self._dirty += rect
        self._schedule(self._painted_at, paint=True)

    def request_layout(self) -> None:
        """Run the owner's `lay_out` at the paced time of the next repaint (whether or not one is due), a
        frame after the last paint or layout."""
        self._layout_due = True
        self._schedule(max(self._painted_at, self._laid_out_at), paint=False)

    def settle_layout(self) -> None:
        """The layout asked for, now: for a caller that needs it at once (scrolling to a row)."""
        due = self._layout_due
        self._run_layout()
        if due and self._everything:  # what the widget shows moved
            self.request()

    def _run_layout(self) -> None:
        if self._layout_due:
            self._layout_due = False
            self._laid_out_at = time.monotonic()
            if self._lay_out is not None and self._lay_out():
                self._everything = True

    def _schedule(self, since: float, paint: bool) -> None:
        """The flush a frame after `since`; a `paint` is announced to the event slices (a layout alone is
        not: the slices would leave room for a paint that does not come)."""
        if self._post.isActive():
            return  # the posted update takes this too
        if not self._timer.isActive():
            waited = (time.monotonic() - since) * 1000
            # at least a loop turn after a slice that asks for it, so slice and paint are not one stall
            self._timer.start(max(1 if FRAME_SHARE.applying else 0, int(FRAME_SHARE.pace(FRAME_MS) - waited)))
        if paint:
            FRAME_SHARE.paint_due(time.perf_counter() + self._timer.remainingTime() / 1000)

    def _flush(self) -> None:
        """The paced time has come: update() in the next loop pass, not in this one. The pass this timer fires
        in also runs the asyncio timers that came due during the slice before it (a task's sleep ends), and
        their tasks run in the pass after; Qt paints at the start of the next pass, before that pass's timers,
        so a paint asked for now would run before those tasks: the slice, then the paint, in one wait of every
        task (an 8.6 ms paint after a 5.7 ms slice: an 18.3 ms gap of the realtime benchmark's heartbeat).
        A layout asked for runs here, at the paced time."""
        self._run_layout()
        if not self._everything and self._dirty.isEmpty():
            return  # nothing to paint: no paint is announced to the event slices either
        self._post.start()
        FRAME_SHARE.paint_due(time.perf_counter())

    def _update(self) -> None:
        self._run_layout()  # asked for after the flush posted this update
        if self._everything:  # (`_flush` posts this only with something to paint; requests only add to it)
            self._widget.update()
        else:
            self._widget.update(self._dirty)
        # paced from now: a request before the paint (Qt paints after this pass) is a frame after it, not a
        # frame after the last paint's start, which put two paints ~1 ms apart (one stall of both)
        self._painted_at = time.monotonic()
        FRAME_SHARE.paint_due(time.perf_counter())
        self._everything, self._dirty = False, QRegion()
