"""Renders the agent toolkit's windows in English and in Arabic (right to left) to
`artifacts/screenshots/toolkit_<view>_{en,ar}.png` for review, with the sandbox's data: the agents
board, the escalate dialog, resolve with category, the command palette and the saved-replies browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import AssigneeFilter, ConversationQuery
from desktop.services.saved_replies import SavedReplies
from desktop.services.triage import ResolvePolicy
from desktop.services.triage_board import TeamBoard
from desktop.services.triage_lookups import TriageLookups
from desktop.services.variables import VariableContext
from desktop.services.workspace import WorkspaceLookups
from desktop.ui import fonts, i18n
from desktop.ui.actions import ActionRegistry
from desktop.ui.board.view import BoardView
from desktop.ui.notifier import Notifier
from desktop.ui.palette.palette import CommandPalette
from desktop.ui.replies.browser import SavedRepliesBrowser
from desktop.ui.theme import apply_theme
from desktop.ui.triage.agents_model import AgentChoice
from desktop.ui.triage.escalate_dialog import EscalateDialog
from desktop.ui.triage.resolve_dialog import ResolveDialog


def artifacts() -> Path:
    folder = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def save(qtbot, widget: QWidget, name: str, language: str) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    qtbot.wait(50)
    image = widget.grab()
    assert not image.isNull()
    assert image.save(str(artifacts() / f"toolkit_{name}_{language}.png"))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_toolkit_screenshots(qtbot, aloop, sandbox, qapp: QApplication, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    fonts.install_fonts(qapp)
    apply_theme(qapp)
    rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    client = ChatwootClient(sandbox.url, auth=TokenAuth("sbx-mona-token-0001"))
    try:
        lookups = TriageLookups(WorkspaceLookups(client, 1), client)
        board = BoardView(TeamBoard(client, 1), Notifier())
        qtbot.addWidget(board)
        board.resize(760, 380)
        with qtbot.wait_signal(board.loaded, timeout=15000):
            board.show()
        assert board.layoutDirection() == rtl
        save(qtbot, board, "board", language)

        conversations = aloop.run(client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL)))
        conversation = conversations.conversations[0]
        options = aloop.run(lookups.agent_options())
        escalate = EscalateDialog(conversation, aloop.run(lookups.teams()),
                                  [AgentChoice(a, availability, load) for a, availability, load in options],
                                  team_members=aloop.run(lookups.team_members()))
        qtbot.addWidget(escalate)
        escalate.reason.setPlainText("العميل مستني من امبارح — please call him back")
        save(qtbot, escalate, "escalate", language)

        resolve = ResolveDialog(aloop.run(lookups.labels()), ResolvePolicy.OPTIONAL)
        qtbot.addWidget(resolve)
        save(qtbot, resolve, "resolve", language)

        registry = ActionRegistry()
        for spec in registry.specs():
            registry.bind(spec.id, lambda: None)
        palette = CommandPalette(registry, lambda: list(conversations.conversations))
        qtbot.addWidget(palette)
        palette.show()
        type_text(palette.search, "ر")
        save(qtbot, palette, "palette", language)

        replies = SavedReplies(client, 1)
        aloop.run(replies.refresh())
        context = VariableContext(contact=conversation.contact, agent_name="منى عادل", conversation_id=conversation.id)
        browser = SavedRepliesBrowser(replies, lambda: context)
        qtbot.addWidget(browser)
        browser.show()
        type_text(browser.search, "الاوردر")
        save(qtbot, browser, "saved_replies", language)
    finally:
        aloop.run(client.aclose())
