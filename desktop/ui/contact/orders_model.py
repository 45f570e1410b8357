"""OrdersModel: the orders of one phone lookup (newest first) for the contact panel's list.

The whole result is the model's root: a new lookup resets it (a handful of rows). Rows show the order id,
its status and total on the first line and the promised date (flagged "late" when past and not delivered)
on the second; late orders are painted in the danger colour. Ids, amounts and dates are isolated so they
read correctly in Arabic. `OrderRole` gives the `Order`.

Signals: only Qt's own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.orders import Order, OrderStatus
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.qt_types import AnyIndex
from desktop.ui.theme import THEME

OrderRole = Qt.ItemDataRole.UserRole + 1



def status_word(status: OrderStatus, raw: str = "") -> str:
    words = {
        OrderStatus.PLACED: QCoreApplication.translate("Orders", "Placed"),
        OrderStatus.CONFIRMED: QCoreApplication.translate("Orders", "Confirmed"),
        OrderStatus.PREPARING: QCoreApplication.translate("Orders", "Preparing"),
        OrderStatus.SHIPPED: QCoreApplication.translate("Orders", "Shipped"),
        OrderStatus.OUT_FOR_DELIVERY: QCoreApplication.translate("Orders", "Out for delivery"),
        OrderStatus.DELIVERED: QCoreApplication.translate("Orders", "Delivered"),
        OrderStatus.CANCELLED: QCoreApplication.translate("Orders", "Cancelled"),
        OrderStatus.RETURNED: QCoreApplication.translate("Orders", "Returned"),
        OrderStatus.STUCK: QCoreApplication.translate("Orders", "On hold"),
        OrderStatus.UNKNOWN: QCoreApplication.translate("Orders", "Unknown"),
    }
    if status == OrderStatus.UNKNOWN and raw:
        return isolate(raw)
    return words[status]


def date_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return isolate(QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy"))


def money_text(order: Order) -> str:
    if order.total is None:
        return ""
    amount = f"{order.total:,.2f}".rstrip("0").rstrip(".")
    return isolate_ltr(f"{amount} {order.currency}".strip())


class OrdersModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orders: tuple[Order, ...] = ()
        self._now = datetime.now(UTC)

    def set_orders(self, orders: tuple[Order, ...], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._orders = tuple(orders)
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def orders(self) -> tuple[Order, ...]:
        return self._orders

    def order(self, row: int) -> Order | None:
        return self._orders[row] if 0 <= row < len(self._orders) else None

    def is_late(self, order: Order) -> bool:
        return order.is_late(self._now)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orders)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        order = self._orders[index.row()]
        if role == OrderRole:
            return order
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.summary(order)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_late(order):
            return QColor(THEME.danger)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.summary(order).replace("\n", " · ")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def summary(self, order: Order) -> str:
        first = [isolate_ltr(order.id), status_word(order.status, order.raw_status)]
        if money := money_text(order):
            first.append(money)
        second = ""
        if order.eta is not None:
            second = QCoreApplication.translate("Orders", "Promised %1").replace("%1", date_text(order.eta))
            if self.is_late(order):
                second += " — " + QCoreApplication.translate("Orders", "LATE")
        elif order.created_at is not None:
            ordered = QCoreApplication.translate("Orders", "Ordered %1")
            second = ordered.replace("%1", date_text(order.created_at))
        return " · ".join(first) + (f"\n{second}" if second else "")
