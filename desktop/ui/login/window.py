"""The first-run sign-in window and the "sign in again" dialog shown when a session expires.

`SignInWindow` is a plain top-level window hosting the `SignInForm` on a centred card.
`ReauthDialog` hosts a form that starts at the credentials step for the same server; the main window
stays open behind it, so unsent drafts and the outbox are kept. Both are non-blocking (no exec()).

Signals: SignInWindow.signed_in(User), closed() — the user closed the window (the app quits);
ReauthDialog.signed_in(User).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from desktop.services.session import SessionService
from desktop.ui import bidi
from desktop.ui.login.form import Probe, SignInForm
from desktop.ui.notifier import BannerBar, Notifier
from desktop.ui.theme import THEME


class SignInWindow(QWidget):
    signed_in = Signal(object)
    closed = Signal()

    def __init__(self, session: SessionService, probe: Probe, notifier: Notifier, *, server_url: str = "",
                 server_locked: bool = False, allow_remember: bool = True, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.setWindowTitle(self.tr("SouqDesk — Sign in"))
        self.banner = BannerBar(notifier, self)
        card = QFrame(self)
        card.setObjectName("signInCard")
        card.setStyleSheet(
            f"#signInCard {{ background: {THEME.base}; border: 1px solid {THEME.border}; border-radius: 10px; }}"
        )
        card.setFixedWidth(440)
        brand = QLabel(self.tr("SouqDesk"), card)
        brand.setObjectName("brand")
        font = brand.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.8 if font.pointSizeF() > 0 else 20)
        brand.setFont(font)
        brand.setStyleSheet(f"color: {THEME.accent};")
        # the brand is Latin: align it to the UI's leading edge, not by its own (LTR) text
        brand.setAlignment(bidi.leading_alignment(self.layoutDirection()) | Qt.AlignmentFlag.AlignVCenter)
        tagline = QLabel(self.tr("Your customers' conversations, on your desktop."), card)
        tagline.setStyleSheet(f"color: {THEME.muted};")
        tagline.setWordWrap(True)
        self.form = SignInForm(session, probe, notifier, server_url=server_url, server_locked=server_locked,
                               allow_remember=allow_remember, parent=card)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(brand)
        inner.addWidget(tagline)
        inner.addSpacing(8)
        inner.addWidget(self.form)
        if demo:
            marker = QLabel(self.tr("Demo"), card)
            marker.setObjectName("demoMarker")
            marker.setStyleSheet(f"color: white; background: {THEME.demo_marker}; padding: 2px 8px;"
                                 " border-radius: 8px;")
            inner.addWidget(marker, 0, Qt.AlignmentFlag.AlignLeading)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setStyleSheet(f"#signInWindow {{ background: {THEME.window}; }}")
        self.resize(880, 640)
        self.form.signed_in.connect(self.signed_in.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()

    def start(self, known_server: str | None = None) -> None:
        """Show the window at the right step: credentials when the server is already known."""
        if known_server:
            self.form.show_credentials_page(known_server)
        else:
            self.form.show_server_page()
        self.show()
        self.form.set_focus_first()


class ReauthDialog(QDialog):
    signed_in = Signal(object)

    def __init__(self, session: SessionService, probe: Probe, notifier: Notifier, server_url: str, *,
                 allow_remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reauthDialog")
        self.setWindowTitle(self.tr("Sign in again"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        note = QLabel(self.tr("Your session has expired. Sign in again to continue; your unsent messages and "
                              "drafts are kept."), self)
        note.setWordWrap(True)
        self.form = SignInForm(session, probe, notifier, server_url=server_url, allow_remember=allow_remember,
                               parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        self.form.show_credentials_page(server_url)
        self.form.signed_in.connect(self._done)
        self.resize(420, 360)

    def _done(self, user: object) -> None:
        self.signed_in.emit(user)
        self.accept()
