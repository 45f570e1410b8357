"""Binds the team-lead and availability actions: the agents board (Ctrl+Shift+B), handing over an
agent's open conversations (from the board's selected agent, else the open conversation's assignee),
and the online / busy / offline switch (going offline with conversations still assigned asks first).

`TeamController(registry, board, bulk, lookups, availability, notifier, window, account_id=…,
selection=…, open_conversation=…)` then `bind()`. Team actions are enabled only for administrators of
the workspace; the server still decides (PermissionDenied reaches the notifier, nothing changes).

Signals: finished(str action id).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.domain.models import Availability, Conversation
from desktop.services.triage_board import AvailabilityChange, AvailabilitySwitch, TeamBoard
from desktop.services.triage_bulk import BulkResult, BulkTriage
from desktop.services.triage_lookups import TriageLookups
from desktop.ui.actions import ActionRegistry
from desktop.ui.board.view import BoardView
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner
from desktop.ui.triage.agents_model import AgentChoice
from desktop.ui.triage.handover_dialog import HandoverDialog
from desktop.ui.widgets.asking import when_finished


class TeamController(QObject):
    """Signals: finished(str)."""

    finished = Signal(str)

    def __init__(
        self, registry: ActionRegistry, board: TeamBoard, bulk: BulkTriage, lookups: TriageLookups,
        availability: AvailabilitySwitch, notifier: Notifier, window: QWidget, *, account_id: int,
        selection: Callable[[], Sequence[Conversation]], open_conversation: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._registry = registry
        self._board = board
        self._bulk = bulk
        self._lookups = lookups
        self._availability = availability
        self._notifier = notifier
        self._window = window
        self._account_id = account_id
        self._selection = selection
        self._open_conversation = open_conversation
        self.tasks = TaskRunner(self, notifier)
        self.board_view: BoardView | None = None
        self.dialog: QDialog | QMessageBox | None = None

    def bind(self) -> None:
        admin = lambda: self._availability.is_administrator(self._account_id)  # noqa: E731
        signed_in = lambda: self._availability.current(self._account_id) is not None  # noqa: E731
        self._registry.bind("team.board", self.show_board, admin)
        self._registry.bind("team.handover", self.handover_current, admin)
        for availability in Availability:
            self._registry.bind(f"availability.{availability.value}", self._setter(availability), signed_in)

    def _setter(self, availability: Availability) -> Callable[[], None]:
        return lambda: self.set_availability(availability)

    def _done(self, action_id: str) -> Callable[[object], None]:
        return lambda _result: self.finished.emit(action_id)

    def _failed(self, action_id: str) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            self._notifier.report(error)
            self.finished.emit(action_id)

        return failed

    def _ask(self, dialog: QDialog | QMessageBox, accepted: Callable[[], None], ok: int) -> None:
        self.dialog = dialog
        when_finished(dialog, accepted, ok=ok, closed=self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    # -- board ----------------------------------------------------------------------------------------
    def show_board(self) -> None:
        if self.board_view is None:
            view = BoardView(self._board, self._notifier, self._window)
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.resize(720, 420)
            view.handover_requested.connect(self.handover)
            view.open_conversation.connect(self._open_conversation)
            self.board_view = view
        self.board_view.show()
        self.board_view.raise_()
        self.board_view.activateWindow()

    # -- handover -------------------------------------------------------------------------------------
    def handover_current(self) -> None:
        agent_id = self.board_view.selected_agent() if self.board_view is not None and \
            self.board_view.isVisible() else None
        if agent_id is None:
            selected = self._selection()
            assignee = selected[0].assignee if selected else None
            agent_id = assignee.id if assignee is not None else None
        if agent_id is None:
            self.show_board()
            return
        self.handover(agent_id)

    def handover(self, agent_id: int) -> None:
        async def gather() -> tuple[Any, ...]:
            return (await self._lookups.agent(agent_id), await self._bulk.open_conversations_of(agent_id),
                    await self._lookups.teams(), await self._lookups.agent_options())

        def ask(data: tuple[Any, ...]) -> None:
            agent, theirs, teams, options = data
            if agent is None or not theirs:
                self._notifier.info(self.tr("This agent has no open conversations."))
                self.finished.emit("team.handover")
                return
            choices = [AgentChoice(a, availability, load) for a, availability, load in options]
            dialog = HandoverDialog(agent, len(theirs), teams, choices, self._window)

            def apply() -> None:
                team_id, to_agent = dialog.target()
                self.tasks.run("handover", self._bulk.handover(theirs, to_agent_id=to_agent, to_team_id=team_id),
                               on_result=self._handed_over, on_error=self._failed("team.handover"))

            self._ask(dialog, apply, QDialog.DialogCode.Accepted)

        self.tasks.run("handover-prepare", gather(), on_result=ask, on_error=self._failed("team.handover"))

    def _handed_over(self, result: BulkResult) -> None:
        if result.all_ok:
            self._notifier.info(self.tr("%n conversation(s) handed over.", "", len(result.succeeded)))
        else:
            first = next(iter(result.failed.values()))
            self._notifier.warning(self.tr("%n conversation(s) could not be handed over: %1", "", len(result.failed))
                                   .replace("%1", self._notifier.message_for(first)))
        if self.board_view is not None and self.board_view.isVisible():
            self.board_view.refresh()
        self.finished.emit("team.handover")

    # -- availability ---------------------------------------------------------------------------------
    def set_availability(self, availability: Availability) -> None:
        action_id = f"availability.{availability.value}"

        def maybe_warn(change: AvailabilityChange) -> None:
            if not change.needs_warning:
                self._apply(change)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Go offline?"),
                              self.tr("%n open conversation(s) are still assigned to you. Go offline anyway?",
                                      "", change.still_assigned),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            self._ask(box, lambda: self._apply(change), QMessageBox.StandardButton.Yes.value)

        self.tasks.run(action_id, self._availability.prepare(self._account_id, availability),
                       on_result=maybe_warn, on_error=self._failed(action_id))

    def _apply(self, change: AvailabilityChange) -> None:
        action_id = f"availability.{change.availability.value}"
        self.tasks.run(f"{action_id}-apply", self._availability.apply(change),
                       on_result=self._done(action_id), on_error=self._failed(action_id))
