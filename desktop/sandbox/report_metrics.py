"""The figures behind the sandbox's v2 reports, computed from the stored conversations and messages.

Chatwoot computes its reports from "reporting events" written when things happen; the sandbox derives the
same events from its tables, with the same timing rules:

* `first_response`: at a conversation's first agent reply; value = reply time - conversation creation.
* `conversation_resolved`: at the resolution (the last activity of a resolved conversation); value =
  resolution - creation.
* `reply_time`: at every agent reply that answers a waiting customer; value = reply - first unanswered
  customer message.
* Counts: conversations created in the window, incoming and public outgoing messages created in it, and
  resolution events in it. An event belongs to the window its *event time* falls in.

`value_in_business_hours` counts only the seconds inside the sandbox's working hours (09:00-23:00 Cairo
time, UTC+2, every day), like Chatwoot's inbox working hours. Scans of the messages are cached per window
until the data changes (max message id and last conversation update), so the several report calls that
paint one window do not rescan 100,000 messages each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from desktop.sandbox import db

BUSINESS_OFFSET = 2 * 3600.0  # Cairo
OPEN_HOUR, CLOSE_HOUR = 9, 23
DAY = 86400.0


def business_seconds(start: float, end: float) -> float:
    """Seconds of [start, end] inside the daily working hours (local time = UTC + BUSINESS_OFFSET)."""
    if end <= start:
        return 0.0
    total = 0.0
    day = (start + BUSINESS_OFFSET) // DAY
    while True:
        opens = day * DAY + OPEN_HOUR * 3600 - BUSINESS_OFFSET
        closes = day * DAY + CLOSE_HOUR * 3600 - BUSINESS_OFFSET
        if opens >= end:
            return total
        total += max(0.0, min(end, closes) - max(start, opens))
        day += 1


@dataclass(slots=True)
class Conv:
    id: int
    inbox_id: int
    assignee_id: int | None
    team_id: int | None
    labels: tuple[str, ...]
    created_at: float
    first_reply_at: float | None
    resolved_at: float | None


@dataclass(slots=True)
class Event:
    conv: Conv
    at: float
    value: float
    business_value: float


class Facts:
    """One account's conversations and derived events (built per request; cheap: one table scan)."""

    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id
        self.convs: dict[int, Conv] = {}
        for r in conn.execute("SELECT id, inbox_id, assignee_id, team_id, labels, created_at, status,"
                              " first_reply_created_at, last_activity_at FROM conversations WHERE account_id=?",
                              (account_id,)):
            self.convs[r[0]] = Conv(r[0], r[1], r[2], r[3], tuple(db.loads(r[4], [])), r[5], r[7] or None,
                                    r[8] if r[6] == "resolved" else None)
        self.label_ids = {r["title"]: r["id"] for r in db.all_rows(
            conn, "SELECT id, title FROM labels WHERE account_id=?", (account_id,))}

    def keys(self, conv: Conv, kind: str) -> Iterable[int]:
        """The ids of the `kind` entities (account|agent|inbox|team|label) a conversation belongs to."""
        if kind == "account":
            return (0,)
        if kind == "agent":
            return (conv.assignee_id,) if conv.assignee_id else ()
        if kind == "inbox":
            return (conv.inbox_id,)
        if kind == "team":
            return (conv.team_id,) if conv.team_id else ()
        return tuple(self.label_ids[t] for t in conv.labels if t in self.label_ids)

    def events(self, name: str, since: float, until: float) -> list[Event]:
        if name == "reply_time":
            return [e for e in _reply_events(self) if since <= e.at < until]
        out = []
        for c in self.convs.values():
            at = c.first_reply_at if name == "first_response" else c.resolved_at
            if at is not None and since <= at < until:
                out.append(Event(c, at, at - c.created_at, business_seconds(c.created_at, at)))
        return out

    def created(self, since: float, until: float) -> list[Conv]:
        return [c for c in self.convs.values() if since <= c.created_at < until]

    def message_counts(self, since: float, until: float) -> dict[int, tuple[int, int]]:
        """conversation id -> (incoming, public outgoing) messages created in the window."""
        rows = self.conn.execute(
            "SELECT conversation_id, sum(message_type = 0), sum(message_type = 1 AND private = 0) FROM messages"
            " WHERE account_id=? AND created_at >= ? AND created_at < ? AND message_type IN (0, 1)"
            " GROUP BY conversation_id", (self.account_id, since, until))
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}


_REPLY_CACHE: dict[tuple[str, int], tuple[tuple[Any, ...], list[tuple[int, float, float]]]] = {}


def _reply_events(facts: Facts) -> list[Event]:
    conn = facts.conn
    version = tuple(conn.execute("SELECT (SELECT max(id) FROM messages), (SELECT count(*) FROM messages),"
                                 " (SELECT max(updated_at) FROM conversations)").fetchone())
    key = (str(conn.execute("PRAGMA database_list").fetchone()[2]), facts.account_id)
    cached = _REPLY_CACHE.get(key)
    if cached is None or cached[0] != version:
        raw: list[tuple[int, float, float]] = []
        waiting: dict[int, float] = {}
        for conv_id, mtype, at, sender in conn.execute(
                "SELECT conversation_id, message_type, created_at, sender_type FROM messages WHERE account_id=?"
                " AND private = 0 AND message_type IN (0, 1) ORDER BY conversation_id, id", (facts.account_id,)):
            if mtype == 0:
                waiting.setdefault(conv_id, at)
            elif sender == "User" and conv_id in waiting:
                raw.append((conv_id, at, waiting.pop(conv_id)))
        cached = (version, raw)
        _REPLY_CACHE[key] = cached
    convs = facts.convs
    return [Event(convs[c], at, at - start, business_seconds(start, at)) for c, at, start in cached[1] if c in convs]


