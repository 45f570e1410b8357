"""Row geometry of a message in the timeline, computed once per (message, width) and cached.

A row is: an optional date separator, then either an activity line (centred, no bubble) or a bubble
(optional header line for private notes and agents' names, the text, the attachments, a meta line with
time and delivery state). Geometry is computed in left-to-right logical coordinates; the delegate
mirrors it with `QStyle.visualRect` in a right-to-left UI. Text layouts (`QTextLayout`) are built only
for rows that are painted or primed; `estimate_height` answers for the others without shaping any text,
so `sizeHint` stays cheap for 1,000 rows.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption

from desktop.domain.models import Attachment, AttachmentKind, Message, MessageType
from desktop.ui.bidi import paragraphs_of
from desktop.ui.conversation.text import PreparedText, prepare

MARGIN = 12  # outer, left and right
PAD = 8  # inside a bubble
GAP = 6  # between rows
LINE_GAP = 2
DAY_EXTRA = 14  # vertical room around the date separator's text
THUMB_W, THUMB_H = 240, 160
MAX_BUBBLE = 640
CACHE_SIZE = 1500  # text layouts kept (LRU)
MAX_HEIGHTS = 20_000  # exact row heights remembered


@dataclass(slots=True)
class TextBlock:
    """A message's text: one QTextLayout per paragraph (QTextLayout does not break at `\n`), each in its own
    direction and aligned to its own leading edge, lines positioned in block coordinates (top = 0)."""

    layouts: list[QTextLayout]
    prepared: PreparedText
    height: int
    natural_width: int
    width: int  # the line width the paragraphs were laid out in
    centred: bool = False  # activity lines

    def shift(self, paragraph: int, inner: int) -> float:
        """Horizontal offset of a paragraph drawn in a box `inner` wide: right-to-left lines end at its right
        edge (they were aligned right in the full `width`)."""
        rtl = self.prepared.paragraphs[paragraph].direction == Qt.LayoutDirection.RightToLeft
        return -(self.width - inner) if rtl and not self.centred else 0.0

    def draw(self, painter: QPainter, origin: QPointF, inner: int) -> None:
        for number, layout in enumerate(self.layouts):
            layout.draw(painter, origin + QPointF(self.shift(number, inner), 0))

    def position_at(self, x: float, y: float, inner: int) -> tuple[int, int] | None:
        """(paragraph, UTF-16 position) of the character under block coordinates (x, y), if any."""
        for number, layout in enumerate(self.layouts):
            px = x - self.shift(number, inner)
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if line.y() <= y < line.y() + line.height() and line.x() <= px <= line.x() + line.naturalTextWidth():
                    return number, line.xToCursor(px, line.CursorPosition.CursorOnCharacter)
        return None


@dataclass(slots=True)
class RowGeometry:
    """Everything the delegate paints and hit-tests, relative to the row's top-left, LTR logical."""

    height: int
    day_rect: QRect | None
    bubble: QRect  # for activity rows: the text rect
    header: QRect | None
    text_origin: QPointF  # the text box's top-left (see `TextBlock.draw`)
    text: TextBlock | None
    attachments: list[tuple[QRect, Attachment]] = field(default_factory=list)
    meta: QRect = field(default_factory=QRect)
    text_inner: int = 0  # the text box's width


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under the mouse: kind is 'link' (payload: url), 'attachment' (Attachment) or 'retry' (echo_id)."""

    kind: str
    payload: object


def is_outgoing(message: Message) -> bool:
    return message.message_type in (MessageType.OUTGOING, MessageType.TEMPLATE)


def thumb_size(attachment: Attachment) -> QSize:
    if attachment.width and attachment.height and attachment.width > 0 and attachment.height > 0:
        scale = min(THUMB_W / attachment.width, THUMB_H / attachment.height, 1.0)
        return QSize(max(48, round(attachment.width * scale)), max(48, round(attachment.height * scale)))
    return QSize(THUMB_W, THUMB_H)


def is_image(attachment: Attachment) -> bool:
    return attachment.kind == AttachmentKind.IMAGE


class RowLayouter:
    """Builds and caches text layouts and row heights for one font and one viewport width."""

    def __init__(self, font: QFont) -> None:
        self._texts: OrderedDict[tuple[object, ...], TextBlock] = OrderedDict()
        self._heights: dict[tuple[object, ...], int] = {}
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.fm = QFontMetrics(self.font)
        self.small_fm = QFontMetrics(self.small)
        self._avg = max(1.0, self.fm.averageCharWidth() * 1.08)
        self._texts.clear()
        self._heights.clear()

    # -- widths ------------------------------------------------------------------------------------
    @staticmethod
    def bubble_max(width: int) -> int:
        return max(160, min(int(width * 0.75), MAX_BUBBLE))

    def text_width(self, message: Message, width: int) -> int:
        if message.message_type == MessageType.ACTIVITY:
            return max(80, width - 2 * MARGIN - 40)
        return self.bubble_max(width) - 2 * PAD

    # -- text ----------------------------------------------------------------------------------------
    def shown_text(self, message: Message, deleted_text: str) -> str:
        return deleted_text if message.deleted else message.content

    def text_block(self, message: Message, width: int, deleted_text: str = "") -> TextBlock | None:
        content = self.shown_text(message, deleted_text)
        if not content:
            return None
        text_w = self.text_width(message, width)
        key = (message.key, content, text_w, message.message_type == MessageType.ACTIVITY)
        block = self._texts.get(key)
        if block is not None:
            self._texts.move_to_end(key)
            return block
        activity = message.message_type == MessageType.ACTIVITY
        prepared = prepare(content)
        font = self.small if activity else self.font
        layouts: list[QTextLayout] = []
        y = 0.0
        natural = 0.0
        for paragraph in prepared.paragraphs:
            layout = QTextLayout(paragraph.text, font)
            option = QTextOption()
            option.setTextDirection(paragraph.direction)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            if activity:
                option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            else:  # absolute: QTextLayout does not resolve AlignLeading from the text direction
                rtl = paragraph.direction == Qt.LayoutDirection.RightToLeft
                option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(text_w)
                line.setPosition(QPointF(0, y))
                y += line.height()
                natural = max(natural, line.naturalTextWidth())
            layout.endLayout()
            layouts.append(layout)
        block = TextBlock(layouts, prepared, math.ceil(y), min(text_w, math.ceil(natural) + 1), text_w, activity)
        self._texts[key] = block
        while len(self._texts) > CACHE_SIZE:
            self._texts.popitem(last=False)
        return block

    # -- heights -------------------------------------------------------------------------------------
    def _height_key(self, message: Message, width: int, has_day: bool) -> tuple[object, ...]:
        return (message.key, message.content, message.deleted, len(message.attachments), has_day, width,
                message.private, message.message_type)

    def estimate_height(self, message: Message, width: int, has_day: bool, deleted_text: str = "") -> int:
        """Height without shaping text: exact when the row was laid out before, else an estimate."""
        known = self._heights.get(self._height_key(message, width, has_day))
        if known is not None:
            return known
        content = self.shown_text(message, deleted_text)
        text_w = self.text_width(message, width)
        activity = message.message_type == MessageType.ACTIVITY
        line_h = (self.small_fm if activity else self.fm).lineSpacing()
        lines = 0
        if content:
            for paragraph in paragraphs_of(content):  # the paragraphs `prepare` makes
                lines += max(1, math.ceil(len(paragraph) * self._avg / text_w))
        return self._chrome_height(message, has_day, lines * line_h)

    def _chrome_height(self, message: Message, has_day: bool, text_h: int) -> int:
        height = GAP
        if has_day:
            height += self.small_fm.height() + DAY_EXTRA
        if message.message_type == MessageType.ACTIVITY:
            return height + text_h + PAD
        if self.header_text_needed(message):
            height += self.small_fm.height() + LINE_GAP
        height += 2 * PAD + text_h
        for attachment in message.attachments:
            height += LINE_GAP + (thumb_size(attachment).height() if is_image(attachment) else self.fm.height() + 4)
        height += LINE_GAP + self.small_fm.height()
        return height

    @staticmethod
    def header_text_needed(message: Message) -> bool:
        return message.private or (is_outgoing(message) and message.sender is not None)

    # -- geometry ------------------------------------------------------------------------------------
    def geometry(
        self, message: Message, width: int, has_day: bool, *, header_w: int, meta_w: int, deleted_text: str = ""
    ) -> RowGeometry:
        """Exact geometry (lays out the text if needed) and remembers the exact height for sizeHint."""
        block = self.text_block(message, width, deleted_text)
        text_h = block.height if block else 0
        height = self._chrome_height(message, has_day, text_h)
        if len(self._heights) > MAX_HEIGHTS:  # bounded over a long shift (many conversations, resizes)
            self._heights.clear()
        self._heights[self._height_key(message, width, has_day)] = height
        y = GAP // 2
        day_rect = None
        if has_day:
            day_h = self.small_fm.height() + DAY_EXTRA
            day_rect = QRect(MARGIN, y, width - 2 * MARGIN, day_h)
            y += day_h
        if message.message_type == MessageType.ACTIVITY:
            text_w = self.text_width(message, width)
            rect = QRect((width - text_w) // 2, y, text_w, text_h + PAD)
            return RowGeometry(height, day_rect, rect, None, QPointF(rect.x(), y + PAD // 2), block,
                               text_inner=text_w)
        inner = max(block.natural_width if block else 0, header_w, meta_w)
        attachments_h: list[tuple[int, Attachment, int]] = []
        for attachment in message.attachments:
            size = thumb_size(attachment) if is_image(attachment) else None
            w = size.width() if size else min(self.text_width(message, width), 260)
            h = size.height() if size else self.fm.height() + 4
            inner = max(inner, w)
            attachments_h.append((h, attachment, w))
        inner = min(inner, self.text_width(message, width))
        bubble_w = inner + 2 * PAD
        x = width - MARGIN - bubble_w if is_outgoing(message) else MARGIN
        bubble = QRect(x, y, bubble_w, height - y - GAP // 2)
        cy = y + PAD
        header = None
        if self.header_text_needed(message):
            header = QRect(x + PAD, cy, inner, self.small_fm.height())
            cy += self.small_fm.height() + LINE_GAP
        origin = QPointF(x + PAD, cy)
        cy += text_h
        placed: list[tuple[QRect, Attachment]] = []
        for h, attachment, w in attachments_h:
            cy += LINE_GAP
            placed.append((QRect(x + PAD, cy, w, h), attachment))
            cy += h
        meta = QRect(x + PAD, cy + LINE_GAP, inner, self.small_fm.height())
        return RowGeometry(height, day_rect, bubble, header, origin, block, placed, meta, inner)
