"""Paints one conversation row: avatar + channel badge, name, time, preview, unread badge, label chips,
priority and assignee. Uniform height (10,000 rows scroll without measuring each).

Geometry is laid out left-to-right and mirrored for the view's direction with `QStyle.visualRect`;
every piece of text is painted with its *own* base direction (first strong character), so an English
preview in the Arabic UI keeps its punctuation right, and phone numbers/order ids stay isolated.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.models import ChannelKind, Conversation, Priority
from desktop.ui import bidi
from desktop.ui.inbox.model import ConversationRole, preview_text
from desktop.ui.inbox.paint_cache import GlyphCache, TextCache
from desktop.ui.inbox.row_parts import RowParts
from desktop.ui.theme import THEME

AnyIndex = QModelIndex | QPersistentModelIndex
Direction = Qt.LayoutDirection
LTR, RTL = Direction.LeftToRight, Direction.RightToLeft
CENTRE = Qt.AlignmentFlag.AlignHCenter
NO_PEN = Qt.PenStyle.NoPen
SELECTED, HOVERED = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_MouseOver


class RowLookups(Protocol):
    """What the delegate needs to know beyond the conversation: channel kinds and label colours."""

    def channel_kind(self, conversation: Conversation) -> ChannelKind: ...
    def label_color(self, title: str) -> str: ...


class ConversationDelegate(QStyledItemDelegate):
    """Painted conversation row. Signals: none."""

    def __init__(self, lookups: RowLookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookups = lookups
        self._priority_names = {
            Priority.LOW: self.tr("Low"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }
        self._unknown = self.tr("Unknown contact")
        self._note = self.tr("Note: %1")
        self._note_direction = bidi.direction_of(self._note, Direction.LayoutDirectionAuto)
        self._leading = {d: bidi.leading_alignment(d) for d in (LTR, RTL)}
        self._trailing = {d: bidi.trailing_alignment(d) for d in (LTR, RTL)}
        self._font_cache: dict[str, tuple[QFont, QFont, QFont]] = {}
        self.parts = RowParts(self._priority_names)  # colours, chips, pills, times, prepared texts
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
        parts, texts = self.parts, self.texts
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & SELECTED:
            painter.fillRect(rect, parts.selection)
        elif state & HOVERED:
            painter.fillRect(rect, parts.hover)
        painter.setPen(parts.border)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        row_left, row_top, row_width = rect.left(), rect.top(), rect.width()
        rtl = direction == RTL

        def visual(x: int, y: int, w: int, h: int) -> QRect:  # QStyle.visualRect(direction, rect, …) in arithmetic
            return QRect(row_left + row_width - x - w if rtl else row_left + x, row_top + y, w, h)

        sp = THEME.spacing
        avatar = visual(sp.l, sp.l, sp.avatar, sp.avatar)
        self.glyphs.avatar(painter, QRectF(avatar), conversation.contact.name, conversation.contact.id,
                           painter.font())
        badge_at = sp.l + sp.avatar - 12
        self.glyphs.badge(painter, QRectF(visual(badge_at, badge_at, 16, 16)),
                          self._lookups.channel_kind(conversation), parts.base)
        left = sp.l + sp.avatar + sp.m + 2
        width = row_width - left - sp.l
        unread = conversation.unread_count > 0
        base, small, bold = self._fonts(option.font)

        # line 1: name … time
        when = parts.when(conversation.last_activity_at)
        time_w = texts.advance(when, small) + sp.s
        self._text(painter, visual(left + width - time_w, 8, time_w, 20), when, direction, small,
                   parts.accent if unread else parts.faint, trailing=True)
        self._text(painter, visual(left, 8, width - time_w - sp.m, 20), conversation.contact.name or self._unknown,
                   direction, bold if unread else base, parts.text)

        # line 2: preview … unread badge
        badge_w = 0
        if unread:
            count = str(conversation.unread_count) if conversation.unread_count < 100 else "99+"
            badge_w = max(sp.badge_min, texts.advance(count, small) + 10)
            badge = visual(left + width - badge_w, 30, badge_w, sp.badge_min)
            painter.setPen(NO_PEN)
            painter.setBrush(parts.unread_badge)
            painter.drawRoundedRect(QRectF(badge), sp.badge_min / 2, sp.badge_min / 2)
            painter.setPen(parts.white)
            texts.draw(painter, badge, count, small, LTR, CENTRE, elide=False)
        raw = preview_text(conversation)
        if conversation.last_message is not None and conversation.last_message.private:
            preview, own = self._note.replace("%1", bidi.inline(raw)), self._note_direction
            own = direction if own == Direction.LayoutDirectionAuto else own
        else:
            preview, found = parts.shown(raw)
            own = direction if found is None else found
        preview_rect = visual(left, 29, width - badge_w - sp.m, 20)
        if preview and preview_rect.width() > 0:
            painter.setPen(parts.text if unread else parts.muted)
            texts.draw(painter, preview_rect, preview, base, own, self._leading[direction])

        # line 3: label chips … priority, assignee
        trailing = self._paint_trailing(painter, conversation, visual, left, width, direction, small)
        self._paint_chips(painter, conversation.labels, visual, left, width - trailing - sp.m, small)
        painter.restore()

    def _text(self, painter: QPainter, rect: QRect, text: str, ui_direction: Direction, font: QFont,
              color: QColor, *, trailing: bool = False) -> None:
        """User text through `bidi.display_text` in its own base direction (`bidi.direction_of`)."""
        if not text or rect.width() <= 0:
            return
        painter.setPen(color)
        shown, own = self.parts.shown(text)
        align = self._trailing[ui_direction] if trailing else self._leading[ui_direction]
        self.texts.draw(painter, rect, shown, font, ui_direction if own is None else own, align)

    def _paint_trailing(self, painter: QPainter, conversation: Conversation, visual, left: int,  # type: ignore[no-untyped-def]
                        width: int, direction: Direction, font: QFont) -> int:
        """Priority pill and assignee at the trailing end of line 3; returns the width used."""
        used = 0
        assignee = conversation.assignee.name if conversation.assignee is not None else ""
        if assignee:
            text_w = min(self.texts.advance(assignee, font) + THEME.spacing.s, width // 3)
            self._text(painter, visual(left + width - text_w, 50, text_w, 16), assignee, direction, font,
                       self.parts.muted, trailing=True)
            used += text_w + THEME.spacing.m
        pill = self.parts.pill(conversation.priority)
        if pill is not None:
            pill_w = self.texts.advance(pill.word, font) + 12
            area = visual(left + width - used - pill_w, 50, pill_w, 16)
            painter.setPen(NO_PEN)
            painter.setBrush(pill.tint)
            painter.drawRoundedRect(QRectF(area), 8, 8)
            painter.setPen(pill.color)
            self.texts.draw(painter, area, pill.word, font, direction if pill.direction is None else pill.direction,
                            CENTRE, elide=False)
            used += pill_w + THEME.spacing.s
        return used

    def _paint_chips(self, painter: QPainter, labels: tuple[str, ...], visual, left: int, width: int,  # type: ignore[no-untyped-def]
                     font: QFont) -> None:
        x, radius = 0, THEME.spacing.chip_radius
        for position, title in enumerate(labels):
            chip_w = self.texts.advance(title, font) + 12
            if x + chip_w > width:
                if x + 28 <= width:
                    painter.setPen(self.parts.muted)
                    self.texts.draw(painter, visual(left + x, 50, 28, 16), f"+{len(labels) - position}", font, LTR,
                                    CENTRE, elide=False)
                return
            area = visual(left + x, 50, chip_w, 16)
            chip = self.parts.chip(title, self._lookups.label_color(title))
            painter.setPen(NO_PEN)
            painter.setBrush(chip.background)
            painter.drawRoundedRect(QRectF(area), radius, radius)
            painter.setPen(chip.foreground)
            self.texts.draw(painter, area, chip.text, font, chip.direction, CENTRE, elide=False)
            x += chip_w + THEME.spacing.s
