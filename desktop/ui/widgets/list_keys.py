"""Picking in a short numbered list that has the keyboard focus: Enter/Return picks the current row, a
digit picks its row at once. Used by the priority and snooze dialogs; `digit_row()` is also how the
search-driven lists (search_list.py) read a digit.

Digits are read after `normalize()`, so Arabic-Indic and Persian digits pick like 0-9. A list names its
digits in row order: "01234" (row 0 is 0) or "123456" (row 0 is 1).

No signals (the owner passes `on_pick(row)`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from desktop.services.saved_replies_search import normalize

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def digit_row(event: QKeyEvent, digits: str) -> int | None:
    """The row the key's digit stands for in `digits`, or None (not a digit, or not one of these)."""
    digit = normalize(event.text())
    return digits.index(digit) if len(digit) == 1 and digit in digits else None


class ListPickKeys(QObject):
    """An event filter on `view` (owned by it): Enter picks the current row (-1 when there is none),
    a digit of `digits` picks its row; other keys go on to the view (Up/Down move as usual)."""

    def __init__(self, view: QAbstractItemView, digits: str, on_pick: Callable[[int], object]) -> None:
        super().__init__(view)
        self.view = view
        self._digits = digits
        self._on_pick = on_pick
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in ENTER_KEYS:
            index = self.view.currentIndex()
            self._on_pick(index.row() if index.isValid() else -1)
            return True
        row = digit_row(event, self._digits)
        if row is not None:
            self._on_pick(row)
            return True
        return False
