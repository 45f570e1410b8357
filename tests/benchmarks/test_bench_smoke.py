"""The benchmark scripts still run: each one, in a tiny mode, as a subprocess, exits 0 and prints its figures.

Benchmarks measure and report, so nothing here asserts on a timing: only that every script
starts, drives the real code to the end and prints the figure rows it is meant to print.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

# script → (tiny-mode arguments, figure names its output must contain)
TINY: dict[str, tuple[list[str], list[str]]] = {
    "bench_cold_start.py": (["--quick"], ["bare PySide6 window: start → first paint", "app: start → painted inbox",
                                          "ratio app / bare window"]),
    "bench_scroll.py": (["--quick"], ["scroll LTR: p99 frame", "scroll RTL: max frame",
                                      "RSS after the shift over a bare Qt window", "RSS slope"]),
    "bench_catch_up.py": (["--quick"], ["catch-up: reconnect → lists and timeline caught up", "catch-up: longest loop stall",
                                        "catch-up: requests", "catch-up: lists and timeline consistent"]),
    "bench_idle_traffic.py": (["--quick"], ["idle: HTTP requests a minute", "busy: HTTP requests per incoming message"]),
    "bench_realtime.py": (["--quick", "--chunks", "1,32"], ["chunk 1: events/s", "chunk 32: longest loop stall"]),
    "bench_open_conversation.py": (["--messages", "200", "--runs", "1"], ["budget"]),
    "bench_saved_replies.py": (["--replies", "200"], ["budget 5 ms"]),
    "bench_reports.py": (["--quick"], ["30-day report painted", "longest UI-thread stall while loading (wall)", "export of"]),
    # needs the bundle `bash .ci/package` built (the test command builds it before pytest)
    "bench_frozen_start.py": (["--quick"], ["ratio frozen / source start", "ratio frozen / source `doctor --help`"]),
}


def test_every_benchmark_has_a_tiny_mode_here() -> None:
    assert sorted(p.name for p in HERE.glob("bench_*.py")) == sorted(TINY)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("script", sorted(TINY))
def test_benchmark_runs(script: str, tmp_path: Path) -> None:
    arguments, figures = TINY[script]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOUQDESK_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, str(HERE / script), *arguments], env=env, capture_output=True,
                          text=True, timeout=170, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stdout + proc.stderr[-4000:]
    for figure in figures:
        assert figure in proc.stdout, f"{script} did not report {figure!r}:\n{proc.stdout}"
    assert "Traceback" not in proc.stderr, proc.stderr[-4000:]


def test_run_all_runs_one_script(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOUQDESK_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, str(HERE / "run_all.py"), "--quick", "--only", "realtime"], env=env,
                          capture_output=True, text=True, timeout=170, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stdout + proc.stderr[-4000:]
    assert "== bench_realtime.py" in proc.stdout and "Summary" in proc.stdout
    assert "bench_realtime.py" in proc.stdout.split("Summary")[1]
