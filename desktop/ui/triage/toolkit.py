"""The agent toolkit installed on the main window in one call: triage, team-lead and availability
actions, saved replies (popup and browser), categories, the command palette (Ctrl+K), the shortcuts
sheet (F1), "next unassigned conversation", focus the reply box (F7) and private-note toggle
(Ctrl+Shift+N), and a status-bar availability button.

    toolkit = AgentToolkit(registry, window.hooks, session, notifier, window, settings_store,
                           tools_for=services.tools_for, lookups_for=services.lookups, store_for=services.store)
    toolkit.attach_composer(account_id, composer)      # from the conversation pane, per workspace
    window.statusBar().addPermanentWidget(toolkit.availability_button)
    toolkit.close()                                    # on sign-out (build a new one for the next user)

Per workspace it keeps the services (Triage, BulkTriage, TriageLookups, TeamBoard, SavedReplies, built by
`UserSession.tools_for`) and the controllers; when the shell reports another workspace, that workspace's controllers re-bind the
registry's actions (bind() replaces handlers). Triage updates are applied to the workspace's list
store at once (the realtime echo that follows is idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from desktop.domain.models import AssigneeFilter, Conversation, ConversationStatus
from desktop.services.saved_replies import SavedReplies
from desktop.services.session import SessionService
from desktop.services.triage import Triage
from desktop.services.triage_bulk import BulkTriage
from desktop.services.triage_lookups import TriageLookups
from desktop.services.user_session import ToolServices
from desktop.services.variables import VariableContext
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.actions import ActionRegistry
from desktop.ui.notifier import Notifier
from desktop.ui.palette.palette import CommandPalette
from desktop.ui.replies.controller import ComposerHooks, RepliesController
from desktop.ui.shortcuts.sheet import ShortcutsSheet
from desktop.ui.tasks import TaskRunner
from desktop.ui.triage.availability_button import AvailabilityButton
from desktop.ui.triage.controller import TriageController
from desktop.ui.triage.policy import ResolvePolicyStore
from desktop.ui.triage.team_controller import TeamController

# every action the toolkit (and its controllers) bind; `close()` unbinds them
TOOLKIT_ACTIONS = (
    "app.palette", "app.shortcuts", "conversation.next_unassigned", "focus.composer", "compose.private_note",
    "compose.saved_replies", "conversation.resolve", "conversation.reopen", "conversation.snooze",
    "conversation.priority", "conversation.mark_unread", "conversation.labels", "conversation.claim",
    "conversation.assign", "conversation.escalate", "team.board", "team.handover", "availability.online",
    "availability.busy", "availability.offline",
)


class ShellLike(Protocol):
    """What the toolkit uses of `desktop.ui.shell.hooks.ShellHooks`."""

    workspace_changed: Any  # Signal(int)
    selection_changed: Any  # Signal()

    def current_account_id(self) -> int | None: ...
    def selected_conversations(self) -> list[Conversation]: ...
    def current_conversation(self) -> Conversation | None: ...
    def open_conversation(self, account_id: int, conversation_id: int) -> None: ...
    def set_tab(self, assignee: AssigneeFilter) -> None: ...


class StoreLike(Protocol):
    def items(self) -> list[Conversation]: ...
    def apply(self, conversation: Conversation) -> None: ...


@dataclass
class WorkspaceTools:
    account_id: int
    triage: Triage
    bulk: BulkTriage
    lookups: TriageLookups
    replies: SavedReplies
    triage_controller: TriageController
    team_controller: TeamController
    replies_controller: RepliesController
    composer: ComposerHooks | None = None


class AgentToolkit(QObject):
    def __init__(
        self, registry: ActionRegistry, shell: ShellLike, session: SessionService, notifier: Notifier,
        window: QWidget, settings: QSettings, *, tools_for: Callable[[int], ToolServices],
        lookups_for: Callable[[int], WorkspaceLookups | None], store_for: Callable[[int], StoreLike | None],
    ) -> None:
        super().__init__(window)
        self._registry = registry
        self._shell = shell
        self._session = session
        self._notifier = notifier
        self._window = window
        self._services_for = tools_for
        self._lookups_for = lookups_for
        self._store_for = store_for
        self.policies = ResolvePolicyStore(settings)
        self.tasks = TaskRunner(self, notifier)
        self.tools: dict[int, WorkspaceTools] = {}
        self.dialog: QWidget | None = None
        registry.bind("app.palette", self.open_palette, lambda: shell.current_account_id() is not None)
        registry.bind("app.shortcuts", self.open_shortcuts)
        registry.bind("conversation.next_unassigned", self.next_unassigned,
                      lambda: shell.current_account_id() is not None)
        registry.bind("focus.composer", self.focus_composer, lambda: self._composer() is not None)
        registry.bind("compose.private_note", self.toggle_private_note, lambda: self._composer() is not None)
        self.availability_button = AvailabilityButton(registry, session, window)
        shell.workspace_changed.connect(self.activate)
        shell.selection_changed.connect(registry.update_enabled)
        self._closed = False
        current = shell.current_account_id()
        if current is not None:
            self.activate(current)

    # -- per workspace --------------------------------------------------------------------------------
    def tools_for(self, account_id: int) -> WorkspaceTools:
        tools = self.tools.get(account_id)
        if tools is not None:
            return tools
        services = self._services_for(account_id)
        triage, bulk, triage_lookups, replies = services.triage, services.bulk, services.lookups, services.replies
        store = self._store_for(account_id)
        if store is not None:
            triage.updated.connect(store.apply)
        selection = self.selection
        me = lambda: self._session.user.id if self._session.user is not None else None  # noqa: E731
        triage_controller = TriageController(
            self._registry, triage, bulk, triage_lookups, self._notifier, self._window, selection=selection,
            me=me, policy=lambda: self.policies.get(account_id))
        team_controller = TeamController(
            self._registry, services.board, bulk, triage_lookups, services.availability, self._notifier,
            self._window, account_id=account_id,
            selection=selection, open_conversation=lambda cid: self._shell.open_conversation(account_id, cid))
        replies_controller = RepliesController(self._registry, replies,
                                               lambda: self.variable_context(account_id), self._window)
        tools = WorkspaceTools(account_id, triage, bulk, triage_lookups, replies, triage_controller,
                               team_controller, replies_controller)
        self.tools[account_id] = tools
        return tools

    def activate(self, account_id: int) -> None:
        """Make `account_id`'s controllers the handlers of the registry's actions."""
        if self._closed:
            return
        tools = self.tools_for(account_id)
        tools.triage_controller.bind()
        tools.team_controller.bind()
        tools.replies_controller.bind()
        self.availability_button.set_account(account_id)
        if not tools.replies.loaded:
            self.tasks.run(f"replies-{account_id}", tools.replies.refresh())
        self._registry.update_enabled()

    def close(self) -> None:
        """Sign-out: unbind every toolkit action, stop following the shell, drop the per-workspace parts."""
        if self._closed:
            return
        self._closed = True
        self._shell.workspace_changed.disconnect(self.activate)
        self._shell.selection_changed.disconnect(self._registry.update_enabled)
        for action_id in TOOLKIT_ACTIONS:
            self._registry.unbind(action_id)
        self.tasks.cancel_all()
        for tools in self.tools.values():
            tools.replies_controller.attach(None)
            if tools.team_controller.board_view is not None:
                tools.team_controller.board_view.close()
        self.tools.clear()
        self.availability_button.hide()
        self._registry.update_enabled()

    def attach_composer(self, account_id: int, composer: ComposerHooks | None) -> None:
        tools = self.tools_for(account_id)
        tools.composer = composer
        tools.replies_controller.attach(composer)
        self._registry.update_enabled()

    def _composer(self) -> ComposerHooks | None:
        account_id = self._shell.current_account_id()
        tools = self.tools.get(account_id) if account_id is not None else None
        return tools.composer if tools is not None else None

    def focus_composer(self) -> None:
        composer = self._composer()
        if composer is not None:
            composer.text_edit.setFocus()

    def toggle_private_note(self) -> None:
        composer = self._composer()
        toggle = getattr(composer, "toggle_private", None)
        if toggle is not None:
            toggle()

    # -- shared providers -----------------------------------------------------------------------------
    def selection(self) -> list[Conversation]:
        """The list's multi-selection, else the open conversation."""
        selected = list(self._shell.selected_conversations())
        if len(selected) > 1:
            return selected
        current = self._shell.current_conversation()
        return [current] if current is not None else selected

    def variable_context(self, account_id: int) -> VariableContext:
        user = self._session.user
        current = self._shell.current_conversation()
        inbox_name = ""
        lookups = self._lookups_for(account_id)
        if current is not None and lookups is not None and current.inbox_id in lookups.inboxes:
            inbox_name = lookups.inboxes[current.inbox_id].name
        return VariableContext(
            contact=current.contact if current is not None else None,
            agent_name=user.available_name if user is not None else "",
            agent_email=user.email if user is not None else "",
            conversation_id=current.id if current is not None else None,
            inbox_name=inbox_name,
        )

    # -- palette, sheet, navigation -------------------------------------------------------------------
    def _conversations(self) -> list[Conversation]:
        account_id = self._shell.current_account_id()
        store = self._store_for(account_id) if account_id is not None else None
        return list(store.items()) if store is not None else []

    def open_palette(self) -> CommandPalette:
        palette = CommandPalette(self._registry, self._conversations, self._window)
        palette.conversation_chosen.connect(
            lambda c: self._shell.open_conversation(c.account_id, c.id))
        palette.finished.connect(lambda _code: palette.deleteLater())
        self.dialog = palette
        palette.open()
        return palette

    def open_shortcuts(self) -> ShortcutsSheet:
        sheet = ShortcutsSheet(self._registry, self._window)
        sheet.finished.connect(lambda _code: sheet.deleteLater())
        self.dialog = sheet
        sheet.open()
        return sheet

    def next_unassigned(self) -> None:
        """Open the next open, unassigned conversation after the current one in the list (wrapping);
        if the list has none, switch to the Unassigned tab."""
        account_id = self._shell.current_account_id()
        if account_id is None:
            return
        conversations = self._conversations()
        current = self._shell.current_conversation()
        start = next((i for i, c in enumerate(conversations) if current is not None and c.id == current.id), -1)
        ordered = conversations[start + 1:] + conversations[:start + 1]
        target = next((c for c in ordered if c.assignee is None and c.status is ConversationStatus.OPEN
                       and (current is None or c.id != current.id)), None)
        if target is not None:
            self._shell.open_conversation(account_id, target.id)
        else:
            self._shell.set_tab(AssigneeFilter.UNASSIGNED)
            self._notifier.info(self.tr("No unassigned conversation in this list: showing Unassigned."))
