"""How a turn of the UI thread is shared between an event slice and a repaint (frame_share.FrameShare)."""

from __future__ import annotations

import time

from desktop.services.frame_share import MIN_SLICE, SLICE, STALE, WORK, FrameShare


def test_a_slice_far_from_any_paint_gets_the_whole_slice() -> None:
    share = FrameShare()
    assert share.slice_budget(time.perf_counter()) == SLICE


def test_a_slice_before_a_due_paint_leaves_the_frame_to_the_paint() -> None:
    share = FrameShare()
    share.paint_cost = 0.004
    now = time.perf_counter()
    share.paint_due(now + SLICE / 2)
    assert share.slice_budget(now) == WORK - 0.004
    share.paint_cost = WORK  # a slow paint: nothing fits next to it, the slice waits a turn
    assert share.slice_budget(now) == 0.0
    assert share.slice_budget(now + SLICE / 2 + STALE * 2) == SLICE  # a paint that never came is not waited for


def test_a_paint_measures_its_cost_and_only_the_first_slice_after_it_is_shortened() -> None:
    share = FrameShare()
    with share.painting():
        time.sleep(0.003)
    assert share.paint_cost >= 0.003
    now = time.perf_counter()
    budget = share.slice_budget(now)
    assert budget == 0.0 or MIN_SLICE <= budget <= WORK - 0.003
    assert share.slice_budget(now) == SLICE


def test_paced_repaints_are_every_other_frame_while_events_are_backed_up() -> None:
    share = FrameShare()
    assert share.pace(16) == 16
    share.backlog = True
    assert share.pace(16) == 32
