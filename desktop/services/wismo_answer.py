"""The status answer an agent sends: an editable template filled from an order, in Arabic or English.

Templates use `{{order.id}}`-style variables (see `TEMPLATE_VARIABLES`), optionally with a fallback,
`{{contact.first_name|حضرتك}}`. A line whose variables are all empty (no tracking link, no carrier…) is
left out, so one template fits every order. Status words and dates are localised (Egyptian Arabic with
Arabic-Indic digits, or English); in Arabic text ids, links, phones, names and numbers are wrapped in
Unicode isolates (FSI…PDI) so they keep their order. An unknown variable raises `UnknownTemplateVariable`
instead of sending a raw placeholder. Pure, no I/O.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from decimal import Decimal

from desktop.domain.errors import AppError
from desktop.domain.orders import Order, OrderStatus

FSI, PDI = "\u2068", "\u2069"
_FINISHED = (OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED)
# `{{order.id}}`, with an optional fallback: `{{x|text}}`, `{{x || 'text'}}` (as in saved replies), `{{x | default: "t"}}`
_VAR = re.compile(
    r"""\{\{\s*([a-z_]+\.[a-z_]+)\s*(?:(?:\|\||\|\s*default\s*:|\|)\s*(?:'([^']*)'|"([^"]*)"|([^}]*?)))?\s*\}\}"""
)
_ANY = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_PHONE_LIKE = re.compile(r"^[\s+()\-\d٠-٩]{6,}$")

STATUS_WORDS: dict[str, dict[OrderStatus, str]] = {
    "ar": {
        OrderStatus.PLACED: "اتسجل ومستني التأكيد", OrderStatus.CONFIRMED: "اتأكد",
        OrderStatus.PREPARING: "بيتجهز في المخزن", OrderStatus.SHIPPED: "اتشحن وفي الطريق",
        OrderStatus.OUT_FOR_DELIVERY: "خرج مع المندوب", OrderStatus.DELIVERED: "اتسلم",
        OrderStatus.CANCELLED: "اتلغى", OrderStatus.RETURNED: "رجع المخزن",
        OrderStatus.STUCK: "متوقف مؤقتاً", OrderStatus.UNKNOWN: "بنتابعه",
    },
    "en": {
        OrderStatus.PLACED: "received and waiting for confirmation", OrderStatus.CONFIRMED: "confirmed",
        OrderStatus.PREPARING: "being prepared", OrderStatus.SHIPPED: "shipped and on its way",
        OrderStatus.OUT_FOR_DELIVERY: "out for delivery", OrderStatus.DELIVERED: "delivered",
        OrderStatus.CANCELLED: "cancelled", OrderStatus.RETURNED: "returned to our warehouse",
        OrderStatus.STUCK: "on hold", OrderStatus.UNKNOWN: "being processed",
    },
}
_DELAY = {  # late and handed to the carrier / late and still with us / stuck
    "ar": ("بنعتذر جداً عن التأخير 🙏 بنتابع مع شركة الشحن عشان يوصلك في أسرع وقت.",
           "بنعتذر جداً عن التأخير 🙏 بنستعجل تجهيزه في المخزن عشان يخرج لك في أسرع وقت.",
           "فيه مشكلة بسيطة في الأوردر وبنحلها دلوقتي، وهنطمنك أول بأول."),
    "en": ("We're really sorry for the delay 🙏 We're following up with the carrier to get it to you as soon "
           "as possible.", "We're really sorry for the delay 🙏 We're hurrying it through our warehouse so it "
           "ships as soon as possible.", "There is a small issue with your order that we're sorting out; "
           "we'll keep you posted."),
}
_WITH_US = (OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.PREPARING)
_DAYS = {"ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
         "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
_MONTHS = {"ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                  "نوفمبر", "ديسمبر"],
           "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]}
_CURRENCY = {"ar": {"EGP": "ج.م", "SAR": "ر.س", "AED": "د.إ", "USD": "دولار"}, "en": {}}
_ARABIC_DIGITS = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")

DEFAULT_TEMPLATES = {
    "ar": "أهلاً يا {{contact.first_name|فندم}}\n"
          "الأوردر رقم {{order.id}} حالته دلوقتي: {{order.status}}.\n"
          "{{order.delay_note}}\n"
          "ميعاد التوصيل المتوقع: {{order.eta}}\n"
          "اتسلم يوم {{order.delivered_at}}\n"
          "شركة الشحن: {{order.carrier}}\n"
          "تقدر تتابع الشحنة من هنا: {{order.tracking_url}}",
    "en": "Hi {{contact.first_name|there}}\n"
          "Your order {{order.id}} is {{order.status}}.\n"
          "{{order.delay_note}}\n"
          "Expected delivery: {{order.eta}}\n"
          "Delivered on {{order.delivered_at}}\n"
          "Carrier: {{order.carrier}}\n"
          "Track it here: {{order.tracking_url}}",
}

TEMPLATE_VARIABLES = (
    "order.id", "order.status", "order.eta", "order.promised_date", "order.delivered_at", "order.created_at",
    "order.delay_note", "order.carrier", "order.tracking_number", "order.tracking_url", "order.total",
    "order.items", "order.last_update", "contact.first_name", "contact.name", "contact.phone", "agent.first_name",
)


class UnknownTemplateVariable(AppError):
    default_message = "The reply template uses a variable the app does not know."


def format_date(moment: datetime | None, language: str, *, now: datetime | None = None,
                tz: tzinfo | None = None) -> str:
    """«الخميس ٢٦ نوفمبر» / "Thursday 26 November" (the year only when it is not this year)."""
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    lang = "ar" if language == "ar" else "en"
    text = f"{_DAYS[lang][local.weekday()]} {local.day} {_MONTHS[lang][local.month - 1]}"
    if now is not None and now.astimezone(tz).year != local.year:
        text += f" {local.year}"
    return text.translate(_ARABIC_DIGITS) if lang == "ar" else text


def format_money(amount: Decimal | None, currency: str, language: str) -> str:
    if amount is None:
        return ""
    number = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    unit = _CURRENCY.get(language, {}).get(currency.upper(), currency.upper())
    return f"{number.translate(_ARABIC_DIGITS)} {unit}".strip() if language == "ar" else f"{number} {unit}".strip()


def isolate(value: str) -> str:
    return f"{FSI}{value}{PDI}" if value else ""


def order_variables(order: Order, language: str, *, contact_name: str | None = None,
                    contact_phone: str | None = None, agent_name: str | None = None,
                    now: datetime | None = None, tz: tzinfo | None = None) -> dict[str, str]:
    """Every template variable's text for this order (empty strings where there is nothing to say)."""
    lang = "ar" if language == "ar" else "en"
    late = now is not None and order.is_late(now)
    delivered = next((c.at for c in reversed(order.history) if c.status is OrderStatus.DELIVERED), None)
    if order.status is OrderStatus.DELIVERED and delivered is None:
        delivered = order.history[-1].at if order.history else None
    word = STATUS_WORDS[lang].get(order.status, "")
    if order.status is OrderStatus.UNKNOWN and order.raw_status:
        word = order.raw_status
    data = {
        "order.id": order.id, "order.carrier": order.carrier or "", "order.tracking_number":
        order.tracking_number or "", "order.tracking_url": order.tracking_url or "",
        "contact.name": "" if _PHONE_LIKE.match(contact_name or "") else (contact_name or "").strip(), "contact.first_name": _first(contact_name),
        "contact.phone": contact_phone or "", "agent.first_name": _first(agent_name),
        "order.items": "، ".join(i.name for i in order.items) if lang == "ar" else ", ".join(
            i.name for i in order.items),
        "order.total": format_money(order.total, order.currency, lang),
    }
    if lang == "ar":  # data spans keep their own direction inside Arabic sentences
        data = {k: isolate(v) for k, v in data.items()}
    else:
        data = {k: isolate(v) if _has_rtl(v) else v for k, v in data.items()}
    dates = {
        "order.eta": order.eta if order.status not in _FINISHED and not late else None,
        "order.promised_date": order.eta, "order.delivered_at": delivered if order.status is
        OrderStatus.DELIVERED else None, "order.created_at": order.created_at,
        "order.last_update": order.history[-1].at if order.history else None,
    }
    data |= {k: format_date(v, lang, now=now, tz=tz) for k, v in dates.items()}
    data["order.status"] = word
    if order.status is OrderStatus.STUCK:
        note = _DELAY[lang][2]
    elif late:
        note = _DELAY[lang][1] if order.status in _WITH_US else _DELAY[lang][0]
    else:
        note = ""
    data["order.delay_note"] = note
    return data


def unknown_variables(template: str) -> list[str]:
    """The `{{…}}` in `template` that `render_status_answer` cannot fill (misspelt, unknown or malformed),
    in order of appearance; empty when every placeholder is a known variable."""
    found: list[str] = []
    for raw in _ANY.finditer(template):
        known = _VAR.fullmatch(raw.group(0))
        name = known.group(1) if known is not None else raw.group(1).strip() or raw.group(0)
        if (known is None or name not in TEMPLATE_VARIABLES) and name not in found:
            found.append(name)
    return found


def render_status_answer(order: Order, language: str, template: str | None = None, *,
                         contact_name: str | None = None, contact_phone: str | None = None,
                         agent_name: str | None = None, now: datetime | None = None,
                         tz: tzinfo | None = None) -> str:
    """Fill `template` (or the language's default) for `order`; `now` decides lateness (None: not judged)."""
    lang = "ar" if language == "ar" else "en"
    values = order_variables(order, lang, contact_name=contact_name, contact_phone=contact_phone,
                             agent_name=agent_name, now=now, tz=tz)
    source = DEFAULT_TEMPLATES[lang] if template is None else template
    unknown = unknown_variables(source)
    if unknown:
        raise UnknownTemplateVariable(f"Unknown variable in the reply template: {', '.join(unknown)}",
                                      detail=", ".join(TEMPLATE_VARIABLES))
    lines = []
    for line in source.split("\n"):
        found = list(_VAR.finditer(line))
        if found and all(not values[m.group(1)] and _fallback(m) is None for m in found):
            continue  # nothing to say on this line for this order
        lines.append(_VAR.sub(lambda m: values[m.group(1)] or (_fallback(m) or ""), line))
    return "\n".join(lines).strip()


def _fallback(match: re.Match[str]) -> str | None:
    return next((g for g in match.groups()[1:] if g is not None), None)


def _first(name: str | None) -> str:
    if name and _PHONE_LIKE.match(name):
        return ""  # WhatsApp contacts are often named by their number: don't greet a number
    parts = (name or "").split()
    if len(parts) > 1 and parts[0] in ("عبد", "أبو", "ابو", "Abd", "Abdel", "Abu"):
        return f"{parts[0]} {parts[1]}"  # compound names: «عبد الرحمن», "Abdel Rahman"
    return parts[0] if parts else ""


def _has_rtl(value: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in value)
