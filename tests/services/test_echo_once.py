"""One path per event: a reply sent through the outbox and echoed by the websocket reaches the open
timeline once. The pending row is inserted when the reply is written; after that the timeline announces
exactly one change for it (pending → sent, with the server's id), whichever of the REST answer and the
websocket echo comes first."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop.domain.events import MessageCreated
from desktop.domain.models import AssigneeFilter, ConversationQuery, DeliveryStatus
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import Timeline
from desktop.system.storage import JsonFileStorage
from tests.services.conftest import fast_realtime, wait_for


async def test_an_echoed_send_is_upserted_once(fresh_sandbox: Any, fresh_mona: SessionService,
                                              storage: JsonFileStorage) -> None:
    session = fresh_mona
    page = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.MINE))
    conversation_id = page.conversations[0].id
    outbox = Outbox(session.client, storage, user_id=session.user.id if session.user else None)
    sync = RealtimeSync(session, fast_realtime, outbox=outbox)
    timeline = Timeline(session.client, 1, conversation_id)
    sync.register_timeline(timeline)
    await timeline.load_latest()
    echoes: list[MessageCreated] = []
    sync.event.connect(lambda e: echoes.append(e) if isinstance(e, MessageCreated) and e.message.echo_id else None)
    await sync.start()
    await wait_for(lambda: sync.states.get(1) == "connected", what="subscription")
    await outbox.start()
    try:
        pending = outbox.send(1, conversation_id, "echo once")
        timeline.upsert(pending)  # what the composer does: the pending row appears at once
        row = timeline.index_of(pending.key)
        announced: list[tuple[str, int, int]] = []
        for name in ("inserted", "changed", "removed"):
            getattr(timeline, name).connect(lambda first, last, name=name: announced.append((name, first, last)))
        timeline.moved.connect(lambda: announced.append(("moved", -1, -1)))

        await wait_for(lambda: echoes, what="the websocket echo")
        await wait_for(lambda: not outbox.unsent(), what="settled")
        await asyncio.sleep(0.3)  # let the later of the REST answer and the echo arrive too
        assert [e.message.echo_id for e in echoes] == [pending.echo_id]
        assert announced == [("changed", row, row)], announced
        shown = timeline[row]
        assert shown.key == pending.key and shown.id is not None and shown.status != DeliveryStatus.PENDING
        assert sum(m.content == "echo once" for m in timeline) == 1
    finally:
        await sync.stop()
        await outbox.close()
