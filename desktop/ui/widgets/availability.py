"""The words for an agent's availability (online / busy / offline), shared by the team board, the agent
pickers and the status bar's availability button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.models import Availability


def availability_text(availability: Availability) -> str:
    names = {
        Availability.ONLINE: QCoreApplication.translate("Triage", "online"),
        Availability.BUSY: QCoreApplication.translate("Triage", "busy"),
        Availability.OFFLINE: QCoreApplication.translate("Triage", "offline"),
    }
    return names[availability]
