"""Wires saved replies into a window: attaches the `/` popup to a composer and binds the
"compose.saved_replies" action (Ctrl+;) to the browser, whose result is inserted into that composer.

    replies_ui = RepliesController(registry, saved_replies, context, window)
    replies_ui.attach(composer)          # when the conversation pane (re)creates its composer

`context()` returns the `VariableContext` of the open conversation (contact, agent name, id).
`order_values()` (optional) returns the `{{order.…}}` values of that conversation's customer's best-matching
order ({} when none is known: the agent is then asked, as for any unknown variable). When the builder
passes none, the values come from the `OrderAssist` of the conversation pane holding the attached
composer (`OrderAssist.of`), i.e. the order the contact panel looked up for this conversation.
The action is enabled while a composer is attached and editable.

Signals: browser_opened(object SavedRepliesBrowser).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desktop.services.saved_replies import SavedReplies
from desktop.services.variables import VariableContext, with_values
from desktop.ui.actions import ActionRegistry
from desktop.ui.replies.browser import SavedRepliesBrowser
from desktop.ui.replies.filling import ContextProvider
from desktop.ui.replies.popup import SavedReplyCompleter


class ComposerHooks(Protocol):
    """The parts of B's Composer used here."""

    @property
    def text_edit(self) -> QTextEdit | QPlainTextEdit: ...
    def insert_text(self, text: str) -> None: ...
    def set_completer_provider(self, provider: Any) -> None: ...


class RepliesController(QObject):
    """Signals: browser_opened(object)."""

    browser_opened = Signal(object)

    def __init__(self, registry: ActionRegistry, replies: SavedReplies, context: ContextProvider,
                 window: QWidget, *, order_values: Callable[[], Mapping[str, str]] | None = None) -> None:
        super().__init__(window)
        self._replies = replies
        self._base_context = context
        self._order_values = order_values
        self._window = window
        self._composer: ComposerHooks | None = None
        self.completer = SavedReplyCompleter(replies, self._context, self)
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

    def _context(self) -> VariableContext:
        """The conversation's variables, with its customer's order (when one is known)."""
        return with_values(self._base_context(), self.order_values())

    def order_values(self) -> Mapping[str, str]:
        if self._order_values is not None:
            return self._order_values()
        if self._composer is None:
            return {}
        from desktop.ui.conversation.order_assist import OrderAssist  # the pane is built after the toolkit

        assist = OrderAssist.of(self._composer.text_edit)
        return assist.order_values() if assist is not None else {}

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
