"""Cached lookups of one workspace: inboxes (channels), labels (categories), teams and agents.

Read once with `refresh()`; agents' availability follows presence updates (`apply_presence`); read again when the server says they changed (`CacheInvalidated`, routed by
`services/sync`, which calls `invalidate()`: the refresh then runs in a task owned here; its failure is
emitted on `failed`, never only logged). Signals: changed(), failed(AppError).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop.domain.errors import AppError
from desktop.domain.models import Agent, Availability, Inbox, Label, Team
from desktop.services.observable import Emitter
from desktop.services.owned_tasks import cancel_and_wait

if TYPE_CHECKING:
    import asyncio

    from desktop.api.chatwoot.client import ChatwootClient


class WorkspaceLookups:
    def __init__(self, client: ChatwootClient, account_id: int) -> None:
        self.client = client
        self.account_id = account_id
        self.inboxes: dict[int, Inbox] = {}
        self.labels: dict[str, Label] = {}  # by title (lowercase on the wire)
        self.teams: dict[int, Team] = {}
        self.agents: dict[int, Agent] = {}
        self.loaded = False
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self.changed = Emitter()
        self.failed = Emitter()

    async def refresh(self) -> None:
        import asyncio

        inboxes, labels, teams, agents = await asyncio.gather(
            self.client.inboxes(self.account_id),
            self.client.labels(self.account_id),
            self.client.teams(self.account_id),
            self.client.agents(self.account_id),
        )
        self.inboxes = {i.id: i for i in inboxes}
        self.labels = {label.title: label for label in labels}
        self.teams = {t.id: t for t in teams}
        self.agents = {a.id: a for a in agents}
        self.loaded = True
        self.changed.emit()

    def apply_presence(self, users: dict[int, Availability]) -> None:
        """A presence update: the agents' availability (online/busy/offline) as the server sees it."""
        changed = False
        for agent_id, availability in users.items():
            agent = self.agents.get(agent_id)
            if agent is not None and agent.availability != availability:
                self.agents[agent_id] = dataclasses.replace(agent, availability=availability)
                changed = True
        if changed:
            self.changed.emit()

    def label_color(self, title: str) -> str | None:
        label = self.labels.get(title.lower())
        return label.color if label is not None else None

    def invalidate(self) -> None:
        """The server said labels, inboxes or teams changed: refresh in the background (once at a time)."""
        import asyncio

        if self._task is not None and not self._task.done():
            self._again = True  # changed again while reading: read once more afterwards
            return
        self._task = asyncio.get_running_loop().create_task(self._refresh_reporting(), name="lookups")

    async def _refresh_reporting(self) -> None:
        while True:
            self._again = False
            try:
                await self.refresh()
            except AppError as error:
                self.failed.emit(error)
                return
            if not self._again:
                return

    async def close(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)
