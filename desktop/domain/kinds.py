"""The domain's enums: roles, availability, channel kinds, conversation status and priority, message types,
delivery states, attachment and sender kinds, and the list tabs. The api layer maps the wire's values (and a
value a newer server adds, onto a safe default) to these members.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    AGENT = "agent"
    ADMINISTRATOR = "administrator"


class Availability(enum.StrEnum):
    ONLINE = "online"
    BUSY = "busy"
    OFFLINE = "offline"


class ChannelKind(enum.StrEnum):
    WHATSAPP = "whatsapp"
    MESSENGER = "messenger"
    INSTAGRAM = "instagram"
    WEB = "web"
    API = "api"
    EMAIL = "email"
    SMS = "sms"
    TELEGRAM = "telegram"
    OTHER = "other"


class ConversationStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    RESOLVED = "resolved"


class Priority(enum.StrEnum):
    NONE = "none"  # the wire's null
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class MessageType(enum.IntEnum):
    INCOMING = 0
    OUTGOING = 1
    ACTIVITY = 2
    TEMPLATE = 3


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # client-side only: in the outbox, not yet acknowledged
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"


class AttachmentKind(enum.StrEnum):
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    FILE = "file"
    LOCATION = "location"
    OTHER = "other"


class SenderKind(enum.StrEnum):
    CONTACT = "contact"
    USER = "user"
    BOT = "bot"
    NONE = "none"


class AssigneeFilter(enum.StrEnum):
    """The list tabs: Mine / Unassigned / All (plus 'assigned to anyone')."""

    MINE = "me"
    UNASSIGNED = "unassigned"
    ASSIGNED = "assigned"
    ALL = "all"
