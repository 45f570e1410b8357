"""A status-bar button showing my availability in the current workspace (presence colour + word), whose
menu holds the registry's "Set me online / busy / offline" actions (with their shortcuts). It follows
`session.user_changed` and the workspace shown (`set_account()`).

    button = AvailabilityButton(registry, session, window.statusBar())
    window.statusBar().addPermanentWidget(button)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.domain.models import Availability, User
from desktop.services.session import SessionService
from desktop.ui.actions import ActionRegistry
from desktop.ui.theme import THEME
from desktop.ui.widgets.availability import availability_text

ACTIONS = ("availability.online", "availability.busy", "availability.offline")


def _dot(color: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(color)
    return QIcon(pixmap)


class AvailabilityButton(QToolButton):
    def __init__(self, registry: ActionRegistry, session: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("My availability"))
        self._session = session
        self._account_id: int | None = None
        menu = QMenu(self)
        for action_id in ACTIONS:
            menu.addAction(registry.qaction(action_id))
        self.setMenu(menu)
        unlinks = [session.user_changed.connect(self._user_changed),
                   session.signed_in.connect(self._user_changed)]

        def unlink(*_args: object) -> None:  # the session outlives this button
            for undo in unlinks:
                undo()

        self.destroyed.connect(unlink)
        self.refresh()

    def set_account(self, account_id: int | None) -> None:
        self._account_id = account_id
        self.refresh()

    def availability(self) -> Availability | None:
        user = self._session.user
        if user is None or self._account_id is None:
            return None
        return next((w.availability for w in user.workspaces if w.id == self._account_id), None)

    def _user_changed(self, _user: User) -> None:
        self.refresh()

    def refresh(self) -> None:
        availability = self.availability()
        self.setVisible(availability is not None)
        if availability is None:
            return
        self.setText(availability_text(availability))
        self.setIcon(_dot(THEME.presence_color(availability.value)))
        self.setToolTip(self.tr("Your availability in this workspace; click to change"))
