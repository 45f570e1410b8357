"""An order system with a certificate the machine does not trust gets its own message, not "unreachable".

The self-signed certificate comes from `tests.support.tls`."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.errors import OrderProviderError
from tests.support.tls import self_signed_certificate


async def test_untrusted_certificate(tmp_path: Path) -> None:
    cert, key = self_signed_certificate(tmp_path)
    app = Starlette(routes=[Route("/orders", lambda request: JSONResponse({"orders": []}))])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", ssl_keyfile=str(key),
                            ssl_certfile=str(cert), lifespan="off", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    provider = GenericJsonProvider(f"https://127.0.0.1:{port}/orders?phone={{phone}}", name="ERP")
    trusting = GenericJsonProvider(f"https://127.0.0.1:{port}/orders?phone={{phone}}", verify=False)
    try:
        try:
            await provider.orders_for_phone("+201001234567")
        except OrderProviderError as exc:
            assert exc.user_message.startswith("ERP's security certificate could not be verified (self-signed")
        else:
            raise AssertionError("an untrusted certificate must not be accepted")
        assert await trusting.orders_for_phone("+201001234567") == []  # verify=False (IT's explicit choice)
    finally:
        await provider.aclose()
        await trusting.aclose()
        server.should_exit = True
        thread.join(timeout=10)
