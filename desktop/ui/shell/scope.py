"""The Qt side of one signed-in user's session: connects the Qt-free object graph (`UserSession`, built by
the composition root) to the main window and the tray, builds each workspace's view, and hands the
conversation pane and the agent toolkit exactly the collaborators they use (`PaneParts`, `ToolkitParts`).

Torn down on sign-out (`close()`), restarted after a re-sign-in (`restart()`). A scope may first be shown
from the start cache (`show_cached()`, before signing in again) and then `adopt()` the signed-in profile;
`start()` paints the first page before going live and building panes and tools.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.domain.models import User
from desktop.services.drafts import Drafts
from desktop.services.session import SessionService
from desktop.services.user_session import UserSession, WorkspaceServices
from desktop.services.workspace import WorkspaceLookups
from desktop.system.settings import Settings
from desktop.system.start_cache import StartCache
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import painted
from desktop.ui.tray.tray import TrayController
from desktop.ui.workspaces.view import WorkspaceView

if TYPE_CHECKING:
    from desktop.services.conversation_reader import ConversationReader
    from desktop.services.conversations import ConversationList
    from desktop.services.orders import OrderLookup
    from desktop.services.outbox import Outbox
    from desktop.services.reports import ReportsService
    from desktop.services.timeline import Timeline
    from desktop.services.user_session import ToolServices


@dataclass
class PaneParts:
    """The conversation pane's collaborators (one pane per workspace)."""

    reader: ConversationReader
    outbox: Outbox
    drafts: Drafts
    notifier: Notifier
    lookups: Callable[[int], WorkspaceLookups | None]
    register_timeline: Callable[[Timeline], Callable[[], None]]
    events: Any  # RealtimeSync.event
    orders: OrderLookup | None
    agent_name: Callable[[], str | None]
    enter_sends: bool


@dataclass
class ToolkitParts:
    """What the agent toolkit and the reports use, for one user."""

    window: MainWindow
    session: SessionService
    notifier: Notifier
    qsettings: QSettings
    tools_for: Callable[[int], ToolServices]
    reports_for: Callable[[int], ReportsService]
    lookups_for: Callable[[int], WorkspaceLookups | None]
    store_for: Callable[[int], ConversationList | None]
    composers: dict[int, Any]  # account → the composer of its conversation pane


# the conversation pane widget of a workspace, built from its collaborators
PaneFactory = Callable[[PaneParts], QWidget]
# installs more tools on the window for this user; returns their uninstaller
ToolsInstaller = Callable[[ToolkitParts], Callable[[], None]]


