"""The saved-replies browser: search without the short code, preview, stack several, insert filled."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import Contact
from desktop.services.saved_replies import SavedReplies
from desktop.services.variables import VariableContext
from desktop.ui.replies.browser import SavedRepliesBrowser

CONTEXT = VariableContext(contact=Contact(id=9, name="Aya Gamal", email="aya@example.com"), agent_name="Sara",
                          conversation_id=77)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def load(aloop, url: str) -> SavedReplies:  # type: ignore[no-untyped-def]
    client = ChatwootClient(url, auth=TokenAuth("sbx-sara-token-0003"))
    replies = SavedReplies(client, 1)
    aloop.run(replies.refresh())
    aloop.run(client.aclose())
    return replies


def test_search_preview_stack_and_insert(qtbot, qtmodeltester, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    replies = load(aloop, sandbox.url)
    browser = SavedRepliesBrowser(replies, lambda: CONTEXT)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    qtmodeltester.check(browser.results)
    assert browser.results.rowCount() == len(replies)
    type_text(browser.search, "سياسه الاسترجاع")  # ه for ة, no hamza: finds refund-policy by content
    qtmodeltester.check(browser.results)
    assert browser.current() is not None and browser.current().short_code == "refund-policy"  # type: ignore[union-attr]
    assert "14" in browser.preview.toPlainText()
    qtbot.keyClick(browser.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    browser.search.clear()
    type_text(browser.search, "thanks")
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    qtbot.keyClick(browser.search, Qt.Key.Key_Up)
    assert browser.current().short_code.startswith("thanks")  # type: ignore[union-attr]
    browser.add_button.click()
    codes = [r.short_code for r in browser.chosen()]
    assert len(codes) == 2 and codes[0] == "refund-policy" and codes[1].startswith("thanks")
    with qtbot.wait_signal(browser.insert_requested) as inserted:
        qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    text = inserted.args[0]
    assert text.startswith("سياسة الاسترجاع") and "\n\n" in text and "{{" not in text


def test_preview_fills_known_variables_and_remove_from_stack(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    replies = load(aloop, sandbox.url)
    browser = SavedRepliesBrowser(replies, lambda: CONTEXT)
    qtbot.addWidget(browser)
    browser.show()
    type_text(browser.search, "greeting-en")
    assert browser.preview.toPlainText().startswith("Hi Aya! This is Sara")
    browser.add_current()
    browser.add_current()
    browser.stack_view.setCurrentIndex(browser.stacked.index(0, 0))
    browser.stack_view.setFocus()
    qtbot.keyClick(browser.stack_view, Qt.Key.Key_Delete)
    assert browser.stacked.rowCount() == 1
    type_text(browser.search, "zzzzqqqq")
    assert browser.results.rowCount() == 0 and browser.preview.toPlainText() == ""


def test_unknown_variable_prompts_before_insert(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    replies = load(aloop, sandbox.url)
    anonymous = VariableContext(contact=Contact(id=1, name="+201001234567"), agent_name="Sara")
    browser = SavedRepliesBrowser(replies, lambda: anonymous)
    qtbot.addWidget(browser)
    browser.show()
    type_text(browser.search, "supplier-invoice")
    with qtbot.wait_signal(browser.filler.prompting) as prompting:
        browser.insert_button.click()
    dialog = prompting.args[0]
    dialog.edit("conversation.id").setText("4411")
    with qtbot.wait_signal(browser.insert_requested) as inserted:
        dialog.accept()
    assert "4411" in inserted.args[0] and "{{" not in inserted.args[0]


def test_browser_paints_rtl_with_mixed_replies(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.models import SavedReply

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    replies = SavedReplies(client=None, account_id=1)  # type: ignore[arg-type]
    replies.replace([SavedReply(1, "شكر", "شكراً لتواصلك 💙 رقم الطلب SD-123456"),
                     SavedReply(2, "hours-en", "Our support hours are 9 am to 11 pm.")])
    browser = SavedRepliesBrowser(replies, lambda: CONTEXT)
    qtbot.addWidget(browser)
    browser.show()
    assert not browser.grab().toImage().isNull()
    type_text(browser.search, "شكرا")
    assert browser.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft  # an Arabic reply
    image = browser.preview.viewport().grab().toImage()
    ink = [x for x in range(image.width()) for y in range(4, 24) if image.pixelColor(x, y).lightness() < 128]
    assert ink and min(ink) > image.width() // 2  # set against the right edge
    browser.search.clear()
    type_text(browser.search, "hours")
    assert browser.preview.layoutDirection() == Qt.LayoutDirection.LeftToRight
