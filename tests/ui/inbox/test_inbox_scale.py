"""10,000 conversations in one list: the view uses uniform rows (the delegate is never asked to measure
each row), a live burst touching many rows is announced without a model reset, and scrolling the whole
list paints every screen. Timings are printed for the record (benchmarks assert nothing timed)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.domain.models import (
    AssigneeFilter,
    Contact,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Message,
    MessageType,
    Priority,
)
from desktop.services.conversations import ConversationList
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.pane import ConversationListPane, WorkspaceRowLookups
from desktop.ui.notifier import Notifier

ROWS = 10_000
NAMES = ("Nada Zaki", "شريف لطفي", "Dina Saleh", "محمد جمال", "Hany Sabry")
TEXTS = ("Hi! Let me check that for you.", "وين الأوردر؟ رقمي +20 100 555 0000", "Order SO-10023 please")


def conversation(i: int, now: datetime) -> Conversation:
    message = Message(id=i * 10, conversation_id=i, content=TEXTS[i % 3], message_type=MessageType.INCOMING,
                      created_at=now - timedelta(minutes=i))
    return Conversation(id=i, account_id=1, inbox_id=1 + i % 3, status=ConversationStatus.OPEN,
                        contact=Contact(id=i, name=NAMES[i % 5]), priority=list(Priority)[i % 5],
                        labels=("wismo", "refund")[: i % 3], unread_count=i % 4,
                        last_activity_at=message.created_at, updated_at=float(i), last_message=message)


class CountingDelegate(ConversationDelegate):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.size_hints = 0
        self.paints = 0

    def sizeHint(self, option, index):  # type: ignore[no-untyped-def]
        self.size_hints += 1
        return super().sizeHint(option, index)

    def paint(self, painter, option, index):  # type: ignore[no-untyped-def]
        self.paints += 1
        super().paint(painter, option, index)


def test_ten_thousand_rows_scroll_and_update_without_resets(qtbot: Any) -> None:
    now = datetime.now(UTC)
    store = ConversationList(None, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=1)  # type: ignore[arg-type]
    lookups = WorkspaceLookups(None, 1)  # type: ignore[arg-type]
    pane = ConversationListPane(store, lookups, Notifier())
    qtbot.addWidget(pane)
    delegate = CountingDelegate(WorkspaceRowLookups(lookups), pane.view)
    pane.view.setItemDelegate(delegate)
    pane.resize(420, 900)
    pane.show()
    started = time.perf_counter()
    store.set_items(conversation(i, now) for i in range(1, ROWS + 1))
    loaded = time.perf_counter() - started
    assert pane.model.rowCount() == ROWS
    qtbot.wait(10)
    bar = pane.view.verticalScrollBar()
    frames: list[float] = []
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 200)):
        t0 = time.perf_counter()
        bar.setValue(value)
        pane.view.viewport().repaint()
        frames.append(time.perf_counter() - t0)
    assert delegate.paints > 200 * 5  # every screen was painted
    assert delegate.size_hints < 50  # uniform rows: never measured per row
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    t0 = time.perf_counter()
    with store.batch():
        for i in range(1, 1001):  # a burst: 1,000 rows get a new message each
            store.apply_message(Message(id=ROWS * 10 + i, conversation_id=ROWS - i, content="جديد",
                                        message_type=MessageType.INCOMING, created_at=now + timedelta(seconds=i)))
    burst = time.perf_counter() - t0
    assert not resets and pane.model.rowCount() == ROWS
    assert store[0].id == ROWS - 1000 and store[0].last_message.content == "جديد"  # type: ignore[union-attr]
    frames.sort()
    print(f"\n10k rows: load {loaded * 1000:.1f} ms, scroll frame median {frames[len(frames) // 2] * 1000:.2f} ms,"
          f" p95 {frames[int(len(frames) * 0.95)] * 1000:.2f} ms, max {frames[-1] * 1000:.2f} ms;"
          f" burst of 1,000 updates {burst * 1000:.1f} ms")
    pane.detach()
