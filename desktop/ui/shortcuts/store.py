"""Persisted shortcut overrides in a QSettings group ("shortcuts/<action id>" = portable key text).

Only differences from the defaults are stored; an empty value means the user unbound the action.
The settings object is injected (app.py passes the app's QSettings; tests pass one on a temp file).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

GROUP = "shortcuts"


class QSettingsShortcutStore:
    """Implements `desktop.ui.actions.ShortcutStore` over a QSettings group."""

    def __init__(self, settings: QSettings, group: str = GROUP) -> None:
        self._settings = settings
        self._group = group

    def overrides(self) -> dict[str, str]:
        self._settings.beginGroup(self._group)
        try:
            result: dict[str, str] = {}
            for key in self._settings.childKeys():
                value = self._settings.value(key, "")
                result[_decode(key)] = value if isinstance(value, str) else ""
            return result
        finally:
            self._settings.endGroup()

    def save(self, action_id: str, shortcut: str) -> None:
        self._settings.setValue(f"{self._group}/{_encode(action_id)}", shortcut)
        self._settings.sync()

    def clear(self, action_id: str) -> None:
        self._settings.remove(f"{self._group}/{_encode(action_id)}")
        self._settings.sync()


def _encode(action_id: str) -> str:
    # QSettings treats "/" as a group separator; action ids use dots, keep them readable.
    return action_id.replace("/", "_")


def _decode(key: str) -> str:
    return key
