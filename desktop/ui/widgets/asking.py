"""Asking with a window-modal dialog without blocking: `when_finished()` connects what happens once
the dialog closes. In this order: `closed()` (the owner forgets the dialog, so a follow-up may ask
again), the dialog is deleted later, then `accepted()` when the result is `ok` (QDialog's Accepted, or
e.g. a QMessageBox button's value) or else `rejected()`. The caller opens the dialog (`open()`), after
anything it must announce first. Used by the triage controllers and the saved-reply filler.

No signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def when_finished(dialog: QDialog, accepted: Callable[[], object], *, ok: int = QDialog.DialogCode.Accepted.value,
                  rejected: Callable[[], object] | None = None, closed: Callable[[], object] | None = None) -> None:
    def finished(code: int) -> None:
        if closed is not None:
            closed()
        dialog.deleteLater()
        if code == ok:
            accepted()
        elif rejected is not None:
            rejected()

    dialog.finished.connect(finished)
