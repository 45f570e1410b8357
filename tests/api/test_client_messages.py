"""Message endpoints against the sandbox: history paging (20 per page, `has_more_before`), catch-up with
`after`, sending text, notes, replies and attachments (multipart), echo ids, validation errors, and downloads
that follow the attachment redirect."""

from __future__ import annotations

import uuid

import pytest

from desktop.api.chatwoot.client import OutgoingFile
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.models import AssigneeFilter, AttachmentKind, ConversationQuery, MessageType, SenderKind
from tests.api.conftest import Clients

EVERYTHING = ConversationQuery(assignee=AssigneeFilter.ALL, status=None)


async def test_history_pages_back_until_exhausted(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    conversation = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    for i in range(41):  # whatever the seed holds, the history is now longer than two pages
        await mona.send_message(1, conversation.id, f"update {i}")
    page = await mona.list_messages(1, conversation.id)
    assert page.contact is not None and page.contact.id == conversation.contact.id
    assert page.labels == conversation.labels
    seen: list[int] = []
    pages = 0
    while True:
        ids = [m.id for m in page.messages if m.id is not None]
        assert ids == sorted(ids) and len(ids) <= 20 and all(m.conversation_id == conversation.id for m in page.messages)
        assert page.has_more_before == (len(ids) == 20)
        assert not seen or max(ids, default=0) < seen[0]
        seen = ids + seen
        pages += 1
        if not page.has_more_before or pages > 50:
            break
        page = await mona.list_messages(1, conversation.id, before=ids[0])
    assert pages >= 3 and len(seen) == len(set(seen))
    assert {m.message_type for m in (await mona.list_messages(1, conversation.id)).messages} <= set(MessageType)


async def test_send_text_note_and_reply_then_catch_up(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    conversation = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    last_id = max(m.id or 0 for m in (await mona.list_messages(1, conversation.id)).messages)
    echo = f"tmp-{uuid.uuid4()}"
    sent = await mona.send_message(1, conversation.id, "تم شحن طلبك 📦", echo_id=echo)
    assert sent.id is not None and sent.id > last_id and sent.echo_id == echo
    assert sent.content == "تم شحن طلبك 📦" and sent.message_type is MessageType.OUTGOING and not sent.private
    assert sent.sender is not None and sent.sender.kind is SenderKind.USER and sent.conversation_id == conversation.id
    note = await mona.send_message(1, conversation.id, "internal: check the courier", private=True)
    assert note.private and note.echo_id is None
    reply = await mona.send_message(1, conversation.id, "replying", in_reply_to=sent.id)
    assert reply.in_reply_to == sent.id
    page = await mona.list_messages(1, conversation.id, after=last_id)
    assert not page.has_more_before and [m.id for m in page.messages][-3:] == [sent.id, note.id, reply.id]


async def test_send_attachments_multipart_and_download(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    conversation = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    files = [OutgoingFile("receipt.png", "image/png", photo), OutgoingFile("فاتورة.pdf", "application/pdf", b"%PDF-1.4 x")]
    earlier = (await mona.list_messages(1, conversation.id)).messages[-1]
    sent = await mona.send_message(1, conversation.id, "الفاتورة", echo_id="echo-files", attachments=files,
                                   in_reply_to=earlier.id)
    assert sent.echo_id == "echo-files" and sent.content == "الفاتورة"
    assert sent.in_reply_to == earlier.id  # content_attributes travelled as a JSON string in the form
    kinds = sorted(a.kind for a in sent.attachments)
    assert kinds == sorted([AttachmentKind.IMAGE, AttachmentKind.FILE])
    image = next(a for a in sent.attachments if a.kind is AttachmentKind.IMAGE)
    assert image.file_size == len(photo)
    assert await mona.download(image.data_url) == photo  # follows the ActiveStorage redirect
    document = next(a for a in sent.attachments if a.kind is AttachmentKind.FILE)
    assert await mona.download(document.data_url) == b"%PDF-1.4 x"
    listed = (await mona.list_messages(1, conversation.id)).messages[-1]
    assert listed.id == sent.id and len(listed.attachments) == 2


async def test_send_refusals_are_typed(fresh_clients: Clients) -> None:
    mona = fresh_clients("mona")
    conversation = (await mona.list_conversations(1, EVERYTHING)).conversations[0]
    with pytest.raises(ValidationFailed) as blank:
        await mona.send_message(1, conversation.id, "")
    assert "blank" in blank.value.user_message.lower()
    too_many = [OutgoingFile(f"{i}.txt", "text/plain", b"x") for i in range(16)]
    with pytest.raises(ValidationFailed):
        await mona.send_message(1, conversation.id, "files", attachments=too_many)
    with pytest.raises(NotFound):
        await mona.send_message(1, 987654, "hello")
    with pytest.raises(NotFound):
        await mona.list_messages(1, 987654)
