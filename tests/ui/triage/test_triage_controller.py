"""A shift without the mouse: the triage and team actions pressed as shortcuts on a window, answered
in their dialogs from the keyboard, carried out on the sandbox — including permission denials."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import PermissionDenied
from desktop.domain.models import (
    AssigneeFilter,
    ChannelKind,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Priority,
)
from desktop.services.session import SessionService
from desktop.services.triage import ResolvePolicy, Triage
from desktop.services.triage_board import AvailabilitySwitch, TeamBoard
from desktop.services.triage_bulk import BulkTriage
from desktop.services.triage_lookups import TriageLookups
from desktop.services.workspace import WorkspaceLookups
from desktop.system.credentials import KeyringCredentialStore
from desktop.ui.actions import ActionRegistry
from desktop.ui.notifier import Notifier
from desktop.ui.triage.controller import TriageController
from desktop.ui.triage.team_controller import TeamController

WS = 1
TOKENS = {"mona": "sbx-mona-token-0001", "ahmed": "sbx-ahmed-token-0002", "karim": "sbx-karim-token-0008"}
C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@dataclass
class Desk:
    window: QWidget
    client: ChatwootClient
    session: SessionService
    triage: Triage
    controller: TriageController
    team: TeamController
    notifier: Notifier
    registry: ActionRegistry
    selected: list[Conversation]
    opened: list[int]


@pytest.fixture
def desk_for(qtbot, aloop, fresh_sandbox) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    made: list[Desk] = []

    def make(who: str, policy: ResolvePolicy = ResolvePolicy.REQUIRED) -> Desk:
        session = SessionService(ChatwootClient, KeyringCredentialStore())
        user = aloop.run(session.sign_in_token(fresh_sandbox.url, TOKENS[who], remember=False))
        client = session.client
        window = QWidget()
        window.resize(800, 600)
        qtbot.addWidget(window)
        registry = ActionRegistry()
        notifier = Notifier()
        triage = Triage(client, WS)
        bulk = BulkTriage(triage, client)
        lookups = TriageLookups(WorkspaceLookups(client, WS), client)
        selected: list[Conversation] = []
        opened: list[int] = []
        controller = TriageController(registry, triage, bulk, lookups, notifier, window,
                                      selection=lambda: selected, me=lambda: user.id, policy=lambda: policy)
        team = TeamController(registry, TeamBoard(client, WS), bulk, lookups, AvailabilitySwitch(session, client),
                              notifier, window, account_id=WS, selection=lambda: selected,
                              open_conversation=opened.append)
        controller.bind()
        team.bind()
        registry.install(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        desk = Desk(window, client, session, triage, controller, team, notifier, registry, selected, opened)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        aloop.run(desk.session.sign_out())


def open_conversations(aloop, client: ChatwootClient, **filters: object) -> list[Conversation]:  # type: ignore[no-untyped-def]
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=ConversationStatus.OPEN, **filters)  # type: ignore[arg-type]
    return list(aloop.run(client.list_conversations(WS, query)).conversations)


def press(qtbot, desk: Desk, key: Qt.Key, modifiers=C | S) -> None:  # type: ignore[no-untyped-def]
    desk.registry.update_enabled()
    desk.window.activateWindow()  # a dialog that just closed may have kept the activation
    qtbot.waitUntil(desk.window.isActiveWindow)
    qtbot.keyClick(desk.window, key, modifiers)


def test_resolve_with_a_digit_and_reopen(qtbot, aloop, desk_for) -> None:  # type: ignore[no-untyped-def]
    desk = desk_for("ahmed")
    conversation = open_conversations(aloop, desk.client)[0]
    aloop.run(desk.client.set_labels(WS, conversation.id, []))
    desk.selected[:] = [conversation]
    press(qtbot, desk, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: desk.controller.dialog is not None)
    dialog = desk.controller.dialog
    first = dialog.model.label(0).title  # type: ignore[union-attr]
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        type_text(dialog.search, "1")  # type: ignore[union-attr]
    after = aloop.run(desk.client.get_conversation(WS, conversation.id))
    assert after.status == ConversationStatus.RESOLVED and first in after.labels
    desk.selected[:] = [after]
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        press(qtbot, desk, Qt.Key.Key_O)
    assert aloop.run(desk.client.get_conversation(WS, conversation.id)).status == ConversationStatus.OPEN


def test_bulk_categories_snooze_and_priority(qtbot, aloop, desk_for) -> None:  # type: ignore[no-untyped-def]
    desk = desk_for("mona")
    chosen = open_conversations(aloop, desk.client)[:3]
    desk.selected[:] = chosen
    label = aloop.run(desk.client.labels(WS))[0].title
    press(qtbot, desk, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: desk.controller.dialog is not None)
    picker = desk.controller.dialog
    type_text(picker.search, label)  # type: ignore[union-attr]
    qtbot.keyClick(picker.search, Qt.Key.Key_Space)  # type: ignore[union-attr]
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # type: ignore[union-attr]
    assert desk.notifier.last is not None and "3" in desk.notifier.last.text
    for conversation in chosen:
        assert label in aloop.run(desk.client.get_conversation(WS, conversation.id)).labels
    desk.selected[:] = chosen[:1]
    press(qtbot, desk, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: desk.controller.dialog is not None)
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        qtbot.keyClick(desk.controller.dialog.list, Qt.Key.Key_3)  # type: ignore[union-attr]
    assert aloop.run(desk.client.get_conversation(WS, chosen[0].id)).priority == Priority.HIGH
    press(qtbot, desk, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: desk.controller.dialog is not None)
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        qtbot.keyClick(desk.controller.dialog.list, Qt.Key.Key_3)  # type: ignore[union-attr]
    snoozed = aloop.run(desk.client.get_conversation(WS, chosen[0].id))
    assert snoozed.status == ConversationStatus.SNOOZED and snoozed.snoozed_until is not None


def test_escalate_from_the_keyboard(qtbot, aloop, desk_for) -> None:  # type: ignore[no-untyped-def]
    desk = desk_for("mona")
    conversation = open_conversations(aloop, desk.client)[0]
    desk.selected[:] = [conversation]
    press(qtbot, desk, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: desk.controller.dialog is not None, timeout=15000)
    dialog = desk.controller.dialog
    type_text(dialog.agent_search, "sara")  # type: ignore[union-attr]
    dialog.reason.setPlainText("needs the complaints lead")  # type: ignore[union-attr]
    with qtbot.wait_signal(desk.controller.finished, timeout=15000):
        dialog.accept()  # type: ignore[union-attr]
    after = aloop.run(desk.client.get_conversation(WS, conversation.id))
    assert after.assignee is not None and after.assignee.id == 3
    notes = aloop.run(desk.client.list_messages(WS, conversation.id)).messages
    assert any(m.private and m.content == "needs the complaints lead" for m in notes)


def test_denied_priority_changes_nothing(qtbot, aloop, desk_for) -> None:  # type: ignore[no-untyped-def]
    mona = desk_for("mona")
    messenger = next(i.id for i in aloop.run(mona.client.inboxes(WS)) if i.kind == ChannelKind.MESSENGER)
    foreign = open_conversations(aloop, mona.client, inbox_id=messenger)[0]
    karim = desk_for("karim")
    assert not karim.registry.is_enabled("team.board")  # agents get no team-lead actions
    updates: list[Conversation] = []
    karim.triage.updated.connect(updates.append)
    karim.selected[:] = [foreign]
    press(qtbot, karim, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: karim.controller.dialog is not None)
    with qtbot.wait_signal(karim.controller.finished, timeout=15000):
        qtbot.keyClick(karim.controller.dialog.list, Qt.Key.Key_4)  # type: ignore[union-attr]
    assert karim.notifier.last is not None
    assert karim.notifier.last.text == karim.notifier.message_for(PermissionDenied())
    assert updates == []
    assert aloop.run(mona.client.get_conversation(WS, foreign.id)).priority == foreign.priority


def test_handover_in_one_action_and_going_offline(qtbot, aloop, desk_for) -> None:  # type: ignore[no-untyped-def]
    desk = desk_for("mona")
    chosen = open_conversations(aloop, desk.client)[:3]
    for conversation in chosen:
        aloop.run(desk.client.assign_agent(WS, conversation.id, 2))
    desk.selected[:] = [aloop.run(desk.client.get_conversation(WS, chosen[0].id))]
    press(qtbot, desk, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: desk.team.dialog is not None, timeout=15000)
    dialog = desk.team.dialog
    assert dialog.count >= 3 and str(dialog.count) in dialog.ok.text()  # type: ignore[union-attr]
    dialog.agent_view.setCurrentIndex(dialog.agents.index(dialog.agents.row_of(3), 0))  # type: ignore[union-attr]
    with qtbot.wait_signal(desk.team.finished, timeout=15000):
        dialog.accept()  # type: ignore[union-attr]
    for conversation in chosen:
        assignee = aloop.run(desk.client.get_conversation(WS, conversation.id)).assignee
        assert assignee is not None and assignee.id == 3
    for conversation in chosen:
        aloop.run(desk.client.assign_agent(WS, conversation.id, 1))
    press(qtbot, desk, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier | S)
    qtbot.waitUntil(lambda: isinstance(desk.team.dialog, QMessageBox), timeout=15000)
    box = desk.team.dialog
    mine = aloop.run(desk.client.conversation_counts(
        WS, ConversationQuery(assignee=AssigneeFilter.MINE, status=ConversationStatus.OPEN))).mine
    assert mine >= 3 and box.text().startswith(f"{mine} open conversation")  # type: ignore[union-attr]
    with qtbot.wait_signal(desk.team.finished, timeout=15000):
        box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    workspace = next(w for w in aloop.run(desk.client.profile()).workspaces if w.id == WS)
    assert workspace.availability.value == "offline"
