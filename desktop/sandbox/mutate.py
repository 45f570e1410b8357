"""Mutations shared by routes, the control API and the simulator: creating messages (with attachments,
conversation bookkeeping, delivery/read receipts) and changing status/assignee, each raising the realtime
events a real Chatwoot would."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import uuid
from typing import Any

from desktop.sandbox import clock, db, notifications
from desktop.sandbox.events import conversation_event, message_event
from desktop.sandbox.files import UploadedFile, file_type_for, png_size
from desktop.sandbox.http import unprocessable
from desktop.sandbox.shapes import can_reply
from desktop.sandbox.state import Sandbox, iso

RECEIPT_CHANNELS = {"Channel::Whatsapp", "Channel::FacebookPage", "Channel::Instagram"}
MAX_CONTENT = 150_000
WINDOW_CLOSED = ("131047: Re-engagement message — Message failed to send because more than 24 hours have passed"
                 " since the customer last replied to this number.")


def _conv(sb: Sandbox, pk: int) -> sqlite3.Row:
    row = db.one(sb.conn, "SELECT * FROM conversations WHERE id=?", (pk,))
    assert row is not None
    return row


def _store(sb: Sandbox, account_id: int, message_id: int, upload: UploadedFile) -> None:
    sb.files.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.\-]+", "_", upload.filename)[-80:] or "file"
    stored = f"{uuid.uuid4().hex}-{safe}"
    (sb.files / stored).write_bytes(upload.data)
    kind = file_type_for(upload.filename, upload.content_type)
    size = png_size(upload.data) if kind == "image" else None
    ext = upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else None
    db.insert(sb.conn, "attachments", {
        "message_id": message_id, "account_id": account_id, "file_type": kind, "extension": ext,
        "filename": upload.filename or "file", "mime": upload.content_type, "file_size": len(upload.data),
        "width": size[0] if size else None, "height": size[1] if size else None, "stored_name": stored})


def create_message(sb: Sandbox, conv: sqlite3.Row, *, content: str | None, message_type: int, private: bool = False,
                   sender_type: str | None = None, sender_id: int | None = None, content_type: str = "text",
                   content_attributes: dict[str, Any] | None = None, echo_id: str | None = None,
                   files: list[UploadedFile] | None = None, performer_id: int | None = None,
                   source_id: str | None = None) -> sqlite3.Row:
    """Insert a message, update its conversation, and broadcast like Chatwoot (422 ApiError on failure)."""
    files = files or []
    if (content is None or not str(content).strip()) and not files and message_type != 3:
        raise unprocessable("Validation failed: Content can't be blank")
    if content is not None and len(content) > MAX_CONTENT:
        raise unprocessable(f"Validation failed: Content is too long (maximum is {MAX_CONTENT} characters)")
    if len(files) > 15:
        raise unprocessable("Validation failed: Attachments Too many attachments")
    now = clock.now()
    recent = db.one(sb.conn, "SELECT count(*) AS n FROM messages WHERE conversation_id=? AND created_at >= ?",
                    (conv["id"], now - 60))
    if recent and recent["n"] >= sb.config.flood_limit:
        raise unprocessable("Too many messages")
    sb.conn.execute("BEGIN")
    try:
        mid = db.insert(sb.conn, "messages", {
            "account_id": conv["account_id"], "inbox_id": conv["inbox_id"], "conversation_id": conv["id"],
            "message_type": message_type, "content_type": content_type, "status": "sent", "private": int(private),
            "content": content, "content_attributes": db.dumps(content_attributes or {}),
            "sender_type": sender_type, "sender_id": sender_id, "source_id": source_id,
            "additional_attributes": db.dumps({}), "created_at": now, "updated_at": now})
        for upload in files:
            _store(sb, conv["account_id"], mid, upload)
        changes: dict[str, Any] = {"updated_at": now}
        if message_type != 2:
            changes["last_activity_at"] = now
        status_changed = False
        if message_type == 0:
            if conv["waiting_since"] is None:
                changes["waiting_since"] = now
            if conv["status"] in ("resolved", "snoozed"):
                changes.update(status="open", snoozed_until=None)
                status_changed = True
            sb.conn.execute("UPDATE contacts SET last_activity_at=? WHERE id=?", (now, conv["contact_id"]))
        elif message_type == 1 and not private and sender_type == "User":
            if conv["first_reply_created_at"] is None:
                changes["first_reply_created_at"] = now
            changes["waiting_since"] = None
        db.update(sb.conn, "conversations", conv["id"], changes)
        sb.conn.execute("COMMIT")
    except BaseException:
        sb.conn.execute("ROLLBACK")
        raise
    msg = db.one(sb.conn, "SELECT * FROM messages WHERE id=?", (mid,))
    assert msg is not None
    message_event(sb, "message.created", msg, echo_id=echo_id, performer_id=performer_id)
    if private and sender_type == "User":
        notifications.mentions(sb, conv, content, sender_id)
    if status_changed:
        conversation_event(sb, "conversation.status_changed", conv["id"])
    tracked = ("waiting_since", "first_reply_created_at", "status")
    if any(k in changes and changes[k] != conv[k] for k in tracked):
        conversation_event(sb, "conversation.updated", conv["id"])
    channel = db.one(sb.conn, "SELECT channel_type FROM inboxes WHERE id=?", (conv["inbox_id"],))
    if message_type == 1 and not private and channel and channel["channel_type"] in RECEIPT_CHANNELS:
        if channel["channel_type"] == "Channel::Whatsapp" and not can_reply(sb, conv, channel["channel_type"]):
            schedule_failure(sb, mid, WINDOW_CLOSED)  # Meta refuses free text outside the 24-hour window
        else:
            schedule_receipts(sb, mid)
    return msg


def set_message_status(sb: Sandbox, message_id: int, status: str) -> None:
    """Move a message to `status` and broadcast message.updated with previous_changes."""
    if sb.closed:
        return
    msg = db.one(sb.conn, "SELECT * FROM messages WHERE id=?", (message_id,))
    if msg is None or msg["status"] == status or msg["status"] == "read":
        return
    now = clock.now()
    db.update(sb.conn, "messages", message_id, {"status": status, "updated_at": now})
    fresh = db.one(sb.conn, "SELECT * FROM messages WHERE id=?", (message_id,))
    assert fresh is not None
    message_event(sb, "message.updated", fresh, previous_changes={
        "status": [msg["status"], status], "updated_at": [iso(msg["updated_at"]), iso(now)]}, account_context=False)
    if status == "read" and msg["message_type"] == 1:  # the customer has seen the conversation
        db.update(sb.conn, "conversations", msg["conversation_id"], {"contact_last_seen_at": now})
        conversation_event(sb, "conversation.read", msg["conversation_id"])


def fail_message(sb: Sandbox, message_id: int, error: str) -> None:
    """The channel rejected the message: status failed with content_attributes.external_error."""
    if sb.closed:
        return
    msg = db.one(sb.conn, "SELECT * FROM messages WHERE id=?", (message_id,))
    if msg is None or msg["status"] != "sent":
        return
    now = clock.now()
    attrs = db.loads(msg["content_attributes"], {}) | {"external_error": error}
    db.update(sb.conn, "messages", message_id, {"status": "failed", "updated_at": now,
                                                "content_attributes": db.dumps(attrs)})
    fresh = db.one(sb.conn, "SELECT * FROM messages WHERE id=?", (message_id,))
    assert fresh is not None
    message_event(sb, "message.updated", fresh, previous_changes={
        "status": ["sent", "failed"], "updated_at": [iso(msg["updated_at"]), iso(now)]}, account_context=False)


def schedule_failure(sb: Sandbox, message_id: int, error: str) -> None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    loop.call_later(sb.config.receipt_delays[0], fail_message, sb, message_id, error)


def schedule_receipts(sb: Sandbox, message_id: int) -> None:
    """The simulated customer's phone reports delivered, then read, a few seconds later."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    delivered, read = sb.config.receipt_delays
    loop.call_later(delivered, set_message_status, sb, message_id, "delivered")
    loop.call_later(read, set_message_status, sb, message_id, "read")


