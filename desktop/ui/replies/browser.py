"""The saved-replies browser: find a reply without knowing its short code, read it, and insert one or
several stacked into one message.

Keyboard: type to search (fuzzy, Arabic-aware); Up/Down/PageUp/PageDown move in the results while the
search box keeps focus; Shift+Enter (or "Add") stacks the current reply; Enter (or "Insert") inserts
the stack — or the current reply when nothing is stacked; Delete removes the selected stacked reply;
Escape closes. Variables are filled on insert (prompting for unknown ones), as in the `/` popup.

Signals: insert_requested(str) with the final text (connect it to `Composer.insert_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import SavedReply
from desktop.services.saved_replies import SavedReplies, stack
from desktop.services.variables import fill
from desktop.ui.bidi import direction_of, document_text
from desktop.ui.replies.delegate import SavedReplyDelegate
from desktop.ui.replies.filling import ContextProvider, ReplyFiller
from desktop.ui.replies.model import SavedReplyModel
from desktop.ui.widgets.search_list import SearchListKeys


class SavedRepliesBrowser(QDialog):
    """Signals: insert_requested(str)."""

    insert_requested = Signal(str)

    def __init__(self, replies: SavedReplies, context: ContextProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedRepliesBrowser")
        self.setWindowTitle(self.tr("Saved replies"))
        self.resize(820, 520)
        self._replies = replies
        self._context = context
        self.filler = ReplyFiller(context, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("savedRepliesSearch")
        self.search.setPlaceholderText(self.tr("Search saved replies (short code or text)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)

        self.results = SavedReplyModel(self)
        self.list = QListView(self)
        self.list.setObjectName("savedRepliesList")
        self.list.setModel(self.results)
        self.list.setItemDelegate(SavedReplyDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._show_preview)
        self.list.doubleClicked.connect(lambda _i: self.add_current())
        self.keys = SearchListKeys(self.search, self.list, page=10, on_enter=self._enter)

        # QTextEdit (plain text only) rather than QPlainTextEdit: it sets each paragraph at the edge its
        # own direction starts from, so Arabic, English and mixed replies all read right.
        self.preview = QTextEdit(self)
        self.preview.setObjectName("savedRepliesPreview")
        self.preview.setAcceptRichText(False)
        self.preview.setReadOnly(True)
        self.stacked = SavedReplyModel(self)
        self.stack_view = QListView(self)
        self.stack_view.setObjectName("savedRepliesStack")
        self.stack_view.setModel(self.stacked)
        self.stack_view.installEventFilter(self)
        self.stack_label = QLabel(self)

        self.add_button = QPushButton(self.tr("Add to message"), self)
        self.add_button.clicked.connect(self.add_current)
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setDefault(True)
        self.insert_button.clicked.connect(self.insert)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.preview, 3)
        side.addWidget(self.stack_label)
        side.addWidget(self.stack_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._refilter()
        self._update_stack_label()
        self.search.setFocus()

    # -- filtering and preview ------------------------------------------------------------------------
    def _refilter(self) -> None:
        self.results.set_items(self._replies.search(self.search.text()))
        if not self.keys.select_first():
            self.preview.clear()

    def current(self) -> SavedReply | None:
        index = self.list.currentIndex()
        return self.results.reply(index.row()) if index.isValid() else None

    def _show_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reply = self.results.reply(current.row()) if current.isValid() else None
        if reply is None:
            self.preview.clear()
            return
        text = fill(reply.content, self._context()).text  # unknown variables stay visible as {{…}}
        self.preview.setLayoutDirection(direction_of(text))
        self.preview.setPlainText(document_text(text))  # plain text; each paragraph in its own direction

    # -- stacking and inserting -----------------------------------------------------------------------
    def add_current(self) -> None:
        reply = self.current()
        if reply is not None:
            self.stacked.set_items([*self.stacked.items(), reply])
            self._update_stack_label()

    def remove_stacked(self) -> None:
        index = self.stack_view.currentIndex()
        if index.isValid():
            items = self.stacked.items()
            del items[index.row()]
            self.stacked.set_items(items)
            self._update_stack_label()

    def _update_stack_label(self) -> None:
        count = self.stacked.rowCount()
        if count:
            self.stack_label.setText(self.tr("In this message: %n reply(s)", "", count))
        else:
            self.stack_label.setText(self.tr("Shift+Enter adds the reply to the message, to insert several at once."))
        self.stack_view.setVisible(count > 0)

    def chosen(self) -> list[SavedReply]:
        stacked = self.stacked.items()
        if stacked:
            return stacked
        reply = self.current()
        return [reply] if reply is not None else []

    def insert(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        title = ", ".join(r.short_code for r in chosen)

        def deliver(text: str) -> None:
            self.insert_requested.emit(text)
            self.accept()

        self.filler.fill_then(stack(chosen), title, deliver)

    # -- keys -----------------------------------------------------------------------------------------
    def _enter(self, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.add_current()
        else:
            self.insert()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.stack_view and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_stacked()
            return True
        return False
