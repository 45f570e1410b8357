"""One queued reply of the outbox, as persisted (plain JSON), and how to find it on the server after an
ambiguous attempt (by echo_id, or by text and author when the server does not list echo ids)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.api.chatwoot.client import ChatwootClient, OutgoingFile
from desktop.domain.models import Attachment, AttachmentKind, DeliveryStatus, Message, MessageType, SenderKind

CLOCK_SKEW = 30.0  # seconds of error allowed, beyond the offset of the server's clock, when matching by content


@dataclass
class Entry:
    echo_id: str
    server: str
    account_id: int
    conversation_id: int
    content: str
    private: bool
    attachments: list[dict[str, str]]
    created_at: str  # ISO, UTC
    in_reply_to: int | None = None
    after_id: int | None = None  # newest message id known when written (anchor for messages?after=)
    author_id: int | None = None  # who wrote it: never sent by another user signed in later
    server_offset: float | None = None  # seconds the server's clock was ahead of ours when it was written
    state: str = "pending"  # pending | failed
    error: str | None = None
    attempts: int = 0
    maybe_sent: bool = False  # a request went out without a clear answer: look before sending again
    not_before: float = field(default=0.0, compare=False)  # monotonic; not persisted

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("not_before")
        return data

    @classmethod
    def from_json(cls, raw: object) -> Entry | None:
        if not isinstance(raw, dict):
            return None
        try:
            fields = {k: raw[k] for k in ("echo_id", "server", "account_id", "conversation_id", "content",
                                          "private", "attachments", "created_at")}
            extra = {k: raw[k] for k in ("in_reply_to", "after_id", "state", "error", "attempts",
                                         "maybe_sent", "author_id", "server_offset") if k in raw}
            entry = cls(**fields, **extra)
            datetime.fromisoformat(entry.created_at)
        except (KeyError, TypeError, ValueError):
            return None  # an unreadable entry from a damaged file
        return entry

    def files(self) -> list[OutgoingFile]:
        return [OutgoingFile(filename=a["filename"], content_type=a["content_type"],
                             data=base64.b64decode(a["data"])) for a in self.attachments]

    def message(self) -> Message:
        failed = self.state == "failed"
        return Message(
            id=None, conversation_id=self.conversation_id, content=self.content,
            message_type=MessageType.OUTGOING, created_at=datetime.fromisoformat(self.created_at),
            private=self.private, status=DeliveryStatus.FAILED if failed else DeliveryStatus.PENDING,
            echo_id=self.echo_id, external_error=self.error, in_reply_to=self.in_reply_to,
            attachments=tuple(_local_attachment(a) for a in self.attachments),
        )


def _local_attachment(raw: dict[str, str]) -> Attachment:
    """What a timeline shows of a file not sent yet: its name, kind and size (no URL until the server has it)."""
    data = raw["data"]
    kind = AttachmentKind.IMAGE if raw["content_type"].startswith("image/") else AttachmentKind.FILE
    return Attachment(id=0, kind=kind, data_url="", title=raw["filename"],
                      file_size=len(data) * 3 // 4 - data[-2:].count("="))


def find_sent(messages: Iterable[Message], entry: Entry, since: datetime | None, user_id: int | None,
              claimed: set[int]) -> Message | None:
    """The server's copy of `entry`: by echo_id, else (servers that do not list echo ids) the oldest
    message with the same text, privacy and author (written since `since`, when the messages are not all
    newer than the entry's anchor already), never one this outbox already matched to another entry."""
    candidates = [m for m in messages if m.id not in claimed]
    for message in candidates:
        if message.echo_id == entry.echo_id:
            return message
    for message in candidates:
        if message.echo_id or message.message_type != MessageType.OUTGOING:
            continue
        if message.content != entry.content or message.private != entry.private:
            continue
        if since is not None and message.created_at < since:
            continue
        sender = message.sender
        if user_id is not None and (sender is None or sender.kind != SenderKind.USER or sender.id != user_id):
            continue
        return message
    return None


async def look_for(client: ChatwootClient, entry: Entry, user_id: int | None, claimed: set[int]) -> Message | None:
    """Find a message the server may already have from an earlier, ambiguous attempt: forward from the
    anchor with `messages?after=` when known (by ids alone: no clock is involved, and a server whose clock
    was set meanwhile cannot hide it), else back from the newest until before it was written."""
    written = datetime.fromisoformat(entry.created_at)  # on this PC's clock; the server stamps on its own

    def since() -> datetime:
        """When it was written on the server's clock: with the offset known then (the server's clock may
        have been set since), else the one learnt from the answers (read again after each page)."""
        offset = entry.server_offset if entry.server_offset is not None else client.server_clock.offset
        return written + timedelta(seconds=offset - CLOCK_SKEW)

    account, conversation = entry.account_id, entry.conversation_id
    if entry.after_id is not None:
        after = entry.after_id
        for _ in range(20):  # up to 2,000 messages after the anchor
            page = await client.list_messages(account, conversation, after=after)
            found = find_sent(page.messages, entry, None, user_id, claimed)
            if found is not None or len(page.messages) < 100:
                return found
            after = max(m.id or 0 for m in page.messages)
        return None
    before: int | None = None
    for _ in range(10):  # up to 200 messages back
        page = await client.list_messages(account, conversation, before=before)
        found = find_sent(page.messages, entry, since(), user_id, claimed)
        ids = [m.id for m in page.messages if m.id is not None]
        if found is not None or not page.has_more_before or not ids:
            return found
        if min(m.created_at for m in page.messages) < since():
            return None  # reached messages older than this one
        before = min(ids)
    return None
