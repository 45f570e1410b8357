"""The KPI strip of the reports window: one cell per figure with this period's value, the previous period's
value and the change, coloured green when it is an improvement and red when it is not."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.reports import CsatMetrics, SummaryReport
from desktop.ui.bidi import isolate
from desktop.ui.reports.format import better, change, duration, moment, number, percent


class KpiCell(QFrame):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.previous = QLabel(self)
        for label in (self.title, self.value, self.previous):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.previous):
            layout.addWidget(label)

    def set_values(self, value: str, previous: str, delta: str, good: bool | None) -> None:
        self.value.setText(value)
        self.previous.setText(self.tr("Previous: %1  %2").replace("%1", previous).replace("%2", delta))
        color = "" if good is None else ("color: #1e8e3e;" if good else "color: #d93025;")
        self.previous.setStyleSheet(color)


class KpiGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsKpis")
        self.period = QLabel(self)
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        titles = {
            "conversations": self.tr("Conversations"), "resolutions": self.tr("Resolutions"),
            "incoming": self.tr("Incoming messages"), "outgoing": self.tr("Outgoing messages"),
            "first_response": self.tr("Avg first response"), "resolution": self.tr("Avg resolution"),
            "reply": self.tr("Avg reply time"), "csat": self.tr("CSAT (satisfied)"),
        }
        self.cells = {key: KpiCell(title, self) for key, title in titles.items()}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period, 0, 0, 1, 4)
        for i, cell in enumerate(self.cells.values()):
            layout.addWidget(cell, 1 + i // 4, i % 4)

    def set_period_text(self, start: datetime, end: datetime) -> None:
        a, b = moment(start, "d MMM yyyy, HH:mm"), moment(end, "d MMM yyyy, HH:mm")
        self.period.setText(self.tr("From %1 to %2, compared with the period of the same length before")
                            .replace("%1", isolate(a)).replace("%2", isolate(b)))

    def show_report(self, summary: SummaryReport, csat: CsatMetrics, previous_csat: CsatMetrics) -> None:
        now, before = summary.current, summary.previous
        counts = (("conversations", now.conversations, before.conversations, False),
                  ("resolutions", now.resolutions, before.resolutions, False),
                  ("incoming", now.incoming, before.incoming, None),
                  ("outgoing", now.outgoing, before.outgoing, None))
        for key, a, b, lower in counts:
            self.cells[key].set_values(number(a), number(b), change(a, b), better(a, b, lower) if lower is not None else None)
        for key, x, y in (("first_response", now.avg_first_response, before.avg_first_response),
                          ("resolution", now.avg_resolution, before.avg_resolution),
                          ("reply", now.avg_reply, before.avg_reply)):
            self.cells[key].set_values(duration(x), duration(y), change(x, y), better(x, y, True))
        s, p = csat.satisfied_share, previous_csat.satisfied_share
        self.cells["csat"].set_values(percent(s), percent(p), change(s, p), better(s, p, False))

    def csat_text(self, csat: CsatMetrics, previous: CsatMetrics) -> str:
        average = number(csat.average, 2) if csat.average is not None else "—"
        return (self.tr("Average rating %1 of 5 from %2 responses; response rate %3 (previous period: %4, %5)")
                .replace("%1", average).replace("%2", number(csat.responses)).replace("%3", percent(csat.response_rate))
                .replace("%4", number(previous.average, 2) if previous.average is not None else "—")
                .replace("%5", percent(previous.response_rate)))
