"""The dialog shown when the app cannot start: someone who started it from a menu sees why.

The full traceback is in the log (`desktop.system.crash.startup_failure` wrote it); the dialog shows the
one-line cause and where the log is. Works before or after the QApplication exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("StartupError", text)


def build_dialog(detail: str, log_file: Path | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("SouqDesk could not start"),
                      tr("SouqDesk could not start."))
    where = tr("The details are in the log file:\n%1").replace("%1", f"\u2068{log_file}\u2069") if log_file \
        else tr("No log file could be written.")
    box.setInformativeText(where)
    box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("startupErrorDialog")
    return box


def show_startup_error(detail: str, log_file: Path | None) -> bool:
    """Show the dialog modally; False when no window can be shown (no display)."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
                and os.environ.get("QT_QPA_PLATFORM") is None and os.name == "posix" \
                and not os.path.exists("/System"):  # Linux without a screen: Qt would abort
            return False
        app = QApplication([])
    if not isinstance(app, QApplication):
        return False
    box = build_dialog(detail, log_file)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        box.show()  # nobody can press Close offscreen (smoke tests): show it, do not wait
        app.processEvents()
        box.close()
        return True
    box.exec()
    return True
