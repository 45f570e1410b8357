"""The pages of the reports window besides the per-entity tables: the trend (metric and granularity
choice, chart and the same numbers as a table) and the table pages of satisfaction and live counts.
`table_view` builds every sortable table of the window (a proxy sorting on the models' raw values).

Signals (TrendPage): changed() when the metric or the granularity is changed by the user."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reports import Metric
from desktop.services.reports import Trend
from desktop.ui.reports.chart import TrendChart
from desktop.ui.reports.models import SORT_ROLE, Table, TrendTableModel


def table_view(model: Table, name: str,
               parent: QWidget, sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(*sort)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)  # one line per cell: much cheaper to paint than wrapped text layouts
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view



class TrendPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("reportsMetric")
        for metric, text in ((Metric.CONVERSATIONS, self.tr("Conversations")),
                             (Metric.RESOLUTIONS, self.tr("Resolutions")),
                             (Metric.INCOMING, self.tr("Incoming messages")),
                             (Metric.OUTGOING, self.tr("Outgoing messages")),
                             (Metric.FIRST_RESPONSE, self.tr("Average first response time")),
                             (Metric.RESOLUTION_TIME, self.tr("Average resolution time")),
                             (Metric.REPLY_TIME, self.tr("Average reply time"))):
            self.metric_combo.addItem(text, metric.value)
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("reportsGranularity")
        for value, text in ((None, self.tr("Automatic")), ("hour", self.tr("By hour")), ("day", self.tr("By day")),
                            ("week", self.tr("By week"))):
            self.granularity.addItem(text, value)
        for combo in (self.metric_combo, self.granularity):
            combo.currentIndexChanged.connect(self.changed)
        self.chart = TrendChart(self)
        self.model = TrendTableModel(self)
        self.view = table_view(self.model, "reportsTrendTable", self)
        self.view.setMaximumWidth(360)
        label = QLabel(self.tr("&Metric"), self)
        label.setBuddy(self.metric_combo)
        top = QHBoxLayout()
        for widget in (label, self.metric_combo, self.granularity):
            top.addWidget(widget)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.chart, 2)
        row.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)

    def chosen_metric(self) -> Metric:
        return Metric(self.metric_combo.currentData())

    def group_by(self) -> str | None:
        value = self.granularity.currentData()
        return str(value) if value else None

    def show_trend(self, trend: Trend, tz: tzinfo, rtl: bool) -> None:
        self.model.set_trend(trend, tz)
        self.chart.show_trend(trend, self.model, rtl)


class TablePage(QWidget):
    """A one-line summary above a sortable table."""

    def __init__(self, model: Table, name: str, sort: tuple[int, Qt.SortOrder], parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.view = table_view(model, name, self, sort)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
