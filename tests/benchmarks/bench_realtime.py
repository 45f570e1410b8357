"""Benchmark (a script, not a test): 10,000 realtime events through the real path under a qasync loop.

Run: .venv/bin/python tests/benchmarks/bench_realtime.py [--events 10000] [--conversations 10000] [--runs 3]
     [--chunks 32,256] [--layout app|batched] [--quick]

Path measured (all real code): ActionCable JSON text frames (`message.created` in the §6.3 push shape,
`conversation.updated` in the §11.3 push shape, bilingual content; `payloads.py`), as the UTF-8 bytes the
websocket reader receives (`ws.recv(decode=False)`: no `str` is made of them), are handed one by one to
`RealtimeClient._handle` — what its websocket reader does with every frame it receives — which parses the
frame, finds the subscription by identifier and decodes the event (`realtime_events.decode_event`); the
event goes to `RealtimeSync.on_event` (queued, applied in time slices of a few ms, routed to the outbox and the
lists, one `batch()` per store per slice) → `ConversationList` (10,000 conversations, the All tab) → the real
`ConversationListModel` → `QListView` + painted delegate, shown offscreen (the `ConversationListPane`).
The socket itself is not part of it: "chunk" = how many frames the reader handles before the loop runs
again (1 = a frame per loop iteration; 32 ≈ one 64 KiB TCP read of ~2 KB frames; 256 = a large backlog).

Figures, median of the runs, for every chunk size: events/s from the first frame until the last event was
applied (budget ≥ 10,000/s), and the longest event-loop stall (budget ≤ 16 ms): the largest gap between
two ticks of a 1 ms `QTimer` (PreciseTimer) or of a 1 ms asyncio heartbeat, minus 1 ms. The conversation
list's debounced tab-count refresh runs too; its REST client points at a closed port (fails fast, reported
on the list's `failed` signal) — no network.

Notes, before the runs: "decoding alone" — the reader's per-frame work without loop, stores or view, as
wired (`RealtimeClient._handle`: `read_frame` + subscription lookup + `decode_event`, with its error handling)
and bare (`read_frame`, which decodes the frame bytes straight into the typed wire shapes, + the same lookup
and `decode_event`); events/s by the wall clock and CPU µs an event (budget: 10 µs an event). Measured as
the app decodes: after the start has settled the collector (`gc_policy.settle()`, unless `--gc default`),
after one discarded run of each path (without `--quick`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from anywhere without installing

import PySide6  # noqa: E402, F401  (before qasync, or qasync may pick another Qt binding)
import qasync  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402

from desktop.api.chatwoot import realtime_protocol as proto  # noqa: E402
from desktop.api.chatwoot.client import ChatwootClient  # noqa: E402
from desktop.api.chatwoot.decode import decode_inbox, decode_label  # noqa: E402
from desktop.api.chatwoot.decode_conversation import decode_conversation_page  # noqa: E402
from desktop.api.chatwoot.realtime import RealtimeClient  # noqa: E402
from desktop.api.chatwoot.realtime_events import read_frame  # noqa: E402
from desktop.domain.models import AssigneeFilter, ConversationQuery  # noqa: E402
from desktop.services.conversations import ConversationList  # noqa: E402
from desktop.services.outbox import Outbox  # noqa: E402
from desktop.services.session import SessionService  # noqa: E402
from desktop.services.sync import RealtimeSync  # noqa: E402
from desktop.services.workspace import WorkspaceLookups  # noqa: E402
from desktop.system import gc_policy  # noqa: E402
from desktop.system.credentials import KeyringCredentialStore  # noqa: E402
from desktop.system.storage import JsonFileStorage  # noqa: E402
from desktop.ui.inbox.pane import ConversationListPane  # noqa: E402
from desktop.ui.notifier import Notifier  # noqa: E402
from tests.benchmarks import payloads  # noqa: E402
from tests.benchmarks.common import Figure, median, report  # noqa: E402

ACCOUNT, USER, TOKEN = 1, 7, "bench-pubsub-token"
DEAD = "http://127.0.0.1:9"  # nothing listens there: REST calls fail at once


def make_frames(count: int, conversation_ids: list[int], seed: int) -> list[bytes]:
    """The frames as the websocket reader receives them: a text frame's UTF-8 bytes (`ws.recv(decode=False)`)."""
    rng = random.Random(seed)
    identifier = proto.room_identifier(pubsub_token=TOKEN, account_id=ACCOUNT, user_id=USER)
    now = int(time.time())
    frames = []
    message_id = 50_000_000 + seed * 100_000
    for i in range(count):
        message_id += 1
        if rng.random() < 0.7:  # messages, mostly in recently active conversations
            target = conversation_ids[min(len(conversation_ids) - 1, int(rng.expovariate(1 / 500)))]
            data = payloads.message_push(rng, message_id=message_id, conversation_id=target, account_id=ACCOUNT,
                                         inbox_id=1, created_at=now + i // 100,
                                         sender=payloads.contact_push(rng, 10_000 + target))
            frames.append(payloads.data_frame(identifier, "message.created", data).encode())
        else:  # assignment / label / priority / status changes, some new conversations
            target = rng.choice(conversation_ids) if rng.random() < 0.9 else 900_000 + i
            data = payloads.conversation(rng, target, account_id=ACCOUNT, now=now + i // 100, shape="push",
                                         message_id=message_id, updated_at=now + 10 + i / 1000,
                                         status="resolved" if rng.random() < 0.05 else "open")
            frames.append(payloads.data_frame(identifier, "conversation.updated", data).encode())
    return frames


