"""ComposerEdit: the plain-text box an agent types replies in.

- Plain text only: pasted HTML or rich text arrives as its text.
- Enter sends and Shift+Enter breaks the line (default), or the other way round when `enter_sends` is
  False (then Ctrl+Enter sends). Ctrl+Enter always sends.
- Plug-in points for a completion popup (saved replies, owned by another feature): `add_key_interceptor(f)`
  registers `f(QKeyEvent) -> bool` that sees every key first (return True to swallow it: a visible popup
  takes Up/Down/Enter/Escape); `slash_triggered(int)` fires when "/" is typed at the start of a word, with
  the document position of the slash; `replace_range(start, end, text)` swaps e.g. "/refund" for the reply.
- Each paragraph takes its direction and edge from its own first strong character (Arabic right, English
  left) in either UI language. It is a QTextEdit with rich text off rather than a QPlainTextEdit (which lays
  every paragraph out with the document's one text option: Arabic sat against the left edge even in the
  Arabic UI); QTextDocumentLayout detects each block's direction from its text. The empty box's caret sits
  at the UI's leading edge; a paragraph without any letter (digits only, or empty between paragraphs) is
  left to right (Qt's rule). No formats are ever stored: undo only ever concerns the text.

Signals: submit(), slash_triggered(int position).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

KeyInterceptor = Callable[[QKeyEvent], bool]


class ComposerEdit(QTextEdit):
    """Signals: submit(), slash_triggered(int)."""

    submit = Signal()
    slash_triggered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerEdit")
        self.setAcceptRichText(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().contentsChanged.connect(self._follow_text)
        self._follow_text()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.enter_sends = True
        self._interceptors: list[KeyInterceptor] = []

    def sizeHint(self) -> QSize:
        """About four lines: the timeline above keeps the room (the box scrolls for longer drafts)."""
        lines = self.fontMetrics().lineSpacing() * 4
        return QSize(400, lines + 2 * self.frameWidth() + int(self.document().documentMargin() * 2))

    # -- paragraph direction ---------------------------------------------------------------------------
    def _follow_text(self) -> None:
        """Empty, the box (and its caret) follows the UI direction; with text, each paragraph is laid out from
        its own first strong character (QTextDocumentLayout's per-block detection). Not an edit: no undo step."""
        doc = self.document()
        wanted = self.layoutDirection() if doc.isEmpty() else Qt.LayoutDirection.LayoutDirectionAuto
        option = doc.defaultTextOption()
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            doc.setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_text()

    # -- hooks -----------------------------------------------------------------------------------------
    def add_key_interceptor(self, interceptor: KeyInterceptor) -> Callable[[], None]:
        """Let `interceptor` see keys first; returns a function that removes it."""
        self._interceptors.append(interceptor)

        def remove() -> None:
            if interceptor in self._interceptors:
                self._interceptors.remove(interceptor)

        return remove

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace the characters [start, end) with `text` (one undo step) and put the cursor after it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def insert_text(self, text: str) -> None:
        """Insert plain `text` at the cursor (replacing the selection)."""
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    # -- keys ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        for interceptor in tuple(self._interceptors):
            if interceptor(event):
                event.accept()
                return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self.enter_sends and not shift):
                event.accept()
                self.submit.emit()
                return
            self.textCursor().insertText("\n")
            event.accept()
            return
        before = self.textCursor().position()
        super().keyPressEvent(event)
        if event.text() == "/" and not self.isReadOnly():
            previous = self.document().characterAt(before - 1) if before > 0 else ""
            if before == 0 or previous.isspace() or previous in ("\u2029", "\u2028"):
                self.slash_triggered.emit(before)

    # -- paste -----------------------------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        """Anything pasted or dropped arrives as its plain text (never HTML, images or formats)."""
        if source.hasText():
            cursor = self.textCursor()
            cursor.insertText(source.text(), QTextCharFormat())
            self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()
