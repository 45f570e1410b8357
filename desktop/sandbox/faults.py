"""Fault injection for the sandbox (switched through `POST /__sandbox/faults`): added latency, random 5xx
errors, malformed JSON bodies, 429 throttling (contract §13: text/plain "Retry later\\n"), dropping all
websockets once, refusing new websocket handshakes, stalling open websockets (no frame reaches the
client, nothing is closed: a silently dead path), and the faults that strike *after* the server did the
work: a 5xx instead of the answer (`post_commit_error_rate`) or an answer cut off mid-body
(`cut_answer_rate`) once a change (POST/PUT/PATCH/DELETE) was committed, as a proxy or a dying worker does.
`clock_offset_s` sets the server's clock that far from the real one (timestamps, windows and the `Date`
header every answer carries). Every request is counted (`POST /__sandbox/requests`) so tests can bound how
often a client asks. The control API itself is never faulted nor counted."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import Counter
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.sandbox import clock

RATES = ("latency_ms", "error_rate", "malformed_rate", "rate_limit", "post_commit_error_rate", "cut_answer_rate")
CHANGES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass
class Faults:
    latency_ms: float = 0.0
    error_rate: float = 0.0
    malformed_rate: float = 0.0
    rate_limit: float = 0.0
    post_commit_error_rate: float = 0.0
    cut_answer_rate: float = 0.0
    refuse_websockets: bool = False
    stall_websockets: bool = False
    clock_offset_s: float = 0.0
    rng: random.Random = field(default_factory=lambda: random.Random(7), repr=False)
    requests: Counter[str] = field(default_factory=Counter, repr=False)

    def describe(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("rng")
        data.pop("requests")
        return data

    def apply(self, settings: dict[str, Any]) -> None:
        for key in RATES:
            if key in settings:
                value = settings[key]
                value = 1.0 if value is True else 0.0 if value in (False, None) else float(value)
                setattr(self, key, max(0.0, value))
        if "refuse_websockets" in settings:
            self.refuse_websockets = bool(settings["refuse_websockets"])
        if "stall_websockets" in settings:
            self.stall_websockets = bool(settings["stall_websockets"])
        if "clock_offset_s" in settings:
            self.clock_offset_s = float(settings["clock_offset_s"] or 0.0)
            clock.set_offset(self.clock_offset_s)

    def hit(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate

    def counted(self, reset: bool = False) -> dict[str, int]:
        counts = dict(self.requests)
        if reset:
            self.requests.clear()
        return counts


def _date_header() -> tuple[bytes, bytes]:
    return b"date", formatdate(clock.now(), usegmt=True).encode()


async def _respond(send: Send, status: int, body: bytes, content_type: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
                            _date_header()]})
    await send({"type": "http.response.body", "body": body})


class _AnswerCut(Exception):
    """Raised after half an answer was sent: the server closes the connection mid-body."""


def _not_a_cut(record: logging.LogRecord) -> bool:
    return not (record.exc_info and isinstance(record.exc_info[1], _AnswerCut))


logging.getLogger("uvicorn.error").addFilter(_not_a_cut)  # a cut answer is the fault asked for, not a bug


class FaultMiddleware:
    """ASGI middleware consulting the sandbox's Faults before (and, for changes, after) each HTTP request."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if path.startswith(("/__sandbox", "/fulfilment")):
            await self.app(scope, receive, send)
            return
        f = self.faults
        if scope["type"] == "websocket":
            f.requests[f"WS {path}"] += 1
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET")
        f.requests[f"{method} {path}"] += 1
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
        if method in CHANGES and f.hit(f.post_commit_error_rate):
            await self.app(scope, receive, _swallow)  # the change is committed; the client is told it failed
            await _respond(send, 502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            return
        if method in CHANGES and f.hit(f.cut_answer_rate):
            await self.app(scope, receive, _cutting(send))  # committed; the answer stops half-way
            return
        await self.app(scope, receive, _dated(send))


def _dated(send: Send) -> Send:
    async def dated(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
            message = {**message, "headers": [*headers, _date_header()]}
        await send(message)

    return dated


async def _swallow(message: Message) -> None:
    return None


def _cutting(send: Send) -> Send:
    async def cutting(message: Message) -> None:
        if message["type"] == "http.response.body":
            body = message.get("body", b"")
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            raise _AnswerCut("the answer was cut off")
        await _dated(send)(message)

    return cutting
