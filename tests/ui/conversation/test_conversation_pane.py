"""The conversation pane end to end against the sandbox: opening, the model tester, sending a reply and a
private note through the outbox (pending → sent, never doubled), a live customer message, the "where is my
order?" suggestion, and scrolling up through older pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.models import DeliveryStatus, MessageType
from desktop.ui.conversation.model import Role
from desktop.ui.conversation.view import PIN_SLACK
from tests.ui.conversation.test_conversation_harness import build, long_conversation, open_and_load, pick


def rows(pane: Any) -> list[Any]:
    return [pane.model.data(pane.model.index(r), Role.MESSAGE) for r in range(pane.model.rowCount())]


def test_open_conversation_shows_history_and_passes_the_model_tester(qtbot, aloop, sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.last_message is not None)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        qtmodeltester.check(pane.model)
        messages = rows(pane)
        ids = [m.id for m in messages]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        bar = pane.view.verticalScrollBar()
        assert bar.value() == bar.maximum()  # opens at the newest message
        first_day = pane.model.data(pane.model.index(0), Role.DAY)
        assert first_day is not None  # a date separator above the first message
        assert pane.header.title.text()  # the contact's name and the conversation id
        pane.view.grab()  # paints every visible row without a Qt warning
    finally:
        harness.close(aloop)


def test_send_reply_and_private_note_pending_then_sent(qtbot, aloop, fresh_sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        qtmodeltester.check(pane.model)  # the tester keeps watching the live inserts and changes below
        composer = pane.composer

        composer.text_edit.setFocus()
        qtbot.keyClicks(composer.text_edit, "Your order SD-123456 ships today")
        qtbot.keyClick(composer.text_edit, "\r")  # Enter sends
        last = rows(pane)[-1]
        assert last.content == "Your order SD-123456 ships today"
        assert last.status == DeliveryStatus.PENDING and last.echo_id and last.id is None
        assert composer.text() == ""
        aloop.until(lambda: rows(pane)[-1].status == DeliveryStatus.SENT and rows(pane)[-1].id is not None)
        sent = rows(pane)[-1]
        assert sent.key == last.key  # the same row went from pending to sent

        composer.set_private(True)
        qtbot.keyClicks(composer.text_edit, "Checked with Aramex")
        qtbot.keyClick(composer.text_edit, "\r", modifier=Qt.KeyboardModifier.ShiftModifier)
        assert composer.text() == "Checked with Aramex\n"  # Shift+Enter breaks the line
        qtbot.keyClicks(composer.text_edit, "tomorrow")
        composer.send_button.click()
        note = rows(pane)[-1]
        assert note.private and note.status == DeliveryStatus.PENDING
        aloop.until(lambda: rows(pane)[-1].id is not None)
        assert rows(pane)[-1].private and rows(pane)[-1].content == "Checked with Aramex\ntomorrow"

        # the websocket echo and the REST answer both arrived: still exactly one row each
        aloop.wait(0.4)
        contents = [m.content for m in rows(pane)]
        assert contents.count("Your order SD-123456 ships today") == 1
        assert contents.count("Checked with Aramex\ntomorrow") == 1
        server = aloop.run(harness.client.list_messages(1, conversation.id))
        assert [m.content for m in server.messages].count("Your order SD-123456 ships today") == 1
    finally:
        harness.close(aloop)


def test_live_customer_message_and_wismo_suggestion(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply and bool(c.contact.phone_number))
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        orders = pane.contact_panel.orders
        aloop.until(lambda: orders.result is not None)
        count = pane.model.rowCount()

        fresh_sandbox.incoming(1, "فين الأوردر بتاعي؟ بقالي أسبوع مستني", conversation_id=conversation.id)
        aloop.until(lambda: pane.model.rowCount() == count + 1)
        live = rows(pane)[-1]
        assert live.message_type == MessageType.INCOMING and live.content.startswith("فين الأوردر")
        bar = pane.view.verticalScrollBar()
        assert bar.value() == bar.maximum()  # kept at the newest message
        aloop.until(lambda: pane.suggestion.isVisible())
        if orders.result and orders.result.orders:
            assert pane.suggestion.insert_button.isEnabled()
            expected = pane.assist.render(pane.assist.best_order(orders.result, live))  # type: ignore[arg-type]
            assert pane.suggestion.answer == expected
            pane.suggestion.insert_button.click()
            assert expected in pane.composer.text()
            assert not pane.composer.private
            assert not pane.suggestion.isVisible()
            assert any("\u0600" <= ch <= "\u06ff" for ch in expected)  # answered in the customer's Arabic
        else:
            assert not pane.suggestion.insert_button.isEnabled()
    finally:
        harness.close(aloop)


def test_scrolling_up_loads_older_pages(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    try:
        target = long_conversation(aloop, harness.client)
        open_and_load(aloop, harness, target)
        pane = harness.pane
        first_page = pane.model.rowCount()
        newest = rows(pane)[-1].key
        assert pane.timeline is not None and pane.timeline.has_older
        pane.view.verticalScrollBar().setValue(0)  # the agent scrolls to the top
        aloop.until(lambda: pane.model.rowCount() > first_page)
        messages = rows(pane)
        ids = [m.id for m in messages]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        assert messages[-1].key == newest
        bar = pane.view.verticalScrollBar()
        assert bar.value() < bar.maximum() - PIN_SLACK  # the agent's place is kept, not thrown to the bottom

        # rows start with estimated heights; idle layout replaces them all with exact ones
        view = pane.view
        aloop.until(lambda: not view._warm_timer.isActive())
        aloop.wait(0.1)
        for row in range(pane.model.rowCount()):
            index = pane.model.index(row)
            geo = view.delegate.geometry(index)
            assert geo is not None and view.visualRect(index).height() == geo.height
    finally:
        harness.close(aloop)
