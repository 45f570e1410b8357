"""Short relative times for list rows ("now", "5m", "3h", "Yesterday", "Mon", "12 Mar").

Translated through `QCoreApplication.translate("RelativeTime", …)` with `%n` plurals, and formatted
with the default QLocale for day and month names (Arabic gets Arabic names).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """A compact label for `when` relative to `now` (both aware; local calendar days)."""
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("RelativeTime", "now")
    if seconds < 3600:
        return QCoreApplication.translate("RelativeTime", "%n min", None, int(seconds // 60))
    local_when = when.astimezone()
    local_now = now.astimezone()
    if seconds < 12 * 3600 or local_when.date() == local_now.date():
        return QCoreApplication.translate("RelativeTime", "%n h", None, int(seconds // 3600))
    if local_when.date() == (local_now - timedelta(days=1)).date():
        return QCoreApplication.translate("RelativeTime", "Yesterday")
    locale = QLocale()
    if seconds < 6 * 86400:
        return locale.dayName(local_when.isoweekday(), QLocale.FormatType.ShortFormat)
    day = QDate(local_when.year, local_when.month, local_when.day)
    return locale.toString(day, "d MMM" if local_when.year == local_now.year else "d MMM yyyy")


def full_time(when: datetime | None) -> str:
    """A full local date and time for tooltips."""
    if when is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
