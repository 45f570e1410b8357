"""Crash handling: whatever goes wrong ends up in the log file, not only on a terminal nobody watches.

`install(log_dir)` sets up, once per process:
- `faulthandler` writing to `crash.log` beside the log (a segfault in Qt or a C extension, with the Python
  stack of every thread);
- `sys.excepthook` and `threading.excepthook`: an uncaught exception is logged with its traceback (redacted
  by the logging filter) before Python's default handling;
- Qt's message handler: Qt's own warnings and errors go to the `qt` logger instead of stderr.
`startup_failure(error)` turns an exception raised before the window is up into the one line the user
sees (the full traceback is logged).
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

log = logging.getLogger("desktop.crash")
qt_log = logging.getLogger("qt")

_fault_file: IO[str] | None = None
_previous_excepthook = sys.excepthook
_previous_thread_hook = threading.excepthook
_previous_qt_handler: Any = None


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
    _previous_excepthook(kind, value, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        name = args.thread.name if args.thread is not None else "?"
        log.critical("uncaught exception in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))


def _qt_message(mode: Any, context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}.get(mode, logging.WARNING)
    category = getattr(context, "category", None) or "default"
    qt_log.log(level, "[%s] %s", category, message)


def install(log_dir: Path | None, *, qt_messages: bool = True) -> Path | None:
    """Install the hooks; returns the crash file faulthandler writes to (None without a log folder)."""
    global _fault_file
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    crash_file: Path | None = None
    if log_dir is not None and _fault_file is None:
        crash_file = log_dir / "crash.log"
        try:
            _fault_file = crash_file.open("a", encoding="utf-8")
            faulthandler.enable(file=_fault_file, all_threads=True)
        except OSError as error:
            log.warning("could not open %s for crash reports: %s", crash_file, error)
            crash_file = None
    if qt_messages:
        from PySide6.QtCore import qInstallMessageHandler

        global _previous_qt_handler
        _previous_qt_handler = qInstallMessageHandler(_qt_message)
    return crash_file


def uninstall() -> None:
    """Put back what `install()` replaced (tests)."""
    global _fault_file
    sys.excepthook = _previous_excepthook
    threading.excepthook = _previous_thread_hook
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_previous_qt_handler)


def startup_failure(error: BaseException) -> str:
    """Log a failure that stopped the app from starting; return the short text to show the user."""
    log.critical("the app could not start", exc_info=(type(error), error, error.__traceback__))
    return f"{type(error).__name__}: {error}"
