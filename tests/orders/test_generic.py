"""Generic JSON adapter against the sandbox's fulfilment endpoint (default mapping), plus custom mappings,
auth, faults and fuzzed bodies."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from desktop.api.orders.generic import FieldMapping, GenericJsonProvider, map_status
from desktop.domain.errors import OrderProviderError
from desktop.domain.orders import OrderStatus
from desktop.sandbox.fulfilment import fulfilment_app
from tests.orders.servers import LoopbackServer, closed_port_url, serving


def seeded_phones(db_path: Path, account_id: int = 1) -> list[str]:
    conn = sqlite3.connect(str(db_path))
    try:
        rows = conn.execute("SELECT phone_number FROM contacts WHERE account_id=? AND phone_number IS NOT NULL "
                            "ORDER BY id", (account_id,)).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def template(base: str) -> str:
    return f"{base}/fulfilment/orders?phone={{phone}}"


async def test_sandbox_orders_for_seeded_customers(sandbox: Any) -> None:
    phones = seeded_phones(sandbox.db_path)
    assert len(phones) >= 20
    provider = GenericJsonProvider(template(sandbox.url), name="SouqDeals fulfilment")
    now = datetime.now(UTC)
    statuses: Counter[OrderStatus] = Counter()
    late = with_tracking = customers_with_orders = 0
    try:
        for phone in phones[:40]:
            orders = await provider.orders_for_phone(phone)
            customers_with_orders += bool(orders)
            for order in orders:
                statuses[order.status] += 1
                late += order.is_late(now)
                assert re.fullmatch(r"SD-\d{6}", order.id)
                assert order.created_at is not None and order.created_at <= now
                assert order.currency == "EGP" and order.total is not None and order.total > 0
                assert order.items and all(i.name and i.quantity >= 1 for i in order.items)
                assert order.eta is not None
                assert order.history and order.history[0].status is OrderStatus.PLACED
                assert order.history[-1].status is order.status
                assert [c.at for c in order.history] == sorted(c.at for c in order.history)
                if order.tracking_url:
                    with_tracking += 1
                    assert order.carrier and order.tracking_number
                    assert order.tracking_url.startswith("https://") and order.tracking_number in order.tracking_url
    finally:
        await provider.aclose()
    assert customers_with_orders >= 10
    assert {OrderStatus.DELIVERED, OrderStatus.SHIPPED, OrderStatus.STUCK} <= set(statuses)
    assert len(statuses) >= 6 and OrderStatus.UNKNOWN not in statuses
    assert late >= 3 and with_tracking >= 5


async def test_sandbox_answers_are_deterministic_and_local_forms_match(sandbox: Any) -> None:
    provider = GenericJsonProvider(template(sandbox.url))
    for phone in seeded_phones(sandbox.db_path):
        first = await provider.orders_for_phone(phone)
        if first:
            break
    again = await provider.orders_for_phone(phone)
    await provider.aclose()
    assert first and first == again
    async with httpx.AsyncClient() as client:
        for spelling in ("0" + phone[3:], "00" + phone[1:], f"{phone[:3]} {phone[3:6]}-{phone[6:]}"):
            body = (await client.get(f"{sandbox.url}/fulfilment/orders", params={"phone": spelling})).json()
            assert [o["id"] for o in body["orders"]] == [o.id for o in first], spelling
            assert body["phone"] == phone
        short = (await client.get(f"{sandbox.url}/fulfilment/orders", params={"phone": phone[-6:]})).json()
        assert short["orders"] == []  # a fragment of a number matches nobody


async def test_unknown_phone_is_no_orders_and_missing_phone_is_an_error(sandbox: Any) -> None:
    provider = GenericJsonProvider(template(sandbox.url))
    assert await provider.orders_for_phone("+201209998887") == []
    await provider.aclose()
    bare = GenericJsonProvider(f"{sandbox.url}/fulfilment/orders?x={{phone_digits}}")
    with pytest.raises(OrderProviderError, match=re.escape("refused the request (HTTP 400)")):
        await bare.orders_for_phone("+201001234567")
    await bare.aclose()


@pytest.fixture
def guarded(sandbox: Any) -> Iterator[LoopbackServer]:
    """The same fulfilment app over the session sandbox's data, with a token and its own fault switches."""
    app = Starlette(routes=[Mount("/fulfilment", fulfilment_app(sandbox.db_path, token="erp-secret"))])
    with serving(app) as server:
        yield server


async def test_header_auth(guarded: LoopbackServer, sandbox: Any) -> None:
    phone = seeded_phones(sandbox.db_path)[1]
    good = GenericJsonProvider(template(guarded.url), headers={"Authorization": "Bearer erp-secret"})
    bad = GenericJsonProvider(template(guarded.url), headers={"Authorization": "Bearer nope"}, name="ERP")
    try:
        await good.orders_for_phone(phone)
        with pytest.raises(OrderProviderError, match=re.escape("ERP refused the credentials (HTTP 401)")):
            await bad.orders_for_phone(phone)
    finally:
        await good.aclose()
        await bad.aclose()


