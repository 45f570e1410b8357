"""Team → Reports in the real main window: enabled for an administrator (the shortcut opens the window of
the current workspace), disabled for an agent with the reason in the menu text and tooltip; an agent who
reaches the window anyway sees a permission sentence and stays signed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.app import Desktop
from desktop.domain.events import ConnectionState
from desktop.ui.login.window import ReauthDialog
from desktop.ui.reports.controller import ReportsController
from desktop.ui.shell.factories import install_agent_toolkit
from tests.ui.app_harness import build_desktop, shut


def signed_in(qtbot: Any, aloop: Any, sandbox: Any, user: str) -> tuple[Desktop, None]:
    desktop, _backend = build_desktop(qtbot, with_pane=True, tools=install_agent_toolkit)
    aloop.run(desktop.start())
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users[user].token, remember=False))
    aloop.run(desktop._enter(me))
    aloop.until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED)
    return desktop, None


def _controller(desktop: Any) -> ReportsController:
    found = desktop.window.findChildren(ReportsController)
    assert len(found) == 1
    return found[0]


def test_administrator_opens_reports_from_the_team_menu(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _ = signed_in(qtbot, aloop, sandbox, user="mona")
    registry = desktop.registry
    aloop.until(lambda: registry.is_bound("team.reports"))
    action = registry.qaction("team.reports")
    team = desktop.window.menu("team")
    assert action in team.actions() and action.isEnabled() and action.text() == "Reports"
    assert action.shortcut().toString() == "Ctrl+Shift+G"
    desktop.window.show()
    desktop.window.activateWindow()
    QTest.keyClick(desktop.window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    controller = _controller(desktop)
    account = desktop.window.hooks.current_account_id()
    view = controller.windows[account]
    assert view.isVisible()
    aloop.until(lambda: view.bundle is not None, timeout=30)
    shut(aloop, desktop)


def test_agent_sees_why_reports_are_unavailable(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    desktop, _ = signed_in(qtbot, aloop, sandbox, user="ahmed")
    registry = desktop.registry
    aloop.until(lambda: registry.is_bound("team.reports"))
    action = registry.qaction("team.reports")
    aloop.until(lambda: "administrators" in action.text())
    assert not action.isEnabled() and not registry.trigger("team.reports")
    assert action.text() == "Reports (administrators only)"
    assert "administrators" in action.toolTip() and "administrators" in action.statusTip()
    view = _controller(desktop).open_current()  # reached anyway (e.g. the role changed on the server)
    assert view is not None
    with qtbot.waitSignal(view.failed, timeout=15000):
        pass
    assert "administrators" in view.status.text()
    assert desktop.session.user is not None and desktop.state == "main" and desktop.window.findChild(ReauthDialog) is None
    aloop.run(desktop.sign_out())  # the next user starts from a clean entry
    assert not registry.is_bound("team.reports") and action.text() == "Reports" and action.statusTip() == ""
    assert not desktop.window.findChildren(ReportsController) or all(
        not c.windows for c in desktop.window.findChildren(ReportsController))
    shut(aloop, desktop)
