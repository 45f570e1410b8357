"""The start cache in the session flow: the first paint of the last user's inbox from the local cache (no
network) before the session is restored, and what the window shows remembered for the next start (only for
a remembered session)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.app.dialogs import Desktop

log = logging.getLogger(__name__)


def paint_cached(desktop: Desktop) -> bool:
    """Show the remembered server's cached window and let Qt paint it; False when nothing is cached."""
    known = desktop.settings.server_url or None
    if known is None or not show_cached(desktop, known):
        return False
    view = desktop.window.current_view()
    if view is not None:
        from desktop.ui.shell.first_paint import paint_now

        paint_now(view.list_pane.view.viewport())
    return True


def show_cached(desktop: Desktop, server_url: str) -> bool:
    """Show the last user's workspaces and first list pages from the local cache (no network);
    False when there is nothing cached for this server."""
    if desktop.scope is not None:
        return False
    cached = desktop.start_cache.load_profile(server_url)
    if cached is None or not cached.workspaces:
        return False
    desktop.scope = desktop.new_scope(cached)
    desktop.scope.show_cached(desktop.start_cache)
    desktop.window.show()
    desktop.set_state("main")
    return True


def save(desktop: Desktop) -> None:
    """Remember what the window shows for the next start's first paint (only for a remembered session)."""
    scope, session = desktop.scope, desktop.session
    server_url = session.server_url
    if scope is None or server_url is None or not session.remembered or session.user is None:
        return
    try:
        desktop.start_cache.save_profile(server_url, session.user)
        scope.save_lists(desktop.start_cache)
    except OSError as error:
        log.warning("could not write the start cache: %s", error)
