"""Wire JSON → `desktop.domain` types: the public entry to every Chatwoot decoder.

Used by the REST client and by the realtime client (which decodes push payloads with `decode_conversation`,
`decode_message`, `decode_contact` and `decode_person`; all of them accept both the REST and the push
shapes). This module also holds the decoders of lookups: inboxes (§8.1), labels (§5), saved replies (§7),
`GET /api` (§16), reports (§12).

Every decoder takes JSON bytes or the parsed JSON value (plus an optional path used in error details),
decodes it into its wire shape (`decode_shapes.py`, msgspec) and raises only `MalformedResponse`
(`decode_server_info`: `NotChatwoot`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.api.chatwoot.decode_conversation import (
    CONVERSATION_PAGE_SIZE,
    decode_conversation,
    decode_conversation_list,
    decode_conversation_page,
    decode_counts,
    decode_counts_response,
    decode_labels_payload,
    decode_priority,
    decode_status,
    decode_status_payload,
)
from desktop.api.chatwoot.decode_message import (
    CATCH_UP_PAGE_SIZE,
    HISTORY_PAGE_SIZE,
    decode_attachment,
    decode_delivery_status,
    decode_message,
    decode_message_page,
    decode_message_type,
)
from desktop.api.chatwoot.decode_people import (
    decode_agent,
    decode_contact,
    decode_person,
    decode_team,
    decode_user,
    decode_workspace,
    sender_kind,
)
from desktop.api.chatwoot.decode_shapes import (
    AgentLoadShape,
    InboxShape,
    LabelShape,
    PayloadListShape,
    SavedReplyShape,
)
from desktop.api.chatwoot.decode_support import channel_kind, finite, load, pick, table
from desktop.api.chatwoot.wire import each
from desktop.domain.errors import MalformedResponse, NotChatwoot
from desktop.domain.models import (
    Availability,
    Inbox,
    Label,
    SavedReply,
    ServerInfo,
)

if TYPE_CHECKING:
    from desktop.domain.reports import AgentLoad


def decode_inbox(value: Any, where: str = "inbox") -> Inbox:
    shape = load(InboxShape, value, where)
    return Inbox(
        id=shape.id,
        name=shape.name or "",
        kind=channel_kind(shape.channel_type or "", shape.medium),
        phone_number=shape.phone_number or None,
        avatar_url=shape.avatar_url or "",
    )


def decode_label(value: Any, where: str = "label") -> Label:
    shape = load(LabelShape, value, where)
    return Label(
        id=shape.id,
        title=shape.title,
        color=shape.color or "#1f93ff",
        description=shape.description or "",
        show_on_sidebar=shape.show_on_sidebar is not False,
    )


def decode_saved_reply(value: Any, where: str = "canned_response") -> SavedReply:
    shape = load(SavedReplyShape, value, where)
    return SavedReply(id=shape.id, short_code=shape.short_code or "", content=shape.content or "")


def payload_list(value: Any, where: str = "response") -> list[Any]:
    """`{"payload": [...]}` → the list (labels, inboxes, assignable agents, contact search)."""
    return load(PayloadListShape, value, where).payload


def decode_server_info(value: Any) -> ServerInfo:
    """`GET /api` → `{version, timestamp, queue_services, data_services}`; anything else is NotChatwoot."""
    if not isinstance(value, dict) or not isinstance(value.get("version"), str):
        raise NotChatwoot(detail="GET /api did not answer with a Chatwoot version")
    if not ({"queue_services", "data_services", "timestamp"} & value.keys()):
        raise NotChatwoot(detail="GET /api answered without Chatwoot's service status")
    return ServerInfo(version=value["version"] or None)


_AVAILABILITY = table(Availability)


def decode_agent_load(value: Any, where: str = "agent_load") -> AgentLoad:
    """A row of `reports/conversations?type=agent`: `{id, name, email, thumbnail, availability, metric}`.
    The reports' domain module (two enums, ten dataclasses: ~4 ms) is imported at the first row, not by the
    first request of a start without the start cache."""
    from desktop.domain.reports import AgentLoad

    shape = load(AgentLoadShape, value, where)
    metric = shape.metric
    return AgentLoad(
        agent_id=shape.id,
        name=shape.name or "",
        email=shape.email or "",
        availability=pick(shape.availability, _AVAILABILITY, Availability.OFFLINE),
        open_count=0 if metric is None else _count(metric.open, f"{where}.metric.open"),
        unattended_count=0 if metric is None else _count(metric.unattended, f"{where}.metric.unattended"),
    )


def _count(value: float | None, where: str) -> int:
    """Report counts: ints on the wire, tolerated as floats or numeric strings; null is 0."""
    number = finite(value, where)
    return 0 if number is None else round(number)


__all__ = [
    "CATCH_UP_PAGE_SIZE",
    "CONVERSATION_PAGE_SIZE",
    "HISTORY_PAGE_SIZE",
    "MalformedResponse",
    "channel_kind",
    "decode_agent",
    "decode_agent_load",
    "decode_attachment",
    "decode_contact",
    "decode_conversation",
    "decode_conversation_list",
    "decode_conversation_page",
    "decode_counts",
    "decode_counts_response",
    "decode_delivery_status",
    "decode_inbox",
    "decode_label",
    "decode_labels_payload",
    "decode_message",
    "decode_message_page",
    "decode_message_type",
    "decode_person",
    "decode_priority",
    "decode_saved_reply",
    "decode_server_info",
    "decode_status",
    "decode_status_payload",
    "decode_team",
    "decode_user",
    "decode_workspace",
    "each",
    "payload_list",
    "sender_kind",
]
