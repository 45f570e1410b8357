"""Static seed tables of the sandbox: workspaces, the eight users (with passwords and tokens that tests and
the demo rely on), inboxes, teams, labels and saved replies. Modelled on an Egyptian e-commerce team's three workspaces (customer support, operations, testing)."""

from __future__ import annotations

from dataclasses import dataclass, field

ACCOUNTS: list[tuple[int, str]] = [
    (1, "Customer Support — خدمة العملاء"),
    (2, "Operations Support — دعم العمليات"),
    (3, "Testing — الاختبار"),
]


@dataclass(frozen=True)
class SeedUser:
    """One seeded user; `roles` maps account id to "agent"/"administrator"."""

    user_id: int
    name: str
    arabic_name: str
    email: str
    password: str
    token: str
    roles: dict[int, str]
    mfa_secret: str | None = None
    backup_codes: tuple[str, ...] = ()
    auto_offline: bool = True
    availability: str = "online"
    inboxes: tuple[str, ...] = field(default=())  # inbox keys; empty = every inbox of its accounts


USERS: list[SeedUser] = [
    SeedUser(1, "Mona Adel", "منى عادل", "mona@souqdeals.example", "mona-lead-2026", "sbx-mona-token-0001",
             {1: "administrator", 2: "administrator", 3: "administrator"}),
    SeedUser(2, "Ahmed Hassan", "أحمد حسن", "ahmed@souqdeals.example", "ahmed-agent-2026",
             "sbx-ahmed-token-0002", {1: "agent"}, auto_offline=False, availability="online"),
    SeedUser(3, "Sara Mahmoud", "سارة محمود", "sara@souqdeals.example", "sara-agent-2026",
             "sbx-sara-token-0003", {1: "agent", 2: "agent"}, auto_offline=False, availability="busy"),
    SeedUser(4, "Omar Khaled", "عمر خالد", "omar@souqdeals.example", "omar-agent-2026",
             "sbx-omar-token-0004", {2: "agent"}, inboxes=("ws2-drivers",)),
    SeedUser(5, "Nour Ibrahim", "نور إبراهيم", "nour@souqdeals.example", "nour-agent-2026",
             "sbx-nour-token-0005", {1: "agent"}, mfa_secret="JBSWY3DPEHPK3PXP", backup_codes=("11111111",)),
    SeedUser(6, "Youssef Tarek", "يوسف طارق", "youssef@souqdeals.example", "youssef-tech-2026",
             "sbx-youssef-token-0006", {1: "agent", 3: "administrator"}),
    SeedUser(7, "Heba Samir", "هبة سمير", "heba@souqdeals.example", "heba-agent-2026",
             "sbx-heba-token-0007", {2: "agent"}, auto_offline=False, availability="offline"),
    SeedUser(8, "Karim Fawzy", "كريم فوزي", "karim@souqdeals.example", "karim-agent-2026",
             "sbx-karim-token-0008", {1: "agent"}, inboxes=("ws1-whatsapp",)),
]


@dataclass(frozen=True)
class SeedInbox:
    key: str
    account_id: int
    name: str
    channel_type: str
    phone_number: str | None = None
    provider: str | None = None


INBOXES: list[SeedInbox] = [
    SeedInbox("ws1-whatsapp", 1, "واتساب خدمة العملاء", "Channel::Whatsapp", "+201000555001", "whatsapp_cloud"),
    SeedInbox("ws1-messenger", 1, "SouqDeals Messenger", "Channel::FacebookPage"),
    SeedInbox("ws1-instagram", 1, "SouqDeals Instagram", "Channel::Instagram"),
    SeedInbox("ws1-website", 1, "Website chat — موقع سوق ديلز", "Channel::WebWidget"),
    SeedInbox("ws2-suppliers", 2, "WhatsApp Suppliers — الموردين", "Channel::Whatsapp", "+201000555002",
              "whatsapp_cloud"),
    SeedInbox("ws2-drivers", 2, "WhatsApp Drivers — المناديب", "Channel::Whatsapp", "+201000555003",
              "whatsapp_cloud"),
    SeedInbox("ws3-api", 3, "QA API inbox", "Channel::Api"),
    SeedInbox("ws3-whatsapp", 3, "WhatsApp test — واتساب تجريبي", "Channel::Whatsapp", "+201000555009",
              "default"),
]

TEAMS: list[tuple[int, str, str, tuple[int, ...]]] = [
    (1, "product inquiries", "Questions about products and deals — استفسارات المنتجات", (2, 5, 6)),
    (1, "complaints", "Complaints and refunds — الشكاوى والمرتجعات", (3, 1)),
    (1, "whatsapp orders", "Purchase orders taken on WhatsApp — طلبات الواتساب", (2, 8, 3)),
    (2, "suppliers", "Supplier and manufacturer support — دعم الموردين", (3, 7)),
    (2, "drivers", "Urgent driver support — دعم المناديب", (4, 7)),
    (3, "qa", "Technical team testing — فريق الاختبار", (6, 1)),
]

