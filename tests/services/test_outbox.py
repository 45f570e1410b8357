"""The outbox against the sandbox: pending → sent, never doubled (REST answer and websocket echo), retry
after server failures, FAILED for refusals, ambiguous timeouts reconciled, and resume after a restart."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

from desktop.domain.models import AssigneeFilter, ConversationQuery, DeliveryStatus, Message
from desktop.services.outbox import Outbox
from desktop.services.outbox_entry import Entry
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import Timeline
from desktop.system.storage import JsonFileStorage
from tests.services.conftest import fast_realtime, new_session, wait_for


async def my_conversation(session: SessionService) -> int:
    page = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.MINE))
    return page.conversations[0].id


async def copies_on_server(session: SessionService, conversation_id: int, content: str) -> int:
    page = await session.client.list_messages(1, conversation_id)
    return sum(m.content == content for m in page.messages)


def queue_of(storage: JsonFileStorage) -> list[Any]:
    """The queued entries as saved (the queue and the matched ids are one record)."""
    saved = storage.load("outbox")
    assert isinstance(saved, dict) and isinstance(saved["queue"], list)
    return saved["queue"]


def record(outbox: Outbox) -> list[Message]:
    seen: list[Message] = []
    outbox.message_changed.connect(seen.append)
    return seen


async def test_pending_then_sent_once_with_rest_answer_and_websocket_echo(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    session = fresh_mona
    conversation_id = await my_conversation(session)
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None)
    changes = record(outbox)
    sync = RealtimeSync(session, fast_realtime, outbox=outbox)
    timeline = Timeline(session.client, 1, conversation_id)
    sync.register_timeline(timeline)
    await timeline.load_latest()
    echoes: list[Any] = []
    sync.event.connect(lambda e: echoes.append(e) if getattr(getattr(e, "message", None), "echo_id", None) else None)
    await sync.start()
    await wait_for(lambda: sync.states.get(1) == "connected", what="subscription")
    await outbox.start()
    try:
        pending = outbox.send(1, conversation_id, "طلبك رقم ‎#4471 خرج للتوصيل")
        assert pending.status == DeliveryStatus.PENDING and pending.id is None and pending.echo_id
        saved = queue_of(storage)  # persisted before anything is sent, anchored on the open timeline
        assert saved[0]["after_id"] == timeline.last_id is not None
        timeline.upsert(pending)  # what the composer does: the pending row appears at once
        assert timeline[len(timeline) - 1].status == DeliveryStatus.PENDING

        await wait_for(lambda: echoes, what="the websocket echo")
        await wait_for(lambda: queue_of(storage) == [], what="settled")
        await asyncio.sleep(0.3)  # let the later of the two answers arrive too
        sent = [m for m in changes if m.status != DeliveryStatus.PENDING]
        assert len(sent) == 1 and sent[0].id is not None and sent[0].echo_id == pending.echo_id
        rows = [m for m in timeline if m.content == pending.content]
        assert len(rows) == 1 and rows[0].id == sent[0].id and rows[0].key == pending.key
        assert await copies_on_server(session, conversation_id, pending.content) == 1
    finally:
        await sync.stop()
        await outbox.close()


async def test_server_errors_retry_with_backoff_then_send_once(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    session = fresh_mona
    conversation_id = await my_conversation(session)
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None,
                    backoff=(0.05, 0.2))
    changes = record(outbox)
    await outbox.start()
    try:
        fresh_sandbox.set_faults(rate_limit=1.0)  # 429 "Retry later"
        message = outbox.send(1, conversation_id, "retry me")
        await wait_for(lambda: len(changes) >= 2, what="two throttled attempts")
        fresh_sandbox.set_faults(rate_limit=0, error_rate=1.0)  # then 500/502
        await wait_for(lambda: len(changes) >= 4, what="two failed attempts")
        assert all(m.status == DeliveryStatus.PENDING and m.external_error for m in changes)  # still pending
        assert len({m.external_error for m in changes}) == 2  # the reason shown follows the last failure
        fresh_sandbox.clear_faults()
        await wait_for(lambda: changes[-1].status == DeliveryStatus.SENT, what="sent after the fault")
        assert changes[-1].echo_id == message.echo_id
        assert await copies_on_server(session, conversation_id, "retry me") == 1
    finally:
        await outbox.close()


async def test_refusal_fails_with_reason_then_retry_and_discard(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    session = fresh_mona
    outbox = Outbox(session.client, storage, backoff=(0.05, 0.2))
    changes = record(outbox)
    removed: list[Message] = []
    outbox.message_removed.connect(removed.append)
    await outbox.start()
    try:
        message = outbox.send(1, 987_654, "to a conversation that does not exist")
        await wait_for(lambda: changes and changes[-1].status == DeliveryStatus.FAILED, what="failed")
        assert changes[-1].external_error and len(changes) == 1  # no automatic retry for a refusal
        assert outbox.pending(1, 987_654)[0].status == DeliveryStatus.FAILED
        assert message.echo_id is not None
        outbox.retry(message.echo_id)
        await wait_for(lambda: len(changes) == 3, what="pending again, then failed again")
        assert [m.status for m in changes] == [DeliveryStatus.FAILED, DeliveryStatus.PENDING,
                                               DeliveryStatus.FAILED]
        outbox.discard(message.echo_id)
        assert removed[0].echo_id == message.echo_id and queue_of(storage) == []
    finally:
        await outbox.close()


async def test_timeout_is_reconciled_without_a_double(
        fresh_sandbox: Any, storage: JsonFileStorage) -> None:
    session = new_session(timeout=0.4)
    await session.sign_in_token(fresh_sandbox.url, "sbx-mona-token-0001", remember=False)
    conversation_id = await my_conversation(session)
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None,
                    backoff=(0.8, 1.0))
    changes = record(outbox)
    await outbox.start()
    try:
        newest = (await session.client.list_messages(1, conversation_id)).messages[-1].id
        fresh_sandbox.set_faults(latency_ms=600)  # the server gets it, but answers after we gave up
        outbox.send(1, conversation_id, "did this go through?", after_id=newest)  # as from an open timeline
        await wait_for(lambda: changes and changes[-1].external_error, what="a timeout")
        saved = queue_of(storage)
        assert saved[0]["maybe_sent"] is True
        fresh_sandbox.clear_faults()  # (the sandbox dropped it: the next attempt looks first, then sends)
        await wait_for(lambda: changes[-1].status == DeliveryStatus.SENT, what="reconciled")
        assert changes[-1].id is not None
        await asyncio.sleep(0.2)
        assert await copies_on_server(session, conversation_id, "did this go through?") == 1
    finally:
        await outbox.close()
        await session.sign_out()


async def test_crash_after_the_request_went_out_does_not_double(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    """The app died after the POST reached the server and before the answer was handled: the persisted
    entry says `maybe_sent`; the next outbox finds the message on the server instead of sending again."""
    session = fresh_mona
    conversation_id = await my_conversation(session)
    before = (await session.client.list_messages(1, conversation_id)).messages[-1].id
    entry = Entry(echo_id=uuid.uuid4().hex, server=session.client.base_url, account_id=1,
                  conversation_id=conversation_id, content="sent just before the crash", private=False,
                  attachments=[], created_at=datetime.now(UTC).isoformat(), after_id=before,
                  attempts=1, maybe_sent=True)
    storage.save("outbox", [entry.to_json()])
    arrived = await session.client.send_message(1, conversation_id, entry.content, echo_id=entry.echo_id)

    outbox = Outbox(session.client, JsonFileStorage(), user_id=session.user.id if session.user else None)
    changes = record(outbox)
    await outbox.start()
    try:
        await wait_for(lambda: changes, what="reconciled")
        assert changes[0].status == DeliveryStatus.SENT and changes[0].id == arrived.id
        assert changes[0].echo_id == entry.echo_id
        await asyncio.sleep(0.2)
        assert await copies_on_server(session, conversation_id, entry.content) == 1
    finally:
        await outbox.close()


async def test_the_same_text_twice_is_never_taken_for_the_earlier_one(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    """"تمام" sent, then "تمام" again whose first attempt ended ambiguously without reaching the server:
    the lookup must not mistake the first one for it (that would lose the second reply)."""
    session = fresh_mona
    conversation_id = await my_conversation(session)
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None)
    changes = record(outbox)
    await outbox.start()
    try:
        outbox.send(1, conversation_id, "تمام")
        await wait_for(lambda: changes and changes[-1].id, what="first sent")
        await outbox.close()
        second = Entry(echo_id=uuid.uuid4().hex, server=session.client.base_url, account_id=1,
                       conversation_id=conversation_id, content="تمام", private=False, attachments=[],
                       created_at=datetime.now(UTC).isoformat(), attempts=1, maybe_sent=True)
        saved = storage.load("outbox")
        assert isinstance(saved, dict)
        storage.save("outbox", {**saved, "queue": [second.to_json()]})  # what a crash mid-request leaves
        restarted = Outbox(session.client, JsonFileStorage(), user_id=session.user.id if session.user else None)
        again = record(restarted)
        await restarted.start()
        await wait_for(lambda: again and again[-1].id, what="second sent")
        assert again[-1].id != changes[-1].id
        assert await copies_on_server(session, conversation_id, "تمام") == 2
        await restarted.close()
    finally:
        await outbox.close()


async def test_pending_messages_resume_after_a_restart(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    session = fresh_mona
    conversation_id = await my_conversation(session)
    me = session.user.id if session.user else None
    first = Outbox(session.client, storage, user_id=me, backoff=(5.0, 5.0))
    await first.start()
    fresh_sandbox.set_faults(error_rate=1.0)
    queued = [first.send(1, conversation_id, f"queued before the crash {n}") for n in range(2)]
    await asyncio.sleep(0.2)
    await first.close()  # the app quits (or crashes) with messages still pending
    fresh_sandbox.clear_faults()

    someone_else = Outbox(session.client, JsonFileStorage(), user_id=(me or 0) + 1)
    assert someone_else.pending(1, conversation_id) == []  # never shown to, or sent by, another user
    after_restart = Outbox(session.client, JsonFileStorage(), user_id=me)
    assert [m.echo_id for m in after_restart.pending(1, conversation_id)] == [m.echo_id for m in queued]
    changes = record(after_restart)
    await after_restart.start()
    try:
        await wait_for(lambda: sum(m.status == DeliveryStatus.SENT for m in changes) == 2, what="resumed")
        assert [m.content for m in changes] == [m.content for m in queued]  # in the order written
        for message in queued:
            assert await copies_on_server(session, conversation_id, message.content) == 1
        assert queue_of(JsonFileStorage()) == []
    finally:
        await after_restart.close()


async def test_a_reply_saved_before_the_server_clock_was_set_is_found_not_sent_again(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: JsonFileStorage) -> None:
    """The server saved the reply but answered 502; before the retry its clock was set 20 minutes forward
    (it ran 10 min behind the PC's, now 10 min ahead). The lookup must compare the server's stamp with the
    server's time when the reply was written, not with the clock of now: else it is posted twice."""
    session = fresh_mona
    conversation_id = await my_conversation(session)
    fresh_sandbox.set_faults(clock_offset_s=-600)
    await session.client.profile()  # the client learns the server's time from the answer
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None,
                    backoff=(1.0, 1.0))
    changes = record(outbox)
    await outbox.start()
    try:
        fresh_sandbox.set_faults(post_commit_error_rate=1.0)
        outbox.send(1, conversation_id, "saved before the clock change")
        await wait_for(lambda: changes and changes[-1].external_error, what="the 502 after the save")
        fresh_sandbox.set_faults(post_commit_error_rate=0, clock_offset_s=600)
        await wait_for(lambda: changes[-1].status == DeliveryStatus.SENT, what="found on the server")
        await asyncio.sleep(0.3)
        assert await copies_on_server(session, conversation_id, "saved before the clock change") == 1
    finally:
        fresh_sandbox.clear_faults()
        await outbox.close()
