"""The reports window of one workspace (Team → Reports): period presets in the account's time zone, the
business-hours switch, KPIs beside the previous period, sortable tables by agent / team / channel /
category, the trend chart with its numbers, CSAT and the live counts; "Save table…" writes the visible
table as CSV and "Export conversations…" opens the export dialog.

Everything is loaded by `ReportsService` in a task owned by the window (a new load cancels the previous
one). A permission denial (an agent) is shown in the window as a sentence; it never signs anyone out.

Signals: loaded() after a report is on screen; failed(str) with the sentence shown.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AppError, PermissionDenied
from desktop.domain.reports import EntityKind, Period
from desktop.services.reports import (
    BadPeriod,
    Preset,
    ReportBundle,
    ReportsService,
    Trend,
    period_for,
)
from desktop.ui import bidi
from desktop.ui.notifier import Notifier
from desktop.ui.reports.export_dialog import ExportDialog, export_headers
from desktop.ui.reports.format import number
from desktop.ui.reports.kpis import KpiGrid
from desktop.ui.reports.models import EntityTableModel, LiveAgentsModel, RatingsModel, Table
from desktop.ui.reports.pages import TablePage, TrendPage, table_view
from desktop.ui.tasks import TaskRunner


class ReportsWindow(QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, service: ReportsService, notifier: Notifier, tz: tzinfo, workspace_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("reportsWindow")
        self.service = service
        self.notifier = notifier
        self.tz = tz
        self.bundle: ReportBundle | None = None
        self.tasks = TaskRunner(self, notifier)
        self.workspace_name = workspace_name
        self._steps: list[Callable[[], object]] = []
        self.setWindowTitle(self.tr("Reports — %1").replace("%1", workspace_name))
        self._build()
        self.resize(980, 720)

    # -- layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.preset = QComboBox(self)
        self.preset.setObjectName("reportsPreset")
        for preset, text in ((Preset.TODAY, self.tr("Today")), (Preset.YESTERDAY, self.tr("Yesterday")),
                             (Preset.SHIFT, self.tr("This shift")), (Preset.LAST_7_DAYS, self.tr("Last 7 days")),
                             (Preset.LAST_30_DAYS, self.tr("Last 30 days")), (Preset.THIS_MONTH, self.tr("This month")),
                             (Preset.CUSTOM, self.tr("Custom range"))):
            self.preset.addItem(text, preset.value)
        self.preset.setCurrentIndex(3)
        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addDays(-6), self)
        self.last_day = QDateEdit(today, self)
        for edit, name in ((self.first_day, "reportsFrom"), (self.last_day, "reportsTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        self.business = QCheckBox(self.tr("Business hours only"), self)
        self.business.setObjectName("reportsBusinessHours")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.save_button = QPushButton(self.tr("Save table as CSV…"), self)
        self.export_button = QPushButton(self.tr("E&xport conversations…"), self)
        self.export_button.setObjectName("reportsExport")
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Period"), self)
        label.setBuddy(self.preset)
        for w in (label, self.preset, self.first_day, self.last_day, self.business):
            bar.addWidget(w)
        self.status = QLabel(self)  # in the bar: its text changes without moving anything below
        self.status.setObjectName("reportsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never resizes the bar
        bar.addWidget(self.status, 1)
        for button in (self.refresh_button, self.save_button, self.export_button):
            bar.addWidget(button)
        self.kpis = KpiGrid(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportsTabs")
        self.entity_models: dict[EntityKind, EntityTableModel] = {}
        self.entity_views: dict[EntityKind, QTableView] = {}
        for kind, title in ((EntityKind.AGENT, self.tr("By agent")), (EntityKind.TEAM, self.tr("By team")),
                            (EntityKind.INBOX, self.tr("By channel")), (EntityKind.LABEL, self.tr("By category"))):
            model = EntityTableModel(self)
            view = table_view(model, f"reportsTable_{kind.value}", self, (1, Qt.SortOrder.DescendingOrder))
            self.entity_models[kind], self.entity_views[kind] = model, view
            self.tabs.addTab(view, title)
        self.trend_page = TrendPage(self)
        self.trend_page.changed.connect(self._metric_changed)
        self.metric_combo, self.granularity = self.trend_page.metric_combo, self.trend_page.granularity
        self.chart = self.trend_page.chart
        self.ratings_model, self.live_model = RatingsModel(self), LiveAgentsModel(self)
        self.csat_page = TablePage(self.ratings_model, "reportsRatings", (0, Qt.SortOrder.DescendingOrder), self)
        self.live_page = TablePage(self.live_model, "reportsLiveAgents", (1, Qt.SortOrder.DescendingOrder), self)
        self.tabs.addTab(self.trend_page, self.tr("Trend"))
        self.tabs.addTab(self.csat_page, self.tr("Satisfaction"))
        self.tabs.addTab(self.live_page, self.tr("Live now"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.kpis)
        layout.addWidget(self.tabs, 1)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for signal in (self.business.toggled, self.refresh_button.clicked, self.first_day.dateChanged,
                       self.last_day.dateChanged):
            signal.connect(self.reload)
        self.tabs.currentChanged.connect(self._fit_columns)
        self.save_button.clicked.connect(lambda: self.save_table())
        self.export_button.clicked.connect(self.open_export)

    # -- loading ----------------------------------------------------------------------------------------
    def current_period(self) -> Period:
        preset = Preset(self.preset.currentData())
        custom: tuple[date, date] | None = None
        if preset is Preset.CUSTOM:
            custom = (self.first_day.date().toPython(), self.last_day.date().toPython())  # type: ignore[assignment]
        return period_for(preset, datetime.now(self.tz), custom=custom)

    def _preset_changed(self) -> None:
        custom = Preset(self.preset.currentData()) is Preset.CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        self.reload()

    def reload(self) -> None:
        try:
            period = self.current_period()
        except BadPeriod as exc:
            self._show_status(self.tr("Choose a valid range: %1").replace("%1", str(exc)))
            return
        self._show_status(self.tr("Loading…"))
        self._steps = []  # a report still being put on screen is replaced
        metric = self.trend_page.chosen_metric()
        self.tasks.run("load", self.service.load(period, business_hours=self.business.isChecked(), metric=metric,
                                                 group_by=self._group_by(period)),
                       on_result=self.show_bundle, on_error=self._failed)

    def _group_by(self, period: Period) -> str | None:
        group_by = self.trend_page.group_by()
        if group_by == "hour" and period.length > timedelta(days=14):
            return "day"  # hundreds of hourly points are neither readable nor cheap
        return group_by

    def _metric_changed(self) -> None:
        if self.bundle is None:
            return
        metric = self.trend_page.chosen_metric()
        group_by = self._group_by(self.bundle.period)
        self.tasks.run("trend", self.service.trend(self.bundle.period, metric, self.bundle.business_hours, group_by),
                       on_result=self._show_trend, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            text = self.tr("Reports are for administrators of this workspace. Ask an administrator for access.")
        elif isinstance(error, AppError):
            text = self.notifier.message_for(error)
        else:
            self.notifier.report(error)
            text = self.tr("The report could not be loaded.")
        self._show_status(text)
        self.failed.emit(text)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)  # the bar keeps its size: no relayout of the window while loading
        self.status.setToolTip(text)  # the whole sentence when the window is too narrow for it

    def show_bundle(self, bundle: ReportBundle) -> None:
        """Put a report on screen in short steps, one per event-loop turn (each with its own paint), so the
        UI thread is never blocked for long; `bundle` is set and `loaded` emitted after the last step."""
        page = self.tabs.currentWidget()
        first = [k for k, view in self.entity_views.items() if view is page]
        later = [k for k in EntityKind if k not in first]
        self._steps = [lambda: self._show_kpis(bundle),
                       *(functools.partial(self._show_table, bundle, k) for k in first), self._fit_columns,
                       *(functools.partial(self._show_table, bundle, k) for k in later),
                       lambda: self._show_trend(bundle.trend), lambda: self._show_csat_and_live(bundle),
                       self._fit_columns, lambda: self._finish(bundle)]
        self._next_step()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self, self._next_step)  # never after the window is gone

    def _show_table(self, bundle: ReportBundle, kind: EntityKind) -> None:
        self.entity_models[kind].set_table(bundle.tables[kind])

    def _show_kpis(self, bundle: ReportBundle) -> None:
        start = datetime.fromtimestamp(bundle.period.since.timestamp(), self.tz)
        end = datetime.fromtimestamp(bundle.period.until.timestamp() - 1, self.tz)
        self._show_status("")
        self.kpis.show_report(bundle.summary, bundle.csat, bundle.csat_previous)
        self.kpis.set_period_text(start, end)

    def _show_csat_and_live(self, bundle: ReportBundle) -> None:
        self.ratings_model.set_csat(bundle.csat, bundle.csat_previous)
        self.csat_page.summary.setText(self.kpis.csat_text(bundle.csat, bundle.csat_previous))
        live = bundle.live
        self.live_page.summary.setText(self.tr("Open: %1   Unattended: %2   Unassigned: %3")
                                       .replace("%1", number(live.open)).replace("%2", number(live.unattended))
                                       .replace("%3", number(live.unassigned)))
        self.live_model.set_loads(bundle.agent_loads)

    def _finish(self, bundle: ReportBundle) -> None:
        self.bundle = bundle
        self.loaded.emit()

    def _fit_columns(self, *_: object) -> None:
        """Size the visible table's columns to their texts once per report, from font metrics (much cheaper
        than asking every cell for its size hint)."""
        page = self.tabs.currentWidget()
        for view in [page] if isinstance(page, QTableView) else page.findChildren(QTableView):
            proxy = view.model()
            model = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else proxy
            if not hasattr(model, "texts"):
                continue
            metrics = view.fontMetrics()
            header = view.horizontalHeader()
            for column in range(model.columnCount()):
                widest = max(metrics.horizontalAdvance(bidi.strip_controls(t)) for t in model.texts(column))
                width = min(320, widest + 24)
                if abs(header.sectionSize(column) - width) > 4:  # unchanged widths: no repaint
                    header.resizeSection(column, width)

    def _show_trend(self, trend: Trend) -> None:
        self.trend_page.show_trend(trend, self.tz, self.layoutDirection() == Qt.LayoutDirection.RightToLeft)

    def open_export(self) -> ExportDialog:
        export = self.service.conversation_export(
            tz=self.tz, workspace_name=self.workspace_name, header=export_headers(),
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        dialog = ExportDialog(export, self.service.lookups, self.current_period_or_none(), self)
        dialog.open()
        return dialog

    def current_period_or_none(self) -> Period | None:
        try:
            return self.current_period()
        except BadPeriod:
            return None

    # -- saving -----------------------------------------------------------------------------------------
    def visible_table_rows(self) -> list[list[str]]:
        """Header and rows of the table on the current tab, as shown."""
        page = self.tabs.currentWidget()
        view = page if isinstance(page, QTableView) else page.findChild(QTableView)
        proxy = view.model() if view is not None else None
        model = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else proxy
        return model.export_rows() if isinstance(model, Table) else []

    def save_table(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save table as CSV"), "report.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle).writerows(self.visible_table_rows())
        except OSError as exc:
            self._show_status(self.tr("The table could not be saved: %1").replace("%1", exc.strerror or str(exc)))
