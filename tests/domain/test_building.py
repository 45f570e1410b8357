"""The fast builders store the fields through a twin of the class (a subclass that adds no slots: the same
layout) and then make the object an instance of the real class: what comes out must be exactly what the dataclass builds — the class
itself, frozen, equal, same hash and repr — and a class the twin cannot match is still built correctly."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from desktop.domain.building import constructor, replacer, setter
from desktop.domain.models import Conversation, DeliveryStatus, Message, MessageType, Person, SenderKind

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_a_built_message_is_the_dataclass_itself() -> None:
    sender = constructor(Person)(5, "مريم حسن", SenderKind.CONTACT, "", None)
    values = [9, 7, "تمام", MessageType.INCOMING, NOW, False, DeliveryStatus.SENT,
              "text", sender, (), "e-1", 3, None, None, False, None]
    built = constructor(Message)(*values)
    expected = Message(*values)
    assert type(built) is Message and type(sender) is Person
    assert built == expected and hash(built) == hash(expected) and repr(built) == repr(expected)
    assert [getattr(built, f.name) for f in dataclasses.fields(Message)] == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.content = "changed"  # type: ignore[misc]
    assert dataclasses.replace(built, content="x").content == "x"
    assert replacer(Message)(built, id=10) == dataclasses.replace(expected, id=10)


def test_every_field_of_a_conversation_lands_in_its_own_slot() -> None:
    names = [f.name for f in dataclasses.fields(Conversation)]
    values = [object() for _ in names]  # distinct, so a field stored in another's slot would show
    built = constructor(Conversation)(*values)
    assert type(built) is Conversation
    assert all(getattr(built, name) is value for name, value in zip(names, values, strict=True))


def test_a_setter_is_a_replace_of_its_fields() -> None:
    names = [f.name for f in dataclasses.fields(Conversation)]
    values = [object() for _ in names]
    built = constructor(Conversation)(*values)
    message, unread = object(), object()
    changed = setter(Conversation, "last_message", "unread_count")(built, message, unread)
    assert type(changed) is Conversation
    expected = dict(zip(names, values, strict=True)) | {"last_message": message, "unread_count": unread}
    assert all(getattr(changed, name) is expected[name] for name in names)
    assert all(getattr(built, name) is value for name, value in zip(names, values, strict=True))  # (untouched)
    with pytest.raises(TypeError):
        setter(Conversation, "no_such_field")
    with pytest.raises(TypeError):
        setter(Conversation, "id", "id")


def test_a_replaced_conversation_is_what_dataclasses_replace_makes() -> None:
    names = [f.name for f in dataclasses.fields(Conversation)]
    original = constructor(Conversation)(*[object() for _ in names])
    changes = {"unread_count": 3, "labels": ("vip",), "muted": True}
    replaced = replacer(Conversation)(original, **changes)
    assert type(replaced) is Conversation and replaced is not original
    assert all(getattr(replaced, name) is changes.get(name, getattr(original, name)) for name in names)
    assert type(replacer(Conversation)(original)) is Conversation
    with pytest.raises(TypeError):
        replacer(Conversation)(original, unread=1)
    with pytest.raises(TypeError):
        replacer(Conversation)(original, __class__=Message)
    with pytest.raises(dataclasses.FrozenInstanceError):
        replaced.muted = False  # type: ignore[misc]


def test_a_class_with_fields_in_a_slotted_base_is_built_as_itself() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Base:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived(Base):
        b: str

    built = constructor(Derived)(1, "x")
    assert type(built) is Derived and built == Derived(1, "x") and repr(built) == repr(Derived(1, "x"))
    assert setter(Derived, "b")(built, "z") == Derived(1, "z")
    assert replacer(Derived)(built, a=2) == Derived(2, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.b = "y"  # type: ignore[misc]
