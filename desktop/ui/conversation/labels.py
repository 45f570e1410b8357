"""The words and marks a message row shows: date separators, times, delivery states, note headers and
plain-text tooltips (file names and sizes: `attachment_paint`). Translated in context "MessageLabels".

A delivery state reads: ◷ pending, "Not sent yet, retrying" (the outbox retries after a server error),
✓ sent, ✓✓ delivered, ✓✓ in the accent colour for read, "Not sent" (failed) with a Retry link.

Signals: none.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject, QTime
from PySide6.QtGui import QColor

from desktop.domain.models import DeliveryStatus, Message
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.conversation.layout import is_outgoing
from desktop.ui.theme import THEME


def plain_tooltip(text: str) -> str:
    """QToolTip guesses rich text from the content: escape user text so it always shows as typed."""
    return '<p style="white-space:pre-wrap">' + html.escape(text) + "</p>"


class MessageLabels(QObject):
    """Texts of message rows, in the locale of the view that shows them."""

    def __init__(self, locale: Callable[[], QLocale], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._deleted_text: str | None = None

    # -- texts -------------------------------------------------------------------------------------
    def deleted_text(self) -> str:
        if self._deleted_text is None:
            self._deleted_text = self.tr("This message was deleted")
        return self._deleted_text

    def day_text(self, day: date) -> str:
        today = datetime.now().astimezone().date()
        if day == today:
            return self.tr("Today")
        if (today - day).days == 1:
            return self.tr("Yesterday")
        return isolate(self._locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))

    def time_text(self, message: Message) -> str:
        local = message.created_at.astimezone()
        return self._locale().toString(QTime(local.hour, local.minute), "hh:mm")

    def status_text(self, message: Message) -> tuple[str, QColor]:
        if not is_outgoing(message):
            return "", QColor(THEME.muted)
        status = message.status
        if status == DeliveryStatus.PENDING and message.external_error:
            return self.tr("Not sent yet, retrying"), QColor(THEME.warning)
        if status == DeliveryStatus.PENDING:
            return "◷", QColor(THEME.muted)
        if status == DeliveryStatus.FAILED:
            return self.tr("Not sent"), QColor(THEME.danger)
        if status == DeliveryStatus.READ:
            return "✓✓", QColor(THEME.accent)
        if status == DeliveryStatus.DELIVERED:
            return "✓✓", QColor(THEME.muted)
        return "✓", QColor(THEME.muted)

    def status_tooltip(self, message: Message) -> str:
        return {
            DeliveryStatus.PENDING: self.tr("Sending…"),
            DeliveryStatus.SENT: self.tr("Sent"),
            DeliveryStatus.DELIVERED: self.tr("Delivered"),
            DeliveryStatus.READ: self.tr("Read"),
            DeliveryStatus.FAILED: self.tr("Not sent"),
        }[message.status]

    @staticmethod
    def can_retry(message: Message) -> bool:
        """Failed, or still pending after an error (then Retry means "try again now")."""
        if not message.echo_id or message.id is not None:
            return False
        return message.status == DeliveryStatus.FAILED or (
            message.status == DeliveryStatus.PENDING and bool(message.external_error))

    def retry_text(self) -> str:
        return self.tr("Retry")

    def header_text(self, message: Message) -> str:
        name = message.sender.name if message.sender else ""
        if message.private:
            return self.tr("Private note") + (f" · {isolate(name)}" if name else "")
        return isolate(name)

    def meta_text(self, message: Message) -> str:
        status, _ = self.status_text(message)
        parts = [isolate_ltr(self.time_text(message))]
        if status:
            parts.append(status)
        if self.can_retry(message):
            parts.append(self.retry_text())
        return "  ".join(parts)

