"""The windows and dialogs the session flow (`desktop.app.flow.Desktop`) opens, built and connected here:
the sign-in window, the re-sign-in dialog, Preferences, and the Help menu's controller."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QWidget

    from desktop.domain.models import ServerInfo, User
    from desktop.services.session import SessionService
    from desktop.system.settings import Settings
    from desktop.system.start_cache import StartCache
    from desktop.ui.actions import ActionRegistry
    from desktop.ui.login.window import ReauthDialog, SignInWindow
    from desktop.ui.main_window import MainWindow
    from desktop.ui.notifier import Notifier
    from desktop.ui.shell.help_actions import HelpController
    from desktop.ui.shell.preferences import PreferencesDialog
    from desktop.ui.shell.scope import UserScope


class Desktop(Protocol):
    """What these parts use of `desktop.app.flow.Desktop`."""

    settings: Settings
    session: SessionService
    notifier: Notifier
    registry: ActionRegistry
    window: MainWindow
    start_cache: StartCache
    scope: UserScope | None

    async def probe(self, server_url: str) -> ServerInfo: ...
    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...
    def spawn_enter(self, user: User) -> None: ...
    def spawn_reentered(self, user: User) -> None: ...
    @property
    def sign_in_window(self) -> SignInWindow: ...
    def sign_in_closed(self) -> None: ...
    def quit(self) -> None: ...
    def new_scope(self, user: User) -> UserScope: ...
    @property
    def help(self) -> HelpController: ...
    def set_state(self, state: str) -> None: ...


def build_sign_in_window(desktop: Desktop, *, demo: bool) -> SignInWindow:
    """Built on first use: a start from a remembered session never pays for it."""
    from desktop.ui.login.window import SignInWindow

    settings = desktop.settings
    window = SignInWindow(desktop.session, desktop.probe, desktop.notifier, server_url=settings.server_url,
                          server_locked=settings.server_locked, allow_remember=settings.allow_remember, demo=demo)
    window.signed_in.connect(lambda user: desktop.spawn_enter(user))
    window.closed.connect(desktop.sign_in_closed)
    return window


def open_reauth(desktop: Desktop, server_url: str) -> ReauthDialog:
    """The re-sign-in dialog over the main window (drafts and outbox kept)."""
    from desktop.ui.login.window import ReauthDialog

    dialog = ReauthDialog(desktop.session, desktop.probe, desktop.notifier, server_url,
                          allow_remember=desktop.settings.allow_remember, parent=desktop.window)
    dialog.signed_in.connect(desktop.spawn_reentered)
    dialog.rejected.connect(desktop.notifier.reauth_finished)
    dialog.open()
    return dialog


def open_preferences(desktop: Desktop) -> PreferencesDialog:
    from desktop.ui.shell.preferences import PreferencesDialog

    scope = desktop.scope
    user = desktop.session.user if scope is not None else None
    dialog = PreferencesDialog(desktop.settings, desktop.window, registry=desktop.registry,
                               workspaces=user.workspaces if user is not None else ())

    def applied() -> None:
        if desktop.scope is not None:
            desktop.scope.set_notifications(desktop.settings.notify_mine, desktop.settings.notify_unassigned)

    dialog.applied.connect(applied)
    dialog.open()
    return dialog


def install_help(desktop: Desktop) -> None:
    """Help → About, Collect diagnostics and Download update, bound on the action registry; the controller
    (`desktop.help`) is built at the first of them, or at the update check after sign-in."""
    registry = desktop.registry
    registry.bind("help.about", lambda: desktop.help.open_about())
    registry.bind("help.diagnostics", lambda: desktop.help.collect_diagnostics())
    registry.bind("help.update", lambda: desktop.spawn(desktop.help.download_update()))


def build_help(desktop: Desktop) -> HelpController:
    from desktop.ui.shell.help_actions import HelpController

    settings = desktop.settings
    return HelpController(settings, desktop.notifier, desktop.window,
                          lambda: desktop.session.server_url or settings.server_url or None,
                          desktop.probe, desktop.spawn, desktop.window)


def close_requested(desktop: Desktop) -> None:
    """The main window's close button: to the tray when set so (and signed in), else quit."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if desktop.settings.close_to_tray and QSystemTrayIcon.isSystemTrayAvailable() and desktop.scope is not None:
        desktop.window.hide()
        return
    desktop.quit()


def raise_window(desktop: Desktop) -> None:
    """The tray's "show": the main window when signed in, else the sign-in window."""
    target: QWidget = desktop.window if desktop.scope is not None else desktop.sign_in_window
    target.show()
    target.raise_()
    target.activateWindow()
