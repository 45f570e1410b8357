"""The realtime client over `wss://` (the sandbox served with a self-signed certificate): an untrusted
certificate is refused when verification is on, with a TLS reason and no subscription; with verification
off (the doctor's and settings' "insecure" option) the subscription is confirmed over TLS."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import ConnectionChanged, ConnectionState
from desktop.sandbox.testing import SEEDED_USERS
from tests.api.realtime_support import Recorder, TlsSandbox


@pytest.fixture(scope="module")
def tls_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsSandbox]:
    running = TlsSandbox(tmp_path_factory.mktemp("tls"))
    yield running
    running.stop()


def mona_profile(url: str) -> dict[str, object]:
    response = httpx.get(
        f"{url}/api/v1/profile", headers={"api_access_token": SEEDED_USERS["mona"].token}, verify=False
    )
    response.raise_for_status()
    return dict(response.json())


async def test_untrusted_certificate_is_refused(tls_sandbox: TlsSandbox) -> None:
    profile = mona_profile(tls_sandbox.url)
    recorder = Recorder()
    client = RealtimeClient(
        tls_sandbox.url,
        pubsub_token=str(profile["pubsub_token"]),
        user_id=int(str(profile["id"])),
        account_ids=[1],
        on_event=recorder,
        backoff=(0.05, 0.2),
    )
    assert client.url.startswith("wss://")
    await client.start()
    try:
        for _ in range(200):  # up to 10 s for two failed attempts
            if client.connect_failures >= 2:
                break
            await asyncio.sleep(0.05)
        assert client.connect_failures >= 2
        assert (
            client.last_error is not None
            and "TLS" in client.last_error
            and "certificate" in client.last_error
        )
        assert client.state(1) is ConnectionState.CONNECTING
        assert not any(
            isinstance(e, ConnectionChanged) and e.state is ConnectionState.CONNECTED for e in recorder.events
        )
    finally:
        await client.stop()


async def test_verification_off_subscribes_over_tls(tls_sandbox: TlsSandbox) -> None:
    profile = mona_profile(tls_sandbox.url)
    recorder = Recorder()
    client = RealtimeClient(
        tls_sandbox.url,
        pubsub_token=str(profile["pubsub_token"]),
        user_id=int(str(profile["id"])),
        account_ids=[1, 2, 3],
        on_event=recorder,
        verify=False,
    )
    await client.start()
    try:
        await recorder.wait_connected([1, 2, 3])
    finally:
        await client.stop()
