"""The local cache the app paints its first frame from: the signed-in profile and the first page of each
workspace's conversation list, as plain JSON through the JSON key-value storage (`storage.py`).

At start the app shows the main window with what the last run saw (before the network answers), then
signs in again and reconciles each list with the server's first page. Nothing secret is written: the
profile's access and pubsub tokens are blanked (the secret lives in the keyring only). The cache is
keyed by server address and user, dropped on sign-out, and anything that cannot be read back as the
current domain types (a damaged file, a model that changed between versions) reads as "no cache".

`encode`/`decode` turn the domain's frozen dataclasses (enums, datetimes, tuples, nested dataclasses,
optional fields) into JSON values and back, checked against the field types.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import types
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from desktop.domain.models import Conversation, ConversationQuery, User

log = logging.getLogger(__name__)
T = TypeVar("T")
VERSION = 1
LIST_SIZE = 25  # the first page: what the window shows before the server answers
PROFILE_KEY = "start-profile"


class KeyValueStorage(Protocol):
    def load(self, key: str) -> object | None: ...
    def save(self, key: str, value: object) -> None: ...


class CacheMismatch(ValueError):
    """A cached value does not fit the current domain types."""


def encode(value: object) -> Any:
    """A JSON value for a domain value (dataclass, enum, datetime, tuple, dict, scalar)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise CacheMismatch(f"cannot cache a {type(value).__name__}")


_Decoder = Callable[[Any], Any]
_DECODERS: dict[Any, _Decoder] = {}
_RETRY = (CacheMismatch, ValueError, TypeError)  # a Union tries its next option after these


def decode(kind: Any, data: Any) -> Any:
    """The domain value of type `kind` from its JSON (raises CacheMismatch when it does not fit)."""
    return _decoder(kind)(data)


def _decoder(kind: Any) -> _Decoder:
    """How to decode a `kind`, worked out once a type (a first page is some 25 rows of the same types): the
    checks and conversions `decode` makes, without looking the type apart again for every value."""
    try:
        return _DECODERS[kind]
    except KeyError:
        made = _DECODERS[kind] = _make_decoder(kind)
        return made
    except TypeError:  # an unhashable type form: worked out for this value only
        return _make_decoder(kind)


def _make_decoder(kind: Any) -> _Decoder:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _union_decoder(kind)
    if origin is tuple:
        item = typing.get_args(kind)[0]

        def tuple_of(data: Any) -> Any:
            if not isinstance(data, list):
                raise CacheMismatch(f"expected a list for {kind}")
            decode_item = _decoder(item)
            return tuple(decode_item(value) for value in data)

        return tuple_of
    if origin is dict:

        def dict_of(data: Any) -> Any:
            if not isinstance(data, dict):
                raise CacheMismatch(f"expected an object for {kind}")
            return dict(data)

        return dict_of
    if kind is Any or kind is object:
        return lambda data: data
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    if kind is datetime:

        def date(data: Any) -> Any:
            if not isinstance(data, str):
                raise CacheMismatch("expected a date")
            return datetime.fromisoformat(data)

        return date
    return _scalar_decoder(kind)


def _union_decoder(kind: Any) -> _Decoder:
    options = typing.get_args(kind)
    optional = type(None) in options
    others = tuple(option for option in options if option is not type(None))

    def one_of(data: Any) -> Any:
        if data is None and optional:
            return None
        for option in others:
            try:
                return _decoder(option)(data)
            except _RETRY:
                continue
        raise CacheMismatch(f"{data!r} fits none of {kind}")

    return one_of


def _dataclass_decoder(kind: type) -> _Decoder:
    fields: list[tuple[str, Any]] = []  # (name, type): the type hints are read at the first value

    def instance(data: Any) -> Any:
        if not isinstance(data, dict):
            raise CacheMismatch(f"expected an object for {kind.__name__}")
        if not fields:
            hints = typing.get_type_hints(kind)
            fields.extend((f.name, hints[f.name]) for f in dataclasses.fields(kind))
        values = {name: _decoder(hint)(data[name]) for name, hint in fields if name in data}
        try:
            return kind(**values)
        except TypeError as error:  # a required field is missing
            raise CacheMismatch(str(error)) from error

    return instance


def _scalar_decoder(kind: Any) -> _Decoder:
    def scalar(data: Any) -> Any:
        if kind is float and isinstance(data, (int, float)) and not isinstance(data, bool):
            return float(data)
        if kind in (bool, int, str) and type(data) is kind:
            return data
        raise CacheMismatch(f"{data!r} is not a {kind}")

    return scalar


class StartCache:
    """Profile and first list pages of the last signed-in user of one server."""

    def __init__(self, storage: KeyValueStorage) -> None:
        self._storage = storage

    def save_profile(self, server_url: str, user: User) -> None:
        safe = dataclasses.replace(user, access_token="", pubsub_token="")
        self._storage.save(PROFILE_KEY, {"version": VERSION, "server": server_url, "user": encode(safe)})

    def load_profile(self, server_url: str) -> User | None:
        """The cached profile (tokens blank) when it belongs to this server; None otherwise."""
        data = self._load(PROFILE_KEY)
        if data is None or data.get("server") != server_url:
            return None
        try:
            user: User = decode(User, data.get("user"))
        except (CacheMismatch, ValueError, TypeError, KeyError) as error:
            log.info("start cache: profile unreadable (%s)", error)
            return None
        return user

    def save_list(self, user_id: int, account_id: int, query: ConversationQuery,
                  conversations: typing.Sequence[Conversation]) -> None:
        rows = [encode(c) for c in conversations[:LIST_SIZE]]
        self._storage.save(self._list_key(account_id), {"version": VERSION, "user": user_id,
                                                        "query": encode(query), "rows": rows})

    def load_list(self, user_id: int, account_id: int, query: ConversationQuery) -> list[Conversation]:
        """The cached first page of this workspace's list when it was read for this user and query."""
        data = self._load(self._list_key(account_id))
        if data is None or data.get("user") != user_id:
            return []
        try:
            if decode(ConversationQuery, data.get("query")) != query:
                return []
            return [decode(Conversation, row) for row in data.get("rows", [])]
        except (CacheMismatch, ValueError, TypeError, KeyError) as error:
            log.info("start cache: list of workspace %s unreadable (%s)", account_id, error)
            return []

    def clear(self, account_ids: typing.Iterable[int] = ()) -> None:
        """Forget the profile and these workspaces' lists (sign-out): each key is overwritten with null."""
        self._storage.save(PROFILE_KEY, None)
        for account_id in account_ids:
            self._storage.save(self._list_key(account_id), None)

    def _load(self, key: str) -> dict[str, Any] | None:
        data = self._storage.load(key)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return None
        return data

    @staticmethod
    def _list_key(account_id: int) -> str:
        return f"start-list-{int(account_id)}"
