"""The reports client against the sandbox (summary with previous window, tables with nulls, time series,
live counts, CSAT, CSV downloads, profile permissions, export pages and message counts; a 401 `error` is a
PermissionDenied, never a sign-out) and fuzzed: any JSON answer gives a result or MalformedResponse."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.chatwoot.client_reports import ReportsApi
from desktop.domain.errors import MalformedResponse, PermissionDenied, SessionExpired
from desktop.domain.reports import EntityKind, Metric
from tests.api import payloads as p
from tests.api.servers import LoopbackServer, Reply, serve
from tests.api.strategies import json_values
from tests.support.report_figures import csat, figures

UNTIL = datetime.now(UTC)
SINCE = UNTIL - timedelta(days=30)


async def test_reports_decode_what_the_server_computed(clients, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = ReportsApi(clients("mona"))
    since, until = datetime.fromtimestamp(int(SINCE.timestamp()), UTC), datetime.fromtimestamp(int(UNTIL.timestamp()), UTC)
    summary = await api.summary(1, since, until)
    expected = figures(sandbox.db_path, 1, since.timestamp(), until.timestamp())
    assert summary.current.conversations == expected["conversations"]
    assert summary.current.avg_first_response == pytest.approx(expected["avg_first_response"])
    assert summary.previous.conversations == figures(sandbox.db_path, 1, (since - (until - since)).timestamp(),
                                                     since.timestamp())["conversations"]
    rows = await api.table(1, EntityKind.LABEL, since, until)
    assert any(r.conversations is None for r in rows) and any(r.conversations for r in rows)
    points = await api.timeseries(1, Metric.REPLY_TIME, since, until, group_by="week", timezone_offset=2)
    assert points and all(p.count is not None for p in points)
    live = await api.live(1)
    assert live.open >= live.unassigned >= 0
    metrics = await api.csat_metrics(1, since, until)
    truth = csat(sandbox.db_path, 1, since.timestamp(), until.timestamp())
    assert metrics.responses == truth["responses"] and metrics.average == pytest.approx(truth["average"])
    assert metrics.response_rate == pytest.approx(truth["responses"] / truth["sent"])
    responses = await api.csat_responses(1, since, until)
    assert len(responses) == min(25, truth["responses"]) and all(1 <= r.rating <= 5 for r in responses)


async def test_permission_and_export_pages(clients) -> None:  # type: ignore[no-untyped-def]
    mona, ahmed = ReportsApi(clients("mona")), ReportsApi(clients("ahmed"))
    assert await mona.report_permission(1) and not await ahmed.report_permission(1)
    with pytest.raises(PermissionDenied) as denied:
        await ahmed.summary(1, SINCE, UNTIL)
    assert not isinstance(denied.value, SessionExpired)
    with pytest.raises(PermissionDenied):
        await ahmed.csat_metrics(1, SINCE, UNTIL)
    conditions = [{"attribute_key": "status", "filter_operator": "equal_to", "values": ["resolved"], "query_operator": None}]
    page, total = await mona.filter_conversations(1, conditions, 1)
    assert len(page) == 25 and total is not None and total > 25 and all(c.status == "resolved" for c in page)
    incoming, outgoing = await mona.message_counts(1, 3)  # the seed's 1,200-message thread: two pages of 1000
    assert incoming + outgoing > 1000


Call = Callable[[ReportsApi], Awaitable[object]]
CALLS: dict[str, Call] = {
    "summary": lambda a: a.summary(1, SINCE, UNTIL),
    "table": lambda a: a.table(1, EntityKind.AGENT, SINCE, UNTIL),
    "timeseries": lambda a: a.timeseries(1, Metric.CONVERSATIONS, SINCE, UNTIL),
    "live": lambda a: a.live(1),
    "csat_metrics": lambda a: a.csat_metrics(1, SINCE, UNTIL),
    "csat_responses": lambda a: a.csat_responses(1, SINCE, UNTIL),
    "permission": lambda a: a.report_permission(1),
    "filter": lambda a: a.filter_conversations(1, [], 1),
    "message_counts": lambda a: a.message_counts(1, 2),
}
REAL = [{"conversations_count": 3, "avg_first_response_time": 1.5, "previous": {"reply_time": None}},
        [{"id": 1, "conversations_count": None, "avg_reply_time": 2.0}], [{"value": 3, "timestamp": 1, "count": 0}],
        {"total_count": 2, "ratings_count": {"5": 2}, "total_sent_messages_count": 4},
        [{"id": 1, "rating": 5, "conversation_id": 2, "assigned_agent": p.agent(), "created_at": 1}],
        {"meta": {"all_count": 1}, "payload": [p.conversation_rest()]}, {"payload": [p.message_rest()]}, p.user()]
bodies = st.one_of(json_values, st.sampled_from(REAL))


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with serve({}) as running:
        yield running


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(bodies, min_size=6, max_size=6))
async def test_any_json_answer_gives_a_result_or_malformed(server: LoopbackServer, name: str, answers: list[Any]) -> None:
    async with ChatwootClient(server.url, auth=TokenAuth("t")) as client:
        api = ReportsApi(client)
        for body in answers:
            server.fallback = Reply(200, b"null", {"content-type": "application/json"}) if body is None \
                else Reply(200, body if not isinstance(body, str | bytes) else {"text": body})
            try:
                await CALLS[name](api)
            except MalformedResponse:
                pass


async def test_custom_role_with_report_access_is_allowed() -> None:
    profile = p.user()
    profile["accounts"] = [
        {**profile["accounts"][0], "id": 7, "role": "agent", "permissions": ["conversation_manage", "report_manage",
                                                                          "custom_role"]},
        {**profile["accounts"][0], "id": 8, "role": "agent", "permissions": ["conversation_manage", "custom_role"]},
    ]
    with serve({("GET", "/api/v1/profile"): Reply(200, profile)}) as server:
        async with ChatwootClient(server.url, auth=TokenAuth("t")) as client:
            api = ReportsApi(client)
            assert await api.report_permission(7)
            assert not await api.report_permission(8) and not await api.report_permission(9)
