"""The shortcuts sheet (F1): every action with its current shortcut, grouped by category, searchable
(type to filter by action, shortcut or category). Read-only; rebinding lives in the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.actions import ActionRegistry
from desktop.ui.shortcuts.table import shortcuts_table


class ShortcutsSheet(QDialog):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        parts = shortcuts_table(self, registry, search_hint=self.tr("Filter"), table_name="shortcutsTable")
        self.model, self.proxy, self.search, self.table = parts.model, parts.proxy, parts.search, parts.table
        self.search.setObjectName("shortcutsSearch")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.search.setFocus()
