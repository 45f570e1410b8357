"""Run Python code in a fresh interpreter of this environment, for checks of what a process imports or sets up
at start (the test process itself imported everything long ago)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(code: str, *args: str, env: Mapping[str, str] | None = None, timeout: float = 60) -> str:
    """`code` (dedented) run with `args` from the repository's root, offscreen and with only the given
    environment besides; its standard output. A failed run fails the test with the end of its stderr."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **(env or {})})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout
