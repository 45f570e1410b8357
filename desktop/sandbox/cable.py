"""ActionCable endpoint of the sandbox (contract §11): welcome, periodic pings, RoomChannel subscriptions
with the identifier echoed byte for byte, silent failure for bad credentials, presence via
`update_presence`, and a hub that fans events out to personal (user) and account streams."""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from desktop.sandbox import clock, db
from desktop.sandbox.state import Sandbox

PROTOCOL = "actioncable-v1-json"


@dataclass(eq=False)
class Subscription:
    identifier: str
    user_id: int
    account_id: int


@dataclass(eq=False)
class Connection:
    ws: WebSocket
    queue: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    subs: list[Subscription] = field(default_factory=list)


class Hub:
    """Live connections; `to_users`/`to_account` enqueue data frames without awaiting."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.connections: set[Connection] = set()

    def _send(self, conn: Connection, sub: Subscription, event: str, payload: str) -> None:
        conn.queue.put_nowait(f'{{"identifier":{json.dumps(sub.identifier)},"message":'
                              f'{{"event":{json.dumps(event)},"data":{payload}}}}}')

    def to_users(self, user_ids: set[int], event: str, data: dict[str, Any]) -> None:
        """Personal streams: every subscription of these users (whatever account it was opened for)."""
        payload = json.dumps(data, ensure_ascii=False)
        for conn in list(self.connections):
            for sub in conn.subs:
                if sub.user_id in user_ids:
                    self._send(conn, sub, event, payload)

    def to_account(self, account_id: int, event: str, data: dict[str, Any]) -> None:
        payload = json.dumps(data, ensure_ascii=False)
        for conn in list(self.connections):
            for sub in conn.subs:
                if sub.account_id == account_id:
                    self._send(conn, sub, event, payload)

    def drop_all(self) -> None:
        for conn in list(self.connections):
            conn.queue.put_nowait(None)

    def presence_data(self, account_id: int) -> dict[str, Any]:
        return {"account_id": account_id, "users": self.sb.available_users(account_id), "contacts": {}}

    def _valid(self, identifier: str) -> tuple[int, int] | None:
        try:
            ident = json.loads(identifier)
            if ident.get("channel") != "RoomChannel":
                return None
            user_id, account_id = int(ident["user_id"]), int(ident["account_id"])
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        user = db.one(self.sb.conn, "SELECT 1 FROM users WHERE id=? AND pubsub_token=?",
                      (user_id, str(ident.get("pubsub_token"))))
        if user is None or self.sb.account_user(account_id, user_id) is None:
            return None
        return user_id, account_id

    def handle(self, conn: Connection, frame: dict[str, Any]) -> None:
        command, identifier = frame.get("command"), frame.get("identifier")
        if not isinstance(identifier, str):
            return
        existing = next((s for s in conn.subs if s.identifier == identifier), None)
        if command == "subscribe" and existing is None:
            valid = self._valid(identifier)
            if valid is None:
                return  # RoomChannel#subscribed raises: neither confirm nor reject
            sub = Subscription(identifier, valid[0], valid[1])
            conn.subs.append(sub)
            conn.queue.put_nowait(json.dumps({"identifier": identifier, "type": "confirm_subscription"}))
            self.sb.touch_presence(sub.account_id, sub.user_id)
            self.to_users({sub.user_id}, "presence.update", self.presence_data(sub.account_id))
        elif command == "unsubscribe" and existing is not None:
            conn.subs.remove(existing)
        elif command == "message" and existing is not None:
            try:
                action = json.loads(frame.get("data") or "{}").get("action")
            except (ValueError, AttributeError):
                return
            if action == "update_presence":
                self.sb.touch_presence(existing.account_id, existing.user_id)
                self.to_users({existing.user_id}, "presence.update", self.presence_data(existing.account_id))


async def _writer(conn: Connection, sb: Sandbox) -> None:
    while True:
        text = await conn.queue.get()
        if text is None:
            await conn.ws.close(code=1011)  # dropped by the fault switch
            return
        if sb.faults is not None and sb.faults.stall_websockets:
            continue  # a silently dead path (a NAT that forgot the connection): frames never arrive
        await conn.ws.send_text(text)


async def _pinger(conn: Connection, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        conn.queue.put_nowait(json.dumps({"type": "ping", "message": int(clock.now())}))


async def cable_endpoint(ws: WebSocket) -> None:
    sb: Sandbox = ws.app.state.sandbox
    hub = sb.hub
    assert isinstance(hub, Hub)  # the state holds the hub as a protocol; this module owns the class
    if sb.faults is not None and sb.faults.refuse_websockets:
        await ws.close(code=1008)  # before accept: the handshake is refused (HTTP 403)
        return
    offered = ws.scope.get("subprotocols") or []
    await ws.accept(subprotocol=PROTOCOL if PROTOCOL in offered else None)
    conn = Connection(ws)
    hub.connections.add(conn)
    conn.queue.put_nowait(json.dumps({"type": "welcome"}))
    writer = asyncio.create_task(_writer(conn, sb))
    pinger = asyncio.create_task(_pinger(conn, sb.config.ping_interval))
    try:
        while True:
            receive = asyncio.create_task(ws.receive_text())
            done, _ = await asyncio.wait({receive, writer}, return_when=asyncio.FIRST_COMPLETED)
            if writer in done:
                receive.cancel()
                with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError):
                    await receive
                break
            try:
                frame = json.loads(receive.result())
            except ValueError:
                continue
            if isinstance(frame, dict):
                hub.handle(conn, frame)
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        hub.connections.discard(conn)
        for task in (writer, pinger):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
