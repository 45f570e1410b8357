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

from desktop.api.chatwoot.decode_message import decode_message
from desktop.api.chatwoot.decode_people import decode_contact, decode_person, decode_team
from desktop.api.chatwoot.wire import (
    arr,
    arr_or_empty,
    each,
    enum_of,
    epoch_float,
    key,
    malformed,
    obj,
    opt_obj,
    str_or_empty,
    timestamp,
    to_bool,
    to_int,
    to_str,
)
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


def decode_status(value: object, where: str) -> ConversationStatus:
    """Conversation status; unknown strings are treated as open (the conversation stays visible)."""
    return enum_of(value, where, ConversationStatus, ConversationStatus.OPEN)


def decode_priority(value: object, where: str) -> Priority:
    """Priority; null and unknown strings are "no priority"."""
    return enum_of(value, where, Priority, Priority.NONE)


def _last_message(data: dict[str, Any], where: str, conversation_id: int) -> Message | None:
    if "last_non_activity_message" in data:  # REST: authoritative, may be null
        last = opt_obj(data["last_non_activity_message"], f"{where}.last_non_activity_message")
        if last is None:
            return None
        return decode_message(last, f"{where}.last_non_activity_message", conversation_id)
    messages = arr_or_empty(data.get("messages"), f"{where}.messages")
    decoded = [decode_message(m, f"{where}.messages[{i}]", conversation_id) for i, m in enumerate(messages)]
    usable = [m for m in decoded if m.message_type is not MessageType.ACTIVITY]
    return usable[-1] if usable else None


def decode_conversation(value: Any, where: str = "conversation", account_id: int | None = None) -> Conversation:
    """A conversation in the REST or the push shape. `account_id` is a fallback when the payload omits it."""
    data = obj(value, where)
    meta = obj(key(data, "meta", where), f"{where}.meta")
    conversation_id = to_int(key(data, "id", where), f"{where}.id")
    account = data.get("account_id")
    if account is None:
        if account_id is None:
            raise malformed(f"{where}.account_id", "an integer", account)
        account = account_id
    assignee_value = opt_obj(meta.get("assignee"), f"{where}.meta.assignee")
    team_value = opt_obj(meta.get("team"), f"{where}.meta.team")
    channel = meta.get("channel") if meta.get("channel") is not None else data.get("channel")
    labels = data.get("labels")
    return Conversation(
        id=conversation_id,
        account_id=to_int(account, f"{where}.account_id"),
        inbox_id=to_int(key(data, "inbox_id", where), f"{where}.inbox_id"),
        status=decode_status(data.get("status"), f"{where}.status"),
        contact=decode_contact(key(meta, "sender", f"{where}.meta"), f"{where}.meta.sender"),
        priority=decode_priority(data.get("priority"), f"{where}.priority"),
        assignee=None if assignee_value is None else decode_person(
            assignee_value, f"{where}.meta.assignee", kind_hint=meta.get("assignee_type")
        ),
        team=None if team_value is None else decode_team(team_value, f"{where}.meta.team"),
        labels=tuple(each(labels, f"{where}.labels", to_str)) if labels is not None else (),
        unread_count=_count(data.get("unread_count"), f"{where}.unread_count"),
        last_activity_at=timestamp(
            data.get("last_activity_at", data.get("timestamp")), f"{where}.last_activity_at"
        ),
        created_at=timestamp(data.get("created_at"), f"{where}.created_at"),
        updated_at=epoch_float(data.get("updated_at"), f"{where}.updated_at"),
        can_reply=to_bool(data.get("can_reply"), f"{where}.can_reply", default=True),
        waiting_since=timestamp(data.get("waiting_since"), f"{where}.waiting_since"),
        snoozed_until=timestamp(data.get("snoozed_until"), f"{where}.snoozed_until"),
        first_reply_created_at=timestamp(data.get("first_reply_created_at"), f"{where}.first_reply_created_at"),
        agent_last_seen_at=timestamp(data.get("agent_last_seen_at"), f"{where}.agent_last_seen_at"),
        last_message=_last_message(data, where, conversation_id),
        channel_type=str_or_empty(channel, f"{where}.meta.channel"),
        muted=to_bool(data.get("muted"), f"{where}.muted"),
    )


def _count(value: object, where: str) -> int:
    return 0 if value is None else max(0, to_int(value, where))


def decode_counts(value: Any, where: str = "meta") -> ConversationCounts:
    """The tab counts. `assigned_count` is absent from filter/search responses: all − unassigned (§4.1)."""
    data = obj(value, where)
    all_count = _count(data.get("all_count"), f"{where}.all_count")
    unassigned = _count(data.get("unassigned_count"), f"{where}.unassigned_count")
    assigned = data.get("assigned_count")
    return ConversationCounts(
        mine=_count(data.get("mine_count"), f"{where}.mine_count"),
        unassigned=unassigned,
        assigned=max(0, all_count - unassigned) if assigned is None else _count(assigned, f"{where}.assigned_count"),
        all=all_count,
    )


def decode_counts_response(value: Any, where: str = "response") -> ConversationCounts:
    """`GET …/conversations/meta` → `{"meta": {...}}` (no `data` wrapper, §4.3)."""
    data = obj(value, where)
    return decode_counts(key(data, "meta", where), f"{where}.meta")


def decode_conversation_page(
    value: Any, where: str = "response", *, account_id: int | None = None, page: int = 1,
    page_size: int = CONVERSATION_PAGE_SIZE,
) -> ConversationPage:
    """`GET …/conversations` → `{"data": {"meta": {...}, "payload": [...]}}`; the filter endpoint's
    unwrapped `{"meta", "payload"}` is accepted too."""
    outer = obj(value, where)
    if "data" in outer:
        where = f"{where}.data"
        outer = obj(outer["data"], where)
    payload = arr(key(outer, "payload", where), f"{where}.payload")
    conversations = tuple(
        decode_conversation(item, f"{where}.payload[{i}]", account_id) for i, item in enumerate(payload)
    )
    meta = outer.get("meta")
    return ConversationPage(
        counts=ConversationCounts() if meta is None else decode_counts(meta, f"{where}.meta"),
        conversations=conversations,
        page=page,
        page_size=page_size,
    )


def decode_conversation_list(value: Any, where: str = "response", account_id: int | None = None) -> list[Conversation]:
    """`{"payload": [<Conversation>...]}`, as from `GET …/contacts/{id}/conversations`."""
    data = obj(value, where)
    payload = arr(key(data, "payload", where), f"{where}.payload")
    return [decode_conversation(item, f"{where}.payload[{i}]", account_id) for i, item in enumerate(payload)]


def decode_status_payload(value: Any, where: str = "response") -> tuple[ConversationStatus, datetime | None]:
    """`toggle_status` → (status, snoozed_until datetime or None), from `payload.current_status`."""
    data = obj(value, where)
    payload = obj(key(data, "payload", where), f"{where}.payload")
    status = decode_status(key(payload, "current_status", f"{where}.payload"), f"{where}.payload.current_status")
    return status, timestamp(payload.get("snoozed_until"), f"{where}.payload.snoozed_until")


def decode_labels_payload(value: Any, where: str = "response") -> tuple[str, ...]:
    """`{"payload": ["billing", "vip"]}` from the conversation labels endpoints (§4.8)."""
    data = obj(value, where)
    return tuple(each(key(data, "payload", where), f"{where}.payload", to_str))


__all__ = [
    "CONVERSATION_PAGE_SIZE",
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
