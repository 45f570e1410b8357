"""WooCommerce adapter over loopback against the real `wc/v3/orders` shapes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop.api.orders.woocommerce import WooCommerceProvider
from desktop.domain.errors import OrderProviderError
from desktop.domain.orders import OrderStatus
from desktop.services.phone import try_normalise
from tests.orders.servers import LoopbackServer, closed_port_url, serving
from tests.orders.shops import Knobs, woo_order, woocommerce_app

PHONE = "+201001234567"
KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"
TRACKING = [{"id": 1, "key": "_wc_shipment_tracking_items", "value": [{
    "tracking_provider": "", "custom_tracking_provider": "Bosta", "custom_tracking_link":
    "https://bosta.co/tracking-shipments?shipment-number=7788", "tracking_number": "7788",
    "date_shipped": "1795262400", "tracking_id": "a1b2"}]},
    {"id": 2, "key": "_delivery_date", "value": "2026-11-26"}]


@pytest.fixture
def knobs() -> Knobs:
    return Knobs()


@pytest.fixture
def site(knobs: Knobs) -> Iterator[LoopbackServer]:
    orders = [
        woo_order(101, "01001234567", "processing", "2026-11-20T10:00:00"),
        woo_order(102, "+20 10 01234567", "shipped", "2026-11-21T10:00:00", meta=TRACKING),
        woo_order(103, "010 01234567", "completed", "2026-10-01T10:00:00"),
        woo_order(104, "+201001234567", "on-hold", "2026-11-22T08:00:00"),
        woo_order(105, "01001234567", "cancelled", "2026-09-01T08:00:00"),
        woo_order(106, "01001234567", "refunded", "2026-08-01T08:00:00"),
        woo_order(107, "01001234567", "failed", "2026-07-01T08:00:00"),
        woo_order(108, "01001234567", "pending", "2026-11-23T08:00:00"),
        # decoys the substring search also returns: same digits in Saudi Arabia, the number in a note
        woo_order(201, "01001234567", "processing", "2026-11-20T11:00:00", country="SA"),
        woo_order(202, "01209998887", "processing", "2026-11-20T12:00:00", note="call my brother 1001234567"),
    ]
    with serving(woocommerce_app(KEY, SECRET, orders, knobs)) as server:
        yield server


def provider(url: str, key: str = KEY, **kwargs: object) -> WooCommerceProvider:
    return WooCommerceProvider(url, key, SECRET, normalise=try_normalise, **kwargs)  # type: ignore[arg-type]


async def test_orders_filtered_by_normalised_billing_phone(site: LoopbackServer, knobs: Knobs) -> None:
    woo = provider(site.url)
    orders = {o.id: o for o in await woo.orders_for_phone(PHONE)}
    await woo.aclose()
    assert set(orders) == {"101", "102", "103", "104", "105", "106", "107", "108"}
    statuses = {k: o.status for k, o in orders.items()}
    assert statuses == {
        "101": OrderStatus.PREPARING, "102": OrderStatus.SHIPPED, "103": OrderStatus.DELIVERED,
        "104": OrderStatus.STUCK, "105": OrderStatus.CANCELLED, "106": OrderStatus.RETURNED,
        "107": OrderStatus.STUCK, "108": OrderStatus.PLACED,
    }
    shipped = orders["102"]
    assert shipped.carrier == "Bosta" and shipped.tracking_number == "7788"
    assert shipped.tracking_url == "https://bosta.co/tracking-shipments?shipment-number=7788"
    assert shipped.eta is not None and shipped.eta.date().isoformat() == "2026-11-26"
    assert [c.status for c in shipped.history] == [OrderStatus.PLACED, OrderStatus.SHIPPED]
    assert shipped.raw_status == "shipped"
    first = orders["101"]
    assert first.total == Decimal("899.00") and first.items[0].quantity == 2
    assert first.created_at is not None and first.created_at.isoformat() == "2026-11-20T10:00:00+00:00"
    # the search used the national number (a substring of every stored form) and query-string auth on http
    assert all("consumer_key=" in r for r in knobs.requests)
    # the searches run concurrently: the national number and the two layouts shops store
    assert sorted(r.split("search=")[1].split("&")[0] for r in knobs.requests) == [
        "%2B20+10+01234567", "010+01234567", "1001234567"]


async def test_basic_auth_when_asked(site: LoopbackServer, knobs: Knobs) -> None:
    woo = provider(site.url, auth_in_query=False)
    orders = await woo.orders_for_phone(PHONE)
    assert [o.id for o in orders] == ["108", "104", "102", "101", "103", "105", "106", "107"]  # newest first
    await woo.aclose()
    assert "consumer_key" not in knobs.requests[0]


async def test_no_orders_is_an_empty_list(site: LoopbackServer) -> None:
    woo = provider(site.url)
    assert await woo.orders_for_phone("+201112223334") == []
    await woo.aclose()


@pytest.mark.parametrize(("setup", "message"), [
    ({"key": "ck_wrong"}, "refused the credentials (HTTP 401)"),
    ({"raw_body": "<!DOCTYPE html><p>WordPress critical error</p>"}, "not JSON"),
    ({"raw_body": '{"orders": []}'}, "shape the app cannot read"),
    ({"raw_body": '[{"id": 1, "billing": {"phone": "01001234567"}, "line_items": "x"}]'}, "cannot read"),
    ({"raw_body": '[{"billing": {"phone": "01001234567"}}]'}, "cannot read"),
    ({"status": 500, "raw_body": '{"code": "internal_server_error"}'}, "had a problem (HTTP 500)"),
    ({"status": 404, "raw_body": '{"code": "rest_no_route"}'}, "no such address"),
    ({"delay": 1.0}, "did not answer in time"),
])
async def test_failures_are_specific(site: LoopbackServer, knobs: Knobs, setup: dict[str, object],
                                     message: str) -> None:
    for name, value in setup.items():
        if name != "key":
            setattr(knobs, name, value)
    woo = provider(site.url, str(setup.get("key", KEY)), timeout=0.3)
    with pytest.raises(OrderProviderError, match=re.escape(message)):
        await woo.orders_for_phone(PHONE)
    await woo.aclose()


async def test_unreachable() -> None:
    woo = provider(closed_port_url())
    with pytest.raises(OrderProviderError, match="cannot be reached"):
        await woo.orders_for_phone(PHONE)
    await woo.aclose()
