"""What each realtime event name decodes into (contract §11.2, §11.3): its data's wire shape and the builder
that turns the decoded data into a `desktop.domain.events` event (`KINDS`). The conversation, message,
contact and person shapes are shared with the REST decoders; the shapes of the other events' data are here.
An event name not in `KINDS` is read as `Placed` (only its workspace) and becomes an `UnknownEvent`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from desktop.api.chatwoot.decode_support import constructor, pick, table
from desktop.api.chatwoot.wire import to_int
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
class Placed(Shape):
    """Any event data: only the workspace it belongs to is read."""

    account_id: int | None = None


class _Ref(Shape):
    id: int


class _TypingShape(Placed, kw_only=True):
    conversation: _Ref
    user: PersonShape
    is_private: Any = None


class _PresenceShape(Placed):
    users: dict[str, str] | None = None
    contacts: dict[str, str] | None = None


class _NotificationBody(Shape):
    id: int
    notification_type: Any = None
    primary_actor_id: int | None = None


class _NotificationShape(Placed, kw_only=True):
    notification: _NotificationBody
    unread_count: int = 0


class _CacheShape(Placed):
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


def _server_command(name: str, data: Placed, aid: int) -> Event:
    return ServerCommand(aid, name)


_Builder = Callable[[str, Any, int], Event]
_Kind = tuple[type[Placed] | type[Shape], _Builder]

_MESSAGE_CREATED: _Kind = (MessageShape, _message_created)
_MESSAGE_UPDATED: _Kind = (MessageShape, _message_updated)
_CONVERSATION: _Kind = (ConversationShape, _conversation)
KINDS: dict[str, _Kind] = {
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
    **dict.fromkeys(SERVER_COMMANDS, (Placed, _server_command)),
}
