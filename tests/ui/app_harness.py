"""Builds the real app (`desktop.app.Desktop`) for UI tests and screenshots: real session service,
keyring credential store (in-memory backend from tests/conftest), JSON storage under the test's
SOUQDESK_HOME, real REST and realtime clients against the sandbox. Only the OS notification centre
is replaced (a recorder), as the brief allows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.app import Desktop, build_conversation_pane
from desktop.system import paths
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.settings import Settings
from desktop.system.storage import JsonFileStorage


class RecordingNotifications:
    """Stands in for the OS notification centre: records what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def show(self, title: str, body: str) -> None:
        self.shown.append((title, body))


def build_desktop(qtbot: Any, *, with_pane: bool = True, **kwargs: Any) -> tuple[Desktop, RecordingNotifications]:
    backend = RecordingNotifications()
    desktop = Desktop(
        Settings(), KeyringCredentialStore(), JsonFileStorage(paths.data_dir()),
        notification_backend=backend, pane_factory=build_conversation_pane if with_pane else None, **kwargs,
    )
    qtbot.addWidget(desktop.window)
    qtbot.addWidget(desktop.sign_in_window)
    return desktop, backend


def shut(aloop: Any, desktop: Desktop) -> None:
    aloop.run(desktop.shutdown(), timeout=20)


def artifacts_dir() -> Path:
    folder = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
