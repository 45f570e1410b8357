"""Hypothesis fuzzing of every decoder: arbitrary JSON values and mutated real payloads either decode or raise
`MalformedResponse`, never KeyError/TypeError/ValueError/AttributeError/OverflowError (decoders are fuzzed: malformed payloads raise only the typed error)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.api.chatwoot import decode as d
from desktop.domain.errors import MalformedResponse, NotChatwoot
from tests.api import payloads as p
from tests.api.strategies import json_values

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: random JSON mostly fails the first shape check, so fewer examples suffice; mutations go deeper
FUZZ_ARBITRARY = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DECODERS: dict[str, Callable[[Any], object]] = {
    "conversation": d.decode_conversation,
    "message": d.decode_message,
    "contact": d.decode_contact,
    "person": d.decode_person,
    "agent": d.decode_agent,
    "team": d.decode_team,
    "user": d.decode_user,
    "workspace": d.decode_workspace,
    "inbox": d.decode_inbox,
    "label": d.decode_label,
    "saved_reply": d.decode_saved_reply,
    "attachment": d.decode_attachment,
    "counts": d.decode_counts,
    "counts_response": d.decode_counts_response,
    "conversation_page": d.decode_conversation_page,
    "conversation_list": d.decode_conversation_list,
    "message_page": d.decode_message_page,
    "status_payload": d.decode_status_payload,
    "labels_payload": d.decode_labels_payload,
    "agent_load": d.decode_agent_load,
    "report_summary": d.decode_report_summary,
    "payload_list": d.payload_list,
}

SEEDS: dict[str, tuple[Callable[[Any], object], Callable[[], Any]]] = {
    "conversation_rest": (d.decode_conversation, p.conversation_rest),
    "conversation_push": (d.decode_conversation, p.conversation_push),
    "message_rest": (d.decode_message, p.message_rest),
    "message_push": (d.decode_message, p.message_push),
    "contact_rest": (d.decode_contact, p.contact_rest),
    "user": (d.decode_user, p.user),
    "agent": (d.decode_agent, p.agent),
    "inbox": (d.decode_inbox, p.inbox),
    "conversation_page": (d.decode_conversation_page,
                          lambda: {"data": {"meta": {"all_count": 1}, "payload": [p.conversation_rest()]}}),
    "message_page": (d.decode_message_page,
                     lambda: {"meta": {"contact": p.contact_push(), "labels": ["a"]}, "payload": [p.message_push()]}),
}


def _decode_only_malformed(decoder: Callable[[Any], object], value: Any) -> None:
    try:
        decoder(value)
    except MalformedResponse:
        pass


@pytest.mark.parametrize("name", sorted(DECODERS))
@FUZZ_ARBITRARY
@given(value=json_values)
def test_arbitrary_json_raises_only_malformed(name: str, value: Any) -> None:
    _decode_only_malformed(DECODERS[name], value)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts/lists (the root excluded)."""
    found: list[tuple[Any, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for k, v in items:
        found.append((*prefix, k))
        found.extend(_paths(v, (*prefix, k)))
    return found


def _mutate(payload: Any, path: tuple[Any, ...], action: str, replacement: Any) -> Any:
    mutated = copy.deepcopy(payload)
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        if isinstance(parent, dict):
            del parent[last]
        else:
            parent.pop(last)
    else:
        parent[last] = replacement
    return mutated


@pytest.mark.parametrize("name", sorted(SEEDS))
@FUZZ
@given(data=st.data())
def test_mutated_real_payloads_raise_only_malformed(name: str, data: st.DataObject) -> None:
    decoder, build = SEEDS[name]
    payload = build()
    decoder(payload)  # the unmutated seed decodes
    paths = _paths(payload)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(paths))
        action = data.draw(st.sampled_from(["delete", "replace"]))
        try:
            payload = _mutate(payload, path, action, data.draw(json_values))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this path's parent
        paths = _paths(payload) or paths
    _decode_only_malformed(decoder, payload)


@FUZZ
@given(value=json_values)
def test_server_info_raises_only_not_chatwoot(value: Any) -> None:
    try:
        info = d.decode_server_info(value)
    except NotChatwoot:
        return
    assert isinstance(value, dict) and info.version == (value["version"] or None)


def test_deep_nesting_is_malformed_not_recursion_error() -> None:
    value: Any = p.conversation_rest()
    nested: Any = []
    for _ in range(50):
        nested = [nested]
    value["meta"]["sender"] = nested
    with pytest.raises(MalformedResponse):
        d.decode_conversation(value)


HOSTILE = [None, True, False, 0, -1, 1.5, 10**30, float("nan"), float("inf"), "", "x", "2025-13-45", [], [1],
           {}, {"id": "x"}]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_field_replaced_or_removed_raises_only_malformed(name: str) -> None:
    """Exhaustive companion of the random mutations: each path of the seed, deleted or set to each hostile
    value in turn."""
    decoder, build = SEEDS[name]
    seed = build()
    for path in _paths(seed):
        for action, value in [("delete", None), *(("replace", v) for v in HOSTILE)]:
            _decode_only_malformed(decoder, _mutate(seed, path, action, value))
