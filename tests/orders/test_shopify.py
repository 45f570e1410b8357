"""Shopify adapters over loopback: the Admin REST API directly, and Chatwoot's Shopify integration (§14)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.orders.chatwoot_shopify import ChatwootShopifyProvider
from desktop.api.orders.shopify import ShopifyAdminProvider
from desktop.domain.errors import OrderProviderError
from desktop.domain.orders import OrderStatus
from tests.orders.servers import LoopbackServer, closed_port_url, serving
from tests.orders.shops import (
    Knobs,
    chatwoot_contact,
    chatwoot_shopify_app,
    shopify_admin_app,
    shopify_order,
    slim_shopify_order,
)

PHONE = "+201001234567"
TOKEN = "shpat_test_0123456789"


@pytest.fixture
def knobs() -> Knobs:
    return Knobs()


@pytest.fixture
def shop(knobs: Knobs) -> Iterator[LoopbackServer]:
    orders = {207119551: [
        shopify_order(450789469, 1001, "2026-11-02T10:00:00+02:00", fulfillment="fulfilled", shipment="delivered",
                      tracking=("Bosta", "BO123", "https://bosta.co/t/BO123")),
        shopify_order(450789470, 1002, "2026-11-20T13:30:00+02:00", fulfillment="fulfilled",
                      shipment="out_for_delivery", tracking=("Aramex", "AR555", "https://aramex.com/t/AR555")),
        shopify_order(450789471, 1003, "2026-11-21T09:00:00+02:00", financial="pending"),
        shopify_order(450789472, 1004, "2026-11-10T09:00:00+02:00", financial="voided",
                      cancelled_at="2026-11-11T09:00:00+02:00"),
    ]}
    with serving(shopify_admin_app(TOKEN, {PHONE: 207119551, "+201112223334": 99}, orders, knobs)) as server:
        yield server


async def test_admin_api_orders_with_fulfilment_tracking(shop: LoopbackServer, knobs: Knobs) -> None:
    provider = ShopifyAdminProvider(shop.url, TOKEN)
    try:
        orders = {o.id: o for o in await provider.orders_for_phone(PHONE)}
    finally:
        await provider.aclose()
    assert set(orders) == {"1001", "1002", "1003", "1004"}
    assert orders["1001"].status is OrderStatus.DELIVERED
    out = orders["1002"]
    assert out.status is OrderStatus.OUT_FOR_DELIVERY
    assert (out.carrier, out.tracking_number, out.tracking_url) == ("Aramex", "AR555", "https://aramex.com/t/AR555")
    assert out.total == Decimal("1250.00") and out.currency == "EGP"
    assert out.items[0].name == "خلاط مولينكس - أبيض"
    assert out.created_at is not None and out.created_at.utcoffset() is not None
    assert out.admin_url == f"{shop.url}/admin/orders/450789470"
    assert orders["1003"].status is OrderStatus.PLACED
    assert orders["1004"].status is OrderStatus.CANCELLED
    assert "phone:+201001234567" in knobs.requests[0].replace("%3A", ":").replace("%2B", "+")
    assert any("status=any" in r for r in knobs.requests[1:])


async def test_admin_api_unknown_customer_is_no_orders(shop: LoopbackServer) -> None:
    provider = ShopifyAdminProvider(shop.url, TOKEN)
    assert await provider.orders_for_phone("+201209998887") == []
    assert await provider.orders_for_phone("+201112223334") == []  # a customer without orders
    await provider.aclose()


@pytest.mark.parametrize(("setup", "message"), [
    ({"token": "wrong"}, "refused the credentials"),
    ({"raw_body": "<html>Shopify is down</html>"}, "not JSON"),
    ({"raw_body": '{"customers": "oops"}'}, "shape the app cannot read"),
    ({"raw_body": '["a list"]'}, "shape the app cannot read"),
    ({"status": 503, "raw_body": '{"errors": "Service unavailable"}'}, "had a problem (HTTP 503)"),
    ({"status": 429}, "too many requests"),
    ({"status": 301}, "moved to another address"),
    ({"delay": 1.0}, "did not answer in time"),
])
async def test_admin_api_failures_are_specific(shop: LoopbackServer, knobs: Knobs, setup: dict[str, object],
                                               message: str) -> None:
    token = str(setup.get("token", TOKEN))
    for name, value in setup.items():
        if name != "token":
            setattr(knobs, name, value)
    provider = ShopifyAdminProvider(shop.url, token, timeout=0.3)
    with pytest.raises(OrderProviderError, match=re.escape(message)):
        await provider.orders_for_phone(PHONE)
    await provider.aclose()


async def test_admin_api_unreachable() -> None:
    provider = ShopifyAdminProvider(closed_port_url(), TOKEN)
    with pytest.raises(OrderProviderError, match="cannot be reached"):
        await provider.orders_for_phone(PHONE)
    await provider.aclose()


# -- through Chatwoot's integration ------------------------------------------------------------------------

CW_TOKEN = "cw-agent-token"


@pytest.fixture
def chatwoot(knobs: Knobs) -> Iterator[LoopbackServer]:
    contacts = [
        chatwoot_contact(7, "منى عادل", PHONE, "mona@example.com"),
        chatwoot_contact(8, "Decoy with a longer number", PHONE + "0"),  # E.164 substring match (§9.3)
        chatwoot_contact(9, "No details", None),
    ]
    orders = {
        7: [slim_shopify_order(5001, "2026-11-18T11:00:00+02:00", fulfillment=None, financial="paid"),
            slim_shopify_order(5002, "2026-11-01T11:00:00+02:00", fulfillment="fulfilled", financial="paid"),
            slim_shopify_order(5003, "2026-10-01T11:00:00+02:00", fulfillment="fulfilled", financial="refunded")],
        8: [slim_shopify_order(6666, "2026-11-19T11:00:00+02:00", fulfillment=None, financial="paid")],
    }
    with serving(chatwoot_shopify_app(CW_TOKEN, contacts, orders, knobs)) as server:
        yield server


async def _via_chatwoot(url: str, token: str = CW_TOKEN, phone: str = PHONE) -> list:  # type: ignore[type-arg]
    client = ChatwootClient(url, auth=TokenAuth(token), timeout=2.0)
    try:
        return await ChatwootShopifyProvider(client, 1).orders_for_phone(phone)
    finally:
        await client.aclose()


async def test_chatwoot_integration_finds_contact_by_exact_phone(chatwoot: LoopbackServer, knobs: Knobs) -> None:
    orders = {o.id: o for o in await _via_chatwoot(chatwoot.url)}
    assert set(orders) == {"5001", "5002", "5003"}  # not the decoy contact's 6666
    assert orders["5001"].status is OrderStatus.CONFIRMED
    assert orders["5002"].status is OrderStatus.SHIPPED
    assert orders["5003"].status is OrderStatus.RETURNED
    assert orders["5001"].admin_url == "https://souqdeals.myshopify.com/admin/orders/5001"
    assert orders["5001"].total == Decimal("2100.00")
    assert knobs.requests[0].endswith("q=%2B201001234567&include_contact_inboxes=false")
    assert "contact_id=7" in knobs.requests[1]


async def test_chatwoot_integration_no_contact_is_no_orders(chatwoot: LoopbackServer) -> None:
    assert await _via_chatwoot(chatwoot.url, phone="+201209998887") == []


async def test_chatwoot_integration_not_connected(knobs: Knobs) -> None:
    app = chatwoot_shopify_app(CW_TOKEN, [chatwoot_contact(7, "Mona", PHONE)], {}, knobs, connected=False)
    with serving(app) as server, pytest.raises(OrderProviderError, match="integration is not connected"):
        await _via_chatwoot(server.url)


async def test_chatwoot_integration_refused_token(chatwoot: LoopbackServer) -> None:
    with pytest.raises(OrderProviderError, match="Chatwoot"):
        await _via_chatwoot(chatwoot.url, token="bad")


@pytest.mark.parametrize(("setup", "message"), [
    ({"raw_body": "not json at all"}, "shape the app cannot read"),
    ({"raw_body": '{"payload": {"id": 1}}'}, "shape the app cannot read"),
    ({"status": 422, "raw_body": '{"error": "Shopify API error: Not Found"}'}, "Shopify refused the lookup"),
])
async def test_chatwoot_integration_bad_answers(chatwoot: LoopbackServer, knobs: Knobs, setup: dict[str, object],
                                                message: str) -> None:
    for name, value in setup.items():
        setattr(knobs, name, value)
    with pytest.raises(OrderProviderError, match=message):
        await _via_chatwoot(chatwoot.url)


async def test_chatwoot_unreachable() -> None:
    with pytest.raises(OrderProviderError, match="cannot be reached"):
        await _via_chatwoot(closed_port_url())
