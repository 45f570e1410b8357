"""The trend chart (QtCharts): the chosen metric per hour/day/week as a solid line, the previous period of equal
length as a dashed line over the same slots. In a right-to-left layout the time axis runs right to left and
the value axis sits on the right. Durations are plotted in minutes; the table beside it has exact values."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.services.reports import Trend
from desktop.ui.reports.models import TrendTableModel


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins())
        super().__init__(chart, parent)
        self.setObjectName("reportsTrendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.current = QLineSeries()
        self.current.setPen(QPen(QColor("#1f93ff"), 2.5))
        self.previous = QLineSeries()
        self.previous.setPen(QPen(QColor("#8e8e93"), 1.5, Qt.PenStyle.DashLine))
        self.axis_x = QCategoryAxis()
        self.axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%.0f")
        chart.addSeries(self.previous)
        chart.addSeries(self.current)
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (self.previous, self.current):
            series.attachAxis(self.axis_x)
            series.attachAxis(self.axis_y)

    def show_trend(self, trend: Trend, labels: TrendTableModel, rtl: bool) -> None:
        """New numbers into the same series and axes (cheaper than building the chart again)."""
        chart = self.chart()
        scale = 60.0 if trend.metric.is_duration else 1.0
        self.current.setName(QCoreApplication.translate("TrendChart", "This period"))
        self.previous.setName(QCoreApplication.translate("TrendChart", "Previous period"))
        now = [QPointF(i, p.value / scale) for i, p in enumerate(trend.current)]
        before = [QPointF(i, p.value / scale) for i, p in enumerate(trend.previous[:len(trend.current)])]
        top = max((p.y() for p in now + before), default=0.0)
        for label in self.axis_x.categoriesLabels():
            self.axis_x.remove(label)
        step = max(1, -(-len(trend.current) // 8))  # at most eight labels: readable without tilting
        for i, point in enumerate(trend.current):
            if i % step == 0:
                self.axis_x.append(labels.label(point), i)
        self.axis_x.setRange(-0.5, max(0.5, len(trend.current) - 0.5))
        self.axis_x.setReverse(rtl)
        self.axis_y.setRange(0, top * 1.1 if top > 0 else 1)
        self.axis_y.applyNiceNumbers()
        self.axis_y.setTitleText(QCoreApplication.translate("TrendChart", "minutes") if trend.metric.is_duration else "")
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if self.axis_y.alignment() != side:
            chart.removeAxis(self.axis_y)
            chart.addAxis(self.axis_y, side)
            for series in (self.previous, self.current):
                series.attachAxis(self.axis_y)
        self.current.replace(now)
        self.previous.replace(before)
