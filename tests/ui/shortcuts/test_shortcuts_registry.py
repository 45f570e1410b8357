"""The action registry: binding, enabled state, QActions, rebinding with conflicts, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.actions import STANDARD_ACTIONS, ActionRegistry, ShortcutConflict, UnknownAction
from desktop.ui.shortcuts.store import QSettingsShortcutStore


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_catalogue_has_unique_ids_and_no_default_conflicts(qapp) -> None:
    ids = [s.id for s in STANDARD_ACTIONS]
    assert len(ids) == len(set(ids))
    registry = ActionRegistry()
    for spec in STANDARD_ACTIONS:
        assert spec.default_shortcut, f"{spec.id} has no shortcut"
        assert registry.holders(registry.shortcut(spec.id), excluding=spec.id) == ()


def test_unbound_action_is_disabled_and_trigger_runs_handler(qapp) -> None:
    registry = ActionRegistry()
    assert not registry.is_enabled("conversation.resolve")
    assert registry.trigger("conversation.resolve") is False
    calls: list[str] = []
    allowed = [False]
    registry.bind("conversation.resolve", lambda: calls.append("resolve"), enabled=lambda: allowed[0])
    action = registry.qaction("conversation.resolve")
    assert not action.isEnabled()
    assert registry.trigger("conversation.resolve") is False
    allowed[0] = True
    registry.update_enabled()
    assert action.isEnabled()
    action.trigger()
    assert calls == ["resolve"]
    assert action.text() == "Resolve"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+R")
    with pytest.raises(UnknownAction):
        registry.bind("no.such.action", lambda: None)
    registry.unbind("conversation.resolve")
    assert not action.isEnabled() and registry.trigger("conversation.resolve") is False


def test_rebinding_conflict_steal_and_persistence(qapp, qtbot, tmp_path: Path) -> None:
    store = QSettingsShortcutStore(_settings(tmp_path))
    registry = ActionRegistry(store)
    resolve = registry.qaction("conversation.resolve")
    with qtbot.wait_signal(registry.shortcut_changed):
        registry.set_shortcut("conversation.resolve", QKeySequence("Ctrl+Alt+R"))
    assert resolve.shortcut() == QKeySequence("Ctrl+Alt+R")
    with pytest.raises(ShortcutConflict) as info:
        registry.set_shortcut("conversation.reopen", QKeySequence("Ctrl+Alt+R"))
    assert info.value.holders == ("conversation.resolve",)
    registry.set_shortcut("conversation.reopen", QKeySequence("Ctrl+Alt+R"), steal=True)
    assert registry.shortcut("conversation.resolve").isEmpty()
    assert registry.is_customised("conversation.resolve")

    reloaded = ActionRegistry(QSettingsShortcutStore(_settings(tmp_path)))
    assert reloaded.shortcut("conversation.reopen") == QKeySequence("Ctrl+Alt+R")
    assert reloaded.shortcut("conversation.resolve").isEmpty()
    reloaded.reset_all()
    again = ActionRegistry(QSettingsShortcutStore(_settings(tmp_path)))
    assert again.shortcut("conversation.resolve") == QKeySequence("Ctrl+Shift+R")
    assert not again.is_customised("conversation.reopen")


def test_setting_back_to_default_clears_override(qapp, tmp_path: Path) -> None:
    store = QSettingsShortcutStore(_settings(tmp_path))
    registry = ActionRegistry(store)
    registry.set_shortcut("app.palette", QKeySequence("Ctrl+P"))
    assert store.overrides() == {"app.palette": "Ctrl+P"}
    registry.set_shortcut("app.palette", QKeySequence("Ctrl+K"))
    assert store.overrides() == {}


def test_install_adds_window_shortcuts_that_fire(qapp, qtbot) -> None:
    registry = ActionRegistry()
    window = QWidget()
    qtbot.addWidget(window)
    fired: list[int] = []
    registry.bind("conversation.next", lambda: fired.append(1))
    installed = registry.install(window)
    assert len(installed) == len(STANDARD_ACTIONS)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_J)  # an unrelated key does nothing
    assert fired == []
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert fired == [1]
