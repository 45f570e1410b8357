"""Benchmark (a script, not a test): cold start to a painted inbox vs a bare PySide6 window's start.

Run: .venv/bin/python tests/benchmarks/bench_cold_start.py [--runs 5] [--quick] [--importtime]

Both sides are fresh subprocesses of the same interpreter, offscreen, alternated run by run (after one
discarded warm-up of each, so both find the OS file cache equally warm):
- baseline: `bare_qt.py` — QApplication + QMainWindow shown, quits after its first paint;
- app from the start cache: `app_probe.py` — the real `desktop.app.main()` taking its normal start path from a
  remembered session (in-memory keyring seeded in the child through the app's own credential store) with a
  home prepared beforehand by one clean run of the same probe (it signs in, paints, quits and so leaves the
  start cache: profile + first list pages), until the first completed paint of the conversation list with
  rows — the cached rows, before the network is asked anything;
- app without a cache (second line): the same probe from a fresh, empty home each time, so its first rows
  come from the sandbox started beforehand by this script (loopback REST).
Time = parent's clock before `Popen` → the child's report (CLOCK_MONOTONIC is system-wide).

Children run with bytecode caching on (written by the warm-up run under a temporary PYTHONPYCACHEPREFIX,
never into the checkout), as an installed app has its .pyc files; the team environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise make every start compile all of `desktop/` again.

Budget: median app from the start cache / median bare ≤ 2. The no-cache line is reported
against the same bound for information. Each child also reports which of httpx, websockets, keyring and qasync
had run before its first paint. A last note times what only the no-cache start imports before its first rows
(`REQUEST_STACK`: the asyncio loop, the keyring, the HTTP client and anyio's asyncio backend), each in fresh
processes that imported `desktop.app` first: a floor under how far the no-cache line lies above the cached one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_PROBE = HERE / "app_probe.py"
sys.path.insert(0, str(ROOT))  # run from anywhere without installing

from desktop.sandbox.testing import start_sandbox  # noqa: E402
from tests.benchmarks.common import Figure, median, report  # noqa: E402


def launch(script: Path, env: dict[str, str], timeout: float = 90.0) -> dict[str, Any]:
    """Run one child; return its report plus `elapsed` (parent clock before Popen → painted)."""
    before = time.monotonic()
    # the app probe runs as a module, from its cached bytecode, as `python -m desktop` does; a script's
    # source is compiled at every start
    command = ["-m", f"tests.benchmarks.{script.stem}"] if script == APP_PROBE else [str(script)]
    proc = subprocess.run([sys.executable, *command], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{script.name} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["elapsed"] = result["painted"] - before
    result["exited"] = time.monotonic() - before
    return result


def import_profile(env: dict[str, str], top: int = 12) -> list[str]:
    """`python -X importtime -c 'import desktop.app'`: the heaviest imports (cumulative), for the owner."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import desktop.app"], env=env,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), int(parts[0].split(":")[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return [f"{cumulative / 1000:7.1f} ms cumulative {own / 1000:6.1f} ms own  {name.strip()}"
            for cumulative, own, name in rows[:top]]


#: what a start without the cache imports before its first rows and a start from the cache does not (the
#: request path: the asyncio loop, the keyring, the HTTP client, and anyio's asyncio backend, which httpcore
#: imports at the first request), in the order the no-cache start imports them
REQUEST_STACK = ("asyncio", "qasync", "keyring", "httpx", "httpcore", "anyio._backends._asyncio")
#: the child: imports desktop.app, then each module named on its command line, timing each
STACK_CHILD = """
import importlib, json, sys, time
import desktop.app
times = {}
for name in sys.argv[1:]:
    before = time.perf_counter()
    importlib.import_module(name)
    times[name] = time.perf_counter() - before
print(json.dumps(times))
"""


def request_stack_imports(env: dict[str, str], runs: int) -> dict[str, float]:
    """Median seconds to import each of `REQUEST_STACK` (in that order) in fresh processes that imported
    `desktop.app` first, as the app has when its session is restored: a floor under the no-cache start's
    lead over the cached one (the keyring's backend look-up, the requests and the window come on top)."""
    samples: dict[str, list[float]] = {name: [] for name in REQUEST_STACK}
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", STACK_CHILD, *REQUEST_STACK], env=env, capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise SystemExit(f"request stack import failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        for name, seconds in json.loads(lines[-1]).items():
            samples[name].append(seconds)
    return {name: median(values) for name, values in samples.items()}


def prepare_home(home: Path, env: dict[str, str]) -> None:
    """One clean run of the probe in `home`: it signs in, paints the first page from the server, quits, and
    so leaves the start cache there; fails when it did not."""
    launch(APP_PROBE, dict(env, SOUQDESK_HOME=str(home)))
    if not any(home.rglob("start-profile*")):
        raise SystemExit(f"the preparing run left no start cache in {home}")


def line(label: str, result: dict[str, Any]) -> str:
    early = ",".join(result.get("early", [])) or "-"
    return (f"{label} {result['elapsed'] * 1000:7.1f} ms ({int(result['rows'])} rows; imports "
            f"{(result['imported'] - result['started']) * 1000:.0f} ms, after imports "
            f"{(result['painted'] - result['imported']) * 1000:.0f} ms; before paint: {early})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one run, no warm-up (smoke test)")
    parser.add_argument("--importtime", action="store_true", help="list the heaviest imports of the app (always on without --quick)")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as folder:
        sandbox = start_sandbox(Path(folder) / "sandbox.sqlite3")
        try:
            base_env = {k: v for k, v in os.environ.items()
                        if not k.startswith("SOUQDESK_") and k != "PYTHONDONTWRITEBYTECODE"}
            base_env["QT_QPA_PLATFORM"] = "offscreen"
            # an installed app runs from compiled bytecode: let the warm-up write it, outside the checkout
            base_env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
            user = sandbox.users["ahmed"]
            app_env = dict(base_env, SOUQDESK_BENCH_SERVER=sandbox.url, SOUQDESK_BENCH_TOKEN=user.token)
            cached_home = Path(folder) / "home-cached"
            prepare_home(cached_home, app_env)  # also the warm-up of the app's bytecode
            bare: list[dict[str, Any]] = []
            cached: list[dict[str, Any]] = []
            uncached: list[dict[str, Any]] = []
            for run in range(runs + (0 if args.quick else 1)):
                b = launch(HERE / "bare_qt.py", base_env)
                c = launch(APP_PROBE, dict(app_env, SOUQDESK_HOME=str(cached_home)))
                fresh = Path(folder) / f"home-{run}"  # nothing cached: rows from the server
                u = launch(APP_PROBE, dict(app_env, SOUQDESK_HOME=str(fresh)))
                if run == 0 and not args.quick:
                    continue  # warm-up
                bare.append(b)
                cached.append(c)
                uncached.append(u)
                print(f"run {len(bare)}: bare window {b['elapsed'] * 1000:7.1f} ms", flush=True)
                print("  " + line("app from start cache", c), flush=True)
                print("  " + line("app, no cache       ", u), flush=True)
            bare_ms = median([r["elapsed"] for r in bare]) * 1000
            app_ms = median([r["elapsed"] for r in cached]) * 1000
            uncached_ms = median([r["elapsed"] for r in uncached]) * 1000
            interpreter_ms = median([r["started"] - (r["painted"] - r["elapsed"]) for r in cached]) * 1000
            imports_ms = median([r["imported"] - r["started"] for r in cached]) * 1000
            after_ms = median([r["painted"] - r["imported"] for r in cached]) * 1000
            early = sorted({name for r in cached for name in r.get("early", [])})
            paired = {label: (median([r["elapsed"] / b["elapsed"] for r, b in zip(runs_, bare, strict=True)]),
                              median([r["cpu"] / b["cpu"] for r, b in zip(runs_, bare, strict=True)]))
                      for label, runs_ in (("from start cache", cached), ("without cache", uncached))}
            stack = request_stack_imports(base_env, runs)
            hotspots = import_profile(dict(base_env, SOUQDESK_HOME=str(Path(folder) / "h"))) \
                if args.importtime or not args.quick else []
        finally:
            sandbox.stop()
    report(f"Cold start, median of {runs} fresh processes each (offscreen)", [
        Figure("bare PySide6 window: start → first paint", bare_ms, "ms", bare_ms * 2),
        Figure("app: start → painted inbox (from start cache)", app_ms, "ms", bare_ms * 2),
        Figure("ratio app / bare window", app_ms / bare_ms, "×", 2.0),
        Figure("app without cache: start → painted inbox", uncached_ms, "ms", bare_ms * 2),
        Figure("ratio app without cache / bare window", uncached_ms / bare_ms, "×", 2.0),
    ], [
        "from start cache: home prepared by one clean run of the app (remembered session, in-memory keyring); "
        "without cache: a fresh home each run, first page from a local sandbox started beforehand (loopback)",
        "bytecode and compiled dataclass methods cached (PYTHONPYCACHEPREFIX) as in an installed app" + (
            "; --quick: no warm-up besides the preparing run" if args.quick else ""),
        f"where the cached start's time goes (medians): interpreter start {interpreter_ms:.0f} ms, "
        f"probe imports (PySide6, desktop.app) {imports_ms:.0f} ms, main() until the painted inbox "
        f"(settings, fonts, theme, lazy imports, window, cached rows, first paint) {after_ms:.0f} ms",
        f"imported before the cached first paint (of httpx, websockets, keyring, qasync): {', '.join(early) or 'none'}",
        "run by run against the bare window of the same run (medians): " + "; ".join(
            f"{label} {wall:.2f}× wall, {cpu:.2f}× CPU until the paint" for label, (wall, cpu) in paired.items()),
        f"imported only without the cache, before its first rows (fresh processes after desktop.app, "
        f"median of {runs}): " + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in stack.items())
        + f"; {sum(stack.values()) * 1000:.0f} ms in all = {sum(stack.values()) * 1000 / bare_ms:.2f}× the bare "
        "window, on top of the cached start's ratio before any request is made",
    ])
    if hotspots:
        print("  heaviest imports of desktop.app (python -X importtime):")
        for row in hotspots:
            print(f"    {row}")


if __name__ == "__main__":
    main()
