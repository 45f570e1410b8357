"""Decoders for messages: the REST shape (§6.2, list and create responses), the push shape (§6.3: websocket
`message.*` events, `conversation.messages[]`, `last_non_activity_message`), attachments, and the
messages-list page with its `meta`.

Quirks handled: `message_type` is an int (the enum name string is accepted too); `sender`, `attachments`
and `echo_id` may be absent; `created_at` is an epoch int while the push `updated_at` is ISO (ignored);
`content_attributes` is free-form, so its well-known keys (`in_reply_to`, `deleted`, `external_error`) are read
leniently; unknown enum values fall back to safe defaults.
"""

from __future__ import annotations

from typing import Any

from desktop.api.chatwoot.decode_people import decode_contact, decode_person
from desktop.api.chatwoot.wire import (
    arr,
    each,
    enum_of,
    key,
    malformed,
    obj,
    obj_or_empty,
    opt_obj,
    opt_str,
    opt_to_int,
    required_timestamp,
    str_or_empty,
    to_bool,
    to_int,
    to_str,
)
from desktop.domain.models import (
    Attachment,
    AttachmentKind,
    DeliveryStatus,
    Message,
    MessagePage,
    MessageType,
)

#: a page of `GET …/messages` without `after` holds at most this many messages (§6.2)
HISTORY_PAGE_SIZE = 20
#: a page of `GET …/messages?after=` holds at most this many messages (§6.2)
CATCH_UP_PAGE_SIZE = 100

_MESSAGE_TYPE_NAMES = {t.name.lower(): t for t in MessageType}
#: an unknown message_type is shown as a neutral system line rather than as something the contact said
_UNKNOWN_MESSAGE_TYPE = MessageType.ACTIVITY
_DELIVERY_ALIASES = {"progress": DeliveryStatus.PENDING, "pending": DeliveryStatus.PENDING}


def decode_message_type(value: object, where: str) -> MessageType:
    if isinstance(value, str):
        named = _MESSAGE_TYPE_NAMES.get(value.strip().lower())
        if named is not None:
            return named
        if not value.strip().isdigit():
            return _UNKNOWN_MESSAGE_TYPE
    number = to_int(value, where)
    try:
        return MessageType(number)
    except ValueError:
        return _UNKNOWN_MESSAGE_TYPE


def decode_delivery_status(value: object, where: str) -> DeliveryStatus:
    if isinstance(value, str) and value.strip().lower() in _DELIVERY_ALIASES:
        return _DELIVERY_ALIASES[value.strip().lower()]
    return enum_of(value, where, DeliveryStatus, DeliveryStatus.SENT)


def decode_attachment(value: Any, where: str = "attachment") -> Attachment:
    data = obj(value, where)
    return Attachment(
        id=to_int(key(data, "id", where), f"{where}.id"),
        kind=enum_of(data.get("file_type"), f"{where}.file_type", AttachmentKind, AttachmentKind.OTHER),
        data_url=str_or_empty(data.get("data_url"), f"{where}.data_url"),
        thumb_url=str_or_empty(data.get("thumb_url"), f"{where}.thumb_url"),
        file_size=opt_to_int(data.get("file_size"), f"{where}.file_size"),
        extension=opt_str(data.get("extension"), f"{where}.extension") or None,
        width=opt_to_int(data.get("width"), f"{where}.width"),
        height=opt_to_int(data.get("height"), f"{where}.height"),
        title=opt_str(data.get("fallback_title"), f"{where}.fallback_title") or None,
    )


def _lenient_int(value: object) -> int | None:
    """`content_attributes` is free-form: a reply target that is not a number is ignored, not fatal."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 19:
        return int(value.strip())
    return None


def _lenient_text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list | int | float):
        return str(value)
    return None


def decode_message(value: Any, where: str = "message", conversation_id: int | None = None) -> Message:
    """A message in the REST shape or the push shape.

    `conversation_id` is a fallback for payloads that omit it (the wire value, a display id, wins).
    """
    data = obj(value, where)
    conv = data.get("conversation_id")
    if conv is None:
        if conversation_id is None:
            raise malformed(f"{where}.conversation_id", "an integer", conv)
        conv_id = conversation_id
    else:
        conv_id = to_int(conv, f"{where}.conversation_id")
    attributes = obj_or_empty(data.get("content_attributes"), f"{where}.content_attributes")
    sender_value = opt_obj(data.get("sender"), f"{where}.sender")
    sender = None
    if sender_value is not None:
        sender = decode_person(sender_value, f"{where}.sender", kind_hint=data.get("sender_type"))
    echo = data.get("echo_id")
    return Message(
        id=to_int(key(data, "id", where), f"{where}.id"),
        conversation_id=conv_id,
        content=str_or_empty(data.get("content"), f"{where}.content"),
        message_type=decode_message_type(key(data, "message_type", where), f"{where}.message_type"),
        created_at=required_timestamp(key(data, "created_at", where), f"{where}.created_at"),
        private=to_bool(data.get("private"), f"{where}.private"),
        status=decode_delivery_status(data.get("status"), f"{where}.status"),
        content_type=str_or_empty(data.get("content_type"), f"{where}.content_type") or "text",
        sender=sender,
        attachments=tuple(each(data.get("attachments") or [], f"{where}.attachments", decode_attachment)),
        echo_id=None if echo is None or echo == "" else _echo(echo, f"{where}.echo_id"),
        inbox_id=opt_to_int(data.get("inbox_id"), f"{where}.inbox_id"),
        source_id=opt_str(data.get("source_id"), f"{where}.source_id") or None,
        external_error=_lenient_text(attributes.get("external_error")),
        deleted=attributes.get("deleted") is True,
        in_reply_to=_lenient_int(attributes.get("in_reply_to")),
    )


def _echo(value: object, where: str) -> str:
    # echo ids are client-chosen strings; a numeric one may come back as a number
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return to_str(value, where)


def decode_message_page(
    value: Any, where: str = "messages", *, conversation_id: int | None = None, full_page: int | None = None
) -> MessagePage:
    """`GET …/messages` → MessagePage, ascending by id.

    `full_page` is the server's page size for the request made (20 for latest/before, §6.2): a page that
    long means older history may remain. Pass None when the request was a catch-up (`after`).
    """
    data = obj(value, where)
    payload = arr(key(data, "payload", where), f"{where}.payload")
    messages = [
        decode_message(item, f"{where}.payload[{i}]", conversation_id) for i, item in enumerate(payload)
    ]
    messages.sort(key=lambda m: m.id or 0)
    meta = obj_or_empty(data.get("meta"), f"{where}.meta")
    contact_value = opt_obj(meta.get("contact"), f"{where}.meta.contact")
    labels = meta.get("labels")
    return MessagePage(
        messages=tuple(messages),
        has_more_before=full_page is not None and len(payload) >= full_page,
        contact=None if contact_value is None else decode_contact(contact_value, f"{where}.meta.contact"),
        labels=tuple(each(labels, f"{where}.meta.labels", to_str)) if labels is not None else (),
    )
