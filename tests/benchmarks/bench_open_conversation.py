"""Benchmark (a script, not a test): opening a conversation of 1,000 messages, from data in hand to the first
painted screen, offscreen.

Run: .venv/bin/python tests/benchmarks/bench_open_conversation.py [--messages 1000] [--runs 15]

Each run builds a fresh `TimelineView` (cold layout caches) over a fresh store of mixed Arabic/English
messages (phones, order ids, URLs, private notes, activity lines, attachments, several days), then measures
from `TimelineModel.set_store(store)` — the data is in hand — until the view's first `paintEvent` has
returned. Prints every run, the median (budget: < 100 ms) and how many text layouts were built for that
first screen (the rest use cheap estimates until painted).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from anywhere without installing

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.models import (
    Attachment,
    AttachmentKind,
    DeliveryStatus,
    Message,
    MessageType,
    Person,
    SenderKind,
)
from desktop.services.observable import ListStore
from desktop.ui.conversation.model import TimelineModel
from desktop.ui.conversation.view import TimelineView

ARABIC = ["مرحبا، طلبي رقم", "لم يصل بعد", "فين الأوردر بتاعي؟", "الشحنة مع المندوب", "رقمي", "شكرا جزيلا",
          "هيوصل إمتى؟", "عايز أرجع المنتج", "الكوتشي مقاسه غلط", "تمام يا فندم"]
ENGLISH = ["Hello, my order", "has not arrived yet", "can you check the tracking", "call me on",
           "the courier said tomorrow", "thanks a lot", "is there a discount", "I want a refund"]


def make_messages(count: int, run: int) -> list[Message]:
    rng = random.Random(run)
    agent = Person(7, "Ahmed Hassan", SenderKind.USER)
    start = datetime.now(UTC) - timedelta(days=12)
    messages = []
    for i in range(count):
        words = rng.choice((ARABIC, ENGLISH))
        parts = [rng.choice(words) for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.3:
            parts.append(f"#SD-{100000 + i}")
        if rng.random() < 0.2:
            parts.append(f"+20 10{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
        if rng.random() < 0.1:
            parts.append(f"https://souqdeals.example/track/SD-{i}")
        content = " ".join(parts) + f" ({run}.{i})"
        kind = rng.random()
        message_type = MessageType.INCOMING if kind < 0.5 else MessageType.ACTIVITY if kind > 0.95 else MessageType.OUTGOING
        attachments = ()
        if rng.random() < 0.03:
            attachments = (Attachment(i, AttachmentKind.FILE, f"https://files.example/invoice-{i}.pdf", file_size=120_000),)
        messages.append(Message(
            id=i + 1, conversation_id=1, content=content, message_type=message_type,
            created_at=start + timedelta(minutes=17 * i), private=message_type == MessageType.OUTGOING and kind > 0.9,
            status=DeliveryStatus.READ, sender=agent if message_type == MessageType.OUTGOING else None,
            attachments=attachments,
        ))
    return messages


class TimedView(TimelineView):
    painted_at: float | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted_at is None:
            self.painted_at = time.perf_counter()


def one_run(app: QApplication, count: int, run: int) -> tuple[float, int]:
    store: ListStore[Message] = ListStore(key=lambda m: m.key, sort_key=lambda m: m.id or 0)
    store.set_items(make_messages(count, run))
    model = TimelineModel()
    view = TimedView(model)
    view.resize(900, 760)
    view.show()
    app.processEvents()
    view.painted_at = None
    started = time.perf_counter()
    model.set_store(store)  # the data is in hand
    while view.painted_at is None:
        app.processEvents()
    elapsed = (view.painted_at - started) * 1000
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()  # opened at the newest
    layouts = len(view.delegate.rows._texts)
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed, layouts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    one_run(app, args.messages, -1)  # warm-up: fonts, glyph caches, imports
    times = []
    for run in range(args.runs):
        elapsed, layouts = one_run(app, args.messages, run)
        times.append(elapsed)
        print(f"run {run + 1:2d}: {elapsed:6.1f} ms to the first paint ({layouts} text layouts built)")
    median = statistics.median(times)
    print(f"\n{args.messages} messages: median {median:.1f} ms from data in hand to first paint "
          f"(min {min(times):.1f}, max {max(times):.1f}); budget < 100 ms: {'OK' if median < 100 else 'OVER'}")


if __name__ == "__main__":
    main()
