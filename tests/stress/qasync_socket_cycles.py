"""Stand-alone stress program (run in a subprocess by `test_qasync_socket_cycles.py`).

It creates a QApplication (offscreen) and a qasync event loop, starts a loopback TCP echo server on that
loop and performs CYCLES raw client connections (connect, write, read the echo, close), then 150 httpx
requests with a new connection each and 150 websocket connect/echo/close cycles (the transports of the REST
and realtime clients). Every connection
adds and removes socket notifiers on both ends (qasync's `_add_reader`/`_remove_reader` and the writer
pair; each removal calls `SignalInstance.disconnect()`), the path that kills PySide6 6.12.0 on CPython 3.11 with
`Fatal Python error: bool_dealloc` (PySide6 6.12.0's `SignalInstance.disconnect()` returns a bool without a reference; fatal on CPython 3.11, harmless on 3.12+ where True/False are immortal). On success it prints one line
`cycles=<n> http=<h> ws=<w> removals=<m> seconds=<t>` and exits 0; a crash shows as exit code 134 (SIGABRT).

Usage: python tests/stress/qasync_socket_cycles.py [CYCLES]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import asyncio
import sys
import time

# isort: off
from PySide6.QtWidgets import QApplication  # PySide6 before qasync, or qasync may pick another binding
import qasync

# isort: on

PAYLOAD = b"ping\n"
HTTP_CYCLES = 150
WS_CYCLES = 150


async def _echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        line = await reader.readline()
        writer.write(line)
        await writer.drain()
    finally:
        writer.close()


async def _http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
    finally:
        writer.close()


async def http_cycles(count: int) -> int:
    """httpx (the REST client's transport) with a new connection per request."""
    import httpx

    server = await asyncio.start_server(_http, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = 0
    try:
        limits = httpx.Limits(max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits) as client:
            for _ in range(count):
                response = await client.get(f"http://127.0.0.1:{port}/")
                if response.text != "ok":
                    raise RuntimeError("unexpected HTTP answer")
                done += 1
    finally:
        server.close()
        await server.wait_closed()
    return done


async def websocket_cycles(count: int) -> int:
    """websockets (the realtime client's transport): connect, echo, close."""
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import ServerConnection, serve

    async def echo(ws: ServerConnection) -> None:
        async for message in ws:
            await ws.send(message)

    done = 0
    async with serve(echo, "127.0.0.1", 0) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        for _ in range(count):
            async with connect(f"ws://127.0.0.1:{port}", ping_interval=None) as ws:
                await ws.send("ping")
                if await ws.recv() != "ping":
                    raise RuntimeError("echo mismatch")
            done += 1
    return done


async def run(cycles: int) -> int:
    server = await asyncio.start_server(_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = 0
    try:
        for _ in range(cycles):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(PAYLOAD)
            await writer.drain()
            if await reader.readline() != PAYLOAD:
                raise RuntimeError("echo mismatch")
            writer.close()
            await writer.wait_closed()
            done += 1
    finally:
        server.close()
        await server.wait_closed()
    return done


def _count_removals(loop: asyncio.AbstractEventLoop) -> list[int]:
    """Count qasync's `_remove_reader`/`_remove_writer` calls that dropped a notifier (each one calls
    `SignalInstance.disconnect()`): transports call these private methods directly."""
    removals = [0]
    for name in ("_remove_reader", "_remove_writer"):
        original = getattr(loop, name)

        def counting(fd, _original=original):  # type: ignore[no-untyped-def]
            removed = _original(fd)
            if removed:
                removals[0] += 1
            return removed

        setattr(loop, name, counting)
    return removals


def main(argv: list[str]) -> int:
    cycles = int(argv[0]) if argv else 3000
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    removals = _count_removals(loop)
    started = time.perf_counter()
    with loop:
        done = loop.run_until_complete(run(cycles))
        http = loop.run_until_complete(http_cycles(HTTP_CYCLES))
        ws = loop.run_until_complete(websocket_cycles(WS_CYCLES))
    elapsed = time.perf_counter() - started
    print(f"cycles={done} http={http} ws={ws} removals={removals[0]} seconds={elapsed:.2f}", flush=True)
    del app
    return 0 if (done, http, ws) == (cycles, HTTP_CYCLES, WS_CYCLES) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
