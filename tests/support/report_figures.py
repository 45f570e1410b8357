"""Report figures computed independently from a sandbox database file (plain SQL and arithmetic, nothing
from the sandbox's report code), to check what the server and the client report."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from statistics import mean
from typing import Any


def _rows(db: Path, sql: str, args: tuple[Any, ...]) -> list[sqlite3.Row]:
    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def figures(db: Path, account_id: int, since: float, until: float, assignee: int | None = None) -> dict[str, Any]:
    """Window figures of an account (or of one assignee): counts, average first response and resolution."""
    extra, args = ("AND assignee_id = ?", (assignee,)) if assignee is not None else ("", ())
    convs = _rows(db, f"SELECT * FROM conversations WHERE account_id = ? {extra}", (account_id, *args))
    created = [c for c in convs if since <= c["created_at"] < until]
    first = [c["first_reply_created_at"] - c["created_at"] for c in convs
             if c["first_reply_created_at"] and since <= c["first_reply_created_at"] < until]
    resolved = [c["last_activity_at"] - c["created_at"] for c in convs
                if c["status"] == "resolved" and since <= c["last_activity_at"] < until]
    ids = tuple(c["id"] for c in convs) or (-1,)
    messages = _rows(db, f"SELECT message_type, private FROM messages WHERE conversation_id IN ({','.join('?' * len(ids))})"
                         " AND created_at >= ? AND created_at < ?", (*ids, since, until))
    return {"conversations": len(created), "resolutions": len(resolved),
            "incoming": sum(1 for m in messages if m["message_type"] == 0),
            "outgoing": sum(1 for m in messages if m["message_type"] == 1 and not m["private"]),
            "avg_first_response": mean(first) if first else None,
            "avg_resolution": mean(resolved) if resolved else None}


def csat(db: Path, account_id: int, since: float, until: float) -> dict[str, Any]:
    ratings = [r["rating"] for r in _rows(db, "SELECT rating FROM csat_survey_responses WHERE account_id = ? AND"
                                              " created_at >= ? AND created_at < ?", (account_id, since, until))]
    sent = _rows(db, "SELECT count(*) AS n FROM messages WHERE account_id = ? AND content_type = 'input_csat' AND"
                     " created_at >= ? AND created_at < ?", (account_id, since, until))[0]["n"]
    return {"responses": len(ratings), "sent": sent, "average": mean(ratings) if ratings else None,
            "satisfied": sum(r >= 4 for r in ratings) / len(ratings) if ratings else None,
            "distribution": {r: ratings.count(r) for r in set(ratings)}}
