"""Status answers from templates, in Egyptian Arabic and English."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.orders import Order, OrderItem, OrderStatus, StatusChange
from desktop.services.wismo import DEFAULT_TEMPLATES, UnknownTemplateVariable, render_status_answer
from desktop.services.wismo_answer import (
    FSI,
    PDI,
    TEMPLATE_VARIABLES,
    format_date,
    format_money,
    order_variables,
    unknown_variables,
)

CAIRO = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SHIPPED = Order(
    id="SD-123456", status=OrderStatus.SHIPPED, created_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
    total=Decimal("1250.00"), currency="EGP", items=(OrderItem("خلاط مولينكس", 1), OrderItem("Air fryer", 2)),
    eta=datetime(2026, 11, 26, 19, 0, tzinfo=UTC), carrier="Bosta", tracking_number="7788",
    tracking_url="https://bosta.co/t/7788",
    history=(StatusChange(OrderStatus.PLACED, datetime(2026, 11, 20, 9, tzinfo=UTC)),
             StatusChange(OrderStatus.SHIPPED, datetime(2026, 11, 22, 8, tzinfo=UTC))),
)
LATE = Order(id="SD-5", status=OrderStatus.PREPARING, created_at=datetime(2026, 11, 10, tzinfo=UTC),
             eta=datetime(2026, 11, 15, 19, tzinfo=UTC))
DELIVERED = Order(id="SD-9", status=OrderStatus.DELIVERED, created_at=datetime(2026, 11, 1, tzinfo=UTC),
                  eta=datetime(2026, 11, 5, tzinfo=UTC),
                  history=(StatusChange(OrderStatus.DELIVERED, datetime(2026, 11, 4, 15, tzinfo=UTC)),))


def iso(value: str) -> str:
    return f"{FSI}{value}{PDI}"


def test_arabic_default_answer() -> None:
    text = render_status_answer(SHIPPED, "ar", None, contact_name="محمد منصور", now=NOW, tz=CAIRO)
    assert text == (
        f"أهلاً يا {iso('محمد')}\n"
        f"الأوردر رقم {iso('SD-123456')} حالته دلوقتي: اتشحن وفي الطريق.\n"
        "ميعاد التوصيل المتوقع: الخميس ٢٦ نوفمبر\n"
        f"شركة الشحن: {iso('Bosta')}\n"
        f"تقدر تتابع الشحنة من هنا: {iso('https://bosta.co/t/7788')}"
    )


def test_english_default_answer() -> None:
    text = render_status_answer(SHIPPED, "en", None, contact_name="Mohamed Mansour", now=NOW, tz=CAIRO)
    assert text == ("Hi Mohamed\nYour order SD-123456 is shipped and on its way.\n"
                    "Expected delivery: Thursday 26 November\nCarrier: Bosta\nTrack it here: https://bosta.co/t/7788")
    assert FSI not in text  # Latin data in English text needs no isolates
    assert iso("محمد") in render_status_answer(SHIPPED, "en", "Hi {{contact.first_name}}", contact_name="محمد")


def test_late_order_apologises_and_drops_the_past_promise() -> None:
    ar = render_status_answer(LATE, "ar", None, now=NOW, tz=CAIRO)
    assert "أهلاً يا فندم" in ar and "بنعتذر جداً عن التأخير" in ar and "بيتجهز" in ar and "المخزن" in ar
    assert "ميعاد التوصيل" not in ar and "شركة الشحن:" not in ar and "تتابع" not in ar  # nothing to say there
    en = render_status_answer(LATE, "en", None, now=NOW, tz=CAIRO)
    assert en.startswith("Hi there") and "sorry for the delay" in en and "Expected delivery" not in en
    assert "our warehouse" in en  # not shipped yet: the apology does not blame a carrier
    late_shipped = Order(id="SD-6", status=OrderStatus.SHIPPED, created_at=LATE.created_at, eta=LATE.eta)
    assert "following up with the carrier" in render_status_answer(late_shipped, "en", None, now=NOW)
    # without `now` lateness is not judged: the promise is shown
    assert "Expected delivery: Sunday 15 November" in render_status_answer(LATE, "en", None, tz=CAIRO)


def test_delivered_and_stuck_orders() -> None:
    en = render_status_answer(DELIVERED, "en", None, now=NOW, tz=CAIRO)
    assert "is delivered" in en and "Delivered on Wednesday 4 November" in en and "Expected" not in en
    ar = render_status_answer(DELIVERED, "ar", None, now=NOW, tz=CAIRO)
    assert "اتسلم يوم الأربعاء ٤ نوفمبر" in ar
    stuck = Order(id="SD-7", status=OrderStatus.STUCK, created_at=NOW, eta=NOW + timedelta(days=2))
    assert "small issue" in render_status_answer(stuck, "en", None, now=NOW)
    unknown = Order(id="X", status=OrderStatus.UNKNOWN, created_at=None, raw_status="awaiting pickup")
    assert "is awaiting pickup." in render_status_answer(unknown, "en", None)


def test_custom_template_with_every_variable_and_fallbacks() -> None:
    template = "\n".join(f"{v}={{{{{v}}}}}" for v in TEMPLATE_VARIABLES)
    text = render_status_answer(SHIPPED, "en", template, contact_name="Mona Adel", contact_phone="+201001234567",
                                agent_name="Ahmed Hassan", now=NOW, tz=CAIRO)
    lines = dict(line.split("=", 1) for line in text.splitlines())
    assert lines["order.total"] == "1,250 EGP"
    assert lines["order.items"] == iso("خلاط مولينكس, Air fryer")  # holds Arabic: isolated in English text
    assert lines["order.created_at"] == "Friday 20 November" and lines["order.last_update"] == "Sunday 22 November"
    assert lines["contact.phone"] == "+201001234567" and lines["agent.first_name"] == "Ahmed"
    assert lines["order.tracking_number"] == "7788" and lines["contact.name"] == "Mona Adel"
    assert "order.delay_note" not in lines and "order.delivered_at" not in lines  # empty: line left out
    fallback = "Hi {{contact.first_name || 'friend'}}, order {{order.id}}. {{order.carrier | default: \"our driver\"}}"
    assert render_status_answer(LATE, "en", fallback) == "Hi friend, order SD-5. our driver"


def test_unknown_variable_is_refused_not_sent_raw() -> None:
    with pytest.raises(UnknownTemplateVariable, match=r"order\.foo"):
        render_status_answer(SHIPPED, "en", "Your {{order.foo}} is {{order.status}}")


def test_phone_shaped_contact_name_is_not_greeted() -> None:
    assert render_status_answer(SHIPPED, "en", DEFAULT_TEMPLATES["en"],
                                contact_name="+20 100 123 4567").startswith("Hi there")


def test_dates_and_money_per_language() -> None:
    moment = datetime(2027, 1, 2, 22, 30, tzinfo=UTC)  # already 3 January in Cairo
    assert format_date(moment, "ar", now=NOW, tz=CAIRO) == "الأحد ٣ يناير ٢٠٢٧"
    assert format_date(moment, "en", now=NOW, tz=CAIRO) == "Sunday 3 January 2027"
    assert format_date(None, "en") == ""
    assert format_money(Decimal("1250.5"), "EGP", "ar") == "١٬٢٥٠٫٥٠ ج.م"
    assert format_money(Decimal("99"), "usd", "en") == "99 USD"
    values = order_variables(SHIPPED, "ar", contact_phone="+201001234567", now=NOW, tz=CAIRO)
    assert values["contact.phone"] == iso("+201001234567") and values["order.total"] == iso("١٬٢٥٠ ج.م")


_PIECES = st.sampled_from([*(f"{{{{{v}}}}}" for v in TEMPLATE_VARIABLES), "{{order.id|x}}", "{{ order.eta || 'soon' }}",
                           "{{order.bogus}}", "{{", "}}", "{{}}", "\n", " ", "نص", "text", "|", "'"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), lang=st.sampled_from(["ar", "en"]))
def test_any_template_renders_or_names_the_unknown_variable(pieces: list[str], lang: str) -> None:
    template = "".join(pieces)
    try:
        text = render_status_answer(LATE, lang, template, now=NOW, tz=CAIRO)
    except UnknownTemplateVariable as exc:
        unknown = unknown_variables(template)
        assert unknown and all(name in exc.user_message for name in unknown)
        assert ("order.bogus" in exc.user_message) == ("{{order.bogus}}" in template)
    else:
        assert not unknown_variables(template)
        assert not re.search(r"\{\{.*?\}\}", text, re.DOTALL)  # never a raw placeholder, not even a malformed one


def test_malformed_and_misspelt_placeholders_are_named() -> None:
    assert unknown_variables(DEFAULT_TEMPLATES["ar"]) == unknown_variables(DEFAULT_TEMPLATES["en"]) == []
    template = "{{order.trackingUrl}} {{ order.eta || 'soon' }} {{}} {{order.idd}} {{order.idd}}"
    assert unknown_variables(template) == ["order.trackingUrl", "{{}}", "order.idd"]
    with pytest.raises(UnknownTemplateVariable, match=r"order\.trackingUrl"):
        render_status_answer(SHIPPED, "en", "Track: {{order.trackingUrl}}")