def _avg(events: list[Event], business: bool) -> float | None:
    if not events:
        return None
    return float(sum(e.business_value if business else e.value for e in events) / len(events))


def grouped(facts: Facts, kind: str, since: float, until: float, business: bool) -> dict[int, dict[str, Any]]:
    """Per entity id: the summary metrics of the window (only entities with something to report)."""
    out: dict[int, dict[str, Any]] = {}

    def slot(key: int) -> dict[str, Any]:
        return out.setdefault(key, {"conversations": 0, "incoming": 0, "outgoing": 0, "first": [],
                                    "resolved": [], "reply": []})

    for c in facts.created(since, until):
        for k in facts.keys(c, kind):
            slot(k)["conversations"] += 1
    for conv_id, (incoming, outgoing) in facts.message_counts(since, until).items():
        conv = facts.convs.get(conv_id)
        for k in facts.keys(conv, kind) if conv else ():
            s = slot(k)
            s["incoming"] += incoming
            s["outgoing"] += outgoing
    for name, field in (("first_response", "first"), ("conversation_resolved", "resolved"), ("reply_time", "reply")):
        for e in facts.events(name, since, until):
            for k in facts.keys(e.conv, kind):
                slot(k)[field].append(e)
    return {k: {"conversations_count": s["conversations"], "incoming_messages_count": s["incoming"],
                "outgoing_messages_count": s["outgoing"], "avg_first_response_time": _avg(s["first"], business),
                "avg_resolution_time": _avg(s["resolved"], business), "resolutions_count": len(s["resolved"]),
                "reply_time": _avg(s["reply"], business)} for k, s in out.items()}


EMPTY = {"conversations_count": 0, "incoming_messages_count": 0, "outgoing_messages_count": 0,
         "avg_first_response_time": None, "avg_resolution_time": None, "resolutions_count": 0, "reply_time": None}


def bucket_starts(since: float, until: float, group_by: str, offset_hours: float) -> list[float]:
    """Start times (epoch) of the periods covering [since, until) in a UTC+offset clock; weeks start Monday."""
    tz = timezone(timedelta(hours=offset_hours))
    local = datetime.fromtimestamp(since, tz)
    if group_by == "hour":
        start = local.replace(minute=0, second=0, microsecond=0)
    else:
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        if group_by == "week":
            start -= timedelta(days=start.weekday())
        elif group_by == "month":
            start = start.replace(day=1)
        elif group_by == "year":
            start = start.replace(month=1, day=1)
    out: list[float] = []
    while start.timestamp() < until and len(out) < 5000:
        out.append(start.timestamp())
        if group_by == "hour":
            start = (start.astimezone(UTC) + timedelta(hours=1)).astimezone(tz)
        elif group_by == "week":
            start += timedelta(days=7)
        elif group_by == "month":
            start = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        elif group_by == "year":
            start = start.replace(year=start.year + 1)
        else:
            start += timedelta(days=1)
    return out


def timeseries(facts: Facts, metric: str, kind: str, ident: int | None, since: float, until: float,
               group_by: str, offset_hours: float, business: bool) -> list[dict[str, Any]]:
    """`[{value, timestamp}]` (averages also carry `count`), every period present (zero-filled)."""
    starts = bucket_starts(since, until, group_by, offset_hours)
    if not starts:
        return []
    import bisect

    def index(at: float) -> int:
        return bisect.bisect_right(starts, at) - 1

    def mine(conv: Conv | None) -> bool:
        return conv is not None and (kind == "account" or ident in tuple(facts.keys(conv, kind)))

    averages = {"avg_first_response_time": "first_response", "avg_resolution_time": "conversation_resolved",
                "reply_time": "reply_time"}
    if metric in averages:
        sums = [0.0] * len(starts)
        counts = [0] * len(starts)
        for e in facts.events(averages[metric], since, until):
            if mine(e.conv):
                i = index(e.at)
                sums[i] += e.business_value if business else e.value
                counts[i] += 1
        return [{"value": (sums[i] / counts[i]) if counts[i] else 0, "timestamp": int(t), "count": counts[i]}
                for i, t in enumerate(starts)]
    values = [0] * len(starts)
    if metric == "conversations_count":
        for c in facts.created(since, until):
            if mine(c):
                values[index(c.created_at)] += 1
    elif metric == "resolutions_count":
        for e in facts.events("conversation_resolved", since, until):
            if mine(e.conv):
                values[index(e.at)] += 1
    elif metric in ("incoming_messages_count", "outgoing_messages_count"):
        cond = "message_type = 0" if metric.startswith("incoming") else "message_type = 1 AND private = 0"
        for conv_id, at in facts.conn.execute(
                f"SELECT conversation_id, created_at FROM messages WHERE account_id=? AND {cond} AND created_at >= ?"
                " AND created_at < ?", (facts.account_id, since, until)):
            if mine(facts.convs.get(conv_id)):
                values[index(at)] += 1
    return [{"value": v, "timestamp": int(t)} for v, t in zip(values, starts, strict=True)]
