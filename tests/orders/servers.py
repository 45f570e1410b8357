"""Run a small ASGI app on 127.0.0.1 (port chosen by the OS) in a thread, for the order adapters' tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp


class LoopbackServer:
    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self._server, self._thread, self.url = server, thread, url

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start_server(app: ASGIApp) -> LoopbackServer:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="orders-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.005)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    return LoopbackServer(server, thread, f"http://{host}:{port}")


@contextmanager
def serving(app: ASGIApp) -> Iterator[LoopbackServer]:
    running = start_server(app)
    try:
        yield running
    finally:
        running.stop()


def closed_port_url() -> str:
    """An address on loopback where nothing listens (the port was just released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
