"""Arabic normalisation and fuzzy ranking of saved replies (pure logic)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.models import SavedReply
from desktop.services.saved_replies_search import normalize, saved_reply_index, stem, words

REPLIES = [
    SavedReply(1, "wismo", "أهلاً {{contact.first_name}}، الأوردر بتاعك اتشحن وهيوصل خلال يومين."),
    SavedReply(2, "refund", "The refund goes back to your card within 7 working days."),
    SavedReply(3, "مسؤول", "سيتواصل معك المسؤول خلال ساعة إن شاء الله"),
    SavedReply(4, "hospital", "المستشفى قريبة من العنوان"),
    SavedReply(5, "warranty", "الضمان سنة كاملة على كل الأجهزة"),
    SavedReply(6, "order_ar", "رقم الطلب ١٢٣٤٥ جاهز"),
    SavedReply(7, "tracking", "Here is your tracking link: https://track.example/{{conversation.id}}"),
    SavedReply(8, "delay", "نعتذر عن التأخير في الشحنة"),
]


def test_normalize_folds_arabic_variants() -> None:
    assert normalize("أإآٱا") == "ااااا"
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("مدرسة") == normalize("مدرسه")
    assert normalize("مسؤول") == normalize("مسوول")
    assert normalize("شـــكراً") == normalize("شكرا")  # tatweel and tanween
    assert normalize("مُحَمَّد") == "محمد"
    assert normalize("٠١٢٣٤٥٦٧٨٩ ۴۵") == "0123456789 45"
    assert normalize("  Hello   WORLD ") == "hello world"
    assert normalize("wismo_ar") == "wismo ar"
    assert words("الشحنة، رقم ٥") == ["الشحنه", "رقم", "5"]
    assert stem("الشحنه") == "شحنه" and stem("ال") == "ال" and stem("بالعنوان") == "عنوان"


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def codes(found: list[SavedReply]) -> list[str]:
    return [r.short_code for r in found]


def test_empty_query_lists_all_in_short_code_order() -> None:
    index = saved_reply_index(REPLIES)
    assert codes(index.search("")) == sorted(codes(REPLIES), key=normalize)
    assert len(index.search("", limit=3)) == 3


def test_arabic_without_hamza_and_with_alef_maqsura() -> None:
    index = saved_reply_index(REPLIES)
    assert codes(index.search("الاوردر"))[0] == "wismo"  # typed without hamza
    assert codes(index.search("اهلا"))[0] == "wismo"
    assert codes(index.search("المستشفي"))[0] == "hospital"  # ي for ى
    assert codes(index.search("مسوول"))[0] == "مسؤول"  # short code without hamza
    assert codes(index.search("الضمان سنه"))[0] == "warranty"  # ة typed as ه
    assert codes(index.search("شحنه"))[0] == "delay"  # without the article
    assert codes(index.search("١٢٣٤٥"))[0] == "order_ar"
    assert codes(index.search("12345"))[0] == "order_ar"


def test_short_code_prefix_content_and_typos() -> None:
    index = saved_reply_index(REPLIES)
    assert codes(index.search("ref"))[0] == "refund"
    assert codes(index.search("wis"))[0] == "wismo"
    assert codes(index.search("fund"))[0] == "refund"  # inside the short code
    assert codes(index.search("_ar"))[0] == "order_ar"
    assert codes(index.search("trakcing"))[0] == "tracking"  # transposed letters
    assert codes(index.search("card refund"))[0] == "refund"  # word order does not matter
    assert codes(index.search("working days"))[0] == "refund"
    assert index.search("zzzz qqqq") == []


def test_prefix_of_the_word_being_typed_matches() -> None:
    index = saved_reply_index(REPLIES)
    assert "tracking" in codes(index.search("here is your trac"))
    assert codes(index.search("نعتذر عن التا"))[0] == "delay"
