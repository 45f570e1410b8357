"""Lookup routes (contract §5, §7, §8): saved replies with Chatwoot's search ranking, labels, inboxes,
agents, assignable agents, teams, team members and inbox members."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import as_int, as_list, not_found
from desktop.sandbox.inboxes import inbox_object
from desktop.sandbox.people import agent_object, team_object
from desktop.sandbox.state import iso


async def canned_responses(ctx: Ctx) -> Any:
    rows = db.all_rows(ctx.conn, "SELECT * FROM canned_responses WHERE account_id=? ORDER BY id", (ctx.account_id,))
    term = str(ctx.params.get("search") or "").strip().lower()
    if term:
        def rank(r: Any) -> int:
            code = str(r["short_code"]).lower()
            return 0 if code.startswith(term) else 1 if term in code else 2
        rows = sorted((r for r in rows if term in str(r["short_code"]).lower() or term in str(r["content"]).lower()),
                      key=rank)
    return [{"id": r["id"], "account_id": r["account_id"], "short_code": r["short_code"], "content": r["content"],
             "created_at": iso(r["created_at"]), "updated_at": iso(r["updated_at"])} for r in rows]


async def labels(ctx: Ctx) -> Any:
    rows = db.all_rows(ctx.conn, "SELECT * FROM labels WHERE account_id=? ORDER BY title", (ctx.account_id,))
    return {"payload": [{"id": r["id"], "title": r["title"], "description": r["description"], "color": r["color"],
                         "show_on_sidebar": bool(r["show_on_sidebar"])} for r in rows]}


async def inboxes(ctx: Ctx) -> Any:
    ids = ctx.inbox_ids()
    rows = db.all_rows(ctx.conn, f"SELECT * FROM inboxes WHERE id IN ({','.join('?' * len(ids)) or 'NULL'})"
                                 " ORDER BY lower(name)", ids)
    return {"payload": [inbox_object(r, admin=ctx.is_admin) for r in rows]}


async def inbox_show(ctx: Ctx) -> Any:
    iid = as_int(ctx.request.path_params["iid"])
    row = db.one(ctx.conn, "SELECT * FROM inboxes WHERE id=? AND account_id=?", (iid, ctx.account_id))
    if row is None:
        raise not_found()
    if row["id"] not in ctx.inbox_ids():
        from desktop.sandbox.http import forbidden

        raise forbidden()
    return inbox_object(row, admin=ctx.is_admin)


def _agents(ctx: Ctx, sql: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
    rows = db.all_rows(ctx.conn, sql + " ORDER BY lower(u.name)", args)
    return [agent_object(ctx.sb, ctx.account_id, r) for r in rows]


async def agents(ctx: Ctx) -> Any:
    return _agents(ctx, "SELECT u.* FROM users u JOIN account_users au ON au.user_id = u.id WHERE au.account_id=?",
                   (ctx.account_id,))


async def assignable_agents(ctx: Ctx) -> Any:
    ids = [i for i in (as_int(v) for v in as_list(ctx.params.get("inbox_ids"))) if i is not None]
    visible = set(ctx.inbox_ids())
    ids = [i for i in ids if i in visible]
    members: set[int] | None = None
    for iid in ids:
        rows = db.all_rows(ctx.conn, "SELECT user_id FROM inbox_members WHERE inbox_id=?", (iid,))
        these = {int(r["user_id"]) for r in rows}
        members = these if members is None else members & these
    admins = {int(r["user_id"]) for r in db.all_rows(
        ctx.conn, "SELECT user_id FROM account_users WHERE account_id=? AND role='administrator'", (ctx.account_id,))}
    chosen = sorted((members or set()) | admins)
    return {"payload": _agents(ctx, f"SELECT u.* FROM users u JOIN account_users au ON au.user_id = u.id WHERE"
                                    f" au.account_id=? AND u.id IN ({','.join('?' * len(chosen)) or 'NULL'})",
                               (ctx.account_id, *chosen))}


async def inbox_members(ctx: Ctx) -> Any:
    iid = as_int(ctx.request.path_params["iid"])
    if db.one(ctx.conn, "SELECT 1 FROM inboxes WHERE id=? AND account_id=?", (iid, ctx.account_id)) is None:
        raise not_found()
    return {"payload": _agents(ctx, "SELECT u.* FROM users u JOIN inbox_members m ON m.user_id = u.id JOIN"
                                    " account_users au ON au.user_id = u.id AND au.account_id=? WHERE m.inbox_id=?",
                               (ctx.account_id, iid))}


def _team(ctx: Ctx) -> Any:
    row = db.one(ctx.conn, "SELECT * FROM teams WHERE id=? AND account_id=?",
                 (as_int(ctx.request.path_params["tid"]), ctx.account_id))
    if row is None:
        raise not_found()
    return row


async def teams(ctx: Ctx) -> Any:
    rows = db.all_rows(ctx.conn, "SELECT * FROM teams WHERE account_id=? ORDER BY id", (ctx.account_id,))
    return [team_object(ctx.sb, r, ctx.user_id) for r in rows]


async def team_show(ctx: Ctx) -> Any:
    return team_object(ctx.sb, _team(ctx), ctx.user_id)


async def team_members(ctx: Ctx) -> Any:
    team = _team(ctx)
    return _agents(ctx, "SELECT u.* FROM users u JOIN team_members m ON m.user_id = u.id WHERE m.team_id=?",
                   (team["id"],))


A = "/api/v1/accounts/{aid}"
routes = [
    Route(f"{A}/canned_responses", endpoint(canned_responses), methods=["GET"]),
    Route(f"{A}/labels", endpoint(labels), methods=["GET"]),
    Route(f"{A}/inboxes", endpoint(inboxes), methods=["GET"]),
    Route(f"{A}/inboxes/{{iid}}", endpoint(inbox_show), methods=["GET"]),
    Route(f"{A}/agents", endpoint(agents), methods=["GET"]),
    Route(f"{A}/assignable_agents", endpoint(assignable_agents), methods=["GET"]),
    Route(f"{A}/inbox_members/{{iid}}", endpoint(inbox_members), methods=["GET"]),
    Route(f"{A}/teams", endpoint(teams), methods=["GET"]),
    Route(f"{A}/teams/{{tid}}", endpoint(team_show), methods=["GET"]),
    Route(f"{A}/teams/{{tid}}/team_members", endpoint(team_members), methods=["GET"]),
]