@pytest.mark.parametrize(("faults", "message"), [
    ({"delay_seconds": 1.0}, "did not answer in time"),
    ({"body": "<html>502 Bad Gateway</html>"}, "not JSON"),
    ({"body": '{"orders": {"id": 1}}'}, "shape the app cannot read"),
    ({"body": '{"orders": [{"status": "shipped"}]}'}, "shape the app cannot read"),
    ({"body": '{"orders": [{"id": "A1", "items": 5}]}'}, "shape the app cannot read"),
    ({"status": 503, "body": '{"error": "maintenance"}'}, "had a problem (HTTP 503)"),
])
async def test_faults_are_specific(guarded: LoopbackServer, faults: dict[str, Any], message: str) -> None:
    async with httpx.AsyncClient() as client:
        (await client.post(f"{guarded.url}/fulfilment/_faults", json=faults)).raise_for_status()
    provider = GenericJsonProvider(template(guarded.url), timeout=0.3,
                                   headers={"Authorization": "Bearer erp-secret"})
    with pytest.raises(OrderProviderError, match=re.escape(message)):
        await provider.orders_for_phone("+201001234567")
    await provider.aclose()


async def test_unreachable_and_bad_template() -> None:
    provider = GenericJsonProvider(closed_port_url() + "/orders?phone={phone}")
    with pytest.raises(OrderProviderError, match="cannot be reached"):
        await provider.orders_for_phone("+201001234567")
    await provider.aclose()
    with pytest.raises(ValueError, match="placeholder"):
        GenericJsonProvider("https://erp.example/orders")
    with pytest.raises(ValueError, match="unknown placeholder or a stray brace"):
        GenericJsonProvider("https://erp.example/orders?phone={phone}&f={fields}")
    with pytest.raises(ValueError, match="must start with http"):
        GenericJsonProvider("erp.example/orders?phone={phone}")


def test_only_web_links_become_tracking_links() -> None:
    provider = GenericJsonProvider("https://erp.example/orders?phone={phone}")
    orders = provider.decode_body({"orders": [
        {"id": "1", "shipping": {"tracking_url": "javascript:alert(1)"}},
        {"id": "2", "shipping": {"tracking_url": "file:///etc/passwd"}},
        {"id": "3", "shipping": {"tracking_url": "https://bosta.co/t/1 extra"}},
        {"id": "4", "shipping": {"tracking_url": " HTTPS://bosta.co/t/4 "}},
    ]})
    assert [o.tracking_url for o in orders] == [None, None, None, "HTTPS://bosta.co/t/4"]


async def test_custom_mapping_and_status_map() -> None:
    """An in-house system with its own shape: the body is a list, nested fields, its own status codes."""
    seen: list[str] = []

    async def orders(request: Request) -> JSONResponse:
        seen.append(str(request.url))
        return JSONResponse({"data": {"results": [{
            "ref": {"no": 7781}, "state": "OFD", "placed": 1795262400, "amount": {"value": "1,450.50", "cur": "EGP"},
            "lines": [{"title": "مروحة سقف", "qty": "2"}, "Gift wrap"], "delivery": {"promise": "2026-11-25",
            "courier": {"name": "Bosta", "awb": "B-1", "link": "https://bosta.co/t/B-1"}},
            "log": [{"code": "NEW", "time": "2026-11-21T12:00:00+02:00"}, {"code": "OFD", "time": 1795300000}],
        }]}})

    mapping = FieldMapping.from_dict({
        "orders": "data.results", "id": "ref.no", "status": "state", "created": "placed", "total": "amount.value",
        "currency": "amount.cur", "items": "lines", "item_name": "title", "item_quantity": "qty",
        "eta": "delivery.promise", "carrier": "delivery.courier.name", "tracking_number": "delivery.courier.awb",
        "tracking_url": "delivery.courier.link", "history": "log", "history_status": "code", "history_at": "time",
    })
    with serving(Starlette(routes=[Route("/v2/customers/{p}/orders", orders)])) as server:
        provider = GenericJsonProvider(server.url + "/v2/customers/{phone_digits}/orders?cc={phone_national}",
                                       mapping=mapping, status_map={"OFD": "out_for_delivery", "NEW": "placed"})
        [order] = await provider.orders_for_phone("+201001234567")
        await provider.aclose()
    assert seen[0].endswith("/v2/customers/201001234567/orders?cc=1001234567")
    assert order.id == "7781" and order.status is OrderStatus.OUT_FOR_DELIVERY and order.raw_status == "OFD"
    assert str(order.total) == "1450.50" and order.currency == "EGP"
    assert [(i.name, i.quantity) for i in order.items] == [("مروحة سقف", 2), ("Gift wrap", 1)]
    assert order.eta is not None and order.eta.date().isoformat() == "2026-11-25"
    # a bare promised date lasts the whole day: not late on the day itself, late the day after
    assert not order.is_late(datetime(2026, 11, 25, 20, tzinfo=UTC))
    assert order.is_late(datetime(2026, 11, 26, 1, tzinfo=UTC))
    assert (order.carrier, order.tracking_number, order.tracking_url) == ("Bosta", "B-1", "https://bosta.co/t/B-1")
    assert [c.status for c in order.history] == [OrderStatus.PLACED, OrderStatus.OUT_FOR_DELIVERY]


def test_mapping_typos_and_status_synonyms() -> None:
    with pytest.raises(ValueError, match="trackin_url"):
        FieldMapping.from_dict({"trackin_url": "x"})
    assert map_status("In Transit", {}) is OrderStatus.SHIPPED
    assert map_status("canceled", {}) is OrderStatus.CANCELLED
    assert map_status("on-hold", {}) is OrderStatus.STUCK
    assert map_status("X9", {"X9": "delivered"}) is OrderStatus.DELIVERED
    assert map_status("weird", {}) is OrderStatus.UNKNOWN
