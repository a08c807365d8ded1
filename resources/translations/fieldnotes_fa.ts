<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>گلابی</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Annotate passage</source>
        <translation>حاشیه‌نویسی قطعه</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>رنگ برجسته‌سازی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ‌ها</translation>
    </message>
    <message>
        <source>Persecution/Detention, Places/Kunduz (new paths are created)</source>
        <translation>آزار/بازداشت، مکان‌ها/کندز (مسیرهای تازه ساخته می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;رنگ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;برچسپ‌ها:</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>Annotating</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Editing the annotation</source>
        <translation>ویرایش حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Deleting the annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>حاشیه‌نویسی‌های این مقاله</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>ویرایش حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation>شواهد رویداد</translation>
    </message>
    <message numerus="yes">
        <source>Annotations (%n)</source>
        <translation>
            <numerusform>حاشیه‌نویسی‌ها (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to Fieldnotes. Your notebook will be kept in one encrypted file:
{path}

Choose a passphrase for it. Nobody can recover it for you if you forget it.</source>
        <translation>به فیلدنوتس خوش آمدید. دفترچهٔ شما در یک فایل رمزگذاری‌شده نگه داشته می‌شود:
{path}

برای آن رمز عبوری برگزینید. اگر آن را فراموش کنید، هیچ کس نمی‌تواند آن را برایتان بازیابی کند.</translation>
    </message>
    <message>
        <source>Sample articles</source>
        <translation>مقاله‌های نمونه</translation>
    </message>
    <message>
        <source>Import {count} short sample articles (fictional reports in English and Dari, written for Fieldnotes) to try the app with? You can delete them later.</source>
        <translation>{count} مقالهٔ کوتاه نمونه (گزارش‌های ساختگی به انگلیسی و دری، نوشته‌شده برای فیلدنوتس) برای آزمودن برنامه وارد شود؟ بعداً می‌توانید آن‌ها را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>ArticleLanguage</name>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Dari/Persian</source>
        <translation>دری/فارسی</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ازبکی</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>تاجیکی</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Add annotation</source>
        <translation>افزودن حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Add event from passage</source>
        <translation>افزودن رویداد از قطعه</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>افزودن رویداد</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>تغییر رنگ برچسپ</translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation>ایجاد برچسپ</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>حذف مقاله</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف رویداد</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف برچسپ</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>ویرایش مشخصات</translation>
    </message>
    <message>
        <source>Edit tag description</source>
        <translation>ویرایش شرح برچسپ</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>ادغام برچسپ‌ها</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>تغییر نام برچسپ</translation>
    </message>
    <message>
        <source>Restore article</source>
        <translation>بازگردانی مقاله</translation>
    </message>
    <message>
        <source>Tag annotation</source>
        <translation>برچسپ‌زدن حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>تغییر رنگ برجسته‌سازی</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>ویرایش حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>واگرد %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>انجام دوباره %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>No conflicts: every record shows the one version everybody&apos;s edits led to.</source>
        <translation>تعارضی نیست: هر سند همان یک نسخه‌ای را نشان می‌دهد که ویرایش‌های همه به آن رسیده است.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>یک همکار</translation>
    </message>
    <message>
        <source>Version {number} (shown now)</source>
        <translation>نسخهٔ {number} (اکنون نمایش داده می‌شود)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>نسخهٔ {number}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارض‌های باز</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>نسخه‌ها در کنار هم</translation>
    </message>
    <message numerus="yes">
        <source>%n versions</source>
        <translation>
            <numerusform>%Ln نسخه</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited on both sides (found {found}). Fields that differ are highlighted. Keeping one version makes it the record everywhere it is shared; the others stay in its history.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; در هر دو طرف ویرایش شده است (یافته‌شده در {found}). خانه‌های متفاوت برجسته شده‌اند. نگه‌داشتن یک نسخه آن را در هر جایی که به اشتراک گذاشته شده سند اصلی می‌سازد؛ نسخه‌های دیگر در تاریخچهٔ آن می‌مانند.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>همین را نگه دار</translation>
    </message>
    <message>
        <source>Keep version {number}</source>
        <translation>نگه‌داشتن نسخهٔ {number}</translation>
    </message>
    <message>
        <source>Keeping a version</source>
        <translation>نگه‌داشتن یک نسخه</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>(age recipient: can receive, cannot be verified)</source>
        <translation>(گیرندهٔ age: می‌تواند دریافت کند، قابل تأیید نیست)</translation>
    </message>
    <message>
        <source>Paste their card (fieldnotes-card:v1:…) or an age recipient (age1…)</source>
        <translation>کارت آن‌ها (fieldnotes-card:v1:…) یا یک گیرندهٔ age (age1…) را بچسپانید</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>گیرندهٔ age</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>What you call them</source>
        <translation>نامی که شما آن‌ها را می‌خوانید</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>نام مخاطب</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>کارت مخاطب</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;افزودن مخاطب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;کارت:</translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation>افزودن یک همکار</translation>
    </message>
    <message>
        <source>Give a name and paste their card.</source>
        <translation>نامی بدهید و کارت او را بچسپانید.</translation>
    </message>
    <message>
        <source>Added {name} (fingerprint {fingerprint}).</source>
        <translation>{name} افزوده شد (اثر انگشت {fingerprint}).</translation>
    </message>
    <message>
        <source>Added {name} (receive only).</source>
        <translation>{name} افزوده شد (فقط دریافت).</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>حذف مخاطب</translation>
    </message>
    <message>
        <source>Forget {name}? Shares from them will then show as from an unknown signer, until you add their card again.</source>
        <translation>{name} فراموش شود؟ از آن پس اشتراک‌های او از یک امضاکنندهٔ ناشناس نشان داده می‌شوند، تا زمانی که کارتش را دوباره بیفزایید.</translation>
    </message>
    <message>
        <source>Removing the contact</source>
        <translation>حذف مخاطب</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} حذف شد.</translation>
    </message>
</context>
<context>
    <name>CustodyLogModel</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>CustodyLogPanel</name>
    <message>
        <source>Custody log</source>
        <translation>ثبت زنجیرهٔ نگهداری</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;بررسی زنجیره</translation>
    </message>
    <message>
        <source>Check that no entry was changed or removed since it was written</source>
        <translation>بررسی کنید که هیچ درجی پس از نوشته‌شدن تغییر نکرده یا حذف نشده باشد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>پیشرفت بررسی</translation>
    </message>
    <message>
        <source>{done} of {total} entries</source>
        <translation>{done} از {total} مدخل</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was found or changed.</source>
        <translation>بررسی لغو شد: چیزی یافته یا تغییر داده نشد.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries are unchanged and in order since they were written.</source>
        <translation>
            <numerusform>سالم: همهٔ %Ln درج از زمان نوشته‌شدن بدون تغییر و به ترتیب‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the log was edited outside Fieldnotes.</source>
        <translation>شکسته: این ثبت بیرون از فیلدنوتس ویرایش شده است.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{title} did not work:

{error}</source>
        <translation>{title} انجام نشد:

{error}</translation>
    </message>
</context>
<context>
    <name>EventDisplay</name>
    <message>
        <source>not counted ({qualifier})</source>
        <translation>شمرده‌نشده ({qualifier})</translation>
    </message>
    <message>
        <source>“{words}” (not counted)</source>
        <translation>«{words}» (شمرده‌نشده)</translation>
    </message>
    <message>
        <source>{qualifier} “{words}” (not counted)</source>
        <translation>{qualifier} «{words}» (شمرده‌نشده)</translation>
    </message>
    <message>
        <source>{date} (reported)</source>
        <translation>{date} (گزارش‌شده)</translation>
    </message>
    <message>
        <source>confidence: high</source>
        <translation>اطمینان: بالا</translation>
    </message>
    <message>
        <source>confidence: medium</source>
        <translation>اطمینان: متوسط</translation>
    </message>
    <message>
        <source>confidence: low — check it</source>
        <translation>اطمینان: پایین — بررسی کنید</translation>
    </message>
    <message>
        <source>The sentence gives no date: the article&apos;s date stands in.</source>
        <translation>جمله تاریخی نمی‌دهد: تاریخ نشر مقاله به جای آن آمده است.</translation>
    </message>
    <message>
        <source>The sentence names no place: taken from the text before it.</source>
        <translation>جمله از جایی نام نمی‌برد: جای آن از متن پیشین گرفته شده است.</translation>
    </message>
    <message>
        <source>No province or country found.</source>
        <translation>هیچ ولایت یا کشوری پیدا نشد.</translation>
    </message>
    <message>
        <source>How many people is not said.</source>
        <translation>شمار افراد گفته نشده است.</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>An event needs at least one passage as evidence: add a passage before saving.</source>
        <translation>یک رویداد دست‌کم به یک قطعه به‌عنوان شاهد نیاز دارد: پیش از ذخیره یک قطعه بیفزایید.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>رویداد جدید</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>سال-ماه-روز، سال-ماه یا سال (مثلاً 2024-03-12)</translation>
    </message>
    <message>
        <source>(same as the start)</source>
        <translation>(همانند آغاز)</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>دقت تاریخ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>district, town or site</source>
        <translation>ولسوالی، شهر یا محل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Count qualifier</source>
        <translation>قید شمار</translation>
    </message>
    <message>
        <source>Count in words</source>
        <translation>شمار به واژه</translation>
    </message>
    <message>
        <source>The sources give this number only in words. Type a number if you counted one.</source>
        <translation>منابع این شمار را تنها با واژه گفته‌اند. اگر خودتان شمرده‌اید، عدد را بنویسید.</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>وضعیت تأیید</translation>
    </message>
    <message>
        <source>Persecution/Detention, …</source>
        <translation>آزار/بازداشت، …</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>گروه قربانیان</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>شمار</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ‌ها</translation>
    </message>
    <message>
        <source>Add passage…</source>
        <translation>افزودن قطعه…</translation>
    </message>
    <message>
        <source>Remove passage</source>
        <translation>حذف قطعه</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>نمایش در مقاله</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; — the passages that report this event</source>
        <translation>&lt;b&gt;شواهد&lt;/b&gt; — قطعه‌هایی که این رویداد را گزارش می‌کنند</translation>
    </message>
    <message>
        <source>any spelling, or its Dari name</source>
        <translation>هر املایی، یا نام دری آن</translation>
    </message>
    <message>
        <source>The start date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>تاریخ آغاز باید سال، سال-ماه یا سال-ماه-روز باشد (مثلاً 2024، 2024-03 یا 2024-03-12).</translation>
    </message>
    <message>
        <source>The end date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>تاریخ پایان باید سال، سال-ماه یا سال-ماه-روز باشد (مثلاً 2024، 2024-03 یا 2024-03-12).</translation>
    </message>
    <message>
        <source>No province is called “{name}”.</source>
        <translation>هیچ ولایتی به نام «{name}» نیست.</translation>
    </message>
</context>
<context>
    <name>EventPassageDialog</name>
    <message>
        <source>Add a passage as evidence</source>
        <translation>افزودن یک قطعه به‌عنوان شاهد</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Select the words that report the event.</source>
        <translation>واژه‌هایی را که رویداد را گزارش می‌کنند برگزینید.</translation>
    </message>
    <message>
        <source>Add passage</source>
        <translation>افزودن قطعه</translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>Detention</source>
        <translation>بازداشت</translation>
    </message>
    <message>
        <source>Killing / execution</source>
        <translation>کشتار / اعدام</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>ناپدیدسازی اجباری</translation>
    </message>
    <message>
        <source>Torture / ill-treatment</source>
        <translation>شکنجه / بدرفتاری</translation>
    </message>
    <message>
        <source>Deportation / forced return</source>
        <translation>اخراج / بازگشت اجباری</translation>
    </message>
    <message>
        <source>Flight / border crossing</source>
        <translation>فرار / عبور از مرز</translation>
    </message>
    <message>
        <source>Recruitment / trafficking</source>
        <translation>جذب / قاچاق</translation>
    </message>
    <message>
        <source>Threat / intimidation</source>
        <translation>تهدید / ارعاب</translation>
    </message>
    <message>
        <source>Statement / policy</source>
        <translation>اعلامیه / سیاست</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>تأییدشده با منابع دیگر</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>راستی‌آزمایی‌شده</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>مورد مناقشه</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقریبی</translation>
    </message>
    <message>
        <source>Reported (the article&apos;s date)</source>
        <translation>گزارش‌شده (تاریخ مقاله)</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>دقیقاً</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>دست‌کم</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>دست‌کم</translation>
    </message>
    <message>
        <source>about</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>Taliban</source>
        <translation>طالبان</translation>
    </message>
    <message>
        <source>Islamic State Khorasan</source>
        <translation>داعش خراسان</translation>
    </message>
    <message>
        <source>Wagner Group</source>
        <translation>گروه واگنر</translation>
    </message>
    <message>
        <source>Iranian authorities</source>
        <translation>مقامات ایرانی</translation>
    </message>
    <message>
        <source>Pakistani authorities</source>
        <translation>مقامات پاکستانی</translation>
    </message>
    <message>
        <source>unknown gunmen</source>
        <translation>افراد مسلح ناشناس</translation>
    </message>
    <message>
        <source>former soldiers</source>
        <translation>نظامیان پیشین</translation>
    </message>
    <message>
        <source>former government officials</source>
        <translation>کارمندان حکومت پیشین</translation>
    </message>
    <message>
        <source>soldiers</source>
        <translation>سربازان</translation>
    </message>
    <message>
        <source>journalists</source>
        <translation>خبرنگاران</translation>
    </message>
    <message>
        <source>women</source>
        <translation>زنان</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>دختران</translation>
    </message>
    <message>
        <source>children</source>
        <translation>کودکان</translation>
    </message>
    <message>
        <source>human rights defenders</source>
        <translation>مدافعان حقوق بشر</translation>
    </message>
    <message>
        <source>refugees and migrants</source>
        <translation>پناهجویان و مهاجران</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>افراد ملکی</translation>
    </message>
    <message>
        <source>religious and ethnic minorities</source>
        <translation>اقلیت‌های مذهبی و قومی</translation>
    </message>
    <message>
        <source>protesters</source>
        <translation>معترضان</translation>
    </message>
</context>
<context>
    <name>EventsDisagreementsView</name>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>شمار</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>گروه قربانیان</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>ناهمخوانی‌ها</translation>
    </message>
    <message>
        <source>The two reports side by side</source>
        <translation>دو گزارش در کنار هم</translation>
    </message>
    <message>
        <source>First source</source>
        <translation>منبع نخست</translation>
    </message>
    <message>
        <source>Second source</source>
        <translation>منبع دوم</translation>
    </message>
    <message>
        <source>No disagreements: no two sources give different counts or places for one event.</source>
        <translation>ناهمخوانی نیست: هیچ دو منبعی برای یک رویداد شمار یا مکان متفاوت نمی‌دهند.</translation>
    </message>
    <message>
        <source>The sources differ here</source>
        <translation>منابع در اینجا تفاوت دارند</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>برای خواندن آن در مقاله دوبار کلیک کنید</translation>
    </message>
</context>
<context>
    <name>EventsFilterBar</name>
    <message>
        <source>Own dates</source>
        <translation>تاریخ‌های خود رویداد</translation>
    </message>
    <message>
        <source>Reported dates</source>
        <translation>تاریخ‌های گزارش</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>هر نوع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Any province</source>
        <translation>هر ولایت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسپ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>هر منبع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>هر تاریخ</translation>
    </message>
    <message>
        <source>Reported: events the sources do not date, shown on their article&apos;s publication date</source>
        <translation>گزارش‌شده: رویدادهایی که منابع تاریخ آن‌ها را نمی‌دهند، با تاریخ نشر مقاله‌شان نشان داده می‌شوند</translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation>از سال-ماه</translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation>تا سال-ماه</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>نمایش همهٔ رویدادها</translation>
    </message>
    <message>
        <source>A date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>تاریخ به‌صورت سال، سال-ماه یا سال-ماه-روز، مثلاً 2024، 2024-03 یا 2024-03-12</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایت‌ها</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>ناهمخوانی‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} از %Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>Show passage: «{quote}…»</source>
        <translation>نمایش قطعه: «{quote}…»</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>حذف رویدادها</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)? Their passages stay annotated; Undo brings them back.</source>
        <translation>
            <numerusform>%Ln رویداد حذف شود؟ قطعه‌های آن‌ها حاشیه‌نویسی‌شده می‌مانند؛ واگرد آن‌ها را بازمی‌گرداند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>شمار</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>قربانیان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Corroboration: distinct sources behind the evidence</source>
        <translation>تأیید: منابع جداگانه در پس شواهد</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct source(s)</source>
        <translation>
            <numerusform>%Ln منبع جداگانه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n passage(s)</source>
        <translation>
            <numerusform>، %Ln قطعه</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>پروژه‌ها و کدنامه‌های REFI-QDA (*.qdpx *.qdc);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>حاشیه‌نویسی‌های وب W3C (*.jsonld *.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange with other tools</source>
        <translation>&amp;تبادله با ابزارهای دیگر</translation>
    </message>
    <message>
        <source>Import REFI-QDA project or codebook…</source>
        <translation>وارد کردن پروژه یا کدنامهٔ REFI-QDA…</translation>
    </message>
    <message>
        <source>Import W3C annotations…</source>
        <translation>وارد کردن حاشیه‌نویسی‌های W3C…</translation>
    </message>
    <message>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>صادر کردن پروژهٔ REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Export annotations as W3C (.jsonld)…</source>
        <translation>صادر کردن حاشیه‌نویسی‌ها به‌صورت W3C (.jsonld)…</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>وارد کردن یک پروژهٔ REFI-QDA</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>وارد کردن پروژه</translation>
    </message>
    <message>
        <source>Import W3C annotations</source>
        <translation>وارد کردن حاشیه‌نویسی‌های W3C</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>وارد کردن حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Export a REFI-QDA project</source>
        <translation>صادر کردن یک پروژهٔ REFI-QDA</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>صادر کردن پروژه</translation>
    </message>
    <message>
        <source>Export W3C annotations</source>
        <translation>صادر کردن حاشیه‌نویسی‌های W3C</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>صادر کردن حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} از {total}: {name}</translation>
    </message>
    <message>
        <source>Everything is stored in one step: Cancel now leaves the notebook as it was. Only the final save, a moment long, cannot be stopped.</source>
        <translation>همه‌چیز در یک گام ذخیره می‌شود: لغو در این لحظه دفترچه را همان‌گونه که بود نگه می‌دارد. تنها ذخیرهٔ پایانی، که لحظه‌ای بیش نیست، متوقف‌شدنی نیست.</translation>
    </message>
    <message>
        <source>Cancel came after the final save: everything listed here was stored.</source>
        <translation>لغو پس از ذخیرهٔ پایانی رسید: هرچه این‌جا فهرست شده، ذخیره شده است.</translation>
    </message>
    <message>
        <source>{title}: finished</source>
        <translation>{title}: پایان یافت</translation>
    </message>
    <message>
        <source>{title}: cancelled, nothing was changed.</source>
        <translation>{title}: لغو شد، چیزی تغییر نکرد.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n annotation(s).</source>
        <translation>
            <numerusform>، %Ln حاشیه‌نویسی.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>{kind} {label}: stored</source>
        <translation>{kind} {label}: ذخیره شد</translation>
    </message>
    <message>
        <source>{kind} {label}: already in the notebook</source>
        <translation>{kind} {label}: از پیش در دفترچه است</translation>
    </message>
    <message>
        <source>{kind} {label}: skipped</source>
        <translation>{kind} {label}: رد شد</translation>
    </message>
    <message>
        <source>{line} ({reason})</source>
        <translation>{line} ({reason})</translation>
    </message>
    <message>
        <source>Stored {stored}; {present} already in the notebook; {skipped} skipped.</source>
        <translation>{stored} ذخیره شد؛ {present} از پیش در دفترچه بود؛ {skipped} رد شد.</translation>
    </message>
    <message>
        <source>Records not stored</source>
        <translation>سندهای ذخیره‌نشده</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Load .csl file…</source>
        <translation>بارگذاری فایل ‎.csl…</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>گزینش کنونی</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Whole notebook</source>
        <translation>کل دفترچه</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>بر پایهٔ منبع</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>بر پایهٔ تاریخ</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>بر پایهٔ برچسپ</translation>
    </message>
    <message>
        <source>By event</source>
        <translation>بر پایهٔ رویداد</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>ورد (DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument (ODT)</source>
        <translation>اوپن‌داکیومنت (ODT)</translation>
    </message>
    <message>
        <source>Export cited summary</source>
        <translation>صادر کردن خلاصهٔ مستند</translation>
    </message>
    <message>
        <source>e.g. &quot;former soldiers&quot; AND Badakhshan</source>
        <translation>مثلاً &quot;سربازان پیشین&quot; AND بدخشان</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;نقل‌قول‌ها</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Events table</source>
        <translation>&amp;جدول رویدادها</translation>
    </message>
    <message>
        <source>Custody &amp;appendix</source>
        <translation>&amp;پیوست زنجیرهٔ نگهداری</translation>
    </message>
    <message>
        <source>&amp;Bibliography</source>
        <translation>&amp;کتاب‌نامه</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;ذخیره…</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;شامل:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;برچسپ:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;ترتیب:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;سبک:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Load a CSL style</source>
        <translation>بارگذاری یک سبک CSL</translation>
    </message>
    <message>
        <source>CSL styles (*.csl)</source>
        <translation>سبک‌های CSL (*.csl)</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>سبک ارجاع</translation>
    </message>
    <message>
        <source>Choose a tag or type a search.</source>
        <translation>برچسپی برگزینید یا جستجویی بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n source(s)</source>
        <translation>
            <numerusform> از %Ln منبع</numerusform>
        </translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>ذخیرهٔ خلاصه</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>{files} ذخیره شد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Saving the summary</source>
        <translation>ذخیرهٔ خلاصه</translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the file is written.</source>
        <translation>در حال ذخیره… این پنجره پس از نوشتن فایل بسته می‌شود.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>یافتن در این مقاله</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>یافتن در مقاله</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>مورد پیشین</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>مورد بعدی</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>بستن جستجو</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>یافت نشد</translation>
    </message>
</context>
<context>
    <name>HighlightLegend</name>
    <message>
        <source>Highlight legend</source>
        <translation>راهنمای برجسته‌سازی</translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation>شواهد رویداد</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>بدون برچسپ</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Give this card to colleagues (paste it, or let them scan the code) so they can share with you and check that shares really come from you. It holds only public keys. Compare the fingerprint over the phone or in person when you exchange cards.</source>
        <translation>این کارت را به همکاران بدهید (آن را بچسپانید یا بگذارید کد را اسکن کنند) تا بتوانند با شما به اشتراک بگذارند و بررسی کنند که اشتراک‌ها واقعاً از سوی شماست. این کارت فقط کلیدهای عمومی را دارد. هنگام تبادل کارت‌ها، اثر انگشت را تلفنی یا حضوری مقایسه کنید.</translation>
    </message>
    <message>
        <source>My identity card</source>
        <translation>کارت هویت من</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>نام شما روی کارت</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;تغییر نام</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>کارت شما</translation>
    </message>
    <message>
        <source>&amp;Copy card</source>
        <translation>&amp;کاپی کارت</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>اثر انگشت:</translation>
    </message>
    <message>
        <source>Your card needs a name.</source>
        <translation>کارت شما نیاز به یک نام دارد.</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <source>Renamed: give colleagues the new card if they should see the new name.</source>
        <translation>نام تغییر کرد: اگر همکاران باید نام تازه را ببینند، کارت تازه را به آن‌ها بدهید.</translation>
    </message>
    <message>
        <source>Card copied.</source>
        <translation>کارت کاپی شد.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln منبع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%Ln کد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%Ln سند دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s) skipped)</source>
        <translation>
            <numerusform> (%Ln سند رد شد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here</source>
        <translation>
            <numerusform>؛ %Ln از پیش موجود بود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) skipped</source>
        <translation>
            <numerusform>؛ %Ln سند رد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (cancelled).</source>
        <translation>
            <numerusform>%Ln مقاله وارد شد (لغو شد).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%Ln مقاله وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REFI-QDA project(s)</source>
        <translation>
            <numerusform>%Ln پروژهٔ REFI-QDA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%Ln منبع جدید</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported {imported} file(s); {duplicate} already in the notebook; {skipped} skipped (not an article format or not a document); {error} could not be read.</source>
        <translation>{imported} فایل وارد شد؛ {duplicate} از پیش در دفترچه بود؛ {skipped} رد شد (قالب مقاله یا سند نبود)؛ {error} خوانده نشد.</translation>
    </message>
    <message>
        <source>The import was cancelled: files after the last completed batch were not imported.</source>
        <translation>وارد کردن لغو شد: فایل‌های پس از آخرین دستهٔ کامل وارد نشدند.</translation>
    </message>
    <message>
        <source>{name}: already in the notebook as “{title}”</source>
        <translation>{name}: از پیش با عنوان «{title}» در دفترچه است</translation>
    </message>
    <message>
        <source>{name}: skipped, {reason}</source>
        <translation>{name}: رد شد، {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>کدنامهٔ REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>پروژهٔ REFI-QDA</translation>
    </message>
    <message>
        <source>{what}, already in the notebook</source>
        <translation>{what}، از پیش در دفترچه است</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{what}: {records} stored</source>
        <translation>{what}: {records} ذخیره شد</translation>
    </message>
    <message>
        <source>a REFI-QDA codebook with nothing Fieldnotes keeps</source>
        <translation>کدنامهٔ REFI-QDA که Fieldnotes چیزی از آن را نگه نمی‌دارد</translation>
    </message>
    <message>
        <source>a REFI-QDA project with nothing Fieldnotes keeps</source>
        <translation>پروژهٔ REFI-QDA که Fieldnotes چیزی از آن را نگه نمی‌دارد</translation>
    </message>
    <message>
        <source>cancelled: nothing of this project was stored (its import was rolled back)</source>
        <translation>لغو شد: چیزی از این پروژه ذخیره نشد (وارد کردن آن برگردانده شد)</translation>
    </message>
    <message>
        <source>Imported {articles} and {projects} ({sources}); cancelled.</source>
        <translation>{articles} و {projects} ({sources}) وارد شد؛ لغو شد.</translation>
    </message>
    <message>
        <source>Imported {articles} and {projects} ({sources}).</source>
        <translation>{articles} و {projects} ({sources}) وارد شد.</translation>
    </message>
    <message>
        <source>{name}: imported as “{title}”</source>
        <translation>{name}: با عنوان «{title}» وارد شد</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>وارد کردن پایان یافت</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>وارد کردن لغو شد</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>فایل‌های واردنشده</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>فایل‌های واردشده</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>واردشده:</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>در حال خواندن فایل‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>پیشرفت وارد کردن</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>در حال پایان…</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} از {total}: {name}</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>سیستم (پیروی از دسکتاپ)</translation>
    </message>
    <message>
        <source>Persian digits (۱۲۳) in Dari and Pashto</source>
        <translation>ارقام فارسی (۱۲۳) در دری و پښتو</translation>
    </message>
    <message>
        <source>Solar Hijri dates beside the Gregorian (حمل، ثور…)</source>
        <translation>تاریخ هجری شمسی در کنار میلادی (حمل، ثور…)</translation>
    </message>
    <message>
        <source>Language, digits and dates change when Fieldnotes starts again.</source>
        <translation>زبان، ارقام و تاریخ‌ها با آغاز دوبارهٔ فیلدنوتس تغییر می‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاریخ نشر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Events backed by its passages</source>
        <translation>رویدادهایی که قطعه‌های آن پشتوانهٔ آن‌هاست</translation>
    </message>
    <message>
        <source>Distinct tags</source>
        <translation>برچسپ‌های جداگانه</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Filter by tag path</source>
        <translation>پالایش با مسیر برچسپ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>پالایش با رسانه</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Issued on or after (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>نشرشده در این تاریخ یا پس از آن (سال، سال-ماه یا سال-ماه-روز، مثلاً 2024-03)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Issued on or before (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>نشرشده در این تاریخ یا پیش از آن (سال، سال-ماه یا سال-ماه-روز، مثلاً 2024-03)</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Filter by language code, e.g. en, fa</source>
        <translation>پالایش با کد زبان، مثلاً en، fa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Open another notebook…</source>
        <translation>باز کردن دفترچهٔ دیگر…</translation>
    </message>
    <message>
        <source>No notebook open</source>
        <translation>هیچ دفترچه‌ای باز نیست</translation>
    </message>
    <message>
        <source>🔒 {name} is locked</source>
        <translation>🔒 {name} قفل است</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — Fieldnotes</source>
        <translation>{name} — فیلدنوتس</translation>
    </message>
    <message>
        <source>An import is running; the notebook locks when it ends.</source>
        <translation>وارد کردن در جریان است؛ دفترچه پس از پایان آن قفل می‌شود.</translation>
    </message>
    <message>
        <source>Fieldnotes notebooks {pattern};;All files (*)</source>
        <translation>دفترچه‌های فیلدنوتس {pattern};;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>باز کردن دفترچه</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>دفترچهٔ جدید</translation>
    </message>
    <message>
        <source>Articles {pattern};;All files (*)</source>
        <translation>مقاله‌ها {pattern};;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>وارد کردن مقاله‌ها</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>وارد کردن پوشه‌ای از مقاله‌ها</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>یک وارد کردن از پیش در جریان است.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Deleting the article</source>
        <translation>حذف مقاله</translation>
    </message>
    <message>
        <source>Article deleted — Undo (Ctrl+Z) brings it back.</source>
        <translation>مقاله حذف شد — واگرد (کنترل+Z) آن را بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>Open an article to look for events in it.</source>
        <translation>برای یافتن رویدادها، یک مقاله را باز کنید.</translation>
    </message>
    <message>
        <source>Open an article to copy its citation.</source>
        <translation>برای کاپی ارجاع، یک مقاله را باز کنید.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>ارجاع کاپی شد</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>کاپی ارجاع</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>رمزگذاری‌نشده</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>وارد کردن در جریان است</translation>
    </message>
    <message>
        <source>Cancel the import and quit?</source>
        <translation>وارد کردن لغو شود و برنامه بسته شود؟</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation>مقالهٔ روزنامه</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation>مقالهٔ مجله</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>مقالهٔ علمی</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحهٔ وب</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>نوشتهٔ وبلاگ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مصاحبه</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>کتاب</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>فصل کتاب</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>پروندهٔ حقوقی</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>قانون</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«{text}» تاریخ نیست: آن را به‌صورت سال، سال-ماه یا سال-ماه-روز بنویسید (مثلاً 2024-03-12)</translation>
    </message>
    <message>
        <source>Citation metadata</source>
        <translation>مشخصات ارجاع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سال-ماه-روز</translation>
    </message>
    <message>
        <source>One per line: Family, Given — or an organisation&apos;s name</source>
        <translation>در هر سطر یکی: تخلص، نام — یا نام یک نهاد</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Outlet (container-title):</source>
        <translation>&amp;رسانه (container-title):</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;نویسندگان:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;تاریخ نشر:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;نشانی (URL):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Saving the metadata</source>
        <translation>ذخیرهٔ مشخصات</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Without a passphrase the notebook is NOT encrypted: anyone who gets this computer or a copy of the file can read every article, note and tag in it. Use this only for test notebooks or material that is already public.</source>
        <translation>بدون رمز عبور، دفترچه رمزگذاری نمی‌شود: هر کسی که به این کمپیوتر یا نسخه‌ای از فایل دست یابد، می‌تواند همهٔ مقاله‌ها، یادداشت‌ها و برچسپ‌های آن را بخواند. این را فقط برای دفترچه‌های آزمایشی یا موادی که از پیش عمومی است به کار ببرید.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>No passphrase (the notebook will not be encrypted)</source>
        <translation>بدون رمز عبور (دفترچه رمزگذاری نمی‌شود)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few random words are best.</source>
        <translation>
            <numerusform>دست‌کم %Ln نویسه به کار ببرید؛ چند واژهٔ تصادفی بهتر است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
</context>
<context>
    <name>NotebookFlow</name>
    <message>
        <source>That passphrase does not unlock this notebook. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>این رمز عبور قفل این دفترچه را باز نمی‌کند. زبان صفحه‌کلید و Caps Lock را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This notebook&apos;s file or folder cannot be written (read-only media, or not yours to change), so it is open for reading only: reading, searching and exporting work; edits and imports are refused. Copy it somewhere writable to work on it.</source>
        <translation>در فایل یا پوشهٔ این دفترچه نمی‌توان نوشت (رسانهٔ فقط‌خواندنی، یا اجازهٔ تغییر ندارید)، پس فقط برای خواندن باز است: خواندن، جستجو و صادر کردن کار می‌کند؛ ویرایش و وارد کردن پذیرفته نمی‌شود. برای کار روی آن، آن را در جایی قابل نوشتن کاپی کنید.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>رمز عبور نادرست</translation>
    </message>
    <message>
        <source>Cannot open the notebook</source>
        <translation>دفترچه باز نمی‌شود</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>فقط‌خواندنی باز شد</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>دفترچهٔ جدید</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}. It cannot be recovered if you forget it.</source>
        <translation>برای {name} رمز عبوری برگزینید. اگر آن را فراموش کنید، بازیابی نمی‌شود.</translation>
    </message>
    <message>
        <source>Cannot create the notebook</source>
        <translation>دفترچه ایجاد نمی‌شود</translation>
    </message>
</context>
<context>
    <name>OriginalDialog</name>
    <message>
        <source>The saved page as plain text (no images, styles or scripts are loaded).</source>
        <translation>صفحهٔ ذخیره‌شده به‌صورت متن ساده (هیچ تصویر، سبک یا اسکریپتی بارگذاری نمی‌شود).</translation>
    </message>
    <message>
        <source>The original file, as it was imported.</source>
        <translation>فایل اصلی، همان‌گونه که وارد شد.</translation>
    </message>
    <message>
        <source>The original is a {kind} file ({size} bytes), kept byte for byte inside the notebook. It is not opened in another program, because that would write an unencrypted copy to disk; this is the text extracted from it at import.</source>
        <translation>اصل یک فایل {kind} است ({size} بایت) که بایت به بایت درون دفترچه نگه داشته می‌شود. در برنامهٔ دیگری باز نمی‌شود، زیرا این کار نسخه‌ای رمزگذاری‌نشده روی دیسک می‌نویسد؛ این متنی است که هنگام وارد کردن از آن استخراج شد.</translation>
    </message>
    <message>
        <source>Original — {name}</source>
        <translation>اصل — {name}</translation>
    </message>
    <message>
        <source>(this matches the hash recorded at import)</source>
        <translation>(این با هش ثبت‌شده هنگام وارد کردن مطابقت دارد)</translation>
    </message>
    <message>
        <source>(this DOES NOT MATCH the hash recorded at import)</source>
        <translation>(این با هش ثبت‌شده هنگام وارد کردن مطابقت ندارد!)</translation>
    </message>
    <message>
        <source>File: {name} ({kind})</source>
        <translation>فایل: {name} ({kind})</translation>
    </message>
    <message>
        <source>About the original</source>
        <translation>دربارهٔ اصل</translation>
    </message>
    <message>
        <source>Original content</source>
        <translation>محتوای اصل</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock notebook</source>
        <translation>باز کردن قفل دفترچه</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation>رمز عبور {name}:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>قفل پس از دقیقه‌های بی‌کاری</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>سیستم (پیروی از دسکتاپ)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>&amp;Lock the notebook after:</source>
        <translation>&amp;قفل دفترچه پس از:</translation>
    </message>
    <message>
        <source>Locking closes the notebook and forgets its passphrase until you unlock it.</source>
        <translation>قفل کردن دفترچه را می‌بندد و رمز عبور آن را تا باز کردن دوبارهٔ قفل فراموش می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>{label}… {done} of {total} MB</source>
        <translation>{label}… {done} از {total} مگابایت</translation>
    </message>
</context>
<context>
    <name>ProvinceMap</name>
    <message>
        <source>Events by province (tile map)</source>
        <translation>رویدادها بر پایهٔ ولایت (نقشهٔ خانه‌ای)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>رویدادها:</translation>
    </message>
    <message>
        <source>Not on the map (no province): {places}</source>
        <translation>بیرون از نقشه (بدون ولایت): {places}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) — click to filter</source>
        <translation>
            <numerusform>%Ln رویداد — برای پالایش کلیک کنید</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Select Color</source>
        <translation>انتخاب رنگ</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>رنگ‌های &amp;پایه</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>رنگ‌های &amp;دلخواه</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;افزودن به رنگ‌های دلخواه</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;برداشتن رنگ از صفحه</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;فام:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;اشباع:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;روشنی:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;سرخ:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;سبز:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;آبی:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>کانال &amp;آلفا:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;نام فایل:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فایل‌های از &amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;انتخاب</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>پوشهٔ &amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;تغییر نام</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پوشهٔ بالاتر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ایجاد پوشهٔ جدید</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>نمای فهرست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>نمای جزئیات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>نوار کناری</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>نمایش فایل‌های &amp;پنهان</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>نمایش </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>پوشهٔ جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ذخیره با نام</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>یافتن پوشه</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 از پیش وجود دارد.
