"""The conversation list pane of one workspace: filter bar + painted list view over a live store.

It owns the workspace's `ConversationList` model adapter and the tasks that load it; filter changes call
`store.set_query()` (a reset: a new root). Activating a row (click, Enter) emits
`conversation_activated(account_id, conversation_id)`. A right click selects the row under the pointer
(unless it is part of the selection) and opens a menu of the actions the shell provides
(`set_context_actions`: the registry's QActions, which act on the selection).

Signals: conversation_activated(int, int), selection_changed().
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import AssigneeFilter, ChannelKind, Conversation, ConversationQuery
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.filters import FilterBar
from desktop.ui.inbox.model import ConversationListModel, ConversationRole
from desktop.ui.inbox.view import UniformListView
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner, painted
from desktop.ui.theme import THEME

if TYPE_CHECKING:  # annotations only
    from desktop.services.conversations import ConversationList
    from desktop.services.workspace import WorkspaceLookups


class WorkspaceRowLookups:
    """Channel kinds and label colours for the delegate, from the workspace's cached lookups."""

    def __init__(self, lookups: WorkspaceLookups) -> None:
        self._lookups = lookups

    def channel_kind(self, conversation: Conversation) -> ChannelKind:
        inbox = self._lookups.inboxes.get(conversation.inbox_id)
        if inbox is not None:
            return inbox.kind
        return conversation.channel or ChannelKind.OTHER

    def label_color(self, title: str) -> str:
        return self._lookups.label_color(title) or THEME.accent


class ConversationListPane(QWidget):
    conversation_activated = Signal(int, int)
    selection_changed = Signal()

    def __init__(self, store: ConversationList, lookups: WorkspaceLookups, notifier: Notifier,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationListPane")
        self.store = store
        self.lookups = lookups
        self.tasks = TaskRunner(self, notifier, cancel_on_close=False)
        self.filters = FilterBar(self)
        self.model = ConversationListModel(store, self.tasks, self)
        self.view = UniformListView(self)  # arithmetic row geometry: no per-row relayout on changes
        self.view.setObjectName("conversationList")
        self.view.setAccessibleName(self.tr("Conversations"))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setItemDelegate(ConversationDelegate(WorkspaceRowLookups(lookups), self.view))
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self._context_actions: Callable[[], Sequence[QAction]] | None = None
        self.empty = QLabel(self)
        self.empty.setObjectName("conversationListEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {THEME.muted}; padding: 24px;")
        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addLayout(self._stack, 1)
        self.setTabOrder(self.filters.label, self.view)

        self.filters.search.installEventFilter(self)  # Down arrow from the search box goes to the rows
        self.filters.query_changed.connect(self._on_query)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        self._unlinks = [
            store.counts_changed.connect(self.filters.set_counts),
            store.loading_changed.connect(lambda _loading: self._update_empty()),
            store.reset.connect(self._update_empty),
            store.inserted.connect(lambda *_: self._update_empty()),
            store.removed.connect(lambda *_: self._update_empty()),
            lookups.changed.connect(self._on_lookups),
        ]
        self.filters.set_counts(store.counts)
        self._on_lookups()
        self._update_empty()

    # -- life --------------------------------------------------------------------------------------
    def load(self) -> None:
        """Load (or reload) the first page and the workspace's lookups."""
        query = self.filters.query()
        if query != self.store.query:
            self.tasks.run("load", self.store.set_query(query))
        else:
            self.tasks.run("load", self.store.load())
        if not self.lookups.loaded:
            self.tasks.run("lookups", self._load_lookups(), replace=False)

    async def _load_lookups(self) -> None:
        """After the first page is on screen (the rows do without lookups until then, as from the start cache):
        four requests and their answers less before a start without the cache paints its inbox."""
        await self.wait_loaded()
        if self.view.isVisible():
            await painted(self.view.viewport())
        await self.lookups.refresh()

    async def wait_loaded(self) -> None:
        """Wait until the list's current load (if any) has finished, whatever its outcome."""
        await self.tasks.wait("load")

    def detach(self) -> None:
        """Stop adapting the store (before the workspace is dropped)."""
        for unlink in self._unlinks:
            unlink()
        self._unlinks.clear()
        self.model.detach()
        self.tasks.cancel_all()

    # -- reactions ---------------------------------------------------------------------------------
    def _on_query(self, query: ConversationQuery) -> None:
        self.tasks.run("load", self.store.set_query(query))

    def _on_lookups(self) -> None:
        self.filters.set_lookups(self.lookups.inboxes, self.lookups.teams, self.lookups.labels)
        self.view.viewport().update()

    def _on_activated(self, index: QModelIndex) -> None:
        conversation = index.data(ConversationRole)
        if isinstance(conversation, Conversation):
            self.conversation_activated.emit(conversation.account_id, conversation.id)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def _update_empty(self) -> None:
        if len(self.store):
            self._stack.setCurrentWidget(self.view)
            return
        if self.store.loading:
            self.empty.setText(self.tr("Loading conversations…"))
        elif self.store.query.q:
            self.empty.setText(self.tr("No conversation matches your search."))
        else:
            self.empty.setText(self.tr("No conversations here."))
        self._stack.setCurrentWidget(self.empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filters.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
            self.focus_list()
            return True
        return super().eventFilter(watched, event)

    # -- context menu ------------------------------------------------------------------------------
    def set_context_actions(self, actions: Callable[[], Sequence[QAction]] | None) -> None:
        """What the right-click menu offers (asked each time: enabled states follow the selection)."""
        self._context_actions = actions

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for a right click at `pos` (viewport coordinates); None on empty space."""
        index = self.view.indexAt(pos)
        if not index.isValid() or self._context_actions is None:
            return None
        selection = self.view.selectionModel()
        if not selection.isSelected(index):  # act on the row under the pointer alone
            flag = QItemSelectionModel.SelectionFlag
            selection.setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
        actions = list(self._context_actions())
        if not actions:
            return None
        menu = QMenu(self.view)
        menu.setObjectName("conversationContextMenu")
        menu.addActions(actions)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- hooks -------------------------------------------------------------------------------------
    def selected_conversations(self) -> list[Conversation]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        found = [self.model.conversation_at(row) for row in rows]
        return [c for c in found if c is not None]

    def current_conversation(self) -> Conversation | None:
        index = self.view.currentIndex()
        conversation = index.data(ConversationRole) if index.isValid() else None
        return conversation if isinstance(conversation, Conversation) else None

    def select_conversation(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def move_selection(self, step: int) -> Conversation | None:
        """Select the next (+1) or previous (-1) row and activate it; returns the conversation."""
        if not self.model.rowCount():
            return None
        current = self.view.currentIndex().row()
        row = min(max(0, (current if current >= 0 else -1) + step), self.model.rowCount() - 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self._on_activated(index)
        return self.model.conversation_at(row)

    def set_tab(self, assignee: AssigneeFilter) -> None:
        self.filters.set_tab(assignee)

    def focus_search(self) -> None:
        self.filters.focus_search()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
