"""The sandbox as a separate process on a fixed loopback port, so the fault-injection suite can SIGKILL it
and start it again over the same SQLite file, and drive its control API (faults, customer messages,
request counts, accumulated across restarts)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from tests.faults.support import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SandboxProcess:
    def __init__(self, folder: Path) -> None:
        self.db_path = folder / "server.sqlite3"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = folder / "server.log"
        self._process: subprocess.Popen[bytes] | None = None
        self.counts: Counter[str] = Counter()  # requests served, summed over every life of the server
        self.kills = 0
        self.clock_offset = 0.0
        self._clients = threading.local()

    def start(self) -> None:
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "desktop.sandbox", "--port", str(self.port), "--db", str(self.db_path)],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.url}/__sandbox/users", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or self._process.poll() is not None:
                    raise RuntimeError("the sandbox process did not start") from None
                time.sleep(0.05)
        if self.clock_offset:
            self.faults(clock_offset_s=self.clock_offset)  # the server's clock stays off after a restart

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, whatever request is in flight."""
        self.collect()
        assert self._process is not None
        self._process.send_signal(signal.SIGKILL)
        self._process.wait(timeout=10)
        self.kills += 1

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()

    def _http(self) -> httpx.Client:
        """The control client of the calling thread, made once. `httpx.post` made a client per call: its TLS
        context took ~20 ms to build, and the client, left as cyclic garbage, was freed by a young collection
        of the measured process (some 300 of them: 110-170 ms inside the catch-up benchmark's window). No
        keep-alive: the server may be killed and started again on the same port."""
        client: httpx.Client | None = getattr(self._clients, "client", None)
        if client is None:
            client = self._clients.client = httpx.Client(timeout=5, limits=httpx.Limits(max_keepalive_connections=0))
        return client

    def control(self, path: str, body: dict[str, Any]) -> Any:
        response = self._http().post(f"{self.url}/__sandbox/{path}", json=body)
        response.raise_for_status()
        return response.json()

    def faults(self, **settings: Any) -> None:
        if "clock_offset_s" in settings:
            self.clock_offset = float(settings["clock_offset_s"])
        self.control("faults", settings)

    def collect(self) -> None:
        """Add the server's request counts to `counts` (and reset them there)."""
        try:
            self.counts.update(self.control("requests", {"reset": True}))
        except httpx.HTTPError:
            pass  # down: counted up to the last collect
