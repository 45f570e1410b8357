"""The per-user object graph, built in one place without Qt: per workspace its lookups and conversation lists,
and for the signed-in user the outbox, realtime sync, unread counter, notification policy, the reader of
open conversations, the order lookup, and on demand the agent toolkit's and the reports' services.

Built by the composition root (`desktop.app`) with injected factories (realtime client, outbox, order
lookup); the Qt shell (`desktop.ui.shell.scope`) connects it to the window and hands each widget the
collaborators it uses. What a first paint from the start cache needs (the workspaces' lookups and lists) is
built at once; what only a signed-in user needs is imported and built by `go_live()`, after that paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.domain.errors import AppError
from desktop.domain.models import Conversation, User, Workspace
from desktop.services.conversations import MINE_OPEN, ConversationList
from desktop.services.session import SessionService
from desktop.services.workspace import WorkspaceLookups

if TYPE_CHECKING:
    from desktop.services.conversation_reader import ConversationReader
    from desktop.services.notify import NotificationPolicy
    from desktop.services.orders import OrderLookup
    from desktop.services.outbox import Outbox
    from desktop.services.reports import ReportsService
    from desktop.services.reports_pacing import Pacer
    from desktop.services.saved_replies import SavedReplies
    from desktop.services.sync import RealtimeFactory, RealtimeSync
    from desktop.services.triage import Triage
    from desktop.services.triage_board import AvailabilitySwitch, TeamBoard
    from desktop.services.triage_bulk import BulkTriage
    from desktop.services.triage_lookups import TriageLookups
    from desktop.services.unread import UnreadCounter


# builds the user's outbox; called once, by `go_live()`
OutboxFactory = Callable[[], "Outbox"]
# builds the order lookup (None when not configured); called once, after the first paint
OrdersLoader = Callable[[], "OrderLookup | None"]


@dataclass
class WorkspaceServices:
    workspace: Workspace
    lookups: WorkspaceLookups
    store: ConversationList  # the visible list (its query follows the filters)
    unlinks: list[Callable[[], None]] = field(default_factory=list)


@dataclass
class ToolServices:
    """One workspace's services of the agent toolkit (triage, bulk actions, team board, saved replies)."""

    triage: Triage
    bulk: BulkTriage
    lookups: TriageLookups
    replies: SavedReplies
    board: TeamBoard
    availability: AvailabilitySwitch


