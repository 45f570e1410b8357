"""Language selection and translation loading.

The language comes from, in order: `--lang ar|en` on the command line, the `language` setting, the
system locale. `install()` loads our `i18n/desktop_<lang>.qm` (found through `desktop.system.paths`,
which knows the dev tree and the frozen bundle) and Qt's own `qtbase_<lang>.qm` (standard buttons),
sets the default QLocale, and mirrors the whole layout for right-to-left languages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from desktop.system import paths

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
SYSTEM = "system"

# Translators currently installed, kept referenced (Qt does not own them). Per process: one app.
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system UI language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def choose_language(cli: str | None = None, setting: str | None = None) -> str:
    """Command line wins, then the setting (unless 'system'), then the system locale."""
    for candidate in (cli, setting):
        if candidate and candidate != SYSTEM:
            code = candidate.lower().split("_")[0].split("-")[0]
            if code in SUPPORTED:
                return code
            log.warning("unsupported language %r; falling back", candidate)
    return system_language()


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def translations_dir() -> Path:
    """Dev tree or frozen bundle (desktop.system.paths)."""
    return paths.i18n_dir()


def install(app: QCoreApplication, language: str, directory: Path | None = None) -> list[str]:
    """Install translators for `language` on `app`; returns the .qm files that were loaded.

    English needs no catalogue (source strings are English) but still resets direction and locale.
    """
    uninstall(app)
    loaded: list[str] = []
    locale = QLocale(language)
    QLocale.setDefault(locale)
    if language != "en":
        ours = QTranslator(app)
        folder = directory or translations_dir()
        if ours.load(f"desktop_{language}", str(folder)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(ours.filePath())
        else:
            log.warning("no translation catalogue desktop_%s.qm in %s", language, folder)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
            loaded.append(qt_own.filePath())
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    set_direction = getattr(app, "setLayoutDirection", None)
    if set_direction is not None:
        set_direction(direction)
    log.info("language %s (%s)", language, ", ".join(Path(p).name for p in loaded) or "source strings")
    return loaded


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators `install()` added (tests reset the session-wide app with this)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
