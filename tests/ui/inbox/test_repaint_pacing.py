"""The repaint pacer never paints ahead of a task that woke in the same loop pass: after an event slice that
asked for a repaint, the tasks whose sleep ended during the slice run first, then the paint (a slice and a
paint in one wait of every task was the realtime burst's longest stall)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.services.frame_share import FRAME_SHARE
from desktop.ui.inbox.repaint_pacer import RepaintPacer


class Recorder(QWidget):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def paintEvent(self, event: QPaintEvent) -> None:
        self.order.append("paint")


def test_a_task_woken_during_a_slice_runs_before_the_paint_the_slice_asked_for(qtbot: Any, aloop: Any) -> None:
    order: list[str] = []
    widget = Recorder(order)
    qtbot.addWidget(widget)
    widget.resize(120, 80)
    widget.show()
    qtbot.waitExposed(widget)
    pacer = RepaintPacer(widget)
    running = True

    async def heartbeat() -> None:  # a task that sleeps a millisecond at a time, as the reader's waits do
        while running:
            await asyncio.sleep(0.001)
            order.append("beat")

    def event_slice() -> None:  # an event slice: its batch asks for a repaint, then it works on for 6 ms
        FRAME_SHARE.applying = True
        try:
            pacer.request()
            busy_until = time.perf_counter() + 0.006
            while time.perf_counter() < busy_until:
                pass
        finally:
            FRAME_SHARE.applying = False
        order.append("slice")

    task = aloop.loop.create_task(heartbeat())
    try:
        for _ in range(5):  # (several rounds: the timers line up differently each time)
            aloop.until(lambda: order.count("beat") >= 3 and order[-1] == "beat")
            order.clear()
            aloop.loop.call_soon(event_slice)
            aloop.until(lambda: "paint" in order)
            start, paint = order.index("slice"), order.index("paint")
            assert start < paint and "beat" in order[start:paint], order
    finally:
        running = False
        aloop.until(task.done)
