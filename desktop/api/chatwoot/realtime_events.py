"""Decode the `message` of an ActionCable data frame into a domain event (contract §11.2, §11.3).

`decode_event(message, account_id)` takes `{"event": name, "data": {...}}` as received on the RoomChannel
subscription of workspace `account_id` and returns the matching `desktop.domain.events` event, or None when
the event belongs to another workspace (`data.account_id` differs) and must be dropped. Malformed payloads
raise `MalformedResponse` only; the realtime client logs and skips them. The conversation, message, contact
and person push shapes are decoded by `decode.py` (shared with the REST client).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.api.chatwoot.decode import decode_contact, decode_conversation, decode_message, decode_person
from desktop.api.chatwoot.wire import enum_of
from desktop.api.chatwoot.wire import obj as _obj
from desktop.api.chatwoot.wire import opt_to_int as _opt_int
from desktop.api.chatwoot.wire import to_int as _int
from desktop.api.chatwoot.wire import to_str as _str
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


def _message_created(name: str, data: Mapping[str, Any], aid: int) -> Event:
    performer = data.get("performer")
    performer_id = _opt_int(performer.get("id"), "performer.id") if isinstance(performer, Mapping) else None
    return MessageCreated(aid, decode_message(data, name), performer_id)


def _message_updated(name: str, data: Mapping[str, Any], aid: int) -> Event:
    return MessageUpdated(aid, decode_message(data, name))


def _conversation(name: str, data: Mapping[str, Any], aid: int) -> Event:
    return ConversationChanged(aid, name, decode_conversation(data, name, account_id=aid))


def _mentioned(name: str, data: Mapping[str, Any], aid: int) -> Event:
    return ConversationMentioned(aid, decode_conversation(data, name, account_id=aid))


def _typing(name: str, data: Mapping[str, Any], aid: int) -> Event:
    conversation = _obj(data.get("conversation"), "typing conversation")
    who = decode_person(_obj(data.get("user"), "typing user"), f"{name}.user")
    return Typing(
        aid,
        conversation_id=_int(conversation.get("id"), "conversation.id"),
        who=who,
        on=name == "conversation.typing_on",
        is_private=data.get("is_private") is True,
    )


def _presence(name: str, data: Mapping[str, Any], aid: int) -> Event:
    # an availability value we do not know (a newer server) counts as offline; a non-string is garbage
    users = {
        _int(key, "presence.users key"): enum_of(
            value, "presence.users value", Availability, Availability.OFFLINE
        )
        for key, value in _obj(data.get("users") or {}, "presence.users").items()
    }
    contacts = {
        _int(key, "presence.contacts key"): _str(value, "presence.contacts value")
        for key, value in _obj(data.get("contacts") or {}, "presence.contacts").items()
    }
    return PresenceUpdate(aid, users=users, contacts=contacts)


def _contact(name: str, data: Mapping[str, Any], aid: int) -> Event:
    return ContactChanged(aid, name, decode_contact(data, name))


def _notification(name: str, data: Mapping[str, Any], aid: int) -> Event:
    notification = _obj(data.get("notification"), "notification")
    notification_type = notification.get("notification_type")
    return NotificationChanged(
        aid,
        name,
        notification_id=_int(notification.get("id"), "notification.id"),
        unread_count=_int(data.get("unread_count", 0), "unread_count"),
        primary_actor_id=_opt_int(notification.get("primary_actor_id"), "primary_actor_id"),
        notification_type=notification_type if isinstance(notification_type, str) else None,
    )


def _cache(name: str, data: Mapping[str, Any], aid: int) -> Event:
    keys = data.get("cache_keys") or {}
    return CacheInvalidated(aid, tuple(str(k) for k in _obj(keys, "cache_keys")))


def _server_command(name: str, data: Mapping[str, Any], aid: int) -> Event:
    return ServerCommand(aid, name)


_Decoder = Callable[[str, Mapping[str, Any], int], Event]

_DECODERS: dict[str, _Decoder] = {
    "message.created": _message_created,
    "message.updated": _message_updated,
    "first.reply.created": _message_updated,  # the message already arrived as message.created
    "conversation.mentioned": _mentioned,
    "conversation.typing_on": _typing,
    "conversation.typing_off": _typing,
    "presence.update": _presence,
    "account.cache_invalidated": _cache,
    **dict.fromkeys(CONVERSATION_EVENTS, _conversation),
    **dict.fromkeys(CONTACT_EVENTS, _contact),
    **dict.fromkeys(NOTIFICATION_EVENTS, _notification),
    **dict.fromkeys(SERVER_COMMANDS, _server_command),
}


def event_name(message: Any) -> str:
    """The event name of a data frame's message (for logs), or raise MalformedResponse."""
    name = _obj(message, "frame message").get("event")
    if not isinstance(name, str) or not name:
        raise MalformedResponse(detail="frame message has no event name")
    return name


def decode_event(message: Any, account_id: int) -> Event | None:
    """Decode one frame message of the subscription of `account_id`; None = another workspace's event."""
    name = event_name(message)
    raw = message.get("data")
    data: Mapping[str, Any] = {} if raw is None and name in SERVER_COMMANDS else _obj(raw, f"{name} data")
    event_account = data.get("account_id")
    if event_account is None:
        if name not in SERVER_COMMANDS:
            return None  # every workspace event names its workspace (§11.1); this one cannot be placed
    elif _int(event_account, "account_id") != account_id:
        return None
    decoder = _DECODERS.get(name)
    if decoder is None:
        return UnknownEvent(account_id, name)
    try:
        return decoder(name, data, account_id)
    except MalformedResponse:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MalformedResponse(detail=f"{name}: {type(exc).__name__}") from exc
