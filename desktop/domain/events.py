"""Realtime events (contract §11), decoded from ActionCable frames by `api/chatwoot/realtime`.

Every event carries the workspace (`account_id`) it belongs to. Connection-state events are produced by
the realtime client itself, not by the server.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.connection import ConnectionState as ConnectionState  # re-exported: events carry it
from desktop.domain.models import Availability, Contact, Conversation, Message, Person


@dataclass(frozen=True, slots=True)
class Event:
    account_id: int


@dataclass(frozen=True, slots=True)
class MessageCreated(Event):
    message: Message
    performer_id: int | None = None


@dataclass(frozen=True, slots=True)
class MessageUpdated(Event):
    message: Message


@dataclass(frozen=True, slots=True)
class ConversationChanged(Event):
    """conversation.created/updated/status_changed/read, assignee.changed, team.changed,
    conversation.contact_changed: the full conversation push shape, re-read by the server."""

    name: str  # the wire event name
    conversation: Conversation


@dataclass(frozen=True, slots=True)
class ConversationMentioned(Event):
    conversation: Conversation


@dataclass(frozen=True, slots=True)
class Typing(Event):
    conversation_id: int
    who: Person
    on: bool
    is_private: bool = False


@dataclass(frozen=True, slots=True)
class PresenceUpdate(Event):
    users: dict[int, Availability]
    contacts: dict[int, str]


@dataclass(frozen=True, slots=True)
class ContactChanged(Event):
    name: str  # contact.created / contact.updated / contact.merged / contact.deleted
    contact: Contact


@dataclass(frozen=True, slots=True)
class NotificationChanged(Event):
    name: str  # notification.created / updated / deleted
    unread_count: int
    primary_actor_id: int | None = None
    notification_type: str | None = None


@dataclass(frozen=True, slots=True)
class CacheInvalidated(Event):
    """Labels, inboxes or teams changed: refetch those lookups."""

    keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ServerCommand(Event):
    """user:logout / page:reload."""

    name: str


@dataclass(frozen=True, slots=True)
class UnknownEvent(Event):
    name: str


@dataclass(frozen=True, slots=True)
class ConnectionChanged(Event):
    """Client-side: the websocket of a workspace changed state. `reconnected` is True when it has
    come back after a drop, so services must catch up (messages?after=, conversations?updated_within=)."""

    state: ConnectionState
    reconnected: bool = False
    reason: str | None = None
    offline_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class SubscriptionFailed(Event):
    reason: str
