"""The conversation list of one workspace for one query (a tab with its filters), kept live.

A `ListStore[Conversation]` keyed by display id and sorted by last activity (newest first). `load` reads the
first page (a reset: a new root), `fetch_more` the next ones, and realtime changes arrive through `apply`
(membership decided from the query: assignee tab against the signed-in user, status, inbox, team, labels)
and `apply_message` (preview, unread count, order). A row whose activity changes is *moved*, never reset.
`updated_at` (the server's float) guards against applying older data over newer.

Tab counts come from the server (they are computed before the assignee filter); realtime changes move them
locally (`TabCounts`), and only a change that cannot be told locally re-reads them, debounced, by a task this
list owns (`close()` cancels it). A list not loaded yet (a workspace never shown) keeps no counts.

Signals (besides ListStore's): counts_changed(ConversationCounts), loading_changed(bool),
failed(AppError) — a background counts refresh failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.domain.building import replacer, setter
from desktop.domain.errors import AppError
from desktop.domain.models import (
    AssigneeFilter,
    Contact,
    Conversation,
    ConversationCounts,
    ConversationQuery,
    Message,
    MessageType,
    SenderKind,
)
from desktop.services.observable import Emitter, ListStore
from desktop.services.owned_tasks import cancel_and_wait
from desktop.services.tab_counts import TabCounts

if TYPE_CHECKING:
    import asyncio

    from desktop.api.chatwoot.client import ChatwootClient

#: my open conversations: the list a session starts on and what the unread badge counts
MINE_OPEN = ConversationQuery(assignee=AssigneeFilter.MINE)


def _sort_key(conversation: Conversation) -> int:
    """Newest activity first, then the highest id, as one int: the last activity in microseconds, times 2³²,
    plus the display id (a per-workspace number, below 2³¹), negated. A batch's placing bisects the sort
    values a few hundred times per slice, about fifteen comparisons each: ints compare several times faster
    than (float, int) tuples, and are not containers the garbage collector traverses."""
    at = conversation.last_activity_at
    micros = round(at.timestamp() * 1_000_000) if at is not None else 0
    return -(micros * 4_294_967_296 + conversation.id)


def matches(query: ConversationQuery, conversation: Conversation, user_id: int | None) -> bool | None:
    """Whether the conversation belongs in a list for `query`; None when that cannot be told locally
    (a text search, or the Mine tab without the signed-in user's id)."""
    if query.q:
        return None
    if query.status is not None and conversation.status != query.status:
        return False
    if query.inbox_id is not None and conversation.inbox_id != query.inbox_id:
        return False
    if query.team_id is not None and (conversation.team is None or conversation.team.id != query.team_id):
        return False
    if query.labels and not set(query.labels) & set(conversation.labels):
        return False
    assignee = conversation.assignee
    if query.assignee == AssigneeFilter.MINE:
        if user_id is None:
            return None  # who "me" is was not given: refresh shown rows only
        return assignee is not None and assignee.kind == SenderKind.USER and assignee.id == user_id
    if query.assignee == AssigneeFilter.UNASSIGNED:
        return assignee is None
    if query.assignee == AssigneeFilter.ASSIGNED:
        return assignee is not None
    return True


_replace = replacer(Conversation)
_with_preview = setter(Conversation, "last_message", "last_activity_at", "unread_count")


def newest(current: Conversation | None, conversation: Conversation) -> Conversation | None:
    """`conversation` as it replaces `current` (the row held for it, if any): None when it is older than
    `current`; it keeps `current`'s last message when that one is newer than its own."""
    if current is None:
        return conversation
    if conversation.updated_at < current.updated_at:
        return None
    if current.last_message is not None and (
        conversation.last_message is None
        or (conversation.last_message.id or 0) < (current.last_message.id or 0)
    ):
        return _replace(conversation, last_message=current.last_message)
    return conversation


def with_message(current: Conversation, message: Message) -> Conversation | None:
    """`current` after a new message: its preview, last activity and unread count (+1 for an incoming
    message not counted yet); None when the message changes nothing (an activity line, or older than the
    conversation's last message)."""
    if message.message_type == MessageType.ACTIVITY:
        return None
    if current.last_message is not None and message.id is not None and \
            (current.last_message.id or 0) > message.id:
        return None
    activity = current.last_activity_at
    if activity is None or message.created_at > activity:
        activity = message.created_at
    unread = current.unread_count
    if message.message_type == MessageType.INCOMING and (
        current.last_message is None or current.last_message.id != message.id
    ):
        unread += 1
    return _with_preview(current, message, activity, unread)

#: a burst that may move more rows than this is announced as one new order (one relayout of the view)
REORDER_ABOVE = 8


class ConversationList(ListStore[Conversation]):
    COUNTS_DELAY = 3.0  # seconds: tab counts follow bursts of changes with one request, far below rate limits
    # Live changes move the counts locally (`TabCounts`); they are read again only when that cannot be told.

    def __init__(self, client: ChatwootClient, account_id: int, query: ConversationQuery, *,
                 user_id: int | None = None) -> None:
        super().__init__(key=lambda c: c.id, sort_key=_sort_key, reorder_above=REORDER_ABOVE)
        self.client = client
        self.account_id = account_id
        self.user_id = user_id  # the signed-in agent: decides membership of the Mine tab
        self._query = query
        self._page = 0
        self._can_fetch_more = False
        self._loading = False
        self._generation = 0
        self._counts = ConversationCounts()
        self._counts_task: asyncio.Task[None] | None = None
        self._tabs = TabCounts()
        self.counts_changed = Emitter()
        self.loading_changed = Emitter()
        self.failed = Emitter()

    # -- state ---------------------------------------------------------------------------------------
    @property
    def query(self) -> ConversationQuery:
        return self._query

    @property
    def counts(self) -> ConversationCounts:
        return self._counts

    @property
    def can_fetch_more(self) -> bool:
        return self._can_fetch_more and not self._loading

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded(self) -> bool:
        """A first page was read or is being read (before that the list holds no state worth keeping)."""
        return self._page > 0 or self._loading

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _set_counts(self, counts: ConversationCounts) -> None:
        if counts != self._counts:
            self._counts = counts
            self.counts_changed.emit(counts)

    # -- loading -------------------------------------------------------------------------------------
    async def load(self) -> None:
        """Read the first page again (a reset of the list)."""
        self._generation += 1
        generation = self._generation
        self._set_loading(True)
        try:
            page = await self.client.list_conversations(self.account_id, self._query, 1)
        finally:
            if generation == self._generation:
                self._set_loading(False)
        if generation != self._generation:
            return  # a newer load or query won
        self._page, self._can_fetch_more = 1, page.has_more
        self.set_items(page.conversations)
        self._tabs.held(page.conversations)
        self._set_counts(page.counts)

    async def fetch_more(self) -> None:
        if not self._can_fetch_more or self._loading:
            return
        generation = self._generation
        self._set_loading(True)
        try:
            page = await self.client.list_conversations(self.account_id, self._query, self._page + 1)
        finally:
            if generation == self._generation:
                self._set_loading(False)
        if generation != self._generation:
            return
        self._page += 1
        self._can_fetch_more = page.has_more
        self.apply_many(page.conversations, trusted=True)
        self._set_counts(page.counts)

    async def set_query(self, query: ConversationQuery) -> None:
        self._query = query
        self._generation += 1
        self._can_fetch_more = False
        self.clear()
        await self.load()

    async def refresh_counts(self) -> None:
        self._set_counts(await self.client.conversation_counts(self.account_id, self._query))

    # -- live changes --------------------------------------------------------------------------------
    def apply(self, conversation: Conversation, *, created: bool = False) -> None:
        """Upsert when it matches the query, remove otherwise; older data never overwrites newer. `created`: the
        server announced the conversation as new (its counts move locally)."""
        self.apply_many((conversation,), created=created)

    def apply_many(self, conversations: Iterable[Conversation], *, trusted: bool = False,
                   created: bool = False) -> None:
        """Apply many changes as one burst. `trusted` items come from a server query for this list. Before its
        first page is read (or asked for) a list keeps no counts: its load reads them."""
        counted = self.loaded
        counts: ConversationCounts | None = self._counts
        with self.batch():
            for conversation in conversations:
                if conversation.account_id != self.account_id:
                    continue
                current = self.get(conversation.id)
                newer = newest(current, conversation)
                if newer is None:
                    continue  # stale: a newer version is already shown
                conversation = newer
                if not trusted and counted and counts is not None:
                    counts = self._tabs.moved(counts, self._query, self.user_id, conversation, current,
                                              created=created)
                belongs = True if trusted else matches(self._query, conversation, self.user_id)
                if belongs is None:
                    belongs = current is not None  # a search list: refresh rows, never guess new ones
                if belongs:
                    self.upsert(conversation)
                    self._tabs.held((conversation,))
                else:
                    self._tabs.left(conversation)
                    if current is not None:
                        self.remove(conversation.id)
        if counts is None:
            self._schedule_counts()  # a change only the server can count
        elif counted:
            self._set_counts(counts)

    def apply_message(self, message: Message) -> None:
        """A new message: update the row's preview, unread count and position (if the row is shown)."""
        current = self.get(message.conversation_id)
        updated = with_message(current, message) if current is not None else None
        if updated is not None:
            self.upsert(updated)

    def apply_contact(self, contact: Contact) -> None:
        """A contact changed (name, phone, avatar, blocked): refresh the rows that show it."""
        with self.batch():
            for conversation in self.items():
                if conversation.contact.id == contact.id and conversation.contact != contact:
                    self.upsert(_replace(conversation, contact=contact, muted=contact.blocked))

    # -- counts refresh (owned task) -----------------------------------------------------------------
    def _schedule_counts(self) -> None:
        import asyncio

        if self._counts_task is not None and not self._counts_task.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous test): counts are refreshed by the next load
        self._counts_task = loop.create_task(self._refresh_counts_later(), name="conversation-counts")

    async def _refresh_counts_later(self) -> None:
        import asyncio

        await asyncio.sleep(self.COUNTS_DELAY)
        try:
            await self.refresh_counts()
        except AppError as error:
            self.failed.emit(error)

    async def close(self) -> None:
        self._generation += 1
        task, self._counts_task = self._counts_task, None
        await cancel_and_wait(task)
