"""The cyclic garbage collector's settings for the UI process.

CPython pauses the whole process while its cyclic collector traverses tracked objects (every dataclass,
list, dict and Qt wrapper). With the defaults (a young collection every 2,000 net new objects, older ones
after 10 of those, full ones as the heap grows by a quarter) a realtime burst of 10,000 events ran about six
young collections and one middle one, 13–31 ms of CPU each, at arbitrary points inside the batches — each a
dropped frame — and every full collection traversed everything the app holds: the modules, the Qt wrappers
of the window, the loaded conversation lists.

`settle()` runs once the app has started (the window is shown and the lists are loaded): one full collection,
then everything alive is frozen (`gc.freeze`: moved to a generation the collector never traverses again), and
young collections wait for 10,000 net new objects instead of 2,000. In the realtime benchmark's 10,000-event
burst that leaves no collection at all inside the burst. Nothing is leaked: reference counting still frees
all acyclic garbage at once (the domain objects are all acyclic), and cycles are still collected, just less
often.

`hold()` / `release()` bracket a backlog of realtime events (the event slices call them): no automatic
collection runs while events are backed up, so none lands at an arbitrary point. Besides, the event
slices run a small young collection inside a slice's time whenever one is due (`young_due()`,
`collect_young()`: after `SLICE_YOUNG_STEP` net new objects, a tenth of the threshold), held or not, so the
young generation stays small while events flow and the automatic collection (at 10,000) rarely comes due
between slices. Measured in the realtime benchmark's burst: a young generation collected at the threshold
held 12,000–21,000 objects (the net count undercounts it: freeing an old object counts down too), mostly
the queued events, and took 5–12 ms of CPU, a stall of its own; collected every 1,000 it takes about 1 ms.
When the backlog is gone the collector is on again; a hold longer than `HOLD_MAX` seconds is released.
"""

from __future__ import annotations

import gc
import time

#: net new container objects between two young collections (CPython's default is 2,000)
YOUNG_THRESHOLD = 10_000
#: net new container objects after which the event slices run a young collection (see `young_due`)
SLICE_YOUNG_STEP = 1_000
#: seconds a hold lasts at most (a backlog that long lets the collector run again)
HOLD_MAX = 5.0

_held_since: float | None = None


def settle() -> None:
    """Collect, freeze what survived start-up, and space young collections out (call after start-up)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def hold() -> None:
    """No automatic collection until `release()` (or `HOLD_MAX` seconds from the first hold)."""
    global _held_since
    now = time.monotonic()
    if _held_since is None:
        if gc.isenabled():
            _held_since = now
            gc.disable()
    elif now - _held_since > HOLD_MAX:
        release()


def release() -> None:
    """Automatic collection on again, if `hold()` turned it off."""
    global _held_since
    if _held_since is not None:
        _held_since = None
        gc.enable()


def young_due() -> bool:
    """Whether enough objects were made since the last collection for a small young collection."""
    return gc.get_count()[0] >= SLICE_YOUNG_STEP


def collect_young() -> None:
    """A young collection now (inside an event slice)."""
    gc.collect(0)
