"""Paints one conversation row: avatar + channel badge, name, time, preview, unread badge, label chips,
priority and assignee. Uniform height (10,000 rows scroll without measuring each).

Geometry is laid out left-to-right and mirrored for the view's direction with `QStyle.visualRect`;
every piece of text is painted with its *own* base direction (first strong character), so an English
preview in the Arabic UI keeps its punctuation right, and phone numbers/order ids stay isolated.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.models import ChannelKind, Conversation, Priority
from desktop.ui import bidi
from desktop.ui.inbox.model import ConversationRole, preview_text
from desktop.ui.inbox.paint_cache import GlyphCache, TextCache
from desktop.ui.inbox.relative_time import relative_time
from desktop.ui.qt_types import AnyIndex
from desktop.ui.theme import THEME, chip_text_color, label_color


class DelegateLookups(Protocol):
    """What the delegate needs to know beyond the conversation: channel kinds and label colours."""

    def channel_kind(self, conversation: Conversation) -> ChannelKind: ...
    def label_color(self, title: str) -> str: ...


class ConversationDelegate(QStyledItemDelegate):
    """Painted conversation row. Signals: none."""

    def __init__(self, lookups: DelegateLookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookups = lookups
        self._priority_names = {
            Priority.LOW: self.tr("Low"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }
        self._font_cache: dict[str, tuple[QFont, QFont, QFont]] = {}
        self._time_cache: dict[datetime | None, str] = {}
        self._time_minute = 0
        self.texts = TextCache()  # shaped, elided texts: a repaint re-shapes nothing
        self.glyphs = GlyphCache()  # avatars and channel badges as pixmaps

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        """(base, small, bold) for the view's font, built once per font."""
        key = base.key()
        cached = self._font_cache.get(key)
        if cached is None:
            small = QFont(base)
            small.setPointSizeF(max(6.0, base.pointSizeF() - 1.5) if base.pointSizeF() > 0 else 8.0)
            bold = QFont(base)
            bold.setBold(True)
            cached = self._font_cache[key] = (QFont(base), small, bold)
        return cached

    def _when(self, when: datetime | None) -> str:
        """Relative time, cached per minute (10,000 rows repaint without recomputing dates)."""
        minute = int(time.time() // 60)
        if minute != self._time_minute:
            self._time_cache.clear()
            self._time_minute = minute
        text = self._time_cache.get(when)
        if text is None:
            text = self._time_cache[when] = relative_time(when)
        return text

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(280, THEME.spacing.row_height)

    # -- painting ----------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        conversation = index.data(ConversationRole)
        if not isinstance(conversation, Conversation):
            return
        rect: QRect = option.rect
        direction = option.direction  # the view's: mirrors the geometry
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(THEME.selection))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(THEME.hover))
        painter.setPen(QColor(THEME.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        def visual(x: int, y: int, w: int, h: int) -> QRect:
            return QStyle.visualRect(direction, rect, QRect(rect.left() + x, rect.top() + y, w, h))

        sp = THEME.spacing
        avatar = visual(sp.l, sp.l, sp.avatar, sp.avatar)
        self.glyphs.avatar(painter, QRectF(avatar), conversation.contact.name, conversation.contact.id,
                           painter.font())
        badge_ltr = (sp.l + sp.avatar - 12, sp.l + sp.avatar - 12, 16, 16)
        self.glyphs.badge(painter, QRectF(visual(*badge_ltr)), self._lookups.channel_kind(conversation),
                          QColor(THEME.base))
        left = sp.l + sp.avatar + sp.m + 2
        width = rect.width() - left - sp.l
        unread = conversation.unread_count > 0
        base, small, bold = self._fonts(option.font)

        # line 1: name … time
        when = self._when(conversation.last_activity_at)
        time_w = self.texts.advance(when, small) + sp.s
        self._text(painter, visual(left + width - time_w, 8, time_w, 20), when, direction, small,
                   QColor(THEME.accent if unread else THEME.faint), trailing=True)
        name = conversation.contact.name or self.tr("Unknown contact")
        self._text(painter, visual(left, 8, width - time_w - sp.m, 20), name, direction,
                   bold if unread else base, QColor(THEME.text))

        # line 2: preview … unread badge
        badge_w = 0
        if unread:
            count = str(conversation.unread_count) if conversation.unread_count < 100 else "99+"
            badge_w = max(sp.badge_min, self.texts.advance(count, small) + 10)
            badge = visual(left + width - badge_w, 30, badge_w, sp.badge_min)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(THEME.unread_badge))
            painter.drawRoundedRect(QRectF(badge), sp.badge_min / 2, sp.badge_min / 2)
            painter.setPen(QColor("#ffffff"))
            self.texts.draw(painter, badge, count, small, Qt.LayoutDirection.LeftToRight,
                            Qt.AlignmentFlag.AlignHCenter, elide=False)
        raw = preview_text(conversation)
        preview, own = bidi.display_text(raw), bidi.direction_of(raw, direction)
        if conversation.last_message is not None and conversation.last_message.private:
            template = self.tr("Note: %1")
            preview, own = template.replace("%1", bidi.inline(raw)), bidi.direction_of(template, direction)
        self._text(painter, visual(left, 29, width - badge_w - sp.m, 20), preview, direction, base,
                   QColor(THEME.text if unread else THEME.muted), prepared=own)

        # line 3: label chips … priority, assignee
        trailing = self._paint_trailing(painter, conversation, visual, left, width, direction, small)
        self._paint_chips(painter, conversation.labels, visual, left, width - trailing - sp.m, small)
        painter.restore()

    def _text(self, painter: QPainter, rect: QRect, text: str, ui_direction: Qt.LayoutDirection,
              font: QFont, color: QColor, *, trailing: bool = False,
              prepared: Qt.LayoutDirection | None = None) -> None:
        """User text through `bidi.display_text` in its own base direction (`prepared`: the text is already
        prepared and this is its direction)."""
        if not text or rect.width() <= 0:
            return
        align = bidi.trailing_alignment(ui_direction) if trailing else bidi.leading_alignment(ui_direction)
        painter.setPen(color)
        if prepared is None:
            self.texts.draw(painter, rect, bidi.display_text(text), font, bidi.direction_of(text, ui_direction), align)
        else:
            self.texts.draw(painter, rect, text, font, prepared, align)

    def _paint_trailing(self, painter: QPainter, conversation: Conversation, visual, left: int,  # type: ignore[no-untyped-def]
                        width: int, direction: Qt.LayoutDirection, font: QFont) -> int:
        """Priority pill and assignee at the trailing end of line 3; returns the width used."""
        used = 0
        assignee = conversation.assignee.name if conversation.assignee is not None else ""
        if assignee:
            text_w = min(self.texts.advance(assignee, font) + THEME.spacing.s, width // 3)
            self._text(painter, visual(left + width - text_w, 50, text_w, 16), assignee, direction, font,
                       QColor(THEME.muted), trailing=True)
            used += text_w + THEME.spacing.m
        color = THEME.priority_color(conversation.priority)
        if color is not None:
            word = self._priority_names.get(conversation.priority, "")
            pill_w = self.texts.advance(word, font) + 12
            pill = visual(left + width - used - pill_w, 50, pill_w, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            tint = QColor(color)
            tint.setAlpha(36)
            painter.setBrush(tint)
            painter.drawRoundedRect(QRectF(pill), 8, 8)
            painter.setPen(color)
            self.texts.draw(painter, pill, word, font, bidi.direction_of(word, direction),
                            Qt.AlignmentFlag.AlignHCenter, elide=False)
            used += pill_w + THEME.spacing.s
        return used

    def _paint_chips(self, painter: QPainter, labels: tuple[str, ...], visual, left: int, width: int,  # type: ignore[no-untyped-def]
                     font: QFont) -> None:
        x = 0
        for position, title in enumerate(labels):
            chip_w = self.texts.advance(title, font) + 12
            rest = len(labels) - position
            if x + chip_w > width:
                if rest and x + 28 <= width:
                    more = visual(left + x, 50, 28, 16)
                    painter.setPen(QColor(THEME.muted))
                    self.texts.draw(painter, more, f"+{rest}", font, Qt.LayoutDirection.LeftToRight,
                                    Qt.AlignmentFlag.AlignHCenter, elide=False)
                return
            chip = visual(left + x, 50, chip_w, 16)
            background = label_color(self._lookups.label_color(title))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(chip), THEME.spacing.chip_radius, THEME.spacing.chip_radius)
            painter.setPen(chip_text_color(background))
            self.texts.draw(painter, chip, bidi.isolate(title), font, bidi.direction_of(title),
                            Qt.AlignmentFlag.AlignHCenter, elide=False)
            x += chip_w + THEME.spacing.s
