"""The baseline process of the benchmarks: a bare PySide6 window (QApplication + QMainWindow shown).

Run as a fresh subprocess by `bench_cold_start.py` (start time) and `bench_scroll.py` (memory). When the
window's first paint has completed it prints one JSON line — `{"painted": <time.monotonic()>, "rss_mb": …,
"started": <time.monotonic() at the script's first line>, "cpu": <the process's CPU seconds until then>}` —
and quits. CLOCK_MONOTONIC is system-wide on Linux, so the parent compares it with its own clock. Imports
nothing from the app.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class FirstPaint(QObject):
    """Reports once, on the loop iteration after the watched widget's first Paint event."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(json.dumps({"painted": time.monotonic(), "started": STARTED, "rss_mb": rss_mb(),
                          "cpu": time.process_time()}), flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    probe = FirstPaint(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
