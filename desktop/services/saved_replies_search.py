"""Arabic-aware fuzzy search over saved replies (and anything else with short texts: the palette).

`normalize()` folds what Arabic typists vary on: diacritics and tatweel are dropped; alef forms
(أ إ آ ٱ) become ا, ى becomes ي, ة becomes ه, ؤ becomes و, ئ becomes ي, Persian ک/ی become ك/ي;
Arabic-Indic and extended Arabic-Indic digits become ASCII digits; Latin is case-folded.

`FuzzyIndex` precomputes normalised keys once (short code + content per entry, a sorted word vocabulary
and an inverted index), so a keystroke costs set operations plus one rapidfuzz pass over the
vocabulary: well under 5 ms for 5,000 replies (see tests/benchmarks/bench_saved_replies.py).
Words are also indexed without a leading definite article (الشحنة is found by شحنه and the reverse).
Ranking: every query word must match some word of the entry, exactly (3), as a prefix (2, so the
word being typed counts) or fuzzily (1, typos); ties are broken by short-code matches, then a phrase
match in the content, then the entry's original order.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from desktop.domain.models import SavedReply

T = TypeVar("T")

_FOLD: dict[int, str | None] = {}
for _cp in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD),
            *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE), 0x0640, 0x200C, 0x200D, 0x200E, 0x200F,
            *range(0x202A, 0x202F), *range(0x2066, 0x206A)):
    _FOLD[_cp] = None  # harakat, Quranic marks, tatweel, joiners and bidi controls
for _src, _dst in {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                   "ک": "ك", "ی": "ي", "ۀ": "ه", "ە": "ه"}.items():
    _FOLD[ord(_src)] = _dst
for _i in range(10):
    _FOLD[0x0660 + _i] = str(_i)  # Arabic-Indic digits
    _FOLD[0x06F0 + _i] = str(_i)  # extended (Persian/Urdu) digits
_FOLD[ord("_")] = " "
_FOLD[ord("-")] = " "

_WORD = re.compile(r"\w+")
_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")  # definite article with its common clitics


def stem(word: str) -> str:
    """`word` without a leading Arabic definite article (الشحنه -> شحنه), when something is left."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article):]
    return word
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold `text` for matching (see the module docstring). Idempotent."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _SPACES.sub(" ", folded).strip()


def words(text: str) -> list[str]:
    """The normalised words of `text`."""
    return _WORD.findall(normalize(text))


class FuzzyIndex(Generic[T]):
    """Ranks entries against a query. `code` is the short, high-value key (a short code, an action
    title); `body` the longer text. Build once per data change; `search()` per keystroke."""

    def __init__(self, entries: Sequence[T], code: Callable[[T], str], body: Callable[[T], str]) -> None:
        self._entries = list(entries)
        self._codes = [normalize(code(e)) for e in self._entries]
        self._compact_codes = [c.replace(" ", "") for c in self._codes]
        self._bodies = [normalize(body(e)) for e in self._entries]
        postings: dict[str, set[int]] = {}
        for i, (c, b) in enumerate(zip(self._codes, self._bodies, strict=True)):
            for word in _WORD.findall(c + " " + b):
                postings.setdefault(word, set()).add(i)
                root = stem(word)
                if root != word:
                    postings.setdefault(root, set()).add(i)
        self._postings = postings
        self._vocab = sorted(postings)
        self._sorted_codes = sorted((c, i) for i, c in enumerate(self._compact_codes))
        # all short codes in one string ("\n"-separated) with each one's start, for substring search
        self._code_starts: list[int] = []
        offset = 0
        for compact_code in self._compact_codes:
            self._code_starts.append(offset)
            offset += len(compact_code) + 1
        self._joined_codes = "\n".join(self._compact_codes)
        self._cache: dict[str, dict[int, int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> list[T]:
        return list(self._entries)

    def search(self, query: str, limit: int | None = None) -> list[T]:
        q = normalize(query)
        if not q:
            return self._entries[:limit] if limit is not None else list(self._entries)
        tokens = _WORD.findall(q)
        if not tokens:
            return []
        per_token = [self._token_scores(t) for t in tokens]
        scores: dict[int, int]
        if len(per_token) == 1:
            scores = dict(per_token[0])
        else:
            common = set(per_token[0]).intersection(*per_token[1:])
            scores = {i: sum(s[i] for s in per_token) for i in common}
            if len(q) > 3:
                bodies = self._bodies
                for i in scores:
                    if q in bodies[i]:
                        scores[i] += 15
        for i, bonus in self._code_hits(q.replace(" ", "")).items():
            scores[i] = scores.get(i, 0) + bonus
        # best score first, ties in the index's order: a stable descending sort of the sorted ids
        ranked = sorted(sorted(scores), key=scores.__getitem__, reverse=True)
        if limit is not None:
            ranked = ranked[:limit]
        entries = self._entries
        return [entries[i] for i in ranked]

    def _token_scores(self, token: str) -> dict[int, int]:
        """Entry -> 30 (a word equals the token), 20 (a word starts with it) or 10 (a word resembles it)."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        postings = self._postings
        result: dict[int, int] = {}
        if len(token) >= 3:
            cutoff = 80 if len(token) < 6 else 75
            for word, _score, _ in process.extract(token, self._vocab, scorer=fuzz.ratio,
                                                    score_cutoff=cutoff, limit=None):
                result.update(dict.fromkeys(postings[word], 10))
        result.update(dict.fromkeys(self._prefixed(token), 20))
        result.update(dict.fromkeys(postings.get(token, ()), 30))
        root = stem(token)
        if root != token:
            for i, score in self._token_scores(root).items():
                if score > result.get(i, 0):
                    result[i] = score
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[token] = result
        return result

    def _prefixed(self, token: str) -> set[int]:
        vocab, postings = self._vocab, self._postings
        start = bisect.bisect_left(vocab, token)
        end = bisect.bisect_left(vocab, token + "\U0010ffff", lo=start)
        found: set[int] = set()
        found.update(*(postings[w] for w in vocab[start:end]))
        return found

    def _code_hits(self, compact: str) -> dict[int, int]:
        """Bonus for entries whose short code starts with (60), contains (40) or resembles (25) the query."""
        hits: dict[int, int] = {}
        if len(compact) >= 3:
            for _code, _score, i in process.extract(
                compact, self._compact_codes, scorer=fuzz.ratio, score_cutoff=80, limit=None
            ):
                hits[i] = 25
        if len(compact) >= 2:
            joined, starts = self._joined_codes, self._code_starts
            at = joined.find(compact)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                hits[i] = 40
                at = joined.find(compact, starts[i + 1] if i + 1 < len(starts) else len(joined))
        start = bisect.bisect_left(self._sorted_codes, (compact,))
        end = bisect.bisect_left(self._sorted_codes, (compact + "\U0010ffff",), lo=start)
        hits.update((i, 60) for _code, i in self._sorted_codes[start:end])
        return hits


def saved_reply_index(replies: Sequence[SavedReply]) -> FuzzyIndex[SavedReply]:
    """An index over replies in short-code order."""
    ordered = sorted(replies, key=lambda r: (normalize(r.short_code), r.id))
    return FuzzyIndex(ordered, code=lambda r: r.short_code, body=lambda r: r.content)
