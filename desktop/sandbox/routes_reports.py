"""v2 reports (administrators only), computed by `report_metrics` from the stored data:

* `GET …/reports/summary` — the window's metrics plus `previous` (the window of equal length before it).
* `GET …/reports?metric=&type=&id=&group_by=&timezone_offset=` — a zero-filled time series.
* `GET …/reports/conversations?type=account|agent` — live counts (with Chatwoot's `pending` always 0 and a
  422 with an empty body when `type` is missing).
* `GET …/summary_reports/{agent|team|inbox|label}` — one row per entity; like Chatwoot the figures are
  `null` (not 0) for an entity with nothing in the window.
* `GET …/reports/{agents|inboxes|labels|teams}` — the CSV downloads: "Reporting period …" line, a blank line,
  a header row in the account's locale, then one row per entity with human durations ("6 minutes 52
  seconds", "N/A").

`business_hours=true` switches the averages to working-hours values. The reports paths (not
summary_reports) are throttled like rack-attack: `REPORTS_PER_MINUTE` requests a minute per user, then 429
with the text/plain body "Retry later" and no Retry-After header; like rack-attack, requests from loopback
are exempt (`EXEMPT_LOOPBACK`), so the limit shows when the sandbox serves other machines."""

from __future__ import annotations

import csv
import io
import time
from collections import deque
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import as_bool, as_int
from desktop.sandbox.report_metrics import Facts, facts_for
from desktop.sandbox.report_series import EMPTY, grouped, timeseries

WEEK = 7 * 86400.0
REPORTS_PER_MINUTE = 100
REPORTS_WINDOW = 60.0  # seconds
EXEMPT_LOOPBACK = True  # like rack-attack's safelist: requests from this machine are never throttled
_HITS: dict[tuple[int, int], deque[float]] = {}


def _throttled(ctx: Ctx) -> Response | None:
    peer = ctx.request.client.host if ctx.request.client is not None else ""
    if EXEMPT_LOOPBACK and (peer.startswith("127.") or peer in ("::1", "localhost")):
        return None
    hits = _HITS.setdefault((id(ctx.sb), ctx.user_id), deque())
    now = time.monotonic()
    while hits and hits[0] < now - REPORTS_WINDOW:
        hits.popleft()
    if len(hits) >= REPORTS_PER_MINUTE:
        return Response(b"Retry later\n", status_code=429, media_type="text/plain")
    hits.append(now)
    return None


def _window(ctx: Ctx) -> tuple[float, float]:
    until = as_int(ctx.params.get("until")) or int(clock.now())
    since = as_int(ctx.params.get("since"))
    return (float(since) if since is not None else until - WEEK), float(until)


def _business(ctx: Ctx) -> bool:
    return as_bool(ctx.params.get("business_hours", False))


def _one(ctx: Ctx, facts: Facts, since: float, until: float) -> dict[str, Any]:
    kind = str(ctx.params.get("type") or "account")
    ident = as_int(ctx.params.get("id"))
    rows = grouped(facts, kind, since, until, _business(ctx))
    return dict(rows.get(0 if kind == "account" else ident or -1, EMPTY))


async def summary(ctx: Ctx) -> Any:
    ctx.require_admin()
    if (limited := _throttled(ctx)) is not None:
        return limited
    since, until = _window(ctx)
    facts = facts_for(ctx.conn, ctx.account_id)
    current = _one(ctx, facts, since, until)
    current["previous"] = _one(ctx, facts, since - (until - since), since)
    return current


async def series(ctx: Ctx) -> Any:
    ctx.require_admin()
    if (limited := _throttled(ctx)) is not None:
        return limited
    since, until = _window(ctx)
    group_by = str(ctx.params.get("group_by") or "day")
    group_by = group_by if group_by in ("day", "week", "month", "year", "hour") else "day"
    try:
        offset = float(ctx.params.get("timezone_offset") or 0)
    except ValueError:
        offset = 0.0
    return timeseries(facts_for(ctx.conn, ctx.account_id), str(ctx.params.get("metric") or ""),
                      str(ctx.params.get("type") or "account"), as_int(ctx.params.get("id")), since, until,
                      group_by, offset, _business(ctx))


def _live(ctx: Ctx, extra: str = "", args: tuple[Any, ...] = ()) -> dict[str, int]:
    base = f"SELECT count(*) AS n FROM conversations WHERE account_id=? AND status='open' {extra}"
    def count(cond: str) -> int:
        row = db.one(ctx.conn, base + cond, (ctx.account_id, *args))
        return int(row["n"]) if row else 0
    return {"open": count(""), "unattended": count(" AND (first_reply_created_at IS NULL OR waiting_since IS NOT NULL)"),
            "unassigned": count(" AND assignee_id IS NULL"), "pending": 0}


async def conversations(ctx: Ctx) -> Any:
    ctx.require_admin()
    if (limited := _throttled(ctx)) is not None:
        return limited
    kind = ctx.params.get("type")
    if kind == "account":
        return _live(ctx)
    if kind != "agent":
        return Response(b"", status_code=422)
    page = max(as_int(ctx.params.get("page")) or 1, 1)
    users = db.all_rows(ctx.conn, "SELECT u.* FROM users u JOIN account_users au ON au.user_id = u.id WHERE"
                                  " au.account_id=? ORDER BY u.id LIMIT 25 OFFSET ?", (ctx.account_id, (page - 1) * 25))
    out = []
    for u in users:
        live = _live(ctx, "AND assignee_id = ?", (u["id"],))
        out.append({"id": u["id"], "name": u["name"], "email": u["email"], "thumbnail": u["avatar_url"] or "",
                    "availability": ctx.sb.availability_status(ctx.account_id, u["id"]),
                    "metric": {"open": live["open"], "unattended": live["unattended"]}})
    return out


