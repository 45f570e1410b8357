"""The three pages of the sign-in form: server address, credentials (password or token), MFA code.

Pages only collect input and show errors; `SignInForm` runs the work. Every page has an inline,
plain-text error label (`error`) read by screen readers.

Signals: ServerPage.submitted(str); CredentialsPage.password_submitted(str, str, bool),
token_submitted(str, bool), back_requested(); MfaPage.submitted(str, bool), back_requested().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import bidi
from desktop.ui.theme import THEME


class _Page(QWidget):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setObjectName("signInTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4 if font.pointSizeF() > 0 else 14)
        font.setBold(True)
        self.title.setFont(font)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {THEME.danger};")
        self.error.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(self.title)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.error.setAccessibleDescription(text)

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)

    def focus(self) -> None:  # overridden
        self.setFocus()


class ServerPage(_Page):
    submitted = Signal(str)

    def __init__(self, server_url: str, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Connect to your inbox"), parent)
        intro = QLabel(self.tr("Enter the address of your Chatwoot server."), self)
        intro.setWordWrap(True)
        self.url = QLineEdit(server_url, self)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("https://chat.example.com")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a URL is always left-to-right
        self.url.setAccessibleName(self.tr("Server address"))
        self.url.setReadOnly(locked)
        if locked:
            self.url.setToolTip(self.tr("Set by your IT department"))
        self.next = QPushButton(self.tr("Continue"), self)
        self.next.setObjectName("serverContinue")
        self.next.setDefault(True)
        self.layout_.addWidget(intro)
        self.layout_.addWidget(self.url)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.next, 0, Qt.AlignmentFlag.AlignTrailing)
        self.layout_.addStretch(1)
        self.next.clicked.connect(lambda: self.submitted.emit(self.url.text()))
        self.url.returnPressed.connect(lambda: self.submitted.emit(self.url.text()))

    def focus(self) -> None:
        self.url.setFocus()


class CredentialsPage(_Page):
    password_submitted = Signal(str, str, bool)
    token_submitted = Signal(str, bool)
    back_requested = Signal()

    def __init__(self, allow_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign in"), parent)
        self.server = QLabel(self)
        self.server.setObjectName("signInServer")
        self.server.setTextFormat(Qt.TextFormat.PlainText)
        self.server.setStyleSheet(f"color: {THEME.muted};")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("signInMethod")
        password_tab = QWidget(self.tabs)
        self.email = QLineEdit(password_tab)
        self.email.setObjectName("signInEmail")
        self.email.setPlaceholderText("name@company.com")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(password_tab)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(password_tab)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Password"), self.password)
        token_tab = QWidget(self.tabs)
        self.token = QLineEdit(token_tab)
        self.token.setObjectName("signInToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        token_form = QFormLayout(token_tab)
        token_form.addRow(self.tr("Access token"), self.token)
        hint = QLabel(self.tr("Find it in your profile settings on the web dashboard."), token_tab)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {THEME.muted};")
        token_form.addRow(hint)
        self.tabs.addTab(password_tab, self.tr("Email and password"))
        self.tabs.addTab(token_tab, self.tr("Access token"))
        self.remember = QCheckBox(self.tr("Keep me signed in"), self)
        self.remember.setObjectName("keepSignedIn")
        self.remember.setChecked(allow_remember)
        self.remember.setEnabled(allow_remember)
        self.remember.setToolTip(self.tr("Stored in your system keyring, never in a file"))
        self.sign_in = QPushButton(self.tr("Sign in"), self)
        self.sign_in.setObjectName("signInButton")
        self.sign_in.setDefault(True)
        self.back = QPushButton(self.tr("Change server"), self)
        self.back.setObjectName("changeServer")
        self.back.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in)
        for widget in (self.server, self.tabs, self.remember, self.error):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self.sign_in.clicked.connect(self._submit)
        for field in (self.email, self.password, self.token):
            field.returnPressed.connect(self._submit)
        self.back.clicked.connect(self.back_requested.emit)

    def set_server(self, url: str) -> None:
        self.server.setText(bidi.arg(self.tr("Server: %1"), url))

    def _submit(self) -> None:
        remember = self.remember.isChecked()
        if self.tabs.currentIndex() == 1:
            self.token_submitted.emit(self.token.text(), remember)
        else:
            self.password_submitted.emit(self.email.text(), self.password.text(), remember)

    def clear_secrets(self) -> None:
        self.password.clear()
        self.token.clear()

    def focus(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.token.setFocus()
        elif self.email.text():
            self.password.setFocus()
        else:
            self.email.setFocus()


class MfaPage(_Page):
    submitted = Signal(str, bool)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Two-step verification"), parent)
        intro = QLabel(self.tr("Enter the 6-digit code from your authenticator app, or one of your backup codes."),
                       self)
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("mfaCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setAccessibleName(self.tr("Verification code"))
        self.code.setMaxLength(32)
        self.verify = QPushButton(self.tr("Verify"), self)
        self.verify.setObjectName("mfaVerify")
        self.verify.setDefault(True)
        self.back = QPushButton(self.tr("Back"), self)
        self.back.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.verify)
        for widget in (intro, self.code, self.error):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self._remember = False
        self.verify.clicked.connect(lambda: self.submitted.emit(self.code.text(), self._remember))
        self.code.returnPressed.connect(lambda: self.submitted.emit(self.code.text(), self._remember))
        self.back.clicked.connect(self.back_requested.emit)

    def reset(self, remember: bool) -> None:
        self._remember = remember
        self.code.clear()
        self.show_error("")

    def clear_secrets(self) -> None:
        self.code.clear()

    def focus(self) -> None:
        self.code.setFocus()
