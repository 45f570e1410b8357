"""Shared fixtures: offscreen Qt, fresh settings and an in-memory keyring for every test, and the
sandbox server on loopback (one per session for read-mostly tests, a fresh one for mutating tests)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists: without a display it aborts
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator
from pathlib import Path

import keyring
import PySide6  # noqa: F401  (import PySide6 before qasync, or qasync may pick another binding)
import pytest

from desktop.system import qt_environment
from tests.support.memory_keyring import MemoryKeyring

qt_environment.configure()  # the Qt switches the app runs with (desktop.app.main sets them too)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings/cache/outbox folder (desktop.system.paths honours SOUQDESK_HOME)."""
    home = tmp_path / "souqdesk-home"
    home.mkdir()
    monkeypatch.setenv("SOUQDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A sandbox shared by the session: use it for tests that only read, or that change only what they
    create themselves."""
    from desktop.sandbox.testing import start_sandbox

    running = start_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.sqlite3")
    yield running
    running.stop()


@pytest.fixture
def fresh_sandbox(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A sandbox of its own for a test that changes shared data or switches faults on."""
    from desktop.sandbox.testing import start_sandbox

    running = start_sandbox(tmp_path / "sandbox.sqlite3")
    yield running
    running.stop()
