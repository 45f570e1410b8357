"""Channel glyphs and avatars painted with QPainter (no image files needed, crisp at any DPI).

`paint_channel_badge()` draws a small coloured disc with a white glyph per channel kind (WhatsApp,
Messenger, Instagram, web, e-mail, SMS, Telegram, API); `paint_avatar()` draws the initials avatar the
list and the conversation header use; `channel_icon()` renders a badge into a QIcon for combo boxes.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.domain.models import ChannelKind
from desktop.ui.theme import THEME

_AVATAR_COLORS = ("#5b8def", "#e0671f", "#2d9b5a", "#8a4fff", "#d62976", "#229ed9", "#c98a0b", "#6b7a8c")


def initials(name: str) -> str:
    """Up to two initials of `name` (works for Arabic: the first letter of the first two words)."""
    words = [w for w in name.replace("+", " ").split() if w and w[0].isalpha()]
    if not words:
        digits = [c for c in name if c.isdigit()]
        return "".join(digits[-2:]) or "?"
    letters = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_color_name(seed: int) -> str:
    """The '#rrggbb' of the avatar colour of `seed` (a contact's id)."""
    return _AVATAR_COLORS[seed % len(_AVATAR_COLORS)]


def avatar_color(seed: int) -> QColor:
    return QColor(avatar_color_name(seed))


def paint_avatar(painter: QPainter, rect: QRectF, name: str, seed: int) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(seed))
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.38)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def _glyph(kind: ChannelKind, r: QRectF) -> tuple[QPainterPath, bool]:
    """The glyph path inside `r` and whether it is stroked (True) or filled (False)."""
    path = QPainterPath()
    cx, cy, w, h = r.center().x(), r.center().y(), r.width(), r.height()
    if kind in (ChannelKind.WHATSAPP, ChannelKind.SMS):
        path.addEllipse(QRectF(cx - w * 0.3, cy - h * 0.3, w * 0.6, h * 0.58))
        tail = QPainterPath()
        tail.moveTo(cx - w * 0.22, cy + h * 0.14)
        tail.lineTo(cx - w * 0.32, cy + h * 0.34)
        tail.lineTo(cx - w * 0.05, cy + h * 0.26)
        path = path.united(tail)
        return path, kind is ChannelKind.WHATSAPP
    if kind is ChannelKind.MESSENGER:
        path.moveTo(cx - w * 0.28, cy + h * 0.12)
        path.lineTo(cx - w * 0.06, cy - h * 0.12)
        path.lineTo(cx + w * 0.04, cy + h * 0.02)
        path.lineTo(cx + w * 0.28, cy - h * 0.14)
        path.lineTo(cx + w * 0.06, cy + h * 0.12)
        path.lineTo(cx - w * 0.04, cy - h * 0.02)
        path.closeSubpath()
        return path, False
    if kind is ChannelKind.INSTAGRAM:
        path.addRoundedRect(QRectF(cx - w * 0.27, cy - h * 0.27, w * 0.54, h * 0.54), w * 0.14, h * 0.14)
        path.addEllipse(QPointF(cx, cy), w * 0.12, h * 0.12)
        return path, True
    if kind is ChannelKind.EMAIL:
        box = QRectF(cx - w * 0.28, cy - h * 0.2, w * 0.56, h * 0.4)
        path.addRect(box)
        path.moveTo(box.topLeft())
        path.lineTo(cx, cy + h * 0.04)
        path.lineTo(box.topRight())
        return path, True
    if kind is ChannelKind.TELEGRAM:
        path.moveTo(cx - w * 0.3, cy)
        path.lineTo(cx + w * 0.3, cy - h * 0.26)
        path.lineTo(cx + w * 0.14, cy + h * 0.28)
        path.lineTo(cx - w * 0.04, cy + h * 0.08)
        path.closeSubpath()
        return path, False
    if kind is ChannelKind.WEB:
        path.addEllipse(QPointF(cx, cy), w * 0.28, h * 0.28)
        path.addEllipse(QPointF(cx, cy), w * 0.12, h * 0.28)
        path.moveTo(cx - w * 0.28, cy)
        path.lineTo(cx + w * 0.28, cy)
        return path, True
    # API / other: a pair of angle brackets
    path.moveTo(cx - w * 0.06, cy - h * 0.22)
    path.lineTo(cx - w * 0.26, cy)
    path.lineTo(cx - w * 0.06, cy + h * 0.22)
    path.moveTo(cx + w * 0.06, cy - h * 0.22)
    path.lineTo(cx + w * 0.26, cy)
    path.lineTo(cx + w * 0.06, cy + h * 0.22)
    return path, True


def paint_channel_badge(painter: QPainter, rect: QRectF, kind: ChannelKind, *, ring: QColor | None = None) -> None:
    """A disc in the channel's colour with a white glyph; `ring` draws a separating outline."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ring, 1.5) if ring is not None else Qt.PenStyle.NoPen)
    painter.setBrush(THEME.channel_color(kind))
    painter.drawEllipse(rect)
    path, stroked = _glyph(kind, rect)
    if stroked:
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, rect.width() / 11)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawPath(path)
    painter.restore()


@lru_cache(maxsize=32)
def channel_icon(kind: ChannelKind, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_channel_badge(painter, QRectF(0, 0, size, size), kind)
    painter.end()
    return QIcon(pixmap)
