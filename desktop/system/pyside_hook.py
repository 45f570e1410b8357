"""PySide6's import hook, answered without keeping every module's source in memory.

PySide6 (6.x) asks of every module imported after it whether its source names "PySide6" (for
`from __feature__ import ...`), through `inspect.getsource`. That looks the module up among all loaded ones
(about 0.2 ms a module, 25 ms before the cached first paint) and leaves the module's whole source in
`linecache`, for the life of the process: with the app's modules imported, about 180,000 lines, 12-13 MB
of RSS that nothing ever reads. `quicken_source_check()` answers the same question by reading the source
file once; modules without a `.py` file keep PySide6's own check, except in a frozen bundle, which ships no
source (its modules' `__file__` name a `.py` file that is not there): there the answer is no at once, as
PySide6's check gives after searching every loader for the source. It does nothing when PySide6 is not
imported yet or has no such hook, and is idempotent.

Called by the composition root right after `import PySide6`, and by the `desktop` package itself when it is
imported after PySide6 (tests, benchmarks, tools), so every process that runs the app's code gets it.
Imports nothing from Qt.
"""

from __future__ import annotations

import sys


def quicken_source_check() -> None:
    """Replace PySide6's "does this module use PySide6" check with one that reads the source file."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__name__", "") != "_mod_uses_pyside":
        return

    def _mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except FileNotFoundError:
            if getattr(sys, "frozen", False):  # a bundle ships no source: PySide6's search would find none either
                return False
            return bool(original(module))
        except OSError:
            return bool(original(module))

    _mod_uses_pyside.__name__ = "_quick_mod_uses_pyside"
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
