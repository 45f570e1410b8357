"""Small value types of the REST client's interface (re-exported by `client.py`): the sign-in result,
the toggle-status result and a file to attach to an outgoing message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.api.chatwoot.auth import Auth
from desktop.domain.models import ConversationStatus, User


@dataclass(frozen=True, slots=True)
class SignInResult:
    user: User
    auth: Auth


@dataclass(frozen=True, slots=True)
class StatusResult:
    status: ConversationStatus
    snoozed_until: datetime | None


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    filename: str
    content_type: str
    data: bytes = field(repr=False)
