"""User settings over QSettings: a versioned schema (migrated by `settings_migrations`), and IT-managed
presets.

Where the values come from, strongest first (every managed key is listed in `desktop.system.managed`):
1. IT policy: `[policy]` of the system INI (`/etc/xdg/SouqDesk/SouqDesk.ini` on Linux and macOS, or the
   file named by env `SOUQDESK_SYSTEM_CONFIG`); on
   Windows the machine policy registry key `HKLM/SOFTWARE/Policies/SouqDesk` through QSettings. A policy
   value locks the setting.
2. The user's own settings file: `$SOUQDESK_HOME/settings.ini` when that variable is set (tests,
   portable installs), otherwise Qt's per-user location.
3. The key's environment variable (e.g. `SOUQDESK_SERVER_URL`), then `[defaults]` of the system store.

No secret is ever stored here (secrets live in the OS keyring only).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.system.managed import BY_NAME, KEYS, LOG_LEVELS, Source
from desktop.system.settings_migrations import migrate, to_bool

ORGANISATION = "SouqDesk"
APPLICATION = "SouqDesk"
WINDOWS_POLICY_KEY = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\SouqDesk"


def user_settings_path(env: Mapping[str, str] = os.environ) -> Path | None:
    home = env.get("SOUQDESK_HOME")
    return Path(home) / "settings.ini" if home else None


def open_user_store(env: Mapping[str, str] = os.environ) -> QSettings:
    path = user_settings_path(env)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def open_system_store(env: Mapping[str, str] = os.environ) -> QSettings | None:
    """The IT-managed INI, or None when there is none."""
    explicit = env.get("SOUQDESK_SYSTEM_CONFIG")
    if explicit:
        return QSettings(explicit, QSettings.Format.IniFormat) if Path(explicit).exists() else None
    if env.get("SOUQDESK_HOME"):
        return None  # isolated (tests, portable): never read the machine's policy
    if sys.platform == "win32":  # the machine policy key the MSI (or Group Policy) writes
        policy = QSettings(WINDOWS_POLICY_KEY, QSettings.Format.NativeFormat)
        return policy if policy.childGroups() else None
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, ORGANISATION, APPLICATION)
    return store if Path(store.fileName()).exists() else None


def _same(stored: object, value: object) -> bool:
    """The stored value is `value` (an INI file gives numbers back as text)."""
    if stored == value:
        return True
    return isinstance(stored, str) and isinstance(value, int) and not isinstance(value, bool) and stored == str(value)


class Settings:
    """Typed access to the settings the app uses. Values are written through at once."""

    def __init__(
        self,
        store: QSettings | None = None,
        system: QSettings | None = None,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        self._store = store if store is not None else open_user_store(env)
        self._system = system if system is not None else open_system_store(env)
        self._env = env
        migrate(self._store)

    @property
    def qsettings(self) -> QSettings:
        """The user's QSettings (for stores of other features: shortcuts, resolve policies)."""
        return self._store

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def _system_value(self, key: str) -> object:
        return self._system.value(key) if self._system is not None else None

    def _get(self, key: str, default: object = None) -> object:
        return self._store.value(key, default)

    def _set(self, key: str, value: object) -> None:
        if self._store.contains(key) and _same(self._store.value(key), value):
            return  # unchanged: a write rewrites the file (locked, synced: ~5-10 ms of disk I/O at a start)
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    # -- managed keys: policy > user > environment > preset > default ----------------------------------
    def resolve(self, name: str) -> tuple[str | bool, Source]:
        """The effective value of a managed key and where it came from."""
        key = BY_NAME[name]
        candidates: list[tuple[object, Source]] = [(self._system_value(f"policy/{name}"), Source.POLICY)]
        if key.user_setting:
            candidates.append((self._get(name), Source.USER))
        if key.env:
            candidates.append((self._env.get(key.env), Source.ENVIRONMENT))
        candidates.append((self._system_value(f"defaults/{name}"), Source.PRESET))
        for raw, source in candidates:
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            if key.is_bool:
                return to_bool(raw, bool(key.default)), source
            return str(raw).strip(), source
        return key.default, Source.DEFAULT

    def value(self, name: str) -> str | bool:
        return self.resolve(name)[0]

    def is_locked(self, name: str) -> bool:
        """IT set this key by policy: the user cannot change it."""
        if name == "server_url":
            return self.server_locked
        return self.resolve(name)[1] is Source.POLICY

    def effective(self) -> list[tuple[str, str | bool, Source]]:
        """Every managed key with its value and source (diagnostics; holds no secret)."""
        return [(key.name, *self.resolve(key.name)) for key in KEYS]

    # -- server and policy ---------------------------------------------------------------------------
    @property
    def server_locked(self) -> bool:
        """IT fixed the server address: the sign-in screen shows it read-only."""
        if self._system_value("policy/server_url"):
            return True
        return bool(self.value("lock_server_url")) and bool(self.preset_server_url)

    @property
    def allow_remember(self) -> bool:
        return bool(self.value("allow_remember"))

    @property
    def preset_server_url(self) -> str:
        return str(
            self._system_value("policy/server_url")
            or self._env.get("SOUQDESK_SERVER_URL")
            or self._system_value("defaults/server_url")
            or ""
        ).strip()

    @property
    def server_url(self) -> str:
        if self.server_locked:
            return self.preset_server_url
        return str(self._get("server_url", "") or self.preset_server_url)

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._set("server_url", value.strip())

    # -- preferences ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """'system', 'en' or 'ar'."""
        return str(self.value("language"))

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    def _flag(self, key: str, default: bool) -> bool:
        return bool(self.value(key))

    @property
    def notify_mine(self) -> bool:
        return self._flag("notifications/mine", True)

    @notify_mine.setter
    def notify_mine(self, value: bool) -> None:
        self._set("notifications/mine", bool(value))

    @property
    def notify_unassigned(self) -> bool:
        return self._flag("notifications/unassigned", True)

    @notify_unassigned.setter
    def notify_unassigned(self, value: bool) -> None:
        self._set("notifications/unassigned", bool(value))

    @property
    def enter_sends(self) -> bool:
        return self._flag("composer/enter_sends", True)

    @enter_sends.setter
    def enter_sends(self, value: bool) -> None:
        self._set("composer/enter_sends", bool(value))

    # -- IT-only keys (no user control) --------------------------------------------------------------
    @property
    def update_check(self) -> bool:
        return bool(self.value("update_check"))

    @property
    def update_feed_url(self) -> str:
        return str(self.value("update_feed_url"))

    @property
    def proxy(self) -> str:
        """'system', 'none' or a proxy URL."""
        return str(self.value("proxy"))

    @property
    def extra_ca_file(self) -> str:
        return str(self.value("extra_ca_file"))

    @property
    def orders_file(self) -> str:
        return str(self.value("orders_file"))

    @property
    def log_level(self) -> str:
        level = str(self.value("log_level")).upper()
        return level if level in LOG_LEVELS else "INFO"

    @property
    def close_to_tray(self) -> bool:
        return self._flag("window/close_to_tray", False)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._set("window/close_to_tray", bool(value))

    @property
    def last_workspace_id(self) -> int | None:
        value = self._get("session/last_workspace_id")
        try:
            return int(str(value)) if value not in (None, "") else None
        except ValueError:
            return None

    @last_workspace_id.setter
    def last_workspace_id(self, value: int | None) -> None:
        self._set("session/last_workspace_id", "" if value is None else int(value))

    # -- window --------------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)
