"""Composition root: builds every object of the desktop app, wires them, and runs the qasync loop.

`main(argv)` parses `--demo [--demo-user ahmed|mona]`, `--lang ar|en`, `--server URL`, sets up logging,
settings, translations, fonts and theme, then runs `Desktop.run()` on a `qasync.QEventLoop`.
`Desktop` receives its collaborators (credential store, storage, client and realtime factories,
notification backend) so tests build it with real parts against the sandbox. No globals.

Cold start: with a remembered server whose last user left a start cache (`desktop.system.start_cache`),
the main window is painted at once from it, then the session is restored and the lists reconciled. What
the first paint does not need (sign-in window, conversation panes, toolkit, order lookup, keyring, realtime)
is imported and built after it; the api layer imports httpx only when a request is made, and the Qt-free
layers are imported before PySide6.

Flow: restore the remembered session (or show the sign-in window) → on sign-in build a `UserScope`
(outbox, realtime sync, lists, badges, notifications) and show the main window → on expiry show the
re-sign-in dialog over the main window (drafts and outbox kept) → on sign-out tear the scope down,
forget the secret, show the sign-in window → on quit stop realtime, close the outbox and the client,
flush drafts.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# httpx's command-line tool is never used: marked absent, `import httpx` does not pull in click, rich and
# pygments where they happen to be installed (~70 ms of cold start in a development venv).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# isort: split
# The layers without Qt before PySide6, whose import hook reads the source of every module imported after it.
from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import AppError, InvalidCredentials, SessionExpired
from desktop.domain.models import ServerInfo, User
from desktop.services.drafts import Drafts
from desktop.services.owned_tasks import cancel_all_and_wait
from desktop.services.session import CredentialStore, SessionService
from desktop.system.start_cache import StartCache

# isort: split
import PySide6  # noqa: F401  (before qasync, or qasync may pick another Qt binding)
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

# isort: split
from desktop.system.settings import Settings  # QSettings
from desktop.ui.actions import ActionRegistry
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.shell.factories import (
    build_conversation_pane,
    default_client_factory,
    default_realtime_factory,
    install_agent_toolkit,
    load_order_lookup,
)
from desktop.ui.shell.scope import PaneFactory, ToolsInstaller, UserScope
from desktop.ui.shortcuts.store import QSettingsShortcutStore
from desktop.ui.tray.tray import NotificationBackend, TrayController

if TYPE_CHECKING:
    from desktop.services.orders import OrderLookup
    from desktop.services.orders_setup import OrdersConfig
    from desktop.services.outbox import Outbox, Storage
    from desktop.services.sync import RealtimeFactory
    from desktop.ui.login.window import SignInWindow
    from desktop.ui.shell.preferences import PreferencesDialog

log = logging.getLogger(__name__)

ClientFactory = Callable[..., ChatwootClient]


@dataclass
class DemoLogin:
    """Sign straight in with a token (demo mode)."""

    server_url: str
    token: str


class Desktop(QObject):
    """The running app. Signals: state_changed(str) — "signin", "main" or "stopped"."""

    state_changed = Signal(str)

    def __init__(self, settings: Settings, credentials: CredentialStore, storage: Storage, *,
                 client_factory: ClientFactory = default_client_factory,
                 realtime_factory: RealtimeFactory = default_realtime_factory,
                 notification_backend: NotificationBackend | None = None,
                 pane_factory: PaneFactory | None = None, demo: DemoLogin | None = None,
                 registry: ActionRegistry | None = None, orders_config: OrdersConfig | None = None,
                 tools: ToolsInstaller | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.storage = storage
        self.notifier = Notifier(self)
        self.session = SessionService(client_factory, credentials)
        self.registry = registry or ActionRegistry(QSettingsShortcutStore(settings.qsettings), parent=self)
        self._client_factory = client_factory
        self._realtime_factory = realtime_factory
        self._pane_factory = pane_factory
        self._demo = demo
        self._orders_config = orders_config
        self._tools = tools
        self.drafts = Drafts(storage)
        self.window = MainWindow(self.notifier, self.registry, settings, demo=demo is not None)
        self.tray = TrayController(notification_backend, self)
        self.start_cache = StartCache(storage)
        self._sign_in_window: SignInWindow | None = None  # built when first needed (not on a restored start)
        self.scope: UserScope | None = None
        self.state = "starting"
        self._quit = asyncio.Event()
        #: called once the user's scope has started (lists loaded); `main` sets the garbage-collector policy
        self.after_start: Callable[[], None] | None = None
        self._work: set[asyncio.Task[Any]] = set()
        self.window.sign_out_requested.connect(lambda: self._spawn(self.sign_out()))
        self.window.quit_requested.connect(self.quit)
        self.window.close_requested.connect(self._on_close)
        self.tray.quit_requested.connect(self.quit)
        self.tray.show_window_requested.connect(self._raise_window)
        self.tray.open_requested.connect(self.window.open_conversation)
        self.notifier.reauth_requested.connect(self._ask_reauth)
        self.session.expired.connect(lambda: self.notifier.report(SessionExpired()))
        self.session.user_changed.connect(
            lambda user: self.window.status.set_user(user, self.window.hooks.current_account_id()))
        self.registry.bind("app.settings", self.open_preferences)
        from desktop.ui.shell.help_actions import HelpController

        self.help = HelpController(settings, self.notifier, self.window,
                                   lambda: self.session.server_url or settings.server_url or None, self.probe,
                                   self._spawn, self)
        self.registry.bind("help.about", self.help.open_about)
        self.registry.bind("help.diagnostics", self.help.collect_diagnostics)
        self.registry.bind("help.update", lambda: self._spawn(self.help.download_update()))
        self._update_checked = False

    @property
    def sign_in_window(self) -> SignInWindow:
        """The sign-in window, built on first use: a start from a remembered session never pays for it."""
        if self._sign_in_window is None:
            from desktop.ui.login.window import SignInWindow

            settings = self.settings
            window = SignInWindow(self.session, self.probe, self.notifier, server_url=settings.server_url,
                                  server_locked=settings.server_locked, allow_remember=settings.allow_remember,
                                  demo=self._demo is not None)
            window.signed_in.connect(lambda user: self._spawn(self._enter(user)))
            window.closed.connect(self._on_sign_in_closed)
            self._sign_in_window = window
        return self._sign_in_window

    def open_preferences(self) -> PreferencesDialog:
        from desktop.ui.shell.preferences import PreferencesDialog

        user = self.session.user if self.scope is not None else None
        dialog = PreferencesDialog(self.settings, self.window, registry=self.registry,
                                   workspaces=user.workspaces if user is not None else ())
        dialog.applied.connect(self._preferences_applied)
        dialog.open()
        return dialog

    def _preferences_applied(self) -> None:
        if self.scope is not None:
            self.scope.set_notifications(self.settings.notify_mine, self.settings.notify_unassigned)

    # -- plumbing ------------------------------------------------------------------------------------
    async def probe(self, server_url: str) -> ServerInfo:
        """Is there a Chatwoot server at this address? (the sign-in form's first step)"""
        client = self._client_factory(server_url, auth=None)
        try:
            return await client.server_info()
        finally:
            await client.aclose()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run app-level work; every failure reaches the notifier; the task is held until done."""
        task = asyncio.get_event_loop().create_task(coro)
        self._work.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            self._work.discard(t)
            if not t.cancelled() and t.exception() is not None:
                self.notifier.report(t.exception())  # type: ignore[arg-type]

        task.add_done_callback(done)
        return task

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- flow ----------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Restore the remembered session, sign in the demo user, or show the sign-in window.

        With a remembered server whose last user left a start cache, the main window is shown at once with
        the cached lists; signing in again then reconciles them (or, when it fails, the sign-in window
        replaces them)."""
        self.tray.start()
        if self._demo is not None:
            demo_user = await self.session.sign_in_token(self._demo.server_url, self._demo.token, remember=False)
            await self._enter(demo_user)
            return
        known = self.settings.server_url or None
        if known is not None and self._show_cached(known) and self.scope is not None:
            await self.scope.first_paint()  # on screen before the keyring and the REST client are set up
        restored: User | None = None
        try:
            restored = await self.session.restore()
        except AppError as error:
            if isinstance(error, (SessionExpired, InvalidCredentials)):  # that session is over
                self.start_cache.clear(self.scope.workspaces if self.scope is not None else ())
            self.notifier.report(error)
        if restored is None:
            await self._drop_scope()
            self._show_sign_in(self.session.server_url or known)
            return
        await self._enter(restored)

    def paint_cached(self) -> bool:
        """Before the asyncio loop exists: show the remembered server's cached window and let Qt paint it
        (`main()` imports qasync and restores the session afterwards). False when there is nothing cached
        (or in demo mode); `start()` then takes its usual path."""
        known = self.settings.server_url or None
        if self._demo is not None or known is None or not self._show_cached(known):
            return False
        view = self.window.current_view()
        if view is not None:
            from desktop.ui.shell.first_paint import paint_now

            paint_now(view.list_pane.view.viewport())
        return True

    def _show_cached(self, server_url: str) -> bool:
        """Show the last user's workspaces and first list pages from the local cache (no network);
        False when there is nothing cached for this server."""
        if self.scope is not None:
            return False
        cached = self.start_cache.load_profile(server_url)
        if cached is None or not cached.workspaces:
            return False
        self.scope = self._new_scope(cached)
        self.scope.show_cached(self.start_cache)
        self.window.show()
        self._set_state("main")
        return True

    def _show_sign_in(self, server_url: str | None) -> None:
        self.window.hide()
        self.sign_in_window.start(server_url)
        self._set_state("signin")

    def _new_scope(self, user: User) -> UserScope:
        return UserScope(user, self.session, self._realtime_factory, lambda: self._new_outbox(user), self.drafts,
                         self.settings, self.notifier, self.window, self.tray, self._pane_factory,
                         orders=self._load_orders, tools=self._tools)

    def _load_orders(self) -> OrderLookup | None:
        try:
            return load_order_lookup(self._orders_config, self.session.client)
        except AppError as error:
            self.notifier.report(error)
            return None

    async def _drop_scope(self) -> None:
        scope, self.scope = self.scope, None
        if scope is not None:
            await scope.close()
            self.window.clear_workspaces()

    async def _enter(self, user: User) -> None:
        if self.session.server_url:
            self.settings.server_url = self.session.server_url
        if self._sign_in_window is not None:
            self._sign_in_window.hide()
        if self.scope is not None and not self.scope.adopt(user):
            await self._drop_scope()  # someone else, or other workspaces, than the cache showed
        if self.scope is None:
            self.scope = self._new_scope(user)
        self.window.show()
        self._set_state("main")
        log.info("main window shown for user %s (%d workspaces)", user.id, len(user.workspaces))
        await self.scope.start()
        self._save_start_cache()
        if not self._update_checked:  # once per run, after sign-in; off by policy or without a feed
            self._update_checked = True
            self._spawn(self.help.check_for_update())
        if self.after_start is not None:
            self.after_start()

    def _save_start_cache(self) -> None:
        """Remember what the window shows for the next start's first paint (only for a remembered session)."""
        scope, server_url = self.scope, self.session.server_url
        if scope is None or server_url is None or not self.session.remembered or self.session.user is None:
            return
        try:
            self.start_cache.save_profile(server_url, self.session.user)
            scope.save_lists(self.start_cache)
        except OSError as error:
            log.warning("could not write the start cache: %s", error)

    def _new_outbox(self, user: User) -> Outbox:
        from desktop.services.outbox import Outbox

        return Outbox(self.session.client, self.storage, user_id=user.id)

    def _ask_reauth(self) -> None:
        if self.scope is None or self.session.server_url is None:
            self.notifier.reauth_finished()
            self._show_sign_in(self.settings.server_url)
            return
        from desktop.ui.login.window import ReauthDialog

        dialog = ReauthDialog(self.session, self.probe, self.notifier, self.session.server_url,
                              allow_remember=self.settings.allow_remember, parent=self.window)
        dialog.signed_in.connect(lambda user: self._spawn(self._reentered(user)))
        dialog.rejected.connect(self.notifier.reauth_finished)
        dialog.open()

    async def _reentered(self, user: User) -> None:
        self.notifier.reauth_finished()
        if self.scope is not None:
            await self.scope.restart(user)

    async def sign_out(self) -> None:
        """Tear the user's session down, forget the remembered secret, show the sign-in window."""
        scope, self.scope = self.scope, None
        self.start_cache.clear(scope.workspaces if scope is not None else ())
        if scope is not None:
            await scope.close()
        self.window.clear_workspaces()
        self.tray.set_unread(0)
        try:
            await self.session.sign_out()
        finally:
            self._show_sign_in(self.settings.server_url)

    # -- quitting ------------------------------------------------------------------------------------
    def _on_close(self) -> None:
        if self.settings.close_to_tray and QSystemTrayIcon.isSystemTrayAvailable() and self.scope is not None:
            self.window.hide()
            return
        self.quit()

    def _on_sign_in_closed(self) -> None:
        if self.scope is None and self.state == "signin":
            self.quit()  # nothing else is open: closing the sign-in window ends the app

    def _raise_window(self) -> None:
        target: QWidget = self.window if self.scope is not None else self.sign_in_window
        target.show()
        target.raise_()
        target.activateWindow()

    def quit(self) -> None:
        self._quit.set()

    async def run(self) -> None:
        """Start, wait for quit, shut down cleanly."""
        try:
            await self.start()
        except AppError as error:
            self.notifier.report(error)
            self._show_sign_in(self.settings.server_url)
        await self._quit.wait()
        await self.shutdown()

    async def shutdown(self) -> None:
        """Stop realtime, close the outbox and lists, flush drafts, close the client (no sign-out)."""
        await cancel_all_and_wait(self._work)
        if self.state == "main":
            self._save_start_cache()
        scope, self.scope = self.scope, None
        if scope is not None:
            await scope.close()
        self.drafts.flush()
        client = self.session._client  # the current REST client, if any
        if client is not None:
            await client.aclose()
        self.window.save_state()
        self.tray.stop()
        self.window.hide()
        if self._sign_in_window is not None:
            self._sign_in_window.hide()
        self._set_state("stopped")
        log.info("shut down cleanly (outbox closed, drafts saved)")


# -- command line ---------------------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="souqdesk", description="SouqDesk desktop client")
    parser.add_argument("--demo", action="store_true", help="run against a local sandbox with sample data")
    parser.add_argument("--demo-user", default="ahmed", help="seeded user for --demo (ahmed, mona)")
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language (default: setting or system)")
    parser.add_argument("--server", help="server address to preset on the sign-in screen")
    parser.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)  # smoke tests
    # packaging smoke test and start benchmark: report the first painted inbox on stdout, then quit
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


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
    from desktop.system import crash, paths
    from desktop.system.credentials import KeyringCredentialStore
    from desktop.system.logging import configure_logging
    from desktop.system.storage import JsonFileStorage
    from desktop.ui import fonts, i18n
    from desktop.ui.theme import apply_theme

    app = QApplication([sys.argv[0]])
    app.setApplicationName("SouqDesk")
    app.setOrganizationName("SouqDesk")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(QIcon(str(paths.resources_root() / "resources" / "icons" / "souqdesk.svg")))
    settings = Settings()
    configure_logging(paths.log_dir(), level=getattr(logging, settings.log_level))
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
    from desktop.system import gc_policy

    desktop.after_start = gc_policy.settle  # the started app's objects out of the collector's way
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
        if demo_env is not None:
            demo_env.stop()
    return 0
