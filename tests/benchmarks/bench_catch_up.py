"""Benchmark (a script, not a test): the catch-up after 30 minutes offline while 500 conversations changed.

Run: .venv/bin/python tests/benchmarks/bench_catch_up.py [--changes 500] [--minutes 30] [--runs 1] [--quick]

All real: the sandbox in its own process (`tests/faults/server.SandboxProcess`, real HTTP and websocket over
loopback), the signed-in session, `RealtimeSync` with the `RealtimeClient`, the workspace's All list (first
page loaded, shown by the real `ConversationListPane` offscreen) and one open conversation's `Timeline`,
under a qasync loop.

1. Offline: the server drops the websocket and refuses new ones (the network is down for the realtime
   connection; REST stays reachable, and the idle client asks nothing of it — counted).
2. Thirty minutes pass: the wall clocks of both sides move forward together in 10 steps (the server's by the
   sandbox clock offset, `clock_offset_s`; this process's by shifting `time.time`, which the client reads
   for its catch-up point; the loop's monotonic clock is left alone, as after a laptop's sleep). At each step
   a tenth of `--changes` conversations of workspace 1 get a customer message (the open one three times);
   the seed's open conversations first, then new conversations. The client's wake watch sees its wall clock
   jump and tries to reconnect at once (refused: still offline), as after a laptop's sleep.
3. Reconnect: the server accepts websockets again and `reconnect_now()` is called (what the UI does when the
   OS reports the network back). Measured from then until `caught_up`: the time, the requests the server
   served (`POST /__sandbox/requests`), the longest event-loop stall (a 1 ms QTimer and a 1 ms asyncio
   heartbeat, as in bench_realtime; a note gives the longest UI-thread CPU time between two ticks, which the
   other processes of a shared machine do not inflate). Then checked against the server's database: the list holds the
   server's newest open conversations in its order with their last activity, the timeline every message.

Rate limits (contract, rack-attack): 3000 requests a minute per IP for all requests (loopback is exempt on a
real server, so the budget is what a remote client gets), 100 a minute per user on v2 reports.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from anywhere without installing

import keyring  # noqa: E402
import PySide6  # noqa: E402, F401  (before qasync, or qasync may pick another Qt binding)
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.api.chatwoot.client import ChatwootClient  # noqa: E402
from desktop.api.chatwoot.realtime import RealtimeClient  # noqa: E402
from desktop.domain.events import ConnectionState  # noqa: E402
from desktop.domain.models import AssigneeFilter, ConversationQuery  # noqa: E402
from desktop.services.conversations import ConversationList  # noqa: E402
from desktop.services.session import SessionService  # noqa: E402
from desktop.services.sync import WAKE_CHECK, RealtimeSync  # noqa: E402
from desktop.services.timeline import Timeline  # noqa: E402
from desktop.services.workspace import WorkspaceLookups  # noqa: E402
from desktop.system import gc_policy  # noqa: E402
from desktop.system.credentials import KeyringCredentialStore  # noqa: E402
from desktop.ui.inbox.pane import ConversationListPane  # noqa: E402
from desktop.ui.notifier import Notifier  # noqa: E402
from tests.benchmarks.bench_realtime import Heartbeats  # noqa: E402
from tests.benchmarks.common import Figure, median, report  # noqa: E402
from tests.faults.server import SandboxProcess  # noqa: E402
from tests.faults.support import MONA_TOKEN, read_only  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

ACCOUNT = 1
STEPS = 10
PER_IP_PER_MINUTE = 3000
FRAME_MS = 16.0
WAKE_SEEN = WAKE_CHECK + 1.0
_real_time = time.time


class WallClock:
    """This process's wall clock moved forward by `skip` seconds (`time.time` only)."""

    def __init__(self) -> None:
        self.skip = 0.0

    def install(self) -> None:
        time.time = lambda: _real_time() + self.skip

    def uninstall(self) -> None:
        time.time = _real_time


