"""The main window's status bar: connection state, unsent replies, who is signed in with their availability,
and the "Demo" marker in demo mode.

Availability is shown once: by the availability control when one is installed (the agent toolkit's button,
which also changes it — `set_availability_control`), otherwise after the name ("Ahmed Hassan · Online").
The unsent count ("2 unsent") shows only while replies wait in the outbox (queued or failed); clicking it
asks to open the first conversation holding one.

Signals: unsent_clicked().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from desktop.domain.models import Availability, User
from desktop.ui import bidi
from desktop.ui.statusbar.connection import ConnectionIndicator
from desktop.ui.theme import THEME


class AppStatusBar(QStatusBar):
    unsent_clicked = Signal()

    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appStatusBar")
        self.connection = ConnectionIndicator(self)
        self.unsent = QToolButton(self)
        self.unsent.setObjectName("unsentMessages")
        self.unsent.setAutoRaise(True)
        self.unsent.setStyleSheet(f"color: {THEME.warning}; font-weight: bold;")
        self.unsent.setToolTip(self.tr("Replies waiting to be sent; click to open the first one"))
        self.unsent.clicked.connect(self.unsent_clicked.emit)
        self.unsent.hide()
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
        self.addWidget(self.unsent)
        self.addPermanentWidget(self.user)
        self.addPermanentWidget(self.demo)
        self._control: QWidget | None = None
        self._shown: tuple[User | None, int | None] = (None, None)
        self._availability = {
            Availability.ONLINE: self.tr("Online"),
            Availability.BUSY: self.tr("Busy"),
            Availability.OFFLINE: self.tr("Offline"),
        }

    def set_user(self, user: User | None, account_id: int | None = None) -> None:
        self._shown = (user, account_id)
        if user is None:
            self.user.clear()
            return
        availability = next((w.availability for w in user.workspaces if w.id == account_id), None)
        if availability is None or self._control is not None:  # the control says it
            text = bidi.isolate(user.available_name)
        else:
            text = bidi.arg(self.tr("%1 · %2"), user.available_name, self._availability[availability])
        self.user.setText(bidi.in_direction(text, self.layoutDirection()))

    def set_availability_control(self, control: QWidget | None) -> None:
        """Show availability with this control (placed after the name) instead of in the name's label."""
        if self._control is not None:
            self.removeWidget(self._control)
        self._control = control
        if control is not None:
            # items: connection, unsent | user, (control), demo — right after the name
            self.insertPermanentWidget(3, control)
            control.show()
        self.set_user(*self._shown)

    def set_unsent(self, count: int) -> None:
        self.unsent.setText(self.tr("%n unsent", "", count))
        self.unsent.setAccessibleName(self.unsent.text())
        self.unsent.setVisible(count > 0)
