"""Which realtime events deserve a desktop notification (the UI shows them; this only decides).

Notified (each switchable): a new incoming message in a conversation assigned to me, and a new unassigned
conversation (with its first message as the body: `conversation.created` comes before that message). Never: anything before the workspace's subscription is confirmed (so no replay of old
events at sign-in or after a reconnect — a catch-up reads history through REST, not events), anything
older than that confirmation, my own messages, private notes, activity lines, muted conversations.
Feed it every event (`RealtimeSync.event`). Emitter: notify(Notice).

A `Notice` is data, not text (services have no translations): its kind, the workspace and conversation,
who wrote, the message's text (whitespace collapsed, shortened) or, for a message without text, what it
carries (attachment kind and count). The tray words it in the user's language.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.events import (
    ConnectionChanged,
    ConnectionState,
    ConversationChanged,
    Event,
    MessageCreated,
)
from desktop.domain.models import AttachmentKind, Conversation, Message, MessageType, SenderKind
from desktop.services.observable import Emitter

SLACK = 5.0  # seconds of clock skew tolerated between the server's timestamps and ours
BODY_LIMIT = 200

Lookup = Callable[[int, int], Conversation | None]


class NoticeKind(enum.StrEnum):
    NEW_MESSAGE = "new_message"  # a customer wrote in a conversation assigned to me
    NEW_CONVERSATION = "new_conversation"  # a new unassigned conversation (with its first message)


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    account_id: int
    conversation_id: int
    contact_name: str  # the conversation's customer
    sender_name: str  # who wrote the message (usually the customer)
    preview: str  # the message text, whitespace collapsed, at most BODY_LIMIT characters ("" if none)
    attachment: AttachmentKind | None = None  # the first attachment's kind when the message has no text
    attachments: int = 0  # how many attachments the message carries


class NotificationPolicy:
    def __init__(self, user_id: int, *, lookup: Lookup | None = None, incoming_for_me: bool = True,
                 new_unassigned: bool = True) -> None:
        self.user_id = user_id
        self.incoming_for_me = incoming_for_me
        self.new_unassigned = new_unassigned
        self._lookup = lookup  # e.g. RealtimeSync.find_conversation
        self._armed: dict[int, float] = {}  # account → wall time its subscription was confirmed
        self._known: dict[tuple[int, int], Conversation] = {}
        self._awaiting_first: set[tuple[int, int]] = set()  # new conversations whose first message is due
        self.notify = Emitter()

    def on_event(self, event: Event) -> None:
        if isinstance(event, ConnectionChanged):
            if event.state == ConnectionState.CONNECTED:
                self._armed[event.account_id] = time.time()
            else:
                self._armed.pop(event.account_id, None)
            return
        if isinstance(event, ConversationChanged):
            self._known[(event.account_id, event.conversation.id)] = event.conversation
        armed_at = self._armed.get(event.account_id)
        if armed_at is None:
            return
        if isinstance(event, MessageCreated):
            self._message(event, armed_at)
        elif isinstance(event, ConversationChanged) and event.name == "conversation.created":
            self._new_conversation(event.conversation, armed_at)

    def _conversation(self, account_id: int, conversation_id: int) -> Conversation | None:
        found = self._lookup(account_id, conversation_id) if self._lookup is not None else None
        known = self._known.get((account_id, conversation_id))
        if found is None or (known is not None and known.updated_at > found.updated_at):
            return known
        return found

    def _message(self, event: MessageCreated, armed_at: float) -> None:
        message = event.message
        if message.message_type != MessageType.INCOMING or message.private:
            return
        if event.performer_id == self.user_id or _is_mine(message, self.user_id):
            return
        if message.created_at.timestamp() < armed_at - SLACK:
            return  # an old message delivered late: not news
        conversation = self._conversation(event.account_id, message.conversation_id)
        if conversation is None or conversation.muted:
            return
        if (event.account_id, conversation.id) in self._awaiting_first:
            self._awaiting_first.discard((event.account_id, conversation.id))
            if conversation.assignee is None and self.new_unassigned:
                self.notify.emit(_notice(NoticeKind.NEW_CONVERSATION, conversation, message, event.account_id))
                return
        if not self.incoming_for_me:
            return
        assignee = conversation.assignee
        if assignee is None or assignee.kind != SenderKind.USER or assignee.id != self.user_id:
            return
        self.notify.emit(_notice(NoticeKind.NEW_MESSAGE, conversation, message, event.account_id))

    def _new_conversation(self, conversation: Conversation, armed_at: float) -> None:
        if not self.new_unassigned or conversation.assignee is not None or conversation.muted:
            return
        created = conversation.created_at
        if created is not None and created.timestamp() < armed_at - SLACK:
            return
        preview = conversation.last_message
        if preview is None:  # conversation.created comes before its first message: say it with the message
            self._awaiting_first.add((conversation.account_id, conversation.id))
            return
        self.notify.emit(_notice(NoticeKind.NEW_CONVERSATION, conversation, preview, conversation.account_id))


def _is_mine(message: Message, user_id: int) -> bool:
    sender = message.sender
    return sender is not None and sender.kind == SenderKind.USER and sender.id == user_id


def _notice(kind: NoticeKind, conversation: Conversation, message: Message, account_id: int) -> Notice:
    text = " ".join(message.content.split())
    if len(text) > BODY_LIMIT:
        text = text[: BODY_LIMIT - 1] + "…"
    attachments = message.attachments
    sender = message.sender.name if message.sender is not None else conversation.contact.name
    return Notice(kind, account_id, conversation.id, conversation.contact.name, sender or conversation.contact.name,
                  text, attachments[0].kind if attachments and not text else None, len(attachments))
