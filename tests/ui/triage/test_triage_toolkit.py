"""The agent toolkit installed on the real app (A's main window, B's conversation pane) against the
sandbox: Ctrl+K palette opens a conversation, `/` inserts a filled saved reply into the pane's
composer, Ctrl+Shift+R resolves with a category by digit and the list follows, F1 lists shortcuts,
next unassigned opens one — all from the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, ConversationStatus
from desktop.ui.palette.palette import CommandPalette
from desktop.ui.shortcuts.sheet import ShortcutsSheet
from desktop.ui.triage.toolkit import TOOLKIT_ACTIONS, AgentToolkit
from tests.ui.app_harness import build_desktop, shut

C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot: Any, window: QWidget, key: Qt.Key, modifiers: Any = C | S) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifiers)


def test_toolkit_on_the_real_window(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desktop, _backend = build_desktop(qtbot, with_pane=True)
    aloop.run(desktop.start())
    me = aloop.run(desktop.session.sign_in_token(fresh_sandbox.url, fresh_sandbox.users["ahmed"].token,
                                                 remember=False))
    aloop.run(desktop._enter(me))
    aloop.until(lambda: desktop.window.status.connection.state() == ConnectionState.CONNECTED)
    scope = desktop.scope
    assert scope is not None
    window = desktop.window
    toolkit = AgentToolkit(desktop.registry, window.hooks, desktop.session, desktop.notifier, window,
                           QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat),
                           tools_for=scope.services.tools_for, lookups_for=scope.services.lookups,
                           store_for=scope.services.store)
    view = window.current_view()
    assert view is not None and view.conversation_pane is not None
    toolkit.attach_composer(view.account_id, view.conversation_pane.composer)  # type: ignore[attr-defined]
    store = view.store
    aloop.until(lambda: len(store) > 2 and not store.loading)
    tools = toolkit.tools[view.account_id]
    aloop.until(lambda: tools.replies.loaded)

    # Ctrl+K: jump to a conversation by its number
    first, second = store[0], store[1]
    window.open_conversation(view.account_id, first.id)
    press(qtbot, window, Qt.Key.Key_K, C)
    qtbot.waitUntil(lambda: isinstance(toolkit.dialog, CommandPalette) and toolkit.dialog.isVisible())
    palette = toolkit.dialog
    type_text(palette.search, f"#{second.id}")  # type: ignore[union-attr]
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)  # type: ignore[union-attr]
    assert view.open_conversation_id == second.id

    # "/" in B's composer: the greeting with the customer's first name and my name
    composer = view.conversation_pane.composer  # type: ignore[attr-defined]
    composer.clear()
    composer.text_edit.setFocus()
    type_text(composer.text_edit, "/greeting-en")
    assert tools.replies_controller.completer.is_open
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
    text = composer.text()
    assert "{{" not in text and me.available_name in text and text.startswith("Hi ")
    composer.clear()

    # F7 focuses the reply box, Ctrl+Shift+N switches it to a private note and back
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)
    assert composer.text_edit.hasFocus()
    press(qtbot, window, Qt.Key.Key_N)
    assert composer.private
    press(qtbot, window, Qt.Key.Key_N)
    assert not composer.private

    # Ctrl+Shift+R, then "1": resolved with the first category; the Mine/open list drops it
    press(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: tools.triage_controller.dialog is not None, timeout=10000)
    dialog = tools.triage_controller.dialog
    category = dialog.model.label(0).title  # type: ignore[union-attr]
    with qtbot.wait_signal(tools.triage_controller.finished, timeout=15000):
        type_text(dialog.search, "1")  # type: ignore[union-attr]
    after = aloop.run(desktop.session.client.get_conversation(view.account_id, second.id))
    assert after.status == ConversationStatus.RESOLVED and category in after.labels
    aloop.until(lambda: store.get(second.id) is None)

    # F1: the shortcuts sheet
    press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: isinstance(toolkit.dialog, ShortcutsSheet))
    assert toolkit.dialog.model.rowCount() >= 25  # type: ignore[union-attr]
    toolkit.dialog.close()  # type: ignore[union-attr]

    # next unassigned: none in "Mine", so the Unassigned tab is shown; then it opens one
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | S)
    aloop.until(lambda: store.query.assignee == AssigneeFilter.UNASSIGNED and not store.loading and len(store) > 0)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | S)
    aloop.until(lambda: view.open_conversation_id is not None and store.get(view.open_conversation_id) is not None)
    opened = store.get(view.open_conversation_id)  # type: ignore[arg-type]
    assert opened is not None and opened.assignee is None

    # Alt+Shift+B: busy, shown on the status-bar button
    button = toolkit.availability_button
    assert button.text() == "online"
    press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier | S)
    aloop.until(lambda: button.text() == "busy")
    assert [a.objectName() for a in button.menu().actions()] == [
        "availability.online", "availability.busy", "availability.offline"]

    toolkit.close()  # sign-out: every toolkit action is off, the shell's own ones stay
    assert not any(desktop.registry.is_enabled(a) for a in TOOLKIT_ACTIONS)
    assert desktop.registry.is_enabled("conversation.next")
    shut(aloop, desktop)
