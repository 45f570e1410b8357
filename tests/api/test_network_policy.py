"""Networks that companies have (`desktop.api.network`), against the sandbox through real loopback proxies.

- Behind a TLS-inspecting proxy with its own CA (tests/support/proxies.py): REST, the websocket and an
  order lookup all fail with a message naming the certificate problem until IT gives the CA by policy
  (`extra_ca_file`), then all three pass — through the proxy (it records every tunnel).
- A SOCKS5 proxy by policy (`proxy=socks5://…`) carries REST, websocket and order lookups; a SOCKS proxy
  in the environment (`ALL_PROXY`, `proxy=system`) no longer crashes REST; `proxy=none` ignores it.
- A proxy that cannot be reached is named in the message; bad policy values are refused by name.
- The policy keys reach `network` through `Settings` (tests/ui/shell/test_managed_config.py covers the table).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSettings

from desktop.api import network
from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.errors import OrderProviderError, TlsError, Unreachable
from desktop.system.settings import Settings
from tests.api.realtime_support import Recorder
from tests.support.proxies import ConnectProxy, Socks5Proxy, certificate_authority


@pytest.fixture(autouse=True)
def reset_network() -> Iterator[None]:
    yield
    network.configure(network.NetworkSettings())


@pytest.fixture(scope="module")
def inspection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ConnectProxy, Path]]:
    authority = certificate_authority(tmp_path_factory.mktemp("inspection-ca"))
    proxy = ConnectProxy(inspect=authority)
    yield proxy, authority.cert_file
    proxy.stop()


def phone_with_orders(sandbox: Any) -> str:
    for contact in httpx.get(f"{sandbox.url}/api/v1/accounts/1/contacts",
                             headers={"api_access_token": sandbox.users["mona"].token}).json()["payload"]:
        phone = contact.get("phone_number")
        if phone and httpx.get(f"{sandbox.url}/fulfilment/orders", params={"phone": phone}).json()["orders"]:
            return str(phone)
    raise AssertionError("no seeded customer with orders")


async def rest_profile(base: str, token: str) -> str:
    client = ChatwootClient(base, auth=TokenAuth(token))
    try:
        return (await client.profile()).name
    finally:
        await client.aclose()


def mona_profile(sandbox: Any) -> dict[str, Any]:
    headers = {"api_access_token": sandbox.users["mona"].token}
    return dict(httpx.get(f"{sandbox.url}/api/v1/profile", headers=headers).json())


async def realtime_connects(base: str, sandbox: Any) -> tuple[bool, str | None]:
    profile = await asyncio.to_thread(mona_profile, sandbox)
    recorder = Recorder()
    client = RealtimeClient(base, pubsub_token=str(profile["pubsub_token"]), user_id=int(profile["id"]),
                            account_ids=[1], on_event=recorder, backoff=(0.05, 0.2))
    await client.start()
    try:
        await recorder.wait_connected([1], timeout=8)
        return True, None
    except (TimeoutError, AssertionError):
        return False, client.last_error
    finally:
        await client.stop()


async def order_lookup(base: str, phone: str) -> int:
    provider = GenericJsonProvider(f"{base}/fulfilment/orders?phone={{phone}}", name="Fulfilment")
    try:
        return len(await provider.orders_for_phone(phone))
    finally:
        await provider.aclose()


async def test_tls_inspecting_proxy_needs_its_ca_from_policy(sandbox, inspection) -> None:  # type: ignore[no-untyped-def]
    proxy, ca_file = inspection
    port = sandbox.url.rsplit(":", 1)[1]
    base = f"https://127.0.0.1:{port}"  # TLS from the client to the proxy, which inspects it
    phone = await asyncio.to_thread(phone_with_orders, sandbox)
    token = sandbox.users["mona"].token

    network.configure(network.NetworkSettings(proxy=proxy.url))
    with pytest.raises(TlsError) as refused:
        await rest_profile(base, token)
    assert "certificate of 127.0.0.1 could not be verified" in refused.value.user_message
    assert "extra_ca_file" in refused.value.user_message
    connected, reason = await realtime_connects(base, sandbox)
    assert not connected and reason is not None and "certificate" in reason
    with pytest.raises(OrderProviderError) as lookup_refused:
        await order_lookup(base, phone)
    assert "security certificate could not be verified" in lookup_refused.value.user_message

    proxy.targets.clear()
    network.configure(network.NetworkSettings(proxy=proxy.url, extra_ca_file=str(ca_file)))
    assert await rest_profile(base, token)
    connected, reason = await realtime_connects(base, sandbox)
    assert connected, reason
    assert await order_lookup(base, phone) > 0
    assert proxy.targets.count(f"127.0.0.1:{port}") >= 3  # REST, websocket and orders went through it


async def test_socks5_proxy_by_policy_carries_rest_websocket_and_orders(sandbox) -> None:  # type: ignore[no-untyped-def]
    proxy = Socks5Proxy()
    try:
        network.configure(network.NetworkSettings(proxy=proxy.url))
        assert await rest_profile(sandbox.url, sandbox.users["mona"].token)
        connected, reason = await realtime_connects(sandbox.url, sandbox)
        assert connected, reason
        assert await order_lookup(sandbox.url, await asyncio.to_thread(phone_with_orders, sandbox)) > 0
        port = sandbox.url.rsplit(":", 1)[1]
        assert proxy.targets.count(f"127.0.0.1:{port}") >= 3
    finally:
        proxy.stop()


async def test_socks_proxy_in_the_environment_is_used_or_ignored(sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    proxy = Socks5Proxy()
    try:
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        network.configure(network.NetworkSettings(proxy="system"))
        assert await rest_profile(sandbox.url, sandbox.users["mona"].token)
        assert proxy.targets
        proxy.targets.clear()
        network.configure(network.NetworkSettings(proxy="none"))
        assert await rest_profile(sandbox.url, sandbox.users["mona"].token)
        assert not proxy.targets
    finally:
        proxy.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_an_unreachable_proxy_is_named(sandbox) -> None:  # type: ignore[no-untyped-def]
    dead = f"http://127.0.0.1:{free_port()}"
    network.configure(network.NetworkSettings(proxy=dead))
    with pytest.raises(Unreachable) as failed:
        await rest_profile(sandbox.url, sandbox.users["mona"].token)
    assert dead in failed.value.user_message and "proxy" in failed.value.user_message
    with pytest.raises(OrderProviderError) as lookup_failed:
        await order_lookup(sandbox.url, "+201001234567")
    assert dead in lookup_failed.value.user_message
    await asyncio.sleep(0)


def test_bad_policy_values_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(network.NetworkConfigError, match="ftp://proxy"):
        network.configure(network.NetworkSettings(proxy="ftp://proxy.example"))
    with pytest.raises(network.NetworkConfigError, match="does not exist"):
        network.configure(network.NetworkSettings(extra_ca_file=str(tmp_path / "missing.pem")))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with pytest.raises(network.NetworkConfigError, match="no valid PEM"):
        network.configure(network.NetworkSettings(extra_ca_file=str(junk)))


def test_policy_keys_reach_the_network_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    authority = certificate_authority(tmp_path / "ca")
    ini = tmp_path / "SouqDesk.ini"
    system = QSettings(str(ini), QSettings.Format.IniFormat)
    system.setValue("policy/proxy", "socks5://proxy.corp.example:1080")
    system.setValue("policy/extra_ca_file", str(authority.cert_file))
    system.sync()
    monkeypatch.setenv("SOUQDESK_SYSTEM_CONFIG", str(ini))
    monkeypatch.setenv("SOUQDESK_PROXY", "none")  # policy wins over the environment
    settings = Settings()
    assert settings.is_locked("proxy") and settings.is_locked("extra_ca_file")
    from desktop.cli.managed import apply_managed_settings

    apply_managed_settings()
    assert network.current() == network.NetworkSettings("socks5://proxy.corp.example:1080", str(authority.cert_file))
    assert network.httpx_options()["proxy"] == "socks5://proxy.corp.example:1080"
    assert network.websocket_options("wss://chat.example/cable")["proxy"] == "socks5://proxy.corp.example:1080"
