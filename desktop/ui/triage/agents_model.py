"""List model of agents to pick from (escalate, assign, hand over), each with availability (a presence
colour swatch) and, when the viewer may read it, open load. Root-only: the optional filter (a set of
agent ids, e.g. a team's members) resets (a ResultListModel of the
choices shown)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.domain.models import Agent, Availability
from desktop.ui.bidi import isolate
from desktop.ui.theme import THEME
from desktop.ui.widgets.availability import availability_text
from desktop.ui.widgets.list_model import ResultListModel

AgentIdRole = Qt.ItemDataRole.UserRole + 1
ChoiceRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class AgentChoice:
    agent: Agent
    availability: Availability
    open_count: int | None = None  # None when the viewer may not read the load (agents)

    def describe(self) -> str:
        state = availability_text(self.availability)
        if self.open_count is None:
            return f"{isolate(self.agent.name)} — {state}"
        load = QCoreApplication.translate("Triage", "%n open", "", self.open_count)
        return f"{isolate(self.agent.name)} — {state} · {load}"


class AgentChoiceModel(ResultListModel[AgentChoice]):
    def __init__(self, choices: Sequence[AgentChoice] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(choices)
        self._only: set[int] | None = None
        self._items = list(self._all)

    def set_only(self, agent_ids: Iterable[int] | None) -> None:
        self._only = None if agent_ids is None else set(agent_ids)
        self._refresh()

    def _refresh(self) -> None:
        self.set_items([c for c in self._all if self._only is None or c.agent.id in self._only])

    def choice(self, row: int) -> AgentChoice | None:
        return self.item(row)

    def row_of(self, agent_id: int) -> int | None:
        return next((i for i, c in enumerate(self._items) if c.agent.id == agent_id), None)

    def item_data(self, choice: AgentChoice, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.describe()
        if role == Qt.ItemDataRole.DecorationRole:
            return THEME.presence_color(choice.availability.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.agent.email or None
        if role == AgentIdRole:
            return choice.agent.id
        if role == ChoiceRole:
            return choice
        return None
