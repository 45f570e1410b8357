"""What the triage dialogs need to offer, per workspace: categories, teams, team members, and agents
with their availability and — when the viewer may read reports (administrators) — their open load.

Built on `WorkspaceLookups` (labels, teams, agents; loaded once, refreshed on cache invalidation);
team members are read once and kept; loads are read fresh each time (they change constantly).
A PermissionDenied on loads or team members is not an error here: agents simply see no load / no
team filter.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from desktop.domain.errors import PermissionDenied
from desktop.domain.models import Agent, Availability, Label, Team
from desktop.domain.reports import AgentLoad
from desktop.services.workspace import WorkspaceLookups

AgentOption = tuple[Agent, Availability, int | None]  # agent, availability, open load (None = unknown)


class LoadsClient(Protocol):
    async def agent_loads(self, account_id: int) -> list[AgentLoad]: ...
    async def team_members(self, account_id: int, team_id: int) -> list[Agent]: ...


class TriageLookups:
    def __init__(self, lookups: WorkspaceLookups, client: LoadsClient) -> None:
        self._lookups = lookups
        self._client = client
        self._members: dict[int, list[int]] | None = None
        self.loads_allowed = True

    @property
    def account_id(self) -> int:
        return self._lookups.account_id

    async def _ensure(self) -> None:
        if not self._lookups.loaded:
            await self._lookups.refresh()

    async def labels(self) -> list[Label]:
        await self._ensure()
        return sorted(self._lookups.labels.values(), key=lambda x: x.title)

    async def teams(self) -> list[Team]:
        await self._ensure()
        return sorted(self._lookups.teams.values(), key=lambda t: t.name)

    async def agent(self, agent_id: int) -> Agent | None:
        await self._ensure()
        return self._lookups.agents.get(agent_id)

    async def team_members(self) -> dict[int, list[int]]:
        if self._members is None:
            teams = await self.teams()
            try:
                lists = await asyncio.gather(*(self._client.team_members(self.account_id, t.id) for t in teams))
            except PermissionDenied:
                return {}
            self._members = {t.id: [a.id for a in members] for t, members in zip(teams, lists, strict=True)}
        return dict(self._members)

    async def agent_options(self) -> list[AgentOption]:
        """Every agent, online first, with the open load when the viewer may read it."""
        await self._ensure()
        loads: dict[int, AgentLoad] = {}
        if self.loads_allowed:
            try:
                loads = {x.agent_id: x for x in await self._client.agent_loads(self.account_id)}
            except PermissionDenied:
                self.loads_allowed = False  # an agent: do not ask again this session
        options: list[AgentOption] = []
        for agent in self._lookups.agents.values():
            load = loads.get(agent.id)
            availability = load.availability if load is not None else agent.availability
            count = load.open_count if load is not None else (0 if loads else None)
            options.append((agent, availability, count))
        order = {Availability.ONLINE: 0, Availability.BUSY: 1, Availability.OFFLINE: 2}
        options.sort(key=lambda o: (order[o[1]], o[2] if o[2] is not None else 0, o[0].name.casefold()))
        return options

