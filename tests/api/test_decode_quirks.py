"""Decoder tests, one per wire quirk of the contract: timestamps per field, 0-as-null, "" avatars, absent
keys, REST vs push shapes, display ids, integer message_type, null priority, channel kinds, unknown enums."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.api.chatwoot import decode as d
from desktop.api.chatwoot.decode_support import constructor
from desktop.domain.errors import MalformedResponse
from desktop.domain.models import (
    AttachmentKind,
    Availability,
    ChannelKind,
    ConversationStatus,
    DeliveryStatus,
    MessageType,
    Priority,
    Role,
    SenderKind,
    Team,
)
from tests.api import payloads as p


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_rest_conversation_every_field() -> None:
    c = d.decode_conversation(p.conversation_rest())
    assert (c.id, c.account_id, c.inbox_id) == (42, 1, 3)
    assert c.status is ConversationStatus.OPEN and c.priority is Priority.NONE  # priority null
    assert c.contact.id == 502 and c.contact.thumbnail.endswith("x.png")
    assert c.assignee is not None and c.assignee.kind is SenderKind.USER and c.assignee.name == "Sara"
    assert c.assignee.availability is Availability.BUSY
    assert c.team is not None and c.team.name == "billing" and c.team.description == "" and c.team.is_member
    assert c.labels == ("vip", "شحن")
    assert c.updated_at == pytest.approx(1765705203.482913)  # the float, kept exactly
    assert c.first_reply_created_at is None and c.agent_last_seen_at is None  # 0 → never
    assert c.waiting_since == datetime.fromtimestamp(1765705300, UTC)
    assert c.channel is ChannelKind.WHATSAPP and c.muted is False and c.can_reply is True
    assert c.last_message is not None and c.last_message.id == 9002


def test_push_conversation_shape() -> None:
    c = d.decode_conversation(p.conversation_push())
    assert c.id == 43 and c.channel is ChannelKind.MESSENGER  # top-level `channel`
    assert c.status is ConversationStatus.SNOOZED and c.priority is Priority.URGENT
    assert c.snoozed_until == utc(2025, 12, 15, 6, 0)
    assert c.first_reply_created_at == utc(2025, 12, 14, 10, 0)  # ISO in push, int in REST
    assert c.assignee is None and c.team is None  # null rather than absent
    assert c.waiting_since is None and c.can_reply is False and c.muted is False
    assert c.last_message is not None and c.last_message.conversation_id == 43


def test_rest_conversation_absent_assignee_team_and_null_preview() -> None:
    data = p.conversation_rest(last_non_activity_message=None, messages=[p.message_rest(message_type=2)])
    del data["meta"]["assignee"], data["meta"]["assignee_type"], data["meta"]["team"]
    c = d.decode_conversation(data)
    assert c.assignee is None and c.team is None
    assert c.last_message is None  # REST's own preview field wins over messages[]


def test_preview_falls_back_to_non_activity_messages_when_field_missing() -> None:
    data = p.conversation_rest(messages=[p.message_rest(id=1), p.message_rest(id=2, message_type=2)])
    del data["last_non_activity_message"]
    c = d.decode_conversation(data)
    assert c.last_message is not None and c.last_message.id == 1


def test_push_team_is_id_and_name_only_and_bot_assignee() -> None:
    data = p.conversation_push()
    data["meta"]["team"] = {"id": 9, "name": "vip desk"}
    data["meta"]["assignee"] = {"id": 4, "name": "Souq bot", "avatar_url": "", "type": "agent_bot"}
    data["meta"]["assignee_type"] = "AgentBot"
    c = d.decode_conversation(data)
    assert c.team is not None and (c.team.id, c.team.name, c.team.allow_auto_assign) == (9, "vip desk", False)
    assert c.assignee is not None and c.assignee.kind is SenderKind.BOT and c.assignee.availability is None


def test_slim_bot_assignee_kind_comes_from_assignee_type() -> None:
    data = p.conversation_rest()
    data["meta"]["assignee"] = {"id": 4, "name": "bot", "description": "", "thumbnail": "", "outgoing_url": None,
                                "bot_type": "webhook"}
    data["meta"]["assignee_type"] = "AgentBot"
    assert d.decode_conversation(data).assignee.kind is SenderKind.BOT  # type: ignore[union-attr]


def test_updated_at_as_iso_string_and_int() -> None:
    assert d.decode_conversation(p.conversation_rest(updated_at="2025-12-14T09:40:03.5Z")).updated_at == \
        pytest.approx(utc(2025, 12, 14, 9, 40, 3).timestamp() + 0.5)
    assert d.decode_conversation(p.conversation_rest(updated_at=1765705203)).updated_at == 1765705203.0


def test_unknown_status_priority_and_channel_fall_back() -> None:
    data = p.conversation_rest(status="archived", priority="critical")
    data["meta"]["channel"] = "Channel::CarrierPigeon"
    c = d.decode_conversation(data)
    assert c.status is ConversationStatus.OPEN and c.priority is Priority.NONE
    assert c.channel is ChannelKind.OTHER  # decoded: no wire name past the api layer


def test_account_id_fallback_for_payloads_without_it() -> None:
    data = p.conversation_push()
    del data["account_id"]
    assert d.decode_conversation(data, account_id=7).account_id == 7
    with pytest.raises(MalformedResponse):
        d.decode_conversation(data)


def test_rest_message_without_sender_attachments_echo() -> None:
    m = d.decode_message(p.message_rest())
    assert m.sender is None and m.attachments == () and m.echo_id is None
    assert m.message_type is MessageType.OUTGOING and m.conversation_id == 42
    assert m.created_at == datetime.fromtimestamp(1765705203, UTC) and m.content == "تم الشحن"


def test_push_message_sender_attachment_reply() -> None:
    m = d.decode_message(p.message_push())
    assert m.sender is not None and m.sender.kind is SenderKind.CONTACT and m.sender.name == "منى علي"
    assert m.status is DeliveryStatus.DELIVERED and m.in_reply_to == 9001 and m.source_id == "wamid.HBgM"
    (a,) = m.attachments
    assert a.kind is AttachmentKind.IMAGE and (a.width, a.height, a.file_size) == (640, 480, 2048)
    assert a.extension is None


@pytest.mark.parametrize(("sender_type", "sender", "kind"), [
    ("User", {"id": 2, "name": "Ahmed", "avatar_url": "", "type": "user"}, SenderKind.USER),
    ("AgentBot", {"id": 4, "name": "bot", "avatar_url": "", "type": "agent_bot"}, SenderKind.BOT),
    ("Captain::Assistant", {"id": 5, "name": "captain"}, SenderKind.BOT),
    ("Contact", {"id": 6, "name": "c"}, SenderKind.CONTACT),
])
def test_sender_kinds(sender_type: str, sender: dict[str, object], kind: SenderKind) -> None:
    m = d.decode_message(p.message_push(sender_type=sender_type, sender=sender))
    assert m.sender is not None and m.sender.kind is kind


@pytest.mark.parametrize(("wire", "expected"), [
    (0, MessageType.INCOMING), (1, MessageType.OUTGOING), (2, MessageType.ACTIVITY), (3, MessageType.TEMPLATE),
    ("outgoing", MessageType.OUTGOING), ("1", MessageType.OUTGOING), (9, MessageType.ACTIVITY),
    ("hologram", MessageType.ACTIVITY),
])
def test_message_type_values(wire: object, expected: MessageType) -> None:
    assert d.decode_message(p.message_rest(message_type=wire)).message_type is expected


def test_message_quirks_echo_deleted_error_unknown_status() -> None:
    m = d.decode_message(p.message_rest(
        echo_id="tmp-1", status="weird", content=None,
        content_attributes={"deleted": True, "external_error": "131047: re-engagement", "in_reply_to": "x"},
    ))
    assert m.echo_id == "tmp-1" and m.status is DeliveryStatus.SENT and m.content == ""
    assert m.deleted and m.external_error == "131047: re-engagement" and m.in_reply_to is None
    assert d.decode_message(p.message_rest(status="failed")).status is DeliveryStatus.FAILED
    assert d.decode_message(p.message_rest(status="progress")).status is DeliveryStatus.PENDING


def test_attachment_kinds_fall_back_to_other() -> None:
    for file_type, kind in [("location", AttachmentKind.LOCATION), ("ig_reel", AttachmentKind.OTHER),
                            ("audio", AttachmentKind.AUDIO), (None, AttachmentKind.OTHER)]:
        a = d.decode_attachment({"id": 1, "file_type": file_type, "fallback_title": "Maadi", "data_url": None})
        assert a.kind is kind and a.title == "Maadi" and a.data_url == ""


def test_message_page_meta_and_has_more() -> None:
    body: dict[str, Any] = {"meta": {"labels": ["vip"], "contact": p.contact_push(), "agent_last_seen_at": None,
                     "assignee_last_seen_at": "2025-12-14T09:00:00.000Z"},
            "payload": [p.message_rest(id=i) for i in range(20, 0, -1)]}
    page = d.decode_message_page(body, full_page=20)
    assert [m.id for m in page.messages] == list(range(1, 21))  # ascending
    assert page.has_more_before and page.labels == ("vip",) and page.contact is not None
    body["payload"] = body["payload"][:5]
    assert not d.decode_message_page(body, full_page=20).has_more_before
    assert not d.decode_message_page({"payload": []}, full_page=None).has_more_before


@pytest.mark.parametrize(("wire", "expected"), [
    (1765705203, datetime.fromtimestamp(1765705203, UTC)),
    (1765705203.5, datetime.fromtimestamp(1765705203.5, UTC)),
    ("2025-12-15T06:00:00.000Z", utc(2025, 12, 15, 6)),
    ("2025-12-15T08:00:00+02:00", utc(2025, 12, 15, 6)),
    ("2025-12-15T06:00:00", utc(2025, 12, 15, 6)),
    ("1765705203", datetime.fromtimestamp(1765705203, UTC)),
    (0, None), (None, None), ("", None),
])
def test_timestamps(wire: object, expected: datetime | None) -> None:
    assert d.decode_conversation(p.conversation_rest(snoozed_until=wire)).snoozed_until == expected


@pytest.mark.parametrize("wire", ["tomorrow", True, [1], {"t": 1}, float("nan"), 10**30, "9999-99-99"])
def test_bad_timestamps_are_malformed(wire: object) -> None:
    with pytest.raises(MalformedResponse):
        d.decode_conversation(p.conversation_rest(snoozed_until=wire))


def test_user_and_workspaces() -> None:
    u = d.decode_user(p.user())
    assert u.default_workspace_id == 1 and u.available_name == "Mona" and u.avatar_url == ""
    one, two = u.workspaces
    assert one.role is Role.ADMINISTRATOR and one.availability is Availability.ONLINE
    assert one.availability_status is Availability.OFFLINE and one.active
    assert two.role is Role.AGENT and not two.active
    odd = d.decode_user(p.user(account_id=None, accounts=[p.workspace(role="custom", availability="away")]))
    assert odd.default_workspace_id is None
    assert odd.workspaces[0].role is Role.AGENT and odd.workspaces[0].availability is Availability.OFFLINE


@pytest.mark.parametrize(("channel_type", "medium", "kind"), [
    ("Channel::WebWidget", None, ChannelKind.WEB), ("Channel::FacebookPage", None, ChannelKind.MESSENGER),
    ("Channel::Instagram", None, ChannelKind.INSTAGRAM), ("Channel::Whatsapp", None, ChannelKind.WHATSAPP),
    ("Channel::Api", None, ChannelKind.API), ("Channel::Email", None, ChannelKind.EMAIL),
    ("Channel::TwilioSms", "sms", ChannelKind.SMS), ("Channel::TwilioSms", "whatsapp", ChannelKind.WHATSAPP),
    ("Channel::Sms", None, ChannelKind.SMS), ("Channel::Telegram", None, ChannelKind.TELEGRAM),
    ("Channel::Line", None, ChannelKind.OTHER), ("Channel::Voice", None, ChannelKind.OTHER),
])
def test_inbox_channel_kinds(channel_type: str, medium: str | None, kind: ChannelKind) -> None:
    inbox = d.decode_inbox(p.inbox(channel_type=channel_type, medium=medium))
    assert inbox.kind is kind


def test_counts_and_pages() -> None:
    counts = d.decode_counts({"mine_count": 2, "unassigned_count": 3, "all_count": 10})  # no assigned_count
    assert (counts.mine, counts.unassigned, counts.assigned, counts.all) == (2, 3, 7, 10)
    page = d.decode_conversation_page({"data": {"meta": {"mine_count": 1, "assigned_count": 1,
                                                          "unassigned_count": 0, "all_count": 1},
                                                 "payload": [p.conversation_rest()]}})
    assert page.counts.assigned == 1 and len(page.conversations) == 1 and not page.has_more
    unwrapped = d.decode_conversation_page({"meta": {"all_count": 1}, "payload": [p.conversation_push()]})
    assert unwrapped.conversations[0].id == 43


def test_contact_rest_and_push() -> None:
    rest = d.decode_contact(p.contact_rest())
    assert rest.custom_attributes == {"tier": "gold"} and rest.phone_number is None
    push = d.decode_contact(p.contact_push())
    assert push.phone_number == "+201001234567" and push.email is None and push.thumbnail == ""


def test_lookups() -> None:
    load = d.decode_agent_load({"id": 2, "name": "Ahmed", "email": "a@x", "thumbnail": "",
                                "availability": "online", "metric": {"open": 5, "unattended": 1}})
    assert (load.open_count, load.unattended_count, load.availability) == (5, 1, Availability.ONLINE)
    label = d.decode_label({"id": 1, "title": "vip", "description": None, "color": None, "show_on_sidebar": None})
    assert label.color == "#1f93ff" and label.show_on_sidebar and label.description == ""
    reply = d.decode_saved_reply({"id": 1, "account_id": 1, "short_code": "hi", "content": "أهلاً",
                                  "created_at": "2025-03-02T08:20:41.117Z", "updated_at": "2025-03-02T08:20:41.117Z"})
    assert reply.short_code == "hi"


@pytest.mark.parametrize("value", [
    None, [], "x", 3, {"id": "abc"}, {"meta": {}}, {"meta": {"sender": None}, "id": 1, "inbox_id": 1},
])
def test_garbage_conversations_are_malformed(value: object) -> None:
    with pytest.raises(MalformedResponse):
        d.decode_conversation(value)


def test_fast_constructors_build_the_same_domain_objects() -> None:
    """The decoders build domain objects with `wire.constructor` (slots filled directly): the objects must be
    those the dataclass's own __init__ builds — every field set, equal, same hash and repr."""
    for value in (d.decode_conversation(p.conversation_rest()), d.decode_conversation(p.conversation_push()),
                  d.decode_message(p.message_push()), d.decode_contact(p.contact_rest())):
        rebuilt = dataclasses.replace(value)  # runs the generated __init__ with every field
        assert rebuilt == value and repr(rebuilt) == repr(value)
        for field in dataclasses.fields(value):
            assert getattr(rebuilt, field.name) == getattr(value, field.name)
    message = d.decode_message(p.message_push())
    assert hash(message.sender) == hash(dataclasses.replace(message.sender))  # type: ignore[arg-type]
    make = constructor(Team)
    assert make(1, "a", "", False, True) == Team(1, "a", is_member=True)
    with pytest.raises(TypeError):
        make(1, "a")  # every field is required

    @dataclasses.dataclass(frozen=True)
    class Loose:
        x: int

    with pytest.raises(TypeError):
        constructor(Loose)
