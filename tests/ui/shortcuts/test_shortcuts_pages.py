"""Shortcuts sheet (F1) and the rebinding settings page: listing, filtering, conflicts, persistence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from desktop.ui.actions import STANDARD_ACTIONS, ActionRegistry
from desktop.ui.shortcuts.model import SHORTCUT, ShortcutsModel
from desktop.ui.shortcuts.settings_page import ShortcutSettingsPage
from desktop.ui.shortcuts.sheet import ShortcutsSheet
from desktop.ui.shortcuts.store import QSettingsShortcutStore


def test_sheet_lists_every_action_and_filters(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    registry = ActionRegistry()
    sheet = ShortcutsSheet(registry)
    qtbot.addWidget(sheet)
    qtmodeltester.check(sheet.model)
    assert sheet.model.rowCount() == len(STANDARD_ACTIONS)
    qtbot.keyClicks(sheet.search, "F1")
    assert sheet.proxy.rowCount() >= 1
    assert any(sheet.proxy.index(r, 0).data() == "Keyboard shortcuts" for r in range(sheet.proxy.rowCount()))


def test_model_follows_rebinding(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    registry = ActionRegistry()
    model = ShortcutsModel(registry)
    row = model.row_of("conversation.snooze")
    assert row is not None
    changed: list[object] = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    registry.set_shortcut("conversation.snooze", QKeySequence("Ctrl+Alt+Z"))
    native = QKeySequence("Ctrl+Alt+Z").toString(QKeySequence.SequenceFormat.NativeText)
    # shown left to right in both UI languages (an LRI…PDI isolate), or Arabic shows "Z+Alt+Ctrl"
    assert changed and model.index(row, SHORTCUT).data() == f"\u2066{native}\u2069"
    qtmodeltester.check(model)


def test_settings_page_conflict_steal_reset_and_persist(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    registry = ActionRegistry(QSettingsShortcutStore(settings))
    page = ShortcutSettingsPage(registry)
    qtbot.addWidget(page)
    page.select("conversation.reopen")
    assert page.current_action() == "conversation.reopen"
    page.keys.setKeySequence(QKeySequence("Ctrl+K"))  # the palette's
    page.assign_button.click()
    assert page.steal_button.isVisibleTo(page) and "Command palette" in page.message.text()
    assert registry.shortcut("conversation.reopen") == QKeySequence("Ctrl+Shift+O")
    page.steal_button.click()
    assert registry.shortcut("conversation.reopen") == QKeySequence("Ctrl+K")
    assert registry.shortcut("app.palette").isEmpty()
    page.clear_button.click()
    assert registry.shortcut("conversation.reopen").isEmpty()
    again = ActionRegistry(QSettingsShortcutStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    assert again.shortcut("conversation.reopen").isEmpty() and again.shortcut("app.palette").isEmpty()
    page.reset_button.click()
    assert registry.shortcut("conversation.reopen") == QKeySequence("Ctrl+Shift+O")
    page.reset_all_button.click()
    assert registry.shortcut("app.palette") == QKeySequence("Ctrl+K")
