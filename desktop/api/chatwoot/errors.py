"""HTTP answers and transport failures → the typed errors of `desktop.domain.errors` (contract §2.3, §13).

The rule that matters most: a 401 is *not* always "session expired". `errors[]` (plural array) means
authentication failed; `error` (singular string) means the session is fine but authorization failed: bad API
token, not a member of the workspace, suspended workspace, or a Pundit denial (§2.3).

Details carry the server's own error text (never request headers or bodies, so never a secret).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

import email.utils
import json
import socket
import ssl
import time
from typing import Any

from desktop.domain.errors import (
    AccountSuspended,
    AppError,
    InvalidCredentials,
    MalformedResponse,
    NotAMember,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    SessionExpired,
    TlsError,
    Unreachable,
    ValidationFailed,
)

_MAX_DETAIL = 300


def body_json(response: httpx.Response) -> Any:
    """The response body as JSON, or None when it is empty or not JSON (used for error bodies)."""
    try:
        return json.loads(response.content) if response.content.strip() else None
    except (ValueError, UnicodeDecodeError):
        return None


def server_message(body: Any) -> tuple[str | None, tuple[str, ...]]:
    """The server's text from an error body: `error`, then `message` (+ `attributes`), then `errors[0]`."""
    if not isinstance(body, dict):
        return None, ()
    error = body.get("error")
    if isinstance(error, str) and error.strip():
        return error.strip()[:_MAX_DETAIL], ()
    message = body.get("message")
    if isinstance(message, str) and message.strip():
        attributes = body.get("attributes")
        fields = tuple(a for a in attributes if isinstance(a, str)) if isinstance(attributes, list) else ()
        return message.strip()[:_MAX_DETAIL], fields
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        first = errors[0]
        if isinstance(first, str):
            return first.strip()[:_MAX_DETAIL], ()
        if isinstance(first, dict):  # the swagger shape {field, message, code}, just in case
            text = first.get("message")
            field = first.get("field")
            return (text[:_MAX_DETAIL] if isinstance(text, str) else None), ((field,) if isinstance(field, str) else ())
    if isinstance(errors, dict) and errors:  # devise's {"errors": {"email": ["..."]}} on some endpoints
        name, texts = next(iter(errors.items()))
        if isinstance(texts, list) and texts and isinstance(texts[0], str):
            return f"{name} {texts[0]}"[:_MAX_DETAIL], (str(name),)
    return None, ()


def retry_after_seconds(response: httpx.Response) -> float | None:
    """`Retry-After` as seconds (delta-seconds or an HTTP date), or None when absent or unreadable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_for_401(body: Any) -> AppError:
    if isinstance(body, dict) and isinstance(body.get("errors"), list | dict):
        text, _ = server_message(body)
        return SessionExpired(detail=text)
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, str):
        return SessionExpired(detail="401 without an error body")
    lowered = error.lower()
    if "invalid access token" in lowered:
        return InvalidCredentials("The access token is not valid. Sign in again.", detail=error[:_MAX_DETAIL])
    if "suspended" in lowered:
        return AccountSuspended(detail=error[:_MAX_DETAIL])
    if "access this account" in lowered:
        return NotAMember(detail=error[:_MAX_DETAIL])
    return PermissionDenied(detail=error[:_MAX_DETAIL])


def error_for_response(response: httpx.Response) -> AppError:
    """The typed error for a non-2xx answer."""
    status = response.status_code
    body = body_json(response)
    text, fields = server_message(body)
    where = f"{response.request.method} {response.request.url.path}"
    if status == 401:
        return error_for_401(body)
    if status == 403:
        return PermissionDenied(detail=text or where)
    if status == 404:
        return NotFound(detail=text or where)
    if status == 429:
        return RateLimited(retry_after_seconds(response), detail=where)
    if status in (400, 409, 413, 422):
        return ValidationFailed(text, fields=fields, detail=where)
    if status >= 500:
        return ServerError(status, detail=text or where)
    if 300 <= status < 400:
        location = response.headers.get("location", "")
        return MalformedResponse(detail=f"{where}: unexpected redirect to {location[:_MAX_DETAIL]}")
    return ServerError(status, detail=text or f"{where}: HTTP {status}")


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def error_for_transport(exc: httpx.HTTPError, host: str) -> AppError:
    """A transport failure (no HTTP answer) → Unreachable with a specific message, or TlsError."""
    import httpx  # deferred: not needed for the first paint (cold start)
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain)
    detail = f"{host}: {type(exc).__name__}: {str(exc)[:_MAX_DETAIL]}"
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "CERTIFICATE_VERIFY_FAILED" in text:
        return TlsError(detail=detail)
    if any(isinstance(e, ssl.SSLError) for e in chain) or "WRONG_VERSION_NUMBER" in text:
        return TlsError("A secure connection to the server could not be set up.", detail=detail)
    if isinstance(exc, httpx.TimeoutException):
        return Unreachable("The server did not answer in time. Check your connection and try again.", detail=detail)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Unreachable("The server address is not a valid http(s) address.", detail=detail)
    if any(isinstance(e, socket.gaierror) for e in chain) or _looks_like_dns(text):
        return Unreachable(f"The server name {host} could not be found. Check the address.", detail=detail)
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text.lower():
        return Unreachable("The server refused the connection. Check the address and port.", detail=detail)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return Unreachable("The connection to the server was dropped. Try again.", detail=detail)
    if isinstance(exc, httpx.TooManyRedirects):
        return MalformedResponse(detail=detail)
    return Unreachable(detail=detail)


def _looks_like_dns(text: str) -> bool:
    lowered = text.lower()
    return any(s in lowered for s in (
        "name or service not known", "nodename nor servname", "getaddrinfo failed",
        "temporary failure in name resolution", "no address associated", "name resolution",
    ))
