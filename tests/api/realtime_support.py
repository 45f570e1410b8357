"""Helpers for the realtime tests: a `Recorder` that is the client's `on_event` and lets a test await the
first event matching a predicate (with a timeout, so a missing event fails instead of hanging)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from desktop.domain.events import ConnectionChanged, ConnectionState, Event


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    async def wait_for(
        self, predicate: Callable[[Event], bool], *, timeout: float = 10.0, start: int = 0
    ) -> Event:
        """The first event (from index `start`) matching `predicate`, waiting up to `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                for event in self.events[start:]:
                    if predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()

    async def wait_connected(self, account_ids: list[int], *, timeout: float = 10.0, start: int = 0) -> None:
        for account_id in account_ids:
            await self.wait_for(
                lambda e, a=account_id: (
                    isinstance(e, ConnectionChanged)  # type: ignore[misc]
                    and e.account_id == a
                    and e.state is ConnectionState.CONNECTED
                ),
                timeout=timeout,
                start=start,
            )
