"""Assembles the sandbox Starlette application: seeded database, routes per resource, ActionCable at
/cable, the /__sandbox control API, fault middleware, and the fulfilment app mounted at /fulfilment when
`desktop.sandbox.fulfilment` exists."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, WebSocketRoute

from desktop.sandbox import (
    auth,
    control,
    routes_actions,
    routes_contacts,
    routes_conversations,
    routes_csat,
    routes_filter,
    routes_lookups,
    routes_messages,
    routes_profile,
    routes_reports,
)
from desktop.sandbox.cable import Hub, cable_endpoint
from desktop.sandbox.db import connect
from desktop.sandbox.faults import FaultMiddleware, Faults
from desktop.sandbox.http import ApiError
from desktop.sandbox.mutate import wake_snoozed
from desktop.sandbox.seed import create_database
from desktop.sandbox.state import Config, Sandbox


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body, status_code=exc.status)


def _fulfilment(db_path: Path) -> list[BaseRoute]:
    try:
        from desktop.sandbox.fulfilment import fulfilment_app  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return []
    return [Mount("/fulfilment", app=fulfilment_app(db_path))]


async def _wake_snoozed_periodically(sb: Sandbox) -> None:
    while True:
        await asyncio.sleep(sb.config.snooze_check_interval)
        wake_snoozed(sb)


def build_app(db_path: Path, config: Config | None = None, *, reset: bool = False,
              simulate: dict[str, Any] | None = None) -> Starlette:
    """A ready ASGI app over the database at `db_path` (seeded on first use)."""
    create_database(db_path, reset=reset)
    sb = Sandbox(connect(db_path), db_path, config or Config())
    sb.hub = Hub(sb)
    sb.faults = Faults()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if simulate:
            control.start_simulator(sb, simulate)
        waker = asyncio.create_task(_wake_snoozed_periodically(sb), name="sandbox-snooze-waker")
        yield
        waker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await waker
        await control.stop_simulator(sb)
        sb.closed = True  # pending receipt timers become no-ops
        sb.conn.close()

    routes: list[BaseRoute] = [
        *auth.routes, *routes_profile.routes, *routes_filter.routes, *routes_conversations.routes, *routes_actions.routes,
        *routes_messages.routes, *routes_lookups.routes, *routes_contacts.routes, *routes_reports.routes, *routes_csat.routes,
        *control.routes, WebSocketRoute("/cable", cable_endpoint), *_fulfilment(db_path),
    ]
    app = Starlette(routes=routes, exception_handlers={ApiError: _api_error}, lifespan=lifespan)
    app.state.sandbox = sb
    app.add_middleware(FaultMiddleware, faults=sb.faults)
    app.add_middleware(_BaseUrlMiddleware, sandbox=sb)
    return app


class _BaseUrlMiddleware:
    """Learns the server's own address from the first request when it was not set explicitly."""

    def __init__(self, app: Any, sandbox: Sandbox) -> None:
        self.app = app
        self.sandbox = sandbox

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if not self.sandbox.base_url and scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"127.0.0.1").decode("latin-1")
            self.sandbox.base_url = f"{scope.get('scheme', 'http')}://{host}"
        await self.app(scope, receive, send)
