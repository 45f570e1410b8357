"""Managed configuration: every setting IT can preset or lock, in one table, and where its value comes from.

Sources, strongest first (`Source`):
1. `policy` — the machine policy: `[policy]` of the system INI (`/etc/xdg/SouqDesk/SouqDesk.ini` on Linux
   and macOS, or the file named by `SOUQDESK_SYSTEM_CONFIG`), on
   Windows the registry key `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\SouqDesk\\policy` (read through
   QSettings; the MSI writes it). A key set here is locked: the user cannot change it, Preferences shows it
   locked.
2. `user` — the user's own settings file (Preferences).
3. `environment` — the key's environment variable (one machine, one service account, a test).
4. `preset` — `[defaults]` of the system INI (Windows: `...\\Policies\\SouqDesk\\defaults`).
5. `default` — the built-in default below.

`KEYS` is the table the README's "Managed configuration" section documents (tests/system/test_managed.py
keeps the two in step). Keys marked `user_setting=False` are read from policy, environment and presets
only (there is no user control for them).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Source(StrEnum):
    POLICY = "policy"
    USER = "user"
    ENVIRONMENT = "environment"
    PRESET = "preset"
    DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Key:
    """One managed (policy) setting."""

    name: str  # the user settings key, and the key under [policy] / [defaults]
    default: str | bool
    env: str | None
    summary: str
    user_setting: bool = True  # does the user have a control for it (Preferences, sign-in)?

    @property
    def is_bool(self) -> bool:
        return isinstance(self.default, bool)


KEYS: tuple[Key, ...] = (
    Key("server_url", "", "SOUQDESK_SERVER_URL", "Chatwoot server address; a policy value fixes it on the "
        "sign-in screen (`lock_server_url=true` locks a preset one)"),
    Key("lock_server_url", False, None, "lock the server address to the preset (environment/[defaults])",
        user_setting=False),
    Key("allow_remember", True, None, "offer \"Keep me signed in\" (the session in the OS keyring)",
        user_setting=False),
    Key("language", "system", "SOUQDESK_LANGUAGE", "interface language: system, en or ar"),
    Key("notifications/mine", True, None, "desktop notification for new messages assigned to me"),
    Key("notifications/unassigned", True, None, "desktop notification for new unassigned conversations"),
    Key("composer/enter_sends", True, None, "Enter sends the reply"),
    Key("window/close_to_tray", False, None, "closing the window keeps the app in the tray"),
    Key("update_check", True, "SOUQDESK_UPDATE_CHECK", "check the update feed at start (never installs)",
        user_setting=False),
    Key("update_feed_url", "", "SOUQDESK_UPDATE_FEED", "the JSON update feed (none: no check)",
        user_setting=False),
    Key("proxy", "system", "SOUQDESK_PROXY", "system (HTTPS_PROXY/ALL_PROXY/NO_PROXY), none, or a proxy URL "
        "(http://, https://, socks5://) for REST, websocket and order systems", user_setting=False),
    Key("extra_ca_file", "", "SOUQDESK_EXTRA_CA", "a PEM file of extra CA certificates trusted on top of the "
        "OS trust store (a TLS-inspecting proxy's CA)", user_setting=False),
    Key("orders_file", "", "SOUQDESK_ORDERS_FILE", "the order-system settings file (JSON, no secret); empty: "
        "orders.json in the user's data folder; the secret is per user in the keyring", user_setting=False),
    Key("log_level", "INFO", "SOUQDESK_LOG_LEVEL", "DEBUG, INFO, WARNING or ERROR", user_setting=False),
)
BY_NAME = {key.name: key for key in KEYS}

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
