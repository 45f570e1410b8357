"""Advanced conversation filter `POST …/conversations/filter?page=N` (contract §4.4): attribute/operator
conditions joined by and/or, 25 a page by last activity, no `data` wrapper and no `assigned_count`;
an unknown attribute or operator gives 422 `{"error": …}`."""

from __future__ import annotations

import time
from typing import Any

from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import as_int, unprocessable
from desktop.sandbox.shapes import conversation_rest

PER_PAGE = 25
COLUMNS = {"status": "c.status", "assignee_id": "c.assignee_id", "inbox_id": "c.inbox_id", "team_id": "c.team_id",
           "priority": "c.priority", "display_id": "c.display_id", "created_at": "c.created_at",
           "last_activity_at": "c.last_activity_at", "campaign_id": "NULL",
           "browser_language": "json_extract(c.additional_attributes, '$.browser_language')",
           "conversation_language": "json_extract(c.additional_attributes, '$.conversation_language')",
           "referer": "json_extract(c.additional_attributes, '$.referer')",
           "mail_subject": "json_extract(c.additional_attributes, '$.mail_subject')",
           "country_code": "(SELECT json_extract(k.additional_attributes, '$.country_code') FROM contacts k"
                           " WHERE k.id = c.contact_id)"}
OPERATORS = {"equal_to", "not_equal_to", "contains", "does_not_contain", "is_present", "is_not_present",
             "is_greater_than", "is_less_than", "days_before"}
TIME_KEYS = {"created_at", "last_activity_at"}


def _value(key: str, value: Any) -> Any:
    if key in TIME_KEYS and isinstance(value, str) and not value.isdigit():
        try:
            return time.mktime(time.strptime(value[:10], "%Y-%m-%d"))
        except ValueError as exc:
            raise unprocessable(f"Invalid date value for {key}") from exc
    return value


def _condition(cond: dict[str, Any]) -> tuple[str, list[Any]]:
    key, op = str(cond.get("attribute_key") or ""), str(cond.get("filter_operator") or "")
    if op not in OPERATORS:
        raise unprocessable(f"Invalid operator. The allowed operators for {key} are [{', '.join(sorted(OPERATORS))}].")
    values = cond.get("values")
    values = values if isinstance(values, list) else [values]
    values = [v.get("id", v) if isinstance(v, dict) else v for v in values]
    if key == "labels":
        exists = f"EXISTS (SELECT 1 FROM json_each(c.labels) j WHERE j.value IN ({','.join('?' * len(values))}))"
        if op in ("equal_to", "contains"):
            return exists, list(values)
        if op in ("not_equal_to", "does_not_contain"):
            return "NOT " + exists, list(values)
        return ("json_array_length(c.labels) > 0", []) if op == "is_present" else ("json_array_length(c.labels) = 0", [])
    column = COLUMNS.get(key)
    if column is None:
        if key.startswith("custom_attribute_") or key.isidentifier():
            column = f"json_extract(c.custom_attributes, '$.{key}')"
        else:
            raise unprocessable(f"Invalid attribute key - [{key}]")
    if op == "is_present":
        return f"{column} IS NOT NULL AND {column} != ''", []
    if op == "is_not_present":
        return f"({column} IS NULL OR {column} = '')", []
    if op in ("equal_to", "not_equal_to"):
        marks = ",".join("?" * len(values))
        sql = f"{column} IN ({marks})" if op == "equal_to" else f"({column} IS NULL OR {column} NOT IN ({marks}))"
        return sql, [_value(key, v) for v in values]
    if op in ("contains", "does_not_contain"):
        sql = f"{column} LIKE ?" if op == "contains" else f"({column} IS NULL OR {column} NOT LIKE ?)"
        return sql, [f"%{values[0]}%"]
    if op == "days_before":
        days = as_int(values[0])
        if days is None:
            raise unprocessable("days_before needs a number of days")
        return f"{column} < ?", [time.time() - days * 86400]
    return f"{column} {'>' if op == 'is_greater_than' else '<'} ?", [_value(key, values[0])]


async def filter_conversations(ctx: Ctx) -> Any:
    conditions = ctx.params.get("payload")
    if not isinstance(conditions, list) or not conditions:
        raise unprocessable("payload must be a non-empty list of conditions")
    inboxes = ctx.inbox_ids()
    clause, args = "", []
    for i, cond in enumerate(conditions):
        if not isinstance(cond, dict):
            raise unprocessable("each condition must be an object")
        sql, values = _condition(cond)
        clause += f"({sql})"
        args += values
        if i < len(conditions) - 1:
            joiner = str(cond.get("query_operator") or "and").lower()
            if joiner not in ("and", "or"):
                raise unprocessable(f"Invalid query operator {joiner}")
            clause += f" {joiner.upper()} "
    where = (f"c.account_id = ? AND c.inbox_id IN ({','.join('?' * len(inboxes)) or 'NULL'}) AND ({clause})")
    params = [ctx.account_id, *inboxes, *args]
    row = db.one(ctx.conn, f"SELECT count(*) AS n, sum(c.assignee_id = ?) AS mine, sum(c.assignee_id IS NULL) AS"
                           f" unassigned FROM conversations c WHERE {where}", [ctx.user_id, *params])
    page = max(as_int(ctx.request.query_params.get("page")) or 1, 1)
    rows = db.all_rows(ctx.conn, f"SELECT c.* FROM conversations c WHERE {where} ORDER BY c.last_activity_at DESC,"
                                 f" c.id DESC LIMIT {PER_PAGE} OFFSET {(page - 1) * PER_PAGE}", params)
    meta = {"mine_count": int(row["mine"] or 0) if row else 0,
            "unassigned_count": int(row["unassigned"] or 0) if row else 0, "all_count": int(row["n"]) if row else 0}
    return {"meta": meta, "payload": [conversation_rest(ctx.sb, r, ctx.user_id) for r in rows]}


routes = [Route("/api/v1/accounts/{aid}/conversations/filter", endpoint(filter_conversations), methods=["POST"])]
