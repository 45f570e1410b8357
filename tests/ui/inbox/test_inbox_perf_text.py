"""TextCache: one elision and one shaping per (text, width, font, direction); base direction kept; bounded.
RowParts.when: relative times shared between moments only where they cannot differ. shown_text: what
bidi.display_text and bidi.direction_of answer, without filling bidi's caches."""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from desktop.ui import bidi
from desktop.ui.inbox.paint_cache import TextCache
from desktop.ui.inbox.relative_time import relative_time
from desktop.ui.inbox.row_parts import RowParts, shown_text
from tests.support.glyph_order import load_corpus

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def paint(cache: TextCache, text: str, width: int, direction: Qt.LayoutDirection) -> None:
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        cache.draw(painter, QRect(10, 0, width, 40), text, QFont(), direction, Qt.AlignmentFlag.AlignLeft)
    finally:
        painter.end()


def test_texts_are_shaped_once_and_elided_to_their_width(qapp: Any) -> None:
    cache = TextCache()
    font = QFont()
    short, long = "Nada", "وين الأوردر؟ " * 20
    for _ in range(3):
        paint(cache, short, 200, LTR)
        paint(cache, long, 120, RTL)
    assert len(cache) == 2 and cache.prepared == 2  # shaped on the second paint, never again
    entries = {key[0]: value for key, value in cache._static.items()}
    static, width, _ = entries[long]
    assert width <= 120 and static.text().endswith("…") and len(static.text()) < len(long)
    assert static.textOption().textDirection() == RTL  # the text's own direction, not the UI's
    assert entries[short][0].text() == short and abs(entries[short][1] - cache.advance(short, font)) < 1
    paint(cache, long, 300, RTL)  # another width is another entry, elided less
    paint(cache, long, 300, RTL)
    assert len(cache) == 3 and cache.prepared == 3


def test_the_cache_stays_bounded(qapp: Any) -> None:
    cache = TextCache(limit=64)
    for number in range(500):
        paint(cache, f"conversation {number}", 200, LTR)
        paint(cache, f"conversation {number}", 200, LTR)
        cache.advance(f"label {number}", QFont())
    assert len(cache) == 64 and len(cache._advances) == 64 and len(cache._elided) <= 128


@pytest.mark.parametrize("zone", ["UTC", "Asia/Kathmandu", "America/St_Johns"])  # offsets of :00, :45, :30
def test_old_moments_share_a_relative_time_only_where_it_cannot_differ(qapp: Any, zone: str) -> None:
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        parts, now, rng = RowParts({}), time.time(), random.Random(5)
        stamps = [now - rng.uniform(6 * 86400, 400 * 86400) for _ in range(3000)]
        stamps += [now - 7 * 86400 - 900 - second for second in range(0, 3600, 7)]  # where sharing starts
        moments = [datetime.fromtimestamp(stamp, UTC) for stamp in stamps]
        assert [parts.when(moment) for moment in moments] == [relative_time(moment) for moment in moments]
        assert 0 < len(parts._quarters) < len(moments)  # some moments did share their quarter's answer
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_a_row_text_is_shown_as_bidi_shows_it_without_filling_bidi_caches(qapp: Any) -> None:
    texts = [sample.text for sample in load_corpus()]
    texts += ["\u202bمرحبا\u202c order 5", "123 " * 90 + "مرحبا", "", "   ", "📎", "a\n\nb\nc\nd\ne"]  # controls, long
    bidi.prepare_text.cache_clear()
    bidi.display_text.cache_clear()
    shown = [shown_text(text) for text in texts]
    assert bidi.prepare_text.cache_info().currsize == 0 and bidi.display_text.cache_info().currsize == 0
    auto = Qt.LayoutDirection.LayoutDirectionAuto
    expected = [(bidi.display_text(t), None if bidi.direction_of(t, auto) == auto else bidi.direction_of(t, auto))
                for t in texts]
    assert shown == expected
    assert {direction for _, direction in shown} == {LTR, RTL, None}
