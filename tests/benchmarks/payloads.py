"""Wire-shaped payloads for the benchmarks (not the domain objects: the benchmarks decode them with the real
decoders, so decoding cost is part of what they measure).

Shapes follow Chatwoot's wire contract: the REST conversation (§4.2), the conversation push shape
(§11.3), the message push shape (§6.3), inbox (§8.1) and label (§5) objects, and ActionCable data frames
(§11.1). Content is bilingual (Arabic and English names, previews with phone numbers, order ids, emoji,
Arabic and English label titles), seeded so that runs are comparable.
"""

from __future__ import annotations

import json
import random
import time
from typing import Any

ARABIC_NAMES = ["محمد عبد الله", "فاطمة الزهراء", "أحمد السيد", "مريم حسن", "يوسف إبراهيم", "نور الهدى",
                "عمر خالد", "سارة محمود", "خديجة علي", "مصطفى كمال", "هبة الله", "ياسمين فؤاد"]
ENGLISH_NAMES = ["Sarah Johnson", "Omar Farouk", "Lina Haddad", "John Miller", "Aisha Khan", "David Chen",
                 "Mona Samir", "Karim Nabil", "Emily Brown", "Tarek Aziz"]
ARABIC_TEXT = ["مرحبا، طلبي رقم", "لم يصل بعد", "فين الأوردر بتاعي؟", "الشحنة مع المندوب", "رقمي",
               "شكرا جزيلا", "هيوصل إمتى؟", "عايز أرجع المنتج", "الكوتشي مقاسه غلط", "تمام يا فندم 👍"]
ENGLISH_TEXT = ["Hello, my order", "has not arrived yet", "can you check the tracking", "call me on",
                "the courier said tomorrow", "thanks a lot 🙏", "is there a discount", "I want a refund"]
LABELS = [("vip", "#f59e0b"), ("wismo", "#1f93ff"), ("refund", "#ef4444"), ("شكوى", "#8b5cf6"),
          ("b2b", "#10b981"), ("مرتجع", "#ec4899"), ("delivery", "#0ea5e9"), ("urgent-fix", "#f97316")]
INBOXES = [(1, "Souq Deals WhatsApp", "Channel::Whatsapp"), (2, "Messenger", "Channel::FacebookPage"),
           (3, "Instagram", "Channel::Instagram"), (4, "Website chat", "Channel::WebWidget"),
           (5, "support@souqdeals.example", "Channel::Email")]
AGENTS = [(7, "Ahmed Hassan"), (8, "منى سمير"), (9, "Youssef Adel")]
PRIORITIES = [None, None, None, "low", "medium", "high", "urgent"]
STATUSES = ["open", "open", "open", "pending", "snoozed"]


def inbox_payloads() -> list[dict[str, Any]]:
    return [{"id": i, "avatar_url": "", "channel_id": i, "name": name, "channel_type": kind,
             "phone_number": "+201001234567" if kind == "Channel::Whatsapp" else None, "provider": None}
            for i, name, kind in INBOXES]


def label_payloads() -> list[dict[str, Any]]:
    return [{"id": i + 1, "title": title, "description": "", "color": color, "show_on_sidebar": True}
            for i, (title, color) in enumerate(LABELS)]


