"""What the agent sees when sending cannot happen: a failed send (shown failed, Retry, never doubled), a send
retrying while the server errors, sending blocked while the history is stale after a reconnect, and the
WhatsApp 24-hour window closed (free text disabled with the reason, private notes still possible)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain.models import ChannelKind, DeliveryStatus
from desktop.ui.conversation.model import Role
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load, pick


def last(pane: Any) -> Any:
    return pane.model.data(pane.model.index(pane.model.rowCount() - 1), Role.MESSAGE)


def server_count(aloop: Any, harness: Any, conversation_id: int, text: str) -> int:
    page = aloop.run(harness.client.list_messages(1, conversation_id))
    return [m.content for m in page.messages].count(text)


def click_retry(qtbot: Any, pane: Any) -> None:
    """Click the Retry link painted on the last row, where the delegate says it is."""
    view = pane.view
    index = pane.model.index(pane.model.rowCount() - 1)
    view.scrollToBottom()
    rect = view.visualRect(index)
    geo = view.delegate.geometry(index)
    assert geo is not None
    meta = geo.meta
    for x in range(meta.left(), meta.right() + 1, 3):  # find the Retry link on the meta line
        point = QPoint(rect.x() + x, rect.y() + meta.center().y())
        hit = view.hit_at(point)
        if hit is not None and hit.kind == "retry":
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
            return
    raise AssertionError("no Retry link on the failed message")


def test_failed_send_shows_failed_and_retry_sends_once(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        text = "Sorry for the delay, your refund is on its way"
        fresh_sandbox.set_faults(malformed_rate=1.0)  # the server's answer cannot be read: not retried blindly
        pane.composer.set_text(text)
        pane.composer.send_button.click()
        assert last(pane).status == DeliveryStatus.PENDING
        aloop.until(lambda: last(pane).status == DeliveryStatus.FAILED)
        failed = last(pane)
        assert failed.external_error and failed.echo_id
        assert pane.view.delegate.labels.can_retry(failed)
        pane.view.grab()  # painted in the failed colours with its Retry link

        fresh_sandbox.clear_faults()
        click_retry(qtbot, pane)
        aloop.until(lambda: last(pane).status == DeliveryStatus.SENT and last(pane).id is not None)
        assert last(pane).key == failed.key
        aloop.wait(0.3)
        assert [m.content for m in (pane.model.data(pane.model.index(r), Role.MESSAGE)
                                    for r in range(pane.model.rowCount()))].count(text) == 1
        assert server_count(aloop, harness, conversation.id, text) == 1
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_server_errors_keep_retrying_and_never_double(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        text = "We are checking with the courier now"
        fresh_sandbox.set_faults(error_rate=1.0)
        pane.composer.set_text(text)
        pane.composer.send_button.click()
        aloop.until(lambda: last(pane).external_error is not None)
        waiting = last(pane)
        assert waiting.status == DeliveryStatus.PENDING  # not lost, not failed: retrying by itself
        assert pane.view.delegate.labels.status_text(waiting)[0] != "◷"  # says it is not sent yet
        fresh_sandbox.clear_faults()
        click_retry(qtbot, pane)  # "try now" instead of waiting for the backoff
        aloop.until(lambda: last(pane).status == DeliveryStatus.SENT)
        aloop.wait(0.5)
        assert server_count(aloop, harness, conversation.id, text) == 1
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_retry_hurries_only_that_message(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox, backoff=(10.0, 60.0))  # retries 20 s apart
    try:
        here, there = [c for c in conversations(aloop, harness.client) if c.can_reply][:2]
        open_and_load(aloop, harness, here)
        pane = harness.pane
        fresh_sandbox.set_faults(error_rate=1.0)
        other_text, text = "Your replacement ships on Sunday", "Checking with the courier now"
        harness.outbox.send(1, there.id, other_text)  # another conversation's reply, waiting to retry
        aloop.until(lambda: harness.outbox.pending(1, there.id)[0].external_error is not None)
        pane.composer.set_text(text)
        pane.composer.send_button.click()
        aloop.until(lambda: last(pane).external_error is not None)
        fresh_sandbox.clear_faults()
        click_retry(qtbot, pane)  # "try now" on this message only
        aloop.until(lambda: last(pane).status == DeliveryStatus.SENT, timeout=3)
        aloop.wait(1.0)
        waiting = harness.outbox.pending(1, there.id)  # still waiting for its own backoff
        assert len(waiting) == 1 and waiting[0].status == DeliveryStatus.PENDING and waiting[0].external_error
        assert server_count(aloop, harness, there.id, other_text) == 0
        assert server_count(aloop, harness, here.id, text) == 1
        harness.outbox.retry(waiting[0].echo_id or "")
        aloop.until(lambda: harness.outbox.pending(1, there.id) == [], timeout=3)
        assert server_count(aloop, harness, there.id, other_text) == 1
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_a_reply_typed_while_stale_goes_out_at_once_and_keeps_its_place(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        aloop.until(lambda: pane.timeline is not None and pane.timeline.stale)
        fresh_sandbox.incoming(1, "did anyone see my message?", conversation_id=conversation.id)
        pane.composer.set_text("typed while the websocket is down")
        assert pane.stale_notice.isVisible() and pane.composer.send_button.isEnabled()
        assert not pane.composer.block_reason()
        pane.composer.request_send()
        # REST answers: it goes out now, while the history is still catching up (the websocket is refused)
        aloop.until(lambda: server_count(aloop, harness, conversation.id, "typed while the websocket is down") == 1,
                    timeout=5)
        assert pane.timeline is not None and pane.timeline.stale
        fresh_sandbox.set_faults(refuse_websockets=False, drop_websockets=False)
        aloop.until(lambda: pane.timeline is not None and not pane.timeline.stale, timeout=20)
        contents = [m.content for m in pane.timeline or []]
        # caught up gap-free, and the reply sits after the customer's message that came before it
        assert contents[-2:] == ["did anyone see my message?", "typed while the websocket is down"]
        assert [m.id for m in pane.timeline or []] == sorted(m.id or 0 for m in pane.timeline or [])
        assert not pane.stale_notice.isVisible()
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_closed_reply_window_disables_free_text_with_the_reason(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: not c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        composer = pane.composer
        assert not composer.private
        assert composer.text_edit.isReadOnly() and not composer.send_button.isEnabled()
        assert "24-hour" in (composer.block_reason() or "") and composer.reason_label.isVisible()
        assert pane.window_notice.isVisible() and "24" in pane.header.window_label.text()
        composer.set_private(True)  # a private note is still possible
        assert not composer.text_edit.isReadOnly() and composer.block_reason() is None
        composer.set_private(False)
        assert composer.text_edit.isReadOnly()
    finally:
        harness.close(aloop)


def test_unsent_message_menu_copies_retries_and_discards(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = pick(aloop, harness.client, lambda c: c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        text = "مرحبا، the order SD-424242 ships tomorrow"
        fresh_sandbox.set_faults(malformed_rate=1.0)
        pane.composer.set_text(text)
        pane.composer.request_send()
        aloop.until(lambda: last(pane).status == DeliveryStatus.FAILED)
        rows = pane.model.rowCount()
        menu = pane.view.message_menu(pane.model.index(rows - 1), None)
        actions = {a.text(): a for a in menu.actions()}
        assert set(actions) >= {"Copy text", "Retry", "Discard"}
        actions["Copy text"].trigger()
        assert QGuiApplication.clipboard().text() == text  # plain, no bidi controls added
        actions["Discard"].trigger()
        aloop.until(lambda: pane.model.rowCount() == rows - 1)
        assert harness.outbox.pending(1, conversation.id) == []
        fresh_sandbox.clear_faults()
        aloop.wait(0.3)
        assert server_count(aloop, harness, conversation.id, text) == 0  # discarded: never sent
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_whatsapp_window_counts_down_and_is_read_again_when_it_ends(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        whatsapp = {i.id for i in harness.lookups.inboxes.values() if i.kind == ChannelKind.WHATSAPP}
        conversation = pick(aloop, harness.client, lambda c: c.can_reply and c.inbox_id in whatsapp)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        count = pane.model.rowCount()
        fresh_sandbox.incoming(1, "still there?", conversation_id=conversation.id)
        aloop.until(lambda: pane.model.rowCount() == count + 1)
        window = pane.reply_window
        assert window.ends_at is not None
        left = (window.ends_at - datetime.now(UTC)).total_seconds()
        assert 23 * 3600 < left <= 24 * 3600  # 24 hours from the customer's message
        assert window._timer.isActive() and window._timer.remainingTime() > 23 * 3600 * 1000
        assert "23 h left" in pane.header.window_label.text()
        with qtbot.waitSignal(pane.tasks.finished, timeout=5000):
            window.expired.emit()  # the moment it ends: the pane asks the server again
        assert pane.conversation is not None and pane.conversation.can_reply  # the server still says open
    finally:
        harness.close(aloop)
