"""The sandbox's reports against figures computed independently from its database: the summary and its
previous window, zero-filled time series in a time zone, per-entity tables with null for "nothing",
business-hours values, the CSV downloads with their quirks, CSAT responses and metrics, permissions and the
per-user rate limit on the report paths."""

from __future__ import annotations

import csv
import io
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.sandbox import routes_reports
from tests.sandbox.support import client
from tests.support.report_figures import csat, figures

NOT_AUTHORIZED = {"error": "You are not authorized to do this action"}


def _window(days: int = 30) -> tuple[int, int]:
    until = int(time.time())
    return until - days * 86400, until


def test_summary_matches_the_database_for_both_windows(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    since, until = _window()
    body = client(fresh_sandbox, "mona").get("/api/v2/accounts/1/reports/summary",
                                             params={"since": since, "until": until}).json()
    for window, (a, b) in ((body, (since, until)), (body["previous"], (2 * since - until, since))):
        expected = figures(fresh_sandbox.db_path, 1, a, b)
        assert window["conversations_count"] == expected["conversations"]
        assert window["resolutions_count"] == expected["resolutions"]
        assert window["incoming_messages_count"] == expected["incoming"]
        assert window["outgoing_messages_count"] == expected["outgoing"]
        assert window["avg_first_response_time"] == pytest.approx(expected["avg_first_response"])
        assert window["avg_resolution_time"] == pytest.approx(expected["avg_resolution"])
    assert body["conversations_count"] > 50 and body["avg_first_response_time"] < body["avg_resolution_time"] * 10
    agent = client(fresh_sandbox, "mona").get("/api/v2/accounts/1/reports/summary", params={
        "since": since, "until": until, "type": "agent", "id": 2}).json()
    assert agent["conversations_count"] == figures(fresh_sandbox.db_path, 1, since, until, assignee=2)["conversations"]


def test_business_hours_averages_are_never_longer(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    since, until = _window()
    mona = client(fresh_sandbox, "mona")
    plain = mona.get("/api/v2/accounts/1/reports/summary", params={"since": since, "until": until}).json()
    business = mona.get("/api/v2/accounts/1/reports/summary",
                        params={"since": since, "until": until, "business_hours": "true"}).json()
    assert business["conversations_count"] == plain["conversations_count"]
    for key in ("avg_first_response_time", "avg_resolution_time", "reply_time"):
        assert business[key] <= plain[key]
    assert business["avg_resolution_time"] < plain["avg_resolution_time"]  # nights and early mornings excluded


def test_time_series_is_zero_filled_in_the_requested_time_zone(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    cairo = timezone(timedelta(hours=2))
    midnight = datetime.now(cairo).replace(hour=0, minute=0, second=0, microsecond=0)
    since, until = int((midnight - timedelta(days=6)).timestamp()), int(time.time())
    mona = client(fresh_sandbox, "mona")
    points = mona.get("/api/v2/accounts/1/reports", params={
        "metric": "conversations_count", "since": since, "until": until, "group_by": "day",
        "timezone_offset": 2, "type": "account"}).json()
    assert len(points) == 7 and all(set(p) == {"value", "timestamp"} for p in points)
    assert [p["timestamp"] for p in points] == [since + i * 86400 for i in range(7)]
    assert sum(p["value"] for p in points) == figures(fresh_sandbox.db_path, 1, since, until)["conversations"]
    averages = mona.get("/api/v2/accounts/1/reports", params={
        "metric": "avg_first_response_time", "since": since, "until": until, "group_by": "hour",
        "timezone_offset": 2}).json()
    assert len(averages) >= 6 * 24 and all(set(p) == {"value", "timestamp", "count"} for p in averages)
    assert any(p["count"] == 0 and p["value"] == 0 for p in averages)  # an empty hour: 0 with count 0


def test_entity_tables_report_null_for_nothing(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    since, until = _window()
    mona = client(fresh_sandbox, "mona")
    agents = mona.get("/api/v2/accounts/1/summary_reports/agent", params={"since": since, "until": until}).json()
    by_id = {row["id"]: row for row in agents}
    assert by_id[2]["conversations_count"] == figures(fresh_sandbox.db_path, 1, since, until, assignee=2)["conversations"]
    labels = mona.get("/api/v2/accounts/1/summary_reports/label", params={"since": since, "until": until}).json()
    catalogue = next(row for row in labels if row["id"] == 11)  # "catalogue": never used by the seed
    assert catalogue["conversations_count"] is None and catalogue["avg_first_response_time"] is None
    inboxes = mona.get("/api/v2/accounts/1/summary_reports/inbox", params={"since": since, "until": until}).json()
    assert sum(r["conversations_count"] or 0 for r in inboxes) == figures(fresh_sandbox.db_path, 1, since, until)["conversations"]


def test_csv_downloads_have_the_period_line_a_blank_line_and_localised_headers(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    since, until = _window(7)
    mona = client(fresh_sandbox, "mona")
    response = mona.get("/api/v2/accounts/1/reports/agents", params={"since": since, "until": until})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == "attachment; filename=agents_report.csv"
    lines = response.text.split("\n")
    day = datetime.fromtimestamp(since, UTC).date().isoformat()
    assert lines[0] == f"فترة التقرير {day} إلى {datetime.fromtimestamp(until, UTC).date().isoformat()}"
    assert lines[1] == ""  # workspace 1's locale is Arabic: so are the headers
    assert lines[2].startswith("اسم الوكيل,عدد المحادثات")
    english = mona.get("/api/v2/accounts/2/reports/inboxes", params={"since": since, "until": until}).text
    rows = [r for r in csv.reader(io.StringIO(english)) if r]
    assert rows[1] == ["Inbox name", "Inbox type", "Conversations count", "Avg first response time",
                       "Avg resolution time", "Avg customer waiting time", "Resolution count"]
    assert all(r[3] == "N/A" or any(u in r[3] for u in ("second", "minute", "hour", "day")) for r in rows[2:])


def test_csat_list_and_metrics(fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    since, until = _window()
    mona = client(fresh_sandbox, "mona")
    metrics = mona.get("/api/v1/accounts/1/csat_survey_responses/metrics",
                       params={"since": since, "until": until}).json()
    expected = csat(fresh_sandbox.db_path, 1, since, until)
    assert set(metrics) == {"total_count", "ratings_count", "total_sent_messages_count"}
    assert metrics["total_count"] == expected["responses"] > 10
    assert metrics["total_sent_messages_count"] == expected["sent"] > metrics["total_count"]
    assert metrics["ratings_count"] == {str(k): v for k, v in expected["distribution"].items()}
    page = mona.get("/api/v1/accounts/1/csat_survey_responses", params={"since": since, "until": until}).json()
    assert len(page) == min(25, expected["responses"])
    assert {"id", "rating", "feedback_message", "account_id", "message_id", "conversation_id", "created_at"} <= set(page[0])
    assert all(1 <= r["rating"] <= 5 and isinstance(r["created_at"], int) for r in page)
    assert [r["created_at"] for r in page] == sorted((r["created_at"] for r in page), reverse=True)
    comments = [r["feedback_message"] for r in page if r["feedback_message"]]
    assert comments  # Arabic and English comments are seeded
    download = mona.get("/api/v1/accounts/1/csat_survey_responses/download", params={"since": since, "until": until})
    assert download.content.startswith(b"\xef\xbb\xbf") and "Reporting period" in download.text.splitlines()[-1]
    ahmed = client(fresh_sandbox, "ahmed")
    for path in ("", "/metrics"):
        denied = ahmed.get(f"/api/v1/accounts/1/csat_survey_responses{path}")
        assert denied.status_code == 401 and denied.json() == NOT_AUTHORIZED


def test_report_paths_are_rate_limited_per_user(fresh_sandbox, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(routes_reports, "REPORTS_PER_MINUTE", 3)
    monkeypatch.setattr(routes_reports, "EXEMPT_LOOPBACK", False)  # as if the test ran on another machine
    mona = client(fresh_sandbox, "mona")
    answers = [mona.get("/api/v2/accounts/1/reports/conversations", params={"type": "account"}) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[3].text == "Retry later\n" and answers[3].headers["content-type"].startswith("text/plain")
    assert "retry-after" not in answers[3].headers
    assert mona.get("/api/v2/accounts/1/summary_reports/agent").status_code == 200  # not a /reports path
    assert client(fresh_sandbox, "youssef").get("/api/v2/accounts/3/reports/conversations",
                                                params={"type": "account"}).status_code == 200  # per user
    monkeypatch.setattr(routes_reports, "EXEMPT_LOOPBACK", True)
    assert mona.get("/api/v2/accounts/1/reports/conversations", params={"type": "account"}).status_code == 200
