"""The main window's status bar: connection state, who is signed in with their availability, and the
"Demo" marker in demo mode.

Signals: none (the parts are updated by the main window and app wiring).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.domain.models import Availability, User
from desktop.ui import bidi
from desktop.ui.statusbar.connection import ConnectionIndicator
from desktop.ui.theme import THEME


class AppStatusBar(QStatusBar):
    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appStatusBar")
        self.connection = ConnectionIndicator(self)
        self.user = QLabel(self)
        self.user.setObjectName("signedInUser")
        self.user.setTextFormat(Qt.TextFormat.PlainText)
        self.demo = QLabel(self.tr("Demo"), self)
        self.demo.setObjectName("demoMarker")
        self.demo.setToolTip(self.tr("Connected to the local sandbox with sample data"))
        self.demo.setStyleSheet(f"color: white; background: {THEME.demo_marker}; padding: 1px 8px;"
                                " border-radius: 7px; font-weight: bold;")
        self.demo.setVisible(demo)
        self.addWidget(self.connection)
        self.addPermanentWidget(self.user)
        self.addPermanentWidget(self.demo)
        self._availability = {
            Availability.ONLINE: self.tr("Online"),
            Availability.BUSY: self.tr("Busy"),
            Availability.OFFLINE: self.tr("Offline"),
        }

    def set_user(self, user: User | None, account_id: int | None = None) -> None:
        if user is None:
            self.user.clear()
            return
        availability = next((w.availability for w in user.workspaces if w.id == account_id), None)
        if availability is None:
            text = bidi.isolate(user.available_name)
        else:
            text = bidi.arg(self.tr("%1 · %2"), user.available_name, self._availability[availability])
        self.user.setText(bidi.in_direction(text, self.layoutDirection()))
