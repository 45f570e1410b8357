"""Renders the app with the sandbox's demo data, in English and in Arabic, to PNG files in
`artifacts/screenshots/` for review: the sign-in screen, the main window with the conversation list,
and an open conversation (mixed Arabic/English text, a phone number) with the composer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.orders_setup import OrdersConfig
from desktop.ui import fonts, i18n
from desktop.ui.theme import apply_theme
from tests.screenshots.support import show_all_conversations
from tests.support.sign_in import current_error
from tests.ui.app_harness import artifacts_dir, build_desktop, shut


def _prepare(qapp: QApplication, language: str) -> None:
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    apply_theme(qapp)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_screenshots(qtbot: Any, aloop: Any, sandbox: Any, qapp: QApplication, language: str) -> None:
    _prepare(qapp, language)
    out = artifacts_dir()
    orders = OrdersConfig(provider="generic", url=f"{sandbox.url}/fulfilment/orders?phone={{phone}}",
                          name="Souq Deals fulfilment")
    desktop, _backend = build_desktop(qtbot, orders_config=orders)
    aloop.run(desktop.start())
    window = desktop.sign_in_window
    window.resize(900, 620)
    window.form.server_page.url.setText(sandbox.url)
    qtbot.wait(50)
    assert window.grab().save(str(out / f"signin-{language}.png"))
    window.form.show_credentials_page(sandbox.url)
    window.form.credentials_page.email.setText("mona@souqdeals.example")
    qtbot.wait(50)  # let the layout follow the new page
    assert window.grab().save(str(out / f"signin-credentials-{language}.png"))
    window.form.credentials_page.password.setText("not-the-password")
    window.form.credentials_page.sign_in.click()
    aloop.until(lambda: not window.form.tasks.busy)
    assert current_error(window.form)
    assert window.grab().save(str(out / f"signin-error-{language}.png"))

    main, view = show_all_conversations(aloop, desktop, sandbox, 1366, 820)
    qtbot.wait(100)
    assert main.grab().save(str(out / f"main-list-{language}.png"))

    # open a conversation with Arabic text and a phone number
    sandbox.incoming(1, "مرحبا، طلبي رقم SO-10023 لم يصل بعد. رقمي +20 100 123 4567 — thanks!",
                     conversation_id=view.store[0].id)
    aloop.until(lambda: view.store[0].last_message is not None and "SO-10023" in view.store[0].last_message.content)
    main.open_conversation(1, view.store[0].id)
    pane = view.conversation_pane
    assert pane is not None
    aloop.until(lambda: getattr(pane, "model", None) is not None and pane.model.rowCount() > 0)  # type: ignore[attr-defined]
    qtbot.wait(1500)  # thumbnails, contact panel and the customer's orders arrive
    assert main.grab().save(str(out / f"conversation-{language}.png"))
    shut(aloop, desktop)
