"""Conversation endpoints against the sandbox: list filters and paging, counts, updated_within, show, status
(with snooze), priority, read state, typing, assignment (agent and team) and label set semantics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.models import AssigneeFilter, ConversationQuery, ConversationStatus, MessageType, Priority
from tests.api.conftest import Clients

EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)


async def test_list_pages_and_counts(clients: Clients) -> None:
    mona = clients("mona")
    first = await mona.list_conversations(1, EVERYTHING)
    second = await mona.list_conversations(1, EVERYTHING, page=2)
    assert len(first.conversations) == 25 and first.has_more and first.page == 1 and second.page == 2
    assert not {c.id for c in first.conversations} & {c.id for c in second.conversations}
    activity = [c.last_activity_at or datetime.min.replace(tzinfo=UTC)
                for c in first.conversations + second.conversations]
    assert activity == sorted(activity, reverse=True)  # last_activity_at_desc
    assert all(c.account_id == 1 for c in first.conversations)
    counts = await mona.conversation_counts(1, EVERYTHING)
    assert counts == first.counts and counts.all == counts.assigned + counts.unassigned
    assert {c.status for c in first.conversations + second.conversations} != {ConversationStatus.OPEN}


@pytest.mark.parametrize("status", list(ConversationStatus))
async def test_status_filter(clients: Clients, status: ConversationStatus) -> None:
    page = await clients("mona").list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL, status=status))
    assert all(c.status is status for c in page.conversations)


async def test_assignee_tabs(clients: Clients) -> None:
    ahmed = clients("ahmed")
    me = await ahmed.profile()
    mine = await ahmed.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.MINE))
    assert mine.conversations and all(c.assignee and c.assignee.id == me.id for c in mine.conversations)
    unassigned = await ahmed.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.UNASSIGNED))
    assert all(c.assignee is None for c in unassigned.conversations)
    assigned = await ahmed.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ASSIGNED))
    assert all(c.assignee is not None for c in assigned.conversations)
    assert mine.counts == unassigned.counts  # counts ignore the assignee filter (§4.1)


async def test_inbox_team_label_and_text_filters(clients: Clients) -> None:
    mona = clients("mona")
    sample = (await mona.list_conversations(1, EVERYTHING)).conversations
    inbox_id = sample[0].inbox_id
    by_inbox = await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL, status=None,
                                                                  inbox_id=inbox_id))
    assert by_inbox.conversations and all(c.inbox_id == inbox_id for c in by_inbox.conversations)
    labelled = next(c for c in sample if c.labels)
    wanted = (labelled.labels[0], "no-such-label")
    by_label = await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL, status=None,
                                                                  labels=wanted))
    assert by_label.conversations and all(set(c.labels) & set(wanted) for c in by_label.conversations)
    team = (await mona.teams(1))[0]
    by_team = await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL, status=None,
                                                                 team_id=team.id))
    assert all(c.team and c.team.id == team.id for c in by_team.conversations)
    history = (await mona.list_messages(1, sample[0].id)).messages
    words = [w for m in history if m.message_type in (MessageType.INCOMING, MessageType.OUTGOING)
             for w in m.content.split() if len(w) >= 3]
    found = await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL, q=words[-1]))
    assert sample[0].id in {c.id for c in found.conversations}


async def test_agent_sees_only_their_inboxes(clients: Clients) -> None:
    karim = clients("karim")
    inbox_ids = {i.id for i in await karim.inboxes(1)}
    page = await karim.list_conversations(1, EVERYTHING)
    assert page.conversations and {c.inbox_id for c in page.conversations} <= inbox_ids
    other = next(c for c in (await clients("mona").list_conversations(1, EVERYTHING)).conversations
                 if c.inbox_id not in inbox_ids)
    with pytest.raises(PermissionDenied):
        await karim.get_conversation(1, other.id)


async def test_show_matches_list_and_unknown_is_not_found(clients: Clients) -> None:
    mona = clients("mona")
    listed = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    shown = await mona.get_conversation(1, listed.id)
    assert (shown.id, shown.inbox_id, shown.contact.id, shown.labels) == \
        (listed.id, listed.inbox_id, listed.contact.id, listed.labels)
    with pytest.raises(NotFound):
        await mona.get_conversation(1, 987654)


async def test_status_priority_and_updated_within(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    target = (await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))).conversations[-1]
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    snoozed = await mona.set_status(1, target.id, ConversationStatus.SNOOZED, snoozed_until=until)
    assert snoozed.status is ConversationStatus.SNOOZED and snoozed.snoozed_until == until
    assert (await mona.get_conversation(1, target.id)).snoozed_until == until
    resolved = await mona.set_status(1, target.id, ConversationStatus.RESOLVED)
    assert resolved.status is ConversationStatus.RESOLVED and resolved.snoozed_until is None
    for status in (ConversationStatus.PENDING, ConversationStatus.OPEN):
        assert (await mona.set_status(1, target.id, status)).status is status
        assert (await mona.get_conversation(1, target.id)).status is status
    await mona.set_priority(1, target.id, Priority.URGENT)
    assert (await mona.get_conversation(1, target.id)).priority is Priority.URGENT
    await mona.set_priority(1, target.id, Priority.NONE)
    assert (await mona.get_conversation(1, target.id)).priority is Priority.NONE
    recent = await mona.updated_conversations(1, 120, EVERYTHING)
    assert target.id in {c.id for c in recent}
    assert len(recent) < 25  # only what changed, not a page of everything


async def test_read_unread(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    target = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    fresh_clients.server.incoming(1, "مرحبا، في حد؟", conversation_id=target.id)
    unread = await mona.mark_unread(1, target.id)
    assert unread.id == target.id and unread.unread_count > 0
    read = await mona.mark_read(1, target.id)
    assert read.unread_count == 0 and read.agent_last_seen_at is not None


async def test_assign_agent_and_team(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    target = (await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.UNASSIGNED))).conversations[0]
    sara = next(a for a in await mona.agents(1) if a.email.startswith("sara@"))
    assignee = await mona.assign_agent(1, target.id, sara.id)
    assert assignee is not None and assignee.id == sara.id and assignee.name == sara.name
    shown = await mona.get_conversation(1, target.id)
    assert shown.assignee is not None and shown.assignee.id == sara.id
    assert await mona.assign_agent(1, target.id, None) is None
    assert (await mona.get_conversation(1, target.id)).assignee is None
    team = (await mona.teams(1))[-1]
    assigned_team = await mona.assign_team(1, target.id, team.id)
    assert assigned_team is not None and assigned_team.id == team.id
    assert (await mona.get_conversation(1, target.id)).team.id == team.id  # type: ignore[union-attr]
    assert await mona.assign_team(1, target.id, None) is None
    assert (await mona.get_conversation(1, target.id)).team is None


async def test_label_set_semantics_are_hidden(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    titles = [label.title for label in await mona.labels(1)]
    target = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    assert await mona.set_labels(1, target.id, titles[:1]) == (titles[0],)
    after_add = await mona.add_labels(1, target.id, [titles[1], titles[0]])
    assert set(after_add) == {titles[0], titles[1]}  # the existing label survived the "replace" endpoint
    assert await mona.add_labels(1, target.id, [titles[1]]) == after_add  # nothing new: unchanged
    assert await mona.set_labels(1, target.id, [titles[1]]) == (titles[1],)
    assert await mona.get_labels(1, target.id) == (titles[1],)
    assert (await mona.get_conversation(1, target.id)).labels == (titles[1],)
    assert await mona.set_labels(1, target.id, []) == ()
