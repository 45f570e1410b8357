"""Escalate (or assign): pick a team and/or an agent — each agent shown with availability and open load —
raise the priority, and write the reason, which is posted as a private note. In "assign" mode only
the team and agent are asked.

Keyboard: Alt+T team, Alt+A agent search (Up/Down move in the agents while typing), Alt+P priority,
Alt+R reason; Ctrl+Enter confirms; Escape cancels. After Accepted: `escalation()`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.models import Conversation, Priority, Team
from desktop.services.saved_replies_search import FuzzyIndex
from desktop.services.triage import Escalation
from desktop.ui.triage.agents_model import AgentChoice, AgentChoiceModel
from desktop.ui.triage.priority_dialog import ORDER, priority_text
from desktop.ui.widgets.search_list import SearchListKeys


def raised(priority: Priority) -> Priority:
    """One step up (none → medium, urgent stays urgent): the escalate dialog's default."""
    if priority is Priority.NONE:
        return Priority.MEDIUM
    return ORDER[min(ORDER.index(priority) + 1, len(ORDER) - 1)]


class EscalateDialog(QDialog):
    def __init__(
        self, conversation: Conversation, teams: Sequence[Team], agents: Sequence[AgentChoice], *,
        team_members: Mapping[int, Sequence[int]] | None = None, assign_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog" if assign_only else "escalateDialog")
        self.setWindowTitle(self.tr("Assign") if assign_only else self.tr("Escalate"))
        self.setMinimumWidth(520)
        self._conversation = conversation
        self._assign_only = assign_only
        self._members = dict(team_members or {})
        self._agents = list(agents)
        self._index = FuzzyIndex(self._agents, code=lambda c: c.agent.name, body=lambda c: c.agent.email)

        self.team = QComboBox(self)
        self.team.setObjectName("escalateTeam")
        self.team.addItem(self.tr("Keep the current team"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.queue = QCheckBox(self.tr("Leave it in the team's queue (no agent)"), self)
        self.queue.toggled.connect(self._update)

        self.agent_search = QLineEdit(self)
        self.agent_search.setObjectName("escalateAgentSearch")
        self.agent_search.setPlaceholderText(self.tr("Type a name; leave empty to keep the agent"))
        self.agent_search.textChanged.connect(self._refilter)
        self.agents = AgentChoiceModel(self._agents, self)
        self.agent_view = QListView(self)
        self.agent_view.setObjectName("escalateAgents")
        self.agent_view.setModel(self.agents)
        self.agent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agent_keys = SearchListKeys(self.agent_search, self.agent_view, page=0)  # Up/Down only

        self.priority = QComboBox(self)
        self.priority.setObjectName("escalatePriority")
        self.priority.addItem(self.tr("Keep the priority"), None)
        for p in ORDER:
            self.priority.addItem(priority_text(p), p.value)
        self.reason = QTextEdit(self)  # plain text only; paragraphs follow their own direction
        self.reason.setAcceptRichText(False)
        self.reason.setObjectName("escalateReason")
        self.reason.setPlaceholderText(self.tr("Why? (posted as a private note)"))
        self.reason.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(*self._buddy(self.tr("&Team"), self.team))
        form.addRow("", self.queue)
        form.addRow(*self._buddy(self.tr("&Agent"), self.agent_search))
        form.addRow("", self.agent_view)
        form.addRow(*self._buddy(self.tr("&Priority"), self.priority))
        form.addRow(*self._buddy(self.tr("&Reason"), self.reason))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Assign") if assign_only else self.tr("Escalate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if assign_only:
            for widget in (self.priority, self.reason):
                label = form.labelForField(widget)
                if label is not None:
                    label.hide()
                widget.hide()
        else:
            self.priority.setCurrentIndex(self.priority.findData(raised(conversation.priority).value))
        self._team_changed()
        self.agent_search.setFocus()

    def _buddy(self, text: str, field: QWidget) -> tuple[QLabel, QWidget]:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label, field

    # -- state ------------------------------------------------------------------------------------
    def selected_team(self) -> int | None:
        value = self.team.currentData()
        return int(value) if value is not None else None

    def selected_agent(self) -> AgentChoice | None:
        if self.queue.isChecked() or not self.agent_search.text().strip():
            return None
        index = self.agent_view.currentIndex()
        return self.agents.choice(index.row()) if index.isValid() else None

    def escalation(self) -> Escalation:
        agent = self.selected_agent()
        value = None if self._assign_only else self.priority.currentData()
        return Escalation(
            conversation_id=self._conversation.id,
            team_id=self.selected_team(),
            agent_id=agent.agent.id if agent is not None else None,
            priority=Priority(value) if value is not None else None,
            reason="" if self._assign_only else self.reason.toPlainText().strip(),
            unassign_agent=self.queue.isChecked(),
        )

    def _team_changed(self) -> None:
        team = self.selected_team()
        self.queue.setEnabled(team is not None)
        if team is None:
            self.queue.setChecked(False)
        self._refilter()

    def _refilter(self) -> None:
        team = self.selected_team()
        only: set[int] | None = None
        if team is not None and team in self._members:
            only = set(self._members[team])
        text = self.agent_search.text().strip()
        if text:
            matching = {c.agent.id for c in self._index.search(text)}
            only = matching if only is None else only & matching
        self.agents.set_only(only)
        self.agent_keys.select_first()
        self._update()

    def _update(self) -> None:
        self.agent_search.setEnabled(not self.queue.isChecked())
        self.agent_view.setEnabled(not self.queue.isChecked())
        try:
            self.escalation().validate()
            ok = True
        except ValidationFailed:
            ok = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        self._update()
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()
