"""The remembered sign-in, kept in the OS keyring only (Secret Service, Keychain, Windows Credential Locker).

Implements the services' `CredentialStore`. One keyring entry per server (service "SouqDesk", user = the
server URL) holds the `StoredAuth` as JSON; one more entry remembers which server was used last (not a
secret, but keeping it here avoids a second store). There is **no file fallback**: without a usable keyring
(`NoKeyringError`, `KeyringError`, e.g. no desktop session) every call raises `CredentialStoreUnavailable`,
so the app can say "signed in for this session only". `keyring` is imported lazily (about 110 ms).
Nothing here logs a secret.
"""

from __future__ import annotations

from types import ModuleType

from desktop.domain.auth import StoredAuth
from desktop.domain.errors import CredentialStoreUnavailable, MalformedResponse

SERVICE = "SouqDesk"
LAST_SERVER = "__last_server__"


def _keyring() -> tuple[ModuleType, type[Exception]]:
    import keyring
    import keyring.errors

    return keyring, keyring.errors.KeyringError


def _normal(server_url: str) -> str:
    return server_url.strip().rstrip("/")


class KeyringCredentialStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _get(self, user: str) -> str | None:
        keyring, failure = _keyring()
        try:
            value: str | None = keyring.get_password(self.service, user)
        except failure as error:  # NoKeyringError is a KeyringError
            raise CredentialStoreUnavailable(detail=type(error).__name__) from None
        return value

    def _set(self, user: str, value: str) -> None:
        keyring, failure = _keyring()
        try:
            keyring.set_password(self.service, user, value)
        except failure as error:
            raise CredentialStoreUnavailable(detail=type(error).__name__) from None

    def load(self, server_url: str) -> StoredAuth | None:
        text = self._get(_normal(server_url))
        if text is None:
            return None
        try:
            return StoredAuth.from_json(text)
        except MalformedResponse:
            self.delete(server_url)  # unreadable (an older format): forget it, sign in again
            return None

    def save(self, server_url: str, auth: StoredAuth) -> None:
        self._set(_normal(server_url), auth.to_json())
        self._set(LAST_SERVER, _normal(server_url))

    def delete(self, server_url: str) -> None:
        keyring, failure = _keyring()
        import keyring.errors as errors

        try:
            keyring.delete_password(self.service, _normal(server_url))
        except errors.PasswordDeleteError:
            pass  # nothing stored
        except failure as error:
            raise CredentialStoreUnavailable(detail=type(error).__name__) from None

    def last_server(self) -> str | None:
        return self._get(LAST_SERVER)
