"""Wire JSON → `desktop.domain` types: the public entry to every Chatwoot decoder.

Used by the REST client and by the realtime client (which decodes push payloads with `decode_conversation`,
`decode_message`, `decode_contact` and `decode_person`; all of them accept both the REST and the push
shapes). This module also holds the decoders of lookups: inboxes (§8.1), labels (§5), saved replies (§7),
`GET /api` (§16), reports (§12).

Every decoder takes the parsed JSON value (plus an optional path used in error details) and raises only
`MalformedResponse` (`decode_server_info`: `NotChatwoot`).
"""

from __future__ import annotations

from typing import Any

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
from desktop.api.chatwoot.wire import (
    arr,
    each,
    enum_of,
    key,
    obj,
    obj_or_empty,
    opt_str,
    opt_to_float,
    str_or_empty,
    to_bool,
    to_float,
    to_int,
    to_str,
)
from desktop.domain.errors import MalformedResponse, NotChatwoot
from desktop.domain.models import (
    AgentLoad,
    Availability,
    ChannelKind,
    Inbox,
    Label,
    ReportSummary,
    SavedReply,
    ServerInfo,
)

_CHANNEL_KINDS = {
    "channel::webwidget": ChannelKind.WEB,
    "channel::facebookpage": ChannelKind.MESSENGER,
    "channel::instagram": ChannelKind.INSTAGRAM,
    "channel::whatsapp": ChannelKind.WHATSAPP,
    "channel::api": ChannelKind.API,
    "channel::email": ChannelKind.EMAIL,
    "channel::twiliosms": ChannelKind.SMS,
    "channel::sms": ChannelKind.SMS,
    "channel::telegram": ChannelKind.TELEGRAM,
}


def channel_kind(channel_type: str, medium: str | None = None) -> ChannelKind:
    """`Channel::Whatsapp` → WHATSAPP …; Twilio's WhatsApp medium is WhatsApp; unknown types → OTHER."""
    kind = _CHANNEL_KINDS.get(channel_type.strip().lower(), ChannelKind.OTHER)
    if kind is ChannelKind.SMS and (medium or "").lower() == "whatsapp":
        return ChannelKind.WHATSAPP
    return kind


def decode_inbox(value: Any, where: str = "inbox") -> Inbox:
    data = obj(value, where)
    channel_type = str_or_empty(data.get("channel_type"), f"{where}.channel_type")
    return Inbox(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        kind=channel_kind(channel_type, opt_str(data.get("medium"), f"{where}.medium")),
        channel_type=channel_type,
        phone_number=opt_str(data.get("phone_number"), f"{where}.phone_number") or None,
        avatar_url=str_or_empty(data.get("avatar_url"), f"{where}.avatar_url"),
    )


def decode_label(value: Any, where: str = "label") -> Label:
    data = obj(value, where)
    return Label(
        id=to_int(key(data, "id", where), f"{where}.id"),
        title=to_str(key(data, "title", where), f"{where}.title"),
        color=str_or_empty(data.get("color"), f"{where}.color") or "#1f93ff",
        description=str_or_empty(data.get("description"), f"{where}.description"),
        show_on_sidebar=to_bool(data.get("show_on_sidebar"), f"{where}.show_on_sidebar", default=True),
    )


def decode_saved_reply(value: Any, where: str = "canned_response") -> SavedReply:
    data = obj(value, where)
    return SavedReply(
        id=to_int(key(data, "id", where), f"{where}.id"),
        short_code=str_or_empty(data.get("short_code"), f"{where}.short_code"),
        content=str_or_empty(data.get("content"), f"{where}.content"),
    )


def payload_list(value: Any, where: str = "response") -> list[Any]:
    """`{"payload": [...]}` → the list (labels, inboxes, assignable agents, contact search)."""
    data = obj(value, where)
    return arr(key(data, "payload", where), f"{where}.payload")


def decode_server_info(value: Any) -> ServerInfo:
    """`GET /api` → `{version, timestamp, queue_services, data_services}`; anything else is NotChatwoot."""
    if not isinstance(value, dict) or not isinstance(value.get("version"), str):
        raise NotChatwoot(detail="GET /api did not answer with a Chatwoot version")
    if not ({"queue_services", "data_services", "timestamp"} & value.keys()):
        raise NotChatwoot(detail="GET /api answered without Chatwoot's service status")
    return ServerInfo(version=value["version"] or None)


def decode_agent_load(value: Any, where: str = "agent_load") -> AgentLoad:
    """A row of `reports/conversations?type=agent`: `{id, name, email, thumbnail, availability, metric}`."""
    data = obj(value, where)
    metric = obj_or_empty(data.get("metric"), f"{where}.metric")
    return AgentLoad(
        agent_id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        email=str_or_empty(data.get("email"), f"{where}.email"),
        availability=enum_of(data.get("availability"), f"{where}.availability", Availability, Availability.OFFLINE),
        open_count=_count(metric.get("open"), f"{where}.metric.open"),
        unattended_count=_count(metric.get("unattended"), f"{where}.metric.unattended"),
    )


def _count(value: object, where: str) -> int:
    """Report counts: ints on the wire, tolerated as floats or numeric strings; null is 0."""
    if value is None:
        return 0
    return round(to_float(value, where))


def decode_report_summary(value: Any, where: str = "summary") -> ReportSummary:
    """`reports/summary` → ReportSummary; durations are seconds (float) or null (§12)."""
    data = obj(value, where)
    return ReportSummary(
        conversations_count=_count(data.get("conversations_count"), f"{where}.conversations_count"),
        incoming_messages_count=_count(data.get("incoming_messages_count"), f"{where}.incoming_messages_count"),
        outgoing_messages_count=_count(data.get("outgoing_messages_count"), f"{where}.outgoing_messages_count"),
        avg_first_response_time=opt_to_float(data.get("avg_first_response_time"), f"{where}.avg_first_response_time"),
        avg_resolution_time=opt_to_float(data.get("avg_resolution_time"), f"{where}.avg_resolution_time"),
        resolutions_count=_count(data.get("resolutions_count"), f"{where}.resolutions_count"),
        reply_time=opt_to_float(data.get("reply_time"), f"{where}.reply_time"),
    )


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
    "decode_report_summary",
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
