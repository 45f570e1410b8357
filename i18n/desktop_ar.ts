<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Board</source>
        <comment>%1 d %2 h</comment>
        <translation type="vanished">%1 ي %2 س</translation>
    </message>
    <message>
        <source>Board</source>
        <comment>%1 h %2 min</comment>
        <translation type="vanished">%1 س %2 د</translation>
    </message>
    <message numerus="yes">
        <source>Board</source>
        <comment>%n min</comment>
        <translation type="vanished">
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/startup_error.py" line="21"/>
        <source>SouqDesk could not start</source>
        <translation>تعذّر تشغيل سوق ديسك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/startup_error.py" line="22"/>
        <source>SouqDesk could not start.</source>
        <translation>تعذّر تشغيل سوق ديسك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/startup_error.py" line="23"/>
        <source>The details are in the log file:
%1</source>
        <translation>التفاصيل في ملف السجل:
%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/startup_error.py" line="24"/>
        <source>No log file could be written.</source>
        <translation>تعذّرت كتابة ملف السجل.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="21"/>
        <source>About SouqDesk</source>
        <translation>حول سوق ديسك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="22"/>
        <source>SouqDesk %1</source>
        <translation>سوق ديسك %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="30"/>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>الإصدارات: Qt %1، PySide6 %2، Python %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="38"/>
        <source>Bundled font: Noto Sans Arabic UI, SIL Open Font License 1.1</source>
        <translation>الخط المرفق: Noto Sans Arabic UI، برخصة SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="57"/>
        <source>Not connected to a server.</source>
        <translation>غير متصل بخادم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="59"/>
        <source>Server %1: asking for its version…</source>
        <translation>الخادم %1: جارٍ السؤال عن إصداره…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="62"/>
        <source>Server %1: Chatwoot %2</source>
        <translation>الخادم %1: Chatwoot %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/about.py" line="65"/>
        <source>Server %1: version unknown.</source>
        <translation>الخادم %1: الإصدار غير معروف.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../desktop/ui/actions.py" line="29"/>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="30"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="31"/>
        <source>Compose</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="32"/>
        <source>Team lead</source>
        <translation>مشرف الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="33"/>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="16"/>
        <source>Show my conversations</source>
        <translation>عرض محادثاتي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="17"/>
        <source>Show unassigned conversations</source>
        <translation>عرض المحادثات غير المُسندة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="19"/>
        <source>Show all conversations</source>
        <translation>عرض كل المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="20"/>
        <source>Next workspace</source>
        <translation>مساحة العمل التالية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="22"/>
        <source>Previous workspace</source>
        <translation>مساحة العمل السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="24"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="25"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="54"/>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="55"/>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="56"/>
        <source>Next unassigned conversation</source>
        <translation>المحادثة غير المُسندة التالية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="58"/>
        <source>Focus the conversation list</source>
        <translation>الانتقال إلى قائمة المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="59"/>
        <source>Focus the reply box</source>
        <translation>الانتقال إلى مربع الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="60"/>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="61"/>
        <source>Resolve</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="62"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="63"/>
        <source>Snooze…</source>
        <translation>تأجيل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="64"/>
        <source>Set priority…</source>
        <translation>تحديد الأولوية…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="65"/>
        <source>Mark as unread</source>
        <translation>تمييز كغير مقروءة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="66"/>
        <source>Categories…</source>
        <translation>التصنيفات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="67"/>
        <source>Assign to me</source>
        <translation>إسناد إليّ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="68"/>
        <source>Assign…</source>
        <translation>إسناد…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="69"/>
        <source>Escalate…</source>
        <translation>تصعيد…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="70"/>
        <source>Saved replies…</source>
        <translation>الردود المحفوظة…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="71"/>
        <source>Toggle private note</source>
        <translation>تبديل وضع الملاحظة الخاصة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="72"/>
        <source>Agents board</source>
        <translation>لوحة الموظفين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="73"/>
        <source>Hand over an agent&apos;s conversations…</source>
        <translation>تسليم محادثات موظف…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="75"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="76"/>
        <source>Set me online</source>
        <translation>تعيين حالتي: متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="77"/>
        <source>Set me busy</source>
        <translation>تعيين حالتي: مشغول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="78"/>
        <source>Set me offline</source>
        <translation>تعيين حالتي: غير متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="79"/>
        <source>Command palette</source>
        <translation>لوحة الأوامر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="80"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../desktop/ui/actions.py" line="81"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="26"/>
        <source>Collect diagnostics…</source>
        <translation>جمع بيانات التشخيص…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="28"/>
        <source>Download update</source>
        <translation>تنزيل التحديث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="30"/>
        <source>About SouqDesk</source>
        <translation>حول سوق ديسك</translation>
    </message>
</context>
<context>
    <name>AgentToolkit</name>
    <message>
        <location filename="../desktop/ui/triage/toolkit.py" line="265"/>
        <source>No unassigned conversation in this list: showing Unassigned.</source>
        <translation>لا توجد محادثة غير مُسندة في هذه القائمة: يتم عرض «غير مُسندة».</translation>
    </message>
