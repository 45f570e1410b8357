"""Serializers for messages and conversations: REST shapes (§6.2, §4.2) versus push shapes (§6.3, §11.3),
with their different timestamp encodings, key-presence rules and attachment objects (§6.3)."""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import quote

from desktop.sandbox import clock, db
from desktop.sandbox.people import contact_push, user_push, user_row
from desktop.sandbox.state import Sandbox, epoch, iso, jrow

WINDOW_CHANNELS = {"Channel::Whatsapp": 24 * 3600, "Channel::FacebookPage": 24 * 3600,
                   "Channel::Instagram": 24 * 3600}


def attachment_object(sb: Sandbox, att: sqlite3.Row) -> dict[str, Any]:
    base = f"{sb.base_url}/rails/active_storage"
    name = quote(att["filename"])
    out: dict[str, Any] = {"id": att["id"], "message_id": att["message_id"], "file_type": att["file_type"],
                           "account_id": att["account_id"], "extension": att["extension"],
                           "data_url": f"{base}/blobs/redirect/{att['id']}/{name}",
                           "thumb_url": f"{base}/representations/redirect/{att['id']}/{name}"
                           if att["file_type"] == "image" else "",
                           "file_size": att["file_size"], "width": att["width"], "height": att["height"]}
    if att["file_type"] == "audio":
        out["transcribed_text"] = ""
    return out


def _attachments(sb: Sandbox, message_id: int) -> list[dict[str, Any]]:
    rows = db.all_rows(sb.conn, "SELECT * FROM attachments WHERE message_id=? ORDER BY id", (message_id,))
    return [attachment_object(sb, r) for r in rows]


def _sender(sb: Sandbox, msg: sqlite3.Row, account_id: int | None) -> dict[str, Any] | None:
    if msg["sender_type"] == "Contact":
        contact = db.one(sb.conn, "SELECT * FROM contacts WHERE id=?", (msg["sender_id"],))
        return contact_push(contact) if contact else None
    if msg["sender_type"] == "User":
        user = user_row(sb, msg["sender_id"])
        return user_push(sb, account_id, user) if user else None
    return None


def display_id(sb: Sandbox, conversation_pk: int) -> int:
    row = db.one(sb.conn, "SELECT display_id FROM conversations WHERE id=?", (conversation_pk,))
    return int(row["display_id"]) if row else 0


