"""Imported first by the composition root (`desktop.app`), before the api: defers httpx to its first use.

The api layer imports httpx at module level (`errors.py`, `client_messages.py`, `transport.py`) but uses it
only once a request is made. Importing this module binds `httpx` in `sys.modules` to a stand-in
(`defer_import`), so the first paint from the start cache does not pay httpx's ~50 ms; the first request,
after that paint, imports it. httpx's command-line tool is marked absent: its package init would otherwise
import click, rich and pygments when they happen to be installed (~70 ms), and the app never uses it.

The stand-in's `__spec__` is the real module's (already found), so later `import httpx` statements take it
as it is — unlike importlib's `LazyLoader`, whose module an `import` statement already loads (it reads
`__spec__`). Reading any public attribute imports the real module, puts it in `sys.modules` in place of the
stand-in, and copies its names onto the stand-in, which the modules that ran `import httpx` still hold.
Probes of optional dunder attributes (`__wrapped__`, `__file__`: PySide's import hook reads the source of
every newly imported module) do not count as a use.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_LOADING_DUNDERS = frozenset({"__all__", "__path__", "__version__", "__getattr__", "__dir__"})


class DeferredModule(types.ModuleType):
    """The stand-in for a module not imported yet (see the module docstring)."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") and attribute not in _LOADING_DUNDERS:
            raise AttributeError(attribute)
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        self.__dict__.update(real.__dict__)
        return getattr(real, attribute)


def defer_import(name: str, *, absent: tuple[str, ...] = ()) -> bool:
    """Bind `name` to a stand-in that imports it on first use; `absent` submodules are marked missing (an
    optional part the app never uses, such as httpx's command-line tool). False when the module is already
    imported (nothing to defer) or not installed (its normal import reports that where it is needed)."""
    if name in sys.modules:
        return False
    for submodule in absent:
        sys.modules.setdefault(submodule, None)  # type: ignore[arg-type]
    spec = importlib.util.find_spec(name)
    if spec is None:
        return False
    stand_in = DeferredModule(name)
    stand_in.__spec__ = spec
    sys.modules[name] = stand_in
    return True


def is_imported(name: str) -> bool:
    """True when `name`'s real module has run (not just its stand-in)."""
    module = sys.modules.get(name)
    return module is not None and not isinstance(module, DeferredModule)


defer_import("httpx", absent=("httpx._main",))
