"""The Windows installer recipe, checked here with msitools: `build_spec/windows/souqdesk.wxs` compiles with
`wixl` (beside a harvested stand-in bundle: the real one is built on Windows CI) into a per-machine MSI with
a major upgrade, a Start-menu shortcut, the IT properties, and registry values in the machine policy key
that the app reads (`desktop.system.settings.WINDOWS_POLICY_KEY`), named like the managed keys.
The MSI is never installed here (no Windows)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import __version__
from desktop.system.managed import BY_NAME, Source
from desktop.system.settings import WINDOWS_POLICY_KEY, Settings

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "build_spec" / "windows" / "souqdesk.wxs"


def table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert shutil.which("wixl") and shutil.which("msiinfo"), "msitools: `bash .ci/test` installs it"
    work = tmp_path_factory.mktemp("msi")
    bundle = work / "souqdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "souqdesk.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    files = "\n".join(f"souqdesk/{p.relative_to(bundle).as_posix()}" for p in sorted(bundle.rglob("*")) if p.is_file())
    harvested = subprocess.run(["wixl-heat", "--directory-ref", "INSTALLDIR", "--component-group", "BundleFiles",
                                "--var", "var.BundleDir", "-p", "souqdesk/"], input=files, capture_output=True,
                               text=True, check=True, cwd=work).stdout
    (work / "bundle.wxs").write_text(harvested, encoding="utf-8")
    target = work / f"souqdesk-{__version__}-x64.msi"
    subprocess.run(["wixl", "-a", "x64", "-D", f"Version={__version__}", "-D", "BundleDir=souqdesk", str(WXS),
                    "bundle.wxs", "-o", str(target)], check=True, capture_output=True, cwd=work)
    return target


def test_per_machine_with_the_it_properties(msi: Path) -> None:
    properties = {row[0]: row[1] for row in table(msi, "Property")}
    assert properties["ALLUSERS"] == "1" and properties["ProductVersion"] == __version__
    assert {"SERVER_URL", "LOCK_SERVER", "LANGUAGE", "DISABLE_UPDATE_CHECK", "PROXY_URL"} <= set(properties)
    assert "WIX_UPGRADE_DETECTED" in properties["SecureCustomProperties"]
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "x64" in summary


def test_major_upgrade_and_start_menu_shortcut(msi: Path) -> None:
    upgrade = table(msi, "Upgrade")
    assert any(row[-1] == "WIX_UPGRADE_DETECTED" and row[2] == __version__ for row in upgrade)
    sequence = {row[0] for row in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts", "WriteRegistryValues"} <= sequence
    shortcuts = table(msi, "Shortcut")
    assert any(row[1] == "SouqDeskMenu" and row[2] == "SouqDesk" and row[4] == "[INSTALLDIR]souqdesk.exe"
               for row in shortcuts)
    directories = {row[0]: row for row in table(msi, "Directory")}
    assert directories["SouqDeskMenu"][1] == "ProgramMenuFolder"
    assert directories["INSTALLDIR"][1] == "ProgramFiles64Folder"


def test_properties_are_written_to_the_policy_key_the_app_reads(msi: Path) -> None:
    policy_key = WINDOWS_POLICY_KEY.removeprefix("HKEY_LOCAL_MACHINE\\")
    written = {(row[2], row[3]): row[4] for row in table(msi, "Registry") if row[1] == "2"}  # 2: HKLM
    expected = {
        (f"{policy_key}\\defaults", "server_url"): "[SERVER_URL]",
        (f"{policy_key}\\defaults", "language"): "[LANGUAGE]",
        (f"{policy_key}\\policy", "lock_server_url"): "[LOCK_SERVER]",
        (f"{policy_key}\\policy", "update_check"): "[UPDATE_CHECK_POLICY]",
        (f"{policy_key}\\policy", "proxy"): "[PROXY_URL]",
    }
    for place, value in expected.items():
        assert written.get(place) == value, place
        assert place[1] in BY_NAME  # a key the app knows
    actions = {row[0]: row for row in table(msi, "CustomAction")}
    assert actions["SetUpdateCheckOff"][2:4] == ["UPDATE_CHECK_POLICY", "false"]
    conditions = {row[0]: row[1] for row in table(msi, "InstallExecuteSequence")}
    assert conditions["SetUpdateCheckOff"] == 'DISABLE_UPDATE_CHECK = "1"'


def _condition_holds(condition: str, props: dict[str, str]) -> bool:
    """The small part of MSI condition syntax the custom actions use: PROP, PROP = "v", NOT, AND."""
    python = re.sub(r'([A-Z_]+) = "([^"]*)"', lambda m: repr(props.get(m.group(1), "") == m.group(2)), condition)
    python = re.sub(r"\b(?!AND\b|NOT\b|True\b|False\b)([A-Z_]+)\b", lambda m: repr(bool(props.get(m.group(1)))),
                    python)
    return bool(eval(python.replace("AND", "and").replace("NOT", "not"), {"__builtins__": {}}))


def _install(msi: Path, given: dict[str, str], ini: Path) -> None:
    """What `msiexec /qn PROP=value …` writes to the policy key, as the store the app reads: the Property
    table's defaults overridden by the command line, the set-property custom actions whose condition holds,
    then each registry value formatted, under the key's `policy` and `defaults` groups (as QSettings
    presents the registry)."""
    props = {row[0]: row[1] for row in table(msi, "Property")} | given
    actions = {row[0]: row for row in table(msi, "CustomAction")}
    for row in sorted(table(msi, "InstallExecuteSequence"), key=lambda r: int(r[2])):
        action = actions.get(row[0])
        if action is not None and _condition_holds(row[1], props):
            props[action[2]] = action[3]
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    policy_key = WINDOWS_POLICY_KEY.removeprefix("HKEY_LOCAL_MACHINE\\")
    for row in table(msi, "Registry"):
        if row[1] == "2" and row[2].startswith(policy_key + "\\"):
            value = re.sub(r"\[([A-Z_]+)\]", lambda m: props.get(m.group(1), ""), row[4])
            store.setValue(f"{row[2][len(policy_key) + 1:]}/{row[3]}", value)
    store.sync()


def test_an_install_with_presets_leaves_the_agent_free(msi: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "policy.ini"
    _install(msi, {"SERVER_URL": "https://desk.corp.example", "LANGUAGE": "ar"}, ini)
    monkeypatch.setenv("SOUQDESK_SYSTEM_CONFIG", str(ini))
    settings = Settings()
    assert settings.preset_server_url == "https://desk.corp.example" and not settings.server_locked
    assert settings.resolve("language") == ("ar", Source.PRESET) and not settings.is_locked("language")
    # the properties not given were written with their blank defaults: no policy
    assert settings.resolve("update_check") == (True, Source.DEFAULT)
    assert settings.resolve("proxy") == ("system", Source.DEFAULT)


def test_an_install_with_locks_fixes_the_server_proxy_and_update_check(msi: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "policy.ini"
    _install(msi, {"SERVER_URL": "https://desk.corp.example", "LOCK_SERVER": "1", "DISABLE_UPDATE_CHECK": "1",
                   "PROXY_URL": "socks5://proxy.corp.example:1080"}, ini)
    monkeypatch.setenv("SOUQDESK_SYSTEM_CONFIG", str(ini))
    settings = Settings()
    assert settings.server_locked and settings.preset_server_url == "https://desk.corp.example"
    assert settings.resolve("update_check") == (False, Source.POLICY) and settings.is_locked("update_check")
    assert settings.resolve("proxy") == ("socks5://proxy.corp.example:1080", Source.POLICY)
    assert settings.is_locked("proxy")
