"""SouqDesk: a native desktop client for support agents on a Chatwoot-compatible inbox."""

import sys as _sys

__version__ = "0.1.0"

if "shibokensupport.feature" in _sys.modules:  # PySide6 came first (tests, benchmarks, tools): its import
    from desktop.system.pyside_hook import quicken_source_check  # hook must not keep every module's source

    quicken_source_check()
