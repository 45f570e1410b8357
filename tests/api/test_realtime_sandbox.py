"""The realtime client against the sandbox over a real loopback websocket (contract §11): one confirmed
subscription per workspace, refused subscriptions reported, server events decoded, the presence heartbeat,
reconnects after a dropped or silent socket, and the catch-up signal after which REST finds what was missed.

REST calls here are made with plain httpx (the realtime client is under test, not the REST client)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import (
    ConnectionChanged,
    ConnectionState,
    ConversationChanged,
    Event,
    MessageCreated,
    SubscriptionFailed,
)
from desktop.domain.models import ConversationStatus, MessageType
from desktop.sandbox.testing import RunningSandbox, start_sandbox
from tests.api.realtime_support import Recorder

FAST = {"backoff": (0.05, 0.3), "confirm_timeout": 2.0, "ping_timeout": 5.0}


class Rest:
    """Just enough REST to drive the sandbox as one user."""

    def __init__(self, url: str, token: str) -> None:
        self.http = httpx.AsyncClient(base_url=url, headers={"api_access_token": token}, timeout=10)

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self.http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json() if response.content.strip() else None

    async def profile(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/api/v1/profile"))

    async def first_conversation(self, account_id: int) -> int:
        body = await self.call(
            "GET", f"/api/v1/accounts/{account_id}/conversations", params={"assignee_type": "all"}
        )
        return int(body["data"]["payload"][0]["id"])


@pytest.fixture
async def mona(sandbox: RunningSandbox) -> AsyncIterator[Rest]:
    rest = Rest(sandbox.url, sandbox.users["mona"].token)
    yield rest
    await rest.http.aclose()


async def realtime_for(
    url: str, profile: dict[str, Any], account_ids: list[int], recorder: Recorder, **options: Any
) -> RealtimeClient:
    client = RealtimeClient(
        url,
        pubsub_token=profile["pubsub_token"],
        user_id=profile["id"],
        account_ids=account_ids,
        on_event=recorder,
        **{**FAST, **options},
    )
    await client.start()
    return client


def refused(account_id: int) -> Callable[[Event], bool]:
    return lambda e: isinstance(e, SubscriptionFailed) and e.account_id == account_id


def connected(account_id: int, *, reconnected: bool | None = None) -> Callable[[Event], bool]:
    def match(e: Event) -> bool:
        return (
            isinstance(e, ConnectionChanged)
            and e.account_id == account_id
            and e.state is ConnectionState.CONNECTED
            and (reconnected is None or e.reconnected is reconnected)
        )

    return match


async def test_one_confirmed_subscription_per_workspace(sandbox: RunningSandbox, mona: Rest) -> None:
    profile = await mona.profile()
    workspaces = sorted(a["id"] for a in profile["accounts"])
    assert workspaces == [1, 2, 3]
    recorder = Recorder()
    client = await realtime_for(sandbox.url, profile, workspaces, recorder)
    try:
        await recorder.wait_connected(workspaces)
        assert all(client.state(a) is ConnectionState.CONNECTED for a in workspaces)
        firsts = [
            e
            for e in recorder.events
            if isinstance(e, ConnectionChanged) and e.state is ConnectionState.CONNECTED
        ]
        assert sorted(e.account_id for e in firsts) == workspaces
        assert not any(e.reconnected for e in firsts)
        assert not any(isinstance(e, SubscriptionFailed) for e in recorder.events)
    finally:
        await client.stop()
    assert all(client.state(a) is ConnectionState.OFFLINE for a in workspaces)


async def test_wrong_token_or_foreign_workspace_is_a_subscription_failure(
    sandbox: RunningSandbox, mona: Rest
) -> None:
    profile = await mona.profile()
    recorder = Recorder()
    wrong = {**profile, "pubsub_token": "not-the-token"}
    client = await realtime_for(sandbox.url, wrong, [1, 2], recorder, confirm_timeout=1.0)
    try:
        for account_id in (1, 2):
            failed = await recorder.wait_for(refused(account_id))
            assert isinstance(failed, SubscriptionFailed) and "confirmation" in failed.reason
            assert client.state(account_id) is ConnectionState.OFFLINE
        assert not any(connected(a)(e) for e in recorder.events for a in (1, 2))
    finally:
        await client.stop()

    ahmed = Rest(sandbox.url, sandbox.users["ahmed"].token)  # an agent of workspace 1 only
    try:
        profile = await ahmed.profile()
        recorder = Recorder()
        client = await realtime_for(sandbox.url, profile, [1, 2], recorder, confirm_timeout=1.0)
        try:
            await recorder.wait_connected([1])
            await recorder.wait_for(refused(2))
            assert client.state(1) is ConnectionState.CONNECTED and client.state(2) is ConnectionState.OFFLINE
        finally:
            await client.stop()
    finally:
        await ahmed.http.aclose()


async def test_server_events_are_decoded(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, profile, [1, 2, 3], recorder)
    try:
        await recorder.wait_connected([1, 2, 3])
        cid = await rest.first_conversation(1)

        text = f"وصلني الطلب؟ {uuid.uuid4().hex[:6]}"
        fresh_sandbox.incoming(1, text, conversation_id=cid)
        incoming = await recorder.wait_for(
            lambda e: isinstance(e, MessageCreated) and e.message.content == text
        )
        assert isinstance(incoming, MessageCreated)
        assert incoming.account_id == 1 and incoming.message.conversation_id == cid
        assert incoming.message.message_type is MessageType.INCOMING

        echo = uuid.uuid4().hex
        await rest.call(
            "POST",
            f"/api/v1/accounts/1/conversations/{cid}/messages",
            json={"content": "تم", "echo_id": echo},
        )
        sent = await recorder.wait_for(lambda e: isinstance(e, MessageCreated) and e.message.echo_id == echo)
        assert isinstance(sent, MessageCreated)
        assert sent.message.message_type is MessageType.OUTGOING and sent.performer_id == profile["id"]

        await rest.call(
            "POST", f"/api/v1/accounts/1/conversations/{cid}/toggle_status", json={"status": "resolved"}
        )
        status = await recorder.wait_for(
            lambda e: isinstance(e, ConversationChanged) and e.name == "conversation.status_changed"
        )
        assert isinstance(status, ConversationChanged)
        assert status.conversation.id == cid and status.conversation.status is ConversationStatus.RESOLVED

        agent_id = fresh_sandbox.users["ahmed"].user_id
        await rest.call(
            "POST", f"/api/v1/accounts/1/conversations/{cid}/assignments", json={"assignee_id": agent_id}
        )
        assigned = await recorder.wait_for(
            lambda e: isinstance(e, ConversationChanged) and e.name == "assignee.changed"
        )
        assert isinstance(assigned, ConversationChanged)
        assert assigned.conversation.assignee is not None and assigned.conversation.assignee.id == agent_id

        # mona's personal stream reaches all three subscriptions: each event must surface once, in workspace 1
        for_text = [e for e in recorder.events if isinstance(e, MessageCreated) and e.message.content == text]
        assert [e.account_id for e in for_text] == [1]
        assert all(
            e.account_id == 1 for e in recorder.events if isinstance(e, MessageCreated | ConversationChanged)
        )
    finally:
        await client.stop()
        await rest.http.aclose()


@pytest.fixture
def short_presence(tmp_path: Path) -> Iterator[RunningSandbox]:
    running = start_sandbox(tmp_path / "presence.sqlite3", presence_ttl=1.5)
    yield running
    running.stop()


async def test_presence_heartbeat_keeps_an_auto_offline_agent_online(short_presence: RunningSandbox) -> None:
    karim = Rest(short_presence.url, short_presence.users["karim"].token)  # auto_offline agent of workspace 1

    async def status() -> str:
        accounts = (await karim.profile())["accounts"]
        return str(next(a for a in accounts if a["id"] == 1)["availability_status"])

    try:
        profile = await karim.profile()
        assert next(a for a in profile["accounts"] if a["id"] == 1)["auto_offline"] is True
        assert await status() == "offline"  # no websocket presence yet
        recorder = Recorder()
        client = await realtime_for(short_presence.url, profile, [1], recorder, presence_interval=0.4)
        try:
            await recorder.wait_connected([1])
            await asyncio.sleep(3.0)  # twice the presence TTL: only the heartbeat keeps it alive
            assert await status() == "online"
        finally:
            await client.stop()
        await asyncio.sleep(2.0)  # no heartbeat any more: presence expires
        assert await status() == "offline"
    finally:
        await karim.http.aclose()


async def test_reconnects_after_the_server_drops_the_socket(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, profile, [1, 2, 3], recorder)
    try:
        await recorder.wait_connected([1, 2, 3])
        mark = len(recorder.events)
        fresh_sandbox.set_faults(drop_websockets=True)
        for account_id in (1, 2, 3):
            back = await recorder.wait_for(connected(account_id, reconnected=True), start=mark)
            assert isinstance(back, ConnectionChanged) and back.offline_seconds > 0
        lost = [
            e
            for e in recorder.events[mark:]
            if isinstance(e, ConnectionChanged) and e.state is ConnectionState.RECONNECTING
        ]
        assert sorted(e.account_id for e in lost) == [1, 2, 3]
        # and events flow again on the new socket
        cid = await rest.first_conversation(1)
        fresh_sandbox.incoming(1, "بعد إعادة الاتصال", conversation_id=cid)
        await recorder.wait_for(
            lambda e: isinstance(e, MessageCreated) and e.message.content == "بعد إعادة الاتصال"
        )
    finally:
        await client.stop()
        await rest.http.aclose()


@pytest.fixture
def silent_sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    running = start_sandbox(tmp_path / "silent.sqlite3", ping_interval=60.0)
    yield running
    running.stop()


async def test_missed_pings_mean_a_dead_connection(silent_sandbox: RunningSandbox) -> None:
    rest = Rest(silent_sandbox.url, silent_sandbox.users["mona"].token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(
        silent_sandbox.url, profile, [1], recorder, ping_timeout=1.0, presence_interval=60.0
    )
    try:
        await recorder.wait_connected([1])
        lost = await recorder.wait_for(
            lambda e: isinstance(e, ConnectionChanged) and e.state is ConnectionState.RECONNECTING
        )
        assert isinstance(lost, ConnectionChanged) and lost.reason is not None and "no frame" in lost.reason
        await recorder.wait_for(connected(1, reconnected=True))
    finally:
        await client.stop()
        await rest.http.aclose()


async def test_catch_up_after_reconnect_finds_what_was_missed(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, profile, [1], recorder)
    try:
        await recorder.wait_connected([1])
        cid = await rest.first_conversation(1)
        before = await rest.call("GET", f"/api/v1/accounts/1/conversations/{cid}/messages")
        last_id = max(m["id"] for m in before["payload"])

        mark = len(recorder.events)
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await recorder.wait_for(
            lambda e: isinstance(e, ConnectionChanged) and e.state is ConnectionState.RECONNECTING, start=mark
        )
        missed = f"أثناء الانقطاع {uuid.uuid4().hex[:6]}"
        fresh_sandbox.incoming(1, missed, conversation_id=cid)
        await asyncio.sleep(0.5)
        assert client.state(1) is ConnectionState.RECONNECTING and client.last_error is not None
        fresh_sandbox.set_faults(refuse_websockets=False)

        back = await recorder.wait_for(connected(1, reconnected=True), start=mark)
        assert isinstance(back, ConnectionChanged) and back.offline_seconds >= 0.5
        # there is no replay: the missed message never arrives over the socket ...
        await asyncio.sleep(0.3)
        assert not any(isinstance(e, MessageCreated) and e.message.content == missed for e in recorder.events)
        # ... so the caller catches up through REST on the reconnected signal, and nothing is lost
        after = await rest.call(
            "GET", f"/api/v1/accounts/1/conversations/{cid}/messages", params={"after": last_id}
        )
        assert missed in [m["content"] for m in after["payload"]]
    finally:
        await client.stop()
        await rest.http.aclose()


async def test_pubsub_token_rotation_after_a_password_change(fresh_sandbox: RunningSandbox) -> None:
    mona = fresh_sandbox.users["mona"]
    rest = Rest(fresh_sandbox.url, mona.token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, profile, [1], recorder, confirm_timeout=1.0)
    try:
        await recorder.wait_connected([1])
        new_password = "mona-lead-2027"
        changed = await rest.call(
            "PUT",
            "/api/v1/profile",
            json={
                "profile": {
                    "current_password": mona.password,
                    "password": new_password,
                    "password_confirmation": new_password,
                }
            },
        )
        assert changed["pubsub_token"] != profile["pubsub_token"]
        # after a reconnect the old token no longer subscribes ...
        mark = len(recorder.events)
        fresh_sandbox.set_faults(drop_websockets=True)
        await recorder.wait_for(refused(1), start=mark)
        # ... and the new one (re-read from /profile by the caller) does
        mark = len(recorder.events)
        await client.set_pubsub_token(changed["pubsub_token"])
        back = await recorder.wait_for(connected(1, reconnected=True), start=mark)
        assert isinstance(back, ConnectionChanged) and back.offline_seconds > 0
        cid = await rest.first_conversation(1)
        fresh_sandbox.incoming(1, "بعد تغيير كلمة المرور", conversation_id=cid)
        await recorder.wait_for(
            lambda e: isinstance(e, MessageCreated) and e.message.content == "بعد تغيير كلمة المرور"
        )
    finally:
        await client.stop()
        await rest.http.aclose()


async def test_workspaces_can_be_added_and_removed_while_connected(fresh_sandbox: RunningSandbox) -> None:
    rest = Rest(fresh_sandbox.url, fresh_sandbox.users["mona"].token)
    profile = await rest.profile()
    recorder = Recorder()
    client = await realtime_for(fresh_sandbox.url, profile, [1], recorder)
    try:
        await recorder.wait_connected([1])
        await client.add_workspace(2)
        await recorder.wait_connected([2])
        await client.remove_workspace(1)
        assert client.account_ids == (2,) and client.state(1) is ConnectionState.OFFLINE
        removed = recorder.events[-1]
        assert (
            isinstance(removed, ConnectionChanged) and removed.account_id == 1 and removed.reason == "removed"
        )

        first = await rest.first_conversation(1)
        second = await rest.first_conversation(2)
        fresh_sandbox.incoming(1, "to the removed workspace", conversation_id=first)
        fresh_sandbox.incoming(2, "to the added workspace", conversation_id=second)
        arrived = await recorder.wait_for(
            lambda e: isinstance(e, MessageCreated) and e.message.content == "to the added workspace"
        )
        assert arrived.account_id == 2
        assert not any(isinstance(e, MessageCreated) and e.account_id == 1 for e in recorder.events)
    finally:
        await client.stop()
        await rest.http.aclose()
