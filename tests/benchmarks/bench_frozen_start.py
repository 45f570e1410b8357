"""Benchmark (a script, not a test): the frozen bundle's start against the same app started from source.

Run: .venv/bin/python tests/benchmarks/bench_frozen_start.py [--runs 5] [--quick] [--bundle dist/souqdesk]
(after `bash .ci/package`, which builds dist/souqdesk/).

Both sides restore one session remembered in a real Secret Service (gnome-keyring in a session bus of its
own: the script re-runs itself under `dbus-run-session`), against a local sandbox started beforehand, with
one home folder whose start cache a first run of each side has left (so both paint the cached inbox at
once, then sign in again). Each child is started with `--smoke`: it prints the moment its conversation list
completed its first paint with rows, then quits. Time = parent's clock before `Popen` → that moment.
Source runs use compiled bytecode (written by the warm-up under a temporary PYTHONPYCACHEPREFIX), as an
installed app has. Runs alternate frozen/source after one discarded warm-up of each.
A second pair of lines times `doctor --help` (interpreter start and the CLI's imports, no Qt window).

Budget (issue: IT can deploy it): median frozen / median source ≤ 1.1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.common import Figure, median, report  # noqa: E402
from tests.support import frozen  # noqa: E402

IN_SESSION = "SOUQDESK_BENCH_IN_SESSION"


CPU: dict[str, list[float]] = {"frozen": [], "source": []}
COMPILED: dict[str, list[Any]] = {"frozen": [], "source": []}  # dataclass methods compiled before the paint


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def painted(command: list[str], env: dict[str, str], side: str = "") -> float:
    cpu = child_cpu()
    before = time.monotonic()
    proc = subprocess.run([*command, "--smoke", "--quit-after", "60"], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{command[0]} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if side:
        CPU[side].append((child_cpu() - cpu) * 1000)  # the whole run (it quits right after the paint)
        COMPILED[side].append(result.get("dataclass_methods_compiled"))
    return float(result["painted"]) - before


def wall(command: list[str], env: dict[str, str]) -> float:
    before = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=60, cwd=ROOT)
    return time.monotonic() - before


def measure(bundle: Path, runs: int, quick: bool) -> None:
    from desktop.sandbox.testing import start_sandbox

    executable = bundle / "souqdesk"
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as folder:
        home = Path(folder) / "home"
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", IN_SESSION)}
        env.update(QT_QPA_PLATFORM="offscreen", SOUQDESK_HOME=str(home),
                   PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"))
        sandbox = start_sandbox(Path(folder) / "sandbox.sqlite3")
        try:
            seed = [sys.executable, "-m", "tests.support.seed_remembered", sandbox.url, sandbox.users["ahmed"].token]
            subprocess.run(seed, env=env, check=True, capture_output=True, cwd=ROOT)
            source = [sys.executable, "-m", "desktop"]
            painted(source, env)  # leaves the start cache and the bytecode
            frozen_ms: list[float] = []
            source_ms: list[float] = []
            frozen_cli: list[float] = []
            source_cli: list[float] = []
            for run in range(runs + (0 if quick else 1)):
                f = painted([str(executable)], env, "frozen" if run or quick else "")
                s = painted(source, env, "source" if run or quick else "")
                fc = wall([str(executable), "doctor", "--help"], env)
                sc = wall([*source, "doctor", "--help"], env)
                if run == 0 and not quick:
                    continue
                frozen_ms.append(f * 1000)
                source_ms.append(s * 1000)
                frozen_cli.append(fc * 1000)
                source_cli.append(sc * 1000)
                print(f"run {len(frozen_ms)}: frozen {f * 1000:6.0f} ms, source {s * 1000:6.0f} ms; "
                      f"doctor --help frozen {fc * 1000:4.0f} ms, source {sc * 1000:4.0f} ms", flush=True)
        finally:
            sandbox.stop()
    fm, sm, fcm, scm = median(frozen_ms), median(source_ms), median(frozen_cli), median(source_cli)
    report(f"Frozen bundle vs source start, median of {runs} (offscreen, Secret Service keyring)", [
        Figure("frozen: start → painted inbox (remembered session)", fm, "ms", sm * 1.1),
        Figure("source: start → painted inbox (remembered session)", sm, "ms", sm * 1.1),
        Figure("ratio frozen / source start", fm / sm, "×", 1.1),
        Figure("ratio frozen / source CPU time of a start (user+sys)", median(CPU["frozen"]) / median(CPU["source"]),
               "×", 1.1),
        Figure("ratio frozen / source `doctor --help`", fcm / scm, "×", 1.1),
    ], [f"CPU time of a whole start-to-quit run, medians: frozen {median(CPU['frozen']):.0f} ms, "
        f"source {median(CPU['source']):.0f} ms",f"bundle {bundle}; source: {sys.executable} -m desktop with cached bytecode",
        f"doctor --help medians: frozen {fcm:.0f} ms, source {scm:.0f} ms",
        f"dataclass methods compiled before the paint (each run): frozen {COMPILED['frozen']}, "
        f"source {COMPILED['source']}"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one run, no warm-up (smoke test)")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "souqdesk")
    args = parser.parse_args()
    if not (args.bundle / "souqdesk").is_file():
        raise SystemExit(f"no bundle at {args.bundle}: run `bash .ci/package` first")
    if os.environ.get(IN_SESSION) != "1":  # re-run inside a session bus with an unlocked gnome-keyring
        with tempfile.TemporaryDirectory(prefix="bench-keyring-") as data:
            env = dict(os.environ, **{IN_SESSION: "1"}, XDG_DATA_HOME=data)
            command = frozen.secret_service_script([[sys.executable, __file__, *sys.argv[1:]]])
            sys.exit(subprocess.run(command, env=env).returncode)
    measure(args.bundle, 1 if args.quick else args.runs, args.quick)


if __name__ == "__main__":
    main()
