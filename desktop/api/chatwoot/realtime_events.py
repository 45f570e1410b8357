"""Decode the `message` of an ActionCable data frame into a domain event (contract §11.2, §11.3).

`decode_event(message, account_id)` takes `{"event": name, "data": {...}}` as received on the RoomChannel
subscription of workspace `account_id` and returns the matching `desktop.domain.events` event, or None when
the event belongs to another workspace (`data.account_id` differs) and must be dropped. `message` is either
the parsed JSON value or its JSON text as bytes / `msgspec.Raw`: then the data is decoded straight from the
bytes into its wire shape (`read_frame` produces such a frame from a websocket text frame). Malformed
payloads raise `MalformedResponse` only; the realtime client logs and skips them. The conversation, message,
contact and person shapes are shared with the REST decoders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Union

import msgspec

from desktop.api.chatwoot.decode_conversation import conversation_from
from desktop.api.chatwoot.decode_message import message_from
from desktop.api.chatwoot.decode_people import contact_from, person_from
from desktop.api.chatwoot.decode_shapes import (
    ContactShape,
    ConversationShape,
    MessageShape,
    PersonShape,
    Shape,
)
from desktop.api.chatwoot.decode_support import RAW_JSON, constructor, load, pick, table
from desktop.api.chatwoot.realtime_protocol import Frame, FrameError
from desktop.api.chatwoot.wire import to_int
from desktop.domain.errors import MalformedResponse
from desktop.domain.events import (
    CacheInvalidated,
    ContactChanged,
    ConversationChanged,
    ConversationMentioned,
    Event,
    MessageCreated,
    MessageUpdated,
    NotificationChanged,
    PresenceUpdate,
    ServerCommand,
    Typing,
    UnknownEvent,
)
from desktop.domain.models import Availability

CONVERSATION_EVENTS = frozenset(
    {
        "conversation.created",
        "conversation.updated",
        "conversation.status_changed",
        "conversation.read",
        "conversation.contact_changed",
        "assignee.changed",
        "team.changed",
    }
)
CONTACT_EVENTS = frozenset({"contact.created", "contact.updated", "contact.merged", "contact.deleted"})
NOTIFICATION_EVENTS = frozenset({"notification.created", "notification.updated", "notification.deleted"})
SERVER_COMMANDS = frozenset({"user:logout", "page:reload"})

_AVAILABILITY = table(Availability)
_message_created_event = constructor(MessageCreated)
_message_updated_event = constructor(MessageUpdated)
_conversation_event = constructor(ConversationChanged)


# -- the event payloads that are not conversations, messages or contacts -------------------------------------
class _Placed(Shape):
    """Any event data: only the workspace it belongs to is read."""

    account_id: int | None = None


class _Ref(Shape):
    id: int


class _TypingShape(_Placed, kw_only=True):
    conversation: _Ref
    user: PersonShape
    is_private: Any = None


class _PresenceShape(_Placed):
    users: dict[str, str] | None = None
    contacts: dict[str, str] | None = None


class _NotificationBody(Shape):
    id: int
    notification_type: Any = None
    primary_actor_id: int | None = None


class _NotificationShape(_Placed, kw_only=True):
    notification: _NotificationBody
    unread_count: int = 0


class _CacheShape(_Placed):
    cache_keys: dict[str, Any] | None = None


# -- builders: (event name, decoded data, workspace) → event ----------------------------------------------
def _message_created(name: str, data: MessageShape, aid: int) -> Event:
    performer = data.performer
    performer_id = None
    if isinstance(performer, dict) and performer.get("id") is not None:
        performer_id = to_int(performer["id"], f"{name}.performer.id")
    return _message_created_event(aid, message_from(data, name), performer_id)


def _message_updated(name: str, data: MessageShape, aid: int) -> Event:
    return _message_updated_event(aid, message_from(data, name))


def _conversation(name: str, data: ConversationShape, aid: int) -> Event:
    return _conversation_event(aid, name, conversation_from(data, name, aid))


def _mentioned(name: str, data: ConversationShape, aid: int) -> Event:
    return ConversationMentioned(aid, conversation_from(data, name, aid))


def _typing(name: str, data: _TypingShape, aid: int) -> Event:
    return Typing(
        aid,
        conversation_id=data.conversation.id,
        who=person_from(data.user, f"{name}.user"),
        on=name == "conversation.typing_on",
        is_private=data.is_private is True,
    )


def _presence(name: str, data: _PresenceShape, aid: int) -> Event:
    # an availability value we do not know (a newer server) counts as offline
    users = {
        to_int(key, f"{name}.users key"): pick(value, _AVAILABILITY, Availability.OFFLINE)
        for key, value in (data.users or {}).items()
    }
    contacts = {to_int(key, f"{name}.contacts key"): value for key, value in (data.contacts or {}).items()}
    return PresenceUpdate(aid, users=users, contacts=contacts)


def _contact(name: str, data: ContactShape, aid: int) -> Event:
    return ContactChanged(aid, name, contact_from(data))


def _notification(name: str, data: _NotificationShape, aid: int) -> Event:
    body = data.notification
    kind = body.notification_type
    return NotificationChanged(
        aid,
        name,
        unread_count=data.unread_count,
        primary_actor_id=body.primary_actor_id,
        notification_type=kind if isinstance(kind, str) else None,
    )


def _cache(name: str, data: _CacheShape, aid: int) -> Event:
    return CacheInvalidated(aid, tuple(str(k) for k in data.cache_keys or {}))


def _server_command(name: str, data: _Placed, aid: int) -> Event:
    return ServerCommand(aid, name)


_Builder = Callable[[str, Any, int], Event]
_Kind = tuple[type[_Placed] | type[Shape], _Builder]

_MESSAGE_CREATED: _Kind = (MessageShape, _message_created)
_MESSAGE_UPDATED: _Kind = (MessageShape, _message_updated)
_CONVERSATION: _Kind = (ConversationShape, _conversation)
_KINDS: dict[str, _Kind] = {
    "message.created": _MESSAGE_CREATED,
    "message.updated": _MESSAGE_UPDATED,
    "first.reply.created": _MESSAGE_UPDATED,  # the message already arrived as message.created
    "conversation.mentioned": (ConversationShape, _mentioned),
    "conversation.typing_on": (_TypingShape, _typing),
    "conversation.typing_off": (_TypingShape, _typing),
    "presence.update": (_PresenceShape, _presence),
    "account.cache_invalidated": (_CacheShape, _cache),
    **dict.fromkeys(CONVERSATION_EVENTS, _CONVERSATION),
    **dict.fromkeys(CONTACT_EVENTS, (ContactShape, _contact)),
    **dict.fromkeys(NOTIFICATION_EVENTS, (_NotificationShape, _notification)),
    **dict.fromkeys(SERVER_COMMANDS, (_Placed, _server_command)),
}


# -- the frame message: parsed, or still JSON bytes -------------------------------------------------------
class _Envelope(msgspec.Struct, gc=False):
    """A data frame's `message` read from its JSON text: the name, and the data left undecoded."""

    event: str = ""
    data: msgspec.Raw = msgspec.Raw()


