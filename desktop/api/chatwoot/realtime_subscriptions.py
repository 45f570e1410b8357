"""Per-workspace subscription bookkeeping of the realtime client (no I/O).

`SubscriptionSet` holds one RoomChannel subscription per workspace: its identifier (opaque string holding the
pubsub token, so never logged), its `ConnectionState`, whether it is confirmed, and when it was lost. It turns
what happens on the socket (confirm, reject, confirm deadline passed, connection lost, data frame) into
domain events for `on_event`: `ConnectionChanged` (with `reconnected` and `offline_seconds` after a drop),
`SubscriptionFailed`, and the decoded server events. The websocket itself lives in `realtime.py`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec

from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime_events import decode_event, event_name
from desktop.domain.errors import AppError
from desktop.domain.events import ConnectionChanged, ConnectionState, Event, SubscriptionFailed

log = logging.getLogger("desktop.api.chatwoot.realtime")


@dataclass(slots=True, eq=False)
class Subscription:
    account_id: int
    identifier: str
    #: `identifier` as the JSON string a frame carries it in (quotes escaped), compared with a frame's as is
    wire_identifier: msgspec.Raw = field(init=False, repr=False)
    state: ConnectionState = ConnectionState.CONNECTING
    confirmed: bool = False
    ever_confirmed: bool = False
    failed: bool = False
    lost_at: float | None = None  # monotonic time a confirmed subscription was lost
    timer: asyncio.Task[None] | None = None  # the confirm deadline, owned by the client

    def __post_init__(self) -> None:
        self.wire_identifier = msgspec.Raw(msgspec.json.encode(self.identifier))

    def set_identifier(self, identifier: str) -> None:
        self.identifier = identifier
        self.wire_identifier = msgspec.Raw(msgspec.json.encode(identifier))

    def cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None


class SubscriptionSet:
    def __init__(
        self,
        *,
        pubsub_token: str,
        user_id: int,
        account_ids: Iterable[int],
        on_event: Callable[[Event], None],
    ) -> None:
        self._token = pubsub_token
        self._user_id = user_id
        self._on_event = on_event
        self._subs: dict[int, Subscription] = {}
        for account_id in account_ids:
            self.add(account_id)
        #: why the last subscription failed (no secrets), for diagnostics.
        self.last_failure: str | None = None

    # -- membership ------------------------------------------------------------------------------------
    def all(self) -> list[Subscription]:
        return list(self._subs.values())

    @property
    def token(self) -> str:
        return self._token

    def get(self, account_id: int) -> Subscription | None:
        return self._subs.get(account_id)

    def is_current(self, sub: Subscription) -> bool:
        return self._subs.get(sub.account_id) is sub

    def state(self, account_id: int) -> ConnectionState:
        sub = self._subs.get(account_id)
        return sub.state if sub else ConnectionState.OFFLINE

    def add(self, account_id: int) -> Subscription:
        sub = self._subs.get(account_id)
        if sub is None:
            sub = self._subs[account_id] = Subscription(account_id, self._identifier(account_id))
        return sub

    def set_token(self, pubsub_token: str) -> None:
        self._token = pubsub_token
        for sub in self._subs.values():
            sub.set_identifier(self._identifier(sub.account_id))

    def by_identifier(self, identifier: str | None) -> Subscription | None:
        if identifier is not None:
            for sub in self._subs.values():
                if sub.identifier == identifier:
                    return sub
        return None

    def by_wire_identifier(self, identifier: msgspec.Raw) -> Subscription | None:
        """The subscription whose identifier a frame carries as this JSON text (escaped as `json.dumps` and the
        server escape it); None when no subscription's matches so (`by_identifier` reads it otherwise)."""
        for sub in self._subs.values():
            if sub.wire_identifier == identifier:
                return sub
        return None

    def _identifier(self, account_id: int) -> str:
        return proto.room_identifier(pubsub_token=self._token, account_id=account_id, user_id=self._user_id)

    # -- state changes ---------------------------------------------------------------------------------
    def set_state(self, sub: Subscription, state: ConnectionState, *, reason: str | None = None) -> None:
        if sub.state is state and state is not ConnectionState.CONNECTING:
            return
        sub.state = state
        self.emit(ConnectionChanged(sub.account_id, state, reason=reason))

    def unconfirm(self, sub: Subscription) -> None:
        """The subscription stops receiving (unsubscribed, connection lost): remember since when."""
        if sub.confirmed:
            sub.lost_at = time.monotonic()
            sub.confirmed = False

    def confirmed(self, sub: Subscription) -> None:
        sub.cancel_timer()
        reconnected = sub.ever_confirmed
        offline = time.monotonic() - sub.lost_at if reconnected and sub.lost_at is not None else 0.0
        sub.confirmed = sub.ever_confirmed = True
        sub.failed = False
        sub.lost_at = None
        sub.state = ConnectionState.CONNECTED
        self.emit(
            ConnectionChanged(
                sub.account_id, ConnectionState.CONNECTED, reconnected=reconnected, offline_seconds=offline
            )
        )

    def failed(self, sub: Subscription, reason: str) -> None:
        """No confirm in time, or a reject frame: one SubscriptionFailed per failure streak."""
        sub.cancel_timer()
        self.last_failure = f"workspace {sub.account_id}: subscription refused ({reason})"
        log.warning("realtime: %s", self.last_failure)
        if not sub.failed:
            sub.failed = True
            self.emit(SubscriptionFailed(sub.account_id, reason))
        self.set_state(sub, ConnectionState.OFFLINE, reason=reason)

    def connection_lost(self, reason: str, *, final: bool) -> None:
        for sub in self._subs.values():
            sub.cancel_timer()
            self.unconfirm(sub)
            if final:
                self.set_state(sub, ConnectionState.OFFLINE, reason=reason)
            elif sub.ever_confirmed and sub.state is not ConnectionState.RECONNECTING:
                self.set_state(sub, ConnectionState.RECONNECTING, reason=reason)

    # -- events ----------------------------------------------------------------------------------------
    def dispatch(self, sub: Subscription, message: object) -> None:
        """Decode one data frame's message; a malformed one is logged (name and reason only) and skipped."""
        try:
            event = decode_event(message, sub.account_id)
        except AppError as exc:
            log.warning(
                "realtime: skipped %s in workspace %s: %s",
                _safe_name(message),
                sub.account_id,
                exc.detail or exc,
            )
            return
        except Exception:  # a decoder bug must not kill the connection either
            log.exception(
                "realtime: decoder failed on %s in workspace %s", _safe_name(message), sub.account_id
            )
            return
        if event is not None:
            try:  # `emit`, inline: this runs for every event of a burst
                self._on_event(event)
            except Exception:
                log.exception("realtime: the event handler failed on %s", type(event).__name__)

    def emit(self, event: Event) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("realtime: the event handler failed on %s", type(event).__name__)


def _safe_name(message: object) -> str:
    try:
        return event_name(message)
    except AppError:
        return "a frame without an event name"
