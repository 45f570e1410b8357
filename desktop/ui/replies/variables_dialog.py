"""Asks the agent for the variables a saved reply needs but the app cannot fill (`{{order.id}}`, a
contact without a name and no fallback…). One line edit per variable; OK only when all are filled, so
a raw `{{…}}` never reaches the composer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import isolate

# Friendly names for the standard variables; anything else is shown as written.
_LABELS = {
    "contact.name": QT_TRANSLATE_NOOP("VariablesDialog", "Customer name"),
    "contact.first_name": QT_TRANSLATE_NOOP("VariablesDialog", "Customer first name"),
    "contact.last_name": QT_TRANSLATE_NOOP("VariablesDialog", "Customer last name"),
    "contact.phone": QT_TRANSLATE_NOOP("VariablesDialog", "Customer phone"),
    "contact.email": QT_TRANSLATE_NOOP("VariablesDialog", "Customer email"),
    "agent.name": QT_TRANSLATE_NOOP("VariablesDialog", "Your name"),
    "conversation.id": QT_TRANSLATE_NOOP("VariablesDialog", "Conversation number"),
    "order.id": QT_TRANSLATE_NOOP("VariablesDialog", "Order number"),
}


class VariablesDialog(QDialog):
    """Signals: none beyond QDialog's. `answers()` after `exec()` returned Accepted."""

    def __init__(self, names: Sequence[str], reply_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedReplyVariables")
        self.setWindowTitle(self.tr("Fill in the reply"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This reply needs a few details before it can be inserted."), self)
        if reply_title:
            intro.setText(self.tr("The reply %1 needs a few details before it can be inserted.")
                          .replace("%1", isolate(reply_title)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self._edits: dict[str, QLineEdit] = {}
        for name in names:
            edit = QLineEdit(self)
            edit.setObjectName(f"variable:{name}")
            edit.setPlaceholderText(name)
            edit.textChanged.connect(self._update)
            label = QCoreApplication.translate("VariablesDialog", str(_LABELS[name])) if name in _LABELS else name
            form.addRow(label, edit)
            self._edits[name] = edit
        layout.addLayout(form)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._update()
        if self._edits:
            next(iter(self._edits.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    def answers(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self._edits.items()}

    def _complete(self) -> bool:
        return all(edit.text().strip() for edit in self._edits.values())

    def _update(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._complete())

    def accept(self) -> None:
        if self._complete():
            super().accept()
