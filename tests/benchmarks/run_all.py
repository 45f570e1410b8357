"""Runs every benchmark script (`bench_*.py` in this folder) in its own subprocess and prints a summary.

Run: .venv/bin/python tests/benchmarks/run_all.py [--quick] [--only NAME ...]

Each script is run one after the other (never in parallel: they measure time on a 2-core machine) with
`QT_QPA_PLATFORM=offscreen`; its output is streamed as it comes. The summary lists, per script, its exit
status, its duration and the figures it reported over budget (the rows of its table marked "OVER BUDGET").
Benchmarks report; this runner never fails because of a figure — only because a script failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scripts(only: list[str] | None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(name in p.stem for name in only)]
    return found


def run(script: Path, quick: bool) -> tuple[int, float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    quick = quick and "--quick" in script.read_text(encoding="utf-8")  # scripts without it run in full
    command = [sys.executable, str(script)] + (["--quick"] if quick else [])
    started = time.monotonic()
    over: list[str] = []
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          cwd=HERE.parents[1]) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            print(f"  | {line}", end="", flush=True)
            if "OVER BUDGET" in line:
                over.append(line.strip())
    return proc.returncode, time.monotonic() - started, over


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="pass --quick to the scripts that accept it")
    parser.add_argument("--only", nargs="*", help="run only scripts whose name contains one of these")
    args = parser.parse_args()
    results = []
    for script in scripts(args.only):
        print(f"== {script.name}", flush=True)
        results.append((script.name, *run(script, args.quick)))
    print("\nSummary")
    failed = 0
    for name, code, seconds, over in results:
        status = "ok" if code == 0 else f"FAILED (exit {code})"
        failed += code != 0
        verdict = "all figures within budget" if not over else f"{len(over)} figure(s) over budget"
        print(f"  {name:<32} {status:<16} {seconds:6.1f} s  {verdict if code == 0 else ''}")
        for line in over:
            print(f"      {line}")
    print(f"  load: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
