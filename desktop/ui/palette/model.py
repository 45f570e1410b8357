"""Entries of the command palette and their list model.

An entry is an action of the registry (title, category, shortcut) or a conversation (contact name,
phone, id, labels). `PaletteIndex` ranks both with the Arabic-aware fuzzy index; a leading ">" limits
the search to actions and a leading "#" to conversations (and "#123" matches the id exactly first).
The model's rows are a search result: each new query is a new root (reset).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.models import Conversation
from desktop.services.saved_replies_search import FuzzyIndex, normalize

EntryRole = Qt.ItemDataRole.UserRole + 1
ShortcutRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class EntryKind(enum.Enum):
    ACTION = "action"
    CONVERSATION = "conversation"


@dataclass(frozen=True, slots=True)
class PaletteEntry:
    kind: EntryKind
    key: str  # action id, or the conversation's display id as text
    title: str
    subtitle: str = ""
    shortcut: str = ""
    keywords: str = ""
    conversation: Conversation | None = None


def conversation_entry(conversation: Conversation) -> PaletteEntry:
    contact = conversation.contact
    subtitle = " · ".join(x for x in (f"#{conversation.id}", contact.phone_number or "",
                                       ", ".join(conversation.labels)) if x)
    preview = conversation.last_message.content if conversation.last_message is not None else ""
    keywords = " ".join(x for x in (str(conversation.id), contact.phone_number or "", contact.email or "",
                                    " ".join(conversation.labels), preview[:200]) if x)
    return PaletteEntry(EntryKind.CONVERSATION, str(conversation.id), contact.name or f"#{conversation.id}",
                        subtitle, "", keywords, conversation)


class PaletteIndex:
    def __init__(self, actions: Sequence[PaletteEntry], conversations: Sequence[PaletteEntry]) -> None:
        self._actions = FuzzyIndex(list(actions), code=lambda e: e.title, body=lambda e: e.keywords)
        self._conversations = FuzzyIndex(list(conversations), code=lambda e: e.title, body=lambda e: e.keywords)
        self._by_id = {e.key: e for e in conversations}

    def search(self, text: str, limit: int = 50) -> list[PaletteEntry]:
        query = text.strip()
        if query.startswith(">"):
            return self._actions.search(query[1:], limit)
        if query.startswith("#"):
            wanted = normalize(query[1:]).strip()
            exact = [self._by_id[wanted]] if wanted in self._by_id else []
            rest = [e for e in self._conversations.search(wanted, limit) if e not in exact] if wanted else \
                self._conversations.search("", limit)
            return (exact + rest)[:limit]
        if not query:
            return self._actions.search("", limit)
        actions = self._actions.search(query, limit)
        conversations = self._conversations.search(query, limit)
        return (actions + conversations)[:limit]


class PaletteModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[PaletteEntry] = []

    def set_entries(self, entries: Sequence[PaletteEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> PaletteEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == SubtitleRole:
            return entry.subtitle
        if role == ShortcutRole:
            return entry.shortcut
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.subtitle or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(x for x in (entry.title, entry.subtitle, entry.shortcut) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
