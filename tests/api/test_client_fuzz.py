"""End-to-end fuzzing of the client: whatever JSON a server answers with (arbitrary values and mutated real
payloads, over real loopback HTTP), every decoding client method either succeeds or raises
`MalformedResponse`, never a raw KeyError/TypeError/ValueError."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.api.chatwoot.client import ChatwootClient, OutgoingFile, TokenAuth
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import ConversationQuery, ConversationStatus
from tests.api import payloads as p
from tests.api.servers import LoopbackServer, Reply, serve
from tests.api.strategies import json_values

Call = Callable[[ChatwootClient], Awaitable[object]]
NOW = datetime(2026, 1, 1, tzinfo=UTC)
Q = ConversationQuery()



async def read_all(rows: Awaitable[Sequence[object]]) -> tuple[object, ...]:
    """Every item of an answer decoded as it is read (`updated_conversations`)."""
    return tuple(await rows)


CALLS: dict[str, Call] = {
    "profile": lambda c: c.profile(),
    "set_availability": lambda c: c.set_availability(1, "busy"),  # type: ignore[arg-type]
    "list_conversations": lambda c: c.list_conversations(1, Q),
    "updated_within": lambda c: read_all(c.updated_conversations(1, 60, Q)),
    "counts": lambda c: c.conversation_counts(1, Q),
    "get_conversation": lambda c: c.get_conversation(1, 2),
    "set_status": lambda c: c.set_status(1, 2, ConversationStatus.SNOOZED, NOW),
    "mark_read": lambda c: c.mark_read(1, 2),
    "assign_agent": lambda c: c.assign_agent(1, 2, 3),
    "assign_team": lambda c: c.assign_team(1, 2, 3),
    "add_labels": lambda c: c.add_labels(1, 2, ["vip"]),
    "list_messages": lambda c: c.list_messages(1, 2),
    "send_message": lambda c: c.send_message(1, 2, "hi", echo_id="e"),
    "send_files": lambda c: c.send_message(1, 2, "hi", attachments=[OutgoingFile("a.txt", "text/plain", b"a")]),
    "saved_replies": lambda c: c.saved_replies(1, "x"),
    "labels": lambda c: c.labels(1),
    "inboxes": lambda c: c.inboxes(1),
    "agents": lambda c: c.agents(1),
    "assignable_agents": lambda c: c.assignable_agents(1, [1]),
    "teams": lambda c: c.teams(1),
    "team_members": lambda c: c.team_members(1, 1),
    "contact_conversations": lambda c: c.contact_conversations(1, 1),
    "agent_loads": lambda c: c.agent_loads(1),
}

REAL_BODIES = [
    p.user(), p.conversation_rest(), p.conversation_push(), p.message_rest(), p.message_push(), p.contact_rest(),
    {"data": {"meta": {"all_count": 1}, "payload": [p.conversation_rest()]}},
    {"payload": [p.message_rest(), p.message_push()], "meta": {"contact": p.contact_push()}},
    {"payload": {"current_status": "snoozed", "snoozed_until": "2026-01-01T00:00:00Z"}},
    {"payload": ["vip"]}, {"payload": [p.inbox(), p.contact_rest()]}, [p.agent(), p.agent()],
    {"payload": p.contact_rest()}, {"meta": {"mine_count": 1}},
]
bodies = st.one_of(json_values, st.sampled_from(REAL_BODIES), st.lists(st.sampled_from(REAL_BODIES), max_size=2))


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with serve({}) as running:
        yield running


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(bodies, min_size=8, max_size=8))
async def test_any_json_answer_gives_a_result_or_malformed(
    server: LoopbackServer, name: str, answers: list[Any]
) -> None:
    async with ChatwootClient(server.url, auth=TokenAuth("t")) as client:  # one client for a batch of answers
        for body in answers:
            server.fallback = Reply(200, b"null", {"content-type": "application/json"}) if body is None \
                else Reply(200, body if not isinstance(body, str | bytes) else {"text": body})
            try:
                await CALLS[name](client)
            except MalformedResponse:
                pass


RAW_BODIES = [b"", b"  ", b"not json", b"{", b"\xff\xfe", b"[" * 100_000, b'{"data": ' + b"[" * 100_000 + b"}",
              b'{"payload": ' + b"{" * 50_000, b'{"data": {"payload": [{"meta": {"sender": {"id": 1e999}}}]}}']
RAW_CALLS = ["list_conversations", "updated_within", "get_conversation", "list_messages"]


@pytest.mark.parametrize("name", RAW_CALLS)
async def test_broken_raw_bodies_are_malformed(server: LoopbackServer, name: str) -> None:
    """The list and conversation answers are decoded straight from the body bytes: bodies that are not JSON,
    cut short or nested hostilely deep are MalformedResponse too."""
    async with ChatwootClient(server.url, auth=TokenAuth("t")) as client:
        for body in RAW_BODIES:
            server.fallback = Reply(200, body, {"content-type": "application/json"})
            with pytest.raises(MalformedResponse):
                await CALLS[name](client)


async def test_a_huge_conversation_page_decodes_from_the_body(server: LoopbackServer) -> None:
    page = {"data": {"meta": {"all_count": 3000}, "payload": [p.conversation_rest(id=i) for i in range(1, 3001)]}}
    server.fallback = Reply(200, page)
    async with ChatwootClient(server.url, auth=TokenAuth("t")) as client:
        result = await client.list_conversations(1, Q)
    assert [c.id for c in result.conversations] == list(range(1, 3001))
    assert result.counts.all == 3000 and result.conversations[0].contact.id == 502
