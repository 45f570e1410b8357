"""Shopify Admin REST API (2025-01) adapter, and the Shopify order decoder the Chatwoot integration reuses.

Lookup: `GET /admin/api/2025-01/customers/search.json?query=phone:<E.164>` then, per customer,
`GET /admin/api/2025-01/customers/{id}/orders.json?status=any`, with header `X-Shopify-Access-Token`.
Status comes from `cancelled_at`, `financial_status`, `fulfillment_status` and the fulfillments'
`shipment_status`; tracking from `fulfillments[].tracking_company/number/url`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

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

API_VERSION = "2025-01"
MAX_CUSTOMERS = 5

_SHIPMENT = {
    "delivered": OrderStatus.DELIVERED, "out_for_delivery": OrderStatus.OUT_FOR_DELIVERY,
    "in_transit": OrderStatus.SHIPPED, "confirmed": OrderStatus.SHIPPED, "label_printed": OrderStatus.PREPARING,
    "label_purchased": OrderStatus.PREPARING, "ready_for_pickup": OrderStatus.OUT_FOR_DELIVERY,
    "attempted_delivery": OrderStatus.STUCK, "failure": OrderStatus.STUCK, "delayed": OrderStatus.STUCK,
    "carrier_picked_up": OrderStatus.SHIPPED, "picked_up": OrderStatus.DELIVERED,
}
_ETA_NOTES = ("delivery_date", "delivery date", "estimated_delivery", "promised_delivery", "eta")


def shopify_status(order: dict[str, Any]) -> OrderStatus:
    """One agent-facing status from Shopify's separate financial and fulfilment states."""
    financial = (text(order.get("financial_status")) or "").lower()
    fulfilment = (text(order.get("fulfillment_status")) or "").lower()
    if order.get("cancelled_at"):
        return OrderStatus.CANCELLED
    if financial in ("refunded", "voided"):
        return OrderStatus.RETURNED if fulfilment in ("fulfilled", "partial", "restocked") else \
            OrderStatus.CANCELLED
    shipments = [text(f.get("shipment_status")) for f in as_list(order.get("fulfillments"), "fulfillments")
                 if isinstance(f, dict)]
    for shipment in reversed(shipments):
        if shipment and shipment.lower() in _SHIPMENT:
            return _SHIPMENT[shipment.lower()]
    if fulfilment in ("fulfilled", "partial"):
        return OrderStatus.SHIPPED
    if fulfilment == "restocked":
        return OrderStatus.RETURNED
    if fulfilment == "on_hold":
        return OrderStatus.STUCK
    if financial in ("paid", "partially_paid", "partially_refunded"):
        return OrderStatus.CONFIRMED
    return OrderStatus.PLACED


def decode_shopify_order(raw: Any, *, admin_url: str | None = None) -> Order:
    """A Shopify order object (Admin REST, or the slim one Chatwoot's integration passes through)."""
    data = as_dict(raw, "order")
    number = text(data.get("order_number")) or text(data.get("id"))
    if number is None:
        raise BadOrderData("order without id")
    fulfillments = [f for f in as_list(data.get("fulfillments"), "fulfillments") if isinstance(f, dict)]
    latest = fulfillments[-1] if fulfillments else {}
    items = tuple(
        OrderItem(name=text(li.get("name")) or text(li.get("title")) or "?", quantity=quantity(li.get("quantity")),
                  price=decimal(li.get("price")))
        for li in as_list(data.get("line_items"), "line_items") if isinstance(li, dict)
    )
    created = timestamp(data.get("created_at"))
    status = shopify_status(data)
    history = [StatusChange(OrderStatus.PLACED, created)] if created else []
    for f in fulfillments:
        at = timestamp(f.get("created_at"))
        if at:
            history.append(StatusChange(OrderStatus.SHIPPED, at, text(f.get("tracking_company")) or ""))
    cancelled = timestamp(data.get("cancelled_at"))
    if cancelled:
        history.append(StatusChange(OrderStatus.CANCELLED, cancelled, text(data.get("cancel_reason")) or ""))
    raw_status = " / ".join(
        s for s in (text(data.get("financial_status")), text(data.get("fulfillment_status")) or "unfulfilled",
                    text(latest.get("shipment_status"))) if s
    )
    return Order(
        id=number, status=status, created_at=created, total=decimal(data.get("total_price")),
        currency=text(data.get("currency")) or "", items=items, eta=_eta(data),
        carrier=text(latest.get("tracking_company")),
        tracking_number=text(latest.get("tracking_number")) or _first(latest.get("tracking_numbers")),
        tracking_url=web_link(latest.get("tracking_url")) or web_link(_first(latest.get("tracking_urls"))),
        history=tuple(sorted(history, key=lambda c: c.at)), raw_status=raw_status,
        admin_url=web_link(admin_url) or web_link(data.get("admin_url")),
        extra={"shopify_id": text(data.get("id")), "name": text(data.get("name"))},
    )


def decode_shopify_orders(body: Any, provider: str, admin_base: str | None = None) -> list[Order]:
    try:
        orders = as_list(as_dict(body, "response").get("orders"), "orders")
        return [
            decode_shopify_order(o, admin_url=f"{admin_base}/orders/{o.get('id')}" if admin_base else None)
            for o in orders
        ]
    except (BadOrderData, AttributeError, TypeError) as exc:
        raise bad_response(provider, exc) from exc


def _first(value: Any) -> str | None:
    return text(value[0]) if isinstance(value, list) and value else None


def _eta(data: dict[str, Any]) -> datetime | None:
    for note in as_list(data.get("note_attributes"), "note_attributes"):
        if isinstance(note, dict) and (text(note.get("name")) or "").lower() in _ETA_NOTES:
            return deadline(text(note.get("value")))
    return None


class ShopifyAdminProvider:
    """Orders straight from a shop's Admin API with a custom-app access token (from the keyring)."""

    def __init__(self, shop_url: str, access_token: str, *, timeout: float | None = None,
                 transport: httpx.AsyncBaseTransport | None = None, verify: bool = True) -> None:
        self._base = shop_url.rstrip("/")
        if "://" not in self._base:
            self._base = f"https://{self._base}"
        self._token = access_token
        self._client = make_client(timeout, verify=verify, transport=transport)

    @property
    def name(self) -> str:
        return "Shopify"

    async def aclose(self) -> None:
        await self._client.aclose()

    async def orders_for_phone(self, phone_e164: str) -> list[Order]:
        headers = {"X-Shopify-Access-Token": self._token, "Accept": "application/json"}
        api = f"{self._base}/admin/api/{API_VERSION}"
        body = await get_json(self._client, self.name, f"{api}/customers/search.json",
                              params={"query": f"phone:{phone_e164}", "fields": "id,phone"}, headers=headers)
        try:
            customers = as_list(as_dict(body, "response").get("customers"), "customers")
            ids = [text(as_dict(c, "customer").get("id")) for c in customers][:MAX_CUSTOMERS]
        except BadOrderData as exc:
            raise bad_response(self.name, exc) from exc
        orders: list[Order] = []
        for customer_id in filter(None, ids):
            body = await get_json(self._client, self.name, f"{api}/customers/{customer_id}/orders.json",
                                  params={"status": "any", "limit": "50"}, headers=headers)
            orders.extend(decode_shopify_orders(body, self.name, f"{self._base}/admin"))
        return orders

