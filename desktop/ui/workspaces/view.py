"""One workspace's page in the main window: its conversation list beside its conversation pane.

The main window keeps one `WorkspaceView` per workspace in a stack, so switching workspaces keeps each
one's filters, scroll position, selection and open conversation. Opening a conversation marks it read
(when it has unread messages) and hands it to the conversation pane (the `ConversationPane`,
built by the injected factory; a placeholder until one is given).

Signals: conversation_opened(int account_id, int conversation_id), selection_changed().
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain.models import Conversation, Workspace
from desktop.ui.inbox.pane import ConversationListPane
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import THEME

if TYPE_CHECKING:
    from desktop.services.conversations import ConversationList
    from desktop.services.workspace import WorkspaceLookups


WorkspacePaneFactory = Callable[[Workspace], QWidget]  # the pane beside this workspace's list
# (store, conversation id) -> the row once the server marked it read (`UserSession.mark_read`: the store and
# the unread counter take the answer)
MarkRead = Callable[["ConversationList", int], Awaitable[Conversation]]


class WorkspaceView(QWidget):
    conversation_opened = Signal(int, int)
    selection_changed = Signal()

    def __init__(self, workspace: Workspace, store: ConversationList, lookups: WorkspaceLookups,
                 notifier: Notifier, mark_read: MarkRead, pane_factory: WorkspacePaneFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"workspaceView{workspace.id}")
        self.workspace = workspace
        self._mark_read_on_server = mark_read
        self.tasks = TaskRunner(self, notifier, cancel_on_close=False)
        self.list_pane = ConversationListPane(store, lookups, notifier, self)
        self.placeholder = QLabel(self.tr("Select a conversation to read it here."), self)
        self.placeholder.setObjectName("conversationPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(f"color: {THEME.muted}; background: {THEME.base};")
        self.conversation_host = QStackedWidget(self)
        self.conversation_host.addWidget(self.placeholder)
        self.conversation_pane: QWidget | None = None
        self.open_conversation_id: int | None = None
        self._held = False  # painted from the local cache, not signed in yet: opening waits
        self._waiting: tuple[int, int] | None = None
        if pane_factory is not None:
            self.attach_pane(pane_factory(workspace))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.conversation_host)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 700])
        self.splitter.setChildrenCollapsible(False)
        self.list_pane.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.loaded = False  # the list was asked to load (on first show)
        self._unlink_rows = store.changed.connect(self._on_rows_changed)
        self.list_pane.conversation_activated.connect(self.open_conversation)
        self.list_pane.selection_changed.connect(self.selection_changed.emit)

    def attach_pane(self, pane: QWidget) -> None:
        """Give the view its conversation pane (built after the first paint; a placeholder until then).
        A conversation opened meanwhile is shown in it."""
        self.conversation_pane = pane
        self.conversation_host.addWidget(pane)
        self.conversation_host.setCurrentWidget(pane)  # it has its own empty state
        closed = getattr(pane, "closed", None)
        if closed is not None:
            closed.connect(self._on_pane_closed)
        changed = getattr(pane, "conversation_changed", None)
        if changed is not None:  # the pane itself moved on (e.g. a previous conversation of the contact)
            changed.connect(self._on_pane_changed)
        show = getattr(pane, "show_conversation", None)
        if self.open_conversation_id is not None and show is not None:
            show(self.account_id, self.open_conversation_id)

    @property
    def account_id(self) -> int:
        return self.workspace.id

    @property
    def store(self) -> ConversationList:
        return self.list_pane.store

    def load(self) -> None:
        self.loaded = True
        self.list_pane.load()

    def set_held(self, held: bool) -> None:
        """Held: a conversation asked for is only selected, and opened once released."""
        self._held = held
        waiting, self._waiting = self._waiting, None
        if not held and waiting is not None:
            self.open_conversation(*waiting)

    def open_conversation(self, account_id: int, conversation_id: int) -> None:
        """Show the conversation in the pane and mark it read on the server."""
        if account_id != self.account_id:
            return
        if self._held:
            self._waiting = (account_id, conversation_id)
            self.list_pane.select_conversation(conversation_id)
            return
        self.open_conversation_id = conversation_id
        self.list_pane.select_conversation(conversation_id)
        pane = self.conversation_pane
        if pane is not None:
            show = getattr(pane, "show_conversation", None)
            if show is not None:
                show(account_id, conversation_id)
            self.conversation_host.setCurrentWidget(pane)
        conversation = self.store.get(conversation_id)
        if conversation is not None and conversation.unread_count > 0:
            self.tasks.run(f"read:{conversation_id}", self._mark_read(conversation))
        self.conversation_opened.emit(account_id, conversation_id)

    def _on_rows_changed(self, first: int, last: int) -> None:
        """The open conversation got new unread messages while the agent is looking at it: read them."""
        open_id = self.open_conversation_id
        if open_id is None or not self.isVisible():
            return
        row = self.store.index_of(open_id)
        if row is None or not first <= row <= last:
            return
        conversation = self.store[row]
        if conversation.unread_count > 0:
            self.tasks.run(f"read:{open_id}", self._mark_read(conversation), replace=False)

    async def _mark_read(self, conversation: Conversation) -> None:
        await self._mark_read_on_server(self.store, conversation.id)

    def _on_pane_changed(self, account_id: int, conversation_id: int) -> None:
        if account_id == self.account_id and conversation_id != self.open_conversation_id:
            self.open_conversation_id = conversation_id
            self.list_pane.select_conversation(conversation_id)
            self.conversation_opened.emit(account_id, conversation_id)

    def _on_pane_closed(self) -> None:
        self.open_conversation_id = None
        self.conversation_host.setCurrentWidget(self.placeholder)

    def detach(self) -> None:
        self._unlink_rows()
        self.tasks.cancel_all()
        self.list_pane.detach()
