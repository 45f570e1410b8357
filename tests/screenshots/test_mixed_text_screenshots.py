"""Renders, in English and in Arabic, a conversation full of mixed Arabic/English messages from the bidi
corpus (multi-line addresses and item lists, phones in brackets and glued to و, Arabic-Indic digit groups,
purchase orders, IBANs, links followed by Arabic punctuation) with the conversation list and the contact
panel, at the default window size and at the window's minimum size, to PNG files in `artifacts/screenshots/`
for review."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.orders_setup import OrdersConfig
from desktop.ui import fonts, i18n
from desktop.ui.theme import apply_theme
from tests.screenshots.support import show_all_conversations
from tests.support.glyph_order import load_corpus
from tests.ui.app_harness import artifacts_dir, build_desktop, shut

SHOWN = ("اتصل بيا على (+20)", "و0111 908", "٠١١٢ ٤٤٥", "PO-2025-11873", "EG38 0019", "https://souqdeals.example/p/12345،",
         "العنوان:\n15 شارع", "الطلبات:\n- 2", "Hello Sara,\nYour order", "رقمي 0100 123 4567 - 0111")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_mixed_text_screenshots(qtbot: Any, aloop: Any, fresh_sandbox: Any, qapp: QApplication,
                                language: str) -> None:
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    apply_theme(qapp)
    sandbox = fresh_sandbox
    texts = [s.text for s in load_corpus() if any(s.text.startswith(p) or p in s.text for p in SHOWN)][:10]
    assert len(texts) >= 8
    orders = OrdersConfig(provider="generic", url=f"{sandbox.url}/fulfilment/orders?phone={{phone}}",
                          name="Souq Deals fulfilment")
    desktop, _backend = build_desktop(qtbot, orders_config=orders)
    aloop.run(desktop.start())
    main, view = show_all_conversations(aloop, desktop, sandbox, 1280, 800)
    target = view.store[0].id
    for text in texts:
        sandbox.incoming(1, text, conversation_id=target)
    aloop.until(lambda: view.store[0].id == target and view.store[0].last_message is not None
                and view.store[0].last_message.content == texts[-1])
    main.open_conversation(1, target)
    pane = view.conversation_pane
    assert pane is not None
    aloop.until(lambda: getattr(pane, "model", None) is not None and pane.model.rowCount() >= len(texts))  # type: ignore[attr-defined]
    pane.composer.set_text("أهلاً بحضرتك 🌷\nYour order PO-2025-11873 has shipped.\nرقم التتبع EG123456789EG")  # type: ignore[attr-defined]
    qtbot.wait(1500)  # the contact panel and the customer's orders arrive
    out = artifacts_dir()
    assert main.grab().save(str(out / f"mixed-conversation-{language}.png"))
    main.resize(main.minimumSizeHint())
    qtbot.wait(300)
    assert main.grab().save(str(out / f"mixed-conversation-minimum-{language}.png"))
    shut(aloop, desktop)
