"""The wire shapes of the Chatwoot contract as msgspec Structs: what each object may hold, type by type.

msgspec decodes JSON bytes (a REST body, a websocket frame) or an already parsed value straight into these
shapes in C; `decode_*.py` then turns a shape into its `desktop.domain` object. The contract's quirks are
expressed in the field types:

* unknown keys are ignored (servers add fields over time), so only the fields the app reads are declared;
* a field that may be absent or null has a default; a required field has none (absent → malformed);
* timestamps are `Stamp`: epoch int, epoch float, ISO-8601 string or null, converted (0 and "" → never) by
  the decoders;
* enum values travel as plain strings, so a value a newer server adds is kept for the decoder to map to a
  safe default instead of failing the whole object;
* free-form objects (`custom_attributes`, `content_attributes`) are plain dicts;
* `UNSET` marks keys whose mere presence matters (REST `last_non_activity_message` may be null, push lacks it).

The fields are declared in the order the server emits the keys (the contract's documented order: §4.2 for
conversations, §6.3 for messages, §9.2 and §10.2 for the push objects): msgspec looks a key up from the field
after the last one it matched, so in that order each key is found at the first comparison.

Decoding is lax (`strict=False`): integral floats and digit strings are accepted where an int belongs, as
some endpoints send `"1"`. The shapes hold no containers of themselves, so they are not tracked by the
garbage collector (`gc=False`): a burst of events creates no work for it.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from msgspec import UNSET, Struct, UnsetType

#: a timestamp on the wire: epoch seconds (int or float), an ISO-8601 string, or null
Stamp = int | float | str | None


class Shape(Struct, kw_only=True, gc=False):
    """Base of every wire shape."""


class PersonShape(Shape):
    """A message sender or an assignee: contact push, user push, agent-bot push, REST agent or slim bot."""

    id: int
    name: str | None = None
    available_name: str | None = None
    avatar_url: str | None = None
    type: str | None = None
    availability_status: str | None = None
    thumbnail: str | None = None


class ContactShape(Shape, kw_only=True):
    """A contact, REST (with `contact_inboxes`, ignored) or push."""

    additional_attributes: dict[str, Any] | None = None
    custom_attributes: dict[str, Any] | None = None
    email: str | None = None
    id: int
    identifier: str | None = None
    name: str | None = None
    phone_number: str | None = None
    thumbnail: str | None = None
    blocked: bool | None = None
    account_id: int | None = None  # contact.* events


class TeamShape(Shape):
    id: int
    name: str | None = None
    description: str | None = None
    allow_auto_assign: bool | None = None
    is_member: bool | None = None


class AttachmentShape(Shape):
    id: int
    file_type: str | None = None
    data_url: str | None = None
    thumb_url: str | None = None
    file_size: int | None = None
    extension: str | None = None
    width: int | None = None
    height: int | None = None
    fallback_title: str | None = None


class MessageShape(Shape, kw_only=True):
    """A message, REST or push (also the data of `message.*` events)."""

    id: int
    content: str | None = None
    account_id: int | None = None  # message.* events
    inbox_id: int | None = None
    conversation_id: int | None = None
    message_type: int | str
    created_at: Stamp
    private: bool | None = None
    status: str | None = None
    source_id: str | None = None
    content_type: str | None = None
    content_attributes: dict[str, Any] | None = None
    sender_type: str | None = None
    echo_id: str | int | float | None = None
    attachments: list[AttachmentShape] | None = None
    sender: PersonShape | None = None
    performer: Any = None  # message.created when an agent acted: an object with `id`


class ConversationMetaShape(Shape):
    sender: ContactShape
    channel: str | None = None
    assignee: PersonShape | None = None
    assignee_type: str | None = None
    team: TeamShape | None = None


class ConversationShape(Shape, kw_only=True):
    """A conversation, REST or push (also the data of `conversation.*` events)."""

    meta: ConversationMetaShape
    id: int
    messages: list[MessageShape] | None = None
    account_id: int | None = None
    agent_last_seen_at: Stamp = None
    can_reply: bool | None = None
    inbox_id: int
    labels: list[str] | None = None
    muted: bool | None = None
    snoozed_until: Stamp = None
    status: str | None = None
    created_at: Stamp = None
    updated_at: Stamp = None
    timestamp: Stamp = None
    first_reply_created_at: Stamp = None
    unread_count: int | None = None
    last_non_activity_message: MessageShape | UnsetType | None = UNSET
    last_activity_at: Stamp | UnsetType = UNSET
    priority: str | None = None
    waiting_since: Stamp = None
    channel: str | None = None


class CountsShape(Shape):
    mine_count: int | None = None
    unassigned_count: int | None = None
    assigned_count: int | None = None
    all_count: int | None = None


#: the items of a list answer: `ConversationShape`, or `msgspec.Raw` when each is decoded as it is read
Item = TypeVar("Item")


class ConversationPageBody(Shape, Generic[Item]):
    payload: list[Item]
    meta: CountsShape | None = None


class ConversationPageShape(Shape, Generic[Item]):
    """The list answer `{"data": {"meta", "payload"}}`, or the filter endpoint's unwrapped `{"meta", "payload"}`."""

    data: ConversationPageBody[Item] | UnsetType = UNSET
    payload: list[Item] | UnsetType = UNSET
    meta: CountsShape | None = None


class ConversationListShape(Shape):
    payload: list[ConversationShape]


class CountsResponseShape(Shape):
    meta: CountsShape


class MessagePageMetaShape(Shape):
    contact: ContactShape | None = None
    labels: list[str] | None = None


class MessagePageShape(Shape):
    payload: list[MessageShape]
    meta: MessagePageMetaShape | None = None


class StatusBodyShape(Shape):
    current_status: str | None
    snoozed_until: Stamp = None


class StatusPayloadShape(Shape):
    payload: StatusBodyShape


class LabelsPayloadShape(Shape):
    payload: list[str]


class WorkspaceShape(Shape):
    id: int
    name: str | None = None
    role: str | None = None
    availability: str | None = None
    availability_status: str | None = None
    auto_offline: bool | None = None
    status: str | None = None


class UserShape(Shape):
    id: int
    email: str
    name: str | None = None
    display_name: str | None = None
    pubsub_token: str | None = None
    access_token: str | None = None
    account_id: int | None = None
    accounts: list[WorkspaceShape] | None = None
    avatar_url: str | None = None
    message_signature: str | None = None


class AgentShape(Shape):
    id: int
    name: str | None = None
    available_name: str | None = None
    email: str | None = None
    role: str | None = None
    availability_status: str | None = None
    thumbnail: str | None = None
    avatar_url: str | None = None
    confirmed: bool | None = None


class InboxShape(Shape):
    id: int
    name: str | None = None
    channel_type: str | None = None
    medium: str | None = None
    phone_number: str | None = None
    avatar_url: str | None = None


class LabelShape(Shape):
    id: int
    title: str
    color: str | None = None
    description: str | None = None
    show_on_sidebar: bool | None = None


class SavedReplyShape(Shape):
    id: int
    short_code: str | None = None
    content: str | None = None


class AgentMetricShape(Shape):
    open: float | None = None
    unattended: float | None = None


class AgentLoadShape(Shape):
    id: int
    name: str | None = None
    email: str | None = None
    availability: str | None = None
    metric: AgentMetricShape | None = None


class PayloadListShape(Shape):
    payload: list[Any]
