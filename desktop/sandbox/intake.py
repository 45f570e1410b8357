"""Inbound traffic as a real channel would deliver it: a customer message into an existing conversation, or
a new contact/conversation (conversation.created, then message.created, no performer). Used by the control
API, the simulator and `POST …/conversations`."""

from __future__ import annotations

import random
import sqlite3
import uuid
from typing import Any

from desktop.sandbox import clock, db, phrases
from desktop.sandbox.events import contact_event, conversation_event
from desktop.sandbox.http import not_found, unprocessable
from desktop.sandbox.mutate import create_message
from desktop.sandbox.state import Sandbox


def new_contact(sb: Sandbox, account_id: int, rng: random.Random) -> sqlite3.Row:
    first, first_ar = rng.choice(phrases.FIRST_NAMES)
    last, last_ar = rng.choice(phrases.LAST_NAMES)
    cid = db.insert(sb.conn, "contacts", {
        "account_id": account_id, "name": f"{first_ar} {last_ar}" if rng.random() < 0.5 else f"{first} {last}",
        "phone_number": phrases.phone(rng), "email": None, "identifier": None,
        "additional_attributes": db.dumps({"country": "Egypt", "country_code": "EG",
                                           "city": rng.choice(phrases.CITIES)[0]}),
        "custom_attributes": db.dumps({}), "blocked": 0, "thumbnail": "", "last_activity_at": None,
        "created_at": clock.now()})
    row = db.one(sb.conn, "SELECT * FROM contacts WHERE id=?", (cid,))
    assert row is not None
    contact_event(sb, "contact.created", row)
    return row


def open_conversation(sb: Sandbox, account_id: int, inbox_id: int, contact: sqlite3.Row, *,
                      assignee_id: int | None = None, team_id: int | None = None, status: str = "open",
                      performer_id: int | None = None) -> sqlite3.Row:
    """Create a conversation (display id = next in the account) and broadcast conversation.created."""
    inbox = db.one(sb.conn, "SELECT * FROM inboxes WHERE id=? AND account_id=?", (inbox_id, account_id))
    if inbox is None:
        raise not_found()
    now = clock.now()
    source = (str(contact["phone_number"] or "").lstrip("+") if "Whatsapp" in inbox["channel_type"] else "") \
        or uuid.uuid4().hex
    ci = db.one(sb.conn, "SELECT * FROM contact_inboxes WHERE contact_id=? AND inbox_id=?", (contact["id"], inbox_id))
    ci_id = ci["id"] if ci else db.insert(sb.conn, "contact_inboxes", {
        "contact_id": contact["id"], "inbox_id": inbox_id, "source_id": source, "pubsub_token": uuid.uuid4().hex[:24],
        "hmac_verified": 0, "created_at": now, "updated_at": now})
    nxt = db.one(sb.conn, "SELECT coalesce(max(display_id), 0) + 1 AS n FROM conversations WHERE account_id=?",
                 (account_id,))
    pk = db.insert(sb.conn, "conversations", {
        "account_id": account_id, "display_id": nxt["n"] if nxt else 1, "uuid": str(uuid.uuid4()),
        "inbox_id": inbox_id, "contact_id": contact["id"], "contact_inbox_id": ci_id, "assignee_id": assignee_id,
        "team_id": team_id, "status": status, "priority": None, "snoozed_until": None, "labels": "[]",
        "additional_attributes": "{}", "custom_attributes": "{}", "agent_last_seen_at": None,
        "assignee_last_seen_at": None, "contact_last_seen_at": None, "first_reply_created_at": None,
        "waiting_since": None, "last_activity_at": now, "created_at": now, "updated_at": now})
    conversation_event(sb, "conversation.created", pk, performer_id=performer_id)
    row = db.one(sb.conn, "SELECT * FROM conversations WHERE id=?", (pk,))
    assert row is not None
    return row


def incoming(sb: Sandbox, body: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """`POST /__sandbox/incoming`: a customer message, in a new conversation unless conversation_id is given."""
    account_id = int(body.get("account_id") or 1)
    content = str(body.get("content") or "").strip() or phrases.customer_text(rng, "wismo")
    if body.get("conversation_id") is not None:
        conv = db.one(sb.conn, "SELECT * FROM conversations WHERE account_id=? AND display_id=?",
                      (account_id, int(body["conversation_id"])))
        if conv is None:
            raise not_found()
    else:
        if body.get("contact_id") is not None:
            contact = db.one(sb.conn, "SELECT * FROM contacts WHERE id=? AND account_id=?",
                             (int(body["contact_id"]), account_id))
            if contact is None:
                raise not_found()
        else:
            contact = new_contact(sb, account_id, rng)
        inbox_id = body.get("inbox_id")
        if inbox_id is None:
            first = db.one(sb.conn, "SELECT id FROM inboxes WHERE account_id=? ORDER BY id LIMIT 1", (account_id,))
            if first is None:
                raise unprocessable("This account has no inbox")
            inbox_id = first["id"]
        conv = open_conversation(sb, account_id, int(inbox_id), contact)
    inbox = db.one(sb.conn, "SELECT channel_type FROM inboxes WHERE id=?", (conv["inbox_id"],))
    whatsapp = inbox is not None and inbox["channel_type"] == "Channel::Whatsapp"
    msg = create_message(sb, conv, content=content, message_type=0, sender_type="Contact",
                         sender_id=conv["contact_id"], source_id=f"wamid.{uuid.uuid4().hex[:24]}" if whatsapp else None)
    return {"account_id": account_id, "conversation_id": conv["display_id"], "message_id": msg["id"],
            "contact_id": conv["contact_id"], "inbox_id": conv["inbox_id"]}
