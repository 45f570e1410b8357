"""The realtime connection's state, as the realtime client reports it and the status bar shows it. Its own
module: the main window needs it before the first paint, without the realtime event classes."""

from __future__ import annotations

import enum


class ConnectionState(enum.StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
