"""What the triage dialogs offer, read from the sandbox: agents with load for administrators, without
it (and without asking again) for agents; team members; categories and teams."""

from __future__ import annotations

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import Availability
from desktop.services.triage_lookups import TriageLookups
from desktop.services.workspace import WorkspaceLookups


async def test_administrator_sees_load_and_team_members(sandbox) -> None:  # type: ignore[no-untyped-def]
    async with ChatwootClient(sandbox.url, auth=TokenAuth("sbx-mona-token-0001")) as client:
        lookups = TriageLookups(WorkspaceLookups(client, 1), client)
        options = await lookups.agent_options()
        assert options and all(load is not None for _agent, _availability, load in options)
        order = [availability for _agent, availability, _load in options]
        rank = {Availability.ONLINE: 0, Availability.BUSY: 1, Availability.OFFLINE: 2}
        assert [rank[a] for a in order] == sorted(rank[a] for a in order)
        members = await lookups.team_members()
        teams = await lookups.teams()
        assert set(members) == {t.id for t in teams} and any(members.values())
        assert [label.title for label in await lookups.labels()] == sorted(x.title for x in await lookups.labels())
        assert (await lookups.agent(options[0][0].id)) == options[0][0]


async def test_agent_gets_options_without_load(sandbox) -> None:  # type: ignore[no-untyped-def]
    async with ChatwootClient(sandbox.url, auth=TokenAuth("sbx-karim-token-0008")) as client:
        lookups = TriageLookups(WorkspaceLookups(client, 1), client)
        options = await lookups.agent_options()
        assert options and all(load is None for _agent, _availability, load in options)
        assert lookups.loads_allowed is False
        assert (await lookups.agent_options()) == options  # no second refused request
