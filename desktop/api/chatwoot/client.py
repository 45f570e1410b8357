"""REST client for the Chatwoot Application API over httpx.AsyncClient (contract §2-§14).

The public entry of the api layer: `ChatwootClient` (one per server) plus the value types of its interface.
The endpoint groups live in mixins (`client_conversations`, `client_messages`, `client_lookups`) over the
shared `Transport` (auth headers, JSON, error mapping, retries); this module holds the server check, sign-in
with MFA and the profile endpoints.

Every method raises only `desktop.domain.errors.AppError` subclasses:
`Unreachable`/`TlsError` (no answer), `SessionExpired`, `InvalidCredentials`, `PermissionDenied` (with
`NotAMember`, `AccountSuspended`), `NotFound`, `ValidationFailed`, `RateLimited`, `ServerError`,
`MalformedResponse`, and `NotChatwoot`/`MfaRequired`/`MfaCodeInvalid` where documented.
"""

from __future__ import annotations

from typing import Any

from desktop.api.chatwoot.client_conversations import ConversationsApi
from desktop.api.chatwoot.client_lookups import LookupsApi
from desktop.api.chatwoot.client_messages import MessagesApi
from desktop.api.chatwoot.decode import decode_server_info, decode_user
from desktop.api.chatwoot.errors import error_for_response, retry_after_seconds, server_message
from desktop.api.chatwoot.transport import parse_json
from desktop.api.chatwoot.values import Auth, DeviseAuth, OutgoingFile, SignInResult, StatusResult, TokenAuth
from desktop.api.chatwoot.wire import key, obj, to_str
from desktop.domain.errors import (
    AppError,
    InvalidCredentials,
    MalformedResponse,
    MfaCodeInvalid,
    MfaRequired,
    NotChatwoot,
    RateLimited,
    SessionExpired,
)
from desktop.domain.models import Availability, ServerInfo, User

__all__ = [
    "Auth",
    "ChatwootClient",
    "DeviseAuth",
    "OutgoingFile",
    "SignInResult",
    "StatusResult",
    "TokenAuth",
]

SIGN_IN = "/auth/sign_in"


class ChatwootClient(ConversationsApi, MessagesApi, LookupsApi):
    """One instance per server. Thread-unsafe; use from one event loop.

    Constructor options beyond the agreed interface: `max_retries`, `retry_base_delay` and `max_retry_wait`
    tune the 429 backoff of GET requests.
    """

    # -- server and session ------------------------------------------------------------------------------
    async def server_info(self) -> ServerInfo:
        """`GET /api`: the server's version. NotChatwoot when the address answers as something else."""
        response = await self.send("GET", "/api", authenticated=False)
        if response.status_code == 429 or response.status_code >= 500:
            raise error_for_response(response)
        if not response.is_success:
            raise NotChatwoot(detail=f"GET /api answered HTTP {response.status_code}")
        try:
            body = parse_json(response)
        except MalformedResponse:
            raise NotChatwoot(detail="GET /api did not answer with JSON") from None
        return decode_server_info(body)

    async def sign_in(self, email: str, password: str) -> SignInResult:
        """Email/password sign-in (§2.1). Raises MfaRequired (with its `mfa_token`) when a second factor
        is needed, InvalidCredentials on a wrong email or password. On success the client uses the new
        session for its next requests."""
        return await self._sign_in({"email": email.strip(), "password": password}, mfa=False)

    async def verify_mfa(
        self, mfa_token: str, *, otp_code: str | None = None, backup_code: str | None = None
    ) -> SignInResult:
        """Finish an MFA sign-in with an authenticator code or a backup code.

        MfaCodeInvalid when the code is wrong; SessionExpired when the MFA step itself has expired (the
        user must sign in again from the start)."""
        payload: dict[str, str] = {"mfa_token": mfa_token}
        if otp_code is not None:
            payload["otp_code"] = otp_code.strip().replace(" ", "")
        elif backup_code is not None:
            payload["backup_code"] = backup_code.strip().replace(" ", "")
        else:
            raise MfaCodeInvalid("Enter the code from your authenticator app or a backup code.")
        return await self._sign_in(payload, mfa=True)

    async def _sign_in(self, payload: dict[str, str], *, mfa: bool) -> SignInResult:
        response = await self.send("POST", SIGN_IN, authenticated=False, json=payload)
        status = response.status_code
        if status == 206:
            body = obj(parse_json(response), "sign_in")
            token = to_str(key(body, "mfa_token", "sign_in"), "sign_in.mfa_token")
            raise MfaRequired(token)
        if status == 200:
            body = obj(parse_json(response), "sign_in")
            user = decode_user(key(body, "data", "sign_in"), "sign_in.data")
            auth = DeviseAuth.from_response(response)
            self.set_auth(auth)
            return SignInResult(user=user, auth=auth)
        raise self._sign_in_error(response, mfa=mfa)

    @staticmethod
    def _sign_in_error(response: Any, *, mfa: bool) -> AppError:
        status = response.status_code
        text, _ = server_message(_json_or_none(response))
        if mfa and status == 400:
            return MfaCodeInvalid(detail=text)
        if mfa and status == 401:
            return SessionExpired("The verification step has expired. Please sign in again.", detail=text)
        if status == 401:
            return InvalidCredentials(detail=text)
        if status == 429:
            return RateLimited(retry_after_seconds(response), detail="too many sign-in attempts")
        if status in (404, 405):
            return NotChatwoot(detail=f"POST {SIGN_IN} answered HTTP {status}")
        return error_for_response(response)

    async def sign_out(self) -> None:
        """End the devise session on the server (a personal token has none) and forget the credentials.
        An already-ended session is not an error."""
        auth = self.auth
        try:
            if isinstance(auth, DeviseAuth):
                response = await self.send("DELETE", "/auth/sign_out")
                if not response.is_success and response.status_code not in (401, 404):
                    raise error_for_response(response)
        finally:
            self.set_auth(None)

    async def profile(self) -> User:
        return decode_user(await self.call("GET", "/api/v1/profile"))

    async def set_availability(self, account_id: int, availability: Availability) -> User:
        body = await self.call(
            "POST", "/api/v1/profile/availability",
            json={"profile": {"account_id": int(account_id), "availability": Availability(availability).value}},
        )
        return decode_user(body)


def _json_or_none(response: Any) -> Any:
    try:
        return parse_json(response)
    except MalformedResponse:
        return None
