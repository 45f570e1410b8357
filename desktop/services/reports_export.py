"""The conversation-level export: one row per conversation created in a period (optionally one inbox, team,
agent, category or status), streamed to a CSV (UTF-8 with a byte-order mark, so Excel shows Arabic) or an
XLSX file (written row by row in constant memory).

    export = ConversationExport(client, account_id, lookups, tz=tz)
    rows = await export.run(Path("week.xlsx"), period, ExportFilters(), progress=lambda done, total: ...)

How the rows are found: Chatwoot has no per-conversation report endpoint, so the export pages through
`conversations/filter` (25 a page) with a `created_at` condition a day wider than the period on each side
(the server compares calendar days in UTC) and keeps exactly the conversations created in the period. The
list is ordered by last activity, so a conversation that gets new activity during the export jumps to the
top: after the pass the first pages are read again until they hold only conversations older than the start
of the export, and rows already written are skipped. Per conversation one `messages?after=0&before=…`
request (up to 1000 a page, internal messages filtered) counts incoming and outgoing messages (optional:
it is one request per conversation, so those exports are paced to `EXPORT_REQUESTS_PER_MINUTE`); CSAT comes
from the survey responses of the period. "Resolved at" is the last activity of a resolved conversation (the
resolution is its last activity line; the list has no separate field).

The file is written under a hidden temporary name in the same folder and renamed over the final name only
when complete: cancelling (CancelledError) or a failure removes the temporary file, and an existing file
with the final name stays untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.client_reports import ReportsApi
from desktop.domain.reports import ExportConversation, Period
from desktop.services.owned_tasks import cancel_all_and_wait
from desktop.services.reports_pacing import Pacer
from desktop.services.workspace import WorkspaceLookups

COLUMNS = ("Conversation", "Link", "Workspace", "Channel", "Contact", "Phone", "Categories", "Assignee", "Team",
           "Status", "Priority", "Created", "First reply at", "First response (s)", "Resolved at",
           "Resolution (s)", "Incoming messages", "Outgoing messages", "CSAT rating", "CSAT comment")
TIME_COLUMNS = (11, 12, 14)
# Chatwoot allows 3000 requests a minute per IP address, shared by everyone behind the same office NAT: an
# export uses at most two thirds of it, so colleagues' apps keep working while it runs.
EXPORT_REQUESTS_PER_MINUTE = 2000
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class ExportFilters:
    inbox_id: int | None = None
    team_id: int | None = None
    agent_id: int | None = None
    label: str | None = None
    status: str | None = None  # open/resolved/pending/snoozed; None = any

    def conditions(self, period: Period) -> list[dict[str, Any]]:
        def day(moment: datetime) -> str:
            return moment.astimezone(UTC).date().isoformat()

        since, until = period.since - timedelta(days=1), period.until + timedelta(days=1)
        items: list[tuple[str, str, list[Any]]] = [("created_at", "is_greater_than", [day(since)]),
                                                   ("created_at", "is_less_than", [day(until)])]
        for attribute, value in (("inbox_id", self.inbox_id), ("team_id", self.team_id),
                                 ("assignee_id", self.agent_id), ("labels", self.label), ("status", self.status)):
            if value is not None:
                items.append((attribute, "equal_to", [value]))
        return [{"attribute_key": k, "filter_operator": op, "values": v,
                 "query_operator": "and" if i < len(items) - 1 else None} for i, (k, op, v) in enumerate(items)]


class Sink(Protocol):
    def write(self, row: Sequence[Any]) -> None: ...
    def close(self) -> None: ...


class CsvSink:
    def __init__(self, path: Path, header: Sequence[str]) -> None:
        self._file = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file)
        self._writer.writerow(header)

    def write(self, row: Sequence[Any]) -> None:
        self._writer.writerow(["" if v is None else v.strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, datetime)
                               else v for v in row])

    def close(self) -> None:
        self._file.close()


class XlsxSink:
    """xlsxwriter in constant-memory mode: each row goes to disk as it is written."""

    def __init__(self, path: Path, header: Sequence[str], rtl: bool = False) -> None:
        import xlsxwriter  # only when exporting

        self._book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "remove_timezone": True,
                                                     "strings_to_urls": False})
        self._sheet = self._book.add_worksheet("Conversations")
        if rtl:
            self._sheet.right_to_left()
        bold = self._book.add_format({"bold": True})
        self._time = self._book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self._sheet.write_row(0, 0, list(header), bold)
        self._sheet.freeze_panes(1, 0)
        self._row = 1

    def write(self, row: Sequence[Any]) -> None:
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime):
                self._sheet.write_datetime(self._row, col, value.replace(tzinfo=None), self._time)
            else:
                self._sheet.write(self._row, col, value)
        self._row += 1

    def close(self) -> None:
        self._book.close()


def temporary_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


class ConversationExport:
    def __init__(self, client: ChatwootClient, account_id: int, lookups: WorkspaceLookups, *, tz: tzinfo,
                 workspace_name: str = "", concurrency: int = 6, pacer: Pacer | None = None,
                 header: Sequence[str] = COLUMNS, rtl: bool = False) -> None:
        self.api = ReportsApi(client)
        self.base_url = client.base_url.rstrip("/")
        self.account_id = account_id
        self.lookups = lookups
        self.tz = tz
        self.workspace_name = workspace_name
        self.concurrency = max(1, concurrency)
        self.pacer = pacer or Pacer(per_minute=EXPORT_REQUESTS_PER_MINUTE)
        self.header = header
        self.rtl = rtl
        self.written = 0

    async def run(self, path: Path, period: Period, filters: ExportFilters, progress: Progress | None = None, *,
                  message_counts: bool = True) -> int:
        """Write the export to `path` (.csv or .xlsx) and return the number of rows. Without `message_counts`
        the two message-count columns stay empty and no request per conversation is made (much faster)."""
        path = Path(path)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            raise ValueError("The file name must end in .csv or .xlsx.")
        if not self.lookups.loaded:
            await self.lookups.refresh()
        tmp = temporary_path(path)
        sink: Sink = XlsxSink(tmp, self.header, self.rtl) if path.suffix.lower() == ".xlsx" else CsvSink(tmp, self.header)
        closing: asyncio.Future[None] | None = None
        try:
            csat = await self._csat(period)
            written = await self._rows(sink, period, filters, csat, progress, message_counts)
            closing = asyncio.ensure_future(asyncio.to_thread(sink.close))  # zipping a workbook takes a while
            await asyncio.shield(closing)
            os.replace(tmp, path)
            return written
        except BaseException:
            if closing is not None:  # let the writer thread finish before its file is removed
                await asyncio.wait([closing])
            else:
                with contextlib.suppress(Exception):
                    sink.close()
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise

    async def _csat(self, period: Period) -> dict[int, tuple[int, str | None]]:
        """Survey answers by conversation: responses from the period's start until now."""
        out: dict[int, tuple[int, str | None]] = {}
        until = datetime.now(self.tz) + timedelta(minutes=1)
        page = 1
        while True:
            rows = await self.pacer.paced(functools.partial(self.api.csat_responses, self.account_id, period.since,
                                                            until, page))
            for r in rows:
                out.setdefault(r.conversation_id, (r.rating, r.feedback))
            if len(rows) < 25:
                return out
            page += 1

    async def _rows(self, sink: Sink, period: Period, filters: ExportFilters,
                    csat: dict[int, tuple[int, str | None]], progress: Progress | None, message_counts: bool) -> int:
        started = datetime.now(self.tz)
        conditions = filters.conditions(period)
        seen: set[int] = set()
        total: int | None = None
        gate = asyncio.Semaphore(self.concurrency)

        async def counts(conv: ExportConversation) -> tuple[int | None, int | None]:
            if not message_counts:
                return None, None
            async with gate:
                return await self.pacer.paced(lambda: self.api.message_counts(self.account_id, conv.id))

        async def page_of(page: int) -> list[ExportConversation]:
            nonlocal total
            convs, all_count = await self.pacer.paced(
                functools.partial(self.api.filter_conversations, self.account_id, conditions, page))
            total = all_count if total is None else total
            return convs

        async def write(convs: list[ExportConversation]) -> None:
            fresh = [c for c in convs if c.id not in seen and c.created_at is not None
                     and period.since <= c.created_at < period.until]
            seen.update(c.id for c in convs)
            message_counts = await asyncio.gather(*(counts(c) for c in fresh))
            for conv, (incoming, outgoing) in zip(fresh, message_counts, strict=True):
                sink.write(self.row(conv, incoming, outgoing, csat.get(conv.id)))
            self.written += len(fresh)

        self.written = 0
        page = 1
        upcoming = asyncio.ensure_future(page_of(1))
        try:
            while True:
                convs = await upcoming
                if len(convs) == 25:  # read the next page while this one's messages are counted
                    upcoming = asyncio.ensure_future(page_of(page + 1))
                await write(convs)
                if progress is not None:
                    progress(len(seen), max(total or 0, len(seen)))
                if len(convs) < 25:
                    break
                page += 1
        finally:
            await cancel_all_and_wait([upcoming])  # a failure here was already raised or is moot
        page = 1  # conversations active during the export moved to the top: pick them up
        while True:
            convs = await page_of(page)
            await write(convs)
            if len(convs) < 25 or all(c.last_activity_at is None or c.last_activity_at < started for c in convs):
                break
            page += 1
        if progress is not None:
            progress(len(seen), len(seen))
        return self.written

    def row(self, conv: ExportConversation, incoming: int | None, outgoing: int | None,
            csat: tuple[int, str | None] | None) -> list[Any]:
        def local(moment: datetime | None) -> datetime | None:
            return moment.astimezone(self.tz) if moment is not None else None

        inbox = self.lookups.inboxes.get(conv.inbox_id)
        resolved = conv.last_activity_at if conv.status == "resolved" else None

        def seconds(start: datetime | None, end: datetime | None) -> int | None:
            return int((end - start).total_seconds()) if start is not None and end is not None else None

        team = conv.team_name or (self.lookups.teams[conv.team_id].name if conv.team_id in self.lookups.teams else None)
        return [conv.id, f"{self.base_url}/app/accounts/{self.account_id}/conversations/{conv.id}",
                self.workspace_name, inbox.name if inbox else str(conv.inbox_id), conv.contact_name,
                conv.contact_phone, ", ".join(conv.labels), conv.assignee_name, team, conv.status, conv.priority,
                local(conv.created_at), local(conv.first_reply_at), seconds(conv.created_at, conv.first_reply_at),
                local(resolved), seconds(conv.created_at, resolved), incoming, outgoing,
                csat[0] if csat else None, csat[1] if csat else None]
