"""The status bar live: availability shown once (the toolkit's control when installed, else after the name),
and the unsent-replies count, shown only while replies wait in the outbox, opening the first one's conversation."""

from __future__ import annotations

from typing import Any

from desktop.ui import bidi
from desktop.ui.shell.factories import install_agent_toolkit
from desktop.ui.triage.availability_button import AvailabilityButton
from tests.ui.app_harness import build_desktop, shut


def _enter(qtbot: Any, aloop: Any, sandbox: Any, **kwargs: Any) -> Any:
    desktop, _ = build_desktop(qtbot, **kwargs)
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    return desktop


def test_availability_is_shown_once(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    plain = _enter(qtbot, aloop, sandbox, with_pane=False)
    assert plain.session.user is not None
    user_name = plain.session.user.available_name
    assert bidi.strip_controls(plain.window.status.user.text()) == f"{user_name} · Online"
    assert plain.window.status.findChild(AvailabilityButton) is None
    shut(aloop, plain)

    desktop = _enter(qtbot, aloop, sandbox, with_pane=True, tools=install_agent_toolkit)
    status = desktop.window.status
    control = status.findChild(AvailabilityButton)
    assert control is not None and control.isVisible() and control.parent() is status
    assert bidi.strip_controls(status.user.text()) == user_name  # the name alone: the control says the rest
    assert control.geometry().left() >= status.user.geometry().right()  # right after the name (LTR)
    assert desktop.registry.is_bound("availability.busy")
    aloop.run(desktop.sign_out())
    aloop.until(lambda: status.findChild(AvailabilityButton) is None)
    assert not desktop.registry.is_bound("availability.busy")
    assert not desktop.registry.is_bound("conversation.resolve")  # the toolkit's actions unbound on sign-out
    shut(aloop, desktop)


def test_unsent_replies_are_counted_and_open_the_first(qtbot: Any, aloop: Any, fresh_sandbox: Any) -> None:
    desktop = _enter(qtbot, aloop, fresh_sandbox, with_pane=False)
    scope = desktop.scope
    assert scope is not None
    status = desktop.window.status
    assert not status.unsent.isVisible() and scope.services.outbox.unsent_count() == 0
    view = desktop.window.current_view()
    assert view is not None
    aloop.until(lambda: len(view.store) >= 2 and not view.store.loading)
    first, second = view.store[1], view.store[0]
    aloop.run(scope.services.outbox.close())  # the worker stopped: replies stay queued, as when the server is away
    queued = scope.services.outbox.send(1, first.id, "first reply waiting")
    scope.services.outbox.send(1, second.id, "second reply waiting")
    assert scope.services.outbox.unsent_count() == 2 and [m.content for _a, m in scope.services.outbox.unsent()] == [
        "first reply waiting", "second reply waiting"]
    assert status.unsent.isVisible() and status.unsent.text() == "2 unsent"
    status.unsent.click()
    assert view.open_conversation_id == first.id  # the oldest unsent reply's conversation
    assert queued.echo_id is not None
    scope.services.outbox.discard(queued.echo_id)
    assert status.unsent.text() == "1 unsent"
    aloop.run(scope.services.outbox.start())  # the worker again: the last one goes out and the count disappears
    aloop.until(lambda: not status.unsent.isVisible())
    assert scope.services.outbox.unsent_count() == 0
    shut(aloop, desktop)
