"""Snooze until a chosen time: presets picked with a digit (1-5) or Up/Down + Enter — in one hour,
this evening (18:00), tomorrow morning (09:00), next week (first day of the locale's week, 09:00),
until the customer replies — or a custom date and time (6). Times are local; the result is aware UTC.

After Accepted: `until()` is the moment, or None for "until the customer replies".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.list_keys import ListPickKeys

Clock = Callable[[], datetime]  # aware local "now"

UNTIL_REPLY = "reply"
CUSTOM = "custom"


def local_now() -> datetime:
    return datetime.now().astimezone()


def presets(now: datetime, first_day_of_week: int = 7) -> list[tuple[str, datetime | None]]:
    """(key, moment) for the presets, from an aware local `now`. `first_day_of_week` is ISO (1=Mon…7=Sun)."""
    evening = now.replace(hour=18, minute=0, second=0, microsecond=0)
    if evening <= now + timedelta(minutes=30):
        evening += timedelta(days=1)
    tomorrow = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    days_ahead = (first_day_of_week - now.isoweekday()) % 7 or 7
    next_week = (now + timedelta(days=days_ahead)).replace(hour=9, minute=0, second=0, microsecond=0)
    return [("hour", now + timedelta(hours=1)), ("evening", evening), ("tomorrow", tomorrow),
            ("next_week", next_week), (UNTIL_REPLY, None)]


class SnoozeDialog(QDialog):
    def __init__(self, clock: Clock = local_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze"))
        self._until: datetime | None = None
        now = clock()
        self._now = now
        first_day = QLocale().firstDayOfWeek().value
        self._presets = presets(now, first_day)
        names = {
            "hour": self.tr("In one hour"), "evening": self.tr("This evening"),
            "tomorrow": self.tr("Tomorrow morning"), "next_week": self.tr("Next week"),
            UNTIL_REPLY: self.tr("Until the customer replies"),
        }
        locale = QLocale()
        self.list = QListWidget(self)  # six fixed entries
        self.list.setObjectName("snoozePresets")
        for digit, (key, moment) in enumerate(self._presets, start=1):
            when = "" if moment is None else "  —  " + locale.toString(
                QDateTime(moment), QLocale.FormatType.ShortFormat)
            QListWidgetItem(f"{digit}  {names[key]}{when}", self.list)
        pick_label = self.tr("Pick a date and time…")
        QListWidgetItem(f"{len(self._presets) + 1}  {pick_label}", self.list)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda item: self.pick(self.list.row(item)))
        self.keys = ListPickKeys(self.list, "123456", self.pick)
        self.custom = QDateTimeEdit(QDateTime(now + timedelta(hours=2)), self)
        self.custom.setObjectName("snoozeCustom")
        self.custom.setCalendarPopup(True)
        self.custom.setMinimumDateTime(QDateTime(now))
        self.custom_button = QPushButton(self.tr("Snooze until then"), self)
        self.custom_button.clicked.connect(self.pick_custom)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom, 1)
        custom_row.addWidget(self.custom_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Press 1-6 or choose and press Enter."), self))
        layout.addWidget(self.list)
        layout.addLayout(custom_row)
        self.list.setFocus()

    def until(self) -> datetime | None:
        return self._until

    def pick(self, row: int) -> None:
        if 0 <= row < len(self._presets):
            moment = self._presets[row][1]
            self._until = None if moment is None else moment.astimezone(UTC)
            self.accept()
        elif row == len(self._presets):
            self.custom.setFocus()

    def pick_custom(self) -> None:
        chosen = cast(datetime, self.custom.dateTime().toPython())
        moment = chosen.astimezone() if chosen.tzinfo is None else chosen
        if moment <= self._now:
            return
        self._until = moment.astimezone(UTC)
        self.accept()
