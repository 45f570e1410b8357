"""The row under the mouse of an item view, tracked by the view itself (`HoverTracker`).

Qt's views keep theirs private and hand it to delegates only as `QStyle.State_MouseOver` in the option's
state; reading that state from Python creates QStyle's Python type (`desktop.ui.style_state`), so the app's
own views track the hovered row here and paint it from `index`. Signals: none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView

_MOVES = (QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.MouseMove)
_LEAVES = (QEvent.Type.HoverLeave, QEvent.Type.Leave)


class HoverTracker:
    """`index`: the row under the mouse (invalid: none). Call `follow(event)` from the view's
    `viewportEvent`; a change repaints the rows left and entered."""

    def __init__(self, view: QAbstractItemView) -> None:
        self._view = view
        self.index = QPersistentModelIndex()

    def follow(self, event: QEvent) -> None:
        kind = event.type()
        if kind in _MOVES:
            self._set(self._view.indexAt(event.position().toPoint()))  # type: ignore[attr-defined]
        elif kind in _LEAVES:
            self._set(QModelIndex())

    def _set(self, index: QModelIndex) -> None:
        if self.index == index:
            return
        old, self.index = self.index, QPersistentModelIndex(index)
        for changed in (old, self.index):
            if changed.isValid():
                self._view.viewport().update(self._view.visualRect(changed))
