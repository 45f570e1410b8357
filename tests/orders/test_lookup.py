"""OrderLookup: normalise first, newest first, brief per-phone caching, one request for concurrent lookups,
failures not cached, cancellation of one caller not cancelling the others."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.errors import InvalidPhoneNumber, OrderProviderError
from desktop.services.orders import OrderLookup
from tests.orders.servers import LoopbackServer, serving


@dataclass
class Erp:
    delay: float = 0.0
    fail: bool = False
    hits: list[str] = field(default_factory=list)


@pytest.fixture
def erp() -> Erp:
    return Erp()


@pytest.fixture
def server(erp: Erp) -> Iterator[LoopbackServer]:
    async def orders(request: Request) -> Response:
        phone = request.query_params["phone"]
        erp.hits.append(phone)
        await asyncio.sleep(erp.delay)
        if erp.fail:
            return JSONResponse({"error": "down"}, status_code=502)
        return JSONResponse({"orders": [
            {"id": "A-100", "status": "delivered", "created_at": "2026-10-01T10:00:00Z"},
            {"id": "A-300", "status": "shipped", "created_at": "2026-11-20T10:00:00Z"},
            {"id": "A-200", "status": "preparing", "created_at": "2026-11-02T10:00:00Z"},
            {"id": "A-050", "status": "placed", "created_at": None},
        ]})

    with serving(Starlette(routes=[Route("/orders", orders)])) as running:
        yield running


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def lookup(server: LoopbackServer) -> object:
    clock = Clock()
    provider = GenericJsonProvider(server.url + "/orders?phone={phone}", timeout=2.0)
    service = OrderLookup(provider, ttl=60, clock=clock)
    service.test_clock = clock  # type: ignore[attr-defined]
    yield service
    await service.aclose()
    await provider.aclose()


async def test_normalises_and_sorts_newest_first(lookup: OrderLookup, erp: Erp) -> None:
    result = await lookup.lookup("٠١٠٠ ١٢٣ ٤٥٦٧")
    assert result.phone_e164 == "+201001234567" and erp.hits == ["+201001234567"]
    assert [o.id for o in result.orders] == ["A-300", "A-200", "A-100", "A-050"]
    assert [o.id for o in result.open_orders] == ["A-300", "A-200", "A-050"]
    assert result.find("a-200") is result.orders[1] and result.find("#A-300") is result.orders[0]
    assert result.best_match("A-100").id == "A-100"  # type: ignore[union-attr]
    assert result.best_match(None).id == "A-300"  # type: ignore[union-attr]
    assert result.provider == "Fulfilment system"


async def test_cache_per_phone_with_ttl(lookup: OrderLookup, erp: Erp) -> None:
    clock: Clock = lookup.test_clock  # type: ignore[attr-defined]
    announced: list[str] = []
    lookup.updated.connect(lambda result: announced.append(result.phone_e164))
    first = await lookup.lookup("01001234567")
    assert await lookup.lookup("+20 100 123 4567") is first  # same phone, another spelling: cached
    assert lookup.cached("01001234567") is first
    await lookup.lookup("01201234567")
    assert len(erp.hits) == 2
    clock.now += 59
    await lookup.lookup("01001234567")
    assert len(erp.hits) == 2
    clock.now += 2
    assert lookup.cached("01001234567") is None
    fresh = await lookup.lookup("01001234567")
    assert fresh is not first and len(erp.hits) == 3
    await lookup.lookup("01001234567", refresh=True)
    assert len(erp.hits) == 4
    lookup.invalidate("01001234567")
    await lookup.lookup("01001234567")
    assert len(erp.hits) == 5
    assert announced == [erp_phone for erp_phone in erp.hits]  # one announcement per provider fetch


async def test_concurrent_identical_lookups_share_one_request(lookup: OrderLookup, erp: Erp) -> None:
    erp.delay = 0.2
    results = await asyncio.gather(*(lookup.lookup(p) for p in
                                     ["01001234567", "+201001234567", "00201001234567", "01201234567"]))
    assert erp.hits.count("+201001234567") == 1 and erp.hits.count("+201201234567") == 1
    assert results[0] is results[1] is results[2]


async def test_one_cancelled_caller_does_not_cancel_the_others(lookup: OrderLookup, erp: Erp) -> None:
    erp.delay = 0.3
    impatient = asyncio.ensure_future(lookup.lookup("01001234567"))
    patient = asyncio.ensure_future(lookup.lookup("01001234567"))
    await asyncio.sleep(0.05)
    impatient.cancel()
    result = await patient
    assert result.orders and len(erp.hits) == 1
    with pytest.raises(asyncio.CancelledError):
        await impatient


async def test_failures_are_shared_but_not_cached(lookup: OrderLookup, erp: Erp) -> None:
    erp.fail, erp.delay = True, 0.1
    outcomes = await asyncio.gather(lookup.lookup("01001234567"), lookup.lookup("01001234567"),
                                    return_exceptions=True)
    assert all(isinstance(o, OrderProviderError) for o in outcomes) and len(erp.hits) == 1
    erp.fail = False
    assert (await lookup.lookup("01001234567")).orders
    assert len(erp.hits) == 2


async def test_invalid_phone_is_refused_before_any_request(lookup: OrderLookup, erp: Erp) -> None:
    with pytest.raises(InvalidPhoneNumber, match="Too short"):
        await lookup.lookup("0100 123")
    with pytest.raises(InvalidPhoneNumber, match="No digits"):
        await lookup.lookup("فين الأوردر")
    assert erp.hits == [] and lookup.cached("nonsense") is None


async def test_aclose_cancels_requests_under_way(lookup: OrderLookup, erp: Erp) -> None:
    erp.delay = 1.0
    pending = asyncio.ensure_future(lookup.lookup("01001234567"))
    await asyncio.sleep(0.05)
    await lookup.aclose()
    with pytest.raises(asyncio.CancelledError):
        await pending


async def test_cache_stays_bounded(lookup: OrderLookup, erp: Erp, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.services.orders as orders_module

    monkeypatch.setattr(orders_module, "MAX_CACHED", 3)
    clock: Clock = lookup.test_clock  # type: ignore[attr-defined]
    for n in range(5):
        await lookup.lookup(f"0100123456{n}")
    assert len(lookup._cache) == 3  # the oldest went first
    assert lookup.cached("01001234560") is None and lookup.cached("01001234564") is not None
    clock.now += 61
    await lookup.lookup("01201234567")
    assert list(lookup._cache) == ["+201201234567"]  # stale results are dropped on the next fetch
