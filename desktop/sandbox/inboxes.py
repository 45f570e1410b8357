"""The Inbox object (contract §8.1): every common key, the widget keys (null outside the web widget), the
channel-specific keys (WhatsApp `message_templates`, Facebook `page_id`, ...) and administrator-only
secrets."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.sandbox import db

WORKING_HOURS = [  # 9 am to 11 pm daily, Fridays (day 5) from 2 pm, as the saved replies say
    {"day_of_week": day, "closed_all_day": False, "open_hour": 14 if day == 5 else 9, "open_minutes": 0,
     "close_hour": 23, "close_minutes": 0, "open_all_day": False}
    for day in range(7)
]

WHATSAPP_TEMPLATES = [
    {"name": "order_update", "status": "APPROVED", "category": "UTILITY", "language": "ar", "id": "1029384756",
     "components": [{"type": "BODY", "text": "أهلاً {{1}}، الأوردر {{2}} حالته دلوقتي: {{3}}",
                     "example": {"body_text": [["محمد", "SD-104233", "في الطريق"]]}}],
     "parameter_format": "POSITIONAL"},
    {"name": "we_miss_you", "status": "APPROVED", "category": "MARKETING", "language": "ar", "id": "1029384757",
     "components": [{"type": "BODY", "text": "وحشتنا يا {{1}}! استخدم كود {{2}} وخد خصم 15% على أوردرك الجاي"}],
     "parameter_format": "POSITIONAL"},
    {"name": "restock_alert", "status": "APPROVED", "category": "MARKETING", "language": "en", "id": "1029384758",
     "components": [{"type": "BODY", "text": "Good news {{1}}! {{2}} is back in stock."}],
     "parameter_format": "POSITIONAL"},
]


def inbox_object(row: sqlite3.Row, *, admin: bool) -> dict[str, Any]:
    kind = str(row["channel_type"])
    extra = db.loads(row["extra"], {})
    widget = kind == "Channel::WebWidget"
    out: dict[str, Any] = {
        "id": row["id"], "avatar_url": "", "channel_id": row["channel_id"], "name": row["name"], "channel_type": kind,
        "greeting_enabled": widget, "greeting_message": "أهلاً بيك في سوق ديلز 👋" if widget else None,
        "working_hours_enabled": kind != "Channel::Api", "enable_email_collect": widget,
        "csat_survey_enabled": kind != "Channel::Api", "csat_config": {},
        "enable_auto_assignment": True, "auto_assignment_config": {},
        "out_of_office_message": "إحنا خارج مواعيد العمل دلوقتي، هنرد عليك أول ما نرجع." if kind != "Channel::Api" else None,
        "working_hours": WORKING_HOURS, "timezone": "Africa/Cairo", "callback_webhook_url": None,
        "allow_messages_after_resolved": True, "lock_to_single_conversation": kind == "Channel::Whatsapp",
        "sender_name_type": "friendly", "business_name": "SouqDeals",
        "allowed_domains": "souqdeals.example" if widget else None, "widget_color": "#25D366" if widget else None,
        "website_url": "https://souqdeals.example" if widget else None, "hmac_mandatory": False if widget else None,
        "welcome_title": "Hi there ! 🙌🏼" if widget else None,
        "welcome_tagline": "We make it simple to connect with us." if widget else None,
        "web_widget_script": f"<script>window.chatwootSettings={{}};/* {extra.get('website_token')} */</script>"
        if widget else None,
        "website_token": extra.get("website_token") if widget else None,
        "selected_feature_flags": ["attachments", "emoji_picker", "end_conversation"] if widget else None,
        "reply_time": "in_a_few_minutes" if widget else None,
        "messaging_service_sid": None, "phone_number": row["phone_number"], "provider": row["provider"],
    }
    if widget:
        out.update({"pre_chat_form_enabled": False, "pre_chat_form_options": {"pre_chat_message": "", "pre_chat_fields": []},
                    "continuity_via_email": True})
    elif kind == "Channel::FacebookPage":
        out.update({"page_id": extra.get("page_id"), "reauthorization_required": False})
    elif kind == "Channel::Instagram":
        out.update({"reauthorization_required": False, "instagram_id": extra.get("instagram_id")})
    elif kind == "Channel::Api":
        out.update({"webhook_url": None, "inbox_identifier": extra.get("inbox_identifier"),
                    "additional_attributes": {}})
    elif kind == "Channel::Whatsapp":
        out.update({"message_templates": WHATSAPP_TEMPLATES, "reauthorization_required": False})
    if admin:
        if widget or kind == "Channel::Api":
            out["hmac_token"] = extra.get("hmac_token")
        if kind == "Channel::Whatsapp":
            out["provider_config"] = {"api_key": extra.get("api_key"), "phone_number_id": f"10{row['id']}9988776655",
                                      "business_account_id": f"20{row['id']}1122334455"}
    return out
