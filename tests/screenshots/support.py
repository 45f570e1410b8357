"""What the screenshot tests share: the signed-in main window showing every conversation of the first
workspace, at a given size."""

from __future__ import annotations

from typing import Any

from desktop.app import Desktop
from desktop.domain.models import AssigneeFilter
from desktop.ui.main_window import MainWindow
from desktop.ui.workspaces.view import WorkspaceView


def show_all_conversations(aloop: Any, desktop: Desktop, sandbox: Any, width: int,
                           height: int) -> tuple[MainWindow, WorkspaceView]:
    """Sign in as the team lead (token), resize the window and wait for the "All" list and its lookups."""
    user = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["mona"].token, remember=False))
    aloop.run(desktop._enter(user))
    main = desktop.window
    main.resize(width, height)
    view = main.current_view()
    assert view is not None
    view.list_pane.set_tab(AssigneeFilter.ALL)
    aloop.until(lambda: view.store.query.assignee == AssigneeFilter.ALL and len(view.store) > 5
                and view.list_pane.lookups.loaded)
    return main, view
