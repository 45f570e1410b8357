"""What the wire decoders share beyond the field readers of `wire.py`: `load` (msgspec over JSON bytes or a
parsed value, its errors turned into `MalformedResponse` naming the path), the fast readers of a shape's
fields (`when`, `pick`, `finite`), and `constructor` (from `desktop.domain.building`), which builds the frozen
domain dataclasses quickly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar, cast

import msgspec

from desktop.api.chatwoot.wire import MAX_EPOCH, timestamp
from desktop.domain.building import constructor
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import ChannelKind

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
S = TypeVar("S")

#: raw JSON text that `load` decodes itself (a parsed value is converted instead)
RAW_JSON = (bytes, bytearray, memoryview, msgspec.Raw)

_JSON_DECODERS: dict[type[Any], msgspec.json.Decoder[Any]] = {}


def _json_decoder(shape: type[Any]) -> msgspec.json.Decoder[Any]:
    decoder = _JSON_DECODERS.get(shape)
    if decoder is None:
        decoder = _JSON_DECODERS[shape] = msgspec.json.Decoder(shape, strict=False)
    return decoder


def load(shape: type[S], value: object, where: str) -> S:
    """`value` as the wire shape `shape`: JSON bytes (or a `msgspec.Raw`) are decoded straight into it, a
    parsed JSON value is converted; anything that does not fit is MalformedResponse naming the path."""
    try:
        if isinstance(value, RAW_JSON):
            return cast(S, _json_decoder(shape).decode(value))
        return msgspec.convert(value, shape, strict=False)
    except msgspec.ValidationError as exc:
        raise MalformedResponse(detail=f"{where}: {str(exc).replace('`$', f'`{where}')}") from None
    except msgspec.DecodeError:
        raise MalformedResponse(detail=f"{where}: the body is not JSON") from None
    except RecursionError:
        raise MalformedResponse(detail=f"{where}: nested too deeply") from None


#: epoch second → its datetime, shared: the timestamps of a burst repeat (a message's `created_at` is its
#: conversation's `last_activity_at`), and datetimes are immutable. Cleared when full, so it stays small.
MOMENTS: dict[int, datetime] = {}
_MOMENTS_MAX = 4096
_from_epoch = datetime.fromtimestamp  # (a class's method loads more slowly than a module global)


def when(value: object, where: str, name: str) -> datetime | None:
    """`timestamp(value, where.name)` with the wire's common cases first (an epoch int, 0, null): the path
    text is built only when the slower readers need it."""
    if type(value) is int:
        moment = MOMENTS.get(value)
        if moment is not None:
            return moment
        if 0 < value < MAX_EPOCH:
            if len(MOMENTS) >= _MOMENTS_MAX:
                MOMENTS.clear()
            moment = MOMENTS[value] = _from_epoch(value, UTC)
            return moment
        if value == 0:
            return None
    elif value is None:
        return None
    return timestamp(value, f"{where}.{name}")


def pick(value: str | None, table: Mapping[str, E], default: E) -> E:
    """A string enum read from a shape's `str | None` field: exact wire values first, then trimmed and
    lower-cased; null and values a newer server added give `default`."""
    if value is None:
        return default
    member = table.get(value)
    if member is None:
        member = table.get(value.strip().lower(), default)
    return member


def table(enum_cls: type[E]) -> dict[str, E]:
    """Wire value → member, for `pick`."""
    return {str(member.value): member for member in enum_cls}


def finite(value: float | None, where: str) -> float | None:
    """A number from a shape, NaN and infinities refused (a parsed value may hold them; JSON cannot)."""
    if value is None or math.isfinite(value):
        return value
    raise MalformedResponse(detail=f"{where}: expected a finite number")


#: channel types as the server spells them (looked up first), and trimmed and lower-cased (`_CHANNEL_KINDS`)
_CHANNEL_KINDS_AS_SENT = {
    "Channel::WebWidget": ChannelKind.WEB,
    "Channel::FacebookPage": ChannelKind.MESSENGER,
    "Channel::Instagram": ChannelKind.INSTAGRAM,
    "Channel::Whatsapp": ChannelKind.WHATSAPP,
    "Channel::Api": ChannelKind.API,
    "Channel::Email": ChannelKind.EMAIL,
    "Channel::TwilioSms": ChannelKind.SMS,
    "Channel::Sms": ChannelKind.SMS,
    "Channel::Telegram": ChannelKind.TELEGRAM,
}
_CHANNEL_KINDS = {name.lower(): kind for name, kind in _CHANNEL_KINDS_AS_SENT.items()}
_SMS, _OTHER_CHANNEL = ChannelKind.SMS, ChannelKind.OTHER


def channel_kind(channel_type: str, medium: str | None = None) -> ChannelKind:
    """`Channel::Whatsapp` → WHATSAPP …; Twilio's WhatsApp medium is WhatsApp; unknown types → OTHER."""
    kind = _CHANNEL_KINDS_AS_SENT.get(channel_type) or _CHANNEL_KINDS.get(channel_type.strip().lower(),
                                                                           _OTHER_CHANNEL)
    if kind is _SMS and (medium or "").lower() == "whatsapp":
        return ChannelKind.WHATSAPP
    return kind


__all__ = ["MOMENTS", "RAW_JSON", "channel_kind", "constructor", "finite", "load", "pick", "table", "when"]
