"""Command line entry: `souqdesk` / `python -m desktop`.

    souqdesk [--demo] [--lang ar|en]     the app (the GUI)
    souqdesk --version                   version, Python, Qt
    souqdesk doctor | orders | sandbox   checks for IT, order lookups, the local sandbox server
    souqdesk reports --workspace ID …    KPIs, per-agent table and conversation export (team leads)
    souqdesk diagnostics --out FILE.zip  logs and settings for a support ticket (no secret)
    souqdesk reset [--yes]               remove this user's data, caches and remembered sign-ins

Sub-commands are imported lazily so that starting the app pays only for what it uses. When the GUI cannot
start, the cause is logged (with its traceback) and shown in a dialog as well as on standard error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger("desktop")


def version_text() -> str:
    import platform

    from desktop import __version__

    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()}, PySide6 {pyside}"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "Qt not available"
    return f"SouqDesk {__version__}\nPython {platform.python_version()}, {qt}, {platform.platform(terse=True)}"


def _command(name: str) -> Callable[[list[str]], int] | None:
    if name == "doctor":
        from desktop.cli.doctor import main as doctor_main

        return doctor_main
    if name == "orders":
        from desktop.cli.orders import main as orders_main

        return orders_main
    if name == "reports":
        from desktop.cli.reports import main as reports_main

        return reports_main
    if name == "sandbox":
        from desktop.sandbox.__main__ import main as sandbox_main

        return sandbox_main
    if name == "diagnostics":
        from desktop.cli.diagnostics import main as diagnostics_main

        return diagnostics_main
    if name == "reset":
        from desktop.cli.reset import main as reset_main

        return reset_main
    return None


def _startup_failed(error: Exception) -> int:
    """Log the failure, tell the user in a dialog (and on stderr); exit status 1."""
    from desktop.system import crash, paths
    from desktop.system.logging import configure_logging, logging_deferred

    log_file = None
    try:
        configured = logging.getLogger().handlers and not logging_deferred()
        log_file = paths.log_dir() / "souqdesk.log" if configured else configure_logging(paths.log_dir(), console=False)
    except OSError:
        pass
    detail = crash.startup_failure(error)
    print(f"souqdesk: could not start: {detail}", file=sys.stderr)
    try:
        from desktop.ui.startup_error import show_startup_error

        if show_startup_error(detail, log_file):
            log.info("start-up failure shown in a dialog")
    except Exception as dialog_error:  # no display, no Qt: stderr and the log are what is left
        log.warning("could not show the start-up failure dialog: %s", dialog_error)
    return 1


def _attach_windows_console() -> None:
    """The Windows bundle is a windowed app (no console of its own): a command started from a console
    (`souqdesk.exe --version`, `doctor`, `diagnostics`) prints to that console."""
    if sys.platform == "win32" and getattr(sys, "frozen", False) and sys.stdout is None:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115 (process-long)
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in ("--version", "-V") or not args[0].startswith("-")):
        _attach_windows_console()
    if args[:1] in (["--version"], ["-V"]):
        print(version_text())
        return 0
    command = args[0] if args and not args[0].startswith("-") else None
    if command is not None:
        run = _command(command)
        if run is not None:
            return run(args[1:])
    try:
        from desktop.app import main as app_main

        return app_main(args)
    except Exception as error:
        return _startup_failed(error)


if __name__ == "__main__":
    sys.exit(main())
