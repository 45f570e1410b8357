"""The keyring-backed credential store: round trip, last server, no keyring → CredentialStoreUnavailable,
never a file."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.domain.auth import StoredAuth
from desktop.domain.errors import CredentialStoreUnavailable
from desktop.system.credentials import SERVICE, KeyringCredentialStore
from tests.support.memory_keyring import MemoryKeyring

DEVISE = StoredAuth(kind="devise", access_token="tok-123", client="cli-9", uid="mona@souqdeals.example",
                    expiry=1893456000)


def test_round_trip_and_last_server(memory_keyring: MemoryKeyring) -> None:
    store = KeyringCredentialStore()
    assert store.last_server() is None and store.load("http://a.example") is None
    store.save("http://a.example/", DEVISE)
    assert store.load("http://a.example") == DEVISE
    assert store.last_server() == "http://a.example"
    assert ("SouqDesk", "http://a.example") in memory_keyring.store
    store.delete("http://a.example")
    store.delete("http://a.example")  # deleting twice is fine
    assert store.load("http://a.example") is None


def test_unreadable_entry_is_forgotten(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(SERVICE, "http://b.example")] = "{not json"
    store = KeyringCredentialStore()
    assert store.load("http://b.example") is None
    assert (SERVICE, "http://b.example") not in memory_keyring.store


def test_no_keyring_is_a_typed_error_and_writes_no_file(fresh_home: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # what a machine without a desktop session gets
    store = KeyringCredentialStore()
    with pytest.raises(CredentialStoreUnavailable):
        store.save("http://a.example", DEVISE)
    with pytest.raises(CredentialStoreUnavailable):
        store.load("http://a.example")
    with pytest.raises(CredentialStoreUnavailable):
        store.last_server()
    assert [p for p in fresh_home.rglob("*") if p.is_file()] == []
    assert "tok-123" not in str(CredentialStoreUnavailable(detail="NoKeyringError"))
