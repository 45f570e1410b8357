"""Generic JSON HTTP adapter for in-house fulfilment systems.

Configured with a URL template (`{phone}` = URL-encoded E.164, `{phone_digits}` = digits only,
`{phone_national}` = national significant number), an optional auth header, and a `FieldMapping` of dotted
paths into the response. The default mapping reads the shape the sandbox's `/fulfilment/orders` serves:
`{"orders": [{"id", "status", "created_at", "total", "currency", "items": [{"name", "quantity", "price"}],
"promised_delivery", "shipping": {"carrier", "tracking_number", "tracking_url"},
"history": [{"status", "at", "note"}]}]}`. Provider status words map through `status_map`, then through
common synonyms; anything unknown is `OrderStatus.UNKNOWN` (its raw word is kept).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import phonenumbers

from desktop.domain.orders import Order, OrderItem, OrderStatus, StatusChange

from .base import (
    BadOrderData,
    as_list,
    bad_response,
    deadline,
    decimal,
    dig,
    get_json,
    make_client,
    quantity,
    text,
    timestamp,
    web_link,
)

SYNONYMS = {
    "new": "placed", "pending": "placed", "created": "placed", "received": "placed", "accepted": "confirmed",
    "paid": "confirmed", "processing": "preparing", "packed": "preparing", "packing": "preparing",
    "ready": "preparing", "ready_to_ship": "preparing", "dispatched": "shipped", "in_transit": "shipped",
    "picked_up": "shipped", "with_courier": "shipped", "out_for_delivery": "out_for_delivery",
    "completed": "delivered", "canceled": "cancelled", "refunded": "returned", "returned_to_sender": "returned",
    "on_hold": "stuck", "held": "stuck", "exception": "stuck", "delayed": "stuck", "failed_delivery": "stuck",
}


@dataclass(frozen=True, slots=True)
class FieldMapping:
    """Dotted paths into the response; `orders` is the path to the list ("" when the body is the list)."""

    orders: str = "orders"
    id: str = "id"
    status: str = "status"
    created: str = "created_at"
    total: str = "total"
    currency: str = "currency"
    items: str = "items"
    item_name: str = "name"
    item_quantity: str = "quantity"
    item_price: str = "price"
    eta: str = "promised_delivery"
    carrier: str = "shipping.carrier"
    tracking_number: str = "shipping.tracking_number"
    tracking_url: str = "shipping.tracking_url"
    history: str = "history"
    history_status: str = "status"
    history_at: str = "at"
    history_note: str = "note"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldMapping:
        """From a JSON config; an unknown key raises ValueError naming it (a typo must not pass silently)."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown field mapping key(s): {', '.join(unknown)}")
        return cls(**{k: str(v) for k, v in data.items()})


def map_status(raw: str, status_map: dict[str, str]) -> OrderStatus:
    word = status_map.get(raw, status_map.get(raw.lower(), raw))
    key = word.strip().lower().replace("-", "_").replace(" ", "_")
    key = SYNONYMS.get(key, key)
    try:
        return OrderStatus(key)
    except ValueError:
        return OrderStatus.UNKNOWN


def check_template(url_template: str) -> None:
    """ValueError naming the problem when the URL template is not usable."""
    if "{phone" not in url_template:
        raise ValueError("the URL template needs a {phone} placeholder")
    try:
        url = url_template.format(phone="p", phone_digits="1", phone_national="1")
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"the URL template has an unknown placeholder or a stray brace ({exc}); "
                         "use {phone}, {phone_digits} or {phone_national}") from None
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError("the URL template must start with http:// or https://")


class GenericJsonProvider:
    def __init__(self, url_template: str, *, name: str = "Fulfilment system",
                 mapping: FieldMapping | None = None, status_map: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None, timeout: float | None = None,
                 transport: httpx.AsyncBaseTransport | None = None, verify: bool = True) -> None:
        check_template(url_template)
        self._template = url_template
        self._name = name
        self._mapping = mapping or FieldMapping()
        self._status_map = dict(status_map or {})
        self._headers = {"Accept": "application/json", **(headers or {})}
        self._client = make_client(timeout, verify=verify, transport=transport)

    @property
    def name(self) -> str:
        return self._name

    async def aclose(self) -> None:
        await self._client.aclose()

    def url_for(self, phone_e164: str) -> str:
        digits = phone_e164.lstrip("+")
        try:
            national = str(phonenumbers.parse(phone_e164, None).national_number)
        except phonenumbers.NumberParseException:
            national = digits
        return self._template.format(phone=quote(phone_e164, safe=""), phone_digits=digits,
                                     phone_national=national)

    async def orders_for_phone(self, phone_e164: str) -> list[Order]:
        body = await get_json(self._client, self.name, self.url_for(phone_e164), headers=self._headers)
        return self.decode_body(body)

    def decode_body(self, body: Any) -> list[Order]:
        """The orders in a response body; OrderProviderError when its shape does not fit the mapping."""
        try:
            found = dig(body, self._mapping.orders) if self._mapping.orders else body
            return [self.decode(raw) for raw in as_list(found, "orders") if raw is not None]
        except (BadOrderData, AttributeError, TypeError, ValueError) as exc:
            raise bad_response(self.name, exc) from exc

    def decode(self, raw: Any) -> Order:
        if not isinstance(raw, dict):
            raise BadOrderData(f"order should be an object, got {type(raw).__name__}")
        m = self._mapping
        order_id = text(dig(raw, m.id))
        if order_id is None:
            raise BadOrderData(f"order without {m.id!r}")
        raw_status = text(dig(raw, m.status)) or ""
        items = tuple(
            OrderItem(name=text(dig(it, m.item_name)) or "?", quantity=quantity(dig(it, m.item_quantity)),
                      price=decimal(dig(it, m.item_price)))
            if isinstance(it, dict) else OrderItem(name=text(it) or "?")
            for it in as_list(dig(raw, m.items), "items")
        )
        history = []
        for change in as_list(dig(raw, m.history), "history"):
            at = timestamp(dig(change, m.history_at)) if isinstance(change, dict) else None
            if at is not None:
                word = text(dig(change, m.history_status)) or ""
                history.append(StatusChange(map_status(word, self._status_map), at,
                                            text(dig(change, m.history_note)) or ""))
        return Order(
            id=order_id, status=map_status(raw_status, self._status_map), created_at=timestamp(dig(raw, m.created)),
            total=decimal(dig(raw, m.total)), currency=text(dig(raw, m.currency)) or "", items=items,
            eta=deadline(dig(raw, m.eta)), carrier=text(dig(raw, m.carrier)),
            tracking_number=text(dig(raw, m.tracking_number)), tracking_url=web_link(dig(raw, m.tracking_url)),
            history=tuple(sorted(history, key=lambda c: c.at)), raw_status=raw_status,
        )
