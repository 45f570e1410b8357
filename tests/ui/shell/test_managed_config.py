"""Managed configuration: each key of `desktop.system.managed.KEYS` set by policy (the system INI that
`SOUQDESK_SYSTEM_CONFIG` names, as /etc/xdg/SouqDesk/SouqDesk.ini would be) wins over the user's setting
and has its effect; locked settings show as locked in Preferences; the README documents every key.
The network keys (proxy, extra_ca_file) are tested in tests/api/test_network_policy.py, the update keys in
tests/system/test_updates.py."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox

from desktop.app import apply_orders_file
from desktop.system import paths
from desktop.system.logging import configure_logging
from desktop.system.managed import KEYS, Source
from desktop.system.settings import Settings
from desktop.ui import i18n
from desktop.ui.login.pages import CredentialsPage, ServerPage
from desktop.ui.shell.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[3]


def managed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy: dict[str, str],
            defaults: dict[str, str] | None = None) -> Settings:
    ini = tmp_path / "SouqDesk.ini"
    system = QSettings(str(ini), QSettings.Format.IniFormat)
    for key, value in policy.items():
        system.setValue(f"policy/{key}", value)
    for key, value in (defaults or {}).items():
        system.setValue(f"defaults/{key}", value)
    system.sync()
    monkeypatch.setenv("SOUQDESK_SYSTEM_CONFIG", str(ini))
    return Settings()


def test_readme_documents_every_key() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in KEYS:
        assert f"| `{key.name}` |" in readme, key.name


def test_sources_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = managed(tmp_path, monkeypatch, {}, {"language": "ar"})
    assert settings.resolve("language") == ("ar", Source.PRESET)
    monkeypatch.setenv("SOUQDESK_LANGUAGE", "en")
    assert Settings().resolve("language") == ("en", Source.ENVIRONMENT)
    user = Settings()
    user.language = "ar"
    assert user.resolve("language") == ("ar", Source.USER)
    assert Settings().resolve("log_level") == ("INFO", Source.DEFAULT)


def test_policy_server_url_is_fixed_on_the_sign_in_screen(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = managed(tmp_path, monkeypatch, {"server_url": "https://desk.corp.example"})
    settings.server_url = "https://mine.example"  # the user's own choice loses
    assert settings.server_url == "https://desk.corp.example" and settings.is_locked("server_url")
    page = ServerPage(settings.server_url, settings.server_locked)
    qtbot.addWidget(page)
    assert page.url.isReadOnly() and page.url.text() == "https://desk.corp.example"


def test_policy_locks_a_preset_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOUQDESK_SERVER_URL", "https://env.example")
    settings = managed(tmp_path, monkeypatch, {"lock_server_url": "true"})
    settings.server_url = "https://mine.example"
    assert settings.server_locked and settings.server_url == "https://env.example"


def test_policy_forbids_keep_me_signed_in(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = managed(tmp_path, monkeypatch, {"allow_remember": "false"})
    page = CredentialsPage(settings.allow_remember)
    qtbot.addWidget(page)
    assert not page.remember.isEnabled() and not page.remember.isChecked()


def test_policy_language_wins_and_is_locked(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    settings = managed(tmp_path, monkeypatch, {"language": "ar"})
    settings.language = "en"
    assert i18n.choose_language(None, settings.language) == "ar"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.language.isEnabled() and dialog.language.currentText() == "العربية"
    assert dialog.findChild(object, "managedNote") is not None


@pytest.mark.parametrize(("key", "attribute", "widget"), [
    ("notifications/mine", "notify_mine", "notify_mine"),
    ("notifications/unassigned", "notify_unassigned", "notify_unassigned"),
    ("composer/enter_sends", "enter_sends", "enter_sends"),
    ("window/close_to_tray", "close_to_tray", "close_to_tray"),
])
def test_policy_flags_win_and_show_locked(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                          key: str, attribute: str, widget: str) -> None:
    default = next(k.default for k in KEYS if k.name == key)
    forced = not default
    settings = managed(tmp_path, monkeypatch, {key: "true" if forced else "false"})
    setattr(settings, attribute, default)  # the user's own choice
    assert getattr(settings, attribute) is forced and settings.is_locked(key)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    box = getattr(dialog, widget)
    assert isinstance(box, QCheckBox)
    assert not box.isEnabled() and box.isChecked() is forced
    assert "organisation" in box.toolTip()
    dialog.accept()
    assert getattr(Settings(), attribute) is forced


def test_unlocked_preferences_stay_editable(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PreferencesDialog(managed(tmp_path, monkeypatch, {}))
    qtbot.addWidget(dialog)
    assert dialog.notify_mine.isEnabled() and dialog.language.isEnabled() and not dialog.locked
    dialog.notify_mine.setChecked(False)
    dialog.accept()
    assert Settings().notify_mine is False


def test_policy_orders_file_is_the_one_the_app_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services.orders_setup import configured_answer_templates

    machine = tmp_path / "machine-orders.json"
    machine.write_text('{"provider": "generic", "url": "https://erp.example/orders?phone={phone}", '
                       '"answer_templates": {"en": "Order {{order.id}}: {{order.status}}"}}', encoding="utf-8")
    (Path(os.environ["SOUQDESK_HOME"]) / "orders.json").write_text('{"provider": "shopify"}', encoding="utf-8")
    monkeypatch.setenv("SOUQDESK_ORDERS_FILE", "")  # restored after the test (the app sets it)
    settings = managed(tmp_path, monkeypatch, {"orders_file": str(machine)})
    apply_orders_file(settings)
    assert paths.orders_file() == machine
    assert configured_answer_templates(paths.orders_file()) == {"en": "Order {{order.id}}: {{order.status}}"}


def test_without_policy_orders_come_from_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOUQDESK_ORDERS_FILE", "")  # restored after the test (the app sets it)
    monkeypatch.delenv("SOUQDESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # Qt's per-user data folder, here
    settings = Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat), system=None, env={})
    apply_orders_file(settings)
    assert paths.orders_file() == paths.data_dir() / "orders.json"
    assert paths.data_dir().is_relative_to(tmp_path)


def test_policy_log_level_reaches_the_log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = managed(tmp_path, monkeypatch, {"log_level": "debug"})
    assert settings.log_level == "DEBUG" and settings.is_locked("log_level")
    root = logging.getLogger()
    level = root.level
    try:
        log_file = configure_logging(tmp_path / "logs", level=getattr(logging, settings.log_level), console=False)
        logging.getLogger("desktop.test").debug("a debug line")
        assert log_file is not None and "a debug line" in log_file.read_text(encoding="utf-8")
    finally:
        configure_logging(None, level=level, console=False)
    assert managed(tmp_path, monkeypatch, {"log_level": "loud"}).log_level == "INFO"
