"""Benchmark (a script, not a test): 10,000 conversations — scrolling frame times and memory over a shift.

Run: .venv/bin/python tests/benchmarks/bench_scroll.py [--conversations 10000] [--runs 3] [--hours 8] [--layout app|batched]
     [--gc app|default] [--quick]

Everything is the real code, offscreen, without the network: REST-shaped list pages (bilingual names and
previews, labels, priorities, assignees; `payloads.py`) are decoded by `decode_conversation_page` and fed into
a real `ConversationList` the way `load`/`fetch_more` do (first page `set_items`, then `apply_many(trusted)`),
shown by the real `ConversationListPane` (model adapter + painted delegate + `QListView`, 420×900).

1. Scrolling: the whole list, top to bottom, one page step per frame (every frame exposes a full viewport:
   the worst case for painting), in the English (LTR) and Arabic (RTL) layouts. A frame = set the scroll bar
   + `processEvents()` (layout, paint of the viewport and the scroll bar, flush; each frame's paint of the
   viewport is counted); its wall time is compared with the budgets (p99 ≤ 12 ms, worst ≤ 16 ms: a 60 Hz
   frame; median of the runs; a note counts the garbage collections that ran inside the frames and the longest).
   The garbage collector runs as in the app (`--gc app`: `gc_policy.settle()`
   once the first page is in, as the app does once the user's lists are loaded; the rest of the list arrives
   after it, as `fetchMore` pages do).
2. Memory: RSS of this process after an accelerated eight-hour shift vs RSS of a bare Qt window
   (`bare_qt.py`, a fresh process). The shift feeds realtime-shaped `message.created` / `conversation.updated`
   payloads through the real decoder (`realtime_events.decode_event`) into the store as `services/sync`
   does for lists (`apply_message` / `apply` inside one `batch()` per tick), with conversation churn (new
   conversations arrive, resolved ones leave the open list), painting after every tick and scrolling now and
   then. RSS is sampled every simulated 10 minutes; "flat" = least-squares slope over the second half
   (budget ≤ 1 MB per simulated hour). No asyncio loop runs, so the debounced tab-count refresh (a REST
   call) is not exercised here.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from anywhere without installing

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402

from desktop.api.chatwoot.client import ChatwootClient  # noqa: E402
from desktop.api.chatwoot.decode import decode_inbox, decode_label  # noqa: E402
from desktop.api.chatwoot.decode_conversation import decode_conversation_page  # noqa: E402
from desktop.api.chatwoot.realtime_events import decode_event  # noqa: E402
from desktop.domain.events import ConversationChanged, MessageCreated  # noqa: E402
from desktop.domain.models import AssigneeFilter, ConversationQuery  # noqa: E402
from desktop.services.conversations import ConversationList  # noqa: E402
from desktop.services.workspace import WorkspaceLookups  # noqa: E402
from desktop.system import gc_policy  # noqa: E402
from desktop.ui.inbox.pane import ConversationListPane  # noqa: E402
from desktop.ui.notifier import Notifier  # noqa: E402
from desktop.ui.theme import THEME  # noqa: E402
from tests.benchmarks import payloads  # noqa: E402
from tests.benchmarks.common import Figure, median, percentile, report, rss_mb, slope  # noqa: E402

FRAME_MS = 16.0
P99_MS = 12.0
ACCOUNT = 1


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def build(count: int, layout: str = "app", gc_mode: str = "default") -> tuple[ConversationListPane, ConversationList, float]:
    client = ChatwootClient("http://127.0.0.1:9", auth=None)  # never called: no asyncio loop runs here
    store = ConversationList(client, ACCOUNT, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=7)
    lookups = WorkspaceLookups(client, ACCOUNT)
    lookups.inboxes = {i.id: i for i in map(decode_inbox, payloads.inbox_payloads())}
    lookups.labels = {label.title: label for label in map(decode_label, payloads.label_payloads())}
    lookups.loaded = True
    pane = ConversationListPane(store, lookups, Notifier())
    pane.resize(420, 900)
    if layout == "batched":  # an experiment for the owner, not the app's setting (see --layout)
        pane.view.setLayoutMode(QListView.LayoutMode.Batched)
    pane.show()
    pages = payloads.conversation_pages(count)
    started = time.perf_counter()
    for number, raw in enumerate(pages, start=1):
        page = decode_conversation_page(raw, account_id=ACCOUNT, page=number)
        if number == 1:
            store.set_items(page.conversations)
        else:
            store.apply_many(page.conversations, trusted=True)
        QApplication.processEvents()
        if number == 1 and gc_mode == "app":  # what the app does once started: see desktop/system/gc_policy.py
            gc_policy.settle()
    return pane, store, (time.perf_counter() - started) * 1000


class Collections:
    """The garbage collections that ran while it was on (`gc.callbacks`): (generation, ms) each."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, float]] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seen.append((info["generation"], (time.perf_counter() - self._started) * 1000))

    def summary(self) -> str:
        if not self.seen:
            return "none"
        counts = [sum(g == generation for g, _ in self.seen) for generation in range(3)]
        return (f"{len(self.seen)} (young {counts[0]}, middle {counts[1]}, full {counts[2]}), longest "
                f"{max(ms for _, ms in self.seen):.1f} ms")


