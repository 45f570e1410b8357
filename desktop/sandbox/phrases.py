"""Phrase banks for seeded histories and the live customer simulator: Egyptian Arabic and English, often
mixed in one message, with Egyptian phone numbers and SouqDeals order ids."""

from __future__ import annotations

import random

FIRST_NAMES = [
    ("Mohamed", "محمد"), ("Ahmed", "أحمد"), ("Mahmoud", "محمود"), ("Mostafa", "مصطفى"), ("Ali", "علي"),
    ("Hassan", "حسن"), ("Khaled", "خالد"), ("Amr", "عمرو"), ("Tamer", "تامر"), ("Islam", "إسلام"),
    ("Fatma", "فاطمة"), ("Aya", "آية"), ("Mariam", "مريم"), ("Nada", "ندى"), ("Salma", "سلمى"),
    ("Yasmin", "ياسمين"), ("Dina", "دينا"), ("Rania", "رانيا"), ("Hoda", "هدى"), ("Mai", "مي"),
    ("Sherif", "شريف"), ("Hany", "هاني"), ("Walid", "وليد"), ("Reem", "ريم"), ("Eman", "إيمان"),
]
LAST_NAMES = [
    ("Abdelrahman", "عبد الرحمن"), ("El-Sayed", "السيد"), ("Mansour", "منصور"), ("Farouk", "فاروق"),
    ("Gamal", "جمال"), ("Fathy", "فتحي"), ("Shawky", "شوقي"), ("Ragab", "رجب"), ("Hegazy", "حجازي"),
    ("Saleh", "صالح"), ("Nasser", "ناصر"), ("Zaki", "زكي"), ("Lotfy", "لطفي"), ("Sabry", "صبري"),
]
CITIES = [("Cairo", "القاهرة"), ("Giza", "الجيزة"), ("Alexandria", "الإسكندرية"), ("Mansoura", "المنصورة"),
          ("Tanta", "طنطا"), ("Assiut", "أسيوط"), ("Zagazig", "الزقازيق"), ("Ismailia", "الإسماعيلية")]
COMPANIES = ["El Nour Trading", "شركة الأمل للتوريدات", "Delta Home Appliances", "مصنع النيل للملابس",
             "Cairo Fresh Foods", "Misr Electronics", "الشروق للأدوات المنزلية"]
PRODUCTS = ["خلاط مولينكس", "air fryer", "سماعة بلوتوث", "iPhone cover", "طقم حلل جرانيت", "مكنسة كهربا",
            "شنطة لابتوب", "smart watch", "مروحة سقف", "كوتشي Adidas", "ترابيزة بلاستيك", "power bank"]

PREFIXES = ["10", "11", "12", "15"]


def phone(rng: random.Random) -> str:
    """An Egyptian mobile number in E.164 (+2010…, +2011…, +2012…, +2015…)."""
    return f"+20{rng.choice(PREFIXES)}{rng.randrange(10_000_000, 99_999_999)}"


def order_id(rng: random.Random) -> str:
    return f"SD-{rng.randrange(100_000, 999_999)}"


def fill(template: str, rng: random.Random) -> str:
    return (template.replace("{order}", order_id(rng)).replace("{phone}", phone(rng))
            .replace("{product}", rng.choice(PRODUCTS)).replace("{n}", str(rng.randrange(2, 9))))


