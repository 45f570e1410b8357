"""Order lookup by phone for the contact panel: normalise, ask the provider, cache briefly, share requests.

`OrderLookup(provider).lookup(raw_phone)` returns an `OrderResult` (E.164 phone, orders newest first).
Results are cached per phone for `ttl` seconds; concurrent lookups of the same phone share one provider
request; failures are not cached. Raises `InvalidPhoneNumber` (before any request) or
`OrderProviderError` (from the provider, never anything else).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.api.orders.base import OrderProvider
from desktop.domain.errors import AppError, OrderProviderError
from desktop.domain.orders import Order, OrderStatus

from .observable import Emitter
from .owned_tasks import cancel_all_and_wait
from .phone import DEFAULT_REGION, normalise_phone

_EPOCH = datetime.min.replace(tzinfo=UTC)
MAX_CACHED = 200  # phones kept at once
_FINISHED = (OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED)


@dataclass(frozen=True, slots=True)
class OrderResult:
    phone_e164: str
    orders: tuple[Order, ...]  # newest first
    provider: str = ""
    fetched_at: float = field(default=0.0, compare=False)

    @property
    def open_orders(self) -> tuple[Order, ...]:
        """Orders still on their way (not delivered, cancelled or returned), newest first."""
        return tuple(o for o in self.orders if o.status not in _FINISHED)

    def find(self, order_id: str) -> Order | None:
        """The order with this id, ignoring case, `#` and a leading shop prefix difference like `SD-`."""
        wanted = _id_key(order_id)
        return next((o for o in self.orders if _id_key(o.id) == wanted), None)

    def best_match(self, order_id: str | None = None) -> Order | None:
        """What a "where is my order?" most likely means: the named order, else the newest open one,
        else the newest order."""
        if order_id and (found := self.find(order_id)):
            return found
        return next(iter(self.open_orders), None) or next(iter(self.orders), None)


def _id_key(order_id: str) -> str:
    return order_id.strip().lstrip("#").upper()


def newest_first(orders: list[Order]) -> tuple[Order, ...]:
    return tuple(sorted(orders, key=lambda o: o.created_at or _EPOCH, reverse=True))


class OrderLookup:
    """One per configured provider; use from one event loop.

    Signals: `updated(OrderResult)` after every fetch that reached the provider (not for cache hits), so
    every view showing that phone can refresh.
    """

    def __init__(self, provider: OrderProvider, *, ttl: float = 60.0, region: str = DEFAULT_REGION,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._provider = provider
        self._ttl = ttl
        self._region = region
        self._clock = clock
        self._cache: dict[str, OrderResult] = {}
        self._inflight: dict[str, asyncio.Future[OrderResult]] = {}
        self.updated = Emitter()

    @property
    def provider(self) -> OrderProvider:
        return self._provider

    @property
    def region(self) -> str:
        return self._region

    def normalise(self, raw_phone: str) -> str:
        return normalise_phone(raw_phone, self._region)

    def cached(self, raw_phone: str) -> OrderResult | None:
        """The fresh cached result for this phone, without any request (None if absent or stale)."""
        try:
            phone = self.normalise(raw_phone)
        except AppError:
            return None
        hit = self._cache.get(phone)
        if hit is not None and self._clock() - hit.fetched_at < self._ttl:
            return hit
        return None

    def invalidate(self, raw_phone: str | None = None) -> None:
        """Forget one phone's result (or all): the next lookup asks the provider again."""
        if raw_phone is None:
            self._cache.clear()
        else:
            self._cache.pop(self.normalise(raw_phone), None)

    async def lookup(self, raw_phone: str, *, refresh: bool = False) -> OrderResult:
        phone = self.normalise(raw_phone)
        if not refresh and (hit := self.cached(phone)) is not None:
            return hit
        pending = self._inflight.get(phone)
        if pending is None:
            pending = asyncio.ensure_future(self._fetch(phone))
            self._inflight[phone] = pending
            pending.add_done_callback(lambda done: self._settled(phone, done))
        # shield: one caller being cancelled (a closed panel) must not cancel the others' shared request
        return await asyncio.shield(pending)

    async def aclose(self) -> None:
        """Cancel the requests still under way (the app is closing or the provider changes)."""
        await cancel_all_and_wait(self._inflight.values())

    def _prune(self, now: float) -> None:
        """Keep memory flat over a shift: drop stale results, and the oldest beyond MAX_CACHED."""
        for phone in [p for p, r in self._cache.items() if now - r.fetched_at >= self._ttl]:
            del self._cache[phone]
        while len(self._cache) >= MAX_CACHED:
            del self._cache[next(iter(self._cache))]

    def _settled(self, phone: str, done: asyncio.Future[OrderResult]) -> None:
        if self._inflight.get(phone) is done:
            del self._inflight[phone]
        if not done.cancelled():
            done.exception()  # retrieved: a failure every caller walked away from is not "never retrieved"

    async def _fetch(self, phone: str) -> OrderResult:
        try:
            orders = await self._provider.orders_for_phone(phone)
        except OrderProviderError:
            raise
        except AppError as exc:
            raise OrderProviderError(f"{self._provider.name}: {exc.user_message}", detail=exc.detail) from exc
        result = OrderResult(phone, newest_first(list(orders)), self._provider.name, self._clock())
        self._prune(result.fetched_at)
        self._cache[phone] = result
        self.updated.emit(result)
        return result
