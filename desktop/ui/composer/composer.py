"""Composer: the reply box under a conversation (Reply / Private note, attachments, Send).

It only gathers what the agent wants to send and says why sending is not possible right now; the pane
sends through the outbox. Two independent blocks:
- `set_reply_blocked(reason)`: free-text replies are disabled (WhatsApp's 24-hour window is closed);
  private notes are still possible. The editor keeps the draft text, read-only, while in Reply mode.
The reason is shown as plain text above the editor. Text still holding a raw `{{…}}` placeholder is never
sent (`has_raw_placeholder`): it stays in the editor and the reason is shown.

For the saved-reply popup (another feature): `text_edit` (the `ComposerEdit`, with `add_key_interceptor`,
`slash_triggered(int)` and `replace_range`), `insert_text(str)`, `set_completer_provider(provider)`
(any object with `attach(composer) -> Callable[[], None]`; the returned function detaches it).

Signals: send_requested(str text, bool private, list[OutgoingFile]), text_changed(str),
mode_changed(bool private).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.files import OutgoingFile
from desktop.services.variables import has_raw_placeholder
from desktop.ui.bidi import isolate
from desktop.ui.composer.attachments import MAX_ATTACHMENTS, MAX_FILE_BYTES, AttachmentStrip
from desktop.ui.composer.text_edit import ComposerEdit
from desktop.ui.theme import THEME


class CompleterProvider(Protocol):
    def attach(self, composer: Composer) -> Callable[[], None]: ...


class Composer(QWidget):
    """Signals: send_requested(str, bool, list), text_changed(str), mode_changed(bool)."""

    send_requested = Signal(str, bool, list)
    text_changed = Signal(str)
    mode_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._send_reason: str | None = None
        self._reply_reason: str | None = None
        self._detach_completer: Callable[[], None] | None = None
        self._loading_text = False

        self.reply_button = QToolButton(self)
        self.reply_button.setText(self.tr("Reply"))
        self.note_button = QToolButton(self)
        self.note_button.setText(self.tr("Private note"))
        self._modes = QButtonGroup(self)
        for button in (self.reply_button, self.note_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self._modes.addButton(button)
        self.reply_button.setChecked(True)
        self._modes.buttonToggled.connect(self._on_mode_toggled)

        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("composerReason")
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"#composerReason {{ color: {THEME.danger}; }}")
        self.reason_label.hide()

        self.text_edit = ComposerEdit(self)
        self.text_edit.setAccessibleName(self.tr("Reply"))
        self.text_edit.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text_edit.submit.connect(self.request_send)
        self.text_edit.textChanged.connect(self._on_text_changed)

        self.attachments = AttachmentStrip(self)
        self.attachments.changed.connect(self._update_state)
        self.attach_button = QToolButton(self)
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setAutoRaise(True)
        self.attach_button.clicked.connect(self.choose_files)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.request_send)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.reply_button)
        top.addWidget(self.note_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.attach_button)
        bottom.addWidget(self.attachments, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(THEME.spacing.m, THEME.spacing.s, THEME.spacing.m, THEME.spacing.m)
        layout.setSpacing(THEME.spacing.s)
        layout.addLayout(top)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.text_edit)
        layout.addLayout(bottom)
        self._update_state()

    # -- mode ------------------------------------------------------------------------------------------
    @property
    def private(self) -> bool:
        return self.note_button.isChecked()

    def set_private(self, private: bool) -> None:
        (self.note_button if private else self.reply_button).setChecked(True)

    def toggle_private(self) -> None:
        self.set_private(not self.private)

    def _on_mode_toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self._update_state()
            self.mode_changed.emit(self.private)

    # -- text ------------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text without announcing a change (loading a draft)."""
        self._loading_text = True
        try:
            self.text_edit.setPlainText(text)
            self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
        finally:
            self._loading_text = False
        self._update_state()

    def insert_text(self, text: str) -> None:
        """Insert `text` at the cursor (saved replies, the order status answer) and focus the editor."""
        if self.text_edit.isReadOnly():
            return
        self.text_edit.insert_text(text)
        self.text_edit.setFocus()

    def clear(self) -> None:
        self.text_edit.clear()
        self.attachments.clear()

    def _on_text_changed(self) -> None:
        self._update_state()
        if not self._loading_text:
            self.text_changed.emit(self.text())

    # -- plug-ins --------------------------------------------------------------------------------------
    def set_completer_provider(self, provider: CompleterProvider | None) -> None:
        if self._detach_completer is not None:
            self._detach_completer()
            self._detach_completer = None
        if provider is not None:
            self._detach_completer = provider.attach(self)

    def set_enter_sends(self, enter_sends: bool) -> None:
        self.text_edit.enter_sends = enter_sends

    # -- attachments ----------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            self.add_attachment(Path(path))

    def add_attachment(self, path: Path) -> bool:
        """Attach a file; False (with the reason shown) when it cannot be attached."""
        if len(self.attachments.files()) >= MAX_ATTACHMENTS:
            self._show_inline(self.tr("At most %1 files can be sent at once.").replace("%1", str(MAX_ATTACHMENTS)))
            return False
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self._show_inline(self.tr("%1 is too large to send (40 MB at most).").replace("%1", isolate(path.name)))
                return False
            data = path.read_bytes()
        except OSError:
            self._show_inline(self.tr("%1 could not be read.").replace("%1", isolate(path.name)))
            return False
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.attachments.add(OutgoingFile(path.name, content_type, data))
        return True

    # -- blocking --------------------------------------------------------------------------------------
    def set_reply_blocked(self, reason: str | None) -> None:
        self._reply_reason = reason
        self._update_state()

    def block_reason(self) -> str | None:
        """Why the current mode cannot send now, or None."""
        if self._send_reason:
            return self._send_reason
        if not self.private and self._reply_reason:
            return self._reply_reason
        return None

    def can_send(self) -> bool:
        has_content = bool(self.text().strip()) or bool(self.attachments.files())
        return self.block_reason() is None and has_content

    def _show_inline(self, text: str) -> None:
        self.reason_label.setText(text)
        self.reason_label.show()

    def _update_state(self) -> None:
        reason = self.block_reason()
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))
        reply_closed = not self.private and bool(self._reply_reason)
        self.text_edit.setReadOnly(reply_closed)
        self.attach_button.setEnabled(not reply_closed)
        self.text_edit.setPlaceholderText(
            self.tr("Private note: only your team sees it") if self.private
            else self.tr("Type a reply… (Enter sends, Shift+Enter for a new line)")
        )
        background = THEME.private.background if self.private else THEME.base
        self.text_edit.setStyleSheet(f"#composerEdit {{ background: {background}; }}")
        self.send_button.setText(self.tr("Add note") if self.private else self.tr("Send"))
        self.send_button.setEnabled(self.can_send())

    # -- sending ---------------------------------------------------------------------------------------
    def request_send(self) -> None:
        """Ask the pane to send what is typed (ignored while blocked or empty; the reason stays visible).

        A raw `{{…}}` placeholder (a saved reply's variable left unfilled, or typed) is never sent: the
        text stays in the editor with the reason shown above it."""
        if not self.can_send():
            self._update_state()
            return
        text = self.text().strip()
        if has_raw_placeholder(text):
            self._show_inline(self.tr("Fill in or remove the {{…}} placeholder before sending: "
                                      "the customer would see it as typed."))
            return
        self.send_requested.emit(text, self.private, self.attachments.files())
