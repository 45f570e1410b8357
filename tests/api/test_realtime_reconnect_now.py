"""Reconnecting without waiting out a long back-off (the sandbox over a real loopback websocket): at once
when told the network is back or the machine woke (`reconnect_now`, which also replaces a socket that may
be dead), and with a low cap while the server answers REST. Handshakes are counted by the sandbox."""

from __future__ import annotations

import asyncio
import time

from desktop.domain.events import ConnectionChanged, ConnectionState
from desktop.sandbox.testing import RunningSandbox
from tests.api.realtime_support import Recorder, Rest, connected, realtime_for

LONG = (20.0, 30.0)  # a back-off that would make each of these tests time out if it were waited out


async def _refused(sandbox: RunningSandbox, client: object, recorder: Recorder, failures: int) -> int:
    """Drop the socket with handshakes refused; return once `failures` connections were lost or refused."""
    mark = len(recorder.events)
    sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
    await recorder.wait_for(lambda e: isinstance(e, ConnectionChanged) and e.state is ConnectionState.RECONNECTING,
                            start=mark)
    async with asyncio.timeout(10):
        while client.connect_failures < failures:  # type: ignore[attr-defined]
            await asyncio.sleep(0.02)
    return mark


async def test_reconnect_now_skips_a_long_backoff(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, await rest.profile(), [1], recorder, backoff=LONG)
    try:
        await recorder.wait_connected([1])
        mark = await _refused(fresh_sandbox, client, recorder, 1)
        await asyncio.sleep(0.3)  # now waiting out a back-off of 10-20 s
        fresh_sandbox.set_faults(refuse_websockets=False)
        began = time.monotonic()
        client.reconnect_now()  # e.g. the OS says the network is back
        await recorder.wait_for(connected(1, reconnected=True), start=mark, timeout=5)
        assert time.monotonic() - began < 5  # not the 10-30 s the back-off had drawn
    finally:
        fresh_sandbox.clear_faults()
        await client.stop()
        await rest.http.aclose()


async def test_reconnect_now_replaces_a_live_socket(fresh_sandbox: RunningSandbox) -> None:
    """After a sleep or a change of network the socket may be dead without knowing it yet: replaced now."""
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, await rest.profile(), [1], recorder, backoff=LONG,
                                ping_timeout=60.0)
    try:
        await recorder.wait_connected([1])
        before = fresh_sandbox.requests().get("WS /cable", 0)
        mark = len(recorder.events)
        client.reconnect_now()
        await recorder.wait_for(connected(1, reconnected=True), start=mark, timeout=5)
        assert fresh_sandbox.requests().get("WS /cable", 0) == before + 1
    finally:
        await client.stop()
        await rest.http.aclose()


async def test_the_backoff_is_capped_low_while_rest_answers(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, await rest.profile(), [1], recorder, backoff=LONG,
                                rest_answering=lambda: True, rest_cap=0.5)
    try:
        await recorder.wait_connected([1])
        mark = await _refused(fresh_sandbox, client, recorder, 2)  # the drop, then a refusal
        await asyncio.sleep(1.5)  # a few more refused attempts, each after at most 0.5 s
        assert client.connect_failures >= 3
        fresh_sandbox.set_faults(refuse_websockets=False)
        await recorder.wait_for(connected(1, reconnected=True), start=mark, timeout=3)
    finally:
        fresh_sandbox.clear_faults()
        await client.stop()
        await rest.http.aclose()
