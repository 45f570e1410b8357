"""Stress test for the PySide6 6.12.0 + CPython 3.11 + qasync `bool_dealloc` crash: thousands of socket open/close cycles under qasync must not crash.

Why it exists: PySide6 6.12.0's `SignalInstance.disconnect()` returns a bool without adding a reference,
and qasync calls it on every `remove_reader`/`remove_writer`. On CPython 3.11 a networked app then dies
with `Fatal Python error: bool_dealloc` (exit 134) after about 1,100 socket operations, or at exit; on
Python 3.12+ True/False are immortal and nothing happens. The project avoids the combination (it runs on
Python >= 3.12, and pyproject excludes PySide6 6.12.0 on 3.11), and this test proves that the interpreter
and PySide6 actually in use survive: a subprocess (so that a crash is an exit code, not a dead test run)
creates an offscreen QApplication and a qasync loop and makes 3,000 loopback TCP connections through it
(about 9,000 notifier removals, each one a `disconnect()`), then 150 httpx requests and 150 websocket
connections (the REST and realtime clients' transports, each on a fresh socket), and exits normally.
Measured here (2 cores): 4 s idle, up to 18 s with the machine busy, on Python 3.12 + PySide6 6.12.0; on
Python 3.11 + 6.12.0 + qasync 0.28.0 the same program aborts with exit 134 within the first second.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("qasync_socket_cycles.py")
CYCLES = 3000

pytestmark = pytest.mark.stress


def test_thousands_of_socket_cycles_under_qasync_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(CYCLES)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=SCRIPT.parents[2],
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, (
        f"exit code {result.returncode} (134 = the bool_dealloc crash: PySide6 6.12.0's disconnect() on CPython 3.11)\n"
        f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
    )
    match = re.search(
        r"^cycles=(\d+) http=(\d+) ws=(\d+) removals=(\d+) seconds=([\d.]+)$", result.stdout, re.MULTILINE
    )
    assert match, f"no summary line in the output: {result.stdout!r}"
    cycles, http, ws, removals = (int(match.group(i)) for i in range(1, 5))
    assert (cycles, http, ws) == (CYCLES, 150, 150)
    # both ends of every connection drop at least one notifier: each removal is one disconnect() call
    assert removals >= 2 * CYCLES
    assert elapsed < 60
