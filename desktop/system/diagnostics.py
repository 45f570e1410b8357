"""The diagnostics zip for a support ticket (Help → Collect diagnostics, `souqdesk diagnostics --out F.zip`).

Holds: `logs/` (the rotating log files and `crash.log`, each line passed through `redact()` again),
`settings.json` (every managed key with its value and source — policy, user, environment, preset,
default — none of them a secret), `versions.json` (app, Python, Qt, platform, frozen or not, keyring backend
name), `paths.json` (where the app writes), and `doctor.json` when the caller ran the doctor checks. Never a
secret: no keyring content, no token; URLs lose any user:password part.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.system import paths
from desktop.system.logging import redact
from desktop.system.settings import Settings

_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def default_name() -> str:
    return time.strftime("souqdesk-diagnostics-%Y%m%d-%H%M%S.zip")


def _clean(value: object) -> object:
    return _USERINFO.sub("***@", redact(value)) if isinstance(value, str) else value


def versions() -> dict[str, Any]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    try:
        import keyring

        backend = f"{type(keyring.get_keyring()).__module__}.{type(keyring.get_keyring()).__name__}"
    except Exception as error:  # the backend name only: never fail the zip because of the keyring
        backend = f"unavailable ({type(error).__name__})"
    return {"app": __version__, "python": platform.python_version(), "qt": qVersion(), "pyside6": pyside,
            "platform": platform.platform(), "frozen": bool(getattr(sys, "frozen", False)),
            "keyring_backend": backend}


def settings_report(settings: Settings) -> list[dict[str, object]]:
    return [{"key": name, "value": _clean(value), "source": str(source), "locked": settings.is_locked(name)}
            for name, value, source in settings.effective()]


def write_zip(target: Path, settings: Settings, *, doctor: dict[str, Any] | None = None) -> Path:
    """Write the zip to `target` (parents created); returns it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    logs = paths.log_dir()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for log_file in sorted(logs.glob("*.log*")):
            text = log_file.read_text(encoding="utf-8", errors="replace")
            archive.writestr(f"logs/{log_file.name}", "\n".join(_clean(line) for line in text.splitlines()))  # type: ignore[misc]
        archive.writestr("settings.json", json.dumps(settings_report(settings), ensure_ascii=False, indent=1))
        archive.writestr("versions.json", json.dumps(versions(), indent=1))
        archive.writestr("paths.json", json.dumps({name: str(path) for name, path in written_places().items()},
                                                  indent=1))
        if doctor is not None:
            archive.writestr("doctor.json", json.dumps(doctor, ensure_ascii=False, indent=1))
    return target


def written_places() -> dict[str, Path]:
    """Every place the app writes for this user (what `souqdesk reset` removes, with the keyring entries)."""
    user_settings = Settings().file_name
    return {"settings": Path(user_settings), "data": paths.data_dir(), "cache": paths.cache_dir(),
            "logs": paths.log_dir()}