class UserScope:
    def __init__(self, services: UserSession, drafts: Drafts, settings: Settings, notifier: Notifier,
                 window: MainWindow, tray: TrayController, pane_factory: PaneFactory | None = None, *,
                 tools: ToolsInstaller | None = None) -> None:
        self.services = services
        self.drafts = drafts
        self.settings = settings
        self.notifier = notifier
        self.window = window
        self.tray = tray
        self._pane_factory = pane_factory
        self._tools = tools
        self._uninstall_tools: Callable[[], None] | None = None
        self._unlinks: list[Callable[[], None]] = []
        self.views: dict[int, WorkspaceView] = {}
        self._completed = False  # panes and tools are built once, after the first paint
        self._closed = False  # signed out or quit: nothing more is started, even by a start() still waiting
        for account_id, parts in services.workspaces.items():
            self._add_view(account_id, parts)

    @property
    def user(self) -> User:
        return self.services.user

    @property
    def workspaces(self) -> dict[int, WorkspaceServices]:
        return self.services.workspaces

    def _add_view(self, account_id: int, parts: WorkspaceServices) -> None:
        view = WorkspaceView(parts.workspace, parts.store, parts.lookups, self.notifier, self.services.mark_read)
        self._unlinks += [parts.store.failed.connect(self.notifier.report),
                          parts.lookups.failed.connect(self.notifier.report)]
        self.views[account_id] = view
        self.window.add_workspace_view(view)

    def _go_live(self) -> None:
        """Build the user's live services (once) and connect them to the window and the tray."""
        services = self.services
        if not services.go_live():
            return
        from desktop.ui.shell.network_watch import NetworkWatch

        network = NetworkWatch(services.sync.reconnect_now)  # network back or changed: reconnect at once
        services.set_notifications(self.settings.notify_mine, self.settings.notify_unassigned)
        notifier, window = self.notifier, self.window
        self._unlinks += [
            network.close,
            services.sync.connection_changed.connect(window.set_connection_state),
            services.sync.catch_up_failed.connect(lambda _account, error: notifier.report(error)),
            services.policy.notify.connect(self.tray.notify),
            services.unread.changed.connect(self._on_unread),
            services.outbox.unsent_changed.connect(window.status.set_unsent),
        ]
        window.status.unsent_clicked.connect(self.open_first_unsent)

    def _on_unread(self, account_id: int, count: int) -> None:
        """The unread counter's totals changed: the switcher, the window title and the tray show them."""
        total = self.services.unread.total()
        self.window.set_unread(account_id, count, total)
        self.tray.set_unread(total)

    def open_first_unsent(self) -> None:
        """The status bar's unsent count was clicked: open the conversation of the oldest unsent reply."""
        unsent = self.services.outbox.unsent()
        if unsent:
            account_id, message = unsent[0]
            self.window.open_conversation(account_id, message.conversation_id)

    def set_notifications(self, mine: bool, unassigned: bool) -> None:
        self.services.set_notifications(mine, unassigned)

    # -- life ----------------------------------------------------------------------------------------
    def _first_workspace(self) -> int | None:
        wanted = self.settings.last_workspace_id
        first = wanted if wanted in self.workspaces else self.user.default_workspace_id
        if first not in self.workspaces and self.workspaces:
            first = next(iter(self.workspaces))
        return first

    def show_cached(self, cache: StartCache) -> None:
        """Before signing in: fill each list with its cached first page and show the last workspace."""
        for account_id, parts in self.workspaces.items():
            rows = cache.load_list(self.user.id, account_id, parts.store.query)
            if rows:
                parts.store.set_items(rows)
        self.window.hold_loads(True)
        self.window.set_user(self.user)
        first = self._first_workspace()
        if first is not None:
            self.window.switch_workspace(first)

    def adopt(self, user: User) -> bool:
        """Signed in as the user the cache showed: take the fresh profile. False when the user or their
        workspaces differ (the caller then builds a new scope)."""
        if user.id != self.user.id or [w.id for w in user.workspaces] != list(self.workspaces):
            return False
        self.services.user = user
        for workspace in user.workspaces:
            self.workspaces[workspace.id].workspace = workspace
        return True

    async def first_paint(self) -> None:
        """Wait until the current workspace's list has been painted (see `desktop.ui.tasks.painted`)."""
        view = self.window.current_view()
        if view is not None and self.window.isVisible():
            await painted(view.list_pane.view.viewport())

    def save_lists(self, cache: StartCache) -> None:
        for account_id, parts in self.workspaces.items():
            if len(parts.store) and not parts.store.loading:
                cache.save_list(self.user.id, account_id, parts.store.query, list(parts.store))

    def _show_user(self, user: User) -> None:
        self.window.set_user(user)
        self.tray.set_workspaces({w.id: w.name for w in user.workspaces})

    async def start(self) -> None:
        """Show the last workspace and its first page; after that first paint build the conversation panes
        and tools, start the outbox, read the unread counts and connect realtime. The live services (outbox,
        realtime sync, unread counter, network watch) are built after that paint too: nothing reaches them
        before realtime is connected."""
        self.window.hold_loads(False)
        self._show_user(self.user)
        first = self._first_workspace()
        if first is not None:
            self.window.switch_workspace(first)
            await self.views[first].list_pane.wait_loaded()
        await self.first_paint()  # the rows on screen before the heavier parts are imported and built
        if self._closed:
            return  # signed out while the first page loaded: a closed scope starts nothing live
        self._go_live()
        self._complete()
        self._report(await self.services.start())

    def _report(self, errors: Iterable[BaseException]) -> None:
        for error in errors:
            self.notifier.report(error)

    def _complete(self) -> None:
        if self._completed:
            return
        self._completed = True
        services = self.services
        services.load_orders()  # the loader reports a bad configuration itself
        if self._pane_factory is not None:
            for view in self.views.values():
                view.attach_pane(self._pane_factory(self._pane_parts()))
        if self._tools is not None:
            composers = {a: getattr(v.conversation_pane, "composer", None) for a, v in self.views.items()}
            self._uninstall_tools = self._tools(ToolkitParts(
                self.window, services.session, self.notifier, self.settings.qsettings, services.tools_for,
                services.reports_for, services.lookups, services.store,
                {a: c for a, c in composers.items() if c is not None}))

    def _pane_parts(self) -> PaneParts:
        services = self.services
        return PaneParts(services.reader, services.outbox, self.drafts, self.notifier, services.lookups,
                         services.sync.register_timeline, services.sync.event, services.orders,
                         lambda: services.user.available_name, self.settings.enter_sends)

    async def restart(self, user: User) -> None:
        """After signing in again: reconnect and reload what may have changed meanwhile."""
        self._go_live()
        self._show_user(user)
        for view in self.views.values():
            view.load()
        await self.services.restart(user)

    async def close(self) -> None:
        """Stop realtime, the outbox and every list's tasks (sign-out or quit); drafts are flushed."""
        self._closed = True
        live = self.services.live
        await self.services.stop_realtime()
        if self._uninstall_tools is not None:
            self._uninstall_tools()
            self._uninstall_tools = None
        for unlink in self._unlinks:
            unlink()
        self._unlinks.clear()
        if live:
            self.window.status.unsent_clicked.disconnect(self.open_first_unsent)
        self.window.status.set_unsent(0)
        for view in self.views.values():
            view.detach()
        await self.services.close()
        self.drafts.flush()
