"""Actions on many conversations at once (team leads): bulk reassign / categorise / resolve, and the
handover of all of one agent's open conversations to a team or another agent.

Each conversation is its own request chain (the contract has no all-or-nothing bulk call we rely
on), run a few at a time; the result says which succeeded and which failed with what error, so the
UI can report "12 handed over, 1 refused". Successful conversations are re-read and announced
through the `Triage` service's `updated` signal; failed ones are not touched locally.

`open_conversations_of(agent_id)` pages through the assigned open/pending/snoozed lists and keeps
the agent's; `handover()` takes that exact list, so the confirmation can say how many.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.domain.errors import AppError, ValidationFailed
from desktop.domain.models import (
    AssigneeFilter,
    Conversation,
    ConversationPage,
    ConversationQuery,
    ConversationStatus,
    SenderKind,
)
from desktop.services.triage import ResolvePolicy, Triage

CONCURRENCY = 4
MAX_PAGES = 200  # 5,000 conversations per status: far beyond one agent's load
HANDOVER_STATUSES = (ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.SNOOZED)


class ListingClient(Protocol):
    async def list_conversations(
        self, account_id: int, query: ConversationQuery, page: int = 1
    ) -> ConversationPage: ...


@dataclass(frozen=True, slots=True)
class BulkResult:
    succeeded: tuple[int, ...] = ()
    failed: dict[int, AppError] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.succeeded) + len(self.failed)

    @property
    def all_ok(self) -> bool:
        return not self.failed


class BulkTriage:
    """Runs a triage action over many conversations through a `Triage` (whose `updated` announces each)."""

    def __init__(self, triage: Triage, listing: ListingClient, concurrency: int = CONCURRENCY) -> None:
        self._triage = triage
        self._listing = listing
        self._limit = asyncio.Semaphore(max(1, concurrency))

    async def run(
        self, conversation_ids: Iterable[int], action: Callable[[int], Awaitable[object]],
        progress: Callable[[int, int], None] | None = None,
    ) -> BulkResult:
        ids = list(dict.fromkeys(conversation_ids))
        if not ids:
            raise ValidationFailed("Select at least one conversation.")
        succeeded: list[int] = []
        failed: dict[int, AppError] = {}
        done = 0

        async def one(cid: int) -> None:
            nonlocal done
            async with self._limit:
                try:
                    await action(cid)
                    succeeded.append(cid)
                except AppError as error:
                    failed[cid] = error
                done += 1
                if progress is not None:
                    progress(done, len(ids))

        await asyncio.gather(*(one(cid) for cid in ids))
        order = {cid: i for i, cid in enumerate(ids)}
        return BulkResult(tuple(sorted(succeeded, key=order.__getitem__)), failed)

    # -- the bulk actions of the list's multi-selection -------------------------------------------
    async def assign(self, ids: Sequence[int], agent_id: int | None = None, team_id: int | None = None,
                     *, unassign_agent: bool = False) -> BulkResult:
        """Give each conversation the team and/or agent (with only a team and `unassign_agent`, the
        conversations go to the team's queue)."""
        if team_id is None and agent_id is None and not unassign_agent:
            raise ValidationFailed("Choose a team or an agent.")
        client, account = self._triage.client, self._triage.account_id

        async def reassign(cid: int) -> None:
            if team_id is not None:
                await client.assign_team(account, cid, team_id)
            if agent_id is not None or unassign_agent:
                await client.assign_agent(account, cid, agent_id)
            await self._triage.refresh(cid)

        return await self.run(ids, reassign)

    async def label(self, ids: Sequence[int], add: Sequence[str] = (), remove: Sequence[str] = ()) -> BulkResult:
        if not add and not remove:
            raise ValidationFailed("Choose a category to add or remove.")
        return await self.run(ids, lambda cid: self._triage.change_labels(cid, list(add), list(remove)))

    async def resolve(self, ids: Sequence[int], category: str | None = None,
                      policy: ResolvePolicy = ResolvePolicy.OFF) -> BulkResult:
        return await self.run(ids, lambda cid: self._triage.resolve(cid, category, policy=policy))

    # -- handover ---------------------------------------------------------------------------------
    async def open_conversations_of(self, agent_id: int) -> list[Conversation]:
        """Every open, pending or snoozed conversation assigned to `agent_id` (oldest waiting first)."""
        account = self._triage.account_id

        async def assigned_with(status: ConversationStatus) -> list[Conversation]:
            query = ConversationQuery(assignee=AssigneeFilter.ASSIGNED, status=status)
            mine: list[Conversation] = []
            for page_number in range(1, MAX_PAGES + 1):
                page = await self._listing.list_conversations(account, query, page_number)
                mine.extend(c for c in page.conversations if c.assignee is not None
                            and c.assignee.kind == SenderKind.USER and c.assignee.id == agent_id)
                if not page.has_more:
                    break
            return mine

        found: dict[int, Conversation] = {}
        for batch in await asyncio.gather(*(assigned_with(s) for s in HANDOVER_STATUSES)):
            found.update((c.id, c) for c in batch)
        return sorted(found.values(), key=_waiting_key)

    async def handover(
        self, conversations: Sequence[Conversation], *, to_agent_id: int | None = None,
        to_team_id: int | None = None, progress: Callable[[int, int], None] | None = None,
    ) -> BulkResult:
        """Move the given conversations (from `open_conversations_of`) to another agent, or to a team's
        queue (team set and the departing agent unassigned), or both."""
        if to_agent_id is None and to_team_id is None:
            raise ValidationFailed("Choose the team or agent who takes over.")
        client, account = self._triage.client, self._triage.account_id

        async def move(cid: int) -> None:
            if to_team_id is not None:
                await client.assign_team(account, cid, to_team_id)
            await client.assign_agent(account, cid, to_agent_id)  # None: back to the team's queue
            await self._triage.refresh(cid)

        return await self.run([c.id for c in conversations], move, progress)


def _waiting_key(conversation: Conversation) -> tuple[float, int]:
    since = conversation.waiting_since
    return (since.timestamp() if since is not None else float("inf"), conversation.id)
