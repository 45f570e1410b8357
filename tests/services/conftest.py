"""Fixtures for the services tests: real REST/realtime clients against the sandbox on loopback, the real
keyring-backed credential store (over the in-memory keyring) and the real JSON file storage."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.services.session import SessionService
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.storage import JsonFileStorage

MONA_TOKEN = "sbx-mona-token-0001"
AHMED_TOKEN = "sbx-ahmed-token-0002"

# fast reconnects for tests (production defaults are seconds)
fast_realtime = functools.partial(RealtimeClient, backoff=(0.05, 0.3), ping_timeout=4.0, confirm_timeout=3.0)


async def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll `predicate` on the loop until it is truthy (the sandbox runs in another thread)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def new_session(**client_options: Any) -> SessionService:
    factory = functools.partial(ChatwootClient, **client_options) if client_options else ChatwootClient
    return SessionService(factory, KeyringCredentialStore())


@pytest.fixture
def storage() -> JsonFileStorage:
    return JsonFileStorage()  # under SOUQDESK_HOME (a fresh temp dir per test)


@pytest.fixture
async def mona(sandbox: Any) -> AsyncIterator[SessionService]:
    """Mona (administrator in workspaces 1-3) signed in with her access token on the shared sandbox."""
    session = new_session()
    await session.sign_in_token(sandbox.url, MONA_TOKEN, remember=False)
    yield session
    await session.sign_out()


@pytest.fixture
async def fresh_mona(fresh_sandbox: Any) -> AsyncIterator[SessionService]:
    session = new_session(timeout=3.0)
    await session.sign_in_token(fresh_sandbox.url, MONA_TOKEN, remember=False)
    yield session
    await session.sign_out()
