"""Composition root: builds every object of the desktop app, wires them, and runs the qasync loop.

`main(argv)` parses `--demo [--demo-user ahmed|mona]`, `--lang ar|en`, `--server URL`, sets up logging,
settings, translations, fonts and theme, then runs `Desktop.run()` (`desktop.app.flow`, the session flow) on a
`qasync.QEventLoop`. The factories it plugs in are in `desktop.app.wiring` (clients, order lookup, the
signed-in user's services) and `desktop.ui.shell.factories` (conversation pane, agent toolkit).

Cold start: with a remembered server whose last user left a start cache (`desktop.system.start_cache`),
the main window is painted at once from it, then the session is restored and the lists reconciled. What
the first paint does not need (sign-in window, conversation panes, toolkit, order lookup, keyring, realtime)
is imported and built after it; the api layer imports httpx only when a request is made, and the Qt-free
layers are imported before PySide6. The log file is opened after that paint (the start's records are kept
until then; without a start cache, once the session has started or the sign-in window is shown), and the
cyclic garbage collector waits until the session has started (at most `START_HOLD_S`): start-up creates
hundreds of thousands of objects that all stay alive (modules, classes, Qt enums, the window, the REST
client), which some twenty young and middle collections would traverse again and again before a start
without the cache has painted. What this package's import made is frozen when the collector is turned
back on at its end, so the first collection does not traverse it either.
"""

from __future__ import annotations

import gc

_COLLECTING = gc.isenabled()  # the collector waits while the app's modules are imported (on again below)
gc.disable()

# isort: split
import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# isort: split
# Dataclass methods compiled once, kept between starts like bytecode (before the first dataclass is made).
from desktop.app import dataclass_code

dataclass_code.install()

# isort: split
# The layers without Qt before PySide6, whose import hook reads the source of every module imported after it.
from desktop.services.drafts import Drafts  # noqa: F401
from desktop.system.pyside_hook import quicken_source_check
from desktop.system.start_cache import StartCache  # noqa: F401

# isort: split
import PySide6  # noqa: F401  (before qasync, or qasync may pick another Qt binding)

quicken_source_check()  # PySide6's import hook, without keeping every module's source (see the module)

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# isort: split
from desktop.app.flow import Desktop
from desktop.app.wiring import DemoLogin
from desktop.system.settings import Settings  # QSettings
from desktop.ui.shell.factories import build_conversation_pane, install_agent_toolkit

if TYPE_CHECKING:
    from desktop.demo import DemoEnvironment

#: seconds the cyclic garbage collector waits at most for the session to start (see `main`)
START_HOLD_S = 5.0

if _COLLECTING:
    # What the import made (modules, classes, functions, Qt types) lives as long as the process: frozen, the
    # first collection after `enable()` does not traverse all of it (a young collection of 8-27 ms measured
    # here, in the import before the first paint); `gc_policy.settle` freezes the rest of the start later.
    gc.freeze()
    gc.enable()

__all__ = ["DemoLogin", "Desktop", "apply_orders_file", "build_conversation_pane", "install_quit_signals",
           "main", "parse_args"]


# -- command line ---------------------------------------------------------------------------------------


LANGUAGES = ("ar", "en")
_FLAGS = {"--demo": "demo", "--smoke": "smoke"}
_VALUES = {"--demo-user": "demo_user", "--lang": "lang", "--server": "server", "--quit-after": "quit_after"}


def parse_args(argv: list[str]) -> argparse.Namespace:
    plain = _plain_args(argv)
    return _parser().parse_args(argv) if plain is None else plain


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="souqdesk", description="SouqDesk desktop client")
    parser.add_argument("--demo", action="store_true", help="run against a local sandbox with sample data")
    parser.add_argument("--demo-user", default="ahmed", help="seeded user for --demo (ahmed, mona)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: setting or system)")
    parser.add_argument("--server", help="server address to preset on the sign-in screen")
    parser.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)  # smoke tests
    # packaging smoke test and start benchmark: report the first painted inbox on stdout, then quit
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


def _plain_args(argv: list[str]) -> argparse.Namespace | None:
    """What `_parser()` makes of a command line of whole option names with valid values (`--lang en`,
    `--server=URL`, `--demo`), without building it: argparse looks up its own messages' translations
    (gettext, locale) as it is built, 4-5 ms of a start. None for anything else (help, an abbreviated or
    unknown option, a bad value, a value that starts with "-"): argparse parses it, or says what is wrong."""
    values: dict[str, object] = {"demo": False, "demo_user": "ahmed", "lang": None, "server": None,
                                 "quit_after": 0.0, "smoke": False}
    tokens = iter(argv)
    for token in tokens:
        option, equals, value = token.partition("=")
        if not equals and option in _FLAGS:
            values[_FLAGS[option]] = True
            continue
        if option not in _VALUES:
            return None
        if not equals:
            value = next(tokens, "")
        if not value or value.startswith("-") or (option == "--lang" and value not in LANGUAGES):
            return None
        if option == "--quit-after":
            try:
                values["quit_after"] = float(value)
            except ValueError:
                return None
        else:
            values[_VALUES[option]] = value
    return argparse.Namespace(**values)


