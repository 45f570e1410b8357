"""Report use cases without Qt: presets in the account's time zone (Cairo, with its summer time), the
previous period of equal length, custom ranges refused with a reason, the pacer (budget and back-off on
429), loading a whole report against the sandbox, and the conversation export (CSV with BOM, XLSX written
in constant memory, filters, back-off on throttling, cancel leaves no file)."""

from __future__ import annotations

import asyncio
import csv
import sqlite3
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.errors import RateLimited
from desktop.domain.reports import EntityKind, Metric, Period
from desktop.services.reports import BadPeriod, Preset, ReportsService, period_for
from desktop.services.reports_export import ConversationExport, ExportFilters
from desktop.services.reports_pacing import Pacer
from desktop.services.workspace import WorkspaceLookups
from tests.support.report_figures import figures

CAIRO = ZoneInfo("Africa/Cairo")


def test_presets_in_the_account_time_zone() -> None:
    now = datetime(2026, 7, 15, 10, 30, tzinfo=CAIRO)  # summer time: UTC+3
    today = period_for(Preset.TODAY, now)
    assert today.since == datetime(2026, 7, 15, tzinfo=CAIRO) and today.until == now
    assert today.since.utcoffset() == timedelta(hours=3) and today.timezone_offset() == 3
    yesterday = period_for(Preset.YESTERDAY, now)
    assert (yesterday.since, yesterday.until) == (datetime(2026, 7, 14, tzinfo=CAIRO), today.since)
    assert period_for(Preset.SHIFT, now).since == datetime(2026, 7, 15, 8, tzinfo=CAIRO)
    assert period_for(Preset.SHIFT, now.replace(hour=3)).since == datetime(2026, 7, 15, 0, tzinfo=CAIRO)
    assert period_for(Preset.SHIFT, now.replace(hour=3), shift_starts=(7, 15, 23)).since == \
        datetime(2026, 7, 14, 23, tzinfo=CAIRO)
    assert period_for(Preset.LAST_7_DAYS, now).since == datetime(2026, 7, 9, tzinfo=CAIRO)
    assert period_for(Preset.LAST_30_DAYS, now).since == datetime(2026, 6, 16, tzinfo=CAIRO)
    assert period_for(Preset.THIS_MONTH, now).since == datetime(2026, 7, 1, tzinfo=CAIRO)
    custom = period_for(Preset.CUSTOM, now, custom=(date(2026, 7, 1), date(2026, 7, 7)))
    assert custom.length == timedelta(days=7) and custom.until == datetime(2026, 7, 8, tzinfo=CAIRO)
    previous = custom.previous()
    assert previous.until == custom.since and previous.length == custom.length
    assert custom.group_by() == "day" and today.group_by() == "hour"
    assert period_for(Preset.CUSTOM, now, custom=(date(2025, 7, 20), date(2026, 7, 14))).group_by() == "week"


def test_summer_time_change_inside_a_range() -> None:
    now = datetime(2026, 5, 3, 12, tzinfo=CAIRO)
    period = period_for(Preset.CUSTOM, now, custom=(date(2026, 4, 20), date(2026, 5, 2)))  # Cairo moves to UTC+3
    assert period.since.utcoffset() == timedelta(hours=2) and period.until.utcoffset() == timedelta(hours=3)
    assert period.until.astimezone(UTC) - period.since.astimezone(UTC) == timedelta(days=13, hours=-1)


@pytest.mark.parametrize(("first", "last", "words"), [
    (date(2026, 7, 7), date(2026, 7, 1), "before the first"), (date(2026, 8, 1), date(2026, 8, 2), "future"),
    (date(2024, 1, 1), date(2026, 7, 1), "at most a year")])
def test_bad_custom_ranges_say_why(first: date, last: date, words: str) -> None:
    with pytest.raises(BadPeriod, match=words):
        period_for(Preset.CUSTOM, datetime(2026, 7, 15, tzinfo=CAIRO), custom=(first, last))


async def test_pacer_keeps_the_budget_and_backs_off() -> None:
    waits: list[float] = []
    pacer = Pacer(per_minute=2, window=0.3, on_wait=waits.append)
    started = time.monotonic()
    for _ in range(3):
        await pacer.acquire()
    assert time.monotonic() - started >= 0.25 and waits  # the third had to wait for the window
    answers = iter([RateLimited(0.05), RateLimited(0.05), "done"])

    async def call() -> str:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert await Pacer(per_minute=100).paced(call) == "done"


async def test_load_everything_for_a_period(sandbox) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(sandbox.url, auth=TokenAuth(sandbox.users["mona"].token))
    try:
        service = ReportsService(client, 1)
        now = datetime.fromtimestamp(int(time.time()), CAIRO)
        period = period_for(Preset.LAST_7_DAYS, now)
        bundle = await service.load(period, metric=Metric.FIRST_RESPONSE)
        truth = figures(sandbox.db_path, 1, period.since.timestamp(), period.until.timestamp())
        assert bundle.summary.current.conversations == truth["conversations"]
        assert set(bundle.tables) == set(EntityKind)
        agents = bundle.tables[EntityKind.AGENT]
        assert agents.names[2] == "Ahmed Hassan" and set(agents.current) == set(agents.previous)
        assert bundle.trend.group_by == "day" and len(bundle.trend.current) == 7
        assert bundle.live.open > 0 and bundle.agent_loads
        assert bundle.csat.surveys_sent >= bundle.csat.responses
    finally:
        await client.aclose()


