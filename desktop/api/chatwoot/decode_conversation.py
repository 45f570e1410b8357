"""Decoders for conversations: the REST shape (§4.2), the websocket push shape (§11.3), the list response
with its tab counts (§4.1), the counts-only response (§4.3) and the toggle_status answer (§4.6).

REST vs push, handled in one decoder:

* the channel type is `meta.channel` in REST and top-level `channel` in push;
* `meta.assignee` / `meta.team` are absent in REST when unset and null in push; the push team is `{id,name}`;
* `first_reply_created_at` is an epoch int in REST (0 = none) and ISO-or-null in push;
* the list preview is `last_non_activity_message` in REST; push lacks it, and its `messages[]` already holds
  only the last non-activity, non-private message; `muted` is absent from push (False).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import UNSET

from desktop.api.chatwoot.decode_message import message_from
from desktop.api.chatwoot.decode_people import contact_from, person_from, team_from
from desktop.api.chatwoot.decode_shapes import (
    ConversationListShape,
    ConversationPageShape,
    ConversationShape,
    CountsResponseShape,
    CountsShape,
    Item,
    LabelsPayloadShape,
    StatusPayloadShape,
)
from desktop.api.chatwoot.decode_support import channel_kind, constructor, load, pick, table, when
from desktop.api.chatwoot.wire import epoch_float, malformed
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import (
    Conversation,
    ConversationCounts,
    ConversationPage,
    ConversationStatus,
    Message,
    MessageType,
    Priority,
)

#: `GET …/conversations` returns this many per page (§4.1, env CONVERSATION_RESULTS_PER_PAGE)
CONVERSATION_PAGE_SIZE = 25

_STATUSES = table(ConversationStatus)
_PRIORITIES = table(Priority)
#: the defaults and the activity type, read for every conversation (a module global loads faster than an
#: enum class's attribute)
_OPEN, _NO_PRIORITY, _ACTIVITY = ConversationStatus.OPEN, Priority.NONE, MessageType.ACTIVITY
_conversation = constructor(Conversation)


def decode_status(value: object, where: str) -> ConversationStatus:
    """Conversation status; unknown strings are treated as open (the conversation stays visible)."""
    if value is not None and not isinstance(value, str):
        raise malformed(where, "a string", value)
    return pick(value, _STATUSES, ConversationStatus.OPEN)


def decode_priority(value: object, where: str) -> Priority:
    """Priority; null and unknown strings are "no priority"."""
    if value is not None and not isinstance(value, str):
        raise malformed(where, "a string", value)
    return pick(value, _PRIORITIES, Priority.NONE)


def _last_message(shape: ConversationShape, where: str) -> Message | None:
    last = shape.last_non_activity_message
    if last is not UNSET:  # REST: authoritative, may be null
        return None if last is None else message_from(last, f"{where}.last_non_activity_message", shape.id)
    usable = None
    for i, item in enumerate(shape.messages or ()):
        message = message_from(item, f"{where}.messages[{i}]", shape.id)
        if message.message_type is not _ACTIVITY:
            usable = message
    return usable


def _updated_at(value: object, where: str) -> float:
    """A conversation's `updated_at`: the server's float (or an ISO string), 0.0 when absent."""
    if type(value) is float and value - value == 0.0:  # finite: NaN and infinities only come from parsed values
        return value
    return epoch_float(value, f"{where}.updated_at")


def conversation_from(shape: ConversationShape, where: str, account_id: int | None = None) -> Conversation:
    """The domain conversation of a decoded shape; `account_id` is the fallback when the payload omits it."""
    account = shape.account_id
    if account is None:
        if account_id is None:
            raise malformed(f"{where}.account_id", "an integer", None)
        account = account_id
    meta = shape.meta
    assignee = meta.assignee
    team = meta.team
    channel = meta.channel if meta.channel is not None else shape.channel
    unread = shape.unread_count
    last_activity = shape.last_activity_at
    waiting_since, snoozed_until = shape.waiting_since, shape.snoozed_until
    first_reply, last_seen = shape.first_reply_created_at, shape.agent_last_seen_at
    return _conversation(  # every field, in declaration order
        shape.id,
        account,
        shape.inbox_id,
        pick(shape.status, _STATUSES, _OPEN),
        contact_from(meta.sender),
        pick(shape.priority, _PRIORITIES, _NO_PRIORITY),
        None if assignee is None else person_from(assignee, where, meta.assignee_type, ".meta.assignee"),
        None if team is None else team_from(team),
        tuple(shape.labels) if shape.labels else (),
        0 if unread is None or unread < 0 else unread,
        when(shape.timestamp if last_activity is UNSET else last_activity, where, "last_activity_at"),
        when(shape.created_at, where, "created_at"),
        _updated_at(shape.updated_at, where),
        shape.can_reply is not False,
        # null, 0, 0.0 and "" are the wire's "never" (`when` says None for each), and most often sent
        None if not waiting_since else when(waiting_since, where, "waiting_since"),
        None if not snoozed_until else when(snoozed_until, where, "snoozed_until"),
        None if not first_reply else when(first_reply, where, "first_reply_created_at"),
        None if not last_seen else when(last_seen, where, "agent_last_seen_at"),
        _last_message(shape, where),
        channel_kind(channel) if channel else None,
        shape.muted is True,
    )


def decode_conversation(value: Any, where: str = "conversation", account_id: int | None = None) -> Conversation:
    """A conversation in the REST or the push shape. `account_id` is a fallback when the payload omits it."""
    return conversation_from(load(ConversationShape, value, where), where, account_id)


def _count(value: int | None) -> int:
    return 0 if value is None else max(0, value)


def counts_from(shape: CountsShape) -> ConversationCounts:
    """The tab counts. `assigned_count` is absent from filter/search responses: all − unassigned (§4.1)."""
    all_count = _count(shape.all_count)
    unassigned = _count(shape.unassigned_count)
    assigned = shape.assigned_count
    return ConversationCounts(
        mine=_count(shape.mine_count),
        unassigned=unassigned,
        assigned=max(0, all_count - unassigned) if assigned is None else _count(assigned),
        all=all_count,
    )


def decode_counts(value: Any, where: str = "meta") -> ConversationCounts:
    return counts_from(load(CountsShape, value, where))


def decode_counts_response(value: Any, where: str = "response") -> ConversationCounts:
    """`GET …/conversations/meta` → `{"meta": {...}}` (no `data` wrapper, §4.3)."""
    return counts_from(load(CountsResponseShape, value, where).meta)


def page_parts(shape: ConversationPageShape[Item], where: str) -> tuple[str, list[Item], CountsShape | None]:
    """(the path of the items' parent, the items, the counts) of a list answer, wrapped in `data` or not;
    MalformedResponse when it holds no `payload`."""
    if shape.data is not UNSET:
        return f"{where}.data", shape.data.payload, shape.data.meta
    if shape.payload is not UNSET:
        return where, shape.payload, shape.meta
    raise MalformedResponse(detail=f"{where}.payload: missing")


def decode_conversation_page(
    value: Any, where: str = "response", *, account_id: int | None = None, page: int = 1,
    page_size: int = CONVERSATION_PAGE_SIZE,
) -> ConversationPage:
    """`GET …/conversations` → `{"data": {"meta": {...}, "payload": [...]}}`; the filter endpoint's
    unwrapped `{"meta", "payload"}` is accepted too."""
    where, payload, meta = page_parts(load(ConversationPageShape[ConversationShape], value, where), where)
    return ConversationPage(
        counts=ConversationCounts() if meta is None else counts_from(meta),
        conversations=tuple(
            conversation_from(item, f"{where}.payload[{i}]", account_id) for i, item in enumerate(payload)
        ),
        page=page,
        page_size=page_size,
    )


def decode_conversation_list(value: Any, where: str = "response", account_id: int | None = None) -> list[Conversation]:
    """`{"payload": [<Conversation>...]}`, as from `GET …/contacts/{id}/conversations`."""
    shape = load(ConversationListShape, value, where)
    return [conversation_from(item, f"{where}.payload[{i}]", account_id) for i, item in enumerate(shape.payload)]


def decode_status_payload(value: Any, where: str = "response") -> tuple[ConversationStatus, datetime | None]:
    """`toggle_status` → (status, snoozed_until datetime or None), from `payload.current_status`."""
    payload = load(StatusPayloadShape, value, where).payload
    status = pick(payload.current_status, _STATUSES, ConversationStatus.OPEN)
    return status, when(payload.snoozed_until, f"{where}.payload", "snoozed_until")


def decode_labels_payload(value: Any, where: str = "response") -> tuple[str, ...]:
    """`{"payload": ["billing", "vip"]}` from the conversation labels endpoints (§4.8)."""
    return tuple(load(LabelsPayloadShape, value, where).payload)


__all__ = [
    "CONVERSATION_PAGE_SIZE",
    "conversation_from",
    "decode_conversation",
    "decode_conversation_list",
    "decode_conversation_page",
    "decode_counts",
    "decode_counts_response",
    "decode_labels_payload",
    "decode_priority",
    "decode_status",
    "decode_status_payload",
]
