"""Fault injection for the sandbox (switched through `POST /__sandbox/faults`): added latency, random 5xx
errors, malformed JSON bodies, 429 throttling (contract §13: text/plain "Retry later\\n"), dropping all
websockets once, and refusing new websocket handshakes. The control API itself is never faulted."""

from __future__ import annotations

import asyncio
import random
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send


@dataclass
class Faults:
    latency_ms: float = 0.0
    error_rate: float = 0.0
    malformed_rate: float = 0.0
    rate_limit: float = 0.0
    refuse_websockets: bool = False
    rng: random.Random = field(default_factory=lambda: random.Random(7), repr=False)

    def describe(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("rng")
        return data

    def apply(self, settings: dict[str, Any]) -> None:
        for key in ("latency_ms", "error_rate", "malformed_rate", "rate_limit"):
            if key in settings:
                value = settings[key]
                value = 1.0 if value is True else 0.0 if value in (False, None) else float(value)
                setattr(self, key, max(0.0, value))
        if "refuse_websockets" in settings:
            self.refuse_websockets = bool(settings["refuse_websockets"])

    def hit(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate


async def _respond(send: Send, status: int, body: bytes, content_type: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class FaultMiddleware:
    """ASGI middleware consulting the sandbox's Faults before each HTTP request."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(("/__sandbox", "/fulfilment")):
            await self.app(scope, receive, send)
            return
        f = self.faults
        if f.latency_ms > 0:
            await asyncio.sleep(f.latency_ms / 1000.0)
        if f.hit(f.rate_limit):
            await _respond(send, 429, b"Retry later\n", "text/plain")
            return
        if f.hit(f.error_rate):
            if f.rng.random() < 0.5:
                await _respond(send, 500, b'{"status":500,"error":"Internal Server Error"}', "application/json")
            else:
                await _respond(send, 502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            return
        if f.hit(f.malformed_rate):
            garbage = f.rng.choice([b'{"data": {"meta": ', b"<html>oops</html>", b'{"payload": [1, 2,,]}', b"\x00\xff"])
            await _respond(send, 200, garbage, "application/json; charset=utf-8")
            return
        await self.app(scope, receive, send)
