"""Renders the conversation pane in English and in Arabic to `artifacts/screenshots/conversation_{en,ar}.png`
for review: a customer's mixed Arabic/English message with an order id, a phone number and a link, the
agent's reply and a private note sent through the outbox, the "where is my order?" suggestion, and the
contact panel with the customer's orders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.models import DeliveryStatus
from desktop.ui import fonts, i18n
from desktop.ui.composer.composer import Composer
from desktop.ui.conversation.model import Role
from desktop.ui.theme import apply_theme
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load


def artifacts() -> Path:
    folder = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en", "ar"])
def test_conversation_screenshots(qtbot, aloop, fresh_sandbox, qapp: QApplication, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    apply_theme(qapp)
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        pane = harness.pane
        target = None
        for conversation in conversations(aloop, harness.client):
            phone = conversation.contact.phone_number
            if phone and conversation.can_reply:
                result = aloop.run(harness.orders.lookup(phone))
                if result.orders:
                    target, order = conversation, result.orders[0]
                    break
        assert target is not None
        open_and_load(aloop, harness, target)
        count = pane.model.rowCount()
        fresh_sandbox.incoming(
            1, f"مرحبا، الأوردر {order.id} لسه موصلش. رقمي +20 100 123 4567 — please check "
               "https://souqdeals.example/track ؟", conversation_id=target.id)
        aloop.until(lambda: pane.model.rowCount() == count + 1)
        pane.composer.set_private(True)
        pane.composer.set_text(f"العميل اتصل مرتين بخصوص {order.id}، Aramex said tomorrow")
        pane.composer.request_send()
        pane.composer.set_private(False)
        pane.composer.set_text(f"Hello! Your order {order.id} is on its way. Call us on +20 100 123 4567.")
        pane.composer.request_send()

        def all_sent() -> bool:
            last = [pane.model.data(pane.model.index(r), Role.MESSAGE) for r in range(pane.model.rowCount())][-2:]
            return all(m.status == DeliveryStatus.SENT for m in last)

        aloop.until(all_sent)
        aloop.until(lambda: pane.contact_panel.orders.result is not None)
        fresh_sandbox.incoming(1, "فين الأوردر بتاعي؟ where is my order?", conversation_id=target.id)
        aloop.until(lambda: pane.suggestion.isVisible())
        pane.composer.set_private(False)
        qtbot.wait(150)
        pane.resize(1280, 820)
        qtbot.wait(50)
        image = pane.grab()
        assert not image.isNull()
        assert image.save(str(artifacts() / f"conversation_{language}.png"))
    finally:
        harness.close(aloop)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_composer_screenshots(qtbot, qapp: QApplication, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The reply box with an Arabic and an English paragraph, a file with an Arabic name and the reason a raw
    placeholder is refused: `artifacts/screenshots/composer_{en,ar}.png`."""
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    apply_theme(qapp)
    composer = Composer()
    qtbot.addWidget(composer)
    composer.resize(760, 220)
    composer.show()
    photo = tmp_path / "صورة الشحنة.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert composer.add_attachment(photo)
    composer.set_text("أهلاً {{contact.first_name}}، طلبك SD-831471 في الطريق.\n"
                      "Your order SD-831471 is on its way: +20 100 123 4567\n"
                      "شكراً لصبرك!")
    composer.request_send()
    assert composer.reason_label.isVisible()
    qtbot.wait(50)
    image = composer.grab()
    assert not image.isNull()
    assert image.save(str(artifacts() / f"composer_{language}.png"))
