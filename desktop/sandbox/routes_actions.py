"""Actions on one conversation (contract §4.6-§4.8): toggle_status, toggle_priority, update_last_seen,
unread, mute/unmute, toggle_typing_status, custom_attributes, assignments (agent/team/null/unknown) and
labels (GET, POST replacing the whole set)."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from desktop.sandbox import clock, db, notifications
from desktop.sandbox.context import Ctx, Raw, endpoint
from desktop.sandbox.events import contact_event, conversation_event, typing_event
from desktop.sandbox.http import ApiError, as_bool, as_int, as_list, param_missing
from desktop.sandbox.mutate import activity, set_status, user_name
from desktop.sandbox.people import agent_object, team_model
from desktop.sandbox.routes_conversations import PRIORITIES
from desktop.sandbox.shapes import conversation_rest
from desktop.sandbox.state import iso

STATUSES = {"open", "resolved", "pending", "snoozed"}


def _conv(ctx: Ctx) -> Any:
    return ctx.conversation(ctx.request.path_params["cid"])


async def toggle_status(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    status = ctx.params.get("status")
    if status in (None, ""):
        status = "resolved" if conv["status"] == "open" else "open"
    if status not in STATUSES:
        raise ApiError(500, {"status": 500, "error": "Internal Server Error"})  # Rails enum ArgumentError
    until = ctx.params.get("snoozed_until")
    seconds = as_int(until)
    snoozed_until = float(seconds) if status == "snoozed" and seconds is not None else None
    fresh = set_status(ctx.sb, conv, str(status), snoozed_until, actor_id=ctx.user_id, actor_is_agent=not ctx.is_admin)
    return {"meta": {}, "payload": {"success": True, "conversation_id": fresh["display_id"],
                                    "current_status": fresh["status"], "snoozed_until": iso(fresh["snoozed_until"])}}


async def toggle_priority(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    priority = ctx.params.get("priority") or None
    if priority not in PRIORITIES:
        raise ApiError(422, {"message": f"'{priority}' is not a valid priority", "attributes": ["priority"]})
    if priority != conv["priority"]:
        db.update(ctx.conn, "conversations", conv["id"], {"priority": priority, "updated_at": clock.now()})
        conversation_event(ctx.sb, "conversation.updated", conv["id"])
    return None


async def update_last_seen(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    now = clock.now()
    values: dict[str, Any] = {"agent_last_seen_at": now}
    if conv["assignee_id"] == ctx.user_id:
        values["assignee_last_seen_at"] = now
    db.update(ctx.conn, "conversations", conv["id"], values)  # update_columns: no event, no updated_at
    return conversation_rest(ctx.sb, ctx.reload(conv), ctx.user_id)


async def unread(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    last = db.one(ctx.conn, "SELECT max(created_at) AS t FROM messages WHERE conversation_id=? AND message_type=0",
                  (conv["id"],))
    seen = (last["t"] - 1) if last and last["t"] else None
    db.update(ctx.conn, "conversations", conv["id"], {"agent_last_seen_at": seen, "assignee_last_seen_at": seen})
    return conversation_rest(ctx.sb, ctx.reload(conv), ctx.user_id)


async def mute(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    _block(ctx, conv, True)
    if conv["status"] != "resolved":
        set_status(ctx.sb, conv, "resolved", None, actor_id=ctx.user_id, actor_is_agent=False)
    return None


async def unmute(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    _block(ctx, conv, False)
    return None


def _block(ctx: Ctx, conv: Any, blocked: bool) -> None:
    """Muting blocks the contact account-wide (contact.updated on the account stream)."""
    ctx.conn.execute("UPDATE contacts SET blocked=? WHERE id=?", (int(blocked), conv["contact_id"]))
    contact = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=?", (conv["contact_id"],))
    if contact is not None:
        contact_event(ctx.sb, "contact.updated", contact, performer_id=ctx.user_id)


async def toggle_typing(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    on = str(ctx.params.get("typing_status") or "") == "on"
    typing_event(ctx.sb, conv, on, user_id=ctx.user_id, contact_id=None,
                 is_private=as_bool(ctx.params.get("is_private", False)))
    return None


async def custom_attributes(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    attrs = ctx.params.get("custom_attributes")
    if not isinstance(attrs, dict):
        raise param_missing("custom_attributes")
    db.update(ctx.conn, "conversations", conv["id"], {"custom_attributes": db.dumps(attrs), "updated_at": clock.now()})
    conversation_event(ctx.sb, "conversation.updated", conv["id"])
    return {"custom_attributes": attrs}


async def assignments(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    p = ctx.params
    if "assignee_id" in p:
        user = None
        uid = as_int(p.get("assignee_id"))
        if uid is not None and ctx.sb.account_user(ctx.account_id, uid) is not None:
            user = db.one(ctx.conn, "SELECT * FROM users WHERE id=?", (uid,))
        new_id = user["id"] if user is not None else None
        if new_id != conv["assignee_id"]:
            db.update(ctx.conn, "conversations", conv["id"], {"assignee_id": new_id, "updated_at": clock.now()})
            text = (f"Assigned to {user['name']} by {user_name(ctx.sb, ctx.user_id)}" if user is not None
                    else f"Conversation unassigned by {user_name(ctx.sb, ctx.user_id)}")
            activity(ctx.sb, conv, text)
            conversation_event(ctx.sb, "assignee.changed", conv["id"])
            notifications.assigned(ctx.sb, ctx.reload(conv), new_id, ctx.user_id)
            conversation_event(ctx.sb, "conversation.updated", conv["id"])
        return Raw(agent_object(ctx.sb, ctx.account_id, user) if user is not None else None)
    if "team_id" in p:
        tid = as_int(p.get("team_id"))
        team = db.one(ctx.conn, "SELECT * FROM teams WHERE id=? AND account_id=?", (tid, ctx.account_id)) if tid else None
        new_id = team["id"] if team is not None else None
        if new_id != conv["team_id"]:
            db.update(ctx.conn, "conversations", conv["id"], {"team_id": new_id, "updated_at": clock.now()})
            who = user_name(ctx.sb, ctx.user_id)
            activity(ctx.sb, conv, f"Assigned to {team['name']} team by {who}" if team is not None
                     else f"Unassigned from team by {who}")
            conversation_event(ctx.sb, "team.changed", conv["id"])
            conversation_event(ctx.sb, "conversation.updated", conv["id"])
        return Raw(team_model(team) if team is not None else None)
    return Raw(None)


async def labels_get(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    return {"payload": db.loads(conv["labels"], [])}


async def labels_set(ctx: Ctx) -> Any:
    conv = _conv(ctx)
    titles = list(dict.fromkeys(t.lower() for t in as_list(ctx.params.get("labels"))))
    if titles != db.loads(conv["labels"], []):
        db.update(ctx.conn, "conversations", conv["id"], {"labels": db.dumps(titles), "updated_at": clock.now()})
        conversation_event(ctx.sb, "conversation.updated", conv["id"])
    return {"payload": titles}


C = "/api/v1/accounts/{aid}/conversations/{cid}"
routes = [
    Route(f"{C}/toggle_status", endpoint(toggle_status), methods=["POST"]),
    Route(f"{C}/toggle_priority", endpoint(toggle_priority), methods=["POST"]),
    Route(f"{C}/update_last_seen", endpoint(update_last_seen), methods=["POST"]),
    Route(f"{C}/unread", endpoint(unread), methods=["POST"]),
    Route(f"{C}/mute", endpoint(mute), methods=["POST"]),
    Route(f"{C}/unmute", endpoint(unmute), methods=["POST"]),
    Route(f"{C}/toggle_typing_status", endpoint(toggle_typing), methods=["POST"]),
    Route(f"{C}/custom_attributes", endpoint(custom_attributes), methods=["POST"]),
    Route(f"{C}/assignments", endpoint(assignments), methods=["POST"]),
    Route(f"{C}/labels", endpoint(labels_get), methods=["GET"]),
    Route(f"{C}/labels", endpoint(labels_set), methods=["POST"]),
]
