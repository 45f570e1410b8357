"""The user-facing error hierarchy.

Every failure that can reach an agent is one of these. Each carries a short, specific, translatable
message (`user_message`) and, where useful, a technical `detail` for logs and `doctor` output.
Secrets never appear in either.
"""

from __future__ import annotations


class AppError(Exception):
    """Base of every error the user may see."""

    #: a short English sentence; the UI translates it by class through its own tr() table.
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        self.user_message = message or self.default_message
        self.detail = detail
        super().__init__(self.user_message if detail is None else f"{self.user_message} ({detail})")


class SessionExpired(AppError):
    """Authentication failed (401 with `errors[]`): sign in again. Drafts and outbox are kept."""

    default_message = "Your session has expired. Please sign in again."


class InvalidCredentials(AppError):
    """Sign-in refused: wrong email/password or unknown access token."""

    default_message = "The email or password is wrong."


class MfaRequired(AppError):
    """The server answered 206: a second factor is needed to finish signing in."""

    default_message = "Enter the code from your authenticator app."

    def __init__(self, mfa_token: str) -> None:
        super().__init__()
        self.mfa_token = mfa_token


class MfaCodeInvalid(AppError):
    default_message = "The verification code is wrong or has expired."


class PermissionDenied(AppError):
    """Authorization failed (401 with a singular `error`): the session is fine, the action is not allowed."""

    default_message = "You are not allowed to do this."


class NotAMember(PermissionDenied):
    default_message = "You are not a member of this workspace."


class AccountSuspended(PermissionDenied):
    default_message = "This workspace is suspended."


class NotFound(AppError):
    default_message = "It no longer exists on the server."


class ValidationFailed(AppError):
    """422: the server refused the input. `fields` names the offending attributes when known."""

    default_message = "The server did not accept this."

    def __init__(
        self, message: str | None = None, *, fields: tuple[str, ...] = (), detail: str | None = None
    ) -> None:
        super().__init__(message, detail=detail)
        self.fields = fields


class RateLimited(AppError):
    default_message = "The server is busy with too many requests. Trying again shortly."

    def __init__(self, retry_after: float | None = None, *, detail: str | None = None) -> None:
        super().__init__(detail=detail)
        self.retry_after = retry_after


class Unreachable(AppError):
    """No answer: DNS failure, refused connection, timeout, dropped connection."""

    default_message = "The server cannot be reached. Check the address and your connection."


class TlsError(Unreachable):
    default_message = "The server's security certificate could not be verified."


class NotChatwoot(AppError):
    """The URL answers, but not as a Chatwoot-compatible server."""

    default_message = "This address does not look like a Chatwoot server."


class ServerError(AppError):
    default_message = "The server had a problem. Try again in a moment."

    def __init__(self, status: int | None = None, *, detail: str | None = None) -> None:
        super().__init__(detail=detail)
        self.status = status


class MalformedResponse(AppError):
    """The server answered with something we cannot read (bad JSON, wrong shape)."""

    default_message = "The server sent a response the app could not read."


class CredentialStoreUnavailable(AppError):
    default_message = "No system keyring is available: you will stay signed in for this session only."


class InvalidPhoneNumber(AppError):
    default_message = "This is not a valid phone number."


class OrderProviderError(AppError):
    default_message = "The order system could not be reached."


class ReplyWindowClosed(AppError):
    default_message = "The 24-hour reply window is closed: only a template message can be sent."