آیا می‌خواهید جایگزین شود؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>آیا مطمئن هستید که می‌خواهید «%1» را حذف کنید؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل پیدا نشد.
لطفاً درستی نام فایل را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
پوشه پیدا نشد.
لطفاً درستی نام پوشه را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاریخ تغییر</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوتر</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;برش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>نمایش جزئیات...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>پنهان کردن جزئیات...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ذخیرهٔ همه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بلی</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بلی برای &amp;همه</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نخیر</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نخیر برای ه&amp;مه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>متوقف کردن</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>بازگشت به پیش‌فرض‌ها</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>کنترل</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>شیفت</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>آلت</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>متا</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>عددی</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>بک‌اسپیس</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>درج</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>اسکیپ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>اسپیس</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>اینتر</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>اینتر</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>چپ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>راست</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>صفحه‌بالا</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>صفحه‌پایین</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>پیمایش به چپ</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>پیمایش به راست</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>درج نویسهٔ کنترلی یونیکد</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;برش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>کاپی &amp;نشانی پیوند</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>Card as QR code</source>
        <translation>کارت به‌صورت کد QR</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Article details</source>
        <translation>مشخصات مقاله</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>متن مقاله</translation>
    </message>
    <message>
        <source>Read-only; select a passage to annotate it</source>
        <translation>فقط‌خواندنی؛ برای حاشیه‌نویسی یک قطعه را برگزینید</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>&amp;Annotate selection…</source>
        <translation>&amp;حاشیه‌نویسی گزینش…</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;یافتن در مقاله…</translation>
    </message>
    <message>
        <source>Show &amp;original</source>
        <translation>نمایش &amp;اصل</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>ویرایش &amp;مشخصات…</translation>
    </message>
    <message>
        <source>New &amp;event from passage…</source>
        <translation>&amp;رویداد جدید از قطعه…</translation>
    </message>
    <message>
        <source>Show &amp;highlights</source>
        <translation>نمایش &amp;برجسته‌سازی‌ها</translation>
    </message>
    <message>
        <source>Show or hide the highlights (Ctrl+Shift+H)</source>
        <translation>نمایش یا پنهان کردن برجسته‌سازی‌ها (کنترل+شیفت+H)</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>هیچ مقاله‌ای باز نیست</translation>
    </message>
    <message>
        <source>Select a passage first, then annotate it.</source>
        <translation>نخست یک قطعه را برگزینید، سپس آن را حاشیه‌نویسی کنید.</translation>
    </message>
    <message>
        <source>Select the passage that reports the event first.</source>
        <translation>نخست قطعه‌ای را که رویداد را گزارش می‌کند برگزینید.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Fieldnotes shares (*.age);;All files (*)</source>
        <translation>اشتراک‌های فیلدنوتس (*.age);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>This share says it comes from “{sender}” (fingerprint {fingerprint}), but {why}.

