"""The shell's parts on their own: workspace model (qtmodeltester), switcher badges, keyboard shortcuts
for tabs and search, the connection indicator, the tray's badge icon and notification routing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, AttachmentKind, Availability, Role, Workspace
from desktop.services.notify import Notice, NoticeKind
from desktop.ui import bidi
from desktop.ui.statusbar.connection import ConnectionIndicator
from desktop.ui.tray.tray import TrayController, app_icon, notice_text
from desktop.ui.workspaces.switcher import UnreadRole, WorkspaceSwitcher
from tests.ui.app_harness import RecordingNotifications, shut
from tests.ui.shell.test_shell_live import signed_in

WORKSPACES = (
    Workspace(1, "Customer Support", Role.ADMINISTRATOR, Availability.ONLINE, Availability.ONLINE),
    Workspace(2, "عمليات التشغيل", Role.AGENT, Availability.BUSY, Availability.BUSY),
    Workspace(3, "Testing", Role.AGENT, Availability.ONLINE, Availability.ONLINE, active=False),
)


def test_workspace_model_and_badges(qtbot: Any, qtmodeltester: Any, qapp: QApplication) -> None:
    switcher = WorkspaceSwitcher()
    qtbot.addWidget(switcher)
    model = switcher.workspaces
    model.set_workspaces(WORKSPACES)
    qtmodeltester.check(model)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.set_unread(2, 7)
    assert changed == [1] and model.index(1).data(UnreadRole) == 7
    assert "7" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(2)) & Qt.ItemFlag.ItemIsEnabled  # a suspended workspace
    selected: list[int] = []
    switcher.workspace_selected.connect(selected.append)
    switcher.set_current(2)
    switcher.step(1)
    assert selected == [2, 1]  # the suspended workspace 3 is skipped
    switcher.resize(220, 200)
    assert not switcher.grab().isNull()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert not switcher.grab().isNull()
    qtmodeltester.check(model)


def test_connection_indicator_words() -> None:
    indicator = ConnectionIndicator()
    assert indicator.text() == "Offline"
    indicator.set_state(1, ConnectionState.CONNECTED)
    indicator.set_state(2, ConnectionState.RECONNECTING)
    assert indicator.text() == "Reconnecting…"  # the worst state when no workspace is current
    indicator.set_current(1)
    assert indicator.text() == "Connected"


def test_tray_badge_and_notification_routing(qtbot: Any) -> None:
    backend = RecordingNotifications()
    tray = TrayController(backend)
    assert app_icon(0).cacheKey() != app_icon(5).cacheKey()
    tray.set_unread(5)
    assert tray.unread == 5 and "5" in tray.tray.toolTip()
    opened: list[tuple[int, int]] = []
    tray.open_requested.connect(lambda a, c: opened.append((a, c)))
    with qtbot.waitSignal(tray.notified):
        tray.notify(Notice(NoticeKind.NEW_MESSAGE, 1, 42, "Nada Zaki", "Nada Zaki", "وين الأوردر؟"))
    assert [(bidi.strip_controls(t), bidi.strip_controls(b)) for t, b in backend.shown] == [("Nada Zaki", "وين الأوردر؟")]
    tray.tray.messageClicked.emit()
    assert opened == [(1, 42)]


def test_notifications_are_worded_by_the_tray(qtbot: Any) -> None:
    """The policy hands over data; the tray words it (translated), names the workspace when there are several."""
    backend = RecordingNotifications()
    tray = TrayController(backend)
    photo = Notice(NoticeKind.NEW_CONVERSATION, 2, 7, "منى", "منى", "", AttachmentKind.IMAGE, 1)
    tray.notify(photo)
    assert [(bidi.strip_controls(t), b) for t, b in backend.shown] == [("New conversation: منى", "Photo")]
    tray.set_workspaces({1: "Souq Deals", 2: "Souq Pharmacy"})
    tray.notify(Notice(NoticeKind.NEW_MESSAGE, 2, 8, "Omar", "Omar", "", AttachmentKind.FILE, 3))
    title, body = backend.shown[-1]
    assert bidi.strip_controls(title) == "Omar — Souq Pharmacy" and body == "3 attachments"
    assert notice_text(Notice(NoticeKind.NEW_MESSAGE, 1, 9, "Omar", "Omar", ""))[1] == "New message"
    assert notice_text(Notice(NoticeKind.NEW_MESSAGE, 1, 9, "Omar", "Omar", "", AttachmentKind.AUDIO, 1))[1] \
        == "Audio message"


def test_keyboard_shortcuts_switch_tabs_and_focus_search(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = signed_in(qtbot, aloop, sandbox)
    window = desktop.window
    window.activateWindow()
    view = window.current_view()
    assert view is not None
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    aloop.until(lambda: view.list_pane.filters.tabs.currentIndex() == 2)
    assert desktop.registry.trigger("list.unassigned")
    assert view.list_pane.filters.query().assignee == AssigneeFilter.UNASSIGNED
    assert desktop.registry.trigger("focus.search")
    assert QApplication.focusWidget() is view.list_pane.filters.search or not window.isActiveWindow()
    aloop.until(lambda: len(view.store) > 0 and not view.store.loading)
    assert desktop.registry.trigger("conversation.next")
    assert view.list_pane.current_conversation() is not None
    shut(aloop, desktop)
