"""Settings (schema migrations, IT presets, SOUQDESK_HOME), language choice and loading (RTL mirroring,
Qt's own catalogue), the bundled Arabic font, command-line parsing, and demo mode end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import _parser, _plain_args, parse_args
from desktop.system.settings import Settings, user_settings_path
from desktop.system.settings_migrations import SCHEMA_VERSION, migrate
from desktop.ui import fonts, i18n
from tests.ui.app_harness import build_desktop, shut


def test_settings_live_under_souqdesk_home_and_round_trip(fresh_home: Path) -> None:
    settings = Settings()
    assert Path(settings.file_name) == fresh_home / "settings.ini" == user_settings_path()
    settings.server_url = " https://chat.example.com "
    settings.language = "ar"
    settings.notify_unassigned = False
    settings.set_window_geometry(QByteArray(b"geometry"))
    settings.last_workspace_id = 2
    settings.sync()
    again = Settings()
    assert again.server_url == "https://chat.example.com"
    assert again.language == "ar"
    assert again.notify_mine and not again.notify_unassigned
    assert again.window_geometry() == QByteArray(b"geometry")
    assert again.last_workspace_id == 2
    text = (fresh_home / "settings.ini").read_text()
    assert "schema_version=3" in text


def test_migrations_bring_old_files_to_the_current_schema(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue("server", "https://old.example.com")
    store.setValue("ui/lang", "ar")
    store.setValue("notifications", "false")
    store.setValue("send_on_enter", "false")
    assert migrate(store) == 0
    assert store.value("schema_version") == SCHEMA_VERSION
    settings = Settings(store, system=None, env={})
    assert settings.server_url == "https://old.example.com"
    assert settings.language == "ar"
    assert not settings.notify_mine and not settings.notify_unassigned
    assert not settings.enter_sends
    assert migrate(store) == SCHEMA_VERSION  # idempotent


def test_it_presets_and_policy(tmp_path: Path) -> None:
    system_ini = tmp_path / "system.ini"
    system = QSettings(str(system_ini), QSettings.Format.IniFormat)
    system.setValue("policy/server_url", "https://desk.corp.example")
    system.setValue("policy/lock_server_url", "true")
    system.setValue("policy/allow_remember", "false")
    system.setValue("defaults/notifications/unassigned", "false")
    system.sync()
    env = {"SOUQDESK_HOME": str(tmp_path / "home"), "SOUQDESK_SYSTEM_CONFIG": str(system_ini)}
    settings = Settings(env=env)
    settings.server_url = "https://elsewhere.example"
    assert settings.server_locked and settings.server_url == "https://desk.corp.example"
    assert not settings.allow_remember
    assert not settings.notify_unassigned
    unlocked = Settings(env={"SOUQDESK_HOME": str(tmp_path / "home2"), "SOUQDESK_SERVER_URL": "https://env.example"})
    assert unlocked.server_url == "https://env.example" and not unlocked.server_locked


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.choose_language("ar", "en") == "ar"
    assert i18n.choose_language(None, "ar") == "ar"
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.choose_language(None, "system") == "en"
    assert i18n.choose_language("fr", None) == "en"
    assert parse_args(["--lang", "ar", "--demo", "--demo-user", "mona"]).lang == "ar"


def test_plain_command_lines_read_as_argparse_reads_them() -> None:
    plain = ([], ["--lang", "en"], ["--lang=ar", "--demo"], ["--demo", "--demo-user", "mona", "--smoke"],
             ["--server", "https://chat.example", "--quit-after", "2.5"], ["--server=a=b", "--lang", "ar", "--lang", "en"],
             ["--quit-after=1e3", "--demo", "--demo"])
    for argv in plain:
        assert _plain_args(argv) == _parser().parse_args(argv), argv
    # left to argparse: help, abbreviations, unknown options, positionals, missing or dubious values
    for argv in (["-h"], ["--help"], ["--lan", "ar"], ["--lang", "fr"], ["--lang"], ["--server", "-x"],
                 ["--quit-after", "soon"], ["--demo=1"], ["doctor"], ["--", "--demo"], ["--server", ""]):
        assert _plain_args(argv) is None, argv
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])
    assert parse_args(["--serv", "https://chat.example"]).server == "https://chat.example"


def test_arabic_mirrors_the_layout_and_loads_qt_catalogue(qapp: QApplication, tmp_path: Path) -> None:
    loaded = i18n.install(qapp, "ar", tmp_path)  # no catalogue of ours in tmp_path: Qt's still loads
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert any(Path(p).name.startswith("qtbase_ar") for p in loaded)
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_bundled_arabic_font_is_a_fallback_of_the_app_font(qapp: QApplication) -> None:
    assert fonts.install_fonts(qapp)
    families = qapp.font().families()
    assert families[-1] == fonts.ARABIC_FAMILY and len(families) >= 2


def test_demo_mode_signs_in_with_a_visible_marker(qtbot: Any, aloop: Any, tmp_path: Path) -> None:
    from desktop.app import DemoLogin
    from desktop.demo import start_demo

    demo = start_demo("mona", db_path=tmp_path / "demo.sqlite3", rate_per_minute=0)
    try:
        desktop, _ = build_desktop(qtbot, with_pane=False, demo=DemoLogin(demo.url, demo.token),
                                   orders_config=demo.orders_config())
        aloop.run(desktop.start())
        assert desktop.state == "main"
        assert desktop.window.status.demo.isVisibleTo(desktop.window)
        assert "Demo" in desktop.window.windowTitle()
        assert desktop.session.user is not None and desktop.session.user.email == "mona@souqdeals.example"
        assert desktop.scope is not None and desktop.scope.services.orders is not None
        assert not desktop.session.remembered  # the demo never stores a secret
        shut(aloop, desktop)
    finally:
        demo.stop()


def test_an_unchanged_value_leaves_the_settings_file_alone(fresh_home: Path) -> None:
    """Each start sets the shown workspace and the server again: an unchanged value is not written (a write
    rewrites the file, locked and synced to disk, during the first paint)."""
    settings = Settings()
    settings.server_url = "https://chat.example.com"
    settings.last_workspace_id = 2
    settings.sync()
    path = fresh_home / "settings.ini"
    written = path.stat().st_mtime_ns, path.read_text()
    again = Settings()  # the values as read back from the file (numbers as text)
    again.server_url = "https://chat.example.com"
    again.last_workspace_id = 2
    again.sync()
    assert (path.stat().st_mtime_ns, path.read_text()) == written
    again.last_workspace_id = 3
    again.sync()
    assert Settings().last_workspace_id == 3 and path.stat().st_mtime_ns != written[0]
