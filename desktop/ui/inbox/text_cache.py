"""Prepared one-line texts for painted rows: shape a (text, width, font, direction) once, repaint for free.

`QPainter.drawText` lays out and shapes its string on every call, and `QFontMetrics.elidedText` shapes it
once more; a conversation row paints ~7 texts, so a repaint of the visible rows (every event-loop turn
during a realtime burst, every hover) re-shaped ~100 strings. `TextCache` keeps, per text + available
width + font + base direction, the elided string prepared as a `QStaticText` (glyphs laid out once) and
draws it aligned in its rectangle; widths of short texts (chips, badges) are cached too.

The text's own base direction is part of the key and set on the layout, so per-row direction from content
and the bidi isolates in the text are kept exactly as before. Plain text only (never rich text).
The cache is bounded: when full, the oldest half is dropped (insertion order).
"""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText, QTextOption, QTransform

Align = Qt.AlignmentFlag
_Key = tuple[str, int, str, Qt.LayoutDirection]


class TextCache:
    """Elided, shaped one-line texts and text widths, keyed by text, width, font and direction."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._texts: dict[_Key, tuple[QStaticText, float, float]] = {}
        self._advances: dict[tuple[str, str], int] = {}
        self._metrics: dict[str, QFontMetrics] = {}
        self._font_keys: dict[int, tuple[QFont, str]] = {}  # id → (the font, kept alive; its key)
        self.prepared = 0  # texts shaped so far (a test can tell a repaint shaped nothing)

    def __len__(self) -> int:
        return len(self._texts)

    def clear(self) -> None:
        self._texts.clear()
        self._advances.clear()
        self._metrics.clear()
        self._font_keys.clear()

    def _key_of(self, font: QFont) -> str:
        """`font.key()` without asking Qt each time (the delegate paints with the same few fonts)."""
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
            if len(self._advances) >= self.limit:
                self._drop(self._advances)
            width = self._advances[key] = self.metrics(font).horizontalAdvance(text)
        return width

    def draw(self, painter: QPainter, rect: QRect, text: str, font: QFont, direction: Qt.LayoutDirection,
             align: Align, *, elide: bool = True) -> None:
        """Paint `text` on one line in `rect` with base `direction`, elided at the end (right in LTR, left
        in RTL) to the rectangle's width, placed by the absolute horizontal `align` (left, right or centre)
        and centred vertically. Uses the painter's pen; sets its font."""
        if not text or rect.width() <= 0:
            return
        key = (text, rect.width() if elide else -1, self._key_of(font), direction)
        entry = self._texts.get(key)
        if entry is None:
            entry = self._prepare(key, font)
        static, width, height = entry
        if align & Align.AlignHCenter:
            x = rect.left() + (rect.width() - width) / 2
        elif align & Align.AlignRight:
            x = rect.left() + rect.width() - width
        else:
            x = float(rect.left())
        painter.setFont(font)
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - height) / 2), static)

    def _prepare(self, key: _Key, font: QFont) -> tuple[QStaticText, float, float]:
        text, width = key[0], key[1]
        if width >= 0:
            metrics = self.metrics(font)
            if len(text) * metrics.maxWidth() <= width:  # short: shape once, elide only if it overflows
                entry = self._store(key, text, font)
                if entry[1] <= width:
                    return entry
            # no glyph is narrower than a pixel: a longer text cannot fit, so do not shape all of it
            head = text if len(text) <= width + 1 else text[: width + 1]
            elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)
            if elided == head and head is not text:  # zero-width marks: the cut text fits after all
                elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            text = elided
        return self._store(key, text, font)

    def _store(self, key: _Key, text: str, font: QFont) -> tuple[QStaticText, float, float]:
        direction = key[3]
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        option = QTextOption()
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        static.setTextOption(option)
        static.prepare(QTransform(), font)
        size = static.size()
        entry = (static, size.width(), size.height())
        if len(self._texts) >= self.limit:
            self._drop(self._texts)
        self._texts[key] = entry
        self.prepared += 1
        return entry

    def _drop(self, table: dict) -> None:  # type: ignore[type-arg]
        for key in list(islice(table, len(table) // 2 or 1)):
            del table[key]
