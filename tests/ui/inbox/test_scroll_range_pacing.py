"""The scroll range of the conversation list during a burst of new rows: while the scroll bar stays shown,
its range follows the row count with the paced repaint (once a frame), not in every loop pass — the bar
is repainted (and the window flushed) whenever its range changes, which was every pass of a realtime burst. Whatever reads the range at once (scrolling to a row) still gets the current one, and the bar still
appears at once when the rows come to fill the view."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.inbox.test_inbox_perf import PaintSpy, make_pane
from tests.ui.inbox.test_inbox_scale import conversation


def test_a_burst_of_new_rows_repaints_the_scroll_bar_once_a_frame(qtbot: Any) -> None:
    pane, store, now = make_pane(qtbot, 2_000)
    view, bar = pane.view, pane.view.verticalScrollBar()
    height = view.row_height()
    qtbot.wait(40)
    paints: list[int] = []
    view.verticalScrollBar().installEventFilter(spy := PaintSpy(paints))
    started, passes = time.monotonic(), 0
    for number in range(60):  # one new (older) conversation a loop pass, as slices of a burst apply them
        store.upsert(conversation(10_000 + number, now - timedelta(days=30, minutes=number)))
        QApplication.processEvents()
        passes += 1
        time.sleep(0.001)
    frames = (time.monotonic() - started) * 1000 / 16
    qtbot.waitUntil(lambda: bar.maximum() == 2_060 * height - view.viewport().height(), timeout=200)
    view.verticalScrollBar().removeEventFilter(spy)
    assert passes == 60 and 0 < len(paints) <= frames + 2, (len(paints), frames)  # was one a pass
    pane.detach()


def test_scrolling_to_a_new_row_reads_the_range_at_once(qtbot: Any) -> None:
    pane, store, now = make_pane(qtbot, 500)
    view, bar = pane.view, pane.view.verticalScrollBar()
    qtbot.wait(40)
    store.upsert(conversation(10_000, now - timedelta(days=30)))  # a new last row
    QApplication.processEvents()  # its layout is left to the pacer
    view.scrollTo(pane.model.index(500))
    assert bar.value() == bar.maximum() == 501 * view.row_height() - view.viewport().height()
    assert view.viewport().rect().contains(view.visualRect(pane.model.index(500)))
    pane.detach()


def test_the_bar_appears_at_once_when_the_rows_come_to_fill_the_view(qtbot: Any) -> None:
    pane, store, now = make_pane(qtbot, 3)
    view, bar = pane.view, pane.view.verticalScrollBar()
    qtbot.wait(40)
    assert bar.maximum() == 0
    store.apply_many([conversation(i, now - timedelta(days=1, minutes=i)) for i in range(4, 40)], trusted=True)
    QApplication.processEvents()  # the delayed layout's pass: the range at once (the viewport's width changes)
    assert bar.maximum() == 39 * view.row_height() - view.viewport().height() > 0
    pane.detach()