Anyone can write any name into a share. Merge it only if you are sure where it came from: compare the fingerprint with the sender, in person or over the phone.

If you accept it, the custody log records that it was merged unverified.</source>
        <translation>این اشتراک می‌گوید از «{sender}» (اثر انگشت {fingerprint}) آمده است، اما {why}.

هر کسی می‌تواند هر نامی را در یک اشتراک بنویسد. تنها زمانی آن را ادغام کنید که از منشأ آن مطمئن هستید: اثر انگشت را حضوری یا تلفنی با فرستنده مقایسه کنید.

اگر آن را بپذیرید، ثبت زنجیرهٔ نگهداری ثبت می‌کند که بدون تأیید ادغام شده است.</translation>
    </message>
    <message>
        <source>that sender is not in your contacts</source>
        <translation>آن فرستنده در میان مخاطبان شما نیست</translation>
    </message>
    <message>
        <source>its signature does not match that sender&apos;s key</source>
        <translation>امضای آن با کلید آن فرستنده مطابقت ندارد</translation>
    </message>
    <message>
        <source>Receive a share</source>
        <translation>دریافت یک اشتراک</translation>
    </message>
    <message>
        <source>Choose the share file you were given</source>
        <translation>فایل اشتراکی را که به شما داده شده برگزینید</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>فایل اشتراک</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;گزینش…</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>رمز عبور اشتراک</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;دریافت</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>This file cannot be received: {error}</source>
        <translation>این فایل دریافت نمی‌شود: {error}</translation>
    </message>
    <message>
        <source>Made for a passphrase: type the one the sender told you.</source>
        <translation>برای یک رمز عبور ساخته شده: رمزی را که فرستنده به شما گفته بنویسید.</translation>
    </message>
    <message>
        <source>Made for colleagues&apos; keys: your own key opens it if it is for you.</source>
        <translation>برای کلیدهای همکاران ساخته شده: اگر برای شما باشد، کلید خودتان آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Type the share&apos;s passphrase.</source>
        <translation>رمز عبور اشتراک را بنویسید.</translation>
    </message>
    <message>
        <source>Decrypting and merging…</source>
        <translation>در حال رمزگشایی و ادغام…</translation>
    </message>
    <message>
        <source>Decrypting and checking the share…</source>
        <translation>در حال رمزگشایی و بررسی اشتراک…</translation>
    </message>
    <message>
        <source>Nothing was merged: {message}</source>
        <translation>چیزی ادغام نشد: {message}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Nothing was merged:

