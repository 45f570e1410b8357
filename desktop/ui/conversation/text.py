"""Message text prepared for painting: paragraphs, direction from content, isolates, clickable links.

Message text is always plain text. `desktop.ui.bidi.prepare_text` (the one preparation every display path
uses) removes the sender's bidi controls, splits the text into paragraphs (QTextLayout does not break at
`\\n`) and wraps the spans that must read left-to-right whatever surrounds them (URLs, e-mails, phone
numbers, order ids, codes, IBANs) in LRI…PDI; each paragraph has its own direction from its own first strong
character. This module adds what a painted message needs on top: the positions of http/https links (only
those are ever clickable) in UTF-16 code units of their paragraph, the unit QTextLayout uses for cursor
positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.ui.bidi import LRI, PDI, paragraph_directions, prepare_text

_ISOLATED_URL = re.compile(LRI + r"(https?://[^\u2066-\u2069\s]+)" + PDI, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    """A clickable http/https link inside a prepared paragraph, in UTF-16 positions [start, end)."""

    start: int
    end: int
    url: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class PreparedParagraph:
    text: str  # what is laid out: isolates inserted
    direction: Qt.LayoutDirection
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class PreparedText:
    paragraphs: tuple[PreparedParagraph, ...]

    @property
    def direction(self) -> Qt.LayoutDirection:
        """The first paragraph's direction (the message's)."""
        return self.paragraphs[0].direction

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for p in self.paragraphs for link in p.links)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def prepare(text: str, fallback: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> PreparedText:
    """Paragraphs with isolates, their directions and links. Directions come from the text, not the UI."""
    paragraphs = prepare_text(text)
    directions = paragraph_directions(paragraphs, fallback)
    out: list[PreparedParagraph] = []
    for number, (paragraph, direction) in enumerate(zip(paragraphs, directions, strict=True)):
        links: list[Link] = []
        for match in _ISOLATED_URL.finditer(paragraph.text):
            start = utf16_len(paragraph.text[: match.start(1)])
            links.append(Link(start, start + utf16_len(match.group(1)), match.group(1), number))
        out.append(PreparedParagraph(paragraph.text, direction, tuple(links)))
    return PreparedText(tuple(out))


def link_at(prepared: PreparedText, position16: int, paragraph: int = 0) -> str | None:
    for link in prepared.links:
        if link.paragraph == paragraph and link.start <= position16 < link.end:
            return link.url
    return None
