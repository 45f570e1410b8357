"""Helpers for the realtime and doctor tests: a `Recorder` that is the client's `on_event` and lets a test
await the first event matching a predicate (with a timeout, so a missing event fails instead of hanging),
`TlsSandbox`, the sandbox served over HTTPS/WSS with a throwaway self-signed certificate, and `Rest`, just
enough plain-httpx REST to drive the sandbox (the realtime client is under test, not the REST client)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import ConnectionChanged, ConnectionState, Event, SubscriptionFailed
from tests.support.tls import self_signed_certificate


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    async def wait_for(
        self, predicate: Callable[[Event], bool], *, timeout: float = 10.0, start: int = 0
    ) -> Event:
        """The first event (from index `start`) matching `predicate`, waiting up to `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                for event in self.events[start:]:
                    if predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()

    async def wait_connected(self, account_ids: list[int], *, timeout: float = 10.0, start: int = 0) -> None:
        for account_id in account_ids:
            await self.wait_for(
                lambda e, a=account_id: (
                    isinstance(e, ConnectionChanged)  # type: ignore[misc]
                    and e.account_id == a
                    and e.state is ConnectionState.CONNECTED
                ),
                timeout=timeout,
                start=start,
            )


class TlsSandbox:
    """The sandbox app served over HTTPS/WSS with a self-signed certificate (the same app `start_sandbox`
    serves over plain HTTP), in a background thread. `url` is https://127.0.0.1:<port>."""

    def __init__(self, folder: Path) -> None:
        import uvicorn

        from desktop.sandbox.app import build_app

        certfile, keyfile = self_signed_certificate(folder)
        app = build_app(folder / "tls.sqlite3")
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="critical",
            ws="websockets-sansio",
            lifespan="on",
            access_log=False,
            ssl_certfile=str(certfile),
            ssl_keyfile=str(keyfile),
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="tls-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the TLS sandbox did not start")
            time.sleep(0.005)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"https://127.0.0.1:{port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


FAST = {"backoff": (0.05, 0.3), "confirm_timeout": 2.0, "ping_timeout": 5.0}


class Rest:
    """Just enough REST to drive the sandbox as one user."""

    def __init__(self, url: str, token: str) -> None:
        self.http = httpx.AsyncClient(base_url=url, headers={"api_access_token": token}, timeout=10)

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self.http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json() if response.content.strip() else None

    async def profile(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/api/v1/profile"))

    async def first_conversation(self, account_id: int) -> int:
        body = await self.call(
            "GET", f"/api/v1/accounts/{account_id}/conversations", params={"assignee_type": "all"}
        )
        return int(body["data"]["payload"][0]["id"])


async def realtime_for(
    url: str, profile: dict[str, Any], account_ids: list[int], recorder: Recorder, **options: Any
) -> RealtimeClient:
    client = RealtimeClient(
        url,
        pubsub_token=profile["pubsub_token"],
        user_id=profile["id"],
        account_ids=account_ids,
        on_event=recorder,
        **{**FAST, **options},
    )
    await client.start()
    return client


def refused(account_id: int) -> Callable[[Event], bool]:
    return lambda e: isinstance(e, SubscriptionFailed) and e.account_id == account_id


def connected(account_id: int, *, reconnected: bool | None = None) -> Callable[[Event], bool]:
    def match(e: Event) -> bool:
        return (
            isinstance(e, ConnectionChanged)
            and e.account_id == account_id
            and e.state is ConnectionState.CONNECTED
            and (reconnected is None or e.reconnected is reconnected)
        )

    return match
