"""List model over a filtered list of saved replies (the popup's and the browser's results).

A filter result is a new root (every keystroke replaces the whole result list), so `set_items`
resets the model; nothing else mutates it (see desktop/ui/widgets/list_model.py). Roles: Display = "/short_code", ToolTip/ContentRole = the
reply text, ShortCodeRole, ReplyRole (the SavedReply).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.models import SavedReply
from desktop.ui.widgets.list_model import ResultListModel

ShortCodeRole = Qt.ItemDataRole.UserRole + 1
ContentRole = Qt.ItemDataRole.UserRole + 2
ReplyRole = Qt.ItemDataRole.UserRole + 3


class SavedReplyModel(ResultListModel[SavedReply]):
    def reply(self, row: int) -> SavedReply | None:
        return self.item(row)

    def item_data(self, reply: SavedReply, role: int) -> object:
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
