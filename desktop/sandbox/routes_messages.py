"""Messages (contract §6): list with before/after paging and the ISO-timestamp meta, create (JSON or
multipart with `attachments[]`, echo_id echoed, 422 `error` bodies, flood guard), soft delete, and the
ActiveStorage-like attachment URLs (`data_url`/`thumb_url` answer 301 to the stored file)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.events import message_event
from desktop.sandbox.http import ApiError, as_bool, as_int, not_found, unprocessable
from desktop.sandbox.mutate import create_message
from desktop.sandbox.people import contact_push, user_push
from desktop.sandbox.shapes import message_rest
from desktop.sandbox.state import iso

MESSAGE_TYPES = {"incoming": 0, "outgoing": 1, "activity": 2, "template": 3, 0: 0, 1: 1, 2: 2, 3: 3}


async def index(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    before, after = as_int(ctx.params.get("before")), as_int(ctx.params.get("after"))
    where, args = ["conversation_id = ?"], [conv["id"]]
    if as_bool(ctx.params.get("filter_internal_messages", False)):
        where.append("private = 0 AND message_type != 2")
    if after is not None and before is not None:  # after <= id < before, oldest first
        where.append("id >= ? AND id < ?")
        args += [after, before]
        limit, newest = 1000, False
    elif after is not None:  # catch-up: the next 100 after `after`
        where.append("id > ?")
        args.append(after)
        limit, newest = 100, False
    else:  # the latest 20 (before `before` when given), returned in ascending order
        if before is not None:
            where.append("id < ?")
            args.append(before)
        limit, newest = 20, True
    order = "DESC" if newest else "ASC"
    sql = f"SELECT * FROM messages WHERE {' AND '.join(where)} ORDER BY id {order} LIMIT {limit}"
    rows = db.all_rows(ctx.conn, sql, args)
    if newest:
        rows.reverse()
    contact = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=?", (conv["contact_id"],))
    assert contact is not None
    meta: dict[str, Any] = {"labels": db.loads(conv["labels"], []),
                            "additional_attributes": db.loads(conv["additional_attributes"], {}),
                            "contact": contact_push(contact)}
    if conv["assignee_id"]:
        assignee = db.one(ctx.conn, "SELECT * FROM users WHERE id=?", (conv["assignee_id"],))
        if assignee is not None:
            meta["assignee"] = user_push(ctx.sb, ctx.account_id, assignee)
    meta["agent_last_seen_at"] = iso(conv["agent_last_seen_at"])
    meta["assignee_last_seen_at"] = iso(conv["assignee_last_seen_at"])
    return {"meta": meta, "payload": [message_rest(ctx.sb, r) for r in rows]}


def _content_attributes(value: Any) -> dict[str, Any]:
    if isinstance(value, str) and value.strip():
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise unprocessable("content_attributes is not valid JSON") from exc
    return value if isinstance(value, dict) else {}


async def create(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    p = ctx.params
    raw_type = p.get("message_type", "outgoing") or "outgoing"
    mtype = MESSAGE_TYPES.get(raw_type if isinstance(raw_type, int) else str(raw_type))
    if mtype is None or mtype == 2:
        raise unprocessable(f"'{raw_type}' is not a valid message_type")
    inbox = db.one(ctx.conn, "SELECT channel_type FROM inboxes WHERE id=?", (conv["inbox_id"],))
    if mtype == 0 and (inbox is None or inbox["channel_type"] != "Channel::Api"):
        raise unprocessable("Incoming messages are only allowed in Api inboxes")
    content = p.get("content")
    echo_id = p.get("echo_id")
    sender = ("Contact", conv["contact_id"]) if mtype == 0 else ("User", ctx.user_id)
    msg = create_message(
        ctx.sb, conv, content=None if content is None else str(content), message_type=mtype,
        private=as_bool(p.get("private", False)), sender_type=sender[0], sender_id=sender[1],
        content_type=str(p.get("content_type") or "text"),
        content_attributes=_content_attributes(p.get("content_attributes")),
        echo_id=None if echo_id is None else str(echo_id), files=ctx.files, performer_id=ctx.user_id)
    return message_rest(ctx.sb, msg, None if echo_id is None else str(echo_id))


async def destroy(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    msg = db.one(ctx.conn, "SELECT * FROM messages WHERE id=? AND conversation_id=?",
                 (as_int(ctx.request.path_params["mid"]), conv["id"]))
    if msg is None:
        raise not_found()
    db.update(ctx.conn, "messages", msg["id"], {"content": "This message was deleted", "updated_at": clock.now(),
                                                "content_attributes": db.dumps({"deleted": True})})
    ctx.conn.execute("DELETE FROM attachments WHERE message_id=?", (msg["id"],))
    fresh = db.one(ctx.conn, "SELECT * FROM messages WHERE id=?", (msg["id"],))
    assert fresh is not None
    message_event(ctx.sb, "message.updated", fresh, performer_id=ctx.user_id)
    return message_rest(ctx.sb, fresh)


async def update_status(ctx: Ctx) -> Any:
    conv = ctx.conversation(ctx.request.path_params["cid"])
    inbox = db.one(ctx.conn, "SELECT channel_type FROM inboxes WHERE id=?", (conv["inbox_id"],))
    if inbox is None or inbox["channel_type"] != "Channel::Api":
        raise ApiError(403, {"error": "Message status update is only allowed for API inboxes"})
    from desktop.sandbox.mutate import set_message_status

    mid = as_int(ctx.request.path_params["mid"])
    if db.one(ctx.conn, "SELECT 1 FROM messages WHERE id=? AND conversation_id=?", (mid, conv["id"])) is None:
        raise not_found()
    status = str(ctx.params.get("status") or "")
    if status not in {"sent", "delivered", "read", "failed"}:
        raise unprocessable(f"'{status}' is not a valid status")
    set_message_status(ctx.sb, int(mid or 0), status)
    fresh = db.one(ctx.conn, "SELECT * FROM messages WHERE id=?", (mid,))
    assert fresh is not None
    return message_rest(ctx.sb, fresh)


async def gallery(ctx: Ctx) -> Any:
    """GET …/attachments: the conversation's files, newest first, 100 a page."""
    from desktop.sandbox.shapes import attachment_object

    conv = ctx.conversation(ctx.request.path_params["cid"])
    page = max(as_int(ctx.params.get("page")) or 1, 1)
    total = db.one(ctx.conn, "SELECT count(*) AS n FROM attachments a JOIN messages m ON m.id = a.message_id"
                             " WHERE m.conversation_id=?", (conv["id"],))
    rows = db.all_rows(ctx.conn, "SELECT a.* FROM attachments a JOIN messages m ON m.id = a.message_id WHERE"
                                 " m.conversation_id=? ORDER BY a.id DESC LIMIT 100 OFFSET ?",
                       (conv["id"], (page - 1) * 100))
    payload = []
    for row in rows:
        msg = db.one(ctx.conn, "SELECT * FROM messages WHERE id=?", (row["message_id"],))
        assert msg is not None
        item, rest = attachment_object(ctx.sb, row), message_rest(ctx.sb, msg)
        payload.append({"message_id": row["message_id"], "thumb_url": item["thumb_url"], "data_url": item["data_url"],
                        "file_size": row["file_size"], "file_type": row["file_type"], "extension": row["extension"],
                        "width": row["width"], "height": row["height"], "created_at": rest["created_at"],
                        "sender": rest.get("sender")})
    return {"meta": {"total_count": int(total["n"]) if total else 0}, "payload": payload}


