"""SIGTERM (log-off, a service manager) shuts the app down through its normal path: drafts written, window
state saved, "stopped"; and the crash hooks put uncaught exceptions, thread failures and Qt's own messages
in the log file, with faulthandler writing to crash.log."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import qWarning

from desktop.app import install_quit_signals
from desktop.services.drafts import Drafts
from desktop.system import crash, paths
from desktop.system.logging import configure_logging
from desktop.system.storage import JsonFileStorage
from tests.ui.app_harness import build_desktop


def test_sigterm_saves_drafts_and_stops(qtbot: Any, aloop: Any, qapp: Any) -> None:
    desktop, _ = build_desktop(qtbot, with_pane=False)
    previous = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    install_quit_signals(qapp, desktop)
    try:
        running = aloop.loop.create_task(desktop.run())
        qtbot.waitUntil(lambda: desktop.state == "signin", timeout=10000)
        desktop.drafts.set(1, 42, "سأتحقق من الطلب وأعود إليك")  # debounced: not written yet
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: desktop.state == "stopped", timeout=15000)
        aloop.run(asyncio.wait_for(running, 10))
    finally:
        signal.signal(signal.SIGINT, previous[0])
        signal.signal(signal.SIGTERM, previous[1])
    saved = Drafts(JsonFileStorage(paths.data_dir()))
    assert saved.get(1, 42) == "سأتحقق من الطلب وأعود إليك"


def test_crash_hooks_write_to_the_log(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path, console=False)
    hooks = crash.install(tmp_path)
    try:
        try:
            raise RuntimeError("boom in a handler")
        except RuntimeError as error:
            crash._excepthook(type(error), error, error.__traceback__)  # what sys.excepthook is now
        worker = threading.Thread(target=lambda: 1 / 0, name="worker-7")
        worker.start()
        worker.join()
        qWarning("a Qt warning for the log")
        text = log_file.read_text(encoding="utf-8") if log_file else ""
        assert "uncaught exception" in text and "boom in a handler" in text
        assert "uncaught exception in thread worker-7" in text and "ZeroDivisionError" in text
        assert "a Qt warning for the log" in text
        assert hooks == tmp_path / "crash.log" and hooks.exists()
        import sys

        assert sys.excepthook is crash._excepthook
    finally:
        crash.uninstall()
        configure_logging(None, console=False)
