"""The composer's `/` saved-reply popup, driven by keystrokes in B's real Composer, with replies
loaded from the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import Contact, SavedReply
from desktop.services.saved_replies import SavedReplies
from desktop.services.variables import VariableContext
from desktop.ui.composer.composer import Composer
from desktop.ui.replies.model import ContentRole, ReplyRole, SavedReplyModel, ShortCodeRole
from desktop.ui.replies.popup import SavedReplyCompleter

REPLIES = [
    SavedReply(1, "greeting", "أهلاً {{contact.first_name || 'عميلنا'}}! معاك {{agent.name}}"),
    SavedReply(2, "hospital", "المستشفى قريبة من العنوان"),
    SavedReply(3, "refund-en", "Refunds take 7–10 business days."),
    SavedReply(4, "order", "Your order {{order.id}} is on its way, {{contact.first_name}}."),
]
def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text as key events (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


CONTEXT = VariableContext(contact=Contact(id=1, name="Fatma Farouk"), agent_name="Sara", conversation_id=5)


@pytest.fixture
def composer(qtbot) -> Iterator[tuple[Composer, SavedReplyCompleter]]:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.resize(700, 400)
    qtbot.addWidget(window)
    composer = Composer(window)
    composer.setGeometry(0, 200, 700, 200)
    replies = SavedReplies(client=None, account_id=1)  # type: ignore[arg-type]
    replies.replace(REPLIES)
    completer = SavedReplyCompleter(replies, lambda: CONTEXT, window)
    composer.set_completer_provider(completer)
    window.show()
    qtbot.waitExposed(window)
    composer.text_edit.setFocus()
    yield composer, completer
    composer.set_completer_provider(None)


def test_slash_opens_filters_and_enter_inserts_filled(qtbot, qtmodeltester, composer) -> None:  # type: ignore[no-untyped-def]
    widget, completer = composer
    edit = widget.text_edit
    type_text(edit, "تمام ")
    with qtbot.wait_signal(completer.opened):
        qtbot.keyClicks(edit, "/")
    assert completer.is_open and completer.popup is not None
    qtmodeltester.check(completer.popup.model)
    assert completer.popup.model.rowCount() == len(REPLIES)
    type_text(edit, "المستشفي")  # ي typed for ى
    assert completer.query() == "المستشفي"
    assert completer.popup.model.reply(0).short_code == "hospital"  # type: ignore[union-attr]
    assert completer.popup.layoutDirection() == Qt.LayoutDirection.RightToLeft
    caret = edit.viewport().mapTo(edit.window(), edit.cursorRect().topLeft())
    assert completer.popup.geometry().right() <= max(caret.x(), completer.popup.width())  # opens leftwards
    assert completer.popup.geometry().bottom() <= caret.y()  # above the caret
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for _ in "المستشف":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "اهلا")  # no hamza
    assert completer.popup.model.reply(0).short_code == "greeting"  # type: ignore[union-attr]
    with qtbot.wait_signal(completer.inserted):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert widget.text() == "تمام أهلاً Fatma! معاك Sara"
    assert not completer.is_open


def test_arrows_escape_and_unknown_variable_prompt(qtbot, composer) -> None:  # type: ignore[no-untyped-def]
    widget, completer = composer
    edit = widget.text_edit
    qtbot.keyClicks(edit, "/")
    assert completer.popup is not None and completer.popup.current_row() == 0
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert completer.popup.current_row() == 2
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert completer.popup.current_row() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not completer.is_open and widget.text() == "/"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "/order")
    assert completer.popup.model.reply(0).short_code == "order"  # type: ignore[union-attr]
    with qtbot.wait_signal(completer.filler.prompting) as prompting:  # type: ignore[union-attr]
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    dialog = prompting.args[0]
    ok = dialog._buttons.button(dialog._buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert widget.text() == "/order"  # nothing inserted before the agent answers
    dialog.edit("order.id").setText("SD-123456")
    with qtbot.wait_signal(completer.inserted):
        ok.click()
    assert widget.text() == "Your order SD-123456 is on its way, Fatma."


def test_cancelling_the_prompt_inserts_nothing(qtbot, composer) -> None:  # type: ignore[no-untyped-def]
    widget, completer = composer
    qtbot.keyClicks(widget.text_edit, "/order")
    with qtbot.wait_signal(completer.filler.prompting) as prompting:  # type: ignore[union-attr]
        qtbot.keyClick(widget.text_edit, Qt.Key.Key_Return)
    with qtbot.wait_signal(completer.filler.cancelled):  # type: ignore[union-attr]
        prompting.args[0].reject()
    assert "{{" not in widget.text()


def test_slash_inside_a_word_or_after_newline_query(qtbot, composer) -> None:  # type: ignore[no-untyped-def]
    widget, completer = composer
    qtbot.keyClicks(widget.text_edit, "and/or")
    assert not completer.is_open
    qtbot.keyClicks(widget.text_edit, " /zzzzqqq")
    assert not completer.is_open or completer.popup.model.rowCount() == 0  # type: ignore[union-attr]


def test_replies_load_from_the_sandbox(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(sandbox.url, auth=TokenAuth("sbx-ahmed-token-0002"))
    replies = SavedReplies(client, 1)
    changed: list[None] = []
    replies.changed.connect(lambda: changed.append(None))
    aloop.run(replies.refresh())
    aloop.run(client.aclose())
    assert changed and len(replies) > 10
    assert replies.search("/greeting")[0].short_code == "greeting"


def test_reply_model_roles_and_flags(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SavedReplyModel()
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.set_items(REPLIES[1:3])
    qtmodeltester.check(model)
    assert resets and model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    first = model.index(0, 0)
    assert first.data() == "/hospital" and first.data(ShortCodeRole) == "hospital"
    assert first.data(ContentRole) == first.data(Qt.ItemDataRole.ToolTipRole) == REPLIES[1].content
    assert first.data(ReplyRole) == REPLIES[1] == model.reply(0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"hospital: {REPLIES[1].content}"
    assert first.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.reply(2) is None and model.reply(-1) is None
    assert model.items() == REPLIES[1:3]
    assert model.flags(first) == (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemNeverHasChildren)  # selectable, never editable
    assert model.flags(model.index(5, 0)) == Qt.ItemFlag.NoItemFlags
