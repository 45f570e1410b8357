"""Conversation endpoints of the REST client (contract §4): list, advanced filter, counts, show, status,
priority, read state, assignment and labels. Mixed into `ChatwootClient`.

Label quirk (§4.8): `POST …/labels` replaces the whole set, so `add_labels` reads the current set first and
posts the merged one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from desktop.api.chatwoot.client_filter import FILTER_PAGE_SIZE, FilterCondition, filter_payload
from desktop.api.chatwoot.decode import (
    decode_conversation,
    decode_conversation_page,
    decode_counts_response,
    decode_labels_payload,
    decode_person,
    decode_status_payload,
    decode_team,
)
from desktop.api.chatwoot.errors import error_for_response
from desktop.api.chatwoot.lazy_page import LazyConversations
from desktop.api.chatwoot.transport import Transport
from desktop.api.chatwoot.values import StatusResult
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import (
    Conversation,
    ConversationCounts,
    ConversationPage,
    ConversationQuery,
    ConversationStatus,
    Person,
    Priority,
    SenderKind,
    Team,
)


def account_path(account_id: int, rest: str = "") -> str:
    return f"/api/v1/accounts/{int(account_id)}{rest}"


def conversation_path(account_id: int, conversation_id: int, rest: str = "") -> str:
    return account_path(account_id, f"/conversations/{int(conversation_id)}{rest}")


def query_params(query: ConversationQuery) -> list[tuple[str, str]]:
    """ConversationQuery → the list's query parameters (§4.1); `status` None means `all`."""
    params = [
        ("assignee_type", query.assignee.value),
        ("status", query.status.value if query.status is not None else "all"),
        ("sort_by", query.sort_by),
    ]
    if query.inbox_id is not None:
        params.append(("inbox_id", str(int(query.inbox_id))))
    if query.team_id is not None:
        params.append(("team_id", str(int(query.team_id))))
    params.extend(("labels[]", label) for label in query.labels)
    if query.q:
        params.append(("q", query.q))
    return params


def _merged(current: Sequence[str], extra: Sequence[str]) -> list[str]:
    result = list(dict.fromkeys(current))
    for label in extra:
        if label not in result:
            result.append(label)
    return result


async def call_body(transport: Transport, method: str, path: str, **kwargs: Any) -> bytes:
    """`Transport.call` without the stdlib JSON parse: the raw body, for the decoders that read JSON bytes
    straight into their wire shapes (the conversation and message lists, the larger and more frequent
    answers). An empty or non-JSON body is their MalformedResponse."""
    response = await transport.send(method, path, **kwargs)
    if not response.is_success:
        raise error_for_response(response)
    return response.content


