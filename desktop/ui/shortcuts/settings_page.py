"""Settings page to rebind shortcuts: pick an action (type to filter, Up/Down), press the new keys in
the key field, then Assign. A shortcut already used elsewhere is refused with a message naming the
other action and a "Use it anyway" button (which unbinds the other one). Clear unbinds, Reset restores
the default, Reset all restores every default. Changes persist through the registry's store.

Signals: none beyond QWidget's (the registry's `shortcut_changed` reports every change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.actions import ActionRegistry, ShortcutConflict
from desktop.ui.bidi import isolate
from desktop.ui.shortcuts.model import ActionIdRole
from desktop.ui.shortcuts.table import shortcuts_table


class ShortcutSettingsPage(QWidget):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSettings")
        self._registry = registry
        parts = shortcuts_table(self, registry, search_hint=self.tr("Filter actions"),
                                table_name="shortcutSettingsTable")
        self.model, self.proxy, self.search, self.table = parts.model, parts.proxy, parts.search, parts.table
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keys = QKeySequenceEdit(self)
        self.keys.setObjectName("shortcutKeys")
        self.keys.setMaximumSequenceLength(1)
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.clicked.connect(lambda: self.assign(steal=False))
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.clicked.connect(self.clear)
        self.reset_button = QPushButton(self.tr("&Reset"), self)
        self.reset_button.clicked.connect(self.reset)
        self.reset_all_button = QPushButton(self.tr("Reset a&ll"), self)
        self.reset_all_button.clicked.connect(registry.reset_all)
        self.message = QLabel(self)
        self.message.setObjectName("shortcutMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.steal_button = QPushButton(self.tr("Use it anyway"), self)
        self.steal_button.clicked.connect(lambda: self.assign(steal=True))
        self.steal_button.hide()
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.keys, 1)
        edit_row.addWidget(self.assign_button)
        edit_row.addWidget(self.clear_button)
        edit_row.addWidget(self.reset_button)
        edit_row.addWidget(self.reset_all_button)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.steal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addLayout(message_row)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._selected())
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def current_action(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ActionIdRole) if index.isValid() else None

    def _selected(self) -> None:
        action_id = self.current_action()
        self._say("")
        if action_id is not None:
            self.keys.setKeySequence(self._registry.shortcut(action_id))

    def _say(self, text: str, *, conflict: bool = False) -> None:
        self.message.setText(text)
        self.steal_button.setVisible(conflict)

    def assign(self, *, steal: bool) -> None:
        action_id = self.current_action()
        if action_id is None:
            return
        sequence = QKeySequence(self.keys.keySequence())
        try:
            self._registry.set_shortcut(action_id, sequence, steal=steal)
        except ShortcutConflict as conflict:
            names = ", ".join(self._registry.title(h) for h in conflict.holders)
            self._say(self.tr("%1 is already the shortcut of %2.").replace("%1", isolate(conflict.shortcut))
                      .replace("%2", names), conflict=True)
            return
        self._say(self.tr("Saved."))

    def clear(self) -> None:
        self.keys.clear()
        self.assign(steal=False)

    def reset(self) -> None:
        action_id = self.current_action()
        if action_id is not None:
            self._registry.reset_shortcut(action_id)
            self._selected()
