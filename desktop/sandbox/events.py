"""Realtime events raised by sandbox mutations (contract §11.2-§11.3): who receives them (inbox members'
and administrators' personal streams; the account stream for contact events) and their payloads."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.sandbox import db
from desktop.sandbox.people import contact_push, user_push
from desktop.sandbox.shapes import conversation_push, message_push
from desktop.sandbox.state import Sandbox


def recipients(sb: Sandbox, conv: sqlite3.Row) -> set[int]:
    members = db.all_rows(sb.conn, "SELECT user_id FROM inbox_members WHERE inbox_id=?", (conv["inbox_id"],))
    admins = db.all_rows(sb.conn, "SELECT user_id FROM account_users WHERE account_id=? AND role='administrator'",
                         (conv["account_id"],))
    return {int(r["user_id"]) for r in members} | {int(r["user_id"]) for r in admins}


def _performer(sb: Sandbox, account_id: int, user_id: int | None) -> dict[str, Any] | None:
    if user_id is None:
        return None
    user = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (user_id,))
    return user_push(sb, account_id, user) if user else None


def _conv_for_message(sb: Sandbox, msg: sqlite3.Row) -> sqlite3.Row:
    conv = db.one(sb.conn, "SELECT * FROM conversations WHERE id=?", (msg["conversation_id"],))
    assert conv is not None
    return conv


def message_event(sb: Sandbox, event: str, msg: sqlite3.Row, *, echo_id: str | None = None,
                  performer_id: int | None = None, previous_changes: dict[str, Any] | None = None,
                  account_context: bool = True) -> None:
    """message.created / message.updated: push shape + account_id (+ performer, previous_changes).

    `account_context` False for events raised by background jobs (receipts): User availability is null."""
    if sb.hub is None:
        return
    data = message_push(sb, msg, echo_id, account_context=account_context) | {"account_id": msg["account_id"]}
    if previous_changes is not None:
        data["previous_changes"] = previous_changes
    performer = _performer(sb, msg["account_id"], performer_id)
    if performer is not None:
        data["performer"] = performer
    sb.hub.to_users(recipients(sb, _conv_for_message(sb, msg)), event, data)


def conversation_event(sb: Sandbox, event: str, conv_pk: int, *, performer_id: int | None = None) -> None:
    """conversation.* / assignee.changed / team.changed: the re-read conversation push shape.

    Events the broadcast job re-renders (status_changed, updated, read, assignee/team changed) carry no
    performer and have assignee availability null; conversation.created is rendered in the request."""
    if sb.hub is None:
        return
    conv = db.one(sb.conn, "SELECT * FROM conversations WHERE id=?", (conv_pk,))
    if conv is None:
        return
    data = conversation_push(sb, conv, account_context=event == "conversation.created")
    performer = _performer(sb, conv["account_id"], performer_id) if event == "conversation.created" else None
    if performer is not None:
        data["performer"] = performer
    sb.hub.to_users(recipients(sb, conv), event, data)


def typing_event(sb: Sandbox, conv: sqlite3.Row, on: bool, *, user_id: int | None, contact_id: int | None,
                 is_private: bool = False) -> None:
    """conversation.typing_on/off; the agent who types never receives their own event."""
    if sb.hub is None:
        return
    if user_id is not None:
        user = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (user_id,))
        who: dict[str, Any] | None = user_push(sb, conv["account_id"], user) if user else None
    else:
        contact = db.one(sb.conn, "SELECT * FROM contacts WHERE id=?", (contact_id,))
        who = contact_push(contact) if contact else None
    data: dict[str, Any] = {"conversation": conversation_push(sb, conv, account_context=True), "user": who,
                            "is_private": is_private, "account_id": conv["account_id"]}
    performer = _performer(sb, conv["account_id"], user_id)
    if performer is not None:
        data["performer"] = performer
    targets = recipients(sb, conv) - ({user_id} if user_id is not None else set())
    sb.hub.to_users(targets, "conversation.typing_on" if on else "conversation.typing_off", data)


def contact_event(sb: Sandbox, event: str, contact: sqlite3.Row, *, performer_id: int | None = None) -> None:
    if sb.hub is None:
        return
    data = contact_push(contact) | {"account_id": contact["account_id"]}
    performer = _performer(sb, contact["account_id"], performer_id)
    if performer is not None:
        data["performer"] = performer
    sb.hub.to_account(int(contact["account_id"]), event, data)


def presence_changed(sb: Sandbox, account_id: int, user_id: int) -> None:
    """After an availability change, refresh the caller's presence view (their own stream only)."""
    if sb.hub is not None:
        sb.hub.to_users({user_id}, "presence.update", sb.hub.presence_data(account_id))
