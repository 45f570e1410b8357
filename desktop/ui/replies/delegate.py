"""Paints a saved reply as two lines: the short code, then the start of the text, each line in the
direction of its own content (an Arabic reply reads right to left in an English UI and the reverse)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.bidi import direction_of, display_text, leading_alignment
from desktop.ui.qt_types import AnyIndex
from desktop.ui.replies.model import ContentRole
from desktop.ui.widgets.item_paint import draw_item_frame

PADDING = 6


class SavedReplyDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(240, metrics.height() * 2 + PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        code = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        raw = str(index.data(ContentRole) or "")
        opt = draw_item_frame(self, painter, option, index)
        rect: QRect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        try:
            bold = QFont(opt.font)  # type: ignore[attr-defined]
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
            painter.setFont(bold)
            painter.setPen(opt.palette.color(role))  # type: ignore[attr-defined]
            self._draw(painter, line, code, direction_of(code), metrics)
            plain = QFontMetrics(opt.font)  # type: ignore[attr-defined]
            painter.setFont(opt.font)  # type: ignore[attr-defined]
            second = QRect(rect.left(), line.bottom() + PADDING // 2, rect.width(), plain.height())
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))  # type: ignore[attr-defined]
            self._draw(painter, second, display_text(raw), direction_of(raw), plain)
        finally:
            painter.restore()

    @staticmethod
    def _draw(painter: QPainter, rect: QRect, text: str, direction: Qt.LayoutDirection,
              metrics: QFontMetrics) -> None:
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setLayoutDirection(direction)
        align = leading_alignment(direction) | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), elided)
