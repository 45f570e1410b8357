"""OrdersSection: the customer's recent orders in the contact panel, looked up by phone.

As soon as a conversation opens the pane calls `show_phone(contact_phone)`: the section looks the number up
through `OrderLookup` (in a task it owns; a newer lookup cancels an older one) and lists the orders newest
first. The selected order (the newest at first) shows its status, the promised date (flagged when late),
carrier and tracking link (opened only on click, http/https only), items and total, and the timeline of
status changes. The phone field looks up any other number. Errors (an invalid number, the order system
unreachable) are shown inline, in the section, with their specific reason.

Signals: answer_requested(object Order) — "Insert status answer" was pressed; result_changed(object) —
a new `OrderResult` (or None) is shown; url_requested(str) — open this tracking link.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.orders import Order
from desktop.services.orders import OrderLookup, OrderResult
from desktop.ui.bidi import inline, isolate_ltr
from desktop.ui.contact.elided_label import plain_tooltip
from desktop.ui.contact.orders_model import OrderRole, OrdersModel, date_text, money_text, status_word
from desktop.ui.links import is_safe_url
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import THEME


class OrdersSection(QWidget):
    """Signals: answer_requested(object), result_changed(object), url_requested(str)."""

    answer_requested = Signal(object)
    result_changed = Signal(object)
    url_requested = Signal(str)

    def __init__(self, lookup: OrderLookup | None, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersSection")
        self._lookup = lookup
        self._notifier = notifier
        self.tasks = TaskRunner(self, notifier)
        self.result: OrderResult | None = None
        self.explicit_selection = False  # the agent picked an order themselves (not the default newest)
        self._selecting = False

        title = QLabel(self.tr("Recent orders"), self)
        title.setObjectName("sectionTitle")
        self.phone_field = QLineEdit(self)
        self.phone_field.setObjectName("orderPhone")
        self.phone_field.setPlaceholderText(self.tr("Phone number"))
        self.phone_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers read left to right
        self.phone_field.returnPressed.connect(self.lookup_field)
        self.lookup_button = QPushButton(self.tr("Look up"), self)
        self.lookup_button.clicked.connect(self.lookup_field)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("ordersStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.model = OrdersModel(self)
        self.list = QListView(self)
        self.list.setObjectName("ordersList")
        self.list.setModel(self.model)
        self.list.setMaximumHeight(140)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.details = QLabel(self)
        self.details.setObjectName("orderDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tracking_button = QPushButton(self.tr("Open tracking link"), self)
        self.tracking_button.clicked.connect(self._open_tracking)
        self.answer_button = QPushButton(self.tr("Insert status answer (%1)").replace("%1", "Ctrl+Alt+O"), self)
        self.answer_button.setObjectName("insertAnswer")
        self.answer_button.clicked.connect(self._request_answer)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.phone_field, 1)
        row.addWidget(self.lookup_button)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.tracking_button)
        buttons.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self._show_result(None)
        if lookup is None:
            self._set_status(self.tr("No order system is configured."))
            self.phone_field.setEnabled(False)
            self.lookup_button.setEnabled(False)

    @property
    def available(self) -> bool:
        """Whether an order system is configured at all."""
        return self._lookup is not None

    # -- looking up ------------------------------------------------------------------------------------
    def show_phone(self, phone: str | None) -> None:
        """The conversation's contact: look their orders up at once (or clear the section)."""
        self.phone_field.setText(phone or "")
        if phone:
            self.lookup(phone)
        else:
            self.tasks.cancel("lookup")
            self._show_result(None)
            self._set_status(self.tr("This contact has no phone number: type one to look up orders."))

    def lookup_field(self) -> None:
        self.lookup(self.phone_field.text())

    def lookup(self, raw_phone: str) -> None:
        if self._lookup is None:
            return
        cached = self._lookup.cached(raw_phone)
        if cached is not None:
            self._show_result(cached)
            return
        self._show_result(None)
        self._set_status(self.tr("Looking up orders…"))
        self.tasks.run("lookup", self._lookup.lookup(raw_phone), on_result=self._show_result,
                       on_error=self._show_error)

    def _show_error(self, error: BaseException) -> None:
        self._notifier.log(error, "orders lookup")
        self._set_status(self._notifier.message_for(error))
        self.result_changed.emit(None)

    def _set_status(self, text: str, *, error: bool = True) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"#ordersStatus {{ color: {THEME.danger if error else THEME.muted}; }}")
        self.status_label.setVisible(bool(text))

    def _show_result(self, result: OrderResult | None) -> None:
        self.result = result
        self.explicit_selection = False
        self.model.set_orders(result.orders if result else (), datetime.now(UTC))
        if result is not None:
            if result.orders:
                count = len(result.orders)
                self._set_status(self.tr("%n order(s) for %1", "", count).replace("%1", isolate_ltr(result.phone_e164)),
                                 error=False)
                self._selecting = True
                try:
                    self.list.setCurrentIndex(self.model.index(0))
                finally:
                    self._selecting = False
            else:
                self._set_status(self.tr("No orders for %1.").replace("%1", isolate_ltr(result.phone_e164)), error=False)
        self.list.setVisible(bool(result and result.orders))
        self._on_current(self.list.currentIndex())
        self.result_changed.emit(result)

    # -- the selected order ----------------------------------------------------------------------------
    def selected_order(self) -> Order | None:
        order = self.list.currentIndex().data(OrderRole)
        return order if isinstance(order, Order) else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not self._selecting and current.isValid() and _previous is not None:
            self.explicit_selection = True
        data = current.data(OrderRole) if current.isValid() else None
        order = data if isinstance(data, Order) else None
        self.details.setVisible(order is not None)
        self.answer_button.setVisible(order is not None)
        self.tracking_button.setVisible(order is not None and is_safe_url(order.tracking_url or ""))
        self.tracking_button.setToolTip(plain_tooltip(order.tracking_url or "") if order is not None else "")
        if order is not None:
            self.details.setText(self.describe(order))

    def describe(self, order: Order) -> str:
        lines = [self.tr("Status: %1").replace("%1", status_word(order.status, order.raw_status))]
        if order.eta is not None:
            promised = self.tr("Promised: %1").replace("%1", date_text(order.eta))
            if self.model.is_late(order):
                promised += " — " + self.tr("LATE")
            lines.append(promised)
        if order.carrier:
            carrier = self.tr("Carrier: %1").replace("%1", inline(order.carrier))
            if order.tracking_number:
                carrier += " " + isolate_ltr(order.tracking_number)
            lines.append(carrier)
        if order.tracking_url:  # its site only (a link cannot wrap): the whole link opens with the button
            host = urlsplit(order.tracking_url).hostname or ""
            if host:
                lines.append(self.tr("Tracking: %1").replace("%1", isolate_ltr(host)))
        if order.items:
            lines.append(self.tr("Items:"))
            for item in order.items:
                lines.append(f"  {isolate_ltr(str(item.quantity))} × {inline(item.name)}")
        if total := money_text(order):
            lines.append(self.tr("Total: %1").replace("%1", total))
        if order.history:
            lines.append(self.tr("History:"))
            for change in order.history:
                entry = f"  {date_text(change.at)} — {status_word(change.status)}"
                if change.note:
                    entry += f" — {inline(change.note)}"
                lines.append(entry)
        # every line follows the UI's direction (its labels), whatever the data inside says
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        return "\n".join(mark + line for line in lines)

    def _open_tracking(self) -> None:
        order = self.selected_order()
        if order is not None and order.tracking_url and is_safe_url(order.tracking_url):
            self.url_requested.emit(order.tracking_url)

    def _request_answer(self) -> None:
        order = self.selected_order()
        if order is not None:
            self.answer_requested.emit(order)
