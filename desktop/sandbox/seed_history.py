"""Generated part of the seed: contacts with Egyptian E.164 phones and conversations with realistic mixed
Arabic/English histories (private notes, activity lines, image/file attachments, closed WhatsApp windows,
and a few very long threads for benchmarks)."""

from __future__ import annotations

import random
import sqlite3
import uuid
from typing import Any

from desktop.sandbox import db, phrases
from desktop.sandbox.files import SEED_AUDIO, SEED_IMAGE, SEED_PDF, seed_file_bytes

DAY = 86400.0
# account -> (number of conversations, inbox keys with weights, topics)
PLAN: dict[int, tuple[int, list[tuple[str, int]], list[str]]] = {
    1: (250, [("ws1-whatsapp", 5), ("ws1-messenger", 2), ("ws1-instagram", 2), ("ws1-website", 2)],
        ["wismo", "wismo", "wismo", "complaint", "refund", "product", "order"]),
    2: (100, [("ws2-suppliers", 1), ("ws2-drivers", 1)], []),
    3: (20, [("ws3-api", 1), ("ws3-whatsapp", 1)], ["qa"]),
}
TOPIC_LABELS = {"wismo": "wismo", "complaint": "complaint", "refund": "refund", "product": "product-inquiry",
                "order": "whatsapp-order", "supplier": "supplier", "driver": "driver-urgent", "qa": "qa-bug"}
TOPIC_TEAMS = {"product": "product inquiries", "complaint": "complaints", "refund": "complaints",
               "order": "whatsapp orders", "supplier": "suppliers", "driver": "drivers", "qa": "qa"}
EXTRA_LABELS = {1: ["vip", "shipping", "delivery-delay", "استرجاع", "out-of-stock"],
                2: ["عاجل", "invoice", "delivery-delay"], 3: ["qa-pass"]}
LONG_THREADS = {(1, 3): 1200, (1, 11): 240, (2, 5): 300}


def _contact(conn: sqlite3.Connection, rng: random.Random, aid: int, now: float, company: bool) -> int:
    first, first_ar = rng.choice(phrases.FIRST_NAMES)
    last, last_ar = rng.choice(phrases.LAST_NAMES)
    name = f"{first_ar} {last_ar}" if rng.random() < 0.5 else f"{first} {last}"
    city, _ = rng.choice(phrases.CITIES)
    extra: dict[str, Any] = {"city": city, "country": "Egypt", "country_code": "EG"}
    if company:
        extra["company_name"] = rng.choice(phrases.COMPANIES)
    email = f"{first.lower()}.{last.lower().replace('-', '')}{rng.randrange(10, 99)}@example.com"
    return db.insert(conn, "contacts", {
        "account_id": aid, "name": name, "phone_number": phrases.phone(rng),
        "email": email if rng.random() < 0.45 else None, "identifier": None,
        "additional_attributes": db.dumps(extra), "custom_attributes": db.dumps({}), "blocked": 0,
        "thumbnail": "", "last_activity_at": None, "created_at": now - rng.uniform(30, 400) * DAY})


