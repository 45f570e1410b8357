"""Waking from sleep: the wall clock runs on while the machine sleeps, the loop's monotonic clock does not.
RealtimeSync notices the jump and reconnects at once (a new websocket handshake on the sandbox, counted by
it) and retries unsent replies, instead of waiting for the ping timeout and a back-off of up to 30 s."""

from __future__ import annotations

import asyncio
import functools
import time
from typing import Any

import pytest

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import ConnectionState
from desktop.services import sync as sync_module
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from tests.services.conftest import wait_for


async def test_a_wake_from_sleep_reconnects_at_once(fresh_sandbox: Any, fresh_mona: SessionService,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_module, "WAKE_CHECK", 0.05)
    slept = 0.0
    factory = functools.partial(RealtimeClient, backoff=(20.0, 30.0), ping_timeout=60.0)
    sync = RealtimeSync(fresh_mona, factory)
    sync._clocks = (lambda: time.time() + slept, time.monotonic)  # the wall clock as a sleep leaves it
    await sync.start()
    try:
        await wait_for(lambda: sync.states.get(1) == ConnectionState.CONNECTED, what="connected")
        handshakes = fresh_sandbox.requests().get("WS /cable", 0)
        states: list[ConnectionState] = []
        sync.connection_changed.connect(lambda account, state: states.append(state) if account == 1 else None)
        slept = 3600.0  # an hour asleep
        await wait_for(lambda: ConnectionState.CONNECTED in states, timeout=5, what="reconnected after waking")
        assert ConnectionState.RECONNECTING in states
        assert fresh_sandbox.requests().get("WS /cable", 0) == handshakes + 1
    finally:
        await sync.stop()


async def test_a_reconnect_asked_for_after_waking_is_not_repeated_by_the_wake_watch(
        fresh_sandbox: Any, fresh_mona: SessionService, monkeypatch: pytest.MonkeyPatch) -> None:
    """The OS reports the network back (the UI calls reconnect_now) before the watch's next look at the
    clocks: the new socket is kept, not replaced again (a second handshake and a second catch-up)."""
    monkeypatch.setattr(sync_module, "WAKE_CHECK", 0.5)
    slept = 0.0
    factory = functools.partial(RealtimeClient, backoff=(20.0, 30.0), ping_timeout=60.0)
    sync = RealtimeSync(fresh_mona, factory)
    sync._clocks = (lambda: time.time() + slept, time.monotonic)
    await sync.start()
    try:
        await wait_for(lambda: sync.states.get(1) == ConnectionState.CONNECTED, what="connected")
        await asyncio.sleep(0.6)  # the watch has looked at least once since the start
        handshakes = fresh_sandbox.requests().get("WS /cable", 0)
        states: list[ConnectionState] = []
        sync.connection_changed.connect(lambda account, state: states.append(state) if account == 1 else None)
        slept = 3600.0
        sync.reconnect_now()  # the network is back, before the watch looks again
        await wait_for(lambda: ConnectionState.CONNECTED in states, timeout=5, what="reconnected")
        await asyncio.sleep(3 * sync_module.WAKE_CHECK)  # the watch has seen the jump
        assert fresh_sandbox.requests().get("WS /cable", 0) == handshakes + 1
        assert states.count(ConnectionState.CONNECTED) == 1
    finally:
        await sync.stop()
