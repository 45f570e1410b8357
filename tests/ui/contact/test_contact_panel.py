"""The contact panel against the sandbox: details with the phone left to right (also in the Arabic UI), the
customer's orders newest first as soon as the conversation opens, any number looked up from the phone field,
invalid numbers explained inline, previous conversations, the one-key status answer, and the models under
qtmodeltester."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.domain.orders import Order
from desktop.ui.bidi import LRI, PDI
from desktop.ui.contact.orders_model import OrderRole
from desktop.ui.conversation.pane import INSERT_ANSWER_SHORTCUT
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load


def orders_in(panel: Any) -> list[Order]:
    model = panel.orders.model
    return [model.data(model.index(r), OrderRole) for r in range(model.rowCount())]


def with_orders(aloop: Any, harness: Any) -> Any:
    """An open conversation whose customer has orders in the fulfilment system (asked, not assumed)."""
    for conversation in conversations(aloop, harness.client):
        phone = conversation.contact.phone_number
        if phone and conversation.can_reply and aloop.run(harness.orders.lookup(phone)).orders:
            return conversation
    raise AssertionError("no customer with orders in this workspace")


def test_contact_details_orders_and_previous_conversations(qtbot, aloop, sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the Arabic UI
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = with_orders(aloop, harness)
        open_and_load(aloop, harness, conversation)
        panel = harness.pane.contact_panel
        phone = conversation.contact.phone_number or ""
        assert panel.phone_label.text() == f"{LRI}{phone}{PDI}"  # E.164, isolated left to right
        assert phone.startswith("+") and phone[1:].isdigit()
        assert panel.orders.phone_field.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert conversation.contact.name.strip("\u2068\u2069") in panel.name_label.text()
        assert panel.channel_label.text() not in ("", "—")
        for value in (panel.name_label, panel.phone_label):  # at the UI's leading edge, whatever the script
            image = value.grab().toImage()
            ink = [x for x in range(image.width()) if any(
                image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))]
            assert ink and max(ink) > image.width() - 12, value.objectName()
        assert panel.priority_label.text()

        aloop.until(lambda: panel.orders.result is not None)  # looked up as soon as it opened
        result = panel.orders.result
        assert result is not None and result.phone_e164 == phone
        shown = orders_in(panel)
        assert [o.id for o in shown] == [o.id for o in result.orders]
        stamps = [o.created_at for o in shown if o.created_at]
        assert stamps == sorted(stamps, reverse=True)  # newest first
        qtmodeltester.check(panel.orders.model)
        assert shown
        details = panel.orders.details.text()
        newest = shown[0]
        assert newest.id in panel.orders.model.data(panel.orders.model.index(0), Qt.ItemDataRole.DisplayRole)
        assert "History:" in details or not newest.history
        if newest.carrier:
            assert newest.carrier in details
        late = [o for o in shown if panel.orders.model.is_late(o)]
        for order in late:
            row = shown.index(order)
            assert "LATE" in panel.orders.model.data(panel.orders.model.index(row), Qt.ItemDataRole.DisplayRole)

        # the one key inserts the status answer into the reply box
        harness.pane.composer.text_edit.setFocus()
        qtbot.keyClick(harness.pane.composer.text_edit, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        assert INSERT_ANSWER_SHORTCUT == "Ctrl+Alt+O"
        inserted = harness.pane.composer.text()
        best = harness.pane.assist.best_order(result, harness.pane.assist.latest_customer_question())
        assert best is not None and inserted.strip() == harness.pane.assist.render(best).strip()
        assert best.id in inserted

        aloop.until(lambda: not panel.tasks.is_running("previous"))
        qtmodeltester.check(panel.previous_model)
        others = [panel.previous_model.conversation(r) for r in range(panel.previous_model.rowCount())]
        assert all(c is not None and c.id != conversation.id for c in others)
        harness.pane.grab()
    finally:
        harness.close(aloop)


def test_phone_field_looks_up_any_number_and_explains_bad_ones(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, sandbox)
    try:
        all_open = conversations(aloop, harness.client)
        with_phone = [c for c in all_open if c.contact.phone_number]
        first, other = with_phone[0], next(c for c in with_phone if c.contact.phone_number != with_phone[0].contact.phone_number)
        open_and_load(aloop, harness, first)
        section = harness.pane.contact_panel.orders
        aloop.until(lambda: section.result is not None)

        # the agent types the other customer's number the way people write it: local form, Arabic digits
        local = "0" + (other.contact.phone_number or "")[3:]
        arabic_digits = local.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        section.phone_field.setText(arabic_digits)
        qtbot.keyClick(section.phone_field, Qt.Key.Key_Return)
        aloop.until(lambda: section.result is not None and section.result.phone_e164 == other.contact.phone_number)

        section.phone_field.setText("12")
        section.lookup_button.click()
        aloop.until(lambda: section.status_label.isVisible() and section.result is None
                    and not section.tasks.is_running("lookup"))
        assert section.status_label.text()  # the specific reason, inline
        assert section.model.rowCount() == 0
        assert harness.notifier.last is None  # not a banner: shown in the section
    finally:
        harness.close(aloop)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_labels_are_chips_in_the_workspace_colours(qtbot, aloop, sandbox, direction: Qt.LayoutDirection) -> None:  # type: ignore[no-untyped-def]
    QApplication.setLayoutDirection(direction)
    harness = build(qtbot, aloop, sandbox)
    try:
        known = harness.lookups.labels
        conversation = next(c for c in conversations(aloop, harness.client)
                            if len(c.labels) >= 2 and all(t.lower() in known for t in c.labels))
        open_and_load(aloop, harness, conversation)
        chips = harness.pane.contact_panel.label_chips
        assert chips.titles() == list(conversation.labels)
        for chip in chips.chips:
            assert chip.color.name() == QColor(known[chip.title.lower()].color).name()
        qtbot.waitUntil(lambda: chips.width() > 0 and chips.isVisible())
        image = chips.grab().toImage()
        rects = chips.chip_rects()
        assert len(rects) == len(conversation.labels)
        for chip, rect in zip(chips.chips, rects, strict=True):
            assert chips.rect().contains(rect)
            edge = image.pixelColor(rect.left() + 3, rect.center().y())  # the fill, beside the text
            assert abs(edge.red() - chip.color.red()) < 8 and abs(edge.green() - chip.color.green()) < 8
        first = rects[0]
        rtl = direction == Qt.LayoutDirection.RightToLeft
        if rtl:  # the first chip at the leading edge of the UI, the next one after it
            assert first.right() >= chips.width() - 2
        else:
            assert first.left() == 0
        if rects[1].top() == first.top():
            assert (rects[1].left() < first.left()) == rtl
        assert chips.heightForWidth(60) > chips.heightForWidth(2000)  # narrow: the chips wrap
        assert conversation.labels[0] in chips.accessibleName()
    finally:
        harness.close(aloop)
