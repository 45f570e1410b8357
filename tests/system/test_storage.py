"""JSON file storage and app paths: SOUQDESK_HOME honoured, atomic writes, damaged files set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.system import paths
from desktop.system.storage import JsonFileStorage


def test_paths_follow_souqdesk_home(fresh_home: Path) -> None:
    assert paths.data_dir() == fresh_home / "data"
    assert paths.cache_dir() == fresh_home / "cache"
    assert paths.log_dir().is_dir()
    assert (paths.fonts_dir() / "NotoSansArabicUI-Regular.ttf").exists()


def test_paths_without_home_use_platform_locations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SOUQDESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path))
    found = paths.data_dir()
    assert found.is_dir() and str(found).startswith(str(tmp_path))


def test_round_trip_unicode_and_survives_a_new_instance(fresh_home: Path) -> None:
    storage = JsonFileStorage()
    value = {"drafts": {"1:2": "مرحبا، طلبك رقم 12345 في الطريق"}, "n": [1, 2.5, None, True]}
    storage.save("drafts", value)
    assert JsonFileStorage().load("drafts") == value
    assert storage.load("missing") is None
    assert [p.name for p in storage.folder.iterdir()] == ["drafts.json"]  # no temporary file left


def test_damaged_file_reads_as_missing_and_is_kept_aside(fresh_home: Path) -> None:
    storage = JsonFileStorage()
    (storage.folder / "outbox.json").write_text('[{"echo_id": ', encoding="utf-8")
    assert storage.load("outbox") is None
    assert any(p.name.startswith("outbox.json.corrupt-") for p in storage.folder.iterdir())
    storage.save("outbox", [])
    assert storage.load("outbox") == []


def test_failed_write_keeps_the_previous_content(fresh_home: Path) -> None:
    storage = JsonFileStorage()
    storage.save("outbox", [1])
    with pytest.raises(TypeError):
        storage.save("outbox", [object()])  # not JSON: nothing is written
    assert storage.load("outbox") == [1]


@pytest.mark.parametrize("key", ["../escape", "", "a/b", ".hidden"])
def test_keys_cannot_escape_the_folder(fresh_home: Path, key: str) -> None:
    with pytest.raises(ValueError):
        JsonFileStorage().save(key, 1)
