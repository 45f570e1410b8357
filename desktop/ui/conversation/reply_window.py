"""ReplyWindow: WhatsApp's 24-hour customer-service window of the open conversation, kept honest over time.

The server decides `can_reply`; the window itself closes 24 hours after the customer's last message, while
the conversation may sit open on the agent's screen. `track(conversation, model, whatsapp)` works out when
the window ends (from the newest incoming message) and arms a timer for that moment: `expired()` then
asks the pane to read the conversation again, so free text is disabled as soon as the server says so
(instead of "sent" replies that never arrive, Chatwoot #9516). `ends_at` is shown in the header.

Signals: expired().
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.models import Conversation, MessageType
from desktop.ui.conversation.model import TimelineModel

WINDOW = timedelta(hours=24)
MARGIN_MS = 2_000  # ask the server just after the moment, not just before


class ReplyWindow(QObject):
    """Signals: expired()."""

    expired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ends_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expired)

    def track(self, conversation: Conversation | None, model: TimelineModel, whatsapp: bool) -> datetime | None:
        """Recompute the end of the window; returns it (None when there is no such window)."""
        self._timer.stop()
        self.ends_at = None
        if conversation is None or not whatsapp or not conversation.can_reply:
            return None
        for row in range(model.rowCount() - 1, -1, -1):
            message = model.message(row)
            if message is not None and message.message_type == MessageType.INCOMING:
                self.ends_at = message.created_at + WINDOW
                break
        if self.ends_at is not None:
            left_ms = int((self.ends_at - datetime.now(UTC)).total_seconds() * 1000) + MARGIN_MS
            self._timer.start(max(0, min(left_ms, 2**31 - 1)))
        return self.ends_at

    def stop(self) -> None:
        self._timer.stop()
        self.ends_at = None
