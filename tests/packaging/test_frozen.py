"""Smoke tests of the frozen app, from the Debian package `bash .ci/package` builds (see tests/support/frozen.py).

The package's layout and the bundle's contents (build_spec/check_bundle.py rules), then the frozen binary:
`--version`; `doctor --json` against the sandbox; the GUI offscreen reaching the painted inbox of a session
remembered in a real Secret Service keyring (gnome-keyring in its own session bus), in English and in
Arabic (catalogues loaded, layout mirrored); `--demo` (the shipped sandbox); a start-up failure reaching
the log and a dialog; SIGTERM shutting down cleanly.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import __version__
from tests.support import frozen

pytestmark = pytest.mark.timeout(900)

sys.path.insert(0, str(frozen.ROOT / "build_spec"))
import bundle_rules  # noqa: E402
import check_bundle  # noqa: E402


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[frozen.FrozenApp]:
    deb = frozen.build_deb()
    provided = frozen.provide(deb, tmp_path_factory.mktemp("frozen"))
    yield provided
    frozen.remove(provided)


def run_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PYTHON_KEYRING"))}
    env.update(SOUQDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "xdg-data"),
               **extra)
    return env


def smoke_report(stdout: str) -> dict[str, Any]:
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    assert lines, f"no smoke report in:\n{stdout}"
    report: dict[str, Any] = json.loads(lines[-1])
    return report


def test_package_layout(app: frozen.FrozenApp) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(app.deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in fields and "Architecture: amd64" in fields
    assert "libxcb-cursor0" in fields and "libssl3" in fields  # system libraries come from the OS
    assert (app.root / "usr" / "bin" / "souqdesk").is_symlink()
    assert os.readlink(app.root / "usr" / "bin" / "souqdesk") == "/opt/souqdesk/souqdesk"
    entry = (app.root / "usr" / "share" / "applications" / "souqdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=souqdesk" in entry and "Icon=souqdesk" in entry and "Name[ar]=سوق ديسك" in entry
    assert (app.root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "souqdesk.svg").is_file()
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(app.deb)], capture_output=True, check=True).stdout
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(control)) as tar:
        member = tar.extractfile("./conffiles")
        assert member is not None
        assert member.read().decode().split() == ["/etc/xdg/SouqDesk/SouqDesk.ini"]
    policy = (app.root / "etc" / "xdg" / "SouqDesk" / "SouqDesk.ini").read_text(encoding="utf-8")
    assert all(line.startswith(";") or not line.strip() for line in policy.splitlines())  # a template only


def test_bundle_contents(app: frozen.FrozenApp) -> None:
    summary = check_bundle.summarise(app.bundle)
    assert check_bundle.problems(summary, app.bundle) == []
    assert summary["size_bytes"] <= 150 * 2**20
    assert {"desktop", "uvicorn", "starlette", "keyring", "httpx", "websockets"} <= set(summary["top_level_packages"])
    assert not {"setuptools", "pkg_resources", "pygments", "rich"} & set(summary["top_level_packages"])
    assert "platformthemes/libqgtk3.so" not in summary["qt_plugins"]
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so"} <= set(summary["qt_plugins"])
    assert {"qtbase_ar.qm", "qtbase_en.qm"} <= set(summary["qt_translations"])
    assert (app.bundle / "_internal" / "i18n" / "desktop_ar.qm").is_file()
    assert (app.bundle / "_internal" / "desktop" / "app" / bundle_rules.DATACLASS_CACHE).is_file()
    assert not set(bundle_rules.DEFERRED_RUNTIME_HOOKS) & set(summary["runtime_hooks"])
    assert "pyi_rth_lazy" in summary["runtime_hooks"]
    assert (app.bundle / "_internal" / "resources" / "fonts" / "NotoSansArabicUI-Regular.ttf").is_file()


def test_version(app: frozen.FrozenApp, tmp_path: Path) -> None:
    done = subprocess.run([str(app.executable), "--version"], capture_output=True, text=True, timeout=60,
                          env=run_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"SouqDesk {__version__}"
    assert "Qt 6." in done.stdout and "Python 3." in done.stdout


def test_doctor_json_against_the_sandbox(app: frozen.FrozenApp, sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run([str(app.executable), "doctor", "--server", sandbox.url,
                           "--token", sandbox.users["ahmed"].token, "--json"],
                          capture_output=True, text=True, timeout=120, env=run_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["ok"] is True
    assert "sbx-" not in done.stdout  # the token never appears


@pytest.mark.parametrize("language", ["en", "ar"])
def test_gui_restores_a_session_remembered_in_the_secret_service(
        app: frozen.FrozenApp, sandbox, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    assert frozen.has_secret_service_tools(), "gnome-keyring and dbus: `bash .ci/test` installs them"
    env = run_env(tmp_path)
    seed = [sys.executable, "-m", "tests.support.seed_remembered", sandbox.url, sandbox.users["ahmed"].token]
    start = [str(app.executable), "--smoke", "--quit-after", "90", "--lang", language]
    done = subprocess.run(frozen.secret_service_script([seed, start]), capture_output=True, text=True,
                          timeout=180, env=env, cwd=frozen.ROOT)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert done.stdout.splitlines()[0] == "keyring.backends.SecretService.Keyring"  # seeded in the real one
    report = smoke_report(done.stdout)
    assert report["frozen"] is True and report["rows"] > 0
    assert report["dataclass_methods_compiled"] == 0  # all in the cache the bundle ships
    assert report["keyring"] == "keyring.backends.SecretService.Keyring"
    assert report["language"] == language
    if language == "ar":
        assert report["rtl"] is True
        assert {"desktop_ar.qm", "qtbase_ar.qm"} <= set(report["catalogues"])
    else:
        assert report["rtl"] is False and report["catalogues"] == []
    log = (tmp_path / "data" / "logs" / "souqdesk.log").read_text(encoding="utf-8")
    assert "sbx-" not in log


def test_demo_works_frozen(app: frozen.FrozenApp, tmp_path: Path) -> None:
    done = subprocess.run([str(app.executable), "--demo", "--smoke", "--quit-after", "90"], capture_output=True, text=True,
                          timeout=180, env=run_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    report = smoke_report(done.stdout)
    assert report["rows"] > 0 and report["frozen"] is True
    assert (tmp_path / "data" / "demo" / "sandbox.sqlite3").is_file()


def test_start_up_failure_is_logged_and_shown(app: frozen.FrozenApp, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "demo").write_text("not a folder")  # the demo cannot create its database here
    done = subprocess.run([str(app.executable), "--demo"], capture_output=True, text=True, timeout=120,
                          env=run_env(tmp_path))
    assert done.returncode == 1
    assert "could not start" in done.stderr
    log = (tmp_path / "data" / "logs" / "souqdesk.log").read_text(encoding="utf-8")
    assert "the app could not start" in log and "Traceback" in log
    assert "start-up failure shown in a dialog" in log


def test_sigterm_shuts_down_cleanly(app: frozen.FrozenApp, tmp_path: Path) -> None:
    process = subprocess.Popen([str(app.executable), "--demo"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=run_env(tmp_path))
    log_file = tmp_path / "data" / "logs" / "souqdesk.log"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if log_file.exists() and "main window shown" in log_file.read_text(encoding="utf-8"):
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    assert "shut down cleanly" in log_file.read_text(encoding="utf-8")


def test_diagnostics_and_reset_frozen(app: frozen.FrozenApp, tmp_path: Path) -> None:
    env = run_env(tmp_path)
    subprocess.run([str(app.executable), "--demo", "--smoke", "--quit-after", "90"], capture_output=True,
                   timeout=180, env=env, check=True)
    done = subprocess.run([str(app.executable), "diagnostics", "--out", str(tmp_path / "ticket.zip"), "--no-doctor"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    import zipfile

    with zipfile.ZipFile(tmp_path / "ticket.zip") as archive:
        assert {"settings.json", "versions.json", "logs/souqdesk.log"} <= set(archive.namelist())
        assert json.loads(archive.read("versions.json"))["frozen"] is True
    done = subprocess.run([str(app.executable), "reset", "--yes"], capture_output=True, text=True, timeout=60,
                          env=env)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "data").exists() and not (tmp_path / "settings.ini").exists()
