"""Command palette: actions (English title, Arabic keyword, shortcut shown, disabled hidden) and
conversations loaded from the sandbox (name, #id), all from the keyboard."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import AssigneeFilter, Conversation, ConversationQuery
from desktop.ui.actions import ActionRegistry
from desktop.ui.palette.model import EntryKind, ShortcutRole
from desktop.ui.palette.palette import CommandPalette


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def conversations_from(aloop, url: str) -> list[Conversation]:  # type: ignore[no-untyped-def]
    client = ChatwootClient(url, auth=TokenAuth("sbx-ahmed-token-0002"))
    page = aloop.run(client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL)))
    aloop.run(client.aclose())
    return list(page.conversations)


def registry_with(calls: list[str]) -> ActionRegistry:
    registry = ActionRegistry()
    for action_id in ("conversation.resolve", "conversation.snooze", "team.board"):
        registry.bind(action_id, lambda a=action_id: calls.append(a))
    registry.bind("conversation.reopen", lambda: calls.append("reopen"), enabled=lambda: False)
    return registry


def test_actions_by_title_and_arabic_keyword(qtbot, qtmodeltester, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    palette = CommandPalette(registry_with(calls), lambda: conversations_from(aloop, sandbox.url))
    qtbot.addWidget(palette)
    palette.show()
    qtmodeltester.check(palette.model)
    keys = {palette.model.entry(r).key for r in range(palette.model.rowCount())}  # type: ignore[union-attr]
    assert "conversation.resolve" in keys and "conversation.reopen" not in keys  # disabled is hidden
    type_text(palette.search, ">resol")
    first = palette.model.entry(0)
    assert first is not None and first.key == "conversation.resolve"
    assert palette.model.index(0, 0).data(ShortcutRole) != ""
    palette.search.clear()
    type_text(palette.search, "تاجيل")  # Arabic keyword of snooze (تأجيل) typed without hamza
    assert palette.model.entry(0).key == "conversation.snooze"  # type: ignore[union-attr]
    with qtbot.wait_signal(palette.action_triggered):
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert calls == ["conversation.snooze"] and not palette.isVisible()


def test_conversations_by_name_and_id(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    conversations = conversations_from(aloop, sandbox.url)
    palette = CommandPalette(registry_with([]), lambda: conversations)
    qtbot.addWidget(palette)
    palette.show()
    target = conversations[3]
    type_text(palette.search, f"#{target.id}")
    assert palette.model.entry(0).conversation == target  # type: ignore[union-attr]
    palette.search.clear()
    type_text(palette.search, target.contact.name)
    rows = [palette.model.entry(r) for r in range(palette.model.rowCount())]
    match = next(r for r, e in enumerate(rows) if e is not None and e.conversation == target)
    for _ in range(match):
        qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.model.entry(palette.current_row()).kind is EntryKind.CONVERSATION  # type: ignore[union-attr]
    with qtbot.wait_signal(palette.conversation_chosen) as chosen:
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert chosen.args[0] == target


def test_palette_paints_in_an_arabic_rtl_ui(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.models import Contact, ConversationStatus

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    conversations = [Conversation(id=7, account_id=1, inbox_id=1, status=ConversationStatus.OPEN,
                                  contact=Contact(1, "فاطمة فاروق", phone_number="+201001234567"))]
    palette = CommandPalette(registry_with([]), lambda: conversations)
    qtbot.addWidget(palette)
    palette.show()
    type_text(palette.search, "فاطمه")  # ه for ة
    assert palette.model.entry(0).conversation == conversations[0]  # type: ignore[union-attr]
    image = palette.grab().toImage()
    assert not image.isNull() and palette.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_rows_paint_selection_and_their_own_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The style draws the selected row's background (not the item text); the delegate draws the title
    at one edge and the shortcut at the other, in both UI directions."""
    palette = CommandPalette(registry_with([]), list)
    qtbot.addWidget(palette)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        palette.setLayoutDirection(direction)
        palette.show()
        view = palette.view
        assert view.currentIndex().row() == 0
        rect = view.visualRect(view.model().index(0, 0))
        image = view.viewport().grab().toImage()
        highlights = {view.palette().color(group, QPalette.ColorRole.Highlight).rgb()
                      for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
        row = [image.pixelColor(x, y).rgb() for x in range(rect.left(), rect.right())
               for y in range(rect.top() + 1, rect.bottom())]
        assert Counter(row).most_common(1)[0][0] in highlights  # painted as selected
        for half in (rect.adjusted(0, 1, -rect.width() // 2, -1), rect.adjusted(rect.width() // 2, 1, 0, -1)):
            colours = {image.pixelColor(x, y).rgb() for x in range(half.left(), half.right())
                       for y in range(half.top(), half.bottom())}
            assert len(colours) > 2  # glyphs (anti-aliased) in each half: title and shortcut
