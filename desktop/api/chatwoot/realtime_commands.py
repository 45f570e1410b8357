"""The commands the realtime client sends on its live socket for the workspaces' subscriptions.

`subscribe` (with a confirmation deadline: none within `confirm_timeout` → the subscription failed),
`unsubscribe`, the `update_presence` loop, and the changes that need them: a rotated pubsub token (every
workspace re-subscribed), a workspace added or removed, a failed subscription tried again. Frames are sent
through the client's `send` (False when no socket is up: the next connection subscribes everything) and
the deadline and presence tasks are owned by the client's current connection (`own`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime_subscriptions import Subscription, SubscriptionSet
from desktop.domain.events import ConnectionState

Own = Callable[[Coroutine[Any, Any, None], str], "asyncio.Task[None]"]


class SubscriptionCommands:
    def __init__(self, subs: SubscriptionSet, send: Callable[[str], Awaitable[bool]], own: Own, *,
                 confirm_timeout: float, presence_interval: float) -> None:
        self._subs = subs
        self._send = send
        self._own = own
        self._confirm_timeout = confirm_timeout
        self._presence_interval = presence_interval

    async def subscribe(self, sub: Subscription) -> None:
        if await self._send(proto.subscribe_command(sub.identifier)):
            sub.cancel_timer()
            sub.timer = self._own(self._confirm_deadline(sub), f"realtime:confirm:{sub.account_id}")

    async def unsubscribe(self, sub: Subscription) -> None:
        sub.cancel_timer()
        self._subs.unconfirm(sub)
        await self._send(proto.unsubscribe_command(sub.identifier))

    async def _confirm_deadline(self, sub: Subscription) -> None:
        await asyncio.sleep(self._confirm_timeout)
        sub.timer = None
        if not sub.confirmed and self._subs.is_current(sub):
            self._subs.failed(sub, f"no confirmation within {self._confirm_timeout:g} s")

    async def presence_loop(self) -> None:
        while True:
            await asyncio.sleep(self._presence_interval)
            for sub in self._subs.all():
                if sub.confirmed:
                    await self._send(proto.presence_command(sub.identifier))

    async def set_token(self, pubsub_token: str) -> None:
        """The token rotates when the password changes: re-subscribe every workspace with the new one."""
        if pubsub_token == self._subs.token:
            return
        for sub in self._subs.all():
            await self.unsubscribe(sub)
        self._subs.set_token(pubsub_token)
        for sub in self._subs.all():
            await self.subscribe(sub)

    async def add(self, account_id: int, *, running: bool) -> None:
        if self._subs.get(account_id) is not None:
            return
        sub = self._subs.add(account_id)
        if running:
            self._subs.set_state(sub, ConnectionState.CONNECTING)
            await self.subscribe(sub)

    async def remove(self, account_id: int) -> None:
        sub = self._subs.remove(account_id)
        if sub is not None:
            await self.unsubscribe(sub)
            self._subs.set_state(sub, ConnectionState.OFFLINE, reason="removed")

    async def resubscribe(self, account_id: int) -> None:
        """Try a failed subscription again on the live connection (every reconnect retries it anyway)."""
        sub = self._subs.get(account_id)
        if sub is not None and not sub.confirmed:
            await self.unsubscribe(sub)
            await self.subscribe(sub)
