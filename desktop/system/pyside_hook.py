"""PySide6's import hook, answered without keeping every module's source in memory, and across starts.

PySide6 (6.x) asks of every module imported after it whether its source names "PySide6" (for
`from __feature__ import ...`), through `inspect.getsource`. That looks the module up among all loaded ones
(about 0.2 ms a module, 25 ms before the cached first paint) and leaves the module's whole source in
`linecache`, for the life of the process: with the app's modules imported, about 180,000 lines, 12-13 MB
of RSS that nothing ever reads. `quicken_source_check()` answers the same question by reading the source
file once; modules without a `.py` file keep PySide6's own check, except in a frozen bundle, which ships no
source (its modules' `__file__` name a `.py` file that is not there): there the answer is no at once, as
PySide6's check gives after searching every loader for the source. It does nothing when PySide6 is not
imported yet or has no such hook, and is idempotent.

Answers are kept between starts, as bytecode is: a start without the start cache imports some 365 modules
after PySide6 (4.7 MB of source); for the 409 modules with source of such a start's process, reading and
searching took 8.4-8.7 ms of CPU (files in the page cache; mostly the kernel's), answering from the kept
answers 1.9-2.1 ms. A file whose size and modification time (in ns) are those of the answer kept is not read
again (bytecode is checked against less: seconds and size).
The answers are kept beside this module's bytecode (under `sys.pycache_prefix` when set), written at exit
when the run read a file, only where bytecode is written (not with `sys.dont_write_bytecode`, not in a
frozen bundle).

Called by the composition root right after `import PySide6`, and by the `desktop` package itself when it is
imported after PySide6 (tests, benchmarks, tools), so every process that runs the app's code gets it.
Imports nothing from Qt.
"""

from __future__ import annotations

import marshal
import os
import sys

#: layout of the file: (FORMAT, {source path: (size, mtime_ns, names PySide6)})
FORMAT = 1
#: answers kept at most (the paths of one venv and checkout are far fewer); beyond, only this run's
MAX_ENTRIES = 8192

Answers = dict[str, tuple[int, int, bool]]


def quicken_source_check() -> None:
    """Replace PySide6's "does this module use PySide6" check with one that reads the source file."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__name__", "") != "_mod_uses_pyside":
        return
    path_of_cache = cache_file()
    kept = read_answers(path_of_cache) if path_of_cache is not None else {}
    fresh: Answers = {}

    def _mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            status = os.stat(path)
            stamp = (status.st_size, status.st_mtime_ns)
            known = kept.get(path)
            if type(known) is tuple and len(known) == 3 and known[:2] == stamp:  # a damaged file: read again
                return bool(known[2])
            with open(path, "rb") as source:
                uses = b"PySide6" in source.read()
        except FileNotFoundError:
            if getattr(sys, "frozen", False):  # a bundle ships no source: PySide6's search would find none either
                return False
            return bool(original(module))
        except OSError:
            return bool(original(module))
        kept[path] = fresh[path] = (*stamp, uses)
        return uses

    _mod_uses_pyside.__name__ = "_quick_mod_uses_pyside"
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
    if path_of_cache is not None and not sys.dont_write_bytecode:
        import atexit

        def keep() -> None:
            if fresh:
                write_answers(path_of_cache, kept, fresh)

        atexit.register(keep)


def cache_file() -> str | None:
    """Beside this module's bytecode; None in a frozen bundle (no source to read) or without a bytecode path."""
    if getattr(sys, "frozen", False):
        return None
    try:
        from importlib.util import cache_from_source

        beside = os.path.dirname(cache_from_source(__file__))
    except (NotImplementedError, ValueError, TypeError):
        return None
    return os.path.join(beside, f"pyside-source-check.{sys.implementation.cache_tag}.marshal")


def read_answers(path: str) -> Answers:
    """The answers kept at `path`; none when it is missing, unreadable or of another layout."""
    try:
        with open(path, "rb") as handle:
            layout, answers = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return answers if layout == FORMAT and isinstance(answers, dict) else {}


def write_answers(path: str, kept: Answers, fresh: Answers) -> None:
    """Keep the answers for the next start (this run's when there are too many); never fails the exit."""
    answers = kept if len(kept) <= MAX_ENTRIES else fresh
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps((FORMAT, answers)))
        os.replace(temporary, path)
    except OSError:
        try:
            os.remove(temporary)
        except OSError:
            pass
