"""The session flow of the running app (`Desktop`): restore the remembered session (or show the sign-in
window) → on sign-in build the user's scope (`desktop.app.wiring.build_user_session`, shown by
`desktop.ui.shell.scope.UserScope`) and show the main window → on expiry show the re-sign-in dialog over
the main window (drafts and outbox kept) → on sign-out tear the scope down, forget the secret, show the
sign-in window → on quit stop realtime, close the outbox and the client, flush drafts.

`Desktop` receives its collaborators (credential store, storage, client and realtime factories,
notification backend) so tests build it with real parts against the sandbox. No globals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.app import cached_start, dialogs, wiring
from desktop.domain.errors import AppError, InvalidCredentials, SessionExpired
from desktop.domain.models import ServerInfo, User
from desktop.services.drafts import Drafts
from desktop.services.session import CredentialStore, SessionService
from desktop.system.settings import Settings
from desktop.system.start_cache import StartCache
from desktop.ui.actions import ActionRegistry
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.shell.scope import PaneFactory, ToolsInstaller, UserScope
from desktop.ui.shortcuts.store import QSettingsShortcutStore
from desktop.ui.tray.tray import NotificationBackend, TrayController

if TYPE_CHECKING:
    import asyncio

    from desktop.services.orders_setup import OrdersConfig
    from desktop.services.outbox import Storage
    from desktop.services.sync import RealtimeFactory
    from desktop.ui.login.window import SignInWindow
    from desktop.ui.shell.help_actions import HelpController
    from desktop.ui.shell.preferences import PreferencesDialog

log = logging.getLogger(__name__)


class Desktop(QObject):
    """The running app. Signals: state_changed(str) — "signin", "main" or "stopped"."""

    state_changed = Signal(str)

    def __init__(self, settings: Settings, credentials: CredentialStore, storage: Storage, *,
                 client_factory: wiring.ClientFactory = wiring.default_client_factory,
                 realtime_factory: RealtimeFactory = wiring.default_realtime_factory,
                 notification_backend: NotificationBackend | None = None,
                 pane_factory: PaneFactory | None = None, demo: wiring.DemoLogin | None = None,
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
        self._quit: asyncio.Event | None = None  # made by `run()`: asyncio is imported after the first paint
        self._quitting = False
        #: called once the user's scope has started (lists loaded); `main` sets the garbage-collector policy
        self.after_start: Callable[[], None] | None = None
        self._work: set[asyncio.Task[Any]] = set()
        self.window.sign_out_requested.connect(lambda: self.spawn(self.sign_out()))
        self.window.quit_requested.connect(self.quit)
        self.window.close_requested.connect(lambda: dialogs.close_requested(self))
        self.tray.quit_requested.connect(self.quit)
        self.tray.show_window_requested.connect(lambda: dialogs.raise_window(self))
        self.tray.open_requested.connect(self.window.open_conversation)
        self.notifier.reauth_requested.connect(self._ask_reauth)
        self.session.expired.connect(lambda: self.notifier.report(SessionExpired()))
        self.session.user_changed.connect(
            lambda user: self.window.status.set_user(user, self.window.hooks.current_account_id()))
        self.registry.bind("app.settings", self.open_preferences)
        self._help: HelpController | None = None
        dialogs.install_help(self)
        self._update_checked = False

    @property
    def sign_in_window(self) -> SignInWindow:
        """The sign-in window, built on first use: a start from a remembered session never pays for it."""
        if self._sign_in_window is None:
            self._sign_in_window = dialogs.build_sign_in_window(self, demo=self._demo is not None)
        return self._sign_in_window

    @property
    def help(self) -> HelpController:
        """The Help menu's controller, built on first use (not before the first paint)."""
        if self._help is None:
            self._help = dialogs.build_help(self)
        return self._help

    def open_preferences(self) -> PreferencesDialog:
        return dialogs.open_preferences(self)

    # -- plumbing ------------------------------------------------------------------------------------
    async def probe(self, server_url: str) -> ServerInfo:
        """Is there a Chatwoot server at this address? (the sign-in form's first step)"""
        client = self._client_factory(server_url, auth=None)
        try:
            return await client.server_info()
        finally:
            await client.aclose()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run app-level work; every failure reaches the notifier; the task is held until done."""
        import asyncio

        task = asyncio.get_event_loop().create_task(coro)
        self._work.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            self._work.discard(t)
            if not t.cancelled() and t.exception() is not None:
                self.notifier.report(t.exception())  # type: ignore[arg-type]

        task.add_done_callback(done)
        return task

    def set_state(self, state: str) -> None:
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
        return self._demo is None and cached_start.paint_cached(self)

    def _show_cached(self, server_url: str) -> bool:
        return cached_start.show_cached(self, server_url)

    def _show_sign_in(self, server_url: str | None) -> None:
        self.window.hide()
        self.sign_in_window.start(server_url)
        self.set_state("signin")

    def new_scope(self, user: User) -> UserScope:
        services = wiring.build_user_session(user, self.session, self.storage, realtime_factory=self._realtime_factory,
                                      orders_config=self._orders_config, report=self.notifier.report)
        return UserScope(services, self.drafts, self.settings, self.notifier, self.window, self.tray,
                         self._pane_factory, tools=self._tools)

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
            self.scope = self.new_scope(user)
        self.window.show()
        self.set_state("main")
        log.info("main window shown for user %s (%d workspaces)", user.id, len(user.workspaces))
        scope = self.scope
        await scope.start()
        if self.scope is not scope:
            return  # signed out (or quit) while it started
        self._save_start_cache()
        if not self._update_checked:  # once per run, after sign-in; off by policy or without a feed
            self._update_checked = True
            self.spawn(self.help.check_for_update())
        if self.after_start is not None:
            self.after_start()

    def _save_start_cache(self) -> None:
        cached_start.save(self)

    def _ask_reauth(self) -> None:
        if self.scope is None or self.session.server_url is None:
            self.notifier.reauth_finished()
            self._show_sign_in(self.settings.server_url)
            return
        dialogs.open_reauth(self, self.session.server_url)

    def spawn_enter(self, user: User) -> None:
        self.spawn(self._enter(user))

    def spawn_reentered(self, user: User) -> None:
        self.spawn(self._reentered(user))

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
    def sign_in_closed(self) -> None:
        if self.scope is None and self.state == "signin":
            self.quit()  # nothing else is open: closing the sign-in window ends the app

    def quit(self) -> None:
        self._quitting = True
        if self._quit is not None:
            self._quit.set()

    async def run(self) -> None:
        """Start, wait for quit, shut down cleanly."""
        import asyncio

        quit_event = self._quit = asyncio.Event()
        if self._quitting:
            quit_event.set()
        try:
            await self.start()
        except AppError as error:
            self.notifier.report(error)
            self._show_sign_in(self.settings.server_url)
        await quit_event.wait()
        await self.shutdown()

    async def shutdown(self) -> None:
        """Stop realtime, close the outbox and lists, flush drafts, close the client (no sign-out)."""
        from desktop.services.owned_tasks import cancel_all_and_wait

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
        self.set_state("stopped")
        log.info("shut down cleanly (outbox closed, drafts saved)")
