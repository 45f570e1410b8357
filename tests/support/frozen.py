"""The frozen app for the packaging smoke tests: the .deb built by `bash .ci/package`, unpacked or installed.

`.ci/test` builds the package once before pytest and passes it in `SOUQDESK_DEB`; a targeted run without it
builds it here (about a minute). With `SOUQDESK_SMOKE_INSTALL=1` (CI, as root) the package is installed with
apt (dependencies resolved) and `/usr/bin/souqdesk` is tested, then purged; otherwise it is unpacked with
`dpkg-deb -x` into a temporary folder. `secret_service_script()` wraps a command in a session bus with an
unlocked gnome-keyring (a real Secret Service), as a desktop session provides.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class FrozenApp:
    deb: Path
    root: Path  # "/" when installed, else the unpacked tree
    executable: Path
    installed: bool

    @property
    def bundle(self) -> Path:
        return self.root / "opt" / "souqdesk"


def build_deb() -> Path:
    given = os.environ.get("SOUQDESK_DEB")
    if given:
        return Path(given)
    subprocess.run(["bash", str(ROOT / ".ci" / "package")], check=True, cwd=ROOT, timeout=900)
    return next((ROOT / "dist").glob("souqdesk_*_amd64.deb"))


def provide(deb: Path, workdir: Path) -> FrozenApp:
    if os.environ.get("SOUQDESK_SMOKE_INSTALL") == "1":
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb.resolve())],
                       check=True, capture_output=True, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        return FrozenApp(deb, Path("/"), Path("/usr/bin/souqdesk"), installed=True)
    root = workdir / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return FrozenApp(deb, root, root / "opt" / "souqdesk" / "souqdesk", installed=False)


def remove(app: FrozenApp) -> None:
    if app.installed:
        subprocess.run(["dpkg", "--purge", "souqdesk"], check=False, capture_output=True)
    else:
        shutil.rmtree(app.root, ignore_errors=True)


def has_secret_service_tools() -> bool:
    return bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))


def secret_service_script(commands: list[list[str]]) -> list[str]:
    """`dbus-run-session -- sh -c '<unlock gnome-keyring>; cmd1 && cmd2 ...'` (XDG_DATA_HOME must be set to a
    temporary folder by the caller: the keyring file goes there)."""
    body = " && ".join(shlex.join(command) for command in commands)
    unlock = "echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    return ["dbus-run-session", "--", "sh", "-c", f"{unlock} && {body}"]
