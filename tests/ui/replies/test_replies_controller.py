"""Saved replies wired into a window: Ctrl+; opens the browser over B's composer, Enter inserts; the
`/` popup is attached to the composer; detaching disables the action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop.domain.models import Contact, SavedReply
from desktop.services.saved_replies import SavedReplies
from desktop.services.variables import VariableContext
from desktop.ui.actions import ActionRegistry
from desktop.ui.composer.composer import Composer
from desktop.ui.replies.controller import RepliesController

REPLIES = [SavedReply(1, "thanks", "شكراً يا {{contact.first_name || 'فندم'}}"),
           SavedReply(2, "hours", "Our support hours are 9 am to 11 pm.")]


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_shortcut_opens_browser_and_inserts_into_composer(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    composer = Composer(window)
    QVBoxLayout(window).addWidget(composer)
    registry = ActionRegistry()
    replies = SavedReplies(client=None, account_id=1)  # type: ignore[arg-type]
    replies.replace(REPLIES)
    context = VariableContext(contact=Contact(1, "Mariam Saleh"))
    controller = RepliesController(registry, replies, lambda: context, window)
    assert not registry.is_enabled("compose.saved_replies")
    controller.attach(composer)
    registry.install(window)
    registry.update_enabled()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    composer.text_edit.setFocus()
    with qtbot.wait_signal(controller.browser_opened) as opened:
        qtbot.keyClick(composer.text_edit, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    browser = opened.args[0]
    type_text(browser.search, "شكرا")
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert composer.text() == "شكراً يا Mariam"
    type_text(composer.text_edit, " /hou")
    assert controller.completer.is_open
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
    assert composer.text() == "شكراً يا Mariam Our support hours are 9 am to 11 pm."
    controller.attach(None)
    registry.update_enabled()
    assert not registry.is_enabled("compose.saved_replies")
