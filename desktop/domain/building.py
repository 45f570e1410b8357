"""Fast builders for the frozen, slotted domain dataclasses: `constructor` (every field, positionally),
`replacer` (`dataclasses.replace` for one class) and `setter` (a replace of fixed fields, positionally).

A frozen dataclass's own `__init__` stores each field with a generic `object.__setattr__` call, and
`dataclasses.replace` first walks the class's fields and then calls that `__init__` with keywords. The
decoders build several domain objects per realtime event and the stores replace a conversation for every
message; on those paths that generic work was most of the cost (a 16-field message: about 2.5× faster to
build, a 21-field conversation about 5× faster to replace). The objects are the same: equal, same hash,
same repr. The source is generated once per class, as `dataclasses` generates `__init__`; the classes have
no `__post_init__` (the builders would not call it).

The fields are stored through a twin: a subclass that adds no slots, hence has the same memory layout, and
whose `__setattr__` is `object`'s again, so the interpreter stores its attributes directly into the slots (the
frozen class's `__setattr__` refuses them, and calling the slot descriptors one by one is the slow generic
path); the new object then becomes an instance of the real class (`__class__` assignment, allowed between
classes of identical layout, and cheapest from a subclass that adds nothing: no slot names to compare). That
halves the cost of building a message or a conversation again. `replacer` copies every field the same way,
then stores the changes. A class whose `__class__` cannot be assigned is built through the slot descriptors.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def _slots(cls: type[Any]) -> tuple[list[str], dict[str, Any]]:
    fields = dataclasses.fields(cls)
    if "__slots__" not in cls.__dict__ or any(not f.init for f in fields) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass with every field in __init__")
    names = [f.name for f in fields]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_missing": object()}
    for i, name in enumerate(names):
        namespace[f"_set{i}"] = getattr(cls, name).__set__
        namespace[f"_get{i}"] = getattr(cls, name).__get__
    return names, namespace


def _twin(cls: type[Any]) -> type[Any] | None:
    """A subclass of `cls` with its layout and plain attribute stores, whose instances may become instances of
    `cls`; None if none. (`__delattr__` too: with either the frozen one, stores would go through Python.
    `object.__init__`: `twin()` makes a blank instance, more cheaply than `object.__new__(twin)`.)"""
    twin = type(f"_{cls.__name__}Twin", (cls,), {"__slots__": (), "__init__": object.__init__,
                                                 "__setattr__": object.__setattr__, "__delattr__": object.__delattr__})
    try:
        object.__setattr__(object.__new__(twin), "__class__", cls)
    except TypeError:
        return None
    return twin


def constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for `cls` that takes every field in declaration order."""
    names, namespace = _slots(cls)
    args = ", ".join(f"a{i}" for i in range(len(names)))
    twin = _twin(cls)
    if twin is not None:
        namespace["_twin"] = twin
        body = "".join(f"    o.{name} = a{i}\n" for i, name in enumerate(names))
        source = f"def make({args}):\n    o = _twin()\n{body}    o.__class__ = _cls\n    return o\n"
    else:
        body = "".join(f"    _set{i}(o, a{i})\n" for i in range(len(names)))
        source = f"def make({args}):\n    o = _new(_cls)\n{body}    return o\n"
    exec(source, namespace)
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    return make


def replacer(cls: type[T]) -> Callable[..., T]:
    """`dataclasses.replace(obj, **changes)` for `cls`: `replace(obj, **changes)`; an unknown field name
    is a TypeError, as with `dataclasses.replace`."""
    names, namespace = _slots(cls)
    namespace["_names"] = frozenset(names)
    twin = _twin(cls)
    if twin is None:
        body = "".join(f"    v = c.pop({name!r}, _missing)\n    _set{i}(n, _get{i}(o) if v is _missing else v)\n"
                       for i, name in enumerate(names))
        source = ("def replace(o, /, **c):\n    n = _new(_cls)\n" + body +
                  "    if c:\n        raise TypeError(f'unknown fields {sorted(c)}')\n    return n\n")
    else:  # copy every field, then store the changes (checked first: a twin has no other attribute)
        namespace["_twin"] = twin
        body = "".join(f"    n.{name} = o.{name}\n" for name in names)
        source = ("def replace(o, /, **c):\n    if not c.keys() <= _names:\n"
                  "        raise TypeError(f'unknown fields {sorted(c.keys() - _names)}')\n"
                  "    n = _twin()\n" + body +
                  "    for name, value in c.items():\n        _setattr(n, name, value)\n"
                  "    n.__class__ = _cls\n    return n\n")
        namespace["_setattr"] = setattr
    exec(source, namespace)
    replace: Callable[..., T] = namespace["replace"]
    replace.__qualname__ = replace.__name__ = f"replace_{cls.__name__}"
    return replace


def setter(cls: type[T], *changed: str) -> Callable[..., T]:
    """`dataclasses.replace` of the fields `changed` of `cls`, given positionally: `setter(C, "a", "b")(obj, 1,
    2)` is `replace(obj, a=1, b=2)`, built through the twin like `constructor` (no keyword dictionary, no
    lookup per field: a conversation's preview changes with every message of a burst; ~5× faster than
    `replacer`)."""
    names, namespace = _slots(cls)
    if len(set(changed)) != len(changed) or not set(changed) <= set(names):
        raise TypeError(f"not distinct fields of {cls.__name__}: {changed}")
    value = {name: f"v{changed.index(name)}" if name in changed else f"o.{name}" for name in names}
    args = ", ".join(f"v{i}" for i in range(len(changed)))
    twin = _twin(cls)
    if twin is not None:
        namespace["_twin"] = twin
        body = "".join(f"    n.{name} = {value[name]}\n" for name in names)
        source = f"def replace(o, {args}):\n    n = _new(_twin)\n{body}    n.__class__ = _cls\n    return n\n"
    else:
        body = "".join(f"    _set{i}(n, {value[name]})\n" for i, name in enumerate(names))
        source = f"def replace(o, {args}):\n    n = _new(_cls)\n{body}    return n\n"
    exec(source, namespace)
    replace: Callable[..., T] = namespace["replace"]
    replace.__qualname__ = replace.__name__ = f"set_{cls.__name__}"
    return replace
