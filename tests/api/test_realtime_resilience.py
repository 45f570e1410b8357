"""The realtime client against a scripted ActionCable server on a real loopback websocket, for what the sandbox
cannot be asked to do: send malformed frames, a `disconnect` frame, or answer a subscribe with a reject.
None of these may kill the connection (except `reconnect: false`, which must stop the retries), and `stop()`
must leave no task behind."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.typing import Subprotocol

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import (
    ConnectionChanged,
    ConnectionState,
    Event,
    PresenceUpdate,
    SubscriptionFailed,
)
from tests.api.realtime_support import Recorder

Script = Callable[[ServerConnection, int], Awaitable[None]]


class ScriptedCable:
    """Serves /cable on 127.0.0.1; each connection runs `script(ws, n)` (n = 1 for the first connection)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.url = ""

    async def _handler(self, ws: ServerConnection) -> None:
        self.connections += 1
        await ws.send(json.dumps({"type": "welcome"}))
        await self.script(ws, self.connections)

    async def __aenter__(self) -> ScriptedCable:
        self._server = await serve(
            self._handler, "127.0.0.1", 0, subprotocols=[Subprotocol("actioncable-v1-json")]
        )
        port = next(iter(self._server.sockets)).getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        await self._server.wait_closed()


async def confirm_next_subscribe(ws: ServerConnection) -> str:
    command = json.loads(await ws.recv())
    assert command["command"] == "subscribe"
    await ws.send(json.dumps({"identifier": command["identifier"], "type": "confirm_subscription"}))
    return str(command["identifier"])


async def idle(ws: ServerConnection) -> None:
    async for _ in ws:  # keep the socket open, ignore presence commands
        pass


SECRET = "pubsub-secret-0123456789"


def client(url: str, recorder: Recorder, **options: Any) -> RealtimeClient:
    defaults: dict[str, Any] = {
        "backoff": (0.05, 0.2),
        "confirm_timeout": 1.0,
        "ping_timeout": 5.0,
        "pubsub_token": "tok",
    }
    defaults.update(options)
    return RealtimeClient(url, user_id=7, account_ids=[1], on_event=recorder, **defaults)


async def test_malformed_frames_are_skipped_and_the_connection_survives(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop.api.chatwoot")

    async def script(ws: ServerConnection, n: int) -> None:
        identifier = await confirm_next_subscribe(ws)
        for bad in (
            "not json",
            "[1, 2, 3]",
            b"\x00\xff",
            json.dumps({"identifier": identifier, "message": "a string"}),
            json.dumps({"identifier": identifier, "message": {"data": {}}}),
            json.dumps(
                {
                    "identifier": identifier,
                    "message": {"event": "message.created", "data": {"account_id": 1, "id": "x"}},
                }
            ),
            json.dumps(
                {
                    "identifier": identifier,
                    "message": {"event": "presence.update", "data": {"account_id": 1, "users": {"2": 5}}},
                }
            ),
            json.dumps(
                {
                    "identifier": "someone else's",
                    "message": {"event": "presence.update", "data": {"account_id": 1}},
                }
            ),
        ):
            await ws.send(bad)
        # a text frame that is not UTF-8 (a broken server or proxy): the client reads the frame's bytes as
        # they came, so it is one malformed frame more, skipped, not a reason to drop the connection
        event = {"event": "message.created", "data": {"account_id": 1, "id": 5, "content": "@"}}
        text = json.dumps({"identifier": identifier, "message": event}).encode()
        await ws.send(text.replace(b"@", b"\xd8\xff"), text=True)
        good = {
            "event": "presence.update",
            "data": {"account_id": 1, "users": {"2": "online"}, "contacts": {}},
        }
        await ws.send(json.dumps({"identifier": identifier, "message": good}))
        await idle(ws)

    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder, pubsub_token=SECRET)
        await realtime.start()
        try:
            presence = await recorder.wait_for(lambda e: isinstance(e, PresenceUpdate))
            assert isinstance(presence, PresenceUpdate) and presence.users == {2: "online"}
            assert realtime.state(1) is ConnectionState.CONNECTED
            assert cable.connections == 1
            assert [e for e in recorder.events if isinstance(e, PresenceUpdate)] == [presence]
            skipped = [r for r in caplog.records if "skipped" in r.getMessage()]
            assert len(skipped) >= 6  # every bad frame is logged ...
            assert SECRET not in caplog.text  # ... without the identifier (it holds the pubsub token)
        finally:
            await realtime.stop()


