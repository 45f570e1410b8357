"""Fuzzed response bodies: every decoder returns orders or raises OrderProviderError, never anything else."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.api.orders.generic import GenericJsonProvider
from desktop.api.orders.shopify import decode_shopify_orders
from desktop.api.orders.woocommerce import WooCommerceProvider
from desktop.domain.errors import OrderProviderError
from desktop.domain.orders import Order
from desktop.services.phone import try_normalise

KEYS = ["orders", "id", "number", "order_number", "status", "items", "line_items", "history", "total",
        "total_price", "shipping", "billing", "phone", "name", "at", "created_at", "date_created_gmt",
        "fulfillments", "shipment_status", "meta_data", "key", "value", "tracking_number", "cancelled_at",
        "financial_status", "fulfillment_status", "quantity", "price", "note_attributes", "promised_delivery"]
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.sampled_from(
    ["", "01001234567", "+201001234567", "2026-11-20T10:00:00", "2026-13-45", "1795262400", "paid",
     "fulfilled", "delivered", "shipped", "12.50", "NaN", "Infinity", "1e999"]) | st.text(max_size=6))
BODIES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6), max_leaves=25)


@pytest.fixture(scope="module")
def providers() -> tuple[GenericJsonProvider, WooCommerceProvider]:
    # constructed once (each owns an httpx client); only their pure decoders are exercised here
    return (GenericJsonProvider("http://127.0.0.1:9/{phone}"),
            WooCommerceProvider("http://127.0.0.1:9", "k", "s", normalise=try_normalise))


def _check(decode: Any, body: Any) -> None:
    try:
        orders = decode(body)
    except OrderProviderError as exc:
        assert "cannot read" in exc.user_message
    else:
        assert isinstance(orders, list) and all(isinstance(o, Order) for o in orders)


@settings(max_examples=150, deadline=None)
@given(body=BODIES)
def test_generic_decoder(providers: tuple[GenericJsonProvider, WooCommerceProvider], body: Any) -> None:
    _check(providers[0].decode_body, body)


@settings(max_examples=150, deadline=None)
@given(body=BODIES)
def test_woocommerce_decoder(providers: tuple[GenericJsonProvider, WooCommerceProvider], body: Any) -> None:
    _check(lambda b: providers[1].decode_body(b, "+201001234567"), body)


@settings(max_examples=150, deadline=None)
@given(body=BODIES)
def test_shopify_decoder(body: Any) -> None:
    _check(lambda b: decode_shopify_orders(b, "Shopify"), body)


@settings(max_examples=60, deadline=None)
@given(orders=st.lists(st.dictionaries(st.sampled_from(KEYS), BODIES, max_size=8), max_size=3))
def test_order_lists(providers: tuple[GenericJsonProvider, WooCommerceProvider], orders: list[Any]) -> None:
    _check(providers[0].decode_body, {"orders": orders})
    _check(lambda b: providers[1].decode_body(b, "+201001234567"), orders)
    _check(lambda b: decode_shopify_orders(b, "Shopify"), {"orders": orders})
