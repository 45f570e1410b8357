"""The tab counts of a conversation list (Mine / Unassigned / Assigned / All, under the list's other filters)
kept current from live changes without asking the server for each one.

What the counts depend on (`facets`: status, inbox, team, labels, assignee) is read from the list's row of
a conversation, or remembered for a conversation seen that the list does not hold. A change that leaves these alone (a new message, a read, a contact's new name) changes no count.
A change of a conversation whose facets are known, or of one the server announced as new, moves the counts
by the tabs it leaves and enters. Only a change that cannot be told locally (a conversation first seen that
was not announced as new, a text search, a Mine tab without the signed-in user) asks for the counts again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from desktop.domain.models import (
    Conversation,
    ConversationCounts,
    ConversationQuery,
    SenderKind,
)

Facets = tuple[object, ...]
_TABS = ("mine", "unassigned", "assigned", "all")


def facets(conversation: Conversation) -> Facets:
    """What the tab counts depend on (the list's filters and the assignee tabs)."""
    assignee = conversation.assignee
    return (conversation.status, conversation.inbox_id, conversation.team.id if conversation.team else None,
            frozenset(conversation.labels), (assignee.kind, assignee.id) if assignee is not None else None)


def _tabs(query: ConversationQuery, user_id: int, seen: Facets | None) -> tuple[int, int, int, int]:
    """In which tabs (mine, unassigned, assigned, all) a conversation with these facets is counted."""
    if seen is None:
        return (0, 0, 0, 0)
    status, inbox_id, team_id, labels, assignee = seen
    if (query.status is not None and status != query.status) \
            or (query.inbox_id is not None and inbox_id != query.inbox_id) \
            or (query.team_id is not None and team_id != query.team_id) \
            or (query.labels and not set(query.labels) & labels):  # type: ignore[operator]
        return (0, 0, 0, 0)
    mine = assignee == (SenderKind.USER, user_id)
    return (int(mine), int(assignee is None), int(assignee is not None), 1)


class TabCounts:
    """The facets of the conversations a list has seen but does not hold (those it holds are read from their
    rows), and the counts' moves a change implies."""

    def __init__(self) -> None:
        self._seen: dict[int, Facets] = {}

    def held(self, conversations: Iterable[Conversation]) -> None:
        """These are rows of the list now: their facets are read from the rows."""
        for conversation in conversations:
            self._seen.pop(conversation.id, None)

    def left(self, conversation: Conversation) -> None:
        """Seen but not held by the list (filtered out, or removed from it): its facets are remembered."""
        self._seen[conversation.id] = facets(conversation)

    def moved(self, counts: ConversationCounts, query: ConversationQuery, user_id: int | None,
              conversation: Conversation, shown: Conversation | None, *,
              created: bool = False) -> ConversationCounts | None:
        """The counts after `conversation` changed (`shown`: its row in the list before, if any), or None
        when only the server can tell them."""
        now = facets(conversation)
        before = facets(shown) if shown is not None else self._seen.get(conversation.id)
        if before == now:
            return counts
        if query.q or user_id is None or (before is None and not created):
            return None
        was, becomes = _tabs(query, user_id, before), _tabs(query, user_id, now)
        if was == becomes:
            return counts
        values = {tab: max(0, getattr(counts, tab) + new - old)
                  for tab, old, new in zip(_TABS, was, becomes, strict=True)}
        return dataclasses.replace(counts, **values)


__all__ = ["TabCounts", "facets"]
