"""Cold start from the local cache: a remembered session leaves the profile (no tokens) and the first page of
the visible list on disk; the next start paints them before any network answer, then reconciles; signing
out forgets them."""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.auth import StoredAuth
from desktop.system import paths
from tests.ui.app_harness import build_desktop, shut


def _sign_in_remembered(qtbot: Any, aloop: Any, server: Any) -> Any:
    desktop, _ = build_desktop(qtbot, with_pane=False)
    me = aloop.run(desktop.session.sign_in_token(server.url, server.users["ahmed"].token, remember=True))
    aloop.run(desktop._enter(me))
    return desktop


def test_a_restored_start_paints_the_cached_list_then_reconciles(qtbot: Any, aloop: Any, fresh_sandbox: Any) -> None:
    first = _sign_in_remembered(qtbot, aloop, fresh_sandbox)
    view = first.window.current_view()
    assert view is not None
    shown = [c.id for c in view.store]
    assert shown, "the seeded user has open conversations"
    shut(aloop, first)
    stored = paths.data_dir().glob("start-*.json")
    text = "".join(p.read_text(encoding="utf-8") for p in stored)
    token = fresh_sandbox.users["ahmed"].token
    assert token not in text and '"access_token":""' in text  # nothing secret on disk

    second, _ = build_desktop(qtbot, with_pane=False)
    second._show_cached(fresh_sandbox.url)  # synchronous: no network has been asked anything yet
    cached_view = second.window.current_view()
    assert second.state == "main" and second.window.isVisible()
    assert cached_view is not None and [c.id for c in cached_view.store] == shown
    assert not cached_view.loaded  # held until signed in again
    cached_view.open_conversation(cached_view.account_id, shown[1])  # a click before signing in: it waits
    assert cached_view.open_conversation_id is None and cached_view.list_pane.current_conversation() is not None
    aloop.run(second.start())  # restore → the same user: the cached scope is kept and reconciled
    assert second.window.current_view() is cached_view and cached_view.loaded
    assert cached_view.open_conversation_id == shown[1]  # opened once signed in
    assert [c.id for c in cached_view.store] == shown
    aloop.run(second.sign_out())
    for key in ("start-profile", f"start-list-{cached_view.account_id}"):
        path = paths.data_dir() / f"{key}.json"
        assert json.loads(path.read_text(encoding="utf-8")) is None  # forgotten on sign-out
    assert second.start_cache.load_profile(fresh_sandbox.url) is None
    shut(aloop, second)


def test_a_refused_remembered_session_replaces_the_cached_window_by_sign_in(qtbot: Any, aloop: Any,
                                                                           fresh_sandbox: Any) -> None:
    first = _sign_in_remembered(qtbot, aloop, fresh_sandbox)
    shut(aloop, first)
    second, _ = build_desktop(qtbot, with_pane=False)
    second.session._store.save(fresh_sandbox.url, StoredAuth(kind="token", access_token="not-a-valid-token"))
    aloop.run(second.start())
    assert second.state == "signin" and second.scope is None and not second.window.isVisible()
    assert second.start_cache.load_profile(fresh_sandbox.url) is None  # that session's cache is gone
    shut(aloop, second)


def test_the_cached_window_is_painted_before_the_event_loop_then_restored(qtbot: Any, aloop: Any,
                                                                         fresh_sandbox: Any) -> None:
    first = _sign_in_remembered(qtbot, aloop, fresh_sandbox)
    view = first.window.current_view()
    assert view is not None
    shown = [c.id for c in view.store]
    shut(aloop, first)

    second, _ = build_desktop(qtbot, with_pane=False)
    assert second.paint_cached()  # as main() does before it builds the asyncio loop
    cached_view = second.window.current_view()
    assert second.state == "main" and second.window.isVisible() and second.scope is not None
    assert cached_view is not None and [c.id for c in cached_view.store] == shown and not cached_view.loaded
    assert second.session.user is None  # nothing restored yet: no keyring, no request
    aloop.run(second.start())  # the painted scope is kept, the session restored, the list reconciled
    assert second.window.current_view() is cached_view and cached_view.loaded
    assert second.session.user is not None and second.session.user.id == second.scope.user.id
    shut(aloop, second)


def test_nothing_cached_paints_nothing_early(qtbot: Any, aloop: Any, fresh_sandbox: Any) -> None:
    desktop, _ = build_desktop(qtbot, with_pane=False)
    desktop.settings.server_url = fresh_sandbox.url  # a remembered server, but no start cache for it
    assert not desktop.paint_cached()
    assert desktop.scope is None and not desktop.window.isVisible() and desktop.state == "starting"
    shut(aloop, desktop)