</context>
<context>
    <name>AppErrors</name>
    <message>
        <location filename="../desktop/ui/error_text.py" line="24"/>
        <source>The verification step has expired. Please sign in again.</source>
        <translation>انتهت صلاحية خطوة التحقق. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="25"/>
        <source>Enter the code from your authenticator app or a backup code.</source>
        <translation>أدخل الرمز من تطبيق المصادقة أو رمزًا احتياطيًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="26"/>
        <source>The access token is not valid. Sign in again.</source>
        <translation>رمز الوصول غير صالح. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="27"/>
        <source>The saved sign-in details are not valid. Sign in again.</source>
        <translation>بيانات تسجيل الدخول المحفوظة غير صالحة. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="28"/>
        <source>The saved sign-in could not be read.</source>
        <translation>تعذّرت قراءة تسجيل الدخول المحفوظ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="29"/>
        <source>You are signed out. Please sign in.</source>
        <translation>تم تسجيل خروجك. يُرجى تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="30"/>
        <source>Sign in with your email and password first.</source>
        <translation>سجّل الدخول أولًا ببريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="31"/>
        <source>Enter an access token.</source>
        <translation>أدخل رمز وصول.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="32"/>
        <source>This access token is not valid.</source>
        <translation>رمز الوصول هذا غير صالح.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="34"/>
        <source>A secure connection to the server could not be set up.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="35"/>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>لم يردّ الخادم في الوقت المحدد. تحقّق من اتصالك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="36"/>
        <source>The server address is not a valid http(s) address.</source>
        <translation>عنوان الخادم ليس عنوان http(s) صالحًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="37"/>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>تعذّر العثور على اسم الخادم %1. تحقّق من العنوان.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="38"/>
        <source>The server refused the connection. Check the address and port.</source>
        <translation>رفض الخادم الاتصال. تحقّق من العنوان والمنفذ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="39"/>
        <source>The connection to the server was dropped. Try again.</source>
        <translation>انقطع الاتصال بالخادم. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="40"/>
        <source>Requests with this session go only to the configured server.</source>
        <translation>طلبات هذه الجلسة تُرسل إلى الخادم المُعدّ فقط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="42"/>
        <source>A filter needs at least one condition.</source>
        <translation>يحتاج عامل التصفية إلى شرط واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="43"/>
        <source>Unknown filter attribute: %1.</source>
        <translation>خاصية تصفية غير معروفة: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="44"/>
        <source>The filter operator %1 does not apply to %2; use one of %3.</source>
        <translation>عامل المقارنة %1 لا ينطبق على %2؛ استخدم أحد هذه: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="45"/>
        <source>Conditions are joined by &apos;and&apos; or &apos;or&apos;, not %1.</source>
        <translation>تُربط الشروط بـ &apos;and&apos; أو &apos;or&apos;، وليس %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="46"/>
        <source>The filter on %1 needs a value.</source>
        <translation>التصفية حسب %1 تحتاج إلى قيمة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="47"/>
        <source>Unsupported filter value for %1: %2.</source>
        <translation>قيمة تصفية غير مدعومة لـ %1: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="48"/>
        <source>%1 needs a date (YYYY-MM-DD), not %2.</source>
        <translation>%1 يحتاج إلى تاريخ (YYYY-MM-DD)، وليس %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="49"/>
        <source>At most %1 files can be attached to one message.</source>
        <translation>يمكن إرفاق %1 ملفات كحدٍّ أقصى بالرسالة الواحدة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="50"/>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="51"/>
        <source>The message is empty.</source>
        <translation>الرسالة فارغة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="52"/>
        <source>Drafts could not be saved.</source>
        <translation>تعذّر حفظ المسودات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="53"/>
        <source>Unsent messages could not be saved.</source>
        <translation>تعذّر حفظ الرسائل غير المُرسلة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="54"/>
        <source>Fill in every variable before sending.</source>
        <translation>املأ كل المتغيرات قبل الإرسال.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="56"/>
        <source>Choose a category before resolving this conversation.</source>
        <translation>اختر تصنيفًا قبل إغلاق هذه المحادثة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="57"/>
        <source>Choose a team, an agent or a priority to escalate to.</source>
        <translation>اختر فريقًا أو موظفًا أو أولوية للتصعيد.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="58"/>
        <source>The snooze time needs a time zone.</source>
        <translation>وقت التأجيل يحتاج إلى منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="59"/>
        <source>Choose a snooze time in the future.</source>
        <translation>اختر وقت تأجيل في المستقبل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="60"/>
        <source>Select at least one conversation.</source>
        <translation>حدّد محادثة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="61"/>
        <source>Choose a team or an agent.</source>
        <translation>اختر فريقًا أو موظفًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="62"/>
        <source>Choose a category to add or remove.</source>
        <translation>اختر تصنيفًا لإضافته أو إزالته.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="63"/>
        <source>Choose the team or agent who takes over.</source>
        <translation>اختر الفريق أو الموظف الذي سيتولى المحادثة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="65"/>
        <source>No digits found: type a phone number such as 01001234567 or +201001234567.</source>
        <translation>لا توجد أرقام: اكتب رقم هاتف مثل 01001234567 أو ‎+201001234567.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="66"/>
        <source>The text holds more than one phone number: keep only one.</source>
        <translation>النص يحتوي على أكثر من رقم هاتف: أبقِ رقمًا واحدًا فقط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="67"/>
        <source>The number starts with + or 00 but no known country code follows.</source>
        <translation>الرقم يبدأ بـ + أو 00 لكن لا يليه رمز دولة معروف.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="68"/>
        <source>Too short for a phone number (%1 digits).</source>
        <translation>قصير جدًا ليكون رقم هاتف (%1 أرقام).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="69"/>
        <source>Too long for a phone number (%1 digits).</source>
        <translation>طويل جدًا ليكون رقم هاتف (%1 أرقام).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="70"/>
        <source>This does not look like a phone number in %1.</source>
        <translation>لا يبدو هذا رقم هاتف في %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="71"/>
        <source>Too short for a phone number in %1 (%2 digits).</source>
        <translation>قصير جدًا ليكون رقم هاتف في %1 (%2 أرقام).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="72"/>
        <source>Too long for a phone number in %1 (%2 digits).</source>
        <translation>طويل جدًا ليكون رقم هاتف في %1 (%2 أرقام).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="73"/>
        <source>+%1 is not a country calling code.</source>
        <translation>‎+%1 ليس رمز اتصال دوليًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="74"/>
        <source>This is a landline or service number in %1, not a mobile number.</source>
        <translation>هذا رقم أرضي أو رقم خدمة في %1، وليس رقم جوال.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="75"/>
        <source>Too short for a mobile number in %1: %2 digits after the country code or trunk 0, a mobile number has %3 (like %4 or %5).</source>
        <translation>قصير جدًا ليكون رقم جوال في %1: ‏%2 أرقام بعد رمز الدولة أو الصفر، ورقم الجوال فيه %3 (مثل %4 أو %5).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="77"/>
        <source>Too long for a mobile number in %1: %2 digits after the country code or trunk 0, a mobile number has %3 (like %4 or %5).</source>
        <translation>طويل جدًا ليكون رقم جوال في %1: ‏%2 أرقام بعد رمز الدولة أو الصفر، ورقم الجوال فيه %3 (مثل %4 أو %5).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="79"/>
        <source>This is not a valid mobile or landline number in %1.</source>
        <translation>هذا ليس رقم جوال أو رقمًا أرضيًا صالحًا في %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="83"/>
        <source>%1 sent orders in a shape the app cannot read.</source>
        <translation>أرسل %1 الطلبات بصيغة لا يستطيع التطبيق قراءتها.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="84"/>
        <source>%1 refused the credentials (HTTP %2). Check the API key.</source>
        <translation>رفض %1 بيانات الدخول (HTTP %2). تحقّق من مفتاح الواجهة البرمجية.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="85"/>
        <source>%1 has no such address (HTTP 404). Check the URL.</source>
        <translation>لا يوجد هذا العنوان لدى %1 (HTTP 404). تحقّق من الرابط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="86"/>
        <source>%1 is busy (too many requests). Try again shortly.</source>
        <translation>%1 مشغول (طلبات كثيرة جدًا). حاول بعد قليل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="87"/>
        <source>%1 had a problem (HTTP %2). Try again in a moment.</source>
        <translation>حدثت مشكلة لدى %1 (HTTP %2). حاول بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="88"/>
        <source>%1 moved to another address: update the URL in the settings.</source>
        <translation>انتقل %1 إلى عنوان آخر: حدّث الرابط في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="89"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>رفض %1 الطلب (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="90"/>
        <source>%1 did not answer in time.</source>
        <translation>لم يردّ %1 في الوقت المحدد.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="91"/>
        <source>The %1 address is not a valid URL.</source>
        <translation>عنوان %1 ليس رابطًا صالحًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="92"/>
        <source>%1 cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى %1. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="93"/>
        <source>%1 sent a response that is not JSON.</source>
        <translation>أرسل %1 ردًا ليس بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="94"/>
        <source>%1&apos;s security certificate could not be verified.</source>
        <translation>تعذّر التحقق من شهادة الأمان لـ %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="95"/>
        <source>The Shopify integration is not connected in this workspace.</source>
        <translation>تكامل Shopify غير مربوط في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="96"/>
        <source>Shopify refused the lookup: %1</source>
        <translation>رفض Shopify البحث: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="97"/>
        <source>Chatwoot refused the credentials: sign in again.</source>
        <translation>رفض Chatwoot بيانات الدخول: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="98"/>
        <source>You are not allowed to see Shopify orders in this workspace.</source>
        <translation>غير مسموح لك برؤية طلبات Shopify في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="99"/>
        <source>Chatwoot is busy (too many requests). Try again shortly.</source>
        <translation>Chatwoot مشغول (طلبات كثيرة جدًا). حاول بعد قليل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="100"/>
        <source>Chatwoot cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى Chatwoot. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="101"/>
        <source>Chatwoot could not list the Shopify orders: %1</source>
        <translation>تعذّر على Chatwoot عرض طلبات Shopify: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="104"/>
        <source>The network settings are not valid.</source>
        <translation>إعدادات الشبكة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="105"/>
        <source>The proxy setting %1 is not valid: use system, none, or a URL such as http://proxy.example:3128 or socks5://proxy.example:1080.</source>
        <translation>إعداد الوكيل %1 غير صالح: استخدم system أو none أو عنوانًا مثل http://proxy.example:3128 أو socks5://proxy.example:1080.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="106"/>
        <source>The extra CA certificate file %1 does not exist.</source>
        <translation>ملف شهادات CA الإضافية %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="107"/>
        <source>The extra CA certificate file %1 holds no valid PEM certificate.</source>
        <translation>ملف شهادات CA الإضافية %1 لا يحتوي على شهادة PEM صالحة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="108"/>
        <source>The security certificate of %1 could not be verified (%2).%3</source>
        <translation>تعذّر التحقّق من شهادة الأمان الخاصة بـ %1 (%2).%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="109"/>
        <source>%1&apos;s security certificate could not be verified (%2).%3</source>
        <translation>تعذّر التحقّق من شهادة الأمان الخاصة بـ %1 (%2).%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="110"/>
        <source> If your company inspects secure traffic, IT can add its CA certificate with the extra_ca_file policy.</source>
        <translation> إذا كانت شركتك تفحص الاتصالات الآمنة، يمكن لقسم تقنية المعلومات إضافة شهادة CA الخاصة بها عبر سياسة extra_ca_file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="111"/>
        <source> The extra CA certificates in %1 do not cover it.</source>
        <translation> شهادات CA الإضافية في %1 لا تشملها.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="112"/>
        <source>The proxy %1 cannot be reached. Check the proxy setting.</source>
        <translation>تعذّر الوصول إلى الوكيل %1. تحقّق من إعداد الوكيل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="113"/>
        <source>The proxy %1 did not let the connection to %2 through. Check the proxy setting.</source>
        <translation>لم يسمح الوكيل %1 بالاتصال بـ %2. تحقّق من إعداد الوكيل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="114"/>
        <source>the system proxy</source>
        <translation>وكيل النظام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="115"/>
        <source>not trusted</source>
        <translation>غير موثوقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="116"/>
        <source>The update check failed.</source>
        <translation>تعذّر التحقّق من وجود تحديث.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="117"/>
        <source>The update feed %1 is not valid: %2.</source>
        <translation>مصدر التحديثات %1 غير صالح: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="118"/>
        <source>The update feed %1 is not valid: it is not JSON.</source>
        <translation>مصدر التحديثات %1 غير صالح: ليس بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="119"/>
        <source>it is not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="120"/>
        <source>no version such as 1.2.0</source>
        <translation>لا يحتوي على رقم إصدار مثل 1.2.0</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="121"/>
        <source>no http(s) download url</source>
        <translation>لا يحتوي على رابط تنزيل http(s)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="122"/>
        <source>no sha256 of 64 hex digits</source>
        <translation>لا يحتوي على بصمة sha256 من 64 خانة ست عشرية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="123"/>
        <source>notes must map a language to text</source>
        <translation>يجب أن تربط الملاحظات كل لغة بنصّها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="124"/>
        <source>The update feed %1 cannot be reached.</source>
        <translation>تعذّر الوصول إلى مصدر التحديثات %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="125"/>
        <source>The update feed %1 answered HTTP %2.</source>
        <translation>ردّ مصدر التحديثات %1 برمز HTTP %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="126"/>
        <source>The downloaded %1 does not match the checksum in the update feed; it was not kept. Tell IT.</source>
        <translation>الملف الذي نُزّل %1 لا يطابق البصمة المذكورة في مصدر التحديثات؛ لم يُحتفظ به. أبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="128"/>
        <source>The order lookup settings are not valid.</source>
        <translation>إعدادات البحث عن الطلبات غير صالحة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="129"/>
        <source>The order lookup settings must be a JSON object.</source>
        <translation>يجب أن تكون إعدادات البحث عن الطلبات كائن JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="130"/>
        <source>Unknown order provider %1: use one of %2.</source>
        <translation>مزوّد طلبات غير معروف %1: استخدم أحد هذه: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="131"/>
        <source>Unknown order setting(s): %1.</source>
        <translation>إعدادات طلبات غير معروفة: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="132"/>
        <source>The order lookup settings are not valid: %1</source>
        <translation>إعدادات البحث عن الطلبات غير صالحة: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="133"/>
        <source>The %1 order provider needs a &quot;url&quot;.</source>
        <translation>مزوّد الطلبات %1 يحتاج إلى &quot;url&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="134"/>
        <source>The fulfilment URL is not usable: %1.</source>
        <translation>رابط نظام التوصيل غير قابل للاستخدام: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="135"/>
        <source>The Shopify-through-Chatwoot provider needs an &quot;account_id&quot; (workspace).</source>
        <translation>مزوّد Shopify عبر Chatwoot يحتاج إلى &quot;account_id&quot; (مساحة العمل).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="136"/>
        <source>The default region must be a two-letter code such as EG, not %1.</source>
        <translation>يجب أن تكون المنطقة الافتراضية رمزًا من حرفين مثل EG، وليس %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="137"/>
        <source>&quot;answer_templates&quot; must be an object such as {&quot;ar&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>يجب أن يكون &quot;answer_templates&quot; كائنًا مثل {&quot;ar&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="138"/>
        <source>Unknown answer template language %1: use &quot;ar&quot; or &quot;en&quot;.</source>
        <translation>لغة قالب رد غير معروفة %1: استخدم &quot;ar&quot; أو &quot;en&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="139"/>
        <source>The %1 answer template must be a non-empty text.</source>
        <translation>يجب أن يكون قالب الرد %1 نصًا غير فارغ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="140"/>
        <source>The %1 answer template uses unknown variable(s): %2.</source>
        <translation>قالب الرد %1 يستخدم متغيرات غير معروفة: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="141"/>
        <source>The order settings file cannot be read: %1.</source>
        <translation>تعذّرت قراءة ملف إعدادات الطلبات: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="142"/>
        <source>The order settings file is not valid JSON (line %1).</source>
        <translation>ملف إعدادات الطلبات ليس JSON صالحًا (السطر %1).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="143"/>
        <source>Shopify needs an Admin API access token: save it in the keyring first.</source>
        <translation>يحتاج Shopify إلى رمز وصول Admin API: احفظه في سلسلة المفاتيح أولًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="144"/>
        <source>WooCommerce needs the consumer key and secret, saved as &quot;ck_…:cs_…&quot;.</source>
        <translation>يحتاج WooCommerce إلى مفتاح المستهلك وسرّه، محفوظين بالشكل &quot;ck_…:cs_…&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="145"/>
        <source>Shopify through Chatwoot needs a signed-in Chatwoot session and a workspace.</source>
        <translation>يحتاج Shopify عبر Chatwoot إلى جلسة Chatwoot مسجّلة ومساحة عمل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="146"/>
        <source>The reply template uses a variable the app does not know.</source>
        <translation>قالب الرد يستخدم متغيرًا لا يعرفه التطبيق.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="147"/>
        <source>Unknown variable in the reply template: %1</source>
        <translation>متغير غير معروف في قالب الرد: %1</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="34"/>
        <source>Replies waiting to be sent; click to open the first one</source>
        <translation>ردود في انتظار الإرسال؛ انقر لفتح أولها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="40"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="42"/>
        <source>Connected to the local sandbox with sample data</source>
        <translation>متصل بخادم تجريبي محلي ببيانات نموذجية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="53"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="54"/>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="55"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/bar.py" line="67"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/statusbar/bar.py" line="85"/>
        <source>%n unsent</source>
        <translation>
            <numerusform>لا توجد ردود غير مرسلة</numerusform>
            <numerusform>رد واحد غير مرسل</numerusform>
            <numerusform>ردّان غير مرسلين</numerusform>
            <numerusform>%n ردود غير مرسلة</numerusform>
            <numerusform>%n ردًا غير مرسل</numerusform>
            <numerusform>%n رد غير مرسل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../desktop/ui/composer/attachments.py" line="40"/>
        <source>Remove this file</source>
        <translation>إزالة هذا الملف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/attachments.py" line="41"/>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityButton</name>
    <message>
        <location filename="../desktop/ui/triage/availability_button.py" line="37"/>
        <source>My availability</source>
        <translation>حالة توفّري</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/availability_button.py" line="74"/>
        <source>Your availability in this workspace; click to change</source>
        <translation>حالة توفّرك في مساحة العمل هذه؛ انقر لتغييرها</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <location filename="../desktop/ui/notifier.py" line="196"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="197"/>
        <source>Dismiss message</source>
        <translation>إخفاء الرسالة</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../desktop/ui/board/model.py" line="81"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="81"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="82"/>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="82"/>
        <source>Unattended</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="83"/>
        <source>Oldest waiting</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="38"/>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/model.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/board/model.py" line="43"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../desktop/ui/board/view.py" line="43"/>
        <source>Agents board</source>
        <translation>لوحة الموظفين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="65"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="68"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;تسليم…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="70"/>
        <source>&amp;Open oldest</source>
        <translation>&amp;فتح الأقدم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="96"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/board/view.py" line="100"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>لا يوجد موظفون</numerusform>
            <numerusform>موظف واحد</numerusform>
            <numerusform>موظفان</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفًا</numerusform>
            <numerusform>%n موظف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="109"/>
        <source>Only administrators can see the team&apos;s load.</source>
        <translation>عبء عمل الفريق متاح لمديري النظام فقط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/board/view.py" line="111"/>
        <source>The board could not be loaded.</source>
        <translation>تعذّر تحميل اللوحة.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../desktop/ui/palette/palette.py" line="104"/>
        <source>Command palette</source>
        <translation>لوحة الأوامر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/palette/palette.py" line="111"/>
        <source>Type a command or a customer; &gt; commands only, # conversations</source>
        <translation>اكتب أمرًا أو اسم عميل؛ ⁦&gt;⁩ للأوامر فقط، ⁦#⁩ للمحادثات</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="66"/>
        <location filename="../desktop/ui/composer/composer.py" line="85"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="68"/>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="94"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="97"/>
        <location filename="../desktop/ui/composer/composer.py" line="235"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="179"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="186"/>
        <source>At most %1 files can be sent at once.</source>
        <translation>الحد الأقصى للملفات في المرة الواحدة: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="191"/>
        <source>%1 is too large to send (40 MB at most).</source>
        <translation>حجم %1 أكبر من المسموح بإرساله (40 ميجابايت كحد أقصى).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="195"/>
        <source>%1 could not be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="230"/>
        <source>Private note: only your team sees it</source>
        <translation>ملاحظة خاصة: لا يراها إلا فريقك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="231"/>
        <source>Type a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>اكتب ردًا… (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="235"/>
        <source>Add note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/composer/composer.py" line="249"/>
        <source>Fill in or remove the {{…}} placeholder before sending: the customer would see it as typed.</source>
        <translation>أكمل المتغيّر {{…}} أو احذفه قبل الإرسال: وإلا سيظهر للعميل كما هو مكتوب.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../desktop/ui/statusbar/connection.py" line="34"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/connection.py" line="35"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/connection.py" line="36"/>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statusbar/connection.py" line="37"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="77"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="78"/>
        <location filename="../desktop/ui/contact/panel.py" line="193"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="79"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="80"/>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="81"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="82"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="83"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="107"/>
        <source>Previous conversations</source>
        <translation>المحادثات السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="135"/>
        <source>Unknown contact</source>
        <translation>جهة اتصال غير معروفة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="142"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="184"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="188"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="189"/>
        <source>Messenger</source>
        <translation>ماسنجر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="190"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="191"/>
        <source>Website chat</source>
        <translation>دردشة الموقع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="192"/>
        <source>API channel</source>
        <translation>قناة API</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="194"/>
        <source>SMS</source>
        <translation>رسائل SMS</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="195"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="196"/>
        <source>Other channel</source>
        <translation>قناة أخرى</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="201"/>
        <location filename="../desktop/ui/contact/panel.py" line="221"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="202"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="203"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="204"/>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="205"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/panel.py" line="214"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/previous.py" line="35"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/previous.py" line="36"/>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/previous.py" line="37"/>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/previous.py" line="38"/>
        <source>Resolved</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="43"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="44"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="45"/>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="46"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="117"/>
        <source>Unknown contact</source>
        <translation>جهة اتصال غير معروفة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/delegate.py" line="136"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../desktop/ui/conversation/header.py" line="43"/>
        <location filename="../desktop/ui/conversation/header.py" line="44"/>
        <source>Close conversation</source>
        <translation>إغلاق عرض المحادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/header.py" line="73"/>
        <source>Reply window open</source>
        <translation>نافذة الرد مفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/header.py" line="73"/>
        <source>24-hour window closed</source>
        <translation>انتهت نافذة الـ24 ساعة</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/conversation/header.py" line="77"/>
        <source>%n h left</source>
        <translation>
            <numerusform>%n ساعة متبقية</numerusform>
            <numerusform>ساعة واحدة متبقية</numerusform>
            <numerusform>ساعتان متبقيتان</numerusform>
            <numerusform>%n ساعات متبقية</numerusform>
            <numerusform>%n ساعة متبقية</numerusform>
            <numerusform>%n ساعة متبقية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/conversation/header.py" line="80"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n دقيقة متبقية</numerusform>
            <numerusform>دقيقة واحدة متبقية</numerusform>
            <numerusform>دقيقتان متبقيتان</numerusform>
            <numerusform>%n دقائق متبقية</numerusform>
            <numerusform>%n دقيقة متبقية</numerusform>
            <numerusform>%n دقيقة متبقية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../desktop/ui/inbox/model.py" line="47"/>
        <source>📎 Attachment</source>
        <translation>📎 مرفق</translation>
    </message>
</context>
<context>
    <name>ConversationListPane</name>
    <message>
        <location filename="../desktop/ui/inbox/pane.py" line="85"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/pane.py" line="174"/>
        <source>Loading conversations…</source>
        <translation>جارٍ تحميل المحادثات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/pane.py" line="176"/>
        <source>No conversation matches your search.</source>
        <translation>لا توجد محادثة تطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/pane.py" line="178"/>
        <source>No conversations here.</source>
        <translation>لا توجد محادثات هنا.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../desktop/ui/conversation/pane.py" line="125"/>
        <source>Insert order status answer</source>
        <translation>إدراج رد بحالة الطلب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/pane.py" line="148"/>
        <source>Select a conversation</source>
        <translation>اختر محادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/pane.py" line="259"/>
        <source>Catching up on messages that came while the connection was down. Replies are still sent, in order.</source>
        <translation>جارٍ جلب الرسائل التي وصلت أثناء انقطاع الاتصال. الردود تُرسل كالمعتاد، بالترتيب.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/pane.py" line="277"/>
        <source>No order to answer about: look the customer&apos;s orders up first.</source>
        <translation>لا يوجد طلب للرد بشأنه: ابحث عن طلبات العميل أولًا.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="98"/>
        <location filename="../desktop/ui/login/pages.py" line="134"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="114"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="115"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="122"/>
        <location filename="../desktop/ui/login/pages.py" line="128"/>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="123"/>
        <source>Find it in your profile settings on the web dashboard.</source>
        <translation>تجده في إعدادات ملفك الشخصي على لوحة التحكم في الويب.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="127"/>
        <source>Email and password</source>
        <translation>البريد وكلمة المرور</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="129"/>
        <source>Keep me signed in</source>
        <translation>البقاء مسجّلًا للدخول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="133"/>
        <source>Stored in your system keyring, never in a file</source>
        <translation>يُحفظ في سلسلة مفاتيح النظام، ولا يُحفظ في ملف أبدًا</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="137"/>
        <source>Change server</source>
        <translation>تغيير الخادم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="154"/>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="53"/>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="103"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="53"/>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="103"/>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="63"/>
        <source>Keep the current team</source>
        <translation>الإبقاء على الفريق الحالي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="67"/>
        <source>Leave it in the team&apos;s queue (no agent)</source>
        <translation>تركها في قائمة انتظار الفريق (بدون موظف)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="72"/>
        <source>Type a name; leave empty to keep the agent</source>
        <translation>اكتب اسمًا؛ اتركه فارغًا للإبقاء على الموظف الحالي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="83"/>
        <source>Keep the priority</source>
        <translation>الإبقاء على الأولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="89"/>
        <source>Why? (posted as a private note)</source>
        <translation>لماذا؟ (يُضاف كملاحظة خاصة)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="93"/>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="95"/>
        <source>&amp;Agent</source>
        <translation>ال&amp;موظف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="97"/>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/escalate_dialog.py" line="98"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="40"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="41"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="42"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="43"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="44"/>
        <source>Contact</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="45"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="46"/>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="47"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="48"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="49"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="50"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="51"/>
        <source>Created</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="52"/>
        <source>First reply at</source>
        <translation>وقت أول رد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="53"/>
        <source>First response (s)</source>
        <translation>زمن أول رد (ث)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="54"/>
        <source>Resolved at</source>
        <translation>وقت الحل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="55"/>
        <source>Resolution (s)</source>
        <translation>زمن الحل (ث)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="56"/>
        <source>Incoming messages</source>
        <translation>الرسائل الواردة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="57"/>
        <source>Outgoing messages</source>
        <translation>الرسائل الصادرة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="58"/>
        <source>CSAT rating</source>
        <translation>تقييم الرضا</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="59"/>
        <source>CSAT comment</source>
        <translation>تعليق الرضا</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="72"/>
        <location filename="../desktop/ui/reports/export_dialog.py" line="130"/>
        <source>Export conversations</source>
        <translation>تصدير المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="80"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="80"/>
        <source>Resolved</source>
        <translation>تم حلها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="81"/>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="81"/>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="82"/>
        <source>Count each conversation&apos;s messages (one more request per conversation: slower)</source>
        <translation>عدّ رسائل كل محادثة (طلب إضافي لكل محادثة: أبطأ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="88"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="94"/>
        <source>&amp;Channel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="95"/>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="96"/>
        <source>&amp;Agent</source>
        <translation>ال&amp;موظف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="97"/>
        <source>Ca&amp;tegory</source>
        <translation>الت&amp;صنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="98"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="99"/>
        <source>&amp;File (.csv or .xlsx)</source>
        <translation>&amp;الملف (‎.csv أو ‎.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="109"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="119"/>
        <source>Choose a valid period in the reports window first.</source>
        <translation>اختر فترة صحيحة في نافذة التقارير أولاً.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="124"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="131"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف إكسل (*.xlsx);;CSV بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="146"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>يجب أن ينتهي اسم الملف بـ ‎.csv أو ‎.xlsx.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="154"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="163"/>
        <source>%1 of %2 conversations</source>
        <translation>%1 من %2 محادثة</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/reports/export_dialog.py" line="168"/>
        <source>%n conversation(s) exported to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي محادثة إلى %1.</numerusform>
            <numerusform>صُدِّرت محادثة واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت محادثتان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n محادثات إلى %1.</numerusform>
            <numerusform>صُدِّرت %n محادثة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n محادثة إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="170"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="178"/>
        <source>The export failed; no file was written: %1</source>
        <translation>فشل التصدير ولم يُكتب أي ملف: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/export_dialog.py" line="190"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير ولم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="39"/>
        <location filename="../desktop/ui/inbox/filters.py" line="41"/>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="50"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="53"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="54"/>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="55"/>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="56"/>
        <source>Resolved</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="57"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="61"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="62"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="63"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="109"/>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="111"/>
        <source>All teams</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="113"/>
        <source>All categories</source>
        <translation>كل التصنيفات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="138"/>
        <source>Mine %1</source>
        <translation>محادثاتي %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="139"/>
        <source>Unassigned %1</source>
        <translation>غير مُسندة %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="140"/>
        <source>All %1</source>
        <translation>الكل %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="144"/>
        <source>Conversations assigned to me (Ctrl+1)</source>
        <translation>المحادثات المُسندة إليّ (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="145"/>
        <source>Conversations nobody is assigned to (Ctrl+2)</source>
        <translation>المحادثات غير المُسندة إلى أحد (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/filters.py" line="146"/>
        <source>Every conversation you can see (Ctrl+3)</source>
        <translation>كل المحادثات المتاحة لك (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../desktop/ui/triage/handover_dialog.py" line="35"/>
        <source>Hand over conversations</source>
        <translation>تسليم المحادثات</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/handover_dialog.py" line="37"/>
        <source>%n open conversation(s) of %1 will move.</source>
        <translation>
            <numerusform>لا توجد محادثات مفتوحة لدى %1 لنقلها.</numerusform>
            <numerusform>ستُنقل محادثة مفتوحة واحدة من محادثات %1.</numerusform>
            <numerusform>ستُنقل محادثتان مفتوحتان من محادثات %1.</numerusform>
            <numerusform>ستُنقل %n محادثات مفتوحة من محادثات %1.</numerusform>
            <numerusform>ستُنقل %n محادثة مفتوحة من محادثات %1.</numerusform>
            <numerusform>ستُنقل %n محادثة مفتوحة من محادثات %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/handover_dialog.py" line="43"/>
        <source>No team change</source>
        <translation>بدون تغيير الفريق</translation>
    </message>
    <message>
        <source>the team&apos;s queue</source>
        <translation type="vanished">قائمة انتظار الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/handover_dialog.py" line="52"/>
        <source>To &amp;team</source>
        <translation>إلى ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/handover_dialog.py" line="54"/>
        <source>To &amp;agent</source>
        <translation>إلى ال&amp;موظف</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/handover_dialog.py" line="62"/>
        <source>Hand over %n conversation(s)</source>
        <translation>
            <numerusform>تسليم %n محادثة</numerusform>
            <numerusform>تسليم محادثة واحدة</numerusform>
            <numerusform>تسليم محادثتين</numerusform>
            <numerusform>تسليم %n محادثات</numerusform>
            <numerusform>تسليم %n محادثة</numerusform>
            <numerusform>تسليم %n محادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="90"/>
        <source>SouqDesk %1 is available: Help → Download update.</source>
        <translation>الإصدار %1 من سوق ديسك متاح: المساعدة ← تنزيل التحديث.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="97"/>
        <source>No update is known. SouqDesk checks the update feed at start.</source>
        <translation>لا يوجد تحديث معروف. يتحقق سوق ديسك من مصدر التحديثات عند التشغيل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="109"/>
        <source>Saved %1 (checksum verified). Install it when convenient.</source>
        <translation>تم حفظ %1 (تم التحقق من المجموع الاختباري). ثبّته في الوقت المناسب.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="118"/>
        <source>Save diagnostics</source>
        <translation>حفظ بيانات التشخيص</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="129"/>
        <source>Collecting diagnostics…</source>
        <translation>جارٍ جمع بيانات التشخيص…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="135"/>
        <source>The diagnostics could not be saved: %1</source>
        <translation>تعذّر حفظ بيانات التشخيص: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/help_actions.py" line="138"/>
        <source>Diagnostics saved to %1. Attach it to your support ticket.</source>
        <translation>حُفظت بيانات التشخيص في %1. أرفقها بتذكرة الدعم.</translation>
    </message>
</context>
<context>
    <name>KpiCell</name>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="37"/>
        <source>Previous: %1  %2</source>
        <translation>السابقة: %1  %2</translation>
    </message>
</context>
<context>
    <name>KpiGrid</name>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="49"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="49"/>
        <source>Resolutions</source>
        <translation>الحلول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="50"/>
        <source>Incoming messages</source>
        <translation>الرسائل الواردة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="50"/>
        <source>Outgoing messages</source>
        <translation>الرسائل الصادرة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="51"/>
        <source>Avg first response</source>
        <translation>متوسط أول رد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="51"/>
        <source>Avg resolution</source>
        <translation>متوسط الحل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="52"/>
        <source>Avg reply time</source>
        <translation>متوسط زمن الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="52"/>
        <source>CSAT (satisfied)</source>
        <translation>الرضا (راضون)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="63"/>
        <source>From %1 to %2, compared with the period of the same length before</source>
        <translation>من %1 إلى %2، مقارنةً بالفترة السابقة بنفس الطول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/kpis.py" line="83"/>
        <source>Average rating %1 of 5 from %2 responses; response rate %3 (previous period: %4, %5)</source>
        <translation>متوسط التقييم %1 من 5 من %2 رد؛ نسبة الاستجابة %3 (الفترة السابقة: %4، %5)</translation>
    </message>
</context>
<context>
    <name>LabelPicker</name>
    <message>
        <location filename="../desktop/ui/labels/picker.py" line="30"/>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels/picker.py" line="36"/>
        <source>Type to find a category; Space checks it</source>
        <translation>اكتب للبحث عن تصنيف؛ واضغط Space لتحديده</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="193"/>
        <source>SouqDesk — Demo</source>
        <translation>SouqDesk — نسخة تجريبية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="193"/>
        <source>SouqDesk</source>
        <translation>SouqDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="62"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="63"/>
        <source>&amp;Conversation</source>
        <translation>م&amp;حادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="64"/>
        <source>&amp;Team</source>
        <translation>&amp;فريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/menus.py" line="65"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../desktop/ui/conversation/attachment_paint.py" line="88"/>
        <source>Image could not be loaded</source>
        <translation>تعذّر تحميل الصورة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/attachment_paint.py" line="90"/>
        <source>Loading image…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
</context>
<context>
    <name>MessageLabels</name>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="41"/>
        <source>This message was deleted</source>
        <translation>تم حذف هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="47"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="49"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="61"/>
        <source>Not sent yet, retrying</source>
        <translation>لم تُرسل بعد، جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="65"/>
        <location filename="../desktop/ui/conversation/labels.py" line="78"/>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="74"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="75"/>
        <source>Sent</source>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="76"/>
        <source>Delivered</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="77"/>
        <source>Read</source>
        <translation>تمت القراءة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="90"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/labels.py" line="95"/>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
</context>
<context>
    <name>MfaPage</name>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="184"/>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="185"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your backup codes.</source>
        <translation>أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموزك الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="191"/>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="193"/>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="196"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../desktop/ui/notifier.py" line="68"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="69"/>
        <source>The email or password is wrong.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="70"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>أدخل الرمز من تطبيق المصادقة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="71"/>
        <source>The verification code is wrong or has expired.</source>
        <translation>رمز التحقق غير صحيح أو انتهت صلاحيته.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="72"/>
        <source>You are not a member of this workspace.</source>
        <translation>لست عضوًا في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="73"/>
        <source>This workspace is suspended.</source>
        <translation>مساحة العمل هذه موقوفة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="74"/>
        <source>You are not allowed to do this.</source>
        <translation>ليست لديك صلاحية لتنفيذ هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="75"/>
        <source>It no longer exists on the server.</source>
        <translation>لم يعد هذا العنصر موجودًا على الخادم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="76"/>
        <source>The server did not accept this.</source>
        <translation>لم يقبل الخادم هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="77"/>
        <source>The server is busy with too many requests. Trying again shortly.</source>
        <translation>الخادم مشغول حاليًا بسبب الضغط الكبير. ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="78"/>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>تعذّر التحقق من شهادة الأمان الخاصة بالخادم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="79"/>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="80"/>
        <source>This address does not look like a Chatwoot server.</source>
        <translation>لا يبدو أن هذا العنوان لخادم Chatwoot.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="81"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>حدثت مشكلة في الخادم. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="82"/>
        <source>The server sent a response the app could not read.</source>
        <translation>أرسل الخادم استجابة تعذّر على التطبيق قراءتها.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="85"/>
        <source>No system keyring is available: you will stay signed in for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح في النظام: ستبقى مسجّلًا للدخول في هذه الجلسة فقط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="87"/>
        <source>This is not a valid phone number.</source>
        <translation>هذا ليس رقم هاتف صالحًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="88"/>
        <source>The order system could not be reached.</source>
        <translation>تعذّر الوصول إلى نظام الطلبات.</translation>
    </message>
    <message>
        <source>This conversation is still catching up. Sending is paused until it is up to date.</source>
        <translation type="vanished">لا تزال هذه المحادثة قيد التحديث. الإرسال متوقف مؤقتًا حتى تكتمل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="91"/>
        <source>The 24-hour reply window is closed: only a template message can be sent.</source>
        <translation>انتهت نافذة الرد (24 ساعة): لا يمكن إرسال سوى رسالة قالب.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="93"/>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notifier.py" line="101"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>حدث خطأ ما. سُجّلت التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>OrderAssist</name>
    <message>
        <location filename="../desktop/ui/conversation/order_assist.py" line="84"/>
        <source>The customer is asking where their order is.</source>
        <translation>يسأل العميل عن مكان طلبه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/order_assist.py" line="87"/>
        <source>Looking up orders…</source>
        <translation>جارٍ البحث عن الطلبات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/order_assist.py" line="92"/>
        <source>No orders found for %1.</source>
        <translation>لم يتم العثور على طلبات للرقم %1.</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="38"/>
        <source>Placed</source>
        <translation>تم الطلب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="39"/>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="40"/>
        <source>Preparing</source>
        <translation>قيد التجهيز</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="41"/>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="42"/>
        <source>Out for delivery</source>
        <translation>خرج للتوصيل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="43"/>
        <source>Delivered</source>
        <translation>تم التوصيل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="44"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="45"/>
        <source>Returned</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="46"/>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="47"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="117"/>
        <source>Promised %1</source>
        <translation>موعد التوصيل %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="119"/>
        <source>LATE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders_model.py" line="121"/>
        <source>Ordered %1</source>
        <translation>تاريخ الطلب %1</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="58"/>
        <source>Recent orders</source>
        <translation>أحدث الطلبات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="62"/>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="65"/>
        <source>Look up</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="86"/>
        <source>Open tracking link</source>
        <translation>فتح رابط التتبع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="88"/>
        <source>Insert status answer (%1)</source>
        <translation>إدراج رد بحالة الطلب (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="110"/>
        <source>No order system is configured.</source>
        <translation>لم يتم إعداد نظام للطلبات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="128"/>
        <source>This contact has no phone number: type one to look up orders.</source>
        <translation>لا يوجد رقم هاتف لجهة الاتصال هذه: اكتب رقمًا للبحث عن الطلبات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="141"/>
        <source>Looking up orders…</source>
        <translation>جارٍ البحث عن الطلبات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/contact/orders.py" line="162"/>
        <source>%n order(s) for %1</source>
        <translation>
            <numerusform>لا توجد طلبات للرقم %1</numerusform>
            <numerusform>طلب واحد للرقم %1</numerusform>
            <numerusform>طلبان للرقم %1</numerusform>
            <numerusform>%n طلبات للرقم %1</numerusform>
            <numerusform>%n طلبًا للرقم %1</numerusform>
            <numerusform>%n طلب للرقم %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="170"/>
        <source>No orders for %1.</source>
        <translation>لا توجد طلبات للرقم %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="193"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="195"/>
        <source>Promised: %1</source>
        <translation>موعد التوصيل: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="197"/>
        <source>LATE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="200"/>
        <source>Carrier: %1</source>
        <translation>شركة الشحن: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="207"/>
        <source>Tracking: %1</source>
        <translation>التتبع: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="209"/>
        <source>Items:</source>
        <translation>المنتجات:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="213"/>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/contact/orders.py" line="215"/>
        <source>History:</source>
        <translation>السجل:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="44"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="48"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="54"/>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="57"/>
        <source>Resolving</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="72"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="76"/>
        <source>New messages in conversations assigned to me</source>
        <translation>الرسائل الجديدة في المحادثات المُسندة إليّ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="78"/>
        <source>New unassigned conversations</source>
        <translation>المحادثات الجديدة غير المُسندة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="80"/>
        <source>Enter sends the reply (Shift+Enter for a new line)</source>
        <translation>إرسال الرد بالضغط على Enter (Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="82"/>
        <source>Closing the window keeps the app running in the tray</source>
        <translation>إغلاق النافذة يُبقي التطبيق يعمل في علبة النظام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="84"/>
        <source>A new language is used from the next start.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="103"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="105"/>
        <source>Desktop notifications</source>
        <translation>إشعارات سطح المكتب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="107"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="108"/>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="93"/>
        <source>Set by your organisation&apos;s IT policy</source>
        <translation>مضبوط بسياسة قسم تقنية المعلومات في مؤسستك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/preferences.py" line="97"/>
        <source>Some settings are set by your organisation and cannot be changed here.</source>
        <translation>بعض الإعدادات تضبطها مؤسستك ولا يمكن تغييرها هنا.</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="30"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="41"/>
        <source>Press 0-4 or choose and press Enter.</source>
        <translation>اضغط رقمًا من 0 إلى 4، أو اختر ثم اضغط Enter.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../desktop/ui/login/window.py" line="99"/>
        <source>Sign in again</source>
        <translation>تسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/window.py" line="101"/>
        <source>Your session has expired. Sign in again to continue; your unsent messages and drafts are kept.</source>
        <translation>انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة؛ رسائلك غير المُرسلة ومسوّداتك محفوظة.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../desktop/ui/inbox/relative_time.py" line="21"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/inbox/relative_time.py" line="23"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/inbox/relative_time.py" line="27"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/inbox/relative_time.py" line="29"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../desktop/ui/conversation/sender.py" line="81"/>
        <source>Drafts could not be saved.</source>
        <translation>تعذّر حفظ المسوّدات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/sender.py" line="98"/>
        <source>The reply could not be queued: the disk refused it.</source>
        <translation>تعذّر وضع الرد في قائمة الإرسال: رفض القرص الكتابة.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <location filename="../desktop/ui/reports/models.py" line="153"/>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Resolved</source>
        <translation>تم حلها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Avg first response</source>
        <translation>متوسط أول رد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Avg resolution</source>
        <translation>متوسط الحل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="92"/>
        <source>Avg reply time</source>
        <translation>متوسط زمن الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="117"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="117"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="117"/>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="153"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="153"/>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="153"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="153"/>
        <source>Previous share</source>
        <translation>النسبة السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="174"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="174"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/models.py" line="174"/>
        <source>Unattended</source>
        <translation>بانتظار الرد</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="25"/>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="37"/>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="41"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="42"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/format.py" line="50"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../desktop/ui/reports/controller.py" line="86"/>
        <source>Reports are for administrators of this workspace</source>
        <translation>التقارير لمسؤولي مساحة العمل هذه فقط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/controller.py" line="87"/>
        <source>Reports (administrators only)</source>
        <translation>التقارير (للمسؤولين فقط)</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="73"/>
        <source>Reports — %1</source>
        <translation>التقارير — %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="81"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="81"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="82"/>
        <source>This shift</source>
        <translation>الوردية الحالية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="82"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="83"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="83"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="84"/>
        <source>Custom range</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="95"/>
        <source>Business hours only</source>
        <translation>ساعات العمل فقط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="98"/>
        <source>Save table as CSV…</source>
        <translation>حفظ الجدول كملف CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="99"/>
        <source>E&amp;xport conversations…</source>
        <translation>&amp;تصدير المحادثات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="102"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="118"/>
        <source>By agent</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="118"/>
        <source>By team</source>
        <translation>حسب الفريق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="119"/>
        <source>By channel</source>
        <translation>حسب القناة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="119"/>
        <source>By category</source>
        <translation>حسب التصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="131"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="132"/>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="133"/>
        <source>Live now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="164"/>
        <source>Choose a valid range: %1</source>
        <translation>اختر فترة صحيحة: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="166"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="189"/>
        <source>Reports are for administrators of this workspace. Ask an administrator for access.</source>
        <translation>التقارير لمسؤولي مساحة العمل هذه. اطلب الصلاحية من أحد المسؤولين.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="194"/>
        <source>The report could not be loaded.</source>
        <translation>تعذّر تحميل التقرير.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="234"/>
        <source>Open: %1   Unattended: %2   Unassigned: %3</source>
        <translation>مفتوحة: %1   بانتظار الرد: %2   غير مسندة: %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="292"/>
        <source>Save table as CSV</source>
        <translation>حفظ الجدول كملف CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/window.py" line="300"/>
        <source>The table could not be saved: %1</source>
        <translation>تعذّر حفظ الجدول: %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="27"/>
        <source>Resolve with a category</source>
        <translation>إغلاق مع تصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="35"/>
        <source>Choose the category of this conversation to resolve it (type, or press 1-9).</source>
        <translation>اختر تصنيف هذه المحادثة لإغلاقها (اكتب، أو اضغط رقمًا من 1 إلى 9).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="37"/>
        <source>Add a category and resolve (type, or press 1-9), or resolve as it is.</source>
        <translation>أضف تصنيفًا ثم أغلق المحادثة (اكتب، أو اضغط رقمًا من 1 إلى 9)، أو أغلقها كما هي.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="40"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="43"/>
        <source>Resolve</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="46"/>
        <source>Resolve without a category</source>
        <translation>إغلاق بدون تصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/resolve_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ResolvePolicySetting</name>
    <message>
        <location filename="../desktop/ui/triage/policy.py" line="41"/>
        <source>Required: a conversation is resolved only with a category</source>
        <translation>إلزامي: لا تُغلق المحادثة إلا بتصنيف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/policy.py" line="43"/>
        <source>Optional: ask for a category, allow skipping</source>
        <translation>اختياري: طلب تصنيف مع إمكانية التخطي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/policy.py" line="44"/>
        <source>Off: resolve at once</source>
        <translation>متوقف: الإغلاق فورًا</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/policy.py" line="48"/>
        <source>Category when resolving</source>
        <translation>التصنيف عند الإغلاق</translation>
    </message>
</context>
<context>
    <name>SavedRepliesBrowser</name>
    <message>
        <location filename="../desktop/ui/replies/browser.py" line="48"/>
        <source>Saved replies</source>
        <translation>الردود المحفوظة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/browser.py" line="56"/>
        <source>Search saved replies (short code or text)</source>
        <translation>ابحث في الردود المحفوظة (بالاختصار أو النص)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/browser.py" line="84"/>
        <source>Add to message</source>
        <translation>إضافة إلى الرسالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/browser.py" line="86"/>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/replies/browser.py" line="149"/>
        <source>In this message: %n reply(s)</source>
        <translation>
            <numerusform>في هذه الرسالة: لا توجد ردود</numerusform>
            <numerusform>في هذه الرسالة: رد واحد</numerusform>
            <numerusform>في هذه الرسالة: ردّان</numerusform>
            <numerusform>في هذه الرسالة: %n ردود</numerusform>
            <numerusform>في هذه الرسالة: %n ردًا</numerusform>
            <numerusform>في هذه الرسالة: %n رد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/browser.py" line="151"/>
        <source>Shift+Enter adds the reply to the message, to insert several at once.</source>
        <translation>اضغط Shift+Enter لإضافة الرد إلى الرسالة، لإدراج عدة ردود معًا.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="66"/>
        <source>Connect to your inbox</source>
        <translation>الاتصال بخادم المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="67"/>
        <source>Enter the address of your Chatwoot server.</source>
        <translation>أدخل عنوان خادم Chatwoot الخاص بك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="73"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="76"/>
        <source>Set by your IT department</source>
        <translation>حدّده قسم تكنولوجيا المعلومات لديك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/pages.py" line="77"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ShortcutSettingsPage</name>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="34"/>
        <source>Filter actions</source>
        <translation>تصفية الإجراءات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="41"/>
        <source>&amp;Assign</source>
        <translation>&amp;تعيين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="43"/>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="45"/>
        <source>&amp;Reset</source>
        <translation>إعادة &amp;ضبط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="47"/>
        <source>Reset a&amp;ll</source>
        <translation>إعادة ضبط ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="53"/>
        <source>Use it anyway</source>
        <translation>استخدامه على أي حال</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="102"/>
        <source>%1 is already the shortcut of %2.</source>
        <translation>الاختصار %1 مخصص بالفعل لـ«%2».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/settings_page.py" line="105"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../desktop/ui/shortcuts/model.py" line="56"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/model.py" line="56"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/model.py" line="57"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../desktop/ui/shortcuts/sheet.py" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shortcuts/sheet.py" line="22"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../desktop/ui/login/form.py" line="116"/>
        <source>Enter the server address, for example https://chat.example.com</source>
        <translation>أدخل عنوان الخادم، مثل https://chat.example.com</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/form.py" line="128"/>
        <source>Enter your email and password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/form.py" line="145"/>
        <source>Enter your access token.</source>
        <translation>أدخل رمز الوصول الخاص بك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/form.py" line="153"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>أدخل الرمز من تطبيق المصادقة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/form.py" line="160"/>
        <source>The sign-in took too long. Please sign in again.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../desktop/ui/login/window.py" line="33"/>
        <source>SouqDesk — Sign in</source>
        <translation>SouqDesk — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/window.py" line="41"/>
        <source>SouqDesk</source>
        <translation>SouqDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/window.py" line="50"/>
        <source>Your customers&apos; conversations, on your desktop.</source>
        <translation>محادثات عملائك، على سطح مكتبك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login/window.py" line="63"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="55"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="62"/>
        <source>In one hour</source>
        <translation>بعد ساعة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="62"/>
        <source>This evening</source>
        <translation>هذا المساء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="63"/>
        <source>Tomorrow morning</source>
        <translation>صباح الغد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="63"/>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="64"/>
        <source>Until the customer replies</source>
        <translation>حتى يرد العميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="82"/>
        <source>Snooze until then</source>
        <translation>التأجيل حتى هذا الموعد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="88"/>
        <source>Press 1-6 or choose and press Enter.</source>
        <translation>اضغط رقمًا من 1 إلى 6، أو اختر ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/snooze_dialog.py" line="73"/>
        <source>Pick a date and time…</source>
        <translation>اختيار تاريخ ووقت…</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../desktop/ui/conversation/bars.py" line="56"/>
        <source>Insert answer</source>
        <translation>إدراج الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/bars.py" line="62"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../desktop/ui/triage/team_controller.py" line="121"/>
        <source>This agent has no open conversations.</source>
        <translation>لا توجد محادثات مفتوحة لدى هذا الموظف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/team_controller.py" line="138"/>
        <source>%n conversation(s) handed over.</source>
        <translation>
            <numerusform>تم تسليم %n محادثة.</numerusform>
            <numerusform>تم تسليم محادثة واحدة.</numerusform>
            <numerusform>تم تسليم محادثتين.</numerusform>
            <numerusform>تم تسليم %n محادثات.</numerusform>
            <numerusform>تم تسليم %n محادثة.</numerusform>
            <numerusform>تم تسليم %n محادثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/team_controller.py" line="141"/>
        <source>%n conversation(s) could not be handed over: %1</source>
        <translation>
            <numerusform>تعذّر تسليم %n محادثة: %1</numerusform>
            <numerusform>تعذّر تسليم محادثة واحدة: %1</numerusform>
            <numerusform>تعذّر تسليم محادثتين: %1</numerusform>
            <numerusform>تعذّر تسليم %n محادثات: %1</numerusform>
            <numerusform>تعذّر تسليم %n محادثة: %1</numerusform>
            <numerusform>تعذّر تسليم %n محادثة: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/team_controller.py" line="155"/>
        <source>Go offline?</source>
        <translation>التحوّل إلى «غير متصل»؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/team_controller.py" line="156"/>
        <source>%n open conversation(s) are still assigned to you. Go offline anyway?</source>
        <translation>
            <numerusform>لا تزال %n محادثة مفتوحة مُسندة إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
            <numerusform>لا تزال محادثة مفتوحة واحدة مُسندة إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
            <numerusform>لا تزال محادثتان مفتوحتان مُسندتين إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
            <numerusform>لا تزال %n محادثات مفتوحة مُسندة إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
            <numerusform>لا تزال %n محادثة مفتوحة مُسندة إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
            <numerusform>لا تزال %n محادثة مفتوحة مُسندة إليك. هل تريد التحوّل إلى «غير متصل» رغم ذلك؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="68"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="78"/>
        <source>Loading older messages…</source>
        <translation>جارٍ تحميل الرسائل الأقدم…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="230"/>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="233"/>
        <source>Open link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="236"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conversation/view.py" line="237"/>
        <source>Discard</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../desktop/ui/tray/tray.py" line="112"/>
        <location filename="../desktop/ui/tray/tray.py" line="140"/>
        <source>SouqDesk</source>
        <translation>SouqDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tray/tray.py" line="114"/>
        <source>Show SouqDesk</source>
        <translation>إظهار SouqDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tray/tray.py" line="115"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tray/tray.py" line="140"/>
        <source>SouqDesk — %n unread</source>
        <translation>
            <numerusform>SouqDesk — %n رسالة غير مقروءة</numerusform>
            <numerusform>SouqDesk — رسالة واحدة غير مقروءة</numerusform>
            <numerusform>SouqDesk — رسالتان غير مقروءتين</numerusform>
            <numerusform>SouqDesk — %n رسائل غير مقروءة</numerusform>
            <numerusform>SouqDesk — %n رسالة غير مقروءة</numerusform>
            <numerusform>SouqDesk — %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/reports/chart.py" line="46"/>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/chart.py" line="47"/>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/chart.py" line="61"/>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="57"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="58"/>
        <source>Resolutions</source>
        <translation>الحلول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="59"/>
        <source>Incoming messages</source>
        <translation>الرسائل الواردة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="60"/>
        <source>Outgoing messages</source>
        <translation>الرسائل الصادرة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="61"/>
        <source>Average first response time</source>
        <translation>متوسط زمن أول رد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="62"/>
        <source>Average resolution time</source>
        <translation>متوسط زمن الحل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="63"/>
        <source>Average reply time</source>
        <translation>متوسط زمن الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="67"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="67"/>
        <source>By hour</source>
        <translation>بالساعة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="67"/>
        <source>By day</source>
        <translation>باليوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="68"/>
        <source>By week</source>
        <translation>بالأسبوع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports/pages.py" line="76"/>
        <source>&amp;Metric</source>
        <translation>الم&amp;قياس</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../desktop/ui/widgets/availability.py" line="13"/>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/widgets/availability.py" line="14"/>
        <source>busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/widgets/availability.py" line="15"/>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/agents_model.py" line="33"/>
        <source>%n open</source>
        <translation>
            <numerusform>لا محادثات مفتوحة</numerusform>
            <numerusform>محادثة مفتوحة واحدة</numerusform>
            <numerusform>محادثتان مفتوحتان</numerusform>
            <numerusform>%n محادثات مفتوحة</numerusform>
            <numerusform>%n محادثة مفتوحة</numerusform>
            <numerusform>%n محادثة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="17"/>
        <source>No priority</source>
        <translation>بدون أولوية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="18"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="19"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="20"/>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/triage/priority_dialog.py" line="21"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/controller.py" line="107"/>
        <source>%n conversation(s) updated.</source>
        <translation>
            <numerusform>تم تحديث %n محادثة.</numerusform>
            <numerusform>تم تحديث محادثة واحدة.</numerusform>
            <numerusform>تم تحديث محادثتين.</numerusform>
            <numerusform>تم تحديث %n محادثات.</numerusform>
            <numerusform>تم تحديث %n محادثة.</numerusform>
            <numerusform>تم تحديث %n محادثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/controller.py" line="111"/>
        <source>%n conversation(s) of %1 could not be changed: %2</source>
        <translation>
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير محادثة واحدة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير محادثتين من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثات من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 conversation(s) could not be changed: %2</source>
        <translation type="vanished">
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير محادثة واحدة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير محادثتين من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثات من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
            <numerusform>تعذّر تغيير %n محادثة من أصل %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/triage/controller.py" line="177"/>
        <source>Categories checked here are added to the %n selected conversation(s).</source>
        <translation>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثات المحددة (%n).</numerusform>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثة المحددة.</numerusform>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثتين المحددتين.</numerusform>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثات المحددة (%n).</numerusform>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثات المحددة (%n).</numerusform>
            <numerusform>تُضاف التصنيفات المختارة هنا إلى المحادثات المحددة (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesDialog</name>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="41"/>
        <source>Fill in the reply</source>
        <translation>إكمال الرد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="43"/>
        <source>This reply needs a few details before it can be inserted.</source>
        <translation>يحتاج هذا الرد إلى بعض التفاصيل قبل إدراجه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="45"/>
        <source>The reply %1 needs a few details before it can be inserted.</source>
        <translation>يحتاج الرد %1 إلى بعض التفاصيل قبل إدراجه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="24"/>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="25"/>
        <source>Customer first name</source>
        <translation>الاسم الأول للعميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="26"/>
        <source>Customer last name</source>
        <translation>اسم العائلة للعميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="27"/>
        <source>Customer phone</source>
        <translation>هاتف العميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="28"/>
        <source>Customer email</source>
        <translation>البريد الإلكتروني للعميل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="29"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="30"/>
        <source>Conversation number</source>
        <translation>رقم المحادثة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/replies/variables_dialog.py" line="31"/>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
</context>
<context>
    <name>WorkspaceListModel</name>
    <message numerus="yes">
        <source>%1: %2 unread</source>
        <translation type="vanished">
            <numerusform>%1: %2 رسالة غير مقروءة</numerusform>
            <numerusform>%1: %2 رسالة غير مقروءة</numerusform>
            <numerusform>%1: %2 رسالة غير مقروءة</numerusform>
            <numerusform>%1: %2 رسائل غير مقروءة</numerusform>
            <numerusform>%1: %2 رسالة غير مقروءة</numerusform>
            <numerusform>%1: %2 رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/workspaces/switcher.py" line="93"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n رسالة غير مقروءة</numerusform>
            <numerusform>%1: رسالة واحدة غير مقروءة</numerusform>
            <numerusform>%1: رسالتان غير مقروءتين</numerusform>
            <numerusform>%1: %n رسائل غير مقروءة</numerusform>
            <numerusform>%1: %n رسالة غير مقروءة</numerusform>
            <numerusform>%1: %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <location filename="../desktop/ui/workspaces/switcher.py" line="165"/>
        <source>Workspaces</source>
        <translation>مساحات العمل</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../desktop/ui/workspaces/view.py" line="50"/>
        <source>Select a conversation to read it here.</source>
        <translation>اختر محادثة لقراءتها هنا.</translation>
    </message>
</context>
</TS>
