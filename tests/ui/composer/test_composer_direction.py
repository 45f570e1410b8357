"""The composer's paragraphs each sit at the edge of their own direction, in the English and the Arabic UI:
Arabic typed into the reply box starts at the right edge, English at the left, the empty box's caret at the
UI's leading edge. Pasted rich text arrives as plain text; undo takes back the typing and its direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.composer.text_edit import ComposerEdit
from tests.ui.conversation.test_conversation_harness import build, conversations, open_and_load

ARABIC = "مرحبا، طلبك SD-123456 في الطريق"
ENGLISH = "Hello, your order SD-123456 is on its way"


def type_text(editor: ComposerEdit, text: str) -> None:
    """Key presses carrying the characters, as an Arabic keyboard sends them (QTest types ASCII only)."""
    for ch in text:
        if ch == "\n":
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "\r")
        else:
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(editor, press)


def paragraph_edges(editor: ComposerEdit) -> list[tuple[str, int, int]]:
    """(text, x of the paragraph's first character, x of its end) in viewport pixels, per paragraph."""
    edges = []
    block = editor.document().begin()
    while block.isValid():
        cursor = QTextCursor(block)
        start = editor.cursorRect(cursor).x()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        edges.append((block.text(), start, editor.cursorRect(cursor).x()))
        block = block.next()
    return edges


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_paragraph_sits_at_its_own_edge(qtbot, aloop, sandbox, qapp: QApplication, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    harness = build(qtbot, aloop, sandbox)
    try:
        conversation = next(c for c in conversations(aloop, harness.client) if c.can_reply)
        open_and_load(aloop, harness, conversation)
        editor = harness.pane.composer.text_edit
        rtl_ui = language == "ar"
        assert (editor.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl_ui
        width = editor.viewport().width()
        margin = 12

        empty = paragraph_edges(editor)[0][1]  # the caret of the empty box: the UI's leading edge
        assert (empty > width - margin) if rtl_ui else (empty < margin)

        type_text(editor, f"{ARABIC}\n{ENGLISH}\n2024")
        assert harness.pane.composer.text() == f"{ARABIC}\n{ENGLISH}\n2024"
        qtbot.wait(10)
        (arabic, a_start, a_end), (english, e_start, e_end), (digits, d_start, _d_end) = paragraph_edges(editor)
        assert arabic == ARABIC and a_start > width - margin and a_end < a_start  # from the right edge
        assert english == ENGLISH and e_start < margin and e_end > e_start  # from the left edge
        assert digits == "2024" and d_start < margin  # no letter: left to right (Qt's rule, and digits read so)
        image = editor.viewport().grab().toImage()
        ink = [x for x in range(image.width()) if image.pixelColor(x, int(editor.cursorRect(
            QTextCursor(editor.document().begin())).center().y())).lightness() < 128]
        assert ink and min(ink) > width // 3  # the Arabic really is painted on the right

        # undo takes back the typing, and the directions follow the text that is left
        for _ in range(40):
            if not editor.document().isUndoAvailable():
                break
            editor.undo()
        assert editor.toPlainText() == ""
        type_text(editor, ENGLISH)
        assert paragraph_edges(editor)[0][1] < margin

        # the saved-reply hook replaces an English paragraph by an Arabic one: it moves to the right
        editor.replace_range(0, len(ENGLISH), ARABIC)
        assert paragraph_edges(editor)[0][1] > width - margin

        # a draft loaded in either UI is laid out the same way
        harness.pane.composer.set_text(f"{ENGLISH}\n{ARABIC}")
        (_, first, _), (_, second, _) = paragraph_edges(editor)
        assert first < margin and second > width - margin
    finally:
        harness.close(aloop)


def test_paste_is_plain_text_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ComposerEdit()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml("<h1 style='color:red'>عرض</h1><b>bold</b><img src='file:///etc/passwd'><table><tr><td>x</td></tr></table>")
    mime.setText("عرض bold x")
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "عرض bold x"
    html = editor.toHtml()
    assert "font-weight:700" not in html and "<img" not in html and "<table" not in html and "color:#ff0000" not in html
    image_only = QMimeData()
    image_only.setImageData(QApplication.style().standardPixmap(
        QApplication.style().StandardPixmap.SP_FileIcon).toImage())
    assert not editor.canInsertFromMimeData(image_only)
    editor.insertFromMimeData(image_only)
    assert editor.toPlainText() == "عرض bold x"
    assert not editor.acceptRichText()


