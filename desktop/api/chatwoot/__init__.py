"""Chatwoot Application API: REST client, ActionCable realtime client, wire decoding."""
