"""Team-lead reports as use cases (no Qt): report periods in the account's time zone and loading everything
one reports window shows, for a period and the previous period of equal length.

    period = period_for(Preset.LAST_7_DAYS, now=datetime.now(tz))
    reports = ReportsService(client, account_id, lookups)
    bundle = await reports.load(period, business_hours=False, metric=Metric.CONVERSATIONS)

Presets: today and this shift run to now; yesterday is the whole day; the 7- and 30-day presets start at
midnight 6 and 29 days ago (so they include today); this month starts on the 1st; a custom range covers
whole days, both ends included. The previous period always has the same length and ends where the period
starts (what the server's summary does for `previous`). Calls on the `/reports*` paths go through a `Pacer`
(100 requests a minute per user).
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.client_reports import ReportsApi
from desktop.domain.reports import (
    AgentLoad,
    CsatMetrics,
    EntityKind,
    EntityRow,
    LiveCounts,
    Metric,
    Period,
    SummaryReport,
    TrendPoint,
)
from desktop.services.reports_pacing import Pacer
from desktop.services.workspace import WorkspaceLookups

if TYPE_CHECKING:
    from desktop.services.reports_export import ConversationExport

SHIFT_STARTS = (0, 8, 16)  # local hours at which the three eight-hour shifts begin


class Preset(enum.StrEnum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    SHIFT = "shift"
    LAST_7_DAYS = "7d"
    LAST_30_DAYS = "30d"
    THIS_MONTH = "month"
    CUSTOM = "custom"


class BadPeriod(ValueError):
    """A custom range that cannot be reported on (the message says why)."""


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def period_for(preset: Preset, now: datetime, *, custom: tuple[date, date] | None = None,
               shift_starts: tuple[int, ...] = SHIFT_STARTS) -> Period:
    """The period of a preset at `now` (an aware datetime in the account's time zone)."""
    if now.tzinfo is None:
        raise ValueError("now must be time-zone aware")
    tz = now.tzinfo
    today = _midnight(now.date(), tz)
    if preset is Preset.TODAY:
        return Period(today, now)
    if preset is Preset.YESTERDAY:
        return Period(_midnight(now.date() - timedelta(days=1), tz), today)
    if preset is Preset.SHIFT:
        hour = max((h for h in shift_starts if h <= now.hour), default=None)
        start = today.replace(hour=hour) if hour is not None else \
            _midnight(now.date() - timedelta(days=1), tz).replace(hour=max(shift_starts))
        return Period(start, now)
    if preset is Preset.LAST_7_DAYS:
        return Period(_midnight(now.date() - timedelta(days=6), tz), now)
    if preset is Preset.LAST_30_DAYS:
        return Period(_midnight(now.date() - timedelta(days=29), tz), now)
    if preset is Preset.THIS_MONTH:
        return Period(_midnight(now.date().replace(day=1), tz), now)
    if custom is None:
        raise BadPeriod("Choose the first and the last day of the range.")
    first, last = custom
    if last < first:
        raise BadPeriod("The last day is before the first day.")
    if first > now.date():
        raise BadPeriod("The range starts in the future.")
    if (last - first).days > 366:
        raise BadPeriod("Choose a range of at most a year.")
    return Period(_midnight(first, tz), _midnight(last + timedelta(days=1), tz))


@dataclass(frozen=True, slots=True)
class TableData:
    kind: EntityKind
    current: dict[int, EntityRow]
    previous: dict[int, EntityRow]
    names: dict[int, str]


@dataclass(frozen=True, slots=True)
class Trend:
    metric: Metric
    group_by: str
    current: list[TrendPoint]
    previous: list[TrendPoint]


@dataclass(frozen=True, slots=True)
class ReportBundle:
    period: Period
    business_hours: bool
    summary: SummaryReport
    csat: CsatMetrics
    csat_previous: CsatMetrics
    tables: dict[EntityKind, TableData]
    trend: Trend
    live: LiveCounts
    agent_loads: list[AgentLoad] = field(default_factory=list)


class ReportsService:
    """Loads reports for one workspace. Raises the client's typed errors (PermissionDenied for agents)."""

    def __init__(self, client: ChatwootClient, account_id: int, lookups: WorkspaceLookups | None = None,
                 pacer: Pacer | None = None) -> None:
        self.client = client
        self.api = ReportsApi(client)
        self.account_id = account_id
        self.lookups = lookups or WorkspaceLookups(client, account_id)
        self.pacer = pacer or Pacer()

    def conversation_export(self, *, tz: tzinfo, workspace_name: str, header: Sequence[str],
                            rtl: bool) -> ConversationExport:
        """A new export of this workspace's conversations (one run of the export dialog)."""
        from desktop.services.reports_export import ConversationExport

        return ConversationExport(self.client, self.account_id, self.lookups, tz=tz, workspace_name=workspace_name,
                                  header=header, rtl=rtl)

    async def allowed(self) -> bool:
        """Whether the signed-in user may see this workspace's reports (administrator or report_manage)."""
        return await self.api.report_permission(self.account_id)

    def names(self, kind: EntityKind) -> dict[int, str]:
        lookups = self.lookups
        if kind is EntityKind.AGENT:
            return {a.id: a.name for a in lookups.agents.values()}
        if kind is EntityKind.TEAM:
            return {t.id: t.name for t in lookups.teams.values()}
        if kind is EntityKind.INBOX:
            return {i.id: i.name for i in lookups.inboxes.values()}
        return {label.id: label.title for label in lookups.labels.values()}

    async def table(self, kind: EntityKind, period: Period, business_hours: bool) -> TableData:
        current, previous = await asyncio.gather(
            self.api.table(self.account_id, kind, period.since, period.until, business_hours=business_hours),
            self.api.table(self.account_id, kind, period.previous().since, period.since,
                           business_hours=business_hours))
        return TableData(kind, {r.id: r for r in current}, {r.id: r for r in previous}, self.names(kind))

    async def trend(self, period: Period, metric: Metric, business_hours: bool, group_by: str | None = None) -> Trend:
        group = group_by or period.group_by()
        offset = period.timezone_offset()

        async def one(p: Period) -> list[TrendPoint]:
            return await self.pacer.paced(lambda: self.api.timeseries(
                self.account_id, metric, p.since, p.until, group_by=group, timezone_offset=offset,
                business_hours=business_hours))

        current, previous = await asyncio.gather(one(period), one(period.previous()))
        return Trend(metric, group, current, previous)

    async def load(self, period: Period, *, business_hours: bool = False, metric: Metric = Metric.CONVERSATIONS,
                   group_by: str | None = None) -> ReportBundle:
        """Everything a reports window shows, fetched concurrently (`group_by` None: chosen by the length)."""
        aid, api, pace = self.account_id, self.api, self.pacer.paced
        summary = await pace(lambda: api.summary(aid, period.since, period.until, business_hours=business_hours))
        if not self.lookups.loaded:
            await self.lookups.refresh()
        prev = period.previous()
        csat, csat_previous = await asyncio.gather(api.csat_metrics(aid, period.since, period.until),
                                                   api.csat_metrics(aid, prev.since, prev.until))
        tables = await asyncio.gather(*(self.table(kind, period, business_hours) for kind in EntityKind))
        trend, live, loads = await asyncio.gather(self.trend(period, metric, business_hours, group_by),
                                                  pace(lambda: api.live(aid)), pace(lambda: self.client.agent_loads(aid)))
        return ReportBundle(period, business_hours, summary, csat, csat_previous,
                            {t.kind: t for t in tables}, trend, live, list(loads))
