"""Wire payloads written from the contract (chatwoot-contract.md §3-§12), one per shape, used by the decoder
tests and as seeds for the fuzzers. Each builder returns a fresh dict, so tests may mutate it."""

from __future__ import annotations

from typing import Any


def contact_push() -> dict[str, Any]:  # §9.2
    return {
        "additional_attributes": {"city": "Cairo"}, "custom_attributes": {}, "email": None, "id": 501,
        "identifier": None, "name": "منى علي", "phone_number": "+201001234567", "thumbnail": "",
        "blocked": False, "type": "contact",
    }


def contact_rest() -> dict[str, Any]:  # §9.1 with contact_inboxes
    return {
        "additional_attributes": {"company_name": "Souq"}, "availability_status": "offline",
        "email": "mona@example.com", "id": 502, "name": "Mona", "phone_number": None, "blocked": False,
        "identifier": None, "thumbnail": "https://chat.example/rails/active_storage/x.png",
        "custom_attributes": {"tier": "gold"}, "created_at": 1765000000,
        "contact_inboxes": [{"source_id": "abc", "inbox": {"id": 3, "avatar_url": "", "channel_id": 1,
                                                           "name": "WA", "channel_type": "Channel::Whatsapp",
                                                           "provider": "whatsapp_cloud"}}],
    }


def user_push() -> dict[str, Any]:  # §10.2
    return {"id": 2, "name": "Ahmed Hassan", "available_name": "Ahmed", "avatar_url": "", "type": "user",
            "availability_status": None, "thumbnail": ""}


def agent() -> dict[str, Any]:  # §10.1
    return {"id": 7, "account_id": 1, "availability_status": "busy", "auto_offline": True, "confirmed": True,
            "email": "sara@example.com", "provider": "email", "available_name": "Sara", "name": "Sara K",
            "role": "agent", "thumbnail": ""}


def message_rest(**changes: Any) -> dict[str, Any]:  # §6.2 (no sender, no attachments, no echo_id)
    data: dict[str, Any] = {
        "id": 9001, "content": "تم الشحن", "inbox_id": 3, "conversation_id": 42, "message_type": 1,
        "content_type": "text", "status": "sent", "content_attributes": {}, "created_at": 1765705203,
        "private": False, "source_id": None,
    }
    data.update(changes)
    return data


def message_push(**changes: Any) -> dict[str, Any]:  # §6.3
    data: dict[str, Any] = {
        "id": 9002, "content": "hello", "account_id": 1, "inbox_id": 3, "conversation_id": 42,
        "message_type": 0, "created_at": 1765705300, "updated_at": "2025-12-14T09:41:40.120Z",
        "private": False, "status": "delivered", "source_id": "wamid.HBgM", "content_type": "text",
        "content_attributes": {"in_reply_to": 9001}, "sender_type": "Contact", "sender_id": 501,
        "external_source_ids": {}, "additional_attributes": {}, "processed_message_content": "hello",
        "sentiment": {}, "conversation": {"assignee_id": 2, "unread_count": 1, "last_activity_at": 1765705300,
                                          "contact_inbox": {"source_id": "abc"}},
        "attachments": [{"id": 77, "message_id": 9002, "file_type": "image", "account_id": 1,
                         "extension": None, "data_url": "https://chat.example/rails/active_storage/blobs/x",
                         "thumb_url": "https://chat.example/rails/active_storage/t", "file_size": 2048,
                         "width": 640, "height": 480}],
        "sender": contact_push(),
    }
    data.update(changes)
    return data


