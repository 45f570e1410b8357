"""The one way errors and notices reach the user.

`Notifier.report(error)` shows the specific sentence an error was raised with, translated (`error_text`),
or else the translated sentence of its `desktop.domain.errors` class (never the generic one when the error
says more); it logs it (redacted, never a secret) and shows it non-blocking in the `BannerBar` by default; `modal=True` asks
for a (still non-blocking, window-modal) message box. A `SessionExpired` additionally asks the app to
run the re-sign-in flow (`reauth_requested`), once until `reauth_finished()`; a `PermissionDenied`
never signs anyone out. Unexpected exceptions (bugs) are logged with their traceback and shown as a
generic sentence. Forms that show errors inline call `message_for(error)` and `log(error)` themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.domain import errors
from desktop.system.logging import redact
from desktop.ui import bidi, error_text
from desktop.ui.theme import THEME

log = logging.getLogger(__name__)

INFO = "info"
WARNING = "warning"
ERROR = "error"


@dataclass(frozen=True, slots=True)
class Notice:
    """One message for the user. `key` lets a later notice replace an earlier one of the same kind."""

    text: str
    level: str = ERROR
    key: str = ""


class Notifier(QObject):
    """Routes errors and notices to the user.

    Signals:
        posted(Notice): a notice to show in the banner (or wherever a view listens).
        cleared(str): notices with this key are obsolete (empty string: all).
        reauth_requested(): a SessionExpired reached the UI: show the sign-in again (keep drafts).
    """

    posted = Signal(object)
    cleared = Signal(str)
    reauth_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reauth_pending = False
        self._dialog_parent: QWidget | None = None
        self.last: Notice | None = None

    def set_dialog_parent(self, widget: QWidget | None) -> None:
        """The window that modal notices are attached to."""
        self._dialog_parent = widget

    # -- messages ----------------------------------------------------------------------------------
    def _table(self) -> list[tuple[type[BaseException], str]]:
        # Most specific first: the first isinstance() match wins.
        return [
            (errors.SessionExpired, self.tr("Your session has expired. Please sign in again.")),
            (errors.InvalidCredentials, self.tr("The email or password is wrong.")),
            (errors.MfaRequired, self.tr("Enter the code from your authenticator app.")),
            (errors.MfaCodeInvalid, self.tr("The verification code is wrong or has expired.")),
            (errors.NotAMember, self.tr("You are not a member of this workspace.")),
            (errors.AccountSuspended, self.tr("This workspace is suspended.")),
            (errors.PermissionDenied, self.tr("You are not allowed to do this.")),
            (errors.NotFound, self.tr("It no longer exists on the server.")),
            (errors.ValidationFailed, self.tr("The server did not accept this.")),
            (errors.RateLimited, self.tr("The server is busy with too many requests. Trying again shortly.")),
            (errors.TlsError, self.tr("The server's security certificate could not be verified.")),
            (errors.Unreachable, self.tr("The server cannot be reached. Check the address and your connection.")),
            (errors.NotChatwoot, self.tr("This address does not look like a Chatwoot server.")),
            (errors.ServerError, self.tr("The server had a problem. Try again in a moment.")),
            (errors.MalformedResponse, self.tr("The server sent a response the app could not read.")),
            (
                errors.CredentialStoreUnavailable,
                self.tr("No system keyring is available: you will stay signed in for this session only."),
            ),
            (errors.InvalidPhoneNumber, self.tr("This is not a valid phone number.")),
            (errors.OrderProviderError, self.tr("The order system could not be reached.")),
            (
                errors.ReplyWindowClosed,
                self.tr("The 24-hour reply window is closed: only a template message can be sent."),
            ),
            (errors.AppError, self.tr("Something went wrong.")),
        ]

    def message_for(self, error: BaseException) -> str:
        """The sentence the error was raised with, translated (`error_text`); else its class's sentence, with
        the words of whoever refused (a server's 422, a provider) after it when the error carries any."""
        found = next(((cls, t) for cls, t in self._table() if isinstance(error, cls)), None)
        if found is None:
            return self.tr("Something went wrong. The details were written to the log.")
        cls, text = found
        if isinstance(error, errors.AppError):
            own = error.user_message
            if own == getattr(cls, "default_message", None):  # exactly the sentence of its class
                return text
            specific = error_text.translated(own) if own else None
            if specific is not None:
                return specific
            if own and own != type(error).default_message:
                # already in the user's words (a sentence made in the UI) or someone else's words (a server)
                return own if type(error) is errors.AppError else f"{text} {bidi.isolate(own)}"
        return text

    @staticmethod
    def level_for(error: BaseException) -> str:
        if isinstance(error, errors.RateLimited | errors.CredentialStoreUnavailable):
            return WARNING
        return ERROR

    def log(self, error: BaseException, context: str = "") -> None:
        """Write `error` to the log without secrets (bugs with their traceback)."""
        where = f"{context}: " if context else ""
        if isinstance(error, errors.AppError):
            detail = f" ({redact(error.detail)})" if error.detail else ""
            log.warning("%s%s%s", where, type(error).__name__, detail)
        else:
            log.error("%sunexpected %s: %s", where, type(error).__name__, redact(str(error)),
                      exc_info=(type(error), error, error.__traceback__))

    # -- reporting ---------------------------------------------------------------------------------
    def report(self, error: BaseException, *, modal: bool = False, context: str = "") -> Notice:
        """Log `error` and show it to the user (banner; a message box when `modal`)."""
        self.log(error, context)
        notice = Notice(self.message_for(error), self.level_for(error), type(error).__name__)
        if isinstance(error, errors.SessionExpired) and not self._reauth_pending:
            self._reauth_pending = True
            self.reauth_requested.emit()
        self._show(notice, modal)
        return notice

    def reauth_finished(self) -> None:
        """The user signed in again (or gave up): the next SessionExpired asks again."""
        self._reauth_pending = False
        self.clear("SessionExpired")

    def info(self, text: str, *, key: str = "") -> Notice:
        notice = Notice(text, INFO, key)
        self._show(notice, False)
        return notice

    def warning(self, text: str, *, key: str = "", modal: bool = False) -> Notice:
        notice = Notice(text, WARNING, key)
        self._show(notice, modal)
        return notice

    def clear(self, key: str = "") -> None:
        if self.last is not None and (not key or self.last.key == key):
            self.last = None
        self.cleared.emit(key)

    def _show(self, notice: Notice, modal: bool) -> None:
        self.last = notice
        self.posted.emit(notice)
        if modal:
            from PySide6.QtWidgets import QMessageBox  # its type makes 6 Qt enums: not before the first paint

            box = QMessageBox(self._dialog_parent)
            box.setIcon(QMessageBox.Icon.Warning if notice.level != INFO else QMessageBox.Icon.Information)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(notice.text)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setObjectName("notifierModal")
            box.open()  # window-modal, never blocks the event loop


class BannerBar(QWidget):
    """A thin, dismissable bar at the top of a window that shows the notifier's latest notice.

    Info notices hide by themselves after a few seconds; warnings and errors stay until dismissed
    or replaced. Text is plain (never rich text).
    """

    AUTO_HIDE_MS = 6000

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerBar")
        self.setAutoFillBackground(True)
        self._key = ""
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setObjectName("bannerText")
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(THEME.spacing.l, THEME.spacing.s, THEME.spacing.s, THEME.spacing.s)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        notifier.posted.connect(self.show_notice)
        notifier.cleared.connect(self._on_cleared)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def show_notice(self, notice: Notice) -> None:
        colors = {INFO: (THEME.selection, THEME.text), WARNING: ("#fff3cd", "#5c4500"), ERROR: ("#fde8e8", "#8b1e1e")}
        background, foreground = colors.get(notice.level, colors[ERROR])
        self.setStyleSheet(
            f"#bannerBar {{ background: {background}; border-bottom: 1px solid {THEME.border}; }}"
            f"#bannerText {{ color: {foreground}; }}"
        )
        self._key = notice.key
        self._label.setText(notice.text)
        self.show()
        if notice.level == INFO:
            self._timer.start(self.AUTO_HIDE_MS)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self._key = ""
        self.hide()

    def _on_cleared(self, key: str) -> None:
        if not key or key == self._key:
            self.dismiss()
