"""The sandbox's v2 report answers from the derived reporting events (`report_metrics.Facts`): the summary
metrics of a window per entity (`grouped`) and the zero-filled time series of one metric (`timeseries`,
periods of an hour, day, week, month or year in the caller's UTC offset; weeks start on Monday)."""

from __future__ import annotations

import bisect
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from desktop.sandbox.report_metrics import Conv, Event, Facts


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
    for name, bucket in (("first_response", "first"), ("conversation_resolved", "resolved"), ("reply_time", "reply")):
        for e in facts.events(name, since, until):
            for k in facts.keys(e.conv, kind):
                slot(k)[bucket].append(e)
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
