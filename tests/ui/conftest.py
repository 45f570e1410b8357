"""Shared UI-test harness: a qasync loop running inside pytest-qt, Qt warnings that fail tests, and
reset of the application-wide state (layout direction, font, translators) after every test.

Usage in a test (sync test functions; pytest-qt drives the Qt event loop):

    def test_x(qtbot, aloop, sandbox):
        user = aloop.run(session.sign_in_token(sandbox.url, "sbx-…", remember=False))
        aloop.until(lambda: model.rowCount() > 0)

`aloop` installs `qasync.QEventLoop(qapp, already_running=True)` as the running asyncio loop, so
coroutines (httpx, websockets) advance whenever Qt processes events: `qtbot.waitUntil`,
`qtbot.waitSignal` and `aloop.run/until` all work together.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import PySide6  # noqa: F401  (before qasync)
import pytest
import qasync
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

# Harmless messages Qt prints on the offscreen platform; everything else at WARNING fails the test.
HARMLESS_QT_MESSAGES = [
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support setParent\(\)",
    r"QFont::setPointSize: Point size <= 0",
    r"propagateSizeHints",
    r"Populating font family aliases took",
    r"QSystemTrayIcon::setVisible: No Icon set",
    r"qt\.qpa\.fonts",
    r"QStandardPaths: XDG_RUNTIME_DIR not set",
    r"QStandardPaths: wrong permissions on runtime directory",
    r"QSocketNotifier: Invalid socket",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/ui and tests/screenshots: Qt warnings fail it (pytest-qt markers)."""
    for item in items:
        path = str(item.path)
        if "/tests/ui/" in path or "/tests/screenshots/" in path:
            if item.get_closest_marker("qt_log_level_fail") is None:
                item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*HARMLESS_QT_MESSAGES))


class AsyncLoop:
    """The running qasync loop of a test, with helpers that pump Qt until something is done."""

    def __init__(self, loop: qasync.QEventLoop, qtbot: Any) -> None:
        self.loop = loop
        self._qtbot = qtbot

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 15.0) -> Any:
        """Run `coro` to completion while Qt keeps processing events; return its result or raise."""
        task = self.loop.create_task(coro)
        try:
            self._qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        except BaseException:
            task.cancel()
            raise
        return task.result()

    def until(self, condition: Callable[[], object], timeout: float = 15.0) -> None:
        """Pump Qt (and asyncio) until `condition()` is truthy."""
        self._qtbot.waitUntil(lambda: bool(condition()), timeout=int(timeout * 1000))

    def wait(self, seconds: float) -> None:
        self._qtbot.wait(int(seconds * 1000))

    def drain(self, timeout: float = 5.0) -> None:
        """Cancel every pending task and pump until they are all done (teardown)."""
        pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            try:
                self._qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=int(timeout * 1000))
            except Exception:
                pass


def run_until(aloop: AsyncLoop, what: Coroutine[Any, Any, Any] | Callable[[], object], timeout: float = 15.0) -> Any:
    """`aloop.run(coro)` for a coroutine, `aloop.until(condition)` for a callable."""
    if asyncio.iscoroutine(what):
        return aloop.run(what, timeout)
    aloop.until(what, timeout)  # type: ignore[arg-type]
    return None


@pytest.fixture
def aloop(qapp: QApplication, qtbot: Any) -> Iterator[AsyncLoop]:
    """A qasync event loop installed as the running asyncio loop for the duration of one test."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    helper = AsyncLoop(loop, qtbot)
    try:
        yield helper
    finally:
        helper.drain()
        try:
            qapp.aboutToQuit.disconnect(loop._after_run_forever)
        except (RuntimeError, TypeError):
            pass
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  (already_running mode)
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        _kill_timers(loop)
        gc.collect()  # collect Qt wrappers here, never later on a server thread (~QObject warnings)


def _kill_timers(loop: qasync.QEventLoop) -> None:
    """qasync kills a stopped loop's timers lazily; kill the rest now, on the thread that owns them."""
    timer = loop._timer  # type: ignore[attr-defined]
    callbacks = getattr(timer, "_SimpleTimer__callbacks", {})
    for timer_id in list(callbacks):
        timer.killTimer(timer_id)
    callbacks.clear()


@pytest.fixture(autouse=True)
def reset_app_state(qapp: QApplication) -> Iterator[None]:
    """Undo what a test changed on the session-wide QApplication (direction, font, translators)."""
    direction = qapp.layoutDirection()
    font = qapp.font()
    palette = qapp.palette()
    yield
    from desktop.ui import i18n

    i18n.uninstall(qapp)
    if qapp.layoutDirection() != direction:
        qapp.setLayoutDirection(direction)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    qapp.setPalette(palette)
    QCoreApplication.processEvents()