class Heartbeats:
    """A 1 ms QTimer and a 1 ms asyncio sleeper; the largest gap of either, minus the period, is a stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._qt_tick)
        self.qt_gap = self.aio_gap = 0.0
        self.aio_cpu_gap = 0.0  # the UI thread's CPU time in the asyncio heartbeat's gaps, the largest (a note)
        self._last_qt = 0.0
        self._running = False
        self._task: asyncio.Task[None] | None = None

    def _qt_tick(self) -> None:
        now = time.perf_counter()
        self.qt_gap = max(self.qt_gap, now - self._last_qt)
        self._last_qt = now

    async def _aio(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        while self._running:
            await asyncio.sleep(0.001)
            now, cpu = time.perf_counter(), time.thread_time()
            self.aio_gap = max(self.aio_gap, now - last)
            self.aio_cpu_gap = max(self.aio_cpu_gap, cpu - last_cpu)
            last, last_cpu = now, cpu

    def start(self) -> None:
        self._running = True
        self._last_qt = time.perf_counter()
        self.timer.start()
        self._task = asyncio.get_running_loop().create_task(self._aio(), name="heartbeat")

    async def stop(self) -> tuple[float, float]:
        self._running = False
        self.timer.stop()
        if self._task is not None:
            await self._task
        return max(0.0, (self.qt_gap - 0.001) * 1000), max(0.0, (self.aio_gap - 0.001) * 1000)


async def one_run(count: int, conversations: int, chunk: int, seed: int, folder: Path,
                  layout: str = "app", gc_mode: str = "app") -> tuple[float, float, float, float]:
    """Build the stores and the view, pump the frames; returns (events/s, Qt stall ms, asyncio stall ms, the
    UI thread's CPU ms in the asyncio heartbeat's longest gap by CPU: the stall apart from other processes)."""
    client = ChatwootClient(DEAD, auth=None)
    store = ConversationList(client, ACCOUNT, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=USER)
    lookups = WorkspaceLookups(client, ACCOUNT)
    lookups.inboxes = {i.id: i for i in map(decode_inbox, payloads.inbox_payloads())}
    lookups.labels = {label.title: label for label in map(decode_label, payloads.label_payloads())}
    lookups.loaded = True
    for number, raw in enumerate(payloads.conversation_pages(conversations, seed=seed), start=1):
        page = decode_conversation_page(raw, account_id=ACCOUNT, page=number)
        store.set_items(page.conversations) if number == 1 else store.apply_many(page.conversations, trusted=True)
    pane = ConversationListPane(store, lookups, Notifier())
    pane.resize(420, 900)
    if layout == "batched":  # an experiment for the owner, not the app's setting (see --layout)
        pane.view.setLayoutMode(QListView.LayoutMode.Batched)
    pane.show()
    await asyncio.sleep(0.05)  # shown and painted (never processEvents() inside a task under qasync)
    session = SessionService(lambda url, auth=None: ChatwootClient(url, auth=auth), KeyringCredentialStore())
    sync = RealtimeSync(session, lambda *a, **k: None,  # type: ignore[arg-type,return-value]
                        outbox=Outbox(session.client, JsonFileStorage(folder / f"store-{seed}-{chunk}"), user_id=USER))
    unregister = sync.register_list(store)
    sync.register_lookups(lookups)
    realtime = RealtimeClient(DEAD, pubsub_token=TOKEN, user_id=USER, account_ids=[ACCOUNT], on_event=sync.on_event)
    frames = make_frames(count, [c.id for c in store], seed)
    if gc_mode == "app":  # what the app does once started: see desktop/system/gc_policy.py
        gc_policy.settle()
    applied = 0

    def seen(_event: object) -> None:
        nonlocal applied
        applied += 1

    sync.event.connect(seen)
    beats = Heartbeats()
    beats.start()
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    for index, text in enumerate(frames, start=1):
        realtime._handle(text)  # the reader's per-frame work (parse, route to the subscription, decode)
        if index % chunk == 0:
            await asyncio.sleep(0)  # the reader waits for the next read: the loop (and Qt) run
    while applied < count:
        await asyncio.sleep(0)
    elapsed = time.perf_counter() - started
    await asyncio.sleep(0.02)  # the last repaint
    qt_stall, aio_stall = await beats.stop()
    unregister()
    await store.close()
    pane.detach()
    pane.close()
    pane.deleteLater()
    await client.aclose()
    return count / elapsed, qt_stall, aio_stall, max(0.0, (beats.aio_cpu_gap - 0.001) * 1000)


def decode_only(count: int, conversations: int, *, from_bytes: bool = False) -> tuple[float, float]:
    """Events/s of the decoding path alone (parse + subscription lookup + decode_event), no loop, no stores:
    tells the owner how much of the budget decoding takes. Returns (events/s by the wall clock, CPU µs an
    event): on a shared machine the CPU time is the steadier figure.

    `from_bytes=False` is the reader's path as wired (`RealtimeClient._handle`, with its frame-type checks and
    error handling); `from_bytes=True` calls `realtime_events.read_frame` (the frame bytes decoded straight
    into the wire shapes), the subscription lookup and the dispatch directly.
    """
    decoded = 0

    def seen(_event: object) -> None:  # counted, not kept: the app keeps an event only until it is applied
        nonlocal decoded
        decoded += 1

    realtime = RealtimeClient(DEAD, pubsub_token=TOKEN, user_id=USER, account_ids=[ACCOUNT], on_event=seen)
    frames = make_frames(count, list(range(1, conversations + 1)), 99)
    subs = realtime._subs

    def handle_from_bytes(text: bytes) -> None:
        frame = read_frame(text)
        sub = subs.by_identifier(frame.identifier)
        if sub is not None and frame.type is None and frame.message is not None:
            subs.dispatch(sub, frame.message)

    handle = handle_from_bytes if from_bytes else realtime._handle
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in frames:
        handle(text)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    assert decoded == count, f"decoded {decoded} of {count} frames"
    return count / elapsed, cpu / count * 1e6


async def run(args: argparse.Namespace) -> None:
    chunks = [int(c) for c in args.chunks.split(",")]
    if args.gc == "app":  # the app decodes realtime events only after its start has settled the collector
        gc_policy.settle()
    if not args.quick:  # one discarded run of each path: first-touch memory, the decoders' first calls
        decode_only(args.events, args.conversations)
        decode_only(args.events, args.conversations, from_bytes=True)
    runs = [decode_only(args.events, args.conversations) for _ in range(args.runs)]
    decoding, decoding_cpu = median([r[0] for r in runs]), median([r[1] for r in runs])
    print(f"decoding alone (frame parse + decode_event, no stores, no view): {decoding:.0f} events/s, "
          f"{decoding_cpu:.1f} µs CPU an event", flush=True)
    runs = [decode_only(args.events, args.conversations, from_bytes=True) for _ in range(args.runs)]
    from_bytes, from_bytes_cpu = median([r[0] for r in runs]), median([r[1] for r in runs])
    print(f"decoding alone from the frame bytes (read_frame + decode_event): {from_bytes:.0f} events/s, "
          f"{from_bytes_cpu:.1f} µs CPU an event", flush=True)
    results: dict[int, list[tuple[float, float, float, float]]] = {c: [] for c in chunks}
    with tempfile.TemporaryDirectory(prefix="bench-rt-") as folder:
        for number in range(args.runs):
            for chunk in chunks:
                rate, qt_stall, aio_stall, cpu_stall = await one_run(args.events, args.conversations, chunk, number + 1,
                                                          Path(folder), args.layout, args.gc)
                results[chunk].append((rate, qt_stall, aio_stall, cpu_stall))
                print(f"run {number + 1} chunk {chunk:>4}: {rate:9.0f} events/s, longest stall "
                      f"Qt timer {qt_stall:6.2f} ms, asyncio {aio_stall:6.2f} ms (its CPU {cpu_stall:6.2f} ms)",
                      flush=True)
    figures = []
    for chunk in chunks:
        rows = results[chunk]
        figures.append(Figure(f"chunk {chunk}: events/s", median([r[0] for r in rows]), "/s", 10_000, at_least=True))
        figures.append(Figure(f"chunk {chunk}: longest loop stall", median([max(r[1], r[2]) for r in rows]),
                              "ms", 16.0))
    report(f"{args.events} realtime events into {args.conversations} conversations (qasync, offscreen), "
           f"median of {args.runs} runs" + (" — EXPERIMENT: Batched list layout" if args.layout == "batched" else "")
           + (" — garbage collector left at CPython's defaults" if args.gc == "default" else ""),
           figures,
           [f"decoding alone: {decoding:.0f} events/s ({1e6 / decoding:.0f} µs an event, {decoding_cpu:.0f} µs CPU; "
            f"the budget for decoding is 10 µs an event)",
            f"decoding alone from the frame bytes (read_frame): {from_bytes:.0f} events/s "
            f"({1e6 / from_bytes:.0f} µs an event, {from_bytes_cpu:.0f} µs CPU)",
            "chunk = frames the websocket reader handles before the loop runs again",
            "stall = largest gap of a 1 ms Qt timer or asyncio heartbeat, minus 1 ms",
            "its CPU (the UI thread's CPU time in the asyncio heartbeat's largest gap by CPU, minus 1 ms: the stall "
            "apart from other processes on the machine), median: "
            + ", ".join(f"chunk {chunk} {median([r[3] for r in results[chunk]]):.1f} ms" for chunk in chunks)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chunks", default="32,256")
    parser.add_argument("--layout", choices=("app", "batched"), default="app",
                        help="experiment: 'batched' switches the list view to QListView's Batched layout mode")
    parser.add_argument("--gc", choices=("app", "default"), default="app",
                        help="'app': the garbage-collector policy the started app applies (gc_policy.settle); "
                             "'default': CPython's defaults, for comparison")
    parser.add_argument("--quick", action="store_true", help="200 events into 200 conversations, 1 run")
    args = parser.parse_args()
    if args.quick:
        args.events, args.conversations, args.runs = 200, 200, 1
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(args))


if __name__ == "__main__":
    main()
