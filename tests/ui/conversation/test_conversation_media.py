"""Message text, links and attachments: bidi isolation and direction from content, links clickable only for
http/https (and only on click), images as thumbnails downloaded in the background, other files opened only
when clicked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle

from desktop.domain.models import AttachmentKind, DeliveryStatus
from desktop.ui.bidi import LRI, PDI
from desktop.ui.conversation.model import Role
from desktop.ui.conversation.text import link_at, prepare, utf16_len
from desktop.ui.links import is_safe_url
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load


def test_text_direction_isolates_and_links() -> None:
    arabic = prepare("مرحبا، طلبي رقم SD-10422 لم يصل. رقمي +966 50 123 4567 وده اللينك https://t.example/a?b=1.")
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
    assert f"{LRI}SD-10422{PDI}" in arabic.text
    assert f"{LRI}+966 50 123 4567{PDI}" in arabic.text
    assert [link.url for link in arabic.links] == ["https://t.example/a?b=1"]  # the full stop is not the link's
    english = prepare("Hello 😀 see https://a.example/x — ولا إيه؟")
    assert english.direction == Qt.LayoutDirection.LeftToRight  # its own first strong letter, not the UI's
    link = english.links[0]
    assert english.text.encode("utf-16-le")[2 * link.start:2 * link.end].decode("utf-16-le") == link.url
    assert link_at(english, link.start) == link.url and link_at(english, link.start - 2) is None
    unsafe = prepare("javascript:alert(1) ftp://files.example/x file:///etc/passwd")
    assert unsafe.links == ()
    assert not is_safe_url("javascript:alert(1)") and is_safe_url("HTTPS://x.example")
    sneaky = prepare("\u202eevil\u202c <b>bold</b>")
    assert "\u202e" not in sneaky.text and "<b>bold</b>" in sneaky.text  # shown as typed, never as markup
    assert utf16_len("😀") == 2


def last_row(pane: Any) -> tuple[Any, Any]:
    index = pane.model.index(pane.model.rowCount() - 1)
    return index, pane.model.data(index, Role.MESSAGE)


def test_links_and_attachments_open_only_on_click(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = next(c for c in conversations(aloop, harness.client) if c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        view = pane.view

        # a reply with a link: clicking the link text opens it; clicking elsewhere opens nothing
        pane.composer.set_text("Track it here https://souqdeals.example/track/SD-1 or javascript:alert(1)")
        pane.composer.request_send()
        aloop.until(lambda: last_row(pane)[1].status == DeliveryStatus.SENT)
        index, _message = last_row(pane)
        view.scrollToBottom()
        qtbot.wait(20)
        geo = view.delegate.geometry(index)
        assert geo is not None and geo.text is not None and len(geo.text.prepared.links) == 1
        link = geo.text.prepared.links[0]
        line = geo.text.layouts[link.paragraph].lineForTextPosition(link.start + 3)
        x, _ = line.cursorToX(link.start + 3)  # a few characters into the link
        rect = view.visualRect(index)
        shift = geo.text.shift(link.paragraph, geo.text_inner)
        point = QPoint(int(rect.x() + geo.text_origin.x() + shift + x + 2),
                       int(rect.y() + geo.text_origin.y() + line.y() + line.height() / 2))
        assert harness.opened == []
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # the delegate's hit test decides
        assert harness.opened == ["https://souqdeals.example/track/SD-1"]
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 2, rect.y() + 2))
        assert len(harness.opened) == 1

        # an image and a PDF: the image becomes a thumbnail in the background; the PDF opens only on click
        photo = tmp_path / "parcel.png"
        image = QImage(320, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("#1f93ff"))
        assert image.save(str(photo))
        invoice = tmp_path / "invoice.pdf"
        invoice.write_bytes(b"%PDF-1.4\n% invoice\n")
        assert pane.composer.add_attachment(photo) and pane.composer.add_attachment(invoice)
        pane.composer.request_send()
        aloop.until(lambda: last_row(pane)[1].status == DeliveryStatus.SENT and len(last_row(pane)[1].attachments) == 2)
        index, message = last_row(pane)
        kinds = {a.kind for a in message.attachments}
        assert AttachmentKind.IMAGE in kinds
        picture = next(a for a in message.attachments if a.kind == AttachmentKind.IMAGE)
        document = next(a for a in message.attachments if a.kind != AttachmentKind.IMAGE)
        view.scrollToBottom()
        view.viewport().repaint()  # painting asks for the thumbnail
        url = picture.thumb_url or picture.data_url
        aloop.until(lambda: pane.thumbnails.pixmap(url) is not None or pane.thumbnails.is_failed(url))
        assert pane.thumbnails.pixmap(url) is not None and not pane.thumbnails.pixmap(url).isNull()
        assert document.data_url not in harness.opened  # nothing was opened by itself
        geo = view.delegate.geometry(index)
        assert geo is not None
        rect = view.visualRect(index)
        bubble_rect = view.delegate._attachment_rect(
            next(r for r, a in geo.attachments if a == document), geo.bubble, 0)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + bubble_rect.center())
        assert harness.opened[-1] == document.data_url
    finally:
        harness.close(aloop)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_files_show_on_messages_still_in_the_outbox(qtbot, aloop, fresh_sandbox, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    direction: Qt.LayoutDirection) -> None:
    QApplication.setLayoutDirection(direction)
    harness = build(qtbot, aloop, fresh_sandbox)
    try:
        conversation = next(c for c in conversations(aloop, harness.client) if c.can_reply)
        open_and_load(aloop, harness, conversation)
        pane = harness.pane
        photo = tmp_path / "صورة-الشحنة.png"
        image = QImage(400, 300, QImage.Format.Format_RGB32)
        image.fill(QColor("#d93f3f"))
        assert image.save(str(photo))
        invoice = tmp_path / "invoice-SD-777.pdf"
        invoice.write_bytes(b"%PDF-1.4\n% invoice\n" * 40)
        fresh_sandbox.set_faults(error_rate=1.0)  # the server errors: the message waits in the outbox
        assert pane.composer.add_attachment(photo) and pane.composer.add_attachment(invoice)
        pane.composer.set_text("الصورة والفاتورة")
        pane.composer.request_send()
        index, pending = last_row(pane)
        assert pending.status == DeliveryStatus.PENDING and pending.id is None
        assert [a.title for a in pending.attachments] == [photo.name, invoice.name]
        assert [a.kind for a in pending.attachments] == [AttachmentKind.IMAGE, AttachmentKind.FILE]
        assert pending.attachments[1].file_size == invoice.stat().st_size
        aloop.until(lambda: last_row(pane)[1].external_error is not None)  # waiting to retry: files still shown
        index, waiting = last_row(pane)
        assert [a.title for a in waiting.attachments] == [photo.name, invoice.name]

        view = pane.view
        view.scrollToBottom()
        qtbot.wait(20)
        geo = view.delegate.geometry(index)
        assert geo is not None and len(geo.attachments) == 2
        rect = view.visualRect(index)
        shot = view.viewport().grab().toImage()
        bubble = QStyle.visualRect(direction, QRect(0, 0, rect.width(), rect.height()), geo.bubble)
        thumb = view.delegate._attachment_rect(geo.attachments[0][0], bubble, bubble.x() - geo.bubble.x())
        centre = thumb.center() + rect.topLeft()
        edge = thumb.left() + 2 if direction == Qt.LayoutDirection.LeftToRight else thumb.right() - 2
        assert shot.pixelColor(QPoint(edge, thumb.top() + 4) + rect.topLeft()).name() == "#d93f3f"  # leading edge
        assert shot.pixelColor(centre).name() == "#d93f3f"  # the thumbnail, made from the local bytes
        assert view.hit_at(centre) is None  # nothing to open before the server has it
        assert not harness.notifier.last  # nothing was downloaded for it (no "could not be loaded")

        # after a restart the outbox still knows the names (the bytes stay in its queue, not in the UI)
        from desktop.services.outbox import Outbox
        from desktop.system.storage import JsonFileStorage
        again = Outbox(harness.client, JsonFileStorage(), user_id=harness.outbox.user_id)
        assert [a.title for a in again.pending(1, conversation.id)[0].attachments] == [photo.name, invoice.name]

        adopted: list[bool] = []  # when it turns sent, the server's image already has the local thumbnail

        def on_changed(message: Any) -> None:
            if message.id is not None and message.attachments:
                first = message.attachments[0]
                adopted.append(pane.thumbnails.pixmap(first.thumb_url or first.data_url) is not None)

        unlink = harness.outbox.message_changed.connect(on_changed)
        fresh_sandbox.clear_faults()
        aloop.until(lambda: last_row(pane)[1].status == DeliveryStatus.SENT, timeout=10)
        unlink()
        sent = last_row(pane)[1]
        assert sent.key == pending.key and all(a.data_url for a in sent.attachments)  # the server's copies
        assert adopted == [True]  # no download, no "Loading image…" flash
    finally:
        fresh_sandbox.clear_faults()
        harness.close(aloop)
