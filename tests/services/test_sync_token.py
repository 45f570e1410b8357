"""A password change rotates the pubsub token (contract §11.1): after the next reconnect the old token no
longer subscribes, and RealtimeSync must re-read the profile and re-subscribe by itself."""

from __future__ import annotations

from typing import Any

from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, ConversationQuery
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import Timeline
from tests.services.conftest import fast_realtime, wait_for


async def test_resubscribes_with_the_new_token_after_a_password_change(
    fresh_sandbox: Any, fresh_mona: SessionService
) -> None:
    session = fresh_mona
    assert session.user is not None
    old_token = session.user.pubsub_token
    page = await session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL))
    conversation_id = page.conversations[0].id
    timeline = Timeline(session.client, 1, conversation_id)
    await timeline.load_latest()
    sync = RealtimeSync(session, fast_realtime, retry_backoff=(0.1, 0.5))
    sync.register_timeline(timeline)
    states: list[tuple[int, ConnectionState]] = []
    sync.connection_changed.connect(lambda account, state: states.append((account, state)))
    await sync.start()
    try:
        await wait_for(lambda: (1, ConnectionState.CONNECTED) in states, what="first subscription")
        mona = fresh_sandbox.users["mona"]
        new_password = "mona-lead-2027"
        await session.client.request_json("PUT", "/api/v1/profile", json={"profile": {
            "current_password": mona.password, "password": new_password, "password_confirmation": new_password}})

        states.clear()
        fresh_sandbox.set_faults(drop_websockets=True)  # the reconnect subscribes with the old token
        await wait_for(lambda: session.user is not None and session.user.pubsub_token != old_token,
                       timeout=20, what="profile re-read with the rotated token")
        await wait_for(lambda: (1, ConnectionState.CONNECTED) in states, timeout=20, what="re-subscribed")
        await wait_for(lambda: not timeline.stale, timeout=20, what="caught up")

        fresh_sandbox.incoming(1, "بعد تغيير كلمة المرور", conversation_id=conversation_id)
        await wait_for(lambda: any(m.content == "بعد تغيير كلمة المرور" for m in timeline), what="live again")
    finally:
        await sync.stop()