ENTITY_SQL = {
    "agent": "SELECT user_id AS id, u.name AS name, NULL AS extra FROM account_users au JOIN users u ON u.id ="
             " au.user_id WHERE au.account_id=? ORDER BY user_id",
    "team": "SELECT id, name, NULL AS extra FROM teams WHERE account_id=? ORDER BY id",
    "inbox": "SELECT id, name, channel_type AS extra FROM inboxes WHERE account_id=? ORDER BY id",
    "label": "SELECT id, title AS name, NULL AS extra FROM labels WHERE account_id=? ORDER BY id",
}


def _table(ctx: Ctx, kind: str) -> list[tuple[Any, dict[str, Any] | None]]:
    since, until = _window(ctx)
    figures = grouped(facts_for(ctx.conn, ctx.account_id), kind, since, until, _business(ctx))
    return [(row, figures.get(row["id"])) for row in db.all_rows(ctx.conn, ENTITY_SQL[kind], (ctx.account_id,))]


async def summary_table(ctx: Ctx) -> Any:
    ctx.require_admin()
    kind = ctx.request.path_params["kind"]
    if kind not in ENTITY_SQL:
        return Response(b"", status_code=404)
    out = []
    for row, m in _table(ctx, kind):
        out.append({"id": row["id"],
                    "conversations_count": m["conversations_count"] or None if m else None,
                    "resolved_conversations_count": m["resolutions_count"] or None if m else None,
                    "avg_resolution_time": m["avg_resolution_time"] if m else None,
                    "avg_first_response_time": m["avg_first_response_time"] if m else None,
                    "avg_reply_time": m["reply_time"] if m else None})
    return out


HEADERS = {
    "en": {"agent": "Agent name", "team": "Team name", "inbox": "Inbox name", "label": "Label title",
           "type": "Inbox type", "conversations": "Conversations count", "first": "Avg first response time",
           "resolution": "Avg resolution time", "waiting": "Avg customer waiting time",
           "resolved": "Resolution count", "period": "Reporting period {since} to {until}"},
    "ar": {"agent": "اسم الوكيل", "team": "اسم الفريق", "inbox": "اسم صندوق الوارد", "label": "عنوان التصنيف",
           "type": "نوع صندوق الوارد", "conversations": "عدد المحادثات", "first": "متوسط وقت الرد الأول",
           "resolution": "متوسط وقت الحل", "waiting": "متوسط وقت انتظار العميل", "resolved": "عدد الحلول",
           "period": "فترة التقرير {since} إلى {until}"},
}
UNITS = {"en": (("day", "days"), ("hour", "hours"), ("minute", "minutes"), ("second", "seconds")),
         "ar": (("يوم", "أيام"), ("ساعة", "ساعات"), ("دقيقة", "دقائق"), ("ثانية", "ثوان"))}


def human(seconds: float | None, locale: str) -> str:
    """Chatwoot's time format: the two largest non-zero units, or N/A when there is no value."""
    if seconds is None:
        return "N/A"
    rest = int(seconds)
    parts = []
    for size, (one, many) in zip((86400, 3600, 60, 1), UNITS[locale], strict=True):
        value, rest = divmod(rest, size)
        if value:
            parts.append(f"{value} {one if value == 1 else many}")
    return " ".join(parts[:2]) or f"0 {UNITS[locale][3][1]}"


async def csv_download(ctx: Ctx) -> Any:
    ctx.require_admin()
    if (limited := _throttled(ctx)) is not None:
        return limited
    what = ctx.request.url.path.rsplit("/", 1)[-1]
    kind = {"agents": "agent", "inboxes": "inbox", "labels": "label", "teams": "team"}[what]
    account = db.one(ctx.conn, "SELECT locale FROM accounts WHERE id=?", (ctx.account_id,))
    locale = "ar" if account is not None and account["locale"] == "ar" else "en"
    h = HEADERS[locale]
    since, until = _window(ctx)
    day = lambda t: datetime.fromtimestamp(t, UTC).date().isoformat()  # noqa: E731
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([h["period"].format(since=day(since), until=day(until))])
    out.write("\n")
    writer.writerow([h[kind], *([h["type"]] if kind == "inbox" else []), h["conversations"], h["first"],
                     h["resolution"], h["waiting"], h["resolved"]])
    for row, m in _table(ctx, kind):
        m = m or EMPTY
        writer.writerow([row["name"], *([row["extra"]] if kind == "inbox" else []), m["conversations_count"],
                         human(m["avg_first_response_time"], locale), human(m["avg_resolution_time"], locale),
                         human(m["reply_time"], locale), m["resolutions_count"]])
    return Response(out.getvalue().encode(), media_type="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={what}_report.csv"})


V2 = "/api/v2/accounts/{aid}"
routes = [
    Route(f"{V2}/reports", endpoint(series), methods=["GET"]),
    Route(f"{V2}/reports/summary", endpoint(summary), methods=["GET"]),
    Route(f"{V2}/reports/conversations", endpoint(conversations), methods=["GET"]),
    *(Route(f"{V2}/reports/{what}", endpoint(csv_download), methods=["GET"], name=f"report_csv_{what}")
      for what in ("agents", "inboxes", "labels", "teams")),
    Route(f"{V2}/summary_reports/{{kind}}", endpoint(summary_table), methods=["GET"]),
]
