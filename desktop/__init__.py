"""SouqDesk: a native desktop client for support agents on a Chatwoot-compatible inbox.

Importing the package sets two things for every process that runs the app's code (the app, the tests, the
benchmarks, the tools), whatever it imported first:
- httpx's command-line tool is never used: marked absent, `import httpx` does not pull in click, rich and
  pygments where they happen to be installed (~70 ms of cold start and ~4.6 MB of RSS in a development venv);
- when PySide6 is already imported, its import hook is answered without keeping every later module's source
  in memory (`desktop.system.pyside_hook`; the app calls it itself, right after importing PySide6).
"""

import sys as _sys

__version__ = "0.1.0"

_sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

if "shibokensupport.feature" in _sys.modules:  # PySide6 came first
    from desktop.system.pyside_hook import quicken_source_check

    quicken_source_check()
