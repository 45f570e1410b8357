"""The persisted outbox: every reply goes through it, none is lost and none is sent twice.

`send` returns at once a PENDING message with a fresh `echo_id` and queues it in the injected `Storage`.
The queue and the ids of the messages already matched are one record, and every state change of a send
(queued, about to go out, failed, settled) is one atomic write of it, so a crash at any moment leaves the
state before or after that change, never a mix (so it survives a crash or restart: `start()` resumes what was left; each message stays with its server and
author, so another user signing in later never sends it). One worker task, owned by the outbox
(`start()` / `close()`), sends the queue in order per conversation. The REST answer or the websocket echo
(matched by echo_id, whichever comes first) makes a message SENT; the other one is then ignored.

A failure after which the server may have created the message anyway (timeout, dropped connection, 5xx,
an unreadable answer) is *ambiguous*: before sending again, the outbox looks for the message with
`messages?after=` its anchor, the newest message id known when it was written (from the open timeline, or
read just before the first attempt), by echo_id, or by the same content from the same author when the
server does not list echo ids: by ids, never by clocks (the worker is `outbox_worker.OutboxWorker`). Unreachable / RateLimited / ServerError retry automatically with
exponential backoff; any other error (validation, permission, closed reply window…) makes the message
FAILED with the reason, until `retry(echo_id)` or `discard(echo_id)`. A SessionExpired pauses the queue
(nothing is failed) until `wake()` after the next sign-in. Nothing else holds a send: a conversation still
catching up after a reconnect sends as soon as the server answers (the server's id gives the reply its
place in the timeline; `after_id`, the newest message the agent had seen, anchors the ambiguity lookup).

Signals: message_changed(Message) — a pending message changed state (pending/sent/failed), for timelines;
message_removed(Message) — a message was discarded; message_changed_in(account_id, Message) and
message_removed_in(account_id, Message) — the same with the workspace (display ids are per workspace);
failed(AppError) — the queue itself could not be saved (the worker keeps the queue and tries again);
unsent_changed(int) — the number of this author's queued or failed messages changed (see `unsent()`).
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from desktop.api.chatwoot.client import ChatwootClient, OutgoingFile
from desktop.domain.errors import (
    AppError,
    ValidationFailed,
)
from desktop.domain.models import DeliveryStatus, Message
from desktop.services.observable import Emitter
from desktop.services.outbox_entry import Entry
from desktop.services.outbox_worker import OutboxWorker
from desktop.services.owned_tasks import cancel_and_wait

STORAGE_KEY = "outbox"  # {"queue": [entries], "sent": [ids]}: one record, so every change is one atomic write
LEGACY_SENT_KEY = "outbox-sent"  # read once from queues saved by older versions
SENT_KEPT = 500  # ids of the last messages this outbox saw through (never matched to another entry again)


class Storage(Protocol):
    """JSON key-value persistence (desktop/system/storage.py on files under the app data dir)."""

    def load(self, key: str) -> object | None: ...
    def save(self, key: str, value: object) -> None: ...


class Outbox(OutboxWorker):
    def __init__(self, client: ChatwootClient, storage: Storage, *, user_id: int | None = None,
                 backoff: tuple[float, float] = (1.0, 60.0)) -> None:
        self.client = client
        self.user_id = user_id  # the author, used to recognise our message when echo ids are not listed
        self._storage = storage
        self._backoff = backoff
        self._entries: list[Entry] = []
        self._paused = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._in_flight: Entry | None = None
        self._loaded = False
        self._sent_ids: list[int] = []
        # the newest message id known for a conversation (RealtimeSync answers from open timelines)
        self.anchor: Callable[[int, int], int | None] | None = None
        self.message_changed = Emitter()
        self.message_removed = Emitter()
        self.message_changed_in = Emitter()
        self.message_removed_in = Emitter()
        self.failed = Emitter()
        self.unsent_changed = Emitter()
        self._unsent_count = 0

    # -- life ----------------------------------------------------------------------------------------
    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        raw = self._storage.load(STORAGE_KEY)
        sent: object = None
        if isinstance(raw, dict):  # the queue and the matched ids, written together
            queue, sent = raw.get("queue"), raw.get("sent")
        else:  # written by an older version: the queue alone, the matched ids in their own file
            queue, sent = raw, self._storage.load(LEGACY_SENT_KEY)
        if isinstance(queue, list):
            self._entries = [entry for item in queue if (entry := Entry.from_json(item)) is not None]
        if isinstance(sent, list):
            self._sent_ids = [i for i in sent if isinstance(i, int)][-SENT_KEPT:]
        self._count_unsent()

    async def start(self) -> None:
        """Load the persisted queue and start sending (idempotent)."""
        self._load()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="outbox")

    async def close(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)

    def wake(self) -> None:
        """Retry now: after a sign-in or a reconnect (resets the backoff of pending messages)."""
        self._paused = False
        for entry in self._entries:
            entry.not_before = 0.0
        self._wake.set()

    # -- the queue -----------------------------------------------------------------------------------
    def send(self, account_id: int, conversation_id: int, content: str, *, private: bool = False,
             attachments: Sequence[OutgoingFile] = (), in_reply_to: int | None = None,
             after_id: int | None = None) -> Message:
        """Queue a reply; returns the PENDING message at once. `after_id` (the newest message id the
        sender has seen) narrows the search made after an ambiguous failure."""
        if not content.strip() and not attachments:
            raise ValidationFailed("The message is empty.", fields=("content",))
        self._load()
        entry = Entry(
            echo_id=uuid.uuid4().hex, server=self.client.base_url, account_id=account_id, author_id=self.user_id,
            conversation_id=conversation_id, content=content, private=private,
            attachments=[{"filename": f.filename, "content_type": f.content_type,
                          "data": base64.b64encode(f.data).decode("ascii")} for f in attachments],
            created_at=datetime.now(UTC).isoformat(), in_reply_to=in_reply_to, after_id=after_id,
            server_offset=self._server_offset(),
        )
        if entry.after_id is None and self.anchor is not None:
            entry.after_id = self.anchor(account_id, conversation_id)
        self._write([*self._entries, entry], self._sent_ids)  # OSError → caller, nothing queued
        self._entries.append(entry)
        self._wake.set()
        self._count_unsent()
        return entry.message()

    def pending(self, account_id: int, conversation_id: int) -> list[Message]:
        """Queued and failed messages of a conversation (for a timeline that opens), of this author."""
        self._load()
        return [e.message() for e in self._entries
                if (e.account_id, e.conversation_id) == (account_id, conversation_id)
                and e.author_id in (None, self.user_id)]

    def unsent(self) -> list[tuple[int, Message]]:
        """This author's queued and failed messages on the current server, oldest first, with their
        workspace: (account_id, message)."""
        self._load()
        server = self._server()
        return [(e.account_id, e.message()) for e in self._entries
                if e.server == server and e.author_id in (None, self.user_id)]

    def unsent_count(self) -> int:
        return len(self.unsent())

    def _count_unsent(self) -> None:
        count = self.unsent_count()
        if count != self._unsent_count:
            self._unsent_count = count
            self.unsent_changed.emit(count)

    def retry(self, echo_id: str) -> None:
        """Send a failed message again; for one waiting to retry, try it now (only its own backoff resets)."""
        entry = self._find(echo_id)
        if entry is not None and entry.state == "pending":
            entry.not_before = 0.0
            self._wake.set()
            return
        if entry is None or entry.state != "failed":
            return
        entry.state, entry.error, entry.attempts, entry.not_before = "pending", None, 0, 0.0
        self._persist()
        self._changed(entry.account_id, entry.message())
        self._wake.set()

    def discard(self, echo_id: str) -> None:
        """Drop a pending or failed message (one being sent right now cannot be taken back)."""
        entry = self._find(echo_id)
        if entry is None or entry is self._in_flight:
            return
        self._entries.remove(entry)
        self._persist()
        self.message_removed.emit(entry.message())
        self.message_removed_in.emit(entry.account_id, entry.message())
        self._count_unsent()

    def on_message(self, account_id: int, message: Message) -> Message | None:
        """A message.created/updated from the websocket: settles the queued message with its echo_id.
        Returns the message as settled (with the queued reply's echo_id, SENT at least), or None when it
        settled nothing."""
        if not message.echo_id:
            return None
        entry = self._find(message.echo_id)
        if entry is None or entry.account_id != account_id:
            return None
        return self._settle(entry, message)

    # -- internals -----------------------------------------------------------------------------------
    def _find(self, echo_id: str) -> Entry | None:
        return next((e for e in self._entries if e.echo_id == echo_id), None)

    def _changed(self, account_id: int, message: Message) -> None:
        self.message_changed.emit(message)
        self.message_changed_in.emit(account_id, message)

    def _persist(self) -> None:
        self._write(self._entries, self._sent_ids)

    def _write(self, entries: Sequence[Entry], sent_ids: Sequence[int]) -> None:
        """The whole state of the outbox in one write (the storage replaces the record atomically): a crash
        leaves it either before or after a change, never half-way (a sent id without its entry removed
        would make the next start post the reply again)."""
        self._storage.save(STORAGE_KEY, {"queue": [e.to_json() for e in entries], "sent": list(sent_ids)})

    def _settle(self, entry: Entry, message: Message) -> Message | None:
        if entry not in self._entries:
            return None
        entries = [e for e in self._entries if e is not entry]
        sent_ids = self._sent_ids if message.id is None else [*self._sent_ids[-(SENT_KEPT - 1):], message.id]
        self._write(entries, sent_ids)  # removed from the queue and remembered as sent: one atomic write
        self._entries, self._sent_ids = entries, sent_ids
        if message.echo_id != entry.echo_id or message.status == DeliveryStatus.PENDING:
            message = dataclasses.replace(message, echo_id=entry.echo_id, status=(
                message.status if message.status != DeliveryStatus.PENDING else DeliveryStatus.SENT))
        self._changed(entry.account_id, message)
        self._count_unsent()
        return message

    def _fail(self, entry: Entry, error: AppError | Exception) -> None:
        entry.state = "failed"
        entry.error = error.user_message if isinstance(error, AppError) else str(error) or type(error).__name__
        self._persist()
        self._changed(entry.account_id, entry.message())

    def _server_offset(self) -> float | None:
        try:
            clock = self.client.server_clock
        except AppError:
            return None  # signed out
        return clock.offset if clock.known else None

    def _server(self) -> str | None:
        try:
            return self.client.base_url
        except AppError:
            return None  # signed out
