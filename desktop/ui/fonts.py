"""The bundled Arabic UI font: a machine without an Arabic font shows boxes instead of letters.

`install_fonts()` registers `NotoSansArabicUI-{Regular,Bold}.ttf` with QFontDatabase and makes the
family a *fallback* of the application font (`setFamilies([system family, "Noto Sans Arabic UI"])`),
so Latin text keeps the system look while Arabic renders the same on every machine. The UI variant
keeps list rows at their normal height (plain Noto Sans Arabic has tall metrics).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.system import paths

log = logging.getLogger(__name__)

ARABIC_FAMILY = "Noto Sans Arabic UI"
FONT_FILES = ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf")


def fonts_dir() -> Path:
    """Dev tree or frozen bundle (desktop.system.paths)."""
    return paths.fonts_dir()


def register_fonts(directory: Path | None = None) -> list[str]:
    """Add the bundled fonts to the font database; returns the families that were registered."""
    folder = directory or fonts_dir()
    families: list[str] = []
    for name in FONT_FILES:
        path = folder / name
        if not path.exists():
            log.warning("bundled font missing: %s", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def with_arabic_fallback(font: QFont) -> QFont:
    """`font` with the Arabic UI family appended to its families (idempotent)."""
    result = QFont(font)
    families = list(result.families()) or [result.family()]
    if ARABIC_FAMILY not in families:
        families.append(ARABIC_FAMILY)
    result.setFamilies(families)
    return result


def install_fonts(app: QApplication, directory: Path | None = None) -> bool:
    """Register the bundled fonts and set the app font with the Arabic fallback. True when available."""
    families = register_fonts(directory)
    if ARABIC_FAMILY not in families and ARABIC_FAMILY not in QFontDatabase.families():
        return False
    app.setFont(with_arabic_fallback(app.font()))
    return True
