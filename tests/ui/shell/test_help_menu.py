"""Help menu end to end against the sandbox: About (versions, the server's version, the font licence), the
update check by policy (off by policy: no request; feed by policy: a quiet notice, download verified), and
Collect diagnostics (settings with their source, the doctor's checks, redacted logs, no secret).
Screenshots of About in English and Arabic go to artifacts/screenshots/."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from desktop import __version__
from desktop.domain.auth import StoredAuth
from desktop.system.credentials import KeyringCredentialStore
from desktop.ui import i18n
from tests.support import glyph_order
from tests.support.feed_server import FeedServer
from tests.ui.app_harness import artifacts_dir, build_desktop, shut


def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, values: dict[str, str]) -> None:
    ini = tmp_path / "SouqDesk.ini"
    system = QSettings(str(ini), QSettings.Format.IniFormat)
    for key, value in values.items():
        system.setValue(f"policy/{key}", value)
    system.sync()
    monkeypatch.setenv("SOUQDESK_SYSTEM_CONFIG", str(ini))


@pytest.fixture
def feed(tmp_path: Path) -> Any:
    folder = tmp_path / "www"
    folder.mkdir()
    package = b"souqdesk 9.0.0"
    (folder / "souqdesk_9.0.0_amd64.deb").write_bytes(package)
    server = FeedServer(folder)
    (folder / "feed.json").write_text(json.dumps({
        "version": "9.0.0", "url": f"{server.url}/souqdesk_9.0.0_amd64.deb",
        "sha256": hashlib.sha256(package).hexdigest(), "notes": {"en": "New", "ar": "جديد"}}), encoding="utf-8")
    yield server
    server.stop()


def test_help_menu_lists_diagnostics_update_and_about(qtbot: Any, aloop: Any) -> None:
    desktop, _ = build_desktop(qtbot, with_pane=False)
    help_menu = desktop.window.findChild(object, "menu_help")
    texts = [action.text().replace("&", "") for action in help_menu.actions() if not action.isSeparator()]
    assert {"Collect diagnostics…", "Download update", "About SouqDesk"} <= set(texts)
    shut(aloop, desktop)


def products_read_left_to_right(label: QLabel) -> bool:
    """Each "Name 1.2.3" in the label is drawn contiguous, name then version, in the label's direction."""
    drawn = label.text()
    raw = "".join(ch for ch in drawn if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")
    tokens = tuple((m.start(), m.end()) for m in re.finditer(r"(?:Qt|PySide6|Python|Chatwoot) [0-9][0-9.]*[0-9]", raw))
    assert tokens, raw
    layout = glyph_order.lay_out(drawn, label.font(), label.layoutDirection())
    problems, checked = glyph_order.token_problems(glyph_order.Sample(raw, tokens, tokens), drawn, layout, "about")
    return not problems and checked == len(tokens)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_about_shows_versions_server_and_licence(qtbot: Any, aloop: Any, qapp: Any, sandbox: Any,
                                                 language: str) -> None:
    i18n.install(qapp, language)
    try:
        desktop, _ = build_desktop(qtbot, with_pane=False)
        desktop.settings.server_url = sandbox.url
        dialog = desktop.help.open_about()
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "Chatwoot" in dialog.server.text() or "تشات" in dialog.server.text(), timeout=10000)
        assert __version__ in dialog.findChild(object, "aboutTitle").text()
        assert "Qt" in dialog.versions.text() and "Python" in dialog.versions.text()
        for label in (dialog.versions, dialog.server):  # "Qt 6.12.0", "Chatwoot 4.9.1" read as one run each
            assert products_read_left_to_right(label), label.text()
        assert "SIL OPEN FONT LICENSE" in dialog.findChild(object, "aboutLicence").toPlainText().upper()
        dialog.grab().save(str(artifacts_dir() / f"about_{language}.png"))
        dialog.close()
        shut(aloop, desktop)
    finally:
        i18n.install(qapp, "en")


def test_update_check_off_by_policy_asks_nothing(qtbot: Any, aloop: Any, feed: FeedServer, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    policy(tmp_path, monkeypatch, {"update_check": "false", "update_feed_url": f"{feed.url}/feed.json"})
    desktop, _ = build_desktop(qtbot, with_pane=False)
    assert aloop.run(desktop.help.check_for_update()) is None
    assert feed.hits == []
    shut(aloop, desktop)


def test_update_feed_by_policy_gives_a_quiet_notice_and_a_verified_download(
        qtbot: Any, aloop: Any, feed: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    policy(tmp_path, monkeypatch, {"update_feed_url": f"{feed.url}/feed.json"})
    desktop, _ = build_desktop(qtbot, with_pane=False)
    notices: list[Any] = []
    desktop.notifier.posted.connect(notices.append)
    found = aloop.run(desktop.help.check_for_update())
    assert found is not None and found.version == "9.0.0" and feed.hits == ["/feed.json"]
    assert any("9.0.0" in str(getattr(n, "text", n)) for n in notices)
    saved = aloop.run(desktop.help.download_update(tmp_path / "downloads"))
    assert saved is not None and saved.read_bytes() == b"souqdesk 9.0.0"
    shut(aloop, desktop)


def test_collect_diagnostics_zip(qtbot: Any, aloop: Any, sandbox: Any, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    policy(tmp_path, monkeypatch, {"language": "ar"})
    token = sandbox.users["mona"].token
    KeyringCredentialStore().save(sandbox.url, StoredAuth(kind="token", access_token=token))
    desktop, _ = build_desktop(qtbot, with_pane=False)
    desktop.settings.server_url = sandbox.url
    logging.getLogger("desktop.test").warning("request with api_access_token=%s", token)
    from desktop.system import paths
    from desktop.system.logging import configure_logging

    configure_logging(paths.log_dir(), console=False)
    logging.getLogger("desktop.test").warning("Authorization: Bearer %s", token)
    written = aloop.run(desktop.help.write_diagnostics(tmp_path / "support.zip"), timeout=90)
    assert written is not None
    with zipfile.ZipFile(written) as archive:
        names = set(archive.namelist())
        assert {"settings.json", "versions.json", "paths.json", "doctor.json", "logs/souqdesk.log"} <= names
        archive_texts = {name: archive.read(name).decode("utf-8") for name in names}
        settings = {row["key"]: row for row in json.loads(archive.read("settings.json"))}
        doctor = json.loads(archive.read("doctor.json"))
    leaked = [name for name in names if token in archive_texts[name]]
    assert not leaked and "Authorization: ***" in archive_texts["logs/souqdesk.log"]
    assert settings["language"] == {"key": "language", "value": "ar", "source": "policy", "locked": True}
    assert settings["server_url"]["source"] == "user" and settings["log_level"]["source"] == "default"
    assert doctor["ok"] is True
    configure_logging(None, console=False)
    shut(aloop, desktop)
