"""Small real loopback HTTP(S) servers for the client tests that the sandbox cannot stand in for: a web page
that is not Chatwoot, a self-signed TLS server, a storage host that an attachment redirect points at, and a
server answering the contract's documented error bodies verbatim (for example "Account is suspended").

Each server runs `http.server` in a thread on 127.0.0.1 with an OS-chosen port, answers from a route table
`{(method, path): Reply}` and records every request it gets (method, path, headers) for assertions.
"""

from __future__ import annotations

import json
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.support.tls import self_signed_certificate


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without answering

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("content-type", "application/octet-stream")
        if isinstance(self.body, str):
            return self.body.encode(), self.headers.get("content-type", "text/html; charset=utf-8")
        return json.dumps(self.body).encode(), "application/json; charset=utf-8"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class LoopbackServer:
    def __init__(self, routes: dict[tuple[str, str], Reply], tls: ssl.SSLContext | None = None) -> None:
        self.routes = routes
        self.fallback: Reply | None = None  # the answer to any request no route matches
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body are separate writes: avoid delayed-ACK stalls

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?", 1)[0]
                server.seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                reply = server.routes.get((self.command, path)) or server.routes.get(("*", path)) \
                    or server.fallback or Reply(404, "<html><body>Not Found</body></html>")
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                body, content_type = reply.encoded()
                self.send_response(reply.status)
                headers = {"content-type": content_type, **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _answer

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def self_signed_context(directory: Path) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1."""
    cert_file, key_file = self_signed_certificate(directory)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@contextmanager
def serve(routes: dict[tuple[str, str], Reply], *, tls: bool = False) -> Iterator[LoopbackServer]:
    with tempfile.TemporaryDirectory() as tmp:
        context = self_signed_context(Path(tmp)) if tls else None
        with LoopbackServer(routes, context) as server:
            yield server


def closed_port_url() -> str:
    """An http URL on loopback where nothing listens (the port was bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
