"""The outbox's worker: one task that sends the queue in order per conversation, and what it does with each
answer (a base of `Outbox`, whose queue, persistence and signals it uses).

An attempt first looks for a message that an earlier ambiguous attempt may have created (`look_for`), takes
an anchor when no open timeline gave one, marks the entry as maybe sent and persists it before the
request, then settles it with the REST answer. Unreachable / RateLimited / ServerError retry with
exponential backoff (a RateLimited's Retry-After respected); a SessionExpired pauses the queue until
`wake()`; any other error makes the message FAILED with its reason; a bug fails it too, never loses it.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from desktop.domain.errors import (
    AppError,
    MalformedResponse,
    RateLimited,
    ServerError,
    SessionExpired,
    Unreachable,
)
from desktop.domain.models import Message
from desktop.services.outbox_entry import Entry, look_for

if TYPE_CHECKING:  # annotations only
    from desktop.api.chatwoot.client import ChatwootClient
    from desktop.services.observable import Emitter

RETRYABLE = (Unreachable, RateLimited, ServerError)
AMBIGUOUS = (Unreachable, ServerError, MalformedResponse)


class OutboxWorker:
    """Sending the queue; the state and the bookkeeping methods are the outbox's."""

    client: ChatwootClient
    user_id: int | None
    failed: Emitter
    _entries: list[Entry]
    _sent_ids: list[int]
    _paused: bool
    _wake: asyncio.Event
    _in_flight: Entry | None
    _backoff: tuple[float, float]

    def _server(self) -> str | None:
        raise NotImplementedError

    def _persist(self) -> None:
        raise NotImplementedError

    def _changed(self, account_id: int, message: Message) -> None:
        raise NotImplementedError

    def _settle(self, entry: Entry, message: Message) -> Message | None:
        raise NotImplementedError

    def _fail(self, entry: Entry, error: AppError | Exception) -> None:
        raise NotImplementedError

    def _next(self) -> tuple[Entry | None, float | None]:
        if self._paused:
            return None, None
        now, wait, blocked, server = time.monotonic(), None, set(), self._server()
        for entry in self._entries:
            where = (entry.account_id, entry.conversation_id)
            if entry.state != "pending" or entry.server != server or entry.author_id not in (None, self.user_id):
                continue
            if where in blocked:
                blocked.add(where)
                continue
            blocked.add(where)  # later messages of the conversation wait for this one
            if entry.not_before > now:
                wait = min(wait or 1e9, entry.not_before - now)
                continue
            return entry, None
        return None, wait

    async def _run(self) -> None:
        while True:
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # e.g. the disk is full: say so, keep the queue, try again later
                self.failed.emit(error if isinstance(error, AppError) else AppError(
                    "Unsent messages could not be saved.", detail=type(error).__name__))
                await asyncio.sleep(self._backoff[1])

    async def _step(self) -> None:
        entry, wait = self._next()
        if entry is None:
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
            except TimeoutError:
                pass
            return
        self._in_flight = entry
        try:
            await self._attempt(entry)
        finally:
            self._in_flight = None

    async def _attempt(self, entry: Entry) -> None:
        prior = entry.maybe_sent
        try:
            if entry.maybe_sent:
                found = await look_for(self.client, entry, self.user_id, set(self._sent_ids))
                if found is not None:
                    self._settle(entry, found)
                    return
            if entry.after_id is None:  # no open timeline gave an anchor: take the newest id now
                newest = await self.client.list_messages(entry.account_id, entry.conversation_id)
                entry.after_id = max((m.id for m in newest.messages if m.id is not None), default=0)
            entry.maybe_sent, entry.attempts = True, entry.attempts + 1
            self._persist()  # before the request: a crash now leaves it ambiguous, never lost
            message = await self.client.send_message(
                entry.account_id, entry.conversation_id, entry.content, private=entry.private,
                echo_id=entry.echo_id, attachments=entry.files(), in_reply_to=entry.in_reply_to)
        except SessionExpired:
            entry.maybe_sent = prior
            self._paused = True  # wait for wake() after the next sign-in
            return
        except AppError as error:
            if entry not in self._entries:
                return  # the websocket echo settled it meanwhile
            if not isinstance(error, AMBIGUOUS):
                entry.maybe_sent = prior
            if isinstance(error, RETRYABLE):
                self._schedule_retry(entry, error)
            else:
                self._fail(entry, error)
            return
        except asyncio.CancelledError:
            raise
        except Exception as bug:  # a bug must not lose the message: show it failed, with Retry
            if entry in self._entries:
                self._fail(entry, bug)
            return
        self._settle(entry, message)

    def _schedule_retry(self, entry: Entry, error: AppError) -> None:
        base, cap = self._backoff
        delay = min(cap, base * 2 ** min(entry.attempts, 16))
        if isinstance(error, RateLimited) and error.retry_after:
            delay = max(delay, error.retry_after)
        entry.not_before = time.monotonic() + delay
        entry.error = error.user_message
        self._persist()
        self._changed(entry.account_id, entry.message())
