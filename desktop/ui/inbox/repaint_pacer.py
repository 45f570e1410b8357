"""Paces repaints caused by model changes to at most one a frame, merging the dirty areas in between.

A realtime burst spread over many event-loop turns would otherwise repaint the list every turn (a turn
can be a few milliseconds); the `RepaintPacer` collects the rectangles changes dirtied and updates the
widget once `FRAME_MS` after its last paint. User-driven repaints (scrolling, hover, selection) do not go
through it. Signals: none (a QTimer inside).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QWidget

FRAME_MS = 16  # 60 Hz


class RepaintPacer(QObject):
    """Merged, frame-paced `update()`s of one widget (call `painted()` from its paint event)."""

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget = widget
        self._painted_at = 0.0  # time.monotonic() of the last paint
        self._everything, self._dirty = False, QRegion()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._flush)

    def painted(self) -> None:
        self._painted_at = time.monotonic()

    def request(self, rect: QRect | None = None) -> None:
        """Repaint `rect` (None: everything) within a frame of the last paint."""
        if rect is None:
            self._everything = True
        elif not self._everything:
            self._dirty += rect
        if not self._timer.isActive():
            waited = (time.monotonic() - self._painted_at) * 1000
            self._timer.start(max(0, int(FRAME_MS - waited)))

    def _flush(self) -> None:
        if self._everything:
            self._widget.update()
        elif not self._dirty.isEmpty():
            self._widget.update(self._dirty)
        self._everything, self._dirty = False, QRegion()
