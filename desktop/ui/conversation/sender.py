"""ReplySender: what happens between the composer and the outbox for the open conversation.

- Sending: refused with the reason (for replies, not notes) while the reply window is closed; otherwise the outbox queues it and the PENDING message (with its echo_id) is put in the
  timeline at once (with its files' names, and image thumbnails made from the local bytes); the composer and
  the draft are cleared only then (a refused send loses nothing).
- Retry (on a failed row, or "try now" on one waiting to retry) and Discard go to the outbox, which never
  doubles a message.
- While the history is catching up after a reconnect, replies are queued as usual: the outbox sends them
  as soon as the server answers, and the server's id puts them in their place.
- Drafts: every change is kept per conversation (`Drafts` persists them, debounced); switching away saves
  and flushes; failures to write reach the notifier.

Signals: sent(Message) — a message was queued and shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.errors import AppError, ReplyWindowClosed
from desktop.domain.files import OutgoingFile
from desktop.domain.models import AttachmentKind, Conversation, Message
from desktop.services.drafts import Drafts
from desktop.services.outbox import Outbox
from desktop.services.timeline import Timeline
from desktop.ui.composer.composer import Composer
from desktop.ui.conversation.thumbnails import ThumbnailCache, local_key
from desktop.ui.notifier import Notifier


class ReplySender(QObject):
    """Signals: sent(object Message)."""

    sent = Signal(object)

    def __init__(self, outbox: Outbox, drafts: Drafts, notifier: Notifier, composer: Composer,
                 parent: QObject | None = None, *, thumbnails: ThumbnailCache | None = None) -> None:
        super().__init__(parent)
        self.outbox, self.drafts, self.notifier, self.composer = outbox, drafts, notifier, composer
        self.thumbnails = thumbnails
        self.account_id = 0
        self.conversation_id = 0
        self.timeline: Timeline | None = None
        self.conversation: Conversation | None = None
        composer.send_requested.connect(self.send)
        composer.text_changed.connect(self._draft_changed)
        unlinks = [drafts.failed.connect(lambda error: notifier.report(error, context="drafts"))]
        if thumbnails is not None:
            unlinks.append(outbox.message_changed.connect(self._adopt_thumbnails))
        self.destroyed.connect(lambda *_: [unlink() for unlink in unlinks])

    # -- the open conversation -------------------------------------------------------------------------
    def open(self, account_id: int, conversation_id: int, timeline: Timeline) -> None:
        """Point at a conversation: its draft comes back; files picked for another customer never follow."""
        self.close()
        self.account_id, self.conversation_id, self.timeline = account_id, conversation_id, timeline
        self.conversation = None
        self.composer.attachments.clear()
        self.composer.set_text(self.drafts.get(account_id, conversation_id))
        self.composer.set_private(False)

    def close(self) -> None:
        """Save the draft of the conversation being left."""
        if self.timeline is None:
            return
        self.drafts.set(self.account_id, self.conversation_id, self.composer.text())
        try:
            self.drafts.flush()
        except OSError as error:  # the draft stays in memory; the next change tries again
            self.notifier.report(AppError(self.tr("Drafts could not be saved."), detail=type(error).__name__))
        self.timeline = None

    # -- sending ---------------------------------------------------------------------------------------
    def send(self, text: str, private: bool, attachments: list[OutgoingFile]) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        try:
            if not private and self.conversation is not None and not self.conversation.can_reply:
                raise ReplyWindowClosed()
            message = self.outbox.send(self.account_id, self.conversation_id, text, private=private,
                                       attachments=attachments, after_id=timeline.last_id)
        except AppError as error:  # the text stays in the composer: nothing is lost
            self.notifier.report(error, context="send")
            return
        except OSError as error:
            self.notifier.report(AppError(self.tr("The reply could not be queued: the disk refused it."),
                                          detail=type(error).__name__), context="send")
            return
        if self.thumbnails is not None:  # pending images show at once, from the bytes on this machine
            for index, file in enumerate(attachments):
                if file.content_type.startswith("image/"):
                    self.thumbnails.put_local(local_key(message.echo_id, index), file.data)
        timeline.upsert(message)
        self.composer.clear()
        self.drafts.clear(self.account_id, self.conversation_id)
        self.sent.emit(message)

    def retry(self, echo_id: str) -> None:
        """Retry a failed message now (or hurry one that is waiting to retry: only that one, the backoff of
        the others stays); the outbox never doubles it."""
        self.outbox.retry(echo_id)

    def discard(self, echo_id: str) -> None:
        self.outbox.discard(echo_id)

    def _adopt_thumbnails(self, message: Message) -> None:
        """A sent message's images keep the thumbnails made from the local bytes (same files, same order)."""
        if self.thumbnails is None or message.id is None or not message.echo_id:
            return
        for index, attachment in enumerate(message.attachments):
            if attachment.kind == AttachmentKind.IMAGE:
                url = attachment.thumb_url or attachment.data_url
                self.thumbnails.adopt(local_key(message.echo_id, index), url)

    def _draft_changed(self, text: str) -> None:
        if self.timeline is not None:
            self.drafts.set(self.account_id, self.conversation_id, text)
