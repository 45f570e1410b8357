"""Team-lead workflows against the sandbox: bulk reassign/label/resolve, handover of an agent's
conversations, the agents board and the availability switch (with the permission-denied paths)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.errors import PermissionDenied, ValidationFailed
from desktop.domain.models import (
    AssigneeFilter,
    Availability,
    ChannelKind,
    ConversationQuery,
    ConversationStatus,
)
from desktop.services.session import SessionService
from desktop.services.triage import Triage
from desktop.services.triage_board import AvailabilitySwitch, TeamBoard
from desktop.services.triage_bulk import BulkTriage
from desktop.system.credentials import KeyringCredentialStore

WS = 1
MONA, KARIM = "sbx-mona-token-0001", "sbx-karim-token-0008"
AHMED_ID, SARA_ID = 2, 3


@pytest.fixture
async def mona(fresh_sandbox) -> AsyncIterator[ChatwootClient]:  # type: ignore[no-untyped-def]
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(MONA))
    yield client
    await client.aclose()


@pytest.fixture
async def karim(fresh_sandbox) -> AsyncIterator[ChatwootClient]:  # type: ignore[no-untyped-def]
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(KARIM))
    yield client
    await client.aclose()


def bulk_for(client: ChatwootClient) -> BulkTriage:
    return BulkTriage(Triage(client, WS), client)


async def open_ids(client: ChatwootClient, n: int, **filters: object) -> list[int]:
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=ConversationStatus.OPEN, **filters)  # type: ignore[arg-type]
    page = await client.list_conversations(WS, query)
    assert len(page.conversations) >= n
    return [c.id for c in page.conversations[:n]]


async def test_bulk_reassign_label_and_resolve(mona: ChatwootClient) -> None:
    bulk = bulk_for(mona)
    ids = await open_ids(mona, 3)
    team = (await mona.teams(WS))[0]
    result = await bulk.assign(ids, agent_id=SARA_ID, team_id=team.id)
    assert result.all_ok and result.succeeded == tuple(ids)
    for cid in ids:
        conversation = await mona.get_conversation(WS, cid)
        assert conversation.assignee is not None and conversation.assignee.id == SARA_ID
        assert conversation.team is not None and conversation.team.id == team.id
    label = (await mona.labels(WS))[1].title
    assert (await bulk.label(ids, add=[label])).all_ok
    for cid in ids:
        assert label in (await mona.get_conversation(WS, cid)).labels
    assert (await bulk.resolve(ids)).all_ok
    for cid in ids:
        assert (await mona.get_conversation(WS, cid)).status == ConversationStatus.RESOLVED
    with pytest.raises(ValidationFailed):
        await bulk.assign([], agent_id=SARA_ID)
    with pytest.raises(ValidationFailed):
        await bulk.label(ids)


async def test_bulk_reports_each_denied_conversation(mona: ChatwootClient, karim: ChatwootClient) -> None:
    inboxes = {i.kind: i.id for i in await mona.inboxes(WS)}
    own = await open_ids(karim, 1, inbox_id=inboxes[ChannelKind.WHATSAPP])
    foreign = await open_ids(mona, 1, inbox_id=inboxes[ChannelKind.MESSENGER])
    before = await mona.get_conversation(WS, foreign[0])
    label = (await mona.labels(WS))[0].title
    result = await bulk_for(karim).label(own + foreign, add=[label])
    assert result.succeeded == tuple(own)
    assert set(result.failed) == set(foreign) and isinstance(result.failed[foreign[0]], PermissionDenied)
    assert (await mona.get_conversation(WS, foreign[0])).labels == before.labels


async def test_handover_moves_every_open_conversation_of_an_agent(mona: ChatwootClient) -> None:
    bulk = bulk_for(mona)
    ids = await open_ids(mona, 3)
    assert (await bulk.assign(ids, agent_id=AHMED_ID)).all_ok
    pending = (await open_ids(mona, 4))[3]
    await mona.assign_agent(WS, pending, AHMED_ID)
    await mona.set_status(WS, pending, ConversationStatus.PENDING)
    theirs = await bulk.open_conversations_of(AHMED_ID)
    assert set(ids) | {pending} <= {c.id for c in theirs}
    progress: list[tuple[int, int]] = []
    started = time.monotonic()
    result = await bulk.handover(theirs, to_agent_id=SARA_ID, progress=lambda d, t: progress.append((d, t)))
    assert time.monotonic() - started < 10
    assert result.all_ok and result.total == len(theirs)
    assert progress[-1] == (len(theirs), len(theirs))
    assert await bulk.open_conversations_of(AHMED_ID) == []
    assert {c.id for c in theirs} <= {c.id for c in await bulk.open_conversations_of(SARA_ID)}


async def test_handover_to_a_team_queue_unassigns(mona: ChatwootClient) -> None:
    bulk = bulk_for(mona)
    ids = await open_ids(mona, 2)
    assert (await bulk.assign(ids, agent_id=AHMED_ID)).all_ok
    team = (await mona.teams(WS))[-1]
    theirs = await bulk.open_conversations_of(AHMED_ID)
    assert (await bulk.handover(theirs, to_team_id=team.id)).all_ok
    for cid in ids:
        conversation = await mona.get_conversation(WS, cid)
        assert conversation.assignee is None and conversation.team is not None and conversation.team.id == team.id
    with pytest.raises(ValidationFailed):
        await bulk.handover(theirs)


async def test_board_shows_load_and_is_denied_to_agents(mona: ChatwootClient, karim: ChatwootClient) -> None:
    await bulk_for(mona).assign(await open_ids(mona, 2), agent_id=AHMED_ID)
    board = TeamBoard(mona, WS)
    changes: list[None] = []
    board.changed.connect(lambda: changes.append(None))
    rows = await board.load()
    assert changes
    by_id = {row.agent.id: row for row in rows}
    assert {AHMED_ID, SARA_ID} <= set(by_id)
    ahmed = by_id[AHMED_ID]
    assert ahmed.open_count >= 2
    assert ahmed.oldest_waiting is None or ahmed.oldest_waiting.assignee.id == AHMED_ID  # type: ignore[union-attr]
    board.apply_presence({AHMED_ID: Availability.OFFLINE})
    assert next(r for r in board.rows if r.agent.id == AHMED_ID).availability == Availability.OFFLINE
    with pytest.raises(PermissionDenied):
        await TeamBoard(karim, WS).load()


async def test_availability_switch_warns_before_going_offline(fresh_sandbox, mona: ChatwootClient) -> None:  # type: ignore[no-untyped-def]
    session = SessionService(ChatwootClient, KeyringCredentialStore())
    user = await session.sign_in_token(fresh_sandbox.url, MONA, remember=False)
    switch = AvailabilitySwitch(session, session.client)
    ids = await open_ids(mona, 2)
    me = user.id
    await bulk_for(mona).assign(ids, agent_id=me)
    change = await switch.prepare(WS, Availability.OFFLINE)
    assert change.needs_warning and change.still_assigned >= 2
    user = await switch.apply(change)
    assert switch.current(WS) == Availability.OFFLINE
    assert next(w for w in user.workspaces if w.id == WS).availability == Availability.OFFLINE
    busy = await switch.prepare(WS, Availability.BUSY)
    assert not busy.needs_warning
    assert switch.is_administrator(WS)
    await session.sign_out()


async def test_handover_of_a_full_load_within_ten_seconds_on_a_slow_server(fresh_sandbox, mona: ChatwootClient) -> None:  # type: ignore[no-untyped-def]
    bulk = bulk_for(mona)
    page = await mona.list_conversations(WS, ConversationQuery(assignee=AssigneeFilter.ALL,
                                                               status=ConversationStatus.OPEN))
    ids = [c.id for c in page.conversations[:20]]
    assert (await bulk.assign(ids, agent_id=AHMED_ID)).all_ok
    fresh_sandbox.set_faults(latency_ms=150)  # every request takes 150 ms more, like a distant server
    try:
        started = time.monotonic()
        theirs = await bulk.open_conversations_of(AHMED_ID)
        result = await bulk.handover(theirs, to_agent_id=SARA_ID)
        elapsed = time.monotonic() - started
    finally:
        fresh_sandbox.clear_faults()
    print(f"handover of {result.total} conversations at +150 ms a request: {elapsed:.2f} s")
    assert result.all_ok and result.total >= 20
    assert elapsed < 10, f"{result.total} conversations took {elapsed:.1f} s"
