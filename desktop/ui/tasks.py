"""Runs async work for widgets under qasync: named tasks owned by a widget, never fire-and-forget.

    self.tasks = TaskRunner(self, notifier)
    self.tasks.run("load", self.store.load(), on_result=self._loaded)

- Each task has a name; starting a task under a name that is still running cancels the old one
  (latest wins: typing in a search box) unless `replace=False` (then the new one is refused and the
  running task is returned).
- When the owner is destroyed, or closed (hidden after a Close event), its tasks are cancelled.
- Every exception goes to the notifier (or to `on_error` when the caller shows it inline, e.g. a
  form); cancellation is silent. Nothing is only logged.
- `TaskRunner.wait(name)` / the returned `asyncio.Task` let tests await completion.

`await painted(widget)` waits until a widget has been painted and the events posted meanwhile have run (or
a short timeout): start-up uses it to put the first frame on screen before heavier work blocks the loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)


class ErrorSink(Protocol):
    """What a TaskRunner needs from the notifier."""

    def report(self, error: BaseException, *, modal: bool = False, context: str = "") -> object: ...


class TaskRunner(QObject):
    """Owns the asyncio tasks of one widget (or other QObject).

    Signals:
        started(str): a task with this name started.
        finished(str): a task ended (successfully, with an error, or cancelled).
        failed(str, object): a task raised (after the error was routed).
        busy_changed(bool): whether any task is running.
    """

    started = Signal(str)
    finished = Signal(str)
    failed = Signal(str, object)
    busy_changed = Signal(bool)

    def __init__(self, owner: QObject, notifier: ErrorSink, *, cancel_on_close: bool = True) -> None:
        super().__init__(owner)
        self._notifier = notifier
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._state = _State()
        # The closure must not reference self: it runs while Qt tears the owner (and us) down.
        tasks, state = self._tasks, self._state
        owner.destroyed.connect(lambda *_: state.close(tasks))
        self._owner = owner
        if cancel_on_close and isinstance(owner, QWidget):
            owner.installEventFilter(self)

    # -- running -----------------------------------------------------------------------------------
    def run(
        self,
        name: str,
        coro: Coroutine[Any, Any, Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        replace: bool = True,
        modal: bool = False,
    ) -> asyncio.Task[Any]:
        """Start `coro` as the task `name`. `on_error` replaces the notifier for this task's errors."""
        import asyncio

        current = self._tasks.get(name)
        if current is not None and not current.done():
            if not replace:
                coro.close()
                return current
            current.cancel()
        task = asyncio.get_event_loop().create_task(coro, name=f"{type(self._owner).__name__}:{name}")
        was_busy = self.busy
        self._tasks[name] = task
        task.add_done_callback(lambda t: self._done(name, t, on_result, on_error, modal))
        self.started.emit(name)
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _done(
        self,
        name: str,
        task: asyncio.Task[Any],
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        modal: bool,
    ) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        if self._state.closed:
            return
        try:
            if task.cancelled():
                return
            error = task.exception()
            if error is None:
                if on_result is not None:
                    try:
                        on_result(task.result())
                    except Exception as exc:  # a bug in the callback: still reach the user
                        self._route(name, exc, None, modal)
                return
            self._route(name, error, on_error, modal)
        finally:
            if not self._state.closed:
                self.finished.emit(name)
                if not self.busy:
                    self.busy_changed.emit(False)

    def _route(
        self, name: str, error: BaseException, on_error: Callable[[BaseException], None] | None, modal: bool
    ) -> None:
        handled = False
        if on_error is not None:
            try:
                on_error(error)
                handled = True
            except Exception as exc:
                error = exc
        if not handled:
            self._notifier.report(error, modal=modal, context=f"task {name}")
        self.failed.emit(name, error)

    # -- control -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True from `run()` until the last task's completion has been handled (callbacks included)."""
        return bool(self._tasks)

    def is_running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def task(self, name: str) -> asyncio.Task[Any] | None:
        return self._tasks.get(name)

    def names(self) -> list[str]:
        return [n for n, t in self._tasks.items() if not t.done()]

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        _cancel_all(self._tasks)

    async def wait(self, name: str) -> None:
        """Wait until the task `name` (if any) has finished, whatever its outcome."""
        import asyncio

        task = self._tasks.get(name)
        if task is not None:
            await asyncio.wait([task])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Close:
            # The close may still be ignored by the widget: decide once it has been handled.
            QTimer.singleShot(0, self, self._cancel_if_hidden)
        return False

    def _cancel_if_hidden(self) -> None:
        owner = self._owner
        if isinstance(owner, QWidget) and not owner.isVisible():
            self.cancel_all()


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, done: asyncio.Future[None]) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done.done():
            QTimer.singleShot(0, self._finish)  # once this paint has been handled
        return False

    def _finish(self) -> None:
        if not self._done.done():
            self._done.set_result(None)


async def painted(widget: QWidget, timeout: float = 0.25) -> None:
    """Wait until `widget` has been painted once more (or `timeout` seconds), then a few milliseconds more
    so that what the paint posted (zero-delay timers, the backing store flush) runs first."""
    import asyncio

    done: asyncio.Future[None] = asyncio.get_event_loop().create_future()
    watch = _PaintWatch(widget, done)
    widget.update()
    try:
        await asyncio.wait_for(done, timeout)
    except TimeoutError:
        pass  # hidden, minimised, or nothing to paint: go on
    finally:
        widget.removeEventFilter(watch)
        watch.deleteLater()
    await asyncio.sleep(0.005)


class _State:
    """Plain-Python flag shared with the owner's `destroyed` handler."""

    closed = False

    def close(self, tasks: dict[str, asyncio.Task[Any]]) -> None:
        self.closed = True
        _cancel_all(tasks)


def _cancel_all(tasks: dict[str, asyncio.Task[Any]]) -> None:
    for task in list(tasks.values()):
        if not task.done():
            task.cancel()
