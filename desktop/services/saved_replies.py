"""Saved replies (Chatwoot canned responses) of one workspace: loaded once, searched locally.

`SavedReplies(client, account_id)` fetches the whole list (`GET canned_responses`, unpaginated) and
keeps a precomputed `FuzzyIndex`, so the composer's `/` popup and the browser filter on every
keystroke without a request. `refresh()` reloads (call it on `account.cache_invalidated` or from the
browser's refresh button). Emitter: `changed()` after every (re)load.

`stack()` joins several replies into one message (the browser's multi-insert), in the order picked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.domain.models import SavedReply
from desktop.services.observable import Emitter
from desktop.services.saved_replies_search import FuzzyIndex, saved_reply_index


class SavedReplySource(Protocol):
    async def saved_replies(self, account_id: int, search: str | None = None) -> list[SavedReply]: ...


class SavedReplies:
    """Signals: `changed()`."""

    def __init__(self, client: SavedReplySource, account_id: int) -> None:
        self._client = client
        self.account_id = account_id
        self._index: FuzzyIndex[SavedReply] = saved_reply_index(())
        self._loaded = False
        self.changed = Emitter()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def __len__(self) -> int:
        return len(self._index)

    def all(self) -> list[SavedReply]:
        """Every reply, in short-code order."""
        return self._index.entries

    def replace(self, replies: Iterable[SavedReply]) -> None:
        """Install a list fetched elsewhere (or a cached one at start-up)."""
        self._index = saved_reply_index(list(replies))
        self._loaded = True
        self.changed.emit()

    async def refresh(self) -> None:
        """Fetch the workspace's replies; on failure the previous list stays and the error propagates."""
        replies = await self._client.saved_replies(self.account_id)
        self.replace(replies)

    def search(self, query: str, limit: int | None = None) -> list[SavedReply]:
        """Replies matching `query` best first (short code or content; fuzzy; Arabic-aware).
        A leading `/` (the composer trigger) is ignored."""
        return self._index.search(query.lstrip("/"), limit)


def stack(replies: Iterable[SavedReply], separator: str = "\n\n") -> str:
    """Several replies as one message body, in the given order, blank-line separated."""
    return separator.join(r.content.strip() for r in replies if r.content.strip())