def scroll_pass(pane: ConversationListPane, direction: Qt.LayoutDirection,
                collections: Collections | None = None) -> tuple[list[float], list[float], int]:
    """Top to bottom, one page step per frame; returns the frame wall and CPU times (ms), the paints seen
    (`collections`: notes the garbage collections that ran inside the frames)."""
    pane.setLayoutDirection(direction)
    view = pane.view
    bar = view.verticalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    settle = time.monotonic() + 10  # a Batched layout (--layout batched) grows the scroll range step by step
    while bar.maximum() + view.viewport().height() < view.model().rowCount() * THEME.spacing.row_height \
            and time.monotonic() < settle:
        QApplication.processEvents()
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    frames, cpu = [], []
    value = 0
    if collections is not None:
        gc.callbacks.append(collections)
    while value < bar.maximum():
        value = min(bar.maximum(), value + bar.pageStep())
        t0, c0 = time.perf_counter(), time.thread_time()
        bar.setValue(value)
        QApplication.processEvents()
        frames.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    if collections is not None:
        gc.callbacks.remove(collections)
    view.viewport().removeEventFilter(counter)
    return frames, cpu, counter.paints


def bare_rss() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(HERE / "bare_qt.py")], env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return float(json.loads(out.strip().splitlines()[-1])["rss_mb"])


def frame(identifier: str, event: str, data: dict) -> object:  # type: ignore[type-arg]
    return json.loads(payloads.data_frame(identifier, event, data))["message"]


