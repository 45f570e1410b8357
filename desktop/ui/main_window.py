"""The main window: workspace switcher, one page per workspace (list + conversation), banner, status
bar, menus. It only composes parts; everything it shows is built and wired by `desktop.app`.

Other features reach it through `hooks` (`desktop.ui.shell.hooks.ShellHooks`): the action registry,
the current workspace, the selected conversations, opening a conversation, extra menu entries.

Signals: sign_out_requested(), quit_requested(), close_requested() — the user closed the window (the
app decides: hide to tray or quit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain.connection import ConnectionState
from desktop.domain.models import AssigneeFilter, User
from desktop.system.settings import Settings
from desktop.ui.actions import ActionRegistry
from desktop.ui.notifier import BannerBar, Notifier
from desktop.ui.shell.hooks import ShellHooks
from desktop.ui.shell.menus import build_menus, declare_shell_actions
from desktop.ui.statusbar.bar import AppStatusBar
from desktop.ui.tray.tray import app_icon
from desktop.ui.workspaces.switcher import WorkspaceSwitcher
from desktop.ui.workspaces.view import WorkspaceView

# the conversation list's right-click menu (acting on the selected rows)
LIST_ACTIONS = ("conversation.resolve", "conversation.reopen", "conversation.snooze", "conversation.priority",
                "conversation.mark_unread", "conversation.labels", "conversation.assign", "conversation.claim")


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    quit_requested = Signal()
    close_requested = Signal()

    def __init__(self, notifier: Notifier, registry: ActionRegistry, settings: Settings, *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._demo = demo
        self._update_title(0)
        self.setWindowIcon(app_icon())
        self._settings = settings
        self._user: User | None = None
        self._views: dict[int, WorkspaceView] = {}
        self._shown_workspace: int | None = None
        self._loads_held = False
        self.registry = registry
        self.hooks = ShellHooks(self, self, registry)
        self.banner = BannerBar(notifier, self)
        self.switcher = WorkspaceSwitcher(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("workspacePages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.switcher)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1000])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status = AppStatusBar(demo=demo, parent=self)
        self.setStatusBar(self.status)
        declare_shell_actions(registry)
        self._menus = build_menus(self.menuBar(), registry)
        registry.install(self)
        self._bind_navigation()
        self.switcher.workspace_selected.connect(self.switch_workspace)
        notifier.set_dialog_parent(self)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- actions -----------------------------------------------------------------------------------
    def _bind_navigation(self) -> None:
        has_view = lambda: self.current_view() is not None  # noqa: E731
        bind = self.registry.bind
        bind("list.mine", lambda: self.hooks.set_tab(AssigneeFilter.MINE), has_view)
        bind("list.unassigned", lambda: self.hooks.set_tab(AssigneeFilter.UNASSIGNED), has_view)
        bind("list.all", lambda: self.hooks.set_tab(AssigneeFilter.ALL), has_view)
        bind("focus.search", self.hooks.focus_search, has_view)
        bind("focus.list", self.hooks.focus_list, has_view)
        bind("conversation.next", lambda: self._step_conversation(1), has_view)
        bind("conversation.previous", lambda: self._step_conversation(-1), has_view)
        bind("workspace.next", lambda: self.switcher.step(1), lambda: len(self._views) > 1)
        bind("workspace.previous", lambda: self.switcher.step(-1), lambda: len(self._views) > 1)
        bind("app.sign_out", self.sign_out_requested.emit, lambda: self._user is not None)
        bind("app.quit", self.quit_requested.emit)

    def _step_conversation(self, step: int) -> None:
        view = self.current_view()
        if view is not None:
            view.list_pane.move_selection(step)

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    # -- workspaces --------------------------------------------------------------------------------
    def set_user(self, user: User | None) -> None:
        """A new session (or none): the switcher lists the user's workspaces."""
        self._user = user
        self.switcher.workspaces.set_workspaces(user.workspaces if user is not None else ())
        self.status.set_user(user, self.hooks.current_account_id())
        self.registry.update_enabled()

    def add_workspace_view(self, view: WorkspaceView) -> None:
        self._views[view.account_id] = view
        view.set_held(self._loads_held)
        self.pages.addWidget(view)
        view.selection_changed.connect(self._on_selection)
        view.conversation_opened.connect(self.hooks.conversation_opened.emit)
        view.conversation_opened.connect(lambda *_: self.registry.update_enabled())
        view.list_pane.set_context_actions(self._list_actions)

    def _list_actions(self) -> list[QAction]:
        """The list's right-click menu: the conversation actions some feature has bound (e.g. the toolkit)."""
        self.registry.update_enabled()
        return [self.registry.qaction(a) for a in LIST_ACTIONS if self.registry.is_bound(a)]

    def clear_workspaces(self) -> None:
        """Sign-out: drop every workspace page."""
        for view in self._views.values():
            view.detach()
            self.pages.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self._shown_workspace = None
        self._update_title(0)
        self.status.connection.clear()
        self.set_user(None)

    def view(self, account_id: int) -> WorkspaceView | None:
        return self._views.get(account_id)

    def current_view(self) -> WorkspaceView | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, WorkspaceView) else None

    def hold_loads(self, held: bool) -> None:
        """While held (a start painted from the local cache, before signing in again), showing a
        workspace does not load its list and opening a conversation waits (it needs the server)."""
        self._loads_held = held
        for view in self._views.values():
            view.set_held(held)

    def switch_workspace(self, account_id: int) -> None:
        """Show this workspace's page; its list is loaded on first show (unless loads are held)."""
        view = self._views.get(account_id)
        if view is None:
            return
        changed = view is not self.pages.currentWidget() or self._shown_workspace != account_id
        self._shown_workspace = account_id
        self.pages.setCurrentWidget(view)
        self.switcher.set_current(account_id)
        self.status.connection.set_current(account_id)
        self.status.set_user(self._user, account_id)
        self._settings.last_workspace_id = account_id
        if not self._loads_held and not view.loaded:
            view.load()
        if changed:
            self.registry.update_enabled()
            self.hooks.workspace_changed.emit(account_id)

    def open_conversation(self, account_id: int, conversation_id: int) -> None:
        self.switch_workspace(account_id)
        view = self._views.get(account_id)
        if view is not None:
            view.open_conversation(account_id, conversation_id)

    def _on_selection(self) -> None:
        self.registry.update_enabled()
        self.hooks.selection_changed.emit()

    # -- live state --------------------------------------------------------------------------------
    def set_connection_state(self, account_id: int, state: ConnectionState) -> None:
        self.status.connection.set_state(account_id, state)

    def set_unread(self, account_id: int, count: int, total: int) -> None:
        """A workspace's unread count (its switcher badge) and the total over all workspaces (the title)."""
        self.switcher.workspaces.set_unread(account_id, count)
        self._update_title(total)

    def _update_title(self, unread: int) -> None:
        title = self.tr("SouqDesk — Demo") if self._demo else self.tr("SouqDesk")
        self.setWindowTitle(f"({unread}) {title}" if unread else title)

    # -- window ------------------------------------------------------------------------------------
    def save_state(self) -> None:
        self._settings.set_window_geometry(self.saveGeometry())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        event.accept()
        self.close_requested.emit()
