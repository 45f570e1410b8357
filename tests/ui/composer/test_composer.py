"""The composer: drafts per conversation that survive switching and a restart, Enter/Shift+Enter (and the
other way round when configured), plain-text paste, the "/" hook for saved replies, attachments sent through
the outbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent

from desktop.domain.models import DeliveryStatus
from desktop.services.drafts import Drafts
from desktop.system.storage import JsonFileStorage
from desktop.ui.composer.composer import Composer
from desktop.ui.conversation.model import Role
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load


def test_drafts_survive_switching_and_a_restart(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    first, second = [c for c in conversations(aloop, harness.client) if c.can_reply][:2]
    try:
        pane = harness.pane
        open_and_load(aloop, harness, first)
        pane.composer.text_edit.insertPlainText("مسودة للطلب SD-555111 ")  # QTest types ASCII only
        assert pane.composer.add_attachment(Path(__file__))  # a file picked for the first customer…
        open_and_load(aloop, harness, second)
        assert pane.composer.text() == "" and pane.composer.attachments.files() == []  # …does not follow
        qtbot.keyClicks(pane.composer.text_edit, "draft two")
        open_and_load(aloop, harness, first)
        assert pane.composer.text() == "مسودة للطلب SD-555111 "
        open_and_load(aloop, harness, second)
        assert pane.composer.text() == "draft two"
    finally:
        harness.close(aloop)

    # a restart: new storage and Drafts objects over the same SOUQDESK_HOME, a new pane
    restarted = Drafts(JsonFileStorage())
    assert restarted.get(1, first.id) == "مسودة للطلب SD-555111 "
    assert restarted.get(1, second.id) == "draft two"
    again = build(qtbot, aloop, sandbox)
    try:
        open_and_load(aloop, again, first)
        assert again.pane.composer.text() == "مسودة للطلب SD-555111 "
    finally:
        again.close(aloop)


def test_enter_sends_and_shift_enter_breaks_the_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[tuple[str, bool, list[Any]]] = []
    composer.send_requested.connect(lambda text, private, files: sent.append((text, private, files)))
    qtbot.keyClicks(composer.text_edit, "line one")
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(composer.text_edit, "line two")
    assert composer.text() == "line one\nline two" and not sent
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
    assert sent == [("line one\nline two", False, [])]

    composer.clear()
    composer.set_enter_sends(False)  # the setting flipped: Enter breaks, Ctrl+Enter sends
    qtbot.keyClicks(composer.text_edit, "a")
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(composer.text_edit, "b")
    assert composer.text() == "a\nb" and len(sent) == 1
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent[-1] == ("a\nb", False, [])

    composer.clear()
    composer.set_private(True)
    qtbot.keyClicks(composer.text_edit, "note")
    composer.request_send()
    assert sent[-1] == ("note", True, [])
    composer.clear()
    composer.request_send()  # empty: nothing is sent
    assert len(sent) == 3


def test_plain_text_paste_and_the_saved_reply_hooks(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    mime = QMimeData()
    mime.setHtml("<b>bold</b> <a href='javascript:x'>link</a>")
    mime.setText("bold link")
    composer.text_edit.insertFromMimeData(mime)
    assert composer.text() == "bold link"
    assert "<" not in composer.text_edit.document().toPlainText()

    slashes: list[int] = []
    composer.text_edit.slash_triggered.connect(slashes.append)
    composer.clear()
    qtbot.keyClicks(composer.text_edit, "hi /ref")
    assert slashes == [3]
    composer.text_edit.replace_range(3, len(composer.text()), "Your refund is on its way")
    assert composer.text() == "hi Your refund is on its way"
    qtbot.keyClicks(composer.text_edit, " a/b")  # a slash inside a word is not a trigger
    assert slashes == [3]

    seen: list[int] = []

    def popup_keys(event: QKeyEvent) -> bool:
        seen.append(event.key())
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Down)

    sent: list[str] = []
    composer.send_requested.connect(lambda text, *_: sent.append(text))
    remove = composer.text_edit.add_key_interceptor(popup_keys)
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)  # the popup takes Enter
    assert not sent and Qt.Key.Key_Return in seen
    remove()
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
    assert sent == ["hi Your refund is on its way a/b"]

    class Provider:
        attached = 0

        def attach(self, target: Composer) -> Any:
            Provider.attached += 1
            return lambda: setattr(Provider, "attached", Provider.attached - 1)

    composer.set_completer_provider(Provider())
    assert Provider.attached == 1
    composer.set_completer_provider(None)
    assert Provider.attached == 0
    composer.insert_text("inserted")
    assert composer.text().endswith("inserted")


def test_attachment_goes_through_the_outbox(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = next(c for c in conversations(aloop, harness.client) if c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        invoice = tmp_path / "invoice-SD-777.pdf"
        invoice.write_bytes(b"%PDF-1.4\n% test invoice\n")
        assert pane.composer.add_attachment(invoice)
        assert not pane.composer.add_attachment(tmp_path / "missing.pdf")  # a clear inline reason
        assert "could not be read" in pane.composer.reason_label.text()
        assert pane.composer.send_button.isEnabled()  # a file alone can be sent
        pane.composer.request_send()
        assert pane.composer.attachments.files() == []

        def sent_with_file() -> Any:
            message = pane.model.data(pane.model.index(pane.model.rowCount() - 1), Role.MESSAGE)
            return message.status == DeliveryStatus.SENT and message.attachments

        aloop.until(sent_with_file)
        message = pane.model.data(pane.model.index(pane.model.rowCount() - 1), Role.MESSAGE)
        assert message.attachments[0].data_url
        pane.view.grab()
    finally:
        harness.close(aloop)


def test_a_raw_placeholder_is_never_sent(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = next(c for c in conversations(aloop, harness.client) if c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        composer = pane.composer
        rows = pane.model.rowCount()
        text = "أهلا {{contact.first_name}}، your order SD-123456 ships today"
        composer.set_text(text)
        assert composer.send_button.isEnabled()  # the reason comes when the agent tries
        qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return)
        assert composer.text() == text  # kept, nothing lost
        assert composer.reason_label.isVisible() and "{{" in composer.reason_label.text()
        assert pane.model.rowCount() == rows and harness.outbox.pending(1, conversation.id) == []
        composer.set_private(True)  # a private note with a raw placeholder is refused as well
        composer.request_send()
        assert composer.text() == text and harness.outbox.pending(1, conversation.id) == []
        page = aloop.run(harness.client.list_messages(1, conversation.id))
        assert all("{{" not in m.content for m in page.messages)

        composer.set_private(False)
        filled = text.replace("{{contact.first_name}}", "منى")
        composer.set_text(filled)
        assert not composer.reason_label.isVisible()  # editing clears the reason
        composer.request_send()
        assert composer.text() == "" and pane.model.rowCount() == rows + 1
        sent = pane.model.data(pane.model.index(rows), Role.MESSAGE)
        assert sent.content == filled
        aloop.until(lambda: harness.outbox.pending(1, conversation.id) == [])
    finally:
        harness.close(aloop)
