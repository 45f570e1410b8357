"""JSON key-value storage on files under the app data folder (the services' `Storage`: outbox, drafts).

Each key is one file `<data dir>/store/<key>.json`. Writes are atomic: the JSON goes to a temporary file in
the same folder, is flushed and fsync'ed, then replaces the old file (`os.replace`), so a crash leaves
either the old or the new content, never a torn file. A file that cannot be read as JSON is set aside as
`<key>.json.corrupt-<time>` (kept for diagnosis) and reads as missing. Errors writing raise OSError to the
caller. Keys are restricted to `[A-Za-z0-9_.-]` so a key can never escape the folder. No secrets go here.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from pathlib import Path

from desktop.system import paths

_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$")


class JsonFileStorage:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else paths.data_dir() / "store"
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"invalid storage key: {key!r}")
        return self.folder / f"{key}.json"

    def load(self, key: str) -> object | None:
        path = self._path(key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            value: object = json.loads(text)
        except ValueError:
            path.replace(path.with_name(f"{path.name}.corrupt-{int(time.time())}"))
            return None
        return value

    def save(self, key: str, value: object) -> None:
        path = self._path(key)
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        fd, temp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            try:
                os.unlink(temp)
            except FileNotFoundError:
                pass
            raise

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass
