"""How a pass of the UI thread's loop is shared between an event slice and its other work: the websocket
reader's frames, a repaint (frame_share.FrameShare)."""

from __future__ import annotations

import time

from desktop.services.frame_share import MIN_SLICE, SLICE, STALE, FrameShare


def test_a_slice_alone_in_its_pass_and_far_from_any_paint_gets_the_whole_slice() -> None:
    share = FrameShare()
    assert share.slice_budget(time.perf_counter()) == SLICE


def test_a_slice_gets_what_the_other_work_of_its_pass_left() -> None:
    share = FrameShare()
    now = time.perf_counter()
    assert share.slice_budget(now, other=0.003) == SLICE - 0.003  # the reader handled frames for 3 ms
    assert share.slice_budget(now, other=SLICE - MIN_SLICE / 2) == 0.0  # too little left: wait for the next pass


def test_a_slice_before_a_due_paint_leaves_the_paint_its_share() -> None:
    share = FrameShare()
    share.paint_cost = 0.003
    now = time.perf_counter()
    share.paint_due(now + 0.001)
    assert share.slice_budget(now) == SLICE - 0.003
    assert share.slice_budget(now, other=0.001) == SLICE - 0.001 - 0.003
    share.paint_cost = SLICE  # a slow paint: nothing fits next to it, the slice waits a pass
    assert share.slice_budget(now) == 0.0
    assert share.slice_budget(now + 0.001 + STALE * 2) == SLICE  # a paint that never came is not waited for


def test_a_paint_measures_its_cost_and_is_no_longer_due() -> None:
    share = FrameShare()
    now = time.perf_counter()
    share.paint_due(now)
    with share.painting():
        time.sleep(0.003)
    assert share.paint_cost >= 0.003
    assert share.slice_budget(time.perf_counter()) == SLICE  # (the paint, done, is the next pass's other work)


def test_paced_repaints_are_every_other_frame_while_events_are_backed_up() -> None:
    share = FrameShare()
    assert share.pace(16) == 16
    share.backlog = True
    assert share.pace(16) == 32