class ConversationsApi(Transport):
    async def list_conversations(
        self, account_id: int, query: ConversationQuery, page: int = 1
    ) -> ConversationPage:
        page = max(1, int(page))
        params = [*query_params(query), ("page", str(page))]
        body = await call_body(self, "GET", account_path(account_id, "/conversations"), params=params)
        return decode_conversation_page(body, account_id=account_id, page=page)

    async def filter_conversations(
        self, account_id: int, conditions: Sequence[FilterCondition], page: int = 1
    ) -> ConversationPage:
        """The advanced filter (§4.4): conversations matching the chained conditions, last activity first,
        25 a page. Counts come without `assigned_count` (assigned = all − unassigned). A condition the
        server refuses raises ValidationFailed (422)."""
        page = max(1, int(page))
        body = await call_body(self, "POST", account_path(account_id, "/conversations/filter"),
                               params=[("page", str(page))], json=filter_payload(conditions))
        return decode_conversation_page(body, account_id=account_id, page=page, page_size=FILTER_PAGE_SIZE)

    async def updated_conversations(self, account_id: int, seconds: int, query: ConversationQuery) -> LazyConversations:
        """Every conversation updated in the last `seconds` (`updated_within`: no pagination), each decoded
        when read (its reader decodes a long answer a slice at a time; a malformed item raises
        MalformedResponse when read)."""
        params = [*query_params(query), ("updated_within", str(max(1, int(seconds))))]
        body = await call_body(self, "GET", account_path(account_id, "/conversations"), params=params)
        return LazyConversations(body, account_id=account_id)

    async def conversation_counts(self, account_id: int, query: ConversationQuery) -> ConversationCounts:
        body = await self.call("GET", account_path(account_id, "/conversations/meta"), params=query_params(query))
        return decode_counts_response(body)

    async def get_conversation(self, account_id: int, conversation_id: int) -> Conversation:
        body = await call_body(self, "GET", conversation_path(account_id, conversation_id))
        return decode_conversation(body, account_id=account_id)

    async def set_status(
        self, account_id: int, conversation_id: int, status: ConversationStatus,
        snoozed_until: datetime | None = None,
    ) -> StatusResult:
        """Set the status (§4.6). Snoozing without `snoozed_until` means "until the next reply"."""
        payload: dict[str, object] = {"status": status.value}
        if snoozed_until is not None:
            payload["snoozed_until"] = int(snoozed_until.timestamp())
        body = await self.call("POST", conversation_path(account_id, conversation_id, "/toggle_status"), json=payload)
        new_status, until = decode_status_payload(body)
        return StatusResult(new_status, until)

    async def set_priority(self, account_id: int, conversation_id: int, priority: Priority) -> None:
        value = None if priority is Priority.NONE else priority.value
        await self.call(
            "POST", conversation_path(account_id, conversation_id, "/toggle_priority"), json={"priority": value}
        )

    async def mark_read(self, account_id: int, conversation_id: int) -> Conversation:
        body = await self.call("POST", conversation_path(account_id, conversation_id, "/update_last_seen"))
        return decode_conversation(body, account_id=account_id)

    async def mark_unread(self, account_id: int, conversation_id: int) -> Conversation:
        body = await self.call("POST", conversation_path(account_id, conversation_id, "/unread"))
        return decode_conversation(body, account_id=account_id)

    async def assign_agent(self, account_id: int, conversation_id: int, agent_id: int | None) -> Person | None:
        """Assign (or with None, unassign). Returns the assignee, or None when the server unassigned
        (which it also does for an unknown id, §4.7)."""
        body = await self.call(
            "POST", conversation_path(account_id, conversation_id, "/assignments"),
            json={"assignee_id": None if agent_id is None else int(agent_id)},
        )
        if body is None:
            return None
        return decode_person(body, "assignee", kind_hint=SenderKind.USER.value)

    async def assign_team(self, account_id: int, conversation_id: int, team_id: int | None) -> Team | None:
        body = await self.call(
            "POST", conversation_path(account_id, conversation_id, "/assignments"),
            json={"team_id": None if team_id is None else int(team_id)},
        )
        return None if body is None else decode_team(body)

    async def get_labels(self, account_id: int, conversation_id: int) -> tuple[str, ...]:
        body = await self.call("GET", conversation_path(account_id, conversation_id, "/labels"))
        return decode_labels_payload(body)

    async def set_labels(self, account_id: int, conversation_id: int, labels: Sequence[str]) -> tuple[str, ...]:
        """Replace the conversation's whole label set."""
        if isinstance(labels, str):
            raise TypeError("labels must be a sequence of titles, not one string")
        body = await self.call(
            "POST", conversation_path(account_id, conversation_id, "/labels"), json={"labels": list(labels)}
        )
        if body is None:
            raise MalformedResponse(detail="POST …/labels answered with an empty body")
        return decode_labels_payload(body)

    async def add_labels(self, account_id: int, conversation_id: int, labels: Sequence[str]) -> tuple[str, ...]:
        """Add labels, keeping the existing ones (read, merge, replace)."""
        current = await self.get_labels(account_id, conversation_id)
        wanted = _merged(current, [label for label in labels if label])
        if wanted == list(current):
            return current
        return await self.set_labels(account_id, conversation_id, wanted)
