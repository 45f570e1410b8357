"""Helpers for the sandbox tests: authenticated httpx clients and the contract's key sets (chatwoot-contract.md),
so the tests check the server's shapes against the contract rather than against its own serializers."""

from __future__ import annotations

import re
from typing import Any

import httpx

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

USER_KEYS = ["access_token", "account_id", "available_name", "avatar_url", "confirmed", "display_name",
             "message_signature", "email", "id", "inviter_id", "name", "provider", "pubsub_token", "role",
             "ui_settings", "uid", "type", "accounts"]  # + custom_attributes only when non-empty (§3.1)
ACCOUNT_KEYS = {"id", "name", "status", "active_at", "role", "permissions", "availability", "availability_status",
                "auto_offline", "custom_role_id", "custom_role"}
CONVERSATION_KEYS = ["meta", "id", "messages", "account_id", "uuid", "additional_attributes", "agent_last_seen_at",
                     "assignee_last_seen_at", "can_reply", "contact_last_seen_at", "custom_attributes", "inbox_id",
                     "labels", "muted", "snoozed_until", "status", "created_at", "updated_at", "timestamp",
                     "first_reply_created_at", "unread_count", "last_non_activity_message", "last_activity_at",
                     "priority", "waiting_since", "sla_policy_id"]
PUSH_CONVERSATION_KEYS = {"additional_attributes", "can_reply", "channel", "contact_inbox", "id", "inbox_id",
                          "messages", "labels", "meta", "status", "custom_attributes", "snoozed_until",
                          "unread_count", "first_reply_created_at", "priority", "waiting_since",
                          "agent_last_seen_at", "contact_last_seen_at", "last_activity_at", "timestamp",
                          "created_at", "updated_at", "account_id"}
CONTACT_REST_KEYS = {"additional_attributes", "availability_status", "email", "id", "name", "phone_number",
                     "blocked", "identifier", "thumbnail", "custom_attributes", "created_at"}  # + last_activity_at
CONTACT_PUSH_KEYS = {"additional_attributes", "custom_attributes", "email", "id", "identifier", "name",
                     "phone_number", "thumbnail", "blocked", "type"}
AGENT_KEYS = {"id", "account_id", "availability_status", "auto_offline", "confirmed", "email", "provider",
              "available_name", "name", "role", "thumbnail", "custom_role_id"}
USER_PUSH_KEYS = {"id", "name", "available_name", "avatar_url", "type", "availability_status", "thumbnail"}
MESSAGE_REST_REQUIRED = ["id", "content", "inbox_id", "conversation_id", "message_type", "content_type", "status",
                         "content_attributes", "created_at", "private", "source_id"]
MESSAGE_PUSH_COLUMNS = ["id", "content", "account_id", "inbox_id", "conversation_id", "message_type", "created_at",
                        "updated_at", "private", "status", "source_id", "content_type", "content_attributes",
                        "sender_type", "sender_id", "external_source_ids", "additional_attributes",
                        "processed_message_content", "sentiment", "conversation"]
INBOX_KEYS = {"id", "avatar_url", "channel_id", "name", "channel_type", "greeting_enabled", "greeting_message",
              "working_hours_enabled", "enable_email_collect", "csat_survey_enabled", "csat_config",
              "enable_auto_assignment", "auto_assignment_config", "out_of_office_message", "working_hours",
              "timezone", "callback_webhook_url", "allow_messages_after_resolved", "lock_to_single_conversation",
              "sender_name_type", "business_name", "allowed_domains", "widget_color", "website_url",
              "hmac_mandatory", "welcome_title", "welcome_tagline", "web_widget_script", "website_token",
              "selected_feature_flags", "reply_time", "messaging_service_sid", "phone_number", "provider"}
NOT_AUTHORIZED = {"error": "You are not authorized to do this action"}


def client(sandbox: Any, who: str, **kwargs: Any) -> httpx.Client:
    """An httpx client for a seeded user (by e-mail local part) using the personal access token."""
    user = sandbox.users[who]
    return httpx.Client(base_url=sandbox.url, headers={"api_access_token": user.token}, timeout=10, **kwargs)


def anonymous(sandbox: Any) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, timeout=10)


def conversations(c: httpx.Client, account_id: int, **query: Any) -> dict[str, Any]:
    response = c.get(f"/api/v1/accounts/{account_id}/conversations", params=query)
    assert response.status_code == 200, response.text
    return dict(response.json()["data"])


def is_epoch_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
