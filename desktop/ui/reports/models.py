"""Table models of the reports window. Each is an adapter over a loaded report (updated in place when the
rows are the same, reset otherwise); sorting is done by a proxy on `SORT_ROLE`, the raw value (missing
values sort first).

* `EntityTableModel` — one row per agent/team/channel/category with the period's figures beside the
  previous period's and the change.
* `TrendTableModel` — the chart's numbers: period start, value, previous period's value.
* `RatingsModel` — CSAT ratings 5…1 with count and share, this period and the previous one.
* `LiveAgentsModel` — open / unattended conversations per agent right now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.reports import AgentLoad, CsatMetrics, EntityRow, Metric, TrendPoint
from desktop.services.reports import TableData, Trend
from desktop.ui import bidi
from desktop.ui.actions import QT_TRANSLATE_NOOP
from desktop.ui.reports.format import change, duration, moment, number, percent

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Table(QStandardItemModel):
    """Base of the report tables. The cells live in Qt's own item storage, so painting and sorting never
    call into Python (a table repaints several times faster); `cell()` formats each value once per report.
    When a new report has the same rows (`keys`), the items change in place with one dataChanged for the
    whole table; otherwise the model resets."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.headers), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("ReportTables", h) for h in self.headers])
        self._rows: list[Any] = []
        self._cells: list[list[tuple[str, Any]]] = []
        self._keys: list[Any] | None = None

    def set_rows(self, rows: Sequence[Any], keys: Sequence[Any] | None = None) -> None:
        cells = [[self.cell(row, c) for c in range(len(self.headers))] for row in rows]
        new_keys = list(keys) if keys is not None else None
        same = new_keys is not None and new_keys == self._keys and bool(cells)
        self._rows, self._cells, self._keys = list(rows), cells, new_keys
        if not same:
            self.beginResetModel()
        self.blockSignals(True)  # one signal for the whole change, not one per item
        try:
            if not same:
                self.setRowCount(len(cells))
            for r, row_cells in enumerate(cells):
                for c, (text, raw) in enumerate(row_cells):
                    item = self.item(r, c)
                    if item is None:
                        item = QStandardItem()
                        item.setEditable(False)
                        if c > 0:
                            item.setTextAlignment(_RIGHT)
                        self.setItem(r, c, item)
                    item.setText(text)
                    item.setData(-1.0 if raw is None else raw, SORT_ROLE)
        finally:
            self.blockSignals(False)
        if same:
            self.dataChanged.emit(self.index(0, 0), self.index(len(cells) - 1, len(self.headers) - 1))
        else:
            self.endResetModel()

    def texts(self, column: int) -> list[str]:
        """The header and every displayed text of a column (to size it)."""
        header = QCoreApplication.translate("ReportTables", self.headers[column])
        return [header, *(cells[column][0] for cells in self._cells)]

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        raise NotImplementedError

    def export_rows(self) -> list[list[str]]:
        """Header and displayed cells, for "save as CSV"."""
        out = [[QCoreApplication.translate("ReportTables", h) for h in self.headers]]
        out += [[bidi.strip_controls(text) for text, _raw in cells] for cells in self._cells]
        return out


class EntityTableModel(Table):
    headers = (QT_TRANSLATE_NOOP("ReportTables", "Name"), QT_TRANSLATE_NOOP("ReportTables", "Conversations"), QT_TRANSLATE_NOOP("ReportTables", "Previous"), QT_TRANSLATE_NOOP("ReportTables", "Change"), QT_TRANSLATE_NOOP("ReportTables", "Resolved"), QT_TRANSLATE_NOOP("ReportTables", "Previous"), QT_TRANSLATE_NOOP("ReportTables", "Avg first response"), QT_TRANSLATE_NOOP("ReportTables", "Previous"), QT_TRANSLATE_NOOP("ReportTables", "Avg resolution"), QT_TRANSLATE_NOOP("ReportTables", "Previous"), QT_TRANSLATE_NOOP("ReportTables", "Avg reply time"))

    def set_table(self, table: TableData) -> None:
        ids = sorted(set(table.current) | set(table.previous) | set(table.names))
        empty = EntityRow(0, None, None, None, None, None)
        rows = [(bidi.display_text(table.names.get(i, f"#{i}")), table.current.get(i, empty), table.previous.get(i, empty))
                for i in ids]
        self.set_rows(rows, keys=ids)

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        name, now, before = row
        if column == 0:
            return name, bidi.strip_controls(name).casefold()
        values: list[tuple[Any, Callable[[Any], str]]] = [
            (now.conversations, number), (before.conversations, number), (None, str), (now.resolved, number),
            (before.resolved, number), (now.avg_first_response, duration), (before.avg_first_response, duration),
            (now.avg_resolution, duration), (before.avg_resolution, duration), (now.avg_reply, duration)]
        if column == 3:
            a, b = now.conversations or 0, before.conversations or 0
            return change(a, b), (a - b)
        raw, fmt = values[column - 1]
        return (fmt(raw) if raw is not None else "—"), raw


