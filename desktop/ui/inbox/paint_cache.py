"""Painting helpers of the conversation list: shaped texts and glyph pixmaps (the frame-paced repaints are
`repaint_pacer.RepaintPacer`).

- `TextCache`: `QPainter.drawText` lays out and shapes its string on every call and
  `QFontMetrics.elidedText` shapes it once more; a row paints ~7 texts, so a repaint of the visible rows
  (every frame during a realtime burst, every hover) re-shaped ~100 strings. The cache remembers, per
  text + available width + font + base direction, the elided string; a text painted a second time is
  prepared as a `QStaticText` (glyphs laid out once) and blitted from then on. A text seen once (a row
  scrolled past) is painted with `drawText` as before, so scrolling through fresh rows pays nothing extra.
  The text's own base direction is part of the key and set on the layout, so per-row direction from content
  and the bidi isolates are kept exactly as before. Plain text only (never rich text).
- `GlyphCache`: avatars (`icons.paint_avatar`), channel badges (`icons.paint_channel_badge`) and the row's
  pills (label chips, priorities, unread badges: an antialiased rounded rectangle and a text each) rendered
  once into pixmaps at the painter's device pixel ratio, then drawn with `drawPixmap`.

All tables are bounded least-recently-used: memory stays flat over a shift. Signals: none.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPixmap,
    QStaticText,
    QTextOption,
    QTransform,
)

from desktop.domain.models import ChannelKind
from desktop.ui.inbox.icons import avatar_color_name, initials, paint_avatar, paint_channel_badge

Align = Qt.AlignmentFlag
_Key = tuple[str, int, str, Qt.LayoutDirection]
Entry = tuple[QStaticText, float, float]  # a prepared text, its width and height


def _bounded_put(table: OrderedDict, key: object, value: object, limit: int) -> None:  # type: ignore[type-arg]
    table[key] = value
    if len(table) > limit:
        table.popitem(last=False)


class TextCache:
    """Elided strings, shaped one-line texts and text widths, keyed by text, width, font and direction."""

    def __init__(self, limit: int = 1024) -> None:
        self.limit = limit
        self._elided: OrderedDict[_Key, str] = OrderedDict()  # seen once: the elided string
        self._static: OrderedDict[_Key, Entry] = OrderedDict()  # seen again
        self._advances: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._metrics: dict[str, QFontMetrics] = {}
        self._font_keys: dict[int, tuple[QFont, str]] = {}  # id → (the font, kept alive; its key)
        self._places: dict[Align, Align] = {}
        self._options: dict[tuple[Align, Qt.LayoutDirection], QTextOption] = {}
        self.prepared = 0  # texts shaped into QStaticText so far (a test can tell a repaint shaped nothing)

    def __len__(self) -> int:
        return len(self._static)

    def clear(self) -> None:
        for table in (self._elided, self._static, self._advances, self._metrics, self._font_keys):
            table.clear()

    def key_of(self, font: QFont) -> str:
        """`font.key()` without asking Qt each time (the delegate paints with the same few, unchanged fonts)."""
        known = self._font_keys.get(id(font))
        if known is None or known[0] is not font:
            if len(self._font_keys) >= 64:
                self._font_keys.clear()
            known = self._font_keys[id(font)] = (font, font.key())
        return known[1]

    def metrics(self, font: QFont) -> QFontMetrics:
        key = self.key_of(font)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetrics(font)
        return metrics

    def advance(self, text: str, font: QFont) -> int:
        """`QFontMetrics.horizontalAdvance`, cached."""
        key = (text, self.key_of(font))
        width = self._advances.get(key)
        if width is None:
            width = self.metrics(font).horizontalAdvance(text)
            _bounded_put(self._advances, key, width, self.limit)
        return width

    def draw(self, painter: QPainter, rect: QRect, text: str, font: QFont, direction: Qt.LayoutDirection,
             align: Align, *, elide: bool = True) -> None:
        """Paint `text` on one line in `rect` with base `direction`, elided at the end (right in LTR, left
        in RTL) to the rectangle's width, placed by the absolute horizontal `align` (left, right or centre)
        and centred vertically. Uses the painter's pen; sets its font."""
        width = rect.width()
        if not text or width <= 0:
            return
        key = (text, width if elide else -1, self.key_of(font), direction)
        painter.setFont(font)
        entry = self._static.get(key)
        if entry is None:
            shown = self._elided.pop(key, None)
            if shown is None:  # first sight: elide, remember, paint as drawText always did
                shown = self._elide(text, width, font) if elide else text
                _bounded_put(self._elided, key, shown, 2 * self.limit)
                painter.drawText(QRectF(rect), shown, self._option(align, direction))
                return
            entry = self._prepare(key, shown, font)  # seen again: shape once for good
        else:
            self._static.move_to_end(key)
        painter.drawStaticText(self.origin(rect, entry, align), entry[0])

    def static(self, text: str, width: int, font: QFont, direction: Qt.LayoutDirection) -> Entry:
        """`text` elided to `width` (-1: not elided) and shaped at once, for texts that repeat from row to row
        (times, counts, assignees, priorities, labels): (the QStaticText, its width, its height)."""
        key = (text, width, self.key_of(font), direction)
        entry = self._static.get(key)
        if entry is None:
            shown = self._elided.pop(key, None)
            if shown is None:
                shown = self._elide(text, width, font) if width >= 0 else text
            entry = self._prepare(key, shown, font)
        else:
            self._static.move_to_end(key)
        return entry

    def origin(self, rect: QRect, entry: Entry, align: Align) -> QPointF:
        """Where `drawStaticText` puts a prepared text (`static()`) placed in `rect` as `draw` places it."""
        place = self._placement(align)
        text_width, height = entry[1], entry[2]
        if place is Align.AlignHCenter:
            x = rect.left() + (rect.width() - text_width) / 2
        elif place is Align.AlignRight:
            x = rect.left() + rect.width() - text_width
        else:
            x = float(rect.left())
        return QPointF(x, rect.top() + (rect.height() - height) / 2)

    def _placement(self, align: Align) -> Align:
        """Which of centre, right or left `align` places a text at (flag arithmetic is slow in Python)."""
        place = self._places.get(align)
        if place is None:
            place = self._places[align] = (Align.AlignHCenter if align & Align.AlignHCenter else
                                           Align.AlignRight if align & Align.AlignRight else Align.AlignLeft)
        return place

    def _option(self, align: Align, direction: Qt.LayoutDirection) -> QTextOption:
        """The text option a first-sight text is drawn with: `align` centred vertically, one line."""
        option = self._options.get((align, direction))
        if option is None:
            option = QTextOption(align | Align.AlignVCenter)
            option.setTextDirection(direction)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            self._options[(align, direction)] = option
        return option

    def _elide(self, text: str, width: int, font: QFont) -> str:
        metrics = self.metrics(font)
        # no glyph is narrower than a pixel: a longer text cannot fit, so do not shape all of it
        head = text if len(text) <= width + 1 else text[: width + 1]
        elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)
        if elided == head and head is not text:  # zero-width marks: the cut text fits after all
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided

    def _prepare(self, key: _Key, text: str, font: QFont) -> Entry:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        option = QTextOption()
        option.setTextDirection(key[3])
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        static.setTextOption(option)
        static.prepare(QTransform(), font)
        size = static.size()
        entry = (static, size.width(), size.height())
        _bounded_put(self._static, key, entry, self.limit)
        self.prepared += 1
        return entry


