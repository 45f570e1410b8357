"""The one-keystroke WISMO answer against the sandbox's fulfilment endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.errors import InvalidPhoneNumber
from desktop.services.orders import OrderLookup
from desktop.services.wismo_answer import FSI
from desktop.services.wismo_assist import suggest_answer
from tests.orders.test_generic import seeded_phones


@pytest.fixture
async def lookup(sandbox: Any) -> AsyncIterator[OrderLookup]:
    provider = GenericJsonProvider(f"{sandbox.url}/fulfilment/orders?phone={{phone}}")
    service = OrderLookup(provider)
    yield service
    await service.aclose()
    await provider.aclose()


async def _phones(lookup: OrderLookup, sandbox: Any) -> tuple[str, str]:
    """A seeded customer with orders and one without."""
    with_orders = without = None
    for phone in seeded_phones(sandbox.db_path):
        result = await lookup.lookup(phone)
        if result.orders and with_orders is None:
            with_orders = phone
        if not result.orders and without is None:
            without = phone
        if with_orders and without:
            return with_orders, without
    raise AssertionError("the sandbox seeds customers with and without orders")


async def test_answer_from_the_phone_the_customer_sent(lookup: OrderLookup, sandbox: Any) -> None:
    with_orders, without = await _phones(lookup, sandbox)
    local = "0" + with_orders[3:]
    arabic_digits = local.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    suggestion = await suggest_answer(
        lookup, customer_messages=["السلام عليكم", f"رقمي {arabic_digits}", "فين الأوردر؟"],
        contact_phone=without, contact_name="منى عادل")
    assert suggestion.phone_e164 == with_orders and suggestion.phone_source == "message"
    assert suggestion.language == "ar" and suggestion.asked
    assert suggestion.order is not None
    assert suggestion.text.startswith(f"أهلاً يا {FSI}منى")
    assert f"{FSI}{suggestion.order.id}" in suggestion.text


async def test_order_the_customer_named_is_the_one_answered(lookup: OrderLookup, sandbox: Any) -> None:
    with_orders, _ = await _phones(lookup, sandbox)
    result = await lookup.lookup(with_orders)
    oldest = result.orders[-1]
    suggestion = await suggest_answer(lookup, customer_messages=[f"Hi, where is my order {oldest.id.lower()}?"],
                                      contact_phone=with_orders, contact_name="Mona")
    assert suggestion.order == oldest and suggestion.order_id_mentioned == oldest.id
    assert suggestion.language == "en" and f"Your order {oldest.id} is" in suggestion.text
    assert suggestion.phone_source == "contact"


async def test_falls_back_to_the_contact_phone_and_asks_when_nothing_found(lookup: OrderLookup,
                                                                          sandbox: Any) -> None:
    with_orders, without = await _phones(lookup, sandbox)
    found = await suggest_answer(lookup, customer_messages=[f"my number {without}", "where is my order"],
                                 contact_phone=with_orders)
    assert found.phone_e164 == with_orders and found.order is not None  # the sent number had no orders
    none = await suggest_answer(lookup, customer_messages=["فين طلبي"], contact_phone=without)
    assert none.order is None and none.result.orders == ()
    assert "ملقيناش أوردرات" in none.text and f"{FSI}{without}" in none.text


async def test_typed_phone_wins_and_errors_are_specific(lookup: OrderLookup, sandbox: Any) -> None:
    with_orders, without = await _phones(lookup, sandbox)
    typed = await suggest_answer(lookup, customer_messages=["where is my order"], contact_phone=without,
                                 typed_phone="0" + with_orders[3:], templates={"en": "{{order.id}}: {{order.status}}"})
    assert typed.phone_source == "typed" and typed.text.startswith(typed.order.id)  # type: ignore[union-attr]
    with pytest.raises(InvalidPhoneNumber, match="Too short"):
        await suggest_answer(lookup, customer_messages=["hi"], typed_phone="0100")
    with pytest.raises(InvalidPhoneNumber, match="No phone number to look up"):
        await suggest_answer(lookup, customer_messages=["where is my order"], contact_phone=None)
    # a malformed stored contact phone is skipped; the number the customer sent is answered for
    bad_contact = await suggest_answer(lookup, customer_messages=[f"رقمي {without}"], contact_phone="123")
    assert bad_contact.phone_e164 == without and bad_contact.order is None
    with pytest.raises(InvalidPhoneNumber, match="Too short"):
        await suggest_answer(lookup, customer_messages=["hello"], contact_phone="123")
