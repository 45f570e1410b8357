"""Notifications and unread badges from live realtime events (sandbox + RealtimeSync): nothing replayed
before the subscription is confirmed, nothing for my own messages; the badges follow my open
conversations (the unread counter, kept by the sync)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from desktop.domain.events import ConnectionChanged, ConnectionState, MessageCreated
from desktop.domain.models import AssigneeFilter, ConversationQuery, ConversationStatus, MessageType
from desktop.services.conversations import ConversationList
from desktop.services.notify import NoticeKind, NotificationPolicy
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.unread import UnreadCounter
from desktop.services.workspace import WorkspaceLookups
from desktop.system.storage import JsonFileStorage
from tests.services.conftest import fast_realtime, wait_for


def connected(events: list[Any], account_id: int) -> bool:
    """The sync has announced the confirmed subscription of `account_id` (what arms notifications)."""
    return any(isinstance(e, ConnectionChanged) and e.account_id == account_id
               and e.state == ConnectionState.CONNECTED for e in events)


async def test_live_notifications_badges_and_no_replay(fresh_sandbox: Any, fresh_mona: SessionService,
                                                       storage: JsonFileStorage) -> None:
    session = fresh_mona
    assert session.user is not None
    me = session.user.id
    mine = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    await mine.load()
    target = mine[len(mine) - 1]
    outbox = Outbox(session.client, storage, user_id=me)
    sync = RealtimeSync(session, fast_realtime, outbox=outbox)
    sync.register_list(mine)
    policy = NotificationPolicy(me, lookup=sync.find_conversation)
    counter = UnreadCounter(session.client, me)
    await counter.load(1)
    sync.set_unread(counter)
    sync.event.connect(policy.on_event)
    events: list[Any] = []
    sync.event.connect(events.append)
    shown: list[tuple[Any, ...]] = []
    policy.notify.connect(lambda *args: shown.append(args))
    badges: list[tuple[int, int]] = []
    counter.changed.connect(lambda account, count: badges.append((account, count)))
    start_count = counter.count(1)
    assert start_count == sum(c.unread_count for c in mine)

    # an event before the subscription is confirmed (what a replay at sign-in would look like): silent
    old = (await session.client.list_messages(1, target.id)).messages
    incoming = next(m for m in reversed(old) if m.message_type == MessageType.INCOMING)
    policy.on_event(MessageCreated(1, incoming))
    assert shown == []

    await sync.start()
    await outbox.start()
    try:
        await wait_for(lambda: connected(events, 1), what="subscription confirmed")
        policy.on_event(MessageCreated(1, dataclasses.replace(
            incoming, created_at=incoming.created_at - timedelta(hours=3))))  # delivered late: old news
        assert shown == []

        fresh_sandbox.incoming(1, "وين طلبي؟ رقم الطلب 5521", conversation_id=target.id)
        await wait_for(lambda: shown, what="a notification")
        (notice,) = shown[0]
        assert notice.kind == NoticeKind.NEW_MESSAGE and (notice.account_id, notice.conversation_id) == (1, target.id)
        assert notice.preview == "وين طلبي؟ رقم الطلب 5521" and notice.attachment is None and notice.attachments == 0
        assert notice.contact_name == target.contact.name and notice.sender_name
        await wait_for(lambda: counter.count(1) == start_count + 1, what="badge +1")
        assert badges[-1] == (1, start_count + 1) and mine.index_of(target.id) == 0

        outbox.send(1, target.id, "my own reply")  # my own message: never a notification
        await wait_for(lambda: any(isinstance(e, MessageCreated) and e.message.content == "my own reply"
                                   for e in events), what="the echo of my own reply")
        assert len(shown) == 1

        row = counter.find(1, target.id)  # resolved elsewhere, learnt by a catch-up (no event): the badge follows
        assert row is not None and row.unread_count > 0
        counter.apply_many([dataclasses.replace(row, status=ConversationStatus.RESOLVED, updated_at=row.updated_at + 1)])
        assert counter.count(1) == start_count + 1 - row.unread_count and counter.find(1, target.id) is None
    finally:
        await sync.stop()
        await outbox.close()
        await mine.close()


async def test_new_unassigned_conversation_and_switches(fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    session = fresh_mona
    assert session.user is not None
    sync = RealtimeSync(session, fast_realtime)
    lookups = WorkspaceLookups(session.client, 1)
    await lookups.refresh()
    assert lookups.inboxes and lookups.agents and lookups.labels
    sync.register_lookups(lookups)
    policy = NotificationPolicy(session.user.id, lookup=sync.find_conversation)
    quiet = NotificationPolicy(session.user.id, new_unassigned=False)
    sync.event.connect(policy.on_event)
    sync.event.connect(quiet.on_event)
    shown: list[tuple[Any, ...]] = []
    policy.notify.connect(lambda *args: shown.append(args))
    quiet.notify.connect(lambda *args: shown.append(("quiet", *args)))
    events: list[Any] = []
    sync.event.connect(events.append)  # after the policies: an event seen here has reached them
    await sync.start()
    try:
        await wait_for(lambda: connected(events, 1), what="subscription confirmed")
        created = fresh_sandbox.incoming(1, "مرحبا، عايز أطلب")
        await wait_for(lambda: shown, what="new conversation notification")
        assert len(shown) == 1
        (notice,) = shown[0]
        assert notice.kind == NoticeKind.NEW_CONVERSATION and notice.preview == "مرحبا، عايز أطلب"
        assert notice.account_id == 1 and notice.contact_name
        assert created  # the control API answered with the new conversation
        policy.on_event(ConnectionChanged(1, ConnectionState.RECONNECTING))
        fresh_sandbox.incoming(1, "وصلني وأنا مش متصل")  # disarmed while away: catch-up goes through REST
        await wait_for(lambda: any(isinstance(e, MessageCreated) and e.message.content == "وصلني وأنا مش متصل"
                                   for e in events), what="the event while away")
        assert len(shown) == 1  # never a storm
    finally:
        await sync.stop()
        await lookups.close()
