"""SessionService against the sandbox: password, MFA and token sign-in, restore from the keyring,
expiry versus permission denial, and a missing keyring."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backends import fail

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import (
    CredentialStoreUnavailable,
    InvalidCredentials,
    MfaCodeInvalid,
    MfaRequired,
    PermissionDenied,
    SessionExpired,
)
from desktop.domain.models import Availability, ConversationQuery
from tests.services.conftest import AHMED_TOKEN, new_session
from tests.support.memory_keyring import MemoryKeyring


async def test_password_sign_in_remembered_then_restored(sandbox: Any, memory_keyring: MemoryKeyring) -> None:
    session = new_session()
    signed: list[Any] = []
    session.signed_in.connect(signed.append)
    user = await session.sign_in_password(sandbox.url, "Mona@SouqDeals.example ", "mona-lead-2026", remember=True)
    assert user.email == "mona@souqdeals.example" and {w.id for w in user.workspaces} >= {1, 2, 3}
    assert signed == [user] and session.remembered and session.user == user
    assert len(memory_keyring.store) == 2  # the session for this server, and which server was last
    assert "mona-lead-2026" not in str(memory_keyring.store)  # never the password

    restored = new_session()
    again = await restored.restore()
    assert again is not None and again.id == user.id and restored.remembered
    assert (await restored.client.profile()).id == user.id

    await session.sign_out()  # signs the devise session out on the server and forgets it here
    assert session.user is None and memory_keyring.store.keys() == {("SouqDesk", "__last_server__")}
    with pytest.raises(SessionExpired):
        await restored.client.profile()  # the same devise session, now dead on the server
    assert await new_session().restore() is None
    await restored.sign_out()


async def test_wrong_password_and_not_remembered(sandbox: Any, memory_keyring: MemoryKeyring) -> None:
    session = new_session()
    with pytest.raises(InvalidCredentials):
        await session.sign_in_password(sandbox.url, "mona@souqdeals.example", "nope", remember=True)
    assert session.user is None
    await session.sign_in_password(sandbox.url, "mona@souqdeals.example", "mona-lead-2026", remember=False)
    assert not session.remembered and memory_keyring.store == {}
    await session.sign_out()


async def test_mfa_with_authenticator_code_and_backup_code(sandbox: Any) -> None:
    nour = sandbox.users["nour"]
    session = new_session()
    with pytest.raises(MfaRequired):
        await session.sign_in_password(sandbox.url, nour.email, nour.password, remember=False)
    assert session.user is None
    with pytest.raises(MfaCodeInvalid):
        await session.verify_mfa("000000" if nour.totp() != "000000" else "111111", remember=False)
    user = await session.verify_mfa(nour.totp(), remember=False)
    assert user.email == nour.email
    await session.sign_out()

    second = new_session()
    with pytest.raises(MfaRequired):
        await second.sign_in_password(sandbox.url, nour.email, nour.password, remember=False)
    assert (await second.verify_mfa("1111 1111", remember=False)).email == nour.email
    await second.sign_out()


async def test_token_sign_in_and_bad_token(sandbox: Any) -> None:
    session = new_session()
    with pytest.raises(InvalidCredentials):
        await session.sign_in_token(sandbox.url, "not-a-token", remember=False)
    user = await session.sign_in_token(sandbox.url, AHMED_TOKEN, remember=False)
    assert user.email == "ahmed@souqdeals.example"
    changed: list[Any] = []
    session.user_changed.connect(changed.append)
    updated = await session.set_availability(1, Availability.BUSY)
    assert changed == [updated] and session.user == updated
    assert next(w for w in updated.workspaces if w.id == 1).availability == Availability.BUSY
    await session.set_availability(1, Availability.ONLINE)
    await session.sign_out()


async def test_permission_denial_does_not_sign_out_but_expiry_does(sandbox: Any) -> None:
    session = new_session()
    await session.sign_in_password(sandbox.url, "ahmed@souqdeals.example", "ahmed-agent-2026", remember=True)
    expired: list[bool] = []
    session.expired.connect(lambda: expired.append(True))
    with pytest.raises(PermissionDenied):
        await session.client.agent_loads(1)  # agents may not read reports
    assert expired == [] and session.user is not None
    assert (await session.client.profile()).email == "ahmed@souqdeals.example"

    # the same devise session signed out elsewhere (another device of the same login): it is dead now
    other = ChatwootClient(sandbox.url, auth=session.client.auth)
    await other.sign_out()
    await other.aclose()
    with pytest.raises(SessionExpired):
        await session.client.list_conversations(1, ConversationQuery())
    with pytest.raises(SessionExpired):
        await session.client.profile()
    assert expired == [True]  # once, however many calls fail
    assert session.user is not None  # the UI keeps the email for signing in again
    assert not session.remembered  # the dead session is not restored at next start

    await session.sign_in_password(sandbox.url, "ahmed@souqdeals.example", "ahmed-agent-2026", remember=False)
    assert (await session.client.profile()).email == "ahmed@souqdeals.example"
    assert expired == [True]
    await session.sign_out()


async def test_no_keyring_keeps_the_session_in_memory_and_says_so(sandbox: Any) -> None:
    keyring.set_keyring(fail.Keyring())
    session = new_session()
    with pytest.raises(CredentialStoreUnavailable):
        await session.sign_in_password(sandbox.url, "mona@souqdeals.example", "mona-lead-2026", remember=True)
    assert session.user is not None and not session.remembered
    assert (await session.client.profile()).email == "mona@souqdeals.example"
    with pytest.raises(CredentialStoreUnavailable):
        await new_session().restore()
    await session.sign_out()


async def test_restore_of_a_dead_session_raises_and_forgets_it(sandbox: Any,
                                                               memory_keyring: MemoryKeyring) -> None:
    session = new_session()
    await session.sign_in_password(sandbox.url, "sara@souqdeals.example", "sara-agent-2026", remember=True)
    other = ChatwootClient(sandbox.url, auth=session.client.auth)
    await other.sign_out()  # signed out from elsewhere
    await other.aclose()
    with pytest.raises(SessionExpired):
        await new_session().restore()
    assert ("SouqDesk", sandbox.url) not in memory_keyring.store
    assert await new_session().restore() is None
    await session.sign_out()
