"""WooCommerce REST API (v3) adapter.

`GET /wp-json/wc/v3/orders?search=<term>` with the consumer key/secret (HTTP basic auth over https,
query parameters otherwise or when asked). WooCommerce's search is a substring match on stored text and
shops store phones as customers typed them, so one lookup searches the national significant number
(`1001234567`, inside `01001234567`, `+201001234567`, `00201001234567`) and the national and international
layouts (`010 01234567`, `+20 10 01234567`); results are kept only when `billing.phone` (normalised with
the injected `normalise(raw, region)`, region from `billing.country`) equals the phone looked up. A phone
stored with other separators (`0100-123-4567`) is not found by WooCommerce's search.
Tracking comes from `meta_data` (Shipment Tracking / Advanced Shipment Tracking items, plain keys).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import phonenumbers

from desktop.domain.orders import Order, OrderItem, OrderStatus, StatusChange

from .base import (
    BadOrderData,
    as_dict,
    as_list,
    bad_response,
    deadline,
    decimal,
    get_json,
    make_client,
    quantity,
    text,
    timestamp,
    web_link,
)

Normaliser = Callable[[str, str], str | None]
_EPOCH = datetime.min.replace(tzinfo=UTC)

STATUSES = {
    "pending": OrderStatus.PLACED, "checkout-draft": OrderStatus.PLACED, "processing": OrderStatus.PREPARING,
    "on-hold": OrderStatus.STUCK, "completed": OrderStatus.DELIVERED, "cancelled": OrderStatus.CANCELLED,
    "refunded": OrderStatus.RETURNED, "failed": OrderStatus.STUCK,
    # statuses that common shipping plugins add
    "shipped": OrderStatus.SHIPPED, "out-for-delivery": OrderStatus.OUT_FOR_DELIVERY,
    "delivered": OrderStatus.DELIVERED, "ready-to-ship": OrderStatus.PREPARING, "returned": OrderStatus.RETURNED,
}
_TRACKING_ITEMS = ("_wc_shipment_tracking_items", "_aftership_tracking_items")
_KEYS = {
    "carrier": ("_tracking_provider", "tracking_provider", "_shipping_company", "carrier"),
    "number": ("_tracking_number", "tracking_number", "bosta_tracking_number", "awb"),
    "url": ("_tracking_url", "tracking_url", "_tracking_link", "tracking_link"),
    "eta": ("_delivery_date", "delivery_date", "_orddd_timestamp", "Delivery Date", "promised_delivery"),
}


class WooCommerceProvider:
    def __init__(self, site_url: str, consumer_key: str, consumer_secret: str, *, normalise: Normaliser,
                 default_region: str = "EG", auth_in_query: bool | None = None, timeout: float | None = None,
                 transport: httpx.AsyncBaseTransport | None = None, verify: bool = True) -> None:
        self._base = site_url.rstrip("/")
        self._key, self._secret = consumer_key, consumer_secret
        self._normalise = normalise
        self._region = default_region
        self._query_auth = auth_in_query if auth_in_query is not None else not self._base.startswith("https:")
        self._client = make_client(timeout, verify=verify, transport=transport)

    @property
    def name(self) -> str:
        return "WooCommerce"

    async def aclose(self) -> None:
        await self._client.aclose()

    async def orders_for_phone(self, phone_e164: str) -> list[Order]:
        found: dict[str, Order] = {}
        batches = await asyncio.gather(*(self._search(term, phone_e164) for term in search_terms(phone_e164)))
        for order in (order for batch in batches for order in batch):
            found.setdefault(order.id, order)
        return sorted(found.values(), key=lambda o: o.created_at or _EPOCH, reverse=True)

    async def _search(self, term: str, phone_e164: str) -> list[Order]:
        params = {"search": term, "per_page": "50", "orderby": "date", "order": "desc"}
        auth: tuple[str, str] | None = None
        if self._query_auth:
            params |= {"consumer_key": self._key, "consumer_secret": self._secret}
        else:
            auth = (self._key, self._secret)
        body = await get_json(self._client, self.name, f"{self._base}/wp-json/wc/v3/orders", params=params,
                              auth=auth)
        return self.decode_body(body, phone_e164)

    def decode_body(self, body: Any, phone_e164: str) -> list[Order]:
        """The orders in a response whose billing phone is `phone_e164`; OrderProviderError on a bad shape."""
        try:
            orders = []
            for raw in as_list(body, "orders"):
                data = as_dict(raw, "order")
                billing = data.get("billing")
                billing = billing if isinstance(billing, dict) else {}
                region = text(billing.get("country")) or self._region
                if self._normalise(text(billing.get("phone")) or "", region) == phone_e164:
                    orders.append(decode_woo_order(data))
            return orders
        except (BadOrderData, AttributeError, TypeError) as exc:
            raise bad_response(self.name, exc) from exc


def search_terms(phone_e164: str) -> list[str]:
    """What to search for: the national number, then the national and international layouts."""
    try:
        number = phonenumbers.parse(phone_e164, None)
    except phonenumbers.NumberParseException:
        return [phone_e164.lstrip("+")]
    terms = [str(number.national_number)]
    for layout in (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL):
        formatted = phonenumbers.format_number(number, layout)
        if " " in formatted and formatted not in terms:
            terms.append(formatted)
    return terms


def decode_woo_order(data: dict[str, Any]) -> Order:
    number = text(data.get("number")) or text(data.get("id"))
    if number is None:
        raise BadOrderData("order without id/number")
    raw_status = text(data.get("status")) or ""
    status = STATUSES.get(raw_status.lower().removeprefix("wc-"), OrderStatus.UNKNOWN)
    meta = _meta(data.get("meta_data"))
    tracking = _tracking_item(meta)
    created = _gmt(data, "date_created")
    history = [StatusChange(OrderStatus.PLACED, created)] if created else []
    paid, completed = _gmt(data, "date_paid"), _gmt(data, "date_completed")
    if paid:
        history.append(StatusChange(OrderStatus.CONFIRMED, paid, "paid"))
    shipped = timestamp(_epoch_or_text(tracking.get("date_shipped")))
    if shipped:
        history.append(StatusChange(OrderStatus.SHIPPED, shipped))
    if completed:
        history.append(StatusChange(OrderStatus.DELIVERED, completed))
    items = tuple(
        OrderItem(name=text(li.get("name")) or "?", quantity=quantity(li.get("quantity")),
                  price=decimal(li.get("price")))
        for li in as_list(data.get("line_items"), "line_items") if isinstance(li, dict)
    )
    return Order(
        id=number, status=status, created_at=created, total=decimal(data.get("total")),
        currency=text(data.get("currency")) or "", items=items,
        eta=deadline(_epoch_or_text(_pick(meta, "eta"))),
        carrier=text(tracking.get("custom_tracking_provider")) or text(tracking.get("tracking_provider"))
        or _pick(meta, "carrier"),
        tracking_number=text(tracking.get("tracking_number")) or _pick(meta, "number"),
        tracking_url=web_link(tracking.get("custom_tracking_link")) or web_link(tracking.get("tracking_link"))
        or web_link(_pick(meta, "url")),
        history=tuple(sorted(history, key=lambda c: c.at)), raw_status=raw_status,
        extra={"woo_id": text(data.get("id"))},
    )


def _gmt(data: dict[str, Any], key: str) -> datetime | None:
    gmt = data.get(f"{key}_gmt")
    if isinstance(gmt, str) and gmt:
        return timestamp(gmt.removesuffix("Z") + "+00:00")
    return timestamp(data.get(key))


def _meta(value: Any) -> dict[str, Any]:
    return {str(m["key"]): m.get("value") for m in as_list(value, "meta_data")
            if isinstance(m, dict) and "key" in m}


def _tracking_item(meta: dict[str, Any]) -> dict[str, Any]:
    for key in _TRACKING_ITEMS:
        items = meta.get(key)
        if isinstance(items, list) and items and isinstance(items[-1], dict):
            return items[-1]
    return {}


def _pick(meta: dict[str, Any], what: str) -> str | None:
    for key in _KEYS[what]:
        if text(meta.get(key)):
            return text(meta.get(key))
    return None


def _epoch_or_text(value: Any) -> Any:
    """Plugins store dates as epoch strings ("1490000000") or ISO text."""
    if isinstance(value, str) and value.isdigit() and len(value) >= 9:
        return int(value)
    return value
