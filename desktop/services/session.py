"""The signed-in session: sign in (password, MFA, token), restore, sign out, expiry, availability.

`SessionService.client` is one stable handle for the whole life of the app: it forwards to the REST client
of the current session (a new one after each sign-in) and watches every call. A `SessionExpired` coming back
from *any* call emits `expired` once (drafts and outbox are kept; sign in again to continue); a
`PermissionDenied` never signs anyone out. Credentials are remembered through the injected
`CredentialStore` (the OS keyring) only when the caller asks for it.

Signals: signed_in(User), signed_out(), expired(), user_changed(User).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from desktop.api.chatwoot.values import Auth, DeviseAuth, SignInResult, TokenAuth
from desktop.domain.auth import StoredAuth
from desktop.domain.errors import (
    AppError,
    CredentialStoreUnavailable,
    InvalidCredentials,
    MfaRequired,
    SessionExpired,
)
from desktop.domain.models import Availability, User
from desktop.services.observable import Emitter

if TYPE_CHECKING:
    from desktop.api.chatwoot.client import ChatwootClient


class CredentialStore(Protocol):
    """Remembers one session per server. `save` raises CredentialStoreUnavailable without a keyring."""

    def load(self, server_url: str) -> StoredAuth | None: ...
    def save(self, server_url: str, auth: StoredAuth) -> None: ...
    def delete(self, server_url: str) -> None: ...
    def last_server(self) -> str | None: ...


ClientFactory = Callable[..., "ChatwootClient"]  # called as factory(server_url, auth=auth)


def to_stored(auth: Auth) -> StoredAuth:
    if isinstance(auth, TokenAuth):
        return StoredAuth(kind="token", access_token=auth.access_token)
    return StoredAuth(kind="devise", access_token=auth.access_token, client=auth.client, uid=auth.uid,
                      expiry=auth.expiry)


def from_stored(stored: StoredAuth) -> Auth:
    if stored.kind == "devise" and stored.client and stored.uid:
        return DeviseAuth(access_token=stored.access_token, client=stored.client, uid=stored.uid,
                          expiry=stored.expiry)
    return TokenAuth(access_token=stored.access_token)


class _WatchedClient:
    """Forwards to the session's current client; reports SessionExpired to the session on the way out."""

    def __init__(self, session: SessionService) -> None:
        self._session = session

    def __getattr__(self, name: str) -> Any:
        client = self._session._current_client()
        target = getattr(client, name)
        if not inspect.iscoroutinefunction(target):
            return target

        @functools.wraps(target)
        async def watched(*args: Any, **kwargs: Any) -> Any:
            try:
                return await target(*args, **kwargs)
            except SessionExpired:
                self._session._report_expired(client)
                raise

        return watched


