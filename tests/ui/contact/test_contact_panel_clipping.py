"""Nothing in the contact/order panel is clipped: at the panel's minimum width (what it gets in the smallest
window: the conversation splitter does not collapse it) and at the default width, in English and in Arabic,
each label's text fits its visible width, or is elided with an ellipsis and the whole text as its tooltip;
no raw channel value is shown."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.domain.models import ChannelKind
from desktop.ui import fonts, i18n
from desktop.ui.contact.elided_label import ElidedLabel
from tests.support.glyph_order import lay_out
from tests.ui.contact.test_contact_panel import with_orders
from tests.ui.conversation.test_conversation_harness import build, open_and_load

LONG_NAME = "عبد الرحمن محمد السيد الشربيني — Abdelrahman El-Sherbiny (طلبات الشركة)"
LONG_EMAIL = "abdelrahman.elsherbiny+orders-2025@alnoor-trading-company.com.sa"


def _visible_width(widget: QWidget, viewport: QWidget) -> int:
    """How much of the widget's contents the viewport shows horizontally (it scrolls vertically)."""
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    shown = max(0, min(left + widget.width(), viewport.width()) - max(left, 0))
    return shown - (widget.width() - widget.contentsRect().width())


def clipped(panel: Any) -> list[str]:
    viewport = panel.viewport()
    body = panel.widget()
    problems = []
    if body.width() > viewport.width():
        problems.append(f"the panel's contents are {body.width()} px wide in a {viewport.width()} px viewport")
    for label in body.findChildren(QLabel):
        if not label.isVisibleTo(body) or not label.text():
            continue
        name = label.objectName() or label.text()[:20]
        visible = _visible_width(label, viewport)
        if label.wordWrap():
            layout = lay_out(label.text(), label.font(), label.layoutDirection(), width=label.contentsRect().width())
            widest = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
            if widest > visible + 1:
                problems.append(f"{name}: a {widest:.0f} px line in {visible} px")
            continue
        text_width = label.fontMetrics().horizontalAdvance(label.text())
        if text_width <= visible + 1:
            continue
        if not (isinstance(label, ElidedLabel) and label.text() != label.full_text and "…" in label.text() and label.toolTip()):
            problems.append(f"{name}: {text_width} px of text in {visible} px, not elided")
    for button in body.findChildren(QAbstractButton):
        if button.isVisibleTo(body) and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if needed > _visible_width(button, viewport) - 8:
                problems.append(f"button {button.text()!r}: {needed} px of text in {button.width()} px")
    return problems


@pytest.mark.parametrize("language", ["en", "ar"])
def test_nothing_is_clipped_at_the_minimum_and_default_width(qtbot: Any, aloop: Any, sandbox: Any,
                                                             qapp: QApplication, language: str) -> None:
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = with_orders(aloop, harness)
        open_and_load(aloop, harness, conversation)
        panel = harness.pane.contact_panel
        aloop.until(lambda: panel.orders.result is not None and panel.orders.details.text() != "")
        long = replace(conversation, contact=replace(conversation.contact, name=LONG_NAME, email=LONG_EMAIL))
        panel.show_conversation(1, long, harness.lookups, refresh_related=False)
        kind = harness.lookups.inboxes[conversation.inbox_id].kind
        assert f"({kind.value})" not in panel.channel_label.full_text  # the kind in words, not the wire value
        if kind is ChannelKind.WHATSAPP and language == "en":
            assert "WhatsApp" in panel.channel_label.full_text
        for sizes in ([10_000, 1], [760, 320]):  # the panel's minimum width, then the default split
            harness.pane.splitter.setSizes(sizes)
            qtbot.wait(50)
            assert not clipped(panel), (panel.width(), clipped(panel))
        harness.pane.splitter.setSizes([10_000, 1])
        qtbot.wait(50)
        assert panel.email_label.text() != panel.email_label.full_text and panel.email_label.toolTip()  # too long for 260 px: elided
        assert LONG_EMAIL in panel.email_label.toolTip().replace("&amp;", "&")
        assert panel.layoutDirection() == (Qt.LayoutDirection.RightToLeft if language == "ar"
                                           else Qt.LayoutDirection.LeftToRight)
    finally:
        harness.close(aloop)
