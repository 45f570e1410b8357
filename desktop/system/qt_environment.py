"""The Qt run-time switches the app sets for itself: environment variables Qt reads once, so they are set
before the first `QApplication` (`configure()`, called by `desktop.app.main`, and by the benchmarks and the
test suite, which build the app's widgets under their own `QApplication`). A variable already set in the
environment (by IT, or by someone diagnosing) is left as it is.

`QT_NO_GUI_THREADPOOL`: Qt's raster paint engine hands every fill of more than about 96 lines (a scroll bar's
groove, a list's background, a window-wide fill) to a thread pool in slices and waits for all of them. On an
agent's PC the hand-off (waking the pool's threads, then waiting for each) costs more than the fill:
measured here (2 cores, offscreen), a 14 x 898 px Fusion scroll bar painted in 1.3-3.4 ms through the pool
and 0.12-0.22 ms without it. The conversation list repaints its scroll bar whenever the row count changes,
so in a realtime burst this was a large part of every paint; the burst benchmark went from 11.3-13.8 to
13.6-20.2 thousand events a second (32 frames a turn) and its longest stall from 13.3-20.3 ms to
12.9-15.3 ms, three runs each, alternated. Painting is the same, pixel for pixel: only where it runs changes.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

#: variable → value the app runs with unless the environment already has it
SWITCHES = {"QT_NO_GUI_THREADPOOL": "1"}


def configure(environ: MutableMapping[str, str] = os.environ) -> None:
    """Set each of `SWITCHES` that the environment does not already set."""
    for name, value in SWITCHES.items():
        environ.setdefault(name, value)
