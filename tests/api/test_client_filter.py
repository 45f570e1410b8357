"""`ChatwootClient.filter_conversations` (contract §4.4) against the sandbox: every condition kind checked
against the same conversations read through the plain list, and-before-or chaining, paging by last
activity, counts without `assigned_count`, agents' inbox visibility, and the 422 → ValidationFailed
mapping (plus the conditions refused before any request)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.client_filter import OPERATORS, FilterCondition, filter_payload
from desktop.domain.errors import ValidationFailed
from desktop.domain.models import (
    AssigneeFilter,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Priority,
)
from tests.api.conftest import Clients

WS = 1
EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)
Eq = FilterCondition.equal


async def every_page(fetch: Callable[[int], object]) -> list[Conversation]:
    found: list[Conversation] = []
    for number in range(1, 100):
        page = await fetch(number)  # type: ignore[misc]
        found.extend(page.conversations)
        if not page.has_more:
            return found
    raise AssertionError("more than 100 pages")


async def listed(client: ChatwootClient) -> list[Conversation]:
    """Every conversation the user may see, through the plain list (the reference)."""
    return await every_page(lambda n: client.list_conversations(WS, EVERYTHING, n))


async def filtered(client: ChatwootClient, *conditions: FilterCondition) -> list[Conversation]:
    return await every_page(lambda n: client.filter_conversations(WS, conditions, n))


def ids(conversations: list[Conversation], keep: Callable[[Conversation], bool] = lambda c: True) -> set[int]:
    return {c.id for c in conversations if keep(c)}


def assignee_id(c: Conversation) -> int | None:
    return c.assignee.id if c.assignee is not None else None


async def test_assignee_and_statuses_over_all_pages(clients: Clients) -> None:
    mona = clients("mona")
    everything = await listed(mona)
    busiest = max({assignee_id(c) for c in everything} - {None},
                  key=lambda a: sum(assignee_id(c) == a for c in everything))
    wanted = (ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.SNOOZED)
    conditions = (Eq("assignee_id", busiest or 0), Eq("status", *(s.value for s in wanted)))
    first = await mona.filter_conversations(WS, conditions)
    found = await filtered(mona, *conditions)
    assert ids(found) == ids(everything, lambda c: assignee_id(c) == busiest and c.status in wanted)
    assert len(found) == len(ids(found)) and first.counts.all == len(found)
    assert first.counts.unassigned == 0 and first.counts.assigned == first.counts.all
    everyone = await mona.filter_conversations(WS, [Eq("status", "all")])
    assert everyone.counts.all == len(everything) and everyone.has_more and len(everyone.conversations) == 25
    assert everyone.counts.assigned == everyone.counts.all - everyone.counts.unassigned > 0
    assert everyone.counts.unassigned == sum(c.assignee is None for c in everything)


async def test_pages_follow_last_activity(clients: Clients) -> None:
    mona = clients("mona")
    conditions = [Eq("status", "open", "pending")]
    pages = [await mona.filter_conversations(WS, conditions, n) for n in (1, 2, 3)]
    assert [p.page for p in pages] == [1, 2, 3] and all(len(p.conversations) == 25 for p in pages[:2])
    joined = [c for p in pages for c in p.conversations]
    assert len(ids(joined)) == len(joined)
    activity = [c.last_activity_at or datetime.min.replace(tzinfo=UTC) for c in joined]
    assert activity == sorted(activity, reverse=True)
    beyond = await mona.filter_conversations(WS, conditions, 99)
    assert beyond.conversations == () and not beyond.has_more


async def test_each_condition_kind_matches_the_list(clients: Clients) -> None:
    mona = clients("mona")
    everything = await listed(mona)
    inbox = everything[0].inbox_id
    team = next(c.team.id for c in everything if c.team is not None)
    label = next(c.labels[0] for c in everything if c.labels)
    cases: list[tuple[FilterCondition, Callable[[Conversation], bool]]] = [
        (Eq("inbox_id", inbox), lambda c: c.inbox_id == inbox),
        (Eq("team_id", team), lambda c: c.team is not None and c.team.id == team),
        (FilterCondition.present("team_id", False), lambda c: c.team is None),
        (Eq("labels", label), lambda c: label in c.labels),
        (FilterCondition.present("labels", False), lambda c: not c.labels),
        (FilterCondition.present("assignee_id"), lambda c: c.assignee is not None),
        (Eq("priority", "urgent"), lambda c: c.priority is Priority.URGENT),
        (Eq("display_id", everything[3].id, everything[7].id), lambda c: c.id in (everything[3].id, everything[7].id)),
    ]
    for condition, keep in cases:
        expected = ids(everything, keep)
        assert 0 < len(expected) < len(everything), condition  # each case tells conversations apart
        assert ids(await filtered(mona, condition)) == expected, condition


async def test_dates_compare_by_utc_day(clients: Clients) -> None:
    mona = clients("mona")
    everything = await listed(mona)
    days = sorted({c.created_at.astimezone(UTC).date() for c in everything if c.created_at is not None})
    middle = days[len(days) // 2]

    def created(c: Conversation) -> date:
        assert c.created_at is not None
        return c.created_at.astimezone(UTC).date()

    after = await filtered(mona, FilterCondition("created_at", "is_greater_than", (middle,)))
    assert ids(after) == ids(everything, lambda c: created(c) > middle) and after
    before = await filtered(mona, FilterCondition("created_at", "is_less_than", (middle.isoformat(),)))
    assert ids(before) == ids(everything, lambda c: created(c) < middle) and before
    noon = datetime.combine(middle, datetime.min.time(), UTC) + timedelta(hours=12)
    assert ids(await filtered(mona, FilterCondition("created_at", "is_greater_than", (noon,)))) == ids(after)
    cutoff = datetime.now(UTC).date() - timedelta(days=3)
    old = await filtered(mona, FilterCondition("last_activity_at", "days_before", (3,)))
    assert ids(old) == ids(everything, lambda c: c.last_activity_at is not None
                           and c.last_activity_at.astimezone(UTC).date() < cutoff)
    assert 0 < len(old) < len(everything)


async def test_and_binds_tighter_than_or(clients: Clients) -> None:
    mona = clients("mona")
    everything = await listed(mona)
    conditions = [Eq("status", "open"), Eq("priority", "urgent", query_operator="or"), Eq("priority", "high")]
    expected = ids(everything, lambda c: (c.status is ConversationStatus.OPEN and c.priority is Priority.URGENT)
                   or c.priority is Priority.HIGH)
    found = await filtered(mona, *conditions)
    assert ids(found) == expected and any(c.status is not ConversationStatus.OPEN for c in found)
    assert filter_payload(conditions)["payload"][-1]["query_operator"] is None


async def test_agents_see_only_their_inboxes(clients: Clients) -> None:
    karim = clients("karim")
    theirs = await listed(karim)
    found = await filtered(karim, Eq("status", "all"))
    assert ids(found) == ids(theirs) and found
    everyone = await clients("mona").filter_conversations(WS, [Eq("status", "all")])
    assert everyone.counts.all > len(found)


async def test_server_refusal_is_a_validation_error(clients: Clients) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await clients("mona").filter_conversations(WS, [Eq("no_such_attribute", "x")])
    assert "no_such_attribute" in str(refused.value)


@pytest.mark.parametrize("make", [
    lambda: FilterCondition("status", "contains", ("open",)),  # not an operator of status
    lambda: FilterCondition("status", "sounds_like", ("open",)),
    lambda: FilterCondition("no such key!", "equal_to", ("x",)),
    lambda: FilterCondition("assignee_id", "equal_to", ()),
    lambda: FilterCondition("status", "equal_to", ("open",), query_operator="xor"),
    lambda: FilterCondition("labels", "equal_to", (True,)),  # type: ignore[arg-type]
    lambda: filter_payload([FilterCondition("created_at", "is_greater_than", ("last tuesday",))]),
    lambda: filter_payload([]),
])
def test_bad_conditions_are_refused_before_sending(make: Callable[[], object]) -> None:
    with pytest.raises(ValidationFailed):
        make()


def test_payload_shape() -> None:
    body = filter_payload([Eq("assignee_id", 7), FilterCondition("created_at", "days_before", (30,)),
                           FilterCondition.present("team_id")])
    assert body == {"payload": [
        {"attribute_key": "assignee_id", "filter_operator": "equal_to", "values": [7], "query_operator": "and"},
        {"attribute_key": "created_at", "filter_operator": "days_before", "values": [30], "query_operator": "and"},
        {"attribute_key": "team_id", "filter_operator": "is_present", "values": [], "query_operator": None}]}


@given(attribute=st.one_of(st.text(max_size=12), st.sampled_from(["status", "labels", "created_at", "vip_tier"])),
       operator=st.one_of(st.text(max_size=12), st.sampled_from(OPERATORS)),
       values=st.lists(st.one_of(st.text(max_size=12), st.integers(), st.dates(), st.datetimes(), st.booleans(),
                                 st.none(), st.floats()), max_size=3),
       joiner=st.sampled_from(["and", "OR", "xor", ""]))
def test_any_condition_is_built_or_refused_with_validation_failed(
        attribute: str, operator: str, values: list[object], joiner: str) -> None:
    try:
        body = filter_payload([FilterCondition(attribute, operator, tuple(values), joiner)])  # type: ignore[arg-type]
    except ValidationFailed as refused:
        assert refused.user_message
        return
    json.dumps(body)
    assert body["payload"][0]["attribute_key"] == attribute and body["payload"][0]["query_operator"] is None
