"""The app's life: `Desktop.run()` until quit and a clean shutdown (realtime stopped, client closed,
drafts flushed, window geometry saved), closing the sign-in window quits, window closing follows the
close-to-tray setting."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop.domain.events import ConnectionState
from desktop.system.settings import Settings
from tests.ui.app_harness import build_desktop, shut


def test_run_until_quit_then_shut_down_cleanly(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    desktop, _backend = build_desktop(qtbot, with_pane=True)
    running = aloop.loop.create_task(desktop.run())
    aloop.until(lambda: desktop.state == "signin")
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    aloop.until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED)
    desktop.drafts.set(1, 1, "draft to keep")
    scope = desktop.scope
    assert scope is not None
    assert desktop.registry.trigger("app.quit")
    aloop.until(running.done, timeout=20)
    assert running.exception() is None
    assert desktop.state == "stopped" and desktop.scope is None
    assert scope.services.sync._realtime is None  # realtime stopped
    assert not [t for t in asyncio.all_tasks(aloop.loop) if "outbox" in t.get_name() and not t.done()]
    assert Settings().window_geometry() is not None
    reopened, _ = build_desktop(qtbot, with_pane=False)
    assert reopened.drafts.get(1, 1) == "draft to keep"  # flushed to storage


def test_closing_the_sign_in_window_quits(qtbot: Any, aloop: Any) -> None:
    desktop, _backend = build_desktop(qtbot, with_pane=False)
    running = aloop.loop.create_task(desktop.run())
    aloop.until(lambda: desktop.state == "signin")
    desktop.sign_in_window.close()
    aloop.until(running.done, timeout=20)
    assert desktop.state == "stopped"


def test_closing_the_main_window_quits_unless_close_to_tray(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    desktop, _backend = build_desktop(qtbot, with_pane=False)
    running = aloop.loop.create_task(desktop.run())
    aloop.until(lambda: desktop.state == "signin")
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    desktop.window.close()
    aloop.until(running.done, timeout=20)
    assert desktop.state == "stopped"


def test_the_agent_toolkit_is_installed_per_user(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    from desktop.ui.shell.factories import install_agent_toolkit

    desktop, _backend = build_desktop(qtbot, with_pane=True, tools=install_agent_toolkit)
    aloop.run(desktop.start())
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    assert desktop.registry.is_bound("app.palette") and desktop.registry.is_bound("conversation.resolve")
    assert desktop.registry.is_enabled("focus.composer")  # the pane's composer is attached
    buttons = [w for w in desktop.window.status.children() if type(w).__name__ == "AvailabilityButton"]
    assert len(buttons) == 1
    aloop.run(desktop.sign_out())
    aloop.until(lambda: not [w for w in desktop.window.status.children()
                             if type(w).__name__ == "AvailabilityButton"])
    shut_down = aloop.loop.create_task(desktop.shutdown())
    aloop.until(shut_down.done)


def test_after_start_runs_once_the_lists_are_loaded(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    desktop, _backend = build_desktop(qtbot, with_pane=False)
    calls: list[int] = []
    desktop.after_start = lambda: calls.append(len(desktop.scope.workspaces) if desktop.scope else -1)
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    assert calls and calls[0] > 0  # called with the scope started
    shut(aloop, desktop)
