"""Realtime frame decoding without a socket: every §11.2 event name maps to its domain event, events of another
workspace are dropped, the wire helpers (URL, identifier, frames, backoff) follow §11.1, and fuzzed payloads
raise only `MalformedResponse` (never KeyError/TypeError)."""

from __future__ import annotations

import json
import random
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime_events import decode_event, event_name, read_frame
from desktop.domain.errors import MalformedResponse
from desktop.domain.events import (
    CacheInvalidated,
    ContactChanged,
    ConversationChanged,
    ConversationMentioned,
    MessageCreated,
    MessageUpdated,
    NotificationChanged,
    PresenceUpdate,
    ServerCommand,
    Typing,
    UnknownEvent,
)
from desktop.domain.models import Availability, ConversationStatus, MessageType, SenderKind
from tests.api import payloads


def frame(event: str, data: Any) -> dict[str, Any]:
    return {"event": event, "data": data}


def test_message_created_keeps_echo_id_and_performer() -> None:
    data = payloads.message_push(
        echo_id="e-1", message_type=1, sender_type="User", sender=payloads.user_push()
    )
    data["performer"] = payloads.user_push()
    event = decode_event(frame("message.created", data), 1)
    assert isinstance(event, MessageCreated)
    assert event.account_id == 1 and event.performer_id == 2
    assert event.message.echo_id == "e-1" and event.message.message_type is MessageType.OUTGOING
    assert event.message.conversation_id == 42


def test_message_updated_and_first_reply() -> None:
    for name in ("message.updated", "first.reply.created"):
        event = decode_event(frame(name, payloads.message_push(status="read")), 1)
        assert isinstance(event, MessageUpdated)
        assert event.message.id == 9002


@pytest.mark.parametrize(
    "name",
    [
        "conversation.created",
        "conversation.updated",
        "conversation.status_changed",
        "conversation.read",
        "conversation.contact_changed",
        "assignee.changed",
        "team.changed",
    ],
)
def test_conversation_events(name: str) -> None:
    event = decode_event(frame(name, payloads.conversation_push()), 1)
    assert isinstance(event, ConversationChanged)
    assert event.name == name
    assert event.conversation.id == 43 and event.conversation.status is ConversationStatus.SNOOZED


def test_mentioned_typing_presence_contact_notification_cache_commands() -> None:
    mentioned = decode_event(frame("conversation.mentioned", payloads.conversation_push()), 1)
    assert isinstance(mentioned, ConversationMentioned)

    typing = {
        "conversation": payloads.conversation_push(),
        "user": payloads.contact_push(),
        "is_private": False,
        "account_id": 1,
    }
    on = decode_event(frame("conversation.typing_on", typing), 1)
    off = decode_event(frame("conversation.typing_off", typing), 1)
    assert isinstance(on, Typing) and on.on and on.conversation_id == 43 and on.who.kind is SenderKind.CONTACT
    assert isinstance(off, Typing) and not off.on

    presence = decode_event(
        frame(
            "presence.update",
            {"account_id": 1, "users": {"2": "online", "7": "busy"}, "contacts": {"501": "online"}},
        ),
        1,
    )
    assert isinstance(presence, PresenceUpdate)
    assert presence.users == {2: Availability.ONLINE, 7: Availability.BUSY} and presence.contacts == {
        501: "online"
    }

    contact = decode_event(frame("contact.updated", {**payloads.contact_push(), "account_id": 1}), 1)
    assert isinstance(contact, ContactChanged) and contact.contact.name == "منى علي"

    notification = {
        "notification": {
            "id": 5,
            "notification_type": "conversation_mention",
            "primary_actor_id": 43,
            "account_id": 1,
        },
        "unread_count": 3,
        "count": 9,
        "account_id": 1,
    }
    created = decode_event(frame("notification.created", notification), 1)
    assert isinstance(created, NotificationChanged)
    assert (created.unread_count, created.primary_actor_id) == (3, 43)

    cache = decode_event(
        frame("account.cache_invalidated", {"cache_keys": {"label": 1, "inbox": 2}, "account_id": 1}), 1
    )
    assert isinstance(cache, CacheInvalidated) and set(cache.keys) == {"label", "inbox"}

    assert decode_event(frame("user:logout", None), 1) == ServerCommand(1, "user:logout")
    assert decode_event(frame("page:reload", {}), 1) == ServerCommand(1, "page:reload")
    assert decode_event(frame("copilot.message.created", {"account_id": 1}), 1) == UnknownEvent(
        1, "copilot.message.created"
    )


def test_events_of_another_workspace_are_dropped() -> None:
    assert decode_event(frame("message.created", payloads.message_push(account_id=2)), 1) is None
    assert decode_event(frame("presence.update", {"account_id": 3, "users": {}}), 1) is None
    # an event that cannot be placed in a workspace is dropped too
    assert decode_event(frame("contact.updated", payloads.contact_push()), 1) is None


