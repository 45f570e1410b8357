"""`python -m desktop doctor` run as a real subprocess against the sandbox (and against things that are not
a Chatwoot server): the JSON report matches what the REST API says, and every kind of failure exits non-zero
with one plain line naming the cause, without printing the secret it was given."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.sandbox.testing import RunningSandbox

ROOT = Path(__file__).resolve().parents[2]


def doctor(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "doctor", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=ROOT,
    )


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got {lines!r}"
    return lines[0]


def rest(sandbox: RunningSandbox, path: str, **params: Any) -> Any:
    response = httpx.get(
        f"{sandbox.url}{path}", params=params, headers={"api_access_token": sandbox.users["mona"].token}
    )
    response.raise_for_status()
    return response.json()


def test_json_report_matches_the_rest_api(sandbox: RunningSandbox) -> None:
    mona = sandbox.users["mona"]
    result = doctor("--server", sandbox.url, "--token", mona.token, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # exactly one JSON object on stdout
    assert report["ok"] is True and "error" not in report
    assert report["server"]["url"] == sandbox.url
    assert report["server"]["version"] == rest(sandbox, "/api")["version"]

    profile = rest(sandbox, "/api/v1/profile")
    assert report["user"] == {"id": profile["id"], "name": profile["name"], "email": profile["email"]}
    accounts = {a["id"]: a for a in profile["accounts"]}
    assert [w["id"] for w in report["workspaces"]] == [a["id"] for a in profile["accounts"]]
    assert sorted(accounts) == [1, 2, 3]
    for workspace in report["workspaces"]:
        account = accounts[workspace["id"]]
        assert workspace["name"] == account["name"]
        assert workspace["name"] in result.stdout  # Arabic kept as is (ensure_ascii=False)
        assert workspace["role"] == account["role"] == "administrator"
        assert workspace["availability"] == account["availability"]
        meta = rest(sandbox, f"/api/v1/accounts/{workspace['id']}/conversations/meta", status="open")["meta"]
        assert workspace["counts"] == {
            "mine": meta["mine_count"],
            "unassigned": meta["unassigned_count"],
            "assigned": meta["assigned_count"],
            "all": meta["all_count"],
        }
        assert workspace["realtime"] == "ok"
    assert any(w["counts"]["all"] > 0 for w in report["workspaces"])
    assert mona.token not in result.stdout + result.stderr


def device_sessions(sandbox: RunningSandbox, user_id: int) -> int:
    with sqlite3.connect(sandbox.db_path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM sessions WHERE user_id=?", (user_id,)).fetchone()[0])


def test_human_checklist_with_email_and_password(fresh_sandbox: RunningSandbox) -> None:
    mona = fresh_sandbox.users["mona"]
    sessions = device_sessions(fresh_sandbox, mona.user_id)
    assert sessions < 25  # below the server's cap, so a session left behind would show
    result = doctor("--server", fresh_sandbox.url, "--email", mona.email, "--password", mona.password)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert device_sessions(fresh_sandbox, mona.user_id) == sessions  # it signed out again
    assert "✓ signed in as Mona Adel" in result.stdout
    assert "Customer Support — خدمة العملاء" in result.stdout
    assert result.stdout.count("realtime: ✓ subscription confirmed") == 3
    assert mona.password not in result.stdout


def test_mfa_account_asks_for_otp_then_passes_with_it(sandbox: RunningSandbox) -> None:
    nour = sandbox.users["nour"]
    result = doctor("--server", sandbox.url, "--email", nour.email, "--password", nour.password)
    assert result.returncode != 0
    assert "--otp" in one_line(result.stderr)

    wrong = "000000" if nour.totp() != "000000" else "111111"
    result = doctor(
        "--server", sandbox.url, "--email", nour.email, "--password", nour.password, "--otp", wrong
    )
    assert result.returncode != 0
    assert "--otp code was refused" in one_line(result.stderr)

    result = doctor(
        "--server",
        sandbox.url,
        "--email",
        nour.email,
        "--password",
        nour.password,
        "--otp",
        nour.totp(),
        "--json",
    )
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert [(w["id"], w["role"], w["realtime"]) for w in report["workspaces"]] == [(1, "agent", "ok")]


def test_wrong_token(sandbox: RunningSandbox) -> None:
    result = doctor("--server", sandbox.url, "--token", "not-a-real-token")
    assert result.returncode != 0
    line = one_line(result.stderr)
    assert "Authentication failed" in line and "access token" in line
    assert "not-a-real-token" not in result.stdout + result.stderr

    result = doctor("--server", sandbox.url, "--token", "not-a-real-token", "--json")
    report = json.loads(result.stdout)
    assert result.returncode != 0 and report["ok"] is False
    assert "Authentication failed" in report["error"] and "\n" not in report["error"]


@pytest.fixture
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again: nothing listens there


def test_wrong_port(free_port: int) -> None:
    result = doctor("--server", f"http://127.0.0.1:{free_port}", "--token", "whatever")
    assert result.returncode != 0
    line = one_line(result.stderr)
    assert "Cannot reach" in line and "refused" in line

    report = json.loads(doctor("--server", f"http://127.0.0.1:{free_port}", "--token", "x", "--json").stdout)
    assert report["ok"] is False and "Cannot reach" in report["error"] and report["server"]["version"] is None


class _HtmlHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<!doctype html><html><body><h1>Welcome to our shop</h1></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def html_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HtmlHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_not_a_chatwoot_server(html_site: str) -> None:
    result = doctor("--server", html_site, "--token", "whatever")
    assert result.returncode != 0
    assert "is not a Chatwoot server" in one_line(result.stderr)


def test_usage_error_without_credentials(sandbox: RunningSandbox) -> None:
    result = doctor("--server", sandbox.url)
    assert result.returncode == 2
    assert "--token" in result.stderr
    result = doctor("--server", sandbox.url, "--json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["ok"] is False and "--token" in report["error"]


def test_tls_error(sandbox: RunningSandbox) -> None:
    # speaking TLS to a plain-HTTP port fails the handshake: a TLS error, not "unreachable"
    https_url = sandbox.url.replace("http://", "https://")
    result = doctor("--server", https_url, "--token", "whatever")
    assert result.returncode != 0
    assert one_line(result.stderr).startswith("doctor: TLS error")


def test_realtime_refused(fresh_sandbox: RunningSandbox) -> None:
    fresh_sandbox.set_faults(refuse_websockets=True)
    mona = fresh_sandbox.users["mona"]
    result = doctor("--server", fresh_sandbox.url, "--token", mona.token, "--json")
    assert result.returncode != 0
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["error"].startswith("Realtime refused for workspace 1, 2, 3")
    assert "HTTP 403" in report["error"]
    assert [w["realtime"] for w in report["workspaces"]] == ["failed"] * 3
    # everything before realtime was still checked and reported
    assert all(w["counts"] is not None for w in report["workspaces"])
