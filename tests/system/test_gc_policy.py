"""The garbage-collector policy of the UI process: after start-up everything alive is frozen and young
collections are spaced out; the started app calls it once its lists are loaded."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.system import gc_policy


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()  # this test process goes on collecting as before
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_gc")
def test_settle_freezes_what_lives_and_spaces_young_collections() -> None:
    survivor = [object() for _ in range(100)]
    before = gc.get_freeze_count()
    middle, old = gc.get_threshold()[1:]
    gc_policy.settle()
    assert gc.get_freeze_count() >= before + len(survivor)
    assert gc.get_threshold() == (gc_policy.YOUNG_THRESHOLD, middle, old)
    cycle: list[object] = []
    cycle.append(cycle)  # garbage made after settling is still collected
    del cycle
    assert gc.collect() >= 1


def test_hold_turns_automatic_collection_off_until_released() -> None:
    assert gc.isenabled()
    gc_policy.hold()
    try:
        assert not gc.isenabled()
        gc_policy.hold()  # a hold while held changes nothing
        assert not gc.isenabled()
    finally:
        gc_policy.release()
    assert gc.isenabled()
    gc_policy.release()  # a release without a hold changes nothing
    assert gc.isenabled()


def test_a_hold_longer_than_its_limit_is_released(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gc_policy, "HOLD_MAX", -1.0)
    gc_policy.hold()
    try:
        assert not gc.isenabled()
        gc_policy.hold()  # the backlog outlasted the limit: the collector runs again
        assert gc.isenabled()
    finally:
        gc_policy.release()
    assert gc.isenabled()


def test_a_small_young_collection_is_due_after_a_steps_worth_of_objects_held_or_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gc_policy, "SLICE_YOUNG_STEP", 100)
    kept: list[list[list[object]]] = []  # (freeing the objects of the first round would count down the second's)
    for held in (False, True):
        if held:
            gc_policy.hold()
        try:
            gc_policy.collect_young()
            assert not gc_policy.young_due()
            kept.append([[] for _ in range(200)])
            assert gc_policy.young_due()
            gc_policy.collect_young()
            assert not gc_policy.young_due()
            assert len(kept[-1]) == 200
        finally:
            gc_policy.release()
