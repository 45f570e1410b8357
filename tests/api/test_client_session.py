"""Server check, sign-in (password, MFA with TOTP and backup code), token auth, sign-out, profile and
availability against the sandbox over loopback HTTP, and the 401 family told apart (§2.3)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.api.chatwoot.client import ChatwootClient, DeviseAuth, TokenAuth
from desktop.api.chatwoot.client_reports import ReportsApi
from desktop.domain.errors import (
    InvalidCredentials,
    MfaCodeInvalid,
    MfaRequired,
    NotAMember,
    NotFound,
    PermissionDenied,
    SessionExpired,
)
from desktop.domain.models import Availability, ConversationQuery, Role
from tests.api.conftest import Clients


async def test_server_info(clients: Clients) -> None:
    info = await clients().server_info()
    assert info.version and info.version[0].isdigit()


async def test_password_sign_in_gives_user_and_devise_session(
    clients: Clients, sandbox: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mona = sandbox.users["mona"]
    client = clients()
    result = await client.sign_in(f"  {mona.email.upper()} ", mona.password)
    assert result.user.email == mona.email and result.user.access_token == mona.token
    assert isinstance(result.auth, DeviseAuth) and result.auth.uid == mona.email
    assert result.auth.expiry is not None and result.auth.expiry > time.time()
    assert client.auth == result.auth  # the client uses the new session at once
    assert {w.id: w.role for w in result.user.workspaces} == {
        aid: Role(role) for aid, role in mona.roles.items()
    }
    profile = await client.profile()  # sent with access-token/client/uid
    assert profile.id == result.user.id and profile.pubsub_token == result.user.pubsub_token
    assert isinstance(result.auth, DeviseAuth)
    # our own log lines (httpcore's DEBUG header dumps are silenced by desktop/system/logging.py)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("desktop."))
    assert "POST /auth/sign_in -> 200" in ours
    for secret in (mona.password, result.auth.access_token, result.auth.client, mona.token):
        assert secret not in ours and secret not in repr(result.auth)


async def test_client_as_context_manager(sandbox: Any) -> None:
    async with ChatwootClient(sandbox.url, auth=TokenAuth(sandbox.users["heba"].token)) as client:
        assert (await client.profile()).email == sandbox.users["heba"].email


@pytest.mark.parametrize(("email", "password"), [("mona@souqdeals.example", "wrong"), ("nobody@x.example", "x")])
async def test_wrong_credentials(clients: Clients, email: str, password: str) -> None:
    with pytest.raises(InvalidCredentials):
        await clients().sign_in(email, password)


def _wrong_code(valid: set[str]) -> str:
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)


async def test_mfa_sign_in_with_totp(clients: Clients, sandbox: Any) -> None:
    nour = sandbox.users["nour"]
    client = clients()
    with pytest.raises(MfaRequired) as required:
        await client.sign_in(nour.email, nour.password)
    token = required.value.mfa_token
    assert token and client.auth is None
    now = time.time()
    with pytest.raises(MfaCodeInvalid):
        await client.verify_mfa(token, otp_code=_wrong_code({nour.totp(now + d) for d in (-60, -30, 0, 30, 60)}))
    result = await client.verify_mfa(token, otp_code=nour.totp())
    assert result.user.email == nour.email and isinstance(result.auth, DeviseAuth)
    assert (await client.profile()).id == result.user.id


async def test_mfa_backup_code_and_expired_mfa_step(fresh_clients: Clients) -> None:
    nour = fresh_clients.server.users["nour"]
    client = fresh_clients()
    with pytest.raises(MfaRequired) as required:
        await client.sign_in(nour.email, nour.password)
    result = await client.verify_mfa(required.value.mfa_token, backup_code=nour.backup_codes[0])
    assert result.user.email == nour.email
    with pytest.raises(SessionExpired) as expired:
        await client.verify_mfa("not-a-real-mfa-token", otp_code="123456")
    assert "sign in again" in expired.value.user_message
    with pytest.raises(MfaCodeInvalid):
        await client.verify_mfa(required.value.mfa_token)  # neither code given


async def test_token_auth_and_the_401_family(clients: Clients, sandbox: Any) -> None:
    assert (await clients("ahmed").profile()).email == sandbox.users["ahmed"].email
    with pytest.raises(InvalidCredentials):
        await ChatwootClient(sandbox.url, auth=TokenAuth("sbx-not-a-token")).profile()
    with pytest.raises(SessionExpired):
        await clients().profile()  # no credentials: devise's errors[]
    with pytest.raises(NotAMember):
        await clients("omar").list_conversations(1, ConversationQuery())  # omar works in workspace 2 only
    with pytest.raises(PermissionDenied) as denied:
        await ReportsApi(clients("ahmed")).summary(1, datetime(2025, 1, 1, tzinfo=UTC), datetime.now(UTC))
    assert type(denied.value) is PermissionDenied  # a permission problem, not a lost session


async def test_sign_out_ends_the_devise_session(clients: Clients, sandbox: Any) -> None:
    sara = sandbox.users["sara"]
    client = clients()
    result = await client.sign_in(sara.email, sara.password)
    await client.sign_out()
    assert client.auth is None
    stale = clients()
    stale.set_auth(result.auth)
    with pytest.raises(SessionExpired):
        await stale.profile()
    await stale.sign_out()  # an ended session signs out quietly
    token_client = clients("sara")
    await token_client.sign_out()  # a personal token has no server session: only forgotten locally
    assert token_client.auth is None
    assert (await clients("sara").profile()).email == sara.email


async def test_availability(fresh_clients: Clients) -> None:
    client = fresh_clients("sara")
    user = await client.set_availability(2, Availability.BUSY)
    assert {w.id: w.availability for w in user.workspaces}[2] is Availability.BUSY
    profile = await client.profile()
    assert {w.id: w.availability for w in profile.workspaces}[2] is Availability.BUSY
    with pytest.raises(NotFound):
        await client.set_availability(3, Availability.ONLINE)  # not a member of workspace 3: 404 (§3.2)
