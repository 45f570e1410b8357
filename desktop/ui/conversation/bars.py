"""Thin bars above the composer: the reply-window notice and the "where is my order?" suggestion.

`NoticeBar` shows one plain-text sentence (WhatsApp's 24-hour window closed, history catching up).
`SuggestionBar` appears when the customer's latest message asks where an order is: it says so, previews the
ready status answer and inserts it with one click (or the pane's shortcut); Dismiss hides it for that message.

Signals: SuggestionBar.insert_clicked(), SuggestionBar.dismissed().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.ui.bidi import inline
from desktop.ui.theme import THEME


class NoticeBar(QLabel):
    def __init__(self, object_name: str, background: str, foreground: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(THEME.spacing.l, THEME.spacing.s, THEME.spacing.l, THEME.spacing.s)
        self.setStyleSheet(f"#{object_name} {{ background: {background}; color: {foreground}; }}")
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class SuggestionBar(QWidget):
    """Signals: insert_clicked(), dismissed()."""

    insert_clicked = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wismoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#wismoBar {{ background: {THEME.selection}; border-top: 1px solid {THEME.border}; }}")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.preview = QLabel(self)
        self.preview.setObjectName("wismoPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(f"#wismoPreview {{ color: {THEME.muted}; }}")
        self.insert_button = QPushButton(self.tr("Insert answer"), self)
        self.insert_button.setObjectName("wismoInsert")
        self.insert_button.clicked.connect(self.insert_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self._dismiss)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.title)
        texts.addWidget(self.preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(THEME.spacing.l, THEME.spacing.s, THEME.spacing.s, THEME.spacing.s)
        layout.addLayout(texts, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.close_button)
        self.answer = ""
        self.hide()

    def show_answer(self, title: str, answer: str | None, note: str = "") -> None:
        """Show the suggestion; without an answer (orders still loading, none found) only `note` shows."""
        self.answer = answer or ""
        self.title.setText(title)
        preview = answer or note
        preview = preview if len(preview) <= 220 else preview[:219] + "…"
        self.preview.setText(inline(preview))  # paragraphs joined by ↵; ids, phones, links isolated
        self.insert_button.setEnabled(bool(answer))
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
