"""Cold start: the api layer imports httpx only when a request is made (not for the first paint from the start
cache), and every REST client of the process shares one TLS context per verify setting (creating one costs
~50 ms).

The import checks run in fresh interpreters: this test process has imported httpx long ago.
"""

from __future__ import annotations

import ssl
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.api.chatwoot.client import ChatwootClient

ROOT = Path(__file__).resolve().parents[3]


def run_fresh(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


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
