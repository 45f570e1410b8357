"""Decode the `message` of an ActionCable data frame into a domain event (contract §11.2, §11.3).

`decode_event(message, account_id)` takes `{"event": name, "data": {...}}` as received on the RoomChannel
subscription of workspace `account_id` and returns the matching `desktop.domain.events` event, or None when
the event belongs to another workspace (`data.account_id` differs) and must be dropped. `message` is either
the parsed JSON value or its JSON text as bytes / `msgspec.Raw`: then the data is decoded straight from the
bytes into its wire shape (`read_frame` produces such a frame from a websocket text frame). Malformed
payloads raise `MalformedResponse` only; the realtime client logs and skips them. What each event name
decodes into is `realtime_kinds.KINDS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Union

import msgspec

from desktop.api.chatwoot.decode_shapes import Shape
from desktop.api.chatwoot.decode_support import RAW_JSON, load
from desktop.api.chatwoot.realtime_kinds import (
    CONTACT_EVENTS,
    CONVERSATION_EVENTS,
    KINDS,
    NOTIFICATION_EVENTS,
    SERVER_COMMANDS,
    Placed,
)
from desktop.api.chatwoot.realtime_protocol import Frame, FrameError
from desktop.domain.errors import MalformedResponse
from desktop.domain.events import Event, ServerCommand, UnknownEvent


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
        return _TAGS[type(message)], message.data
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
    known = _KNOWN.get(type(message))
    if known is not None:  # from `read_frame`: a known event, its data already in its shape
        name, make = known
        data = message.data
        if data is None:  # only a server command's data may be null
            return ServerCommand(account_id, name)
        event_account = data.account_id
        if event_account is None:
            if name not in SERVER_COMMANDS:
                return None
        elif event_account != account_id:
            return None
        return make(name, data, account_id)
    name, data = _envelope(message)
    shape, build = KINDS.get(name, (Placed, None))
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


_MESSAGES = tuple(_message_type(name, shape) for name, (shape, _) in KINDS.items())
_TAGS: dict[type[_Message], str] = {kind: str(kind.__struct_config__.tag) for kind in _MESSAGES}
#: message type → (event name, builder): what `decode_event` needs of a message `read_frame` decoded
_KNOWN: dict[type[Any], tuple[str, Callable[[str, Any, int], Event]]] = {kind: (name, KINDS[name][1]) for kind, name in _TAGS.items()}


#: a frame whose message, if any, is a known event (or a ping's number), all decoded in one pass; a `reason`
#: that is not a string or a `reconnect` that is not a boolean sends the frame to the slower reading
_FastFrame = msgspec.defstruct(
    "_FastFrame",
    [
        ("type", str | None, None),
        ("message", Union[_MESSAGES] | int | None, None),  # noqa: UP007 (a union of a tuple of types)
    ],
    bases=(Frame,),
    kw_only=True,
    frozen=True,
    gc=False,
)


class _FrameShape(msgspec.Struct, gc=False):
    """Any frame, the message left undecoded: the fallback when the one-pass decoding does not fit."""

    type: str | None = None
    identifier: str | None = None
    message: msgspec.Raw = msgspec.Raw()
    reason: Any = None
    reconnect: Any = None


_FAST_FRAME: msgspec.json.Decoder[Frame] = msgspec.json.Decoder(_FastFrame, strict=False)  # type: ignore[arg-type]


class WiredFrame(msgspec.Struct, frozen=True, gc=False):
    """A frame as the realtime client's reader reads it first (`DATA_FRAMES`): a known event's message decoded
    like `read_frame`'s, the identifier left as its JSON text (`Subscription.wire_identifier` is compared with
    it: no unescaping of its quotes, no string built). Anything else is read again with `read_frame`."""

    type: str | None = None
    identifier: msgspec.Raw = msgspec.Raw()
    message: Any = None


_WiredData = msgspec.defstruct(
    "_WiredData", [("message", Union[_MESSAGES] | int | None, None)],  # noqa: UP007
    bases=(WiredFrame,), kw_only=True, frozen=True, gc=False,
)
#: decodes a websocket text frame into a `WiredFrame`; raises one of `WIRED_ERRORS` when it does not fit
DATA_FRAMES: msgspec.json.Decoder[WiredFrame] = msgspec.json.Decoder(_WiredData, strict=False)  # type: ignore[arg-type]
WIRED_ERRORS = (msgspec.ValidationError, msgspec.DecodeError, RecursionError)
_FRAME = msgspec.json.Decoder(_FrameShape)
#: (a bound method in a module global: a msgspec decoder's method load is not specialized by the interpreter)
_read_fast = _FAST_FRAME.decode


def read_frame(raw: str | bytes) -> Frame:
    """`realtime_protocol.parse_frame` decoding straight from the frame's text: the message of a known event
    comes back already in its wire shape (one pass over the bytes), any other message as JSON bytes
    (`msgspec.Raw`); `decode_event` takes either. FrameError (with no payload content in the text) when
    the frame is malformed."""
    try:
        return _read_fast(raw)  # a Frame
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return _read_frame_slowly(raw)  # an unknown event, a malformed payload, or no frame at all


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


__all__ = ["CONTACT_EVENTS", "CONVERSATION_EVENTS", "DATA_FRAMES", "NOTIFICATION_EVENTS", "SERVER_COMMANDS",
           "WIRED_ERRORS", "WiredFrame", "decode_event", "event_name", "read_frame"]
