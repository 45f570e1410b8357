"""Output of `python -m desktop orders lookup`: the `--json` document and the plain-text table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop.domain.orders import Order
from desktop.services.orders import OrderResult


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "status": order.status.value,
        "created_at": _iso(order.created_at),
        "total": str(order.total) if order.total is not None else None,
        "currency": order.currency,
        "eta": _iso(order.eta),
        "tracking_url": order.tracking_url,
    }


def result_json(result: OrderResult) -> dict[str, Any]:
    """Exactly `{"phone": "+20…", "orders": [{"id", "status", "created_at", "total", "currency", "eta",
    "tracking_url"}]}`, newest order first."""
    return {"phone": result.phone_e164, "orders": [order_json(o) for o in result.orders]}


def print_orders(result: OrderResult, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    provider = f" ({result.provider})" if result.provider else ""
    print(f"Phone: {result.phone_e164}{provider}")
    if not result.orders:
        print("No orders found for this phone number.")
        return
    print(f"{len(result.orders)} order(s), newest first:")
    for order in result.orders:
        created = order.created_at.date().isoformat() if order.created_at else "?"
        total = f"{order.total:,.2f} {order.currency}".strip() if order.total is not None else ""
        eta = f"ETA {order.eta.date().isoformat()}" if order.eta else ""
        late = "LATE" if order.is_late(now) else ""
        print("  " + "  ".join(p for p in (order.id, order.status.value, created, total, eta, late) if p))
        if order.carrier or order.tracking_number or order.tracking_url:
            tracking = " ".join(p for p in (order.carrier, order.tracking_number, order.tracking_url) if p)
            print(f"      tracking: {tracking}")
        for item in order.items:
            print(f"      {item.quantity} × {item.name}")
