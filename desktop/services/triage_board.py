"""The team lead's view of the team (agents board) and the agent's own availability switch.

`TeamBoard(client, account_id)`: `async load()` builds one `BoardRow` per agent of the workspace —
availability, open and unattended counts (the live `reports/conversations?type=agent` numbers, which
only administrators may read: agents get PermissionDenied), and the oldest waiting conversation
assigned to them. The advanced filter (contract §4.4) cannot sort by `waiting_since`, so for each agent
with open conversations it reads every page of "assignee = agent and status = open" and keeps the
minimum `waiting_since` (a few agents at a time). Emitter: `changed()`.

`AvailabilitySwitch(session, counts)`: `prepare(account_id, Availability)` says how many open
conversations are still assigned to me before going offline (the UI warns); `apply()` sets it through
the session (the presence heartbeat itself is the realtime connection's job, every 20 s).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desktop.api.chatwoot.client_filter import FilterCondition
from desktop.domain.models import (
    Agent,
    AssigneeFilter,
    Availability,
    Conversation,
    ConversationCounts,
    ConversationPage,
    ConversationQuery,
    ConversationStatus,
    Role,
    User,
)
from desktop.domain.reports import AgentLoad
from desktop.services.observable import Emitter
from desktop.services.triage_bulk import assigned_to, every_filtered

CONCURRENCY = 4  # agents whose conversations are read at the same time


class BoardClient(Protocol):
    async def agents(self, account_id: int) -> list[Agent]: ...
    async def agent_loads(self, account_id: int) -> list[AgentLoad]: ...
    async def filter_conversations(
        self, account_id: int, conditions: Sequence[FilterCondition], page: int = 1
    ) -> ConversationPage: ...


@dataclass(frozen=True, slots=True)
class BoardRow:
    agent: Agent
    availability: Availability
    open_count: int
    unattended_count: int
    oldest_waiting: Conversation | None = None

    @property
    def oldest_waiting_since(self) -> datetime | None:
        return self.oldest_waiting.waiting_since if self.oldest_waiting is not None else None


class TeamBoard:
    """Signals: `changed()`."""

    def __init__(self, client: BoardClient, account_id: int) -> None:
        self._client = client
        self.account_id = account_id
        self.rows: list[BoardRow] = []
        self.changed = Emitter()

    async def load(self) -> list[BoardRow]:
        loads = {load.agent_id: load for load in await self._client.agent_loads(self.account_id)}
        agents = await self._client.agents(self.account_id)
        busy = [a.id for a in agents if a.id not in loads or loads[a.id].open_count > 0]
        oldest = await self._oldest_waiting(busy)
        rows = []
        for agent in agents:
            load = loads.get(agent.id)
            rows.append(BoardRow(
                agent=agent,
                availability=load.availability if load is not None else agent.availability,
                open_count=load.open_count if load is not None else 0,
                unattended_count=load.unattended_count if load is not None else 0,
                oldest_waiting=oldest.get(agent.id),
            ))
        rows.sort(key=_row_order)
        self.rows = rows
        self.changed.emit()
        return rows

    def apply_presence(self, users: dict[int, Availability]) -> None:
        """Apply a realtime `presence.update` without reloading."""
        changed = False
        for i, row in enumerate(self.rows):
            new = users.get(row.agent.id)
            if new is not None and new != row.availability:
                self.rows[i] = BoardRow(row.agent, new, row.open_count, row.unattended_count, row.oldest_waiting)
                changed = True
        if changed:
            self.rows.sort(key=_row_order)
            self.changed.emit()

    async def _oldest_waiting(self, agent_ids: Sequence[int]) -> dict[int, Conversation]:
        limit = asyncio.Semaphore(CONCURRENCY)

        async def oldest_of(agent_id: int) -> Conversation | None:
            async with limit:
                theirs = await every_filtered(self._client, self.account_id,
                                              assigned_to(agent_id, [ConversationStatus.OPEN]))
            waiting = [c for c in theirs if c.waiting_since is not None and c.status is ConversationStatus.OPEN
                       and c.assignee is not None and c.assignee.id == agent_id]
            return min(waiting, key=_waiting_order, default=None)

        # wait for every agent's walk before raising the first failure: no request is left running
        found = await asyncio.gather(*(oldest_of(a) for a in agent_ids), return_exceptions=True)
        failure = next((f for f in found if isinstance(f, BaseException)), None)
        if failure is not None:
            raise failure
        return {a: c for a, c in zip(agent_ids, found, strict=True) if isinstance(c, Conversation)}


def _waiting_order(conversation: Conversation) -> tuple[datetime, int]:
    assert conversation.waiting_since is not None
    return (conversation.waiting_since, conversation.id)


_AVAILABILITY_ORDER = {Availability.ONLINE: 0, Availability.BUSY: 1, Availability.OFFLINE: 2}


def _row_order(row: BoardRow) -> tuple[int, int, str]:
    return (_AVAILABILITY_ORDER[row.availability], -row.open_count, row.agent.name.casefold())


class AvailabilitySession(Protocol):
    @property
    def user(self) -> User | None: ...
    async def set_availability(self, account_id: int, availability: Availability) -> User: ...


class CountsClient(Protocol):
    async def conversation_counts(self, account_id: int, query: ConversationQuery) -> ConversationCounts: ...


@dataclass(frozen=True, slots=True)
class AvailabilityChange:
    account_id: int
    availability: Availability
    still_assigned: int  # open conversations assigned to me; > 0 with OFFLINE deserves a warning

    @property
    def needs_warning(self) -> bool:
        return self.availability is Availability.OFFLINE and self.still_assigned > 0


class AvailabilitySwitch:
    def __init__(self, session: AvailabilitySession, counts: CountsClient) -> None:
        self._session = session
        self._counts = counts

    def current(self, account_id: int) -> Availability | None:
        user = self._session.user
        if user is None:
            return None
        return next((w.availability for w in user.workspaces if w.id == account_id), None)

    def is_administrator(self, account_id: int) -> bool:
        user = self._session.user
        return user is not None and any(
            w.id == account_id and w.role is Role.ADMINISTRATOR for w in user.workspaces
        )

    async def prepare(self, account_id: int, availability: Availability) -> AvailabilityChange:
        still = 0
        if availability is Availability.OFFLINE:
            counts = await self._counts.conversation_counts(
                account_id, ConversationQuery(assignee=AssigneeFilter.MINE, status=ConversationStatus.OPEN)
            )
            still = counts.mine
        return AvailabilityChange(account_id, availability, still)

    async def apply(self, change: AvailabilityChange) -> User:
        return await self._session.set_availability(change.account_id, change.availability)
