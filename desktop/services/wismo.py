"""Recognise "where is my order?" (WISMO) in customers' messages, and pull a phone or order id out of them.

`is_wismo(text)` knows Egyptian Arabic («فين الأوردر», «طلبي اتأخر», «الشحنة وصلت فين», «امتى هيوصل»),
Modern Standard Arabic («أين طلبي», «لم يصل الطلب», «حالة الطلب»), English ("where is my order",
"tracking", "order status", "hasn't arrived") and common Franco-Arabic ("fen el order"). Arabic is
normalised first (alef forms, ya/alef maqsura, ta marbuta, hamza seats, diacritics, tatweel, stretched
letters). It fires on a question about an order's progress, not on every message naming an order
(complaints, refunds, new orders, cancellations stay out). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .phone import DEFAULT_REGION, clean_text, find_phones
from .wismo_answer import DEFAULT_TEMPLATES, TEMPLATE_VARIABLES, UnknownTemplateVariable, render_status_answer

__all__ = [
    "DEFAULT_TEMPLATES", "TEMPLATE_VARIABLES", "UnknownTemplateVariable", "detect_language", "extract_order_id",
    "is_wismo", "normalise_arabic", "render_status_answer",
]

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                             "ک": "ك", "ی": "ي", "؟": "?", "،": ","})
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")


def normalise_arabic(text: str) -> str:
    """Fold the spellings people type interchangeably, so one pattern matches them all."""
    text = _DIACRITICS.sub("", clean_text(text or "")).translate(_ARABIC_MAP).lower()
    return _STRETCH.sub(r"\1", text)  # "فيييين" → "فين", "whereee" → "where"


# Patterns are written over normalised text (ا for every alef, ي for ى, ه for ة).
_AR_ORDER = r"(?:اوردر|اوردار|ارودر|طلب|طلبي|طلبيه|طلبيتي|شحنه|شحنتي|باكدج|باكيدج|اوردرات|طلبات|مشتريات|مندوب)"
_P = r"(?:^|(?<=[\s\W]))(?:[وفب]?(?:ال|لل)?)"  # Arabic word start with optional clitics و/ف/ب + ال/لل
_AR_NOUN = re.compile(_P + _AR_ORDER + r"(?:ي|ك|كم|نا|ه)?(?=$|[\s\W\d])")
_AR_WHERE = re.compile(_P + r"(?:فين|لفين|اين|وين|فينه|فينها|ايه اخباره|ايه اخبار|اخبار)(?=$|[\s\W])")
_AR_WHEN = re.compile(_P + r"(?:امتي|متي|امته|هيوصل\w*|هتوصل\w*|حيوصل\w*|سيصل|ستصل|يوصل|توصل|هيجي|هتيجي)(?=$|[\s\W])")
_AR_LATE = re.compile(
    r"(?:اتاخر\w*|متاخر\w*|تاخر\w*|لسه|لسا|لحد دلوقتي|مش واصل\w*|ما ?وصل\w*ش|موصل\w*ش|"
    r"لم ?يصل|لم ?تصل|ما ?وصل\w* لحد|مجاش|مجاتش|ماجاش|لم ?يتم ?التوصيل|ما ?استلمت\w*ش|مستلمتش)"
)
_AR_PROGRESS = re.compile(r"(?:اتشحن\w*|تم شحن\w*|شحنتو\w*|خرج\w* (?:مع|من)|طلع\w* مع|في الطريق|ف الطريق|مخرجش)")
_AR_ASKING = re.compile(r"(?:^|\s)(?:هل|هو|هي|ولا|عايز اعرف|عاوز اعرف|عايزه اعرف|ممكن اعرف)(?=$|\s)")
_AR_ARRIVE = re.compile(r"(?:وصل\w*|هيوصل\w*|هتوصل\w*|يوصل|توصل|سيصل|ستصل|استلم\w*|يجي|هيجي)")
_AR_STRONG = re.compile(
    r"(?:تتبع|تتبيع|تراك|رقم (?:ال)?شحنه|لينك (?:ال)?(?:تتبع|شحنه|تراك)|حاله (?:ال)?(?:طلب|اوردر|شحنه)|"
    r"وصل\w* (?:ل)?فين|وصل\w* لحد فين|فين (?:ال)?(?:طلب|اوردر|شحنه)|موصل\w*ش|ما ?وصل\w*ش|لم ?(?:يصل|تصل)|"
    r"مجاش|مجاتش|مستلمتش)"
)
_MONEY = re.compile(r"(?:استرجاع|استرداد|فلوس|refund|الفيزا|فيزا|المبلغ|money|payment|كاش باك|cashback)")
_EN_NOUN = r"(?:order|package|parcel|shipment|delivery)"
_EN = re.compile("|".join([
    r"\border\b.{0,25}\b(?:status|update|progress)\b",
    r"\bstatus of (?:my|the) order\b",
    r"\bwhere(?:'?s| is| are|s)? (?:my |the |our |your )?(?:order|package|parcel|shipment|delivery|stuff|items?|"
    r"courier|driver)\b",
    r"\btracking\b",
    r"\btrack (?:my |the |this |our |an? )?" + _EN_NOUN + r"\b",
    r"\btrack (?:number|link|code|id|url|info)\b",
    r"\b(?:has ?n[o']t|have ?n[o']t|did ?n[o']t|not|never|still not|yet to) (?:been )?"
    r"(?:arrived?|come|delivered|received|reached|shipped)\b",
    r"\bwhen (?:will|is|does|can|would)\b.{0,40}\b(?:arrive|arriving|deliver(?:ed|y)?|come|coming|"
    r"ship(?:ped)?|get here|reach)\b",
    r"\b" + _EN_NOUN + r" (?:is |was |seems )?(?:late|delayed|stuck|missing|lost)\b",
    r"\bstill waiting (?:for|on) (?:my|the)\b",
    r"\bdelivery (?:date|time|status)\b",
    r"\bany update on (?:my|the) " + _EN_NOUN + r"\b",
    r"\b(?:has|did|is|was) (?:my|the) (?:order|package|parcel) (?:been )?(?:ship|shipped|dispatched|sent out|left)\b",
    r"\b(?:order|package|parcel)\b.{0,20}\bon (?:the|its) way\b",
]))
_FRANCO = re.compile(
    r"\b(?:fen|feen|fein|wen)\b.{0,20}\b(?:order|el ?order|shohna|el ?shohna|talab|talaby)\b|"
    r"\b(?:order|shohna|talaby)\b.{0,20}\b(?:fen|feen|fein|lesa|lessa|et2a5ar|mt2a5ar|mawsalsh|mawsalesh)\b|"
    r"\b(?:emta|imta|amta)\b.{0,20}\b(?:hywsal|hayewsal|hywsl|hywsa?l|yewsal)\b"
)
_EN_ORDER = re.compile(r"\b(?:order|package|parcel|shipment|delivery)\b")


def is_wismo(text: str) -> bool:
    """True when the message asks where an order is, when it arrives, or says it is late/not arrived."""
    norm = normalise_arabic(text)
    if not norm.strip():
        return False
    if _EN.search(norm) or _FRANCO.search(norm):
        return not (_MONEY.search(norm) and not _EN_ORDER.search(norm) and "track" not in norm)
    has_noun = bool(_AR_NOUN.search(norm))
    money = bool(_MONEY.search(norm))
    if _AR_STRONG.search(norm) and not (money and not has_noun):
        return True
    if not has_noun:  # "امتى هيوصل؟" asks about arrival without naming the order
        return bool(_AR_WHEN.search(norm) and _AR_ARRIVE.search(norm) and not money)
    if money:
        return bool(_AR_WHERE.search(norm))
    asking = "?" in norm or bool(_AR_ASKING.search(norm))  # "is it on its way?" vs "I'm on the way"
    return bool(_AR_WHERE.search(norm) or _AR_LATE.search(norm) or (asking and _AR_PROGRESS.search(norm)) or
                (_AR_WHEN.search(norm) and _AR_ARRIVE.search(norm)))


def detect_language(texts: Iterable[str], default: str = "ar") -> str:
    """"ar" or "en" from the customer's recent messages: Arabic if a fair share of the letters are Arabic
    (Egyptian customers mix English words into Arabic; the reply should be Arabic then)."""
    arabic = latin = 0
    for text in texts:
        stripped = _URL.sub(" ", text or "")
        stripped = _ORDER_ID.sub(" ", stripped)
        for ch in stripped:
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += ch.isalpha()
            elif ch.isascii() and ch.isalpha():
                latin += 1
    if arabic + latin == 0:
        return default
    return "ar" if arabic >= 0.3 * (arabic + latin) else "en"


_URL = re.compile(r"https?://\S+|\S+@\S+")
_ORDER_ID = re.compile(r"(?<![\w/])([A-Za-z]{1,5}-\d{3,12})(?![\w-])")
_HASH_ID = re.compile(r"#\s?(\d{3,12})\b")
_KEYWORD_ID = re.compile(
    r"(?:order|طلب|الطلب|اوردر|الاوردر|شحنه|الشحنه|no\.?|number|num|رقم)\s*(?:no\.?|number|#|:|رقم)?\s*"
    r"(?:is\s*)?([A-Za-z]{0,5}-?\d{3,12})\b"
)


def extract_order_id(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The first order id in a message: `SD-123456`, `#1001`, "order 54321", «أوردر رقم ١٢٣٤٥»; phone
    numbers are not mistaken for ids."""
    clean = clean_text(text or "")
    if found := _ORDER_ID.search(clean):
        return found.group(1).upper()
    if found := _HASH_ID.search(clean):
        return found.group(1)
    phones = {re.sub(r"\D", "", p)[-9:] for p in find_phones(clean, region)}
    for found in _KEYWORD_ID.finditer(normalise_arabic(clean)):
        candidate = found.group(1).upper()
        if re.sub(r"\D", "", candidate)[-9:] not in phones:
            return candidate
    return None


