"""Set priority: five choices (none, low, medium, high, urgent) picked with Up/Down + Enter or a digit
0-4 at once. After Accepted: `priority()`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.models import Priority
from desktop.ui.widgets.list_keys import ListPickKeys

ORDER = (Priority.NONE, Priority.LOW, Priority.MEDIUM, Priority.HIGH, Priority.URGENT)


def priority_text(priority: Priority) -> str:
    names = {
        Priority.NONE: QCoreApplication.translate("Triage", "No priority"),
        Priority.LOW: QCoreApplication.translate("Triage", "Low"),
        Priority.MEDIUM: QCoreApplication.translate("Triage", "Medium"),
        Priority.HIGH: QCoreApplication.translate("Triage", "High"),
        Priority.URGENT: QCoreApplication.translate("Triage", "Urgent"),
    }
    return names[priority]


class PriorityDialog(QDialog):
    def __init__(self, current: Priority = Priority.NONE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityDialog")
        self.setWindowTitle(self.tr("Priority"))
        self._priority = current
        self.list = QListWidget(self)  # five fixed entries: a model of its own would add nothing
        self.list.setObjectName("priorityList")
        for digit, priority in enumerate(ORDER):
            item = QListWidgetItem(f"{digit}  {priority_text(priority)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, priority.value)
        self.list.setCurrentRow(ORDER.index(current))
        self.list.itemActivated.connect(lambda item: self._pick(self.list.row(item)))
        self.keys = ListPickKeys(self.list, "01234", self._pick)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Press 0-4 or choose and press Enter."), self))
        layout.addWidget(self.list)
        self.list.setFocus()

    def priority(self) -> Priority:
        return self._priority

    def _pick(self, row: int) -> None:
        if 0 <= row < len(ORDER):
            self._priority = ORDER[row]
            self.accept()
