"""The parts of a conversation row that repeat from row to row, prepared once and replayed.

Scrolling a page shows a dozen rows never painted before; what each of them costs is what a frame costs.
What is new in such a row is its contact's name and its preview; the rest repeats (times, unread counts,
assignees, priorities, label chips) and is prepared once here:

- `shown_text`: a user text's one-line display form and its own base direction from ONE bidi preparation
  (`bidi.display_text` and `bidi.direction_of` each isolated the tokens of the same line otherwise).
- `Geometry`: the row's fixed rectangles for one width, height and direction, in the row's own coordinates
  (the delegate translates the painter to the row), mirrored for right-to-left as `QStyle.visualRect` does.
- `RowParts`: colours, chips, pills, relative times, prepared texts, and pieces for one look (`Ops`: the
  painter calls of the unread badge, replayed as they are; the label/priority/assignee line: see the delegate).

Every table is bounded. Signals: none.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktop.domain.models import Priority
from desktop.ui import bidi
from desktop.ui.inbox.relative_time import relative_time
from desktop.ui.theme import THEME, chip_text_color, label_color

Direction = Qt.LayoutDirection
Ops = tuple[tuple[Any, ...], ...]  # (an unbound QPainter method, its arguments after the painter), in order
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")  # the sender's bidi controls `bidi.prepare_text` removes
_DIRECTION_SCAN = 300  # `bidi.direction_of` looks at this many characters
_prepare = bidi.prepare_text.__wrapped__  # `bidi.prepare_text` without its cache
_AUTO = Direction.LayoutDirectionAuto
_QUARTER, _A_WEEK = 900, 7 * 86400  # seconds; `relative_time` shows the date alone from 6 days on


def shown_text(text: str) -> tuple[str, Direction | None]:
    """`(bidi.display_text(text), bidi.direction_of(text, default))` with None standing for the default.

    Without the sender's bidi controls and within the characters `direction_of` looks at, its direction is
    the first of the prepared paragraphs' directions that is not None: the same line, prepared the same way,
    so ONE preparation answers both. It is made without bidi's own caches (`RowParts.shown` remembers the
    answer): a row scrolled past does not leave its prepared paragraphs in them, ~2 objects for the garbage
    collector to track a text, 8,192 texts' worth kept after a long scroll."""
    paragraphs = _prepare(text)
    display = bidi.one_line(paragraphs)
    if len(text) <= _DIRECTION_SCAN and not _CONTROLS.search(text):
        return display, next((p.direction for p in paragraphs if p.direction is not None), None)
    found = bidi.direction_of(text, _AUTO)
    return display, None if found == _AUTO else found


def replay(painter: QPainter, ops: Ops) -> None:
    for op in ops:
        op[0](painter, *op[1:])


@dataclass(frozen=True, slots=True, eq=False)
class Geometry:
    """A row's fixed rectangles in its own coordinates (0, 0 at its top left) for one size and direction
    (compared and hashed by identity: one per size and direction, see `RowParts.geometry`)."""

    width: int
    height: int
    rtl: bool
    left: int  # where the texts start, from the leading edge
    content: int  # the texts' width
    full: QRect
    line: QRect  # the separator at the bottom
    avatar: QRectF
    badge: QRectF

    @classmethod
    def of(cls, width: int, height: int, direction: Direction) -> Geometry:
        sp = THEME.spacing
        rtl = direction == Direction.RightToLeft
        left = sp.l + sp.avatar + sp.m + 2
        badge_at = sp.l + sp.avatar - 12

        def mirrored(x: int, y: int, w: int, h: int) -> QRectF:
            return QRectF(width - x - w if rtl else x, y, w, h)

        return cls(width, height, rtl, left, width - left - sp.l, QRect(0, 0, width, height),
                   QRect(0, height - 1, width, 1), mirrored(sp.l, sp.l, sp.avatar, sp.avatar),
                   mirrored(badge_at, badge_at, 16, 16))

    def rect(self, x: int, y: int, w: int, h: int) -> QRect:
        """`QStyle.visualRect(direction, row, QRect(x, y, w, h))` in the row's coordinates."""
        return QRect(self.width - x - w if self.rtl else x, y, w, h)


@dataclass(frozen=True, slots=True)
class Chip:
    """A label chip: the isolated title, its own direction, its colours."""

    text: str
    direction: Direction
    background: QColor
    foreground: QColor


