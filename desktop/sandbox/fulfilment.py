"""The sandbox's in-house fulfilment system: `GET /fulfilment/orders?phone=<E.164>` (mounted at /fulfilment).

Serves the JSON shape the client's generic order adapter reads by default, with deterministic orders for
the customers seeded in the sandbox DB (`contacts.phone_number`): every status from placed to delivered,
late orders (promised date past, not delivered), stuck ones, bilingual item names, carriers (Bosta,
Aramex, our own drivers), tracking links and a status history. Dates are laid out relative to today, so
a late order stays late whatever day the sandbox runs. Optional bearer token; `POST /_faults` switches
on a delay, an HTTP status or a raw (malformed) body for training and tests. A separate server: it
imports nothing from the client.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

PRODUCTS = [  # (name, unit price EGP)
    ("خلاط مولينكس 500 وات", 1850), ("Air fryer Tornado 4L", 3200), ("سماعة بلوتوث JBL", 950),
    ("iPhone 15 cover — جراب", 180), ("طقم حلل جرانيت 10 قطع", 2750), ("مكنسة كهربا Hoover", 4100),
    ("شنطة لابتوب 15 بوصة", 420), ("Smart watch Xiaomi", 1600), ("مروحة سقف فريش", 1350),
    ("كوتشي Adidas مقاس 42", 2300), ("Power bank Anker 20000mAh", 1150), ("ترابيزة بلاستيك", 390),
]
CARRIERS = [  # (carrier, tracking URL template)
    ("Bosta", "https://bosta.co/tracking-shipments?shipment-number={n}"),
    ("Aramex", "https://www.aramex.com/track/results?ShipmentNumber={n}"),
    ("SouqDeals drivers — مناديب سوق ديلز", "https://souqdeals.example/track/{n}"),
]
FLOW = ["placed", "confirmed", "preparing", "shipped", "out_for_delivery", "delivered"]
NOTES = {
    "placed": "Order received — تم استلام الطلب", "confirmed": "Payment confirmed — تم تأكيد الدفع",
    "preparing": "Packing at the Obour warehouse — بيتجهز في مخزن العبور",
    "shipped": "Handed to the carrier — اتسلم لشركة الشحن", "out_for_delivery": "With the driver — مع المندوب",
    "delivered": "Delivered — تم التسليم", "cancelled": "Cancelled by the customer — اتلغى بطلب العميل",
    "returned": "Returned to the warehouse — رجع المخزن",
    "stuck": "Address incomplete, waiting for the customer — العنوان ناقص ومستنيين العميل",
}
# (final status, days since it was placed, promised-delivery days after placing): late and stuck included.
SCENARIOS = [
    ("placed", 0, 4), ("confirmed", 1, 4), ("preparing", 2, 5), ("shipped", 2, 4), ("out_for_delivery", 3, 3),
    ("delivered", 12, 4), ("delivered", 30, 5), ("shipped", 8, 4), ("preparing", 7, 3), ("stuck", 6, 4),
    ("out_for_delivery", 6, 4), ("cancelled", 20, 4), ("returned", 25, 3), ("stuck", 3, 5),
]


def digits(phone: str) -> str:
    """`+20 100-123 4567` / `00201001234567` → `201001234567` (how the endpoint compares numbers; a local
    number with its trunk 0 matches on the national number)."""
    only = "".join(ch for ch in phone if ch.isdigit())
    return only[2:] if only.startswith("00") else only


def orders_for(phone_e164: str, now: datetime) -> list[dict[str, Any]]:
    """The deterministic orders of one customer (0–3), newest first, laid out relative to `now`."""
    seed = int.from_bytes(hashlib.sha256(f"fulfilment:{digits(phone_e164)}".encode()).digest()[:8], "big")
    rng = random.Random(seed)
    count = rng.choice([0, 1, 1, 2, 2, 3])
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    orders = [_order(rng, today, rng.choice(SCENARIOS)) for _ in range(count)]
    return sorted(orders, key=lambda o: o["created_at"], reverse=True)


def _order(rng: random.Random, today: datetime, scenario: tuple[str, int, int]) -> dict[str, Any]:
    final, age, promise = scenario
    created = today - timedelta(days=age, hours=rng.randrange(1, 10), minutes=rng.randrange(60))
    promised = (created + timedelta(days=promise)).replace(hour=21, minute=0)
    picks = rng.sample(PRODUCTS, rng.randint(1, 3))
    quantities = [rng.choice([1, 1, 2]) for _ in picks]
    items = [{"name": name, "quantity": qty, "price": f"{price:.2f}"} for (name, price), qty in zip(picks, quantities,
                                                                                               strict=True)]
    total = sum(qty * price for (_, price), qty in zip(picks, quantities, strict=True)) + 50  # shipping fee
    steps = _steps(final, rng)
    history, at = [], created
    for n, status in enumerate(steps):
        if n:
            at = min(at + timedelta(hours=rng.randrange(3, 30)), today - timedelta(minutes=5 * (len(steps) - n)))
        history.append({"status": status, "at": _iso(at), "note": NOTES[status]})
    carrier, tracking = rng.choice(CARRIERS), None
    shipped = any(s in ("shipped", "out_for_delivery", "delivered", "returned") for s in steps)
    number = f"{rng.randrange(10**9, 10**10)}"
    if shipped:
        tracking = {"carrier": carrier[0], "tracking_number": number, "tracking_url": carrier[1].format(n=number)}
    return {
        "id": f"SD-{rng.randrange(100_000, 999_999)}", "status": final, "created_at": _iso(created),
        "total": f"{total:.2f}", "currency": "EGP", "items": items, "promised_delivery": _iso(promised),
        "shipping": tracking or {"carrier": None, "tracking_number": None, "tracking_url": None},
        "history": history, "payment": rng.choice(["cash_on_delivery", "card", "valu"]),
    }


def _steps(final: str, rng: random.Random) -> list[str]:
    if final in FLOW:
        return FLOW[: FLOW.index(final) + 1]
    if final == "cancelled":
        return ["placed", "confirmed", "cancelled"]
    if final == "returned":
        return [*FLOW, "returned"]
    return [*FLOW[: rng.choice([2, 3, 4])], "stuck"]  # stuck after confirming, preparing or shipping


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _customer(db_path: Path, phone: str) -> sqlite3.Row | None:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        wanted = digits(phone).lstrip("0")  # "01001234567" (local, trunk 0) matches "+201001234567"
        if len(wanted) < 7:
            return None
        for row in conn.execute("SELECT name, phone_number FROM contacts WHERE phone_number IS NOT NULL "
                                "AND phone_number LIKE ? ORDER BY id", (f"%{wanted[-7:]}%",)):
            stored = digits(row["phone_number"])
            if stored == wanted or (len(wanted) >= 9 and stored.endswith(wanted)):
                return row
        return None
    finally:
        conn.close()


def fulfilment_app(db_path: str | Path, *, token: str | None = None,
                   clock: Callable[[], float] = time.time) -> Starlette:
    """The fulfilment ASGI app; `token` (when set) must come as `Authorization: Bearer <token>`."""
    path = Path(db_path)
    faults: dict[str, Any] = {}

    async def orders(request: Request) -> Response:
        if faults.get("delay_seconds"):
            await asyncio.sleep(float(faults["delay_seconds"]))
        if faults.get("status"):
            return Response(str(faults.get("body", "")), status_code=int(faults["status"]),
                            media_type="application/json")
        if "body" in faults:
            return Response(str(faults["body"]), media_type="application/json")
        if token is not None and request.headers.get("authorization") != f"Bearer {token}":
            return JSONResponse({"error": "invalid or missing API token"}, status_code=401)
        phone = request.query_params.get("phone", "").strip()
        if not digits(phone):
            return JSONResponse({"error": "the phone parameter is required"}, status_code=400)
        row = await asyncio.to_thread(_customer, path, phone)
        if row is None:
            return JSONResponse({"phone": phone, "customer": None, "orders": []})
        now = datetime.fromtimestamp(clock(), UTC)
        return JSONResponse({"phone": row["phone_number"], "customer": {"name": row["name"]},
                             "orders": orders_for(row["phone_number"], now)})

    async def set_faults(request: Request) -> Response:
        """`{"delay_seconds": 3}`, `{"status": 503, "body": "..."}`, `{"body": "not json"}`; `{}` clears."""
        try:
            wanted = await request.json()
        except ValueError:
            return JSONResponse({"error": "send a JSON object"}, status_code=400)
        faults.clear()
        faults.update({k: v for k, v in (wanted or {}).items() if k in ("delay_seconds", "status", "body")})
        return JSONResponse({"faults": faults})

    return Starlette(routes=[Route("/orders", orders), Route("/_faults", set_faults, methods=["POST"])])
