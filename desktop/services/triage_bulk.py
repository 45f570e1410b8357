"""Actions on many conversations at once (team leads): bulk reassign / categorise / resolve, and the
handover of all of one agent's open conversations to a team or another agent.

Each conversation is its own request chain (the contract has no all-or-nothing bulk call we rely
on), run a few at a time; the result says which succeeded and which failed with what error, so the
UI can report "12 handed over, 1 refused". Successful conversations are re-read and announced
through the `Triage` service's `updated` signal; failed ones are not touched locally.

`open_conversations_of(agent_id)` asks the advanced filter (contract §4.4) for that agent's open,
pending and snoozed conversations and reads every page of the answer; `handover()` takes that exact
list, so the confirmation can say how many. `every_filtered()` is the page walk, shared with the board.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.api.chatwoot.client_filter import FilterCondition
from desktop.domain.errors import AppError, ValidationFailed
from desktop.domain.models import Conversation, ConversationPage, ConversationStatus, SenderKind
from desktop.services.triage import ResolvePolicy, Triage

CONCURRENCY = 4
MAX_PAGES = 400  # 10,000 conversations: far beyond one agent's load
HANDOVER_STATUSES = (ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.SNOOZED)


class FilteringClient(Protocol):
    async def filter_conversations(
        self, account_id: int, conditions: Sequence[FilterCondition], page: int = 1
    ) -> ConversationPage: ...


def assigned_to(agent_id: int, statuses: Iterable[ConversationStatus]) -> tuple[FilterCondition, ...]:
    """The filter for the conversations of one agent in the given statuses."""
    return (FilterCondition.equal("assignee_id", int(agent_id)),
            FilterCondition.equal("status", *(s.value for s in statuses)))


async def every_filtered(
    client: FilteringClient, account_id: int, conditions: Sequence[FilterCondition], max_pages: int = MAX_PAGES,
) -> list[Conversation]:
    """Every conversation matching `conditions`, across all pages (in the server's order, no duplicates).

    The pages are by last activity, so a conversation that leaves the result while we read can shift the
    next page up by one and hide a row: when fewer rows arrived than the server counted, the pages are
    read once more. A server that ignores `page` (the same rows again) ends the walk."""
    found: dict[int, Conversation] = {}
    for _ in range(2):
        expected = 0
        for number in range(1, max_pages + 1):
            page = await client.filter_conversations(account_id, conditions, number)
            expected = page.counts.all if number == 1 else expected
            before = len(found)
            found.update((c.id, c) for c in page.conversations)
            if not page.has_more or len(found) == before:
                break
        if len(found) >= expected:
            break
    return list(found.values())


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

    def __init__(self, triage: Triage, listing: FilteringClient, concurrency: int = CONCURRENCY) -> None:
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
        found = await every_filtered(self._listing, self._triage.account_id,
                                     assigned_to(agent_id, HANDOVER_STATUSES))
        theirs = [c for c in found if c.assignee is not None and c.assignee.kind == SenderKind.USER
                  and c.assignee.id == agent_id and c.status in HANDOVER_STATUSES]
        return sorted(theirs, key=_waiting_key)

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