def generate_history(conn: sqlite3.Connection, rng: random.Random, inbox_ids: dict[str, int], now: float) -> None:
    members: dict[int, list[int]] = {}
    for row in db.all_rows(conn, "SELECT inbox_id, user_id FROM inbox_members"):
        members.setdefault(row["inbox_id"], []).append(row["user_id"])
    admins: dict[int, list[int]] = {}
    for row in db.all_rows(conn, "SELECT account_id, user_id FROM account_users WHERE role='administrator'"):
        admins.setdefault(row["account_id"], []).append(row["user_id"])
    teams = {(r["account_id"], r["name"]): r["id"] for r in db.all_rows(conn, "SELECT * FROM teams")}
    channels = {r["id"]: r["channel_type"] for r in db.all_rows(conn, "SELECT id, channel_type FROM inboxes")}
    for aid, (count, inbox_weights, topics) in PLAN.items():
        contacts: list[int] = []
        keys = [k for k, w in inbox_weights for _ in range(w)]
        starts = sorted(now - rng.uniform(0, 45) * DAY for _ in range(count))
        for display_id, created in enumerate(starts, start=1):
            key = rng.choice(keys)
            inbox_id = inbox_ids[key]
            topic = rng.choice(topics) if topics else ("driver" if key == "ws2-drivers" else "supplier")
            if contacts and rng.random() < 0.15:
                contact_id = rng.choice(contacts)
            else:
                contact_id = _contact(conn, rng, aid, now, company=aid == 2)
                contacts.append(contact_id)
            source = f"{rng.randrange(10**11, 10**12)}" if "Whatsapp" not in channels[inbox_id] else None
            if source is None:
                phone_row = db.one(conn, "SELECT phone_number FROM contacts WHERE id=?", (contact_id,))
                source = str(phone_row["phone_number"]).lstrip("+") if phone_row else "0"
            ci = db.insert(conn, "contact_inboxes", {
                "contact_id": contact_id, "inbox_id": inbox_id, "source_id": source,
                "pubsub_token": uuid.UUID(int=rng.getrandbits(128)).hex[:24], "hmac_verified": 0,
                "created_at": created, "updated_at": created})
            length = LONG_THREADS.get((aid, display_id), rng.choice([3, 4, 5, 6, 8, 10, 12, 15, 20, 28, 40]))
            _conversation(conn, rng, aid, display_id, inbox_id, channels[inbox_id], contact_id, ci, topic,
                          created, now, length, members.get(inbox_id, []) + admins.get(aid, []), teams)


