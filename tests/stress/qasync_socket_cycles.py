"""Stand-alone stress program (run in a subprocess by `test_qasync_socket_cycles.py`).

It creates a QApplication (offscreen) and a qasync event loop, starts a loopback TCP echo server on that
loop and performs CYCLES client connections: connect, write, read the echo, close. Every connection
adds and removes socket notifiers on both ends (qasync's `_add_reader`/`_remove_reader` and the writer
pair; each removal calls `SignalInstance.disconnect()`), the path that kills PySide6 6.12.0 on CPython 3.11 with
`Fatal Python error: bool_dealloc` (platform-notes §1). On success it prints one line
`cycles=<n> removals=<m> seconds=<t>` and exits 0; a crash shows as exit code 134 (SIGABRT).

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
from PySide6.QtWidgets import QApplication  # PySide6 before qasync (platform-notes §1)
import qasync

# isort: on

PAYLOAD = b"ping\n"


async def _echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        line = await reader.readline()
        writer.write(line)
        await writer.drain()
    finally:
        writer.close()


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
    elapsed = time.perf_counter() - started
    print(f"cycles={done} removals={removals[0]} seconds={elapsed:.2f}", flush=True)
    del app
    return 0 if done == cycles else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
