"""Hand over all of one agent's open conversations (shift end, disconnect) to a team's queue or to
another agent, in one action. The dialog is the confirmation: it says how many conversations move
and the button repeats the count ("Hand over 12 conversations").

After Accepted: `target()` is (team_id, agent_id); at least one is set.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Agent, Team
from desktop.ui.bidi import isolate
from desktop.ui.triage.agents_model import AgentChoice, AgentChoiceModel


class HandoverDialog(QDialog):
    def __init__(self, from_agent: Agent, count: int, teams: Sequence[Team], agents: Sequence[AgentChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over conversations"))
        self.count = count
        summary = QLabel(self.tr("%n open conversation(s) of %1 will move.", "", count)
                         .replace("%1", isolate(from_agent.name)), self)
        summary.setObjectName("handoverSummary")
        summary.setWordWrap(True)
        self.team = QComboBox(self)
        self.team.setObjectName("handoverTeam")
        self.team.addItem(self.tr("No team change"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.agents = AgentChoiceModel([c for c in agents if c.agent.id != from_agent.id], self)
        self.agent_view = QListView(self)
        self.agent_view.setObjectName("handoverAgents")
        self.agent_view.setModel(self.agents)
        self.agent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        form = QFormLayout()
        team_label = QLabel(self.tr("To &team"), self)
        team_label.setBuddy(self.team)
        agent_label = QLabel(self.tr("To &agent"), self)
        agent_label.setBuddy(self.agent_view)
        form.addRow(team_label, self.team)
        form.addRow(agent_label, self.agent_view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Hand over %n conversation(s)", "", count))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.team.currentIndexChanged.connect(self._update)
        self.agent_view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self._update()
        self.agent_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def target(self) -> tuple[int | None, int | None]:
        team = self.team.currentData()
        index = self.agent_view.currentIndex()
        choice = self.agents.choice(index.row()) if index.isValid() else None
        return (int(team) if team is not None else None, choice.agent.id if choice is not None else None)

    def _update(self) -> None:
        team, agent = self.target()
        self.ok.setEnabled(self.count > 0 and (team is not None or agent is not None))

    def accept(self) -> None:
        self._update()
        if self.ok.isEnabled():
            super().accept()
