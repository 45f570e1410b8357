"""Value types of the REST client's interface (re-exported by `client.py`): credentials, the sign-in and
toggle-status results, and a file to attach to an outgoing message.

`TokenAuth` is the personal API token (header `api_access_token`); `DeviseAuth` is the devise_token_auth
session from `/auth/sign_in` (headers `access-token`, `client`, `uid`), contract §2. `repr()` never shows a
secret or file bytes, so these objects can appear in logs and tracebacks safely.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.errors import InvalidCredentials, MalformedResponse
from desktop.domain.files import OutgoingFile as OutgoingFile  # re-exported by client.py
from desktop.domain.models import ConversationStatus, User


@dataclass(frozen=True, slots=True)
class TokenAuth:
    """Personal access token, sent as the `api_access_token` header."""

    access_token: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"api_access_token": self.access_token}


@dataclass(frozen=True, slots=True)
class DeviseAuth:
    """devise_token_auth session headers from /auth/sign_in."""

    access_token: str = field(repr=False)
    client: str = field(repr=False)
    uid: str
    expiry: int | None = None

    def headers(self) -> dict[str, str]:
        return {"access-token": self.access_token, "client": self.client, "uid": self.uid}

    @classmethod
    def from_response(cls, response: httpx.Response) -> DeviseAuth:
        """The session from a sign-in answer's headers (§2.1); MalformedResponse when one is missing."""
        token = response.headers.get("access-token", "")
        client = response.headers.get("client", "")
        uid = response.headers.get("uid", "")
        if not (token and client and uid):
            missing = [n for n, v in (("access-token", token), ("client", client), ("uid", uid)) if not v]
            raise MalformedResponse(detail=f"sign-in answer lacks the session header(s) {', '.join(missing)}")
        expiry_text = response.headers.get("expiry", "").strip()
        expiry = int(expiry_text) if expiry_text.isdigit() and len(expiry_text) < 19 else None
        return cls(access_token=token, client=client, uid=uid, expiry=expiry)


Auth = TokenAuth | DeviseAuth


def auth_headers(auth: Auth | None) -> dict[str, str]:
    """The credential headers; InvalidCredentials when a value cannot travel in an HTTP header (non-ASCII or
    control characters: a corrupted stored credential)."""
    if auth is None:
        return {}
    headers = auth.headers()
    for value in headers.values():
        if not value or not all(" " <= ch <= "~" for ch in value):
            raise InvalidCredentials("The saved sign-in details are not valid. Sign in again.",
                                     detail="a credential is empty or has characters not allowed in headers")
    return headers


@dataclass(frozen=True, slots=True)
class SignInResult:
    """A completed sign-in: the user and the credentials of the session."""

    user: User
    auth: Auth


@dataclass(frozen=True, slots=True)
class StatusResult:
    """A conversation's status after a status change."""

    status: ConversationStatus
    snoozed_until: datetime | None
