"""ConversationList against the sandbox: paging, filters, counts, and live `apply` (membership from the
query, moves instead of resets, the updated_at guard)."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta
from typing import Any

from desktop.domain.models import (
    AssigneeFilter,
    ConversationQuery,
    ConversationStatus,
    Person,
    SenderKind,
)
from desktop.services.conversations import ConversationList, matches
from desktop.services.session import SessionService
from tests.services.conftest import wait_for


def activity_order(conversations: ConversationList) -> list[float]:
    return [c.last_activity_at.timestamp() if c.last_activity_at else 0.0 for c in conversations]


async def test_paging_has_no_gaps_or_doubles_and_keeps_order(mona: SessionService) -> None:
    everything = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL, status=None),
                                  user_id=mona.user.id if mona.user else None)
    loading: list[bool] = []
    everything.loading_changed.connect(loading.append)
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    everything.inserted.connect(lambda a, b: inserted.append((a, b)))
    everything.reset.connect(lambda: resets.append(True))
    await everything.load()
    assert loading == [True, False] and resets == [True]
    first_page = len(everything)
    assert first_page == 25 and everything.can_fetch_more
    while everything.can_fetch_more:
        await everything.fetch_more()
    ids = [c.id for c in everything]
    assert len(ids) == len(set(ids)) == everything.counts.all > first_page
    assert activity_order(everything) == sorted(activity_order(everything), reverse=True)
    assert resets == [True] and inserted  # later pages are insertions, never resets


async def test_filters_and_counts(mona: SessionService) -> None:
    me = mona.user.id if mona.user else None
    mine = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    counts: list[Any] = []
    mine.counts_changed.connect(counts.append)
    await mine.load()
    assert counts == [mine.counts]
    assert mine.counts.mine == len(mine) or mine.can_fetch_more
    assert all(c.assignee is not None and c.assignee.id == me and c.status == ConversationStatus.OPEN
               for c in mine)

    inbox_id = mine[0].inbox_id if len(mine) else 1
    resolved = ConversationList(mona.client, 1, ConversationQuery(
        assignee=AssigneeFilter.ALL, status=ConversationStatus.RESOLVED, inbox_id=inbox_id))
    await resolved.load()
    assert len(resolved) > 0
    assert all(c.status == ConversationStatus.RESOLVED and c.inbox_id == inbox_id for c in resolved)

    await resolved.set_query(ConversationQuery(assignee=AssigneeFilter.UNASSIGNED))
    assert len(resolved) > 0 and all(c.assignee is None for c in resolved)


async def test_apply_decides_membership_moves_rows_and_ignores_stale(mona: SessionService) -> None:
    me = mona.user.id if mona.user else 0
    mine = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    await mine.load()
    assert len(mine) >= 3
    signals: list[str] = []
    for name in ("resetting", "inserted", "removed", "moved", "changed"):
        getattr(mine, name).connect(lambda *_, n=name: signals.append(n))

    last = mine[len(mine) - 1]
    newest = mine[0].last_activity_at
    assert newest is not None
    bumped = dataclasses.replace(last, last_activity_at=newest + timedelta(seconds=5),
                                 updated_at=last.updated_at + 1)
    mine.apply(bumped)
    assert mine[0].id == last.id and signals == ["moved", "changed"]

    older = dataclasses.replace(last, last_activity_at=newest - timedelta(days=400), updated_at=last.updated_at)
    mine.apply(older)  # older data than what is shown: ignored
    assert mine[0] == bumped and signals == ["moved", "changed"]

    other = Person(id=me + 1000, name="Someone else", kind=SenderKind.USER)
    handed_over = dataclasses.replace(bumped, assignee=other, updated_at=bumped.updated_at + 1)
    mine.apply(handed_over)
    assert mine.get(last.id) is None and signals[-1] == "removed"

    back = dataclasses.replace(handed_over, assignee=Person(id=me, name="Mona", kind=SenderKind.USER),
                               updated_at=handed_over.updated_at + 1)
    mine.apply(back)
    assert mine.index_of(last.id) == 0 and signals[-1] == "inserted"

    resolved = dataclasses.replace(back, status=ConversationStatus.RESOLVED, updated_at=back.updated_at + 1)
    mine.apply(resolved)
    assert mine.get(last.id) is None
    mine.apply(dataclasses.replace(back, account_id=2, updated_at=back.updated_at + 9))  # other workspace
    assert mine.get(last.id) is None
    assert "resetting" not in signals
    await mine.close()


async def test_apply_message_updates_preview_unread_and_order(mona: SessionService) -> None:
    everything = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    await everything.load()
    target = everything[len(everything) - 1]
    page = await mona.client.list_messages(1, target.id)
    incoming = next(m for m in reversed(page.messages) if m.message_type == 0)
    newest = everything[0].last_activity_at
    assert newest is not None
    fresh = dataclasses.replace(incoming, id=(page.messages[-1].id or 0) + 10_000,
                                created_at=newest + timedelta(seconds=3), content="وصل الطلب؟")
    everything.apply_message(fresh)
    row = everything[0]
    assert row.id == target.id and row.last_message == fresh and row.unread_count == target.unread_count + 1
    everything.apply_message(fresh)  # the same message twice changes nothing more
    assert everything[0].unread_count == target.unread_count + 1
    await everything.close()


async def test_membership_rules_for_every_filter(mona: SessionService) -> None:
    me = mona.user.id if mona.user else 0
    page = await mona.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))
    base = next(c for c in page.conversations if c.team is not None and c.labels)
    mine = dataclasses.replace(base, assignee=Person(id=me, name="Mona", kind=SenderKind.USER))
    team_id, label = base.team.id, base.labels[0]  # type: ignore[union-attr]
    cases = [
        (ConversationQuery(assignee=AssigneeFilter.MINE), mine, True),
        (ConversationQuery(assignee=AssigneeFilter.MINE), dataclasses.replace(mine, assignee=None), False),
        (ConversationQuery(assignee=AssigneeFilter.UNASSIGNED), dataclasses.replace(mine, assignee=None), True),
        (ConversationQuery(assignee=AssigneeFilter.ASSIGNED), mine, True),
        (ConversationQuery(assignee=AssigneeFilter.ALL, status=None),
         dataclasses.replace(mine, status=ConversationStatus.SNOOZED), True),
        (ConversationQuery(assignee=AssigneeFilter.ALL), dataclasses.replace(mine, status=ConversationStatus.PENDING),
         False),
        (ConversationQuery(assignee=AssigneeFilter.ALL, inbox_id=mine.inbox_id), mine, True),
        (ConversationQuery(assignee=AssigneeFilter.ALL, inbox_id=mine.inbox_id + 1000), mine, False),
        (ConversationQuery(assignee=AssigneeFilter.ALL, team_id=team_id), mine, True),
        (ConversationQuery(assignee=AssigneeFilter.ALL, team_id=team_id), dataclasses.replace(mine, team=None), False),
        (ConversationQuery(assignee=AssigneeFilter.ALL, labels=(label, "zzz-none")), mine, True),
        (ConversationQuery(assignee=AssigneeFilter.ALL, labels=("zzz-none",)), mine, False),
    ]
    for query, conversation, expected in cases:
        assert matches(query, conversation, me) is expected, (query, expected)
    assert matches(ConversationQuery(assignee=AssigneeFilter.ALL, q="order"), mine, me) is None
    assert matches(ConversationQuery(assignee=AssigneeFilter.MINE), mine, None) is None


async def test_a_live_change_refreshes_the_tab_counts(fresh_mona: SessionService) -> None:
    session = fresh_mona
    me = session.user.id if session.user else None
    mine = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    mine.COUNTS_DELAY = 0.05
    await mine.load()
    before = mine.counts
    unassigned = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.UNASSIGNED))
    target = unassigned.conversations[0]
    await session.client.assign_agent(1, target.id, me)  # claimed (here, as if from another window)
    mine.apply(await session.client.get_conversation(1, target.id))
    assert mine.get(target.id) is not None
    await wait_for(lambda: mine.counts != before, what="counts refreshed")
    assert mine.counts.mine == before.mine + 1 and mine.counts.unassigned == before.unassigned - 1
    await mine.close()


async def test_tab_counts_follow_live_changes_without_asking_the_server(fresh_sandbox: Any,
                                                                       fresh_mona: SessionService) -> None:
    """Messages in a known conversation, a resolve, a claim and a new conversation move the tab counts locally,
    to what the server counts, with no counts request; a change only the server can count (a conversation
    first seen, not announced as new) asks once."""
    session = fresh_mona
    me = session.user.id if session.user else None
    assert me is not None
    everything = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=me)
    everything.COUNTS_DELAY = 0.05
    await everything.load()
    meta = "GET /api/v1/accounts/1/conversations/meta"
    query = everything.query

    async def server_counts() -> Any:
        fresh_sandbox.requests(reset=True)  # this read is the test's, not the list's
        counts = await session.client.conversation_counts(1, query)
        fresh_sandbox.requests(reset=True)
        return counts

    target = everything[0]
    unassigned = next(c for c in everything if c.assignee is None)
    fresh_sandbox.requests(reset=True)
    for minute in range(1, 6):  # five new messages: the row moves, nothing that the counts count changes
        fresh_sandbox.incoming(1, f"message {minute}", conversation_id=target.id)
        everything.apply(await session.client.get_conversation(1, target.id))
    await session.client.set_status(1, target.id, ConversationStatus.RESOLVED)
    everything.apply(await session.client.get_conversation(1, target.id))
    await session.client.assign_agent(1, unassigned.id, me)
    everything.apply(await session.client.get_conversation(1, unassigned.id))
    new = fresh_sandbox.incoming(1, "a new customer")
    everything.apply(await session.client.get_conversation(1, int(new["conversation_id"])), created=True)
    await asyncio.sleep(everything.COUNTS_DELAY * 3)
    assert fresh_sandbox.requests().get(meta, 0) == 0, fresh_sandbox.requests()
    assert everything.counts == await server_counts()

    elsewhere = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.MINE), user_id=me)
    elsewhere.COUNTS_DELAY = 0.05
    await elsewhere.load()
    stranger = next(c for c in everything if c.assignee is None and elsewhere.get(c.id) is None)
    await session.client.assign_agent(1, stranger.id, me)  # claimed elsewhere: the Mine list never saw it
    fresh_sandbox.requests(reset=True)
    elsewhere.apply(await session.client.get_conversation(1, stranger.id))
    await wait_for(lambda: fresh_sandbox.requests().get(meta, 0) == 1, what="counts read once")
    await wait_for(lambda: elsewhere.counts.mine == everything.counts.mine + 1, what="claim counted")
    await everything.close()
    await elsewhere.close()


async def test_a_list_not_loaded_asks_nothing_for_live_changes_and_its_load_counts(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    """A workspace never shown has a list that was never loaded: live changes of conversations it never saw
    (a claim, a resolve, a new customer) ask the server nothing; its first load reads the counts, which are
    the server's, and later changes move them locally again."""
    session = fresh_mona
    me = session.user.id if session.user else None
    assert me is not None
    query = ConversationQuery(assignee=AssigneeFilter.MINE)
    hidden = ConversationList(session.client, 1, query, user_id=me)
    hidden.COUNTS_DELAY = 0.05
    meta = "GET /api/v1/accounts/1/conversations/meta"
    page = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.UNASSIGNED))
    claimed, resolved = page.conversations[0], page.conversations[1]
    fresh_sandbox.requests(reset=True)
    await session.client.assign_agent(1, claimed.id, me)
    hidden.apply(await session.client.get_conversation(1, claimed.id))
    await session.client.set_status(1, resolved.id, ConversationStatus.RESOLVED)
    hidden.apply(await session.client.get_conversation(1, resolved.id))
    new = fresh_sandbox.incoming(1, "a customer the hidden list never saw")
    hidden.apply(await session.client.get_conversation(1, int(new["conversation_id"])))
    await asyncio.sleep(hidden.COUNTS_DELAY * 3)
    assert fresh_sandbox.requests().get(meta, 0) == 0, fresh_sandbox.requests()

    await hidden.load()
    fresh_sandbox.requests(reset=True)
    server = await session.client.conversation_counts(1, query)
    assert hidden.counts == server and hidden.get(claimed.id) is not None
    fresh_sandbox.requests(reset=True)
    await session.client.set_status(1, claimed.id, ConversationStatus.RESOLVED)  # now loaded: counted locally
    hidden.apply(await session.client.get_conversation(1, claimed.id))
    await asyncio.sleep(hidden.COUNTS_DELAY * 3)
    assert fresh_sandbox.requests().get(meta, 0) == 0, fresh_sandbox.requests()
    fresh_sandbox.requests(reset=True)
    assert hidden.counts == await session.client.conversation_counts(1, query)
    assert hidden.counts.mine == server.mine - 1 and hidden.get(claimed.id) is None
    await hidden.close()
