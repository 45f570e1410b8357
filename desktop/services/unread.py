"""Per-workspace unread totals for the badges (tray, taskbar, workspace switcher).

The total of a workspace is the sum of `unread_count` over its *open* conversations that count: those
assigned to the signed-in agent, or (with `mine_only=False`) every open conversation the agent can see.
Values come from the conversation lists it tracks (rows loaded and kept live) and from realtime
conversation events (`on_event`, e.g. `conversation.read` sets a row's count to 0).
Signals: changed(account_id, count) — only when a total actually changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.domain.events import ConversationChanged, Event
from desktop.domain.models import (
    AssigneeFilter,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    SenderKind,
)
from desktop.services.conversations import ConversationList
from desktop.services.observable import Signal


class UnreadCounter:
    def __init__(self, user_id: int | None = None, *, mine_only: bool = True) -> None:
        self.user_id = user_id
        self.mine_only = mine_only
        self._unread: dict[int, dict[int, int]] = {}  # account → conversation → unread
        self._totals: dict[int, int] = {}
        self.changed = Signal()

    def count(self, account_id: int) -> int:
        return self._totals.get(account_id, 0)

    def counts(self) -> dict[int, int]:
        return dict(self._totals)

    def _counts_for(self, conversation: Conversation) -> bool:
        if conversation.status != ConversationStatus.OPEN:
            return False
        if not self.mine_only:
            return True
        assignee = conversation.assignee
        return assignee is not None and assignee.kind == SenderKind.USER and assignee.id == self.user_id

    def update(self, conversations: Iterable[Conversation]) -> None:
        touched: set[int] = set()
        for conversation in conversations:
            rows = self._unread.setdefault(conversation.account_id, {})
            if self._counts_for(conversation) and conversation.unread_count > 0:
                rows[conversation.id] = conversation.unread_count
            else:
                rows.pop(conversation.id, None)
            touched.add(conversation.account_id)
        for account in touched:
            total = sum(self._unread[account].values())
            if total != self._totals.get(account, 0):
                self._totals[account] = total
                self.changed.emit(account, total)

    def track(self, conversations: ConversationList) -> Callable[[], None]:
        """Follow a list's rows; returns a function that stops following it."""

        def rows(first: int, last: int) -> None:
            self.update(conversations[row] for row in range(first, last + 1))

        def leaving(first: int, last: int) -> None:
            if self._covers(conversations.query):  # it left the very set counted here: no longer counts
                self.forget_rows(conversations.account_id, [conversations[r].id for r in range(first, last + 1)])

        links = [
            conversations.inserted.connect(rows),
            conversations.changed.connect(rows),
            conversations.removing.connect(leaving),
            conversations.reset.connect(lambda: self.update(conversations.items())),
        ]
        self.update(conversations.items())

        def untrack() -> None:
            for unlink in links:
                unlink()

        return untrack

    def _covers(self, query: ConversationQuery) -> bool:
        wanted = AssigneeFilter.MINE if self.mine_only else AssigneeFilter.ALL
        return (query.assignee == wanted and query.status == ConversationStatus.OPEN and query.inbox_id is None
                and query.team_id is None and not query.labels and not query.q)

    def forget_rows(self, account_id: int, conversation_ids: list[int]) -> None:
        rows = self._unread.get(account_id, {})
        for conversation_id in conversation_ids:
            rows.pop(conversation_id, None)
        total = sum(rows.values())
        if total != self._totals.get(account_id, 0):
            self._totals[account_id] = total
            self.changed.emit(account_id, total)

    def on_event(self, event: Event) -> None:
        if isinstance(event, ConversationChanged):
            self.update((event.conversation,))
