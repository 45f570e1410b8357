"""The app process of `bench_cold_start.py`: the real `desktop.app.main()`, restoring a remembered session.

Run as a fresh subprocess with env `SOUQDESK_BENCH_SERVER` (a sandbox started beforehand by the parent) and
`SOUQDESK_BENCH_TOKEN` (a seeded user's access token) and a fresh `SOUQDESK_HOME`. The keyring is per process,
so before `main()` runs, an in-memory keyring backend is installed and the session is remembered in it
through the app's own `KeyringCredentialStore`: `main()` then takes its normal start path (restore the
remembered session → profile → main window → workspace lists). The only other change is an instrumented
`QApplication` subclass (no `notify` override: it only owns a 1 ms poll timer) that watches for the first
completed paint of a conversation list (`QListView#conversationList`) holding rows, prints one JSON line
`{"painted": <time.monotonic()>, "rows": n, "started": …, "imported": …}`, and asks the window to quit.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView, QWidget  # noqa: E402

import desktop.app  # noqa: E402
from desktop.domain.auth import StoredAuth  # noqa: E402
from desktop.system.credentials import KeyringCredentialStore  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

IMPORTED = time.monotonic()


class InboxPaintProbe(QObject):
    """Polls (1 ms) for the conversation list; reports after its first paint with rows has completed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.watched: set[int] = set()
        self.done = False
        self.rows = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.objectName() != "mainWindow" or not top.isVisible():
                continue
            for view in top.findChildren(QListView, "conversationList"):
                viewport = view.viewport()
                if id(viewport) in self.watched:
                    continue
                self.watched.add(id(viewport))
                viewport.installEventFilter(self)
                if view.model() is not None and view.model().rowCount() > 0:
                    viewport.update()  # rows came between two polls: make sure one more paint follows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done and isinstance(watched, QWidget):
            view = watched.parentWidget()
            if isinstance(view, QListView) and view.isVisible() and view.model() is not None:
                rows = view.model().rowCount()
                if rows > 0:
                    self.done, self.rows = True, rows
                    self.timer.stop()
                    QTimer.singleShot(0, self.report)  # runs once this paint event has been handled
        return False

    def report(self) -> None:
        print(json.dumps({"painted": time.monotonic(), "rows": self.rows, "started": STARTED,
                          "imported": IMPORTED}), flush=True)
        for top in QApplication.topLevelWidgets():
            if top.objectName() == "mainWindow":
                top.quit_requested.emit()  # type: ignore[attr-defined]


class ProbeApplication(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.probe = InboxPaintProbe(self)


def main() -> int:
    server, token = os.environ["SOUQDESK_BENCH_SERVER"], os.environ["SOUQDESK_BENCH_TOKEN"]
    keyring.set_keyring(MemoryKeyring())
    KeyringCredentialStore().save(server, StoredAuth(kind="token", access_token=token))
    desktop.app.QApplication = ProbeApplication  # type: ignore[misc,assignment]
    return desktop.app.main(["--lang", os.environ.get("SOUQDESK_BENCH_LANG", "en")])


if __name__ == "__main__":
    sys.exit(main())