def _xlsx_rows(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return sheet.split("<row ")[1:]


async def test_export_csv_and_xlsx_with_filters(fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(fresh_sandbox.users["mona"].token))
    try:
        lookups = WorkspaceLookups(client, 1)
        export = ConversationExport(client, 1, lookups, tz=CAIRO, workspace_name="Support")
        now = datetime.fromtimestamp(int(time.time()), CAIRO)
        period = period_for(Preset.LAST_30_DAYS, now)
        progress: list[tuple[int, int | None]] = []
        rows = await export.run(tmp_path / "all.csv", period, ExportFilters(), progress=lambda d, t: progress.append((d, t)))
        truth = figures(fresh_sandbox.db_path, 1, period.since.timestamp(), period.until.timestamp())
        assert rows == truth["conversations"] and progress[-1][0] >= rows
        lines = list(csv.reader((tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()))
        assert len(lines) == rows + 1 and all(line[2] == "Support" for line in lines[1:])
        conn = sqlite3.connect(str(fresh_sandbox.db_path))
        counts = dict(conn.execute("SELECT c.display_id, sum(m.message_type = 0) FROM conversations c JOIN messages m"
                                   " ON m.conversation_id = c.id WHERE c.account_id = 1 GROUP BY c.id").fetchall())
        conn.close()
        assert all(int(line[16]) == counts[int(line[0])] for line in lines[1:])  # whole threads
        resolved = await export.run(tmp_path / "resolved.xlsx", period, ExportFilters(status="resolved", inbox_id=1))
        assert 0 < resolved < rows
        sheet = _xlsx_rows(tmp_path / "resolved.xlsx")
        assert len(sheet) == resolved + 1
        assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "resolved.xlsx"]
    finally:
        await client.aclose()


async def test_export_backs_off_when_throttled_and_cancel_leaves_nothing(fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(fresh_sandbox.users["mona"].token),
                            retry_base_delay=0.01, max_retries=0)
    try:
        lookups = WorkspaceLookups(client, 1)
        waits: list[float] = []
        export = ConversationExport(client, 1, lookups, tz=UTC, pacer=Pacer(per_minute=3000, on_wait=waits.append))
        now = datetime.fromtimestamp(int(time.time()), UTC)
        period = Period(now - timedelta(days=2), now)
        await lookups.refresh()
        fresh_sandbox.set_faults(rate_limit=0.2)
        import desktop.services.reports_pacing as pacing

        original = pacing.MAX_BACKOFF
        pacing.MAX_BACKOFF = 0.05  # keep the test short: the real ceiling is a minute
        try:
            rows = await export.run(tmp_path / "throttled.csv", period, ExportFilters())
        finally:
            pacing.MAX_BACKOFF = original
            fresh_sandbox.clear_faults()
        assert waits and rows == figures(fresh_sandbox.db_path, 1, period.since.timestamp(), period.until.timestamp())["conversations"]
        fresh_sandbox.set_faults(latency_ms=50)
        task = asyncio.ensure_future(export.run(tmp_path / "cancelled.xlsx", period_for(Preset.LAST_30_DAYS, now),
                                                ExportFilters()))
        await asyncio.sleep(0.4)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert [p.name for p in tmp_path.iterdir()] == ["throttled.csv"]
    finally:
        fresh_sandbox.clear_faults()
        await client.aclose()


async def test_a_whole_report_within_the_server_limit_waits_or_backs_off(fresh_sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.sandbox import routes_reports
    from desktop.services import reports_pacing

    monkeypatch.setattr(routes_reports, "EXEMPT_LOOPBACK", False)
    monkeypatch.setattr(routes_reports, "REPORTS_PER_MINUTE", 3)  # 3 report requests a second for the test
    monkeypatch.setattr(routes_reports, "REPORTS_WINDOW", 1.0)
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(fresh_sandbox.users["mona"].token), max_retries=0)
    try:
        now = datetime.fromtimestamp(int(time.time()), CAIRO)
        period = period_for(Preset.LAST_7_DAYS, now)
        waits: list[float] = []
        polite = ReportsService(client, 1, pacer=Pacer(per_minute=3, window=1.1, on_wait=waits.append))
        bundle = await polite.load(period)  # paced below the limit: never refused
        assert waits and bundle.summary.current.conversations > 0
        monkeypatch.setattr(reports_pacing, "MAX_BACKOFF", 0.3)
        backoffs: list[float] = []
        eager = ReportsService(client, 1, pacer=Pacer(per_minute=1000, on_wait=backoffs.append))
        again = await eager.load(period)  # refused with 429 on the way: backs off and completes
        assert backoffs and again.summary == bundle.summary
    finally:
        await client.aclose()
