"""Handover and agents board for an agent whose conversations span many pages, against the sandbox: both
read one agent's conversations through the advanced filter (every page, nothing else), and agree with
the full conversation list read page by page — including an agent whose only waiting conversation is
newer than the 200 oldest-waiting ones of the workspace."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

import httpx
import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.chatwoot.client_filter import FilterCondition
from desktop.domain.models import (
    AssigneeFilter,
    Conversation,
    ConversationPage,
    ConversationQuery,
    ConversationStatus,
)
from desktop.services.triage import Triage
from desktop.services.triage_board import TeamBoard
from desktop.services.triage_bulk import HANDOVER_STATUSES, BulkTriage

WS = 1
MONA = "sbx-mona-token-0001"
AHMED_ID, SARA_ID, NOUR_ID = 2, 3, 5


class CountingClient(ChatwootClient):
    """The real client, counting the conversation reads it makes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reads: Counter[str] = Counter()

    async def filter_conversations(
        self, account_id: int, conditions: Sequence[FilterCondition], page: int = 1
    ) -> ConversationPage:
        self.reads["filter"] += 1
        return await super().filter_conversations(account_id, conditions, page)

    async def list_conversations(self, account_id: int, query: ConversationQuery, page: int = 1) -> ConversationPage:
        self.reads["list"] += 1
        return await super().list_conversations(account_id, query, page)


@pytest.fixture
async def mona(fresh_sandbox: Any) -> AsyncIterator[CountingClient]:
    client = CountingClient(fresh_sandbox.url, auth=TokenAuth(MONA))
    yield client
    await client.aclose()


async def listed(client: ChatwootClient, status: ConversationStatus | None) -> list[Conversation]:
    """The reference: the plain list, every page."""
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=status)
    found: list[Conversation] = []
    for number in range(1, 200):
        page = await client.list_conversations(WS, query, number)
        found.extend(page.conversations)
        if not page.has_more:
            return found
    raise AssertionError("the list did not end")


async def assign_all(client: ChatwootClient, ids: Iterable[int], agent_id: int) -> None:
    limit = asyncio.Semaphore(8)

    async def one(cid: int) -> None:
        async with limit:
            await client.assign_agent(WS, cid, agent_id)

    await asyncio.gather(*(one(cid) for cid in ids))


def assignee_id(c: Conversation) -> int | None:
    return c.assignee.id if c.assignee is not None else None


async def test_handover_covers_every_page_of_the_agent(mona: CountingClient) -> None:
    everything = await listed(mona, None)
    others = [c for c in everything if c.status in HANDOVER_STATUSES and assignee_id(c) != AHMED_ID]
    by_status = {s: [c.id for c in others if c.status is s] for s in HANDOVER_STATUSES}
    assert all(by_status.values())
    chosen = [cid for ids in by_status.values() for cid in ids[:30]]
    await assign_all(mona, chosen, AHMED_ID)
    truth = {c.id for c in await listed(mona, None)
             if assignee_id(c) == AHMED_ID and c.status in HANDOVER_STATUSES}
    assert len(truth) > 50  # three pages of the filter or more

    bulk = BulkTriage(Triage(mona, WS), mona)
    mona.reads.clear()
    theirs = await bulk.open_conversations_of(AHMED_ID)
    assert {c.id for c in theirs} == truth and len(theirs) == len(truth)
    assert mona.reads == Counter(filter=len(truth) // 25 + 1)  # one request a page, no list scans
    waits = [c.waiting_since.timestamp() if c.waiting_since else float("inf") for c in theirs]
    assert waits == sorted(waits)  # oldest waiting first

    result = await bulk.handover(theirs, to_agent_id=SARA_ID)
    assert result.all_ok and result.total == len(truth)
    assert await bulk.open_conversations_of(AHMED_ID) == []
    now = {c.id: c for c in await listed(mona, None)}
    assert all(assignee_id(now[cid]) == SARA_ID and now[cid].status is not ConversationStatus.RESOLVED
               for cid in truth)


async def test_board_finds_each_agents_oldest_over_all_pages(fresh_sandbox: Any, mona: CountingClient) -> None:
    async with httpx.AsyncClient(base_url=fresh_sandbox.url, timeout=10) as control:
        for n in range(150):  # new waiting conversations: more than 200 open ones wait in all
            sent = await control.post("/__sandbox/incoming", json={"account_id": WS, "content": f"Order #{n}?"})
            sent.raise_for_status()
    open_now = await listed(mona, ConversationStatus.OPEN)
    to_ahmed = [c.id for c in open_now if assignee_id(c) in (None, NOUR_ID)]
    await assign_all(mona, to_ahmed, AHMED_ID)
    newest = fresh_sandbox.incoming(WS, "Is my parcel on its way?")["conversation_id"]
    await mona.assign_agent(WS, newest, NOUR_ID)  # Nour's only open conversation, newest of all

    truth: dict[int, Conversation] = {}
    reference = await listed(mona, ConversationStatus.OPEN)
    waiting = [c for c in reference if c.waiting_since is not None and assignee_id(c) is not None]
    assert len(waiting) > 200
    for c in waiting:
        agent = assignee_id(c)
        assert agent is not None and c.waiting_since is not None
        known = truth.get(agent)
        if known is None or (known.waiting_since is not None and c.waiting_since < known.waiting_since):
            truth[agent] = c
    assert sum(assignee_id(c) == AHMED_ID for c in reference) > 150  # many pages for Ahmed

    mona.reads.clear()
    rows = {row.agent.id: row for row in await TeamBoard(mona, WS).load()}
    assert mona.reads["list"] == 0 and mona.reads["filter"] >= 7
    for agent_id, row in rows.items():
        expected = truth.get(agent_id)
        assert row.oldest_waiting_since == (expected.waiting_since if expected else None), row.agent.name
    nour = rows[NOUR_ID].oldest_waiting
    assert nour is not None and nour.id == newest
    assert rows[AHMED_ID].oldest_waiting is not None and rows[AHMED_ID].open_count > 150
