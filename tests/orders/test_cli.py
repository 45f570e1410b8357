"""`python -m desktop orders lookup` as a subprocess, against the sandbox fulfilment endpoint and the
Chatwoot-Shopify loopback server; the keyring path in-process (with the in-memory keyring)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from desktop.cli.orders import main
from desktop.sandbox.fulfilment import fulfilment_app
from desktop.services.orders_setup import KEYRING_SERVICE
from tests.orders.servers import LoopbackServer, serving
from tests.orders.shops import Knobs, chatwoot_contact, chatwoot_shopify_app, slim_shopify_order
from tests.orders.test_generic import seeded_phones

ROOT = Path(__file__).resolve().parents[2]
KEYS = ["id", "status", "created_at", "total", "currency", "eta", "tracking_url"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desktop", "orders", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60, check=False)


def customer_with_orders(sandbox: Any) -> str:
    import httpx

    for phone in seeded_phones(sandbox.db_path):
        if httpx.get(f"{sandbox.url}/fulfilment/orders", params={"phone": phone}).json()["orders"]:
            return phone
    raise AssertionError("no seeded customer has orders")


def test_json_output_from_a_local_number(sandbox: Any) -> None:
    phone = customer_with_orders(sandbox)
    local = "0" + phone[3:]
    done = run("lookup", "--phone", local, "--json", "--provider", "generic",
               "--url", f"{sandbox.url}/fulfilment/orders?phone={{phone}}")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == ["phone", "orders"] and data["phone"] == phone
    assert data["orders"] and all(list(o) == KEYS for o in data["orders"])
    first = data["orders"][0]
    assert first["currency"] == "EGP" and first["total"].replace(".", "").isdigit() and first["created_at"]
    created = [o["created_at"] for o in data["orders"]]
    assert created == sorted(created, reverse=True)
    assert "\\u" not in done.stdout  # ensure_ascii=False


def test_table_output_from_the_settings_file(sandbox: Any, fresh_home: Path) -> None:
    phone = customer_with_orders(sandbox)
    (fresh_home / "orders.json").write_text(json.dumps({
        "provider": "generic", "name": "SouqDeals ERP", "url": f"{sandbox.url}/fulfilment/orders?phone={{phone}}"}))
    done = run("lookup", "--phone", f"+{phone[1:3]} {phone[3:6]} {phone[6:]}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Phone: {phone} (SouqDeals ERP)\n")
    assert "order(s), newest first" in done.stdout and "SD-" in done.stdout


def test_no_orders_exits_zero(sandbox: Any) -> None:
    done = run("lookup", "--phone", "01209998887", "--json", "--provider", "generic",
               "--url", f"{sandbox.url}/fulfilment/orders?phone={{phone}}")
    assert done.returncode == 0 and json.loads(done.stdout) == {"phone": "+201209998887", "orders": []}


@pytest.mark.parametrize(("args", "code", "reason"), [
    (["--phone", "0100 123"], 2, "error: invalid phone number: Too short for a mobile number in Egypt"),
    (["--phone", "abc"], 2, "error: invalid phone number: No digits found"),
    (["--phone", "01001234567"], 2, "error: No order provider configured"),
    (["--phone", "01001234567", "--provider", "generic"], 2, "error: --provider generic needs --url."),
    (["--phone", "01001234567", "--provider", "generic", "--url", "http://x/orders"], 2, "{phone} placeholder"),
    (["--phone", "01001234567", "--server", "http://127.0.0.1:9"], 2, "needs --server, --token and --workspace"),
])
def test_bad_input_exits_non_zero_with_one_line(args: list[str], code: int, reason: str) -> None:
    done = run("lookup", *args)
    assert done.returncode == code
    assert done.stderr.startswith("error: ") and reason in done.stderr
    assert done.stderr.count("\n") == 1 and done.stdout == ""


def test_provider_failure_exits_3(fresh_home: Path) -> None:
    (fresh_home / "orders.json").write_text('{"provider": "generic", "url": "http://127.0.0.1:9/o?p={phone}"}')
    done = run("lookup", "--phone", "01001234567")
    assert done.returncode == 3 and done.stderr.startswith("error: Fulfilment system cannot be reached")
    (fresh_home / "orders.json").write_text('{"provider": "generic", "url": ')
    done = run("lookup", "--phone", "01001234567")
    assert done.returncode == 2 and "not valid JSON" in done.stderr


@pytest.fixture
def chatwoot() -> Iterator[LoopbackServer]:
    contacts = [chatwoot_contact(7, "Mona", "+201001234567", "mona@example.com")]
    orders = {7: [slim_shopify_order(5001, "2026-11-18T11:00:00+02:00", fulfillment="fulfilled", financial="paid")]}
    with serving(chatwoot_shopify_app("cw-token", contacts, orders, Knobs())) as server:
        yield server


def test_chatwoot_shopify_integration(chatwoot: LoopbackServer) -> None:
    done = run("lookup", "--phone", "01001234567", "--json", "--server", chatwoot.url, "--token", "cw-token",
               "--workspace", "1")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"phone": "+201001234567", "orders": [{
        "id": "5001", "status": "shipped", "created_at": "2026-11-18T11:00:00+02:00", "total": "2100.00",
        "currency": "EGP", "eta": None, "tracking_url": None}]}
    refused = run("lookup", "--phone", "01001234567", "--server", chatwoot.url, "--token", "bad", "--workspace", "1")
    assert refused.returncode == 3 and "Chatwoot" in refused.stderr


def test_secret_from_the_keyring(sandbox: Any, fresh_home: Path, memory_keyring: Any,
                                 monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = Starlette(routes=[Mount("/fulfilment", fulfilment_app(sandbox.db_path, token="erp-secret"))])
    phone = customer_with_orders(sandbox)
    with serving(app) as server:
        url = f"{server.url}/fulfilment/orders?phone={{phone}}"
        (fresh_home / "orders.json").write_text(json.dumps({"provider": "generic", "url": url}))
        assert main(["lookup", "--phone", phone, "--json"]) == 3
        assert "refused the credentials" in capsys.readouterr().err
        monkeypatch.setattr(sys, "stdin", io.StringIO("erp-secret\n"))
        assert main(["store-secret"]) == 0
        assert memory_keyring.get_password(KEYRING_SERVICE, f"generic:{url}") == "erp-secret"
        assert "erp-secret" not in (fresh_home / "orders.json").read_text()
        capsys.readouterr()
        assert main(["lookup", "--phone", phone, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["orders"]
