"""One-keystroke "where is my order?" answer for an open conversation (used by the contact panel).

`suggest_answer(lookup, …)` picks the phone (one the agent typed, else one the customer sent in the
conversation — the number the order was placed with is often not the chat number — else the contact's),
looks the orders up, chooses the order meant (an order id the customer mentioned, else the newest open
one), detects the customer's language and renders the reply from the agent's template. With no orders it
still returns a polite reply asking for the phone the order was placed with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from desktop.domain.errors import InvalidPhoneNumber
from desktop.domain.orders import Order

from .orders import OrderLookup, OrderResult
from .wismo import detect_language, extract_order_id, extract_phone, is_wismo
from .wismo_answer import isolate, render_status_answer

NO_ORDERS = {
    "ar": "ملقيناش أوردرات على الرقم {phone} 🙏 ممكن تبعتلنا رقم الموبايل اللي اتعمل بيه الأوردر أو رقم الأوردر؟",
    "en": "We couldn't find any orders for {phone} 🙏 Could you send the phone number the order was placed "
          "with, or the order number?",
}
RECENT = 6  # customer messages read for the phone, order id and language


@dataclass(frozen=True, slots=True)
class WismoSuggestion:
    phone_e164: str
    phone_source: str  # "typed" | "message" | "contact"
    result: OrderResult
    order: Order | None  # the order the answer is about (None: no orders found)
    language: str  # "ar" | "en"
    text: str  # the reply, ready to insert into the composer
    asked: bool  # the latest customer message is a WISMO question
    order_id_mentioned: str | None = None


def phone_candidates(*, typed_phone: str | None, customer_messages: Sequence[str], contact_phone: str | None,
                     region: str) -> list[tuple[str, str]]:
    """(raw phone, source) in the order to try them; InvalidPhoneNumber if the typed one is bad."""
    found: list[tuple[str, str]] = []
    if typed_phone and typed_phone.strip():
        return [(typed_phone, "typed")]
    for text in reversed(customer_messages[-RECENT:]):
        phone = extract_phone(text, region)
        if phone and phone not in (p for p, _ in found):
            found.append((phone, "message"))
    if contact_phone and contact_phone.strip():
        found.append((contact_phone, "contact"))
    if not found:
        raise InvalidPhoneNumber("No phone number to look up: the contact has none and the customer hasn't "
                                 "sent one. Type the number the order was placed with.")
    return found


async def suggest_answer(lookup: OrderLookup, *, customer_messages: Sequence[str], contact_phone: str | None = None,
                         contact_name: str | None = None, typed_phone: str | None = None,
                         agent_name: str | None = None, templates: Mapping[str, str | None] | None = None,
                         language: str | None = None, now: datetime | None = None,
                         tz: tzinfo | None = None) -> WismoSuggestion:
    """Raises InvalidPhoneNumber (no usable phone) or OrderProviderError (the order system failed)."""
    candidates = phone_candidates(typed_phone=typed_phone, customer_messages=customer_messages,
                                  contact_phone=contact_phone, region=lookup.region)
    result, source = None, candidates[0][1]
    last_error: InvalidPhoneNumber | None = None
    for raw, source in candidates:
        try:
            result = await lookup.lookup(raw)
        except InvalidPhoneNumber as exc:
            if source == "typed":
                raise
            last_error = exc  # a malformed stored contact phone: try the next candidate
            continue
        if result.orders:
            break
    if result is None:
        raise last_error or InvalidPhoneNumber()
    recent = list(customer_messages[-RECENT:])
    lang = language or detect_language(recent)
    mentioned = next((oid for oid in map(extract_order_id, reversed(recent)) if oid), None)
    order = result.best_match(mentioned)
    if order is None:
        text = NO_ORDERS[lang].format(phone=isolate(result.phone_e164) if lang == "ar" else result.phone_e164)
    else:
        template = (templates or {}).get(lang)
        text = render_status_answer(order, lang, template, contact_name=contact_name,
                                    contact_phone=result.phone_e164, agent_name=agent_name, now=now, tz=tz)
    asked = bool(recent) and is_wismo(recent[-1])
    return WismoSuggestion(result.phone_e164, source, result, order, lang, text, asked, mentioned)
