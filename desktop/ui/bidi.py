"""Bidirectional text helpers: direction from content, Unicode isolates, per-row direction in delegates.

Rules (Qt 6 honours the Unicode isolates LRI/FSI…PDI; without them a phone inside Arabic reorders):
- A row or message takes its direction from its own text (first strong character, UAX #9 P2/P3),
  never from the UI language.
- Phone numbers, order ids, URLs and e-mail addresses inside text are wrapped in LRI…PDI so that
  `+966 50 123 4567` does not reorder inside Arabic.
- Interpolated user-generated values (names, titles) are wrapped in FSI…PDI: use `arg()` to fill
  `%1`, `%2`… placeholders of a translated template.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate
PDI = "\u2069"  # pop directional isolate
LRM = "\u200e"
RLM = "\u200f"
_ISOLATE_OPENERS = frozenset((LRI, RLI, FSI))
_EMBEDDING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e") | _ISOLATE_OPENERS | {PDI}

# Spans that must keep left-to-right order inside any paragraph. Order matters: URLs first.
_LTR_SPAN = re.compile(
    r"""
    (?P<url>\bhttps?://[^\s\u2066-\u2069]+)
  | (?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)
  | (?P<phone>(?<![\w+])\+?\d[\d \-().]{6,}\d(?!\w))
  | (?P<order>\#?\b[A-Za-z]{1,6}-?\d{3,}\b|\#\d{3,}\b)
    """,
    re.VERBOSE,
)


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character outside isolates, or None when there is none."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
            continue
        if ch == PDI:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


@lru_cache(maxsize=4096)
def _cached_direction(text: str) -> Qt.LayoutDirection | None:
    return strong_direction(text)


def direction_of(
    text: str, default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """Direction for a paragraph of `text`; `default` (usually the UI's) when it has no strong character."""
    found = _cached_direction(text[:200]) if len(text) > 200 else _cached_direction(text)
    return default if found is None else found


def is_rtl(text: str) -> bool:
    return strong_direction(text) == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """Wrap a user-generated value (a name, a label) for interpolation: FSI…PDI."""
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """Wrap a value that is always left-to-right (a phone number, an id, a URL): LRI…PDI."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate_spans(text: str) -> str:
    """Wrap every phone number, order id, URL and e-mail in `text` in LRI…PDI (idempotent)."""
    if not text or not any(ch.isdigit() or ch in "@:" for ch in text):
        return text
    out: list[str] = []
    pos = 0
    for match in _LTR_SPAN.finditer(text):
        start, end = match.span()
        if start > 0 and text[start - 1] == LRI:
            continue  # already isolated
        out.append(text[pos:start])
        out.append(isolate_ltr(match.group(0)))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def arg(template: str, *values: object) -> str:
    """Fill `%1`, `%2`… in a translated template with values wrapped in FSI…PDI isolates.

    Numbers are wrapped as well (they are weak characters and would otherwise attach to neighbours).
    Placeholders are replaced from the highest index down so `%1` never eats the start of `%10`.
    """
    result = template
    for index in range(len(values), 0, -1):
        value = values[index - 1]
        text = str(value)
        wrapped = isolate_ltr(text) if isinstance(value, int | float) else isolate(isolate_spans(text))
        result = result.replace(f"%{index}", wrapped)
    return result


def in_direction(text: str, direction: Qt.LayoutDirection) -> str:
    """Prefix a direction mark so a text made only of isolates (e.g. `arg("%1 · %2", …)`) takes the UI's
    direction instead of defaulting to left-to-right."""
    return (RLM if direction == Qt.LayoutDirection.RightToLeft else LRM) + text


def strip_controls(text: str) -> str:
    """Remove explicit bidi controls (for copying to the clipboard or comparing)."""
    return "".join(ch for ch in text if ch not in _EMBEDDING_CONTROLS and ch not in (LRM, RLM))


@lru_cache(maxsize=8192)
def display_text(text: str) -> str:
    """What a delegate paints for user text: one line, phones/ids/URLs isolated (cached: rows repaint)."""
    single = text.replace("\r", " ").replace("\n", " ").replace("\u2028", " ").replace("\u2029", " ")
    return isolate_spans(single)


# -- delegate helpers --------------------------------------------------------------------------------


def apply_row_direction(option: QStyleOptionViewItem, text: str) -> None:
    """Set a delegate's option direction from the row's own text (call from initStyleOption/paint)."""
    option.direction = direction_of(text, option.direction)


def text_option(direction: Qt.LayoutDirection, *, wrap: bool = False) -> QTextOption:
    """A QTextOption that paints a paragraph in `direction`, aligned to its leading edge."""
    option = QTextOption()
    option.setTextDirection(direction)
    option.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    return option


def leading_alignment(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """Absolute alignment to the leading edge of `direction` (the UI's), whatever the text's own direction:
    a row's text keeps its base direction (punctuation right) but lines up with the rest of the layout."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def trailing_alignment(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
