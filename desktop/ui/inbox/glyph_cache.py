"""Avatars and channel badges of the conversation rows, painted once into pixmaps and then blitted.

`icons.paint_avatar` (an antialiased disc + shaped initials) and `icons.paint_channel_badge` (a disc, a
ring and a glyph path) cost ~50 µs a row; rows share few distinct ones (initials × eight colours, one
badge per channel kind), so they are rendered into a pixmap at the painter's device pixel ratio once and
drawn with `drawPixmap` afterwards. Bounded (least recently used first out): memory stays flat.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from desktop.domain.models import ChannelKind
from desktop.ui.inbox.icons import avatar_color, initials, paint_avatar, paint_channel_badge

MARGIN = 2.0  # room around a badge for its ring's pen


class GlyphCache:
    """Pixmaps of avatars and channel badges keyed by what they look like. Signals: none."""

    def __init__(self, limit: int = 128) -> None:
        self.limit = limit
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self.rendered = 0  # pixmaps painted so far (a test can tell a repaint rendered nothing)

    def __len__(self) -> int:
        return len(self._pixmaps)

    def avatar(self, painter: QPainter, rect: QRectF, name: str, seed: int, font: QFont) -> None:
        """`icons.paint_avatar(painter, rect, name, seed)` with `font` as the painter's font, cached."""
        key = ("avatar", initials(name), avatar_color(seed).rgba(), rect.width(), rect.height(), font.key(), self._ratio(painter))

        def render(target: QPainter, area: QRectF) -> None:
            target.setFont(font)
            paint_avatar(target, area, name, seed)

        self._draw(painter, key, rect, 0.0, render)

    def badge(self, painter: QPainter, rect: QRectF, kind: ChannelKind, ring: QColor) -> None:
        """`icons.paint_channel_badge(painter, rect, kind, ring=ring)`, cached."""
        key = ("badge", kind, rect.width(), rect.height(), ring.rgba(), self._ratio(painter))
        self._draw(painter, key, rect, MARGIN,
                   lambda target, area: paint_channel_badge(target, area, kind, ring=ring))

    @staticmethod
    def _ratio(painter: QPainter) -> float:
        device = painter.device()
        return device.devicePixelRatioF() if device is not None else 1.0

    def _draw(self, painter: QPainter, key: Hashable, rect: QRectF, margin: float,
              render: Callable[[QPainter, QRectF], None]) -> None:
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            ratio = self._ratio(painter)
            width, height = rect.width() + 2 * margin, rect.height() + 2 * margin
            pixmap = QPixmap(math.ceil(width * ratio), math.ceil(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            target = QPainter(pixmap)
            try:
                render(target, QRectF(margin, margin, rect.width(), rect.height()))
            finally:
                target.end()
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > self.limit:
                self._pixmaps.popitem(last=False)
            self.rendered += 1
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(QPointF(rect.left() - margin, rect.top() - margin), pixmap)
