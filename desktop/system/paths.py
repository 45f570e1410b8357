"""Where the app keeps its files, and where its bundled resources are.

Per-user data (outbox, drafts, cache, logs) lives under one home folder: `$SOUQDESK_HOME` when set (tests,
portable installs, IT presets), otherwise Qt's per-platform locations (`QStandardPaths`: AppDataLocation,
CacheLocation), e.g. `~/.local/share/SouqDesk/SouqDesk` on Linux, `%APPDATA%/SouqDesk/SouqDesk` on Windows,
`~/Library/Application Support/SouqDesk/SouqDesk` on macOS. Resources (fonts, translations) are found in the
source tree or, in a frozen (PyInstaller) bundle, under `sys._MEIPASS`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "SouqDesk"
HOME_ENV = "SOUQDESK_HOME"
ORDERS_FILE_ENV = "SOUQDESK_ORDERS_FILE"  # IT's order-system settings file, from policy


def _standard(kind: str) -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # QtCore only; imported when needed

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, kind)
    found = QStandardPaths.writableLocation(location)
    if not found:  # no writable location known for this platform: fall back to the home folder
        return Path.home() / f".{APP_NAME.lower()}"
    return Path(found)


def data_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The per-user data folder (created if missing)."""
    home = env.get(HOME_ENV)
    path = Path(home) / "data" if home else _standard("AppDataLocation")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir(env: Mapping[str, str] = os.environ) -> Path:
    home = env.get(HOME_ENV)
    path = Path(home) / "cache" if home else _standard("CacheLocation")
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(env: Mapping[str, str] = os.environ) -> Path:
    path = data_dir(env) / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def orders_file(env: Mapping[str, str] = os.environ) -> Path:
    """The order-system settings file (JSON, no secret) the app and the command-line tools read:
    `$SOUQDESK_ORDERS_FILE` (set from IT policy), else `orders.json` in `$SOUQDESK_HOME`, else in the data
    folder."""
    explicit = env.get(ORDERS_FILE_ENV)
    if explicit:
        return Path(explicit)
    home = env.get(HOME_ENV)
    return Path(home) / "orders.json" if home else data_dir(env) / "orders.json"


def resources_root() -> Path:
    """The folder holding `resources/` and `i18n/`: the bundle in a frozen app, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def fonts_dir() -> Path:
    return resources_root() / "resources" / "fonts"


def i18n_dir() -> Path:
    return resources_root() / "i18n"
