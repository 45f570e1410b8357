"""Glyph-order checker: reads what Qt lays out (glyph runs with their string indexes and positions) and
says whether each left-to-right token of a text is drawn contiguous and in logical order, each paragraph in
its expected direction and on its own visual line.

The corpus (`bidi_corpus.txt` beside this module) marks the tokens that must read left to right with ⟦…⟧
and writes line breaks as `\\n`; `load_corpus()` returns the raw strings with the token ranges. The checker
never looks at how the app prepared the text: it aligns the raw string with the drawn one (which may have
isolates, marks and separators inserted, and may be elided) and judges only glyph positions.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

CORPUS = Path(__file__).with_name("bidi_corpus.txt")
OPEN, CLOSE = "⟦", "⟧"  # a token: left to right, in one piece, not deciding the paragraph's direction
PHRASE_OPEN, PHRASE_CLOSE = "⟪", "⟫"  # English words: left to right, in one piece, counting as text
_BREAKS = frozenset("\n\r\u2028\u2029")
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@dataclass(frozen=True, slots=True)
class Sample:
    """A corpus string: the raw text and the [start, end) ranges of its left-to-right tokens."""

    text: str
    tokens: tuple[tuple[int, int], ...]  # every marked span
    neutral: tuple[tuple[int, int], ...] = ()  # the ⟦…⟧ ones

    def token_text(self, token: tuple[int, int]) -> str:
        return self.text[token[0]:token[1]]

    def paragraphs(self) -> list[tuple[int, int]]:
        """[start, end) of each paragraph of the raw text."""
        spans, start = [], 0
        for i, ch in enumerate(self.text):
            if ch in _BREAKS:
                spans.append((start, i))
                start = i + 1
        spans.append((start, len(self.text)))
        return spans

    def part(self, span: tuple[int, int]) -> Sample:
        """The sample restricted to [start, end) (a paragraph), tokens moved with it."""
        start, end = span

        def keep(tokens: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
            return tuple((a - start, b - start) for a, b in tokens if start <= a and b <= end)

        return Sample(self.text[start:end], keep(self.tokens), keep(self.neutral))

    def expected_direction(self, paragraph: tuple[int, int]) -> Qt.LayoutDirection | None:
        """First strong character of the paragraph outside the marked tokens (what a reader expects)."""
        inside = {i for s, e in self.neutral for i in range(s, e)}
        for i in range(*paragraph):
            if i in inside:
                continue
            kind = unicodedata.bidirectional(self.text[i])
            if kind == "L":
                return LTR
            if kind in ("R", "AL"):
                return RTL
        return None


def directions(sample: Sample, default: Qt.LayoutDirection) -> list[Qt.LayoutDirection]:
    """The direction a reader expects for each paragraph: its own, else the text's first, else `default`."""
    own = [sample.expected_direction(p) for p in sample.paragraphs()]
    first = next((d for d in own if d is not None), default)
    return [d or first for d in own]


def parse(line: str) -> Sample:
    line = line.replace("\\n", "\n")
    text: list[str] = []
    tokens: list[tuple[int, int]] = []
    neutral: list[tuple[int, int]] = []
    start = -1
    for ch in line:
        if ch in (OPEN, PHRASE_OPEN):
            start = len(text)
        elif ch in (CLOSE, PHRASE_CLOSE):
            tokens.append((start, len(text)))
            if ch == CLOSE:
                neutral.append((start, len(text)))
        else:
            text.append(ch)
    return Sample("".join(text), tuple(tokens), tuple(neutral))


def load_corpus() -> list[Sample]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [parse(line) for line in lines if line.strip() and not line.startswith("#")]


