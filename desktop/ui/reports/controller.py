"""Binds Team → Reports (`team.reports`) for the signed-in user: enabled in a workspace where the user may
see reports (an administrator, or a custom role with report access, read from the profile), otherwise
disabled with the reason in its text and tooltip. Opens one reports window per workspace.

    controller = ReportsController(registry, hooks, session, notifier, window, reports_for=services.reports_for)
    controller.close()   # on sign-out
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.domain.models import Role
from desktop.services.reports import ReportsService
from desktop.services.session import SessionService
from desktop.ui.actions import ActionRegistry
from desktop.ui.notifier import Notifier
from desktop.ui.reports.window import ReportsWindow
from desktop.ui.tasks import TaskRunner

ACTION = "team.reports"


class ReportsController(QObject):
    def __init__(self, registry: ActionRegistry, shell: Any, session: SessionService, notifier: Notifier,
                 window: QWidget, *, reports_for: Callable[[int], ReportsService]) -> None:
        super().__init__(window)
        self._registry = registry
        self._shell = shell
        self._session = session
        self._notifier = notifier
        self._window = window
        self._reports_for = reports_for
        self._allowed: dict[int, bool] = {}
        self.windows: dict[int, ReportsWindow] = {}
        self.tasks = TaskRunner(self, notifier)
        registry.bind(ACTION, self.open_current, self.allowed)
        shell.workspace_changed.connect(self._workspace_changed)
        self._workspace_changed()

    def _workspace(self) -> Any:
        account_id = self._shell.current_account_id()
        user = self._session.user
        if account_id is None or user is None:
            return None
        return next((w for w in user.workspaces if w.id == account_id), None)

    def allowed(self) -> bool:
        workspace = self._workspace()
        return workspace is not None and self._allowed.get(workspace.id, workspace.role is Role.ADMINISTRATOR)

    def _workspace_changed(self, *_: object) -> None:
        workspace = self._workspace()
        if workspace is not None and workspace.role is not Role.ADMINISTRATOR and workspace.id not in self._allowed:
            self._allowed[workspace.id] = False
            service = self._reports_for(workspace.id)  # a custom role may grant reports
            account_id = workspace.id

            def learned(ok: object) -> None:
                self._learned(account_id, bool(ok))

            self.tasks.run(f"permission-{account_id}", service.allowed(), on_result=learned,
                           on_error=lambda _error: None)  # unknown: stays disabled with its reason
        self._update_action()

    def _learned(self, account_id: int, ok: bool) -> None:
        self._allowed[account_id] = ok
        self._update_action()

    def _update_action(self) -> None:
        action = self._registry.qaction(ACTION)
        self._registry.update_enabled()
        if self.allowed() or self._workspace() is None:
            action.setText(self._registry.title(ACTION))
            action.setToolTip(self._registry.title(ACTION))
            action.setStatusTip("")
        else:
            reason = self.tr("Reports are for administrators of this workspace")
            action.setText(self.tr("Reports (administrators only)"))
            action.setToolTip(reason)
            action.setStatusTip(reason)

    def open_current(self) -> ReportsWindow | None:
        workspace = self._workspace()
        if workspace is None:
            return None
        view = self.windows.get(workspace.id)
        if view is None:
            service = self._reports_for(workspace.id)
            tz = datetime.now().astimezone().tzinfo
            assert tz is not None
            view = ReportsWindow(service, self._notifier, tz, workspace.name, self._window)
            self.windows[workspace.id] = view
            view.reload()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def close(self) -> None:
        """Sign-out: unbind the action, close the windows, stop following the shell."""
        self._shell.workspace_changed.disconnect(self._workspace_changed)
        self.tasks.cancel_all()
        self._registry.unbind(ACTION)
        action = self._registry.qaction(ACTION)
        action.setText(self._registry.title(ACTION))
        action.setToolTip("")
        action.setStatusTip("")
        for view in self.windows.values():
            view.close()
            view.deleteLater()
        self.windows.clear()
        self.deleteLater()
