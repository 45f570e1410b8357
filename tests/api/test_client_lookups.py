"""Lookups, contacts and reports against the sandbox: saved replies (search), labels, inboxes (channel kinds),
agents, assignable agents, teams and members, contact search/show/conversations, report summary and the
agent-load board, plus `request_json` for other adapters."""

from __future__ import annotations

import pytest

from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.models import AssigneeFilter, Availability, ChannelKind, ConversationQuery, Role
from tests.api.conftest import Clients


async def test_saved_replies_and_search(clients: Clients) -> None:
    mona = clients("mona")
    replies = await mona.saved_replies(1)
    assert replies and all(r.short_code and r.content for r in replies)
    term = replies[0].short_code[:3]
    found = await mona.saved_replies(1, term)
    assert found and all(term.lower() in (r.short_code + r.content).lower() for r in found)
    assert await mona.saved_replies(1, "zz-no-such-reply-zz") == []


async def test_labels_inboxes_agents_teams(clients: Clients) -> None:
    mona = clients("mona")
    labels = await mona.labels(1)
    assert labels and all(lb.title == lb.title.lower() and lb.color.startswith("#") for lb in labels)
    inboxes = await mona.inboxes(1)
    assert inboxes and all(i.kind is not ChannelKind.OTHER for i in inboxes)
    assert any(i.kind is ChannelKind.WHATSAPP for i in inboxes)
    agents = await mona.agents(1)
    roles = {a.email: a.role for a in agents}
    assert roles["mona@souqdeals.example"] is Role.ADMINISTRATOR and roles["ahmed@souqdeals.example"] is Role.AGENT
    assert all(isinstance(a.availability, Availability) for a in agents)
    teams = await mona.teams(1)
    assert teams
    members = await mona.team_members(1, teams[0].id)
    assert {m.id for m in members} <= {a.id for a in agents}
    with pytest.raises(NotFound):
        await mona.team_members(1, 987654)


async def test_assignable_agents_are_inbox_members_plus_admins(clients: Clients) -> None:
    mona = clients("mona")
    agents = await mona.agents(1)
    karim_inboxes = [i.id for i in await clients("karim").inboxes(1)]
    assignable = await mona.assignable_agents(1, karim_inboxes)
    ids = {a.id for a in assignable}
    assert {a.id for a in agents if a.role is Role.ADMINISTRATOR} <= ids
    assert any(a.email.startswith("karim@") for a in assignable)


async def test_contact_conversations(clients: Clients) -> None:
    mona = clients("mona")
    conversation = (await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))).conversations[0]
    contact = conversation.contact
    history = await mona.contact_conversations(1, contact.id)
    assert conversation.id in {c.id for c in history} and all(c.contact.id == contact.id for c in history)


async def test_reports_for_administrators(clients: Clients) -> None:
    mona = clients("mona")
    agents = {a.id: a for a in await mona.agents(1)}
    loads = await mona.agent_loads(1)
    assert loads and len({row.agent_id for row in loads}) == len(loads)
    assert {row.agent_id for row in loads} <= set(agents)
    mine = await mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))
    assert sum(row.open_count for row in loads) <= mine.counts.all
    with pytest.raises(PermissionDenied):
        await clients("sara").agent_loads(1)


async def test_request_json_escape_hatch(clients: Clients) -> None:
    mona = clients("mona")
    inbox = (await mona.inboxes(1))[0]
    shown = await mona.request_json("GET", f"/api/v1/accounts/1/inboxes/{inbox.id}")
    assert isinstance(shown, dict) and shown["id"] == inbox.id
    with pytest.raises(NotFound):
        await mona.request_json("GET", "/api/v1/accounts/1/inboxes/987654")
