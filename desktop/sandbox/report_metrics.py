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
time, UTC+2, every day), like Chatwoot's inbox working hours. The derived events are kept per account until
the data changes (`facts_for`), so the several report calls that paint one window do not rescan 100,000
messages each. `report_series` turns these events into the per-entity summaries and the time series.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    start: float  # what the duration is measured from

    @property
    def value(self) -> float:
        return self.at - self.start

    @property
    def business_value(self) -> float:
        return business_seconds(self.start, self.at)


class Facts:
    """One account's conversations and derived events, sorted by event time. Built once per data version
    (see `facts_for`), so the many report calls of one window share one scan."""

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
        by_created = sorted(self.convs.values(), key=lambda c: c.created_at)
        self._created, self._created_at = by_created, [c.created_at for c in by_created]
        self._events: dict[str, tuple[list[Event], list[float]]] = {}
        first = [Event(c, c.first_reply_at, c.created_at) for c in self.convs.values() if c.first_reply_at is not None]
        resolved = [Event(c, c.resolved_at, c.created_at) for c in self.convs.values() if c.resolved_at is not None]
        for name, events in (("first_response", first), ("conversation_resolved", resolved),
                             ("reply_time", self._replies())):
            events.sort(key=lambda e: e.at)
            self._events[name] = (events, [e.at for e in events])
        self._counts: dict[tuple[float, float], dict[int, tuple[int, int]]] = {}

    def _replies(self) -> list[Event]:
        convs = self.convs
        return [Event(convs[c], at, start) for c, at, start in _reply_times(self.conn, self.account_id) if c in convs]

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
        events, times = self._events[name]
        return events[bisect.bisect_left(times, since):bisect.bisect_left(times, until)]

    def created(self, since: float, until: float) -> list[Conv]:
        return self._created[bisect.bisect_left(self._created_at, since):bisect.bisect_left(self._created_at, until)]

    def message_counts(self, since: float, until: float) -> dict[int, tuple[int, int]]:
        """conversation id -> (incoming, public outgoing) messages created in the window."""
        found = self._counts.get((since, until))
        if found is None:
            rows = self.conn.execute(
                "SELECT conversation_id, sum(message_type = 0), sum(message_type = 1 AND private = 0) FROM messages"
                " WHERE account_id=? AND created_at >= ? AND created_at < ? AND message_type IN (0, 1)"
                " GROUP BY conversation_id", (self.account_id, since, until))
            found = {r[0]: (int(r[1]), int(r[2])) for r in rows}
            if len(self._counts) > 32:
                self._counts.clear()
            self._counts[(since, until)] = found
        return found


@dataclass
class _ReplyScan:
    """Reply times found so far in one account's messages, extended with each newer message (the sandbox's
    equivalent of the reporting events Chatwoot writes as replies happen)."""

    last_id: int = 0
    seen: int = 0
    waiting: dict[int, float] = field(default_factory=dict)
    found: list[tuple[int, float, float]] = field(default_factory=list)  # (conversation, reply at, waited from)


_SCANS: dict[tuple[str, int], _ReplyScan] = {}


def _db_key(conn: sqlite3.Connection, account_id: int) -> tuple[str, int]:
    return str(conn.execute("PRAGMA database_list").fetchone()[2]), account_id


def _reply_times(conn: sqlite3.Connection, account_id: int) -> list[tuple[int, float, float]]:
    key = _db_key(conn, account_id)
    total = int(conn.execute("SELECT count(*) FROM messages WHERE account_id=?", (account_id,)).fetchone()[0])
    scan = _SCANS.get(key)
    if scan is None or total < scan.seen:  # first use, or messages were deleted: start over
        if len(_SCANS) > 16:  # tests start many sandboxes: keep the recent ones only
            _SCANS.clear()
        scan = _SCANS[key] = _ReplyScan()
    rows = conn.execute("SELECT id, conversation_id, message_type, created_at, sender_type, private FROM messages"
                        " WHERE account_id=? AND id > ? ORDER BY id", (account_id, scan.last_id)).fetchall()
    waiting, found = scan.waiting, scan.found
    for message_id, conv_id, mtype, at, sender, private in rows:
        scan.last_id = message_id
        if private:
            continue
        if mtype == 0:
            waiting.setdefault(conv_id, at)
        elif mtype == 1 and sender == "User" and conv_id in waiting:
            found.append((conv_id, at, waiting.pop(conv_id)))
    scan.seen = total
    return found


_FACTS: dict[tuple[str, int], tuple[tuple[Any, ...], Facts]] = {}


def facts_for(conn: sqlite3.Connection, account_id: int) -> Facts:
    """The account's Facts, rebuilt only when conversations or messages changed since the last call."""
    version = tuple(conn.execute(
        "SELECT (SELECT max(id) FROM messages), (SELECT count(*) FROM messages), count(*), max(updated_at),"
        " total(last_activity_at), total(status = 'resolved'), total(coalesce(assignee_id, 0) * 31 + coalesce(team_id, 0)),"
        " total(length(labels)), total(coalesce(first_reply_created_at, 0)) FROM conversations WHERE account_id=?",
        (account_id,)).fetchone())
    key = _db_key(conn, account_id)
    cached = _FACTS.get(key)
    if cached is None or cached[0] != version:
        if len(_FACTS) > 16:
            _FACTS.clear()
        cached = (version, Facts(conn, account_id))
        _FACTS[key] = cached
    return cached[1]
