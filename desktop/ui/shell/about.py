"""Help → About: the app's version, Qt, PySide6 and Python versions, the server's version (asked when the
dialog opens), and the licences of the bundled fonts (the licence text is shown in full)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import __version__
from desktop.system import paths
from desktop.ui.bidi import isolate


class AboutDialog(QDialog):
    def __init__(self, server_url: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About SouqDesk"))
        title = QLabel(self.tr("SouqDesk %1").replace("%1", isolate(__version__)), self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        # A version is not isolated from its product's name: "Qt 6.12.0" is one left-to-right run (an isolate
        # is a neutral and would put the version on the other side of the name inside Arabic).
        self.versions = QLabel(self.tr("Qt %1, PySide6 %2, Python %3").replace("%1", qVersion())
                               .replace("%2", pyside_version).replace("%3", platform.python_version()), self)
        self.versions.setObjectName("aboutVersions")
        self.server = QLabel(self)
        self.server.setObjectName("aboutServer")
        self.server.setWordWrap(True)
        self._server_url = server_url
        self.set_server_version(None if server_url else "")
        fonts = QLabel(self.tr("Bundled font: Noto Sans Arabic UI, SIL Open Font License 1.1"), self)
        licence = QPlainTextEdit(self)
        licence.setObjectName("aboutLicence")
        licence.setReadOnly(True)
        licence_file = paths.fonts_dir() / "NotoSansArabicUI-LICENSE.txt"
        try:
            licence.setPlainText(licence_file.read_text(encoding="utf-8"))
        except OSError:
            licence.setPlainText(str(licence_file))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.versions, self.server, fonts, licence, buttons):
            layout.addWidget(widget)
        self.resize(520, 460)

    def set_server_version(self, version: str | None) -> None:
        """None: still asking; "": not signed in / unknown."""
        if not self._server_url:
            self.server.setText(self.tr("Not connected to a server."))
        elif version is None:
            self.server.setText(self.tr("Server %1: asking for its version…").replace(
                "%1", isolate(self._server_url)))
        elif version:
            self.server.setText(self.tr("Server %1: Chatwoot %2").replace("%1", isolate(self._server_url))
                                .replace("%2", version))
        else:
            self.server.setText(self.tr("Server %1: version unknown.").replace("%1", isolate(self._server_url)))
