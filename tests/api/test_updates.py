"""The update check against a loopback feed (tests/support/feed_server.py): newer, same, older, malformed,
unreachable, and the download's checksum (right: saved; wrong: refused, nothing kept)."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.api import updates
from tests.support.feed_server import FeedServer

PACKAGE = b"pretend this is souqdesk_9.0.0_amd64.deb"


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[FeedServer]:
    folder = tmp_path / "www"
    folder.mkdir()
    (folder / "souqdesk_9.0.0_amd64.deb").write_bytes(PACKAGE)
    server = FeedServer(folder)
    yield server
    server.stop()


def publish(feed: FeedServer, version: str, *, sha256: str | None = None, name: str = "feed.json") -> str:
    body = {"version": version, "url": f"{feed.url}/souqdesk_9.0.0_amd64.deb",
            "sha256": sha256 or hashlib.sha256(PACKAGE).hexdigest(),
            "notes": {"en": "Faster search", "ar": "بحث أسرع"}}
    (feed.folder / name).write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return f"{feed.url}/{name}"


async def test_a_newer_version_is_offered(feed: FeedServer) -> None:
    found = await updates.check(publish(feed, "9.0.0"), "0.1.0")
    assert found is not None and found.version == "9.0.0"
    assert found.notes == {"en": "Faster search", "ar": "بحث أسرع"}


@pytest.mark.parametrize("version", ["0.1.0", "0.0.9"])
async def test_the_same_or_an_older_version_is_not(feed: FeedServer, version: str) -> None:
    assert await updates.check(publish(feed, version), "0.1.0") is None


@pytest.mark.parametrize(("body", "what"), [
    ("not json at all", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"version": "latest", "url": "https://x.example/a.deb", "sha256": "' + "a" * 64 + '"}', "no version"),
    ('{"version": "1.0", "url": "ftp://x.example/a.deb", "sha256": "' + "a" * 64 + '"}', "download url"),
    ('{"version": "1.0", "url": "https://x.example/a.deb", "sha256": "abc"}', "sha256"),
])
async def test_a_malformed_feed_is_named(feed: FeedServer, body: str, what: str) -> None:
    (feed.folder / "bad.json").write_text(body, encoding="utf-8")
    with pytest.raises(updates.UpdateError) as failed:
        await updates.check(f"{feed.url}/bad.json", "0.1.0")
    assert f"{feed.url}/bad.json" in failed.value.user_message and what in failed.value.user_message


async def test_an_unreachable_feed_is_named(feed: FeedServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(updates.UpdateError, match=f"127.0.0.1:{port}/feed.json cannot be reached"):
        await updates.check(f"http://127.0.0.1:{port}/feed.json", "0.1.0", timeout=3)
    with pytest.raises(updates.UpdateError, match="HTTP 404"):
        await updates.check(f"{feed.url}/missing.json", "0.1.0")


async def test_download_verifies_the_checksum(feed: FeedServer, tmp_path: Path) -> None:
    good = await updates.check(publish(feed, "9.0.0"), "0.1.0")
    assert good is not None
    saved = await updates.download(good, tmp_path / "downloads")
    assert saved.read_bytes() == PACKAGE and saved.name == "souqdesk_9.0.0_amd64.deb"

    wrong = await updates.check(publish(feed, "9.0.0", sha256="0" * 64, name="wrong.json"), "0.1.0")
    assert wrong is not None
    with pytest.raises(updates.UpdateError, match="does not match the checksum"):
        await updates.download(wrong, tmp_path / "elsewhere")
    assert not (tmp_path / "elsewhere" / "souqdesk_9.0.0_amd64.deb").exists()
