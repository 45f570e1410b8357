"""The realtime client against the sandbox over a real loopback websocket (contract §11): one confirmed
subscription per workspace, refused subscriptions (wrong token, foreign workspace) reported, server events
decoded (incoming and sent messages with echo_id, status change, assignment) and the presence heartbeat.
Reconnects are in `test_realtime_reconnect.py`."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from desktop.domain.events import (
    ConnectionChanged,
    ConnectionState,
    ConversationChanged,
    MessageCreated,
    SubscriptionFailed,
)
from desktop.domain.models import ConversationStatus, MessageType
from desktop.sandbox.testing import RunningSandbox, start_sandbox
from tests.api.realtime_support import Recorder, Rest, connected, realtime_for, refused


@pytest.fixture
async def mona(sandbox: RunningSandbox) -> AsyncIterator[Rest]:
    rest = Rest(sandbox.url, sandbox.users["mona"].token)
    yield rest
    await rest.http.aclose()


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
