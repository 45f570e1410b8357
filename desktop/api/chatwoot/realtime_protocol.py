"""ActionCable wire helpers for the realtime client (contract §11.1).

Pure functions and small value types, no I/O: the `/cable` URL derived from the REST base URL, the
RoomChannel identifier (a JSON *string*, compared as an opaque string), the command frames, frame parsing,
the jittered exponential backoff used between reconnect attempts, the TLS context, and short secret-free
descriptions of connection failures.
"""

from __future__ import annotations

import json
import random
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import msgspec
from websockets.exceptions import ConnectionClosed, InvalidHandshake

#: offered in this order, as the official clients do.
SUBPROTOCOLS = ("actioncable-v1-json", "actioncable-unsupported")


#: Chatwoot's frames nest about eight levels deep (frame → message → data → conversation → meta → sender →
#: additional_attributes → …); anything much deeper is not a Chatwoot frame and is skipped.
MAX_DEPTH = 64


class FrameError(ValueError):
    """A frame that is not a well-formed ActionCable frame (skipped, never fatal)."""


def cable_url(base_url: str) -> str:
    """`https://host[:port][/prefix]` → `wss://host[:port][/prefix]/cable` (`ws://` for plain http).

    ValueError for anything that is not an http(s) address."""
    text = base_url.strip()
    if text and "://" not in text:
        text = f"https://{text}"  # as the REST client does for a bare host name
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.netloc:
        raise ValueError("the server address must start with http:// or https://")
    scheme = "wss" if parts.scheme in ("https", "wss") else "ws"
    path = parts.path.rstrip("/")
    if path.endswith("/cable"):
        path = path[: -len("/cable")]
    return urlunsplit((scheme, parts.netloc, f"{path}/cable", "", ""))


def room_identifier(*, pubsub_token: str, account_id: int, user_id: int) -> str:
    """The RoomChannel identifier: key order and separators as the official JS client produces them."""
    return json.dumps(
        {
            "channel": "RoomChannel",
            "pubsub_token": pubsub_token,
            "account_id": account_id,
            "user_id": user_id,
        },
        separators=(",", ":"),
    )


def subscribe_command(identifier: str) -> str:
    return json.dumps({"command": "subscribe", "identifier": identifier})


def unsubscribe_command(identifier: str) -> str:
    return json.dumps({"command": "unsubscribe", "identifier": identifier})


def presence_command(identifier: str) -> str:
    return json.dumps(
        {"command": "message", "identifier": identifier, "data": json.dumps({"action": "update_presence"})}
    )


class Frame(msgspec.Struct, frozen=True, gc=False):
    """One decoded server frame. `type` is None for data frames (they carry `message`). A msgspec Struct, so
    that `realtime_events.read_frame` decodes the frame text straight into one (no object built after): its
    frames are of a subclass (whose `message` field holds the known events' types), so compare their fields,
    not the frames."""

    type: str | None
    identifier: str | None = None
    message: Any = None
    reason: str | None = None
    reconnect: bool = True


def _too_deep(value: Any, limit: int) -> bool:
    """True when containers nest more than `limit` levels (walked without recursion, so no depth of input can
    exhaust the stack here or in the decoders after it)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values() if isinstance(child, dict | list))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item if isinstance(child, dict | list))
    return False


def parse_frame(raw: str | bytes) -> Frame:
    """Parse a text frame; raise FrameError (with no payload content in the text) when it is malformed."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FrameError("binary frame that is not UTF-8") from exc
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        raise FrameError("frame is not JSON") from exc
    except RecursionError as exc:  # nesting deeper than the parser can follow: skip it like any bad frame
        raise FrameError("frame nests too deeply") from exc
    if not isinstance(obj, dict):
        raise FrameError(f"frame is a JSON {type(obj).__name__}, not an object")
    kind = obj.get("type")
    if kind is not None and not isinstance(kind, str):
        raise FrameError("frame type is not a string")
    identifier = obj.get("identifier")
    if identifier is not None and not isinstance(identifier, str):
        raise FrameError("frame identifier is not a string")
    if _too_deep(obj, MAX_DEPTH):
        raise FrameError(f"frame nests deeper than {MAX_DEPTH} levels")
    reason = obj.get("reason")
    return Frame(
        type=kind,
        identifier=identifier,
        message=obj.get("message"),
        reason=reason if isinstance(reason, str) else None,
        reconnect=obj.get("reconnect") is not False,
    )


class Backoff:
    """Jittered exponential backoff: attempt n waits a random time in [d/2, d], d = min(high, low·2ⁿ)."""

    def __init__(self, low: float, high: float, *, rng: random.Random | None = None) -> None:
        if low <= 0 or high < low:
            raise ValueError("backoff bounds must satisfy 0 < low <= high")
        self.low = low
        self.high = high
        self.attempt = 0
        self._rng = rng or random.Random()

    def next_delay(self, high: float | None = None) -> float:
        """The next wait; `high` lowers the cap for this attempt (e.g. while the server answers REST)."""
        cap = self.high if high is None else max(0.0, min(self.high, high))
        ceiling = min(cap, self.low * (2 ** min(self.attempt, 30)))
        self.attempt += 1
        return self._rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempt = 0


def describe_failure(exc: BaseException) -> str:
    """A short reason (no secrets) for a failed or lost websocket connection."""
    if isinstance(exc, TimeoutError):
        return "timed out connecting to the websocket"
    if isinstance(exc, ConnectionClosed):
        return "the connection was closed"
    if isinstance(exc, InvalidHandshake):
        return f"websocket handshake failed ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"cannot connect: {exc.strerror or type(exc).__name__}"
    return type(exc).__name__
