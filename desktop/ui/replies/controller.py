"""Wires saved replies into a window: attaches the `/` popup to a composer and binds the
"compose.saved_replies" action (Ctrl+;) to the browser, whose result is inserted into that composer.

    replies_ui = RepliesController(registry, saved_replies, context, window)
    replies_ui.attach(composer)          # when the conversation pane (re)creates its composer

`context()` returns the `VariableContext` of the open conversation (contact, agent name, id).
The action is enabled while a composer is attached and editable.

Signals: browser_opened(object SavedRepliesBrowser).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.services.saved_replies import SavedReplies
from desktop.ui.actions import ActionRegistry
from desktop.ui.replies.browser import SavedRepliesBrowser
from desktop.ui.replies.filling import ContextProvider
from desktop.ui.replies.popup import SavedReplyCompleter


class ComposerHooks(Protocol):
    """The parts of B's Composer used here."""

    text_edit: QPlainTextEdit

    def insert_text(self, text: str) -> None: ...
    def set_completer_provider(self, provider: object) -> None: ...


class RepliesController(QObject):
    """Signals: browser_opened(object)."""

    browser_opened = Signal(object)

    def __init__(self, registry: ActionRegistry, replies: SavedReplies, context: ContextProvider,
                 window: QWidget) -> None:
        super().__init__(window)
        self._replies = replies
        self._context = context
        self._window = window
        self._composer: ComposerHooks | None = None
        self.completer = SavedReplyCompleter(replies, context, self)
        self.browser: SavedRepliesBrowser | None = None
        self._registry = registry
        self.bind()

    def bind(self) -> None:
        """(Re)bind the browser action to this controller (several workspaces: the active one binds)."""
        self._registry.bind("compose.saved_replies", self.open_browser, self._can_insert)

    def attach(self, composer: ComposerHooks | None) -> None:
        """Use `composer` from now on (None detaches)."""
        if self._composer is not None:
            self._composer.set_completer_provider(None)
        self._composer = composer
        if composer is not None:
            composer.set_completer_provider(self.completer)

    def _can_insert(self) -> bool:
        return self._composer is not None and not self._composer.text_edit.isReadOnly()

    def open_browser(self) -> None:
        composer = self._composer
        if composer is None:
            return
        browser = SavedRepliesBrowser(self._replies, self._context, self._window)
        browser.insert_requested.connect(composer.insert_text)
        browser.finished.connect(lambda _code: browser.deleteLater())
        self.browser = browser
        browser.open()
        self.browser_opened.emit(browser)