def install_quit_signals(app: QApplication, desktop: Desktop) -> None:
    """Ctrl+C in a terminal, SIGTERM at log-off or from a service manager: a clean shutdown (outbox closed,
    drafts flushed); the session manager's commit request at log-off saves the drafts at once. Python sees
    signals only when it runs: the caller keeps a timer waking it up."""
    signal.signal(signal.SIGINT, lambda *_: desktop.quit())
    signal.signal(signal.SIGTERM, lambda *_: desktop.quit())
    app.commitDataRequest.connect(lambda _manager: desktop.drafts.flush())


def apply_orders_file(settings: Settings) -> None:
    """IT's machine-wide order-system settings file, when policy names one, is the one every part of the app
    reads (`paths.orders_file()`; without policy: the user's `orders.json`)."""
    from desktop.system import paths

    if settings.orders_file:
        os.environ[paths.ORDERS_FILE_ENV] = settings.orders_file


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    os.environ.setdefault("QT_API", "pyside6")
    from desktop.system import paths, qt_environment

    qt_environment.configure()  # before the QApplication
    from desktop.system.logging import configure_logging, logging_deferred

    def open_log() -> None:  # the log file, opened once the inbox is painted (or the start failed)
        if logging_deferred():
            configure_logging(paths.log_dir(), level=logging.getLogger().level)

    collecting = gc.isenabled()
    gc.disable()  # until the session has started (see the module's docstring)
    try:
        app, desktop, demo_env, language, catalogues = _first_paint(args)
    except BaseException:
        if collecting:
            gc.enable()
        open_log()
        raise

    def after_first_paint() -> None:  # the log file and the window icon (its SVG engine: ~2 ms of CPU)
        open_log()
        if app.windowIcon().isNull():
            app.setWindowIcon(QIcon(str(paths.resources_root() / "resources" / "icons" / "souqdesk.svg")))

    if desktop.state == "main":
        after_first_paint()  # painted from the start cache; without it, once the session has started (below)
    _once_started(desktop, collecting, after_first_paint)
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    if args.quit_after > 0:
        loop.call_later(args.quit_after, desktop.quit)
    if args.smoke:
        from desktop.ui.shell.smoke import InboxPaintProbe

        InboxPaintProbe(app, desktop.quit, language, [os.path.basename(p) for p in catalogues])
    install_quit_signals(app, desktop)
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(300)
    try:
        with loop:
            loop.run_until_complete(desktop.run())
    finally:
        open_log()
        if demo_env is not None:
            demo_env.stop()
    return 0


def _once_started(desktop: Desktop, collecting: bool, after_first_paint: Callable[[], None]) -> None:
    """The collector, off since the import, runs again once the session has started (then `gc_policy.settle`
    freezes what the start made and spaces young collections out), when the sign-in window is shown or the
    app stops, and after `START_HOLD_S` at the latest (a slow or silent server). Nothing when it was off
    before `main()`. Without a start cache, the log file is opened and the window icon set at these moments."""
    from desktop.system import gc_policy

    def resume() -> None:
        after_first_paint()
        if collecting and not gc.isenabled():
            gc.enable()

    def started() -> None:
        resume()
        gc_policy.settle()

    def state_changed(state: str) -> None:
        if state != "main":  # "signin" or "stopped"
            resume()

    desktop.after_start = started
    desktop.state_changed.connect(state_changed)
    QTimer.singleShot(int(START_HOLD_S * 1000), resume)


def _first_paint(args: argparse.Namespace) -> tuple[QApplication, Desktop, DemoEnvironment | None, str, list[str]]:
    """The application, its settings, translations, fonts and theme, the session flow, and (with a start
    cache) the painted inbox; the records logged meanwhile are kept for the log file."""
    from desktop.system import crash, paths
    from desktop.system.credentials import KeyringCredentialStore
    from desktop.system.logging import defer_logging
    from desktop.system.storage import JsonFileStorage
    from desktop.ui import fonts, i18n
    from desktop.ui.theme import apply_theme

    app = QApplication([sys.argv[0]])
    app.setApplicationName("SouqDesk")
    app.setOrganizationName("SouqDesk")
    app.setQuitOnLastWindowClosed(False)
    settings = Settings()
    defer_logging(getattr(logging, settings.log_level))  # the log file is opened after the first paint
    crash.install(paths.log_dir())
    if args.server and not settings.server_locked:
        settings.server_url = args.server
    apply_orders_file(settings)
    from desktop.api import network

    network.configure(network.NetworkSettings(settings.proxy, settings.extra_ca_file))  # bad policy: dialog
    language = i18n.choose_language(None if settings.is_locked("language") else args.lang, settings.language)
    catalogues = i18n.install(app, language)
    fonts.install_fonts(app)
    apply_theme(app)
    demo_env = None
    demo_login = None
    if args.demo:
        from desktop.demo import start_demo

        demo_env = start_demo(args.demo_user)
        demo_login = DemoLogin(demo_env.url, demo_env.token)
    desktop = Desktop(settings, KeyringCredentialStore(), JsonFileStorage(paths.data_dir()),
                      pane_factory=build_conversation_pane, tools=install_agent_toolkit, demo=demo_login,
                      orders_config=demo_env.orders_config() if demo_env is not None else None)
    desktop.paint_cached()  # the cached inbox on screen before qasync and the asyncio loop are set up
    return app, desktop, demo_env, language, catalogues
