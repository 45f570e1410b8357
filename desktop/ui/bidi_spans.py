"""Left-to-right spans inside user text: which tokens must keep left-to-right order whatever surrounds them
(URLs, e-mail addresses, IBANs, Latin codes, phone numbers), and their wrapping in LRI…PDI. The rules are
stated in `desktop.ui.bidi`, which prepares every text shown through `isolate_spans` here."""

from __future__ import annotations

import re

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate
PDI = "\u2069"  # pop directional isolate
LRM = "\u200e"
RLM = "\u200f"
ISOLATE_OPENERS = frozenset((LRI, RLI, FSI))
_ARABIC_INDIC_GROUP = re.compile("[\u0660-\u0669]+(?=[^\u0660-\u0669])")
_URL_TAIL = ".,;:!?)]}'\"\u060c\u061b\u061f\u06d4\u00bb\u2026"

# Spans that must keep left-to-right order inside any paragraph. Order matters: the first alternative wins.
_LTR_SPAN = re.compile(
    r"""
    (?P<url>(?:\b[Hh][Tt][Tt][Pp][Ss]?://|\bwww\.)[^\s\u2066-\u2069<>"]+)
  | (?P<email>(?<![A-Za-z0-9._%+\u2069-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
  | (?P<iban>(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:\ ?[A-Z0-9]{4}){3,7}(?:\ ?[A-Z0-9]{1,3})?(?![A-Za-z0-9]))
  | (?P<code>(?<![A-Za-z\d#/_.\u2069-])(?:\#|(?=[A-Za-z\d_/-]*[A-Za-z])(?=[A-Za-z\d_/-]*\d))
        [A-Za-z\d]+(?:[-_/][A-Za-z\d]+)*(?![A-Za-z\d]))
  | (?P<phone>(?<![A-Za-z\d+#./\u2069])(?:\(\+?\d{1,4}\)\ ?|\+)?\d+(?:[\ .-]\d+)*(?![A-Za-z\d]))
    """,
    re.VERBOSE,
)
_DIGITS = re.compile(r"\d")
_PHONE_GROUPS = re.compile(r"([ .-])")
MIN_PHONE_DIGITS = 7


def isolate_ltr(text: str) -> str:
    """Wrap a value that is always left-to-right (a phone number, an id, a URL): LRI…PDI."""
    return f"{LRI}{_mark_arabic_indic_groups(text)}{PDI}" if text else text


def _mark_arabic_indic_groups(token: str) -> str:
    """A left-to-right mark after each group of Arabic-Indic digits that something follows: without it the
    separators between the groups resolve to right-to-left and the groups swap, even inside LRI…PDI."""
    if not any("\u0660" <= ch <= "\u0669" for ch in token):
        return token
    return _ARABIC_INDIC_GROUP.sub(lambda m: m.group(0) + LRM, token)


def _split_phones(token: str) -> list[str]:
    """Two long numbers joined by one space or hyphen are two numbers (pieces at even indices)."""
    parts = _PHONE_GROUPS.split(token)
    if sum(len(_DIGITS.findall(g)) >= MIN_PHONE_DIGITS for g in parts[0::2]) < 2:
        return [token]
    pieces = [parts[0]]
    for sep, group in zip(parts[1::2], parts[2::2], strict=True):
        if min(len(_DIGITS.findall(pieces[-1])), len(_DIGITS.findall(group))) >= MIN_PHONE_DIGITS:
            pieces += [sep, group]
        else:
            pieces[-1] += sep + group
    return pieces


def _isolate_token(kind: str, token: str) -> str:
    if kind == "url":
        core = token.rstrip(_URL_TAIL)
        return isolate_ltr(core) + token[len(core):]
    if kind == "phone":
        if len(_DIGITS.findall(token)) < MIN_PHONE_DIGITS:
            return token
        pieces = _split_phones(token)
        return "".join(p if not _DIGITS.search(p) else isolate_ltr(p) for p in pieces)
    return isolate_ltr(token)


def _continues_latin(text: str, start: int) -> bool:
    """Whether the span at `start` follows Latin words ("Galaxy A55", "Samsung 25W"): it joins them in one
    left-to-right run by itself, and an isolate would cut it off them (an isolate is a neutral)."""
    before = text[:start].rstrip(" " + PDI + LRM)
    return bool(before) and before[-1].isascii() and before[-1].isalnum()


def _isolated_positions(text: str) -> set[int]:
    """Indexes of the characters inside explicit isolates already in `text`."""
    inside: set[int] = set()
    depth = 0
    for i, ch in enumerate(text):
        if ch in ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif depth:
            inside.add(i)
    return inside


def isolate_spans(text: str) -> str:
    """Wrap every URL, e-mail, IBAN, Latin code and phone number in `text` in LRI…PDI. Text already inside
    isolates is left as it is, so this is idempotent."""
    if not text or not ("@" in text or ":" in text or "." in text or any(map(str.isdigit, text))):  # C loops
        return text
    inside = _isolated_positions(text) if any(ch in ISOLATE_OPENERS for ch in text) else set()
    out: list[str] = []
    pos = 0
    for match in _LTR_SPAN.finditer(text):
        start, end = match.span()
        if start in inside or (match.lastgroup in ("code", "iban") and not match.group(0).startswith("#")
                               and _continues_latin(text, start)):
            continue
        out.append(text[pos:start])
        out.append(_isolate_token(match.lastgroup or "", match.group(0)))
        pos = end
    out.append(text[pos:])
    return "".join(out)
