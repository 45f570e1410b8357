"""Order provider settings (orders.json) and building the provider from them; the sandbox fulfilment data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.orders.base import OrderProvider
from desktop.api.orders.chatwoot_shopify import ChatwootShopifyProvider
from desktop.api.orders.generic import GenericJsonProvider
from desktop.api.orders.shopify import ShopifyAdminProvider
from desktop.api.orders.woocommerce import WooCommerceProvider
from desktop.domain.errors import OrderProviderError
from desktop.sandbox.fulfilment import SCENARIOS, orders_for
from desktop.services.orders_setup import (
    OrdersConfig,
    OrdersConfigError,
    build_provider,
    configured_answer_templates,
    keyring_username,
    load_orders_config,
    needs_secret,
)
from desktop.system import paths


@pytest.mark.parametrize(("data", "message"), [
    ([], "must be a JSON object"),
    ({"provider": "magento", "url": "x"}, "Unknown order provider 'magento'"),
    ({"provider": "generic"}, "needs a \"url\""),
    ({"provider": "generic", "url": "https://erp/orders"}, "{phone} placeholder"),
    ({"provider": "generic", "url": "https://erp/orders?p={phone}&x={y}"}, "stray brace"),
    ({"provider": "generic", "url": "https://erp/{phone}", "token": "s3cret"}, "Unknown order setting(s): token"),
    ({"provider": "generic", "url": "https://erp/{phone}", "mapping": {"trackin_url": "x"}}, "trackin_url"),
    ({"provider": "generic", "url": "https://erp/{phone}", "region": "EGY"}, "two-letter code"),
    ({"provider": "chatwoot_shopify"}, "account_id"),
    ({"provider": "generic", "url": "https://erp/{phone}", "answer_templates": "hi"}, '"answer_templates" must be'),
    ({"provider": "generic", "url": "https://erp/{phone}", "answer_templates": {"fr": "x"}}, "language 'fr'"),
    ({"provider": "generic", "url": "https://erp/{phone}", "answer_templates": {"ar": " "}}, "ar answer template"),
    ({"provider": "generic", "url": "https://erp/{phone}",
      "answer_templates": {"en": "Order {{order.id}} ETA {{order.etaa}}"}}, "unknown variable(s): order.etaa"),
    ({"provider": "generic", "url": "https://erp/{phone}",
      "answer_templates": {"ar": "{{order.id}}", "en": "{{ order.Status }}"}}, "en answer template"),
])
def test_bad_settings_are_explained(data: object, message: str) -> None:
    with pytest.raises(OrdersConfigError) as caught:
        OrdersConfig.from_dict(data)
    assert message in caught.value.user_message
    assert isinstance(caught.value, OrderProviderError)


def test_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    assert load_orders_config(path) is None
    path.write_text('{"provider": "shopify", "url": "souqdeals.myshopify.com", "region": "SA", "ttl": 30}')
    config = load_orders_config(path)
    assert config is not None and (config.provider, config.region, config.ttl) == ("shopify", "SA", 30)
    assert keyring_username(config) == "shopify:souqdeals.myshopify.com"
    assert needs_secret(config) and needs_secret(OrdersConfig("generic", "https://erp/{phone}"))
    assert not needs_secret(OrdersConfig("chatwoot_shopify", account_id=1))  # the session's own token
    path.write_text("{oops")
    with pytest.raises(OrdersConfigError, match="not valid JSON"):
        load_orders_config(path)


def test_answer_templates_from_the_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOUQDESK_HOME", str(tmp_path))
    assert paths.orders_file() == tmp_path / "orders.json"
    assert configured_answer_templates(paths.orders_file()) == {}  # no file: the built-in answers
    ar = "الأوردر {{order.id}} {{order.status}}\nالتوصيل: {{order.eta}}\n{{order.tracking_url}}"
    paths.orders_file().write_text(json.dumps({"provider": "generic", "url": "https://erp/{phone}",
                                                 "answer_templates": {"ar": ar}}, ensure_ascii=False),
                                     encoding="utf-8")
    assert configured_answer_templates(paths.orders_file()) == {"ar": ar}  # English keeps the default
    paths.orders_file().write_text(json.dumps({"provider": "generic", "url": "https://erp/{phone}",
                                                 "answer_templates": {"en": "{{order.tracking}}"}}))
    with pytest.raises(OrdersConfigError, match=r"order\.tracking\b") as caught:
        configured_answer_templates(paths.orders_file())
    assert "order.tracking_url" in (caught.value.detail or "")  # the known ones, for IT


async def test_build_each_provider() -> None:
    generic = build_provider(OrdersConfig("generic", "https://erp/{phone}", auth_header="X-Api-Key",
                                          auth_scheme=""), "k-123")
    shopify = build_provider(OrdersConfig("shopify", "souqdeals.myshopify.com"), "shpat_1")
    woo = build_provider(OrdersConfig("woocommerce", "https://shop.example"), "ck_1:cs_2")
    client = ChatwootClient("http://127.0.0.1:9", auth=TokenAuth("t"))
    via_chatwoot = build_provider(OrdersConfig("chatwoot_shopify", account_id=1), chatwoot=client)
    assert isinstance(generic, GenericJsonProvider) and isinstance(shopify, ShopifyAdminProvider)
    assert isinstance(woo, WooCommerceProvider) and isinstance(via_chatwoot, ChatwootShopifyProvider)
    assert generic._headers["X-Api-Key"] == "k-123"  # the secret goes only into the header
    for provider in (generic, shopify, woo, via_chatwoot):
        assert isinstance(provider, OrderProvider) and provider.name
        await provider.aclose()
    await client.aclose()
    with pytest.raises(OrdersConfigError, match="access token"):
        build_provider(OrdersConfig("shopify", "x.myshopify.com"), None)
    with pytest.raises(OrdersConfigError, match="consumer key and secret"):
        build_provider(OrdersConfig("woocommerce", "https://shop.example"), "only-a-key")
    with pytest.raises(OrdersConfigError, match="signed-in Chatwoot session"):
        build_provider(OrdersConfig("chatwoot_shopify", account_id=1))


def test_sandbox_fulfilment_data_is_deterministic_and_varied() -> None:
    now = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
    phones = [f"+20100{n:07d}" for n in range(300)]
    assert orders_for(phones[0], now) == orders_for("00" + phones[0][1:], now)
    everything = [o for p in phones for o in orders_for(p, now)]
    statuses = {o["status"] for o in everything}
    assert statuses == {s for s, _, _ in SCENARIOS}
    late = [o for o in everything if o["status"] not in ("delivered", "cancelled", "returned")
            and datetime.fromisoformat(o["promised_delivery"]) < now]
    assert late and any(o["status"] == "stuck" for o in late)
    assert any(not orders_for(p, now) for p in phones)  # some customers have no orders
    for order in everything:
        moments = [datetime.fromisoformat(h["at"]) for h in order["history"]]
        assert moments == sorted(moments) and moments[-1] < now and order["history"][-1]["status"] == order["status"]
        assert any("\u0600" <= ch <= "\u06ff" for h in order["history"] for ch in h["note"])
        handed_over = any(h["status"] == "shipped" for h in order["history"])
        assert bool(order["shipping"]["tracking_url"]) == handed_over
    carriers = {o["shipping"]["carrier"] for o in everything if o["shipping"]["carrier"]}
    assert {"Bosta", "Aramex"} <= carriers and any("سوق ديلز" in c for c in carriers)
    # dates move with the calendar, so a late order stays late whatever day the sandbox runs
    customer = next(p for p in phones if orders_for(p, now))
    today, tomorrow = orders_for(customer, now), orders_for(customer, now + timedelta(days=1))
    assert [o["id"] for o in today] == [o["id"] for o in tomorrow]
    for a, b in zip(today, tomorrow, strict=True):
        shift = datetime.fromisoformat(b["created_at"]) - datetime.fromisoformat(a["created_at"])
        assert shift == timedelta(days=1)
