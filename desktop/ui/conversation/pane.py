"""ConversationPane: one open conversation — header, timeline, suggestion bar, composer and contact panel.

Constructed by the composition root with its collaborators; `show_conversation(account_id, conversation_id)`
switches to another conversation (its draft is saved and the other one's restored), `close_conversation()`
goes back to the empty state and emits `closed`.

- The timeline (one per open conversation) is registered with the realtime
  sync (`register_timeline`), which routes live messages and the outbox's state changes to it and marks it
  stale after a reconnect. While stale, a notice says the history is catching up; sending goes on (the outbox
  sends as soon as the server answers, and the server's id puts the reply in its place).
- Sending goes through the outbox: the pending message (with its echo_id) is shown at once; the outbox makes it
  sent or failed (Retry on the row calls `outbox.retry`: the outbox never doubles a message).
- `can_reply` (WhatsApp's 24-hour window) is shown; when closed, free-text replies are disabled with the reason
  (private notes stay possible).
- Links and attachments open only on click, through `url_opener` (http/https only).
- Insert status answer: Ctrl+Alt+O (`insert_action`; Ctrl+Shift+O is taken by "Reopen").

Signals: closed(), conversation_changed(int account_id, int conversation_id) — another conversation is shown
(e.g. the agent opened one of the contact's previous conversations from the panel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ReplyWindowClosed
from desktop.domain.events import ContactChanged, ConversationChanged, Event
from desktop.domain.models import Attachment, ChannelKind, Conversation
from desktop.services.conversation_reader import ConversationReader
from desktop.services.drafts import Drafts
from desktop.services.orders import OrderLookup
from desktop.services.outbox import Outbox
from desktop.services.timeline import Timeline
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.composer.composer import Composer
from desktop.ui.contact.panel import ContactPanel
from desktop.ui.conversation.bars import NoticeBar, SuggestionBar
from desktop.ui.conversation.header import ConversationHeader
from desktop.ui.conversation.model import TimelineModel
from desktop.ui.conversation.order_assist import OrderAssist
from desktop.ui.conversation.reply_window import ReplyWindow
from desktop.ui.conversation.sender import ReplySender
from desktop.ui.conversation.thumbnails import ThumbnailCache
from desktop.ui.conversation.view import TimelineView
from desktop.ui.links import is_safe_url
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import THEME

INSERT_ANSWER_SHORTCUT = "Ctrl+Alt+O"


class EventSource(Protocol):
    """`RealtimeSync.event`: a services Signal carrying every realtime Event."""

    def connect(self, callback: Callable[[Event], None]) -> Callable[[], None]: ...


class ConversationPane(QWidget):
    """Signals: closed(), conversation_changed(int, int)."""

    closed = Signal()
    conversation_changed = Signal(int, int)

    def __init__(self, *, reader: ConversationReader, outbox: Outbox, drafts: Drafts, notifier: Notifier,
                 lookups: Callable[[int], WorkspaceLookups | None] = lambda _account: None,
                 register_timeline: Callable[[Timeline], Callable[[], None]],
                 events: EventSource | None = None, orders: OrderLookup | None = None,
                 url_opener: Callable[[QUrl], object] = QDesktopServices.openUrl,
                 agent_name: Callable[[], str | None] | None = None, enter_sends: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.reader, self.outbox, self.drafts, self.notifier = reader, outbox, drafts, notifier
        self._lookups = lookups
        self._register = register_timeline
        self._url_opener = url_opener
        self.tasks = TaskRunner(self, notifier, cancel_on_close=False)
        self.account_id = 0
        self.conversation_id = 0
        self.conversation: Conversation | None = None
        self.timeline: Timeline | None = None
        self._unlinks: list[Callable[[], None]] = []
        if events is not None:  # RealtimeSync.event: conversation and contact changes
            unlink_events = events.connect(self._on_event)
            self.destroyed.connect(lambda *_: unlink_events())

        self.model = TimelineModel(self)
        self.thumbnails = ThumbnailCache(reader.download, notifier, self)
        self.view = TimelineView(self.model, self.thumbnails, self)
        self.reply_window = ReplyWindow(self, now=reader.server_now)
        self.reply_window.expired.connect(self._window_expired)
        self.header = ConversationHeader(self)
        self.header.now = self.reply_window.now
        self.header.close_clicked.connect(self.close_conversation)
        self.window_notice = NoticeBar("windowNotice", "#fff3cd", "#5c4500", self)
        self.stale_notice = NoticeBar("staleNotice", THEME.activity.background, THEME.muted, self)
        self.suggestion = SuggestionBar(self)
        self.composer = Composer(self)
        self.composer.set_enter_sends(enter_sends)
        self.contact_panel = ContactPanel(reader.contact_conversations, orders, notifier, self)
        self.assist = OrderAssist(self.model, self.contact_panel.orders, self.suggestion, self._insert_reply,
                                  contact_name=self._contact_name, agent_name=agent_name, parent=self)
        self.insert_action = QAction(self.tr("Insert order status answer"), self)
        self.insert_action.setShortcut(QKeySequence(INSERT_ANSWER_SHORTCUT))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_action.triggered.connect(self.insert_order_status)
        self.addAction(self.insert_action)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stale_notice)
        column.addWidget(self.view, 1)
        column.addWidget(self.window_notice)
        column.addWidget(self.suggestion)
        column.addWidget(self.composer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.contact_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 320])
        self.splitter.setChildrenCollapsible(False)
        self.placeholder = QLabel(self.tr("Select a conversation"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.splitter)

        self.reply_sender = ReplySender(outbox, drafts, notifier, self.composer, self, thumbnails=self.thumbnails)
        self.reply_sender.sent.connect(lambda _message: self.view.scroll_to_newest())
        self.view.older_requested.connect(self.load_older)
        self.view.retry_requested.connect(self.reply_sender.retry)
        self.view.discard_requested.connect(self.reply_sender.discard)
        self.view.link_activated.connect(self.open_url)
        self.view.attachment_activated.connect(self._open_attachment)
        self.contact_panel.conversation_requested.connect(self._open_related)
        self.contact_panel.orders.url_requested.connect(self.open_url)
        self.tasks.finished.connect(self._task_finished)
        self.model.rowsInserted.connect(lambda *_: self._track_window())  # a customer message reopens it

    # -- opening and closing ---------------------------------------------------------------------------
    def show_conversation(self, account_id: int, conversation_id: int,
                          conversation: Conversation | None = None) -> None:
        """Open a conversation (`conversation`, when the caller has it, fills the header at once)."""
        if (account_id, conversation_id) == (self.account_id, self.conversation_id) and self.timeline is not None:
            return
        self._detach()
        self.account_id, self.conversation_id = account_id, conversation_id
        timeline = self.reader.timeline(account_id, conversation_id)
        self.timeline = timeline
        self.model.set_store(timeline)
        self._unlinks.append(timeline.stale_changed.connect(lambda _stale: self._update_blocks()))
        self._unlinks.append(self._register(timeline))
        self.reply_sender.open(account_id, conversation_id, timeline)
        self.conversation = None
        if conversation is not None:
            self._apply_conversation(conversation, refresh_related=True)
        self._update_blocks()
        self._stack.setCurrentWidget(self.splitter)
        self.tasks.run("open", timeline.load_latest())
        self.tasks.run("conversation", self.reader.conversation(account_id, conversation_id),
                       on_result=lambda c: self._apply_conversation(c, refresh_related=False))
        self.composer.text_edit.setFocus()
        self.conversation_changed.emit(account_id, conversation_id)

    def close_conversation(self) -> None:
        self._detach()
        self.account_id = self.conversation_id = 0
        self.conversation = None
        self.header.clear()
        self._stack.setCurrentWidget(self.placeholder)
        self.closed.emit()

    def _detach(self) -> None:
        self.reply_sender.close()
        for unlink in self._unlinks:
            unlink()
        self._unlinks = []
        for name in ("open", "older", "conversation"):
            self.tasks.cancel(name)
        self.view.set_loading_older(False)
        self.reply_window.stop()
        self.suggestion.hide()
        self.model.set_store(None)
        self.timeline = None

    def _open_related(self, account_id: int, conversation_id: int) -> None:
        self.show_conversation(account_id, conversation_id)

    # -- the conversation ------------------------------------------------------------------------------
    def _apply_conversation(self, conversation: Conversation, *, refresh_related: bool) -> None:
        if (conversation.account_id, conversation.id) != (self.account_id, self.conversation_id):
            return
        before = self.conversation.contact if self.conversation is not None else None
        contact_changed = before is None or (before.id, before.phone_number) != (
            conversation.contact.id, conversation.contact.phone_number)  # new person or new phone: new orders
        self.conversation = self.reply_sender.conversation = conversation
        self._track_window()
        self.contact_panel.show_conversation(self.account_id, conversation, self._lookups(self.account_id),
                                             refresh_related=refresh_related or contact_changed)
        self._update_blocks()

    def _track_window(self) -> None:
        conversation = self.conversation
        if conversation is None:
            return
        lookups = self._lookups(self.account_id)
        inbox = lookups.inboxes.get(conversation.inbox_id) if lookups is not None else None
        whatsapp = (inbox.kind if inbox is not None else conversation.channel) == ChannelKind.WHATSAPP
        self.header.show_conversation(conversation, self.reply_window.track(conversation, self.model, whatsapp))

    def _window_expired(self) -> None:
        if self.timeline is not None:
            self.tasks.run("conversation", self.reader.conversation(self.account_id, self.conversation_id),
                           on_result=lambda c: self._apply_conversation(c, refresh_related=False))

    def _on_event(self, event: Event) -> None:
        if event.account_id != self.account_id or self.conversation is None:
            return
        if isinstance(event, ConversationChanged) and event.conversation.id == self.conversation_id:
            self._apply_conversation(event.conversation, refresh_related=False)
        elif isinstance(event, ContactChanged) and event.contact.id == self.conversation.contact.id:
            self._apply_conversation(replace(self.conversation, contact=event.contact), refresh_related=False)

    def _contact_name(self) -> str | None:
        return self.conversation.contact.name if self.conversation else None

    def _update_blocks(self) -> None:
        stale = self.timeline is not None and self.timeline.stale
        self.stale_notice.show_text(self.tr("Catching up on messages that came while the connection was down."
                                            " Replies are still sent, in order.") if stale else None)
        closed = self.conversation is not None and not self.conversation.can_reply
        window_text = self.notifier.message_for(ReplyWindowClosed()) if closed else None
        self.composer.set_reply_blocked(window_text)
        self.window_notice.show_text(window_text)

    # -- order answers -------------------------------------------------------------------------------
    def _insert_reply(self, text: str) -> None:
        if self.conversation is not None and not self.conversation.can_reply:
            self.composer.set_private(True)  # the window is closed: the answer can still go in a note
        else:
            self.composer.set_private(False)
        self.composer.insert_text(text)

    def insert_order_status(self) -> None:
        """Insert the status answer of the customer's order into the composer (the one-key WISMO answer)."""
        if not self.assist.insert_status_answer():
            self.notifier.info(self.tr("No order to answer about: look the customer's orders up first."),
                               key="order-status")

    # -- paging and links ------------------------------------------------------------------------------
    def load_older(self) -> None:
        timeline = self.timeline
        if timeline is None or not timeline.has_older or timeline.loading or self.tasks.is_running("older"):
            return
        self.view.set_loading_older(True)
        self.tasks.run("older", timeline.load_older())

    def _task_finished(self, name: str) -> None:
        if name == "older":
            self.view.set_loading_older(False)

    def open_url(self, url: str) -> None:
        if is_safe_url(url):
            self._url_opener(QUrl(url))

    def _open_attachment(self, attachment: object) -> None:
        if isinstance(attachment, Attachment) and attachment.data_url:
            if self.thumbnails.is_failed(attachment.thumb_url or attachment.data_url):
                self.thumbnails.retry(attachment.thumb_url or attachment.data_url)
                return
            self.open_url(attachment.data_url)