def set_status(sb: Sandbox, conv: sqlite3.Row, status: str, snoozed_until: float | None, *,
               actor_id: int | None, actor_is_agent: bool) -> sqlite3.Row:
    """Change status (an agent opening a conversation takes it over, §4.6) and broadcast."""
    changes: dict[str, Any] = {"status": status, "updated_at": clock.now(),
                               "snoozed_until": snoozed_until if status == "snoozed" else None}
    if status == "resolved":
        changes["waiting_since"] = None
    assignee_changed = False
    if status == "open" and actor_is_agent and actor_id is not None and conv["assignee_id"] != actor_id:
        changes["assignee_id"] = actor_id
        assignee_changed = True
    db.update(sb.conn, "conversations", conv["id"], changes)
    if conv["status"] != status:
        text = STATUS_ACTIVITY[status].format(who=user_name(sb, actor_id))
        activity(sb, conv, text if actor_id is not None else text.rsplit(" by ", 1)[0])
        conversation_event(sb, "conversation.status_changed", conv["id"])
    if assignee_changed:
        conversation_event(sb, "assignee.changed", conv["id"])
    if conv["status"] != status or assignee_changed or conv["snoozed_until"] != changes["snoozed_until"]:
        conversation_event(sb, "conversation.updated", conv["id"])
    return _conv(sb, conv["id"])


def activity(sb: Sandbox, conv: sqlite3.Row, text: str) -> None:
    """A system line (message_type 2, no sender), as Chatwoot's activity message job writes."""
    create_message(sb, _conv(sb, conv["id"]), content=text, message_type=2, content_type="text")


def user_name(sb: Sandbox, user_id: int | None) -> str:
    row = db.one(sb.conn, "SELECT name FROM users WHERE id=?", (user_id,)) if user_id else None
    return str(row["name"]) if row else "System"


STATUS_ACTIVITY = {"open": "Conversation was reopened by {who}", "resolved": "Conversation was marked resolved by {who}",
                   "pending": "Conversation was marked pending by {who}", "snoozed": "Conversation was snoozed by {who}"}


def wake_snoozed(sb: Sandbox) -> int:
    """Reopen conversations whose snooze has run out (Chatwoot's ReopenSnoozedConversationsJob)."""
    rows = db.all_rows(sb.conn, "SELECT * FROM conversations WHERE status='snoozed' AND snoozed_until IS NOT NULL"
                                " AND snoozed_until <= ?", (clock.now(),))
    for conv in rows:
        set_status(sb, conv, "open", None, actor_id=None, actor_is_agent=False)
    return len(rows)
