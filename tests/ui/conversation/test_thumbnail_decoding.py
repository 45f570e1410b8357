"""Attachment thumbnails are decoded at thumbnail size (`thumbnails.read_thumbnail`), for downloaded and
local images alike: a customer's photo is never decoded whole on the UI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from desktop.ui.conversation.thumbnails import THUMB_SIZE, read_thumbnail


def encoded(width: int, height: int, color: str, image_format: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, image_format)
    return bytes(buffer.data().data())


def test_a_large_photo_is_read_at_thumbnail_size_with_its_aspect(qapp: Any) -> None:
    thumb = read_thumbnail(encoded(4000, 3000, "#d93f3f", "JPG"))  # 4:3, as a phone takes it
    assert thumb.size() == QSize(240, 180) == THUMB_SIZE
    assert thumb.pixelColor(120, 90).red() > 200 and thumb.pixelColor(120, 90).green() < 90
    tall = read_thumbnail(encoded(1000, 3000, "#1f93ff", "PNG"))  # a screenshot: height-bound
    assert tall.size() == QSize(60, 180)


def test_a_small_image_keeps_its_size_and_garbage_reads_as_nothing(qapp: Any) -> None:
    assert read_thumbnail(encoded(100, 50, "#000000", "PNG")).size() == QSize(100, 50)
    assert read_thumbnail(b"not an image at all").isNull()
    assert read_thumbnail(b"").isNull()
