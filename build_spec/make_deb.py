"""Build `dist/souqdesk_<version>_amd64.deb` from the one-folder bundle (`dist/souqdesk/`).

    python build_spec/make_deb.py dist/souqdesk dist

Layout: the bundle in /opt/souqdesk, /usr/bin/souqdesk (a symlink), the .desktop entry (with its Arabic
name) in /usr/share/applications, the icon in the hicolor theme, and the machine policy file
/etc/xdg/SouqDesk/SouqDesk.ini as a conffile (dpkg never overwrites an administrator's edits on upgrade).
`Depends` lists the Debian packages of the system libraries the bundle links to (the bundle carries only
the Python runtime, Qt and the Python packages; see souqdesk.spec), found with `ldd` and `dpkg -S`.
Deterministic: files sorted, owned by root, times clamped to SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402

PACKAGE = "souqdesk"
POLICY_FILE = "etc/xdg/SouqDesk/SouqDesk.ini"
# Needed at run time but not linked (loaded by name): the Secret Service keyring, the xcb helpers of Qt's
# platform plugin, a font for every script.
EXTRA_DEPENDS = ("libxcb-cursor0", "libxkbcommon-x11-0", "fonts-dejavu-core")
RECOMMENDS = ("gnome-keyring | kwalletmanager | keepassxc", "fonts-noto-color-emoji")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(binary: Path) -> set[str]:
    """The libraries `binary` links to directly (its DT_NEEDED entries)."""
    result = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True, check=True)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout))


def system_libraries(bundle: Path) -> set[str]:
    """Libraries outside the bundle that its binaries link to directly (resolved paths)."""
    inside = {p.name for p in bundle.rglob("*.so*")}
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(
        sorted({str(p.parent) for p in bundle.rglob("*.so*")} | {str(bundle / "_internal")})))
    libraries: set[str] = set()
    for binary in elf_files(bundle):
        outside = needed(binary) - inside
        if not outside:
            continue
        resolved = {}
        for line in subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout.splitlines():
            match = re.match(r"\s*(\S+)\s+=>\s*(/\S+)", line)
            if match:
                resolved[match.group(1)] = match.group(2)
            elif line.strip().startswith("/"):  # the dynamic loader: "/lib64/ld-linux-x86-64.so.2 (0x...)"
                loader = line.split()[0]
                resolved[Path(loader).name] = loader
        for name in sorted(outside):
            if name not in resolved:
                raise SystemExit(f"make_deb: {binary.relative_to(bundle)} needs {name}, not on this machine")
            libraries.add(str(Path(resolved[name]).resolve()))
    return libraries


def owning_packages(libraries: set[str]) -> list[str]:
    packages: set[str] = set()
    for library in sorted(libraries):
        candidates = [library]
        if library.startswith("/usr/"):  # merged /usr: dpkg may know it under /lib
            candidates.append(library[len("/usr"):])
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].strip())
                break
        else:
            raise SystemExit(f"make_deb: no Debian package owns {library}")
    return sorted(packages)


def control(depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: amd64\n"
        "Maintainer: SouqDesk team <it@souqdesk.invalid>\nSection: net\nPriority: optional\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(sorted({*depends, *EXTRA_DEPENDS}))}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Homepage: https://souqdesk.invalid\n"
        "Description: desktop client for support agents (Chatwoot-compatible inbox)\n"
        " SouqDesk answers WhatsApp, Messenger and Instagram conversations of a Chatwoot-compatible\n"
        " support inbox, in Arabic and English. Includes the local sandbox server for training (--demo).\n"
    )


def stage(bundle: Path, root: Path) -> None:
    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "souqdesk.desktop", apps / "souqdesk.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "souqdesk.svg", icons / "souqdesk.svg")
    policy = root / POLICY_FILE
    policy.parent.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "SouqDesk.ini", policy)
    docs = root / "usr" / "share" / "doc" / PACKAGE
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "fonts" / "NotoSansArabicUI-LICENSE.txt", docs / "NotoSansArabicUI-LICENSE.txt")


def write_metadata(root: Path, depends: list[str]) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    sums, size = [], 0
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            size += path.stat().st_size
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(root)}\n")
    (debian / "md5sums").write_text("".join(sums))
    (debian / "conffiles").write_text(f"/{POLICY_FILE}\n")
    (debian / "control").write_text(control(depends, size // 1024))


def normalise(root: Path, epoch: int) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        executable = path.is_dir() or os.access(path, os.X_OK) or path.suffix == ".so" or ".so." in path.name
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (epoch, epoch))


def build(bundle: Path, out_dir: Path) -> Path:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    depends = owning_packages(system_libraries(bundle))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{__version__}_amd64.deb"
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "root"
        stage(bundle, root)
        write_metadata(root, depends)
        normalise(root, epoch)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, SOURCE_DATE_EPOCH=str(epoch)))
    return target


if __name__ == "__main__":
    bundle_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(build(bundle_dir, out))
