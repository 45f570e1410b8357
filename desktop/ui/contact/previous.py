"""PreviousConversationsModel: the contact's other conversations, newest activity first.

Reset whenever the panel shows another contact (its root). Each row reads "#id · status · time" and, on a
second line, the last message preview (direction and isolates from `bidi.inline`). `ConversationRole`
gives the `Conversation`.

Signals: only Qt's own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from desktop.domain.models import Conversation, ConversationStatus
from desktop.ui.bidi import inline, isolate_ltr
from desktop.ui.inbox.relative_time import relative_time
from desktop.ui.qt_types import AnyIndex

ConversationRole = Qt.ItemDataRole.UserRole + 1
_EPOCH = datetime.min.replace(tzinfo=UTC)


def status_text(status: ConversationStatus) -> str:
    translate = QCoreApplication.translate  # literal calls: lupdate finds them
    words = {
        ConversationStatus.OPEN: lambda: translate("ContactPanel", "Open"),
        ConversationStatus.PENDING: lambda: translate("ContactPanel", "Pending"),
        ConversationStatus.SNOOZED: lambda: translate("ContactPanel", "Snoozed"),
        ConversationStatus.RESOLVED: lambda: translate("ContactPanel", "Resolved"),
    }
    return words[status]()


class PreviousConversationsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conversation] = []

    def set_conversations(self, conversations: list[Conversation], exclude: int | None = None) -> None:
        self.beginResetModel()
        rows = [c for c in conversations if c.id != exclude]
        rows.sort(key=lambda c: c.last_activity_at or _EPOCH, reverse=True)
        self._rows = rows
        self.endResetModel()

    def conversation(self, row: int) -> Conversation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role == ConversationRole:
            return conversation
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = " · ".join(
                part for part in (
                    isolate_ltr(f"#{conversation.id}"),
                    status_text(conversation.status),
                    relative_time(conversation.last_activity_at),
                ) if part
            )
            preview = conversation.last_message.content if conversation.last_message else ""
            return head + (f"\n{inline(preview[:120])}" if preview else "")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
