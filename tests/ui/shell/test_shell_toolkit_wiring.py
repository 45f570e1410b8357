"""The agent toolkit wired into the shell: preferences tabs (general, shortcuts, resolve policy per
workspace) and the conversation list's right-click menu offering the registry's conversation actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QTabWidget

from desktop.services.triage import ResolvePolicy
from desktop.ui.main_window import LIST_ACTIONS
from desktop.ui.shell.factories import install_agent_toolkit
from desktop.ui.shortcuts.settings_page import ShortcutSettingsPage
from desktop.ui.triage.policy import ResolvePolicyStore
from tests.ui.app_harness import build_desktop, shut


def _signed_in(qtbot: Any, aloop: Any, sandbox: Any) -> Any:
    desktop, _ = build_desktop(qtbot, with_pane=True, tools=install_agent_toolkit)
    me = aloop.run(desktop.session.sign_in_token(sandbox.url, sandbox.users["ahmed"].token, remember=False))
    aloop.run(desktop._enter(me))
    return desktop


def test_preferences_have_shortcuts_and_resolve_policy_tabs(qtbot: Any, aloop: Any, sandbox: Any) -> None:
    desktop = _signed_in(qtbot, aloop, sandbox)
    assert desktop.registry.trigger("app.settings")
    dialog = desktop.window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    tabs = dialog.findChild(QTabWidget, "preferencesTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["General", "Shortcuts", "Resolving"]
    assert isinstance(dialog.shortcuts, ShortcutSettingsPage)
    assert desktop.session.user is not None
    assert set(dialog.resolve_policies) == {w.id for w in desktop.session.user.workspaces}
    setting = dialog.resolve_policies[1]
    combo = setting.combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData(ResolvePolicy.REQUIRED.value))
    assert ResolvePolicyStore(desktop.settings.qsettings).get(1) == ResolvePolicy.REQUIRED  # saved at once
    combo.setCurrentIndex(combo.findData(ResolvePolicy.OPTIONAL.value))
    dialog.reject()
    shut(aloop, desktop)


def test_list_context_menu_offers_the_registry_actions(qtbot: Any, aloop: Any, fresh_sandbox: Any) -> None:
    desktop = _signed_in(qtbot, aloop, fresh_sandbox)
    view = desktop.window.current_view()
    assert view is not None
    pane = view.list_pane
    aloop.until(lambda: len(view.store) >= 3 and not view.store.loading)
    pane.view.setCurrentIndex(pane.model.index(0))
    target = view.store[2]
    rect = pane.view.visualRect(pane.model.index(2))
    menu = pane.context_menu(rect.center())
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == list(LIST_ACTIONS)
    assert [c.id for c in pane.selected_conversations()] == [target.id]  # the row under the pointer
    mark_unread = next(a for a in menu.actions() if a.objectName() == "conversation.mark_unread")
    assert mark_unread.isEnabled()
    mark_unread.trigger()
    aloop.until(lambda: (c := view.store.get(target.id)) is not None and c.unread_count > 0)
    shut(aloop, desktop)
