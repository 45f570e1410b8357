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
"""

from __future__ import annotations

import gc

#: net new container objects between two young collections (CPython's default is 2,000)
YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """Collect, freeze what survived start-up, and space young collections out (call after start-up)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
