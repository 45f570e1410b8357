"""Fixtures of the REST client tests: clients signed in with seeded sandbox tokens (see tests/conftest.py
for the `sandbox` and `fresh_sandbox` servers)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth


class Clients:
    """Makes clients for seeded users (`clients("mona")`) and closes them all at the end of the test."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self._open: list[ChatwootClient] = []

    def __call__(self, user: str | None = None, **options: Any) -> ChatwootClient:
        auth = None if user is None else TokenAuth(self.server.users[user].token)
        options.setdefault("retry_base_delay", 0.01)
        client = ChatwootClient(self.server.url, auth=auth, **options)
        self._open.append(client)
        return client

    async def aclose(self) -> None:
        for client in self._open:
            await client.aclose()


@pytest.fixture
async def clients(sandbox: Any) -> AsyncIterator[Clients]:
    """Clients on the shared sandbox (read-only tests, or tests changing only what they create)."""
    made = Clients(sandbox)
    yield made
    await made.aclose()


@pytest.fixture
async def fresh_clients(fresh_sandbox: Any) -> AsyncIterator[Clients]:
    """Clients on a sandbox of the test's own (mutating tests and fault switches)."""
    made = Clients(fresh_sandbox)
    yield made
    await made.aclose()
