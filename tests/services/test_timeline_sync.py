"""Timeline paging, and gap-free catch-up after a forced websocket drop (RealtimeSync + the real realtime
client), with customer messages arriving while the client is disconnected."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, ConversationQuery, MessageType
from desktop.services.conversations import ConversationList
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import Timeline
from tests.services.conftest import fast_realtime, wait_for


async def busiest_conversation(session: SessionService) -> int:
    page = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))
    best, most = page.conversations[0].id, 0
    for conversation in page.conversations[:8]:
        messages = await session.client.list_messages(1, conversation.id)
        if messages.has_more_before:
            return conversation.id
        if len(messages.messages) > most:
            best, most = conversation.id, len(messages.messages)
    return best


async def test_paging_back_to_the_first_message(mona: SessionService) -> None:
    timeline = Timeline(mona.client, 1, await busiest_conversation(mona))
    await timeline.load_latest()
    assert len(timeline) > 0
    while timeline.has_older:
        before = len(timeline)
        await timeline.load_older()
        assert len(timeline) > before or not timeline.has_older  # a full page may be the last one
    ids = [m.id for m in timeline]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    again = Timeline(mona.client, 1, timeline.conversation_id)
    await again.load_latest()
    assert [m.id for m in again] == ids[-len(again):]  # the newest page is the tail of the full history


async def test_catch_up_after_a_websocket_drop(fresh_sandbox: Any, fresh_mona: SessionService,
                                               storage: Any) -> None:
    session = fresh_mona
    me = session.user.id if session.user else None
    mine = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    await mine.load()
    conversation_id = mine[0].id
    outbox = Outbox(session.client, storage, user_id=me, backoff=(0.05, 0.5))
    await outbox.start()
    sync = RealtimeSync(session, fast_realtime, outbox=outbox, retry_backoff=(0.1, 0.5))
    sync.register_list(mine)
    timeline = Timeline(session.client, 1, conversation_id)
    sync.register_timeline(timeline)
    await timeline.load_latest()
    states: list[tuple[int, ConnectionState]] = []
    sync.connection_changed.connect(lambda account, state: states.append((account, state)))
    await sync.start()
    try:
        await wait_for(lambda: (1, ConnectionState.CONNECTED) in states, what="first subscription")

        fresh_sandbox.incoming(1, "live before the drop", conversation_id=conversation_id)
        await wait_for(lambda: timeline[len(timeline) - 1].content == "live before the drop", what="live event")

        stale_seen: list[bool] = []
        timeline.stale_changed.connect(stale_seen.append)
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: timeline.stale, what="stale after the drop")
        missed = [f"sent while you were away {n}" for n in range(3)]
        for text in missed:
            fresh_sandbox.incoming(1, text, conversation_id=conversation_id)
        # a reply typed now is not held for the catch-up: it goes out as soon as REST answers
        during = outbox.send(1, conversation_id, "typed during the outage")
        timeline.upsert(during)
        await wait_for(lambda: any(m.content == "typed during the outage" and m.id for m in timeline),
                       what="sent while stale")
        assert timeline.stale
        await asyncio.sleep(0.3)
        assert not any(m.content in missed for m in timeline)  # nothing arrives while disconnected

        fresh_sandbox.set_faults(refuse_websockets=False)
        await wait_for(lambda: not timeline.stale, timeout=15, what="catch-up")
        contents = [m.content for m in timeline]
        assert contents[-4:] == [*missed, "typed during the outage"] and stale_seen == [True, False], contents[-6:]
        assert len({m.id for m in timeline}) == len(timeline)
        row = mine.get(conversation_id)
        assert row is not None and row.last_message is not None
        assert row.last_message.content == "typed during the outage" and mine.index_of(conversation_id) == 0

        sent = outbox.send(1, conversation_id, "back online")  # sending works again
        await wait_for(lambda: any(m.content == "back online" and m.id for m in timeline), what="sent")
        assert sum(m.content == "back online" for m in timeline) == 1 and sent.echo_id
        assert timeline[len(timeline) - 1].message_type == MessageType.OUTGOING
    finally:
        await sync.stop()
        await outbox.close()
        await mine.close()


async def test_first_subscription_catches_up_what_came_after_the_first_read(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    session = fresh_mona
    conversation_id = await busiest_conversation(session)
    timeline = Timeline(session.client, 1, conversation_id)
    await timeline.load_latest()
    fresh_sandbox.incoming(1, "between the first read and the subscription", conversation_id=conversation_id)
    sync = RealtimeSync(session, fast_realtime)
    sync.register_timeline(timeline)
    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    await sync.start()
    try:
        await wait_for(lambda: caught == [1], what="catch-up after the first subscription")
        assert timeline[len(timeline) - 1].content == "between the first read and the subscription"
        assert not timeline.stale

        await sync.stop()  # e.g. the session expired: no events until the next start
        assert timeline.stale
        fresh_sandbox.incoming(1, "while signed out", conversation_id=conversation_id)
        await sync.start()
        await wait_for(lambda: caught == [1, 1], what="catch-up after a restart")
        assert timeline[len(timeline) - 1].content == "while signed out" and not timeline.stale
    finally:
        await sync.stop()


async def test_a_reconnect_catches_up_only_the_lists_that_were_loaded(fresh_sandbox: Any,
                                                                      fresh_mona: SessionService) -> None:
    """Three workspaces subscribed, one shown: after a drop the catch-up reads the shown list's changes; the
    lists never loaded read nothing (their first load reads afresh) and later load what the server has."""
    session = fresh_mona
    me = session.user.id if session.user else None
    lists = {account: ConversationList(session.client, account, ConversationQuery(assignee=AssigneeFilter.ALL),
                                       user_id=me) for account in (1, 2, 3)}
    await lists[1].load()
    sync = RealtimeSync(session, fast_realtime, retry_backoff=(0.1, 0.5))
    for shown in lists.values():
        sync.register_list(shown)
    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    await sync.start()
    try:
        await wait_for(lambda: 1 in caught, what="the first catch-up")
        await asyncio.sleep(0.3)
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: sync.states.get(1) != ConnectionState.CONNECTED, what="the drop")
        away = {account: fresh_sandbox.incoming(account, f"while away in {account}") for account in (1, 2)}
        caught.clear()
        fresh_sandbox.requests(reset=True)
        fresh_sandbox.set_faults(refuse_websockets=False)
        await wait_for(lambda: 1 in caught, timeout=15, what="the catch-up after the reconnect")
        await asyncio.sleep(0.3)
        reads = {key: n for key, n in fresh_sandbox.requests().items() if key.endswith("/conversations")}
        assert reads == {"GET /api/v1/accounts/1/conversations": 1}, reads  # (the counts may follow later)
        assert lists[1].get(int(away[1]["conversation_id"])) is not None
        await lists[2].load()
        assert lists[2].get(int(away[2]["conversation_id"])) is not None
    finally:
        await sync.stop()
        for shown in lists.values():
            await shown.close()
