"""The bundle's start-up hook (build_spec/rthooks/pyi_rth_lazy.py), run in a fresh interpreter as PyInstaller's
bootstrap runs it (`sys._MEIPASS` set, PyInstaller's run-time helpers importable): it imports none of the
modules whose PyInstaller hooks it replaces, and makes each one's settings as soon as the app imports it.
The packaging smoke tests (test_frozen.py) run it inside the real bundle."""

from __future__ import annotations

import zipfile
from pathlib import Path

import PyInstaller

from tests.support.fresh import ROOT, run_fresh

HOOK = ROOT / "build_spec" / "rthooks" / "pyi_rth_lazy.py"
PYINSTALLER = Path(PyInstaller.__file__).parent

CODE = """
    import json
    import sys

    sys._MEIPASS = sys.argv[1]
    sys.path += [sys.argv[3], sys.argv[4]]  # PyInstaller's loader and run-time helper modules
    watched = ("inspect", "zipfile", "pkgutil", "multiprocessing", "PySide6.QtCore")
    eager = [name for name in watched if name in sys.modules]
    with open(sys.argv[2], encoding="utf-8") as hook:
        exec(compile(hook.read(), sys.argv[2], "exec"), {"__name__": "__main__"})
    print("imported by the hook:", sorted(set(name for name in watched if name in sys.modules) - set(eager)))

    import inspect

    relative = compile("def f(): pass", "desktop/app/flow.py", "exec")
    in_base_library = compile("def f(): pass", "collections/abc.py", "exec")
    print("source files:", inspect.getsourcefile(relative), inspect.getsourcefile(in_base_library))
    print("own file:", inspect.getsourcefile(json) == json.__file__)

    import pkgutil
    import pyimod02_importers

    print("pkgutil lists the archive:", pyimod02_importers.PyiFrozenFinder in pkgutil.iter_importer_modules.registry)

    import multiprocessing
    import multiprocessing.spawn

    print("freeze_support:", multiprocessing.freeze_support.__name__, multiprocessing.spawn.freeze_support.__name__,
          multiprocessing.process.ORIGINAL_DIR)

    from PySide6.QtCore import QFile

    print("qt.conf:", QFile.exists(":/qt/etc/qt.conf"), "plugins:", __import__("os").environ["QT_PLUGIN_PATH"])
    print("hook left:", [type(f).__name__ for f in sys.meta_path if type(f).__name__ == "AfterImport"])
"""


def test_the_hook_imports_nothing_and_sets_each_module_up_when_the_app_imports_it(tmp_path: Path) -> None:
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    with zipfile.ZipFile(bundle / "base_library.zip", "w") as archive:
        archive.writestr("collections/abc.pyc", b"")
    out = run_fresh(CODE, str(bundle), str(HOOK), str(PYINSTALLER / "loader"), str(PYINSTALLER / "fake-modules"))
    assert "imported by the hook: []" in out
    assert f"source files: {bundle / 'desktop/app/flow.py'} {bundle / 'base_library.zip/collections/abc.pyc'}" in out
    assert "own file: True" in out
    assert "pkgutil lists the archive: True" in out
    assert "freeze_support: _freeze_support _freeze_support None" in out
    assert f"qt.conf: True plugins: {bundle / 'PySide6' / 'Qt' / 'plugins'}" in out
    assert "hook left: []" in out  # every step made: out of the import path