class CpuHeartbeats(Heartbeats):
    """`Heartbeats` that also keep the UI thread's CPU time between two ticks of the 1 ms QTimer: the longest
    stall the app makes itself, apart from the time other processes take the core (a shared machine)."""

    def start(self) -> None:
        self.cpu_gap, self._last_cpu = 0.0, time.thread_time()
        super().start()

    def _qt_tick(self) -> None:
        now = time.thread_time()
        self.cpu_gap, self._last_cpu = max(self.cpu_gap, now - self._last_cpu), now
        super()._qt_tick()


async def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


def server_truth(db_path: Path, count: int) -> list[tuple[int, int]]:
    """(display id, last activity) of the server's `count` newest open conversations of the workspace."""
    with closing(read_only(db_path)) as conn:
        rows = conn.execute("SELECT display_id, last_activity_at FROM conversations WHERE account_id=? AND"
                            " status='open' ORDER BY last_activity_at DESC, display_id DESC LIMIT ?",
                            (ACCOUNT, count)).fetchall()
    return [(int(r["display_id"]), int(r["last_activity_at"])) for r in rows]


def timeline_truth(db_path: Path, conversation_id: int) -> list[int]:
    with closing(read_only(db_path)) as conn:
        rows = conn.execute("SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE"
                            " c.account_id=? AND c.display_id=? ORDER BY m.id", (ACCOUNT, conversation_id)).fetchall()
    return [int(r["id"]) for r in rows]


def open_ids(db_path: Path) -> list[int]:
    with closing(read_only(db_path)) as conn:
        rows = conn.execute("SELECT display_id FROM conversations WHERE account_id=? AND status='open'"
                            " ORDER BY display_id", (ACCOUNT,)).fetchall()
    return [int(r["display_id"]) for r in rows]


