"""Typed readers for loose wire JSON: the one place that checks types and raises `MalformedResponse`.

Every decoder in `decode*.py` first decodes its input into a wire shape (`decode_shapes.py`) with `load`,
which runs msgspec over JSON bytes or an already parsed value; the field readers below finish what the types
cannot say. So garbage (a wrong type, a missing required key, a non-object where an object belongs, nesting
too deep) always ends as `MalformedResponse` and never as KeyError/TypeError/ValueError/RecursionError.
The rules, per contract §1:

* timestamps may be epoch ints, epoch floats, ISO-8601 strings or null; `0` (Ruby's `nil.to_i`) and `""`
  mean "never" and become None;
* optional strings accept null; avatars and thumbnails are `""` when unset;
* enum strings outside the known set map to a caller-chosen safe default (servers add values over time),
  but a value of the wrong JSON type is garbage.

Error details name the field path and the JSON type found, never the value (values may be personal data).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar, cast

import msgspec

from desktop.domain.errors import MalformedResponse

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
S = TypeVar("S")

#: raw JSON text that `load` decodes itself (a parsed value is converted instead)
RAW_JSON = (bytes, bytearray, memoryview, msgspec.Raw)

_MAX_EPOCH = 253_402_300_799  # 9999-12-31T23:59:59Z, the last second a datetime can hold
_INT_RE = re.compile(r"-?\d{1,18}")
_NUM_RE = re.compile(r"-?\d{1,12}(\.\d+)?")


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


def type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def malformed(where: str, expected: str, value: object) -> MalformedResponse:
    return MalformedResponse(detail=f"{where}: expected {expected}, got {type_name(value)}")


def obj(value: object, where: str) -> dict[str, Any]:
    """The value as a JSON object, or MalformedResponse."""
    if not isinstance(value, dict):
        raise malformed(where, "an object", value)
    return value


def opt_obj(value: object, where: str) -> dict[str, Any] | None:
    return None if value is None else obj(value, where)


def obj_or_empty(value: object, where: str) -> dict[str, Any]:
    """Free-form objects (custom_attributes, additional_attributes): null becomes {}."""
    return {} if value is None else dict(obj(value, where))


def arr(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise malformed(where, "an array", value)
    return value


def arr_or_empty(value: object, where: str) -> list[Any]:
    return [] if value is None else arr(value, where)


def each(value: object, where: str, decode: Callable[[Any, str], T]) -> list[T]:
    """Decode every item of a JSON array with `decode(item, path)`."""
    return [decode(item, f"{where}[{i}]") for i, item in enumerate(arr(value, where))]


def to_int(value: object, where: str) -> int:
    """An integer; integral floats and digit strings ("1", as in `current_page`) are accepted too."""
    if type(value) is int:  # the common case first (bool is a subclass of int, not this type)
        return value
    if isinstance(value, bool):
        raise malformed(where, "an integer", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
        return int(value.strip())
    raise malformed(where, "an integer", value)


def opt_to_int(value: object, where: str) -> int | None:
    return None if value is None else to_int(value, where)


def to_float(value: object, where: str) -> float:
    if isinstance(value, bool):
        raise malformed(where, "a number", value)
    if isinstance(value, int | float):
        number = _finite(value)
        if number is not None:
            return number
    elif isinstance(value, str) and _NUM_RE.fullmatch(value.strip()):
        return float(value.strip())
    raise malformed(where, "a number", value)


def _finite(value: float) -> float | None:
    """`value` as a finite float, or None (NaN, infinities, ints too large for a float)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def opt_to_float(value: object, where: str) -> float | None:
    return None if value is None else to_float(value, where)


def to_str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise malformed(where, "a string", value)
    return value


def opt_str(value: object, where: str) -> str | None:
    return None if value is None else to_str(value, where)


def str_or_empty(value: object, where: str) -> str:
    """Names, avatars, thumbnails: null and absent become ""."""
    return "" if value is None else to_str(value, where)


def to_bool(value: object, where: str, default: bool = False) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise malformed(where, "a boolean", value)
    return value


