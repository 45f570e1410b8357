"""Order status answers from IT's editable templates, and `{{order.…}}` in saved replies, in a real
conversation pane against the sandbox (its fulfilment endpoint holds the seeded customers' orders)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.domain.models import SavedReply
from desktop.domain.orders import OrderStatus
from desktop.services.saved_replies import SavedReplies
from desktop.services.variables import VariableContext
from desktop.services.wismo_answer import DEFAULT_TEMPLATES, FSI, PDI, STATUS_WORDS, render_status_answer
from desktop.ui.actions import ActionRegistry
from desktop.ui.conversation.order_assist import OrderAssist
from desktop.ui.replies.controller import RepliesController
from tests.ui.contact.test_contact_panel import with_orders
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load
from tests.ui.replies.test_replies_controller import type_text

TEMPLATES = {"ar": "طلبك رقم {{order.id}}: {{order.status}}\nتتبع الشحنة: {{order.tracking_url}}",
             "en": "Order {{order.id}}: {{order.status}}\nTrack it: {{order.tracking_url}}"}
REPLY = SavedReply(77, "order-followup", "{{order.id}} — {{order.status}} ({{contact.first_name || 'فندم'}})")


def write_settings(templates: dict[str, str]) -> Path:
    path = Path(os.environ["SOUQDESK_HOME"]) / "orders.json"
    path.write_text(json.dumps({"provider": "generic", "url": "https://erp.example/orders?phone={phone}",
                                "answer_templates": templates}, ensure_ascii=False), encoding="utf-8")
    return path


def test_one_key_inserts_the_it_template_and_follows_edits(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    path = write_settings(TEMPLATES)
    harness = build(qtbot, aloop, sandbox)
    try:
        open_and_load(aloop, harness, with_orders(aloop, harness))
        assist = harness.pane.assist
        aloop.until(lambda: harness.pane.contact_panel.orders.result is not None)
        best = assist.current_order()
        assert best is not None
        language = assist.language()
        harness.pane.composer.text_edit.setFocus()
        qtbot.keyClick(harness.pane.composer.text_edit, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        inserted = harness.pane.composer.text().strip()
        assert inserted == render_status_answer(best, language, TEMPLATES[language]).strip()
        assert inserted.splitlines()[0].startswith("طلبك رقم" if language == "ar" else "Order ")
        assert "{{" not in inserted and best.id in inserted

        path.write_text(path.read_text(encoding="utf-8").replace("{{order.status}}", "{{order.statuss}}"),
                        encoding="utf-8")  # IT's typo: refused, the built-in answer is used instead
        answer = assist.status_answer() or ""
        assert answer.splitlines()[0] == render_status_answer(best, language, DEFAULT_TEMPLATES[language],
                                                              contact_name=assist._contact_name()).splitlines()[0]
        write_settings({language: "{{order.id}}"})  # an edited file applies to the next answer
        expected = f"{FSI}{best.id}{PDI}" if language == "ar" else best.id
        assert assist.status_answer() == expected
    finally:
        harness.close(aloop)


def test_saved_reply_fills_order_variables_or_asks(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = with_orders(aloop, harness)
        replies = SavedReplies(harness.client, 1)
        replies.replace([REPLY])
        context = VariableContext(contact=conversation.contact, conversation_id=conversation.id)
        controller = RepliesController(ActionRegistry(), replies, lambda: context, harness.pane)
        controller.attach(harness.pane.composer)  # as the toolkit does: no order provider passed in
        assert OrderAssist.of(harness.pane.composer.text_edit) is harness.pane.assist
        open_and_load(aloop, harness, conversation)
        aloop.until(lambda: harness.pane.contact_panel.orders.result is not None)
        best = harness.pane.assist.current_order()
        assert best is not None
        language = harness.pane.assist.language()

        controller.open_browser()
        browser = controller.browser
        assert browser is not None
        type_text(browser.search, "order-followup")
        assert best.id in browser.preview.toPlainText()  # the preview is filled too
        qtbot.keyClick(browser.search, Qt.Key.Key_Return)
        text = harness.pane.composer.text()
        assert "{{" not in text and best.id in text
        if language == "ar":
            assert f"{FSI}{best.id}{PDI}" in text
        if best.status is not OrderStatus.UNKNOWN:
            assert STATUS_WORDS[language][best.status] in text
        harness.pane.composer.text_edit.clear()  # the `/` popup fills it the same way
        harness.pane.composer.text_edit.setFocus()
        type_text(harness.pane.composer.text_edit, "/order-fol")
        assert controller.completer.is_open
        qtbot.keyClick(harness.pane.composer.text_edit, Qt.Key.Key_Return)
        assert harness.pane.composer.text() == text

        # a customer with no known order: the agent is asked, nothing raw is inserted
        without = next(c for c in conversations(aloop, harness.client) if c.can_reply and (
            not c.contact.phone_number or not aloop.run(harness.orders.lookup(c.contact.phone_number)).orders))
        open_and_load(aloop, harness, without)
        aloop.until(lambda: not harness.pane.contact_panel.orders.tasks.is_running("lookup")
                    and harness.pane.assist.current_order() is None)
        harness.pane.composer.text_edit.clear()
        controller.open_browser()
        browser = controller.browser
        assert browser is not None
        type_text(browser.search, "order-followup")
        with qtbot.wait_signal(browser.filler.prompting) as prompting:
            qtbot.keyClick(browser.search, Qt.Key.Key_Return)
        dialog = prompting.args[0]
        assert harness.pane.composer.text() == ""
        dialog.edit("order.id").setText("SD-424242")
        dialog.edit("order.status").setText("shipped")
        dialog.accept()
        assert harness.pane.composer.text().startswith("SD-424242 — shipped")
    finally:
        harness.close(aloop)
