"""The app process of `bench_cold_start.py`: the real `desktop.app.main()`, restoring a remembered session.

Run as a fresh subprocess with env `SOUQDESK_BENCH_SERVER` (a sandbox started beforehand by the parent),
`SOUQDESK_BENCH_TOKEN` (a seeded user's access token) and a `SOUQDESK_HOME` (fresh, or prepared by an
earlier run that left its start cache there). The keyring is per process: the session is remembered in an
in-memory keyring backend through the app's own `KeyringCredentialStore`, at the moment the app itself first
imports `keyring` (an import hook seeds it right after the real module has run), so the probe does not
import keyring earlier than the app does. `main()` then takes its normal start path (start cache → painted
window → restore the remembered session → profile → workspace lists). The only other change is an
instrumented `QApplication` subclass (no `notify` override: it only owns a 1 ms poll timer) that watches for
the first completed paint of a conversation list (`QListView#conversationList`) holding rows, prints one
JSON line `{"painted": <time.monotonic()>, "rows": n, "started": …, "imported": …, "cpu": …, "early": [...]}`
(cpu: the process's CPU seconds until then) (early:
which of httpx, websockets, keyring were imported by then), and asks the window to quit.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from types import ModuleType  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import desktop.app  # noqa: E402  (first, as `python -m desktop` imports it: it imports PySide6 itself)

# isort: split
from PySide6.QtWidgets import QApplication  # noqa: E402

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

IMPORTED = time.monotonic()
from desktop.ui.shell.smoke import FirstInboxPaint  # noqa: E402  (the probe's own import, after the app's)

# imported (its code has run) ⇔ this module is loaded
WATCHED_MODULES = {"httpx": "httpx._client", "websockets": "websockets.client", "keyring": "keyring.core",
                   "qasync": "qasync"}


def seed_keyring(keyring: ModuleType) -> None:
    """An in-memory backend holding the bench user's remembered session (saved by the app's own store)."""
    from desktop.domain.auth import StoredAuth
    from desktop.system.credentials import KeyringCredentialStore
    from tests.support.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    KeyringCredentialStore().save(os.environ["SOUQDESK_BENCH_SERVER"],
                                  StoredAuth(kind="token", access_token=os.environ["SOUQDESK_BENCH_TOKEN"]))


class SeedKeyringOnImport:
    """A meta path finder (duck-typed: importlib.abc costs ~30 ms to import) that finds `keyring` like the
    normal finders do, then seeds it once its module has run."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != "keyring":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run_module = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run_module(module)
            seed_keyring(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def report(rows: int) -> None:
    """After the conversation list's first paint with rows: one JSON line, then the app's normal quit."""
    painted = time.monotonic()
    cpu = time.process_time()  # this process's CPU seconds (all threads) until the paint
    early = [name for name, marker in WATCHED_MODULES.items() if marker in sys.modules]
    print(json.dumps({"painted": painted, "rows": rows, "started": STARTED, "imported": IMPORTED,
                      "cpu": cpu, "early": early}), flush=True)
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "mainWindow":
            top.quit_requested.emit()  # type: ignore[attr-defined]


class ProbeApplication(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.probe = FirstInboxPaint(self, report, interval_ms=1)


def main() -> int:
    if "keyring" in sys.modules:  # something imported it already: seed it now
        seed_keyring(sys.modules["keyring"])
    else:
        sys.meta_path.insert(0, SeedKeyringOnImport())
    desktop.app.QApplication = ProbeApplication  # type: ignore[misc,assignment]
    return desktop.app.main(["--lang", os.environ.get("SOUQDESK_BENCH_LANG", "en")])


if __name__ == "__main__":
    sys.exit(main())
