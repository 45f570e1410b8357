"""What the sign-in form shows the user: the error line of the page on screen."""

from __future__ import annotations

from desktop.ui.login.form import SignInForm
from desktop.ui.login.pages import CredentialsPage, MfaPage, ServerPage


def current_error(form: SignInForm) -> str:
    """The error text of the page the form shows ("" when that page has none)."""
    page = form.pages.currentWidget()
    return page.error.text() if isinstance(page, ServerPage | CredentialsPage | MfaPage) else ""