_NULL = msgspec.Raw(b"null")
_ENVELOPE = msgspec.json.Decoder(_Envelope)


def _envelope(message: Any) -> tuple[str, Any]:
    """(event name, data) of a frame message: data is a parsed value, a `msgspec.Raw`, a decoded shape
    (from `read_frame`), or None."""
    name: Any
    data: Any
    if isinstance(message, _Message):
        return type(message).__struct_config__.tag, message.data  # type: ignore[return-value]
    if isinstance(message, RAW_JSON):
        try:
            envelope = _ENVELOPE.decode(message)
        except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
            raise MalformedResponse(detail="frame message is not an object with an event name") from None
        name, data = envelope.event, envelope.data
        data = None if not data or data == _NULL else data
    elif isinstance(message, dict):
        name, data = message.get("event"), message.get("data")
    else:
        raise MalformedResponse(detail="frame message is not an object")
    if not isinstance(name, str) or not name:
        raise MalformedResponse(detail="frame message has no event name")
    return name, data


def event_name(message: Any) -> str:
    """The event name of a data frame's message (for logs), or raise MalformedResponse."""
    return _envelope(message)[0]


def decode_event(message: Any, account_id: int) -> Event | None:
    """Decode one frame message of the subscription of `account_id`; None = another workspace's event."""
    name, data = _envelope(message)
    shape, build = _KINDS.get(name, (_Placed, None))
    if data is None and name in SERVER_COMMANDS:
        return ServerCommand(account_id, name)
    decoded = data if isinstance(data, Shape) else load(shape, data, f"{name} data")
    event_account = decoded.account_id  # type: ignore[attr-defined]
    if event_account is None:
        if name not in SERVER_COMMANDS:
            return None  # every workspace event names its workspace (§11.1); this one cannot be placed
    elif event_account != account_id:
        return None
    if build is None:
        return UnknownEvent(account_id, name)
    return build(name, decoded, account_id)


