"""Where realtime events go: the live stores registered with the realtime sync, and one event's route
through them.

`apply(event, batched)` applies one store event (messages, conversations, contacts, lookups) to every store
it concerns, the unread counter included, each store first handed to `batched` (the sync opens one
`batch()` per store per slice of events, so a slice is announced once per store). A message is applied
once per store: the outbox settles its echo first and the timeline upserts the settled message (with the
reply's echo_id and state), and the outbox's own announcement of that settlement is not routed to the
timelines a second time.
State changes of the outbox that do not come from an event (a REST answer, a failure, a retry, a discard)
reach the open timelines of their conversation through the outbox's signals.

Signals: none (RealtimeSync announces the events).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from desktop.domain.events import (
    CacheInvalidated,
    ContactChanged,
    ConversationChanged,
    ConversationMentioned,
    Event,
    MessageCreated,
    MessageUpdated,
    PresenceUpdate,
)
from desktop.domain.models import Conversation, Message
from desktop.services.conversations import ConversationList
from desktop.services.outbox import Outbox
from desktop.services.sync_slices import Batched
from desktop.services.timeline import Timeline
from desktop.services.workspace import WorkspaceLookups

if TYPE_CHECKING:
    from desktop.services.unread import UnreadCounter

_MESSAGES = (MessageCreated, MessageUpdated)  # built once: `A | B` in an isinstance makes a union per call
_CONVERSATIONS = (ConversationChanged, ConversationMentioned)


class SyncRoutes:
    """The registered lists, timelines, lookups, outbox and unread counter, and the route of each event
    through them."""

    def __init__(self) -> None:
        self.lists: list[ConversationList] = []
        self.timelines: list[Timeline] = []
        self.lookups: dict[int, WorkspaceLookups] = {}
        self.outbox: Outbox | None = None
        self.unread: UnreadCounter | None = None
        self._outbox_links: list[Callable[[], None]] = []
        self._settling = False  # the outbox is settling the echo of the event being applied

    # -- registration --------------------------------------------------------------------------------
    def set_outbox(self, outbox: Outbox) -> None:
        for unlink in self._outbox_links:
            unlink()
        self.outbox = outbox
        outbox.anchor = self._anchor
        self._outbox_links = [outbox.message_changed_in.connect(self._outbox_changed),
                              outbox.message_removed_in.connect(self._outbox_removed)]

    def add_list(self, conversations: ConversationList) -> Callable[[], None]:
        self.lists.append(conversations)
        return lambda: self.lists.remove(conversations) if conversations in self.lists else None

    def add_timeline(self, timeline: Timeline) -> Callable[[], None]:
        self.timelines.append(timeline)
        if self.outbox is not None:
            timeline.upsert_many(self.outbox.pending(timeline.account_id, timeline.conversation_id))

        def unregister() -> None:
            if timeline in self.timelines:
                self.timelines.remove(timeline)

        return unregister

    def find_conversation(self, account_id: int, conversation_id: int) -> Conversation | None:
        for conversations in self.lists:
            if conversations.account_id == account_id:
                found = conversations.get(conversation_id)
                if found is not None:
                    return found
        return self.unread.find(account_id, conversation_id) if self.unread is not None else None

    def timelines_of(self, account: int, conversation: int | None = None) -> list[Timeline]:
        return [t for t in self.timelines if t.account_id == account
                and (conversation is None or t.conversation_id == conversation)]

    def lists_of(self, account: int) -> list[ConversationList]:
        return [c for c in self.lists if c.account_id == account]

    def shows(self, account: int) -> bool:
        """Whether anything of the workspace is shown (a list or a timeline)."""
        return any(c.account_id == account for c in self.lists) or \
            any(t.account_id == account for t in self.timelines)

    # -- one event -----------------------------------------------------------------------------------
    def apply(self, event: Event, batched: Batched) -> None:
        """Apply a store event to the stores it concerns (other events are left to the caller)."""
        account = event.account_id
        if isinstance(event, _MESSAGES):
            self._message(account, event.message, isinstance(event, MessageCreated), batched)
        elif isinstance(event, _CONVERSATIONS):
            created = isinstance(event, ConversationChanged) and event.name == "conversation.created"
            self.apply_conversations(account, (event.conversation,), batched, created=created)
        elif isinstance(event, ContactChanged):
            for conversations in self.lists_of(account):
                batched(conversations)
                conversations.apply_contact(event.contact)
            if self.unread is not None:
                self.unread.apply_contact(account, event.contact)
        elif isinstance(event, CacheInvalidated):
            lookups = self.lookups.get(account)
            if lookups is not None:
                lookups.invalidate()
        elif isinstance(event, PresenceUpdate):
            lookups = self.lookups.get(account)
            if lookups is not None:
                lookups.apply_presence(event.users)

    def _message(self, account: int, message: Message, created: bool, batched: Batched) -> None:
        if self.outbox is not None:
            self._settling = True
            try:
                message = self.outbox.on_message(account, message) or message
            finally:
                self._settling = False
        for timeline in self.timelines_of(account, message.conversation_id):
            batched(timeline)
            timeline.upsert(message)
            if created:
                timeline.advance(message.id)  # over the ordered stream: gap-free through it
        if created:
            for conversations in self.lists_of(account):
                batched(conversations)
                conversations.apply_message(message)
            if self.unread is not None:
                batched(self.unread)
                self.unread.apply_message(account, message)

    def apply_conversations(self, account: int, conversations: Iterable[Conversation],
                            batched: Batched | None = None, *, created: bool = False) -> None:
        """Conversations from an event or a catch-up page, to the workspace's lists and the unread counter.
        `created`: the server announced them as new (the lists' tab counts move locally)."""
        rows = tuple(conversations)
        for shown in self.lists_of(account):
            if batched is not None:
                batched(shown)
            shown.apply_many(rows, created=created)
        if self.unread is not None:
            if batched is not None:
                batched(self.unread)
            self.unread.apply_many(rows)

    # -- outbox → timelines --------------------------------------------------------------------------
    def _anchor(self, account: int, conversation: int) -> int | None:
        ids = [t.last_id for t in self.timelines_of(account, conversation) if t.last_id is not None]
        return max(ids) if ids else None

    def _outbox_changed(self, account: int, message: Message) -> None:
        if self._settling:
            return  # the event being applied brings this message to the timelines itself
        for timeline in self.timelines_of(account, message.conversation_id):
            timeline.upsert(message)

    def _outbox_removed(self, account: int, message: Message) -> None:
        if message.echo_id:
            for timeline in self.timelines_of(account, message.conversation_id):
                timeline.discard(message.echo_id)
