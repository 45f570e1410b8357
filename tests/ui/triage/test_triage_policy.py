"""The per-workspace resolve-with-category policy: stored in QSettings, changed from its widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.services.triage import ResolvePolicy
from desktop.ui.triage.policy import DEFAULT, ResolvePolicySetting, ResolvePolicyStore


def test_policy_per_workspace_persists(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "p.ini")
    store = ResolvePolicyStore(QSettings(path, QSettings.Format.IniFormat))
    assert store.get(1) is DEFAULT
    widget = ResolvePolicySetting(store, 1)
    qtbot.addWidget(widget)
    with qtbot.wait_signal(widget.changed) as changed:
        widget.combo.setCurrentIndex(widget.combo.findData(ResolvePolicy.REQUIRED.value))
    assert changed.args == ["required"]
    again = ResolvePolicyStore(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(1) is ResolvePolicy.REQUIRED and again.get(2) is DEFAULT
    settings = QSettings(path, QSettings.Format.IniFormat)
    settings.setValue("triage/3/resolve_category", "nonsense")
    assert ResolvePolicyStore(settings).get(3) is DEFAULT
