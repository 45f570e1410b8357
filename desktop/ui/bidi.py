"""Bidirectional text: the one preparation of user text for display, direction from content, isolates.

Every place that shows customer or agent text (message bubbles, the conversation list's preview and
tooltip, the conversation header, tray notifications, the contact and order panels, the palette, saved-reply
previews) prepares it with `prepare_text` or one of its one-line/several-line forms (`display_text`,
`display_lines`, `inline`), so a fix to how a kind of token reads lands everywhere at once.

Rules:
- Text is split into paragraphs at line breaks (`\\n`, `\\r\\n`, U+2028, U+2029): QTextLayout does not break
  at `\\n`. Each paragraph takes its own direction from its first strong character outside the isolated
  tokens (UAX #9 P2/P3; an Arabic sentence that starts with an order id is still right-to-left), falling back
  to the text's first paragraph that has one, then to the caller's default (the UI's).
- Tokens that must read left to right whatever surrounds them are wrapped in LRI…PDI: URLs (without the
  punctuation after them: `.` `,` `،` `؛` `؟`…), e-mail addresses, IBANs, Latin codes with digits and hyphens
  (PO-2025-11873, RN-128GB-BLK, #SD-10422, EG123456789EG) and phone numbers: with the bracket around a
  country or area code inside the isolate ("(+20) 122 555 0199"), also when glued to an Arabic letter as the
  conjunction و or the preposition ب are written ("و0111 908 2231"), and each number on its own when two are
  joined by " - " or "و". A code right after Latin words ("Galaxy A55") is left as it is: it joins them in
  one left-to-right run by itself, and an isolate (a neutral) would cut it off them. Groups of Arabic-Indic digits (class AN) still run right to left inside an LTR
  isolate (the spaces between them resolve to R), so a left-to-right mark follows each group inside it.
- Explicit embeddings, overrides and isolates sent by a customer are removed before preparing.
- Interpolated user values (names, titles) are wrapped in FSI…PDI: use `arg()` to fill `%1`, `%2`…
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

# the controls and the span isolation live in bidi_spans; users of bidi read them from here as well
from desktop.ui.bidi_spans import FSI, ISOLATE_OPENERS, LRI, LRM, PDI, RLI, RLM, isolate_ltr, isolate_spans

PARAGRAPH_SEPARATOR = " \u21b5 "  # ↵ between the paragraphs of a text shown on one line
_EMBEDDING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e") | ISOLATE_OPENERS | {PDI}
_SENDER_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of `text`: split at every line break Python knows (\n, \r\n, U+2028, U+2029…), a
    trailing one ending the last paragraph rather than starting an empty one."""
    return text.splitlines() or [""]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of prepared text: what is laid out (tokens isolated) and its own base direction."""

    text: str
    direction: Qt.LayoutDirection | None  # None: no strong character in it (digits, emoji, empty)


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character outside isolates, or None when there is none."""
    depth = 0
    for ch in text:
        if ch in ISOLATE_OPENERS:
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
    return strong_direction(isolate_spans(text))


def direction_of(
    text: str, default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """Base direction of (the first paragraph of) `text`: its first strong character outside isolated tokens
    (an Arabic sentence starting with a phone number is right-to-left); `default` when it has none."""
    lines = paragraphs_of(text[:300])
    found = _cached_direction(lines[0])
    if found is None and len(lines) > 1:
        found = next((p.direction for p in prepare_text(text) if p.direction is not None), None)
    return default if found is None else found


def is_rtl(text: str) -> bool:
    return strong_direction(text) == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """Wrap a user-generated value (a name, a label) for interpolation: FSI…PDI."""
    return f"{FSI}{text}{PDI}" if text else text




@lru_cache(maxsize=8192)
def prepare_text(text: str) -> tuple[Paragraph, ...]:
    """THE preparation of user text for display: the sender's bidi controls removed, one `Paragraph` per
    line, each with its tokens isolated and its own direction (None when it has no strong character)."""
    plain = _SENDER_CONTROLS.sub("", text)
    paragraphs = []
    for line in paragraphs_of(plain):
        shown = isolate_spans(line)
        paragraphs.append(Paragraph(shown, strong_direction(shown)))
    return tuple(paragraphs)


def paragraph_directions(paragraphs: tuple[Paragraph, ...], default: Qt.LayoutDirection) -> list[Qt.LayoutDirection]:
    """Each paragraph's direction; one without a strong character follows the text's first one that has
    one (a phone number alone on a line of an Arabic message aligns right), else `default`."""
    first = next((p.direction for p in paragraphs if p.direction is not None), default)
    return [p.direction or first for p in paragraphs]


def _isolated(paragraph: Paragraph, direction: Qt.LayoutDirection) -> str:
    opener = RLI if direction == Qt.LayoutDirection.RightToLeft else LRI
    return f"{opener}{paragraph.text}{PDI}"


@lru_cache(maxsize=8192)
def display_text(text: str, max_paragraphs: int = 3) -> str:
    """User text on ONE line (list previews, tooltips' first lines, palette rows): its first non-empty
    paragraphs joined by a visible ↵, each isolated in its own direction. Lay it out with
    `direction_of(text)` as the base direction."""
    return one_line(prepare_text(text), max_paragraphs)


def one_line(prepared: tuple[Paragraph, ...], max_paragraphs: int = 3) -> str:
    """`display_text` of a text from its `prepare_text` paragraphs (for a caller that remembers the result
    itself and so needs neither cache)."""
    paragraphs = tuple(p for p in prepared if p.text.strip())
    if len(paragraphs) <= 1:
        return paragraphs[0].text.strip() if paragraphs else ""
    shown = paragraphs[:max_paragraphs]
    directions = paragraph_directions(shown, Qt.LayoutDirection.LeftToRight)
    joined = PARAGRAPH_SEPARATOR.join(_isolated(p, d) for p, d in zip(shown, directions, strict=True))
    return joined + (PARAGRAPH_SEPARATOR + "…" if len(paragraphs) > max_paragraphs else "")


@lru_cache(maxsize=2048)
def display_lines(text: str) -> str:
    """User text on SEVERAL lines of one label (tooltips, notifications, panels), whose base direction is the
    UI's: one line per paragraph, each isolated in its own direction so it reads right in either UI."""
    paragraphs = prepare_text(text)
    directions = paragraph_directions(paragraphs, Qt.LayoutDirection.LeftToRight)
    return "\n".join(_isolated(p, d) if p.text else "" for p, d in zip(paragraphs, directions, strict=True))


def document_text(text: str) -> str:
    """User text for a read-only QTextEdit/QTextDocument: one block per paragraph, tokens isolated; the
    document finds each block's direction from its first strong character outside isolates, as above."""
    return "\n".join(p.text for p in prepare_text(text))


def inline(text: str, max_paragraphs: int = 3) -> str:
    """User text to put inside a longer line or a label whose direction is the UI's (a name in a title, a
    preview line): prepared, on one line, in an isolate of its own direction (RLI/LRI: its paragraphs are
    isolates themselves, an FSI would find no strong character outside them); FSI when it has none."""
    shown = display_text(text, max_paragraphs)
    if not shown:
        return shown
    own = next((p.direction for p in prepare_text(text) if p.direction is not None), None)
    if own is None:
        return isolate(shown)
    return f"{RLI if own == Qt.LayoutDirection.RightToLeft else LRI}{shown}{PDI}"


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


# -- delegate helpers --------------------------------------------------------------------------------


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
