"""Everything that lives for one signed-in user: outbox, realtime sync, unread counter, notification
policy, and per workspace its lookups, its visible list and a hidden "Mine" list for the badge.

Built by the composition root (`desktop.app`) on sign-in with injected factories, torn down on
sign-out (`close()`), restarted after a re-sign-in (`restart()`). It wires services to the main window
and the tray, and builds each workspace's view (with UI engineer B's conversation pane when given).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import AppError
from desktop.domain.models import AssigneeFilter, ConversationQuery, User, Workspace
from desktop.services.conversations import ConversationList
from desktop.services.drafts import Drafts
from desktop.services.notify import NotificationPolicy
from desktop.services.orders import OrderLookup
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeFactory, RealtimeSync
from desktop.services.unread import UnreadCounter
from desktop.services.workspace import WorkspaceLookups
from desktop.system.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.tray.tray import TrayController
from desktop.ui.workspaces.view import WorkspaceView

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


class UserScope:
    def __init__(self, user: User, session: SessionService, realtime_factory: RealtimeFactory, outbox: Outbox,
                 drafts: Drafts, settings: Settings, notifier: Notifier, window: MainWindow,
                 tray: TrayController, pane_factory: PaneFactory | None = None, *,
                 orders: OrderLookup | None = None, tools: ToolsInstaller | None = None) -> None:
        self.user = user
        self.session = session
        self.outbox = outbox
        self.drafts = drafts
        self.notifier = notifier
        self.window = window
        self.tray = tray
        self.orders = orders
        self.sync = RealtimeSync(session, realtime_factory, outbox=outbox)
        self.unread = UnreadCounter(user.id, mine_only=True)
        self.policy = NotificationPolicy(user.id, lookup=self.sync.find_conversation,
                                         incoming_for_me=settings.notify_mine,
                                         new_unassigned=settings.notify_unassigned)
        self.workspaces: dict[int, WorkspaceParts] = {}
        self._pane_factory = pane_factory
        self.settings = settings
        self._tasks: list[asyncio.Task[None]] = []
        self._unlinks = [
            self.sync.event.connect(self.policy.on_event),
            self.sync.event.connect(self.unread.on_event),
            self.sync.connection_changed.connect(window.set_connection_state),
            self.sync.catch_up_failed.connect(lambda _account, error: notifier.report(error)),
            self.policy.notify.connect(tray.notify),
            self.unread.changed.connect(self._on_unread),
        ]
        for workspace in user.workspaces:
            self._add_workspace(workspace)
        self._uninstall_tools = tools(self) if tools is not None else None

    def lookups(self, account_id: int) -> WorkspaceLookups | None:
        parts = self.workspaces.get(account_id)
        return parts.lookups if parts is not None else None

    def _add_workspace(self, workspace: Workspace) -> None:
        client = self.session.client
        lookups = WorkspaceLookups(client, workspace.id)
        store = ConversationList(client, workspace.id, MINE_OPEN, user_id=self.user.id)
        mine = ConversationList(client, workspace.id, MINE_OPEN, user_id=self.user.id)
        pane = self._pane_factory(workspace, self) if self._pane_factory is not None else None
        view = WorkspaceView(workspace, client, store, lookups, self.notifier,
                             pane_factory=(lambda _w: pane) if pane is not None else None)
        parts = WorkspaceParts(workspace, lookups, store, mine, view)
        parts.unlinks += [self.sync.register_list(store), self.sync.register_list(mine),
                          self.unread.track(mine), store.failed.connect(self.notifier.report),
                          lookups.failed.connect(self.notifier.report)]
        self.sync.register_lookups(lookups)
        view.conversation_read.connect(lambda read: mine.upsert(read) if read.id in mine else None)
        self.workspaces[workspace.id] = parts
        self.window.add_workspace_view(view)

    def _on_unread(self, account_id: int, count: int) -> None:
        self.window.set_unread(account_id, count)
        self.tray.set_unread(sum(self.unread.counts().values()))

    def set_notifications(self, mine: bool, unassigned: bool) -> None:
        self.policy.incoming_for_me = mine
        self.policy.new_unassigned = unassigned

    # -- life ----------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Show the last workspace, load the badges' lists, connect realtime, start the outbox."""
        self.window.set_user(self.user)
        wanted = self.settings.last_workspace_id
        first = wanted if wanted in self.workspaces else self.user.default_workspace_id
        if first not in self.workspaces and self.workspaces:
            first = next(iter(self.workspaces))
        if first is not None:
            self.window.switch_workspace(first)
        await self.outbox.start()
        results = await asyncio.gather(*(p.mine.load() for p in self.workspaces.values()),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, AppError):
                self.notifier.report(result)
            elif isinstance(result, BaseException):
                raise result
        await self.sync.start()

    async def restart(self, user: User) -> None:
        """After signing in again: reconnect and reload what may have changed meanwhile."""
        self.user = user
        self.window.set_user(user)
        for parts in self.workspaces.values():
            parts.view.load()
            await parts.mine.load()
        await self.sync.start()
        self.outbox.wake()

    async def close(self) -> None:
        """Stop realtime, the outbox and every list's tasks (sign-out or quit); drafts are flushed."""
        await self.sync.stop()
        if self._uninstall_tools is not None:
            self._uninstall_tools()
            self._uninstall_tools = None
        for unlink in self._unlinks:
            unlink()
        self._unlinks.clear()
        for parts in self.workspaces.values():
            for unlink in parts.unlinks:
                unlink()
            parts.view.detach()
            await parts.store.close()
            await parts.mine.close()
            await parts.lookups.close()
        await self.outbox.close()
        self.drafts.flush()
        if self.orders is not None:
            await self.orders.aclose()