@dataclass(frozen=True, slots=True)
class Pill:
    """A priority pill: the translated word, its direction (None: the UI's), its colours."""

    word: str
    direction: Direction | None
    color: QColor
    tint: QColor


def _bounded_put(table: OrderedDict, key: object, value: object, limit: int) -> None:  # type: ignore[type-arg]
    table[key] = value
    if len(table) > limit:
        table.popitem(last=False)


class RowParts:
    """Colours, chips, pills, relative times, prepared texts and replayable pieces of conversation rows."""

    def __init__(self, priority_names: dict[Priority, str], limit: int = 1024) -> None:
        self.limit = limit
        self.text = QColor(THEME.text)
        self.muted = QColor(THEME.muted)
        self.faint = QColor(THEME.faint)
        self.accent = QColor(THEME.accent)
        self.border = QColor(THEME.border)
        self.selection = QColor(THEME.selection)
        self.hover = QColor(THEME.hover)
        self.base = QColor(THEME.base)
        self.unread_badge = QColor(THEME.unread_badge)
        self.white = QColor("#ffffff")
        self._pills: dict[Priority, Pill | None] = {}
        for priority in Priority:
            color = THEME.priority_color(priority)
            if color is None:
                self._pills[priority] = None
                continue
            tint = QColor(color)
            tint.setAlpha(36)
            word = priority_names.get(priority, "")
            own = bidi.direction_of(word, _AUTO)
            self._pills[priority] = Pill(word, None if own == _AUTO else own, color, tint)
        self._chips: OrderedDict[tuple[str, str], Chip] = OrderedDict()
        self._shown: OrderedDict[str, tuple[str, Direction | None]] = OrderedDict()
        self._geometries: dict[tuple[int, int, Direction], Geometry] = {}
        self._pieces: OrderedDict[Hashable, Any] = OrderedDict()
        self._times: dict[datetime | None, str] = {}
        self._quarters: dict[int, str] = {}  # quarter of an hour since the epoch → the date of its old moments
        self._minute = 0

    def geometry(self, width: int, height: int, direction: Direction) -> Geometry:
        key = (width, height, direction)
        geometry = self._geometries.get(key)
        if geometry is None:
            if len(self._geometries) >= 16:
                self._geometries.clear()
            geometry = self._geometries[key] = Geometry.of(width, height, direction)
        return geometry

    def piece(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """What `build()` made for `key` the last time (a placed text, the painter calls of a piece)."""
        piece = self._pieces.get(key)
        if piece is None:
            piece = build()
            _bounded_put(self._pieces, key, piece, self.limit)
        else:
            self._pieces.move_to_end(key)
        return piece

    def pill(self, priority: Priority) -> Pill | None:
        return self._pills.get(priority)

    def chip(self, title: str, hex_color: str) -> Chip:
        """The chip of label `title` in colour `hex_color`."""
        key = (title, hex_color)
        chip = self._chips.get(key)
        if chip is None:
            background = label_color(hex_color)
            chip = Chip(bidi.isolate(title), bidi.direction_of(title), background, chip_text_color(background))
            _bounded_put(self._chips, key, chip, self.limit)
        return chip

    def shown(self, text: str) -> tuple[str, Direction | None]:
        """`shown_text(text)`, remembered for the texts painted most recently (names, assignees, previews)."""
        entry = self._shown.get(text)
        if entry is None:
            entry = shown_text(text)
            _bounded_put(self._shown, text, entry, self.limit)
        return entry

    def when(self, moment: datetime | None) -> str:
        """`relative_time(moment)`, remembered within the current minute. A moment over a week old is shown as
        its local date alone, the same for every moment of its quarter of an hour (every time zone's offset is
        a whole number of quarters: no local midnight falls inside one), so those share one answer."""
        now = time.time()
        minute = int(now // 60)
        if minute != self._minute:
            self._times.clear()
            self._quarters.clear()
            self._minute = minute
        text = self._times.get(moment)
        if text is None:
            stamp = moment.timestamp() if moment is not None else now
            quarter = int(stamp // _QUARTER) if now - stamp > _A_WEEK + _QUARTER else None
            text = self._quarters.get(quarter) if quarter is not None else None
            if text is None:
                text = relative_time(moment)
                if quarter is not None:
                    self._quarters[quarter] = text
            self._times[moment] = text
        return text
