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

from desktop.api.chatwoot.decode_people import contact_from, person_from
from desktop.api.chatwoot.decode_shapes import AttachmentShape, MessagePageShape, MessageShape
from desktop.api.chatwoot.decode_support import MOMENTS, constructor, load, pick, table, when
from desktop.api.chatwoot.wire import malformed, to_int
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

_MESSAGE_TYPES = {t.value: t for t in MessageType}
_MESSAGE_TYPE_NAMES = {t.name.lower(): t for t in MessageType}
#: an unknown message_type is shown as a neutral system line rather than as something the contact said
_UNKNOWN_MESSAGE_TYPE = MessageType.ACTIVITY
_DELIVERY = {**table(DeliveryStatus), "progress": DeliveryStatus.PENDING}
_ATTACHMENT_KINDS = table(AttachmentKind)
_attachment = constructor(Attachment)
_message = constructor(Message)
_moment = MOMENTS.get  # (the interpreter does not specialize this method load in `message_from`)


def decode_message_type(value: object, where: str) -> MessageType:
    if type(value) is int:
        return _MESSAGE_TYPES.get(value, _UNKNOWN_MESSAGE_TYPE)
    if isinstance(value, str):
        named = _MESSAGE_TYPE_NAMES.get(value.strip().lower())
        if named is not None:
            return named
        if not value.strip().isdigit():
            return _UNKNOWN_MESSAGE_TYPE
    number = to_int(value, where)
    return _MESSAGE_TYPES.get(number, _UNKNOWN_MESSAGE_TYPE)


def decode_delivery_status(value: object, where: str) -> DeliveryStatus:
    if value is not None and not isinstance(value, str):
        raise malformed(where, "a string", value)
    return pick(value, _DELIVERY, DeliveryStatus.SENT)


def attachment_from(shape: AttachmentShape) -> Attachment:
    return _attachment(
        shape.id,
        pick(shape.file_type, _ATTACHMENT_KINDS, AttachmentKind.OTHER),
        shape.data_url or "",
        shape.thumb_url or "",
        shape.file_size,
        shape.extension or None,
        shape.width,
        shape.height,
        shape.fallback_title or None,
    )


def decode_attachment(value: Any, where: str = "attachment") -> Attachment:
    return attachment_from(load(AttachmentShape, value, where))


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


def _echo(value: str | int | float | None) -> str | None:
    # echo ids are client-chosen strings; a numeric one may come back as a number
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def message_from(shape: MessageShape, where: str, conversation_id: int | None = None) -> Message:
    """The domain message of a decoded shape; `conversation_id` is the fallback for payloads without one."""
    conv_id = shape.conversation_id
    if conv_id is None:
        if conversation_id is None:
            raise malformed(f"{where}.conversation_id", "an integer", None)
        conv_id = conversation_id
    stamp = shape.created_at  # an epoch int seen moments ago, most often: its datetime is in MOMENTS
    created_at = _moment(stamp) if type(stamp) is int else None
    if created_at is None:
        created_at = when(stamp, where, "created_at")
        if created_at is None:
            raise malformed(f"{where}.created_at", "a timestamp", stamp)
    attributes = shape.content_attributes
    sender = shape.sender
    kind = shape.message_type
    status = shape.status
    delivery = DeliveryStatus.SENT if status is None else _DELIVERY.get(status)
    echo = shape.echo_id
    return _message(  # every field, in declaration order
        shape.id,
        conv_id,
        shape.content or "",
        _MESSAGE_TYPES.get(kind, _UNKNOWN_MESSAGE_TYPE) if type(kind) is int
        else decode_message_type(kind, f"{where}.message_type"),
        created_at,
        shape.private is True,
        pick(status, _DELIVERY, DeliveryStatus.SENT) if delivery is None else delivery,
        shape.content_type or "text",
        None if sender is None else person_from(sender, where, shape.sender_type, ".sender"),
        tuple(map(attachment_from, shape.attachments)) if shape.attachments else (),
        None if echo is None else _echo(echo),
        shape.inbox_id,
        shape.source_id or None,
        None if not attributes else _lenient_text(attributes.get("external_error")),
        False if not attributes else attributes.get("deleted") is True,
        None if not attributes else _lenient_int(attributes.get("in_reply_to")),
    )


def decode_message(value: Any, where: str = "message", conversation_id: int | None = None) -> Message:
    """A message in the REST shape or the push shape.

    `conversation_id` is a fallback for payloads that omit it (the wire value, a display id, wins).
    """
    return message_from(load(MessageShape, value, where), where, conversation_id)


def decode_message_page(
    value: Any, where: str = "messages", *, conversation_id: int | None = None, full_page: int | None = None
) -> MessagePage:
    """`GET …/messages` → MessagePage, ascending by id.

    `full_page` is the server's page size for the request made (20 for latest/before, §6.2): a page that
    long means older history may remain. Pass None when the request was a catch-up (`after`).
    """
    shape = load(MessagePageShape, value, where)
    messages = [
        message_from(item, f"{where}.payload[{i}]", conversation_id) for i, item in enumerate(shape.payload)
    ]
    messages.sort(key=lambda m: m.id or 0)
    meta = shape.meta
    contact = None if meta is None or meta.contact is None else contact_from(meta.contact)
    return MessagePage(
        messages=tuple(messages),
        has_more_before=full_page is not None and len(shape.payload) >= full_page,
        contact=contact,
        labels=tuple(meta.labels) if meta is not None and meta.labels is not None else (),
    )


__all__ = [
    "CATCH_UP_PAGE_SIZE",
    "HISTORY_PAGE_SIZE",
    "decode_attachment",
    "decode_delivery_status",
    "decode_message",
    "decode_message_page",
    "decode_message_type",
    "message_from",
]
