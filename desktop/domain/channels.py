"""The channel kind of an inbox from Chatwoot's channel type name (`Channel::Whatsapp` → WHATSAPP)."""

from __future__ import annotations

from desktop.domain.models import ChannelKind

_CHANNEL_KINDS = {
    "channel::webwidget": ChannelKind.WEB,
    "channel::facebookpage": ChannelKind.MESSENGER,
    "channel::instagram": ChannelKind.INSTAGRAM,
    "channel::whatsapp": ChannelKind.WHATSAPP,
    "channel::api": ChannelKind.API,
    "channel::email": ChannelKind.EMAIL,
    "channel::twiliosms": ChannelKind.SMS,
    "channel::sms": ChannelKind.SMS,
    "channel::telegram": ChannelKind.TELEGRAM,
}


def channel_kind(channel_type: str, medium: str | None = None) -> ChannelKind:
    """`Channel::Whatsapp` → WHATSAPP …; Twilio's WhatsApp medium is WhatsApp; unknown types → OTHER."""
    kind = _CHANNEL_KINDS.get(channel_type.strip().lower(), ChannelKind.OTHER)
    if kind is ChannelKind.SMS and (medium or "").lower() == "whatsapp":
        return ChannelKind.WHATSAPP
    return kind
