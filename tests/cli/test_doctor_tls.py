"""`doctor` against the sandbox served over HTTPS/WSS with a self-signed certificate: without `--insecure`
it stops at a one-line TLS error (exit 4); with it, REST and the `wss://` subscriptions all pass."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from desktop.sandbox.testing import SEEDED_USERS
from tests.api.realtime_support import TlsSandbox
from tests.cli.test_doctor import doctor, one_line


@pytest.fixture(scope="module")
def tls_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsSandbox]:
    running = TlsSandbox(tmp_path_factory.mktemp("tls-doctor"))
    yield running
    running.stop()


def test_untrusted_certificate_is_a_tls_error(tls_sandbox: TlsSandbox) -> None:
    result = doctor("--server", tls_sandbox.url, "--token", SEEDED_USERS["mona"].token)
    assert result.returncode == 4
    line = one_line(result.stderr)
    assert line.startswith("doctor: TLS error") and "certificate" in line and "--insecure" in line


def test_insecure_checks_everything_over_tls(tls_sandbox: TlsSandbox) -> None:
    result = doctor(
        "--server", tls_sandbox.url, "--token", SEEDED_USERS["mona"].token, "--insecure", "--json"
    )
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["server"]["url"] == tls_sandbox.url
    assert [w["realtime"] for w in report["workspaces"]] == ["ok", "ok", "ok"]

    human = doctor("--server", tls_sandbox.url, "--token", SEEDED_USERS["mona"].token, "--insecure")
    assert human.returncode == 0 and "TLS certificate NOT verified: --insecure" in human.stdout
