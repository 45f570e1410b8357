"""The `updated_within` answer decoded as it is read (`LazyConversations`): the same conversations as the
eager decoder, a slice decodes only its items, and a malformed item is the typed error when it is read."""

from __future__ import annotations

import json

import pytest

from desktop.api.chatwoot.client_conversations import account_path, call_body, query_params
from desktop.api.chatwoot.decode import decode_conversation_page
from desktop.api.chatwoot.lazy_page import LazyConversations
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import AssigneeFilter, ConversationCounts, ConversationQuery
from tests.api.conftest import Clients
from tests.api.payloads import conversation_rest

EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)


def body(items: list[object], *, wrapped: bool = True) -> bytes:
    meta = {"mine_count": 1, "assigned_count": 2, "unassigned_count": 3, "all_count": 5}
    page = {"meta": meta, "payload": items}
    return json.dumps({"data": page} if wrapped else page).encode()


async def test_the_answer_read_slice_by_slice_is_the_eager_decoding(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    for n in range(30):
        fresh_clients.server.incoming(1, f"lazy page {n}")
    rows = await mona.updated_conversations(1, 600, EVERYTHING)
    params = [*query_params(EVERYTHING), ("updated_within", "600")]
    raw = await call_body(mona, "GET", account_path(1, "/conversations"), params=params)
    eager = decode_conversation_page(raw, account_id=1)  # the same answer, decoded at once
    assert len(rows) == len(eager.conversations) >= 30 and rows.counts == eager.counts
    sliced = [c for start in range(0, len(rows), 7) for c in rows[start:start + 7]]
    assert sliced == list(eager.conversations) == list(rows)
    assert rows[-1] == eager.conversations[-1] and rows[0] == eager.conversations[0]


@pytest.mark.parametrize("wrapped", [True, False])
def test_the_items_are_those_of_the_page_decoder(wrapped: bool) -> None:
    raw = body([conversation_rest(id=7), conversation_rest(id=8, status="snoozed")], wrapped=wrapped)
    rows = LazyConversations(raw, account_id=1)
    page = decode_conversation_page(raw, account_id=1)
    assert tuple(rows) == rows[0:2] == page.conversations and rows.counts == page.counts
    assert rows.counts == ConversationCounts(mine=1, assigned=2, unassigned=3, all=5)


def test_a_malformed_item_is_the_typed_error_when_it_is_read() -> None:
    rows = LazyConversations(body([conversation_rest(id=7), {"id": "seven"}, 3]), account_id=1)
    assert len(rows) == 3 and rows[0].id == 7  # the items before it decode
    for index in (1, 2):
        with pytest.raises(MalformedResponse, match=rf"payload\[{index}\]"):
            rows[index]
    with pytest.raises(MalformedResponse):
        rows[0:3]


@pytest.mark.parametrize("raw", [b"", b"[]", b'{"data": {"meta": {}}}', b'{"data": {"payload": [1,'])
def test_an_answer_without_its_items_is_the_typed_error_at_once(raw: bytes) -> None:
    with pytest.raises(MalformedResponse):
        LazyConversations(raw)
