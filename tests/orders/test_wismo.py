"""WISMO detection (Egyptian Arabic, MSA, English, Franco), Arabic normalisation, language, extraction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.phone import find_phones
from desktop.services.wismo import (
    detect_language,
    extract_order_id,
    is_wismo,
    normalise_arabic,
)

EGYPTIAN = [
    "فين الأوردر", "فين الأوردر رقم SD-123456؟", "طلبي اتأخر", "الشحنة وصلت فين", "امتى هيوصل؟", "إمتى هيوصل",
    "السلام عليكم، الأوردر SD-123 متأخر ليه؟ بقاله 3 أيام", "ازيكم، عايز أعرف الأوردر بتاعي وصل لفين",
    "الشحنة SD-1 لسه موصلتش، رقمي 01001234567", "فيييين الاوردر", "الاوردر لسه مجاش", "المندوب فين؟",
    "مستلمتش الطلب لحد دلوقتي", "ابعتلي لينك التتبع لو سمحت", "الطلبية فين يا جماعة", "الأوردر بتاعي فين",
    "هو الاوردر هيوصل امتى", "طلبيتي متأخرة جداً", "اوردري لسه موصلش", "هو الاوردر اتشحن ولا لسه؟",
    "عايز اعرف حالة الاوردر", "رقم الشحنة كام؟", "المندوب هيجي امتى", "الاوردر في الطريق؟", "الطلب لسه مخرجش؟", "عايز اعرف الاوردر اتشحن",
]
MSA = [
    "أين طلبي؟", "متى سيصل طلبي؟", "لم يصل الطلب حتى الآن", "ما هي حالة الطلب", "أريد تتبع شحنتي",
    "تأخر طلبي كثيراً", "أين شحنتي", "لم تصل الشحنة بعد", "الطَّلَبُ لَمْ يَصِلْ", "هل تم شحن طلبي؟",
]
ENGLISH = [
    "where is my order", "Where's my package??", "WHERE IS MY ORDER", "can I get the tracking link",
    "order status please", "My order hasn't arrived yet", "Hi, where is my order SD-1? It says shipped 3 days ago",
    "When will my order arrive?", "the package is late", "still waiting for my order", "any update on my order?",
    "order SD-1 status please؟ محتاجه ضروري", "I have not received my order", "whereee is my orderrr",
    "fen el order ya gama3a", "el order lesa mawsalsh", "has my order shipped?", "Is my package on its way?",
]
NOT_WISMO = [
    "المنتج وصل مكسور 😡 عايز حل", "The air fryer I received doesn't work at all",
    "اتخصم مني مرتين على نفس الأوردر SD-1", "جالي لون غلط في الأوردر SD-1، I ordered black not white",
    "عايز أرجع الخلاط وآخد فلوسي", "How do I get a refund for order SD-1?",
    "الاسترجاع بياخد قد ايه؟ رجعت الأوردر من أسبوع", "refund لسه موصلش على الفيزا",
    "السماعة متاحة؟ وسعرها كام؟", "Is the smart watch available in other colours?",
    "عايز أطلب 3 خلاط من الواتساب، مش عارف أطلب من الموقع", "I want to order the power bank please",
    "ممكن أعمل أوردر هنا؟ العنوان القاهرة", "عايزة أطلب نفس الأوردر اللي فات SD-1", "هو أنا ممكن ألغي الأوردر؟",
    "فين الفرع بتاعكم؟", "امتى بتفتحوا؟", "تمام شكراً", "Ok thanks 🙏", "where is your store located?",
    "ربنا يخليك ❤️", "hello", "the refund hasn't arrived yet", "How can I place an order?",
    "I want to cancel my order", "أريد إلغاء الطلب", "كم سعر الشحن؟", "", "   ", "👍",
    "المندوب كان قليل الذوق جداً ومرضيش يستنى", "الطلب اتلغى ليه؟", "لسه مستني رد", "طب امتى بالظبط؟",
    "is shipping free?", "العربية عطلت في الطريق ومعايا 6 أوردرات", "أنا في الطريق للمخزن عشان أستلم الطلبات", "I'd like to track my spending", "where do I enter the coupon?",
]


@pytest.mark.parametrize("text", EGYPTIAN + MSA + ENGLISH)
def test_wismo_questions(text: str) -> None:
    assert is_wismo(text)


@pytest.mark.parametrize("text", NOT_WISMO)
def test_other_messages(text: str) -> None:
    assert not is_wismo(text)


def test_arabic_normalisation() -> None:
    assert normalise_arabic("أحمد إيمان آية ٱلله") == "احمد ايمان ايه الله"
    assert normalise_arabic("مستشفى") == "مستشفي"
    assert normalise_arabic("الشحنة") == "الشحنه"
    assert normalise_arabic("الطَّلَبُ") == "الطلب"
    assert normalise_arabic("الطـــلب") == "الطلب"  # tatweel
    assert normalise_arabic("فيييين") == "فين"
    assert normalise_arabic("مسؤول شاطئ") == "مسوول شاطي"
    assert normalise_arabic("رقم ١٢٣ ۴۵۶") == "رقم 123 456"
    assert normalise_arabic("555 Where") == "555 where"  # repeated digits are not squeezed


def test_language_from_customer_messages() -> None:
    assert detect_language(["فين الأوردر"]) == "ar"
    assert detect_language(["where is my order SD-123456"]) == "en"
    assert detect_language(["order SD-1 status please؟ محتاجه ضروري"]) == "ar"  # mixed: answer in Arabic
    assert detect_language(["Hi", "where is my order? https://souqdeals.example/track/123"]) == "en"
    assert detect_language(["SD-123456", "01001234567"]) == "ar"  # nothing to judge: the default
    assert detect_language([], default="en") == "en"
    assert detect_language(["ممكن اعرف الأوردر", "the delivery guy didn't call"]) == "ar"


@pytest.mark.parametrize(("text", "order_id"), [
    ("فين الأوردر رقم SD-123456؟", "SD-123456"),
    ("where is sd-654321", "SD-654321"),
    ("order #1001 please", "1001"),
    ("أوردر رقم ١٢٣٤٥ فين", "12345"),
    ("رقمي 01001234567 والطلب 98765", "98765"),
    ("my order number is 55512 thanks", "55512"),
    ("order no. 771234", "771234"),
    ("رقمي 01001234567", None),  # a phone is not an order id
    ("الطلب رقم 01001234567", None),
    ("فين الأوردر", None),
    ("I ordered 2 items", None),
])
def test_order_id_extraction(text: str, order_id: str | None) -> None:
    assert extract_order_id(text) == order_id


def test_phone_extraction() -> None:
    assert find_phones("رقمي ٠١٠٠١٢٣٤٥٦٧ لو سمحت")[0] == "+201001234567"
    assert find_phones("call me on +966 50 123 4567")[0] == "+966501234567"
    assert find_phones("0501234567", "SA")[0] == "+966501234567"
    assert find_phones("الأوردر SD-123456 فين") == []
    assert find_phones("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_handled(text: str) -> None:
    assert isinstance(is_wismo(text), bool)
    assert detect_language([text]) in ("ar", "en")
    found = extract_order_id(text)
    assert found is None or (found and "\n" not in found)
    assert all(phone.startswith("+") and phone[1:].isdigit() for phone in find_phones(text))
