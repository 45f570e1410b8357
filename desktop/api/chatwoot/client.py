"""REST client for the Chatwoot Application API over httpx.AsyncClient (contract §2-§14).

INTERFACE DRAFT: the signatures below are the agreed contract between `api/` and `services/`.
Implementations raise only `desktop.domain.errors.AppError` subclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.models import (
    Agent,
    AgentLoad,
    Availability,
    Contact,
    Conversation,
    ConversationCounts,
    ConversationPage,
    ConversationQuery,
    ConversationStatus,
    Inbox,
    Label,
    Message,
    MessagePage,
    Person,
    Priority,
    ReportSummary,
    SavedReply,
    ServerInfo,
    Team,
    User,
)


@dataclass(frozen=True, slots=True)
class TokenAuth:
    """Personal access token, sent as the `api_access_token` header."""

    access_token: str


@dataclass(frozen=True, slots=True)
class DeviseAuth:
    """devise_token_auth session headers from /auth/sign_in."""

    access_token: str
    client: str
    uid: str
    expiry: int | None = None


Auth = TokenAuth | DeviseAuth


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
    data: bytes


class ChatwootClient:
    """One instance per server. Thread-unsafe; use from one event loop."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | None = None,
        verify: bool = True,
        timeout: float = 15.0,
    ) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str: ...
    @property
    def auth(self) -> Auth | None: ...
    def set_auth(self, auth: Auth | None) -> None: ...
    async def aclose(self) -> None: ...

    # -- server and session ------------------------------------------------------------------------
    async def server_info(self) -> ServerInfo: ...  # GET /api; NotChatwoot if the shape is wrong
    async def sign_in(self, email: str, password: str) -> SignInResult: ...  # raises MfaRequired
    async def verify_mfa(
        self, mfa_token: str, *, otp_code: str | None = None, backup_code: str | None = None
    ) -> SignInResult: ...
    async def sign_out(self) -> None: ...
    async def profile(self) -> User: ...
    async def set_availability(self, account_id: int, availability: Availability) -> User: ...
    async def set_auto_offline(self, account_id: int, auto_offline: bool) -> User: ...

    # -- conversations -----------------------------------------------------------------------------
    async def list_conversations(
        self, account_id: int, query: ConversationQuery, page: int = 1
    ) -> ConversationPage: ...
    async def conversations_updated_within(
        self, account_id: int, seconds: int, query: ConversationQuery
    ) -> ConversationPage: ...
    async def conversation_counts(self, account_id: int, query: ConversationQuery) -> ConversationCounts: ...
    async def get_conversation(self, account_id: int, conversation_id: int) -> Conversation: ...
    async def set_status(
        self, account_id: int, conversation_id: int, status: ConversationStatus,
        snoozed_until: datetime | None = None,
    ) -> StatusResult: ...
    async def set_priority(self, account_id: int, conversation_id: int, priority: Priority) -> None: ...
    async def mark_read(self, account_id: int, conversation_id: int) -> Conversation: ...
    async def mark_unread(self, account_id: int, conversation_id: int) -> Conversation: ...
    async def set_typing(self, account_id: int, conversation_id: int, on: bool, private: bool = False) -> None: ...
    async def assign_agent(self, account_id: int, conversation_id: int, agent_id: int | None) -> Person | None: ...
    async def assign_team(self, account_id: int, conversation_id: int, team_id: int | None) -> Team | None: ...
    async def get_labels(self, account_id: int, conversation_id: int) -> tuple[str, ...]: ...
    async def set_labels(self, account_id: int, conversation_id: int, labels: Sequence[str]) -> tuple[str, ...]: ...
    async def add_labels(self, account_id: int, conversation_id: int, labels: Sequence[str]) -> tuple[str, ...]: ...
    async def remove_labels(self, account_id: int, conversation_id: int, labels: Sequence[str]) -> tuple[str, ...]: ...

    # -- messages ----------------------------------------------------------------------------------
    async def list_messages(
        self, account_id: int, conversation_id: int, *, before: int | None = None, after: int | None = None
    ) -> MessagePage: ...
    async def send_message(
        self, account_id: int, conversation_id: int, content: str, *, private: bool = False,
        echo_id: str | None = None, attachments: Sequence[OutgoingFile] = (), in_reply_to: int | None = None,
    ) -> Message: ...
    async def download(self, url: str) -> bytes: ...  # follows redirects; auth headers only to our host

    # -- lookups -----------------------------------------------------------------------------------
    async def saved_replies(self, account_id: int, search: str | None = None) -> list[SavedReply]: ...
    async def labels(self, account_id: int) -> list[Label]: ...
    async def inboxes(self, account_id: int) -> list[Inbox]: ...
    async def agents(self, account_id: int) -> list[Agent]: ...
    async def assignable_agents(self, account_id: int, inbox_ids: Sequence[int]) -> list[Agent]: ...
    async def teams(self, account_id: int) -> list[Team]: ...
    async def team_members(self, account_id: int, team_id: int) -> list[Agent]: ...
    async def search_contacts(self, account_id: int, q: str, page: int = 1) -> list[Contact]: ...
    async def get_contact(self, account_id: int, contact_id: int) -> Contact: ...
    async def contact_conversations(self, account_id: int, contact_id: int) -> list[Conversation]: ...

    # -- reports (administrators) ------------------------------------------------------------------
    async def report_summary(
        self, account_id: int, since: datetime, until: datetime, type: str = "account", id: int | None = None
    ) -> ReportSummary: ...
    async def agent_loads(self, account_id: int) -> list[AgentLoad]: ...

    # -- escape hatch for adapters (e.g. the Shopify integration in api/orders) -------------------
    async def request_json(self, method: str, path: str, **kwargs: Any) -> Any: ...
