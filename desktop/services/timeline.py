"""The messages of one open conversation, oldest first, kept gap-free.

A `ListStore[Message]`: sent messages ordered by id, pending ones (no id yet) after them in the order they
were written. `upsert` identifies a message by id, or by `echo_id` while it is pending, and keeps the row's
identity across the pending → sent transition, so a reply is never shown twice whatever the order in which
the REST answer, the websocket echo and a catch-up page arrive.

After a dropped connection the timeline is `stale` until `catch_up()` has read every message after the
catch-up point (`messages?after=`, repeated while pages are full). The timeline knows up to which id it is
gap-free: the newest id of a page read from the server (the latest page, or a catch-up
read to its end), or of a message that came over the live stream (`advance`, ordered, so everything before
it came too). A reply's REST answer does not count: it arrives over another channel, while the stream may
already be silently dead (a sleeping or paused PC, a dead NAT). `mark_gap()` fixes the catch-up point when
the connection is lost at what was gap-free `LOOKBACK` seconds before the last live message (two messages
committed at once may be broadcast out of order): live events and answers that arrive later (during a catch-up of the
lists, or during a later drop) never move it. The point is cleared only by a catch-up that completed with
no new loss since it started; the newest page read being short proves nothing more was there, and anything
newer came over the live connection, up again before the catch-up began. Sending is not held meanwhile: a
reply gets its id, hence its place, from the server.

Signals (besides ListStore's): stale_changed(bool), loading_changed(bool).
"""

from __future__ import annotations

import time
from collections import deque

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.building import replacer
from desktop.domain.models import DeliveryStatus, Message
from desktop.services.observable import Emitter, ListStore

CATCH_UP_PAGE = 100  # messages?after= returns up to 100 (contract §6.2)
LOOKBACK = 5.0  # seconds of stream the catch-up point reaches back

_replace = replacer(Message)
_RANK = {DeliveryStatus.PENDING: 0, DeliveryStatus.FAILED: 0, DeliveryStatus.SENT: 1,
         DeliveryStatus.DELIVERED: 2, DeliveryStatus.READ: 3}


def _sort_key(message: Message) -> tuple[int, float, str]:
    if message.id is not None:
        return (0, float(message.id), "")
    return (1, message.created_at.timestamp(), message.echo_id or "")