# -- a whole websocket text frame ------------------------------------------------------------------------
class _Message(msgspec.Struct, gc=False, tag_field="event"):
    """A data frame's message of a known event, decoded with its data in the same pass over the frame."""

    data: Any


def _message_type(name: str, shape: type[Shape]) -> type[_Message]:
    data_type: Any = shape | None if name in SERVER_COMMANDS else shape
    return msgspec.defstruct(  # type: ignore[return-value]
        f"Message_{name}", [("data", data_type, None)] if name in SERVER_COMMANDS else [("data", data_type)],
        bases=(_Message,), tag=name, gc=False,
    )


_MESSAGES = tuple(_message_type(name, shape) for name, (shape, _) in _KINDS.items())


#: a frame whose message, if any, is a known event (or a ping's number), all decoded in one pass
_FastFrame = msgspec.defstruct(
    "_FastFrame",
    [
        ("type", str | None, None),
        ("identifier", str | None, None),
        ("message", Union[_MESSAGES] | int | None, None),  # noqa: UP007 (a union of a tuple of types)
        ("reason", str | None, None),
        ("reconnect", bool | None, None),
    ],
    gc=False,
)


class _FrameShape(msgspec.Struct, gc=False):
    """Any frame, the message left undecoded: the fallback when the one-pass decoding does not fit."""

    type: str | None = None
    identifier: str | None = None
    message: msgspec.Raw = msgspec.Raw()
    reason: Any = None
    reconnect: Any = None


_FAST_FRAME = msgspec.json.Decoder(_FastFrame, strict=False)
_FRAME = msgspec.json.Decoder(_FrameShape)


def read_frame(raw: str | bytes) -> Frame:
    """`realtime_protocol.parse_frame` decoding straight from the frame's text: the message of a known event
    comes back already in its wire shape (one pass over the bytes), any other message as JSON bytes
    (`msgspec.Raw`); `decode_event` takes either. FrameError (with no payload content in the text) when
    the frame is malformed."""
    try:
        fast: Any = _FAST_FRAME.decode(raw)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return _read_frame_slowly(raw)  # an unknown event, a malformed payload, or no frame at all
    return Frame(fast.type, fast.identifier, fast.message, fast.reason, fast.reconnect is not False)


def _read_frame_slowly(raw: str | bytes) -> Frame:
    try:
        shape = _FRAME.decode(raw)
    except msgspec.ValidationError as exc:
        raise FrameError(f"frame is not an ActionCable frame ({str(exc).split(' - ')[0]})") from None
    except msgspec.DecodeError as exc:
        raise FrameError("frame is not JSON") from exc
    except RecursionError:
        raise FrameError("frame is nested too deeply") from None
    message = shape.message
    return Frame(
        type=shape.type,
        identifier=shape.identifier,
        message=message if message and message != _NULL else None,
        reason=shape.reason if isinstance(shape.reason, str) else None,
        reconnect=shape.reconnect is not False,
    )
