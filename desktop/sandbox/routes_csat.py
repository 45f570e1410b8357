"""CSAT survey responses (administrators only; agents get the 401 `error` of a Pundit denial):

* `GET /api/v1/accounts/{aid}/csat_survey_responses?since=&until=&page=&user_ids[]=&inbox_id=&team_id=&rating=`
  — 25 per page, newest first, each `{id, rating, feedback_message, account_id, message_id, contact{…},
  conversation_id (display id), assigned_agent{…} (only when assigned), created_at (epoch int)}`.
* `GET …/csat_survey_responses/metrics` (same filters) — `{total_count, ratings_count: {"<rating>": n},
  total_sent_messages_count}`: the keys of `ratings_count` are strings (a Rails grouped count in JSON), and
  the sent count is the number of survey messages (`content_type` input_csat) in the window, not filtered
  by agent/inbox/team.
* `GET …/csat_survey_responses/download` — CSV with a byte-order mark; the reporting period is the last line.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import as_int, as_list
from desktop.sandbox.people import agent_object, contact_rest

PER_PAGE = 25


def _where(ctx: Ctx) -> tuple[str, list[Any]]:
    where, args = ["r.account_id = ?"], [ctx.account_id]
    since, until = as_int(ctx.params.get("since")), as_int(ctx.params.get("until"))
    if since is not None and until is not None:
        where.append("r.created_at >= ? AND r.created_at < ?")
        args += [since, until]
    users = [u for u in (as_int(v) for v in as_list(ctx.params.get("user_ids"))) if u is not None]
    if users:
        where.append(f"r.assigned_agent_id IN ({','.join('?' for _ in users)})")
        args += users
    for key, column in (("inbox_id", "c.inbox_id"), ("team_id", "c.team_id"), ("rating", "r.rating")):
        value = as_int(ctx.params.get(key))
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    return " AND ".join(where), args


def _rows(ctx: Ctx, extra: str = "") -> list[Any]:
    where, args = _where(ctx)
    return db.all_rows(ctx.conn, "SELECT r.*, c.display_id FROM csat_survey_responses r JOIN conversations c ON"
                                 f" c.id = r.conversation_id WHERE {where} ORDER BY r.created_at DESC, r.id DESC {extra}",
                       args)


async def index(ctx: Ctx) -> Any:
    ctx.require_admin()
    page = max(as_int(ctx.params.get("page")) or 1, 1)
    out = []
    for r in _rows(ctx, f"LIMIT {PER_PAGE} OFFSET {(page - 1) * PER_PAGE}"):
        item: dict[str, Any] = {"id": r["id"], "rating": r["rating"], "feedback_message": r["feedback_message"],
                                "account_id": r["account_id"], "message_id": r["message_id"]}
        contact = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=?", (r["contact_id"],))
        if contact is not None:
            item["contact"] = contact_rest(ctx.sb, contact, with_inboxes=False)
        item["conversation_id"] = r["display_id"]
        agent = db.one(ctx.conn, "SELECT * FROM users WHERE id=?", (r["assigned_agent_id"],))
        if agent is not None:
            item["assigned_agent"] = agent_object(ctx.sb, ctx.account_id, agent)
        item["created_at"] = int(r["created_at"])
        out.append(item)
    return out


async def metrics(ctx: Ctx) -> Any:
    ctx.require_admin()
    where, args = _where(ctx)
    rows = db.all_rows(ctx.conn, "SELECT r.rating, count(*) AS n FROM csat_survey_responses r JOIN conversations c"
                                 f" ON c.id = r.conversation_id WHERE {where} GROUP BY r.rating", args)
    sent_where, sent_args = "account_id = ? AND content_type = 'input_csat'", [ctx.account_id]
    since, until = as_int(ctx.params.get("since")), as_int(ctx.params.get("until"))
    if since is not None and until is not None:
        sent_where += " AND created_at >= ? AND created_at < ?"
        sent_args += [since, until]
    sent = db.one(ctx.conn, f"SELECT count(*) AS n FROM messages WHERE {sent_where}", sent_args)
    return {"total_count": sum(int(r["n"]) for r in rows),
            "ratings_count": {str(r["rating"]): int(r["n"]) for r in rows},
            "total_sent_messages_count": int(sent["n"]) if sent else 0}


async def download(ctx: Ctx) -> Any:
    ctx.require_admin()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Agent name", "Rating", "Feedback", "Contact name", "Contact email address",
                     "Contact phone number", "Link to the conversation", "Recorded at"])
    base = ctx.sb.base_url
    for r in _rows(ctx):
        agent = db.one(ctx.conn, "SELECT name, email FROM users WHERE id=?", (r["assigned_agent_id"],))
        contact = db.one(ctx.conn, "SELECT name, email, phone_number FROM contacts WHERE id=?", (r["contact_id"],))
        writer.writerow([f"{agent['name']} ({agent['email']})" if agent else "", r["rating"], r["feedback_message"] or "",
                         contact["name"] if contact else "", (contact["email"] or "") if contact else "",
                         (contact["phone_number"] or "") if contact else "",
                         f"{base}/app/accounts/{ctx.account_id}/conversations/{r['display_id']}",
                         datetime.fromtimestamp(r["created_at"], UTC).strftime("%Y-%m-%d %H:%M:%S UTC")])
    since, until = as_int(ctx.params.get("since")), as_int(ctx.params.get("until"))
    if since is not None and until is not None:
        day = lambda t: datetime.fromtimestamp(t, UTC).date().isoformat()  # noqa: E731
        writer.writerow([f"Reporting period {day(since)} to {day(until)}"])
    return Response(b"\xef\xbb\xbf" + out.getvalue().encode(), media_type="text/csv",
                    headers={"Content-Disposition": "attachment; filename=csat_report.csv"})


V1 = "/api/v1/accounts/{aid}/csat_survey_responses"
routes = [
    Route(V1, endpoint(index), methods=["GET"]),
    Route(f"{V1}/metrics", endpoint(metrics), methods=["GET"]),
    Route(f"{V1}/download", endpoint(download), methods=["GET"]),
]
