"""The update check: an IT-published JSON feed, read over the same TLS trust and proxy as everything else.

The feed (IT hosts it; `update_feed_url` policy names it):

    {"version": "0.2.0", "url": "https://it.example/souqdesk/souqdesk_0.2.0_amd64.deb",
     "sha256": "<64 hex digits of the file>", "notes": {"en": "What changed", "ar": "ما الجديد"}}

`check()` returns the `Update` when the feed names a newer version than ours, None when it does not; a
feed that cannot be reached or read raises `UpdateError` naming the feed. Nothing is ever installed:
`download()` saves the file where the user asked and verifies its SHA-256 (a mismatch deletes it and
says so); installing stays the user's or IT's decision. No Qt here.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop.api import network
from desktop.domain.errors import AppError

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")


class UpdateError(AppError):
    default_message = "The update check failed."


@dataclass(frozen=True, slots=True)
class Update:
    version: str
    url: str
    sha256: str
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return Path(urlsplit(self.url).path).name or f"souqdesk-{self.version}"


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def parse_feed(data: Any, feed_url: str) -> Update:
    """An `Update` from the decoded feed; UpdateError naming what is wrong."""
    def bad(what: str) -> UpdateError:
        return UpdateError(f"The update feed {feed_url} is not valid: {what}.")

    if not isinstance(data, dict):
        raise bad("it is not a JSON object")
    version, url, sha256, notes = data.get("version"), data.get("url"), data.get("sha256"), data.get("notes", {})
    if not isinstance(version, str) or not _VERSION.match(version):
        raise bad("no version such as 1.2.0")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("https", "http") or not urlsplit(url).hostname:
        raise bad("no http(s) download url")
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        raise bad("no sha256 of 64 hex digits")
    if not isinstance(notes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in notes.items()):
        raise bad("notes must map a language to text")
    return Update(version, url, sha256.lower(), dict(notes))


async def _get(url: str, timeout: float) -> Any:
    import httpx

    try:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=True, **network.httpx_options()) as client:
            response = await client.get(url)
    except httpx.HTTPError as exc:
        named = network.describe_failure(exc, urlsplit(url).hostname or url)
        if named is not None:
            raise UpdateError(named.user_message, detail=named.detail) from exc
        raise UpdateError(f"The update feed {url} cannot be reached.", detail=type(exc).__name__) from exc
    if response.status_code != 200:
        raise UpdateError(f"The update feed {url} answered HTTP {response.status_code}.")
    return response


async def check(feed_url: str, current: str, *, timeout: float = 10.0) -> Update | None:
    """The newer version the feed offers, or None when ours is as new."""
    response = await _get(feed_url, timeout)
    try:
        data = response.json()
    except ValueError:
        raise UpdateError(f"The update feed {feed_url} is not valid: it is not JSON.") from None
    update = parse_feed(data, feed_url)
    return update if version_key(update.version) > version_key(current) else None


async def download(update: Update, folder: Path, *, timeout: float = 120.0) -> Path:
    """Save the update's file in `folder` and verify its SHA-256; UpdateError (file deleted) on mismatch."""
    response = await _get(update.url, timeout)
    body = response.content
    digest = hashlib.sha256(body).hexdigest()
    if digest != update.sha256:
        raise UpdateError(f"The downloaded {update.file_name} does not match the checksum in the update feed; "
                          "it was not kept. Tell IT.", detail=f"expected {update.sha256}, got {digest}")
    return await asyncio.to_thread(_save, folder / update.file_name, body)


def _save(target: Path, body: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    return target
