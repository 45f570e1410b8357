"""Prepared one-line texts for painted rows: elide a (text, width, font, direction) once, shape it once.

`QPainter.drawText` lays out and shapes its string on every call, and `QFontMetrics.elidedText` shapes it
once more; a conversation row paints ~7 texts, so a repaint of the visible rows (every frame during a
realtime burst, every hover) re-shaped ~100 strings. `TextCache` remembers, per text + available width +
font + base direction, the elided string; a text painted a second time is prepared as a `QStaticText`
(glyphs laid out once) and blitted from then on. A text seen once (a row scrolled past) is painted with
`drawText` as before, so scrolling through fresh rows pays nothing extra. Widths of short texts (chips,
badges) are cached too.

The text's own base direction is part of the key and set on the layout, so per-row direction from content
and the bidi isolates in the text are kept exactly as before. Plain text only (never rich text).
Bounded least-recently-used tables: memory stays flat over a shift.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText, QTextOption, QTransform

Align = Qt.AlignmentFlag
_Key = tuple[str, int, str, Qt.LayoutDirection]


def _bounded_put(table: OrderedDict, key: object, value: object, limit: int) -> None:  # type: ignore[type-arg]
    table[key] = value
    if len(table) > limit:
        table.popitem(last=False)


class TextCache:
    """Elided strings, shaped one-line texts and text widths, keyed by text, width, font and direction."""

    def __init__(self, limit: int = 1024) -> None:
        self.limit = limit
        self._elided: OrderedDict[_Key, str] = OrderedDict()  # seen once: the elided string
        self._static: OrderedDict[_Key, tuple[QStaticText, float, float]] = OrderedDict()  # seen again
        self._advances: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._metrics: dict[str, QFontMetrics] = {}
        self._font_keys: dict[int, tuple[QFont, str]] = {}  # id → (the font, kept alive; its key)
        self.prepared = 0  # texts shaped into QStaticText so far (a test can tell a repaint shaped nothing)

    def __len__(self) -> int:
        return len(self._static)

    def clear(self) -> None:
        for table in (self._elided, self._static, self._advances, self._metrics, self._font_keys):
            table.clear()

    def _key_of(self, font: QFont) -> str:
        """`font.key()` without asking Qt each time (the delegate paints with the same few, unchanged fonts)."""
        known = self._font_keys.get(id(font))
        if known is None or known[0] is not font:
            if len(self._font_keys) >= 64:
                self._font_keys.clear()
            known = self._font_keys[id(font)] = (font, font.key())
        return known[1]

    def metrics(self, font: QFont) -> QFontMetrics:
        key = self._key_of(font)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetrics(font)
        return metrics

    def advance(self, text: str, font: QFont) -> int:
        """`QFontMetrics.horizontalAdvance`, cached."""
        key = (text, self._key_of(font))
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
        if not text or rect.width() <= 0:
            return
        key = (text, rect.width() if elide else -1, self._key_of(font), direction)
        painter.setFont(font)
        entry = self._static.get(key)
        if entry is None:
            shown = self._elided.pop(key, None)
            if shown is None:  # first sight: elide, remember, paint as drawText always did
                shown = self._elide(text, rect.width(), font) if elide else text
                _bounded_put(self._elided, key, shown, 2 * self.limit)
                option = QTextOption(align | Align.AlignVCenter)
                option.setTextDirection(direction)
                option.setWrapMode(QTextOption.WrapMode.NoWrap)
                painter.drawText(QRectF(rect), shown, option)
                return
            entry = self._prepare(key, shown, font)  # seen again: shape once for good
        else:
            self._static.move_to_end(key)
        static, width, height = entry
        if align & Align.AlignHCenter:
            x = rect.left() + (rect.width() - width) / 2
        elif align & Align.AlignRight:
            x = rect.left() + rect.width() - width
        else:
            x = float(rect.left())
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - height) / 2), static)

    def _elide(self, text: str, width: int, font: QFont) -> str:
        metrics = self.metrics(font)
        # no glyph is narrower than a pixel: a longer text cannot fit, so do not shape all of it
        head = text if len(text) <= width + 1 else text[: width + 1]
        elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)
        if elided == head and head is not text:  # zero-width marks: the cut text fits after all
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided

    def _prepare(self, key: _Key, text: str, font: QFont) -> tuple[QStaticText, float, float]:
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
