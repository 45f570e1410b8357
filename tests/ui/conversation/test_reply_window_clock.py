"""The reply window counted on the server's clock, with the PC's clock ±10 minutes off (the sandbox's
`clock_offset_s` fault: its timestamps and its Date header run that far from this PC's clock). The requests
the open conversation makes are counted on the server: the tracker used to re-read the conversation in a
0 ms loop when the PC's clock said the window had passed but the server still said open (~60 GETs a second).
Also: the re-reads back off while the server keeps saying open after the end, and the pill says "closed"
at zero, never "1 min left"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.models import ChannelKind
from desktop.ui.conversation.reply_window import REREAD_BACKOFF, ReplyWindow
from tests.ui.conversation.test_conversation_harness import build, open_and_load, pick

DAY = 24 * 3600
LEFT = 300  # seconds of window left on the server's clock


@pytest.mark.parametrize("pc_ahead_s", [600, -600])
def test_countdown_on_the_server_clock_and_no_request_loop(qtbot, aloop, fresh_sandbox, pc_ahead_s: int) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        whatsapp = {i.id for i in harness.lookups.inboxes.values() if i.kind == ChannelKind.WHATSAPP}
        conversation = pick(aloop, harness.client, lambda c: c.can_reply and c.inbox_id in whatsapp)
        server_offset = -pc_ahead_s
        # the customer wrote 24 h minus 5 min ago on the server's clock...
        fresh_sandbox.set_faults(clock_offset_s=server_offset - (DAY - LEFT))
        fresh_sandbox.incoming(1, "are you there?", conversation_id=conversation.id)
        fresh_sandbox.set_faults(clock_offset_s=server_offset)  # ...whose clock is 10 min off the PC's
        aloop.run(harness.client.profile())  # any answer tells the client the server's time
        fresh_sandbox.requests(reset=True)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        aloop.until(lambda: pane.conversation is not None and pane.reply_window.ends_at is not None)
        aloop.wait(4.0)
        path = f"/api/v1/accounts/1/conversations/{conversation.id}"
        reads = fresh_sandbox.requests().get(f"GET {path}", 0)
        assert reads <= 2, f"{reads} reads of the open conversation in 4 s"
        assert pane.conversation is not None and pane.conversation.can_reply  # the server: still open
        text = pane.header.window_label.text()
        assert "5 min left" in text or "4 min left" in text, text  # the server's 5 minutes, not 15 or "closed"
        remaining = pane.reply_window._timer.remainingTime()
        assert (LEFT - 30) * 1000 < remaining < (LEFT + 30) * 1000  # the moment it ends, on the server's clock
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)


def test_rereads_back_off_while_the_server_says_open_after_the_end(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    """A frozen fixture: the server keeps saying "open" a day after the window ended. Each re-read waits
    twice as long as the one before (5 s … 10 min), and the pill says the window is closed."""
    harness = build(qtbot, aloop, sandbox)
    try:
        whatsapp = {i.id for i in harness.lookups.inboxes.values() if i.kind == ChannelKind.WHATSAPP}
        conversation = pick(aloop, harness.client, lambda c: c.can_reply and c.inbox_id in whatsapp)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        window: ReplyWindow = pane.reply_window
        assert window.ends_at is not None
        window.now = lambda: window.ends_at + timedelta(days=1)  # type: ignore[operator]
        pane.header.now = window.now
        delays = []
        for _ in range(10):
            window._timer.stop()  # the timer ran out (not waited for here: the delays add up to 40 min)
            window._fire()  # what its timeout does: count it overdue; the pane re-reads
            window.track(pane.conversation, pane.model, True)
            delays.append(window._timer.interval())
        assert delays == [min(REREAD_BACKOFF[1], REREAD_BACKOFF[0] * 2 ** n) for n in range(1, 11)]
        pane._track_window()
        assert pane.header.window_label.text() == "24-hour window closed"
    finally:
        harness.close(aloop)


def test_the_pill_says_closed_at_zero_never_one_minute_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.models import Contact, Conversation, ConversationStatus
    from desktop.ui.conversation.header import ConversationHeader

    header = ConversationHeader()
    qtbot.addWidget(header)
    ends = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    conversation = Conversation(id=7, account_id=1, inbox_id=1, status=ConversationStatus.OPEN,
                                contact=Contact(id=1, name="Huda"), can_reply=True)
    shown = {}
    for seconds_left, expected in [(3 * 3600 + 5, "3 h left"), (600, "10 min left"), (61, "2 min left"),
                                   (30, "1 min left"), (0, "24-hour window closed"), (-5, "24-hour window closed"),
                                   (-3600, "24-hour window closed")]:
        header.now = lambda s=seconds_left: ends - timedelta(seconds=s)  # type: ignore[misc]
        header.show_conversation(conversation, ends)
        shown[seconds_left] = header.window_label.text()
        assert expected in shown[seconds_left], shown
