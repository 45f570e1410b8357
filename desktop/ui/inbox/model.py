"""Qt adapter over a `ConversationList` store: every store announcement maps 1:1 to a model call.

No rebuilds: the announcements shared by every store adapter are wired by `StoreListModel`; besides them,
reordering/reordered (a burst that moved many rows at once) → layoutAboutToBeChanged / layoutChanged with
the persistent indexes (selection, current row) following their conversations.
Paging: `canFetchMore`/`fetchMore` ask the store for the next page through the owner's TaskRunner.
The row's data for painting is the `Conversation` itself (`ConversationRole`); the delegate paints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from desktop.domain.models import Conversation
from desktop.ui import bidi
from desktop.ui.inbox.relative_time import full_time
from desktop.ui.qt_types import AnyIndex
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.store_model import StoreListModel

if TYPE_CHECKING:  # annotations only
    from desktop.services.conversations import ConversationList

ConversationRole = Qt.ItemDataRole.UserRole + 1
ConversationIdRole = Qt.ItemDataRole.UserRole + 2
UnreadRole = Qt.ItemDataRole.UserRole + 3
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren  # once: the
# view asks for every row it paints, and flag arithmetic on Qt's Python enums costs microseconds



def preview_text(conversation: Conversation) -> str:
    message = conversation.last_message
    if message is None:
        return ""
    if message.content:
        return message.content
    if message.attachments:
        return QCoreApplication.translate("ConversationListModel", "📎 Attachment")
    return ""


def tooltip_text(conversation: Conversation) -> str:
    """The row's tooltip: the name, every line of the last message (each in its own direction), the time."""
    lines = (bidi.inline(conversation.contact.name), bidi.display_lines(preview_text(conversation)),
             bidi.isolate(full_time(conversation.last_activity_at)))
    return "\n".join(part for part in lines if part)


class ConversationListModel(StoreListModel):
    """A list model that adapts one `ConversationList` (rows are conversations, newest activity first).

    Signals: only QAbstractItemModel's own (rowsInserted, rowsMoved, dataChanged, modelReset…)."""

    def __init__(self, store: ConversationList, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._follow(store)
        self._links += [store.reordering.connect(self._on_reordering),
                        store.reordered.connect(self._on_reordered)]
        self._following: list[tuple[QModelIndex, int]] = []  # persistent index → its conversation, in a reorder

    @property
    def store(self) -> ConversationList:
        return self._store

    def detach(self) -> None:
        """Stop listening to the store (before the store or the model goes away)."""
        self._unfollow()

    def _on_reordering(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._following = [(index, self._store[index.row()].id) for index in self.persistentIndexList()
                           if 0 <= index.row() < len(self._store)]

    def _on_reordered(self) -> None:
        following, self._following = self._following, []
        if following:
            rows = [self._store.index_of(key) for _, key in following]
            self.changePersistentIndexList([index for index, _ in following],
                                           [QModelIndex() if row is None else self.index(row) for row in rows])
        self.layoutChanged.emit()

    # -- QAbstractListModel ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._store)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._store):
            return None
        conversation = self._store[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conversation.contact.name
        if role == ConversationRole:
            return conversation
        if role == ConversationIdRole:
            return conversation.id
        if role == UnreadRole:
            return conversation.unread_count
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(conversation)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{conversation.contact.name}: {preview_text(conversation)}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._store.can_fetch_more and not self._tasks.is_running("fetch_more")

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._tasks.run("fetch_more", self._store.fetch_more(), replace=False)

    def row_of(self, conversation_id: int) -> int | None:
        return self._store.index_of(conversation_id)

    def conversation_at(self, row: int) -> Conversation | None:
        return self._store[row] if 0 <= row < len(self._store) else None
