"""Triage dialogs driven from the keyboard: resolve-with-category (digits, typing, skip policy),
priority, snooze presets, escalate/assign and hand over; results carried out on the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import (
    Agent,
    AssigneeFilter,
    Availability,
    Contact,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Label,
    Priority,
    Team,
)
from desktop.services.triage import ResolvePolicy, Triage
from desktop.ui.triage.agents_model import AgentChoice
from desktop.ui.triage.escalate_dialog import EscalateDialog, raised
from desktop.ui.triage.handover_dialog import HandoverDialog
from desktop.ui.triage.priority_dialog import PriorityDialog
from desktop.ui.triage.resolve_dialog import ResolveDialog
from desktop.ui.triage.snooze_dialog import SnoozeDialog, presets
from desktop.ui.widgets.asking import when_finished

LABELS = [Label(1, "wismo", "#1f93ff", "فين الأوردر"), Label(2, "complaint", "#e0245e", "شكوى"),
          Label(3, "refund", "#f5a623", "استرداد")]
TEAMS = [Team(1, "complaints"), Team(2, "whatsapp orders")]
AGENTS = [AgentChoice(Agent(2, "Ahmed Hassan"), Availability.ONLINE, 4),
          AgentChoice(Agent(3, "Sara Mahmoud"), Availability.BUSY, 1),
          AgentChoice(Agent(8, "Karim Fawzy"), Availability.OFFLINE, 0)]
CONVERSATION = Conversation(id=10, account_id=1, inbox_id=1, status=ConversationStatus.OPEN,
                            contact=Contact(1, "Aya"), priority=Priority.LOW)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_resolve_digit_picks_at_once(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = ResolveDialog(LABELS, ResolvePolicy.REQUIRED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert not dialog.can_skip and not dialog.skip_button.isVisibleTo(dialog)
    with qtbot.wait_signal(dialog.accepted):
        type_text(dialog.search, "٢")  # Arabic-Indic two: the second category (sorted: complaint, refund, wismo)
    assert dialog.category() == "refund"


def test_resolve_typing_and_enter_and_skip(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResolveDialog(LABELS, ResolvePolicy.REQUIRED, current_labels=["vip"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.can_skip  # already has a category
    type_text(dialog.search, "فين الاوردر")
    assert dialog.model.label(dialog.current_row()).title == "wismo"  # type: ignore[union-attr]
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.category() == "wismo"
    optional = ResolveDialog(LABELS, ResolvePolicy.OPTIONAL)
    qtbot.addWidget(optional)
    optional.show()
    with qtbot.wait_signal(optional.accepted):
        qtbot.keyClick(optional.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert optional.category() is None
    required = ResolveDialog(LABELS, ResolvePolicy.REQUIRED)
    qtbot.addWidget(required)
    required.skip()
    assert required.result() != QDialog.DialogCode.Accepted


def test_priority_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PriorityDialog(Priority.LOW)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_4)
    assert dialog.priority() == Priority.URGENT


def test_snooze_presets_and_digit(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 11, 23, 20, 15, tzinfo=UTC).astimezone()
    moments = dict(presets(now, first_day_of_week=7))
    assert moments["hour"] == now + timedelta(hours=1)
    assert moments["evening"] > now and moments["evening"].hour == 18  # type: ignore[union-attr]
    assert moments["tomorrow"].hour == 9 and moments["tomorrow"].date() > now.date()  # type: ignore[union-attr]
    assert moments["next_week"].isoweekday() == 7 and moments["next_week"] > now  # type: ignore[union-attr]
    assert moments["reply"] is None
    dialog = SnoozeDialog(lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_1)
    assert dialog.until() == (now + timedelta(hours=1)).astimezone(UTC)
    until_reply = SnoozeDialog(lambda: now)
    qtbot.addWidget(until_reply)
    until_reply.list.setCurrentRow(4)
    with qtbot.wait_signal(until_reply.accepted):
        qtbot.keyClick(until_reply.list, Qt.Key.Key_Return)
    assert until_reply.until() is None


def test_escalate_dialog_builds_the_request(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = EscalateDialog(CONVERSATION, TEAMS, AGENTS, team_members={1: [3], 2: [2, 8]})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtmodeltester.check(dialog.agents)
    assert dialog.agents.index(0, 0).data().startswith("\u2068Ahmed Hassan\u2069 — online")
    assert raised(Priority.LOW) == Priority.MEDIUM and raised(Priority.URGENT) == Priority.URGENT
    dialog.team.setCurrentIndex(1)  # complaints: only Sara
    assert dialog.agents.rowCount() == 1
    type_text(dialog.agent_search, "sar")
    dialog.reason.setPlainText("customer threatens chargeback")
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.agent_search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    request = dialog.escalation()
    assert (request.team_id, request.agent_id, request.priority, request.reason) == (
        1, 3, Priority.MEDIUM, "customer threatens chargeback")
    assign = EscalateDialog(CONVERSATION, TEAMS, AGENTS, assign_only=True)
    qtbot.addWidget(assign)
    assign.priority.setCurrentIndex(0)
    assert not assign.buttons.button(assign.buttons.StandardButton.Ok).isEnabled()  # nothing chosen yet
    type_text(assign.agent_search, "karim")
    qtbot.keyClick(assign.agent_search, Qt.Key.Key_Down)
    request = assign.escalation()
    assert (request.agent_id, request.priority, request.reason) == (8, None, "")


def test_escalation_from_the_dialog_on_the_sandbox(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    mona = ChatwootClient(fresh_sandbox.url, auth=TokenAuth("sbx-mona-token-0001"))
    page = aloop.run(mona.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL)))
    conversation = page.conversations[0]
    teams = aloop.run(mona.teams(1))
    loads = {x.agent_id: x for x in aloop.run(mona.agent_loads(1))}
    choices = [AgentChoice(a, loads[a.id].availability if a.id in loads else a.availability,
                           loads[a.id].open_count if a.id in loads else 0) for a in aloop.run(mona.agents(1))]
    dialog = EscalateDialog(conversation, teams, choices)
    qtbot.addWidget(dialog)
    dialog.team.setCurrentIndex(dialog.team.findData(teams[0].id))
    dialog.queue.setChecked(True)
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.URGENT.value))
    dialog.reason.setPlainText("تصعيد: العميل مستني من امبارح")
    dialog.accept()
    result = aloop.run(Triage(mona, 1).escalate(dialog.escalation()))
    aloop.run(mona.aclose())
    assert result.team is not None and result.team.id == teams[0].id
    assert result.assignee is None and result.priority == Priority.URGENT


def test_handover_dialog_says_how_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoverDialog(Agent(2, "Ahmed Hassan"), 12, TEAMS, AGENTS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "12" in dialog.ok.text() and dialog.agents.row_of(2) is None  # not to themself
    dialog.agent_view.setCurrentIndex(dialog.agents.index(-1, 0))  # no agent picked
    assert not dialog.ok.isEnabled()
    dialog.team.setCurrentIndex(2)
    assert dialog.ok.isEnabled() and dialog.target() == (2, None)
    dialog.agent_view.setCurrentIndex(dialog.agents.index(0, 0))
    assert dialog.target() == (2, 3)


def test_asking_forgets_deletes_then_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    dialog = QDialog()
    when_finished(dialog, lambda: calls.append("accepted"), rejected=lambda: calls.append("rejected"),
                  closed=lambda: calls.append("closed"))
    destroyed: list[None] = []
    dialog.destroyed.connect(lambda *_: destroyed.append(None))
    dialog.open()
    dialog.accept()
    assert calls == ["closed", "accepted"]  # forgotten first: the follow-up may ask again
    qtbot.waitUntil(lambda: bool(destroyed), timeout=2000)  # deleted later
    calls.clear()
    cancelled = QDialog()
    qtbot.addWidget(cancelled)
    when_finished(cancelled, lambda: calls.append("accepted"), closed=lambda: calls.append("closed"))
    cancelled.open()
    cancelled.reject()
    assert calls == ["closed"]  # no `rejected`: nothing more
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    when_finished(box, lambda: calls.append("yes"), ok=QMessageBox.StandardButton.Yes.value,
                  rejected=lambda: calls.append("no"))
    box.open()
    box.button(QMessageBox.StandardButton.No).click()
    assert calls == ["closed", "no"]
    again = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(again)
    when_finished(again, lambda: calls.append("yes"), ok=QMessageBox.StandardButton.Yes.value)
    again.open()
    again.button(QMessageBox.StandardButton.Yes).click()
    assert calls == ["closed", "no", "yes"]