def enum_of(value: object, where: str, enum_cls: type[E], default: E) -> E:
    """A string enum: null and unknown strings give `default`; a non-string is garbage."""
    if value is None:
        return default
    if not isinstance(value, str):
        raise malformed(where, "a string", value)
    members = _enum_values(enum_cls)
    member = members.get(value)
    if member is None:
        member = members.get(value.strip().lower(), default)
    return cast(E, member)


@functools.cache
def _enum_values(enum_cls: type[Enum]) -> dict[str, Enum]:
    return {str(member.value): member for member in enum_cls}


def timestamp(value: object, where: str) -> datetime | None:
    """Epoch seconds (int or float), an ISO-8601 string, or null → an aware UTC datetime or None.

    `0` and `""` are the wire's "never" and become None.
    """
    if value is None:
        return None
    if type(value) is int and 0 < value < _MAX_EPOCH:  # the common case first
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, bool):
        raise malformed(where, "a timestamp", value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _NUM_RE.fullmatch(text):
            return _from_epoch(float(text), where)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise MalformedResponse(detail=f"{where}: not an ISO-8601 timestamp") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        try:
            return parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            raise MalformedResponse(detail=f"{where}: timestamp out of range") from None
    if isinstance(value, int | float):
        number = _finite(value)
        if number is None:
            raise MalformedResponse(detail=f"{where}: timestamp is not finite")
        return _from_epoch(number, where)
    raise malformed(where, "a timestamp", value)


def required_timestamp(value: object, where: str) -> datetime:
    when = timestamp(value, where)
    if when is None:
        raise malformed(where, "a timestamp", value)
    return when


def _from_epoch(seconds: float, where: str) -> datetime | None:
    if seconds == 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedResponse(detail=f"{where}: timestamp out of range") from None


def epoch_float(value: object, where: str) -> float:
    """A conversation's `updated_at`: the server's float (or an ISO string), 0.0 when absent."""
    if value is None:
        return 0.0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return to_float(value, where)
    when = timestamp(value, where)
    return 0.0 if when is None else when.timestamp()


def key(data: Mapping[str, Any], name: str, where: str) -> Any:
    """A required key: absent is garbage (null is left for the field reader to judge)."""
    if name not in data:
        raise MalformedResponse(detail=f"{where}.{name}: missing")
    return data[name]


#: epoch second → its datetime, shared: the timestamps of a burst repeat (a message's `created_at` is its
#: conversation's `last_activity_at`), and datetimes are immutable. Cleared when full, so it stays small.
_MOMENTS: dict[int, datetime] = {}
_MOMENTS_MAX = 4096


def when(value: object, where: str, name: str) -> datetime | None:
    """`timestamp(value, where.name)` with the wire's common cases first (an epoch int, 0, null): the path
    text is built only when the slower readers need it."""
    if type(value) is int:
        moment = _MOMENTS.get(value)
        if moment is not None:
            return moment
        if 0 < value < _MAX_EPOCH:
            if len(_MOMENTS) >= _MOMENTS_MAX:
                _MOMENTS.clear()
            moment = _MOMENTS[value] = datetime.fromtimestamp(value, UTC)
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


def constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for the frozen, slotted domain dataclass `cls` that takes every field in
    declaration order and stores each through its slot directly.

    A frozen dataclass's own `__init__` stores each field with a generic `object.__setattr__` call; the
    decoders build several domain objects per realtime event, and on this path that call was most of the
    cost (a 16-field message: about 2.5× faster). The object is the same: equal, same hash, same repr.
    The source is generated once per class, as `dataclasses` generates `__init__`."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if "__slots__" not in cls.__dict__ or any(not f.init for f in fields):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass with every field in __init__")
    names = [f.name for f in fields]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace.update({f"_set{i}": getattr(cls, name).__set__ for i, name in enumerate(names)})
    args = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(f"    _set{i}(o, a{i})\n" for i in range(len(names)))
    exec(f"def make({args}):\n    o = _new(_cls)\n{body}    return o\n", namespace)
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    return make
