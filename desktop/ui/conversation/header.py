"""ConversationHeader: the line above the timeline — the customer's name and the conversation id, WhatsApp's
24-hour reply window (`can_reply`) as a coloured pill, and a close button.

Signals: close_clicked().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.domain.models import Conversation
from desktop.ui.bidi import isolate, isolate_ltr
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

    def show_conversation(self, conversation: Conversation) -> None:
        name = conversation.contact.name or conversation.contact.phone_number or ""
        self.title.setText(f"{isolate(name)}  {isolate_ltr(f'#{conversation.id}')}")
        self.window_label.setText(self.tr("Reply window open") if conversation.can_reply
                                  else self.tr("24-hour window closed"))
        color = THEME.success if conversation.can_reply else THEME.warning
        self.window_label.setStyleSheet(
            f"#replyWindow {{ color: {color}; border: 1px solid {color}; border-radius: 8px; padding: 1px 8px; }}")
        self.window_label.show()

    def clear(self) -> None:
        self.title.clear()
        self.window_label.hide()
