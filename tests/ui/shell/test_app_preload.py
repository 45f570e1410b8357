"""Cold start: the api layer imports httpx only when a request is made (not for the first paint from the start
cache), and every REST client of the process shares one TLS context per verify setting (creating one costs
~50 ms).

The import checks run in fresh interpreters: this test process has imported httpx long ago.
"""

from __future__ import annotations

import ssl

from desktop.api.chatwoot.client import ChatwootClient
from tests.support.fresh import run_fresh


def test_importing_the_app_runs_no_httpx_and_the_first_use_imports_it() -> None:
    out = run_fresh("""
        import sys
        import desktop.app
        print("after app:", "httpx" in sys.modules, "websockets" in sys.modules, "keyring" in sys.modules)
        from desktop.api.chatwoot.transport import normalize_base_url
        print("url:", normalize_base_url("chat.example.com/"))
        print("used:", "httpx._client" in sys.modules)
        print("cli absent:", sys.modules.get("httpx._main", "missing") is None)
    """)
    assert "after app: False False False" in out
    assert "url: https://chat.example.com" in out
    assert "used: True" in out
    assert "cli absent: True" in out


async def test_rest_clients_share_one_tls_context_per_verify_setting() -> None:
    first = ChatwootClient("https://chat.example.com")
    second = ChatwootClient("http://127.0.0.1:9")
    unverified = ChatwootClient("https://chat.example.com", verify=False)
    try:
        contexts = [c._http._transport._pool._ssl_context for c in (first, second, unverified)]  # type: ignore[attr-defined]
        assert contexts[0] is contexts[1]
        assert contexts[0].verify_mode == ssl.CERT_REQUIRED and contexts[0].check_hostname
        assert contexts[2] is not contexts[0]
        assert contexts[2].verify_mode == ssl.CERT_NONE and not contexts[2].check_hostname
    finally:
        for client in (first, second, unverified):
            await client.aclose()


def test_importing_the_app_leaves_out_the_realtime_event_classes_and_the_help_controller() -> None:
    out = run_fresh("""
        import sys
        import desktop.app
        print("loaded:", [m for m in ("desktop.domain.events", "desktop.services.notify",
                                      "desktop.ui.shell.help_actions", "urllib.parse") if m in sys.modules])
    """)
    assert "loaded: []" in out


def test_pyside_module_check_answers_as_pysides_own_check() -> None:
    """PySide6 marks each imported module as using PySide6 or not (for `from __feature__ import ...`); the
    app answers that question by reading the source file: the marks equal those of PySide6's own check."""
    out = run_fresh("""
        import inspect, sys
        import desktop.app
        import desktop.app.flow, desktop.ui.login.window, asyncio, httpx  # noqa: E401
        feature = sys.modules["shibokensupport.feature"]

        def pysides_check(module):
            try:
                return "PySide6" in inspect.getsource(module)
            except (TypeError, OSError, SyntaxError):
                return False

        modules = dict(sys.modules)
        marks = [(name, mark) for name, mark in list(feature.pyside_feature_dict.items()) if name in modules]
        print("replaced:", feature._mod_uses_pyside.__name__)
        print("checked:", len(marks) > 100, sum(mark == 0 for _, mark in marks) > 10)
        print("differ:", [name for name, mark in marks if mark in (0, -1) and (mark == 0) != pysides_check(modules[name])])
    """)
    assert "replaced: _quick_mod_uses_pyside" in out
    assert "checked: True True" in out
    assert "differ: []" in out
