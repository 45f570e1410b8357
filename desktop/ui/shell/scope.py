"""Everything that lives for one signed-in user: outbox, realtime sync, unread counter, notification
policy, and per workspace its lookups, its visible list and a hidden "Mine" list for the badge.

Built by the composition root (`desktop.app`) on sign-in with injected factories, torn down on
sign-out (`close()`), restarted after a re-sign-in (`restart()`). It wires services to the main window
and the tray, and builds each workspace's view (with the conversation pane when given).
A scope may first be shown from the start cache (`show_cached()`, before signing in again) and then
`adopt()` the signed-in profile; `start()` paints the first page before building panes and tools.
What only a signed-in user needs (outbox, realtime sync, unread counter, notification policy) is imported and
built by `start()` (`_go_live()`), so a first paint from the start cache does without it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import AppError
from desktop.domain.models import AssigneeFilter, ConversationQuery, User, Workspace
from desktop.services.conversations import ConversationList
from desktop.services.drafts import Drafts
from desktop.services.session import SessionService
from desktop.services.workspace import WorkspaceLookups
from desktop.system.settings import Settings
from desktop.system.start_cache import StartCache
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import painted
from desktop.ui.tray.tray import TrayController
from desktop.ui.workspaces.view import WorkspaceView

if TYPE_CHECKING:
    from desktop.services.notify import NotificationPolicy
    from desktop.services.orders import OrderLookup
    from desktop.services.outbox import Outbox
    from desktop.services.sync import RealtimeFactory, RealtimeSync
    from desktop.services.unread import UnreadCounter

MINE_OPEN = ConversationQuery(assignee=AssigneeFilter.MINE)


@dataclass
class WorkspaceParts:
    workspace: Workspace
    lookups: WorkspaceLookups
    store: ConversationList  # the visible list (its query follows the filters)
    mine: ConversationList  # hidden: open conversations assigned to me, for the unread badge
    view: WorkspaceView
    unlinks: list[Callable[[], None]] = field(default_factory=list)


# (workspace, scope) -> the conversation pane widget of that workspace
PaneFactory = Callable[[Workspace, "UserScope"], QWidget]
# scope -> installs more tools on the window for this user; returns their uninstaller
ToolsInstaller = Callable[["UserScope"], Callable[[], None]]
# builds the order lookup (None when not configured); called once, after the first paint
OrdersLoader = Callable[[], "OrderLookup | None"]
# builds the user's outbox; called once, by `start()`
OutboxFactory = Callable[[], "Outbox"]


class UserScope:
    # built by `start()` (`_go_live()`): not there while the scope only shows the start cache
    outbox: Outbox
    sync: RealtimeSync
    unread: UnreadCounter
    policy: NotificationPolicy

    def __init__(self, user: User, session: SessionService, realtime_factory: RealtimeFactory,
                 outbox: Outbox | OutboxFactory,
                 drafts: Drafts, settings: Settings, notifier: Notifier, window: MainWindow,
                 tray: TrayController, pane_factory: PaneFactory | None = None, *,
                 orders: OrderLookup | OrdersLoader | None = None, tools: ToolsInstaller | None = None) -> None:
        self.user = user
        self.session = session
        self._outbox_source = outbox
        self._realtime_factory = realtime_factory
        self.drafts = drafts
        self.notifier = notifier
        self.window = window
        self.tray = tray
        # the order lookup imports phone-number tables: a loader is called after the first paint
        self.orders: OrderLookup | None = None if callable(orders) else orders
        self._orders_loader = orders if callable(orders) else None
        self.workspaces: dict[int, WorkspaceParts] = {}
        self._pane_factory = pane_factory
        self.settings = settings
        self._tasks: list[asyncio.Task[None]] = []
        self._unlinks: list[Callable[[], None]] = []
        self._live = False
        for workspace in user.workspaces:
            self._add_workspace(workspace)
        self._tools = tools
        self._uninstall_tools: Callable[[], None] | None = None
        self._completed = False  # panes and tools are built once, after the first paint

    def _go_live(self) -> None:
        """Build and wire the outbox, realtime sync, unread counter and notification policy (once)."""
        if self._live:
            return
        from desktop.services.notify import NotificationPolicy
        from desktop.services.sync import RealtimeSync
        from desktop.services.unread import UnreadCounter

        self._live = True
        source = self._outbox_source
        self.outbox = source() if callable(source) else source
        self.sync = RealtimeSync(self.session, self._realtime_factory, outbox=self.outbox)
        from desktop.ui.shell.network_watch import NetworkWatch

        self.network = NetworkWatch(self.sync.reconnect_now)  # network back or changed: reconnect at once
        self.unread = UnreadCounter(self.user.id, mine_only=True)
        self.policy = NotificationPolicy(self.user.id, lookup=self.sync.find_conversation,
                                         incoming_for_me=self.settings.notify_mine,
                                         new_unassigned=self.settings.notify_unassigned)
        notifier, window = self.notifier, self.window
        self._unlinks += [
            self.network.close,
            self.sync.event.connect(self.policy.on_event),
            self.sync.event.connect(self.unread.on_event),
            self.sync.connection_changed.connect(window.set_connection_state),
            self.sync.catch_up_failed.connect(lambda _account, error: notifier.report(error)),
            self.policy.notify.connect(self.tray.notify),
            self.unread.changed.connect(self._on_unread),
            self.outbox.unsent_changed.connect(window.status.set_unsent),
        ]
        window.status.unsent_clicked.connect(self.open_first_unsent)
        for parts in self.workspaces.values():
            self._link_workspace(parts)

    def _link_workspace(self, parts: WorkspaceParts) -> None:
        parts.unlinks += [self.sync.register_list(parts.store), self.sync.register_list(parts.mine),
                          self.unread.track(parts.mine)]
        self.sync.register_lookups(parts.lookups)

    def lookups(self, account_id: int) -> WorkspaceLookups | None:
        parts = self.workspaces.get(account_id)
        return parts.lookups if parts is not None else None

    def _add_workspace(self, workspace: Workspace) -> None:
        client = self.session.client
        lookups = WorkspaceLookups(client, workspace.id)
        store = ConversationList(client, workspace.id, MINE_OPEN, user_id=self.user.id)
        mine = ConversationList(client, workspace.id, MINE_OPEN, user_id=self.user.id)
        view = WorkspaceView(workspace, client, store, lookups, self.notifier)
        parts = WorkspaceParts(workspace, lookups, store, mine, view)
        parts.unlinks += [store.failed.connect(self.notifier.report), lookups.failed.connect(self.notifier.report)]
        if self._live:
            self._link_workspace(parts)
        view.conversation_read.connect(lambda read: mine.upsert(read) if read.id in mine else None)
        self.workspaces[workspace.id] = parts
        self.window.add_workspace_view(view)

    def _on_unread(self, account_id: int, count: int) -> None:
        self.window.set_unread(account_id, count)
        self.tray.set_unread(sum(self.unread.counts().values()))

    def open_first_unsent(self) -> None:
        """The status bar's unsent count was clicked: open the conversation of the oldest unsent reply."""
        unsent = self.outbox.unsent()
        if unsent:
            account_id, message = unsent[0]
            self.window.open_conversation(account_id, message.conversation_id)

    def set_notifications(self, mine: bool, unassigned: bool) -> None:
        if not self._live:
            return  # `_go_live()` reads them from the settings
        self.policy.incoming_for_me = mine
        self.policy.new_unassigned = unassigned

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
        self.user = user
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

    async def start(self) -> None:
        """Show the last workspace and its first page; after that first paint build the conversation panes
        and tools, start the outbox, load the badges' lists and connect realtime."""
        self._go_live()
        self.window.hold_loads(False)
        self.window.set_user(self.user)
        self.tray.set_workspaces({w.id: w.name for w in self.user.workspaces})
        first = self._first_workspace()
        if first is not None:
            self.window.switch_workspace(first)
            await self.workspaces[first].view.list_pane.wait_loaded()
        await self.first_paint()  # the rows on screen before the heavier parts are imported and built
        self._complete()
        await self.outbox.start()
        results = await asyncio.gather(*(p.mine.load() for p in self.workspaces.values()),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, AppError):
                self.notifier.report(result)
            elif isinstance(result, BaseException):
                raise result
        await self.sync.start()

    def _complete(self) -> None:
        if self._completed:
            return
        self._completed = True
        if self._orders_loader is not None:
            self.orders = self._orders_loader()
        if self._pane_factory is not None:
            for parts in self.workspaces.values():
                parts.view.attach_pane(self._pane_factory(parts.workspace, self))
        if self._tools is not None:
            self._uninstall_tools = self._tools(self)

    async def restart(self, user: User) -> None:
        """After signing in again: reconnect and reload what may have changed meanwhile."""
        self._go_live()
        self.user = user
        self.window.set_user(user)
        self.tray.set_workspaces({w.id: w.name for w in user.workspaces})
        for parts in self.workspaces.values():
            parts.view.load()
            await parts.mine.load()
        await self.sync.start()
        self.outbox.wake()

    async def close(self) -> None:
        """Stop realtime, the outbox and every list's tasks (sign-out or quit); drafts are flushed."""
        if self._live:
            await self.sync.stop()
        if self._uninstall_tools is not None:
            self._uninstall_tools()
            self._uninstall_tools = None
        for unlink in self._unlinks:
            unlink()
        self._unlinks.clear()
        if self._live:
            self.window.status.unsent_clicked.disconnect(self.open_first_unsent)
        self.window.status.set_unsent(0)
        for parts in self.workspaces.values():
            for unlink in parts.unlinks:
                unlink()
            parts.view.detach()
            await parts.store.close()
            await parts.mine.close()
            await parts.lookups.close()
        if self._live:
            await self.outbox.close()
        self.drafts.flush()
        if self.orders is not None:
            await self.orders.aclose()