class UserSession:
    # built by `go_live()`: not there while only the start cache is shown
    outbox: Outbox
    sync: RealtimeSync
    unread: UnreadCounter
    policy: NotificationPolicy

    def __init__(self, user: User, session: SessionService, *, realtime_factory: RealtimeFactory,
                 outbox_factory: OutboxFactory, orders_loader: OrdersLoader | None = None,
                 notify_mine: bool = True, notify_unassigned: bool = True) -> None:
        self.user = user
        self.session = session
        self._realtime_factory = realtime_factory
        self._outbox_factory = outbox_factory
        self._orders_loader = orders_loader
        self._notify = (notify_mine, notify_unassigned)
        self.orders: OrderLookup | None = None
        self.live = False
        self._reader: ConversationReader | None = None
        self._pacer: Pacer | None = None
        self._reports: dict[int, ReportsService] = {}
        self._unlinks: list[Callable[[], None]] = []
        self.workspaces: dict[int, WorkspaceServices] = {}
        for workspace in user.workspaces:
            self._add_workspace(workspace)

    def _add_workspace(self, workspace: Workspace) -> None:
        client = self.session.client
        lookups = WorkspaceLookups(client, workspace.id)
        store = ConversationList(client, workspace.id, MINE_OPEN, user_id=self.user.id)
        self.workspaces[workspace.id] = WorkspaceServices(workspace, lookups, store)

    # -- lookups -------------------------------------------------------------------------------------
    def lookups(self, account_id: int) -> WorkspaceLookups | None:
        parts = self.workspaces.get(account_id)
        return parts.lookups if parts is not None else None

    def store(self, account_id: int) -> ConversationList | None:
        parts = self.workspaces.get(account_id)
        return parts.store if parts is not None else None

    @property
    def reader(self) -> ConversationReader:
        """Reads open conversations (timelines, the conversation, attachments) and marks them read."""
        if self._reader is None:
            from desktop.services.conversation_reader import ConversationReader

            self._reader = ConversationReader(self.session.client)
        return self._reader

    async def mark_read(self, store: ConversationList, conversation_id: int) -> Conversation:
        """Mark a conversation read on the server (the list and the unread counter take the answer);
        returns its row as `store` now holds it."""
        read = await self.reader.mark_read(store, conversation_id)
        if self.live:
            self.unread.mark_read(read)
        return read

    # -- going live ----------------------------------------------------------------------------------
    def go_live(self) -> bool:
        """Build and wire the outbox, realtime sync, unread counter and notification policy; False when
        they were built already."""
        if self.live:
            return False
        from desktop.services.notify import NotificationPolicy
        from desktop.services.sync import RealtimeSync
        from desktop.services.unread import UnreadCounter

        self.live = True
        self.outbox = self._outbox_factory()
        self.sync = RealtimeSync(self.session, self._realtime_factory, outbox=self.outbox)
        self.unread = UnreadCounter(self.session.client, self.user.id)
        self.sync.set_unread(self.unread)
        mine, unassigned = self._notify
        self.policy = NotificationPolicy(self.user.id, lookup=self.sync.find_conversation,
                                         incoming_for_me=mine, new_unassigned=unassigned)
        self._unlinks += [self.sync.event.connect(self.policy.on_event)]
        for parts in self.workspaces.values():
            parts.unlinks += [self.sync.register_list(parts.store)]
            self.sync.register_lookups(parts.lookups)
        return True

    def set_notifications(self, mine: bool, unassigned: bool) -> None:
        self._notify = (mine, unassigned)
        if self.live:
            self.policy.incoming_for_me = mine
            self.policy.new_unassigned = unassigned

    def load_orders(self) -> OrderLookup | None:
        """Build the order lookup (once; it imports phone-number tables, so after the first paint)."""
        loader, self._orders_loader = self._orders_loader, None
        if loader is not None:
            self.orders = loader()
        return self.orders

    # -- per-workspace services built on demand ------------------------------------------------------
    def tools_for(self, account_id: int) -> ToolServices:
        """New toolkit services of a workspace (the toolkit keeps them while it lives)."""
        from desktop.services.saved_replies import SavedReplies
        from desktop.services.triage import Triage
        from desktop.services.triage_board import AvailabilitySwitch, TeamBoard
        from desktop.services.triage_bulk import BulkTriage
        from desktop.services.triage_lookups import TriageLookups

        client = self.session.client
        lookups = self.lookups(account_id) or WorkspaceLookups(client, account_id)
        triage = Triage(client, account_id)
        return ToolServices(triage, BulkTriage(triage, client), TriageLookups(lookups, client),
                            SavedReplies(client, account_id), TeamBoard(client, account_id),
                            AvailabilitySwitch(self.session, client))

    def reports_for(self, account_id: int) -> ReportsService:
        """The reports of a workspace; one request budget (pacer) for all of the user's workspaces."""
        from desktop.services.reports import ReportsService
        from desktop.services.reports_pacing import Pacer

        service = self._reports.get(account_id)
        if service is None:
            if self._pacer is None:
                self._pacer = Pacer()  # the server's report budget is per user
            client = self.session.client
            lookups = self.lookups(account_id) or WorkspaceLookups(client, account_id)
            service = self._reports[account_id] = ReportsService(client, account_id, lookups, self._pacer)
        return service

    # -- life ----------------------------------------------------------------------------------------
    async def start(self) -> list[AppError]:
        """Start the outbox, read the unread counts and connect realtime; returns the reads' errors."""
        await self.outbox.start()
        errors = await self._load_unread()
        await self.sync.start()
        return errors

    async def _load_unread(self) -> list[AppError]:
        """One read per workspace: its open conversations assigned to me (realtime keeps them after)."""
        import asyncio

        results = await asyncio.gather(*(self.unread.load(a) for a in self.workspaces), return_exceptions=True)
        errors: list[AppError] = []
        for result in results:
            if isinstance(result, AppError):
                errors.append(result)
            elif isinstance(result, BaseException):
                raise result
        return errors

    async def restart(self, user: User) -> None:
        """After signing in again: read the unread counts again, reconnect, retry unsent replies."""
        self.go_live()
        self.user = user
        for account in self.workspaces:
            await self.unread.load(account)
        await self.sync.start()
        self.outbox.wake()

    async def stop_realtime(self) -> None:
        if self.live:
            await self.sync.stop()

    async def close(self) -> None:
        """Stop realtime, every list's tasks and the outbox; close the order lookup."""
        await self.stop_realtime()
        for unlink in self._unlinks:
            unlink()
        self._unlinks.clear()
        for parts in self.workspaces.values():
            for unlink in parts.unlinks:
                unlink()
            parts.unlinks.clear()
            await parts.store.close()
            await parts.lookups.close()
        if self.live:
            await self.outbox.close()
        if self.orders is not None:
            await self.orders.aclose()
