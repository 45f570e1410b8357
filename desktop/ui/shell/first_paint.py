"""Paint a widget before the asyncio event loop exists: the cold start's first paint from the start cache.

`desktop.app.main()` shows the main window from the start cache and lets Qt paint it in a local
`QEventLoop` (`paint_now`), and only then imports qasync and builds the asyncio loop that restores the
session. The asynchronous twin for code already running on the loop is `desktop.ui.tasks.painted`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

SETTLE_MS = 5  # after the paint: what it posted (zero-delay timers, the backing store flush) runs first


class _PaintWatch(QObject):
    """Ends `loop` shortly after `widget` has handled a paint event. Signals: none."""

    def __init__(self, widget: QWidget, loop: QEventLoop) -> None:
        super().__init__(widget)
        self._loop = loop
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(SETTLE_MS, self._loop.quit)  # runs once this paint event has been handled
        return False


def paint_now(widget: QWidget, timeout: float = 0.25) -> bool:
    """Run Qt's events until `widget` has been painted once more (or `timeout` seconds have passed: hidden,
    minimised, nothing to paint). True when it was painted. Not for code running on the asyncio loop."""
    loop = QEventLoop()
    watch = _PaintWatch(widget, loop)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout * 1000))
    widget.update()
    try:
        loop.exec()
    finally:
        deadline.stop()
        widget.removeEventFilter(watch)
        watch.deleteLater()
    return watch.painted
