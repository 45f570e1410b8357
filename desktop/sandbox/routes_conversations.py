"""Conversation list, counts, show and update (contract §4.1-§4.3, §4.6 show/PATCH, §9.3 contact
conversations), following ConversationFinder: counts are taken before the assignee filter, the status
filter is skipped when `q` is given, `updated_within` returns everything unpaginated."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.events import conversation_event
from desktop.sandbox.http import ApiError, as_int, as_list, forbidden, not_found
from desktop.sandbox.shapes import conversation_rest

PER_PAGE = 25
PRIORITY_RANK = "CASE c.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END"
SORTS = {
    "last_activity_at_desc": "c.last_activity_at DESC, c.id DESC",
    "last_activity_at_asc": "c.last_activity_at ASC, c.id ASC",
    "created_at_desc": "c.created_at DESC, c.id DESC",
    "created_at_asc": "c.created_at ASC, c.id ASC",
    "priority_desc": f"{PRIORITY_RANK} DESC, c.last_activity_at DESC",
    "priority_asc": f"{PRIORITY_RANK} ASC, c.last_activity_at DESC",
    "waiting_since_asc": "c.waiting_since IS NULL, c.waiting_since ASC, c.created_at ASC",
    "waiting_since_desc": "c.waiting_since IS NULL, c.waiting_since DESC, c.created_at ASC",
}
LEGACY_SORTS = {"latest": "last_activity_at_desc", "sort_on_created_at": "created_at_asc",
                "sort_on_priority": "priority_desc", "sort_on_waiting_since": "waiting_since_asc"}
PRIORITIES = {None, "low", "medium", "high", "urgent"}


def _filters(ctx: Ctx) -> tuple[list[str], list[Any]]:
    """WHERE clauses for everything but the assignee filter (ConversationFinder#set_up)."""
    p = ctx.params
    inboxes = ctx.inbox_ids()
    inbox_id = as_int(p.get("inbox_id"))
    if inbox_id is not None:
        inboxes = [i for i in inboxes if i == inbox_id]
    where = ["c.account_id = ?", f"c.inbox_id IN ({','.join('?' * len(inboxes)) or 'NULL'})"]
    args: list[Any] = [ctx.account_id, *inboxes]
    kind = p.get("conversation_type")
    if kind == "participating" or kind == "mention":
        first = str(ctx.user["name"]).split()[0]
        if kind == "participating":
            where.append("(c.assignee_id = ? OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                         " AND m.sender_type = 'User' AND m.sender_id = ?))")
            args += [ctx.user_id, ctx.user_id]
        else:
            where.append("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.private = 1"
                         " AND m.content LIKE ?)")
            args.append(f"%@{first}%")
    elif kind == "unattended":
        where.append("(c.first_reply_created_at IS NULL OR c.waiting_since IS NOT NULL)")
    q = str(p.get("q") or "").strip()
    status = str(p.get("status") or "open")
    if not q and status != "all":
        where.append("c.status = ?")
        args.append(status)
    team_id = p.get("team_id")
    if team_id not in (None, ""):
        team = db.one(ctx.conn, "SELECT id FROM teams WHERE id=? AND account_id=?", (as_int(team_id), ctx.account_id))
        if team is None:
            raise not_found()
        where.append("c.team_id = ?")
        args.append(team["id"])
    labels = as_list(p.get("labels"))
    if labels:
        where.append(f"EXISTS (SELECT 1 FROM json_each(c.labels) j WHERE j.value IN ({','.join('?' * len(labels))}))")
        args += labels
    if q:
        where.append("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.message_type IN (0, 1)"
                     " AND m.content LIKE ? ESCAPE '\\')")
        args.append("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    source_id = p.get("source_id")
    if source_id:
        where.append("EXISTS (SELECT 1 FROM contact_inboxes ci WHERE ci.id = c.contact_inbox_id AND ci.source_id = ?)")
        args.append(str(source_id))
    return where, args


def counts(ctx: Ctx, where: list[str], args: list[Any]) -> dict[str, int]:
    row = db.one(ctx.conn, "SELECT count(*) AS all_count, sum(c.assignee_id = ?) AS mine,"
                           " sum(c.assignee_id IS NULL) AS unassigned FROM conversations c WHERE "
                           + " AND ".join(where), (ctx.user_id, *args))
    all_count = int(row["all_count"] or 0) if row else 0
    unassigned = int(row["unassigned"] or 0) if row else 0
    return {"mine_count": int(row["mine"] or 0) if row else 0, "assigned_count": all_count - unassigned,
            "unassigned_count": unassigned, "all_count": all_count}


async def index(ctx: Ctx) -> Any:
    where, args = _filters(ctx)
    meta = counts(ctx, where, args)
    assignee_type = ctx.params.get("assignee_type")
    if assignee_type == "me":
        where.append("c.assignee_id = ?")
        args.append(ctx.user_id)
    elif assignee_type == "unassigned":
        where.append("c.assignee_id IS NULL")
    elif assignee_type == "assigned":
        where.append("c.assignee_id IS NOT NULL")
    sort = str(ctx.params.get("sort_by") or "")
    order = SORTS.get(LEGACY_SORTS.get(sort, sort), SORTS["last_activity_at_desc"])
    sql = "SELECT c.* FROM conversations c WHERE " + " AND ".join(where)
    within = as_int(ctx.params.get("updated_within"))
    if ctx.params.get("updated_within") not in (None, ""):
        sql += " AND c.updated_at > ?"
        args.append(clock.now() - (within or 0))
        sql += f" ORDER BY {order}"
    else:
        page = max(as_int(ctx.params.get("page")) or 1, 1)
        sql += f" ORDER BY {order} LIMIT {PER_PAGE} OFFSET {(page - 1) * PER_PAGE}"
    rows = db.all_rows(ctx.conn, sql, args)
    return {"data": {"meta": meta, "payload": [conversation_rest(ctx.sb, r, ctx.user_id) for r in rows]}}


async def meta(ctx: Ctx) -> Any:
    where, args = _filters(ctx)
    return {"meta": counts(ctx, where, args)}


async def show(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    return conversation_rest(ctx.sb, conv, ctx.user_id)


async def update(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    if "priority" in ctx.params:
        priority = ctx.params["priority"] or None
        if priority not in PRIORITIES:
            raise ApiError(422, {"message": f"'{priority}' is not a valid priority", "attributes": ["priority"]})
        if priority != conv["priority"]:
            db.update(ctx.conn, "conversations", conv["id"], {"priority": priority, "updated_at": clock.now()})
            conversation_event(ctx.sb, "conversation.updated", conv["id"])
    return conversation_rest(ctx.sb, ctx.reload(conv), ctx.user_id)


async def create(ctx: Ctx) -> Any:
    """POST …/conversations: a new conversation (the existing one when the inbox locks to one)."""
    from desktop.sandbox.intake import open_conversation
    from desktop.sandbox.mutate import create_message

    p = ctx.params
    inbox = db.one(ctx.conn, "SELECT * FROM inboxes WHERE id=? AND account_id=?", (as_int(p.get("inbox_id")),
                                                                                   ctx.account_id))
    contact = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=? AND account_id=?", (as_int(p.get("contact_id")),
                                                                                      ctx.account_id))
    if inbox is None or contact is None:
        raise not_found()
    if inbox["id"] not in ctx.inbox_ids():
        raise forbidden()
    if inbox["channel_type"] == "Channel::Whatsapp":  # lock_to_single_conversation
        existing = db.one(ctx.conn, "SELECT * FROM conversations WHERE contact_id=? AND inbox_id=? AND status !="
                                    " 'resolved' ORDER BY id DESC LIMIT 1", (contact["id"], inbox["id"]))
        if existing is not None:
            return conversation_rest(ctx.sb, existing, ctx.user_id)
    status = str(p.get("status") or "open")
    if status not in {"open", "resolved", "pending", "snoozed"}:
        raise ApiError(422, {"message": f"'{status}' is not a valid status", "attributes": ["status"]})
    conv = open_conversation(ctx.sb, ctx.account_id, inbox["id"], contact, assignee_id=as_int(p.get("assignee_id")),
                             team_id=as_int(p.get("team_id")), status=status, performer_id=ctx.user_id)
    message = p.get("message")
    if isinstance(message, dict) and str(message.get("content") or "").strip():
        create_message(ctx.sb, conv, content=str(message["content"]), message_type=1, sender_type="User",
                       sender_id=ctx.user_id, performer_id=ctx.user_id)
    return conversation_rest(ctx.sb, ctx.reload(conv), ctx.user_id)


async def contact_conversations(ctx: Ctx) -> Any:
    contact = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=? AND account_id=?",
                     (as_int(ctx.request.path_params["contact_id"]), ctx.account_id))
    if contact is None:
        raise not_found()
    inboxes = ctx.inbox_ids()
    rows = db.all_rows(ctx.conn, f"SELECT * FROM conversations WHERE contact_id=? AND inbox_id IN"
                                 f" ({','.join('?' * len(inboxes)) or 'NULL'}) ORDER BY last_activity_at DESC LIMIT 20",
                       (contact["id"], *inboxes))
    return {"payload": [conversation_rest(ctx.sb, r, ctx.user_id) for r in rows]}


BASE = "/api/v1/accounts/{aid}"
routes = [
    Route(f"{BASE}/conversations", endpoint(index), methods=["GET"]),
    Route(f"{BASE}/conversations", endpoint(create), methods=["POST"]),
    Route(f"{BASE}/conversations/meta", endpoint(meta), methods=["GET"]),
    Route(f"{BASE}/conversations/{{cid}}", endpoint(show), methods=["GET"]),
    Route(f"{BASE}/conversations/{{cid}}", endpoint(update), methods=["PATCH", "PUT"]),
    Route(f"{BASE}/contacts/{{contact_id}}/conversations", endpoint(contact_conversations), methods=["GET"]),
]
