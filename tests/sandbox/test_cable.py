"""Sandbox ActionCable against contract §11: welcome/ping frames, subscription confirm with the identifier
echoed byte for byte, silent failure for bad credentials, presence, and the events raised by REST mutations
(push shapes, performer, echo_id, receipts, typing not echoed to the typist), plus websocket fault switches."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from desktop.sandbox.testing import start_sandbox
from tests.sandbox.support import MESSAGE_PUSH_COLUMNS, PUSH_CONVERSATION_KEYS, USER_PUSH_KEYS


@pytest.fixture
def fast_sandbox(tmp_path: Path):  # type: ignore[no-untyped-def]
    running = start_sandbox(tmp_path / "cable.sqlite3", ping_interval=0.2, presence_ttl=0.6,
                            receipt_delays=(0.2, 0.4))
    yield running
    running.stop()


def _ws_url(sandbox: Any) -> str:
    return sandbox.url.replace("http://", "ws://") + "/cable"


def _identifier(sandbox: Any, who: str, account_id: int) -> str:
    user = sandbox.users[who]
    profile = httpx.get(f"{sandbox.url}/api/v1/profile", headers={"api_access_token": user.token}).json()
    return json.dumps({"channel": "RoomChannel", "pubsub_token": profile["pubsub_token"],
                       "account_id": account_id, "user_id": user.user_id})


async def _subscribe(ws: ClientConnection, identifier: str) -> None:
    await ws.send(json.dumps({"command": "subscribe", "identifier": identifier}))
    await _next(ws, lambda f: f.get("type") == "confirm_subscription")


async def _next(ws: ClientConnection, match, timeout: float = 3.0) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while True:
            raw = await ws.recv()
            frame = json.loads(raw)
            if match(frame):
                frame["_raw"] = raw
                return dict(frame)


async def _agents(sandbox: Any) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(headers={"api_access_token": sandbox.users["mona"].token}) as c:
        return list((await c.get(f"{sandbox.url}/api/v1/accounts/1/agents")).json())


def _event(name: str):  # type: ignore[no-untyped-def]
    return lambda f: isinstance(f.get("message"), dict) and f["message"].get("event") == name


async def test_protocol_frames(fast_sandbox) -> None:
    async with connect(_ws_url(fast_sandbox), subprotocols=["actioncable-v1-json"]) as ws:  # type: ignore[list-item]
        assert ws.subprotocol == "actioncable-v1-json"
        assert json.loads(await ws.recv()) == {"type": "welcome"}
        ping = await _next(ws, lambda f: f.get("type") == "ping")
        assert isinstance(ping["message"], int)
        identifier = _identifier(fast_sandbox, "mona", 1).replace(", ", ",  ")  # odd spacing must survive
        await ws.send(json.dumps({"command": "subscribe", "identifier": identifier}))
        confirm = await _next(ws, lambda f: f.get("type") == "confirm_subscription")
        assert confirm["identifier"] == identifier
        presence = await _next(ws, _event("presence.update"))
        assert presence["identifier"] == identifier
        data = presence["message"]["data"]
        assert data["account_id"] == 1 and set(data) == {"account_id", "users", "contacts"}
        assert data["users"][str(fast_sandbox.users["mona"].user_id)] == "online"
        assert all(isinstance(k, str) for k in data["users"])


async def test_bad_subscription_gets_no_answer(fast_sandbox) -> None:
    good = json.loads(_identifier(fast_sandbox, "omar", 2))
    bad = [dict(good, pubsub_token="wrong"), dict(good, user_id=1), dict(good, account_id=1)]
    async with connect(_ws_url(fast_sandbox), subprotocols=["actioncable-v1-json"]) as ws:  # type: ignore[list-item]
        for ident in bad:
            await ws.send(json.dumps({"command": "subscribe", "identifier": json.dumps(ident)}))
        with pytest.raises(TimeoutError):
            await _next(ws, lambda f: f.get("type") in ("confirm_subscription", "reject_subscription"), timeout=0.8)


async def test_events_from_rest_mutations(fast_sandbox) -> None:
    api = httpx.AsyncClient(base_url=fast_sandbox.url, headers={"api_access_token": fast_sandbox.users["ahmed"].token})
    async with connect(_ws_url(fast_sandbox)) as mona, connect(_ws_url(fast_sandbox)) as ahmed:
        await _subscribe(mona, _identifier(fast_sandbox, "mona", 1))
        await _subscribe(ahmed, _identifier(fast_sandbox, "ahmed", 1))
        convs = (await api.get("/api/v1/accounts/1/conversations", params={"inbox_id": 1})).json()
        cid = next(c["id"] for c in convs["data"]["payload"] if c["can_reply"])
        sent = (await api.post(f"/api/v1/accounts/1/conversations/{cid}/messages",
                               json={"content": "جاري المتابعة", "echo_id": "e-42"})).json()
        created = (await _next(mona, _event("message.created")))["message"]["data"]
        assert list(created)[:len(MESSAGE_PUSH_COLUMNS)] == MESSAGE_PUSH_COLUMNS
        assert created["id"] == sent["id"] and created["echo_id"] == "e-42" and created["account_id"] == 1
        assert set(created["performer"]) == USER_PUSH_KEYS and created["performer"]["id"] == 2
        assert isinstance(created["updated_at"], str) and created["conversation_id"] == cid
        updated = (await _next(mona, _event("message.updated")))["message"]["data"]
        assert updated["id"] == sent["id"] and updated["previous_changes"]["status"] == ["sent", "delivered"]
        read = (await _next(mona, _event("message.updated")))["message"]["data"]
        assert read["previous_changes"]["status"] == ["delivered", "read"] and read["status"] == "read"

        await api.post(f"/api/v1/accounts/1/conversations/{cid}/toggle_status", json={"status": "resolved"})
        changed = (await _next(mona, _event("conversation.status_changed")))["message"]["data"]
        assert set(changed) >= PUSH_CONVERSATION_KEYS and changed["status"] == "resolved"
        assert "performer" not in changed and "uuid" not in changed and "muted" not in changed
        assert isinstance(changed["updated_at"], float)
        assert changed["first_reply_created_at"] is None or isinstance(changed["first_reply_created_at"], str)
        assert all(m["message_type"] != 2 and not m["private"] for m in changed["messages"])

        await api.post(f"/api/v1/accounts/1/conversations/{cid}/toggle_typing_status", json={"typing_status": "on"})
        typing = (await _next(mona, _event("conversation.typing_on")))["message"]["data"]
        assert typing["user"]["id"] == 2 and typing["is_private"] is False and typing["account_id"] == 1
        with pytest.raises(TimeoutError):  # the typist never receives their own event
            await _next(ahmed, _event("conversation.typing_on"), timeout=0.5)

        await api.post(f"/api/v1/accounts/1/conversations/{cid}/assignments", json={"assignee_id": 3})
        assignee = (await _next(mona, _event("assignee.changed")))["message"]["data"]
        assert assignee["meta"]["assignee"]["id"] == 3 and assignee["meta"]["assignee"]["availability_status"] is None
    await api.aclose()


async def test_incoming_and_presence(fast_sandbox) -> None:
    async with connect(_ws_url(fast_sandbox)) as ws:
        identifier = _identifier(fast_sandbox, "karim", 1)
        await _subscribe(ws, identifier)
        result = await asyncio.to_thread(fast_sandbox.incoming, 1, "فين الأوردر رقم SD-104233؟", inbox_id=1)
        created = (await _next(ws, _event("conversation.created")))["message"]["data"]
        assert created["id"] == result["conversation_id"] and created["status"] == "open"
        message = (await _next(ws, _event("message.created")))["message"]["data"]
        assert message["message_type"] == 0 and message["sender"]["type"] == "contact" and "performer" not in message
        agents = await _agents(fast_sandbox)
        karim = next(a for a in agents if a["id"] == fast_sandbox.users["karim"].user_id)
        assert karim["availability_status"] == "online"  # present through the subscription
        await asyncio.sleep(0.8)  # presence expires without update_presence
        agents = await _agents(fast_sandbox)
        assert next(a for a in agents if a["id"] == karim["id"])["availability_status"] == "offline"
        await ws.send(json.dumps({"command": "message", "identifier": identifier,
                                  "data": json.dumps({"action": "update_presence"})}))
        presence = (await _next(ws, _event("presence.update")))["message"]["data"]
        assert presence["users"][str(karim["id"])] == "online"


async def test_websocket_faults(fast_sandbox) -> None:
    async with connect(_ws_url(fast_sandbox)) as ws:
        await ws.recv()
        await asyncio.to_thread(fast_sandbox.set_faults, drop_websockets=True)
        with pytest.raises(ConnectionClosed):
            async with asyncio.timeout(3):
                while True:
                    await ws.recv()
    await asyncio.to_thread(fast_sandbox.set_faults, refuse_websockets=True)
    with pytest.raises(InvalidStatus):
        async with connect(_ws_url(fast_sandbox)):
            pass
    await asyncio.to_thread(fast_sandbox.set_faults, refuse_websockets=False)
    async with connect(_ws_url(fast_sandbox)) as ws:
        assert json.loads(await ws.recv()) == {"type": "welcome"}


async def test_notifications_for_assignment_and_mention(fast_sandbox) -> None:
    mona = httpx.AsyncClient(base_url=fast_sandbox.url, headers={"api_access_token": fast_sandbox.users["mona"].token})
    sara = fast_sandbox.users["sara"]
    async with connect(_ws_url(fast_sandbox)) as ws:
        await _subscribe(ws, _identifier(fast_sandbox, "sara", 1))
        convs = (await mona.get("/api/v1/accounts/1/conversations", params={"assignee_type": "unassigned"})).json()
        cid = convs["data"]["payload"][0]["id"]
        await mona.post(f"/api/v1/accounts/1/conversations/{cid}/assignments", json={"assignee_id": sara.user_id})
        data = (await _next(ws, _event("notification.created")))["message"]["data"]
        assert set(data) == {"notification", "unread_count", "count", "account_id"} and data["unread_count"] >= 1
        note = data["notification"]
        assert note["notification_type"] == "conversation_assignment" and note["primary_actor_type"] == "Conversation"
        assert note["primary_actor"]["id"] == cid and note["secondary_actor"]["id"] == fast_sandbox.users["mona"].user_id
        assert isinstance(note["created_at"], int) and note["read_at"] is None
        await mona.post(f"/api/v1/accounts/1/conversations/{cid}/messages",
                        json={"content": f"[@{sara.name}](mention://user/{sara.user_id}/{sara.name}) شوفي ده",
                              "private": True})
        mention = (await _next(ws, _event("notification.created")))["message"]["data"]
        assert mention["notification"]["notification_type"] == "conversation_mention"
        assert mention["unread_count"] == data["unread_count"] + 1
    await mona.aclose()


async def test_whatsapp_reply_outside_window_fails(fast_sandbox) -> None:
    api = httpx.AsyncClient(base_url=fast_sandbox.url, headers={"api_access_token": fast_sandbox.users["mona"].token})
    listed = (await api.get("/api/v1/accounts/1/conversations",
                            params={"inbox_id": 1, "status": "all", "updated_within": 10**8})).json()
    closed = next(c for c in listed["data"]["payload"] if not c["can_reply"])
    async with connect(_ws_url(fast_sandbox)) as ws:
        await _subscribe(ws, _identifier(fast_sandbox, "mona", 1))
        sent = (await api.post(f"/api/v1/accounts/1/conversations/{closed['id']}/messages",
                               json={"content": "لسه الأوردر في الطريق"})).json()
        assert sent["status"] == "sent"  # accepted first, as Chatwoot does; the channel fails it afterwards
        failed = (await _next(ws, _event("message.updated")))["message"]["data"]
        assert failed["id"] == sent["id"] and failed["status"] == "failed"
        assert failed["previous_changes"]["status"] == ["sent", "failed"]
        assert "24 hours" in failed["content_attributes"]["external_error"]
    await api.aclose()
