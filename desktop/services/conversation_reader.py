"""What the open-conversation pane and the workspace view read from (and mark on) the server: a timeline for a
conversation, the conversation itself, the contact's other conversations, attachment bytes, the server's
time, and "read" for the open conversation. One per signed-in user; widgets get it instead of the REST client."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import AppError
from desktop.domain.models import Conversation
from desktop.services.conversations import ConversationList
from desktop.services.timeline import Timeline


class ConversationReader:
    def __init__(self, client: ChatwootClient) -> None:
        self._client = client

    def timeline(self, account_id: int, conversation_id: int) -> Timeline:
        """A new, empty timeline of one conversation (`load_latest()` fills it)."""
        return Timeline(self._client, account_id, conversation_id)

    async def conversation(self, account_id: int, conversation_id: int) -> Conversation:
        return await self._client.get_conversation(account_id, conversation_id)

    async def contact_conversations(self, account_id: int, contact_id: int) -> list[Conversation]:
        return await self._client.contact_conversations(account_id, contact_id)

    async def download(self, url: str) -> bytes:
        """The bytes behind an attachment URL (absolute, or relative to the server)."""
        return await self._client.download(url)

    def server_now(self) -> datetime:
        """The server's time, learnt from the Date of its answers (this PC's while signed out)."""
        try:
            return self._client.server_clock.now()
        except AppError:
            return datetime.now(UTC)

    async def mark_read(self, store: ConversationList, conversation_id: int) -> Conversation:
        """Mark a conversation read on the server and apply the answer to `store`; returns the row as the
        store now holds it (or the server's answer when the store does not hold it)."""
        updated = await self._client.mark_read(store.account_id, conversation_id)
        store.apply(updated)
        # Marking read does not bump the server's updated_at, so a live update sent just before may still
        # carry the old unread count: what the server answered here is the truth for the count.
        current = store.get(conversation_id)
        if current is not None and current.unread_count != updated.unread_count:
            store.upsert(dataclasses.replace(current, unread_count=updated.unread_count,
                                             agent_last_seen_at=updated.agent_last_seen_at))
        return store.get(conversation_id) or updated
