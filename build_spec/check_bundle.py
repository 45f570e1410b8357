"""Check a built one-folder bundle against the packaging rules; print a JSON summary.

    python build_spec/check_bundle.py dist/souqdesk [--json OUT]

Fails (exit 1, one line per problem) when the bundle is over 150 MB, holds a package the app never imports
(setuptools, pkg_resources, pygments, rich, ...), a PySide6 module or Qt plugin outside the allow-lists, a
Qt translation other than Arabic/English, a library of the operating system (those are the .deb's
dependencies), or lacks the compiled dataclass methods it ships (build_spec/dataclass_cache.py). The summary gives size, file count and the lists the tests look at. Also used by the
packaging tests on the unpacked .deb.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules


def archived_modules(executable: Path) -> list[str]:
    """Names of the Python modules in the executable's embedded PYZ archive (and its start-up scripts)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    names = list(archive.toc)
    return sorted(names + list(archive.open_embedded_archive("PYZ.pyz").toc))


def summarise(bundle: Path) -> dict[str, Any]:
    files = sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    translations = internal / "PySide6" / "Qt" / "translations"
    modules = archived_modules(bundle / "souqdesk")
    return {
        "size_bytes": sum(p.stat().st_size for p in files),
        "files": len(files),
        "modules": len(modules),
        "top_level_packages": sorted({m.split(".")[0] for m in modules}),
        "qt_plugins": sorted(str(p.relative_to(plugins)) for p in plugins.rglob("*") if p.is_file()),
        "qt_translations": sorted(p.name for p in translations.glob("*.qm")),
        "pyside_modules": sorted(p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")),
        "libraries": sorted(p.name for p in internal.glob("*.so*")),
        "runtime_hooks": [m for m in modules if m.startswith("pyi_rth_")],
    }


def problems(summary: dict[str, Any], bundle: Path) -> list[str]:
    found = []
    if summary["size_bytes"] > bundle_rules.SIZE_LIMIT_BYTES:
        found.append(f"bundle is {summary['size_bytes'] / 2**20:.1f} MiB (limit 150)")
    for name in bundle_rules.FORBIDDEN_TOP_LEVEL:
        if name in summary["top_level_packages"] or (bundle / "_internal" / name).exists():
            found.append(f"bundle holds {name}, which the app never imports")
    for hook in summary["runtime_hooks"]:
        if "pkgres" in hook or "setuptools" in hook:
            found.append(f"start-up hook {hook} imports setuptools/pkg_resources")
    for module in summary["pyside_modules"]:
        if module not in bundle_rules.QT_MODULES_USED:
            found.append(f"PySide6 module {module} is not used by the app")
    for plugin in summary["qt_plugins"]:
        kind, _, name = plugin.rpartition("/")
        if not bundle_rules.plugin_allowed(kind, name):
            found.append(f"Qt plugin {plugin} is not on the allow-list")
    for qm in summary["qt_translations"]:
        if not bundle_rules.data_allowed(f"PySide6/Qt/translations/{qm}"):
            found.append(f"Qt translation {qm} is not Arabic or English")
    if not (bundle / "_internal" / "desktop" / "app" / bundle_rules.DATACLASS_CACHE).is_file():
        found.append(f"the compiled dataclass methods ({bundle_rules.DATACLASS_CACHE}) are missing")
    for library in summary["libraries"]:
        if any(library.startswith(prefix) for prefix in ("libgtk", "libgdk", "libcairo", "libpango", "libatk",
                                                         "libX11", "libxcb", "libglib", "libfontconfig")):
            found.append(f"system library {library} is bundled (it belongs to the OS)")
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    summary = summarise(bundle)
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(summary, indent=1))
    found = problems(summary, bundle)
    for line in found:
        print(f"check_bundle: {line}", file=sys.stderr)
    print(json.dumps({k: summary[k] for k in ("size_bytes", "files", "modules")}))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