def test_cable_url_and_identifier() -> None:
    assert proto.cable_url("https://chat.example.com") == "wss://chat.example.com/cable"
    assert proto.cable_url("http://127.0.0.1:8080/") == "ws://127.0.0.1:8080/cable"
    assert proto.cable_url("https://example.com/support") == "wss://example.com/support/cable"
    assert proto.cable_url("chat.example.com") == "wss://chat.example.com/cable"
    for bad in ("ftp://chat.example.com", "https://", ""):
        with pytest.raises(ValueError):
            proto.cable_url(bad)
    identifier = proto.room_identifier(pubsub_token="tok", account_id=3, user_id=7)
    assert identifier == '{"channel":"RoomChannel","pubsub_token":"tok","account_id":3,"user_id":7}'
    command = json.loads(proto.presence_command(identifier))
    assert command["identifier"] == identifier and json.loads(command["data"]) == {
        "action": "update_presence"
    }


def test_failure_descriptions() -> None:
    assert (
        proto.describe_failure(ConnectionRefusedError(111, "Connection refused"))
        == "cannot connect: Connection refused"
    )
    assert "timed out" in proto.describe_failure(TimeoutError())


def test_unknown_presence_values_count_as_offline() -> None:
    event = decode_event(frame("presence.update", {"account_id": 1, "users": {"4": "away"}}), 1)
    assert isinstance(event, PresenceUpdate) and event.users == {4: Availability.OFFLINE}
    with pytest.raises(MalformedResponse):
        decode_event(frame("presence.update", {"account_id": 1, "users": {"4": 1}}), 1)


def test_parse_frame_rejects_garbage() -> None:
    assert proto.parse_frame('{"type":"ping","message":1}').type == "ping"
    disconnect = proto.parse_frame('{"type":"disconnect","reason":"server_restart","reconnect":false}')
    assert disconnect.reason == "server_restart" and disconnect.reconnect is False
    for raw in ("not json", "[1,2]", '{"type": 5}', '{"identifier": {}}', b"\xff\xfe"):
        with pytest.raises(proto.FrameError):
            proto.parse_frame(raw)


def test_backoff_is_jittered_exponential_and_bounded() -> None:
    backoff = proto.Backoff(1.0, 8.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(8)]
    for attempt, delay in enumerate(delays):
        ceiling = min(8.0, 2.0**attempt)
        assert ceiling / 2 <= delay <= ceiling
    backoff.reset()
    assert backoff.next_delay() <= 1.0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
names = st.sampled_from(
    [
        "message.created",
        "message.updated",
        "conversation.updated",
        "assignee.changed",
        "conversation.typing_on",
        "presence.update",
        "contact.updated",
        "notification.created",
        "account.cache_invalidated",
        "user:logout",
        "something.else",
    ]
)


@settings(max_examples=300, deadline=None)
@given(names, json_values, st.sampled_from([None, 1, "1", 2, "x"]))
def test_fuzzed_payloads_raise_only_malformed_response(name: str, data: Any, account: Any) -> None:
    if isinstance(data, dict) and account is not None:
        data["account_id"] = account
    try:
        decode_event({"event": name, "data": data}, 1)
    except MalformedResponse:
        pass


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["message.created", "conversation.status_changed"]), st.data())
def test_fuzzed_real_shapes_with_one_field_broken(name: str, draw: st.DataObject) -> None:
    data = payloads.message_push() if name.startswith("message") else payloads.conversation_push()
    field = draw.draw(st.sampled_from(sorted(data)))
    data[field] = draw.draw(json_values)
    try:
        decode_event({"event": name, "data": data}, 1)
    except MalformedResponse:
        pass


# -- frames decoded straight from their text (read_frame) -------------------------------------------------
IDENTIFIER = proto.room_identifier(pubsub_token="tok", account_id=1, user_id=2)


def data_frame(event: str, data: Any) -> str:
    return json.dumps({"identifier": IDENTIFIER, "message": {"event": event, "data": data}}, ensure_ascii=False)


def sample_events() -> list[tuple[str, Any]]:
    typing = {"conversation": payloads.conversation_push(), "user": payloads.user_push(), "is_private": True,
              "account_id": 1}
    notification = {"notification": {"id": 5, "notification_type": "conversation_mention", "primary_actor_id": 43},
                    "unread_count": 3, "account_id": 1}
    performed = {**payloads.message_push(), "performer": payloads.user_push()}
    return [
        ("message.created", payloads.message_push()), ("message.created", performed),
        ("message.updated", payloads.message_push(status="read")), ("first.reply.created", payloads.message_push()),
        ("conversation.updated", payloads.conversation_push()), ("assignee.changed", payloads.conversation_push()),
        ("conversation.mentioned", payloads.conversation_push()), ("conversation.typing_on", typing),
        ("presence.update", {"account_id": 1, "users": {"2": "online", "9": "away"}, "contacts": {"5": "online"}}),
        ("contact.updated", {**payloads.contact_push(), "account_id": 1}),
        ("notification.deleted", notification), ("account.cache_invalidated", {"cache_keys": {"a": 1}, "account_id": 1}),
        ("user:logout", None), ("page:reload", {"account_id": 1}), ("copilot.thing", {"account_id": 1}),
        ("message.created", payloads.message_push(account_id=2)), ("contact.updated", payloads.contact_push()),
    ]


