"""Short relative times for list rows ("now", "5m", "3h", "Yesterday", "Mon", "12 Mar").

Translated through `QCoreApplication.translate("RelativeTime", …)` with `%n` plurals, and formatted
with the default QLocale for day and month names (Arabic gets Arabic names).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RelativeTime", text, None, n)


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """A compact label for `when` relative to `now` (both aware; local calendar days)."""
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return _tr("now")
    if seconds < 3600:
        return _tr("%n min", int(seconds // 60))
    local_when = when.astimezone()
    local_now = now.astimezone()
    if seconds < 12 * 3600 or local_when.date() == local_now.date():
        return _tr("%n h", int(seconds // 3600))
    if local_when.date() == (local_now - timedelta(days=1)).date():
        return _tr("Yesterday")
    locale = QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    if seconds < 6 * 86400:
        return locale.dayName(stamp.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    if local_when.year == local_now.year:
        return locale.toString(stamp.date(), "d MMM")
    return locale.toString(stamp.date(), "d MMM yyyy")


def full_time(when: datetime | None) -> str:
    """A full local date and time for tooltips."""
    if when is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
