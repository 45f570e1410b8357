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

from PySide6.QtCore import Qt

from desktop.domain.models import Conversation
from desktop.services.saved_replies_search import FuzzyIndex, normalize
from desktop.ui.widgets.list_model import ResultListModel

EntryRole = Qt.ItemDataRole.UserRole + 1
ShortcutRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3


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


class PaletteModel(ResultListModel[PaletteEntry]):
    def entry(self, row: int) -> PaletteEntry | None:
        return self.item(row)

    def item_data(self, entry: PaletteEntry, role: int) -> object:
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
