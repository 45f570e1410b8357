"""Seeded customer-satisfaction (CSAT) surveys: when a seeded conversation was resolved, most inboxes sent the
survey (a template message, `message_type` 3 with `content_type` "input_csat", at the resolution time) and
about three customers in five answered it with a rating of 1-5 and, often, a comment in Arabic or English.

The spread is skewed the way real support CSAT is (mostly 4-5, a tail of 1-2), and slightly better on
WhatsApp than on the other channels, so per-channel figures differ."""

from __future__ import annotations

import random
import sqlite3

from desktop.sandbox import db

SURVEY_TEXT = "Please rate the conversation — من فضلك قيّم المحادثة"
RATING_WEIGHTS = {5: 44, 4: 26, 3: 12, 2: 8, 1: 10}
COMMENTS: dict[int, list[str]] = {
    5: ["خدمة ممتازة، شكراً!", "Super fast, thank you!", "ربنا يخليكم، الأوردر وصل", "Great support as always",
        "شكراً لسرعة الرد 🙏", ""],
    4: ["كويس بس الرد اتأخر شوية", "Good, the courier was a bit late", "تمام", ""],
    3: ["مقبول", "It took a while to get an answer", "الرد كان بطيء", ""],
    2: ["الأوردر لسه ما وصلش", "Nobody told me about the delay", ""],
    1: ["خدمة سيئة جداً", "Still waiting for my refund!", "محدش بيرد على التليفون", "Worst experience"],
}


def generate_csat(conn: sqlite3.Connection, rng: random.Random, now: float) -> None:
    """Survey messages and responses for the seeded resolved conversations."""
    rows = db.all_rows(conn, "SELECT c.id, c.account_id, c.inbox_id, c.contact_id, c.assignee_id,"
                             " c.last_activity_at, i.channel_type FROM conversations c JOIN inboxes i"
                             " ON i.id = c.inbox_id WHERE c.status = 'resolved' ORDER BY c.id")
    for row in rows:
        if "Api" in row["channel_type"] or rng.random() > 0.85:
            continue  # API inboxes have no survey; some inboxes had it switched off for a while
        at = float(row["last_activity_at"])
        message_id = db.insert(conn, "messages", {
            "account_id": row["account_id"], "inbox_id": row["inbox_id"], "conversation_id": row["id"],
            "message_type": 3, "content_type": "input_csat", "status": "sent", "private": 0,
            "content": SURVEY_TEXT, "content_attributes": db.dumps({}), "sender_type": None, "sender_id": None,
            "source_id": None, "additional_attributes": db.dumps({}), "created_at": at, "updated_at": at})
        if rng.random() > 0.62:
            continue  # not answered
        weights = dict(RATING_WEIGHTS)
        if "Whatsapp" in row["channel_type"]:
            weights[5] += 8
        rating = rng.choices(list(weights), list(weights.values()))[0]
        comment = rng.choice(COMMENTS[rating]) if rng.random() < 0.7 else ""
        db.insert(conn, "csat_survey_responses", {
            "account_id": row["account_id"], "conversation_id": row["id"], "message_id": message_id,
            "contact_id": row["contact_id"], "assigned_agent_id": row["assignee_id"], "rating": rating,
            "feedback_message": comment or None, "created_at": min(at + rng.uniform(20, 6 * 3600), now - 5)})
