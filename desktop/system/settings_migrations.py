"""The user settings file's schema version and the migrations that bring an older file up to it.

`migrate(store)` runs at every start (`Settings`): each step takes the store at version N and leaves it at
N + 1; a file written by a newer version is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

SCHEMA_VERSION = 3


def to_bool(value: object, default: bool) -> bool:
    """A stored or preset switch: QSettings gives back "true"/"false" text from INI files."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _v0_to_v1(store: QSettings) -> None:
    """0.0 kept the server as `server` and the language as `ui/lang`."""
    if store.contains("server") and not store.contains("server_url"):
        store.setValue("server_url", store.value("server"))
    store.remove("server")
    if store.contains("ui/lang"):
        store.setValue("language", store.value("ui/lang"))
        store.remove("ui/lang")


def _v1_to_v2(store: QSettings) -> None:
    """One `notifications` switch became two (Mine, Unassigned)."""
    if store.contains("notifications"):
        enabled = to_bool(store.value("notifications"), True)
        store.remove("notifications")  # first: remove() also drops the group of the same name
        store.setValue("notifications/mine", enabled)
        store.setValue("notifications/unassigned", enabled)


def _v2_to_v3(store: QSettings) -> None:
    """`send_on_enter` was renamed `composer/enter_sends`."""
    if store.contains("send_on_enter"):
        store.setValue("composer/enter_sends", to_bool(store.value("send_on_enter"), True))
        store.remove("send_on_enter")


MIGRATIONS: dict[int, Callable[[QSettings], None]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


def migrate(store: QSettings) -> int:
    """Bring `store` to SCHEMA_VERSION; returns the version it started at. Newer files are left alone."""
    try:
        start = int(str(store.value("schema_version", 0)))
    except ValueError:
        start = 0
    version = start
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](store)
        version += 1
    if version != start:
        store.setValue("schema_version", version)
        store.sync()
    return start