{message}</source>
        <translation>چیزی ادغام نشد:

{message}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>لغو شد: چیزی ادغام نشد.</translation>
    </message>
    <message>
        <source>Refused: {error}.

Nothing was merged; your notebook is unchanged.</source>
        <translation>رد شد: {error}.

چیزی ادغام نشد؛ دفترچهٔ شما تغییری نکرده است.</translation>
    </message>
    <message>
        <source>Share refused</source>
        <translation>اشتراک رد شد</translation>
    </message>
    <message>
        <source>Not merged: {reason}.</source>
        <translation>ادغام نشد: {reason}.</translation>
    </message>
    <message>
        <source>Unverified sender</source>
        <translation>فرستندهٔ تأییدنشده</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>تأیید نشد</translation>
    </message>
    <message>
        <source>Accept as unverified</source>
        <translation>پذیرفتن بدون تأیید</translation>
    </message>
    <message>
        <source>Don&apos;t merge</source>
        <translation>ادغام نکن</translation>
    </message>
    <message>
        <source>Not merged: the sender could not be verified. Your notebook is unchanged.</source>
        <translation>ادغام نشد: فرستنده تأیید نشد. دفترچهٔ شما تغییری نکرده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%Ln افزوده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln به‌روز شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%Ln در تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original files</source>
        <translation>
            <numerusform>%Ln فایل اصلی</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>امضا تأیید شد</translation>
    </message>
    <message>
        <source>UNVERIFIED: unknown signer, accepted by you</source>
        <translation>تأییدنشده: امضاکنندهٔ ناشناس، پذیرفته‌شده از سوی شما</translation>
    </message>
    <message>
        <source>UNVERIFIED: bad signature, accepted by you</source>
        <translation>تأییدنشده: امضای نادرست، پذیرفته‌شده از سوی شما</translation>
    </message>
    <message>
        <source>Received from {sender} ({fingerprint}), {signature}: {counts}.</source>
        <translation>دریافت‌شده از {sender} ({fingerprint})، {signature}: {counts}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>چیز تازه‌ای نیست</translation>
    </message>
    <message>
        <source>Some records were edited on both sides: see Conflicts to choose which version to keep.</source>
        <translation>برخی سندها در هر دو طرف ویرایش شده‌اند: برای گزینش نسخه‌ای که می‌ماند، به تعارض‌ها بروید.</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>The notebook is closed, copied under the new passphrase, checked, and opened again.</source>
        <translation>دفترچه بسته می‌شود، با رمز عبور تازه کاپی و بررسی می‌شود، و دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>Re-encrypting the notebook…</source>
        <translation>در حال رمزگذاری دوبارهٔ دفترچه…</translation>
    </message>
    <message>
        <source>The old passphrase still works.</source>
        <translation>رمز عبور پیشین هنوز کار می‌کند.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the notebook ({key}): words, &quot;phrases&quot;, tag:…, date:[2024 TO 2025]</source>
        <translation>جستجو در دفترچه ({key}): واژه‌ها، &quot;عبارت‌ها&quot;، tag:…، date:[2024 TO 2025]</translation>
    </message>
    <message>
        <source>Search the notebook</source>
        <translation>جستجو در دفترچه</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>وضعیت جستجو</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتیجه‌های جستجو</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%Ln مقالهٔ مطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (best %n shown)</source>
        <translation>
            <numerusform> (%Ln بهترین نمایش داده شد)</numerusform>
        </translation>
    </message>
    <message>
        <source> — did you mean {suggestion}?</source>
        <translation> — آیا منظورتان {suggestion} بود؟</translation>
    </message>
    <message>
        <source>check its quotes, brackets and field names (tag:…, date:2024-05)</source>
        <translation>علامه‌های نقل قول، قوس‌ها و نام فیلدهای آن را بررسی کنید (tag:…، date:2024-05)</translation>
    </message>
    <message>
        <source>The search could not understand this query: {reason}</source>
        <translation>جستجو این عبارت را نفهمید: {reason}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Fieldnotes shares (*.age);;All files (*)</source>
        <translation>اشتراک‌های فیلدنوتس (*.age);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>اشتراک</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>چه چیزی به اشتراک گذاشته شود</translation>
    </message>
    <message>
        <source>The whole notebook</source>
        <translation>کل دفترچه</translation>
    </message>
    <message>
        <source>What carries a tag</source>
        <translation>آنچه برچسپی دارد</translation>
    </message>
    <message>
        <source>The articles a search finds</source>
        <translation>مقاله‌هایی که یک جستجو می‌یابد</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>e.g. &quot;former soldiers&quot; AND Badakhshan</source>
        <translation>مثلاً &quot;سربازان پیشین&quot; AND بدخشان</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>To &amp;colleagues (encrypted to their keys; they see it is from you)</source>
        <translation>برای &amp;همکاران (رمزگذاری‌شده با کلیدهای آن‌ها؛ می‌بینند که از شماست)</translation>
    </message>
    <message>
        <source>To a &amp;passphrase (tell it to them another way)</source>
        <translation>با یک &amp;رمز عبور (آن را از راه دیگری به آن‌ها بگویید)</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>همکاران</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>رمز عبور اشتراک</translation>
    </message>
    <message>
        <source>Repeat share passphrase</source>
        <translation>تکرار رمز عبور اشتراک</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;اشتراک…</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;اشتراک:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;برچسپ:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>دوباره:</translation>
    </message>
    <message>
        <source>No contacts yet: add colleagues&apos; cards under Share ▸ Contacts…</source>
        <translation>هنوز مخاطبی نیست: کارت همکاران را از اشتراک ◂ مخاطبان… بیفزایید</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>برای چه کسی</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln قطعه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection: {parts}</source>
        <translation>گزینش: {parts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>برچسپی برگزینید.</translation>
    </message>
    <message>
        <source>Type a search.</source>
        <translation>جستجویی بنویسید.</translation>
    </message>
    <message>
        <source>Tick the colleagues to share with.</source>
        <translation>همکارانی را که می‌خواهید با آن‌ها به اشتراک بگذارید نشانی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>رمز عبور دست‌کم به %Ln نویسه نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>ذخیرهٔ اشتراک به‌نام</translation>
    </message>
    <message>
        <source>Writing the share…</source>
        <translation>در حال نوشتن اشتراک…</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>یک رمز عبور</translation>
    </message>
    <message>
        <source>Wrote {name} for {whom}: {records} and {originals}. Its SHA-256 ({sha}…) is in the custody log.</source>
        <translation>{name} برای {whom} نوشته شد: {records} و {originals}. SHA-256 آن ({sha}…) در ثبت زنجیرهٔ نگهداری است.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln سند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s)</source>
        <translation>
            <numerusform>%Ln فایل اصلی</numerusform>
        </translation>
    </message>
    <message>
        <source>The share was not written: {message}</source>
        <translation>اشتراک نوشته نشد: {message}</translation>
    </message>
    <message>
        <source>The share was not written:

