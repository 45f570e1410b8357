"""Typed readers for loose wire JSON: the one place that checks types and raises `MalformedResponse`.

Every decoder in `decode*.py` first decodes its input into a wire shape (`decode_shapes.py`) with
`decode_support.load`, which runs msgspec over JSON bytes or an already parsed value; these readers finish
what the types cannot say (and serve the REST client's own small checks). So garbage (a wrong type, a missing
required key, a non-object where an object belongs, nesting too deep) always ends as `MalformedResponse`
and never as KeyError/TypeError/ValueError/RecursionError. The rules, per contract §1:

* timestamps may be epoch ints, epoch floats, ISO-8601 strings or null; `0` (Ruby's `nil.to_i`) and `""`
  mean "never" and become None;
* optional strings accept null; avatars and thumbnails are `""` when unset;
* enum strings outside the known set map to a caller-chosen safe default (servers add values over time),
  but a value of the wrong JSON type is garbage.

Error details name the field path and the JSON type found, never the value (values may be personal data).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from desktop.domain.errors import MalformedResponse

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

MAX_EPOCH = 253_402_300_799  # 9999-12-31T23:59:59Z, the last second a datetime can hold
_INT_RE = re.compile(r"-?\d{1,18}")
_NUM_RE = re.compile(r"-?\d{1,12}(\.\d+)?")


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




def timestamp(value: object, where: str) -> datetime | None:
    """Epoch seconds (int or float), an ISO-8601 string, or null → an aware UTC datetime or None.

    `0` and `""` are the wire's "never" and become None.
    """
    if value is None:
        return None
    if type(value) is int and 0 < value < MAX_EPOCH:  # the common case first
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
