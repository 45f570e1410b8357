"""Test and demo harness: `start_sandbox(db_path)` runs the sandbox with uvicorn in a background thread on
127.0.0.1 (port chosen by the OS) and returns a `RunningSandbox` with its URL, the seeded users, and helpers
for the /__sandbox control API (faults, incoming customer messages, the simulator)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from desktop.sandbox.app import build_app
from desktop.sandbox.auth import totp
from desktop.sandbox.seed_data import USERS
from desktop.sandbox.state import Config


@dataclass(frozen=True)
class SandboxUser:
    """A seeded user's credentials; `roles` maps workspace (account) id to "agent"/"administrator"."""

    user_id: int
    name: str
    arabic_name: str
    email: str
    password: str
    token: str
    roles: dict[int, str]
    mfa_secret: str | None
    backup_codes: tuple[str, ...]

    def totp(self, at: float | None = None) -> str:
        """The current one-time code for an MFA user."""
        if not self.mfa_secret:
            raise ValueError(f"{self.email} has no MFA")
        return totp(self.mfa_secret, at)


SEEDED_USERS: dict[str, SandboxUser] = {
    u.email.split("@")[0]: SandboxUser(u.user_id, u.name, u.arabic_name, u.email, u.password, u.token,
                                       dict(u.roles), u.mfa_secret, u.backup_codes)
    for u in USERS
}


class RunningSandbox:
    """A sandbox server running in this process; call `stop()` when done."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str, db_path: Path) -> None:
        self._server = server
        self._thread = thread
        self.url = url
        self.db_path = db_path
        self.users = SEEDED_USERS

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def control(self, method: str, path: str, json: dict[str, Any] | None = None) -> Any:
        response = httpx.request(method, f"{self.url}/__sandbox/{path}", json=json, timeout=10)
        response.raise_for_status()
        return response.json() if response.content else None

    def set_faults(self, **settings: Any) -> dict[str, Any]:
        """latency_ms, error_rate, malformed_rate, rate_limit, post_commit_error_rate, cut_answer_rate,
        clock_offset_s, drop_websockets, refuse_websockets, stall_websockets."""
        return dict(self.control("POST", "faults", settings))

    def clear_faults(self) -> dict[str, Any]:
        return self.set_faults(latency_ms=0, error_rate=0, malformed_rate=0, rate_limit=0, refuse_websockets=False,
                               stall_websockets=False, post_commit_error_rate=0, cut_answer_rate=0, clock_offset_s=0)

    def requests(self, *, reset: bool = False) -> dict[str, int]:
        """Requests served since the last reset, per "METHOD /path" ("WS /cable" for websocket handshakes)."""
        return dict(self.control("POST", "requests", {"reset": reset}))

    def incoming(self, account_id: int, content: str, *, conversation_id: int | None = None,
                 contact_id: int | None = None, inbox_id: int | None = None) -> dict[str, Any]:
        """Make a customer send a message (a new conversation when no conversation_id is given)."""
        body: dict[str, Any] = {"account_id": account_id, "content": content}
        for key, value in (("conversation_id", conversation_id), ("contact_id", contact_id), ("inbox_id", inbox_id)):
            if value is not None:
                body[key] = value
        return dict(self.control("POST", "incoming", body))

    def simulator(self, rate_per_minute: float, account_ids: list[int] | None = None) -> dict[str, Any]:
        """Start (rate > 0) or stop (rate 0) the background customer simulator."""
        return dict(self.control("POST", "simulator", {"rate_per_minute": rate_per_minute,
                                                         "account_ids": account_ids or [1]}))


def start_sandbox(db_path: Path, *, ping_interval: float = 3.0, presence_ttl: float = 20.0,
                  receipt_delays: tuple[float, float] = (1.5, 4.0), snooze_check_interval: float = 30.0,
                  host: str = "127.0.0.1", port: int = 0,
                  reset: bool = False, simulate: dict[str, Any] | None = None) -> RunningSandbox:
    """Start a sandbox over `db_path` (seeded on first use) and return once it is listening.

    `receipt_delays`: seconds after an agent's reply on WhatsApp/Messenger/Instagram until the simulated
    customer's phone reports it delivered, then read (message.updated events). `snooze_check_interval`:
    how often conversations whose snooze time has passed are reopened."""
    config = Config(ping_interval=ping_interval, presence_ttl=presence_ttl, receipt_delays=receipt_delays,
                    snooze_check_interval=snooze_check_interval)
    app = build_app(Path(db_path), config, reset=reset, simulate=simulate)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", ws="websockets-sansio",
                                           lifespan="on", access_log=False, date_header=False))
    thread = threading.Thread(target=server.run, name=f"sandbox-{Path(db_path).name}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.005)
    sock = server.servers[0].sockets[0]
    bound_host, bound_port = sock.getsockname()[:2]
    url = f"http://{bound_host}:{bound_port}"
    app.state.sandbox.base_url = url
    return RunningSandbox(server, thread, url, Path(db_path))