def message_rest(sb: Sandbox, msg: sqlite3.Row, echo_id: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": msg["id"], "content": msg["content"], "inbox_id": msg["inbox_id"]}
    if echo_id is not None:
        out["echo_id"] = echo_id
    out.update({"conversation_id": display_id(sb, msg["conversation_id"]), "message_type": msg["message_type"],
                "content_type": msg["content_type"], "status": msg["status"],
                "content_attributes": jrow(msg, "content_attributes", {}), "created_at": epoch(msg["created_at"]),
                "private": bool(msg["private"]), "source_id": msg["source_id"]})
    sender = _sender(sb, msg, msg["account_id"])
    if sender is not None:
        out["sender"] = sender
    attachments = _attachments(sb, msg["id"])
    if attachments:
        out["attachments"] = attachments
    return out


def message_push(sb: Sandbox, msg: sqlite3.Row, echo_id: str | None = None, *,
                 account_context: bool = True) -> dict[str, Any]:
    """§6.3 push shape; without account context (jobs) a User sender's availability_status is null."""
    conv = db.one(sb.conn, "SELECT * FROM conversations WHERE id=?", (msg["conversation_id"],))
    assert conv is not None
    ci = db.one(sb.conn, "SELECT source_id FROM contact_inboxes WHERE id=?", (conv["contact_inbox_id"],))
    out: dict[str, Any] = {
        "id": msg["id"], "content": msg["content"], "account_id": msg["account_id"], "inbox_id": msg["inbox_id"],
        "conversation_id": conv["display_id"], "message_type": msg["message_type"],
        "created_at": epoch(msg["created_at"]), "updated_at": iso(msg["updated_at"]), "private": bool(msg["private"]),
        "status": msg["status"], "source_id": msg["source_id"], "content_type": msg["content_type"],
        "content_attributes": jrow(msg, "content_attributes", {}), "sender_type": msg["sender_type"],
        "sender_id": msg["sender_id"], "external_source_ids": {},
        "additional_attributes": jrow(msg, "additional_attributes", {}), "processed_message_content": msg["content"],
        "sentiment": {},
        "conversation": {"assignee_id": conv["assignee_id"], "unread_count": unread_count(sb, conv),
                         "last_activity_at": epoch(conv["last_activity_at"]),
                         "contact_inbox": {"source_id": ci["source_id"] if ci else None}}}
    if echo_id is not None:
        out["echo_id"] = echo_id
    attachments = _attachments(sb, msg["id"])
    if attachments:
        out["attachments"] = attachments
    sender = _sender(sb, msg, msg["account_id"] if account_context else None)
    if sender is not None:
        out["sender"] = sender
    return out


def unread_count(sb: Sandbox, conv: sqlite3.Row) -> int:
    row = db.one(sb.conn, "SELECT count(*) AS n FROM (SELECT 1 FROM messages WHERE conversation_id=? AND"
                          " message_type=0 AND created_at > ? LIMIT 10)",
                 (conv["id"], conv["agent_last_seen_at"] or 0))
    return int(row["n"]) if row else 0


def can_reply(sb: Sandbox, conv: sqlite3.Row, channel: str) -> bool:
    window = WINDOW_CHANNELS.get(channel)
    if window is None:
        return True
    row = db.one(sb.conn, "SELECT max(created_at) AS t FROM messages WHERE conversation_id=? AND message_type=0",
                 (conv["id"],))
    return bool(row and row["t"] and clock.now() - row["t"] < window)


def _last(sb: Sandbox, conv_pk: int, where: str) -> sqlite3.Row | None:
    return db.one(sb.conn, f"SELECT * FROM messages WHERE conversation_id=? {where} ORDER BY id DESC LIMIT 1",
                  (conv_pk,))


def _parts(sb: Sandbox, conv: sqlite3.Row) -> tuple[sqlite3.Row, sqlite3.Row, sqlite3.Row | None, sqlite3.Row | None]:
    contact = db.one(sb.conn, "SELECT * FROM contacts WHERE id=?", (conv["contact_id"],))
    inbox = db.one(sb.conn, "SELECT * FROM inboxes WHERE id=?", (conv["inbox_id"],))
    assert contact is not None and inbox is not None
    assignee = user_row(sb, conv["assignee_id"]) if conv["assignee_id"] else None
    team = db.one(sb.conn, "SELECT * FROM teams WHERE id=?", (conv["team_id"],)) if conv["team_id"] else None
    return contact, inbox, assignee, team


def conversation_rest(sb: Sandbox, conv: sqlite3.Row, user_id: int) -> dict[str, Any]:
    from desktop.sandbox.people import agent_object, contact_rest, team_object

    contact, inbox, assignee, team = _parts(sb, conv)
    meta: dict[str, Any] = {"sender": contact_rest(sb, contact, with_inboxes=False), "channel": inbox["channel_type"]}
    if assignee is not None:
        meta["assignee"] = agent_object(sb, conv["account_id"], assignee)
        meta["assignee_type"] = "User"
    if team is not None:
        meta["team"] = team_object(sb, team, user_id)
    meta["hmac_verified"] = False
    last = _last(sb, conv["id"], "")
    last_push = message_push(sb, last) if last else None
    last_non_activity = _last(sb, conv["id"], "AND message_type != 2")
    if last_non_activity is None:
        preview = None
    elif last is not None and last_non_activity["id"] == last["id"]:
        preview = last_push
    else:
        preview = message_push(sb, last_non_activity)
    return {
        "meta": meta, "id": conv["display_id"], "messages": [last_push] if last_push else [],
        "account_id": conv["account_id"], "uuid": conv["uuid"],
        "additional_attributes": jrow(conv, "additional_attributes", {}),
        "agent_last_seen_at": epoch(conv["agent_last_seen_at"]),
        "assignee_last_seen_at": epoch(conv["assignee_last_seen_at"]),
        "can_reply": can_reply(sb, conv, inbox["channel_type"]),
        "contact_last_seen_at": epoch(conv["contact_last_seen_at"]),
        "custom_attributes": jrow(conv, "custom_attributes", {}), "inbox_id": conv["inbox_id"],
        "labels": jrow(conv, "labels", []), "muted": bool(contact["blocked"]),
        "snoozed_until": iso(conv["snoozed_until"]), "status": conv["status"],
        "created_at": epoch(conv["created_at"]), "updated_at": float(conv["updated_at"] or conv["created_at"]),
        "timestamp": epoch(conv["last_activity_at"]), "first_reply_created_at": epoch(conv["first_reply_created_at"]),
        "unread_count": unread_count(sb, conv),
        "last_non_activity_message": preview,
        "last_activity_at": epoch(conv["last_activity_at"]), "priority": conv["priority"],
        "waiting_since": epoch(conv["waiting_since"]), "sla_policy_id": None}


def conversation_push(sb: Sandbox, conv: sqlite3.Row, *, account_context: bool = False) -> dict[str, Any]:
    """§11.3 push shape. Re-rendered events have availability_status null (account_context False)."""
    contact, inbox, assignee, team = _parts(sb, conv)
    ci = db.one(sb.conn, "SELECT * FROM contact_inboxes WHERE id=?", (conv["contact_inbox_id"],))
    last = _last(sb, conv["id"], "AND message_type != 2 AND private = 0")
    aid = conv["account_id"] if account_context else None
    return {
        "additional_attributes": jrow(conv, "additional_attributes", {}),
        "can_reply": can_reply(sb, conv, inbox["channel_type"]), "channel": inbox["channel_type"],
        "contact_inbox": {"id": ci["id"], "contact_id": ci["contact_id"], "inbox_id": ci["inbox_id"],
                          "source_id": ci["source_id"], "created_at": iso(ci["created_at"]),
                          "updated_at": iso(ci["updated_at"]), "hmac_verified": bool(ci["hmac_verified"]),
                          "pubsub_token": ci["pubsub_token"]} if ci else None,
        "id": conv["display_id"], "inbox_id": conv["inbox_id"],
        "messages": [message_push(sb, last, account_context=account_context)] if last else [],
        "labels": jrow(conv, "labels", []),
        "meta": {"sender": contact_push(contact),
                 "assignee": user_push(sb, aid, assignee) if assignee is not None else None,
                 "assignee_type": "User" if assignee is not None else None,
                 "team": {"id": team["id"], "name": team["name"]} if team is not None else None,
                 "hmac_verified": False},
        "status": conv["status"], "custom_attributes": jrow(conv, "custom_attributes", {}),
        "snoozed_until": iso(conv["snoozed_until"]), "unread_count": unread_count(sb, conv),
        "first_reply_created_at": iso(conv["first_reply_created_at"]), "priority": conv["priority"],
        "waiting_since": epoch(conv["waiting_since"]), "agent_last_seen_at": epoch(conv["agent_last_seen_at"]),
        "contact_last_seen_at": epoch(conv["contact_last_seen_at"]),
        "last_activity_at": epoch(conv["last_activity_at"]), "timestamp": epoch(conv["last_activity_at"]),
        "created_at": epoch(conv["created_at"]), "updated_at": float(conv["updated_at"] or conv["created_at"]),
        "account_id": conv["account_id"]}
