"""The main window live against the sandbox: new messages and badges without refresh, notifications
(never replayed at sign-in), marking read on open, reconnect state in the status bar, workspace
switching that keeps each workspace's state, session expiry and permission denial."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.api.chatwoot.client import ChatwootClient
from desktop.app import Desktop
from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, ConversationStatus
from desktop.ui.login.window import ReauthDialog
from tests.ui.app_harness import RecordingNotifications, build_desktop, shut


def signed_in(qtbot: Any, aloop: Any, sandbox: Any, user: str = "ahmed",
              with_pane: bool = False) -> tuple[Desktop, RecordingNotifications]:
    desktop, backend = build_desktop(qtbot, with_pane=with_pane)
    aloop.run(desktop.start())
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users[user].token, remember=False))
    aloop.run(desktop._enter(me))
    aloop.until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED)
    return desktop, backend


def test_live_message_badges_notification_and_mark_read(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, backend = signed_in(qtbot, aloop, fresh_sandbox)
    scope = desktop.scope
    assert scope is not None
    parts = scope.workspaces[1]
    aloop.until(lambda: len(parts.store) > 0 and not parts.store.loading)
    assert backend.shown == []  # nothing replayed at sign-in
    target = parts.store[len(parts.store) - 1]  # the oldest of my open conversations
    badge_before = desktop.window.switcher.workspaces.unread(1)
    tray_before = desktop.tray.unread
    fresh_sandbox.incoming(1, "وين الأوردر؟ رقمي +20 100 555 0000", conversation_id=target.id)
    aloop.until(lambda: parts.store[0].id == target.id
                and parts.store[0].unread_count == target.unread_count + 1)
    row = parts.store[0]
    assert row.last_message is not None and "+20 100 555 0000" in row.last_message.content
    aloop.until(lambda: desktop.window.switcher.workspaces.unread(1) == badge_before + 1)
    assert desktop.tray.unread == tray_before + 1
    assert desktop.window.windowTitle().startswith(f"({desktop.tray.unread})")
    aloop.until(lambda: any("+20 100 555 0000" in body for _title, body in backend.shown))

    desktop.window.open_conversation(1, target.id)
    aloop.until(lambda: parts.store.get(target.id) is not None and parts.store.get(target.id).unread_count == 0)  # type: ignore[union-attr]
    aloop.until(lambda: desktop.window.switcher.workspaces.unread(1) == badge_before - target.unread_count)
    shut(aloop, desktop)


def test_new_unassigned_conversation_appears_and_notifies(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, backend = signed_in(qtbot, aloop, fresh_sandbox)
    view = desktop.window.current_view()
    assert view is not None
    view.list_pane.set_tab(AssigneeFilter.UNASSIGNED)
    aloop.until(lambda: view.store.query.assignee == AssigneeFilter.UNASSIGNED and not view.store.loading
                and len(view.store) > 0)
    count = len(view.store)
    created = fresh_sandbox.incoming(1, "Hello, is the blender back in stock?")
    new_id = created.get("conversation_id") or created.get("conversation", {}).get("id")
    aloop.until(lambda: len(view.store) == count + 1)
    assert new_id is None or view.store[0].id == new_id
    aloop.until(lambda: any("blender" in body for _title, body in backend.shown))
    shut(aloop, desktop)


def test_reconnect_state_shows_in_the_status_bar(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = signed_in(qtbot, aloop, fresh_sandbox)
    indicator = desktop.window.status.connection
    parts = desktop.scope.workspaces[1]  # type: ignore[union-attr]
    aloop.until(lambda: len(parts.store) > 0 and not parts.store.loading)
    seen: list[str] = []
    desktop.scope.services.sync.connection_changed.connect(lambda _a, state: seen.append(str(state)))  # type: ignore[union-attr]
    fresh_sandbox.set_faults(drop_websockets=True, refuse_websockets=True)
    aloop.until(lambda: indicator.state() == ConnectionState.RECONNECTING)
    assert indicator.text() == "Reconnecting…"
    target = parts.store[len(parts.store) - 1]
    fresh_sandbox.incoming(1, "message while you were away", conversation_id=target.id)  # missed live
    fresh_sandbox.set_faults(refuse_websockets=False)
    aloop.until(lambda: indicator.state() == ConnectionState.CONNECTED, timeout=40)
    assert indicator.text() == "Connected"
    assert "reconnecting" in seen
    aloop.until(lambda: (c := parts.store.get(target.id)) is not None and c.last_message is not None
                and c.last_message.content == "message while you were away", timeout=20)  # caught up
    shut(aloop, desktop)


def test_switching_workspaces_keeps_each_ones_state(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = signed_in(qtbot, aloop, sandbox, user="mona")
    window = desktop.window
    assert window.switcher.workspaces.rowCount() == 3
    first = window.current_view()
    assert first is not None
    aloop.until(lambda: not first.store.loading and first.loaded)
    first.list_pane.filters.set_status(ConversationStatus.PENDING)
    aloop.until(lambda: first.store.query.status == ConversationStatus.PENDING and not first.store.loading)
    rows_before = [c.id for c in first.store]
    other = next(w.id for w in desktop.session.user.workspaces if w.id != first.account_id)  # type: ignore[union-attr]
    window.switcher.set_current(other)
    aloop.until(lambda: window.current_view() is not None and window.current_view().account_id == other)  # type: ignore[union-attr]
    second = window.current_view()
    assert second is not None and second is not first
    aloop.until(lambda: second.loaded and not second.store.loading)
    assert all(c.account_id == other for c in second.store)
    assert desktop.registry.trigger("workspace.previous") or desktop.registry.trigger("workspace.next")
    window.switch_workspace(first.account_id)
    assert window.current_view() is first
    assert first.list_pane.filters.status.currentText() == "Pending"
    assert [c.id for c in first.store] == rows_before  # kept, not reloaded
    assert desktop.registry.trigger("list.all")
    aloop.until(lambda: first.store.query.assignee == AssigneeFilter.ALL)
    shut(aloop, desktop)


def test_expiry_asks_to_sign_in_again_and_keeps_drafts(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = build_desktop(qtbot, with_pane=False)
    aloop.run(desktop.start())
    user = aloop.run(desktop.session.sign_in_password(fresh_sandbox.url, "ahmed@souqdeals.example",
                                                      "ahmed-agent-2026", remember=True))
    aloop.run(desktop._enter(user))
    desktop.drafts.set(1, 1, "نص لم يرسل بعد")
    # the same device session is signed out elsewhere: the server now refuses it
    other = ChatwootClient(fresh_sandbox.url, auth=desktop.session.client.auth)
    aloop.run(other.sign_out())
    aloop.run(other.aclose())
    view = desktop.window.current_view()
    assert view is not None
    view.load()
    aloop.until(lambda: (reauth := desktop.window.findChild(ReauthDialog)) is not None and reauth.isVisible())
    assert desktop.window.isVisible() and desktop.state == "main"  # not signed out
    assert desktop.drafts.get(1, 1) == "نص لم يرسل بعد"
    reauth = desktop.window.findChild(ReauthDialog)
    assert reauth is not None
    form = reauth.form
    form.credentials_page.email.setText("ahmed@souqdeals.example")
    form.credentials_page.password.setText("ahmed-agent-2026")
    form.credentials_page.sign_in.click()
    aloop.until(lambda: not reauth.isVisible())
    aloop.until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED)
    assert desktop.drafts.get(1, 1) == "نص لم يرسل بعد"
    shut(aloop, desktop)


def test_permission_denied_does_not_sign_out(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = signed_in(qtbot, aloop, sandbox)
    view = desktop.window.current_view()
    assert view is not None
    task = view.tasks.run("board", desktop.session.client.agent_loads(1))  # administrators only
    aloop.until(lambda: task.done() and desktop.window.banner.text() != "")  # the error arrives a loop turn later
    assert desktop.window.banner.text() == "You are not allowed to do this."
    assert desktop.session.user is not None and desktop.state == "main" and desktop.window.findChild(ReauthDialog) is None
    shut(aloop, desktop)


def test_notification_toggles_from_preferences(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, backend = signed_in(qtbot, aloop, fresh_sandbox)
    parts = desktop.scope.workspaces[1]  # type: ignore[union-attr]
    unread = desktop.scope.services.unread  # type: ignore[union-attr]
    aloop.until(lambda: len(parts.store) > 0 and not parts.store.loading)  # the Mine tab
    assert desktop.registry.trigger("app.settings")
    dialog = desktop.window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.notify_mine.setChecked(False)  # type: ignore[attr-defined]
    dialog.accept()
    assert not desktop.settings.notify_mine and desktop.scope.services.policy.incoming_for_me is False  # type: ignore[union-attr]
    target = parts.store[0]
    fresh_sandbox.incoming(1, "quiet please", conversation_id=target.id)
    aloop.until(lambda: (c := unread.find(1, target.id)) is not None and c.last_message is not None
                and c.last_message.content == "quiet please")
    aloop.wait(0.3)
    assert not any(body == "quiet please" for _title, body in backend.shown)
    shut(aloop, desktop)


def test_the_pane_and_the_list_agree_on_the_open_conversation(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = signed_in(qtbot, aloop, sandbox, with_pane=True)
    view = desktop.window.current_view()
    assert view is not None and view.conversation_pane is not None
    aloop.until(lambda: len(view.store) > 1 and not view.store.loading)
    first, second = view.store[0], view.store[1]
    opened: list[tuple[int, int]] = []
    desktop.window.hooks.conversation_opened.connect(lambda a, c: opened.append((a, c)))
    desktop.window.hooks.open_conversation(1, first.id)
    assert view.open_conversation_id == first.id and opened[-1] == (1, first.id)
    view.conversation_pane.show_conversation(1, second.id)  # type: ignore[attr-defined]  (as the contact panel does)
    assert view.open_conversation_id == second.id
    assert view.list_pane.current_conversation() is not None
    assert view.list_pane.current_conversation().id == second.id  # type: ignore[union-attr]
    assert desktop.window.hooks.current_conversation().id == second.id  # type: ignore[union-attr]
    view.conversation_pane.close_conversation()  # type: ignore[attr-defined]
    assert view.open_conversation_id is None
    shut(aloop, desktop)


def test_a_live_message_in_a_known_conversation_reads_no_counts(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    """A customer's message in a conversation the list knows changes none of what the tab counts count: the
    list does not ask for counts, and the unread counter asks for nothing."""
    desktop, _backend = signed_in(qtbot, aloop, fresh_sandbox)
    parts = desktop.scope.workspaces[1]  # type: ignore[union-attr]
    unread = desktop.scope.services.unread  # type: ignore[union-attr]
    aloop.until(lambda: len(parts.store) > 0 and not parts.store.loading)  # the Mine tab
    target = parts.store[0]
    fresh_sandbox.requests(reset=True)
    fresh_sandbox.incoming(1, "counts once please", conversation_id=target.id)
    aloop.until(lambda: (c := unread.find(1, target.id)) is not None and c.last_message is not None
                and c.last_message.content == "counts once please")
    aloop.wait(parts.store.COUNTS_DELAY + 1.0)  # a list would have asked for counts by now
    counts = fresh_sandbox.requests()
    assert counts.get("GET /api/v1/accounts/1/conversations/meta", 0) == 0, counts
    shut(aloop, desktop)


def test_signing_out_while_the_first_page_loads_starts_nothing_live(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    """Sign-out before the first page is in: the closed scope must not connect realtime or start the outbox
    once that page arrives (no websocket of a signed-out user)."""
    desktop, _backend = build_desktop(qtbot)
    aloop.run(desktop.start())
    me = aloop.run(desktop.session.sign_in_token(fresh_sandbox.url, fresh_sandbox.users["ahmed"].token,
                                                 remember=False))
    fresh_sandbox.set_faults(latency_ms=1500)  # the first page takes a while
    desktop.spawn_enter(me)
    aloop.until(lambda: desktop.state == "main" and desktop.scope is not None)
    scope = desktop.scope
    aloop.run(desktop.sign_out())
    fresh_sandbox.clear_faults()
    fresh_sandbox.requests(reset=True)
    aloop.wait(3.0)  # the first page has come back by now
    assert not scope.services.live  # type: ignore[union-attr]
    assert fresh_sandbox.requests().get("WS /cable", 0) == 0
    shut(aloop, desktop)