class SessionService:
    def __init__(self, client_factory: ClientFactory, credential_store: CredentialStore) -> None:
        self._factory = client_factory
        self._store = credential_store
        self._client: ChatwootClient | None = None
        self._handle = cast("ChatwootClient", _WatchedClient(self))
        self._user: User | None = None
        self._server_url: str | None = None
        self._remembered = False
        self._expired = False
        self._mfa: tuple[ChatwootClient, str, str] | None = None  # client, mfa_token, server_url
        self._retired: list[ChatwootClient] = []  # clients of replaced sessions, closed at sign-out
        self.signed_in = Emitter()
        self.signed_out = Emitter()
        self.expired = Emitter()
        self.user_changed = Emitter()

    # -- state ---------------------------------------------------------------------------------------
    @property
    def client(self) -> ChatwootClient:
        """A stable handle on the current session's REST client (raises SessionExpired when signed out)."""
        return self._handle

    @property
    def user(self) -> User | None:
        return self._user

    @property
    def server_url(self) -> str | None:
        return self._server_url

    @property
    def remembered(self) -> bool:
        return self._remembered

    def _current_client(self) -> ChatwootClient:
        if self._client is None:
            raise SessionExpired("You are signed out. Please sign in.")
        return self._client

    def _report_expired(self, client: ChatwootClient) -> None:
        if self._expired or self._user is None or client is not self._client:
            return  # already said, signed out, or a late answer to a session replaced since
        self._expired = True
        if self._server_url is not None and self._remembered:
            try:
                self._store.delete(self._server_url)  # the saved session is dead: never restore it again
            except CredentialStoreUnavailable:
                pass  # nothing can have been saved there
            self._remembered = False
        self.expired.emit()

    # -- signing in ----------------------------------------------------------------------------------
    async def sign_in_password(self, server_url: str, email: str, password: str, remember: bool) -> User:
        """Raises MfaRequired (then call `verify_mfa`), InvalidCredentials, Unreachable, NotChatwoot…"""
        client = self._factory(server_url, auth=None)
        try:
            result = await client.sign_in(email.strip(), password)
        except MfaRequired as needed:
            self._mfa = (client, needed.mfa_token, server_url)
            raise
        except BaseException:
            await client.aclose()
            raise
        return await self._complete(client, server_url, result, remember)

    async def verify_mfa(self, code: str, remember: bool) -> User:
        """A 6-digit code is an authenticator (TOTP) code; anything else is tried as a backup code."""
        if self._mfa is None:
            raise InvalidCredentials("Sign in with your email and password first.")
        client, mfa_token, server_url = self._mfa
        code = code.strip().replace(" ", "")
        if len(code) == 6 and code.isdigit():
            result = await client.verify_mfa(mfa_token, otp_code=code)
        else:
            result = await client.verify_mfa(mfa_token, backup_code=code)
        self._mfa = None
        return await self._complete(client, server_url, result, remember)

    async def sign_in_token(self, server_url: str, token: str, remember: bool) -> User:
        token = token.strip()
        if not token:
            raise InvalidCredentials("Enter an access token.")
        client = self._factory(server_url, auth=TokenAuth(access_token=token))
        try:
            user = await client.profile()
        except SessionExpired:
            await client.aclose()
            raise InvalidCredentials("This access token is not valid.") from None
        except BaseException:
            await client.aclose()
            raise
        return await self._complete(client, server_url, SignInResult(user=user, auth=client.auth or
                                                                        TokenAuth(token)), remember)

    async def restore(self) -> User | None:
        """Sign in again with the remembered session of the last server; None when nothing is remembered.

        Raises SessionExpired (and forgets it) when the server refuses the remembered session, and
        Unreachable & co when the server cannot tell (the remembered session is kept for next time)."""
        server_url = self._store.last_server()
        if server_url is None:
            return None
        stored = self._store.load(server_url)
        if stored is None:
            return None
        client = self._factory(server_url, auth=from_stored(stored))
        try:
            user = await client.profile()
        except SessionExpired:
            await client.aclose()
            self._store.delete(server_url)
            raise
        except BaseException:
            await client.aclose()
            raise
        self._install(client, server_url, user, remembered=True)
        return user

    async def _complete(self, client: ChatwootClient, server_url: str, result: SignInResult,
                        remember: bool) -> User:
        if client.auth is None or client.auth != result.auth:
            client.set_auth(result.auth)
        problem: AppError | None = None
        remembered = False
        try:
            if remember:
                self._store.save(server_url, to_stored(result.auth))
                remembered = True
            else:
                self._store.delete(server_url)
        except CredentialStoreUnavailable as error:
            problem = error if remember else None
        self._install(client, server_url, result.user, remembered=remembered)
        if problem is not None:
            raise problem  # signed in for this session only: the caller tells the user
        return result.user

    def _install(self, client: ChatwootClient, server_url: str, user: User, *, remembered: bool) -> None:
        previous = self._client
        self._client, self._server_url, self._user = client, server_url, user
        self._remembered, self._expired = remembered, False
        if previous is not None and previous is not client:
            self._retired.append(previous)
        self.signed_in.emit(user)

    # -- signing out and profile ---------------------------------------------------------------------
    async def sign_out(self) -> None:
        """Forget the session here and on the server. Signs out locally even when the server cannot be
        told, then raises that error (e.g. Unreachable) so the caller can say so."""
        client, server_url, self._client = self._client, self._server_url, None
        self._user, self._remembered, self._expired, self._mfa = None, False, False, None
        problem: AppError | None = None
        if server_url is not None:
            try:
                self._store.delete(server_url)
            except CredentialStoreUnavailable:
                pass  # nothing was stored
        if client is not None:
            try:
                if isinstance(client.auth, DeviseAuth):
                    await client.sign_out()
            except SessionExpired:
                pass  # already signed out on the server
            except AppError as error:
                problem = error
            finally:
                await client.aclose()
        for old in self._retired:
            await old.aclose()
        self._retired.clear()
        self.signed_out.emit()
        if problem is not None:
            raise problem

    async def set_availability(self, account_id: int, availability: Availability) -> User:
        user = await self.client.set_availability(account_id, availability)
        self._user = user
        self.user_changed.emit(user)
        return user

    async def refresh_profile(self) -> User:
        user = await self.client.profile()
        self._user = user
        self.user_changed.emit(user)
        return user