CUSTOMER_OPENERS = {
    "wismo": ["فين الأوردر رقم {order}؟", "السلام عليكم، الأوردر {order} متأخر ليه؟ بقاله {n} أيام",
              "Hi, where is my order {order}? It says shipped from {n} days", "ازيكم، عايز أعرف الأوردر بتاعي وصل لفين",
              "الشحنة {order} لسه موصلتش، رقمي {phone}", "order {order} status please؟ محتاجه ضروري"],
    "complaint": ["المنتج وصل مكسور 😡 عايز حل", "The {product} I received doesn't work at all",
                  "المندوب كان قليل الذوق جداً ومرضيش يستنى", "اتخصم مني مرتين على نفس الأوردر {order}",
                  "جالي لون غلط في الأوردر {order}، I ordered black not white"],
    "refund": ["عايز أرجع ال{product} وآخد فلوسي", "How do I get a refund for order {order}?",
               "الاسترجاع بياخد قد ايه؟ رجعت الأوردر من أسبوع", "refund لسه موصلش على الفيزا"],
    "product": ["ال{product} ده متاح؟ وسعره كام؟", "Is the {product} available in other colours?",
                "فيه ضمان على ال{product}؟", "ممكن الكتالوج بتاع العروض؟", "do you deliver to {city}?"],
    "order": ["عايز أطلب {n} {product} من الواتساب، مش عارف أطلب من الموقع", "I want to order the {product} please",
              "ممكن أعمل أوردر هنا؟ العنوان {city}", "عايزة أطلب نفس الأوردر اللي فات {order}"],
    "supplier": ["السلام عليكم، أنا مورد من {company}، عايز أعرض منتجات جديدة",
                 "Invoice for PO {order} attached, please confirm receipt", "امتى هيتم تحويل مستحقات الشهر اللي فات؟",
                 "عندنا خصم 20% على كمية {n}00 قطعة"],
    "driver": ["يا جماعة العميل مش بيرد ومعايا الأوردر {order}", "العنوان غلط في الأوردر {order} 🚨 محتاج رد حالاً",
               "Customer refused the package {order}, what do I do?", "العربية عطلت في الطريق ومعايا {n} أوردرات"],
    "qa": ["test message 1 2 3 — رسالة تجريبية", "QA: checking RTL with numbers {phone} and {order}",
           "Testing a long message " + "lorem ipsum " * 8, "اختبار emoji 🎉🔥 and mixed text"],
}
CUSTOMER_FOLLOWUPS = ["تمام شكراً", "Ok thanks 🙏", "طب امتى بالظبط؟", "رقمي {phone}", "الأوردر رقم {order}",
                      "لسه مستني رد", "any update؟", "ماشي، هستنى", "هو أنا ممكن ألغي الأوردر؟", "مفيش حد بيرد ليه؟",
                      "ربنا يخليك ❤️", "perfect, thank you", "ابعتلي لينك التتبع لو سمحت", "العنوان: {city}، شارع التحرير"]
AGENT_REPLIES = ["أهلاً بحضرتك، معاك من سوق ديلز. ثواني أشوف الأوردر", "Hi! Let me check that for you.",
                 "الأوردر {order} خرج مع المندوب النهارده وهيوصل قبل 9 بالليل", "بنعتذر عن التأخير 🙏",
                 "ممكن رقم الموبايل اللي اتعمل بيه الأوردر؟", "Your refund was issued; it takes 7–10 business days.",
                 "تم تسجيل الشكوى وهيتواصل معاك حد من فريق الشكاوى", "المنتج متاح بسعر 1,250 جنيه بدل 1,800",
                 "تم تأكيد الأوردر ✅", "Tracking link: https://souqdeals.example/track/{order}",
                 "يا كابتن كلم العميل على {phone}", "تمام يا فندم، أي خدمة تانية؟"]
PRIVATE_NOTES = ["العميل ده VIP، خلي بالك", "Checked with warehouse: shipped yesterday",
                 "@Mona محتاجين موافقة على الاسترداد", "مكرر — نفس المشكلة من الأسبوع اللي فات",
                 "Driver confirmed address by phone"]
ACTIVITIES = ["Conversation was marked resolved by {agent}", "Assigned to {agent} by Mona Adel",
              "{agent} added wismo", "Conversation was reopened", "Priority changed to high"]


def customer_text(rng: random.Random, topic: str) -> str:
    text = rng.choice(CUSTOMER_OPENERS.get(topic, CUSTOMER_OPENERS["wismo"]))
    return fill(text.replace("{city}", rng.choice(CITIES)[1]).replace("{company}", rng.choice(COMPANIES)), rng)


def followup_text(rng: random.Random) -> str:
    return fill(rng.choice(CUSTOMER_FOLLOWUPS).replace("{city}", rng.choice(CITIES)[1]), rng)


def agent_text(rng: random.Random) -> str:
    return fill(rng.choice(AGENT_REPLIES), rng)
