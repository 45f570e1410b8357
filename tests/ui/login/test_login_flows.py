"""Signing in through the real sign-in window against the sandbox: password, MFA, token, and each failure
said specifically; "keep me signed in" only ever writes the keyring (never a file).

Password and MFA sign-ins create device sessions, and the server keeps at most 25 per user (evicting the
oldest): a test that holds such a session runs on a sandbox of its own (`fresh_sandbox`), and every test
signs out what it signed in, so no test's session can be evicted by others' sign-ins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from desktop.app import Desktop
from tests.api.servers import Reply, closed_port_url, serve
from tests.support.memory_keyring import MemoryKeyring
from tests.support.sign_in import current_error
from tests.ui.app_harness import build_desktop, shut


def start(qtbot: Any, aloop: Any) -> Desktop:
    desktop, _ = build_desktop(qtbot, with_pane=False)
    aloop.run(desktop.start())
    assert desktop.state == "signin" and desktop.sign_in_window.isVisible()
    return desktop


def submit_server(qtbot: Any, aloop: Any, desktop: Desktop, url: str) -> str:
    form = desktop.sign_in_window.form
    form.server_page.url.setText(url)
    form.server_page.next.click()
    aloop.until(lambda: not form.tasks.busy)
    return current_error(form)


def submit_password(qtbot: Any, aloop: Any, desktop: Desktop, email: str, password: str,
                    remember: bool = True) -> str:
    page = desktop.sign_in_window.form.credentials_page
    page.tabs.setCurrentIndex(0)  # the password tab
    page.email.setText(email)
    page.password.setText(password)
    page.remember.setChecked(remember)
    page.sign_in.click()
    aloop.until(lambda: not desktop.sign_in_window.form.tasks.busy and not desktop._work)
    return current_error(desktop.sign_in_window.form)


def sign_out_and_shut(aloop: Any, desktop: Desktop) -> None:
    """End the device session on the server too (a plain shutdown keeps it), then shut the app down."""
    if desktop.session.user is not None:
        aloop.run(desktop.sign_out())
        assert desktop.state == "signin" and desktop.session.user is None
    shut(aloop, desktop)


def no_secret_on_disk(home: Path, secret: str) -> bool:
    return all(secret not in p.read_text(errors="ignore") for p in home.rglob("*") if p.is_file())


def test_server_step_says_what_is_wrong(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop = start(qtbot, aloop)
    assert "refused the connection" in submit_server(qtbot, aloop, desktop, closed_port_url())  # its own sentence
    assert "does not look like a Chatwoot server" in submit_server(qtbot, aloop, desktop,
                                                                   f"{sandbox.url}/not-chatwoot")
    with serve({("GET", "/api"): Reply(body={"version": "4.9.1"})}, tls=True) as untrusted:
        tls_error = submit_server(qtbot, aloop, desktop, untrusted.url)
    host = untrusted.url.split("://", 1)[1].split(":", 1)[0]
    # the host and why, and what IT can do about it (a company CA by policy)
    assert tls_error.startswith("The security certificate of \u2068" + host + "\u2069 could not be verified (")
    assert "self-signed certificate" in tls_error and "extra_ca_file" in tls_error
    assert "Enter the server address" in submit_server(qtbot, aloop, desktop, "ftp://example.com")
    assert submit_server(qtbot, aloop, desktop, sandbox.url) == ""
    assert desktop.sign_in_window.form.pages.currentWidget() is desktop.sign_in_window.form.credentials_page
    shut(aloop, desktop)


def test_password_sign_in_remembers_in_the_keyring_only(qtbot, aloop, fresh_sandbox, memory_keyring,  # type: ignore[no-untyped-def]
                                                       fresh_home) -> None:
    desktop = start(qtbot, aloop)
    submit_server(qtbot, aloop, desktop, fresh_sandbox.url)
    error = submit_password(qtbot, aloop, desktop, "ahmed@souqdeals.example", "wrong-password")
    assert error == "The email or password is wrong."
    assert submit_password(qtbot, aloop, desktop, "ahmed@souqdeals.example", "ahmed-agent-2026") == ""
    aloop.until(lambda: desktop.state == "main" and desktop.window.isVisible())
    assert desktop.session.remembered
    secrets = [json.loads(v)["access_token"] for v in memory_keyring.store.values() if "access_token" in v]
    assert secrets and all(no_secret_on_disk(fresh_home, secret) for secret in secrets)
    assert "ahmed-agent-2026" not in "".join(p.read_text(errors="ignore") for p in fresh_home.rglob("*")
                                             if p.is_file())
    assert desktop.sign_in_window.form.credentials_page.password.text() == ""  # not kept in the widget
    sign_out_and_shut(aloop, desktop)


def test_mfa_step_with_wrong_and_right_codes(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop = start(qtbot, aloop)
    form = desktop.sign_in_window.form
    submit_server(qtbot, aloop, desktop, fresh_sandbox.url)
    submit_password(qtbot, aloop, desktop, "nour@souqdeals.example", "nour-agent-2026")
    assert form.pages.currentWidget() is form.mfa_page
    form.mfa_page.code.setText("000000")
    form.mfa_page.verify.click()
    aloop.until(lambda: not form.tasks.busy)
    assert current_error(form) == "The verification code is wrong or has expired."
    form.mfa_page.code.setText(fresh_sandbox.users["nour"].totp())
    form.mfa_page.verify.click()
    aloop.until(lambda: desktop.state == "main")
    assert desktop.session.user is not None and desktop.session.user.email == "nour@souqdeals.example"
    sign_out_and_shut(aloop, desktop)


def test_token_sign_in_and_a_bad_token(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop = start(qtbot, aloop)
    form = desktop.sign_in_window.form
    submit_server(qtbot, aloop, desktop, sandbox.url)
    page = form.credentials_page
    page.tabs.setCurrentIndex(1)  # the token tab
    page.token.setText("sbx-not-a-token")
    page.sign_in.click()
    aloop.until(lambda: not form.tasks.busy)
    assert "not valid" in current_error(form) or "wrong" in current_error(form)
    page.token.setText(sandbox.users["ahmed"].token)
    page.sign_in.click()
    aloop.until(lambda: desktop.state == "main")
    assert page.token.text() == ""
    sign_out_and_shut(aloop, desktop)


def test_without_a_keyring_the_session_stays_in_memory(qtbot, aloop, fresh_sandbox, fresh_home) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(FailKeyring())
    try:
        desktop = start(qtbot, aloop)
        submit_server(qtbot, aloop, desktop, fresh_sandbox.url)
        submit_password(qtbot, aloop, desktop, "ahmed@souqdeals.example", "ahmed-agent-2026", remember=True)
        aloop.until(lambda: desktop.state == "main")
        assert not desktop.session.remembered
        assert "No system keyring" in desktop.window.banner.text()
        assert no_secret_on_disk(fresh_home, "ahmed-agent-2026")
        sign_out_and_shut(aloop, desktop)
    finally:
        keyring.set_keyring(MemoryKeyring())


def test_restart_restores_and_sign_out_forgets(qtbot, aloop, fresh_sandbox, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    first = start(qtbot, aloop)
    submit_server(qtbot, aloop, first, fresh_sandbox.url)
    submit_password(qtbot, aloop, first, "ahmed@souqdeals.example", "ahmed-agent-2026", remember=True)
    aloop.until(lambda: first.state == "main")
    shut(aloop, first)
    assert memory_keyring.store  # kept across the restart

    second, _ = build_desktop(qtbot, with_pane=False)
    aloop.run(second.start())
    assert second.state == "main" and not second.sign_in_window.isVisible()
    assert second.session.user is not None and second.session.user.email == "ahmed@souqdeals.example"
    second.registry.trigger("app.sign_out")
    aloop.until(lambda: second.state == "signin")
    assert not any("access_token" in v for v in memory_keyring.store.values())
    assert second.sign_in_window.form.pages.currentWidget() is second.sign_in_window.form.credentials_page
    assert second.window.current_view() is None and second.window.view(1) is None
    shut(aloop, second)

    third, _ = build_desktop(qtbot, with_pane=False)
    aloop.run(third.start())
    assert third.state == "signin"  # nothing to restore any more
    shut(aloop, third)


def test_the_log_file_never_holds_a_secret(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import logging

    from desktop.system.logging import configure_logging

    log_file = configure_logging(tmp_path / "logs", level=logging.DEBUG, console=False)
    try:
        desktop = start(qtbot, aloop)
        submit_server(qtbot, aloop, desktop, fresh_sandbox.url)
        submit_password(qtbot, aloop, desktop, "ahmed@souqdeals.example", "wrong-password")
        submit_password(qtbot, aloop, desktop, "ahmed@souqdeals.example", "ahmed-agent-2026")
        aloop.until(lambda: desktop.state == "main")
        token = desktop.session.client.auth.access_token  # type: ignore[union-attr]
        logging.getLogger("probe").warning("request headers: access-token=%s", token)
        sign_out_and_shut(aloop, desktop)
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    assert log_file is not None
    text = log_file.read_text()
    assert "InvalidCredentials" in text  # the failure was logged…
    assert "wrong-password" not in text and "ahmed-agent-2026" not in text and token not in text  # …no secret
    configure_logging(None, console=False)


def test_mfa_with_a_backup_code(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop = start(qtbot, aloop)
    form = desktop.sign_in_window.form
    submit_server(qtbot, aloop, desktop, fresh_sandbox.url)
    submit_password(qtbot, aloop, desktop, "nour@souqdeals.example", "nour-agent-2026", remember=False)
    assert form.pages.currentWidget() is form.mfa_page
    form.mfa_page.code.setText(fresh_sandbox.users["nour"].backup_codes[0])
    form.mfa_page.verify.click()
    aloop.until(lambda: desktop.state == "main")
    assert not desktop.session.remembered
    sign_out_and_shut(aloop, desktop)
