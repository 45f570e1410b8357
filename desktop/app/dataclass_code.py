"""Compiled dataclass methods kept between starts, as `.pyc` files keep compiled modules.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__`, … and compiles it when the
class is created: about 3 M instructions a class (four fifths of what creating a dataclass costs), some 40
classes before the first paint from the start cache and more than 100 on a start without it. `install()`
makes the `dataclasses` module compile that source through a cache keyed by the exact source text (which
names every field, default and option of the class), under a header naming this Python's bytecode magic
number and optimisation level: a cache made by another Python, or by other code, is never used for it. The
same text is compiled the same way `exec` would (file name "<string>", no inherited `__future__` flags): the
classes are identical. Each entry stays marshalled until a class asks for it.

Where the cache is:
- from source: a file beside this module's bytecode (under `sys.pycache_prefix` when set; in the user's cache
  folder when that one cannot be written), written back at exit when the run compiled something new, so a
  start compiles only what changed; nothing is written where bytecode is not (`sys.dont_write_bytecode`);
- in a frozen bundle (which writes no bytecode): a read-only file the bundle ships beside this module,
  written when the bundle is built (`write_for(modules, path)`, run by `build_spec/dataclass_cache.py` from
  the same tree), used when present and valid; nothing is ever written in the installed app's folder.

Nothing is changed when this Python's `dataclasses` does not compile through a module-level `exec` name.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import sys
from collections.abc import Iterable
from types import CodeType, FunctionType
from typing import Any

#: entries kept at most: beyond, only those of the last run that compiled something are written
MAX_ENTRIES = 4096
#: layout of the file: (header, {source text: marshalled code object})
FORMAT = 2


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


def file_name() -> str:
    return f"dataclass-methods.{sys.implementation.cache_tag}.marshal"


def shipped_file() -> str | None:
    """The read-only cache of a frozen bundle (in its data folder, `sys._MEIPASS`, as `desktop/app/...`);
    None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    return os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "desktop", "app", file_name())


def cache_file() -> str | None:
    """Where the compiled methods are kept: beside this module's bytecode when that folder can be written
    (a development checkout, a per-user install), else in the user's cache folder (a system-wide install:
    `$SOUQDESK_HOME/cache`, `$XDG_CACHE_HOME`, `~/Library/Caches`, `%LOCALAPPDATA%`); None in a bundle."""
    if getattr(sys, "frozen", False):
        return None  # a bundle: its folder is the installed app's, not ours to write (see `shipped_file`)
    try:
        import importlib.util

        beside = os.path.dirname(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError, TypeError):
        return None
    if _writable(beside):
        return os.path.join(beside, file_name())
    return os.path.join(_user_cache(), file_name())


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


def _header() -> tuple[int, bytes, int]:
    """What a cache must have been made with: this layout, this bytecode format, this optimisation level."""
    import importlib.util

    return FORMAT, importlib.util.MAGIC_NUMBER, sys.flags.optimize


def _compile(source: str) -> CodeType:
    return compile(source, "<string>", "exec", dont_inherit=True)


class CompiledMethods:
    """The `exec` the `dataclasses` module calls: compiles each source once, across runs."""

    def __init__(self, known: dict[str, bytes]) -> None:
        self.known = known  # source text -> marshalled code, as read from the file
        self.used: dict[str, CodeType] = {}  # the sources of this run
        self.compiled = 0  # sources compiled in this run (not found in the cache)

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            code = self.used.get(source)
            if code is None:
                code = self.used[source] = self._cached(source) or self._compiled(source)
            source = code
        builtins.exec(source, globals, locals)

    def _cached(self, source: str) -> CodeType | None:
        blob = self.known.get(source)
        if blob is None:
            return None
        try:
            code = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):
            return None
        return code if isinstance(code, CodeType) else None

    def _compiled(self, source: str) -> CodeType:
        self.compiled += 1
        self.known.pop(source, None)  # unreadable: replaced at the next save
        return _compile(source)

    def save(self, path: str) -> None:
        """Write the cache when this run compiled something (atomically; failures are ignored)."""
        if not self.compiled or sys.dont_write_bytecode:
            return
        new = {source: marshal.dumps(code) for source, code in self.used.items() if source not in self.known}
        entries = {**self.known, **new}
        if len(entries) > MAX_ENTRIES:
            entries = {source: self.known.get(source) or marshal.dumps(code) for source, code in self.used.items()}
        _write(path, entries)


def _write(path: str, entries: dict[str, bytes]) -> bool:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}.tmp"
        with open(partial, "wb") as out:
            out.write(marshal.dumps((_header(), entries)))
        os.replace(partial, path)
    except OSError:
        return False
    return True


def _load(path: str) -> dict[str, bytes]:
    """The entries of the cache at `path`; none when it is missing, unreadable, or made for another Python."""
    try:
        with open(path, "rb") as source:
            header, entries = marshal.loads(source.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if header != _header() or not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, bytes)}


def install() -> CompiledMethods | None:
    """Compile dataclass methods through the cache from now on; None when this Python is not suited (or,
    frozen, when the bundle ships no valid cache)."""
    current = vars(dataclasses).get("exec")
    if isinstance(current, CompiledMethods):
        return current
    if not _uses_exec(dataclasses):
        return None
    shipped = shipped_file()
    if shipped is not None:
        known = _load(shipped)
        if not known:
            return None
        compiled = CompiledMethods(known)  # read-only: never saved
        dataclasses.exec = compiled  # type: ignore[attr-defined]
        return compiled
    path = cache_file()
    if path is None:
        return None
    compiled = CompiledMethods(_load(path))
    dataclasses.exec = compiled  # type: ignore[attr-defined]
    import atexit

    atexit.register(compiled.save, path)
    return compiled


def write_for(modules: Iterable[str], path: str) -> int:
    """Import `modules`, then write the methods of every dataclass created since the cache was installed (and
    only those), compiled afresh and sorted by source for a reproducible file, to `path`; the number of
    entries. For the cache a bundle ships (`build_spec/dataclass_cache.py`): run in a fresh interpreter of
    the bundle's Python."""
    import importlib

    compiled = install()
    if compiled is None:
        raise RuntimeError("this Python's dataclasses module does not compile through `exec`")
    for name in modules:
        importlib.import_module(name)
    entries = {source: marshal.dumps(_compile(source)) for source in sorted(compiled.used)}
    if not _write(path, entries):
        raise OSError(f"could not write {path}")
    return len(entries)
