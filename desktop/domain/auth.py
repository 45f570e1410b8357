"""What is remembered of a signed-in session, between the session service and the credential store.

Plain data, no I/O: `services/session` builds it from the REST client's auth, `system/credentials` keeps it
in the OS keyring (never in a file). `kind` is "token" (a personal access token) or "devise" (the
access-token/client/uid session headers from /auth/sign_in).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from desktop.domain.errors import MalformedResponse


@dataclass(frozen=True, slots=True)
class StoredAuth:
    """The remembered credentials of a session."""

    kind: str  # "token" | "devise"
    access_token: str = field(repr=False)
    client: str | None = field(default=None, repr=False)
    uid: str | None = None
    expiry: int | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> StoredAuth:
        """Raises MalformedResponse when the stored text is not a StoredAuth (never echoes the secret)."""
        try:
            data = json.loads(text)
            kind, token = data["kind"], data["access_token"]
            if kind not in ("token", "devise") or not isinstance(token, str) or not token:
                raise ValueError(kind)
            expiry = data.get("expiry")
            return cls(
                kind=kind,
                access_token=token,
                client=data.get("client"),
                uid=data.get("uid"),
                expiry=int(expiry) if expiry is not None else None,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise MalformedResponse("The saved sign-in could not be read.", detail=type(exc).__name__) from None
