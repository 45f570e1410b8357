"""OrderAssist: the "where is my order?" helpers of an open conversation.

- Watches the timeline: when the customer's latest message asks where an order is (`wismo.is_wismo`), the
  `SuggestionBar` shows with the status answer ready (the order named in the message, else the newest open
  one, from the contact panel's lookup), in the customer's language (`wismo.detect_language` over their
  recent messages). Dismissing hides it for that message only.
- `status_answer()` renders the answer for the order the agent picked in the contact panel, else the best
  match for the customer's question (the named order, the newest open one, the newest) —
  the pane binds it to one key (Ctrl+Alt+O by default) and to the bar's Insert button.
- The answer is built from IT's `answer_templates` in `orders.json` (`orders_setup`) for the language, else
  from `wismo_answer.DEFAULT_TEMPLATES`; `templates` lets the builder pass them in instead (read on use, so
  an edited file applies to the next answer; a bad file keeps the defaults — it was reported when the
  order lookup was loaded).
- `order_values()` gives the same order's `{{order.…}}` values, formatted like the answer, for saved
  replies inserted in this conversation (`OrderAssist.of(widget)` finds a composer's assistant).

Signals: none (it drives the bar and calls `insert(str)`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.domain.models import Message, MessageType
from desktop.domain.orders import Order
from desktop.services.orders import OrderResult
from desktop.services.wismo import detect_language, extract_order_id, is_wismo, render_status_answer
from desktop.services.wismo_answer import order_variables
from desktop.ui.bidi import isolate_ltr
from desktop.ui.contact.orders import OrdersSection
from desktop.ui.conversation.bars import SuggestionBar
from desktop.ui.conversation.model import TimelineModel


class OrderAssist(QObject):
    def __init__(self, model: TimelineModel, orders: OrdersSection, bar: SuggestionBar,
                 insert: Callable[[str], None], *, contact_name: Callable[[], str | None],
                 agent_name: Callable[[], str | None] | None = None,
                 templates: Callable[[], Mapping[str, str]] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderAssist")
        self._templates = templates or _FileTemplates()
        self._model = model
        self._orders = orders
        self._bar = bar
        self._insert = insert
        self._contact_name = contact_name
        self._agent_name = agent_name or (lambda: None)
        self._dismissed: set[str] = set()
        self._asking: Message | None = None
        model.rowsInserted.connect(lambda *_: self.refresh())
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(lambda *_: self.refresh())
        orders.result_changed.connect(lambda _result: self.refresh())
        bar.insert_clicked.connect(self.insert_suggestion)
        bar.dismissed.connect(self._on_dismissed)

    # -- the customer's question -----------------------------------------------------------------------
    def latest_customer_question(self) -> Message | None:
        """The newest incoming message, if nobody has answered it since (notes and activity don't count)."""
        for row in range(self._model.rowCount() - 1, -1, -1):
            message = self._model.message(row)
            if message is None or message.private or message.message_type == MessageType.ACTIVITY:
                continue
            return message if message.message_type == MessageType.INCOMING else None
        return None

    def language(self) -> str:
        texts = [m.content for m in self._model.messages()[-20:] if m.message_type == MessageType.INCOMING]
        return detect_language(texts[-5:])

    def refresh(self) -> None:
        question = self.latest_customer_question()
        if (not self._orders.available or question is None or question.key in self._dismissed
                or not is_wismo(question.content)):
            self._asking = None
            self._bar.hide()
            return
        self._asking = question
        title = QCoreApplication.translate("OrderAssist", "The customer is asking where their order is.")
        result = self._orders.result
        if result is None:
            looking = QCoreApplication.translate("OrderAssist", "Looking up orders…")
            self._bar.show_answer(title, None, self._orders.status_label.text() or looking)
            return
        order = self.best_order(result, question)
        if order is None:
            none = QCoreApplication.translate("OrderAssist", "No orders found for %1.")
            self._bar.show_answer(title, None, none.replace("%1", isolate_ltr(result.phone_e164)))
            return
        self._bar.show_answer(title, self.render(order))

    def best_order(self, result: OrderResult, question: Message | None = None) -> Order | None:
        named = extract_order_id(question.content) if question is not None else None
        return result.best_match(named)

    # -- answers ---------------------------------------------------------------------------------------
    def render(self, order: Order) -> str:
        result = self._orders.result
        language = self.language()
        return render_status_answer(
            order, language, self._templates().get(language), contact_name=self._contact_name(),
            contact_phone=result.phone_e164 if result else None, agent_name=self._agent_name(),
            now=datetime.now(UTC),
        )

    def current_order(self) -> Order | None:
        """The order selected in the panel, else the one the customer most likely means (None: unknown)."""
        order = self._orders.selected_order() if self._orders.explicit_selection else None
        if order is None and self._orders.result is not None:
            order = self.best_order(self._orders.result, self._asking or self.latest_customer_question())
        return order

    def status_answer(self) -> str | None:
        """The answer for the order selected in the panel, else the one the customer most likely means."""
        order = self.current_order()
        return self.render(order) if order is not None else None

    def order_values(self) -> dict[str, str]:
        """`{{order.…}}` values of `current_order()` in the customer's language ({} when no order is known)."""
        order = self.current_order()
        if order is None:
            return {}
        values = order_variables(order, self.language(), now=datetime.now(UTC))
        return {k: v for k, v in values.items() if k.startswith("order.")}

    @staticmethod
    def of(widget: QObject | None) -> OrderAssist | None:
        """The assistant of the conversation pane that holds `widget` (e.g. its composer), if any."""
        while widget is not None:
            found = widget.findChild(OrderAssist, "orderAssist", Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
            widget = widget.parent()
        return None

    def insert_status_answer(self) -> bool:
        answer = self.status_answer()
        if answer:
            self._insert(answer)
        return bool(answer)

    def insert_suggestion(self) -> None:
        if self._bar.answer:
            self._insert(self._bar.answer)
            if self._asking is not None:
                self._dismissed.add(self._asking.key)
            self._bar.hide()

    def _on_dismissed(self) -> None:
        if self._asking is not None:
            self._dismissed.add(self._asking.key)


class _FileTemplates:
    """IT's answer templates from `orders.json`, re-read only when the file changes."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._stamp: tuple[int, int] | None = None
        self._templates: dict[str, str] = {}

    def __call__(self) -> Mapping[str, str]:
        # imported on first use: orders_setup brings the providers and httpx (kept off the cold start)
        from desktop.services.orders_setup import (
            OrdersConfigError,
            configured_answer_templates,
        )
        from desktop.system import paths

        path = self._path = self._path or paths.orders_file()
        try:
            info = path.stat()
            stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._templates = configured_answer_templates(path) if stamp is not None else {}
            except OrdersConfigError:
                self._templates = {}
        return self._templates
