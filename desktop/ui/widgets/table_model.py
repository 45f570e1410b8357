"""The read-only part every flat table model of the app repeats: no children, a fixed number of
columns with translated horizontal headers, rows that can be selected but never edited.

`ReadOnlyTableModel` answers rowCount (from `row_count()`), columnCount (`COLUMNS`), headerData
(horizontal DisplayRole from `titles()`, asked for on each call so a language switch shows at once)
and flags; a subclass keeps its rows and gives `data()`. `read_only_flags()` serves list models that cannot derive
from this table.

Signals: those of QAbstractTableModel only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.qt_types import AnyIndex

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def read_only_flags(index: AnyIndex) -> Qt.ItemFlag:
    """Enabled, selectable, no children; nothing for an invalid index."""
    return READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags


class ReadOnlyTableModel(QAbstractTableModel):
    """Subclasses set COLUMNS and implement `row_count()`, `titles()` and `data()`."""

    COLUMNS = 0

    def row_count(self) -> int:
        raise NotImplementedError

    def titles(self) -> Sequence[str]:
        """The COLUMNS column headers, translated."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)
