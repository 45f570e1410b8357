"""The unread badge has one owner (`services.unread.UnreadCounter`), kept by the realtime sync: while the
visible list shows another tab, a message for one of my open conversations raises the badge (switcher,
tray, window title) by one and notifies, with no REST request for it, each store applying the event once."""

from __future__ import annotations

from desktop.domain.events import ConversationChanged, Event, MessageCreated
from desktop.domain.models import AssigneeFilter, ConversationQuery
from tests.ui.app_harness import shut
from tests.ui.shell.test_shell_live import signed_in

ANNOUNCEMENTS = ("inserted", "changed", "removed", "moved", "reordered", "reset")


def test_a_message_for_me_while_the_all_tab_is_shown(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, backend = signed_in(qtbot, aloop, fresh_sandbox)
    scope = desktop.scope
    assert scope is not None
    services, view = scope.services, scope.views[1]
    view.list_pane.set_tab(AssigneeFilter.ALL)
    aloop.until(lambda: view.store.query.assignee == AssigneeFilter.ALL and not view.store.loading
                and len(view.store) > 0)
    mine = aloop.run(desktop.session.client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.MINE)))
    target = mine.conversations[-1]  # the oldest of my open conversations
    assert services.unread.find(1, target.id) is not None
    aloop.wait(view.store.COUNTS_DELAY + 1.0)  # what the tab switch asks for is asked by now
    badge, tray = desktop.window.switcher.workspaces.unread(1), desktop.tray.unread
    counted: list[tuple[int, int]] = []
    services.unread.changed.connect(lambda account, count: counted.append((account, count)))
    announced: list[str] = []
    for name in ANNOUNCEMENTS:
        getattr(view.store, name).connect(lambda *_args, name=name: announced.append(name))
    events: list[Event] = []
    services.sync.event.connect(events.append)

    fresh_sandbox.requests(reset=True)
    fresh_sandbox.incoming(1, "badge from the All tab", conversation_id=target.id)
    aloop.until(lambda: desktop.window.switcher.workspaces.unread(1) == badge + 1)
    assert desktop.tray.unread == tray + 1 and desktop.window.windowTitle().startswith(f"({tray + 1})")
    aloop.until(lambda: any("badge from the All tab" in body for _title, body in backend.shown))
    aloop.wait(view.store.COUNTS_DELAY + 1.0)  # a counts refresh or a list read would have been asked by now
    requests = fresh_sandbox.requests()

    created = [e for e in events if isinstance(e, MessageCreated) and e.message.conversation_id == target.id]
    assert len(created) == 1
    assert counted == [(1, badge + 1)]  # the owner applied it once: one announcement, +1
    row = services.unread.find(1, target.id)
    assert row is not None and row.unread_count == target.unread_count + 1
    changes = [e for e in events if isinstance(e, ConversationChanged) and e.conversation.id == target.id]
    assert len(announced) <= len(created) + len(changes)  # the visible list: at most one announcement an event
    shown = view.store.get(target.id)
    if shown is not None:  # the All tab holds it too: its row counted the message once
        assert shown.unread_count == target.unread_count + 1
    assert len(services.sync._routes.lists_of(1)) == 1  # no other list applies the events of the workspace
    # no list read for the badge; at most the visible list's tab counts
    assert {key: n for key, n in requests.items() if key != "GET /api/v1/accounts/1/conversations/meta"} == {}
    assert requests.get("GET /api/v1/accounts/1/conversations/meta", 0) <= 1
    shut(aloop, desktop)
