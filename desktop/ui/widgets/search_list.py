"""A search box that drives a list: the search line edit keeps the keyboard focus while its keys move
and pick in a list view beside it. Used by the category picker, the resolve dialog, the command
palette, the saved-replies browser and the escalate dialog's agent list.

`SearchListKeys` forwards the keys: Up/Down move one row, PageUp/PageDown move `page` rows (0: no
paging), clamped to the rows there are; Enter/Return calls `on_enter(modifiers)`; with `on_digit`, a
digit 1-9 (Arabic-Indic too) typed into an empty search box calls `on_digit(row)` (0 for "1"); any other
key goes first to `on_key(event)`, which returns True when it used the key. Keys nobody uses (Escape
among them) go on to the line edit and its dialog as before.

`search_and_list()` makes the usual pair: a named search box and a named single-selection list view
that never takes the focus, already wired to a `SearchListKeys` (returned as the third item).

No signals (the owner passes callables).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from desktop.ui.widgets.list_keys import ENTER_KEYS, digit_row


class SearchListKeys(QObject):
    """Drives `view` from the keys typed in `search` (an event filter on `search`, owned by it)."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView, *, page: int = 8,
                 on_enter: Callable[[Qt.KeyboardModifier], object] | None = None,
                 on_digit: Callable[[int], object] | None = None,
                 on_key: Callable[[QKeyEvent], bool] | None = None) -> None:
        super().__init__(search)
        self.search = search
        self.view = view
        self._moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if page:
            self._moves.update({Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page})
        self._on_enter = on_enter
        self._on_digit = on_digit
        self._on_key = on_key
        search.installEventFilter(self)

    def _rows(self) -> int:
        model = self.view.model()
        return model.rowCount() if model is not None else 0

    def current_row(self) -> int:
        """The highlighted row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_first(self) -> bool:
        """Highlights the first row (after a new filter); False when there is none."""
        model: QAbstractItemModel | None = self.view.model()
        if model is None or not model.rowCount():
            return False
        self.view.setCurrentIndex(model.index(0, 0))
        return True

    def move(self, step: int) -> None:
        rows = self._rows()
        if rows:
            row = max(0, min(self.current_row() + step, rows - 1))
            self.view.setCurrentIndex(self.view.model().index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in self._moves and self._rows():
            self.move(self._moves[Qt.Key(key)])
            return True
        if self._on_key is not None and self._on_key(event):
            return True
        if key in ENTER_KEYS and self._on_enter is not None:
            self._on_enter(event.modifiers())
            return True
        if self._on_digit is not None and not self.search.text():
            row = digit_row(event, "123456789")
            if row is not None:
                self._on_digit(row)
                return True
        return False


def search_and_list(parent: QWidget, model: QAbstractItemModel, *, search_name: str, list_name: str,
                    placeholder: str, refilter: Callable[[], object],
                    on_enter: Callable[[Qt.KeyboardModifier], object] | None = None,
                    on_digit: Callable[[int], object] | None = None,
                    on_key: Callable[[QKeyEvent], bool] | None = None,
                    ) -> tuple[QLineEdit, QListView, SearchListKeys]:
    """The search box (`search_name`, its text changes call `refilter()`) and the list view of `model`
    (`list_name`; single selection, no focus of its own), with their keys wired."""
    search = QLineEdit(parent)
    search.setObjectName(search_name)
    search.setPlaceholderText(placeholder)
    search.textChanged.connect(lambda _text: refilter())
    view = QListView(parent)
    view.setObjectName(list_name)
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    keys = SearchListKeys(search, view, on_enter=on_enter, on_digit=on_digit, on_key=on_key)
    return search, view, keys
