"""The ActionCable realtime client: one websocket to `/cable`, one RoomChannel subscription per workspace.

It follows contract §11: welcome, subscribe (identifier compared as an opaque string), confirm (none within
`confirm_timeout` → `SubscriptionFailed`), `update_presence` every `presence_interval` seconds, a dead
connection detected when no frame (the server pings about every 3 s) arrives for `ping_timeout` seconds,
reconnect with jittered exponential backoff (capped at `backoff[1]`, but at `rest_cap` while
`rest_answering()` says the server answers REST: then only the websocket is down and waiting long only
delays the catch-up; `reconnect_now()` skips the wait, and replaces a socket that may be dead, when the
network changed or the machine woke from sleep), then re-subscribe and report
`ConnectionChanged(CONNECTED, reconnected=True, offline_seconds=…)` so that services catch up through REST
(`messages?after=`, `conversations?updated_within=`); there is no event replay. Frames are decoded into
`desktop.domain.events` (`realtime_events`); a malformed frame is logged (never its content, never the
identifier, which holds the pubsub token) and skipped. The subscription commands sent on the socket are
`realtime_commands.SubscriptionCommands`. Every task is owned here and cancelled by `stop()`.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.typing import Subprotocol

from desktop.api import network
from desktop.api.chatwoot import realtime_protocol as proto
from desktop.api.chatwoot.realtime_commands import SubscriptionCommands
from desktop.api.chatwoot.realtime_events import DATA_FRAMES, WIRED_ERRORS, read_frame
from desktop.api.chatwoot.realtime_subscriptions import SubscriptionSet
from desktop.domain.events import ConnectionState, Event

#: (a bound method in a module global: the decoder's method load is not specialized in `_handle`)
_read_wired = DATA_FRAMES.decode
log = logging.getLogger(__name__)

__all__ = ["RealtimeClient"]


class _ConnectionLost(Exception):
    """The current websocket is no longer usable; `reconnect` False means the server said not to retry."""

    def __init__(self, reason: str, *, reconnect: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reconnect = reconnect


class RealtimeClient:
    """Realtime events of the workspaces of one signed-in user, delivered to `on_event`.

    `on_event` is called on the event loop, synchronously, once per event, and must not block; an exception
    it raises is logged and does not affect the connection. States per workspace: CONNECTING until the first
    confirm, CONNECTED, RECONNECTING after a drop, OFFLINE when stopped, refused or removed.
    """

    def __init__(
        self,
        base_url: str,
        *,
        pubsub_token: str,
        user_id: int,
        account_ids: Iterable[int],
        on_event: Callable[[Event], None],
        verify: bool = True,
        presence_interval: float = 20.0,
        ping_timeout: float = 10.0,
        backoff: tuple[float, float] = (1.0, 30.0),
        confirm_timeout: float = 5.0,
        open_timeout: float = 10.0,
        rest_answering: Callable[[], bool] | None = None,
        rest_cap: float = 5.0,
    ) -> None:
        self.url = proto.cable_url(base_url)
        self._verify = verify
        self._ping_timeout = ping_timeout
        self._backoff = proto.Backoff(*backoff)
        self._open_timeout = open_timeout
        self._subs = SubscriptionSet(
            pubsub_token=pubsub_token, user_id=user_id, account_ids=account_ids, on_event=on_event
        )
        self._runner: asyncio.Task[None] | None = None
        self._ws: ClientConnection | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # the tasks of the current connection
        self._last_error: str | None = None
        self._failures = 0
        self._rest_answering = rest_answering
        self._rest_cap = rest_cap
        self._hurry = asyncio.Event()  # set by reconnect_now(): the next wait is skipped
        self._commands = SubscriptionCommands(self._subs, self._send, self._own, confirm_timeout=confirm_timeout,
                                              presence_interval=presence_interval)

    # -- public API ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._runner is not None and not self._runner.done()

    @property
    def last_error(self) -> str | None:
        """Why the last connection or subscription failed (no secrets), for diagnostics."""
        return self._last_error or self._subs.last_failure

    @property
    def connect_failures(self) -> int:
        """Connections lost or refused in a row since the last welcome frame (0 while connected)."""
        return self._failures

    def state(self, account_id: int) -> ConnectionState:
        return self._subs.state(account_id)

    async def start(self) -> None:
        if self.running:
            return
        for sub in self._subs.all():
            self._subs.set_state(sub, ConnectionState.CONNECTING)
        self._runner = asyncio.create_task(self._run(), name="realtime:run")

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
            try:
                await runner
            except asyncio.CancelledError:
                if (current := asyncio.current_task()) is not None and current.cancelling():
                    raise
        await self._cancel_connection_tasks()
        self._subs.connection_lost("stopped", final=True)

    def reconnect_now(self) -> None:
        """The network came back or changed, or the machine woke up: try at once instead of finishing the
        back-off, and replace the current socket (after a sleep or an address change it is likely dead, and
        the ping timeout would take `ping_timeout` seconds to tell)."""
        if not self.running:
            return
        self._backoff.reset()
        self._hurry.set()
        ws = self._ws
        if ws is not None:
            ws.transport.abort()  # the reader sees the connection closed and reconnects without waiting

    async def set_pubsub_token(self, pubsub_token: str) -> None:
        """The token rotates when the password changes: re-subscribe every workspace with the new one."""
        await self._commands.set_token(pubsub_token)

    # -- connection loop -------------------------------------------------------------------------------
    async def _run(self) -> None:
        while True:
            try:
                await self._connection()
                reason, retry = "the connection was closed", True
            except _ConnectionLost as exc:
                reason, retry = exc.reason, exc.reconnect
            except InvalidStatus as exc:
                reason, retry = f"the server refused the websocket (HTTP {exc.response.status_code})", True
            except ssl.SSLError as exc:
                reason = (
                    f"TLS error: {getattr(exc, 'verify_message', None) or exc.reason or type(exc).__name__}"
                )
                retry = True
            except (OSError, InvalidHandshake, TimeoutError, ConnectionClosed) as exc:
                reason, retry = proto.describe_failure(exc), True
            except Exception as exc:  # a bug or an unforeseen library error: never die silently, retry
                log.exception("realtime: unexpected failure of the connection")
                reason, retry = f"unexpected error ({type(exc).__name__})", True
            self._last_error = reason
            self._failures += 1
            log.info("realtime connection lost: %s", reason)
            self._subs.connection_lost(reason, final=not retry)
            if not retry:
                return
            await self._wait_before_retry()

    async def _wait_before_retry(self) -> None:
        answering = self._rest_answering is not None and self._rest_answering()
        delay = self._backoff.next_delay(self._rest_cap if answering else None)
        if not self._hurry.is_set():
            try:
                async with asyncio.timeout(delay):
                    await self._hurry.wait()
            except TimeoutError:
                pass
        self._hurry.clear()

    async def _connection(self) -> None:
        async with connect(
            self.url,
            subprotocols=[Subprotocol(p) for p in proto.SUBPROTOCOLS],
            **network.websocket_options(self.url, self._verify),  # TLS trust and proxy as for REST
            open_timeout=self._open_timeout,
            ping_interval=None,  # ActionCable pings at the application level; we watch those
            close_timeout=2,
            max_size=8 * 2**20,
        ) as ws:
            try:
                await self._await_welcome(ws)
                self._ws = ws
                self._backoff.reset()
                self._last_error = None
                self._failures = 0
                for sub in self._subs.all():
                    await self._commands.subscribe(sub)
                self._own(self._commands.presence_loop(), "realtime:presence")
                while True:
                    self._handle(await self._recv(ws))
            finally:
                self._ws = None
                await self._cancel_connection_tasks()

    async def _recv(self, ws: ClientConnection) -> bytes:
        """The next frame's payload as received: a text frame's UTF-8 bytes, not decoded to a `str` (the
        frame decoder reads UTF-8, and would encode a `str` of Arabic text back to UTF-8 first); a frame
        that is not valid UTF-8 is skipped as malformed by the decoder."""
        try:
            async with asyncio.timeout(self._ping_timeout):
                return await ws.recv(decode=False)
        except TimeoutError:
            raise _ConnectionLost(f"no frame from the server for {self._ping_timeout:g} s") from None

    async def _await_welcome(self, ws: ClientConnection) -> None:
        while True:
            try:
                frame = proto.parse_frame(await self._recv(ws))
            except proto.FrameError as exc:
                log.warning("realtime: skipped a malformed frame before welcome: %s", exc)
                continue
            if frame.type == "welcome":
                return
            if frame.type == "disconnect":
                raise _ConnectionLost(f"server disconnect: {frame.reason}", reconnect=frame.reconnect)

    def _handle(self, raw: str | bytes) -> None:
        try:  # the common case: a known event's data frame of one of our subscriptions, read in one pass
            wired = _read_wired(raw)
        except WIRED_ERRORS:
            pass
        else:
            if wired.type is None and wired.message is not None:
                sub = self._subs.by_wire_identifier(wired.identifier)
                if sub is not None:
                    self._subs.dispatch(sub, wired.message)
                    return
        # anything else (control frames, other events, an identifier escaped otherwise, garbage) as parsed
        try:
            frame = read_frame(raw)  # one pass over the bytes for the known events (msgspec)
        except proto.FrameError as exc:
            log.warning("realtime: skipped a malformed frame: %s", exc)
            return
        kind = frame.type
        if kind is None:  # a data frame: the common case
            if frame.message is not None and (sub := self._subs.by_identifier(frame.identifier)) is not None:
                self._subs.dispatch(sub, frame.message)
            return  # (no subscription: a stale identifier, old token or removed workspace, or another channel)
        if kind in ("ping", "welcome"):
            return
        if kind == "disconnect":
            raise _ConnectionLost(f"server disconnect: {frame.reason}", reconnect=frame.reconnect)
        sub = self._subs.by_identifier(frame.identifier)
        if sub is None:
            return  # a stale identifier (old token, removed workspace) or a channel we did not open
        if kind == "confirm_subscription":
            self._subs.confirmed(sub)
        elif kind == "reject_subscription":
            self._subs.failed(sub, "the server rejected the subscription")

    # -- the live socket --------------------------------------------------------------
    async def _send(self, frame: str) -> bool:
        ws = self._ws
        if ws is None:
            return False
        try:
            await ws.send(frame)
        except ConnectionClosed:
            return False  # the reader notices and reconnects
        return True

    # -- task ownership --------------------------------------------------------------------------------
    def _own(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _cancel_connection_tasks(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for sub in self._subs.all():
            sub.timer = None