def lay_out(text: str, font: QFont, direction: Qt.LayoutDirection, width: float | None = None,
            alignment: Qt.AlignmentFlag | None = None) -> QTextLayout:
    """What QPainter.drawText / QLabel / QStaticText do with `text`: one QTextLayout, the base direction set,
    Qt's line separator at `\\n` (as QPainter does), no wrap unless a width is given."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if width else QTextOption.WrapMode.NoWrap)
    if alignment is not None:
        option.setAlignment(alignment)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width or 100_000)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
          | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions)


class Glyphs:
    """Where Qt draws the characters of a laid-out text, read from its glyph runs.

    A glyph run's string indexes are not reliable here (a run shaped with a fallback font reports one index
    for all its glyphs), so positions are asked for a range of characters at a time (`glyphRuns(from, n)`)."""

    def __init__(self, layout: QTextLayout) -> None:
        self.layout = layout
        self.tops = sorted({layout.lineAt(i).y() for i in range(layout.lineCount())})
        self._x: dict[int, tuple[float, float] | None] = {}
        self._utf16 = [0]  # Python index → UTF-16 position (Qt's): emoji take two units
        for ch in layout.text():
            self._utf16.append(self._utf16[-1] + (2 if ord(ch) > 0xFFFF else 1))

    def _top(self, y: float) -> float:
        return max((t for t in self.tops if t <= y + 0.01), default=0.0)

    def of(self, index: int) -> tuple[float, float] | None:
        """(x, line top) of the leftmost glyph drawn for the character at `index`, None if none is drawn."""
        if index not in self._x:
            start, end = self._utf16[index], self._utf16[index + 1]
            points = [(p.x(), self._top(p.y())) for run in self.layout.glyphRuns(start, end - start, _FLAGS)
                      for p in run.positions()]
            self._x[index] = min(points) if points else None
        return self._x[index]

    def in_ranges(self, ranges: list[tuple[int, int]]) -> list[tuple[float, float]]:
        """(x, line top) of every glyph drawn for the characters in the [start, end) ranges."""
        u = self._utf16
        return [(p.x(), self._top(p.y())) for start, end in ranges if end > start
                for run in self.layout.glyphRuns(u[start], u[end] - u[start], _FLAGS) for p in run.positions()]


def _align_from(raw: str, drawn: str, first: int) -> dict[int, int]:
    mapping: dict[int, int] = {}
    i = 0
    for j in range(first, len(drawn)):
        ch = drawn[j]
        while i < len(raw) and raw[i] in _BREAKS and ch != raw[i]:
            i += 1
        if i >= len(raw):
            break
        if raw[i] == ch:
            mapping[i] = j
            i += 1
    return mapping


def align(raw: str, drawn: str) -> dict[int, int]:
    """Raw index → index in the drawn string. Characters inserted by the preparation (controls, marks, the
    paragraph separator) and by the path (a template around the text) are skipped; raw line breaks may be
    missing (replaced by a separator); an elided drawn string maps only its visible head. Of the ways the raw
    text fits in the drawn one, the tightest that maps the most characters."""
    head = raw.lstrip()
    if not head:
        return {}
    starts = [j for j, ch in enumerate(drawn) if ch == head[0]] or [0]
    best: dict[int, int] = {}
    best_key = (0, 0)
    for first in starts:
        mapping = _align_from(raw, drawn, first)
        if mapping:
            key = (len(mapping), -(max(mapping.values()) - min(mapping.values())))
            if key > best_key:
                best, best_key = mapping, key
    return best


def _visible(ch: str) -> bool:
    return not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Mn")


def _visible_runs(drawn: str, skip: set[int]) -> list[tuple[int, int]]:
    runs, start = [], None
    for j, ch in enumerate(drawn + " "):
        keep = j < len(drawn) and j not in skip and _visible(ch)
        if keep and start is None:
            start = j
        elif not keep and start is not None:
            runs.append((start, j))
            start = None
    return runs


def token_problems(sample: Sample, drawn: str, layout: QTextLayout, where: str) -> tuple[list[str], int]:
    """Problems with the marked tokens as drawn; and how many tokens were fully drawn (hence checked)."""
    mapping = align(sample.text, drawn)
    glyphs = Glyphs(layout)
    problems: list[str] = []
    checked = 0
    for token in sample.tokens:
        indexes = [i for i in range(*token) if _visible(sample.text[i])]
        if not indexes or any(i not in mapping for i in indexes):
            continue  # elided away or not drawn by this path
        placed = [glyphs.of(mapping[i]) for i in indexes]
        if any(p is None for p in placed):
            continue
        checked += 1
        points = [p for p in placed if p is not None]
        if any(b[1] < a[1] or (b[1] == a[1] and b[0] < a[0]) for a, b in itertools.pairwise(points)):  # fi, ff: one glyph
            problems.append(f"{where}: {sample.token_text(token)!r} is not in logical left-to-right order")
            continue
        inside = {mapping[i] for i in range(*token) if i in mapping}
        by_line: dict[float, list[float]] = {}
        for x, top in points:
            by_line.setdefault(top, []).append(x)
        for x, top in glyphs.in_ranges(_visible_runs(drawn, inside)):
            xs = by_line.get(top)
            if xs and min(xs) < x < max(xs):
                problems.append(f"{where}: something else is drawn inside {sample.token_text(token)!r}")
                break
    return problems, checked


def order_problems(spans: list[tuple[int, int]], sample: Sample, drawn: str, layout: QTextLayout,
                   direction: Qt.LayoutDirection, where: str) -> list[str]:
    """Spans of raw text (paragraphs shown on one line) follow each other in `direction`, each apart."""
    mapping = align(sample.text, drawn)
    glyphs = Glyphs(layout)
    boxes = []
    for start, end in spans:
        drawn_at = sorted(mapping[i] for i in range(start, end) if i in mapping)
        xs = [x for x, _top in glyphs.in_ranges([(drawn_at[0], drawn_at[-1] + 1)])] if drawn_at else []
        if xs:
            boxes.append((min(xs), max(xs)))
    for (a_min, a_max), (b_min, b_max) in itertools.pairwise(boxes):
        after = b_min > a_max if direction == LTR else b_max < a_min
        if not after:
            return [f"{where}: its paragraphs are not drawn one after the other ({direction.name})"]
    return []


def reading_problems(sample: Sample, span: tuple[int, int], drawn: str, layout: QTextLayout,
                     direction: Qt.LayoutDirection, where: str) -> list[str]:
    """The paragraph `span` reads in `direction`: its first and last strong characters of that direction
    outside the marked tokens are drawn first-to-last in it (right to left for Arabic), on its first line."""
    mapping = align(sample.text, drawn)
    glyphs = Glyphs(layout)
    inside = {i for s, e in sample.tokens for i in range(s, e)}
    wanted = ("L",) if direction == LTR else ("R", "AL")
    strong = [i for i in range(*span) if i not in inside and i in mapping
              and unicodedata.bidirectional(sample.text[i]) in wanted]
    ends = [glyphs.of(mapping[i]) for i in strong[:1] + strong[-1:]]
    placed = [p for p in ends if p is not None]
    placed = [p for p in placed if p[1] == placed[0][1]]  # both on the first line it is on
    if len(placed) < 2 or placed[0][0] == placed[-1][0]:
        return []
    reads_ltr = placed[0][0] < placed[-1][0]
    if reads_ltr != (direction == LTR):
        return [f"{where}: {sample.text[span[0]:span[1]][:40]!r} does not read {direction.name}"]
    return []


_CLOSING_PUNCTUATION = frozenset(".,;:!?\u060c\u061b\u061f")


def sequence_problems(sample: Sample, drawn: str, layout: QTextLayout, where: str) -> list[str]:
    """Tokens follow each other in their paragraph's reading direction (two phone numbers joined by " - " or
    و: the first one on the right in Arabic), and punctuation right after a token (a URL followed by ، or ؟)
    is drawn after it in that direction, not on its other side. Paragraphs without a letter of their own are
    skipped (their direction is borrowed)."""
    mapping = align(sample.text, drawn)
    glyphs = Glyphs(layout)
    problems: list[str] = []

    def box(start: int, end: int) -> tuple[float, float, float] | None:
        points = [glyphs.of(mapping[i]) for i in range(start, end) if i in mapping and _visible(sample.text[i])]
        placed = [p for p in points if p is not None]
        if not placed or len({p[1] for p in placed}) > 1:
            return None  # not drawn, or wrapped over lines
        return min(p[0] for p in placed), max(p[0] for p in placed), placed[0][1]

    for span in sample.paragraphs():
        direction = sample.expected_direction(span)
        if direction is None:
            continue
        tokens = [t for t in sample.neutral if span[0] <= t[0] and t[1] <= span[1]]
        for first, second in itertools.pairwise(tokens):
            between = sample.text[first[1]:second[0]]
            if any(unicodedata.bidirectional(ch) == "L" for ch in between):
                continue  # Latin words between them: they read as one left-to-right phrase
            a, b = box(*first), box(*second)
            if a is None or b is None or a[2] != b[2]:
                continue
            ordered = a[1] < b[0] if direction == LTR else b[1] < a[0]
            if not ordered:
                problems.append(f"{where}: {sample.token_text(first)!r} and {sample.token_text(second)!r} are "
                                f"drawn in the wrong order for a {direction.name} paragraph")
        for token in tokens:
            after = token[1]
            if after < span[1] and sample.text[after] in _CLOSING_PUNCTUATION:
                a, mark = box(*token), box(after, after + 1)
                if a is None or mark is None or a[2] != mark[2]:
                    continue
                right_side = mark[0] > a[1]
                if right_side != (direction == LTR):
                    problems.append(f"{where}: {sample.text[after]!r} after {sample.token_text(token)!r} is drawn "
                                    f"on the wrong side")
    return problems