async def test_disconnect_without_reconnect_stops_retrying() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        await confirm_next_subscribe(ws)
        await ws.send(json.dumps({"type": "disconnect", "reason": "unauthorized", "reconnect": False}))
        await idle(ws)

    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder)
        await realtime.start()
        try:
            await recorder.wait_for(
                lambda e: isinstance(e, ConnectionChanged) and e.state is ConnectionState.OFFLINE
            )
            await asyncio.sleep(0.5)  # several backoff periods: no new connection may be made
            assert cable.connections == 1
            assert not realtime.running
            assert realtime.last_error is not None and "unauthorized" in realtime.last_error
        finally:
            await realtime.stop()


async def test_disconnect_with_reconnect_resubscribes_and_flags_the_reconnect() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        await confirm_next_subscribe(ws)
        if n == 1:
            await ws.send(json.dumps({"type": "disconnect", "reason": "server_restart", "reconnect": True}))
        await idle(ws)

    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder)
        await realtime.start()
        try:
            back = await recorder.wait_for(
                lambda e: (
                    isinstance(e, ConnectionChanged)
                    and e.state is ConnectionState.CONNECTED
                    and e.reconnected
                )
            )
            assert isinstance(back, ConnectionChanged) and back.offline_seconds > 0
            states = [e.state for e in recorder.events if isinstance(e, ConnectionChanged)]
            assert states == [
                ConnectionState.CONNECTING,
                ConnectionState.CONNECTED,
                ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED,
            ]
            assert cable.connections == 2
        finally:
            await realtime.stop()


async def test_reject_frame_fails_the_subscription_at_once_and_handler_errors_are_contained() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        command = json.loads(await ws.recv())
        await ws.send(json.dumps({"identifier": command["identifier"], "type": "reject_subscription"}))
        await idle(ws)

    seen: list[Event] = []

    def exploding_handler(event: Event) -> None:
        seen.append(event)
        raise RuntimeError("a bug in a service")

    async with ScriptedCable(script) as cable:
        realtime = RealtimeClient(
            cable.url,
            pubsub_token="tok",
            user_id=7,
            account_ids=[1],
            on_event=exploding_handler,
            confirm_timeout=30.0,
        )
        await realtime.start()
        try:
            for _ in range(100):
                if any(isinstance(e, SubscriptionFailed) for e in seen):
                    break
                await asyncio.sleep(0.02)
            failed = [e for e in seen if isinstance(e, SubscriptionFailed)]
            assert failed and "rejected" in failed[0].reason
            assert realtime.state(1) is ConnectionState.OFFLINE
            assert realtime.running and cable.connections == 1
        finally:
            await realtime.stop()


async def test_presence_heartbeat_on_the_wire_and_stop_leaves_no_task_behind() -> None:
    commands: list[dict[str, Any]] = []
    identifiers: list[str] = []

    async def script(ws: ServerConnection, n: int) -> None:
        identifiers.append(await confirm_next_subscribe(ws))
        async for raw in ws:
            commands.append(json.loads(raw))

    before = asyncio.all_tasks()
    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder, presence_interval=0.05)
        await realtime.start()
        await recorder.wait_for(
            lambda e: isinstance(e, ConnectionChanged) and e.state is ConnectionState.CONNECTED
        )
        await asyncio.sleep(0.3)  # a few heartbeats
        await realtime.stop()
        leftovers = [t for t in asyncio.all_tasks() - before if t.get_name().startswith("realtime")]
        assert leftovers == []
        assert realtime.state(1) is ConnectionState.OFFLINE
    assert json.loads(identifiers[0]) == {
        "channel": "RoomChannel",
        "pubsub_token": "tok",
        "account_id": 1,
        "user_id": 7,
    }
    assert len(commands) >= 3
    for command in commands:
        assert command["command"] == "message" and command["identifier"] == identifiers[0]
        assert json.loads(command["data"]) == {"action": "update_presence"}


async def test_no_confirm_fails_the_subscription() -> None:
    received: list[str] = []

    async def script(ws: ServerConnection, n: int) -> None:
        async for raw in ws:
            command = json.loads(raw)
            received.append(command["command"])  # never confirmed

    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder, confirm_timeout=0.3)
        await realtime.start()
        try:
            failed = await recorder.wait_for(lambda e: isinstance(e, SubscriptionFailed))
            assert isinstance(failed, SubscriptionFailed) and "0.3 s" in failed.reason
            assert received[0] == "subscribe" and cable.connections == 1
        finally:
            await realtime.stop()
