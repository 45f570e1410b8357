"""Start-up hook replacing four of PyInstaller's own, which import at every start modules that a command may
never use: `pyi_rth_pyside6` (PySide6.QtCore with shiboken, ~150 ms, even for `souqdesk --version` or
`doctor`), `pyi_rth_inspect` (inspect, and zipfile to list base_library.zip), `pyi_rth_pkgutil` and
`pyi_rth_multiprocessing` (multiprocessing, pickle, subprocess). Each makes the same settings as the original
(PyInstaller 6.22), but right after the app itself first imports the module concerned:
- PySide6: a single Qt binding and the plugin path at once, the embedded qt.conf after PySide6.QtCore;
- inspect: `getsourcefile` resolves the bundle's relative file names (PyInstaller #5963); the names inside
  base_library.zip come from zipimport's directory of it (read at start anyway), not from zipfile;
- pkgutil: `iter_modules` lists the modules of PyInstaller's archive;
- multiprocessing: `freeze_support()` diverts the helper and worker processes a frozen app starts.
"""

# ruff: noqa


def _pyi_rthook():
    import os
    import sys

    from _pyi_rth_utils import qt as qt_rth_utils
    from _pyi_rth_utils import prepend_path_to_environment_variable

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    meipass = sys._MEIPASS
    if sys.platform.startswith("win"):
        qt_path = os.path.join(meipass, "PySide6")
    else:
        qt_path = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(meipass, "PATH")
    if sys.platform == "darwin":
        prepend_path_to_environment_variable(meipass, "DYLD_LIBRARY_PATH")

    def after_qtcore(module):
        qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    def after_inspect(inspect):
        base_library = os.path.join(os.path.normpath(meipass), "base_library.zip")
        original = inspect.getsourcefile

        def base_library_files():
            import zipimport

            listed = zipimport._zip_directory_cache.get(base_library)
            if listed is None:  # not read by zipimport (no such archive): PyInstaller's own way
                if not os.path.isfile(base_library):
                    return set()
                import zipfile

                with zipfile.ZipFile(base_library) as archive:
                    listed = archive.namelist()
            return {os.path.normpath(name) for name in listed}

        def _pyi_getsourcefile(object):
            filename = os.path.normpath(inspect.getfile(object))
            if not os.path.isabs(filename):
                main_file = getattr(sys.modules["__main__"], "__file__", None)
                if main_file and filename == os.path.basename(main_file):
                    return main_file
                if filename + "c" in base_library_files():
                    return os.path.normpath(os.path.join(base_library, filename + "c"))
                return os.path.normpath(os.path.join(meipass, filename))
            if filename.startswith(os.path.normpath(meipass)):
                return filename
            return original(object)

        inspect.getsourcefile = _pyi_getsourcefile

    def after_pkgutil(pkgutil):
        import pyimod02_importers

        def _iter_pyi_frozen_finder_modules(finder, prefix=""):
            node = pyimod02_importers.get_pyz_toc_tree()
            for part in finder._pyz_entry_prefix.split(".") if finder._pyz_entry_prefix else []:
                node = node.get(part)
                if not isinstance(node, dict):
                    node = {}
                    break
            for entry_name, entry_data in node.items():
                yield prefix + entry_name, isinstance(entry_data, dict)
            if finder.fallback_finder is not None:
                yield from pkgutil.iter_importer_modules(finder.fallback_finder, prefix)

        pkgutil.iter_importer_modules.register(pyimod02_importers.PyiFrozenFinder, _iter_pyi_frozen_finder_modules)

    def after_multiprocessing(multiprocessing):
        import multiprocessing.spawn
        from subprocess import _args_from_interpreter_flags

        multiprocessing.process.ORIGINAL_DIR = None
        helpers = ("from multiprocessing.resource_tracker import main", "from multiprocessing.forkserver import main",
                   "import sys; from multiprocessing.forkserver import main")

        def _divert_multiprocessing_helper():
            try:
                switch = sys.argv.index("-c")
            except ValueError:
                return
            if set(sys.argv[1:switch]) != set(_args_from_interpreter_flags()) or len(sys.argv) <= switch + 1:
                return
            command = sys.argv[switch + 1]
            if command.startswith(helpers):
                exec(command)
                sys.exit()

        def _freeze_support():
            _divert_multiprocessing_helper()
            if multiprocessing.spawn.is_forking(sys.argv):
                kwds = {}
                for arg in sys.argv[2:]:
                    name, value = arg.split("=")
                    kwds[name] = None if value == "None" else int(value)
                multiprocessing.spawn.spawn_main(**kwds)
                sys.exit()

        multiprocessing.freeze_support = multiprocessing.spawn.freeze_support = _freeze_support

    after = {"PySide6.QtCore": after_qtcore, "inspect": after_inspect, "pkgutil": after_pkgutil,
             "multiprocessing": after_multiprocessing}

    class AfterImport:
        """Finds nothing itself: when one of the modules above is first imported, runs its step after the
        module's own code (once), then gets out of the way when none is left."""

        def find_spec(self, name, path=None, target=None):
            step = after.pop(name, None)
            if step is None:
                return None
            if not after:
                sys.meta_path.remove(self)
            spec = None
            for finder in sys.meta_path:
                if finder is not self and hasattr(finder, "find_spec"):
                    spec = finder.find_spec(name, path, target)
                    if spec is not None:
                        break
            if spec is None or spec.loader is None:
                return spec
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                step(module)

            spec.loader.exec_module = exec_module
            return spec

    for name in [name for name in after if name in sys.modules]:  # imported before this hook ran: at once
        after.pop(name)(sys.modules[name])
    if after:
        sys.meta_path.insert(0, AfterImport())


_pyi_rthook()
del _pyi_rthook
