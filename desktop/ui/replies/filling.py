"""Turns a saved reply (or several, stacked) into the final text: fills the variables the app knows
and, if some are left, opens the `VariablesDialog` (window-modal, non-blocking) and delivers the text
only once the agent has answered. Cancelling delivers nothing: a raw `{{…}}` is never inserted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.variables import VariableContext, complete, fill
from desktop.ui.replies.variables_dialog import VariablesDialog
from desktop.ui.widgets.asking import when_finished

ContextProvider = Callable[[], VariableContext]


class ReplyFiller(QObject):
    """Signals: prompting(VariablesDialog) when the agent is asked, cancelled()."""

    prompting = Signal(object)
    cancelled = Signal()

    def __init__(self, context: ContextProvider, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._context = context
        self._parent_widget = parent_widget
        self.dialog: VariablesDialog | None = None

    def fill_then(self, template: str, title: str, deliver: Callable[[str], None]) -> None:
        context = self._context()
        result = fill(template, context)
        if result.complete:
            deliver(result.text)
            return
        dialog = VariablesDialog(result.missing, title, self._parent_widget)
        self.dialog = dialog
        when_finished(dialog, lambda: deliver(complete(template, context, dialog.answers())),
                      rejected=self.cancelled.emit, closed=self._forget_dialog)
        self.prompting.emit(dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None
