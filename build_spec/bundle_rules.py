"""What goes into the frozen bundle: the allow-lists the spec applies and `check_bundle.py` verifies.

Kept free of PyInstaller imports so that the bundle check and the tests can use the same rules.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

# PySide6 modules the app may import (collected only when something imports them). QtCharts (from
# PySide6-Addons, for the reports) links Qt's OpenGL modules, so their bindings may load with it. Every
# other PySide6.Qt* module (Essentials or Addons: QtQml, QtQuick, QtWebEngine*, QtMultimedia, Qt3D*, QtPdf,
# ...) is excluded, whatever is installed in the environment.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtDBus", "QtCharts", "QtOpenGL",
                             "QtOpenGLWidgets", "QtNetwork"})  # QtNetwork: QNetworkInformation

# Python packages the app never imports (build tools, pretty printers, test tools).
NEVER_BUNDLED = (
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip", "wheel", "pygments", "rich",
    "tkinter", "_tkinter", "IPython", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff",
    "importlinter", "grimp", "PyInstaller", "numpy", "httpx._main", "watchfiles",
    "uvloop", "httptools", "curses", "readline",
)
# Packages that must not appear in the bundle at all (checked after the build). `click` is not among
# them: uvicorn, the server of the shipped sandbox (`--demo`), imports it in its package __init__.
FORBIDDEN_TOP_LEVEL = ("setuptools", "pkg_resources", "_distutils_hack", "pygments", "rich", "pip",
                       "PyInstaller", "pytest", "hypothesis", "tkinter")

# Qt plugins, by plugin type: an agent desktop on X11/XWayland (xcb), offscreen for tests and smoke runs.
QT_PLUGINS = {
    "platforms": {"libqxcb.so", "libqoffscreen.so", "qwindows.dll", "libqcocoa.dylib", "qoffscreen.dll",
                  "libqoffscreen.dylib"},
    "platformthemes": {"libqxdgdesktopportal.so"},  # not libqgtk3 (GTK, cairo, pango)
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so"},
    "xcbglintegrations": {"libqxcb-egl-integration.so", "libqxcb-glx-integration.so"},
    "imageformats": {"libqgif.so", "libqico.so", "libqjpeg.so", "libqsvg.so", "libqwebp.so",
                     "qgif.dll", "qico.dll", "qjpeg.dll", "qsvg.dll", "qwebp.dll",
                     "libqgif.dylib", "libqico.dylib", "libqjpeg.dylib", "libqsvg.dylib", "libqwebp.dylib"},
    "iconengines": {"libqsvgicon.so", "qsvgicon.dll", "libqsvgicon.dylib"},
    "styles": {"qmodernwindowsstyle.dll", "qwindowsvistastyle.dll", "libqmacstyle.dylib"},
    # QNetworkInformation backends: reconnect at once when the network comes back (ui/shell/network_watch.py)
    "networkinformation": {"libqnetworkmanager.so", "libqglib.so", "qnetworklistmanager.dll",
                           "libqscnetworkreachability.dylib"},
}
QT_TRANSLATION_LANGUAGES = ("ar", "en")
QT_TRANSLATION_CATALOGUES = ("qt", "qtbase")  # standard buttons and dialogs of QtWidgets

# uvicorn picks these by name at run time (the sandbox runs it with the h11 and websockets-sansio protocols).
UVICORN_RUNTIME_MODULES = [
    "uvicorn.logging", "uvicorn.loops.auto", "uvicorn.loops.asyncio", "uvicorn.lifespan.on",
    "uvicorn.lifespan.off", "uvicorn.protocols.http.auto", "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.websockets.auto", "uvicorn.protocols.websockets.websockets_sansio_impl",
]
KEYRING_BACKENDS = ["keyring.backends.SecretService", "keyring.backends.libsecret", "keyring.backends.chainer",
                    "keyring.backends.fail", "keyring.backends.null"]
if sys.platform == "win32":
    KEYRING_BACKENDS.append("keyring.backends.Windows")
elif sys.platform == "darwin":
    KEYRING_BACKENDS.append("keyring.backends.macOS")

SIZE_LIMIT_BYTES = 150 * 1024 * 1024
# PyInstaller's start-up hooks replaced by build_spec/rthooks/pyi_rth_lazy.py (same settings, made when the
# app first imports the module concerned, not at every start).
DEFERRED_RUNTIME_HOOKS = ("pyi_rth_pyside6", "pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing")
# The compiled dataclass methods the bundle ships (`desktop.app.dataclass_code.file_name()`, in desktop/app/),
# written by build_spec/dataclass_cache.py after importing the modules the spec collects and these, which the
# app imports only once it runs (httpx makes its transport, httpcore over anyio, at the first request).
DATACLASS_CACHE = f"dataclass-methods.{sys.implementation.cache_tag}.marshal"
RUN_TIME_IMPORTS = ["qasync", "httpcore", "anyio._backends._asyncio", "anyio.streams.memory", "anyio.streams.stapled",
                    "anyio.streams.tls", "truststore"]


def installed_qt_modules() -> list[str]:
    """The PySide6.Qt* extension modules in this environment (Essentials, and Addons when installed)."""
    try:
        import PySide6
    except ImportError:
        return []
    folder = Path(PySide6.__file__).parent
    names = {path.name.split(".")[0] for path in folder.iterdir() if path.name.startswith("Qt")}
    return sorted(name for name in names if name.isidentifier())


def excluded_modules() -> list[str]:
    unused_qt = [f"PySide6.{name}" for name in installed_qt_modules() if name not in QT_MODULES_USED]
    return [*NEVER_BUNDLED, *unused_qt]


def plugin_allowed(plugin_type: str, file_name: str) -> bool:
    return file_name in QT_PLUGINS.get(plugin_type, set())


def data_allowed(dest_name: str) -> bool:
    """Qt's own translations only for Arabic and English; every other data file stays."""
    path = Path(dest_name)
    if path.suffix == ".qm" and "translations" in path.parts:
        base, _, language = path.stem.rpartition("_")
        return base in QT_TRANSLATION_CATALOGUES and language in QT_TRANSLATION_LANGUAGES
    return True


def _python_roots() -> list[Path]:
    roots = [Path(sys.prefix).resolve(), Path(sysconfig.get_paths()["stdlib"]).resolve()]
    roots.append(Path(sysconfig.get_paths()["platstdlib"]).resolve())
    return roots


def binary_allowed(dest_name: str, source: str) -> bool:
    """Bundle libraries of the Python installation and the virtual environment, not of the OS.

    On Windows and macOS (where the OS provides far less) everything PyInstaller found is kept."""
    if sys.platform in ("win32", "darwin"):
        return True
    path = Path(source).resolve()
    if path.name.startswith("libpython"):
        return True
    return any(path.is_relative_to(root) for root in _python_roots())
