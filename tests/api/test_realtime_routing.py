"""The reader's per-frame routing (`RealtimeClient._handle`): a known event's data frame is matched to its
subscription by the identifier's JSON text as received, and every frame routes exactly as when it is read
with `read_frame` and matched by the parsed identifier (escaped otherwise, another channel's, control frames,
unknown events, garbage)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.api.chatwoot.realtime_events import read_frame
from desktop.domain.events import Event, MessageCreated
from tests.api import payloads
from tests.api.test_realtime_decode import json_text_values, names, sample_events

TOKEN, USER = "tok", 2


def client(events: list[Event]) -> RealtimeClient:
    return RealtimeClient("http://127.0.0.1:9", pubsub_token=TOKEN, user_id=USER, account_ids=[1, 2],
                          on_event=events.append)


def identifier(account_id: int) -> str:
    return proto.room_identifier(pubsub_token=TOKEN, account_id=account_id, user_id=USER)


def frame(identifier_json: str, event: str, data: Any) -> bytes:
    message = json.dumps({"event": event, "data": data}, ensure_ascii=False)
    return ('{"identifier":' + identifier_json + ',"message":' + message + "}").encode()


def routed_as_read(raw: bytes) -> list[Event]:
    """What the reader did before it compared identifiers as received: read the frame, match the parsed one."""
    events: list[Event] = []
    realtime = client(events)
    try:
        parsed = read_frame(raw)
    except proto.FrameError:
        return events
    sub = realtime._subs.by_identifier(parsed.identifier)
    if sub is not None and parsed.type is None and parsed.message is not None:
        realtime._subs.dispatch(sub, parsed.message)
    return events


def handled(raw: bytes) -> list[Event]:
    events: list[Event] = []
    client(events)._handle(raw)
    return events


def escapings(text: str) -> list[str]:
    """The identifier as JSON string literals: as `json.dumps` writes it, and escaped as other encoders may."""
    plain = json.dumps(text)
    return [plain, plain.replace('\\"', "\\u0022"), plain.replace(":", "\\u003a"), plain.replace("R", "\\u0052")]


def test_a_data_frame_reaches_its_subscription_however_its_identifier_is_escaped() -> None:
    for account in (1, 2):
        for literal in escapings(identifier(account)):
            events = handled(frame(literal, "message.created", payloads.message_push(account_id=account)))
            assert len(events) == 1 and isinstance(events[0], MessageCreated) and events[0].account_id == account


def test_frames_of_other_channels_and_stale_identifiers_are_dropped() -> None:
    stale = proto.room_identifier(pubsub_token="old", account_id=1, user_id=USER)
    for literal in (json.dumps(stale), json.dumps(identifier(3)), "5", "null", '""', json.dumps(identifier(1) + " ")):
        assert handled(frame(literal, "message.created", payloads.message_push())) == []


def test_every_sample_event_routes_as_read() -> None:
    for account in (1, 2):
        for literal in escapings(identifier(account)):
            for name, data in sample_events():
                raw = frame(literal, name, data)
                assert handled(raw) == routed_as_read(raw), (name, literal)


def test_control_frames_still_confirm_the_subscription() -> None:
    events: list[Event] = []
    realtime = client(events)
    sub = realtime._subs.get(1)
    assert sub is not None and not sub.confirmed
    realtime._handle(json.dumps({"identifier": identifier(1), "type": "confirm_subscription"}).encode())
    realtime._handle(b'{"type":"ping","message":1700000000}')
    assert sub.confirmed


@settings(max_examples=300, deadline=None)
@given(names, json_text_values, st.sampled_from([None, 1, "1", 2, "x"]), st.integers(0, 3), st.integers(1, 3))
def test_fuzzed_frames_route_as_read(name: str, data: Any, account: Any, escaping: int, target: int) -> None:
    if isinstance(data, dict) and account is not None:
        data["account_id"] = account
    raw = frame(escapings(identifier(target))[escaping], name, data)
    assert handled(raw) == routed_as_read(raw)
