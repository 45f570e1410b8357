"""Report endpoints of the Chatwoot API, and their decoders (the only code that knows these JSON fields).

`ReportsApi(client)` wraps a `ChatwootClient` (any `Transport`): same session, same error mapping. What the
server sends, as read from Chatwoot's controllers, builders and views:

* Everything here is for administrators (EE custom roles with `report_manage` too). Anyone else gets
  401 `{"error": "You are not authorized to do this action"}` → `PermissionDenied`, never a sign-out.
* `since`/`until` are epoch seconds as strings; the window is [since, until). `business_hours=true`
  switches the averages to working-hours values. `timezone_offset` (hours, may be fractional) only moves
  the time-series buckets.
* `GET /api/v2/accounts/{aid}/reports/summary?type=&id=` → the seven window metrics plus `previous`, the
  same for the window of equal length just before. Durations are float seconds or null.
* `GET /api/v2/accounts/{aid}/reports?metric=&type=&id=&group_by=hour|day|week|month|year` → every period
  present (zero-filled), `[{value, timestamp}]`; averages add `count`, and an empty period of an average
  is `value: 0, count: 0` — "no data", not "zero seconds" (the decoder keeps `count` to tell them apart).
* `GET /api/v2/accounts/{aid}/summary_reports/{agent|team|inbox|label}` → one row per entity
  `{id, conversations_count, resolved_conversations_count, avg_resolution_time, avg_first_response_time,
  avg_reply_time}`; an entity with nothing in the window has **null** counts, not 0.
* `GET …/reports/conversations?type=account` → live `{open, unattended, unassigned, pending}` (`pending`
  is always 0, a server bug: ignored).
* `GET /api/v1/accounts/{aid}/csat_survey_responses/metrics?since=&until=` → `{total_count,
  ratings_count: {"5": n, …} (string keys), total_sent_messages_count}`; the list endpoint pages 25
  responses `{id, rating, feedback_message, conversation_id (display id), assigned_agent{…}?, created_at}`.
* `/reports*` paths are limited to 100 requests a minute per user (rack-attack): a 429 with the text body
  "Retry later" and no Retry-After. Pacing and back-off live in `services.reports_pacing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from desktop.api.chatwoot.transport import Transport
from desktop.api.chatwoot.wire import (
    arr,
    arr_or_empty,
    each,
    key,
    obj,
    obj_or_empty,
    opt_str,
    opt_to_float,
    opt_to_int,
    str_or_empty,
    timestamp,
    to_int,
)
from desktop.domain.errors import MalformedResponse
from desktop.domain.reports import (
    CsatMetrics,
    CsatResponse,
    EntityKind,
    EntityRow,
    ExportConversation,
    LiveCounts,
    Metric,
    SummaryReport,
    TrendPoint,
    WindowMetrics,
)


def _count(value: object, where: str) -> int:
    number = opt_to_float(value, where)
    return int(number) if number is not None else 0


def decode_window(value: Any, where: str) -> WindowMetrics:
    data = obj(value, where)
    return WindowMetrics(
        conversations=_count(data.get("conversations_count"), f"{where}.conversations_count"),
        incoming=_count(data.get("incoming_messages_count"), f"{where}.incoming_messages_count"),
        outgoing=_count(data.get("outgoing_messages_count"), f"{where}.outgoing_messages_count"),
        resolutions=_count(data.get("resolutions_count"), f"{where}.resolutions_count"),
        avg_first_response=opt_to_float(data.get("avg_first_response_time"), f"{where}.avg_first_response_time"),
        avg_resolution=opt_to_float(data.get("avg_resolution_time"), f"{where}.avg_resolution_time"),
        avg_reply=opt_to_float(data.get("reply_time"), f"{where}.reply_time"),
    )


def decode_summary(value: Any, where: str = "summary") -> SummaryReport:
    data = obj(value, where)
    previous = data.get("previous")
    return SummaryReport(decode_window(data, where),
                         decode_window(previous, f"{where}.previous") if previous is not None else WindowMetrics())


def decode_entity_row(value: Any, where: str) -> EntityRow:
    data = obj(value, where)
    conversations = opt_to_float(data.get("conversations_count"), f"{where}.conversations_count")
    resolved = opt_to_float(data.get("resolved_conversations_count"), f"{where}.resolved_conversations_count")
    return EntityRow(
        id=to_int(key(data, "id", where), f"{where}.id"),
        conversations=int(conversations) if conversations is not None else None,
        resolved=int(resolved) if resolved is not None else None,
        avg_first_response=opt_to_float(data.get("avg_first_response_time"), f"{where}.avg_first_response_time"),
        avg_resolution=opt_to_float(data.get("avg_resolution_time"), f"{where}.avg_resolution_time"),
        avg_reply=opt_to_float(data.get("avg_reply_time"), f"{where}.avg_reply_time"),
    )


def decode_point(value: Any, where: str) -> TrendPoint:
    data = obj(value, where)
    return TrendPoint(timestamp=to_int(key(data, "timestamp", where), f"{where}.timestamp"),
                      value=opt_to_float(data.get("value"), f"{where}.value") or 0.0,
                      count=opt_to_int(data.get("count"), f"{where}.count"))


def decode_live(value: Any, where: str = "live") -> LiveCounts:
    data = obj(value, where)
    return LiveCounts(open=_count(data.get("open"), f"{where}.open"),
                      unattended=_count(data.get("unattended"), f"{where}.unattended"),
                      unassigned=_count(data.get("unassigned"), f"{where}.unassigned"))


def decode_csat_metrics(value: Any, where: str = "csat_metrics") -> CsatMetrics:
    data = obj(value, where)
    ratings: dict[int, int] = {}
    for rating, n in obj_or_empty(data.get("ratings_count"), f"{where}.ratings_count").items():
        try:
            ratings[int(rating)] = _count(n, f"{where}.ratings_count")
        except ValueError:
            raise MalformedResponse(detail=f"{where}.ratings_count: a key is not a rating") from None
    return CsatMetrics(responses=_count(data.get("total_count"), f"{where}.total_count"),
                       surveys_sent=_count(data.get("total_sent_messages_count"), f"{where}.total_sent_messages_count"),
                       ratings=ratings)


def decode_csat_response(value: Any, where: str) -> CsatResponse:
    data = obj(value, where)
    agent = data.get("assigned_agent")
    return CsatResponse(
        id=to_int(key(data, "id", where), f"{where}.id"),
        rating=to_int(key(data, "rating", where), f"{where}.rating"),
        feedback=opt_str(data.get("feedback_message"), f"{where}.feedback_message") or None,
        conversation_id=to_int(key(data, "conversation_id", where), f"{where}.conversation_id"),
        agent_id=to_int(key(obj(agent, f"{where}.assigned_agent"), "id", where), f"{where}.assigned_agent.id")
        if agent is not None else None,
        created_at=timestamp(data.get("created_at"), f"{where}.created_at"),
    )


def decode_export_conversation(value: Any, where: str) -> ExportConversation:
    """The fields of a list conversation (`_conversation.json.jbuilder`) the export needs."""
    data = obj(value, where)
    meta = obj_or_empty(data.get("meta"), f"{where}.meta")
    sender = obj_or_empty(meta.get("sender"), f"{where}.meta.sender")
    assignee = obj_or_empty(meta.get("assignee"), f"{where}.meta.assignee")
    team = obj_or_empty(meta.get("team"), f"{where}.meta.team")
    return ExportConversation(
        id=to_int(key(data, "id", where), f"{where}.id"),
        inbox_id=to_int(key(data, "inbox_id", where), f"{where}.inbox_id"),
        status=str_or_empty(data.get("status"), f"{where}.status") or "open",
        priority=opt_str(data.get("priority"), f"{where}.priority"),
        contact_name=str_or_empty(sender.get("name"), f"{where}.meta.sender.name"),
        contact_phone=opt_str(sender.get("phone_number"), f"{where}.meta.sender.phone_number") or None,
        labels=tuple(str(x) for x in arr_or_empty(data.get("labels"), f"{where}.labels") if isinstance(x, str)),
        assignee_id=opt_to_int(assignee.get("id"), f"{where}.meta.assignee.id"),
        assignee_name=opt_str(assignee.get("available_name") or assignee.get("name"), f"{where}.meta.assignee.name"),
        team_id=opt_to_int(team.get("id"), f"{where}.meta.team.id"),
        team_name=opt_str(team.get("name"), f"{where}.meta.team.name"),
        created_at=timestamp(data.get("created_at"), f"{where}.created_at"),
        first_reply_at=timestamp(data.get("first_reply_created_at"), f"{where}.first_reply_created_at"),
        last_activity_at=timestamp(data.get("last_activity_at"), f"{where}.last_activity_at"),
    )




def _epoch(moment: datetime) -> str:
    return str(int(moment.timestamp()))


class ReportsApi:
    """Report calls over an existing client's session."""

    def __init__(self, client: Transport) -> None:
        self.client = client

    def _window(self, since: datetime, until: datetime, business_hours: bool) -> dict[str, str]:
        params = {"since": _epoch(since), "until": _epoch(until)}
        if business_hours:
            params["business_hours"] = "true"
        return params

    async def summary(self, account_id: int, since: datetime, until: datetime, *, business_hours: bool = False,
                      kind: str = "account", entity_id: int | None = None) -> SummaryReport:
        params = {"type": kind, **self._window(since, until, business_hours)}
        if entity_id is not None:
            params["id"] = str(int(entity_id))
        body = await self.client.call("GET", f"/api/v2/accounts/{int(account_id)}/reports/summary", params=params)
        return decode_summary(body)

    async def table(self, account_id: int, kind: EntityKind, since: datetime, until: datetime, *,
                    business_hours: bool = False) -> list[EntityRow]:
        body = await self.client.call("GET", f"/api/v2/accounts/{int(account_id)}/summary_reports/{kind.value}",
                                      params=self._window(since, until, business_hours))
        return each(body, f"summary_reports.{kind.value}", decode_entity_row)

    async def timeseries(self, account_id: int, metric: Metric, since: datetime, until: datetime, *,
                         group_by: str = "day", timezone_offset: float = 0.0, business_hours: bool = False,
                         kind: str = "account", entity_id: int | None = None) -> list[TrendPoint]:
        params = {"metric": metric.value, "type": kind, "group_by": group_by,
                  "timezone_offset": f"{timezone_offset:g}", **self._window(since, until, business_hours)}
        if entity_id is not None:
            params["id"] = str(int(entity_id))
        body = await self.client.call("GET", f"/api/v2/accounts/{int(account_id)}/reports", params=params)
        return each(body, "reports", decode_point)

    async def live(self, account_id: int) -> LiveCounts:
        body = await self.client.call("GET", f"/api/v2/accounts/{int(account_id)}/reports/conversations",
                                      params={"type": "account"})
        return decode_live(body)

    async def csat_metrics(self, account_id: int, since: datetime, until: datetime) -> CsatMetrics:
        body = await self.client.call("GET", f"/api/v1/accounts/{int(account_id)}/csat_survey_responses/metrics",
                                      params=self._window(since, until, False))
        return decode_csat_metrics(body)

    async def csat_responses(self, account_id: int, since: datetime, until: datetime, page: int = 1
                             ) -> list[CsatResponse]:
        params = {**self._window(since, until, False), "page": str(max(1, int(page)))}
        body = await self.client.call("GET", f"/api/v1/accounts/{int(account_id)}/csat_survey_responses",
                                      params=params)
        return each(body, "csat_survey_responses", decode_csat_response)

    async def report_permission(self, account_id: int) -> bool:
        """Whether the signed-in user may see reports in this workspace: an administrator, or a custom role
        with `report_manage` (from the profile's `accounts[].permissions`)."""
        profile = obj(await self.client.call("GET", "/api/v1/profile"), "profile")
        for i, item in enumerate(arr(profile.get("accounts", []), "profile.accounts")):
            entry = obj(item, f"profile.accounts[{i}]")
            if to_int(key(entry, "id", "profile.accounts"), "profile.accounts.id") != int(account_id):
                continue
            permissions = {p for p in arr_or_empty(entry.get("permissions"), "permissions") if isinstance(p, str)}
            return entry.get("role") == "administrator" or bool({"administrator", "report_manage"} & permissions)
        return False

    # -- the conversation-level export ---------------------------------------------------------------
    async def filter_conversations(self, account_id: int, conditions: Sequence[dict[str, Any]], page: int
                                   ) -> tuple[list[ExportConversation], int | None]:
        """One page (25) of `POST conversations/filter` and the server's `all_count`."""
        body = obj(await self.client.call("POST", f"/api/v1/accounts/{int(account_id)}/conversations/filter",
                                          params={"page": str(page)}, json={"payload": list(conditions)}),
                   "filter")
        meta = obj_or_empty(body.get("meta"), "filter.meta")
        total = opt_to_int(meta.get("all_count"), "filter.meta.all_count")
        return each(key(body, "payload", "filter"), "filter.payload", decode_export_conversation), total

    async def message_counts(self, account_id: int, conversation_id: int) -> tuple[int, int]:
        """(incoming, public outgoing) messages of one conversation: `after`+`before` pages of up to 1000."""
        incoming = outgoing = 0
        after = 0
        path = f"/api/v1/accounts/{int(account_id)}/conversations/{int(conversation_id)}/messages"
        while True:
            body = obj(await self.client.call("GET", path, params={"after": str(after), "before": "2147483647",
                                                                     "filter_internal_messages": "true"}), "messages")
            payload = arr(key(body, "payload", "messages"), "messages.payload")
            for i, item in enumerate(payload):
                message = obj(item, f"messages.payload[{i}]")
                kind = to_int(message.get("message_type"), "messages.payload.message_type")
                private = bool(message.get("private"))
                incoming += kind == 0
                outgoing += kind == 1 and not private
                after = max(after, to_int(message.get("id"), "messages.payload.id") + 1)
            if len(payload) < 1000:
                return incoming, outgoing

