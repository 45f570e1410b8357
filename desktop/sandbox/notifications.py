"""Agent notifications (contract §11.3 `notification.created`): stored per user, raised when someone else
assigns a conversation to an agent (`conversation_assignment`) and when a private note mentions an agent
(`conversation_mention`, Chatwoot's `mention://user/<id>/<name>` links or a plain `@Full Name`)."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from desktop.sandbox import clock, db
from desktop.sandbox.people import user_push
from desktop.sandbox.state import Sandbox, epoch

MENTION = re.compile(r"mention://user/(\d+)/")


def _counts(sb: Sandbox, account_id: int, user_id: int) -> tuple[int, int]:
    row = db.one(sb.conn, "SELECT count(*) AS n, sum(read_at IS NULL) AS unread FROM notifications WHERE"
                          " account_id=? AND user_id=?", (account_id, user_id))
    return (int(row["unread"] or 0), int(row["n"] or 0)) if row else (0, 0)


def _payload(sb: Sandbox, note: sqlite3.Row, conv: sqlite3.Row) -> dict[str, Any]:
    user = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (note["user_id"],))
    actor = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (note["secondary_actor_id"],)) \
        if note["secondary_actor_id"] else None
    contact = db.one(sb.conn, "SELECT name, thumbnail FROM contacts WHERE id=?", (conv["contact_id"],))
    return {
        "id": note["id"], "notification_type": note["notification_type"],
        "primary_actor_type": note["primary_actor_type"], "primary_actor_id": note["primary_actor_id"],
        "read_at": None, "secondary_actor": user_push(sb, note["account_id"], actor) if actor else None,
        "user": user_push(sb, note["account_id"], user) if user else None, "created_at": epoch(note["created_at"]),
        "last_activity_at": epoch(note["created_at"]), "snoozed_until": None, "meta": {},
        "account_id": note["account_id"],
        "primary_actor": {"id": conv["display_id"], "inbox_id": conv["inbox_id"], "status": conv["status"],
                          "priority": conv["priority"],
                          "meta": {"sender": {"name": contact["name"] if contact else None,
                                              "thumbnail": (contact["thumbnail"] or "") if contact else ""}}},
    }


def notify(sb: Sandbox, conv: sqlite3.Row, user_id: int, kind: str, actor_id: int | None) -> None:
    """Store a notification for `user_id` and push notification.created to their stream."""
    if sb.account_user(conv["account_id"], user_id) is None:
        return
    nid = db.insert(sb.conn, "notifications", {
        "account_id": conv["account_id"], "user_id": user_id, "notification_type": kind,
        "primary_actor_type": "Conversation", "primary_actor_id": conv["id"], "secondary_actor_id": actor_id,
        "read_at": None, "created_at": clock.now()})
    note = db.one(sb.conn, "SELECT * FROM notifications WHERE id=?", (nid,))
    if note is None or sb.hub is None:
        return
    unread, count = _counts(sb, conv["account_id"], user_id)
    sb.hub.to_users({user_id}, "notification.created", {"notification": _payload(sb, note, conv),
                                                          "unread_count": unread, "count": count,
                                                          "account_id": conv["account_id"]})


def assigned(sb: Sandbox, conv: sqlite3.Row, assignee_id: int | None, actor_id: int | None) -> None:
    if assignee_id is not None and assignee_id != actor_id:
        notify(sb, conv, assignee_id, "conversation_assignment", actor_id)


def mentions(sb: Sandbox, conv: sqlite3.Row, content: str | None, actor_id: int | None) -> None:
    """Mentioned agents of a private note (each once, never the author)."""
    if not content:
        return
    ids = {int(m) for m in MENTION.findall(content)}
    for row in db.all_rows(sb.conn, "SELECT u.id, u.name FROM users u JOIN account_users au ON au.user_id = u.id"
                                    " WHERE au.account_id=?", (conv["account_id"],)):
        if f"@{row['name']}" in content:
            ids.add(int(row["id"]))
    for uid in sorted(ids - {actor_id}):
        notify(sb, conv, uid, "conversation_mention", actor_id)
