"""v2 reports (contract §12), administrators only: summary with the previous window, live conversation
counts (account totals with the `pending` always-0 bug, per-agent open/unattended), and per-agent/team
summary tables. Durations are float seconds or null, computed from the stored conversations and messages."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import as_int

WEEK = 7 * 86400.0


def _window(ctx: Ctx) -> tuple[float, float]:
    until = as_int(ctx.params.get("until")) or int(clock.now())
    since = as_int(ctx.params.get("since"))
    return (float(since) if since is not None else until - WEEK), float(until)


def _scope(ctx: Ctx, kind: str, ident: int | None) -> tuple[str, list[Any]]:
    """SQL filter on conversations `c` for type=account|agent|inbox|label|team."""
    where, args = "c.account_id = ?", list[Any]([ctx.account_id])
    if kind == "agent":
        where, args = where + " AND c.assignee_id = ?", [*args, ident]
    elif kind == "inbox":
        where, args = where + " AND c.inbox_id = ?", [*args, ident]
    elif kind == "team":
        where, args = where + " AND c.team_id = ?", [*args, ident]
    elif kind == "label":
        label = db.one(ctx.conn, "SELECT title FROM labels WHERE id=?", (ident,))
        where += " AND EXISTS (SELECT 1 FROM json_each(c.labels) j WHERE j.value = ?)"
        args.append(label["title"] if label else "")
    return where, args


def _avg(values: list[float]) -> float | None:
    return float(sum(values) / len(values)) if values else None


def _metrics(ctx: Ctx, where: str, args: list[Any], since: float, until: float) -> dict[str, Any]:
    conn = ctx.conn
    created = db.all_rows(conn, f"SELECT c.* FROM conversations c WHERE {where} AND c.created_at BETWEEN ? AND ?",
                          (*args, since, until))
    msgs = db.all_rows(conn, f"SELECT m.message_type, m.private, m.created_at, m.conversation_id, m.sender_type FROM"
                             f" messages m JOIN conversations c ON c.id = m.conversation_id WHERE {where} AND"
                             f" m.created_at BETWEEN ? AND ? AND m.message_type IN (0, 1) ORDER BY m.id",
                       (*args, since, until))
    first = [c["first_reply_created_at"] - c["created_at"] for c in created if c["first_reply_created_at"]]
    resolved = db.all_rows(conn, f"SELECT c.* FROM conversations c WHERE {where} AND c.status = 'resolved' AND"
                                 f" c.last_activity_at BETWEEN ? AND ?", (*args, since, until))
    waiting: dict[int, float] = {}
    replies: list[float] = []
    for m in msgs:
        if m["private"]:
            continue
        if m["message_type"] == 0:
            waiting.setdefault(m["conversation_id"], m["created_at"])
        elif m["sender_type"] == "User" and m["conversation_id"] in waiting:
            replies.append(m["created_at"] - waiting.pop(m["conversation_id"]))
    return {"conversations_count": len(created),
            "incoming_messages_count": sum(1 for m in msgs if m["message_type"] == 0),
            "outgoing_messages_count": sum(1 for m in msgs if m["message_type"] == 1 and not m["private"]),
            "avg_first_response_time": _avg(first),
            "avg_resolution_time": _avg([c["last_activity_at"] - c["created_at"] for c in resolved]),
            "resolutions_count": len(resolved), "reply_time": _avg(replies)}


async def summary(ctx: Ctx) -> Any:
    ctx.require_admin()
    since, until = _window(ctx)
    where, args = _scope(ctx, str(ctx.params.get("type") or "account"), as_int(ctx.params.get("id")))
    current = _metrics(ctx, where, args, since, until)
    current["previous"] = _metrics(ctx, where, args, since - (until - since), since)
    return current


def _live(ctx: Ctx, extra: str = "", args: tuple[Any, ...] = ()) -> dict[str, int]:
    base = f"SELECT count(*) AS n FROM conversations WHERE account_id=? AND status='open' {extra}"
    def count(cond: str) -> int:
        row = db.one(ctx.conn, base + cond, (ctx.account_id, *args))
        return int(row["n"]) if row else 0
    return {"open": count(""), "unattended": count(" AND (first_reply_created_at IS NULL OR waiting_since IS NOT NULL)"),
            "unassigned": count(" AND assignee_id IS NULL"), "pending": 0}


async def conversations(ctx: Ctx) -> Any:
    ctx.require_admin()
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


async def summary_table(ctx: Ctx) -> Any:
    ctx.require_admin()
    kind = ctx.request.path_params["kind"]
    since, until = _window(ctx)
    if kind == "agent":
        ids = [r["user_id"] for r in db.all_rows(ctx.conn, "SELECT user_id FROM account_users WHERE account_id=?"
                                                           " ORDER BY user_id", (ctx.account_id,))]
    elif kind in ("team", "inbox", "label"):
        table = {"team": "teams", "inbox": "inboxes", "label": "labels"}[kind]
        ids = [r["id"] for r in db.all_rows(ctx.conn, f"SELECT id FROM {table} WHERE account_id=? ORDER BY id",
                                            (ctx.account_id,))]
    else:
        return Response(b"", status_code=404)
    rows = []
    for ident in ids:
        where, args = _scope(ctx, kind, ident)
        m = _metrics(ctx, where, args, since, until)
        rows.append({"id": ident, "conversations_count": m["conversations_count"],
                     "resolved_conversations_count": m["resolutions_count"],
                     "avg_resolution_time": m["avg_resolution_time"],
                     "avg_first_response_time": m["avg_first_response_time"], "avg_reply_time": m["reply_time"]})
    return rows


V2 = "/api/v2/accounts/{aid}"
routes = [
    Route(f"{V2}/reports/summary", endpoint(summary), methods=["GET"]),
    Route(f"{V2}/reports/conversations", endpoint(conversations), methods=["GET"]),
    Route(f"{V2}/summary_reports/{{kind}}", endpoint(summary_table), methods=["GET"]),
]
