"""Binds the conversation triage actions of the action registry to dialogs and services.

`TriageController(registry, triage, bulk, lookups, notifier, window, selection=…, me=…, policy=…)`
then `bind()`: resolve (with category, per the workspace policy), reopen, snooze, priority, mark
unread, categories, claim, assign, escalate. Each works on `selection()` — the open conversation, or
the list's multi-selection (escalate needs exactly one) — so the same shortcut does single and bulk.
Work runs through a TaskRunner; errors (PermissionDenied included) reach the notifier and nothing is
changed locally (the services announce only what the server accepted). Bulk outcomes are summarised
("3 conversations updated" / "1 of 3 could not be changed").

Signals: finished(str action id) after an action's server work has completed (success or not).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.models import Conversation, Priority
from desktop.services.triage import ResolvePolicy, Triage
from desktop.services.triage_bulk import BulkResult, BulkTriage
from desktop.services.triage_lookups import TriageLookups
from desktop.ui.actions import ActionRegistry
from desktop.ui.labels.picker import LabelPicker
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner
from desktop.ui.triage.agents_model import AgentChoice
from desktop.ui.triage.escalate_dialog import EscalateDialog
from desktop.ui.triage.priority_dialog import PriorityDialog
from desktop.ui.triage.resolve_dialog import ResolveDialog
from desktop.ui.triage.snooze_dialog import SnoozeDialog
from desktop.ui.widgets.asking import when_finished

Selection = Callable[[], Sequence[Conversation]]


class TriageController(QObject):
    """Signals: finished(str)."""

    finished = Signal(str)

    def __init__(
        self, registry: ActionRegistry, triage: Triage, bulk: BulkTriage, lookups: TriageLookups,
        notifier: Notifier, window: QWidget, *, selection: Selection, me: Callable[[], int | None],
        policy: Callable[[], ResolvePolicy],
    ) -> None:
        super().__init__(window)
        self._registry = registry
        self._triage = triage
        self._bulk = bulk
        self._lookups = lookups
        self._notifier = notifier
        self._window = window
        self._selection = selection
        self._me = me
        self._policy = policy
        self.tasks = TaskRunner(self, notifier)
        self.dialog: QDialog | None = None  # the dialog currently asking (tests drive it)

    def bind(self) -> None:
        any_selected = lambda: bool(self._selection())  # noqa: E731
        one_selected = lambda: len(self._selection()) == 1  # noqa: E731
        r = self._registry
        r.bind("conversation.resolve", self.resolve, any_selected)
        r.bind("conversation.reopen", self.reopen, any_selected)
        r.bind("conversation.snooze", self.snooze, any_selected)
        r.bind("conversation.priority", self.priority, any_selected)
        r.bind("conversation.mark_unread", self.mark_unread, any_selected)
        r.bind("conversation.labels", self.labels, any_selected)
        r.bind("conversation.claim", self.claim, lambda: bool(self._selection()) and self._me() is not None)
        r.bind("conversation.assign", self.assign, any_selected)
        r.bind("conversation.escalate", self.escalate, one_selected)

    # -- running --------------------------------------------------------------------------------------
    def _ids(self) -> list[int]:
        return [c.id for c in self._selection()]

    def _each(self, action_id: str, ids: list[int], one: Callable[[int], Awaitable[object]]) -> None:
        """Run `one` for a single conversation, or through the bulk runner (with a summary) for many."""
        if not ids:
            return

        async def work() -> object:
            if len(ids) == 1:
                return await one(ids[0])
            return await self._bulk.run(ids, one)

        self._run(action_id, work())

    def _run(self, action_id: str, coro: Coroutine[Any, Any, Any]) -> None:
        def done(result: object) -> None:
            if isinstance(result, BulkResult):
                self._summarise(result)
            self.finished.emit(action_id)

        def failed(error: BaseException) -> None:
            self._notifier.report(error)
            self.finished.emit(action_id)

        self.tasks.run(action_id, coro, on_result=done, on_error=failed)

    def _summarise(self, result: BulkResult) -> None:
        if result.all_ok:
            self._notifier.info(self.tr("%n conversation(s) updated.", "", len(result.succeeded)))
            return
        first = next(iter(result.failed.values()))
        self._notifier.warning(
            self.tr("%n conversation(s) of %1 could not be changed: %2", "", len(result.failed))
            .replace("%1", str(result.total)).replace("%2", self._notifier.message_for(first)))

    def _ask(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        when_finished(dialog, accepted, closed=self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    # -- actions --------------------------------------------------------------------------------------
    def resolve(self) -> None:
        selected = list(self._selection())
        ids = [c.id for c in selected]
        policy = self._policy()
        if not ids:
            return
        if policy is ResolvePolicy.OFF:
            self._each("conversation.resolve", ids, lambda cid: self._triage.resolve(cid, None))
            return

        def ask(labels: object) -> None:
            current = selected[0].labels if len(selected) == 1 else ()
            dialog = ResolveDialog(labels, policy, current, self._window)  # type: ignore[arg-type]
            self._ask(dialog, lambda: self._each(
                "conversation.resolve", ids,
                lambda cid: self._triage.resolve(cid, dialog.category(), policy=policy)))

        self.tasks.run("lookups", self._lookups.labels(), on_result=ask)

    def reopen(self) -> None:
        self._each("conversation.reopen", self._ids(), self._triage.reopen)

    def mark_unread(self) -> None:
        self._each("conversation.mark_unread", self._ids(), self._triage.mark_unread)

    def claim(self) -> None:
        me = self._me()
        if me is not None:
            self._each("conversation.claim", self._ids(), lambda cid: self._triage.assign(cid, me))

    def snooze(self) -> None:
        ids = self._ids()
        if ids:
            dialog = SnoozeDialog(parent=self._window)
            self._ask(dialog, lambda: self._each(
                "conversation.snooze", ids, lambda cid: self._triage.snooze(cid, dialog.until())))

    def priority(self) -> None:
        selected = list(self._selection())
        if selected:
            current = selected[0].priority if len(selected) == 1 else Priority.NONE
            dialog = PriorityDialog(current, self._window)
            self._ask(dialog, lambda: self._each(
                "conversation.priority", [c.id for c in selected],
                lambda cid: self._triage.set_priority(cid, dialog.priority())))

    def labels(self) -> None:
        selected = list(self._selection())
        if not selected:
            return
        single = len(selected) == 1
        current = list(selected[0].labels) if single else []

        def ask(labels: object) -> None:
            prompt = "" if single else self.tr("Categories checked here are added to the %n selected "
                                               "conversation(s).", "", len(selected))
            dialog = LabelPicker(labels, current, prompt=prompt, parent=self._window)  # type: ignore[arg-type]

            def apply() -> None:
                added, removed = dialog.changes()
                if not added and not removed:
                    return
                if single:
                    self._run("conversation.labels", self._triage.change_labels(selected[0].id, added, removed))
                else:
                    self._run("conversation.labels", self._bulk.label([c.id for c in selected], add=added))

            self._ask(dialog, apply)

        self.tasks.run("lookups", self._lookups.labels(), on_result=ask)

    def assign(self) -> None:
        self._open_escalate(assign_only=True)

    def escalate(self) -> None:
        self._open_escalate(assign_only=False)

    def _open_escalate(self, *, assign_only: bool) -> None:
        selected = list(self._selection())
        if not selected or (not assign_only and len(selected) != 1):
            return
        action_id = "conversation.assign" if assign_only else "conversation.escalate"

        async def gather() -> tuple[Any, Any, Any]:
            return (await self._lookups.teams(), await self._lookups.agent_options(),
                    await self._lookups.team_members())

        def ask(data: tuple[Any, Any, Any]) -> None:
            teams, options, members = data
            choices = [AgentChoice(a, availability, load) for a, availability, load in options]
            dialog = EscalateDialog(selected[0], teams, choices, team_members=members,
                                    assign_only=assign_only, parent=self._window)

            def apply() -> None:
                request = dialog.escalation()
                if len(selected) == 1:
                    self._run(action_id, self._triage.escalate(request))
                else:
                    self._run(action_id, self._bulk.assign(
                        [c.id for c in selected], agent_id=request.agent_id, team_id=request.team_id,
                        unassign_agent=request.unassign_agent))

            self._ask(dialog, apply)

        self.tasks.run("lookups", gather(), on_result=ask)

