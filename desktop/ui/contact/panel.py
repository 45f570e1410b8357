"""ContactPanel: who the customer is, how the conversation is filed, and their previous conversations and
orders — the side panel of a conversation.

Shows the name, the phone (E.164, always left to right, also in the Arabic UI), the channel, the labels (as
chips in the workspace's label colours, repainted when the workspace's labels change), assignee, team and
priority of the open conversation (`show(conversation, lookups)`), the contact's other conversations (loaded
in a task owned here) and the `OrdersSection`. All text is plain; user values are
isolated so they read correctly in either direction.

Signals: conversation_requested(int account_id, int conversation_id) — a previous conversation was
activated.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QListView, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.models import ChannelKind, Conversation, Priority
from desktop.services.orders import OrderLookup
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.bidi import arg, inline, isolate_ltr, leading_alignment
from desktop.ui.contact.chips import LabelChips
from desktop.ui.contact.elided_label import ElidedLabel
from desktop.ui.contact.orders import OrdersSection
from desktop.ui.contact.previous import ConversationRole, PreviousConversationsModel
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner

ConversationsLoader = Callable[[int, int], Coroutine[Any, Any, list[Conversation]]]


def _plain_label(parent: QWidget, name: str) -> ElidedLabel:
    """One line; elided with the whole value as tooltip when the panel is narrow (never clipped)."""
    return ElidedLabel(parent, name)


class ContactPanel(QScrollArea):
    """Signals: conversation_requested(int, int)."""

    conversation_requested = Signal(int, int)

    def __init__(self, load_conversations: ConversationsLoader | None, orders: OrderLookup | None,
                 notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._load_conversations = load_conversations
        self._notifier = notifier
        self.tasks = TaskRunner(self, notifier)
        self.conversation: Conversation | None = None
        self._account_id = 0
        self._lookups: WorkspaceLookups | None = None
        self._unlinks: list[Callable[[], None]] = []  # the lookups' changed signal (never outlives the panel)
        unlinks = self._unlinks
        self.destroyed.connect(lambda *_: [unlink() for unlink in unlinks])

        body = QWidget(self)
        self.name_label = _plain_label(body, "contactName")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.phone_label = _plain_label(body, "contactPhone")
        self.email_label = _plain_label(body, "contactEmail")
        self.channel_label = _plain_label(body, "contactChannel")
        self.label_chips = LabelChips(body)
        self.assignee_label = _plain_label(body, "conversationAssignee")
        self.team_label = _plain_label(body, "conversationTeam")
        self.priority_label = _plain_label(body, "conversationPriority")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Phone"), self.phone_label)
        form.addRow(self.tr("Email"), self.email_label)
        form.addRow(self.tr("Channel"), self.channel_label)
        form.addRow(self.tr("Categories"), self.label_chips)
        form.addRow(self.tr("Assignee"), self.assignee_label)
        form.addRow(self.tr("Team"), self.team_label)
        form.addRow(self.tr("Priority"), self.priority_label)

        self.previous_model = PreviousConversationsModel(self)
        self.previous_list = QListView(body)
        self.previous_list.setObjectName("previousConversations")
        self.previous_list.setModel(self.previous_model)
        self.previous_list.setWordWrap(True)
        self.previous_list.setMaximumHeight(160)
        self.previous_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.previous_list.activated.connect(self._on_previous_activated)
        self.previous_list.clicked.connect(self._on_previous_activated)
        self.previous_status = QLabel(body)
        self.previous_status.setObjectName("previousStatus")
        self.previous_status.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_status.setWordWrap(True)
        self.orders = OrdersSection(orders, notifier, body)

        self._values = (self.name_label, self.phone_label, self.email_label, self.channel_label,
                        self.assignee_label, self.team_label, self.priority_label)
        self._align_values()

        layout = QVBoxLayout(body)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Previous conversations"), body))
        layout.addWidget(self.previous_status)
        layout.addWidget(self.previous_list)
        layout.addWidget(self.orders)
        layout.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(260)

    def _align_values(self) -> None:
        """Values line up at the UI's leading edge whatever their own direction (an Arabic name in the
        English UI, a phone number in the Arabic one); each still reads in its own direction (isolated)."""
        alignment = leading_alignment(self.layoutDirection()) | Qt.AlignmentFlag.AlignVCenter
        for label in self._values:
            label.setAlignment(alignment)
        self.previous_status.setAlignment(alignment)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_values()

    # -- showing ---------------------------------------------------------------------------------------
    def show_conversation(self, account_id: int, conversation: Conversation,
                          lookups: WorkspaceLookups | None = None, *, refresh_related: bool = True) -> None:
        """Fill the panel; `refresh_related` also reloads previous conversations and orders (a new contact)."""
        self._account_id = account_id
        self.conversation = conversation
        contact = conversation.contact
        self.name_label.set_full_text(inline(contact.name) if contact.name.strip() else self.tr("Unknown contact"))
        self.phone_label.set_full_text(isolate_ltr(contact.phone_number) if contact.phone_number else "—")
        self.email_label.set_full_text(isolate_ltr(contact.email) if contact.email else "—")
        self.channel_label.set_full_text(self._channel_text(conversation, lookups))
        self._follow_lookups(lookups)
        self._show_labels()
        self.assignee_label.set_full_text(inline(conversation.assignee.name) if conversation.assignee
                                          else self.tr("Unassigned"))
        self.team_label.set_full_text(inline(conversation.team.name) if conversation.team else "—")
        self.priority_label.set_full_text(self._priority_text(conversation.priority))
        if refresh_related:
            self.orders.show_phone(contact.phone_number)
            self._load_previous(account_id, conversation)

    def _follow_lookups(self, lookups: WorkspaceLookups | None) -> None:
        if lookups is self._lookups:
            return
        while self._unlinks:
            self._unlinks.pop()()
        self._lookups = lookups
        if lookups is not None:
            self._unlinks.append(lookups.changed.connect(self._show_labels))

    def _show_labels(self) -> None:
        lookups, conversation = self._lookups, self.conversation
        if conversation is None:
            return

        def color(title: str) -> str | None:
            return lookups.label_color(title) if lookups is not None else None

        def describe(title: str) -> str:
            label = lookups.labels.get(title.lower()) if lookups is not None else None
            return label.description if label is not None else ""

        self.label_chips.set_labels(conversation.labels, color, describe)

    def _channel_text(self, conversation: Conversation, lookups: WorkspaceLookups | None) -> str:
        """The inbox's name and its kind in words ("Souq Deals · WhatsApp"); never a raw wire value."""
        inbox = lookups.inboxes.get(conversation.inbox_id) if lookups is not None else None
        kind = inbox.kind if inbox is not None else conversation.channel
        if kind is None:
            return "—"
        words = self._kind_text(kind)
        return arg(self.tr("%1 · %2"), inbox.name, words) if inbox is not None else words

    def _kind_text(self, kind: ChannelKind) -> str:
        return {
            ChannelKind.WHATSAPP: self.tr("WhatsApp"),
            ChannelKind.MESSENGER: self.tr("Messenger"),
            ChannelKind.INSTAGRAM: self.tr("Instagram"),
            ChannelKind.WEB: self.tr("Website chat"),
            ChannelKind.API: self.tr("API channel"),
            ChannelKind.EMAIL: self.tr("Email"),
            ChannelKind.SMS: self.tr("SMS"),
            ChannelKind.TELEGRAM: self.tr("Telegram"),
            ChannelKind.OTHER: self.tr("Other channel"),
        }[kind]

    def _priority_text(self, priority: Priority) -> str:
        return {
            Priority.NONE: self.tr("None"),
            Priority.LOW: self.tr("Low"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }[priority]

    # -- previous conversations ------------------------------------------------------------------------
    def _load_previous(self, account_id: int, conversation: Conversation) -> None:
        self.previous_model.set_conversations([])
        self.previous_list.hide()
        if self._load_conversations is None:
            return
        self.previous_status.setText(self.tr("Loading…"))
        self.previous_status.show()
        exclude = conversation.id

        def loaded(conversations: list[Conversation]) -> None:
            self.previous_model.set_conversations(conversations, exclude=exclude)
            has_rows = self.previous_model.rowCount() > 0
            self.previous_status.setText("" if has_rows else self.tr("None"))
            self.previous_status.setVisible(not has_rows)
            self.previous_list.setVisible(has_rows)

        def failed(error: BaseException) -> None:
            self._notifier.log(error, "previous conversations")
            self.previous_status.setText(self._notifier.message_for(error))

        self.tasks.run("previous", self._load_conversations(account_id, conversation.contact.id),
                       on_result=loaded, on_error=failed)

    def _on_previous_activated(self, index: QModelIndex) -> None:
        conversation = index.data(ConversationRole)
        if isinstance(conversation, Conversation):
            self.conversation_requested.emit(self._account_id, conversation.id)
