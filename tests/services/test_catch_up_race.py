"""The reconnect-ordering race: after a reconnect the catch-up reads the conversation lists first; a live
message that arrives meanwhile used to move the open timeline's newest id forward, so its own catch-up
(`messages?after=`) started past the gap and the customer's message sent during the outage was never shown.
Real sandbox, real websocket; the live message is made to arrive exactly while the list catch-up is in flight.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, ConversationQuery
from desktop.services.conversations import ConversationList
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import LOOKBACK, Timeline
from tests.services.conftest import fast_realtime, wait_for


class LiveDuringListCatchUp:
    """The list's REST client; while `updated_conversations` (the list catch-up) is in flight, a customer message
    arrives and is delivered live to the timeline (the websocket is already back)."""

    def __init__(self, client: Any, during: Any) -> None:
        self._client, self._during = client, during
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def updated_conversations(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls == 1:
            await self._during()
        return await self._client.updated_conversations(*args, **kwargs)


async def test_a_live_message_during_the_list_catch_up_does_not_hide_the_gap(
        fresh_sandbox: Any, fresh_mona: SessionService) -> None:
    session = fresh_mona
    lists = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    await lists.load()
    conversation_id = lists[0].id
    timeline = Timeline(session.client, 1, conversation_id)
    await timeline.load_latest()
    sync = RealtimeSync(session, fast_realtime, retry_backoff=(0.1, 0.5))
    sync.register_list(lists)
    sync.register_timeline(timeline)

    async def live_message() -> None:
        fresh_sandbox.incoming(1, "live, during the list catch-up", conversation_id=conversation_id)
        await wait_for(lambda: any(m.content == "live, during the list catch-up" for m in timeline),
                       what="the live message")

    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    await sync.start()
    try:
        await wait_for(lambda: caught == [1], what="the first catch-up")
        lists.client = LiveDuringListCatchUp(session.client, live_message)  # type: ignore[assignment]
        fresh_sandbox.set_faults(refuse_websockets=True, drop_websockets=True)
        await wait_for(lambda: timeline.stale, what="stale after the drop")
        fresh_sandbox.incoming(1, "sent during the outage", conversation_id=conversation_id)
        await asyncio.sleep(0.2)
        fresh_sandbox.set_faults(refuse_websockets=False)
        await wait_for(lambda: caught == [1, 1], timeout=15, what="the catch-up after the reconnect")
        assert sync.states[1] == ConnectionState.CONNECTED and not timeline.stale
        contents = [m.content for m in timeline]
        assert "sent during the outage" in contents, "the gap was skipped: a customer message is missing"
        assert contents[-2:] == ["sent during the outage", "live, during the list catch-up"]
        ids = [m.id for m in timeline]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
    finally:
        await sync.stop()
        await lists.close()


async def test_a_reply_answered_while_the_stream_is_silently_dead_does_not_hide_the_gap(
        fresh_sandbox: Any, fresh_mona: SessionService, storage: Any) -> None:
    """The websocket stops delivering without closing (a paused PC, a NAT that forgot the connection):
    a customer message is lost on it, then the agent's reply is answered over REST, with a newer id. The
    loss is noticed only at the ping timeout; the catch-up must still start before the customer's message."""
    session = fresh_mona
    lists = ConversationList(session.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    await lists.load()
    conversation_id = lists[0].id
    me = session.user.id if session.user else None
    outbox = Outbox(session.client, storage, user_id=me, backoff=(0.05, 0.5))
    await outbox.start()
    timeline = Timeline(session.client, 1, conversation_id)
    await timeline.load_latest()
    factory = functools.partial(RealtimeClient, backoff=(0.05, 0.3), ping_timeout=2.0, confirm_timeout=3.0)
    sync = RealtimeSync(session, factory, outbox=outbox, retry_backoff=(0.1, 0.5))
    sync.register_timeline(timeline)
    caught: list[int] = []
    sync.caught_up.connect(caught.append)
    await sync.start()
    try:
        await wait_for(lambda: caught == [1], what="the first catch-up")
        await asyncio.sleep(LOOKBACK + 0.5)  # what was read is settled
        fresh_sandbox.set_faults(stall_websockets=True)
        fresh_sandbox.incoming(1, "lost on the dead socket", conversation_id=conversation_id)
        reply = outbox.send(1, conversation_id, "answered over REST")
        timeline.upsert(reply)
        await wait_for(lambda: any(m.content == "answered over REST" and m.id for m in timeline), what="the answer")
        assert not timeline.stale  # nobody knows yet that the socket is dead
        await wait_for(lambda: timeline.stale, timeout=10, what="the ping timeout")
        fresh_sandbox.set_faults(stall_websockets=False)
        await wait_for(lambda: len(caught) >= 2 and not timeline.stale, timeout=15, what="the catch-up")
        contents = [m.content for m in timeline]
        assert "lost on the dead socket" in contents, "the reply's id hid the gap"
        assert contents[-2:] == ["lost on the dead socket", "answered over REST"]
    finally:
        await sync.stop()
        await outbox.close()
        await lists.close()
