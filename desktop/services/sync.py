"""Realtime sync: one websocket for all workspaces of the user, routed to the live stores.

Events from the realtime client are applied in time slices (`sync_slices.EventSlices`: a few milliseconds
of them per loop iteration, one batch per store per slice), so a burst never holds the window for more
than a frame. The route of each event through the stores is `sync_routes.SyncRoutes`: messages →
outbox (echo reconciliation), open timelines, conversation lists (preview/order); conversation and
contact changes → lists; unread counts of my open conversations → the unread counter (`set_unread`);
cache invalidation and presence → lookups.

At the first subscription, what was loaded before it is caught up the same way (events may have been
missed between the first read and the subscription). After a drop, the workspace's open timelines become
stale until the catch-up done after the reconnect has completed. The catch-up points are fixed at the
moment the connection was lost and only a completed catch-up that no new loss overlapped clears them:
per workspace the wall-clock time of the loss, for the lists (`conversations?updated_within=` the seconds
since then, plus a margin, computed again at each attempt), and per timeline the newest message it held
(`messages?after=`, see `Timeline.mark_gap`). Live events that arrive meanwhile never move them. Sending is
not held: the outbox sends in order per conversation, and a reply gets its place from the server's id. A
failed catch-up is retried with backoff and reported on `catch_up_failed` each time. Every task is owned
here and cancelled by `stop()`.

Reconnecting: the realtime client's back-off is capped low while the server answers REST (only the
websocket is down); `reconnect_now()` (called by the UI when the OS reports the network back or changed)
and a wake from sleep (noticed here: the wall clock jumped ahead of the loop's monotonic clock, which stops
while the machine sleeps) make it try at once, and retry unsent replies at once.

Signals: connection_changed(account_id, ConnectionState), event(Event) for anyone else (notifications,
the conversation pane), catch_up_failed(account_id, AppError), caught_up(account_id).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from desktop.domain.errors import AppError, SessionExpired
from desktop.domain.events import ConnectionChanged, ConnectionState, Event, SubscriptionFailed
from desktop.domain.models import AssigneeFilter, Conversation, ConversationQuery
from desktop.services.conversations import ConversationList
from desktop.services.observable import Emitter
from desktop.services.outbox import Outbox
from desktop.services.owned_tasks import cancel_all_and_wait
from desktop.services.session import SessionService
from desktop.services.sync_routes import SyncRoutes
from desktop.services.sync_slices import Batched, EventSlices, apply_in_slices
from desktop.services.timeline import Timeline
from desktop.services.workspace import WorkspaceLookups

if TYPE_CHECKING:
    from desktop.services.unread import UnreadCounter

CATCH_UP_MARGIN = 30.0  # seconds added to the offline time for updated_within
TOKEN_RECHECK = 30.0  # at most one profile re-read a this many seconds when subscriptions are refused
REST_FRESH = 30.0  # the server "answers REST" when an answer came within this many seconds
WAKE_CHECK = 5.0  # seconds between two looks at the clocks
WAKE_JUMP = 15.0  # the wall clock ran this much further than the monotonic one: the machine slept
EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)


class Realtime(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def set_pubsub_token(self, pubsub_token: str) -> None: ...
    def reconnect_now(self) -> None: ...


# factory(base_url, pubsub_token=, user_id=, account_ids=, on_event=, rest_answering=)
RealtimeFactory = Callable[..., Realtime]


class RealtimeSync:
    def __init__(self, session: SessionService, realtime_client_factory: RealtimeFactory, *,
                 outbox: Outbox | None = None, retry_backoff: tuple[float, float] = (1.0, 30.0)) -> None:
        self.session = session
        self._factory = realtime_client_factory
        self._realtime: Realtime | None = None
        self._routes = SyncRoutes()
        self._slices = EventSlices(self._apply, self._announce)
        self._catch_ups: dict[int, asyncio.Task[None]] = {}
        self._backoff = retry_backoff
        self._started_at = 0.0
        self._generation = 0
        self._live_until: dict[int, float] = {}  # account → wall time its events last flowed
        self._gap_since: dict[int, float] = {}  # account → wall time the open gap of its lists started
        self._losses: dict[int, int] = {}  # account → connection losses seen (see _close_gap)
        self._token_check: asyncio.Task[None] | None = None
        self._wake_watch: asyncio.Task[None] | None = None
        self._clocks: tuple[Callable[[], float], Callable[[], float]] = (time.time, time.monotonic)
        self._hurried_at = -math.inf  # monotonic time of the last reconnect_now()
        self._token_checked_at = -math.inf
        self.states: dict[int, ConnectionState] = {}
        self.connection_changed = Emitter()
        self.event = Emitter()
        self.catch_up_failed = Emitter()
        self.caught_up = Emitter()
        if outbox is not None:
            self.set_outbox(outbox)

    # -- registration --------------------------------------------------------------------------------
    def set_outbox(self, outbox: Outbox) -> None:
        self._routes.set_outbox(outbox)

    def set_unread(self, counter: UnreadCounter) -> None:
        """Keep the unread counter with the events (and the catch-up pages) the lists get."""
        self._routes.unread = counter

    def register_list(self, conversations: ConversationList) -> Callable[[], None]:
        return self._routes.add_list(conversations)

    def register_timeline(self, timeline: Timeline) -> Callable[[], None]:
        """Route events to an open timeline; shows the outbox's queued messages of its conversation."""
        unregister = self._routes.add_timeline(timeline)
        if self.states.get(timeline.account_id) in (ConnectionState.RECONNECTING, ConnectionState.OFFLINE):
            timeline.mark_gap()  # no events flow: it is not up to date until the next catch-up
        return unregister

    def register_lookups(self, lookups: WorkspaceLookups) -> None:
        self._routes.lookups[lookups.account_id] = lookups

    def find_conversation(self, account_id: int, conversation_id: int) -> Conversation | None:
        return self._routes.find_conversation(account_id, conversation_id)

    # -- life ----------------------------------------------------------------------------------------
    async def start(self) -> None:
        user, server = self.session.user, self.session.server_url
        if user is None or server is None:
            raise SessionExpired("You are signed out. Please sign in.")
        await self.stop()
        self._started_at = time.time()
        generation = self._generation
        self._realtime = self._factory(server, pubsub_token=user.pubsub_token, user_id=user.id,
                                       account_ids=[w.id for w in user.workspaces],
                                       on_event=lambda event: self._receive(generation, event),
                                       rest_answering=self._rest_answering)
        await self._realtime.start()
        self._wake_watch = asyncio.get_running_loop().create_task(self._watch_for_wake(), name="wake-watch")
        if self._routes.outbox is not None:
            self._routes.outbox.wake()

    async def stop(self) -> None:
        self._generation += 1  # events still coming from the old connection are dropped
        realtime, self._realtime = self._realtime, None
        self._slices.clear()
        tasks = list(self._catch_ups.values())
        self._catch_ups.clear()
        if self._token_check is not None:
            tasks.append(self._token_check)
            self._token_check = None
        if self._wake_watch is not None:
            tasks.append(self._wake_watch)
            self._wake_watch = None
        await cancel_all_and_wait(tasks)
        if realtime is not None:
            await realtime.stop()
            now = time.time()
            for account, state in list(self.states.items()):
                if state == ConnectionState.CONNECTED:
                    self._live_until[account] = now
                self._lost(account, now)
                self.states[account] = ConnectionState.OFFLINE
                self.connection_changed.emit(account, ConnectionState.OFFLINE)
            for timeline in self._routes.timelines:  # no events any more: not up to date until the next catch-up
                timeline.mark_gap()

    def reconnect_now(self) -> None:
        """The network came back or changed, or the machine woke up: reconnect and retry sends at once."""
        self._hurried_at = self._clocks[1]()
        if self._realtime is not None:
            self._realtime.reconnect_now()
        if self._routes.outbox is not None:
            self._routes.outbox.wake()

    def _rest_answering(self) -> bool:
        try:
            return self.session.client.server_clock.answered_within(REST_FRESH)
        except AppError:
            return False  # signed out

    async def _watch_for_wake(self) -> None:
        wall, mono = self._clocks
        last_wall, last_mono = wall(), mono()
        while True:
            await asyncio.sleep(WAKE_CHECK)
            now_wall, now_mono = wall(), mono()
            if (now_wall - last_wall) - (now_mono - last_mono) > WAKE_JUMP and self._hurried_at <= last_mono:
                self.reconnect_now()  # slept: the socket is surely dead, the back-off may be long (unless the
                # network's return since the last look already replaced it: that socket is new)
            last_wall, last_mono = now_wall, now_mono

    # -- events --------------------------------------------------------------------------------------
    def _receive(self, generation: int, event: Event) -> None:
        if generation == self._generation:
            self.on_event(event)

    def on_event(self, event: Event) -> None:
        """Called by the realtime client, on the loop: queue, and apply from the next loop iteration on."""
        self._slices.push(event)

    def _announce(self, events: list[Event]) -> None:
        for event in events:
            self.event.emit(event)

    def _apply(self, event: Event, batched: Batched) -> None:
        if isinstance(event, ConnectionChanged):
            self._connection(event)
        elif isinstance(event, SubscriptionFailed):
            self._subscription_refused(event)
        else:
            self._routes.apply(event, batched)

    def _connection(self, event: ConnectionChanged) -> None:
        account = event.account_id
        now = time.time()
        if self.states.get(account) == ConnectionState.CONNECTED and event.state != ConnectionState.CONNECTED:
            self._live_until[account] = now
        self.states[account] = event.state
        if event.state in (ConnectionState.RECONNECTING, ConnectionState.OFFLINE):
            self._lost(account, now)
            for timeline in self._routes.timelines_of(account):
                timeline.mark_gap()
        elif event.state == ConnectionState.CONNECTED:
            if event.reconnected:
                self._lost(account, now - (event.offline_seconds or 0.0))  # (kept if a gap is already open)
            elif self._routes.shows(account):
                # first subscription of this start: what was read before it may have missed events
                self._lost(account, min(self._started_at, self._live_until.get(account, self._started_at)))
            if not self._routes.shows(account):
                self._gap_since.pop(account, None)  # nothing shown of it: what opens later reads afresh
            elif account in self._gap_since:
                previous = self._catch_ups.pop(account, None)
                if previous is not None:
                    previous.cancel()
                self._catch_ups[account] = asyncio.get_running_loop().create_task(
                    self._catch_up(account), name=f"catch-up-{account}")
        self.connection_changed.emit(account, event.state)

    def _lost(self, account: int, since: float) -> None:
        """Events of `account` stopped flowing at `since` (wall time): the lists' catch-up point, fixed
        until a catch-up closes the gap."""
        self._losses[account] = self._losses.get(account, 0) + 1
        self._gap_since[account] = min(self._gap_since.get(account, since), since)

    def _subscription_refused(self, event: SubscriptionFailed) -> None:
        """The pubsub token rotates when the password changes (contract §11.1): re-read the profile and
        re-subscribe with the new token. Throttled, so a server that refuses for another reason is not
        asked for the profile on every retry."""
        now = asyncio.get_running_loop().time()
        if self._token_check is not None or now - self._token_checked_at < TOKEN_RECHECK:
            return
        self._token_checked_at = now
        self._token_check = asyncio.get_running_loop().create_task(
            self._refresh_pubsub_token(event.account_id), name="pubsub-token-check")

    async def _refresh_pubsub_token(self, account: int) -> None:
        try:
            user = await self.session.refresh_profile()
            if self._realtime is not None:
                await self._realtime.set_pubsub_token(user.pubsub_token)
        except SessionExpired:
            pass  # the session reports it
        except AppError as error:
            self.catch_up_failed.emit(account, error)
        finally:
            self._token_check = None

    # -- catch-up ------------------------------------------------------------------------------------
    async def _catch_up(self, account: int) -> None:
        delay, cap = self._backoff
        while True:
            try:
                await self.catch_up(account)
                return
            except SessionExpired:
                return  # the session reports it; nothing to retry until the next sign-in
            except AppError as error:
                self.catch_up_failed.emit(account, error)
            await asyncio.sleep(delay)
            delay = min(cap, delay * 2)

    async def catch_up(self, account: int) -> None:
        """Bring the lists and open timelines of a workspace up to date from the catch-up points fixed
        when the connection was lost. The lists' gap is closed only when no loss overlapped the read."""
        losses = self._losses.get(account, 0)
        since = self._gap_since.get(account)
        lists = self._routes.lists_of(account)
        # lists never loaded read afresh when they load; the unread badge has no such read, so it needs the page
        wanted = self._routes.unread is not None or any(shown.loaded for shown in lists)
        if lists and wanted and since is not None:
            seconds = math.ceil(max(0.0, time.time() - since) + CATCH_UP_MARGIN)
            rows = await lists[0].client.updated_conversations(account, seconds, EVERYTHING)  # decoded as read:
            await apply_in_slices(rows, lambda chunk: self._routes.apply_conversations(account, chunk))  # by slice
        for timeline in self._routes.timelines_of(account):
            await timeline.catch_up()
        if self._losses.get(account, 0) == losses:
            self._gap_since.pop(account, None)
        if self._routes.outbox is not None:
            self._routes.outbox.wake()
        self.caught_up.emit(account)
