"""ReplyWindow: WhatsApp's 24-hour customer-service window of the open conversation, kept honest over time.

The server decides `can_reply`; the window itself closes 24 hours after the customer's last message, while
the conversation may sit open on the agent's screen. `track(conversation, model, whatsapp)` works out when
the window ends (from the newest incoming message, stamped by the server) and arms a timer for that moment
on the server's clock (`now`, learnt from the Date header of its answers), never on the PC's: `expired()`
then asks the pane to read the conversation again, so free text is disabled as soon as the server says so
(instead of "sent" replies that never arrive, Chatwoot #9516). `ends_at` is shown in the header.

When the server still says the window is open after it should have closed (a clock error, a frozen fixture)
the re-reads back off (`REREAD_BACKOFF`: 5 s doubling up to 10 min) instead of asking again at once: one
open conversation must never turn into a stream of requests (Chatwoot allows 3,000 a minute per IP for a
whole office). The back-off starts over only for another conversation or a reopened window.

Signals: expired().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.models import Conversation, MessageType
from desktop.ui.conversation.model import TimelineModel

WINDOW = timedelta(hours=24)
MARGIN_MS = 2_000  # ask the server just after the moment, not just before
REREAD_BACKOFF = (5_000, 600_000)  # ms: first re-read of a window that should be closed, and the cap


def _pc_now() -> datetime:
    return datetime.now(UTC)


class ReplyWindow(QObject):
    """Signals: expired()."""

    expired = Signal()

    def __init__(self, parent: QObject | None = None, *, now: Callable[[], datetime] = _pc_now) -> None:
        super().__init__(parent)
        self.ends_at: datetime | None = None
        self.now = now  # the server's clock
        self._overdue = 0  # re-reads asked since the window should have closed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def track(self, conversation: Conversation | None, model: TimelineModel, whatsapp: bool) -> datetime | None:
        """Recompute the end of the window; returns it (None when there is no such window)."""
        if conversation is None or not whatsapp or not conversation.can_reply:
            self._timer.stop()
            self.ends_at = None
            return None
        ends_at = None
        for row in range(model.rowCount() - 1, -1, -1):
            message = model.message(row)
            if message is not None and message.message_type == MessageType.INCOMING:
                ends_at = message.created_at + WINDOW
                break
        if ends_at != self.ends_at:
            self._overdue = 0  # a new customer message: a new window
        self.ends_at = ends_at
        if ends_at is None:
            self._timer.stop()
            return None
        left_ms = int((ends_at - self.now()).total_seconds() * 1000) + MARGIN_MS
        if left_ms > 0:
            self._overdue = 0
            delay = left_ms
        else:  # the server said open after the end: ask again later, later each time
            delay = min(REREAD_BACKOFF[1], REREAD_BACKOFF[0] * 2 ** min(self._overdue, 16))
            if self._timer.isActive() and self._timer.remainingTime() <= delay:
                return ends_at  # a re-read is already due sooner: keep it (no reset by every update)
        self._timer.start(max(0, min(delay, 2**31 - 1)))
        return ends_at

    def _fire(self) -> None:
        if self.ends_at is not None and self.ends_at + timedelta(milliseconds=MARGIN_MS) <= self.now():
            self._overdue += 1
        self.expired.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.ends_at = None
        self._overdue = 0