# (title, description, colour); every account gets the general ones, some are account-specific.
LABELS_COMMON: list[tuple[str, str, str]] = [
    ("wismo", "Where is my order? — فين الأوردر", "#1f93ff"),
    ("complaint", "Complaint — شكوى", "#e0245e"),
    ("refund", "Refund request — استرداد", "#f5a623"),
    ("vip", "VIP customer — عميل مميز", "#9b59b6"),
    ("shipping", "Shipping question — الشحن", "#16a085"),
    ("delivery-delay", "Late delivery — تأخير التوصيل", "#d35400"),
]
LABELS_BY_ACCOUNT: dict[int, list[tuple[str, str, str]]] = {
    1: [("product-inquiry", "Product question — استفسار منتج", "#2ecc71"),
        ("whatsapp-order", "Order taken on WhatsApp — طلب واتساب", "#25d366"),
        ("استرجاع", "Return — استرجاع منتج", "#c0392b"),
        ("out-of-stock", "Wants an out-of-stock item — منتج غير متوفر", "#7f8c8d"),
        ("catalogue", "Asked for the catalogue — الكتالوج", "#34495e")],
    2: [("supplier", "Supplier — مورد", "#8e44ad"),
        ("driver-urgent", "Driver needs help now — مندوب عاجل", "#c0392b"),
        ("invoice", "Invoices and payments — فواتير", "#27ae60"),
        ("عاجل", "Urgent — عاجل", "#e74c3c")],
    3: [("qa-bug", "Bug found in testing", "#e67e22"), ("qa-pass", "Checked OK", "#2ecc71")],
}

CANNED: list[tuple[str, str]] = [
    ("greeting", "أهلاً {{contact.first_name || 'عميلنا'}}! معاك {{agent.name}} من سوق ديلز، أقدر أساعدك إزاي؟"),
    ("greeting-en", "Hi {{contact.first_name || 'there'}}! This is {{agent.name}} from SouqDeals. How can I help?"),
    ("order-status", "الأوردر بتاعك في الطريق 🚚 وهيوصل خلال {{order.eta || 'يومين'}}. رقم المحادثة {{conversation.id}}."),
    ("order-status-en", "Your order is on its way and should arrive within 2 business days."),
    ("wismo-phone", "ممكن رقم الموبايل اللي اتعمل بيه الأوردر عشان أتابعه لحضرتك؟"),
    ("wismo-id", "Could you share your order number (it looks like SD-123456)?"),
    ("refund-policy", "سياسة الاسترجاع: تقدر ترجع المنتج خلال 14 يوم من الاستلام بحالته الأصلية، والفلوس بترجع خلال 7-10 أيام عمل."),
    ("refund-policy-en", "Refund policy: returns are accepted within 14 days of delivery; refunds take 7–10 business days."),
    ("refund-started", "تم بدء إجراءات الاسترداد ✅ هيوصلك رسالة تأكيد على {{contact.email || 'الإيميل بتاعك'}}."),
    ("delivery-times", "مواعيد التوصيل: القاهرة والجيزة 1-2 يوم، باقي المحافظات 3-5 أيام عمل."),
    ("delivery-times-en", "Delivery times: Cairo & Giza 1–2 days, other governorates 3–5 business days."),
    ("catalogue", "ده كتالوج العروض بتاع الأسبوع 🛍️ https://souqdeals.example/catalogue — الخصومات لحد 40%!"),
    ("catalogue-en", "Here is this week's catalogue with discounted items: https://souqdeals.example/catalogue"),
    ("out-of-stock", "للأسف المنتج ده خلص من المخزن حالياً 😔 نبلغك أول ما يرجع؟"),
    ("out-of-stock-en", "Sorry, this item is out of stock right now. Shall we notify you when it's back?"),
    ("restock", "خبر حلو يا {{contact.first_name || 'فندم'}}! المنتج اللي كنت مستنيه رجع تاني في المخزن."),
    ("payment-methods", "طرق الدفع: كاش عند الاستلام، فيزا، فودافون كاش، أو إنستاباي."),
    ("payment-methods-en", "Payment methods: cash on delivery, card, Vodafone Cash or InstaPay."),
    ("cod", "الدفع عند الاستلام متاح لكل المحافظات بدون رسوم إضافية."),
    ("address-confirm", "ممكن تأكد العنوان بالتفصيل (الشارع، رقم العمارة، الدور، علامة مميزة)؟"),
    ("whatsapp-order", "تمام، هسجل الأوردر لحضرتك: ابعتلي اسم المنتج والكمية والعنوان ورقم الموبايل."),
    ("order-confirmed", "تم تأكيد الأوردر ✅ رقم الطلب {{order.id || 'هيوصلك في رسالة'}}. شكراً لاختيارك سوق ديلز!"),
    ("complaint-sorry", "بنعتذر جداً عن التجربة دي يا {{contact.first_name || 'فندم'}} 🙏 هنحل المشكلة فوراً."),
    ("complaint-escalate", "I've escalated this to our complaints team; {{agent.name}} will follow up today."),
    ("exchange", "تقدر تبدل المقاس أو اللون خلال 14 يوم، المندوب هيستلم القديم ويسلمك الجديد."),
    ("working-hours", "مواعيد خدمة العملاء: يومياً من 9 الصبح لـ 11 بالليل، والجمعة من 2 الضهر."),
    ("working-hours-en", "Our support hours are 9 am to 11 pm daily (Fridays from 2 pm)."),
    ("thanks", "شكراً لتواصلك مع سوق ديلز 💙 لو احتجت أي حاجة إحنا موجودين."),
    ("thanks-en", "Thanks for contacting SouqDeals! Anything else I can help with?"),
    ("we-miss-you", "وحشتنا يا {{contact.first_name || 'فندم'}}! عندك كوبون خصم 15% على أول أوردر جاي: MISSYOU15"),
    ("tracking-link", "Track your order here: https://souqdeals.example/track/{{order.id || ''}}"),
    ("driver-address", "يا كابتن، العنوان في الأوردر: {{order.address || 'هبعتهولك حالاً'}}. كلم العميل قبل ما توصل."),
    ("supplier-invoice", "برجاء إرسال الفاتورة الضريبية مع أمر الشراء رقم {{conversation.id}}."),
    ("handover", "I'm handing you over to my colleague who will continue with you. شكراً لصبرك!"),
]