MARGIN = 2.0  # room around a badge for its ring's pen


class GlyphCache:
    """Pixmaps of avatars and channel badges keyed by what they look like. Signals: none."""

    def __init__(self, limit: int = 256) -> None:
        self.limit = limit  # avatars (initials × colour); badges (a few kinds) have a table of their own
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._badges: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._pieces: OrderedDict[Hashable, QPixmap] = OrderedDict()  # chips, pills, unread badges
        self._font_keys: dict[int, tuple[QFont, str]] = {}  # id → (the font, kept alive; its key)
        self.rendered = 0  # pixmaps painted so far (a test can tell a repaint rendered nothing)

    def __len__(self) -> int:
        return len(self._pixmaps) + len(self._badges) + len(self._pieces)

    def avatar(self, painter: QPainter, rect: QRectF, name: str, seed: int, font: QFont,
               ratio: float | None = None) -> None:
        """`icons.paint_avatar(painter, rect, name, seed)` with `font` as the painter's font, cached (`ratio`:
        the painter's device pixel ratio, when the caller knows it)."""
        ratio = self.ratio(painter) if ratio is None else ratio
        known = self._font_keys.get(id(font))
        if known is None or known[0] is not font:
            if len(self._font_keys) >= 64:
                self._font_keys.clear()
            known = self._font_keys[id(font)] = (font, font.key())
        key = (initials(name), avatar_color_name(seed), rect.width(), rect.height(), known[1], ratio)

        def render(target: QPainter, area: QRectF) -> None:
            target.setFont(font)
            paint_avatar(target, area, name, seed)

        self._draw(painter, self._pixmaps, key, rect, 0.0, ratio, render)

    def badge(self, painter: QPainter, rect: QRectF, kind: ChannelKind, ring: QColor,
              ratio: float | None = None) -> None:
        """`icons.paint_channel_badge(painter, rect, kind, ring=ring)`, cached."""
        ratio = self.ratio(painter) if ratio is None else ratio
        key = (kind, rect.width(), rect.height(), ring.rgba(), ratio)
        self._draw(painter, self._badges, key, rect, MARGIN, ratio,
                   lambda target, area: paint_channel_badge(target, area, kind, ring=ring))

    @staticmethod
    def ratio(painter: QPainter) -> float:
        device = painter.device()
        return device.devicePixelRatioF() if device is not None else 1.0

    def _draw(self, painter: QPainter, table: OrderedDict[Hashable, QPixmap], key: Hashable, rect: QRectF,
              margin: float, ratio: float, render: Callable[[QPainter, QRectF], None]) -> None:
        pixmap = self._pixmap(table, key, rect.width(), rect.height(), margin, ratio, render)
        painter.drawPixmap(QPointF(rect.left() - margin, rect.top() - margin), pixmap)

    def piece(self, key: Hashable, width: float, height: float, ratio: float,
              render: Callable[[QPainter, QRectF], None]) -> QPixmap:
        """`render` (a chip, a pill, the unread badge: antialiased shapes and text) into a transparent pixmap
        of `width` × `height` at device pixel ratio `ratio`, once per `key`: drawn with one `drawPixmap`."""
        return self._pixmap(self._pieces, (key, width, height, ratio), width, height, 0.0, ratio, render)

    def _pixmap(self, table: OrderedDict[Hashable, QPixmap], key: Hashable, width: float, height: float,
                margin: float, ratio: float, render: Callable[[QPainter, QRectF], None]) -> QPixmap:
        pixmap = table.get(key)
        if pixmap is None:
            pixmap = QPixmap(math.ceil((width + 2 * margin) * ratio), math.ceil((height + 2 * margin) * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            target = QPainter(pixmap)
            try:
                target.setRenderHint(QPainter.RenderHint.Antialiasing)
                render(target, QRectF(margin, margin, width, height))
            finally:
                target.end()
            _bounded_put(table, key, pixmap, self.limit)
            self.rendered += 1
        else:
            table.move_to_end(key)
        return pixmap
