"""Loopback stand-ins for the shops' real APIs, speaking their real response shapes (for adapter tests).

- `shopify_admin_app`: Admin REST 2025-01 `customers/search.json` and `customers/{id}/orders.json`,
  `X-Shopify-Access-Token` auth, Shopify's 401 body.
- `woocommerce_app`: `wp-json/wc/v3/orders?search=` (substring search over billing fields and the
  customer note, like WooCommerce), consumer key/secret as basic auth or query parameters.
- `chatwoot_shopify_app`: Chatwoot's `contacts/search` (ILIKE substring, §9.3) and the Shopify integration's
  `integrations/shopify/orders?contact_id=` (§14), `api_access_token` auth and Chatwoot's error bodies.
Each takes a `Knobs` object the test flips: delay (for timeouts), a raw body (malformed), an HTTP status.
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass
class Knobs:
    delay: float = 0.0
    raw_body: str | None = None
    status: int | None = None
    requests: list[str] = field(default_factory=list)

    async def apply(self, request: Request) -> Response | None:
        self.requests.append(f"{request.url.path}?{request.url.query}")
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status is not None:
            return Response(self.raw_body or "", status_code=self.status, media_type="application/json")
        if self.raw_body is not None:
            return Response(self.raw_body, media_type="application/json")
        return None


# -- Shopify ------------------------------------------------------------------------------------------------

def shopify_order(order_id: int, number: int, created: str, *, financial: str = "paid",
                  fulfillment: str | None = None, shipment: str | None = None, cancelled_at: str | None = None,
                  tracking: tuple[str, str, str] | None = None, total: str = "1250.00") -> dict[str, Any]:
    fulfillments = []
    if tracking or shipment:
        company, number_, url = tracking or ("Aramex", "", "")
        fulfillments.append({
            "id": order_id * 10, "order_id": order_id, "status": "success", "created_at": created,
            "service": "manual", "updated_at": created, "tracking_company": company, "shipment_status": shipment,
            "location_id": 905684977, "tracking_number": number_ or None,
            "tracking_numbers": [number_] if number_ else [], "tracking_url": url or None,
            "tracking_urls": [url] if url else [], "name": f"#{number}.1",
        })
    return {
        "id": order_id, "admin_graphql_api_id": f"gid://shopify/Order/{order_id}", "app_id": None,
        "browser_ip": None, "cancel_reason": "customer" if cancelled_at else None, "cancelled_at": cancelled_at,
        "closed_at": None, "confirmed": True, "created_at": created, "currency": "EGP",
        "current_total_price": total, "email": "mona@example.com", "financial_status": financial,
        "fulfillment_status": fulfillment, "name": f"#{number}", "note": None, "note_attributes": [],
        "number": number - 1000, "order_number": number, "phone": "+201001234567", "presentment_currency": "EGP",
        "processed_at": created, "subtotal_price": total, "tags": "", "total_price": total,
        "updated_at": created,
        "line_items": [{"id": order_id + 1, "name": "خلاط مولينكس - أبيض", "title": "خلاط مولينكس", "price": total,
                        "quantity": 1, "sku": "BL-500", "variant_title": "أبيض", "vendor": "Moulinex"}],
        "fulfillments": fulfillments,
        "customer": {"id": 207119551, "email": "mona@example.com", "phone": "+201001234567"},
    }


def shopify_admin_app(token: str, customers: dict[str, int], orders: dict[int, list[dict[str, Any]]],
                      knobs: Knobs) -> Starlette:
    """`customers` maps E.164 phone → customer id; `orders` maps customer id → Shopify orders."""

    def refused(request: Request) -> Response | None:
        if request.headers.get("x-shopify-access-token") != token:
            return JSONResponse({"errors": "[API] Invalid API key or access token (unrecognized login or wrong "
                                           "password)"}, status_code=401)
        return None

    async def search(request: Request) -> Response:
        if (early := await knobs.apply(request)) or (early := refused(request)):
            return early
        query = request.query_params.get("query", "")
        phone = query.removeprefix("phone:") if query.startswith("phone:") else None
        found = [{"id": cid, "phone": p, "email": "mona@example.com", "first_name": "Mona"}
                 for p, cid in customers.items() if p == phone]
        return JSONResponse({"customers": found})

    async def customer_orders(request: Request) -> Response:
        if (early := await knobs.apply(request)) or (early := refused(request)):
            return early
        if request.query_params.get("status") != "any":
            return JSONResponse({"orders": []})  # Shopify's default hides closed/cancelled orders
        return JSONResponse({"orders": orders.get(int(request.path_params["cid"]), [])})

    return Starlette(routes=[
        Route("/admin/api/2025-01/customers/search.json", search),
        Route("/admin/api/2025-01/customers/{cid:int}/orders.json", customer_orders),
    ])


# -- WooCommerce -------------------------------------------------------------------------------------------

def woo_order(order_id: int, phone: str, status: str, created_gmt: str, *, country: str = "EG",
              note: str = "", meta: list[dict[str, Any]] | None = None, total: str = "899.00") -> dict[str, Any]:
    return {
        "id": order_id, "parent_id": 0, "status": status, "currency": "EGP", "version": "9.4.2",
        "prices_include_tax": False, "date_created": created_gmt, "date_modified": created_gmt,
        "discount_total": "0.00", "shipping_total": "50.00", "total": total, "total_tax": "0.00",
        "customer_id": 12, "order_key": f"wc_order_{order_id}abc",
        "billing": {"first_name": "Omar", "last_name": "Farouk", "company": "", "address_1": "12 El Tahrir St",
                    "address_2": "", "city": "Giza", "state": "GZ", "postcode": "", "country": country,
                    "email": "omar@example.com", "phone": phone},
        "shipping": {"first_name": "Omar", "last_name": "Farouk", "address_1": "12 El Tahrir St", "city": "Giza",
                     "country": country, "phone": ""},
        "payment_method": "cod", "payment_method_title": "الدفع عند الاستلام", "customer_note": note,
        "date_created_gmt": created_gmt, "date_modified_gmt": created_gmt, "date_paid": None,
        "date_paid_gmt": None, "date_completed": None, "date_completed_gmt": None,
        "number": str(order_id), "meta_data": meta or [],
        "line_items": [{"id": order_id * 3, "name": "سماعة بلوتوث JBL", "product_id": 93, "variation_id": 0,
                        "quantity": 2, "subtotal": "849.00", "total": "849.00", "sku": "JBL-T110",
                        "price": 424.5, "meta_data": []}],
    }


def woocommerce_app(key: str, secret: str, orders: list[dict[str, Any]], knobs: Knobs) -> Starlette:
    def authorised(request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            return (user, password) == (key, secret)
        q = request.query_params
        return (q.get("consumer_key"), q.get("consumer_secret")) == (key, secret)

    async def list_orders(request: Request) -> Response:
        if early := await knobs.apply(request):
            return early
        if not authorised(request):
            return JSONResponse({"code": "woocommerce_rest_authentication_error", "message":
                                 "Consumer key is invalid.", "data": {"status": 401}}, status_code=401)
        term = request.query_params.get("search", "").lower()

        def matches(order: dict[str, Any]) -> bool:
            billing = order["billing"]
            haystack = [billing["phone"], billing["email"], billing["first_name"], billing["last_name"],
                        order["customer_note"]]
            return any(term in str(v).lower() for v in haystack)

        found = sorted((o for o in orders if matches(o)), key=lambda o: o["date_created_gmt"], reverse=True)
        return JSONResponse(found)

    return Starlette(routes=[Route("/wp-json/wc/v3/orders", list_orders)])


# -- Chatwoot with the Shopify integration -----------------------------------------------------------------

def chatwoot_shopify_app(token: str, contacts: list[dict[str, Any]], orders: dict[int, list[dict[str, Any]]],
                         knobs: Knobs, *, connected: bool = True) -> Starlette:
    """`contacts`: Chatwoot contact objects; `orders`: contact id → §14 slim Shopify orders."""

    def refused(request: Request) -> Response | None:
        if request.headers.get("api_access_token") != token:
            return JSONResponse({"error": "Invalid Access Token"}, status_code=401)
        return None

    async def search(request: Request) -> Response:
        if (early := refused(request)) or (early := await knobs.apply(request)):
            return early
        q = request.query_params.get("q", "").strip().lower()
        resolved = [c for c in contacts if c.get("phone_number") or c.get("email")]
        found = [c for c in resolved if q and any(q in str(c.get(k) or "").lower()
                                                  for k in ("name", "email", "phone_number"))]
        return JSONResponse({"meta": {"count": len(found), "current_page": 1}, "payload": found[:15]})

    async def shopify_orders(request: Request) -> Response:
        if (early := refused(request)) or (early := await knobs.apply(request)):
            return early
        if not connected:
            return JSONResponse({"error": "Resource could not be found"}, status_code=404)
        contact_id = int(request.query_params.get("contact_id", "0"))
        contact = next((c for c in contacts if c["id"] == contact_id), None)
        if contact is None or not (contact.get("phone_number") or contact.get("email")):
            return JSONResponse({"error": "Contact information missing"}, status_code=422)
        return JSONResponse({"orders": orders.get(contact_id, [])})

    return Starlette(routes=[
        Route("/api/v1/accounts/{aid:int}/contacts/search", search),
        Route("/api/v1/accounts/{aid:int}/integrations/shopify/orders", shopify_orders),
    ])


def chatwoot_contact(contact_id: int, name: str, phone: str | None, email: str | None = None) -> dict[str, Any]:
    return {"additional_attributes": {"city": "Cairo", "country": "Egypt"}, "availability_status": "offline",
            "email": email, "id": contact_id, "name": name, "phone_number": phone, "blocked": False,
            "identifier": None, "thumbnail": "", "custom_attributes": {}, "created_at": 1763000000,
            "contact_inboxes": []}


def slim_shopify_order(order_id: int, created: str, *, fulfillment: str | None, financial: str,
                       total: str = "2100.00", shop: str = "souqdeals") -> dict[str, Any]:
    """The order shape Chatwoot's integration returns (§14)."""
    return {"id": order_id, "email": "mona@example.com", "created_at": created, "total_price": total,
            "currency": "EGP", "fulfillment_status": fulfillment, "financial_status": financial,
            "admin_url": f"https://{shop}.myshopify.com/admin/orders/{order_id}"}
