"""The unread counter is the one owner of the badge: with the visible list on the All tab it follows a
message missed while offline (from the catch-up page the lists get, no read of its own), marking read, and
a reassignment away from me (the conversation leaves it)."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop.domain.models import AssigneeFilter, ConversationQuery
from desktop.services.conversations import ConversationList
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.unread import UnreadCounter
from tests.services.conftest import fast_realtime, wait_for

LIST = "GET /api/v1/accounts/1/conversations"


async def test_the_badge_after_a_reconnect_marking_read_and_reassignment(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    session = fresh_mona
    assert session.user is not None
    me = session.user.id
    shown = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=me)
    await shown.load()
    counter = UnreadCounter(session.client, me)
    await counter.load(1)
    sync = RealtimeSync(session, fast_realtime, retry_backoff=(0.1, 0.5))
    sync.register_list(shown)
    sync.set_unread(counter)
    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    mine = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.MINE))
    target = mine.conversations[-1]
    other = next(c for c in mine.conversations[:-1] if c.unread_count > 0)
    assert counter.find(1, target.id) == target
    await sync.start()
    try:
        await wait_for(lambda: caught == [1], what="the first catch-up")
        before = counter.count(1)

        # offline: a customer writes; the catch-up after the reconnect brings it, with no read of the counter's own
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: sync.states.get(1) != "connected", what="the drop")
        fresh_sandbox.incoming(1, "written while you were offline", conversation_id=target.id)
        await asyncio.sleep(0.2)
        fresh_sandbox.requests(reset=True)
        fresh_sandbox.set_faults(refuse_websockets=False)
        await wait_for(lambda: caught == [1, 1], timeout=15, what="the catch-up after the reconnect")
        assert counter.count(1) == before + 1
        assert fresh_sandbox.requests().get(LIST, 0) == 1  # the lists' catch-up page, shared

        # marked read (here or elsewhere): the badge drops by the conversation's count
        row = counter.find(1, target.id)
        assert row is not None and row.unread_count > 0
        counter.mark_read(await session.client.mark_read(1, target.id))
        assert counter.count(1) == before + 1 - row.unread_count
        after_read = counter.count(1)

        # reassigned away from me: it leaves the counter (with its unread messages)
        left = counter.find(1, other.id)
        assert left is not None and left.unread_count > 0
        others = [a for a in await session.client.agents(1) if a.id != me]
        await session.client.assign_agent(1, other.id, others[0].id)
        await wait_for(lambda: counter.find(1, other.id) is None, what="reassigned away")
        assert counter.count(1) == after_read - left.unread_count
    finally:
        await sync.stop()
        await shown.close()


async def test_the_badge_counts_every_page_of_my_open_conversations(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    """An agent with more open conversations than one page (25) gets the unread messages of all of them."""
    session = fresh_mona
    assert session.user is not None
    me = session.user.id
    mine_query = ConversationQuery(assignee=AssigneeFilter.MINE)
    first = await session.client.list_conversations(1, mine_query)
    for n in range(max(0, 31 - first.counts.mine)):  # new customers, each conversation given to me
        created = fresh_sandbox.incoming(1, f"طلب رقم {n + 1}: وين طلبي؟")
        await session.client.assign_agent(1, created["conversation_id"], me)
    expected: dict[int, int] = {}
    unread_beyond_first_page = 0
    page_number = 1
    while True:  # the oracle: every page of my open conversations, read here
        page = await session.client.list_conversations(1, mine_query, page_number)
        expected.update((c.id, c.unread_count) for c in page.conversations)
        if page_number > 1:
            unread_beyond_first_page += sum(c.unread_count for c in page.conversations)
        if not page.has_more:
            break
        page_number += 1
    assert len(expected) > 25 and page_number >= 2
    assert unread_beyond_first_page > 0  # what a first-page-only badge would miss

    fresh_sandbox.requests(reset=True)
    counter = UnreadCounter(session.client, me)
    await counter.load(1)
    assert counter.count(1) == sum(expected.values())
    assert all(counter.find(1, cid) is not None for cid in expected)
    assert fresh_sandbox.requests().get(LIST, 0) == page_number  # one read a page, nothing more


async def test_a_reconnect_brings_the_badge_of_a_workspace_never_shown(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    """Three workspaces, only the first shown: a customer who writes to one of my chats in the second while the
    network is gone raises that workspace's badge after the reconnect, though its list was never loaded."""
    session = fresh_mona
    assert session.user is not None
    me = session.user.id
    lists = {account: ConversationList(session.client, account, ConversationQuery(assignee=AssigneeFilter.ALL),
                                       user_id=me) for account in (1, 2, 3)}
    await lists[1].load()
    mine = int(fresh_sandbox.incoming(2, "مرحبا، طلبي رقم 4471 لم يصل")["conversation_id"])
    await session.client.assign_agent(2, mine, me)
    counter = UnreadCounter(session.client, me)
    for account in lists:
        await counter.load(account)
    assert counter.find(2, mine) is not None
    sync = RealtimeSync(session, fast_realtime, retry_backoff=(0.1, 0.5))
    for shown in lists.values():
        sync.register_list(shown)
    sync.set_unread(counter)
    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    await sync.start()
    try:
        await wait_for(lambda: {1, 2, 3} <= set(caught), what="the first catch-ups")
        before = counter.count(2)
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: sync.states.get(2) != "connected", what="the drop")
        fresh_sandbox.incoming(2, "وين الطلب؟ +966 50 123 4567", conversation_id=mine)
        await asyncio.sleep(0.2)
        caught.clear()
        fresh_sandbox.set_faults(refuse_websockets=False)
        await wait_for(lambda: 2 in caught, timeout=15, what="the catch-up after the reconnect")
        assert counter.count(2) == before + 1
        assert not lists[2].loaded  # the badge caught up without loading the list nobody looks at
    finally:
        await sync.stop()
        for shown in lists.values():
            await shown.close()
