"""No frame of any shape may do more than skip itself: nesting depth and size fuzzed through `parse_frame`,
and a deeply nested frame sent over a real loopback websocket must be skipped while the connection stays up
(it used to escape `parse_frame` as a RecursionError and drop the socket)."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from websockets.asyncio.server import ServerConnection

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.domain.events import ConnectionChanged, ConnectionState, PresenceUpdate
from tests.api.realtime_support import Recorder
from tests.api.test_realtime_resilience import ScriptedCable, client, confirm_next_subscribe, idle


def nested(depth: int, opener: str = "[", closer: str = "]", inner: str = "1") -> str:
    return opener * depth + inner + closer * depth


def nested_objects(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("depth", [proto.MAX_DEPTH + 1, 2_000, 100_000, 1_000_000])
def test_deep_frames_are_frame_errors(depth: int) -> None:
    for text in (nested(depth), nested_objects(depth), '{"type":null,"message":' + nested(depth) + "}",
                 '{"identifier":"x","message":' + nested_objects(depth) + "}"):
        with pytest.raises(proto.FrameError):
            proto.parse_frame(text)
        with pytest.raises(proto.FrameError):
            proto.parse_frame(text.encode())


def test_frames_up_to_the_limit_parse() -> None:
    frame = proto.parse_frame('{"identifier":"x","message":' + nested(proto.MAX_DEPTH - 2) + "}")
    assert frame.identifier == "x" and frame.message is not None


@settings(max_examples=150, deadline=None)
@given(depth=st.integers(min_value=0, max_value=50_000), width=st.integers(min_value=0, max_value=2_000),
       kind=st.sampled_from(["[", "{", "mix"]), cut=st.integers(min_value=0, max_value=10))
def test_any_depth_and_size_only_raises_frame_error(depth: int, width: int, kind: str, cut: int) -> None:
    if kind == "[":
        body = nested(depth, inner=",".join(["1"] * width) or "1")
    elif kind == "{":
        body = nested_objects(depth)
    else:
        body = '{"a":[' * depth + json.dumps("x" * width) + "]}" * depth
    text = '{"identifier":"x","message":' + body + "}"
    if cut:
        text = text[: max(0, len(text) - cut)]  # truncated frames too
    try:
        frame = proto.parse_frame(text)
    except proto.FrameError:
        return
    assert frame.identifier == "x"


async def test_a_deeply_nested_frame_is_skipped_and_the_socket_stays() -> None:
    sent = asyncio.Event()

    async def script(ws: ServerConnection, n: int) -> None:
        identifier = await confirm_next_subscribe(ws)
        for depth in (10_000, 200_000):
            await ws.send('{"identifier":' + json.dumps(identifier) + ',"message":' + nested(depth) + "}")
            await ws.send(nested_objects(depth))
        await ws.send(json.dumps({"identifier": identifier, "message": {
            "event": "presence.update", "data": {"account_id": 1, "users": {"3": "online"}}}}))
        sent.set()
        await idle(ws)

    recorder = Recorder()
    async with ScriptedCable(script) as cable:
        realtime = client(cable.url, recorder)
        await realtime.start()
        try:
            await recorder.wait_for(lambda e: isinstance(e, PresenceUpdate))
            await sent.wait()
            assert cable.connections == 1  # never reconnected: the bad frames only skipped themselves
            assert not any(isinstance(e, ConnectionChanged) and e.state is ConnectionState.RECONNECTING
                           for e in recorder.events)
        finally:
            await realtime.stop()
