"""The commands the realtime client sends on its live socket for the workspaces' subscriptions.

`subscribe` (with a confirmation deadline: none within `confirm_timeout` → the subscription failed),
`unsubscribe`, the `update_presence` loop, and a rotated pubsub token (every workspace re-subscribed with
the new one). Frames are sent
through the client's `send` (False when no socket is up: the next connection subscribes everything) and
the deadline and presence tasks are owned by the client's current connection (`own`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime_subscriptions import Subscription, SubscriptionSet

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
