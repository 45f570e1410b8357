"""The timeline model and view without a server: every store announcement (insert, change, move, remove,
reset) under qtmodeltester, date separators that follow their neighbours, and clicks on links and Retry
hit-tested in both directions (the bubbles are mirrored in the Arabic UI)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.domain.models import DeliveryStatus, Message, MessageType, Person, SenderKind
from desktop.services.observable import ListStore
from desktop.ui.conversation.model import Role, TimelineModel
from desktop.ui.conversation.view import TimelineView

DAY1 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
AGENT = Person(7, "Ahmed Hassan", SenderKind.USER)


def store_of(messages: list[Message]) -> ListStore[Message]:
    # the same identity and order rules as services.timeline.Timeline: sent by id, pending after them
    def order(m: Message) -> tuple[int, float, str]:
        return (0, float(m.id), "") if m.id is not None else (1, m.created_at.timestamp(), m.echo_id or "")

    store: ListStore[Message] = ListStore(key=lambda m: m.key, sort_key=order)
    store.set_items(messages)
    return store


def msg(id: int | None, text: str, when: datetime, kind: MessageType = MessageType.INCOMING, **kw: Any) -> Message:
    return Message(id, 5, text, kind, when, **kw)


def test_model_follows_every_store_change(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    store = store_of([msg(1, "hi", DAY1), msg(2, "there", DAY1 + timedelta(hours=1))])
    model = TimelineModel()
    model.set_store(store)
    qtmodeltester.check(model)  # keeps watching every change below
    assert model.data(model.index(0), Role.DAY) == DAY1.astimezone().date()
    assert model.data(model.index(1), Role.DAY) is None  # same day: no separator
    pending = msg(None, "sending", DAY1 + timedelta(days=1), MessageType.OUTGOING, status=DeliveryStatus.PENDING,
                  echo_id="e1")
    store.upsert(pending)
    assert model.rowCount() == 3 and model.data(model.index(2), Role.DAY) is not None  # a new day
    with store.batch():  # older history arrives, a sent copy overtakes: one merged announcement
        store.upsert(msg(0, "first", DAY1 - timedelta(days=2)))
        store.upsert(msg(3, "customer", DAY1 + timedelta(days=1, minutes=1)))
    assert [model.data(model.index(r), Role.MESSAGE).content for r in range(model.rowCount())] == [
        "first", "hi", "there", "customer", "sending"]  # the pending one stays last
    assert model.data(model.index(0), Role.DAY) is not None and model.data(model.index(1), Role.DAY) is not None
    store.remove("e:e1")
    store.upsert(msg(2, "there (edited)", DAY1 + timedelta(hours=1)))
    assert model.data(model.index(2), Qt.ItemDataRole.DisplayRole) == "there (edited)"
    store.set_items([])
    assert model.rowCount() == 0
    model.set_store(None)
    assert model.rowCount() == 0


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_links_and_retry_are_hit_in_both_directions(qtbot, direction: Qt.LayoutDirection) -> None:  # type: ignore[no-untyped-def]
    QApplication.setLayoutDirection(direction)
    store = store_of([
        msg(1, "تابع الشحنة هنا https://souqdeals.example/track/SD-10422 من فضلك", DAY1),
        msg(None, "We are sorry", DAY1, MessageType.OUTGOING, sender=AGENT, status=DeliveryStatus.FAILED,
            echo_id="e9", external_error="refused"),
    ])
    model = TimelineModel()
    model.set_store(store)
    view = TimelineView(model)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    links: list[str] = []
    retries: list[str] = []
    view.link_activated.connect(links.append)
    view.retry_requested.connect(retries.append)

    def click_where(row: int, kind: str) -> None:
        index = model.index(row)
        rect = view.visualRect(index)
        for y in range(rect.top(), rect.bottom(), 3):
            for x in range(rect.left(), rect.right(), 3):
                hit = view.hit_at(QPoint(x, y))
                if hit is not None and hit.kind == kind:
                    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                    return
        raise AssertionError(f"no {kind} in row {row}")

    click_where(0, "link")
    assert links == ["https://souqdeals.example/track/SD-10422"]
    click_where(1, "retry")
    assert retries == ["e9"]
    incoming = view.visualRect(model.index(0))
    geo = view.delegate.geometry(model.index(0))
    assert geo is not None
    full = QRect(0, 0, incoming.width(), incoming.height())
    bubble = QStyle.visualRect(view.layoutDirection(), full, geo.bubble)
    # incoming bubbles sit on the leading side: the left in English, the right in Arabic
    assert (bubble.center().x() < incoming.width() / 2) == (direction == Qt.LayoutDirection.LeftToRight)
