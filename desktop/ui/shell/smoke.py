"""`--smoke`: the frozen app's self-report for the packaging smoke test and the start benchmark.

Once the main window's conversation list has completed its first paint with rows in it, one JSON line goes
to standard output — `{"painted": <time.monotonic()>, "rows": n, "language": "ar", "rtl": true,
"catalogues": [...], "keyring": "<backend class>", "qt": "6.x"}` — and the app quits through its normal
path (outbox closed, drafts flushed). Used where no test harness can reach inside the process (a frozen
bundle); it changes nothing else about the start.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QListView, QWidget


class FirstInboxPaint(QObject):
    """Polls (every `interval_ms`) for the visible conversation list and calls `on_painted(rows)` once, just
    after its first paint with rows in it has completed (also used by the cold-start benchmark's probe)."""

    def __init__(self, app: QApplication, on_painted: Callable[[int], None], interval_ms: int = 5) -> None:
        super().__init__(app)
        self._on_painted = on_painted
        self._watched: set[int] = set()
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.objectName() != "mainWindow" or not top.isVisible():
                continue
            for view in top.findChildren(QListView, "conversationList"):
                viewport = view.viewport()
                if id(viewport) in self._watched:
                    continue
                self._watched.add(id(viewport))
                viewport.installEventFilter(self)
                if view.model() is not None and view.model().rowCount() > 0:
                    viewport.update()  # rows came between two polls: make sure one more paint follows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done and isinstance(watched, QWidget):
            view = watched.parentWidget()
            if isinstance(view, QListView) and view.isVisible() and view.model() is not None:
                rows = view.model().rowCount()
                if rows > 0:
                    self.done = True
                    self._timer.stop()
                    QTimer.singleShot(0, lambda: self._on_painted(rows))  # once this paint has been handled
        return False


class InboxPaintProbe(QObject):
    """Reports (one JSON line) after the conversation list's first paint with rows, then quits the app."""

    def __init__(self, app: QApplication, quit_app: Callable[[], None], language: str,
                 catalogues: list[str]) -> None:
        super().__init__(app)
        self._app = app
        self._quit = quit_app
        self._language = language
        self._catalogues = catalogues
        self.watch = FirstInboxPaint(app, self._report)

    def _report(self, rows: int) -> None:
        painted = time.monotonic()
        import keyring  # after the paint: the restored session has used it already (or the cache was shown)

        backend = f"{type(keyring.get_keyring()).__module__}.{type(keyring.get_keyring()).__name__}"
        print(json.dumps({
            "painted": painted, "rows": rows, "language": self._language,
            "rtl": self._app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            "catalogues": self._catalogues, "keyring": backend, "qt": qVersion(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "dataclass_methods_compiled": getattr(vars(dataclasses).get("exec"), "compiled", None),
        }), flush=True)
        self._quit()
