"""A long conversation list answer (`updated_within`, §4.1: every conversation changed in a window, with no
pagination) read at once but decoded as it is read.

The body is split into its items (`msgspec.Raw`, each item's JSON text, found in C without decoding it) and
the counts; each item becomes its `Conversation` only when it is read, so the reader (the catch-up) decodes
and applies the answer a slice at a time and never holds the event loop for the whole answer. An item that
does not fit the contract raises `MalformedResponse` when it is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from msgspec import Raw

from desktop.api.chatwoot.decode_conversation import conversation_from, counts_from, page_parts
from desktop.api.chatwoot.decode_shapes import ConversationPageShape, ConversationShape
from desktop.api.chatwoot.decode_support import load
from desktop.domain.models import Conversation, ConversationCounts


class LazyConversations(Sequence[Conversation]):
    """The conversations of a list answer, each decoded when read (an index or a slice; a slice decodes only
    its items). `counts`: the answer's tab counts."""

    __slots__ = ("_account_id", "_items", "_where", "counts")

    def __init__(self, body: bytes, where: str = "response", *, account_id: int | None = None) -> None:
        where, items, meta = page_parts(load(ConversationPageShape[Raw], body, where), where)
        self._items = items
        self._where = where
        self._account_id = account_id
        self.counts = ConversationCounts() if meta is None else counts_from(meta)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Conversation: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Conversation, ...]: ...

    def __getitem__(self, index: int | slice) -> Conversation | tuple[Conversation, ...]:
        if isinstance(index, slice):
            return tuple(self._decode(i) for i in range(*index.indices(len(self._items))))
        return self._decode(range(len(self._items))[index])

    def _decode(self, i: int) -> Conversation:
        where = f"{self._where}.payload[{i}]"
        return conversation_from(load(ConversationShape, self._items[i], where), where, self._account_id)


__all__ = ["LazyConversations"]
