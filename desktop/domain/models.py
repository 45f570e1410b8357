"""Core domain types: workspaces, inboxes, people, conversations, messages.

Plain frozen dataclasses with no Qt and no I/O; their enums are in `kinds.py` (imported from here too). Timestamps are timezone-aware UTC
`datetime`s (or None); the api layer turns the wire's mixed encodings into these. Conversation ids are
always Chatwoot *display* ids. Update instances with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.kinds import (
    AssigneeFilter,
    AttachmentKind,
    Availability,
    ChannelKind,
    ConversationStatus,
    DeliveryStatus,
    MessageType,
    Priority,
    Role,
    SenderKind,
)


@dataclass(frozen=True, slots=True)
class Workspace:
    """A Chatwoot account the user belongs to."""

    id: int
    name: str
    role: Role
    availability: Availability  # what the user chose
    availability_status: Availability  # effective, from presence
    auto_offline: bool = True
    active: bool = True  # False when the account is suspended


@dataclass(frozen=True, slots=True)
class User:
    """The signed-in agent (from /auth/sign_in or /api/v1/profile)."""

    id: int
    name: str
    display_name: str | None
    email: str
    pubsub_token: str = field(repr=False)
    access_token: str = field(repr=False)
    default_workspace_id: int | None
    workspaces: tuple[Workspace, ...]
    avatar_url: str = ""
    message_signature: str | None = None

    @property
    def available_name(self) -> str:
        return self.display_name or self.name


@dataclass(frozen=True, slots=True)
class Inbox:
    """A workspace's inbox: one channel (WhatsApp number, web widget, e-mail address, …)."""

    id: int
    name: str
    kind: ChannelKind
    phone_number: str | None = None
    avatar_url: str = ""


@dataclass(frozen=True, slots=True)
class Agent:
    """A member of a workspace who can be assigned conversations."""

    id: int
    name: str
    email: str = ""
    role: Role = Role.AGENT
    availability: Availability = Availability.OFFLINE
    thumbnail: str = ""
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class Team:
    """A workspace's team of agents."""

    id: int
    name: str
    description: str = ""
    allow_auto_assign: bool = False
    is_member: bool = False


@dataclass(frozen=True, slots=True)
class Label:
    """A category. `title` is lowercase on the wire; `color` is '#rrggbb'."""

    id: int
    title: str
    color: str = "#1f93ff"
    description: str = ""
    show_on_sidebar: bool = True


@dataclass(frozen=True, slots=True)
class SavedReply:
    """A reply text saved for reuse, found by its short code."""

    id: int
    short_code: str
    content: str


@dataclass(frozen=True, slots=True)
class Contact:
    """The customer a conversation is with."""

    id: int
    name: str
    phone_number: str | None = None  # E.164 or None
    email: str | None = None
    thumbnail: str = ""
    identifier: str | None = None
    blocked: bool = False
    custom_attributes: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    additional_attributes: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Person:
    """Whoever sent a message or is assigned: a user, a contact or a bot (slim)."""

    id: int
    name: str
    kind: SenderKind
    thumbnail: str = ""
    availability: Availability | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file attached to a message."""

    id: int
    kind: AttachmentKind
    data_url: str
    thumb_url: str = ""
    file_size: int | None = None
    extension: str | None = None
    width: int | None = None
    height: int | None = None
    title: str | None = None  # fallback_title for locations and others


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a conversation's timeline."""

    id: int | None  # None while pending in the outbox
    conversation_id: int  # display id
    content: str
    message_type: MessageType
    created_at: datetime
    private: bool = False
    status: DeliveryStatus = DeliveryStatus.SENT
    content_type: str = "text"
    sender: Person | None = None
    attachments: tuple[Attachment, ...] = ()
    echo_id: str | None = None
    inbox_id: int | None = None
    source_id: str | None = None
    external_error: str | None = None
    deleted: bool = False
    in_reply_to: int | None = None

    @property
    def key(self) -> str:
        """Stable identity across the pending → sent transition."""
        return f"e:{self.echo_id}" if self.echo_id else f"m:{self.id}"


@dataclass(frozen=True, slots=True)
class ConversationCounts:
    """How many conversations each assignee tab holds."""

    mine: int = 0
    unassigned: int = 0
    assigned: int = 0
    all: int = 0


@dataclass(frozen=True, slots=True)
class Conversation:
    """One conversation, as a list row shows it."""

    id: int  # display id
    account_id: int
    inbox_id: int
    status: ConversationStatus
    contact: Contact
    priority: Priority = Priority.NONE
    assignee: Person | None = None
    team: Team | None = None
    labels: tuple[str, ...] = ()
    unread_count: int = 0
    last_activity_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: float = 0.0  # the server's float; used to discard stale updates
    can_reply: bool = True
    waiting_since: datetime | None = None
    snoozed_until: datetime | None = None
    first_reply_created_at: datetime | None = None
    agent_last_seen_at: datetime | None = None
    last_message: Message | None = None  # the list preview (last non-activity message)
    channel: ChannelKind | None = None  # the kind of its inbox's channel, when the payload names it
    muted: bool = False


@dataclass(frozen=True, slots=True)
class ConversationQuery:
    """Filters for the conversation list (contract §4.1)."""

    assignee: AssigneeFilter = AssigneeFilter.MINE
    status: ConversationStatus | None = ConversationStatus.OPEN  # None = all statuses
    inbox_id: int | None = None
    team_id: int | None = None
    labels: tuple[str, ...] = ()
    q: str | None = None
    sort_by: str = "last_activity_at_desc"


@dataclass(frozen=True, slots=True)
class ConversationPage:
    """One page of a conversation list, with the tab counts."""

    counts: ConversationCounts
    conversations: tuple[Conversation, ...]
    page: int
    page_size: int = 25
    complete: bool = False  # True for unpaginated answers (updated_within): nothing more to fetch

    @property
    def has_more(self) -> bool:
        return not self.complete and len(self.conversations) >= self.page_size


@dataclass(frozen=True, slots=True)
class MessagePage:
    """A page of messages, ascending by id. `has_more_before` is False once history is exhausted."""

    messages: tuple[Message, ...]
    has_more_before: bool
    contact: Contact | None = None
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What the server says about itself."""

    version: str | None


__all__ = [
    "Agent",
    "AssigneeFilter",
    "Attachment",
    "AttachmentKind",
    "Availability",
    "ChannelKind",
    "Contact",
    "Conversation",
    "ConversationCounts",
    "ConversationPage",
    "ConversationQuery",
    "ConversationStatus",
    "DeliveryStatus",
    "Inbox",
    "Label",
    "Message",
    "MessagePage",
    "MessageType",
    "Person",
    "Priority",
    "Role",
    "SavedReply",
    "SenderKind",
    "ServerInfo",
    "Team",
    "User",
    "Workspace",
]
