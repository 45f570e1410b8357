"""Contacts (contract §9.3): search over resolved contacts (15 a page, the `current_page` string/int quirk,
blank-q quirk), list, show, update (E.164 validation with the `message` error body) and contact labels."""

from __future__ import annotations

import re
from typing import Any

from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.events import contact_event
from desktop.sandbox.http import ApiError, as_int, as_list, not_found
from desktop.sandbox.people import contact_rest

PER_PAGE = 15
E164 = re.compile(r"\+[1-9]\d{1,14}\Z")
SORTS = {"name": "lower(name) ASC", "-name": "lower(name) DESC", "email": "email ASC", "-email": "email DESC",
         "phone_number": "phone_number ASC", "-phone_number": "phone_number DESC",
         "last_activity_at": "last_activity_at ASC", "-last_activity_at": "last_activity_at DESC",
         "created_at": "created_at ASC", "-created_at": "created_at DESC",
         "company": "json_extract(additional_attributes, '$.company_name') ASC",
         "-company": "json_extract(additional_attributes, '$.company_name') DESC",
         "city": "json_extract(additional_attributes, '$.city') ASC",
         "country": "json_extract(additional_attributes, '$.country') ASC"}
RESOLVED = "(coalesce(email, '') != '' OR coalesce(phone_number, '') != '' OR coalesce(identifier, '') != '')"


def _page_meta(ctx: Ctx, count: int | None) -> dict[str, Any]:
    page = ctx.request.query_params.get("page")
    return {"count": count, "current_page": page if page is not None else 1}


def _page(ctx: Ctx) -> int:
    return max(as_int(ctx.params.get("page")) or 1, 1)


def _order(ctx: Ctx) -> str:
    return SORTS.get(str(ctx.params.get("sort") or ""), "last_activity_at IS NULL, last_activity_at DESC") + ", id ASC"


def _labels_clause(ctx: Ctx, where: list[str], args: list[Any]) -> None:
    labels = as_list(ctx.params.get("labels"))
    if labels:
        where.append(f"EXISTS (SELECT 1 FROM json_each(coalesce(labels, '[]')) j"
                     f" WHERE j.value IN ({','.join('?' * len(labels))}))")
        args += labels


def _listing(ctx: Ctx, where: list[str], args: list[Any]) -> dict[str, Any]:
    _labels_clause(ctx, where, args)
    clause = " AND ".join(where)
    total = db.one(ctx.conn, f"SELECT count(*) AS n FROM contacts WHERE {clause}", args)
    rows = db.all_rows(ctx.conn, f"SELECT * FROM contacts WHERE {clause} ORDER BY {_order(ctx)} LIMIT {PER_PAGE}"
                                 f" OFFSET {(_page(ctx) - 1) * PER_PAGE}", args)
    include = str(ctx.params.get("include_contact_inboxes", "true")).lower() != "false"
    return {"meta": _page_meta(ctx, int(total["n"]) if total else 0),
            "payload": [contact_rest(ctx.sb, r, with_inboxes=include) for r in rows]}


async def search(ctx: Ctx) -> Any:
    q = str(ctx.params.get("q") or "").strip()
    if not q:
        return {"meta": _page_meta(ctx, None), "payload": []}
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = ["account_id = ?", RESOLVED,
             "(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone_number LIKE ? ESCAPE '\\'"
             " OR json_extract(additional_attributes, '$.company_name') LIKE ? ESCAPE '\\'"
             " OR instr(coalesce(identifier, ''), ?) > 0)"]
    return _listing(ctx, where, [ctx.account_id, like, like, like, like, q])


async def index(ctx: Ctx) -> Any:
    return _listing(ctx, ["account_id = ?", RESOLVED], [ctx.account_id])


def _contact(ctx: Ctx) -> Any:
    row = db.one(ctx.conn, "SELECT * FROM contacts WHERE id=? AND account_id=?",
                 (as_int(ctx.request.path_params["contact_id"]), ctx.account_id))
    if row is None:
        raise not_found()
    return row


async def show(ctx: Ctx) -> Any:
    return {"payload": contact_rest(ctx.sb, _contact(ctx), with_inboxes=True)}


async def update(ctx: Ctx) -> Any:
    contact = _contact(ctx)
    p = ctx.params
    values: dict[str, Any] = {}
    if "phone_number" in p:
        phone = p["phone_number"] or None
        if phone is not None and not E164.match(str(phone)):
            raise ApiError(422, {"message": "Phone number should be in e164 format", "attributes": ["phone_number"]})
        values["phone_number"] = phone
    if "email" in p:
        values["email"] = (str(p["email"]).strip().lower() or None) if p["email"] else None
    for key in ("name", "identifier"):
        if key in p:
            values[key] = p[key]
    if "blocked" in p:
        values["blocked"] = int(bool(p["blocked"]) and str(p["blocked"]).lower() != "false")
    for key in ("additional_attributes", "custom_attributes"):
        if isinstance(p.get(key), dict):
            values[key] = db.dumps(db.loads(contact[key], {}) | p[key])
    if values:
        db.update(ctx.conn, "contacts", contact["id"], values)
    fresh = _contact(ctx)
    contact_event(ctx.sb, "contact.updated", fresh, performer_id=ctx.user_id)
    return {"payload": contact_rest(ctx.sb, fresh, with_inboxes=True)}


async def labels_get(ctx: Ctx) -> Any:
    return {"payload": db.loads(_contact(ctx)["labels"], [])}


async def labels_set(ctx: Ctx) -> Any:
    contact = _contact(ctx)
    titles = list(dict.fromkeys(t.lower() for t in as_list(ctx.params.get("labels"))))
    db.update(ctx.conn, "contacts", contact["id"], {"labels": db.dumps(titles)})
    return {"payload": titles}


A = "/api/v1/accounts/{aid}/contacts"
routes = [
    Route(A, endpoint(index), methods=["GET"]),
    Route(f"{A}/search", endpoint(search), methods=["GET"]),
    Route(f"{A}/{{contact_id}}", endpoint(show), methods=["GET"]),
    Route(f"{A}/{{contact_id}}", endpoint(update), methods=["PATCH", "PUT"]),
    Route(f"{A}/{{contact_id}}/labels", endpoint(labels_get), methods=["GET"]),
    Route(f"{A}/{{contact_id}}/labels", endpoint(labels_set), methods=["POST"]),
]
