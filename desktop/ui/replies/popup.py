"""The `/` popup in the composer: typing `/` at the start of a word lists saved replies, filtering as
the agent keeps typing (short code and content, fuzzy, Arabic-aware); Up/Down move, Enter or Tab
inserts (variables filled, prompting for the unknown ones), Escape closes. The popup is laid out in
the direction of the paragraph being typed.

`SavedReplyCompleter` is the composer plug-in (`Composer.set_completer_provider(completer)`): it uses
only the composer's documented hooks — `text_edit.slash_triggered(int)`, `add_key_interceptor()`,
`replace_range()` — and keeps the keyboard focus in the composer (the popup is an overlay child of
the window, never focused).

Signals of SavedReplyCompleter: opened(), closed(), inserted(str).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.services.saved_replies import SavedReplies
from desktop.ui.bidi import direction_of
from desktop.ui.replies.delegate import SavedReplyDelegate
from desktop.ui.replies.filling import ContextProvider, ReplyFiller
from desktop.ui.replies.model import SavedReplyModel

POPUP_ROWS = 8
POPUP_LIMIT = 50


class SlashEditor(Protocol):
    """What the completer needs from B's ComposerEdit (a QPlainTextEdit)."""

    slash_triggered: object  # Signal(int)

    def add_key_interceptor(self, interceptor: Callable[[QKeyEvent], bool]) -> Callable[[], None]: ...
    def replace_range(self, start: int, end: int, text: str) -> None: ...


class ComposerLike(Protocol):
    text_edit: QPlainTextEdit


class SavedReplyPopup(QFrame):
    """The overlay list. Never takes focus; the completer drives it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("savedReplyPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.model = SavedReplyModel(self)
        self.view = QListView(self)
        self.view.setObjectName("savedReplyPopupList")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SavedReplyDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.view)
        self.hide()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def place(self, anchor: QPoint, width: int) -> None:
        """Show above `anchor` (window coordinates of the caret's top), within the window; in a
        right-to-left paragraph the popup's right edge is at the caret."""
        rows = max(1, min(POPUP_ROWS, self.model.rowCount()))
        row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 40
        height = rows * max(row_height, 1) + 4
        parent = self.parentWidget()
        max_width = parent.width() if parent is not None else width
        width = min(max(width, 280), max_width)
        left = anchor.x() - width if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else anchor.x()
        x = max(0, min(left, max_width - width))
        y = max(0, anchor.y() - height)
        self.setGeometry(x, y, width, height)
        self.raise_()
        self.show()


class SavedReplyCompleter(QObject):
    """Signals: opened(), closed(), inserted(str)."""

    opened = Signal()
    closed = Signal()
    inserted = Signal(str)

    def __init__(self, replies: SavedReplies, context: ContextProvider, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._replies = replies
        self._context = context
        self._editor: QPlainTextEdit | None = None
        self._slash = -1  # document position of the "/" while open
        self.popup: SavedReplyPopup | None = None
        self.filler: ReplyFiller | None = None
        self._detachers: list[Callable[[], None]] = []

    # -- CompleterProvider ------------------------------------------------------------------------
    def attach(self, composer: ComposerLike) -> Callable[[], None]:
        editor = composer.text_edit
        self._editor = editor
        self.popup = SavedReplyPopup(editor.window())
        self.filler = ReplyFiller(self._context, editor.window())
        slash: SlashEditor = editor  # type: ignore[assignment]
        slash.slash_triggered.connect(self.open_at)  # type: ignore[attr-defined]
        self._detachers = [
            slash.add_key_interceptor(self._intercept),
            lambda: slash.slash_triggered.disconnect(self.open_at),  # type: ignore[attr-defined]
        ]
        editor.textChanged.connect(self._refilter)
        editor.cursorPositionChanged.connect(self._refilter)
        editor.installEventFilter(self)

        def detach() -> None:
            self.close()
            editor.textChanged.disconnect(self._refilter)
            editor.cursorPositionChanged.disconnect(self._refilter)
            editor.removeEventFilter(self)
            for undo in self._detachers:
                undo()
            self._detachers = []

        return detach

    # -- state ------------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._slash >= 0 and self.popup is not None and self.popup.isVisible()

    def query(self) -> str:
        editor = self._editor
        if editor is None or self._slash < 0:
            return ""
        cursor = editor.textCursor().position()
        text = editor.document().toPlainText()
        return text[self._slash + 1:cursor]

    def open_at(self, position: int) -> None:
        self._slash = position
        self._refilter()
        if self._slash >= 0:
            self.opened.emit()

    def close(self) -> None:
        was_open = self._slash >= 0
        self._slash = -1
        if self.popup is not None:
            self.popup.hide()
        if was_open:
            self.closed.emit()

    def _still_valid(self) -> bool:
        editor = self._editor
        if editor is None or self._slash < 0:
            return False
        cursor = editor.textCursor().position()
        text = editor.document().toPlainText()
        if cursor <= self._slash or self._slash >= len(text) or text[self._slash] != "/":
            return False
        typed = text[self._slash + 1:cursor]
        return "\n" not in typed and "\u2029" not in typed and len(typed) <= 40

    def _refilter(self) -> None:
        if self._slash < 0 or self.popup is None or self._editor is None:
            return
        if not self._still_valid():
            self.close()
            return
        query = self.query()
        found = self._replies.search(query, POPUP_LIMIT)
        popup = self.popup
        popup.model.set_items(found)
        if not found:
            popup.hide()
            return
        popup.set_current_row(0)
        editor = self._editor
        block = editor.textCursor().block().text()
        popup.setLayoutDirection(direction_of(block or query, editor.layoutDirection()))
        caret = editor.cursorRect()
        anchor = editor.viewport().mapTo(editor.window(), QPoint(caret.left(), caret.top()))
        popup.place(anchor, editor.width() // 2)

    # -- keys -------------------------------------------------------------------------------------
    def _intercept(self, event: QKeyEvent) -> bool:
        if not self.is_open or self.popup is None:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.popup.set_current_row(self.popup.current_row() + step)
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = -POPUP_ROWS if key == Qt.Key.Key_PageUp else POPUP_ROWS
            self.popup.set_current_row(self.popup.current_row() + step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self.accept_current()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._editor or not self.is_open:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Tab:
            self.accept_current()  # Tab would move the focus before the key interceptors see it
            return True
        if event.type() == QEvent.Type.FocusOut:
            self.close()
        return False

    def accept_current(self) -> None:
        if self.popup is None or self._editor is None or self.filler is None:
            return
        reply = self.popup.model.reply(self.popup.current_row())
        if reply is None:
            return
        start = self._slash
        end = self._editor.textCursor().position()
        self.close()
        editor: SlashEditor = self._editor  # type: ignore[assignment]

        def deliver(text: str) -> None:
            editor.replace_range(start, end, text)
            self.inserted.emit(text)

        self.filler.fill_then(reply.content, reply.short_code, deliver)
