"""Table model of the action registry for the shortcuts sheet and the settings page: Action, Shortcut,
Category. Rows are the registry's declared actions (fixed for the registry's life); a rebinding is a
dataChanged on that row. Roles: ActionIdRole, CustomisedRole (bool, the user changed the default)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.ui.actions import ActionRegistry, Category, translated
from desktop.ui.bidi import isolate_ltr
from desktop.ui.qt_types import AnyIndex

ActionIdRole = Qt.ItemDataRole.UserRole + 1
CustomisedRole = Qt.ItemDataRole.UserRole + 2

ACTION, SHORTCUT, CATEGORY = range(3)
_ORDER = list(Category)


class ShortcutsModel(QAbstractTableModel):
    def __init__(self, registry: ActionRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._ids = [s.id for s in sorted(registry.specs(), key=lambda s: _ORDER.index(s.category))]
        self._rows = {action_id: row for row, action_id in enumerate(self._ids)}
        registry.shortcut_changed.connect(self._changed)

    def action_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, action_id: str) -> int | None:
        return self._rows.get(action_id)

    def _changed(self, action_id: str) -> None:
        row = self._rows.get(action_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, CATEGORY))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (QCoreApplication.translate("Shortcuts", "Action"), QCoreApplication.translate("Shortcuts", "Shortcut"),
                 QCoreApplication.translate("Shortcuts", "Category"))
        return names[section] if 0 <= section < 3 else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        action_id = self._ids[index.row()]
        if role == ActionIdRole:
            return action_id
        if role == CustomisedRole:
            return self._registry.is_customised(action_id)
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and column == SHORTCUT and self._registry.is_customised(action_id):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION:
            return action_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ACTION:
            return self._registry.title(action_id)
        if column == SHORTCUT:  # key names read left to right, also in the Arabic UI ("Ctrl+;", not ";+Ctrl")
            text = self._registry.shortcut_text(action_id)
            return isolate_ltr(text)
        return translated(self._registry.spec(action_id).category.value)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
