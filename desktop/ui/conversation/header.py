"""ConversationHeader: the line above the timeline — the customer's name and the conversation id, WhatsApp's
24-hour reply window (`can_reply`) as a coloured pill, and a close button. The time left counts down on the
server's clock (`now`); at zero the pill says the window is closed (never "1 min left" after the end), even
before the server's next answer confirms it.

Signals: close_clicked().
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.domain.models import Conversation
from desktop.ui.bidi import inline, isolate_ltr
from desktop.ui.theme import THEME


class ConversationHeader(QWidget):
    """Signals: close_clicked()."""

    close_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("conversationTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.window_label = QLabel(self)
        self.window_label.setObjectName("replyWindow")
        self.window_label.setTextFormat(Qt.TextFormat.PlainText)
        self.window_label.hide()
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close conversation"))
        close.setAccessibleName(self.tr("Close conversation"))
        close.clicked.connect(self.close_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(THEME.spacing.l, THEME.spacing.s, THEME.spacing.s, THEME.spacing.s)
        layout.setSpacing(THEME.spacing.l)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.window_label)
        layout.addWidget(close)
        self._shown: tuple[Conversation, datetime | None] | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)  # the server's clock (set by the pane)
        self._minute = QTimer(self)  # the time left counts down while the conversation stays open
        self._minute.setSingleShot(True)  # re-armed for the moment the shown number changes
        self._minute.timeout.connect(self._render)

    def show_conversation(self, conversation: Conversation, window_ends: datetime | None = None) -> None:
        """`window_ends`: when WhatsApp's 24-hour window closes (shown as the time left), if known."""
        self._shown = (conversation, window_ends)
        self._render()

    def _render(self) -> None:
        if self._shown is None:
            return
        conversation, window_ends = self._shown
        name = conversation.contact.name or conversation.contact.phone_number or ""
        self.title.setText(f"{inline(name)}  {isolate_ltr(f'#{conversation.id}')}")
        is_open, left = conversation.can_reply, None
        if is_open and window_ends is not None:
            left = (window_ends - self.now()).total_seconds()
            is_open = left > 0
        text = self.tr("Reply window open") if is_open else self.tr("24-hour window closed")
        self._minute.stop()
        if is_open and left is not None:
            if left >= 3600:
                text += " · " + self.tr("%n h left", "", int(left // 3600))
                next_change = left % 60 or 60.0
            else:  # whole minutes, rounded up: "1 min left" only in the last minute, then "closed"
                text += " · " + self.tr("%n min left", "", math.ceil(left / 60))
                next_change = left % 60 or 60.0
            self._minute.start(int(next_change * 1000) + 50)
        self.window_label.setText(text)
        color = THEME.success if is_open else THEME.warning
        self.window_label.setStyleSheet(
            f"#replyWindow {{ color: {color}; border: 1px solid {color}; border-radius: 8px; padding: 1px 8px; }}")
        self.window_label.show()

    def clear(self) -> None:
        self._shown = None
        self._minute.stop()
        self.title.clear()
        self.window_label.hide()
