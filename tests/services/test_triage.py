"""Triage workflows end to end against the sandbox: resolve with category, snooze/reopen/priority/unread,
escalation (and its permission-denied path), assignment, categories."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.errors import PermissionDenied, ValidationFailed
from desktop.domain.models import (
    AssigneeFilter,
    ChannelKind,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Message,
    Priority,
)
from desktop.services.triage import CategoryRequired, Escalation, ResolvePolicy, Triage

WS = 1
SARA_ID = 3
MONA, AHMED, SARA, KARIM = "sbx-mona-token-0001", "sbx-ahmed-token-0002", "sbx-sara-token-0003", "sbx-karim-token-0008"


@pytest.fixture
async def clients(fresh_sandbox) -> AsyncIterator[dict[str, ChatwootClient]]:  # type: ignore[no-untyped-def]
    made = {name: ChatwootClient(fresh_sandbox.url, auth=TokenAuth(token))
            for name, token in (("mona", MONA), ("ahmed", AHMED), ("sara", SARA), ("karim", KARIM))}
    yield made
    for client in made.values():
        await client.aclose()


async def open_conversations(client: ChatwootClient, **filters: object) -> list[Conversation]:
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=ConversationStatus.OPEN, **filters)  # type: ignore[arg-type]
    page = await client.list_conversations(WS, query)
    assert page.conversations, f"the sandbox has open conversations for {filters}"
    return list(page.conversations)


async def inbox_of_kind(client: ChatwootClient, kind: ChannelKind) -> int:
    return next(i.id for i in await client.inboxes(WS) if i.kind == kind)


async def test_resolve_with_category_then_reopen(clients: dict[str, ChatwootClient]) -> None:
    mona = clients["mona"]
    triage = Triage(mona, WS)
    conversation = (await open_conversations(mona))[0]
    seen: list[Conversation] = []
    triage.updated.connect(seen.append)
    label = (await mona.labels(WS))[0].title
    resolved = await triage.resolve(conversation.id, label, policy=ResolvePolicy.REQUIRED)
    assert resolved.status == ConversationStatus.RESOLVED and label in resolved.labels
    assert seen and seen[-1].status == ConversationStatus.RESOLVED
    server = await mona.get_conversation(WS, conversation.id)
    assert server.status == ConversationStatus.RESOLVED and label in server.labels
    reopened = await triage.reopen(conversation.id)
    assert reopened.status == ConversationStatus.OPEN


async def test_required_category_blocks_resolve_without_one(clients: dict[str, ChatwootClient]) -> None:
    mona = clients["mona"]
    triage = Triage(mona, WS)
    conversation = (await open_conversations(mona))[0]
    await mona.set_labels(WS, conversation.id, [])
    with pytest.raises(CategoryRequired):
        await triage.resolve(conversation.id, None, policy=ResolvePolicy.REQUIRED)
    assert (await mona.get_conversation(WS, conversation.id)).status == ConversationStatus.OPEN
    done = await triage.resolve(conversation.id, None, policy=ResolvePolicy.OPTIONAL)
    assert done.status == ConversationStatus.RESOLVED


async def test_snooze_priority_unread_labels(clients: dict[str, ChatwootClient], fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    mona = clients["mona"]
    triage = Triage(mona, WS)
    conversation = (await open_conversations(mona))[0]
    until = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    snoozed = await triage.snooze(conversation.id, until)
    assert snoozed.status == ConversationStatus.SNOOZED
    assert snoozed.snoozed_until is not None and abs((snoozed.snoozed_until - until).total_seconds()) < 2
    with pytest.raises(ValidationFailed):
        await triage.snooze(conversation.id, datetime.now(UTC) - timedelta(minutes=1))
    await triage.reopen(conversation.id)
    assert (await triage.set_priority(conversation.id, Priority.URGENT)).priority == Priority.URGENT
    assert (await triage.set_priority(conversation.id, Priority.NONE)).priority == Priority.NONE
    labels = [label.title for label in await mona.labels(WS)][:3]
    changed = await triage.change_labels(conversation.id, add=labels[:2], remove=[])
    assert set(labels[:2]) <= set(changed.labels)
    changed = await triage.change_labels(conversation.id, add=[labels[2]], remove=[labels[0]])
    assert labels[0] not in changed.labels and {labels[1], labels[2]} <= set(changed.labels)
    fresh_sandbox.incoming(WS, "لسه مستني الرد", conversation_id=conversation.id)
    await mona.mark_read(WS, conversation.id)
    assert (await mona.get_conversation(WS, conversation.id)).unread_count == 0
    unread = await triage.mark_unread(conversation.id)
    assert unread.unread_count > 0


async def test_escalate_team_agent_priority_and_private_note(clients: dict[str, ChatwootClient]) -> None:
    mona = clients["mona"]
    triage = Triage(mona, WS)
    conversation = (await open_conversations(mona))[0]
    team = next(t for t in await mona.teams(WS) if conversation.team is None or t.id != conversation.team.id)
    agent = next(a for a in await mona.team_members(WS, team.id)
                 if conversation.assignee is None or a.id != conversation.assignee.id)
    notes: list[Message] = []
    triage.note_sent.connect(notes.append)
    result = await triage.escalate(Escalation(conversation.id, team_id=team.id, agent_id=agent.id,
                                              priority=Priority.HIGH, reason="العميل غاضب — needs a lead"))
    assert result.team is not None and result.team.id == team.id
    assert result.assignee is not None and result.assignee.id == agent.id
    assert result.priority == Priority.HIGH
    page = await mona.list_messages(WS, conversation.id)
    note = [m for m in page.messages if m.private and m.content == "العميل غاضب — needs a lead"]
    assert note and notes and notes[0].private
    with pytest.raises(ValidationFailed):
        await triage.escalate(Escalation(conversation.id))


async def test_escalate_denied_changes_nothing(clients: dict[str, ChatwootClient]) -> None:
    mona, karim = clients["mona"], clients["karim"]
    messenger = await inbox_of_kind(mona, ChannelKind.MESSENGER)
    conversation = (await open_conversations(mona, inbox_id=messenger))[0]
    team = (await mona.teams(WS))[0]
    triage = Triage(karim, WS)
    seen: list[Conversation] = []
    triage.updated.connect(seen.append)
    with pytest.raises(PermissionDenied):
        await triage.escalate(Escalation(conversation.id, team_id=team.id, priority=Priority.URGENT,
                                         reason="should not appear"))
    with pytest.raises(PermissionDenied):
        await triage.resolve(conversation.id, None)
    assert seen == []
    after = await mona.get_conversation(WS, conversation.id)
    assert (after.team, after.priority, after.status) == (conversation.team, conversation.priority,
                                                          conversation.status)
    page = await mona.list_messages(WS, conversation.id)
    assert all(m.content != "should not appear" for m in page.messages)


async def test_agent_claims_a_conversation_in_own_inbox(clients: dict[str, ChatwootClient]) -> None:
    mona, karim = clients["mona"], clients["karim"]
    whatsapp = await inbox_of_kind(mona, ChannelKind.WHATSAPP)
    conversation = (await open_conversations(karim, inbox_id=whatsapp))[0]
    claimed = await Triage(karim, WS).assign(conversation.id, 8)
    assert claimed.assignee is not None and claimed.assignee.id == 8


async def test_escalation_undone_when_the_note_is_refused(clients: dict[str, ChatwootClient]) -> None:
    mona = clients["mona"]
    triage = Triage(mona, WS)
    conversation = (await open_conversations(mona))[0]
    team = next(t for t in await mona.teams(WS) if conversation.team is None or t.id != conversation.team.id)
    seen: list[Conversation] = []
    triage.updated.connect(seen.append)
    with pytest.raises(ValidationFailed):
        await triage.escalate(Escalation(conversation.id, team_id=team.id, agent_id=SARA_ID,
                                         priority=Priority.URGENT, reason="x" * 150_001))  # over the limit
    after = await mona.get_conversation(WS, conversation.id)
    assert (after.team.id if after.team else None) == (conversation.team.id if conversation.team else None)
    assert (after.assignee.id if after.assignee else None) == (
        conversation.assignee.id if conversation.assignee else None)
    assert after.priority == conversation.priority and seen == []


async def test_every_single_action_denied_outside_own_inbox(clients: dict[str, ChatwootClient]) -> None:
    mona, karim = clients["mona"], clients["karim"]
    messenger = await inbox_of_kind(mona, ChannelKind.MESSENGER)
    conversation = (await open_conversations(mona, inbox_id=messenger))[0]
    triage = Triage(karim, WS)
    seen: list[Conversation] = []
    triage.updated.connect(seen.append)
    label = (await mona.labels(WS))[0].title
    attempts = {
        "reopen": lambda: triage.reopen(conversation.id),
        "snooze": lambda: triage.snooze(conversation.id, datetime.now(UTC) + timedelta(hours=1)),
        "priority": lambda: triage.set_priority(conversation.id, Priority.URGENT),
        "unread": lambda: triage.mark_unread(conversation.id),
        "claim": lambda: triage.assign(conversation.id, 8),
        "team": lambda: triage.assign_team(conversation.id, None),
        "labels": lambda: triage.change_labels(conversation.id, [label], []),
        "set labels": lambda: triage.set_labels(conversation.id, []),
    }
    for name, attempt in attempts.items():
        with pytest.raises(PermissionDenied):
            await attempt()
        assert seen == [], name
    after = await mona.get_conversation(WS, conversation.id)
    assert (after.status, after.priority, after.labels, after.assignee, after.team) == (
        conversation.status, conversation.priority, conversation.labels, conversation.assignee, conversation.team)
