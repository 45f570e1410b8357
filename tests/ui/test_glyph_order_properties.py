"""Property-based: Arabic (and English) sentences generated with embedded tokens of every kind — phones with
brackets, glued to و/ب, in Arabic-Indic digit groups, two joined by " - " or و; purchase orders, SKUs, IBANs,
e-mails, links followed by Arabic punctuation — keep each token in one piece and in left-to-right order in
the message bubble and in the list's one-line preview (what Qt lays out, read by the glyph-order checker)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from desktop.domain.models import Message, MessageType
from desktop.ui import bidi, fonts
from desktop.ui.conversation.layout import RowLayouter
from tests.support.glyph_order import LTR, RTL, Sample, lay_out, token_problems

WORDS = ["الطلب", "رقمي", "اتصل", "على", "بعد", "الساعة", "شكرا", "لو سمحت", "العنوان", "شارع", "المندوب",
         "حولت", "المبلغ", "الشحنة", "وصلت", "امتى", "عايز", "ابغى", "please", "order", "delivery"]
LATIN = "0123456789"
INDIC = "٠١٢٣٤٥٦٧٨٩"


def _digits(n: int, alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=n, max_size=n)


def _phone(alphabet: str) -> st.SearchStrategy[str]:
    sep = st.sampled_from([" ", "-"])
    grouped = st.tuples(_digits(4, alphabet), sep, _digits(3, alphabet), sep, _digits(4, alphabet)).map("".join)
    bracket = st.tuples(st.sampled_from(["(+20) ", "(+966) ", "(03) ", "(02) "]), _digits(3, alphabet),
                        st.just(" "), _digits(4, alphabet)).map("".join)
    return st.one_of(grouped, bracket)


TOKENS = st.one_of(
    _phone(LATIN), _phone(INDIC),
    st.tuples(st.sampled_from(["PO", "INV", "RMA", "SD", "TCK"]), st.just("-"), _digits(4, LATIN), st.just("-"),
              _digits(5, LATIN)).map("".join),
    st.tuples(st.sampled_from(["RN", "GX", "TS"]), st.just("-"), _digits(3, LATIN),
              st.sampled_from(["GB", "XL", "W"]), st.just("-"), st.sampled_from(["BLK", "RED", "WHT"])).map("".join),
    st.tuples(st.just("EG38 "), _digits(4, LATIN), st.just(" "), _digits(4, LATIN), st.just(" "),
              _digits(4, LATIN), st.just(" "), _digits(4, LATIN)).map("".join),
    st.tuples(st.sampled_from(["sara", "m.ali", "nour_88"]), st.just("@"),
              st.sampled_from(["gmail.com", "souqdeals.example", "company.com.sa"])).map("".join),
    st.tuples(st.just("https://souqdeals.example/p/"), _digits(5, LATIN)).map("".join),
)
GLUE = st.sampled_from([" ", " و", " ب", " - "])
AFTER = st.sampled_from(["", "،", "؟", "؛", "."])


@st.composite
def sentences(draw: st.DrawFn) -> Sample:
    tokens: list[tuple[int, int]] = []
    text = draw(st.sampled_from(WORDS[:18]))
    for _ in range(draw(st.integers(1, 3))):
        text += draw(GLUE)
        token = draw(TOKENS)
        tokens.append((len(text), len(text) + len(token)))
        text += token + draw(AFTER) + " " + draw(st.sampled_from(WORDS))
    return Sample(text, tuple(tokens), tuple(tokens))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=sentences())
def test_generated_sentences_read_right(qapp: QApplication, sample: Sample) -> None:
    fonts.install_fonts(qapp)
    block = RowLayouter(qapp.font()).text_block(Message(1, 1, sample.text, MessageType.INCOMING,
                                                        datetime(2025, 11, 30, tzinfo=UTC)), 380)
    assert block is not None and len(block.layouts) == 1
    layout = block.layouts[0]
    problems, checked = token_problems(sample, layout.text(), layout, "bubble")
    assert not problems and checked == len(sample.tokens), (sample.text, problems)
    for ui in (LTR, RTL):
        line = bidi.display_text(sample.text)
        drawn = lay_out(line, qapp.font(), bidi.direction_of(sample.text, ui))
        problems, _ = token_problems(sample, line, drawn, "preview")
        assert not problems, (sample.text, problems)