class TrendTableModel(Table):
    headers = (QT_TRANSLATE_NOOP("ReportTables", "Period"), QT_TRANSLATE_NOOP("ReportTables", "Value"), QT_TRANSLATE_NOOP("ReportTables", "Previous period"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.metric = Metric.CONVERSATIONS
        self.tz: tzinfo | None = None
        self.group_by = "day"

    def set_trend(self, trend: Trend, tz: tzinfo) -> None:
        self.metric, self.tz, self.group_by = trend.metric, tz, trend.group_by
        previous: list[TrendPoint | None] = list(trend.previous)
        previous += [None] * (len(trend.current) - len(previous))
        self.set_rows(list(zip(trend.current, previous[:len(trend.current)], strict=True)),
                      keys=[(p.timestamp, trend.metric) for p in trend.current])

    def label(self, point: TrendPoint) -> str:
        """The period's start in the account's time zone ("2 Dec 14:00" by hour, "2 Dec" by day or week)."""
        return moment(datetime.fromtimestamp(point.timestamp, self.tz), "d MMM HH:mm" if self.group_by == "hour"
                      else "d MMM")

    def value_text(self, point: TrendPoint | None) -> str:
        if point is None:
            return "—"
        if self.metric.is_duration:
            return duration(point.value) if point.count else "—"
        return number(point.value)

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        now, before = row
        if column == 0:
            return self.label(now), now.timestamp
        point = now if column == 1 else before
        return self.value_text(point), point.value if point is not None else None


class RatingsModel(Table):
    headers = (QT_TRANSLATE_NOOP("ReportTables", "Rating"), QT_TRANSLATE_NOOP("ReportTables", "Responses"), QT_TRANSLATE_NOOP("ReportTables", "Share"), QT_TRANSLATE_NOOP("ReportTables", "Previous"), QT_TRANSLATE_NOOP("ReportTables", "Previous share"))

    def set_csat(self, now: CsatMetrics, before: CsatMetrics) -> None:
        total_now, total_before = sum(now.ratings.values()), sum(before.ratings.values())
        self.set_rows([(r, now.ratings.get(r, 0), total_now, before.ratings.get(r, 0), total_before)
                       for r in (5, 4, 3, 2, 1)], keys=[5, 4, 3, 2, 1])

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        rating, n, total, p, total_p = row
        if column == 0:
            return "★" * rating, rating
        if column == 1:
            return number(n), n
        if column == 2:
            return percent(n / total if total else None), n / total if total else None
        if column == 3:
            return number(p), p
        return percent(p / total_p if total_p else None), p / total_p if total_p else None


class LiveAgentsModel(Table):
    headers = (QT_TRANSLATE_NOOP("ReportTables", "Agent"), QT_TRANSLATE_NOOP("ReportTables", "Open"), QT_TRANSLATE_NOOP("ReportTables", "Unattended"))

    def set_loads(self, loads: Sequence[AgentLoad]) -> None:
        self.set_rows(list(loads), keys=[load.agent_id for load in loads])

    def cell(self, row: Any, column: int) -> tuple[str, Any]:
        load: AgentLoad = row
        if column == 0:
            return bidi.display_text(load.name), load.name.casefold()
        value = load.open_count if column == 1 else load.unattended_count
        return number(value), value