{message}</source>
        <translation>اشتراک نوشته نشد:

{message}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>لغو شد: هیچ فایلی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>پالایش با کنش، کلید یا فهرست</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>پالایش میان‌برها</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>کنش‌ها و میان‌برهای آن‌ها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>(window-wide)</source>
        <translation>(در سراسر پنجره)</translation>
    </message>
    <message>
        <source>Menus open with Alt and the underlined letter; Tab moves between panes.</source>
        <translation>فهرست‌ها با Alt و حرف زیرخط‌دار باز می‌شوند؛ Tab میان بخش‌ها جابه‌جا می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;کمک</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;میان‌برهای صفحه‌کلید…</translation>
    </message>
    <message>
        <source>List every action and its keyboard shortcut</source>
        <translation>فهرست همهٔ کنش‌ها و میان‌بر صفحه‌کلید آن‌ها</translation>
    </message>
</context>
<context>
    <name>SolarMonth</name>
    <message>
        <source>Hamal</source>
        <translation>حمل</translation>
    </message>
    <message>
        <source>Sawr</source>
        <translation>ثور</translation>
    </message>
    <message>
        <source>Jawza</source>
        <translation>جوزا</translation>
    </message>
    <message>
        <source>Saratan</source>
        <translation>سرطان</translation>
    </message>
    <message>
        <source>Asad</source>
        <translation>اسد</translation>
    </message>
    <message>
        <source>Sunbula</source>
        <translation>سنبله</translation>
    </message>
    <message>
        <source>Mizan</source>
        <translation>میزان</translation>
    </message>
    <message>
        <source>Aqrab</source>
        <translation>عقرب</translation>
    </message>
    <message>
        <source>Qaws</source>
        <translation>قوس</translation>
    </message>
    <message>
        <source>Jadi</source>
        <translation>جدی</translation>
    </message>
    <message>
        <source>Dalw</source>
        <translation>دلو</translation>
    </message>
    <message>
        <source>Hut</source>
        <translation>حوت</translation>
    </message>
</context>
<context>
    <name>SuggestBatchDialog</name>
    <message>
        <source>Suggest events in many articles</source>
        <translation>پیشنهاد رویدادها در چندین مقاله</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>همهٔ مقاله‌ها</translation>
    </message>
    <message>
        <source>The articles this search finds:</source>
        <translation>مقاله‌هایی که این جستجو می‌یابد:</translation>
    </message>
    <message>
        <source>e.g. detained AND Takhar</source>
        <translation>مثلاً بازداشت AND تخار</translation>
    </message>
    <message>
        <source>Look for events</source>
        <translation>جستجوی رویدادها</translation>
    </message>
    <message>
        <source>Suggested events by article</source>
        <translation>رویدادهای پیشنهادی بر پایهٔ مقاله</translation>
    </message>
    <message>
        <source>Suggestions are only recorded when you tick them and press Accept.</source>
        <translation>پیشنهادها تنها زمانی ثبت می‌شوند که آن‌ها را نشانی کنید و «پذیرفتن» را بزنید.</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation>پذیرفتن نشانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>نشانی کردن همه</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>برداشتن نشانی همه</translation>
    </message>
    <message>
        <source>Tick high-confidence</source>
        <translation>نشانی کردن موارد با اطمینان بالا</translation>
    </message>
    <message>
        <source>Tick those whose sentence gives a date and a place or count of its own</source>
        <translation>نشانی کردن مواردی که جمله‌شان خود تاریخ و جا یا شمار می‌دهد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Type a search, or choose all articles.</source>
        <translation>جستجویی بنویسید یا همهٔ مقاله‌ها را برگزینید.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>در حال خواندن مقاله‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Suggesting events</source>
        <translation>در حال پیشنهاد رویدادها</translation>
    </message>
    <message>
        <source>Could not suggest events: {message}</source>
        <translation>پیشنهاد رویدادها ممکن نشد: {message}</translation>
    </message>
    <message>
        <source>Looking for events: article {done} of {total}</source>
        <translation>جستجوی رویدادها: مقالهٔ {done} از {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%Ln پیشنهاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> در %Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already recorded, not shown</source>
        <translation>
            <numerusform>؛ %Ln از پیش ثبت شده و نشان داده نمی‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>. Stopped before the end (Cancel).</source>
        <translation>. پیش از پایان متوقف شد (لغو).</translation>
    </message>
    <message>
        <source>. Tick those to record, then Accept.</source>
        <translation>. آنچه را می‌خواهید ثبت شود نشانی کنید، سپس «پذیرفتن» را بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s)…</source>
        <translation>
            <numerusform>%Ln رویداد ثبت شد…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s); Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>%Ln رویداد ثبت شد؛ ویرایش ◂ واگرد هر کدام را پس می‌گیرد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Choose an article to see the events it reports.</source>
        <translation>یک مقاله را برگزینید تا رویدادهایی را که گزارش می‌کند ببینید.</translation>
    </message>
    <message>
        <source>Suggested events</source>
        <translation>رویدادهای پیشنهادی</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <source>Record this event</source>
        <translation>ثبت این رویداد</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Correct it, then record it</source>
        <translation>اصلاحش کنید، سپس ثبتش کنید</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>پذیرفتن همه</translation>
    </message>
    <message>
        <source>In all articles…</source>
        <translation>در همهٔ مقاله‌ها…</translation>
    </message>
    <message>
        <source>Suggest events in all articles, or a search&apos;s</source>
        <translation>پیشنهاد رویدادها در همهٔ مقاله‌ها، یا در نتیجه‌های یک جستجو</translation>
    </message>
    <message>
        <source>Hide low-confidence</source>
        <translation>پنهان کردن موارد با اطمینان پایین</translation>
    </message>
    <message>
        <source>Hide suggestions whose sentence gives neither a date nor a place of its own</source>
        <translation>پنهان کردن پیشنهادهایی که جمله‌شان نه تاریخ می‌دهد و نه جا</translation>
    </message>
    <message>
        <source>Looking for events in “{title}”…</source>
        <translation>جستجوی رویدادها در «{title}»…</translation>
    </message>
    <message>
        <source>Could not suggest events: {message}</source>
        <translation>پیشنهاد رویدادها ممکن نشد: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible event(s): accept, edit or dismiss each.</source>
        <translation>
            <numerusform>%Ln رویداد احتمالی: هر کدام را بپذیرید، ویرایش یا رد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events found in this text.</source>
        <translation>در این متن رویدادی یافت نشد.</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>New tag</source>
        <translation>برچسپ جدید</translation>
    </message>
    <message>
        <source>Tag path (use / for levels, e.g. Persecution/Detention):</source>
        <translation>مسیر برچسپ (برای سطح‌ها از / استفاده کنید، مثلاً آزار/بازداشت):</translation>
    </message>
    <message>
        <source>Creating the tag</source>
        <translation>ایجاد برچسپ</translation>
    </message>
    <message>
        <source>New path for “{path}” (tags below it move too):</source>
        <translation>مسیر تازه برای «{path}» (برچسپ‌های زیر آن هم جابه‌جا می‌شوند):</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>تغییر نام برچسپ</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>تغییر نام برچسپ</translation>
    </message>
    <message>
        <source>Moving the tag</source>
        <translation>جابه‌جایی برچسپ</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(سطح بالا)</translation>
    </message>
    <message>
        <source>Move “{path}” below:</source>
        <translation>«{path}» را به زیرِ این ببر:</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>جابه‌جایی برچسپ</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>ادغام برچسپ‌ها</translation>
    </message>
    <message>
        <source>Merge “{path}” into (its annotations move there):</source>
        <translation>ادغام «{path}» در (حاشیه‌نویسی‌هایش به آنجا می‌روند):</translation>
    </message>
    <message>
        <source>Merging the tags</source>
        <translation>ادغام برچسپ‌ها</translation>
    </message>
    <message>
        <source>Colour of {path}</source>
        <translation>رنگ {path}</translation>
    </message>
    <message>
        <source>Changing the colour</source>
        <translation>تغییر رنگ</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>حذف برچسپ</translation>
    </message>
