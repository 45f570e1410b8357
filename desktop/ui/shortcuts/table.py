"""The searchable table of actions and their shortcuts, shared by the F1 sheet and the settings page:
the shortcuts model behind a case-insensitive filter proxy (action, shortcut or category), a search box
that drives it, and a read-only table of whole rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from desktop.ui.actions import ActionRegistry
from desktop.ui.shortcuts.model import ShortcutsModel


@dataclass(frozen=True, slots=True)
class ShortcutsTable:
    model: ShortcutsModel
    proxy: QSortFilterProxyModel
    search: QLineEdit
    table: QTableView


def shortcuts_table(owner: QWidget, registry: ActionRegistry, *, search_hint: str,
                    table_name: str) -> ShortcutsTable:
    """Builds the parts, owned by `owner`; the caller lays them out."""
    model = ShortcutsModel(registry, owner)
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    search = QLineEdit(owner)
    search.setPlaceholderText(search_hint)
    search.textChanged.connect(proxy.setFilterFixedString)
    table = QTableView(owner)
    table.setObjectName(table_name)
    table.setModel(proxy)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return ShortcutsTable(model, proxy, search, table)
