"""Triage actions on one conversation: resolve (with a category), reopen, snooze, priority, unread,
claim/assign, categories, and escalation (team and/or agent, priority, reason as a private note).

`Triage(client, account_id)` calls the contract's endpoints and, after a successful action, re-reads
the conversation and announces it on `updated(Conversation)` so the lists and the open conversation
show the new state at once (the realtime event that follows is idempotent). Nothing is changed
locally before the server agrees: a `PermissionDenied` (or any error) propagates and `updated` is not
emitted. A multi-step escalation that fails half-way restores what it had already changed.

Signals: `updated(Conversation)`, `note_sent(Message)`.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desktop.domain.errors import ValidationFailed
from desktop.domain.models import (
    Conversation,
    ConversationStatus,
    Message,
    Person,
    Priority,
    Team,
)
from desktop.services.observable import Emitter


class ResolvePolicy(enum.StrEnum):
    """Per-workspace setting: must a conversation have a category before it is resolved?"""

    REQUIRED = "required"
    OPTIONAL = "optional"  # the dialog asks, the agent may skip
    OFF = "off"  # resolve at once


class CategoryRequired(ValidationFailed):
    default_message = "Choose a category before resolving this conversation."


class TriageClient(Protocol):
    async def get_conversation(self, account_id: int, conversation_id: int) -> Conversation: ...
    async def set_status(self, account_id: int, conversation_id: int, status: ConversationStatus,
                         snoozed_until: datetime | None = None) -> object: ...
    async def set_priority(self, account_id: int, conversation_id: int, priority: Priority) -> None: ...
    async def mark_unread(self, account_id: int, conversation_id: int) -> Conversation: ...
    async def assign_agent(self, account_id: int, conversation_id: int, agent_id: int | None) -> Person | None: ...
    async def assign_team(self, account_id: int, conversation_id: int, team_id: int | None) -> Team | None: ...
    async def get_labels(self, account_id: int, conversation_id: int) -> tuple[str, ...]: ...
    async def set_labels(self, account_id: int, conversation_id: int, labels: list[str]) -> tuple[str, ...]: ...
    async def add_labels(self, account_id: int, conversation_id: int, labels: list[str]) -> tuple[str, ...]: ...
    async def send_message(self, account_id: int, conversation_id: int, content: str, *,
                           private: bool = False, echo_id: str | None = None) -> Message: ...


_KEEP = object()


@dataclass(frozen=True, slots=True)
class Escalation:
    """What the escalate dialog asks for. `team_id`/`agent_id` None = leave as is (see `unassign_agent`)."""

    conversation_id: int
    team_id: int | None = None
    agent_id: int | None = None
    priority: Priority | None = None  # None = leave as is
    reason: str = ""
    unassign_agent: bool = False  # hand to the team's queue: clear the current assignee

    def validate(self) -> None:
        if self.team_id is None and self.agent_id is None and self.priority is None and not self.unassign_agent:
            raise ValidationFailed("Choose a team, an agent or a priority to escalate to.")



class Triage:
    """Signals: `updated(Conversation)`, `note_sent(Message)`."""

    def __init__(self, client: TriageClient, account_id: int) -> None:
        self._client = client
        self.account_id = account_id
        self.updated = Emitter()
        self.note_sent = Emitter()

    @property
    def client(self) -> TriageClient:
        return self._client

    async def refresh(self, conversation_id: int) -> Conversation:
        conversation = await self._client.get_conversation(self.account_id, conversation_id)
        self.updated.emit(conversation)
        return conversation

    # -- status -----------------------------------------------------------------------------------
    async def resolve(
        self, conversation_id: int, category: str | None = None, *, policy: ResolvePolicy = ResolvePolicy.OFF
    ) -> Conversation:
        """Resolve, first adding `category` if given. With REQUIRED, a conversation that has no
        category and gets none raises CategoryRequired (nothing is sent)."""
        if category:
            await self._client.add_labels(self.account_id, conversation_id, [category])
        elif policy is ResolvePolicy.REQUIRED:
            current = await self._client.get_labels(self.account_id, conversation_id)
            if not current:
                raise CategoryRequired()
        await self._client.set_status(self.account_id, conversation_id, ConversationStatus.RESOLVED)
        return await self.refresh(conversation_id)

    async def reopen(self, conversation_id: int) -> Conversation:
        await self._client.set_status(self.account_id, conversation_id, ConversationStatus.OPEN)
        return await self.refresh(conversation_id)

    async def snooze(self, conversation_id: int, until: datetime | None) -> Conversation:
        """Snooze until `until` (aware datetime), or with None until the customer's next reply."""
        if until is not None:
            if until.tzinfo is None:
                raise ValidationFailed("The snooze time needs a time zone.")
            if until <= datetime.now(until.tzinfo):
                raise ValidationFailed("Choose a snooze time in the future.")
        await self._client.set_status(self.account_id, conversation_id, ConversationStatus.SNOOZED, until)
        return await self.refresh(conversation_id)

    async def set_priority(self, conversation_id: int, priority: Priority) -> Conversation:
        await self._client.set_priority(self.account_id, conversation_id, priority)
        return await self.refresh(conversation_id)

    async def mark_unread(self, conversation_id: int) -> Conversation:
        conversation = await self._client.mark_unread(self.account_id, conversation_id)
        self.updated.emit(conversation)
        return conversation

    # -- assignment and categories ----------------------------------------------------------------
    async def assign(self, conversation_id: int, agent_id: int | None) -> Conversation:
        await self._client.assign_agent(self.account_id, conversation_id, agent_id)
        return await self.refresh(conversation_id)

    async def assign_team(self, conversation_id: int, team_id: int | None) -> Conversation:
        await self._client.assign_team(self.account_id, conversation_id, team_id)
        return await self.refresh(conversation_id)

    async def set_labels(self, conversation_id: int, labels: list[str]) -> Conversation:
        await self._client.set_labels(self.account_id, conversation_id, list(dict.fromkeys(labels)))
        return await self.refresh(conversation_id)

    async def change_labels(self, conversation_id: int, add: list[str], remove: list[str]) -> Conversation:
        current = await self._client.get_labels(self.account_id, conversation_id)
        dropped = set(remove)
        wanted = [t for t in current if t not in dropped] + [t for t in add if t not in current]
        if wanted != list(current):
            await self._client.set_labels(self.account_id, conversation_id, list(dict.fromkeys(wanted)))
        return await self.refresh(conversation_id)

    # -- escalation -------------------------------------------------------------------------------
    async def escalate(self, escalation: Escalation) -> Conversation:
        """Team, then agent, then priority, then the reason as a private note. If a step fails, the
        steps already done are undone (best effort) and the error propagates."""
        escalation.validate()
        cid = escalation.conversation_id
        before = await self._client.get_conversation(self.account_id, cid)
        try:
            if escalation.team_id is not None and (before.team is None or before.team.id != escalation.team_id):
                await self._client.assign_team(self.account_id, cid, escalation.team_id)
            current_agent = before.assignee.id if before.assignee else None
            target_agent: object = _KEEP
            if escalation.agent_id is not None:
                target_agent = escalation.agent_id
            elif escalation.unassign_agent:
                target_agent = None
            if target_agent is not _KEEP and target_agent != current_agent:
                await self._client.assign_agent(self.account_id, cid, target_agent)  # type: ignore[arg-type]
            if escalation.priority is not None and escalation.priority is not before.priority:
                await self._client.set_priority(self.account_id, cid, escalation.priority)
            if escalation.reason.strip():
                note = await self._client.send_message(self.account_id, cid, escalation.reason.strip(), private=True)
                self.note_sent.emit(note)
        except Exception:
            await self._restore(before)
            raise
        return await self.refresh(cid)

    async def _restore(self, before: Conversation) -> None:
        """Put team, assignee and priority back as they were (best effort: the original error is what
        the agent sees). Compares with the server's state, so an ambiguous failure is undone too."""
        cid = before.id
        try:
            now = await self._client.get_conversation(self.account_id, cid)
        except Exception:
            return
        steps: list[Callable[[], Awaitable[object]]] = []
        old_team = before.team.id if before.team else None
        if (now.team.id if now.team else None) != old_team:
            steps.append(lambda: self._client.assign_team(self.account_id, cid, old_team))
        old_agent = before.assignee.id if before.assignee else None
        if (now.assignee.id if now.assignee else None) != old_agent:
            steps.append(lambda: self._client.assign_agent(self.account_id, cid, old_agent))
        if now.priority is not before.priority:
            steps.append(lambda: self._client.set_priority(self.account_id, cid, before.priority))
        for step in steps:
            try:
                await step()
            except Exception:
                continue
