"""The sign-in form: server address, then email + password (with the MFA step when asked) or an access
token. Each failure is said inline, specifically (unreachable, certificate, not a Chatwoot server,
wrong credentials, wrong MFA code), through the notifier's translations.

"Keep me signed in" asks the session service to remember the session in the OS keyring; without a
keyring the session service still signs in (for this session only) and the form says so.

Signals: signed_in(User), server_confirmed(str).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain import errors
from desktop.domain.models import ServerInfo, User
from desktop.services.session import SessionService
from desktop.ui.login.pages import CredentialsPage, MfaPage, ServerPage
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner

Probe = Callable[[str], Coroutine[Any, Any, ServerInfo]]

def normalise_url(text: str) -> str:
    """Trim, default to https://, drop a trailing slash."""
    url = text.strip()
    if url and "://" not in url:
        url = f"https://{url}"
    return url.rstrip("/")


class SignInForm(QWidget):
    signed_in = Signal(object)
    server_confirmed = Signal(str)

    def __init__(self, session: SessionService, probe: Probe, notifier: Notifier, *,
                 server_url: str = "", server_locked: bool = False, allow_remember: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInForm")
        self._session = session
        self._probe = probe
        self._notifier = notifier
        self.tasks = TaskRunner(self, notifier)
        self.server_page = ServerPage(server_url, server_locked, self)
        self.credentials_page = CredentialsPage(allow_remember, self)
        self.mfa_page = MfaPage(self)
        self.pages = QStackedWidget(self)
        for page in (self.server_page, self.credentials_page, self.mfa_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._server_url = normalise_url(server_url)

        self.server_page.submitted.connect(self._check_server)
        self.credentials_page.password_submitted.connect(self._sign_in_password)
        self.credentials_page.token_submitted.connect(self._sign_in_token)
        self.credentials_page.back_requested.connect(self.show_server_page)
        self.mfa_page.submitted.connect(self._verify_mfa)
        self.mfa_page.back_requested.connect(self._back_from_mfa)
        self.tasks.busy_changed.connect(self._set_busy)
        self.pages.currentChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        """Size the stack to the page shown (a QStackedWidget otherwise keeps the tallest page's height)."""
        current = self.pages.currentWidget()
        for page in (self.server_page, self.credentials_page, self.mfa_page):
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    # -- navigation --------------------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        return self._server_url

    def show_server_page(self) -> None:
        self.pages.setCurrentWidget(self.server_page)
        self.server_page.focus()

    def show_credentials_page(self, server_url: str) -> None:
        """Skip the server step (a known server: restart, or signing in again after expiry)."""
        self._server_url = normalise_url(server_url)
        self.credentials_page.set_server(self._server_url)
        self.pages.setCurrentWidget(self.credentials_page)
        self.credentials_page.focus()

    def _back_from_mfa(self) -> None:
        self.show_credentials_page(self._server_url)

    def _set_busy(self, busy: bool) -> None:
        for page in (self.server_page, self.credentials_page, self.mfa_page):
            page.set_busy(busy)

    # -- steps -------------------------------------------------------------------------------------
    def _fail(self, page: ServerPage | CredentialsPage | MfaPage) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            self._notifier.log(error, "sign-in")
            page.show_error(self._notifier.message_for(error))

        return show

    def _check_server(self, text: str) -> None:
        url = normalise_url(text)
        if not url.startswith(("http://", "https://")):
            self.server_page.show_error(self.tr("Enter the server address, for example https://chat.example.com"))
            return
        self.server_page.show_error("")

        def confirmed(_info: ServerInfo) -> None:
            self.server_confirmed.emit(url)
            self.show_credentials_page(url)

        self.tasks.run("server", self._probe(url), on_result=confirmed, on_error=self._fail(self.server_page))

    def _sign_in_password(self, email: str, password: str, remember: bool) -> None:
        if not email.strip() or not password:
            self.credentials_page.show_error(self.tr("Enter your email and password."))
            return
        self.credentials_page.show_error("")

        def failed(error: BaseException) -> None:
            if isinstance(error, errors.MfaRequired):
                self.mfa_page.reset(remember)
                self.pages.setCurrentWidget(self.mfa_page)
                self.mfa_page.focus()
                return
            self._after_failure(error, self.credentials_page)

        self.tasks.run("sign_in", self._session.sign_in_password(self._server_url, email, password, remember),
                       on_result=self._done, on_error=failed)

    def _sign_in_token(self, token: str, remember: bool) -> None:
        if not token.strip():
            self.credentials_page.show_error(self.tr("Enter your access token."))
            return
        self.credentials_page.show_error("")
        self.tasks.run("sign_in", self._session.sign_in_token(self._server_url, token, remember),
                       on_result=self._done, on_error=lambda e: self._after_failure(e, self.credentials_page))

    def _verify_mfa(self, code: str, remember: bool) -> None:
        if not code.strip():
            self.mfa_page.show_error(self.tr("Enter the code from your authenticator app."))
            return
        self.mfa_page.show_error("")

        def failed(error: BaseException) -> None:
            if isinstance(error, errors.SessionExpired):  # the MFA step itself expired: start again
                self.show_credentials_page(self._server_url)
                self.credentials_page.show_error(self.tr("The sign-in took too long. Please sign in again."))
                return
            self._after_failure(error, self.mfa_page)

        self.tasks.run("sign_in", self._session.verify_mfa(code, remember), on_result=self._done,
                       on_error=failed)

    def _after_failure(self, error: BaseException, page: ServerPage | CredentialsPage | MfaPage) -> None:
        user = self._session.user
        if isinstance(error, errors.CredentialStoreUnavailable) and user is not None:
            self._notifier.report(error)  # signed in for this session only: say so, then continue
            self._done(user)
            return
        self._fail(page)(error)

    def _done(self, user: User) -> None:
        self.credentials_page.clear_secrets()
        self.mfa_page.clear_secrets()
        self.signed_in.emit(user)

    def set_focus_first(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, ServerPage | CredentialsPage | MfaPage):
            page.focus()
        else:  # pragma: no cover
            self.setFocus(Qt.FocusReason.OtherFocusReason)
