"""Painting one attachment inside a message bubble (the delegate's helper), and the file's name and size.

A file is shown by its name (the title, else the last part of its URL) and its size. An image is its
thumbnail from the `ThumbnailCache` (downloaded; or, for a file still in the outbox, made from the local
bytes under `local_key(echo_id, index)`), at the bubble's leading edge, else a placeholder box saying why
("Loading image…", "Image could not be loaded", or the file name while the message is not sent). Any other
file is an icon and its name and size: underlined (a link) once the server has it, plain while on its way.
Texts are translated in the delegate's context ("MessageDelegate"), as literal `translate` calls (lupdate
finds those, not calls through a helper).

Signals: none (plain functions).
"""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle

from desktop.domain.models import Attachment
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.conversation.layout import RowLayouter, is_image
from desktop.ui.conversation.thumbnails import ThumbnailCache, local_key
from desktop.ui.theme import THEME


def file_name(attachment: Attachment) -> str:
    if attachment.title:
        return attachment.title
    tail = attachment.data_url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    return unquote(tail) or attachment.kind.value


def human_size(size: int | None) -> str:
    if not size:
        return ""
    units = ["B", "KB", "MB", "GB"]
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def thumbnail_key(attachment: Attachment, echo_id: str | None, index: int) -> tuple[str, bool]:
    """The cache key of an image attachment's thumbnail and whether it is local (not on the server yet)."""
    url = attachment.thumb_url or attachment.data_url
    return (url, False) if url else (local_key(echo_id, index), True)


def paint_attachment(painter: QPainter, rect: QRect, attachment: Attachment, *, rows: RowLayouter,
                     thumbs: ThumbnailCache | None, direction: Qt.LayoutDirection, echo_id: str | None,
                     index: int) -> None:
    painter.setFont(rows.small if is_image(attachment) else rows.font)
    if is_image(attachment):
        _paint_image(painter, rect, attachment, rows, thumbs, direction, echo_id, index)
    else:
        _paint_file(painter, rect, attachment, rows, direction)


def _paint_image(painter: QPainter, rect: QRect, attachment: Attachment, rows: RowLayouter,
                 thumbs: ThumbnailCache | None, direction: Qt.LayoutDirection, echo_id: str | None,
                 index: int) -> None:
    key, local = thumbnail_key(attachment, echo_id, index)
    pixmap = thumbs.pixmap(key) if thumbs else None
    if pixmap is not None and not pixmap.isNull():
        size = pixmap.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop  # the bubble's leading edge
        painter.drawPixmap(QStyle.alignedRect(direction, leading, size, rect), pixmap)
        return
    painter.setPen(QPen(QColor(THEME.border)))
    painter.setBrush(QColor(THEME.alt_base))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(QColor(THEME.muted))
    if local:  # on its way: nothing to download, say which file it is
        inner = rect.adjusted(6, 0, -6, 0)
        name = isolate(file_name(attachment))
        name = rows.small_fm.elidedText(name, Qt.TextElideMode.ElideMiddle, inner.width())
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), name)
        return
    failed = thumbs is not None and thumbs.is_failed(key)
    if thumbs is not None and not failed:
        thumbs.request(key)
    if failed:
        label = QCoreApplication.translate("MessageDelegate", "Image could not be loaded")
    else:
        label = QCoreApplication.translate("MessageDelegate", "Loading image…")
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), label)


def _paint_file(painter: QPainter, rect: QRect, attachment: Attachment, rows: RowLayouter,
                direction: Qt.LayoutDirection) -> None:
    icon = QStyle.visualRect(direction, rect, QRect(rect.x(), rect.y() + 2, 12, rect.height() - 4))
    linked = bool(attachment.data_url)
    painter.setPen(QPen(QColor(THEME.accent if linked else THEME.muted)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(icon.adjusted(1, 1, -1, -1))
    text_rect = QStyle.visualRect(direction, rect, rect.adjusted(18, 0, 0, 0))
    size = human_size(attachment.file_size)
    label = isolate(file_name(attachment)) + (f"  {isolate_ltr(size)}" if size else "")
    font = QFont(rows.font)
    font.setUnderline(linked)
    painter.setFont(font)
    fm = QFontMetrics(font)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                     fm.elidedText(label, Qt.TextElideMode.ElideMiddle, text_rect.width()))
