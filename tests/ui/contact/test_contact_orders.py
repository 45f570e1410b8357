"""The orders list and details of the contact panel over real domain orders: the late flag, the status
timeline, carrier and tracking, items and total, ids isolated for Arabic, and the model under qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.domain.orders import Order, OrderItem, OrderStatus, StatusChange
from desktop.services.orders import OrderResult
from desktop.ui.bidi import LRI, PDI
from desktop.ui.contact.orders import OrdersSection
from desktop.ui.contact.orders_model import OrderRole, OrdersModel
from desktop.ui.notifier import Notifier
from desktop.ui.theme import THEME

NOW = datetime.now(UTC)


def order(order_id: str, status: OrderStatus, days_ago: int, eta_in_days: int | None) -> Order:
    created = NOW - timedelta(days=days_ago)
    return Order(
        id=order_id, status=status, created_at=created, total=Decimal("3250.00"), currency="EGP",
        items=(OrderItem("خلاط مولينكس 500 وات", 2, Decimal("1625")),),
        eta=None if eta_in_days is None else NOW + timedelta(days=eta_in_days),
        carrier="Aramex", tracking_number="1186349876",
        tracking_url="https://www.aramex.com/track/results?ShipmentNumber=1186349876",
        history=(StatusChange(OrderStatus.PLACED, created, "Order received — تم استلام الطلب"),
                 StatusChange(status, created + timedelta(days=1), "")),
    )


def test_orders_model_flags_late_orders(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    late = order("SD-100001", OrderStatus.SHIPPED, 6, -2)
    on_time = order("SD-100002", OrderStatus.OUT_FOR_DELIVERY, 2, 1)
    delivered = order("SD-100003", OrderStatus.DELIVERED, 20, -15)  # past its date but delivered: not late
    model = OrdersModel()
    model.set_orders((on_time, late, delivered), NOW)
    qtmodeltester.check(model)
    texts = [model.data(model.index(r), Qt.ItemDataRole.DisplayRole) for r in range(3)]
    assert f"{LRI}SD-100002{PDI}" in texts[0] and "LATE" not in texts[0]
    assert "LATE" in texts[1] and model.data(model.index(1), Qt.ItemDataRole.ForegroundRole) == QColor(THEME.danger)
    assert "LATE" not in texts[2] and model.data(model.index(2), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1), OrderRole) is late
    model.set_orders((), NOW)
    qtmodeltester.check(model)


def test_order_details_and_answer_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    section = OrdersSection(None, Notifier())
    qtbot.addWidget(section)
    late = order("SD-100001", OrderStatus.SHIPPED, 6, -2)
    older = order("SD-099999", OrderStatus.DELIVERED, 40, -35)
    section._show_result(OrderResult("+201001234567", (late, older)))
    assert section.selected_order() is late  # the newest is shown first
    details = section.details.text()
    for expected in ("Shipped", "LATE", "Aramex", "1186349876", "خلاط مولينكس 500 وات", "3,250", "History:",
                     "تم استلام الطلب"):
        assert expected in details, expected
    assert "+201001234567" in section.status_label.text()
    assert section.tracking_button.isVisibleTo(section)
    opened: list[str] = []
    section.url_requested.connect(opened.append)
    section.tracking_button.click()
    assert opened == [late.tracking_url]
    asked: list[Order] = []
    section.answer_requested.connect(asked.append)
    section.answer_button.click()
    assert asked == [late]
    section.list.setCurrentIndex(section.model.index(1))  # the agent picks the older order
    assert section.explicit_selection and section.selected_order() is older
    assert "LATE" not in section.details.text()
