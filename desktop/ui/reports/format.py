"""How report figures read in either language: durations humanly ("6 min 52 s", "٦ د ٥٢ ث"), counts and
percentages with the UI locale's digits, and the change against the previous period ("▲ 12%")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def locale() -> QLocale:
    return QLocale()


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    loc = locale()
    return loc.toString(float(value), "f", decimals) if decimals else loc.toString(round(float(value)))


def percent(share: float | None) -> str:
    if share is None:
        return "—"
    return QCoreApplication.translate("Reports", "%1%").replace("%1", number(share * 100))


def duration(seconds: float | None) -> str:
    """The two largest units, never raw seconds: "3 d 4 h", "2 h 5 min", "6 min 52 s", "40 s"."""
    if seconds is None:
        return "—"
    rest = max(0, round(float(seconds)))
    days, rest = divmod(rest, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Reports", "%1 d %2 h").replace("%1", number(days)).replace("%2", number(hours))
    if hours:
        return QCoreApplication.translate("Reports", "%1 h %2 min").replace("%1", number(hours)).replace("%2", number(minutes))
    if minutes:
        return QCoreApplication.translate("Reports", "%1 min %2 s").replace("%1", number(minutes)).replace("%2", number(secs))
    return QCoreApplication.translate("Reports", "%1 s").replace("%1", number(secs))


def change(current: float | None, previous: float | None) -> str:
    """The change against the previous period as an arrow and a percentage ("new" when there was none)."""
    if current is None or previous is None:
        return "—"
    if previous == 0:
        return "—" if current == 0 else QCoreApplication.translate("Reports", "new")
    ratio = (current - previous) / previous
    arrow = "▲" if ratio > 0 else "▼" if ratio < 0 else "="
    return f"{arrow} {percent(abs(ratio))}"


def better(current: float | None, previous: float | None, lower_is_better: bool) -> bool | None:
    """Whether the change is an improvement (None when it cannot be said)."""
    if current is None or previous is None or current == previous:
        return None
    return (current < previous) == lower_is_better


def moment(value: datetime, fmt: str) -> str:
    """An aware datetime as the UI locale writes it (month names, digits), in its own offset."""
    offset = value.utcoffset()
    zone = QTimeZone(int(offset.total_seconds())) if offset is not None else QTimeZone.utc()
    return locale().toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp()), zone), fmt)