class Timeline(ListStore[Message]):
    def __init__(self, client: ChatwootClient, account_id: int, conversation_id: int) -> None:
        super().__init__(key=lambda m: m.key, sort_key=_sort_key)
        self.client = client
        self.account_id = account_id
        self.conversation_id = conversation_id
        self._id_keys: dict[int, str] = {}
        self._has_older = False
        self._stale = False
        self._loading = False
        self._gap: tuple[int | None] | None = None  # (the catch-up point,) while a gap is open
        self._losses = 0  # connection losses seen (a catch-up that overlapped one does not close the gap)
        self._seen: int | None = None  # gap-free through this id (read from the server or live)
        self._marks: deque[tuple[float, int]] = deque()  # (monotonic time, id) of recent live advances
        self._settled: int | None = None  # gap-free through this id as of LOOKBACK ago
        self.stale_changed = Emitter()
        self.loading_changed = Emitter()

    # -- state ---------------------------------------------------------------------------------------
    @property
    def has_older(self) -> bool:
        return self._has_older

    @property
    def stale(self) -> bool:
        return self._stale

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def last_id(self) -> int | None:
        """The newest message id held (the anchor for messages?after=)."""
        return max(self._id_keys) if self._id_keys else None

    @property
    def first_id(self) -> int | None:
        return min(self._id_keys) if self._id_keys else None

    def advance(self, message_id: int | None) -> None:
        """A message came over the live stream: gap-free through it."""
        if message_id is None or self._stale or (self._seen is not None and message_id <= self._seen):
            return
        now = time.monotonic()
        self._marks.append((now, message_id))
        while self._marks and self._marks[0][0] <= now - LOOKBACK:
            self._settled = self._marks.popleft()[1]
        self._seen = message_id

    def _read_through(self, message_id: int | None) -> None:
        """Everything up to `message_id` was read from the server."""
        if message_id is not None and (self._seen is None or message_id >= self._seen):
            self._seen = self._settled = message_id
            self._marks.clear()

    def mark_gap(self) -> None:
        """The live connection was lost: stale, and the catch-up point fixed now (kept if a gap is open)."""
        self._losses += 1
        if self._gap is None:  # LOOKBACK before the last message that came live (the stream may have
            point = self._settled  # been silent for a while before the loss was noticed)
            newest = self._marks[-1][0] if self._marks else time.monotonic()
            for at, message_id in self._marks:
                if at <= newest - LOOKBACK:
                    point = message_id
            self._gap = (point,)
        self.set_stale(True)

    def set_stale(self, stale: bool) -> None:
        if stale != self._stale:
            self._stale = stale
            self.stale_changed.emit(stale)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- reading -------------------------------------------------------------------------------------
    async def load_latest(self) -> None:
        """Read the newest page; replaces what is shown (pending messages stay)."""
        self._set_loading(True)
        try:
            page = await self.client.list_messages(self.account_id, self.conversation_id)
        finally:
            self._set_loading(False)
        pending = [m for m in self if m.id is None]
        self._id_keys.clear()
        self.set_items(())
        with self.batch():
            for message in (*page.messages, *pending):
                self.upsert(message)
        self._has_older = page.has_more_before
        self._seen = self._settled = None
        self._marks.clear()
        self._read_through(max((m.id for m in page.messages if m.id is not None), default=None))

    async def load_older(self) -> None:
        first = self.first_id
        if not self._has_older or self._loading:
            return
        if first is None:
            await self.load_latest()
            return
        self._set_loading(True)
        try:
            page = await self.client.list_messages(self.account_id, self.conversation_id, before=first)
        finally:
            self._set_loading(False)
        self._has_older = page.has_more_before
        self.upsert_many(page.messages)

    async def catch_up(self) -> int:
        """Read everything after the catch-up point (the newest message held when no gap is open); returns
        how many messages came. Clears `stale` only when complete and no connection loss happened meanwhile
        (an error leaves the timeline stale, the point where it was, and reaches the caller)."""
        losses = self._losses
        last = self._gap[0] if self._gap is not None else self._seen
        if last is None:
            await self.load_latest()
            self._closed_gap(losses)
            return len(self)
        count = 0
        while True:
            page = await self.client.list_messages(self.account_id, self.conversation_id, after=last)
            self.upsert_many(page.messages)
            count += len(page.messages)
            newest = max((m.id for m in page.messages if m.id is not None), default=last)
            if len(page.messages) < CATCH_UP_PAGE or newest <= last:
                break
            last = newest
        self._read_through(newest)
        self._closed_gap(losses)
        return count

    def _closed_gap(self, losses: int) -> None:
        if losses == self._losses:  # no loss since this catch-up started: nothing can be missing
            self._gap = None
            self.set_stale(False)

    # -- live changes --------------------------------------------------------------------------------
    def upsert_many(self, messages: tuple[Message, ...] | list[Message]) -> None:
        with self.batch():
            for message in messages:
                self.upsert(message)

    def upsert(self, message: Message) -> None:
        """Insert or update by id, or by echo_id for a pending message; never doubles a message, and a
        message that arrives again unchanged announces nothing."""
        if message.conversation_id != self.conversation_id:
            return
        key: str | None = None
        if message.id is not None:
            key = self._id_keys.get(message.id)
        if key is None and message.echo_id and f"e:{message.echo_id}" in self:
            key = f"e:{message.echo_id}"
        if key is None:
            key = message.key
        echo = key[2:] if key.startswith("e:") else None
        if message.echo_id != echo:
            message = _replace(message, echo_id=echo)
        current = self.get(key)
        if current is not None:
            if current.id is not None and message.id is None:
                return  # a late pending/failed copy of a message the server already has
            if _RANK[message.status] < _RANK[current.status] and message.status != DeliveryStatus.FAILED:
                message = _replace(message, status=current.status)
            if message == current:
                return  # the same message again (the REST answer, then its websocket echo): nothing changed
        if message.id is not None:
            self._id_keys[message.id] = key
        super().upsert(message)

    def discard(self, echo_id: str) -> None:
        """Remove a pending/failed message the user discarded."""
        current = self.get(f"e:{echo_id}")
        if current is not None and current.id is None:
            self.remove(f"e:{echo_id}")
