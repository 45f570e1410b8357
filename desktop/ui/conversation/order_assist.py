"""OrderAssist: the "where is my order?" helpers of an open conversation.

- Watches the timeline: when the customer's latest message asks where an order is (`wismo.is_wismo`), the
  `SuggestionBar` shows with the status answer ready (the order named in the message, else the newest open
  one, from the contact panel's lookup), in the customer's language (`wismo.detect_language` over their
  recent messages). Dismissing hides it for that message only.
- `status_answer()` renders the answer for the order the agent picked in the contact panel, else the best
  match for the customer's question (the named order, the newest open one, the newest) —
  the pane binds it to one key (Ctrl+Alt+O by default) and to the bar's Insert button.

Signals: none (it drives the bar and calls `insert(str)`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject

from desktop.domain.models import Message, MessageType
from desktop.domain.orders import Order
from desktop.services.orders import OrderResult
from desktop.services.wismo import detect_language, extract_order_id, is_wismo, render_status_answer
from desktop.ui.bidi import isolate_ltr
from desktop.ui.contact.orders import OrdersSection
from desktop.ui.conversation.bars import SuggestionBar
from desktop.ui.conversation.model import TimelineModel


class OrderAssist(QObject):
    def __init__(self, model: TimelineModel, orders: OrdersSection, bar: SuggestionBar,
                 insert: Callable[[str], None], *, contact_name: Callable[[], str | None],
                 agent_name: Callable[[], str | None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        return render_status_answer(
            order, self.language(), contact_name=self._contact_name(),
            contact_phone=result.phone_e164 if result else None, agent_name=self._agent_name(),
            now=datetime.now(UTC),
        )

    def status_answer(self) -> str | None:
        """The answer for the order selected in the panel, else the one the customer most likely means."""
        order = self._orders.selected_order() if self._orders.explicit_selection else None
        if order is None and self._orders.result is not None:
            order = self.best_order(self._orders.result, self._asking or self.latest_customer_question())
        return self.render(order) if order is not None else None

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