async def one_run(changes: int, minutes: float, folder: Path) -> dict[str, float]:
    server = SandboxProcess(folder)
    server.start()
    clock = WallClock()
    clock.install()
    keyring.set_keyring(MemoryKeyring())  # never the user's keyring
    session = SessionService(ChatwootClient, KeyringCredentialStore())
    try:
        await session.sign_in_token(server.url, MONA_TOKEN, remember=False)
        client = session.client
        lists = ConversationList(client, ACCOUNT, ConversationQuery(assignee=AssigneeFilter.ALL),
                                 user_id=session.user.id if session.user else None)
        lookups = WorkspaceLookups(client, ACCOUNT)
        await lookups.refresh()
        pane = ConversationListPane(lists, lookups, Notifier())
        pane.resize(420, 900)
        pane.show()
        await lists.load()
        opened = lists[0].id
        timeline = Timeline(client, ACCOUNT, opened)
        await timeline.load_latest()
        sync = RealtimeSync(session, RealtimeClient)
        sync.register_list(lists)
        sync.register_timeline(timeline)
        sync.register_lookups(lookups)
        caught: list[float] = []
        sync.caught_up.connect(lambda account: caught.append(time.perf_counter()) if account == ACCOUNT else None)
        if os.environ.get("CATCH_UP_DEBUG"):
            sync.connection_changed.connect(lambda a, st: print("DEBUG", f"{time.perf_counter():.3f}", a, st))
            sync.caught_up.connect(lambda a: print("DEBUG caught up", f"{time.perf_counter():.3f}", a))
        await sync.start()
        await wait_for(lambda: bool(caught), 20, "the first catch-up")
        gc_policy.settle()  # the started app's policy
        await asyncio.sleep(1.0)

        server.collect()
        server.counts.clear()
        server.faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: sync.states.get(ACCOUNT) != ConnectionState.CONNECTED, 20, "the drop")
        targets = [cid for cid in open_ids(server.db_path) if cid != opened][: changes - 3]
        per_step = max(1, changes // STEPS)
        made = 0
        for step in range(STEPS):
            clock.skip = minutes * 60 * (step + 1) / STEPS
            server.faults(clock_offset_s=clock.skip)
            batch = per_step if step < STEPS - 1 else changes - made
            for n in range(batch):
                if step in (1, 5, 8) and n == 0:
                    server.control("incoming", {"account_id": ACCOUNT, "conversation_id": opened,
                                                "content": f"still waiting, step {step}"})
                elif targets:
                    server.control("incoming", {"account_id": ACCOUNT, "conversation_id": targets.pop(0),
                                                "content": f"any news? ({step}.{n})"})
                else:
                    server.control("incoming", {"account_id": ACCOUNT, "content": f"new order question {step}.{n}"})
                made += 1
            await asyncio.sleep(0.05)
        await asyncio.sleep(WAKE_SEEN)  # the client notices the jump of its wall clock (while still offline)
        server.collect()
        offline = Counter(server.counts)
        server.counts.clear()

        heart = CpuHeartbeats()
        heart.start()
        caught.clear()
        started = time.perf_counter()
        if os.environ.get("CATCH_UP_DEBUG"):
            print("DEBUG reconnect", f"{started:.3f}")
        await asyncio.to_thread(server.faults, refuse_websockets=False)  # never block the loop measured
        sync.reconnect_now()
        await wait_for(lambda: bool(caught), 60, "the catch-up after the reconnect")
        caught_ms = (caught[0] - started) * 1000
        await asyncio.sleep(3.0)  # what follows the catch-up (counts, lookups) is counted too
        qt_stall, aio_stall = await heart.stop()
        await asyncio.to_thread(server.collect)
        requests = Counter(server.counts)

        truth = server_truth(server.db_path, len(lists))
        shown = [(c.id, int(c.last_activity_at.timestamp()) if c.last_activity_at else 0) for c in lists]
        list_ok = sorted(shown) == sorted(truth) and all(a[1] >= b[1] for a, b in pairwise(shown))
        if not list_ok and os.environ.get("CATCH_UP_DEBUG"):
            missing = [t for t in truth if t not in shown]
            extra = [t for t in shown if t not in truth]
            print("DEBUG missing", missing[:10], "extra", extra[:10], "first", shown[:5], truth[:5])
        timeline_ok = [m.id for m in timeline if m.id is not None] == timeline_truth(server.db_path, opened)
        print(f"catch-up: {made} conversations changed over {minutes:g} simulated minutes offline; caught up "
              f"{caught_ms:.0f} ms after the reconnect; {sum(requests.values())} requests: "
              + ", ".join(f"{k} ×{v}" for k, v in requests.most_common()), flush=True)
        print(f"  while offline the idle client made {sum(offline.values())} requests ("
              + ", ".join(f"{k} ×{v}" for k, v in offline.most_common()) + f"); the list holds {len(lists)} "
              f"conversations, {'as the server has them' if list_ok else 'NOT as the server has them'}; the open "
              f"timeline {'holds every message' if timeline_ok else 'MISSES messages'}", flush=True)
        await sync.stop()
        pane.close()
        await lists.close()
        return {"ms": caught_ms, "requests": float(sum(requests.values())), "stall": max(qt_stall, aio_stall),
                "consistent": float(list_ok and timeline_ok), "cpu_stall": heart.cpu_gap * 1000}
    finally:
        clock.uninstall()
        await session.sign_out()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="50 changes, 1 run (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.changes, args.runs = 50, 1
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    results = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-catch-up-") as folder:
            results.append(loop.run_until_complete(one_run(args.changes, args.minutes, Path(folder))))
        print(f"run {run + 1}: {results[-1]}", flush=True)
    caught = median([r["ms"] for r in results])
    figures = [
        Figure("catch-up: reconnect → lists and timeline caught up", caught, "ms", 1000.0),
        Figure("catch-up: longest loop stall", median([r["stall"] for r in results]), "ms", FRAME_MS),
        Figure("catch-up: requests (per IP limit a minute)", max(r["requests"] for r in results), "req",
               float(PER_IP_PER_MINUTE)),
        Figure("catch-up: lists and timeline consistent (1 = yes)", min(r["consistent"] for r in results), "",
               1.0, at_least=True),
    ]
    report(f"Catch-up after {args.minutes:g} minutes offline, {args.changes} conversations changed (sandbox process)",
           figures, ["reconnect budget: 1 s is this script's yardstick (the issue gives none); the stall budget is "
                     "a 16 ms frame; requests are compared with the 3000-a-minute per-IP limit",
                     "longest stall in UI-thread CPU time (between two 1 ms QTimer ticks; what other processes "
                     f"on the machine add is not in it): {median([r['cpu_stall'] for r in results]):.1f} ms"])
    loop.close()


if __name__ == "__main__":
    main()
