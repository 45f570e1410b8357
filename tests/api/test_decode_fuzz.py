"""Hypothesis fuzzing of every decoder: arbitrary JSON values and mutated real payloads either decode or raise
`MalformedResponse`, never KeyError/TypeError/ValueError/AttributeError/OverflowError (decoders are fuzzed: malformed payloads raise only the typed error)."""

from __future__ import annotations

import copy
import json
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


# -- the same decoders fed JSON bytes (REST bodies decoded straight from the wire) ------------------------
def _as_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


@pytest.mark.parametrize("name", sorted(DECODERS))
@FUZZ_ARBITRARY
@given(value=json_values)
def test_arbitrary_json_bytes_raise_only_malformed(name: str, value: Any) -> None:
    _decode_only_malformed(DECODERS[name], _as_bytes(value))


@pytest.mark.parametrize("name", sorted(DECODERS))
@pytest.mark.parametrize("body", [b"", b"   ", b"not json", b"{", b'{"id": 1', b"\xff\xfe", b"[" * 3 + b"]" * 2,
                                  b'{"id": NaN}', b'[1, 2'])
def test_broken_json_bytes_are_malformed(name: str, body: bytes) -> None:
    with pytest.raises(MalformedResponse):
        DECODERS[name](body)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_bytes_and_parsed_values_decode_alike(name: str) -> None:
    decoder, build = SEEDS[name]
    assert decoder(_as_bytes(build())) == decoder(build())
    assert decoder(bytearray(_as_bytes(build()))) == decoder(memoryview(_as_bytes(build())))


@pytest.mark.parametrize("name", sorted(SEEDS))
@FUZZ
@given(data=st.data())
def test_mutated_real_payloads_as_bytes_raise_only_malformed(name: str, data: st.DataObject) -> None:
    decoder, build = SEEDS[name]
    payload = build()
    paths = _paths(payload)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        try:
            payload = _mutate(payload, data.draw(st.sampled_from(paths)), data.draw(st.sampled_from(["delete", "replace"])),
                              data.draw(json_values))
        except (KeyError, IndexError, TypeError):
            continue
        paths = _paths(payload) or paths
    _decode_only_malformed(decoder, _as_bytes(payload))


# -- nesting depth and huge sizes ----------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [50, 900, 5_000])
def test_deep_nesting_in_a_free_form_field_never_raises_recursion_error(depth: int) -> None:
    """`custom_attributes` is free-form, so the decoder reads whatever nesting it holds: a moderate depth
    decodes, a hostile one is malformed; never a RecursionError, parsed or as bytes."""
    text = "[" * depth + "]" * depth
    body = _as_bytes(p.conversation_rest()).replace(b'"custom_attributes": {}', b'"custom_attributes": {"x": ' +
                                                    text.encode() + b"}", 1)
    for value in (body, _parsed_or_none(body)):
        if value is None:
            continue
        try:
            conversation = d.decode_conversation(value)
        except MalformedResponse as exc:
            assert "nested too deeply" in str(exc.detail) or "conversation" in str(exc.detail)
        else:
            assert conversation.id == 42


def _parsed_or_none(body: bytes) -> Any:
    try:
        return json.loads(body)
    except RecursionError:  # the stdlib parser gives up first; the bytes path is the one that matters
        return None


def test_hostile_nesting_as_bytes_is_malformed() -> None:
    body = b'{"payload": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with pytest.raises(MalformedResponse):
        d.decode_message_page(body)
    with pytest.raises(MalformedResponse):
        d.decode_conversation(b"[" * 200_000)


def test_huge_bodies_decode_or_are_malformed() -> None:
    """A 2,000-conversation page (several MB), an 8 MB message text and 400-digit numbers."""
    page = {"data": {"meta": {"all_count": 2000}, "payload": [p.conversation_rest(id=i) for i in range(1, 2001)]}}
    body = _as_bytes(page)
    assert len(body) > 4_000_000
    decoded = d.decode_conversation_page(body, page_size=2000)
    assert [c.id for c in decoded.conversations] == list(range(1, 2001)) and decoded.has_more
    huge_text = "مرحبا " * 1_400_000
    message = d.decode_message(_as_bytes(p.message_push(content=huge_text)))
    assert message.content == huge_text
    big = b"1" + b"0" * 400
    for field in (b'"id": 9002', b'"created_at": 1765705300', b'"inbox_id": 3'):
        mutated = _as_bytes(p.message_push()).replace(field, field.split(b":")[0] + b": " + big, 1)
        _decode_only_malformed(d.decode_message, mutated)
    with pytest.raises(MalformedResponse):
        d.decode_message(_as_bytes(p.message_push()).replace(b'"created_at": 1765705300',
                                                             b'"created_at": ' + big, 1))
