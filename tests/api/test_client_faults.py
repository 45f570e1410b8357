"""The sandbox's fault switches (`POST /__sandbox/faults`) seen through the client: 5xx → ServerError,
garbage bodies → MalformedResponse, 429 → retried GETs then RateLimited, latency → slow but fine, or
Unreachable past the timeout; and recovery once the faults are cleared."""

from __future__ import annotations

import time

import pytest

from desktop.domain.errors import MalformedResponse, RateLimited, ServerError, Unreachable
from desktop.domain.models import AssigneeFilter, ConversationQuery
from tests.api.conftest import Clients

EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)


async def test_server_errors(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    fresh_clients.server.set_faults(error_rate=1.0)
    for _ in range(6):  # the sandbox answers 500 JSON or a 502 HTML page at random
        with pytest.raises(ServerError) as caught:
            await mona.profile()
        assert caught.value.status in (500, 502)
    with pytest.raises(ServerError):
        await mona.server_info()  # a broken server is not "not Chatwoot"
    fresh_clients.server.clear_faults()
    assert (await mona.profile()).email.startswith("mona@")


async def test_malformed_bodies(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    fresh_clients.server.set_faults(malformed_rate=1.0)
    calls = [lambda: mona.profile(), lambda: mona.list_conversations(1, EVERYTHING), lambda: mona.labels(1),
             lambda: mona.agents(1), lambda: mona.list_messages(1, 1), lambda: mona.conversation_counts(1, EVERYTHING)]
    for _ in range(2):
        for call in calls:
            with pytest.raises(MalformedResponse):
                await call()


async def test_rate_limit_retries_gets_then_gives_up(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona", max_retries=2, retry_base_delay=0.05)
    fresh_clients.server.set_faults(rate_limit=True)
    started = time.monotonic()
    with pytest.raises(RateLimited) as caught:
        await mona.labels(1)
    assert time.monotonic() - started >= 0.05 * 0.5 + 0.1 * 0.5  # two jittered backoffs were waited
    assert caught.value.retry_after is None  # the contract's 429 has no Retry-After
    with pytest.raises(RateLimited):
        await mona.mark_read(1, 1)
    fresh_clients.server.clear_faults()
    assert await mona.labels(1)


async def test_latency(fresh_clients: Clients) -> None:
    fresh_clients.server.set_faults(latency_ms=300)
    patient = fresh_clients("mona")
    started = time.monotonic()
    assert (await patient.profile()).email.startswith("mona@")
    assert time.monotonic() - started >= 0.3
    hasty = fresh_clients("mona", timeout=0.1)
    with pytest.raises(Unreachable) as caught:
        await hasty.profile()
    assert "in time" in caught.value.user_message
