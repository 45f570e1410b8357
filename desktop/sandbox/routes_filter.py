"""Advanced conversation filter `POST …/conversations/filter?page=N` (contract §4.4), after Chatwoot's
`Conversations::FilterService` + `FilterHelper` and `lib/filters/filter_keys.yml`.

Each condition is `{attribute_key, filter_operator, values, query_operator}`; conditions are chained in
order with their `query_operator` (SQL precedence: AND binds tighter than OR), and the last one must
carry none (the real server appends it to the SQL, which then breaks). Per attribute only the operators
of filter_keys.yml are allowed; an unknown attribute or operator, a missing value, or a query operator
other than and/or gives 422 `{"error": …}`. `equal_to`/`not_equal_to` are SQL `IN`/`NOT IN` (so
`not_equal_to` never matches a NULL column); dates compare by calendar day (UTC), `days_before: N`
means before today − N days. Visibility, counts and order come from the conversation list
(`routes_conversations`): same inboxes, counts without `assigned_count`, last activity first, 25 a page.
Custom attribute keys are accepted when some conversation of the account carries them (the sandbox keeps
no attribute definitions). A missing or empty `payload` is refused with 422 here (the real server's answer
to it is not a documented one; the client never sends it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.http import ApiError, as_int, unprocessable
from desktop.sandbox.routes_conversations import PER_PAGE, SORTS, counts
from desktop.sandbox.shapes import conversation_rest

EQ, PRESENT, DATES = ["equal_to", "not_equal_to"], ["is_present", "is_not_present"], \
    ["is_greater_than", "is_less_than", "days_before"]
LIKE = ["contains", "does_not_contain"]
# attribute key → (SQL expression, allowed operators, kind)
ATTRIBUTES: dict[str, tuple[str, list[str], str]] = {
    "status": ("c.status", EQ, "status"),
    "assignee_id": ("c.assignee_id", EQ + PRESENT, "id"),
    "inbox_id": ("c.inbox_id", EQ + PRESENT, "id"),
    "team_id": ("c.team_id", EQ + PRESENT, "id"),
    "priority": ("c.priority", EQ, "text"),
    "display_id": ("c.display_id", EQ + LIKE, "id"),
    "campaign_id": ("NULL", EQ + PRESENT, "id"),
    "labels": ("c.labels", EQ + PRESENT, "labels"),
    "browser_language": ("json_extract(c.additional_attributes, '$.browser_language')", EQ, "text"),
    "conversation_language": ("json_extract(c.additional_attributes, '$.conversation_language')", EQ, "text"),
    "country_code": ("json_extract(c.additional_attributes, '$.country_code')", EQ, "text"),
    "referer": ("json_extract(c.additional_attributes, '$.referer')", EQ + LIKE, "text"),
    "created_at": ("c.created_at", DATES, "date"),
    "last_activity_at": ("c.last_activity_at", DATES, "date"),
    "mail_subject": ("json_extract(c.additional_attributes, '$.mail_subject')", EQ + LIKE, "text"),
}
STATUSES = ("open", "resolved", "pending", "snoozed")
ALL_OPERATORS = EQ + LIKE + PRESENT + DATES
AND_OR = 'Query operator must be either "AND" or "OR"'


def _invalid_value(key: str) -> ApiError:
    return unprocessable(f"Invalid value. The values provided for {key} are invalid")


def _attribute(ctx: Ctx, key: str) -> tuple[str, list[str], str]:
    known = ATTRIBUTES.get(key)
    if known is not None:
        return known
    custom = key.isidentifier() and db.one(
        ctx.conn, "SELECT 1 FROM conversations c, json_each(c.custom_attributes) j WHERE c.account_id = ?"
                  " AND j.key = ? LIMIT 1", (ctx.account_id, key))
    if not custom:
        raise unprocessable(f"Invalid attribute key - [{key}]. The allowed keys for attribute are"
                            f" [{','.join(ATTRIBUTES)}].")
    return f"json_extract(c.custom_attributes, '$.{key}')", ALL_OPERATORS, "custom"


def _day(key: str, value: Any) -> str:
    """A calendar day from a date or ISO time string (Postgres `'…'::date`)."""
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise _invalid_value(key) from None


def _values(key: str, kind: str, values: list[Any]) -> list[Any]:
    if kind == "status":
        return list(STATUSES) if "all" in values else [str(v) for v in values]
    if kind == "id":
        ids = [as_int(v) for v in values]
        if any(i is None for i in ids):
            raise _invalid_value(key)
        return ids
    if any(isinstance(v, (dict, list)) for v in values):
        raise _invalid_value(key)
    return [v if isinstance(v, (int, float)) else str(v) for v in values]


def _condition(ctx: Ctx, cond: dict[str, Any]) -> tuple[str, list[Any]]:
    key, op = str(cond.get("attribute_key") or ""), str(cond.get("filter_operator") or "")
    column, operators, kind = _attribute(ctx, key)
    if op not in operators:
        raise unprocessable(f"Invalid operator. The allowed operators for {key} are [{','.join(operators)}].")
    raw = cond.get("values")
    values = raw if isinstance(raw, list) else ([] if raw in (None, "") else [raw])
    if op in PRESENT:
        if kind == "labels":
            return ("json_array_length(c.labels) > 0" if op == "is_present"
                    else "(c.labels IS NULL OR json_array_length(c.labels) = 0)"), []
        return f"{column} {'IS NOT NULL' if op == 'is_present' else 'IS NULL'}", []
    if not values:
        raise _invalid_value(key)
    if kind == "date":
        if op == "days_before":
            day = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=as_int(values[0]) or 0)
            return f"date({column}, 'unixepoch') < ?", [day.isoformat()]
        return f"date({column}, 'unixepoch') {'>' if op == 'is_greater_than' else '<'} ?", [_day(key, values[0])]
    if op in DATES:  # custom attributes only
        return f"{column} {'>' if op == 'is_greater_than' else '<'} ?", _values(key, kind, values[:1])
    values = _values(key, kind, values)
    marks = ",".join("?" * len(values))
    if kind == "labels":
        exists = f"EXISTS (SELECT 1 FROM json_each(c.labels) j WHERE j.value IN ({marks}))"
        return (exists if op == "equal_to" else f"NOT {exists}"), values
    if op in LIKE:
        likes = " OR ".join(f"CAST({column} AS TEXT) LIKE ?" for _ in values)
        patterns = [f"%{str(v).strip()}%" for v in values]
        return (f"({likes})" if op == "contains" else f"NOT ({likes})"), patterns
    if op == "not_equal_to" and kind == "custom":  # FilterService#not_in_custom_attr_query
        return f"({column} NOT IN ({marks}) OR {column} IS NULL)", values
    return f"{column} {'IN' if op == 'equal_to' else 'NOT IN'} ({marks})", values


def where_clause(ctx: Ctx, conditions: Any) -> tuple[str, list[Any]]:
    """The chained conditions as one SQL expression with its arguments (422 on anything invalid)."""
    if not isinstance(conditions, list) or not conditions:
        raise unprocessable("param is missing or the value is empty: payload")
    clause, args = "", []
    for i, cond in enumerate(conditions):
        if not isinstance(cond, dict):
            raise unprocessable("Invalid filter condition")
        joiner = cond.get("query_operator")
        if joiner not in (None, "") and (not isinstance(joiner, str) or joiner.upper() not in ("AND", "OR")):
            raise unprocessable(AND_OR)
        sql, values = _condition(ctx, cond)
        clause += f"({sql})"
        args += values
        if i < len(conditions) - 1:
            clause += f" {str(joiner or '').upper()} "
    if any(not c.get("query_operator") for c in conditions[:-1]) or conditions[-1].get("query_operator"):
        # the real server pastes the query operators into its SQL: a missing one between two conditions
        # or one after the last is a syntax error there (its own dashboard nulls the last one)
        raise ApiError(500, {"status": 500, "error": "Internal Server Error"})
    return clause, args


async def filter_conversations(ctx: Ctx) -> Any:
    clause, args = where_clause(ctx, ctx.params.get("payload"))
    inboxes = ctx.inbox_ids()
    where = ["c.account_id = ?", f"c.inbox_id IN ({','.join('?' * len(inboxes)) or 'NULL'})", f"({clause})"]
    params = [ctx.account_id, *inboxes, *args]
    meta = counts(ctx, where, params)
    del meta["assigned_count"]
    page = max(as_int(ctx.params.get("page")) or 1, 1)
    rows = db.all_rows(ctx.conn, "SELECT c.* FROM conversations c WHERE " + " AND ".join(where)
                       + f" ORDER BY {SORTS['last_activity_at_desc']} LIMIT {PER_PAGE} OFFSET {(page - 1) * PER_PAGE}",
                       params)
    return {"meta": meta, "payload": [conversation_rest(ctx.sb, r, ctx.user_id) for r in rows]}


routes = [Route("/api/v1/accounts/{aid}/conversations/filter", endpoint(filter_conversations), methods=["POST"])]