def _attachment(request: Request) -> Any:
    sb = request.app.state.sandbox
    row = db.one(sb.conn, "SELECT * FROM attachments WHERE id=?", (as_int(request.path_params["att"]),))
    if row is None:
        raise not_found()
    return row


async def blob_redirect(request: Request) -> Response:
    row = _attachment(request)
    return RedirectResponse(f"/rails/active_storage/disk/{row['id']}/{request.path_params['name']}", status_code=301)


async def blob_file(request: Request) -> Response:
    row = _attachment(request)
    path = request.app.state.sandbox.files / row["stored_name"]
    if not path.exists():
        raise not_found()
    return FileResponse(path, media_type=row["mime"], filename=row["filename"], content_disposition_type="inline")


M = "/api/v1/accounts/{aid}/conversations/{cid}/messages"
routes = [
    Route(M, endpoint(index), methods=["GET"]),
    Route(M, endpoint(create), methods=["POST"]),
    Route(f"{M}/{{mid}}", endpoint(destroy), methods=["DELETE"]),
    Route(f"{M}/{{mid}}", endpoint(update_status), methods=["PATCH"]),
    Route("/api/v1/accounts/{aid}/conversations/{cid}/attachments", endpoint(gallery), methods=["GET"]),
    Route("/rails/active_storage/blobs/redirect/{att}/{name:path}", blob_redirect, methods=["GET"]),
    Route("/rails/active_storage/representations/redirect/{att}/{name:path}", blob_redirect, methods=["GET"]),
    Route("/rails/active_storage/disk/{att}/{name:path}", blob_file, methods=["GET"]),
]