@pytest.mark.parametrize(("name", "data"), sample_events())
def test_read_frame_decodes_like_parse_frame(name: str, data: Any) -> None:
    text = data_frame(name, data)
    for raw in (text, text.encode()):
        fast, slow = read_frame(raw), proto.parse_frame(raw)
        assert (fast.type, fast.identifier, fast.reason, fast.reconnect) == \
            (slow.type, slow.identifier, slow.reason, slow.reconnect)
        assert event_name(fast.message) == event_name(slow.message) == name
        assert decode_event(fast.message, 1) == decode_event(slow.message, 1)
    # the message as JSON bytes (what a caller holding the raw message passes) decodes alike too
    message = json.dumps({"event": name, "data": data}).encode()
    assert decode_event(message, 1) == decode_event(msgspec.Raw(message), 1) == decode_event(json.loads(message), 1)


@pytest.mark.parametrize("raw", [
    '{"type":"welcome"}', '{"type":"ping","message":1765705300}', '{"type":"confirm_subscription","identifier":"x"}',
    '{"type":"disconnect","reason":"server_restart","reconnect":false}', '{"type":"disconnect","reason":5}',
    '{"identifier":"x","message":"text"}', '{"identifier":"x","message":null}', '{"identifier":"x"}',
    '{"identifier":"x","message":{"event":"message.created","data":{"id":"not a number"}}}',
])
def test_read_frame_control_and_odd_frames(raw: str) -> None:
    fast, slow = read_frame(raw), proto.parse_frame(raw)
    assert (fast.type, fast.identifier, fast.reason, fast.reconnect) == \
        (slow.type, slow.identifier, slow.reason, slow.reconnect)
    assert (fast.message is None) == (slow.message is None)


@pytest.mark.parametrize("raw", ["not json", "[1,2]", '{"type": 5}', '{"identifier": {}}', b"\xff\xfe", "",
                                 "[" * 100_000, '{"message": ' + "[" * 100_000 + "]" * 100_000 + "}"])
def test_read_frame_rejects_garbage(raw: str | bytes) -> None:
    with pytest.raises(proto.FrameError):
        read_frame(raw)


def test_malformed_data_in_a_frame_is_malformed_with_its_path() -> None:
    frame_ = read_frame(data_frame("message.created", payloads.message_push(id="x")))
    with pytest.raises(MalformedResponse) as caught:
        decode_event(frame_.message, 1)
    assert "message.created" in str(caught.value.detail) and ".id" in str(caught.value.detail)
    assert "x" not in str(caught.value.detail).replace("expected", "").replace("Expected", "")  # no values


def test_huge_and_deep_frames() -> None:
    """An 8 MB message (the websocket's size limit) decodes; hostile nesting inside data is malformed."""
    content = "الشحنة " * 1_100_000
    text = data_frame("message.created", payloads.message_push(content=content))
    assert len(text.encode()) > 7_000_000
    event = decode_event(read_frame(text).message, 1)
    assert isinstance(event, MessageCreated) and event.message.content == content
    deep = data_frame("message.created", payloads.message_push()).replace(
        '"content_attributes": {', '"content_attributes": {"x": ' + "[" * 50_000 + "]" * 50_000 + ", ", 1)
    with pytest.raises((MalformedResponse, proto.FrameError)):
        decode_event(read_frame(deep).message, 1)


text_without_surrogates = st.text(st.characters(exclude_categories=["Cs"]), max_size=5)
json_text_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | text_without_surrogates,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text_without_surrogates, children, max_size=4),
    max_leaves=12,
)


def _outcome(message: Any) -> object:
    try:
        return decode_event(message, 1)
    except MalformedResponse:
        return MalformedResponse


@settings(max_examples=300, deadline=None)
@given(names, json_text_values, st.sampled_from([None, 1, "1", 2, "x"]))
def test_fuzzed_frames_decode_alike_parsed_or_from_bytes(name: str, data: Any, account: Any) -> None:
    if isinstance(data, dict) and account is not None:
        data["account_id"] = account
    text = data_frame(name, data)
    expected = _outcome(proto.parse_frame(text).message)
    assert _outcome(read_frame(text).message) == expected
    assert _outcome(read_frame(text.encode()).message) == expected


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["message.created", "conversation.status_changed", "contact.updated"]), st.data())
def test_fuzzed_real_shapes_from_bytes_decode_alike(name: str, draw: st.DataObject) -> None:
    data = (payloads.message_push() if name.startswith("message") else payloads.conversation_push()
            if name.startswith("conversation") else {**payloads.contact_push(), "account_id": 1})
    for _ in range(draw.draw(st.integers(min_value=1, max_value=3))):
        data[draw.draw(st.sampled_from(sorted(data)))] = draw.draw(json_text_values)
    text = data_frame(name, data)
    assert _outcome(read_frame(text).message) == _outcome(proto.parse_frame(text).message)
