"""Orders as the agent sees them, whatever fulfilment system they come from."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


class OrderStatus(enum.StrEnum):
    PLACED = "placed"
    CONFIRMED = "confirmed"
    PREPARING = "preparing"
    SHIPPED = "shipped"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"
    STUCK = "stuck"  # held / exception / on hold
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class OrderItem:
    name: str
    quantity: int = 1
    price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: OrderStatus
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Order:
    id: str
    status: OrderStatus
    created_at: datetime | None
    total: Decimal | None = None
    currency: str = ""
    items: tuple[OrderItem, ...] = ()
    eta: datetime | None = None  # promised delivery date
    carrier: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    history: tuple[StatusChange, ...] = ()
    raw_status: str = ""  # the provider's own word for the status
    admin_url: str | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def is_late(self, now: datetime) -> bool:
        return (
            self.eta is not None
            and now > self.eta
            and self.status not in (OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED)
        )
