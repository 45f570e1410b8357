"""EventSlices: a long queue of realtime events is applied over several loop iterations, a slice's worth at a
time, so the window can paint and take input between them; every event is applied once, in order."""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from collections.abc import Sequence
from typing import Any

from desktop.domain.events import Event, UnknownEvent
from desktop.services import frame_share, sync_slices
from desktop.services.observable import ListStore
from desktop.services.sync_slices import ClosingCost, EventSlices, apply_in_slices
from desktop.system import gc_policy


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def test_a_long_burst_is_applied_in_slices_with_the_loop_running_between() -> None:
    store: ListStore[int] = ListStore(key=lambda n: n)
    per_event = frame_share.SLICE / 4  # each event costs a quarter of a slice: a slice holds at most four
    seen: list[int] = []
    slices: list[int] = []
    between: list[int] = []  # slices done when another loop callback ran

    def apply(event: Event, batched: Any) -> None:
        batched(store)
        busy(per_event)
        seen.append(event.account_id)

    slicer = EventSlices(apply, lambda events: slices.append(len(events)))
    for n in range(40):
        slicer.push(UnknownEvent(n, "burst"))

    async def other_work() -> None:  # what the window does between slices (paint, input)
        while len(seen) < 40:
            between.append(len(slices))
            await asyncio.sleep(0)

    await asyncio.wait_for(other_work(), timeout=30)
    assert seen == list(range(40))  # each once, in order
    assert sum(slices) == 40 and len(slices) >= 10 and max(slices) <= 4
    assert len(set(between)) >= 10  # the loop ran between the slices, not after all of them


async def applied_in_slices(rows: list[int], chunk_cost: float) -> tuple[list[int], list[int]]:
    """`apply_in_slices` over `rows` in chunks of ten, each chunk busy for `chunk_cost` seconds: the rows as
    applied, and how many were applied each time another loop callback ran."""
    applied: list[int] = []
    turns: list[int] = []

    def apply(chunk: Sequence[int]) -> None:
        busy(chunk_cost)
        applied.extend(chunk)

    async def other_work() -> None:  # what the window does between slices (paint, input)
        while len(applied) < len(rows):
            turns.append(len(applied))
            await asyncio.sleep(0)

    watcher = asyncio.ensure_future(other_work())
    await apply_in_slices(rows, apply, chunk=10)
    await asyncio.wait_for(watcher, timeout=30)
    return applied, turns


async def test_a_long_catch_up_page_is_applied_in_slices_with_the_loop_running_between() -> None:
    rows = list(range(200))
    applied, turns = await applied_in_slices(rows, frame_share.SLICE / 4)  # a chunk costs a quarter of a slice
    assert applied == rows  # each once, in order
    seen = [0, *sorted(set(turns)), len(rows)]  # what was applied each time the loop ran something else
    steps = [after - before for before, after in itertools.pairwise(seen)]
    assert len(steps) >= 5 and max(steps) <= 40  # a slice holds at most four chunks of ten


async def test_a_chunk_longer_than_a_slice_is_applied_alone_in_its_turn() -> None:
    rows = list(range(30))
    applied, turns = await applied_in_slices(rows, frame_share.SLICE * 1.5)  # no slice has room for one chunk
    assert applied == rows
    assert sorted(set(turns)) == [0, 10, 20]  # the loop ran before each chunk, never two chunks in one turn


def test_closing_cost_tells_the_part_per_batch_from_the_part_per_event() -> None:
    cost = ClosingCost()
    for n in (100, 250, 40, 180, 120):
        cost.add(n, 0.001 + 0.00002 * n)  # a sorted store's placing (1 ms a batch) and 20 µs an event
    assert abs(cost.fixed - 0.001) < 1e-9 and abs(cost.each - 0.00002) < 1e-12
    same = ClosingCost()
    for _ in range(3):
        same.add(50, 0.002)  # slices of one size: nothing tells the parts apart, all of it is per event
    assert same.fixed == 0.0 and abs(same.each * 50 - 0.002) < 1e-12


async def test_a_slice_runs_a_small_young_collection_after_a_collections_worth_of_events() -> None:
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    done: list[int] = []
    slicer = EventSlices(lambda event, batched: None, lambda events: done.append(len(events)))
    gc.disable()  # (only the slices' own collections count here)
    gc.collect(0)  # (and not one the collector's own count asks for: far fewer objects follow than its step)
    gc.callbacks.append(seen)
    try:
        for n in range(sync_slices.COLLECT_EVENTS - 1):
            slicer.push(UnknownEvent(n, "burst"))
        while sum(done) < sync_slices.COLLECT_EVENTS - 1:
            await asyncio.sleep(0)
        assert collections == [] and gc.get_count()[0] < gc_policy.SLICE_YOUNG_STEP  # not due yet
        slicer.push(UnknownEvent(0, "burst"))
        while sum(done) < sync_slices.COLLECT_EVENTS:
            await asyncio.sleep(0)
        assert collections == [0]  # one young collection, in the slice
    finally:
        gc.callbacks.remove(seen)
        gc.enable()
