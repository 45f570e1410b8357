"""Message text prepared for painting: direction from content, isolates, clickable links.

Message text is always plain text. `desktop.ui.bidi.isolate_spans` wraps the spans that must read
left-to-right whatever surrounds them (URLs, phone numbers, order ids, e-mail addresses) in LRI…PDI, so
`+966 50 123 4567` or `#SD-10422` inside Arabic text keep their order; this module adds what a painted
message needs on top: stray bidi controls from the sender removed, the paragraph direction from the text's
own first strong character, and the positions of http/https links (only those are ever clickable) in
UTF-16 code units, the unit QTextLayout uses for cursor positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.ui.bidi import LRI, PDI, direction_of, isolate_spans

_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ISOLATED_URL = re.compile(LRI + r"(https?://[^\u2066-\u2069\s]+)" + PDI, re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?)]}\u060c\u061b\u061f'\""


@dataclass(frozen=True, slots=True)
class Link:
    """A clickable http/https link inside prepared text, in UTF-16 positions [start, end)."""

    start: int
    end: int
    url: str


@dataclass(frozen=True, slots=True)
class PreparedText:
    text: str  # what is laid out: isolates inserted
    direction: Qt.LayoutDirection
    links: tuple[Link, ...]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _split_trailing_punctuation(text: str) -> str:
    """`see https://x.example/a.` → the full stop is not part of the URL."""
    def fix(match: re.Match[str]) -> str:
        url = match.group(1)
        tail = ""
        while url and url[-1] in _TRAILING_PUNCT:
            tail = url[-1] + tail
            url = url[:-1]
        return f"{LRI}{url}{PDI}{tail}"

    return _ISOLATED_URL.sub(fix, text)


def prepare(text: str, fallback: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> PreparedText:
    """Clean, isolate and find links. The direction comes from the text itself, not the UI language."""
    plain = _CONTROLS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    direction = direction_of(plain, fallback)
    shown = _split_trailing_punctuation(isolate_spans(plain))
    links: list[Link] = []
    for match in _ISOLATED_URL.finditer(shown):
        start = utf16_len(shown[: match.start(1)])
        links.append(Link(start, start + utf16_len(match.group(1)), match.group(1)))
    return PreparedText(shown, direction, tuple(links))


def link_at(prepared: PreparedText, position16: int) -> str | None:
    for link in prepared.links:
        if link.start <= position16 < link.end:
            return link.url
    return None
