"""What the whole app, signed in and left alone with a WhatsApp conversation open (its reply window counting
down), asks of the server per minute, counted by the sandbox: the number the issue asks for, bounded so a
request loop (one was ~60 GETs a second per open conversation) cannot come back unnoticed."""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.models import ChannelKind
from tests.ui.app_harness import shut
from tests.ui.shell.test_shell_live import signed_in

IDLE_SECONDS = 30.0
BOUND_PER_MINUTE = 4  # HTTP requests of an idle signed-in app (presence goes over the websocket)


def test_an_idle_signed_in_app_makes_almost_no_requests(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _ = signed_in(qtbot, aloop, fresh_sandbox, user="mona", with_pane=True)
    try:
        scope = desktop.scope
        assert scope is not None
        parts = scope.workspaces[1]
        aloop.until(lambda: len(parts.store) > 0 and not parts.store.loading)
        whatsapp = {i.id for i in parts.lookups.inboxes.values() if i.kind == ChannelKind.WHATSAPP}
        target: Any = next(c for c in parts.store if c.inbox_id in whatsapp and c.can_reply)
        desktop.window.open_conversation(1, target.id)
        pane: Any = scope.views[1].conversation_pane
        aloop.until(lambda: pane.conversation is not None and pane.conversation.id == target.id
                    and pane.reply_window.ends_at is not None)  # the countdown runs
        aloop.wait(4.0)  # opened, read, marked read, thumbnails and contact panel loaded
        fresh_sandbox.requests(reset=True)
        aloop.wait(IDLE_SECONDS)
        counts = fresh_sandbox.requests()
        http = sum(n for key, n in counts.items() if not key.startswith("WS "))
        per_minute = http * 60 / IDLE_SECONDS
        print("idle app:", json.dumps({"http_requests_per_minute": per_minute, "counts": counts}))
        assert per_minute <= BOUND_PER_MINUTE, counts
        assert counts.get("WS /cable", 0) == 0  # and no reconnects
    finally:
        shut(aloop, desktop)