def shift(pane: ConversationListPane, store: ConversationList, hours: float, per_hour: int,
          seed: int = 3) -> tuple[list[float], list[float], int]:
    """Simulated shift; returns (simulated hours, RSS MB) samples and the number of events applied."""
    rng = random.Random(seed)
    bar = pane.view.verticalScrollBar()
    ticks_per_hour = 60  # one tick a simulated minute
    per_tick = max(1, per_hour // ticks_per_hour)
    next_id = len(store) + 100_000
    message_id = 10_000_000
    sim_now = int(time.time())
    samples_t, samples_rss = [0.0], [rss_mb()]
    applied = 0
    for tick in range(int(hours * ticks_per_hour)):
        sim_now += 60
        events = []
        for _ in range(per_tick):
            roll = rng.random()
            if roll < 0.75 and len(store):  # a message in a recent conversation (realtime is mostly recent)
                target = store[min(len(store) - 1, int(rng.expovariate(1 / 300)))]
                message_id += 1
                data = payloads.message_push(rng, message_id=message_id, conversation_id=target.id,
                                             account_id=ACCOUNT, inbox_id=target.inbox_id, created_at=sim_now,
                                             sender=payloads.contact_push(rng, target.contact.id))
                events.append(decode_event(frame("x", "message.created", data), ACCOUNT))
            else:  # churn: a new conversation, a change (labels, assignee…), or a resolved one leaving
                if roll < 0.85 or not len(store):
                    next_id += 1
                    conversation_id, status = next_id, "open"
                else:
                    conversation_id = store[rng.randrange(len(store))].id
                    status = "resolved" if roll > 0.93 else "open"
                data = payloads.conversation(rng, conversation_id, account_id=ACCOUNT, now=sim_now, shape="push",
                                             message_id=message_id, updated_at=sim_now + 0.5, status=status)
                events.append(decode_event(frame("x", "conversation.updated", data), ACCOUNT))
        with store.batch():  # what services/sync does once per loop iteration for a list
            for event in events:
                if isinstance(event, MessageCreated):
                    store.apply_message(event.message)
                elif isinstance(event, ConversationChanged):
                    store.apply(event.conversation)
        applied += len(events)
        if tick % 15 == 0:  # the agent scrolls around now and then
            bar.setValue(rng.randrange(max(1, bar.maximum())) if rng.random() < 0.3 else 0)
        QApplication.processEvents()
        if (tick + 1) % 10 == 0:
            samples_t.append((tick + 1) / ticks_per_hour)
            samples_rss.append(rss_mb())
    return samples_t, samples_rss, applied


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--events-per-hour", type=int, default=3_600)
    parser.add_argument("--layout", choices=("app", "batched"), default="app",
                        help="experiment: 'batched' switches the list view to QListView's Batched layout mode")
    parser.add_argument("--gc", dest="gc_mode", choices=("app", "default"), default="app",
                        help="'app': the garbage-collector policy the started app applies (gc_policy.settle); "
                             "'default': CPython's defaults, for comparison")
    parser.add_argument("--quick", action="store_true", help="200 conversations, 1 run, 0.5 h (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.conversations, args.runs, args.hours = 200, 1, 0.5
    baseline = bare_rss()
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the whole run)
    rss_empty = rss_mb()
    pane, store, feed_ms = build(args.conversations, args.layout, args.gc_mode)
    rss_loaded = rss_mb()
    print(f"{len(store)} conversations decoded and fed in {feed_ms:.0f} ms "
          f"({feed_ms / max(1, args.conversations // 25):.2f} ms a page of 25); RSS {rss_loaded:.0f} MB")
    stats: dict[str, list[tuple[float, float, float, float]]] = {"LTR": [], "RTL": []}
    collections = Collections()
    for run in range(args.runs):
        for name, direction in (("LTR", Qt.LayoutDirection.LeftToRight), ("RTL", Qt.LayoutDirection.RightToLeft)):
            frames, cpu, paints = scroll_pass(pane, direction, collections)
            run_figures = (percentile(frames, 0.5), percentile(frames, 0.99), max(frames), percentile(cpu, 0.99))
            stats[name].append(run_figures)
            print(f"run {run + 1} {name}: {len(frames)} frames ({paints} paints) wall median {run_figures[0]:.2f} ms "
                  f"p99 {run_figures[1]:.2f} ms max {run_figures[2]:.2f} ms, over 16 ms: "
                  f"{sum(f > FRAME_MS for f in frames)}; CPU p99 {run_figures[3]:.2f} ms max {max(cpu):.2f} ms",
                  flush=True)
    pane.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    hours_t, rss, applied = shift(pane, store, args.hours, args.events_per_hour)
    half = len(hours_t) // 2
    drift = slope(hours_t[half:], rss[half:]) if len(hours_t) > 3 else 0.0
    print(f"shift: {applied} events over {args.hours:g} simulated hours; list now {len(store)} conversations; "
          f"RSS {rss[0]:.0f} → {rss[-1]:.0f} MB (samples: {', '.join(f'{v:.0f}' for v in rss[:: max(1, len(rss) // 8)])})")
    figures: list[Figure] = []
    for name in ("LTR", "RTL"):
        figures.append(Figure(f"scroll {name}: p99 frame (median of runs)", median([s[1] for s in stats[name]]),
                              "ms", P99_MS))
        figures.append(Figure(f"scroll {name}: max frame (median of runs)", median([s[2] for s in stats[name]]),
                              "ms", FRAME_MS))
        figures.append(Figure(f"scroll {name}: p99 frame CPU time", median([s[3] for s in stats[name]]),
                              "ms", P99_MS))
    figures += [
        Figure("RSS after the shift over a bare Qt window", rss[-1] - baseline, "MB", 100.0),
        Figure("RSS slope, second half of the shift", drift, "MB/h", 1.0),
    ]
    experiment = " — EXPERIMENT: Batched list layout" if args.layout == "batched" else ""
    experiment += " — CPython's default garbage-collector settings" if args.gc_mode == "default" else ""
    report(f"Scrolling {len(store)} conversations and an {args.hours:g}-hour shift (offscreen){experiment}", figures, [
        f"bare Qt window {baseline:.0f} MB; this process: QApplication {rss_empty:.0f} MB, list loaded "
        f"{rss_loaded:.0f} MB, after the shift {rss[-1]:.0f} MB (shift added {rss[-1] - rss[0]:+.1f} MB)",
        f"worst single frame over all runs: {max(s[2] for v in stats.values() for s in v):.2f} ms",
        f"garbage collections inside the scroll frames, all runs: {collections.summary()}",
    ])
    pane.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