</context>
<context>
    <name>TagTreePanel</name>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>کاربرد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ‌ها</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>برچسپ جدید…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>جابه‌جایی به…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>ادغام در…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>رنگ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Jan</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبروری</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>می</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>جولای</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>اگست</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سپتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>بدون مکان</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Group the timeline by</source>
        <translation>گروه‌بندی خط زمانی بر پایهٔ</translation>
    </message>
    <message>
        <source>Undated events</source>
        <translation>رویدادهای بدون تاریخ</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>گروه‌بندی بر پایهٔ</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>کوچک‌نمایی (کنترل+چرخ)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>بزرگ‌نمایی (کنترل+چرخ)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>گنجاندن</translation>
    </message>
    <message>
        <source>Show every dated event</source>
        <translation>نمایش همهٔ رویدادهای تاریخ‌دار</translation>
    </message>
    <message>
        <source>Click a mark to select its event; click a lane&apos;s name for all of them.</source>
        <translation>برای گزینش رویداد روی نشانه‌اش کلیک کنید؛ برای همهٔ رویدادهای یک ردیف روی نام آن کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>بدون تاریخ (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>No undated events</source>
        <translation>رویداد بدون تاریخ نیست</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>reported: the article&apos;s date</source>
        <translation>گزارش‌شده: تاریخ مقاله</translation>
    </message>
    <message>
        <source>month or range</source>
        <translation>ماه یا بازه</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقریبی</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>خط زمانی رویدادها</translation>
    </message>
    <message>
        <source>No dated events to show</source>
        <translation>رویداد تاریخ‌داری برای نمایش نیست</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New notebook…</source>
        <translation>&amp;دفترچهٔ جدید…</translation>
    </message>
    <message>
        <source>&amp;Open notebook…</source>
        <translation>&amp;باز کردن دفترچه…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;وارد کردن فایل‌ها…</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>وارد کردن مقاله‌ها</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>وارد کردن &amp;پوشه…</translation>
    </message>
    <message>
        <source>Import &amp;sample articles</source>
        <translation>وارد کردن &amp;مقاله‌های نمونه</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل کردن</translation>
    </message>
    <message>
        <source>Lock the notebook</source>
        <translation>قفل کردن دفترچه</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغییر &amp;رمز عبور…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>حذف گزینش</translation>
    </message>
    <message>
        <source>&amp;Search notebook</source>
        <translation>&amp;جستجو در دفترچه</translation>
    </message>
    <message>
        <source>Show &amp;library</source>
        <translation>نمایش &amp;کتابخانه</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>نمایش &amp;رویدادها</translation>
    </message>
    <message>
        <source>&amp;Suggest events in article</source>
        <translation>&amp;پیشنهاد رویدادها در مقاله</translation>
    </message>
    <message>
        <source>&amp;Export cited summary…</source>
        <translation>&amp;صادر کردن خلاصهٔ مستند…</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;کاپی ارجاع</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;اشتراک…</translation>
    </message>
    <message>
        <source>Share the notebook or a selection</source>
        <translation>اشتراک دفترچه یا یک گزینش</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;دریافت…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s share file</source>
        <translation>ادغام فایل اشتراک یک همکار</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;مخاطبان…</translation>
    </message>
    <message>
        <source>My &amp;identity card…</source>
        <translation>کارت &amp;هویت من…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>باز کردن &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;مقاله</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;اشتراک</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>ثبت زنجیرهٔ نگهداری</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation>یادداشت‌ها و برچسپ‌ها</translation>
    </message>
    <message>
        <source>Suggested events</source>
        <translation>رویدادهای پیشنهادی</translation>
    </message>
    <message>
        <source>Article side panels</source>
        <translation>پنل‌های کناری مقاله</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>دفترچه</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ‌ها</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{notebook}: the notebook is read-only (the file or its folder cannot be written, or it is on read-only media): this command would change it, so nothing was done; copy it somewhere writable to work on it</source>
        <translation>{notebook}: دفترچه فقط‌خواندنی است (در فایل یا پوشهٔ آن نمی‌توان نوشت، یا روی رسانهٔ فقط‌خواندنی است): این فرمان آن را تغییر می‌داد، پس کاری انجام نشد؛ برای کار روی آن، آن را در جایی قابل نوشتن کپی کنید</translation>
    </message>
    <message>
        <source>{notebook}: the disk is full: what was under way was not stored and the notebook is intact; free some space and try again</source>
        <translation>{notebook}: دیسک پر است: کاری که در جریان بود ذخیره نشد و دفترچه سالم است؛ کمی جا خالی کنید و دوباره تلاش کنید</translation>
    </message>
    <message>
        <source>{notebook}: could not write to the disk ({error}): what was under way was not stored and the notebook is intact; check that the disk has free space and is still connected, then try again</source>
        <translation>{notebook}: نوشتن روی دیسک ممکن نشد ({error}): کاری که در جریان بود ذخیره نشد و دفترچه سالم است؛ ببینید که دیسک جای خالی دارد و هنوز وصل است، سپس دوباره تلاش کنید</translation>
    </message>
    <message>
        <source>{path}: the disk is full ({error}): what was under way was not stored and the notebook is intact; free some space and try again</source>
        <translation>{path}: دیسک پر است ({error}): کاری که در جریان بود ذخیره نشد و دفترچه سالم است؛ کمی جا خالی کنید و دوباره تلاش کنید</translation>
    </message>
    <message>
        <source>{path}: is on read-only media ({error}); nothing was changed</source>
        <translation>{path}: روی رسانهٔ فقط‌خواندنی است ({error})؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>entry {seq} is missing (next is {next})</source>
        <translation>مدخل {seq} نیست (بعدی {next} است)</translation>
    </message>
    <message>
        <source>entry {seq} does not follow the entry before it</source>
        <translation>مدخل {seq} پس از مدخل پیش از خود نمی‌آید</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>مدخل {seq} پس از نوشته‌شدن تغییر کرده است</translation>
    </message>
    <message>
        <source>Checking the custody log</source>
        <translation>بررسی ثبت زنجیرهٔ نگهداری</translation>
    </message>
    <message>
        <source>{path}: no notebook here (create one with `fieldnotes new`)</source>
        <translation>{path}: اینجا دفترچه‌ای نیست (با `fieldnotes new` یکی بسازید)</translation>
    </message>
    <message>
        <source>{path}: a file already exists there</source>
        <translation>{path}: آنجا از پیش فایلی هست</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook (file too short)</source>
        <translation>{path}: دفترچهٔ Fieldnotes نیست (فایل بیش از حد کوتاه است)</translation>
    </message>
    <message>
        <source>{path}: this notebook is encrypted; a passphrase is needed</source>
        <translation>{path}: این دفترچه رمزگذاری‌شده است؛ رمز عبور لازم است</translation>
    </message>
    <message>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: خوانده نمی‌شود (اجازه داده نشد)</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook ({error})</source>
        <translation>{path}: دفترچهٔ Fieldnotes نیست ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error})</source>
        <translation>{path}: باز نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be opened read-only: its last changes are still in {name}-wal, which SQLite cannot read here; copy both files somewhere writable</source>
        <translation>{path}: به‌صورت فقط‌خواندنی باز نمی‌شود: آخرین تغییراتش هنوز در {name}-wal است که SQLite اینجا نمی‌تواند بخواند؛ هر دو فایل را در جایی قابل نوشتن کپی کنید</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or not a Fieldnotes notebook</source>
        <translation>{path}: رمز عبور نادرست است، یا این دفترچهٔ Fieldnotes نیست</translation>
    </message>
    <message>
        <source>{path}: is open in another Fieldnotes{process}; close it there first</source>
        <translation>{path}: در Fieldnotes دیگری{process} باز است؛ نخست آن را آنجا ببندید</translation>
    </message>
    <message>
        <source>this notebook was written by a newer Fieldnotes (schema {current} &gt; {latest}); update Fieldnotes to open it</source>
        <translation>این دفترچه با Fieldnotes تازه‌تری نوشته شده است (طرح {current} &gt; {latest})؛ برای باز کردن آن Fieldnotes را به‌روز کنید</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook</source>
        <translation>{path}: دفترچهٔ Fieldnotes نیست</translation>
    </message>
    <message>
        <source>{path}: the re-encrypted copy failed its check ({result}); the notebook was not changed</source>
        <translation>{path}: نسخهٔ دوباره رمزگذاری‌شده از بررسی نگذشت ({result})؛ دفترچه تغییر نکرد</translation>
    </message>
    <message>
        <source>{path}: could not change the passphrase: {error}</source>
        <translation>{path}: تغییر رمز عبور ممکن نشد: {error}</translation>
    </message>
    <message>
        <source>count must be a whole number ≥ 0 (not {count})</source>
        <translation>شمار باید عددی صحیح و ≥ ۰ باشد (نه {count})</translation>
    </message>
    <message>
        <source>the end date {end} is before the start date {start}</source>
        <translation>تاریخ پایان {end} پیش از تاریخ آغاز {start} است</translation>
    </message>
    <message>
        <source>no event {id}</source>
        <translation>رویداد {id} نیست</translation>
    </message>
    <message>
        <source>an event needs at least one passage as evidence (select a passage first)</source>
        <translation>رویداد دست‌کم به یک قطعه به‌عنوان شواهد نیاز دارد (نخست قطعه‌ای را انتخاب کنید)</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>{field} باید یکی از {allowed} باشد (نه {value})</translation>
    </message>
    <message>
        <source>events have no field {fields}</source>
        <translation>رویدادها فیلد {fields} ندارند</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>برچسپ به نام نیاز دارد</translation>
    </message>
    <message>
        <source>no tag {id}</source>
        <translation>برچسپ {id} نیست</translation>
    </message>
    <message>
        <source>there is already a tag {path}</source>
        <translation>برچسپ {path} از پیش هست</translation>
    </message>
    <message>
        <source>there is already a tag {path}: merge the tags instead</source>
        <translation>برچسپ {path} از پیش هست: به‌جای آن برچسپ‌ها را ادغام کنید</translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself</source>
        <translation>برچسپ را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>مقاله به عنوان نیاز دارد</translation>
    </message>
    <message>
        <source>no deleted article {id}</source>
        <translation>مقالهٔ حذف‌شدهٔ {id} نیست</translation>
    </message>
    <message>
        <source>no article {id}</source>
        <translation>مقالهٔ {id} نیست</translation>
    </message>
    <message>
        <source>no original for article {id}</source>
        <translation>مقالهٔ {id} فایل اصلی ندارد</translation>
    </message>
    <message>
        <source>no annotation {id}</source>
        <translation>حاشیه‌نویسی {id} نیست</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>مخاطب به نام نیاز دارد</translation>
    </message>
    <message>
        <source>there is already a contact called {name}</source>
        <translation>مخاطبی به نام {name} از پیش هست</translation>
    </message>
    <message>
        <source>no contact called {name} (see `fieldnotes contacts list`)</source>
        <translation>مخاطبی به نام {name} نیست (`fieldnotes contacts list` را ببینید)</translation>
    </message>
    <message>
        <source>not an age-encrypted share file</source>
        <translation>فایل اشتراکِ رمزگذاری‌شده با age نیست</translation>
    </message>
    <message>
        <source>the share file is incomplete (truncated?)</source>
        <translation>فایل اشتراک ناقص است (بریده شده؟)</translation>
    </message>
    <message>
        <source>not a Fieldnotes share (unknown content)</source>
        <translation>اشتراک Fieldnotes نیست (محتوای ناشناخته)</translation>
    </message>
    <message>
        <source>the share&apos;s content is out of order (damaged?)</source>
        <translation>ترتیب محتوای اشتراک به هم خورده است (آسیب دیده؟)</translation>
    </message>
    <message>
        <source>a record in the share is too large</source>
        <translation>سندی در اشتراک بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>an original&apos;s frame is damaged</source>
        <translation>قاب یک فایل اصلی آسیب دیده است</translation>
    </message>
    <message>
        <source>a frame in the share claims more bytes than the file holds (damaged?)</source>
        <translation>قابی در اشتراک بیش از آنچه فایل دارد بایت ادعا می‌کند (آسیب دیده؟)</translation>
    </message>
    <message>
        <source>a record in the share is damaged</source>
        <translation>سندی در اشتراک آسیب دیده است</translation>
    </message>
    <message>
        <source>the share&apos;s content does not match its signed hash</source>
        <translation>محتوای اشتراک با هش امضاشدهٔ آن نمی‌خواند</translation>
    </message>
    <message>
        <source>the share&apos;s signature frame is damaged</source>
        <translation>قاب امضای اشتراک آسیب دیده است</translation>
    </message>
    <message>
        <source>unexpected data after the signature</source>
        <translation>داده‌های نامنتظره پس از امضا</translation>
    </message>
    <message>
        <source>not a Fieldnotes card (fieldnotes-card:v1:…) nor an age recipient (age1…)</source>
        <translation>نه کارت Fieldnotes است (fieldnotes-card:v1:…) و نه گیرندهٔ age (age1…)</translation>
    </message>
    <message>
        <source>the card is damaged (was it copied completely?)</source>
        <translation>کارت آسیب دیده است (آیا کامل کپی شده بود؟)</translation>
    </message>
    <message>
        <source>not a valid age recipient: {start}…</source>
        <translation>گیرندهٔ معتبر age نیست: {start}…</translation>
    </message>
    <message>
        <source>the card&apos;s signing key is damaged</source>
        <translation>کلید امضای کارت آسیب دیده است</translation>
    </message>
    <message>
        <source>revision {revision} is missing from this notebook</source>
        <translation>نسخهٔ {revision} در این دفترچه نیست</translation>
    </message>
    <message>
        <source>{table} {id}: a revision&apos;s parent {revision} is missing</source>
        <translation>{table} {id}: نسخهٔ والد {revision} نیست</translation>
    </message>
    <message>
        <source>a record in the share is malformed ({table})</source>
        <translation>سندی در اشتراک بدشکل است ({table})</translation>
    </message>
    <message>
        <source>a revision in the share belongs to another record</source>
        <translation>نسخه‌ای در اشتراک از آنِ سند دیگری است</translation>
    </message>
    <message>
        <source>revision {revision} of {table} {id} does not match its hash</source>
        <translation>نسخهٔ {revision} از {table} {id} با هش خود نمی‌خواند</translation>
    </message>
    <message>
        <source>a record in the share is malformed</source>
        <translation>سندی در اشتراک بدشکل است</translation>
    </message>
    <message>
        <source>a revision in the share is malformed</source>
        <translation>نسخه‌ای در اشتراک بدشکل است</translation>
    </message>
    <message>
        <source>no open conflict {id}</source>
        <translation>تعارض باز {id} نیست</translation>
    </message>
    <message>
        <source>{version} is not one of the conflict&apos;s versions</source>
        <translation>{version} از نسخه‌های این تعارض نیست</translation>
    </message>
    <message>
        <source>article {id}: its text is missing from the share or damaged</source>
        <translation>مقالهٔ {id}: متن آن در اشتراک نیست یا آسیب دیده است</translation>
    </message>
    <message>
        <source>this share was made by a newer Fieldnotes: update to receive it</source>
        <translation>این اشتراک با Fieldnotes تازه‌تری ساخته شده است: برای دریافت آن به‌روز کنید</translation>
    </message>
    <message>
        <source>the share&apos;s signature does not match its sender {sender}</source>
        <translation>امضای اشتراک با فرستندهٔ آن {sender} نمی‌خواند</translation>
    </message>
    <message>
        <source>the share does not say who sent it</source>
        <translation>اشتراک نمی‌گوید چه کسی آن را فرستاده است</translation>
    </message>
    <message>
        <source>the share is signed by {name} ({fingerprint}), who is not in your contacts: add their card with `contacts add`, or accept it unverified</source>
        <translation>اشتراک را {name} ({fingerprint}) امضا کرده است که در مخاطبان شما نیست: کارت او را با `contacts add` بیفزایید، یا آن را تأییدنشده بپذیرید</translation>
    </message>
    <message>
        <source>original {original} in the share cannot be stored ({error})</source>
        <translation>فایل اصلی {original} در اشتراک ذخیره نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>original {original} in the share does not match its SHA-256</source>
        <translation>فایل اصلی {original} در اشتراک با SHA-256 خود نمی‌خواند</translation>
    </message>
    <message>
        <source>a record in the share does not fit this notebook ({error})</source>
        <translation>سندی در اشتراک با این دفترچه جور نمی‌آید ({error})</translation>
    </message>
    <message>
        <source>a record in the share does not fit this notebook (a value it cannot store)</source>
        <translation>سندی در اشتراک با این دفترچه جور نمی‌آید (مقداری دارد که ذخیره‌شدنی نیست)</translation>
    </message>
    <message>
        <source>the share was stopped</source>
        <translation>اشتراک متوقف شد</translation>
    </message>
    <message>
        <source>the hash thread was closed</source>
        <translation>رشتهٔ محاسبهٔ هش بسته شد</translation>
    </message>
    <message>
        <source>share to contacts or to a passphrase (one of the two)</source>
        <translation>با مخاطبان یا با رمز عبور به اشتراک بگذارید (یکی از این دو)</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: give it to receive the share</source>
        <translation>{name} با رمز عبور محافظت شده است: برای دریافت اشتراک آن را وارد کنید</translation>
    </message>
    <message>
        <source>{name} cannot be for this notebook: it has no identity yet</source>
        <translation>{name} نمی‌تواند برای این دفترچه باشد: این دفترچه هنوز هویتی ندارد</translation>
    </message>
    <message>
        <source>cannot decrypt the share: it is damaged or truncated, or the passphrase is wrong</source>
        <translation>رمزگشایی اشتراک ممکن نیست: آسیب دیده یا بریده شده است، یا رمز عبور نادرست است</translation>
    </message>
    <message>
        <source>cannot decrypt the share: it is damaged or truncated, or it is not addressed to you</source>
        <translation>رمزگشایی اشتراک ممکن نیست: آسیب دیده یا بریده شده است، یا برای شما فرستاده نشده است</translation>
    </message>
    <message>
        <source>{format}: unknown citation format ({formats})</source>
        <translation>{format}: قالب ارجاع ناشناخته ({formats})</translation>
    </message>
    <message>
        <source>{order}: unknown order ({orders})</source>
        <translation>{order}: ترتیب ناشناخته ({orders})</translation>
    </message>
    <message>
        <source>{path}: not a CSL style (root element is {tag})</source>
        <translation>{path}: سبک CSL نیست (عنصر ریشه {tag} است)</translation>
    </message>
    <message>
        <source>{name}: no such CSL style</source>
        <translation>{name}: چنین سبک CSL وجود ندارد</translation>
    </message>
    <message>
        <source>{path}: its parent style {parent} is not available offline</source>
        <translation>{path}: سبک والد آن {parent} بدون اینترنت در دسترس نیست</translation>
    </message>
    <message>
        <source>{path}: file not found</source>
        <translation>{path}: فایل پیدا نشد</translation>
    </message>
    <message>
        <source>{path}: not a readable CSL style ({error})</source>
        <translation>{path}: سبک CSL خواندنی نیست ({error})</translation>
    </message>
    <message>
        <source>a source&apos;s text is not UTF-8</source>
        <translation>متن یک منبع UTF-8 نیست</translation>
    </message>
    <message>
        <source>{where}: {member} is not in the archive</source>
        <translation>{where}: {member} در آرشیو نیست</translation>
    </message>
    <message>
        <source>{where}: a text source without PlainTextContent or plainTextPath</source>
        <translation>{where}: منبع متنی بدون PlainTextContent یا plainTextPath</translation>
    </message>
    <message>
        <source>{where}: a source&apos;s text is in a file outside this codebook</source>
        <translation>{where}: متن یک منبع در فایلی بیرون از این کتاب کد است</translation>
    </message>
    <message>
        <source>{where}: selection {start}–{end} is outside its source&apos;s text ({length} characters)</source>
        <translation>{where}: گزینش {start}–{end} بیرون از متن منبع خود است ({length} نویسه)</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA project (its root is {root})</source>
        <translation>{name}: پروژهٔ REFI-QDA نیست (ریشهٔ آن {root} است)</translation>
    </message>
    <message>
        <source>{where}: the path {member} points outside the archive</source>
        <translation>{where}: مسیر {member} به بیرون آرشیو اشاره می‌کند</translation>
    </message>
    <message>
        <source>{where}: a selection without numeric positions</source>
        <translation>{where}: گزینشی بدون موقعیت‌های عددی</translation>
    </message>
    <message>
        <source>{where}: a coding refers to a code that does not exist ({code})</source>
        <translation>{where}: یک کدگذاری به کدی اشاره می‌کند که وجود ندارد ({code})</translation>
    </message>
    <message>
        <source>{where}: a coding refers to a code that does not exist</source>
        <translation>{where}: یک کدگذاری به کدی اشاره می‌کند که وجود ندارد</translation>
    </message>
    <message>
        <source>{name}: no project.qde in the archive</source>
        <translation>{name}: در آرشیو project.qde نیست</translation>
    </message>
    <message>
        <source>{where}: XML with a DOCTYPE or entities is refused</source>
        <translation>{where}: XML دارای DOCTYPE یا entity پذیرفته نمی‌شود</translation>
    </message>
    <message>
        <source>{where}: XML with a DOCTYPE is refused</source>
        <translation>{where}: XML دارای DOCTYPE پذیرفته نمی‌شود</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MiB</source>
        <translation>{name}: بزرگ‌تر از {limit} MiB</translation>
    </message>
    <message>
        <source>{name}: more than {limit} members</source>
        <translation>{name}: بیش از {limit} عضو</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({error})</source>
        <translation>{where}: XML خوش‌ساخت نیست ({error})</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA project (not a zip archive)</source>
        <translation>{name}: پروژهٔ REFI-QDA نیست (آرشیو zip نیست)</translation>
    </message>
    <message>
        <source>{name}: a member has an unsafe path ({member})</source>
        <translation>{name}: یک عضو مسیر ناامن دارد ({member})</translation>
    </message>
    <message>
        <source>{name}: cannot read {member} ({error})</source>
        <translation>{name}: {member} خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>{name}: {member} decompresses past {limit} MiB</source>
        <translation>{name}: {member} پس از بازکردن فشرده‌سازی از {limit} MiB بزرگ‌تر می‌شود</translation>
    </message>
    <message>
        <source>{path}: no W3C annotations in it</source>
        <translation>{path}: هیچ حاشیه‌نویسی W3C در آن نیست</translation>
    </message>
    <message>
        <source>{path}: not JSON ({error})</source>
        <translation>{path}: JSON نیست ({error})</translation>
    </message>
    <message>
        <source>{path}: nested more than {depth} levels deep, not W3C annotations</source>
        <translation>{path}: بیش از {depth} سطح تودرتو است، حاشیه‌نویسی W3C نیست</translation>
    </message>
    <message>
        <source>target {target} is a whole document, not a passage</source>
        <translation>هدف {target} یک سند کامل است، نه یک قطعه</translation>
    </message>
    <message>
        <source>a target without a text quote or position</source>
        <translation>هدفی بدون نقل‌قول متنی یا موقعیت</translation>
    </message>
    <message>
        <source>{selectors} ignored</source>
        <translation>{selectors} نادیده گرفته شد</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>بدون متن</translation>
    </message>
    <message>
        <source>the same text as another source</source>
        <translation>همان متنِ منبعی دیگر</translation>
    </message>
    <message>
        <source>an empty selection or one not found</source>
        <translation>گزینشی خالی یا ناپیدا</translation>
    </message>
    <message>
        <source>not attached to a passage</source>
        <translation>به هیچ قطعه‌ای وصل نیست</translation>
    </message>
    <message>
        <source>named by a passage, not in the project</source>
        <translation>قطعه‌ای از آن نام برده، ولی در پروژه نیست</translation>
    </message>
    <message>
        <source>named in the custody log entry of the import</source>
        <translation>در درج ثبت زنجیرهٔ نگهداریِ این وارد کردن نام برده شده</translation>
    </message>
    <message>
        <source>a coding of the whole source (Fieldnotes codes passages)</source>
        <translation>کدگذاری کل منبع (Fieldnotes قطعه‌ها را کدگذاری می‌کند)</translation>
    </message>
    <message>
        <source>a note on the whole source (Fieldnotes keeps notes on passages)</source>
        <translation>یادداشتی بر کل منبع (Fieldnotes یادداشت‌ها را روی قطعه‌ها نگه می‌دارد)</translation>
    </message>
    <message>
        <source>a picture: Fieldnotes holds text only</source>
        <translation>تصویر: Fieldnotes تنها متن نگه می‌دارد</translation>
    </message>
    <message>
        <source>a PDF (selections by page area): Fieldnotes holds text only</source>
        <translation>PDF (گزینش بر پایهٔ ناحیهٔ صفحه): Fieldnotes تنها متن نگه می‌دارد</translation>
    </message>
    <message>
        <source>audio: Fieldnotes holds text only</source>
        <translation>صدا: Fieldnotes تنها متن نگه می‌دارد</translation>
    </message>
    <message>
        <source>video: Fieldnotes holds text only</source>
        <translation>ویدیو: Fieldnotes تنها متن نگه می‌دارد</translation>
    </message>
    <message>
        <source>{what}: Fieldnotes holds text only</source>
        <translation>{what}: Fieldnotes تنها متن نگه می‌دارد</translation>
    </message>
    <message>
        <source>cases are not imported</source>
        <translation>موردها وارد نمی‌شوند</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>بدون هدف</translation>
    </message>
    <message>
        <source>no article in this notebook has the file or URL it annotates</source>
        <translation>هیچ مقاله‌ای در این دفترچه فایل یا نشانی اینترنتی‌ای را که حاشیه‌نویسی به آن اشاره دارد، ندارد</translation>
    </message>
    <message>
        <source>its passage is not in the article&apos;s text</source>
        <translation>قطعهٔ آن در متن مقاله نیست</translation>
    </message>
    <message>
        <source>«{quote}» in {source}</source>
        <translation>«{quote}» در {source}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(بدون شناسه)</translation>
    </message>
    <message>
        <source>(case)</source>
        <translation>(مورد)</translation>
    </message>
    <message>
        <source>is not a readable Word document ({error})</source>
        <translation>سند Word خوانا نیست ({error})</translation>
    </message>
    <message>
        <source>is encrypted (password-protected)</source>
        <translation>رمزگذاری‌شده است (با رمز عبور محافظت می‌شود)</translation>
    </message>
    <message>
        <source>is an old Word (.doc) file, not .docx: save it as .docx and import again</source>
        <translation>فایل قدیمی Word (.doc) است، نه ‎.docx: آن را به شکل ‎.docx ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>is not a Word document</source>
        <translation>سند Word نیست</translation>
    </message>
    <message>
        <source>is not a Word document (the zip is damaged)</source>
        <translation>سند Word نیست (فایل zip آن خراب است)</translation>
    </message>
    <message>
        <source>looks like a zip bomb (it would expand to {size})</source>
        <translation>مانند بمب zip است (باز شدنش به {size} می‌رسید)</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>هیچ متنی ندارد</translation>
    </message>
    <message>
        <source>is not a readable web page</source>
        <translation>صفحهٔ وب خوانا نیست</translation>
    </message>
    <message>
        <source>is damaged or truncated ({error})</source>
        <translation>خراب یا ناقص است ({error})</translation>
    </message>
    <message>
        <source>has no text layer (is it a scanned image?)</source>
        <translation>لایهٔ متن ندارد (آیا تصویر اسکن‌شده است؟)</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>فایل PDF نیست</translation>
    </message>
    <message>
        <source>is damaged or truncated (its end is missing)</source>
        <translation>خراب یا ناقص است (پایان آن موجود نیست)</translation>
    </message>
    <message>
        <source>is not a supported type ({kind}); Fieldnotes reads {supported}</source>
        <translation>از نوع‌های پشتیبانی‌شده نیست ({kind})؛ Fieldnotes این‌ها را می‌خواند: {supported}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>پوشه است، نه فایل</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device)</source>
        <translation>فایل عادی نیست (لوله، سوکت یا دستگاه)</translation>
    </message>
    <message>
        <source>is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>بیش از حد بزرگ است ({size} مگابایت؛ حد آن {limit} مگابایت است)</translation>
    </message>
    <message>
        <source>does not exist (or vanished during the import)</source>
        <translation>وجود ندارد (یا هنگام وارد کردن ناپدید شد)</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>خوانده نمی‌شود (اجازه داده نشد)</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <translation>فایل دودویی به نظر می‌رسد، نه متن</translation>
    </message>
    <message>
        <source>folder cannot be read ({error})</source>
        <translation>پوشه خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>vanished during the import ({error})</source>
        <translation>هنگام وارد کردن ناپدید شد ({error})</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>فایل پنهان</translation>
    </message>
    <message>
        <source>hidden folder</source>
        <translation>پوشهٔ پنهان</translation>
    </message>
    <message>
        <source>an Office lock file, not a document</source>
        <translation>فایل قفل Office است، نه سند</translation>
    </message>
    <message>
        <source>a link that leads nowhere (broken, or a loop)</source>
        <translation>پیوندی که به جایی نمی‌رسد (شکسته یا حلقه‌ای)</translation>
    </message>
    <message>
        <source>a link to a folder (not followed)</source>
        <translation>پیوند به یک پوشه (دنبال نشد)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>فایل عادی نیست (لولهٔ نام‌دار)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>فایل عادی نیست (سوکت)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>فایل عادی نیست (دستگاه)</translation>
    </message>
    <message>
        <source>not a regular file (a special file)</source>
        <translation>فایل عادی نیست (فایل ویژه)</translation>
    </message>
    <message>
        <source>not a regular file (a {kind})</source>
        <translation>فایل عادی نیست ({kind})</translation>
    </message>
    <message>
        <source>unsupported type ({suffix})</source>
        <translation>نوع پشتیبانی‌نشده ({suffix})</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>نوع پشتیبانی‌نشده (بدون پسوند)</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>برای خواندن در حافظه بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>could not be read ({error} in its reader)</source>
        <translation>خوانده نشد ({error} در خوانندهٔ آن)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>پذیرفته نشد</translation>
    </message>
    <message>
        <source>could not understand the query {query}: {error}</source>
        <translation>عبارت جستجوی {query} فهمیده نشد: {error}</translation>
    </message>
    <message>
        <source>{value} is not a parseable date</source>
        <translation>{value} تاریخی نیست که خوانده شود</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>ماه باید از ۱ تا ۱۲ باشد</translation>
    </message>
    <message>
        <source>day is out of range for month</source>
        <translation>این روز در آن ماه نیست</translation>
    </message>
    <message>
        <source>Encrypting the share</source>
        <translation>رمزگذاری اشتراک</translation>
    </message>
    <message>
        <source>Decrypting and merging</source>
        <translation>رمزگشایی و ادغام</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>خواندن {name}</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>ذخیره‌سازی</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (شما)</translation>
    </message>
    <message>
        <source>create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>annotate</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>edit-annotation</source>
        <translation>ویرایش حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>delete-annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>add-event</source>
        <translation>افزودن رویداد</translation>
    </message>
    <message>
        <source>edit-event</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>delete-event</source>
        <translation>حذف رویداد</translation>
    </message>
    <message>
        <source>create-tag</source>
        <translation>ایجاد برچسپ</translation>
    </message>
    <message>
        <source>rename-tag</source>
        <translation>تغییر نام برچسپ</translation>
    </message>
    <message>
        <source>edit-tag</source>
        <translation>ویرایش برچسپ</translation>
    </message>
    <message>
        <source>delete-tag</source>
        <translation>حذف برچسپ</translation>
    </message>
    <message>
        <source>merge-tags</source>
        <translation>ادغام برچسپ‌ها</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>edit-metadata</source>
        <translation>ویرایش فراداده</translation>
    </message>
    <message>
        <source>export</source>
        <translation>صادر کردن</translation>
    </message>
    <message>
        <source>share</source>
        <translation>اشتراک</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>حل تعارض</translation>
    </message>
    <message>
        <source>import-project</source>
        <translation>وارد کردن پروژه</translation>
    </message>
    <message>
        <source>import-annotations</source>
        <translation>وارد کردن حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>rebuild-index</source>
        <translation>بازسازی نمایه</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>to</source>
        <translation>به</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>accepted_unverified</source>
        <translation>پذیرفته بدون تأیید</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>شمار</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>format</source>
        <translation>قالب</translation>
    </message>
</context>
</TS>
