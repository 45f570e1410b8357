"""Benchmark (a script, not a test): cold start to a painted inbox vs a bare PySide6 window's start.

Run: .venv/bin/python tests/benchmarks/bench_cold_start.py [--runs 5] [--quick] [--importtime]

Both sides are fresh subprocesses of the same interpreter, offscreen, alternated run by run (after one
discarded warm-up of each, so both find the OS file cache equally warm):
- baseline: `bare_qt.py` — QApplication + QMainWindow shown, quits after its first paint;
- app: `app_probe.py` — the real `desktop.app.main()` taking its normal start path from a remembered session
  (in-memory keyring set up in the child through the app's own credential store) against a sandbox started
  beforehand by this script, until the first completed paint of the conversation list with rows.
Time = parent's clock before `Popen` → the child's report (CLOCK_MONOTONIC is system-wide).

Children run with bytecode caching on (written by the warm-up run under a temporary PYTHONPYCACHEPREFIX,
never into the checkout), as an installed app has its .pyc files; the team environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise make every start compile all of `desktop/` again.

The app keeps no local cache of the conversation list (only drafts and the outbox are stored locally), so
"from local cache" is measured as start → painted inbox against the pre-started local sandbox (loopback
REST + websocket); the output says so. Budget: median app / median bare ≤ 2.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))  # run from anywhere without installing

from desktop.sandbox.testing import start_sandbox  # noqa: E402
from tests.benchmarks.common import Figure, median, report  # noqa: E402


def launch(script: Path, env: dict[str, str], timeout: float = 90.0) -> dict[str, float]:
    """Run one child; return its report plus `elapsed` (parent clock before Popen → painted)."""
    before = time.monotonic()
    proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{script.name} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    result: dict[str, float] = json.loads(lines[-1])
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
            bare: list[dict[str, float]] = []
            app: list[dict[str, float]] = []
            for run in range(runs + (0 if args.quick else 1)):
                home = Path(folder) / f"home-{run}"  # fresh settings: nothing restored but the session
                env = dict(base_env, SOUQDESK_HOME=str(home), SOUQDESK_BENCH_SERVER=sandbox.url,
                           SOUQDESK_BENCH_TOKEN=user.token)
                b = launch(HERE / "bare_qt.py", base_env)
                a = launch(HERE / "app_probe.py", env)
                if run == 0 and not args.quick:
                    continue  # warm-up
                bare.append(b)
                app.append(a)
                print(f"run {len(app)}: bare window {b['elapsed'] * 1000:7.1f} ms   app inbox painted "
                      f"{a['elapsed'] * 1000:7.1f} ms ({int(a['rows'])} rows; imports "
                      f"{(a['imported'] - a['started']) * 1000:.0f} ms, after imports "
                      f"{(a['painted'] - a['imported']) * 1000:.0f} ms)", flush=True)
            bare_ms = median([r["elapsed"] for r in bare]) * 1000
            app_ms = median([r["elapsed"] for r in app]) * 1000
            interpreter_ms = median([r["started"] - (r["painted"] - r["elapsed"]) for r in app]) * 1000
            imports_ms = median([r["imported"] - r["started"] for r in app]) * 1000
            after_ms = median([r["painted"] - r["imported"] for r in app]) * 1000
            hotspots = import_profile(dict(base_env, SOUQDESK_HOME=str(Path(folder) / "h"))) \
                if args.importtime or not args.quick else []
        finally:
            sandbox.stop()
    report(f"Cold start, median of {runs} fresh processes each (offscreen)", [
        Figure("bare PySide6 window: start → first paint", bare_ms, "ms", bare_ms * 2),
        Figure("app: start → painted inbox", app_ms, "ms", bare_ms * 2),
        Figure("ratio app / bare window", app_ms / bare_ms, "×", 2.0),
    ], [
        "the app keeps no local cache of the conversation list: measured from the remembered session "
        "(in-memory keyring) against a local sandbox started beforehand (loopback REST + websocket)",
        "bytecode cached (PYTHONPYCACHEPREFIX) as in an installed app" + (
            "; --quick: no warm-up, so this run also compiled the sources" if args.quick else ""),
        f"where the app's time goes (medians): interpreter start {interpreter_ms:.0f} ms, "
        f"imports {imports_ms:.0f} ms, start-up after imports (settings, fonts, theme, windows, "
        f"sign-in restore, first page, first paint) {after_ms:.0f} ms",
    ])
    if hotspots:
        print("  heaviest imports of desktop.app (python -X importtime):")
        for line in hotspots:
            print(f"    {line}")


if __name__ == "__main__":
    main()