def text(rng: random.Random, serial: int) -> str:
    words = ARABIC_TEXT if rng.random() < 0.6 else ENGLISH_TEXT
    parts = [rng.choice(words) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        parts.append(f"#SD-{100000 + serial}")
    if rng.random() < 0.2:
        parts.append(f"+20 10{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    return " ".join(parts)


def contact_push(rng: random.Random, contact_id: int) -> dict[str, Any]:
    name = rng.choice(ARABIC_NAMES if rng.random() < 0.6 else ENGLISH_NAMES)
    return {"additional_attributes": {"city": rng.choice(["القاهرة", "Alexandria", "الجيزة"])},
            "custom_attributes": {}, "email": None, "id": contact_id, "identifier": None,
            "name": f"{name} {contact_id}", "phone_number": f"+2010{contact_id:08d}", "thumbnail": "",
            "blocked": False, "type": "contact"}


def user_push(agent: tuple[int, str]) -> dict[str, Any]:
    return {"id": agent[0], "name": agent[1], "available_name": agent[1], "avatar_url": "", "type": "user",
            "availability_status": None, "thumbnail": ""}


def message_push(rng: random.Random, *, message_id: int, conversation_id: int, account_id: int, inbox_id: int,
                 created_at: int, incoming: bool | None = None, sender: dict[str, Any] | None = None) -> dict[str, Any]:
    """§6.3 push shape (message.created data, and inside conversations)."""
    incoming = rng.random() < 0.6 if incoming is None else incoming
    content = text(rng, message_id)
    out: dict[str, Any] = {
        "id": message_id, "content": content, "account_id": account_id, "inbox_id": inbox_id,
        "conversation_id": conversation_id, "message_type": 0 if incoming else 1, "created_at": created_at,
        "updated_at": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(created_at)), "private": False,
        "status": "sent", "source_id": f"wamid.{message_id}", "content_type": "text", "content_attributes": {},
        "sender_type": "Contact" if incoming else "User", "sender_id": sender["id"] if sender else None,
        "external_source_ids": {}, "additional_attributes": {}, "processed_message_content": content,
        "sentiment": {},
        "conversation": {"assignee_id": None, "unread_count": 1, "last_activity_at": created_at,
                         "contact_inbox": {"source_id": "src"}},
    }
    if sender is not None:
        out["sender"] = sender
    return out


def conversation(rng: random.Random, conversation_id: int, *, account_id: int = 1, now: int | None = None,
                 shape: str = "rest", message_id: int | None = None, updated_at: float | None = None,
                 status: str | None = None) -> dict[str, Any]:
    """One conversation, REST (§4.2, `shape="rest"`) or push (§11.3, `shape="push"`)."""
    now = int(time.time()) if now is None else now
    inbox_id, _, channel = rng.choice(INBOXES)
    contact = contact_push(rng, 10_000 + conversation_id)
    agent = rng.choice(AGENTS) if rng.random() < 0.7 else None
    last_at = now - rng.randint(0, 30 * 86400)
    last = message_push(rng, message_id=message_id or conversation_id * 10, conversation_id=conversation_id,
                        account_id=account_id, inbox_id=inbox_id, created_at=last_at, sender=contact)
    labels = [t for t, _ in rng.sample(LABELS, rng.choice([0, 0, 1, 1, 2, 3]))]
    meta: dict[str, Any] = {"sender": contact, "channel": channel, "hmac_verified": False}
    if agent is not None:
        meta["assignee"] = user_push(agent)
        meta["assignee_type"] = "User"
    data: dict[str, Any] = {
        "meta": meta, "id": conversation_id, "messages": [last], "account_id": account_id,
        "additional_attributes": {}, "agent_last_seen_at": 0, "can_reply": True, "contact_last_seen_at": 0,
        "custom_attributes": {}, "inbox_id": inbox_id, "labels": labels,
        "snoozed_until": None, "status": status or rng.choice(STATUSES),
        "created_at": last_at - 3600, "updated_at": updated_at if updated_at is not None else last_at + 0.25,
        "timestamp": last_at, "first_reply_created_at": 0, "unread_count": rng.choice([0, 0, 0, 1, 2, 5, 10]),
        "last_activity_at": last_at, "priority": rng.choice(PRIORITIES), "waiting_since": 0,
    }
    if shape == "rest":
        data.update({"uuid": f"uuid-{conversation_id}", "muted": False, "assignee_last_seen_at": 0,
                     "last_non_activity_message": last, "sla_policy_id": None})
    else:
        meta["team"] = None
        data["contact_inbox"] = {"id": conversation_id, "contact_id": contact["id"], "inbox_id": inbox_id,
                                 "source_id": "src", "created_at": None, "updated_at": None,
                                 "hmac_verified": False, "pubsub_token": "t"}
    return data


def conversation_pages(count: int, *, seed: int = 1, account_id: int = 1, per_page: int = 25) -> list[dict[str, Any]]:
    """`count` conversations as REST list responses (§4.1), 25 a page like the server."""
    rng = random.Random(seed)
    now = int(time.time())
    items = [conversation(rng, i + 1, account_id=account_id, now=now) for i in range(count)]
    items.sort(key=lambda c: -c["last_activity_at"])
    pages = []
    for start in range(0, count, per_page):
        pages.append({"data": {"meta": {"mine_count": count // 3, "assigned_count": count // 2,
                                        "unassigned_count": count - count // 2, "all_count": count},
                               "payload": items[start:start + per_page]}})
    return pages


def data_frame(identifier: str, event: str, data: dict[str, Any]) -> str:
    """An ActionCable data frame as the server sends it (§11.1)."""
    return json.dumps({"identifier": identifier, "message": {"event": event, "data": data}}, ensure_ascii=False)
