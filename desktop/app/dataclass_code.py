"""Compiled dataclass methods kept between starts, as `.pyc` files keep compiled modules.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__`, … and compiles it when the
class is created: about 3 M instructions a class (four fifths of what creating a dataclass costs), some 40
classes before the first paint from the start cache and more than 100 on a start without it. `install()`
makes the `dataclasses` module compile that source through a cache keyed by the exact source text, loaded
from a file beside this module's bytecode (under `sys.pycache_prefix` when set; in the user's cache folder
when that one cannot be written) and written back at exit when the run compiled something new, so a start
compiles only what changed. The same text is compiled the
same way `exec` would (file name "<string>", no inherited `__future__` flags): the classes are identical.

Nothing is changed when this Python's `dataclasses` does not compile through a module-level `exec` name, and
nothing is written where bytecode is not (`sys.dont_write_bytecode`, a frozen bundle).
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import sys
from types import CodeType, FunctionType
from typing import Any

#: entries kept at most: beyond, only those of the last run that compiled something are written
MAX_ENTRIES = 4096


def _uses_exec(module: Any) -> bool:
    """Does some function of `module` (or a method of one of its classes) call a global `exec`?"""
    if "exec" in vars(module):
        return False  # already shadowed (installed, or someone else's)
    for value in vars(module).values():
        functions = [value] if isinstance(value, FunctionType) else \
            [v for v in vars(value).values() if isinstance(v, FunctionType)] if isinstance(value, type) else []
        if any("exec" in function.__code__.co_names for function in functions):
            return True
    return False


def cache_file() -> str | None:
    """Where the compiled methods are kept: beside this module's bytecode when that folder can be written
    (a development checkout, a per-user install), else in the user's cache folder (a system-wide install:
    `$SOUQDESK_HOME/cache`, `$XDG_CACHE_HOME`, `~/Library/Caches`, `%LOCALAPPDATA%`); None in a bundle."""
    if getattr(sys, "frozen", False):
        return None  # a bundle: its folder is the installed app's, not ours to write
    name = f"dataclass-methods.{sys.implementation.cache_tag}.marshal"
    try:
        import importlib.util

        beside = os.path.dirname(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError, TypeError):
        return None
    if _writable(beside):
        return os.path.join(beside, name)
    return os.path.join(_user_cache(), name)


def _writable(folder: str) -> bool:
    """Can `folder` (or its nearest existing parent, where it would be created) be written?"""
    while not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent
    return os.access(folder, os.W_OK)


def _user_cache() -> str:
    home = os.environ.get("SOUQDESK_HOME")  # desktop.system.paths.HOME_ENV (no Qt before the first paint)
    if home:
        return os.path.join(home, "cache")
    if sys.platform == "win32":
        return os.path.join(os.environ.get("LOCALAPPDATA") or os.path.expanduser("~"), "SouqDesk", "cache")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/SouqDesk")
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "SouqDesk")


def _magic() -> bytes:
    import importlib.util

    return importlib.util.MAGIC_NUMBER


class CompiledMethods:
    """The `exec` the `dataclasses` module calls: compiles each source once, across runs."""

    def __init__(self, known: dict[str, CodeType]) -> None:
        self.known = known
        self.used: dict[str, CodeType] = {}
        self.compiled = 0  # sources compiled in this run (not found in the cache)

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            code = self.known.get(source)
            if code is None:
                code = self.known[source] = compile(source, "<string>", "exec", dont_inherit=True)
                self.compiled += 1
            self.used[source] = code
            source = code
        builtins.exec(source, globals, locals)

    def save(self, path: str) -> None:
        """Write the cache when this run compiled something (atomically; failures are ignored)."""
        if not self.compiled or sys.dont_write_bytecode:
            return
        entries = self.known if len(self.known) <= MAX_ENTRIES else self.used
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            partial = f"{path}.{os.getpid()}.tmp"
            with open(partial, "wb") as out:
                out.write(marshal.dumps((_magic(), entries)))
            os.replace(partial, path)
        except OSError:
            pass


def _load(path: str) -> dict[str, CodeType]:
    try:
        with open(path, "rb") as source:
            magic, entries = marshal.loads(source.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if magic != _magic() or not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, CodeType)}


def install() -> CompiledMethods | None:
    """Compile dataclass methods through the cache from now on; None when this Python is not suited."""
    current = vars(dataclasses).get("exec")
    if isinstance(current, CompiledMethods):
        return current
    path = cache_file()
    if path is None or not _uses_exec(dataclasses):
        return None
    compiled = CompiledMethods(_load(path))
    dataclasses.exec = compiled  # type: ignore[attr-defined]
    import atexit

    atexit.register(compiled.save, path)
    return compiled
