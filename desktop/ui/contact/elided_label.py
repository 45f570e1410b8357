"""ElidedLabel: one line of plain text that is never clipped.

A value in the contact panel (a long e-mail address, a name, a channel) may be wider than the panel at the
minimum window size. The label shows what fits, with an ellipsis at the end of the text's own direction,
and the whole text as its tooltip; it never asks the layout for the full width (the panel must not grow
wider than its scroll area). Signals: none.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.bidi import strip_controls


def plain_tooltip(text: str) -> str:
    """QToolTip guesses rich text from the content: escape user text so it always shows as typed."""
    return '<p style="white-space:pre-wrap">' + html.escape(text) + "</p>"


class ElidedLabel(QLabel):
    """A single-line plain-text label that elides to its width and then shows the whole text as a tooltip."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""  # what was set; the label shows it elided to its width

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 2, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = self.full_text
        if width > 0 and metrics.horizontalAdvance(self.full_text) > width:
            shown = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)  # at the logical end
        super().setText(shown)
        self.setToolTip(plain_tooltip(strip_controls(self.full_text)) if shown != self.full_text else "")
