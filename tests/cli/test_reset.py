"""`souqdesk reset`: asks first (nothing removed on "no", refused without a terminal), then removes the
settings, data and cache folders and the keyring entries (remembered sign-in, last server, order secret)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import keyring
import pytest

from desktop.cli import reset
from desktop.domain.auth import StoredAuth
from desktop.system import paths
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.settings import Settings


def populate(home: Path) -> None:
    settings = Settings()
    settings.server_url = "https://chat.example.com"
    settings.sync()
    KeyringCredentialStore().save("https://chat.example.com", StoredAuth(kind="token", access_token="t-123456789"))
    (paths.data_dir() / "outbox.json").write_text("{}", encoding="utf-8")
    (paths.cache_dir() / "avatar.png").write_bytes(b"png")
    (home / "orders.json").write_text('{"provider": "shopify", "url": "https://shop.example"}', encoding="utf-8")
    keyring.set_password("souqdesk.orders", "shopify:https://shop.example", "shpat_secret")


def test_reset_with_yes_removes_everything(fresh_home: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOUQDESK_ORDERS_FILE", "")
    populate(fresh_home)
    assert reset.main(["--yes"]) == 0
    out = capsys.readouterr().out
    assert "keyring: SouqDesk / https://chat.example.com" in out
    assert not (fresh_home / "settings.ini").exists()
    assert not (fresh_home / "data").exists() and not (fresh_home / "cache").exists()
    assert KeyringCredentialStore().load("https://chat.example.com") is None
    assert KeyringCredentialStore().last_server() is None
    assert keyring.get_password("souqdesk.orders", "shopify:https://shop.example") is None
    assert "t-123456789" not in out


def test_reset_asks_first(fresh_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOUQDESK_ORDERS_FILE", "")
    populate(fresh_home)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    assert reset.main([]) == 1
    assert (fresh_home / "settings.ini").exists() and (fresh_home / "data" / "outbox.json").exists()
    assert KeyringCredentialStore().last_server() == "https://chat.example.com"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert reset.main([]) == 2  # not a terminal: refuses
    assert os.path.exists(fresh_home / "settings.ini")
