"""List model over a filtered list of saved replies (the popup's and the browser's results).

A filter result is a new root (every keystroke replaces the whole result list), so `set_replies`
resets the model; nothing else mutates it. Roles: Display = "/short_code", ToolTip/ContentRole = the
reply text, ShortCodeRole, ReplyRole (the SavedReply).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.models import SavedReply

ShortCodeRole = Qt.ItemDataRole.UserRole + 1
ContentRole = Qt.ItemDataRole.UserRole + 2
ReplyRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class SavedReplyModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._replies: list[SavedReply] = []

    def set_replies(self, replies: Sequence[SavedReply]) -> None:
        self.beginResetModel()
        self._replies = list(replies)
        self.endResetModel()

    def reply(self, row: int) -> SavedReply | None:
        return self._replies[row] if 0 <= row < len(self._replies) else None

    def replies(self) -> list[SavedReply]:
        return list(self._replies)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._replies)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._replies):
            return None
        reply = self._replies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"/{reply.short_code}"
        if role in (Qt.ItemDataRole.ToolTipRole, ContentRole):
            return reply.content
        if role == ShortCodeRole:
            return reply.short_code
        if role == ReplyRole:
            return reply
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{reply.short_code}: {reply.content}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