def conversation_rest(**changes: Any) -> dict[str, Any]:  # §4.2
    data: dict[str, Any] = {
        "meta": {"sender": {k: v for k, v in contact_rest().items() if k != "contact_inboxes"},
                 "channel": "Channel::Whatsapp", "assignee": agent(), "assignee_type": "User",
                 "team": {"id": 4, "name": "billing", "description": None, "allow_auto_assign": True,
                          "account_id": 1, "is_member": True},
                 "hmac_verified": None},
        "id": 42, "messages": [message_push()], "account_id": 1, "uuid": "c0ffee",
        "additional_attributes": {}, "agent_last_seen_at": 0, "assignee_last_seen_at": 1765705000,
        "contact_last_seen_at": 0, "can_reply": True, "custom_attributes": {}, "inbox_id": 3,
        "labels": ["vip", "شحن"], "muted": False, "snoozed_until": None, "status": "open",
        "created_at": 1765000000, "updated_at": 1765705203.482913, "timestamp": 1765705300,
        "first_reply_created_at": 0, "unread_count": 1, "last_non_activity_message": message_push(),
        "last_activity_at": 1765705300, "priority": None, "waiting_since": 1765705300, "sla_policy_id": None,
    }
    data.update(changes)
    return data


def conversation_push(**changes: Any) -> dict[str, Any]:  # §11.3
    data: dict[str, Any] = {
        "additional_attributes": {}, "can_reply": False, "channel": "Channel::FacebookPage",
        "contact_inbox": {"id": 1, "contact_id": 501, "inbox_id": 3, "source_id": "abc",
                          "created_at": "2025-12-01T00:00:00.000Z", "updated_at": "2025-12-01T00:00:00.000Z",
                          "hmac_verified": False, "pubsub_token": "t"},
        "id": 43, "inbox_id": 3, "messages": [message_push(conversation_id=43)], "labels": [],
        "meta": {"sender": contact_push(), "assignee": None, "assignee_type": None, "team": None,
                 "hmac_verified": False},
        "status": "snoozed", "custom_attributes": {}, "snoozed_until": "2025-12-15T06:00:00.000Z",
        "unread_count": 0, "first_reply_created_at": "2025-12-14T10:00:00.000Z", "priority": "urgent",
        "waiting_since": 0, "agent_last_seen_at": 1765705000, "contact_last_seen_at": 0,
        "last_activity_at": 1765705300, "timestamp": 1765705300, "created_at": 1765000000,
        "updated_at": 1765705303.5, "account_id": 1,
    }
    data.update(changes)
    return data


def workspace(**changes: Any) -> dict[str, Any]:  # §3.1 accounts[]
    data: dict[str, Any] = {"id": 1, "name": "Customer support", "status": "active",
                            "active_at": "2025-03-02T08:20:41.117Z", "role": "administrator",
                            "permissions": ["administrator"], "availability": "online",
                            "availability_status": "offline", "auto_offline": True,
                            "custom_role_id": None, "custom_role": None}
    data.update(changes)
    return data


def user(**changes: Any) -> dict[str, Any]:  # §3.1
    data: dict[str, Any] = {
        "access_token": "tok", "account_id": 1, "available_name": "Mona", "avatar_url": "", "confirmed": True,
        "display_name": None, "message_signature": None, "email": "mona@example.com", "id": 1,
        "inviter_id": None, "name": "Mona", "provider": "email", "pubsub_token": "p" * 24, "role": "administrator",
        "ui_settings": {}, "uid": "mona@example.com", "type": None,
        "accounts": [workspace(), workspace(id=2, name="Ops", role="agent", status="suspended",
                                            availability="busy", availability_status="busy")],
    }
    data.update(changes)
    return data


def inbox(**changes: Any) -> dict[str, Any]:  # §8.1 (subset of keys)
    data: dict[str, Any] = {"id": 3, "avatar_url": "", "channel_id": 1, "name": "WhatsApp Sales",
                            "channel_type": "Channel::Whatsapp", "phone_number": "+201000000000",
                            "provider": "whatsapp_cloud", "greeting_enabled": False, "working_hours": []}
    data.update(changes)
    return data


def all_samples() -> dict[str, Any]:
    return {
        "contact_push": contact_push(), "contact_rest": contact_rest(), "user_push": user_push(),
        "agent": agent(), "message_rest": message_rest(), "message_push": message_push(),
        "conversation_rest": conversation_rest(), "conversation_push": conversation_push(),
        "user": user(), "inbox": inbox(),
    }
