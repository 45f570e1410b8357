"""The one owner of the unread badges (tray, window title, workspace switcher): per workspace, the signed-in
agent's open conversations (assigned to them) and the sum of their `unread_count`.

Seeded by REST reads per workspace (`load`: the open conversations assigned to me, a page per 25),
then kept by the realtime sync, inside its batch and once per event: conversation changes (membership: open
and assigned to me, decided here; `conversation.read` brings a count of 0), new messages (+1 for an incoming
one), contact changes (muted), and after a reconnect the catch-up page the lists get too. Marking read goes
through `mark_read` (the server does not bump `updated_at` then, so its answer is taken as it is).
The notification policy finds my conversations here (`find`) while the visible list shows another tab.

Signals: changed(account_id, count) — only when a workspace's total changes; inside `batch()` once, at its
end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.domain.building import replacer
from desktop.domain.models import Contact, Conversation, Message
from desktop.services.conversations import MINE_OPEN, matches, newest, with_message
from desktop.services.observable import Emitter

if TYPE_CHECKING:
    from desktop.api.chatwoot.client import ChatwootClient

#: the badge is seeded from at most this many pages (500 open conversations); a page is one request, so a
#: start with three workspaces stays far below the rate limit of 100 requests a minute (contract §13)
SEED_PAGES = 20

_replace = replacer(Conversation)


class UnreadCounter:
    def __init__(self, client: ChatwootClient, user_id: int) -> None:
        self._client = client
        self.user_id = user_id
        self._mine: dict[int, dict[int, Conversation]] = {}  # account → conversation id → conversation
        self._totals: dict[int, int] = {}
        self._held = 0  # open batches
        self._touched: set[int] = set()  # accounts changed since the last announcement
        self.changed = Emitter()

    # -- reading -------------------------------------------------------------------------------------
    def count(self, account_id: int) -> int:
        return self._totals.get(account_id, 0)

    def total(self) -> int:
        return sum(self._totals.values())

    def find(self, account_id: int, conversation_id: int) -> Conversation | None:
        """One of my open conversations, as known here (None when it is not one, or not known)."""
        return self._mine.get(account_id, {}).get(conversation_id)

    # -- seeding -------------------------------------------------------------------------------------
    async def load(self, account_id: int) -> None:
        """Read the workspace's open conversations assigned to me afresh, page by page (25 a page), up to
        `SEED_PAGES` pages: an agent with more open conversations than one page still gets the whole badge."""
        mine: dict[int, Conversation] = {}
        for number in range(1, SEED_PAGES + 1):
            page = await self._client.list_conversations(account_id, MINE_OPEN, number)
            mine.update((c.id, c) for c in page.conversations if c.account_id == account_id)
            if not page.has_more:
                break
        self._mine[account_id] = mine
        self._touch(account_id)

    # -- changes -------------------------------------------------------------------------------------
    def apply(self, conversation: Conversation) -> None:
        self.apply_many((conversation,))

    def apply_many(self, conversations: Iterable[Conversation]) -> None:
        """Conversations as the server sent them (events, a catch-up page): kept while open and assigned to
        me, dropped otherwise; older data never overwrites newer."""
        with self.batch():
            for conversation in conversations:
                rows = self._mine.setdefault(conversation.account_id, {})
                current = rows.get(conversation.id)
                updated = newest(current, conversation)
                if updated is None:
                    continue  # stale
                if matches(MINE_OPEN, updated, self.user_id):
                    rows[updated.id] = updated
                elif current is not None:
                    del rows[updated.id]
                else:
                    continue
                self._touch(updated.account_id)

    def apply_message(self, account_id: int, message: Message) -> None:
        """A new message: +1 unread for an incoming one in one of my open conversations."""
        rows = self._mine.get(account_id, {})
        current = rows.get(message.conversation_id)
        updated = with_message(current, message) if current is not None else None
        if updated is not None:
            rows[updated.id] = updated
            self._touch(account_id)

    def apply_contact(self, account_id: int, contact: Contact) -> None:
        """A contact changed: my conversations with them follow (name, blocked = muted)."""
        rows = self._mine.get(account_id, {})
        for conversation in list(rows.values()):
            if conversation.contact.id == contact.id and conversation.contact != contact:
                rows[conversation.id] = _replace(conversation, contact=contact, muted=contact.blocked)

    def mark_read(self, conversation: Conversation) -> None:
        """The server's answer to marking a conversation read: its count is the truth, whatever its
        `updated_at` (marking read does not bump it)."""
        rows = self._mine.get(conversation.account_id, {})
        current = rows.get(conversation.id)
        if current is not None and current.unread_count != conversation.unread_count:
            rows[conversation.id] = _replace(current, unread_count=conversation.unread_count,
                                             agent_last_seen_at=conversation.agent_last_seen_at)
            self._touch(conversation.account_id)

    # -- announcing ----------------------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the totals changed inside once, at the end (the realtime sync holds one per slice)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held:
                self._announce()

    def _touch(self, account_id: int) -> None:
        self._touched.add(account_id)
        if not self._held:
            self._announce()

    def _announce(self) -> None:
        touched, self._touched = self._touched, set()
        for account in sorted(touched):
            total = sum(c.unread_count for c in self._mine.get(account, {}).values())
            if total != self._totals.get(account, 0):
                self._totals[account] = total
                self.changed.emit(account, total)
