"""Paints one conversation row: avatar + channel badge, name, time, preview, unread badge, label chips,
priority and assignee. Uniform height (10,000 rows scroll without measuring each).

Geometry is laid out left-to-right and mirrored for the view's direction as `QStyle.visualRect` does, in the
row's own coordinates (the painter is translated to the row; see `row_parts.Geometry`); the pieces that repeat
from row to row (time, unread badge, the label/priority/assignee line) are prepared once and replayed (placed texts,
painter calls; line 3 as flat tuples of positions and prepared texts or pixmaps: few objects for the collector),
and their pills (chips, priority, unread count) pixmaps rendered once (`GlyphCache.piece`);
every piece of text is painted with its *own* base direction (first strong character), so an English
preview in the Arabic UI keeps its punctuation right, and phone numbers/order ids stay isolated.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QStaticText
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.models import ChannelKind, Conversation, Priority
from desktop.ui import bidi
from desktop.ui.inbox.model import ConversationRole, preview_text
from desktop.ui.inbox.paint_cache import Entry, GlyphCache, TextCache
from desktop.ui.inbox.row_parts import Geometry, Ops, RowParts, replay
from desktop.ui.qt_types import AnyIndex
from desktop.ui.style_state import MOUSE_OVER as HOVERED
from desktop.ui.style_state import SELECTED
from desktop.ui.theme import THEME

Direction = Qt.LayoutDirection
Line = tuple[tuple[Any, ...], tuple[Any, ...]]  # line 3: (x, y, QStaticText, …), (x, y, QPixmap, …)
LTR, RTL = Direction.LeftToRight, Direction.RightToLeft
CENTRE = Qt.AlignmentFlag.AlignHCenter
NO_PEN = Qt.PenStyle.NoPen

class DelegateLookups(Protocol):
    """What the delegate needs to know beyond the conversation: channel kinds and label colours."""

    def channel_kind(self, conversation: Conversation) -> ChannelKind: ...
    def label_color(self, title: str) -> str: ...


class ConversationDelegate(QStyledItemDelegate):
    """Painted conversation row. Signals: none.

    `row_state`: the row's style state as an int, set by `UniformListView` around each row's paint (reading
    `option.state` would create QStyle's Python type before the first paint: `style_state`); None: read it."""

    row_state: int | None = None

    def __init__(self, lookups: DelegateLookups, parent: QWidget | None = None) -> None:
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
        self._last_fonts: tuple[QFont, tuple[QFont, QFont, QFont]] | None = None  # the view's font → its three
        self.parts = RowParts(self._priority_names)  # colours, chips, pills, times, prepared texts
        self.texts = TextCache()  # shaped, elided texts: a repaint re-shapes nothing
        self.glyphs = GlyphCache()  # avatars, channel badges and pills (chips, priorities, counts) as pixmaps

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        """(base, small, bold) for the view's font, built once per font (`==` is cheaper than `key()`)."""
        last = self._last_fonts
        if last is not None and last[0] == base:
            return last[1]
        key = base.key()
        cached = self._font_cache.get(key)
        if cached is None:
            small = QFont(base)
            small.setPointSizeF(max(6.0, base.pointSizeF() - 1.5) if base.pointSizeF() > 0 else 8.0)
            bold = QFont(base)
            bold.setBold(True)
            cached = self._font_cache[key] = (QFont(base), small, bold)
        self._last_fonts = (QFont(base), cached)
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
        state = option.state.value if self.row_state is None else self.row_state
        parts, texts = self.parts, self.texts
        geo = parts.geometry(rect.width(), rect.height(), direction)
        painter.save()
        painter.translate(rect.left(), rect.top())  # everything below is in the row's own coordinates
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & SELECTED:
            painter.fillRect(geo.full, parts.selection)
        elif state & HOVERED:
            painter.fillRect(geo.full, parts.hover)
        painter.fillRect(geo.line, parts.border)  # not an antialiased drawLine: that cost more than a text
        base, small, bold = self._fonts(option.font)
        ratio = self.glyphs.ratio(painter)
        self.glyphs.avatar(painter, geo.avatar, conversation.contact.name, conversation.contact.id, base, ratio)
        self.glyphs.badge(painter, geo.badge, self._lookups.channel_kind(conversation), parts.base, ratio)
        unread = conversation.unread_count > 0
        sp = THEME.spacing

        # line 1: name … time
        when = parts.when(conversation.last_activity_at)
        time_w, placed = parts.piece(("time", when, geo, texts.key_of(small)), lambda: self._time(when, geo, small))
        if placed is not None:
            painter.setPen(parts.accent if unread else parts.faint)
            painter.setFont(small)
            painter.drawStaticText(*placed)
        name = conversation.contact.name or self._unknown
        name_rect = geo.rect(geo.left, 8, geo.content - time_w - sp.m, 20)
        if name_rect.width() > 0:
            painter.setPen(parts.text)
            shown, own = parts.shown(name)
            texts.draw(painter, name_rect, shown, bold if unread else base, direction if own is None else own,
                       self._leading[direction])

        # line 2: preview … unread badge
        badge_w = 0
        if unread:
            count = str(conversation.unread_count) if conversation.unread_count < 100 else "99+"
            badge_w, ops = parts.piece(("badge", count, geo, texts.key_of(small), ratio),
                                       lambda: self._badge(count, geo, small, ratio))
            replay(painter, ops)
        raw = preview_text(conversation)
        if conversation.last_message is not None and conversation.last_message.private:
            preview, own = self._note.replace("%1", bidi.inline(raw)), self._note_direction
            own = direction if own == Direction.LayoutDirectionAuto else own
        else:
            preview, found = parts.shown(raw)
            own = direction if found is None else found
        preview_rect = geo.rect(geo.left, 29, geo.content - badge_w - sp.m, 20)
        if preview and preview_rect.width() > 0:
            painter.setPen(parts.text if unread else parts.muted)
            texts.draw(painter, preview_rect, preview, base, own, self._leading[direction])

        # line 3: label chips … priority, assignee
        labels = conversation.labels
        assignee = conversation.assignee.name if conversation.assignee is not None else ""
        look = ("line 3", labels, tuple(map(self._lookups.label_color, labels)), assignee, conversation.priority, geo,
                texts.key_of(small), ratio)
        line = parts.piece(look, lambda: self._line3(look[2], labels, assignee, conversation.priority, geo, small,
                                                     ratio))
        painter.setFont(small)
        texts_at, pixmaps_at = line
        if texts_at:
            painter.setPen(parts.muted)
            for i in range(0, len(texts_at), 3):
                painter.drawStaticText(QPointF(texts_at[i], texts_at[i + 1]), texts_at[i + 2])
        for i in range(0, len(pixmaps_at), 3):
            painter.drawPixmap(pixmaps_at[i], pixmaps_at[i + 1], pixmaps_at[i + 2])
        painter.restore()

    def _time(self, when: str, geo: Geometry, font: QFont) -> tuple[int, tuple[QPointF, QStaticText] | None]:
        """The time's width (with its gap) and where its prepared text goes (None: nothing to paint)."""
        time_w = self.texts.advance(when, font) + THEME.spacing.s
        area = geo.rect(geo.left + geo.content - time_w, 8, time_w, 20)
        shown, own = self.parts.shown(when)
        if not when or not shown or time_w <= 0:
            return time_w, None
        direction = RTL if geo.rtl else LTR
        entry = self.texts.static(shown, time_w, font, direction if own is None else own)
        return time_w, (self.texts.origin(area, entry, self._trailing[direction]), entry[0])

    def _badge(self, count: str, geo: Geometry, font: QFont, ratio: float) -> tuple[int, Ops]:
        """The unread badge's width and painter calls."""
        sp, parts = THEME.spacing, self.parts
        badge_w = max(sp.badge_min, self.texts.advance(count, font) + 10)
        area = geo.rect(geo.left + geo.content - badge_w, 30, badge_w, sp.badge_min)
        entry = self.texts.static(count, -1, font, LTR)
        pixmap = self._rounded(("badge", count), area, ratio, sp.badge_min / 2, parts.unread_badge, parts.white,
                               font, entry)
        return badge_w, ((QPainter.drawPixmap, QPointF(area.topLeft()), pixmap),)

    def _rounded(self, key: tuple[Any, ...], area: QRect, ratio: float, radius: float, background: QColor,
                 color: QColor, font: QFont, entry: Entry | None) -> QPixmap:
        """A pill of `area`'s size (rounded rectangle in `background`, the prepared text `entry` centred on it in
        `color`) as a pixmap rendered once: chips, priorities and unread badges repeat from row to row."""
        def render(target: QPainter, local: QRectF) -> None:
            target.setPen(NO_PEN)
            target.setBrush(background)
            target.drawRoundedRect(local, radius, radius)
            if entry is not None:
                target.setPen(color)
                target.setFont(font)
                target.drawStaticText(self.texts.origin(local.toRect(), entry, CENTRE), entry[0])

        look = (*key, background.rgba(), color.rgba(), radius, self.texts.key_of(font))
        return self.glyphs.piece(look, area.width(), area.height(), ratio, render)

    def _line3(self, colors: tuple[str, ...], labels: tuple[str, ...], assignee: str, priority: Priority,
               geo: Geometry, font: QFont, ratio: float) -> Line:
        """Line 3 in `font`: assignee and priority pill at the trailing end, label chips from the leading end in
        the room left (a "+n" for those that do not fit), as (x, y, prepared text, …) drawn in the muted colour
        and (x, y, pixmap, …): two flat tuples, so the bounded table of lines keeps two objects a line for the
        garbage collector to track, not a dozen."""
        sp, parts, texts = THEME.spacing, self.parts, self.texts
        direction = RTL if geo.rtl else LTR
        left, width = geo.left, geo.content
        texts_at: list[Any] = []
        pixmaps_at: list[Any] = []
        used = 0
        if assignee:
            text_w = min(texts.advance(assignee, font) + sp.s, width // 3)
            shown, own = parts.shown(assignee)
            if shown and text_w > 0:
                entry = texts.static(shown, text_w, font, direction if own is None else own)
                area = geo.rect(left + width - text_w, 50, text_w, 16)
                origin = texts.origin(area, entry, self._trailing[direction])
                texts_at += (origin.x(), origin.y(), entry[0])
            used += text_w + sp.m
        pill = parts.pill(priority)
        if pill is not None:
            pill_w = texts.advance(pill.word, font) + 12
            area = geo.rect(left + width - used - pill_w, 50, pill_w, 16)
            own = direction if pill.direction is None else pill.direction
            word = texts.static(pill.word, -1, font, own) if pill.word else None
            pixmap = self._rounded(("pill", pill.word, own), area, ratio, 8, pill.tint, pill.color, font, word)
            pixmaps_at += (area.left(), area.top(), pixmap)
            used += pill_w + sp.s
        room, x, radius = width - used - sp.m, 0, sp.chip_radius
        for position, (title, color) in enumerate(zip(labels, colors, strict=True)):
            chip_w = texts.advance(title, font) + 12
            if x + chip_w > room:
                if x + 28 <= room:
                    area = geo.rect(left + x, 50, 28, 16)
                    entry = texts.static(f"+{len(labels) - position}", -1, font, LTR)
                    origin = texts.origin(area, entry, CENTRE)
                    texts_at += (origin.x(), origin.y(), entry[0])
                break
            area = geo.rect(left + x, 50, chip_w, 16)
            chip = parts.chip(title, color)
            title_text = texts.static(chip.text, -1, font, chip.direction) if chip.text else None
            pixmap = self._rounded(("chip", chip.text, chip.direction), area, ratio, radius, chip.background,
                                   chip.foreground, font, title_text)
            pixmaps_at += (area.left(), area.top(), pixmap)
            x += chip_w + sp.s
        return tuple(texts_at), tuple(pixmaps_at)
