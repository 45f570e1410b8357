"""The update check the Help menu uses: the newest version in the update feed, and its download saved after
its SHA-256 matched the feed (`desktop.api.updates` reads and verifies the feed)."""

from __future__ import annotations

from pathlib import Path

from desktop.api import updates
from desktop.api.updates import Update, UpdateError

__all__ = ["Update", "UpdateError", "check", "download"]


async def check(feed_url: str, current: str) -> Update | None:
    """The feed's version when it is newer than `current`, else None; UpdateError when the feed fails."""
    return await updates.check(feed_url, current)


async def download(update: Update, folder: Path) -> Path:
    """Save the update's file in `folder` after its checksum matched; UpdateError otherwise."""
    return await updates.download(update, folder)
