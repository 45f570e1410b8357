"""Filling saved-reply variables: known values, fallbacks, prompts, never a raw placeholder."""

from __future__ import annotations

import pytest

from desktop.domain.models import Contact
from desktop.services.variables import (
    UnfilledVariables,
    VariableContext,
    complete,
    fill,
    has_raw_placeholder,
    placeholders,
    with_values,
)

CONTEXT = VariableContext(
    contact=Contact(id=42, name="Fatma Farouk", phone_number="+201001234567", email="fatma@example.com"),
    agent_name="Sara Nasser",
    conversation_id=1007,
)


def test_known_variables_are_filled() -> None:
    text = ("{{contact.name}}|{{contact.first_name}}|{{ contact.phone }}|{{contact.email}}|"
            "{{agent.name}}|{{conversation.id}}|{{contact.last_name}}")
    result = fill(text, CONTEXT)
    assert result.complete
    assert result.text == "Fatma Farouk|Fatma|+201001234567|fatma@example.com|Sara Nasser|1007|Farouk"


def test_fallback_used_when_value_unknown() -> None:
    anonymous = VariableContext(contact=Contact(id=1, name="+201001234567"), agent_name="Sara")
    for template in ("أهلاً {{contact.first_name || 'عميلنا'}}", 'أهلاً {{contact.first_name || "عميلنا"}}',
                     "أهلاً {{ contact.first_name | default: 'عميلنا' }}", "أهلاً {{contact.first_name || عميلنا}}"):
        assert fill(template, anonymous).text == "أهلاً عميلنا", template
    assert fill("Hi {{contact.first_name || 'there'}}", CONTEXT).text == "Hi Fatma"
    assert fill("track/{{order.id || ''}}", anonymous).text == "track/"


def test_unknown_variables_are_reported_once_and_answers_fill_them() -> None:
    template = "Order {{order.id}} for {{contact.email}}: {{order.id}} {{ }}"
    no_email = VariableContext(contact=Contact(id=1, name="Ali"))
    result = fill(template, no_email)
    assert result.missing == ("order.id", "contact.email", "{{ }}")
    assert has_raw_placeholder(result.text)
    with pytest.raises(UnfilledVariables) as info:
        complete(template, no_email, {"order.id": "SD-1", "contact.email": " "})
    assert info.value.names == ("contact.email", "{{ }}")
    text = complete(template, no_email, {"order.id": "SD-1", "contact.email": "a@b.c", "{{ }}": "x"})
    assert text == "Order SD-1 for a@b.c: SD-1 x"
    assert not has_raw_placeholder(text)


def test_extra_values_and_placeholders_listing() -> None:
    context = VariableContext(extra={"order.status": "shipped"})
    assert fill("Status: {{order.status}}", context).text == "Status: shipped"
    found = placeholders("a {{x.y || 'z'}} b {{bad name}}")
    assert [(p.name, p.fallback) for p in found] == [("x.y", "z"), ("bad name", None)]
    assert fill("no variables here", VariableContext()).text == "no variables here"


def test_order_values_are_added_without_overriding_the_context() -> None:
    base = VariableContext(contact=Contact(1, "Mona Adel"), extra={"order.id": "typed-by-caller"})
    assert with_values(base, {}) is base
    context = with_values(base, {"order.id": "SD-1", "order.status": "shipped", "order.eta": ""})
    result = fill("{{order.id}} {{order.status}} {{order.eta || 'soon'}} {{order.carrier}}", context)
    assert result.text == "typed-by-caller shipped soon {{order.carrier}}"
    assert result.missing == ("order.carrier",)  # empty or unknown order data is asked for, never sent raw
