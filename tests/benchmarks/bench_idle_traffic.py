"""Benchmark (a script, not a test): what the whole app asks of the server when idle, and during a busy hour.

Run: .venv/bin/python tests/benchmarks/bench_idle_traffic.py [--idle 120] [--busy 120] [--rate 30] [--quick]

The real app (`desktop.app.Desktop`, with the conversation pane; only the OS notification centre is a
recorder) signed in as Mona — a member of 3 workspaces, every one subscribed on the websocket, workspace 1
on screen — with a WhatsApp conversation of workspace 1 open (its reply window counting down), under a qasync
loop, against the sandbox in its own process (`tests/faults/server.SandboxProcess`), which counts every
request it serves (`POST /__sandbox/requests`, per "METHOD /path"; "WS /cable" = websocket handshakes).

1. Idle: nothing happens for `--idle` seconds; HTTP requests a minute (budget < 10; the websocket apart).
2. Busy: the sandbox's customer simulator writes `--rate` messages a minute into the three workspaces
   (new conversations and follow-ups, typing indicators first) for `--busy` seconds; requests per incoming
   message. The contract needs none: every message arrives on the websocket with the conversation it
   changed. The figure counts every HTTP request but the app's own reads of what the user looks at.

Time: the client's timers run on the loop's monotonic clock, so the idle minutes are real minutes (the
sandbox clock, `clock_offset_s`, moves only the server's stamps and would not make the client's timers fire
sooner); a busy hour is condensed instead: `--rate` messages a minute is a busy hour's traffic (a few
hundred messages) in a few minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from anywhere without installing
_home = tempfile.TemporaryDirectory(prefix="bench-idle-home-")
os.environ["SOUQDESK_HOME"] = _home.name  # settings, caches and the outbox of this run only

import keyring  # noqa: E402
import PySide6  # noqa: E402, F401  (before qasync, or qasync may pick another Qt binding)
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import Desktop, build_conversation_pane  # noqa: E402
from desktop.domain.events import ConnectionState  # noqa: E402
from desktop.domain.models import ChannelKind  # noqa: E402
from desktop.system import paths  # noqa: E402
from desktop.system.credentials import KeyringCredentialStore  # noqa: E402
from desktop.system.settings import Settings  # noqa: E402
from desktop.system.storage import JsonFileStorage  # noqa: E402
from tests.benchmarks.common import Figure, report  # noqa: E402
from tests.faults.server import SandboxProcess  # noqa: E402
from tests.faults.support import MONA_TOKEN  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.ui.app_harness import RecordingNotifications  # noqa: E402

IDLE_BUDGET = 10.0  # HTTP requests a minute, the websocket apart
PER_MESSAGE_BUDGET = 0.1  # HTTP requests per incoming customer message


async def until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def http(counts: Counter[str]) -> int:
    return sum(n for key, n in counts.items() if not key.startswith("WS "))


def listing(counts: Counter[str]) -> str:
    return ", ".join(f"{key} ×{n}" for key, n in counts.most_common()) or "none"


async def run(args: argparse.Namespace, folder: Path) -> dict[str, float]:
    server = SandboxProcess(folder)
    server.start()
    desktop = Desktop(Settings(), KeyringCredentialStore(), JsonFileStorage(paths.data_dir()),
                      notification_backend=RecordingNotifications(), pane_factory=build_conversation_pane)
    try:
        await desktop.start()
        me = await desktop.session.sign_in_token(server.url, MONA_TOKEN, remember=False)
        await desktop._enter(me)
        await until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED, 30, "connected")
        scope = desktop.scope
        assert scope is not None
        workspaces = sorted(scope.workspaces)
        parts = scope.workspaces[1]  # the one on screen (the others load when the user switches to them)
        await until(lambda: len(parts.store) > 0 and not parts.store.loading, 30, "workspace 1's list")
        whatsapp = {i.id for i in parts.lookups.inboxes.values() if i.kind == ChannelKind.WHATSAPP}
        target: Any = next(c for c in parts.store if c.inbox_id in whatsapp and c.can_reply)
        desktop.window.open_conversation(1, target.id)
        pane: Any = scope.views[1].conversation_pane
        await until(lambda: pane.conversation is not None and pane.conversation.id == target.id
                    and pane.reply_window.ends_at is not None, 30, "the open conversation")
        await asyncio.sleep(4.0)  # opened, read, marked read, thumbnails and the contact panel loaded

        await asyncio.to_thread(server.collect)
        server.counts.clear()
        await asyncio.sleep(args.idle)
        await asyncio.to_thread(server.collect)
        idle = Counter(server.counts)
        idle_per_minute = http(idle) * 60 / args.idle
        print(f"idle {args.idle:g} s, signed in to workspaces {workspaces}, conversation {target.id} open: "
              f"{http(idle)} HTTP requests ({idle_per_minute:.1f} a minute): {listing(idle)}", flush=True)

        server.counts.clear()
        await asyncio.to_thread(server.control, "simulator", {"rate_per_minute": args.rate, "account_ids": workspaces})
        await asyncio.sleep(args.busy)
        state = await asyncio.to_thread(server.control, "simulator", {"rate_per_minute": 0})
        await asyncio.sleep(3.0)  # what the last messages cause is counted too
        await asyncio.to_thread(server.collect)
        busy = Counter(server.counts)
        sent = int(state.get("sent", 0))
        per_event = http(busy) / sent if sent else 0.0
        print(f"busy {args.busy:g} s at {args.rate:g} customer messages a minute: {sent} messages, {http(busy)} "
              f"HTTP requests ({per_event:.2f} a message): {listing(busy)}", flush=True)
        return {"idle": idle_per_minute, "per_event": per_event, "reconnects": float(idle.get("WS /cable", 0))}
    finally:
        await desktop.shutdown()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--idle", type=float, default=120.0, help="idle seconds measured")
    parser.add_argument("--busy", type=float, default=120.0, help="seconds of simulated customer traffic")
    parser.add_argument("--rate", type=float, default=30.0, help="customer messages a minute while busy")
    parser.add_argument("--quick", action="store_true", help="20 s idle, 20 s busy (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.idle, args.busy = 20.0, 20.0
    keyring.set_keyring(MemoryKeyring())  # never the user's keyring
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="bench-idle-") as folder:
        result = loop.run_until_complete(run(args, Path(folder)))
    report("Requests of the whole app: idle with one conversation open, and under customer traffic (sandbox process)", [
        Figure("idle: HTTP requests a minute (3 workspaces, 1 open)", result["idle"], "/min", IDLE_BUDGET),
        Figure("busy: HTTP requests per incoming message", result["per_event"], "", PER_MESSAGE_BUDGET),
    ], [f"websocket handshakes while idle: {result['reconnects']:.0f} (a reconnect would be one)",
        "per message: the contract needs none (the websocket brings each message with its conversation); the "
        f"budget {PER_MESSAGE_BUDGET:g} leaves room only for the open conversation's mark-read"])
    loop.close()


if __name__ == "__main__":
    main()