def _conversation(conn: sqlite3.Connection, rng: random.Random, aid: int, display_id: int, inbox_id: int,
                  channel: str, contact_id: int, ci: int, topic: str, created: float, now: float, length: int,
                  agents: list[int], teams: dict[tuple[int, str], int]) -> None:
    status = rng.choices(["open", "resolved", "pending", "snoozed"], [45, 40, 10, 5])[0]
    assignee = rng.choice(agents) if agents and rng.random() < 0.75 else None
    team_name = TOPIC_TEAMS.get(topic)
    team_id = teams.get((aid, team_name)) if team_name and rng.random() < 0.7 else None
    labels = [TOPIC_LABELS[topic]] if rng.random() < 0.85 else []
    if rng.random() < 0.3:
        labels.append(rng.choice(EXTRA_LABELS[aid]))
    labels = sorted(set(labels))
    # Activity ends between now and a few days after creation; a third ends in the last day.
    end = min(now - 60, created + rng.uniform(0.01, 3) * DAY) if rng.random() > 0.35 else now - rng.uniform(60, DAY * 0.9)
    end = max(end, created + 60)
    if status == "resolved":  # resolved within minutes to a day (a fifth of a day on average)
        end = min(end, created + 300 + (end - created) % (20 * 3600))
    # Replies come quickly at first and the thread then slows down (first response in minutes, not hours).
    span = end - created
    times = [*sorted(created + span * ((rng.uniform(created, end) - created) / span) ** 5 for _ in range(length - 1)),
             end]
    times[0] = created
    conv_id = db.insert(conn, "conversations", {
        "account_id": aid, "display_id": display_id, "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "inbox_id": inbox_id, "contact_id": contact_id, "contact_inbox_id": ci, "assignee_id": assignee,
        "team_id": team_id, "status": status, "priority": rng.choices([None, "low", "medium", "high", "urgent"],
                                                                        [60, 10, 15, 10, 5])[0],
        "snoozed_until": now + rng.uniform(1, 48) * 3600 if status == "snoozed" and rng.random() < 0.7 else None,
        "labels": db.dumps(labels), "additional_attributes": db.dumps(
            {"browser_language": "ar", "referer": "https://souqdeals.example/"} if "WebWidget" in channel else {}),
        "custom_attributes": db.dumps({}), "created_at": created})
    rows: list[tuple[Any, ...]] = []
    first_reply = None
    last_incoming = None
    waiting = None
    whatsapp = "Whatsapp" in channel
    for i, t in enumerate(times):
        roll = rng.random()
        if i == 0 or (roll < 0.45 and i != len(times) - 1) or (i == len(times) - 1 and status != "resolved" and roll < 0.6):
            kind, text = 0, phrases.customer_text(rng, topic) if i == 0 else phrases.followup_text(rng)
        elif roll < 0.53:
            kind, text = 3, rng.choice(phrases.PRIVATE_NOTES)
        elif roll < 0.58:
            kind, text = 2, rng.choice(phrases.ACTIVITIES).replace("{agent}", "Sara Mahmoud")
        else:
            kind, text = 1, phrases.agent_text(rng)
        mtype = {0: 0, 1: 1, 2: 2, 3: 1}[kind]
        sender_type, sender_id = ("Contact", contact_id) if kind == 0 else (
            (None, None) if kind == 2 else ("User", assignee or (agents[0] if agents else None)))
        if sender_type == "User" and sender_id is None:
            sender_type = None
        msg_status = "sent"
        if kind == 1 and whatsapp:
            msg_status = "read" if t < now - 600 else "delivered"
        if kind == 0:
            last_incoming = t
            waiting = waiting or t
        elif kind == 1:
            first_reply = first_reply or t
            waiting = None
        attrs: dict[str, Any] = {}
        rows.append((aid, inbox_id, conv_id, mtype, "text", msg_status, int(kind == 3), text, db.dumps(attrs),
                     sender_type, sender_id, f"wamid.{rng.getrandbits(64):016x}" if whatsapp and kind < 2 else None,
                     db.dumps({}), t, t))
    if status == "resolved":
        waiting = None
    conn.executemany(
        "INSERT INTO messages (account_id, inbox_id, conversation_id, message_type, content_type, status, private,"
        " content, content_attributes, sender_type, sender_id, source_id, additional_attributes, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    _attachments(conn, rng, aid, conv_id)
    unread = rng.random() < 0.35 and status == "open"
    seen = (last_incoming - 1) if unread and last_incoming else end
    db.update(conn, "conversations", conv_id, {
        "agent_last_seen_at": seen, "assignee_last_seen_at": seen if assignee else None,
        "contact_last_seen_at": end if rng.random() < 0.5 else None, "first_reply_created_at": first_reply,
        "waiting_since": waiting, "last_activity_at": end, "updated_at": end + rng.random()})
    conn.execute("UPDATE contacts SET last_activity_at = max(coalesce(last_activity_at, 0), ?) WHERE id=?",
                 (end, contact_id))


def _attachments(conn: sqlite3.Connection, rng: random.Random, aid: int, conv_id: int) -> None:
    if rng.random() > 0.3:
        return
    rows = db.all_rows(conn, "SELECT id, message_type FROM messages WHERE conversation_id=? AND message_type<2"
                             " AND private=0 ORDER BY id", (conv_id,))
    for row in rng.sample(list(rows), k=min(len(rows), rng.choice([1, 1, 2]))):
        kind = rng.choice(["image", "image", "file", "audio"])
        stored, ext, mime, wh = {
            "image": (SEED_IMAGE, "png", "image/png", (64, 48)),
            "file": (SEED_PDF, "pdf", "application/pdf", (None, None)),
            "audio": (SEED_AUDIO, "ogg", "audio/ogg", (None, None)),
        }[kind]
        name = {"image": "صورة المنتج.png", "file": "invoice-فاتورة.pdf", "audio": "voice-note.ogg"}[kind]
        db.insert(conn, "attachments", {
            "message_id": row["id"], "account_id": aid, "file_type": kind, "extension": ext, "filename": name,
            "mime": mime, "file_size": len(seed_file_bytes(stored)),
            "width": wh[0], "height": wh[1], "stored_name": stored})
