"""The small surface the main window offers to other features (actions, palette, board, shortcuts).

Features never reach into the window's widgets; they use `ShellHooks`:
- `registry`: the `ActionRegistry` whose QActions are installed on the window and shown in its menus;
  `bind(action_id, handler, enabled)` there makes a menu entry and shortcut live.
- `current_workspace()`, `current_account_id()`, `selected_conversations()`, `current_conversation()`,
  `open_conversation(account_id, conversation_id)`, `focus_list()`, `focus_search()`, `set_tab()`.
- signals: workspace_changed(int), selection_changed(), conversation_opened(int, int).

Signals: workspace_changed(int account_id), selection_changed(), conversation_opened(int, int).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop.domain.models import AssigneeFilter, Conversation, Workspace
from desktop.ui.actions import ActionRegistry
from desktop.ui.workspaces.view import WorkspaceView


class ShellWindow(Protocol):
    """What the hooks read and drive of the main window (`desktop.ui.main_window.MainWindow`)."""

    def current_view(self) -> WorkspaceView | None: ...

    def open_conversation(self, account_id: int, conversation_id: int) -> None: ...


class ShellHooks(QObject):
    workspace_changed = Signal(int)
    selection_changed = Signal()
    conversation_opened = Signal(int, int)

    def __init__(self, parent: QObject, window: ShellWindow, registry: ActionRegistry) -> None:
        super().__init__(parent)
        self._window = window
        self.registry = registry

    # -- reading -----------------------------------------------------------------------------------
    def current_workspace(self) -> Workspace | None:
        view = self._window.current_view()
        return view.workspace if view is not None else None

    def current_account_id(self) -> int | None:
        workspace = self.current_workspace()
        return workspace.id if workspace is not None else None

    def selected_conversations(self) -> list[Conversation]:
        """The rows selected in the current workspace's list (several with Shift/Ctrl)."""
        view = self._window.current_view()
        return view.list_pane.selected_conversations() if view is not None else []

    def current_conversation(self) -> Conversation | None:
        """The conversation open in the current workspace (or the list's current row)."""
        view = self._window.current_view()
        if view is None:
            return None
        if view.open_conversation_id is not None:
            found = view.store.get(view.open_conversation_id)
            if found is not None:
                return found
        return view.list_pane.current_conversation()

    # -- acting ------------------------------------------------------------------------------------
    def open_conversation(self, account_id: int, conversation_id: int) -> None:
        self._window.open_conversation(account_id, conversation_id)

    def set_tab(self, assignee: AssigneeFilter) -> None:
        view = self._window.current_view()
        if view is not None:
            view.list_pane.set_tab(assignee)

    def focus_list(self) -> None:
        view = self._window.current_view()
        if view is not None:
            view.list_pane.focus_list()

    def focus_search(self) -> None:
        view = self._window.current_view()
        if view is not None:
            view.list_pane.focus_search()

