<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_AF">
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Yellow</source>
        <translation>ژېړ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>شین</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبي</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ګلابي</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجي</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Annotate passage</source>
        <translation>پر برخه څنډلیک</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>د روښانولو رنګ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Persecution/Detention, Places/Kunduz (new paths are created)</source>
        <translation>ځورونه/نیول، ځایونه/کندز (نوې لارې جوړېږي)</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;رنګ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادښت:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;نښې:</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>Annotating</source>
        <translation>څنډلیک لیکل</translation>
    </message>
    <message>
        <source>Editing the annotation</source>
        <translation>د څنډلیک سمول</translation>
    </message>
    <message>
        <source>Deleting the annotation</source>
        <translation>د څنډلیک ړنګول</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>څنډلیکونه</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>د دې مقالې څنډلیکونه</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;سمول…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ړنګول</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>څنډلیک سمول</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>څنډلیک ړنګول</translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation>د پېښې شواهد</translation>
    </message>
    <message numerus="yes">
        <source>Annotations (%n)</source>
        <translation>
            <numerusform>څنډلیکونه (%Ln)</numerusform>
            <numerusform>څنډلیکونه (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to Fieldnotes. Your notebook will be kept in one encrypted file:
{path}

Choose a passphrase for it. Nobody can recover it for you if you forget it.</source>
        <translation>فیلډنوټس ته ښه راغلاست. ستاسې کتابچه به په یوه کوډ شوې دوتنه کې وساتل شي:
{path}

د هغې لپاره یو پټنوم وټاکئ. که یې هېر کړئ، هېڅوک یې درته بېرته نشي راګرځولی.</translation>
    </message>
    <message>
        <source>Sample articles</source>
        <translation>د بېلګې مقالې</translation>
    </message>
    <message>
        <source>Import {count} short sample articles (fictional reports in English and Dari, written for Fieldnotes) to try the app with? You can delete them later.</source>
        <translation>{count} لنډې د بېلګې مقالې (په انګلیسي او دري کې جوړ شوي راپورونه، د فیلډنوټس لپاره لیکل شوي) د پروګرام د ازمویلو لپاره وارد شي؟ وروسته یې ړنګولی شئ.</translation>
    </message>
</context>
<context>
    <name>ArticleLanguage</name>
    <message>
        <source>English</source>
        <translation>انګلیسي</translation>
    </message>
    <message>
        <source>Dari/Persian</source>
        <translation>دري/فارسي</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>دري</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ازبکي</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>تاجکي</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسي</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسوي</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الماني</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Add annotation</source>
        <translation>څنډلیک زیاتول</translation>
    </message>
    <message>
        <source>Add event from passage</source>
        <translation>له برخې پېښه زیاتول</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>پېښه زیاتول</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>د نښې رنګ بدلول</translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation>نښه جوړول</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>څنډلیک ړنګول</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>مقاله ړنګول</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>پېښه ړنګول</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>نښه ړنګول</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>پېښه سمول</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>ځانګړنې سمول</translation>
    </message>
    <message>
        <source>Edit tag description</source>
        <translation>د نښې تشریح سمول</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>نښې یوځای کول</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>د نښې نوم بدلول</translation>
    </message>
    <message>
        <source>Restore article</source>
        <translation>مقاله بېرته راوستل</translation>
    </message>
    <message>
        <source>Tag annotation</source>
        <translation>څنډلیک ته نښه ورکول</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>یادښت سمول</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>د روښانولو رنګ بدلول</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>څنډلیک سمول</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>بېرته ګرځول: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>بیا ترسره کول: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بېرته ګرځول</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>بیا ترسره کول</translation>
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
        <translation>برخه</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>No conflicts: every record shows the one version everybody&apos;s edits led to.</source>
        <translation>هېڅ ټکر نشته: هر ریکارډ هغه یوه نسخه ښيي چې د ټولو سمونونو پایله ده.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>یو همکار</translation>
    </message>
    <message>
        <source>Version {number} (shown now)</source>
        <translation>{number} نسخه (اوس ښودل کېږي)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>{number} نسخه</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>پرانیستي ټکرونه</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>نسخې یو تر څنګ</translation>
    </message>
    <message numerus="yes">
        <source>%n versions</source>
        <translation>
            <numerusform>%Ln نسخه</numerusform>
            <numerusform>%Ln نسخې</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited on both sides (found {found}). Fields that differ are highlighted. Keeping one version makes it the record everywhere it is shared; the others stay in its history.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; په دواړو خواوو کې سمول شوی (موندل شوی: {found}). توپیر لرونکي ساحې روښانه شوې دي. د یوې نسخې ساتل هغه په هر ځای کې چې شریک شوی اصلي ریکارډ ګرځوي؛ نورې یې په تاریخچه کې پاتې کېږي.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>همدا وساته</translation>
    </message>
    <message>
        <source>Keep version {number}</source>
        <translation>{number} نسخه ساتل</translation>
    </message>
    <message>
        <source>Keeping a version</source>
        <translation>د یوې نسخې ساتل</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>(age recipient: can receive, cannot be verified)</source>
        <translation>(د age ترلاسه کوونکی: ترلاسه کولی شي، تایید نشي کېدای)</translation>
    </message>
    <message>
        <source>Paste their card (fieldnotes-card:v1:…) or an age recipient (age1…)</source>
        <translation>د هغوی کارت (fieldnotes-card:v1:…) یا د age ترلاسه کوونکی (age1…) دلته ولګوئ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>د ګوتو نښه</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>د age ترلاسه کوونکی</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;لرې کول</translation>
    </message>
    <message>
        <source>What you call them</source>
        <translation>هغه نوم چې تاسې یې پرې یادوئ</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>د اړیکې نوم</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>د اړیکې کارت</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;اړیکه زیاتول</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نوم:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;کارت:</translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation>یو همکار زیاتول</translation>
    </message>
    <message>
        <source>Give a name and paste their card.</source>
        <translation>یو نوم ورکړئ او د هغه کارت ولګوئ.</translation>
    </message>
    <message>
        <source>Added {name} (fingerprint {fingerprint}).</source>
        <translation>{name} زیات شو (د ګوتو نښه {fingerprint}).</translation>
    </message>
    <message>
        <source>Added {name} (receive only).</source>
        <translation>{name} زیات شو (یوازې ترلاسه کول).</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>اړیکه لرې کول</translation>
    </message>
    <message>
        <source>Forget {name}? Shares from them will then show as from an unknown signer, until you add their card again.</source>
        <translation>{name} هېر شي؟ بیا به د هغه شریک شوي فایلونه د یو ناپېژندل شوي لاسلیک کوونکي په نوم ښکاري، تر هغه چې د هغه کارت بیا زیات کړئ.</translation>
    </message>
    <message>
        <source>Removing the contact</source>
        <translation>د اړیکې لرې کول</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} لرې شو.</translation>
    </message>
</context>
<context>
    <name>CustodyLogModel</name>
    <message>
        <source>Time</source>
        <translation>وخت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>څوک</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
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
        <translation>د ساتنې لړۍ ثبت</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;لړۍ کتل</translation>
    </message>
    <message>
        <source>Check that no entry was changed or removed since it was written</source>
        <translation>وګورئ چې هېڅ ثبت له لیکلو وروسته نه دی بدل یا لرې شوی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>د کتنې پرمختګ</translation>
    </message>
    <message>
        <source>{done} of {total} entries</source>
        <translation>{done} له {total} ثبتونو</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was found or changed.</source>
        <translation>کتنه لغوه شوه: هېڅ ونه موندل شول او هېڅ بدلون رانغی.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries are unchanged and in order since they were written.</source>
        <translation>
            <numerusform>روغ: ټول %Ln ثبت له لیکلو راهیسې نه دي بدل شوي او په ترتیب دي.</numerusform>
            <numerusform>روغ: ټول %Ln ثبتونه له لیکلو راهیسې نه دي بدل شوي او په ترتیب دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the log was edited outside Fieldnotes.</source>
        <translation>مات شوی: دا ثبت له فیلډنوټس بهر سمول شوی.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{title} did not work:

{error}</source>
        <translation>{title} ونه شو:

{error}</translation>
    </message>
</context>
<context>
    <name>EventDisplay</name>
    <message>
        <source>not counted ({qualifier})</source>
        <translation>نه دی شمېرل شوی ({qualifier})</translation>
    </message>
    <message>
        <source>“{words}” (not counted)</source>
        <translation>«{words}» (نه دی شمېرل شوی)</translation>
    </message>
    <message>
        <source>{qualifier} “{words}” (not counted)</source>
        <translation>{qualifier} «{words}» (نه دی شمېرل شوی)</translation>
    </message>
    <message>
        <source>{date} (reported)</source>
        <translation>{date} (راپور شوې)</translation>
    </message>
    <message>
        <source>confidence: high</source>
        <translation>ډاډ: لوړ</translation>
    </message>
    <message>
        <source>confidence: medium</source>
        <translation>ډاډ: منځنی</translation>
    </message>
    <message>
        <source>confidence: low — check it</source>
        <translation>ډاډ: ټیټ — وې ګورئ</translation>
    </message>
    <message>
        <source>The sentence gives no date: the article&apos;s date stands in.</source>
        <translation>جمله نېټه نه ورکوي: د لیکنې د خپرېدو نېټه یې ځای نیسي.</translation>
    </message>
    <message>
        <source>The sentence names no place: taken from the text before it.</source>
        <translation>جمله د کوم ځای نوم نه اخلي: ځای یې له مخکیني متن څخه اخیستل شوی.</translation>
    </message>
    <message>
        <source>No province or country found.</source>
        <translation>هېڅ ولایت یا هېواد ونه موندل شو.</translation>
    </message>
    <message>
        <source>How many people is not said.</source>
        <translation>د خلکو شمېر نه دی ویل شوی.</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>An event needs at least one passage as evidence: add a passage before saving.</source>
        <translation>پېښه لږ تر لږه یوې برخې ته د شاهد په توګه اړتیا لري: تر خوندي کولو مخکې یوه برخه زیاته کړئ.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>پېښه سمول</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>نوې پېښه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>کال-میاشت-ورځ، کال-میاشت یا کال (لکه 2024-03-12)</translation>
    </message>
    <message>
        <source>(same as the start)</source>
        <translation>(د پیل په څېر)</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>د نېټې دقت</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>district, town or site</source>
        <translation>ولسوالي، ښار یا ځای</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Count qualifier</source>
        <translation>د شمېر قید</translation>
    </message>
    <message>
        <source>Count in words</source>
        <translation>شمېر په کلمو</translation>
    </message>
    <message>
        <source>The sources give this number only in words. Type a number if you counted one.</source>
        <translation>سرچینې دا شمېر یوازې په کلمو وايي. که مو پخپله شمېرلی وي، عدد یې ولیکئ.</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>د تایید حالت</translation>
    </message>
    <message>
        <source>Persecution/Detention, …</source>
        <translation>ځورونه/نیول، …</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>مرتکب</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>د قربانیانو ډله</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>څومره</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Add passage…</source>
        <translation>برخه زیاتول…</translation>
    </message>
    <message>
        <source>Remove passage</source>
        <translation>برخه لرې کول</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>په مقاله کې ښودل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; — the passages that report this event</source>
        <translation>&lt;b&gt;شواهد&lt;/b&gt; — هغه برخې چې دا پېښه راپوروي</translation>
    </message>
    <message>
        <source>any spelling, or its Dari name</source>
        <translation>هر ډول لیکدود، یا یې دري نوم</translation>
    </message>
    <message>
        <source>The start date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>د پیل نېټه باید کال، کال-میاشت یا کال-میاشت-ورځ وي (لکه 2024، 2024-03 یا 2024-03-12).</translation>
    </message>
    <message>
        <source>The end date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>د پای نېټه باید کال، کال-میاشت یا کال-میاشت-ورځ وي (لکه 2024، 2024-03 یا 2024-03-12).</translation>
    </message>
    <message>
        <source>No province is called “{name}”.</source>
        <translation>داسې ولایت نشته چې «{name}» نومېږي.</translation>
    </message>
</context>
<context>
    <name>EventPassageDialog</name>
    <message>
        <source>Add a passage as evidence</source>
        <translation>یوه برخه د شاهد په توګه زیاتول</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Select the words that report the event.</source>
        <translation>هغه کلمې وټاکئ چې پېښه راپوروي.</translation>
    </message>
    <message>
        <source>Add passage</source>
        <translation>برخه زیاتول</translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>Detention</source>
        <translation>نیول</translation>
    </message>
    <message>
        <source>Killing / execution</source>
        <translation>وژنه / اعدام</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>جبري ورکول</translation>
    </message>
    <message>
        <source>Torture / ill-treatment</source>
        <translation>شکنجه / ناوړه چلند</translation>
    </message>
    <message>
        <source>Deportation / forced return</source>
        <translation>شړل / جبري ستنېدنه</translation>
    </message>
    <message>
        <source>Flight / border crossing</source>
        <translation>تېښته / له پولې اوښتل</translation>
    </message>
    <message>
        <source>Recruitment / trafficking</source>
        <translation>جلبول / قاچاق</translation>
    </message>
    <message>
        <source>Threat / intimidation</source>
        <translation>ګواښ / ډارول</translation>
    </message>
    <message>
        <source>Statement / policy</source>
        <translation>اعلامیه / پالیسي</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>راپور شوی</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>په نورو سرچینو تایید شوی</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>د شخړې وړ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ورځ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>میاشت</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>کال</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>اټکلي</translation>
    </message>
    <message>
        <source>Reported (the article&apos;s date)</source>
        <translation>راپور شوې (د مقالې نېټه)</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>دقیقاً</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>لږ تر لږه</translation>
    </message>
    <message>
        <source>About</source>
        <translation>شاوخوا</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>لږ تر لږه</translation>
    </message>
    <message>
        <source>about</source>
        <translation>شاوخوا</translation>
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
        <translation>واګنر ډله</translation>
    </message>
    <message>
        <source>Iranian authorities</source>
        <translation>ایراني چارواکي</translation>
    </message>
    <message>
        <source>Pakistani authorities</source>
        <translation>پاکستاني چارواکي</translation>
    </message>
    <message>
        <source>unknown gunmen</source>
        <translation>نامعلوم وسله وال</translation>
    </message>
    <message>
        <source>former soldiers</source>
        <translation>پخواني سرتیري</translation>
    </message>
    <message>
        <source>former government officials</source>
        <translation>د پخواني حکومت کارکوونکي</translation>
    </message>
    <message>
        <source>soldiers</source>
        <translation>سرتیري</translation>
    </message>
    <message>
        <source>journalists</source>
        <translation>خبریالان</translation>
    </message>
    <message>
        <source>women</source>
        <translation>ښځې</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>نجونې</translation>
    </message>
    <message>
        <source>children</source>
        <translation>ماشومان</translation>
    </message>
    <message>
        <source>human rights defenders</source>
        <translation>د بشري حقونو مدافعین</translation>
    </message>
    <message>
        <source>refugees and migrants</source>
        <translation>کډوال او مهاجر</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>ملکي وګړي</translation>
    </message>
    <message>
        <source>religious and ethnic minorities</source>
        <translation>مذهبي او قومي لږکي</translation>
    </message>
    <message>
        <source>protesters</source>
        <translation>لاریون کوونکي</translation>
    </message>
</context>
<context>
    <name>EventsDisagreementsView</name>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرته</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>څومره</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>مرتکب</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>د قربانیانو ډله</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>نا همغږۍ</translation>
    </message>
    <message>
        <source>The two reports side by side</source>
        <translation>دوه راپورونه یو تر څنګ</translation>
    </message>
    <message>
        <source>First source</source>
        <translation>لومړۍ سرچینه</translation>
    </message>
    <message>
        <source>Second source</source>
        <translation>دویمه سرچینه</translation>
    </message>
    <message>
        <source>No disagreements: no two sources give different counts or places for one event.</source>
        <translation>نا همغږي نشته: هېڅ دوه سرچینې د یوې پېښې لپاره بېل شمېر یا ځای نه ورکوي.</translation>
    </message>
    <message>
        <source>The sources differ here</source>
        <translation>سرچینې دلته توپیر لري</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>برخه</translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>په مقاله کې د لوستلو لپاره دوه ځله کلیک وکړئ</translation>
    </message>
</context>
<context>
    <name>EventsFilterBar</name>
    <message>
        <source>Own dates</source>
        <translation>د پېښې خپلې نېټې</translation>
    </message>
    <message>
        <source>Reported dates</source>
        <translation>د راپور نېټې</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بې نېټې</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>هر ډول</translation>
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
        <translation>حالت</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر حالت</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هره نښه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>هره سرچینه</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>نېټې</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>هره نېټه</translation>
    </message>
    <message>
        <source>Reported: events the sources do not date, shown on their article&apos;s publication date</source>
        <translation>راپور شوې: هغه پېښې چې سرچینې یې نېټه نه ورکوي، د خپلې مقالې د خپرېدو په نېټه ښودل کېږي</translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation>له کال-میاشت</translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation>تر کال-میاشت</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>ټولې پېښې ښودل</translation>
    </message>
    <message>
        <source>A date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>نېټه د کال، کال-میاشت یا کال-میاشت-ورځ په بڼه، لکه 2024، 2024-03 یا 2024-03-12</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Timeline</source>
        <translation>مهال‌وېش</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایتونه</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>نا همغږۍ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>سمول…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} له %Ln پېښې</numerusform>
            <numerusform>{shown} له %Ln پېښو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln پېښه</numerusform>
            <numerusform>%Ln پېښې</numerusform>
        </translation>
    </message>
    <message>
        <source>Show passage: «{quote}…»</source>
        <translation>برخه ښودل: «{quote}…»</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>پېښې ړنګول</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)? Their passages stay annotated; Undo brings them back.</source>
        <translation>
            <numerusform>%Ln پېښه ړنګه شي؟ برخې یې څنډلیک لرونکې پاتې کېږي؛ بېرته ګرځول یې راګرځوي.</numerusform>
            <numerusform>%Ln پېښې ړنګې شي؟ برخې یې څنډلیک لرونکې پاتې کېږي؛ بېرته ګرځول یې راګرځوي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرته</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>شمېر</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>مرتکب</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>قربانیان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Corroboration: distinct sources behind the evidence</source>
        <translation>تایید: د شواهدو تر شا بېلې سرچینې</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct source(s)</source>
        <translation>
            <numerusform>%Ln بېله سرچینه</numerusform>
            <numerusform>%Ln بېلې سرچینې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n passage(s)</source>
        <translation>
            <numerusform>، %Ln برخه</numerusform>
            <numerusform>، %Ln برخې</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بې نېټې</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>د REFI-QDA پروژې او کوډ کتابونه (*.qdpx *.qdc);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>د W3C وېب څنډلیکونه (*.jsonld *.json);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange with other tools</source>
        <translation>&amp;له نورو وسیلو سره تبادله</translation>
    </message>
    <message>
        <source>Import REFI-QDA project or codebook…</source>
        <translation>د REFI-QDA پروژه یا کوډ کتاب واردول…</translation>
    </message>
    <message>
        <source>Import W3C annotations…</source>
        <translation>د W3C څنډلیکونه واردول…</translation>
    </message>
    <message>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>د REFI-QDA پروژه صادرول (.qdpx)…</translation>
    </message>
    <message>
        <source>Export annotations as W3C (.jsonld)…</source>
        <translation>څنډلیکونه د W3C په بڼه صادرول (.jsonld)…</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>د REFI-QDA یوه پروژه واردول</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>پروژه واردول</translation>
    </message>
    <message>
        <source>Import W3C annotations</source>
        <translation>د W3C څنډلیکونه واردول</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>څنډلیکونه واردول</translation>
    </message>
    <message>
        <source>Export a REFI-QDA project</source>
        <translation>د REFI-QDA یوه پروژه صادرول</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>پروژه صادرول</translation>
    </message>
    <message>
        <source>Export W3C annotations</source>
        <translation>د W3C څنډلیکونه صادرول</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>څنډلیکونه صادرول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} له {total}: {name}</translation>
    </message>
    <message>
        <source>Everything is stored in one step: Cancel now leaves the notebook as it was. Only the final save, a moment long, cannot be stopped.</source>
        <translation>ټول په یوه ګام کې خوندي کېږي: اوس لغوه کتابچه هماغسې پرېږدي لکه څنګه چې وه. یوازې وروستی خوندي کول، چې یوه شېبه نیسي، نه درول کېږي.</translation>
    </message>
    <message>
        <source>Cancel came after the final save: everything listed here was stored.</source>
        <translation>لغوه له وروستي خوندي کولو وروسته راغله: هر څه چې دلته لیکل شوي، خوندي شوي دي.</translation>
    </message>
    <message>
        <source>{title}: finished</source>
        <translation>{title}: بشپړ شو</translation>
    </message>
    <message>
        <source>{title}: cancelled, nothing was changed.</source>
        <translation>{title}: لغوه شو، هېڅ بدلون رانغی.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
            <numerusform>%Ln مقالې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n annotation(s).</source>
        <translation>
            <numerusform>، %Ln څنډلیک.</numerusform>
            <numerusform>، %Ln څنډلیکونه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>څنډلیک</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاروونکی</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>{kind} {label}: stored</source>
        <translation>{kind} {label}: خوندي شو</translation>
    </message>
    <message>
        <source>{kind} {label}: already in the notebook</source>
        <translation>{kind} {label}: له مخکې په کتابچه کې دی</translation>
    </message>
    <message>
        <source>{kind} {label}: skipped</source>
        <translation>{kind} {label}: پرېښودل شو</translation>
    </message>
    <message>
        <source>{line} ({reason})</source>
        <translation>{line} ({reason})</translation>
    </message>
    <message>
        <source>Stored {stored}; {present} already in the notebook; {skipped} skipped.</source>
        <translation>{stored} خوندي شول؛ {present} له مخکې په کتابچه کې وو؛ {skipped} پرېښودل شول.</translation>
    </message>
    <message>
        <source>Records not stored</source>
        <translation>خوندي نه شوي ریکارډونه</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Load .csl file…</source>
        <translation>د ‎.csl دوتنه پورته کول…</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>اوسنی ټاکنه</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Whole notebook</source>
        <translation>ټوله کتابچه</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>د سرچینې له مخې</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>د نېټې له مخې</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>د نښې له مخې</translation>
    </message>
    <message>
        <source>By event</source>
        <translation>د پېښې له مخې</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>ورډ (DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument (ODT)</source>
        <translation>اوپن ډاکومنټ (ODT)</translation>
    </message>
    <message>
        <source>Export cited summary</source>
        <translation>مستند لنډیز صادرول</translation>
    </message>
    <message>
        <source>e.g. &quot;former soldiers&quot; AND Badakhshan</source>
        <translation>د بېلګې په توګه &quot;پخواني سرتېري&quot; AND بدخشان</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;اقتباسونه</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادښتونه</translation>
    </message>
    <message>
        <source>&amp;Events table</source>
        <translation>&amp;د پېښو جدول</translation>
    </message>
    <message>
        <source>Custody &amp;appendix</source>
        <translation>&amp;د ساتنې لړۍ ضمیمه</translation>
    </message>
    <message>
        <source>&amp;Bibliography</source>
        <translation>&amp;ماخذلیک</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;خوندي کول…</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;شامل:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;نښه:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;لټون:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;ترتیب:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;سرلیک:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;بڼه:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;فارمټ:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>ښودل:</translation>
    </message>
    <message>
        <source>Load a CSL style</source>
        <translation>د CSL یوه بڼه پورته کول</translation>
    </message>
    <message>
        <source>CSL styles (*.csl)</source>
        <translation>د CSL بڼې (*.csl)</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>د حوالې بڼه</translation>
    </message>
    <message>
        <source>Choose a tag or type a search.</source>
        <translation>یوه نښه وټاکئ یا لټون ولیکئ.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln توکی</numerusform>
            <numerusform>%Ln توکي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n source(s)</source>
        <translation>
            <numerusform> له %Ln سرچینې</numerusform>
            <numerusform> له %Ln سرچینو</numerusform>
        </translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>لنډیز خوندي کول</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>{files} خوندي شو</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Saving the summary</source>
        <translation>د لنډیز خوندي کول</translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the file is written.</source>
        <translation>خوندي کېږي… کله چې دوتنه ولیکل شي دا کړکۍ بندېږي.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>په دې مقاله کې موندل</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>په مقاله کې موندل</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>مخکینۍ موندنه</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>بله موندنه</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بندول (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>موندنه بندول</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ونه موندل شو</translation>
    </message>
</context>
<context>
    <name>HighlightLegend</name>
    <message>
        <source>Highlight legend</source>
        <translation>د روښانولو لارښود</translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation>د پېښې شواهد</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>بې نښې</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Give this card to colleagues (paste it, or let them scan the code) so they can share with you and check that shares really come from you. It holds only public keys. Compare the fingerprint over the phone or in person when you exchange cards.</source>
        <translation>دا کارت همکارانو ته ورکړئ (ویې لګوئ، یا پرېږدئ چې کوډ سکن کړي) څو تاسې سره شریکول وکړای شي او وګوري چې شریک شوي فایلونه رښتیا له تاسې دي. دا یوازې عامې کلي لري. د کارتونو د تبادلې پر مهال د ګوتو نښه په ټیلیفون یا مخامخ پرتله کړئ.</translation>
    </message>
    <message>
        <source>My identity card</source>
        <translation>زما د هویت کارت</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>پر کارت ستاسې نوم</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نوم بدلول</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>ستاسې کارت</translation>
    </message>
    <message>
        <source>&amp;Copy card</source>
        <translation>&amp;کارت کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نوم:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>د ګوتو نښه:</translation>
    </message>
    <message>
        <source>Your card needs a name.</source>
        <translation>ستاسې کارت یو نوم ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>نوم بدلول</translation>
    </message>
    <message>
        <source>Renamed: give colleagues the new card if they should see the new name.</source>
        <translation>نوم بدل شو: که همکاران باید نوی نوم ووینی، نوی کارت ورکړئ.</translation>
    </message>
    <message>
        <source>Card copied.</source>
        <translation>کارت کاپي شو.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln سرچینه</numerusform>
            <numerusform>%Ln سرچینې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%Ln کوډ</numerusform>
            <numerusform>%Ln کوډونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%Ln څنډلیک</numerusform>
            <numerusform>%Ln څنډلیکونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%Ln بل ریکارډ</numerusform>
            <numerusform>%Ln نور ریکارډونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s) skipped)</source>
        <translation>
            <numerusform> (%Ln ریکارډ پرېښودل شو)</numerusform>
            <numerusform> (%Ln ریکارډونه پرېښودل شول)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here</source>
        <translation>
            <numerusform>؛ %Ln له مخکې دلته و</numerusform>
            <numerusform>؛ %Ln له مخکې دلته وو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) skipped</source>
        <translation>
            <numerusform>؛ %Ln ریکارډ پرېښودل شو</numerusform>
            <numerusform>؛ %Ln ریکارډونه پرېښودل شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (cancelled).</source>
        <translation>
            <numerusform>%Ln مقاله وارده شوه (لغوه شو).</numerusform>
            <numerusform>%Ln مقالې واردې شوې (لغوه شو).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%Ln مقاله وارده شوه.</numerusform>
            <numerusform>%Ln مقالې واردې شوې.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
            <numerusform>%Ln مقالې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REFI-QDA project(s)</source>
        <translation>
            <numerusform>%Ln د REFI-QDA پروژه</numerusform>
            <numerusform>%Ln د REFI-QDA پروژې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%Ln نوې سرچینه</numerusform>
            <numerusform>%Ln نوې سرچینې</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported {imported} file(s); {duplicate} already in the notebook; {skipped} skipped (not an article format or not a document); {error} could not be read.</source>
        <translation>{imported} دوتنې واردې شوې؛ {duplicate} له مخکې په کتابچه کې وې؛ {skipped} پرېښودل شوې (د مقالې بڼه یا سند نه و)؛ {error} ونه لوستل شوې.</translation>
    </message>
    <message>
        <source>The import was cancelled: files after the last completed batch were not imported.</source>
        <translation>واردول لغوه شو: له وروستۍ بشپړې ډلې وروسته دوتنې وارد نه شوې.</translation>
    </message>
    <message>
        <source>{name}: already in the notebook as “{title}”</source>
        <translation>{name}: له مخکې د «{title}» په نوم په کتابچه کې ده</translation>
    </message>
    <message>
        <source>{name}: skipped, {reason}</source>
        <translation>{name}: پرېښودل شوه، {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>د REFI-QDA کوډ کتاب</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>د REFI-QDA پروژه</translation>
    </message>
    <message>
        <source>{what}, already in the notebook</source>
        <translation>{what}، له مخکې په کتابچه کې ده</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{what}: {records} stored</source>
        <translation>{what}: {records} خوندي شول</translation>
    </message>
    <message>
        <source>a REFI-QDA codebook with nothing Fieldnotes keeps</source>
        <translation>د REFI-QDA کوډ کتاب چې Fieldnotes یې هېڅ نه ساتي</translation>
    </message>
    <message>
        <source>a REFI-QDA project with nothing Fieldnotes keeps</source>
        <translation>د REFI-QDA پروژه چې Fieldnotes یې هېڅ نه ساتي</translation>
    </message>
    <message>
        <source>cancelled: nothing of this project was stored (its import was rolled back)</source>
        <translation>لغوه شو: د دې پروژې هېڅ شی خوندي نه شو (واردول یې بېرته وګرځول شول)</translation>
    </message>
    <message>
        <source>Imported {articles} and {projects} ({sources}); cancelled.</source>
        <translation>{articles} او {projects} ({sources}) وارد شول؛ لغوه شو.</translation>
    </message>
    <message>
        <source>Imported {articles} and {projects} ({sources}).</source>
        <translation>{articles} او {projects} ({sources}) وارد شول.</translation>
    </message>
    <message>
        <source>{name}: imported as “{title}”</source>
        <translation>{name}: د «{title}» په نوم وارده شوه</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>واردول بشپړ شو</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>واردول لغوه شو</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>نا وارد شوې دوتنې</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>وارد شوې دوتنې</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>وارد شوې:</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>واردول</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>دوتنې لوستل کېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>واردېږي</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>د واردولو پرمختګ</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>پای ته رسېږي…</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} له {total}: {name}</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>سیسټم (د ډیسکټاپ پیروي)</translation>
    </message>
    <message>
        <source>Persian digits (۱۲۳) in Dari and Pashto</source>
        <translation>فارسي شمېرې (۱۲۳) په دري او پښتو کې</translation>
    </message>
    <message>
        <source>Solar Hijri dates beside the Gregorian (حمل، ثور…)</source>
        <translation>لمریز هجري نېټې د زېږدیز تر څنګ (وری، غویی…)</translation>
    </message>
    <message>
        <source>Language, digits and dates change when Fieldnotes starts again.</source>
        <translation>ژبه، شمېرې او نېټې د فیلډنوټس له بیا پیلېدو سره بدلېږي.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ژبه:</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسنۍ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>د خپرېدو نېټه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>څنډلیکونه</translation>
    </message>
    <message>
        <source>Events backed by its passages</source>
        <translation>هغه پېښې چې د دې برخې یې ملاتړ کوي</translation>
    </message>
    <message>
        <source>Distinct tags</source>
        <translation>بېلې نښې</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>Filter by tag path</source>
        <translation>د نښې د لارې له مخې چاڼ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسنۍ</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>د رسنۍ له مخې چاڼ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>Issued on or after (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>په دې نېټه یا وروسته خپره شوې (کال، کال-میاشت یا کال-میاشت-ورځ، لکه 2024-03)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Issued on or before (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>په دې نېټه یا مخکې خپره شوې (کال، کال-میاشت یا کال-میاشت-ورځ، لکه 2024-03)</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Filter by language code, e.g. en, fa</source>
        <translation>د ژبې د کوډ له مخې چاڼ، لکه en، fa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>چاڼګرونه پاکول</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>چاڼګرونه پاکول</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقالې</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;قلف خلاصول</translation>
    </message>
    <message>
        <source>Open another notebook…</source>
        <translation>بله کتابچه پرانیستل…</translation>
    </message>
    <message>
        <source>No notebook open</source>
        <translation>هېڅ کتابچه پرانیستې نه ده</translation>
    </message>
    <message>
        <source>🔒 {name} is locked</source>
        <translation>🔒 {name} قلف ده</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — Fieldnotes</source>
        <translation>{name} — فیلډنوټس</translation>
    </message>
    <message>
        <source>An import is running; the notebook locks when it ends.</source>
        <translation>واردول روان دي؛ کتابچه د هغه تر پای وروسته قلفېږي.</translation>
    </message>
    <message>
        <source>Fieldnotes notebooks {pattern};;All files (*)</source>
        <translation>د فیلډنوټس کتابچې {pattern};;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>کتابچه پرانیستل</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>نوې کتابچه</translation>
    </message>
    <message>
        <source>Articles {pattern};;All files (*)</source>
        <translation>مقالې {pattern};;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>مقالې واردول</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>د مقالو یوه پوښۍ واردول</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>یو واردول له مخکې روان دی.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بېرته ګرځول</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>بیا ترسره کول</translation>
    </message>
    <message>
        <source>Deleting the article</source>
        <translation>د مقالې ړنګول</translation>
    </message>
    <message>
        <source>Article deleted — Undo (Ctrl+Z) brings it back.</source>
        <translation>مقاله ړنګه شوه — بېرته ګرځول (کنټرول+Z) یې راګرځوي.</translation>
    </message>
    <message>
        <source>Open an article to look for events in it.</source>
        <translation>د پېښو د موندلو لپاره یوه مقاله پرانیزئ.</translation>
    </message>
    <message>
        <source>Open an article to copy its citation.</source>
        <translation>د حوالې د کاپي کولو لپاره یوه مقاله پرانیزئ.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>حواله کاپي شوه</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>حواله کاپي کول</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>کوډ شوې</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>کوډ شوې نه ده</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
            <numerusform>%Ln مقالې</numerusform>
        </translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>واردول روان دي</translation>
    </message>
    <message>
        <source>Cancel the import and quit?</source>
        <translation>واردول لغوه او پروګرام بند شي؟</translation>
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
        <translation>د ورځپاڼې مقاله</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation>د مجلې مقاله</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>علمي مقاله</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>راپور</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>وېب پاڼه</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>د بلاګ لیکنه</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مرکه</translation>
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
        <translation>د کتاب څپرکی</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>حقوقي دوسیه</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>قانون</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«{text}» نېټه نه ده: د کال، کال-میاشت یا کال-میاشت-ورځ په بڼه یې ولیکئ (لکه 2024-03-12)</translation>
    </message>
    <message>
        <source>Citation metadata</source>
        <translation>د حوالې ځانګړنې</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>کال-میاشت-ورځ</translation>
    </message>
    <message>
        <source>One per line: Family, Given — or an organisation&apos;s name</source>
        <translation>په هره کرښه کې یو: کورنی نوم، نوم — یا د یوې ادارې نوم</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;ډول:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;سرلیک:</translation>
    </message>
    <message>
        <source>&amp;Outlet (container-title):</source>
        <translation>&amp;رسنۍ (container-title):</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;لیکوالان:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;د خپرېدو نېټه:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;پته (URL):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ژبه:</translation>
    </message>
    <message>
        <source>Saving the metadata</source>
        <translation>د ځانګړنو خوندي کول</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Without a passphrase the notebook is NOT encrypted: anyone who gets this computer or a copy of the file can read every article, note and tag in it. Use this only for test notebooks or material that is already public.</source>
        <translation>له پټنوم پرته کتابچه کوډ نه کېږي: هر څوک چې دا کمپیوټر یا د دوتنې یوه کاپي ترلاسه کړي، د هغې ټولې مقالې، یادښتونه او نښې لوستلی شي. دا یوازې د ازمېښتي کتابچو یا هغو موادو لپاره وکاروئ چې له مخکې عامه دي.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>No passphrase (the notebook will not be encrypted)</source>
        <translation>بې پټنومه (کتابچه به کوډ نه شي)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;پټنوم:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;بیا:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few random words are best.</source>
        <translation>
            <numerusform>لږ تر لږه %Ln توری وکاروئ؛ څو ناڅاپي کلمې تر ټولو ښې دي.</numerusform>
            <numerusform>لږ تر لږه %Ln توري وکاروئ؛ څو ناڅاپي کلمې تر ټولو ښې دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
</context>
<context>
    <name>NotebookFlow</name>
    <message>
        <source>That passphrase does not unlock this notebook. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>دا پټنوم د دې کتابچې قلف نه خلاصوي. د کیبورډ ژبه او Caps Lock وګورئ، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This notebook&apos;s file or folder cannot be written (read-only media, or not yours to change), so it is open for reading only: reading, searching and exporting work; edits and imports are refused. Copy it somewhere writable to work on it.</source>
        <translation>د دې کتابچې دوتنه یا پوښۍ نه لیکل کېږي (یوازې د لوستلو رسنۍ، یا د بدلون اجازه نه لرئ)، نو یوازې د لوستلو لپاره پرانیستل شوې: لوستل، لټون او صادرول کار کوي؛ سمونونه او واردول نه منل کېږي. د کار لپاره یې داسې ځای ته کاپي کړئ چې لیکل پکې کېږي.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>ناسم پټنوم</translation>
    </message>
    <message>
        <source>Cannot open the notebook</source>
        <translation>کتابچه نه پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>یوازې د لوستلو لپاره پرانیستل شوه</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>نوې کتابچه</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}. It cannot be recovered if you forget it.</source>
        <translation>د {name} لپاره یو پټنوم وټاکئ. که یې هېر کړئ، بېرته نه راګرځي.</translation>
    </message>
    <message>
        <source>Cannot create the notebook</source>
        <translation>کتابچه نه جوړېږي</translation>
    </message>
</context>
<context>
    <name>OriginalDialog</name>
    <message>
        <source>The saved page as plain text (no images, styles or scripts are loaded).</source>
        <translation>خوندي شوې پاڼه د ساده متن په بڼه (هېڅ انځور، بڼه یا سکرېپټ نه پورته کېږي).</translation>
    </message>
    <message>
        <source>The original file, as it was imported.</source>
        <translation>اصلي دوتنه، هماغسې چې وارده شوې وه.</translation>
    </message>
    <message>
        <source>The original is a {kind} file ({size} bytes), kept byte for byte inside the notebook. It is not opened in another program, because that would write an unencrypted copy to disk; this is the text extracted from it at import.</source>
        <translation>اصلي یوه {kind} دوتنه ده ({size} بایټه) چې بایټ په بایټ په کتابچه کې ساتل کېږي. په بل پروګرام کې نه پرانیستل کېږي، ځکه چې دا به پر ډیسک یوه نا کوډ شوې کاپي ولیکي؛ دا هغه متن دی چې د واردولو پر مهال ترې ایستل شوی.</translation>
    </message>
    <message>
        <source>Original — {name}</source>
        <translation>اصلي — {name}</translation>
    </message>
    <message>
        <source>(this matches the hash recorded at import)</source>
        <translation>(دا د واردولو پر مهال ثبت شوي هش سره سمون لري)</translation>
    </message>
    <message>
        <source>(this DOES NOT MATCH the hash recorded at import)</source>
        <translation>(دا د واردولو پر مهال ثبت شوي هش سره سمون نه لري!)</translation>
    </message>
    <message>
        <source>File: {name} ({kind})</source>
        <translation>دوتنه: {name} ({kind})</translation>
    </message>
    <message>
        <source>About the original</source>
        <translation>د اصلي په اړه</translation>
    </message>
    <message>
        <source>Original content</source>
        <translation>اصلي منځپانګه</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock notebook</source>
        <translation>د کتابچې قلف خلاصول</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation>د {name} پټنوم:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>غوره‌توبونه</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقې</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>د بېکارۍ له دقیقو وروسته قلفول</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>سیسټم (د ډیسکټاپ پیروي)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روښانه</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیاره</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>بڼه</translation>
    </message>
    <message>
        <source>&amp;Lock the notebook after:</source>
        <translation>&amp;کتابچه قلفول وروسته له:</translation>
    </message>
    <message>
        <source>Locking closes the notebook and forgets its passphrase until you unlock it.</source>
        <translation>قلفول کتابچه بندوي او پټنوم یې تر بیا خلاصولو هېروي.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;بڼه:</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پرمختګ</translation>
    </message>
    <message>
        <source>{label}… {done} of {total} MB</source>
        <translation>{label}… {done} له {total} مېګابایټه</translation>
    </message>
</context>
<context>
    <name>ProvinceMap</name>
    <message>
        <source>Events by province (tile map)</source>
        <translation>پېښې د ولایت له مخې (خونه‌ییز نقشه)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>پېښې:</translation>
    </message>
    <message>
        <source>Not on the map (no province): {places}</source>
        <translation>په نقشه کې نشته (بې ولایته): {places}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) — click to filter</source>
        <translation>
            <numerusform>%Ln پېښه — د چاڼ لپاره کلیک وکړئ</numerusform>
            <numerusform>%Ln پېښې — د چاڼ لپاره کلیک وکړئ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>پوښۍ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>دوتنه</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ډرایو</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Select Color</source>
        <translation>رنګ ټاکل</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>&amp;بنسټیز رنګونه</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>&amp;خپل رنګونه</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>خپلو رنګونو ته &amp;زیاتول</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>له پردې &amp;رنګ اخیستل</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>د رنګ &amp;ډول:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;ټینګښت:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;روڼتیا:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;سور:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;شین:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;آبي:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>د &amp;الفا چینل:</translation>
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
        <translation>&amp;لټون په:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>د دوتنې &amp;نوم:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>د دوتنو &amp;ډول:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;خوندي کول</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;ټاکل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ړنګول</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;نوې پوښۍ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نوم بدلول</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخکې</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پورتنۍ پوښۍ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نوې پوښۍ جوړول</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>د لړلیک بڼه</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>د جزئیاتو بڼه</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>دوتنې</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>څنګ پټه</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;پټې دوتنې ښودل</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>وښایاست </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نوې پوښۍ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>په بل نوم خوندي کول</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>پوښۍ موندل</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>پوښۍ:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 له مخکې شته.
غواړئ چې ځای یې ونیسئ؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ایا ډاډه یاست چې «%1» ړنګول غواړئ؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
دوتنه ونه موندل شوه.
مهرباني وکړئ د دوتنې نوم وګورئ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
پوښۍ ونه موندل شوه.
مهرباني وکړئ د پوښۍ نوم وګورئ.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>کچه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>د بدلون نېټه</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوټر</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته ګرځول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا ترسره کول</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کول</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لګول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>جزئیات ښودل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>جزئیات پټول...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ټول خوندي کول</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;هو</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;ټولو ته هو</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ټ&amp;ولو ته نه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>له پامه غورځول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تړل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>غورځول</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>پلي کول</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا تنظیمول</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصلي تنظیمات بېرته راوستل</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>کنټرول</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>شفټ</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>آلټ</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>میټا</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>شمېرې</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>بیک‌سپېس</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>ننویستل</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>اسکېپ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ټب</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>سپېس</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>انټر</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>انټر</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>کور</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پای</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>کیڼ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ښی</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>پورته</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ښکته</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>پاڼه پورته</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>پاڼه ښکته</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بېرته ګرځول</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>بیا ترسره کول</translation>
    </message>
    <message>
        <source>New</source>
        <translation>نوی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>مینو</translation>
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
        <translation>کیڼ لور ته ښوییدل</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ښي لور ته ښوییدل</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>د یونیکوډ کنټرولي توری ورننویستل</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته ګرځول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا ترسره کول</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کول</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لګول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>د لینک &amp;پته کاپي کول</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>Card as QR code</source>
        <translation>کارت د QR کوډ په بڼه</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Article details</source>
        <translation>د مقالې ځانګړنې</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>د مقالې متن</translation>
    </message>
    <message>
        <source>Read-only; select a passage to annotate it</source>
        <translation>یوازې د لوستلو؛ د څنډلیک لپاره یوه برخه وټاکئ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>&amp;Annotate selection…</source>
        <translation>&amp;پر ټاکنه څنډلیک…</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;په مقاله کې موندل…</translation>
    </message>
    <message>
        <source>Show &amp;original</source>
        <translation>&amp;اصلي ښودل</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>&amp;ځانګړنې سمول…</translation>
    </message>
    <message>
        <source>New &amp;event from passage…</source>
        <translation>له برخې &amp;نوې پېښه…</translation>
    </message>
    <message>
        <source>Show &amp;highlights</source>
        <translation>&amp;روښانونې ښودل</translation>
    </message>
    <message>
        <source>Show or hide the highlights (Ctrl+Shift+H)</source>
        <translation>روښانونې ښودل یا پټول (کنټرول+شفټ+H)</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>هېڅ مقاله پرانیستې نه ده</translation>
    </message>
    <message>
        <source>Select a passage first, then annotate it.</source>
        <translation>لومړی یوه برخه وټاکئ، بیا پرې څنډلیک ولیکئ.</translation>
    </message>
    <message>
        <source>Select the passage that reports the event first.</source>
        <translation>لومړی هغه برخه وټاکئ چې پېښه راپوروي.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Fieldnotes shares (*.age);;All files (*)</source>
        <translation>د فیلډنوټس شریک شوي فایلونه (*.age);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>This share says it comes from “{sender}” (fingerprint {fingerprint}), but {why}.

Anyone can write any name into a share. Merge it only if you are sure where it came from: compare the fingerprint with the sender, in person or over the phone.

If you accept it, the custody log records that it was merged unverified.</source>
        <translation>دا شریک شوی فایل وايي چې له «{sender}» (د ګوتو نښه {fingerprint}) راغلی، خو {why}.

هر څوک کولی شي هر نوم په شریک شوي فایل کې ولیکي. یوازې هغه مهال یې یوځای کړئ چې ډاډه یاست له کومه راغلی: د ګوتو نښه له لېږونکي سره مخامخ یا په ټیلیفون پرتله کړئ.

که یې ومنئ، د ساتنې لړۍ ثبت لیکي چې بې تاییده یوځای شوی.</translation>
    </message>
    <message>
        <source>that sender is not in your contacts</source>
        <translation>دا لېږونکی ستاسې په اړیکو کې نشته</translation>
    </message>
    <message>
        <source>its signature does not match that sender&apos;s key</source>
        <translation>لاسلیک یې د هغه لېږونکي له کلي سره سمون نه لري</translation>
    </message>
    <message>
        <source>Receive a share</source>
        <translation>شریک شوی فایل ترلاسه کول</translation>
    </message>
    <message>
        <source>Choose the share file you were given</source>
        <translation>هغه شریک شوی فایل وټاکئ چې تاسې ته درکړل شوی</translation>
    </message>
    <message>
        <source>Share file</source>
        <translation>شریک شوی فایل</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;ټاکل…</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>د شریکولو پټنوم</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;ترلاسه کول</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;دوتنه:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;پټنوم:</translation>
    </message>
    <message>
        <source>This file cannot be received: {error}</source>
        <translation>دا دوتنه نه ترلاسه کېږي: {error}</translation>
    </message>
    <message>
        <source>Made for a passphrase: type the one the sender told you.</source>
        <translation>د پټنوم لپاره جوړ شوی: هغه پټنوم ولیکئ چې لېږونکي درته ویلی.</translation>
    </message>
    <message>
        <source>Made for colleagues&apos; keys: your own key opens it if it is for you.</source>
        <translation>د همکارانو د کلیو لپاره جوړ شوی: که ستاسې لپاره وي، ستاسې خپله کلي یې خلاصوي.</translation>
    </message>
    <message>
        <source>Type the share&apos;s passphrase.</source>
        <translation>د شریک شوي فایل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Decrypting and merging…</source>
        <translation>کوډ ماتول او یوځای کول…</translation>
    </message>
    <message>
        <source>Decrypting and checking the share…</source>
        <translation>د شریک شوي فایل کوډ ماتول او کتل…</translation>
    </message>
    <message>
        <source>Nothing was merged: {message}</source>
        <translation>هېڅ یوځای نه شو: {message}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>ترلاسه کول</translation>
    </message>
    <message>
        <source>Nothing was merged:

{message}</source>
        <translation>هېڅ یوځای نه شو:

{message}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>لغوه شو: هېڅ یوځای نه شو.</translation>
    </message>
    <message>
        <source>Refused: {error}.

Nothing was merged; your notebook is unchanged.</source>
        <translation>رد شو: {error}.

هېڅ یوځای نه شو؛ ستاسې کتابچه نه ده بدله شوې.</translation>
    </message>
    <message>
        <source>Share refused</source>
        <translation>شریک شوی فایل رد شو</translation>
    </message>
    <message>
        <source>Not merged: {reason}.</source>
        <translation>یوځای نه شو: {reason}.</translation>
    </message>
    <message>
        <source>Unverified sender</source>
        <translation>نا تایید شوی لېږونکی</translation>
    </message>
    <message>
        <source>none</source>
        <translation>نشته</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>تایید نه شو</translation>
    </message>
    <message>
        <source>Accept as unverified</source>
        <translation>بې تاییده منل</translation>
    </message>
    <message>
        <source>Don&apos;t merge</source>
        <translation>مه یې یوځای کوئ</translation>
    </message>
    <message>
        <source>Not merged: the sender could not be verified. Your notebook is unchanged.</source>
        <translation>یوځای نه شو: لېږونکی تایید نه شو. ستاسې کتابچه نه ده بدله شوې.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%Ln زیات شو</numerusform>
            <numerusform>%Ln زیات شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln تازه شو</numerusform>
            <numerusform>%Ln تازه شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%Ln په ټکر کې</numerusform>
            <numerusform>%Ln په ټکر کې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original files</source>
        <translation>
            <numerusform>%Ln اصلي دوتنه</numerusform>
            <numerusform>%Ln اصلي دوتنې</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>لاسلیک تایید شو</translation>
    </message>
    <message>
        <source>UNVERIFIED: unknown signer, accepted by you</source>
        <translation>نا تایید شوی: ناپېژندل شوی لاسلیک کوونکی، ستاسې له خوا منل شوی</translation>
    </message>
    <message>
        <source>UNVERIFIED: bad signature, accepted by you</source>
        <translation>نا تایید شوی: ناسم لاسلیک، ستاسې له خوا منل شوی</translation>
    </message>
    <message>
        <source>Received from {sender} ({fingerprint}), {signature}: {counts}.</source>
        <translation>له {sender} ({fingerprint}) ترلاسه شو، {signature}: {counts}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>هېڅ نوی شی نشته</translation>
    </message>
    <message>
        <source>Some records were edited on both sides: see Conflicts to choose which version to keep.</source>
        <translation>ځینې ریکارډونه په دواړو خواوو کې سمول شوي: د ساتلو وړ نسخې د ټاکلو لپاره ټکرونه وګورئ.</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <source>Change passphrase</source>
        <translation>پټنوم بدلول</translation>
    </message>
    <message>
        <source>The notebook is closed, copied under the new passphrase, checked, and opened again.</source>
        <translation>کتابچه بندېږي، د نوي پټنوم لاندې کاپي او کتل کېږي، او بیا پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>Re-encrypting the notebook…</source>
        <translation>کتابچه بیا کوډ کېږي…</translation>
    </message>
    <message>
        <source>The old passphrase still works.</source>
        <translation>پخوانی پټنوم لا هم کار کوي.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the notebook ({key}): words, &quot;phrases&quot;, tag:…, date:[2024 TO 2025]</source>
        <translation>په کتابچه کې لټون ({key}): کلمې، &quot;عبارتونه&quot;، tag:…، date:[2024 TO 2025]</translation>
    </message>
    <message>
        <source>Search the notebook</source>
        <translation>په کتابچه کې لټون</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>د لټون حالت</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%Ln سمه مقاله</numerusform>
            <numerusform>%Ln سمې مقالې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (best %n shown)</source>
        <translation>
            <numerusform> (%Ln غوره ښودل شوه)</numerusform>
            <numerusform> (%Ln غوره ښودل شوې)</numerusform>
        </translation>
    </message>
    <message>
        <source> — did you mean {suggestion}?</source>
        <translation> — ستاسې مطلب {suggestion} و؟</translation>
    </message>
    <message>
        <source>check its quotes, brackets and field names (tag:…, date:2024-05)</source>
        <translation>د هغې د نقل قول نښې، قوسونه او د ساحو نومونه وګورئ (tag:…، date:2024-05)</translation>
    </message>
    <message>
        <source>The search could not understand this query: {reason}</source>
        <translation>لټون دا پوښتنه ونه پوهېده: {reason}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Fieldnotes shares (*.age);;All files (*)</source>
        <translation>د فیلډنوټس شریک شوي فایلونه (*.age);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شریکول</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>څه شریک شي</translation>
    </message>
    <message>
        <source>The whole notebook</source>
        <translation>ټوله کتابچه</translation>
    </message>
    <message>
        <source>What carries a tag</source>
        <translation>هغه څه چې نښه لري</translation>
    </message>
    <message>
        <source>The articles a search finds</source>
        <translation>هغه مقالې چې لټون یې مومي</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>e.g. &quot;former soldiers&quot; AND Badakhshan</source>
        <translation>د بېلګې په توګه &quot;پخواني سرتېري&quot; AND بدخشان</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>To &amp;colleagues (encrypted to their keys; they see it is from you)</source>
        <translation>&amp;همکارانو ته (د هغوی په کلیو کوډ شوی؛ ویني چې له تاسې دی)</translation>
    </message>
    <message>
        <source>To a &amp;passphrase (tell it to them another way)</source>
        <translation>په یو &amp;پټنوم (په بله لاره یې ورته ووایاست)</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>همکاران</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>د شریکولو پټنوم</translation>
    </message>
    <message>
        <source>Repeat share passphrase</source>
        <translation>د شریکولو پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;شریکول…</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;شریکول:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;نښه:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;لټون:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پټنوم:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>بیا:</translation>
    </message>
    <message>
        <source>No contacts yet: add colleagues&apos; cards under Share ▸ Contacts…</source>
        <translation>لا اړیکې نشته: د همکارانو کارتونه له شریکول ◂ اړیکې… زیات کړئ</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>د چا لپاره</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln پېښه</numerusform>
            <numerusform>%Ln پېښې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln برخه</numerusform>
            <numerusform>%Ln برخې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
            <numerusform>%Ln مقالې</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection: {parts}</source>
        <translation>ټاکنه: {parts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>یوه نښه وټاکئ.</translation>
    </message>
    <message>
        <source>Type a search.</source>
        <translation>یو لټون ولیکئ.</translation>
    </message>
    <message>
        <source>Tick the colleagues to share with.</source>
        <translation>هغه همکاران په نښه کړئ چې ورسره شریکول غواړئ.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>پټنوم لږ تر لږه %Ln توري ته اړتیا لري.</numerusform>
            <numerusform>پټنوم لږ تر لږه %Ln تورو ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>شریک شوی فایل په دې نوم خوندي کول</translation>
    </message>
    <message>
        <source>Writing the share…</source>
        <translation>شریک شوی فایل لیکل کېږي…</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>یو پټنوم</translation>
    </message>
    <message>
        <source>Wrote {name} for {whom}: {records} and {originals}. Its SHA-256 ({sha}…) is in the custody log.</source>
        <translation>{name} د {whom} لپاره ولیکل شو: {records} او {originals}. د هغه SHA-256 ({sha}…) د ساتنې لړۍ په ثبت کې دی.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln ریکارډ</numerusform>
            <numerusform>%Ln ریکارډونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s)</source>
        <translation>
            <numerusform>%Ln اصلي دوتنه</numerusform>
            <numerusform>%Ln اصلي دوتنې</numerusform>
        </translation>
    </message>
    <message>
        <source>The share was not written: {message}</source>
        <translation>شریک شوی فایل ونه لیکل شو: {message}</translation>
    </message>
    <message>
        <source>The share was not written:

{message}</source>
        <translation>شریک شوی فایل ونه لیکل شو:

{message}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>لغوه شو: هېڅ دوتنه ونه لیکل شوه.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>د کیبورډ لنډلارې</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>د کړنې، کیلي یا مېنو له مخې چاڼ</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>لنډلارې چاڼول</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>کړنې او د هغوی لنډلارې</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>لنډلار</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>مېنو</translation>
    </message>
    <message>
        <source>(window-wide)</source>
        <translation>(په ټوله کړکۍ کې)</translation>
    </message>
    <message>
        <source>Menus open with Alt and the underlined letter; Tab moves between panes.</source>
        <translation>مېنوګانې په Alt او د کرښې لاندې توري خلاصېږي؛ Tab د برخو ترمنځ ځي.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مرسته</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;د کیبورډ لنډلارې…</translation>
    </message>
    <message>
        <source>List every action and its keyboard shortcut</source>
        <translation>د هرې کړنې او د هغې د کیبورډ لنډلارې لړلیک</translation>
    </message>
</context>
<context>
    <name>SolarMonth</name>
    <message>
        <source>Hamal</source>
        <translation>وری</translation>
    </message>
    <message>
        <source>Sawr</source>
        <translation>غویی</translation>
    </message>
    <message>
        <source>Jawza</source>
        <translation>غبرګولی</translation>
    </message>
    <message>
        <source>Saratan</source>
        <translation>چنګاښ</translation>
    </message>
    <message>
        <source>Asad</source>
        <translation>زمری</translation>
    </message>
    <message>
        <source>Sunbula</source>
        <translation>وږی</translation>
    </message>
    <message>
        <source>Mizan</source>
        <translation>تله</translation>
    </message>
    <message>
        <source>Aqrab</source>
        <translation>لړم</translation>
    </message>
    <message>
        <source>Qaws</source>
        <translation>لیندۍ</translation>
    </message>
    <message>
        <source>Jadi</source>
        <translation>مرغومی</translation>
    </message>
    <message>
        <source>Dalw</source>
        <translation>سلواغه</translation>
    </message>
    <message>
        <source>Hut</source>
        <translation>کب</translation>
    </message>
</context>
<context>
    <name>SuggestBatchDialog</name>
    <message>
        <source>Suggest events in many articles</source>
        <translation>په ډېرو مقالو کې د پېښو وړاندیز</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>ټولې مقالې</translation>
    </message>
    <message>
        <source>The articles this search finds:</source>
        <translation>هغه مقالې چې دا لټون یې مومي:</translation>
    </message>
    <message>
        <source>e.g. detained AND Takhar</source>
        <translation>د بېلګې په توګه ونیول AND تخار</translation>
    </message>
    <message>
        <source>Look for events</source>
        <translation>پېښې لټول</translation>
    </message>
    <message>
        <source>Suggested events by article</source>
        <translation>د مقالې له مخې وړاندیز شوې پېښې</translation>
    </message>
    <message>
        <source>Suggestions are only recorded when you tick them and press Accept.</source>
        <translation>وړاندیزونه یوازې هغه وخت ثبتېږي چې په نښه یې کړئ او «منل» ووهئ.</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation>په نښه شوي منل</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>ټول په نښه کول</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>له ټولو نښه لرې کول</translation>
    </message>
    <message>
        <source>Tick high-confidence</source>
        <translation>هغه په نښه کول چې ډاډ یې لوړ دی</translation>
    </message>
    <message>
        <source>Tick those whose sentence gives a date and a place or count of its own</source>
        <translation>هغه په نښه کول چې جمله یې خپله نېټه او ځای یا شمېر ورکوي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Type a search, or choose all articles.</source>
        <translation>یو لټون ولیکئ، یا ټولې مقالې وټاکئ.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>مقالې لوستل کېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Suggesting events</source>
        <translation>د پېښو وړاندیز کېږي</translation>
    </message>
    <message>
        <source>Could not suggest events: {message}</source>
        <translation>د پېښو وړاندیز ونه شو: {message}</translation>
    </message>
    <message>
        <source>Looking for events: article {done} of {total}</source>
        <translation>د پېښو لټون: {done} مقاله له {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%Ln وړاندیز</numerusform>
            <numerusform>%Ln وړاندیزونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> په %Ln مقاله کې</numerusform>
            <numerusform> په %Ln مقالو کې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already recorded, not shown</source>
        <translation>
            <numerusform>؛ %Ln له مخکې ثبت شوی، نه ښودل کېږي</numerusform>
            <numerusform>؛ %Ln له مخکې ثبت شوي، نه ښودل کېږي</numerusform>
        </translation>
    </message>
    <message>
        <source>. Stopped before the end (Cancel).</source>
        <translation>. تر پای مخکې ودرول شو (لغوه).</translation>
    </message>
    <message>
        <source>. Tick those to record, then Accept.</source>
        <translation>. د ثبتولو وړ په نښه کړئ، بیا «منل» ووهئ.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s)…</source>
        <translation>
            <numerusform>%Ln پېښه ثبت شوه…</numerusform>
            <numerusform>%Ln پېښې ثبت شوې…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s); Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>%Ln پېښه ثبت شوه؛ سمون ◂ بېرته ګرځول یې بېرته اخلي.</numerusform>
            <numerusform>%Ln پېښې ثبت شوې؛ سمون ◂ بېرته ګرځول هره یوه بېرته اخلي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Choose an article to see the events it reports.</source>
        <translation>یوه مقاله وټاکئ څو هغه پېښې ووینئ چې راپوروي یې.</translation>
    </message>
    <message>
        <source>Suggested events</source>
        <translation>وړاندیز شوې پېښې</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>منل</translation>
    </message>
    <message>
        <source>Record this event</source>
        <translation>دا پېښه ثبتول</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>سمول…</translation>
    </message>
    <message>
        <source>Correct it, then record it</source>
        <translation>سمه یې کړئ، بیا یې ثبت کړئ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ردول</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>ټول منل</translation>
    </message>
    <message>
        <source>In all articles…</source>
        <translation>په ټولو مقالو کې…</translation>
    </message>
    <message>
        <source>Suggest events in all articles, or a search&apos;s</source>
        <translation>په ټولو مقالو، یا د یو لټون په پایلو کې د پېښو وړاندیز</translation>
    </message>
    <message>
        <source>Hide low-confidence</source>
        <translation>ټیټ ډاډ لرونکي پټول</translation>
    </message>
    <message>
        <source>Hide suggestions whose sentence gives neither a date nor a place of its own</source>
        <translation>هغه وړاندیزونه پټول چې جمله یې نه نېټه ورکوي او نه ځای</translation>
    </message>
    <message>
        <source>Looking for events in “{title}”…</source>
        <translation>په «{title}» کې د پېښو لټون…</translation>
    </message>
    <message>
        <source>Could not suggest events: {message}</source>
        <translation>د پېښو وړاندیز ونه شو: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible event(s): accept, edit or dismiss each.</source>
        <translation>
            <numerusform>%Ln احتمالي پېښه: هره یوه ومنئ، سمه یې کړئ یا یې رد کړئ.</numerusform>
            <numerusform>%Ln احتمالي پېښې: هره یوه ومنئ، سمه یې کړئ یا یې رد کړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events found in this text.</source>
        <translation>په دې متن کې پېښه ونه موندل شوه.</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>New tag</source>
        <translation>نوې نښه</translation>
    </message>
    <message>
        <source>Tag path (use / for levels, e.g. Persecution/Detention):</source>
        <translation>د نښې لار (د کچو لپاره / وکاروئ، لکه ځورونه/نیول):</translation>
    </message>
    <message>
        <source>Creating the tag</source>
        <translation>د نښې جوړول</translation>
    </message>
    <message>
        <source>New path for “{path}” (tags below it move too):</source>
        <translation>د «{path}» لپاره نوې لار (لاندې نښې یې هم ځي):</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>د نښې نوم بدلول</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>د نښې نوم بدلول</translation>
    </message>
    <message>
        <source>Moving the tag</source>
        <translation>د نښې لېږدول</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(پورته کچه)</translation>
    </message>
    <message>
        <source>Move “{path}” below:</source>
        <translation>«{path}» دې لاندې یوسئ:</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>نښه لېږدول</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>نښې یوځای کول</translation>
    </message>
    <message>
        <source>Merge “{path}” into (its annotations move there):</source>
        <translation>«{path}» په دې کې یوځای کړئ (څنډلیکونه یې هلته ځي):</translation>
    </message>
    <message>
        <source>Merging the tags</source>
        <translation>د نښو یوځای کول</translation>
    </message>
    <message>
        <source>Colour of {path}</source>
        <translation>د {path} رنګ</translation>
    </message>
    <message>
        <source>Changing the colour</source>
        <translation>د رنګ بدلول</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>د نښې ړنګول</translation>
    </message>
</context>
<context>
    <name>TagTreePanel</name>
    <message>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>کارونې</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>نوې نښه…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>نوم بدلول…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>لېږدول…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>یوځای کول په…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>رنګ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Jan</source>
        <translation>جنوري</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبروري</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>اپرېل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مۍ</translation>
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
        <translation>اګست</translation>
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
        <translation>بې ځایه</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Group the timeline by</source>
        <translation>د مهال‌وېش ډلبندي د</translation>
    </message>
    <message>
        <source>Undated events</source>
        <translation>بې نېټې پېښې</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>ډلبندي د</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>لرې کول (کنټرول+څرخ)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>نژدې کول (کنټرول+څرخ)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>برابرول</translation>
    </message>
    <message>
        <source>Show every dated event</source>
        <translation>ټولې نېټه‌لرونکې پېښې ښودل</translation>
    </message>
    <message>
        <source>Click a mark to select its event; click a lane&apos;s name for all of them.</source>
        <translation>د پېښې د ټاکلو لپاره پر نښه کلیک وکړئ؛ د یوې لیکې د ټولو لپاره یې پر نوم کلیک وکړئ.</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>بې نېټې (%Ln)</numerusform>
            <numerusform>بې نېټې (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>No undated events</source>
        <translation>بې نېټې پېښه نشته</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>day</source>
        <translation>ورځ</translation>
    </message>
    <message>
        <source>reported: the article&apos;s date</source>
        <translation>راپور شوې: د مقالې نېټه</translation>
    </message>
    <message>
        <source>month or range</source>
        <translation>میاشت یا موده</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>اټکلي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>د پېښو مهال‌وېش</translation>
    </message>
    <message>
        <source>No dated events to show</source>
        <translation>د ښودلو لپاره نېټه‌لرونکې پېښه نشته</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… او %Ln نوره</numerusform>
            <numerusform>… او %Ln نورې</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New notebook…</source>
        <translation>&amp;نوې کتابچه…</translation>
    </message>
    <message>
        <source>&amp;Open notebook…</source>
        <translation>&amp;کتابچه پرانیستل…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;دوتنې واردول…</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>مقالې واردول</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;پوښۍ واردول…</translation>
    </message>
    <message>
        <source>Import &amp;sample articles</source>
        <translation>د &amp;بېلګې مقالې واردول</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;اوس قلفول</translation>
    </message>
    <message>
        <source>Lock the notebook</source>
        <translation>کتابچه قلفول</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;پټنوم بدلول…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;غوره‌توبونه…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;وتل</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته ګرځول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا ترسره کول</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ړنګول</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>ټاکنه ړنګول</translation>
    </message>
    <message>
        <source>&amp;Search notebook</source>
        <translation>&amp;په کتابچه کې لټون</translation>
    </message>
    <message>
        <source>Show &amp;library</source>
        <translation>&amp;کتابتون ښودل</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>&amp;پېښې ښودل</translation>
    </message>
    <message>
        <source>&amp;Suggest events in article</source>
        <translation>&amp;په مقاله کې د پېښو وړاندیز</translation>
    </message>
    <message>
        <source>&amp;Export cited summary…</source>
        <translation>&amp;مستند لنډیز صادرول…</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;حواله کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;شریکول…</translation>
    </message>
    <message>
        <source>Share the notebook or a selection</source>
        <translation>کتابچه یا یوه ټاکنه شریکول</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;ترلاسه کول…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s share file</source>
        <translation>د یو همکار شریک شوی فایل یوځای کول</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;اړیکې…</translation>
    </message>
    <message>
        <source>My &amp;identity card…</source>
        <translation>زما د &amp;هویت کارت…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;وروستي پرانیستل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;دوتنه</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;سمون</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;مقاله</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;لید</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;شریکول</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلي</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Library</source>
        <translation>کتابتون</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ټکرونه</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>د ساتنې لړۍ ثبت</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>برخې</translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation>یادښتونه او نښې</translation>
    </message>
    <message>
        <source>Suggested events</source>
        <translation>وړاندیز شوې پېښې</translation>
    </message>
    <message>
        <source>Article side panels</source>
        <translation>د مقالې څنګ تختې</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>کتابچه</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقالې</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{notebook}: the notebook is read-only (the file or its folder cannot be written, or it is on read-only media): this command would change it, so nothing was done; copy it somewhere writable to work on it</source>
        <translation>{notebook}: کتابچه یوازې د لوستلو ده (دوتنه یا د هغې پوښۍ نه لیکل کېږي، یا په داسې رسنۍ ده چې یوازې لوستل کېږي): دا امر به یې بدلوله، نو هېڅ ونه شول؛ د کار لپاره یې داسې ځای ته کاپي کړئ چې لیکل پکې کېږي</translation>
    </message>
    <message>
        <source>{notebook}: the disk is full: what was under way was not stored and the notebook is intact; free some space and try again</source>
        <translation>{notebook}: ډیسک ډک دی: هغه کار چې روان و خوندي نه شو او کتابچه روغه ده؛ یو څه ځای خالي کړئ او بیا هڅه وکړئ</translation>
    </message>
    <message>
        <source>{notebook}: could not write to the disk ({error}): what was under way was not stored and the notebook is intact; check that the disk has free space and is still connected, then try again</source>
        <translation>{notebook}: پر ډیسک لیکل ونه شول ({error}): هغه کار چې روان و خوندي نه شو او کتابچه روغه ده؛ وګورئ چې ډیسک خالي ځای لري او لا نښلول شوی دی، بیا هڅه وکړئ</translation>
    </message>
    <message>
        <source>{path}: the disk is full ({error}): what was under way was not stored and the notebook is intact; free some space and try again</source>
        <translation>{path}: ډیسک ډک دی ({error}): هغه کار چې روان و خوندي نه شو او کتابچه روغه ده؛ یو څه ځای خالي کړئ او بیا هڅه وکړئ</translation>
    </message>
    <message>
        <source>{path}: is on read-only media ({error}); nothing was changed</source>
        <translation>{path}: په داسې رسنۍ ده چې یوازې لوستل کېږي ({error})؛ هېڅ بدلون رانغی</translation>
    </message>
    <message>
        <source>entry {seq} is missing (next is {next})</source>
        <translation>ثبت {seq} نشته (بل یې {next} دی)</translation>
    </message>
    <message>
        <source>entry {seq} does not follow the entry before it</source>
        <translation>ثبت {seq} له مخکیني ثبت وروسته نه راځي</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>ثبت {seq} له لیکلو وروسته بدل شوی دی</translation>
    </message>
    <message>
        <source>Checking the custody log</source>
        <translation>د ساتنې لړۍ ثبت کتل کېږي</translation>
    </message>
    <message>
        <source>{path}: no notebook here (create one with `fieldnotes new`)</source>
        <translation>{path}: دلته کتابچه نشته (یوه یې د `fieldnotes new` سره جوړه کړئ)</translation>
    </message>
    <message>
        <source>{path}: a file already exists there</source>
        <translation>{path}: هلته له مخکې یوه دوتنه شته</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook (file too short)</source>
        <translation>{path}: د Fieldnotes کتابچه نه ده (دوتنه ډېره لنډه ده)</translation>
    </message>
    <message>
        <source>{path}: this notebook is encrypted; a passphrase is needed</source>
        <translation>{path}: دا کتابچه کوډ شوې ده؛ پټنوم ته اړتیا ده</translation>
    </message>
    <message>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: نه لوستل کېږي (اجازه نشته)</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook ({error})</source>
        <translation>{path}: د Fieldnotes کتابچه نه ده ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error})</source>
        <translation>{path}: نه خلاصېږي ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be opened read-only: its last changes are still in {name}-wal, which SQLite cannot read here; copy both files somewhere writable</source>
        <translation>{path}: یوازې د لوستلو لپاره نه خلاصېږي: وروستي بدلونونه یې لا په {name}-wal کې دي چې SQLite یې دلته نه شي لوستلی؛ دواړه دوتنې داسې ځای ته کاپي کړئ چې لیکل پکې کېږي</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or not a Fieldnotes notebook</source>
        <translation>{path}: پټنوم ناسم دی، یا دا د Fieldnotes کتابچه نه ده</translation>
    </message>
    <message>
        <source>{path}: is open in another Fieldnotes{process}; close it there first</source>
        <translation>{path}: په بل Fieldnotes{process} کې خلاصه ده؛ لومړی یې هلته وتړئ</translation>
    </message>
    <message>
        <source>this notebook was written by a newer Fieldnotes (schema {current} &gt; {latest}); update Fieldnotes to open it</source>
        <translation>دا کتابچه د Fieldnotes په نوې نسخې لیکل شوې ده (سکیما {current} &gt; {latest})؛ د خلاصولو لپاره Fieldnotes تازه کړئ</translation>
    </message>
    <message>
        <source>{path}: not a Fieldnotes notebook</source>
        <translation>{path}: د Fieldnotes کتابچه نه ده</translation>
    </message>
    <message>
        <source>{path}: the re-encrypted copy failed its check ({result}); the notebook was not changed</source>
        <translation>{path}: بیا کوډ شوې کاپي له ازمویلو بریالۍ نه شوه ({result})؛ کتابچه بدله نه شوه</translation>
    </message>
    <message>
        <source>{path}: could not change the passphrase: {error}</source>
        <translation>{path}: پټنوم بدل نه شو: {error}</translation>
    </message>
    <message>
        <source>count must be a whole number ≥ 0 (not {count})</source>
        <translation>شمېر باید یو بشپړ عدد ≥ ۰ وي (نه {count})</translation>
    </message>
    <message>
        <source>the end date {end} is before the start date {start}</source>
        <translation>د پای نېټه {end} د پیل له نېټې {start} مخکې ده</translation>
    </message>
    <message>
        <source>no event {id}</source>
        <translation>پېښه {id} نشته</translation>
    </message>
    <message>
        <source>an event needs at least one passage as evidence (select a passage first)</source>
        <translation>پېښه لږ تر لږه یوې برخې ته د شواهدو په توګه اړتیا لري (لومړی یوه برخه وټاکئ)</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>{field} باید له {allowed} څخه یو وي (نه {value})</translation>
    </message>
    <message>
        <source>events have no field {fields}</source>
        <translation>پېښې د {fields} ډګر نه لري</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>نښه نوم ته اړتیا لري</translation>
    </message>
    <message>
        <source>no tag {id}</source>
        <translation>نښه {id} نشته</translation>
    </message>
    <message>
        <source>there is already a tag {path}</source>
        <translation>نښه {path} له مخکې شته</translation>
    </message>
    <message>
        <source>there is already a tag {path}: merge the tags instead</source>
        <translation>نښه {path} له مخکې شته: پر ځای یې نښې یوځای کړئ</translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself</source>
        <translation>نښه له ځان سره نه یوځای کېږي</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>مقاله سرلیک ته اړتیا لري</translation>
    </message>
    <message>
        <source>no deleted article {id}</source>
        <translation>ړنګه شوې مقاله {id} نشته</translation>
    </message>
    <message>
        <source>no article {id}</source>
        <translation>مقاله {id} نشته</translation>
    </message>
    <message>
        <source>no original for article {id}</source>
        <translation>مقاله {id} اصلي دوتنه نه لري</translation>
    </message>
    <message>
        <source>no annotation {id}</source>
        <translation>څنډلیک {id} نشته</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>اړیکه نوم ته اړتیا لري</translation>
    </message>
    <message>
        <source>there is already a contact called {name}</source>
        <translation>د {name} په نوم اړیکه له مخکې شته</translation>
    </message>
    <message>
        <source>no contact called {name} (see `fieldnotes contacts list`)</source>
        <translation>د {name} په نوم اړیکه نشته (`fieldnotes contacts list` وګورئ)</translation>
    </message>
    <message>
        <source>not an age-encrypted share file</source>
        <translation>د age په کوډ شوی شریک شوی فایل نه دی</translation>
    </message>
    <message>
        <source>the share file is incomplete (truncated?)</source>
        <translation>شریک شوی فایل نیمګړی دی (پرې شوی؟)</translation>
    </message>
    <message>
        <source>not a Fieldnotes share (unknown content)</source>
        <translation>د Fieldnotes شریک شوی فایل نه دی (نامعلوم منځپانګه)</translation>
    </message>
    <message>
        <source>the share&apos;s content is out of order (damaged?)</source>
        <translation>د شریک شوي فایل منځپانګه ګډوډه ده (زیانمن شوی؟)</translation>
    </message>
    <message>
        <source>a record in the share is too large</source>
        <translation>په شریک شوي فایل کې یو ریکارډ ډېر لوی دی</translation>
    </message>
    <message>
        <source>an original&apos;s frame is damaged</source>
        <translation>د یوې اصلي دوتنې چوکاټ زیانمن دی</translation>
    </message>
    <message>
        <source>a frame in the share claims more bytes than the file holds (damaged?)</source>
        <translation>په شریک شوي فایل کې یو چوکاټ له دوتنې ډېر بایټونه ادعا کوي (زیانمن شوی؟)</translation>
    </message>
    <message>
        <source>a record in the share is damaged</source>
        <translation>په شریک شوي فایل کې یو ریکارډ زیانمن دی</translation>
    </message>
    <message>
        <source>the share&apos;s content does not match its signed hash</source>
        <translation>د شریک شوي فایل منځپانګه له لاسلیک شوي هش سره سمون نه خوري</translation>
    </message>
    <message>
        <source>the share&apos;s signature frame is damaged</source>
        <translation>د شریک شوي فایل د لاسلیک چوکاټ زیانمن دی</translation>
    </message>
    <message>
        <source>unexpected data after the signature</source>
        <translation>له لاسلیک وروسته ناڅاپي معلومات</translation>
    </message>
    <message>
        <source>not a Fieldnotes card (fieldnotes-card:v1:…) nor an age recipient (age1…)</source>
        <translation>نه د Fieldnotes کارت دی (fieldnotes-card:v1:…) او نه د age ترلاسه کوونکی (age1…)</translation>
    </message>
    <message>
        <source>the card is damaged (was it copied completely?)</source>
        <translation>کارت زیانمن دی (ایا بشپړ کاپي شوی و؟)</translation>
    </message>
    <message>
        <source>not a valid age recipient: {start}…</source>
        <translation>د age سم ترلاسه کوونکی نه دی: {start}…</translation>
    </message>
    <message>
        <source>the card&apos;s signing key is damaged</source>
        <translation>د کارت د لاسلیک کلي زیانمنه ده</translation>
    </message>
    <message>
        <source>revision {revision} is missing from this notebook</source>
        <translation>نسخه {revision} په دې کتابچه کې نشته</translation>
    </message>
    <message>
        <source>{table} {id}: a revision&apos;s parent {revision} is missing</source>
        <translation>{table} {id}: د یوې نسخې مور نسخه {revision} نشته</translation>
    </message>
    <message>
        <source>a record in the share is malformed ({table})</source>
        <translation>په شریک شوي فایل کې یو ریکارډ بې بڼې دی ({table})</translation>
    </message>
    <message>
        <source>a revision in the share belongs to another record</source>
        <translation>په شریک شوي فایل کې یوه نسخه د بل ریکارډ ده</translation>
    </message>
    <message>
        <source>revision {revision} of {table} {id} does not match its hash</source>
        <translation>د {table} {id} نسخه {revision} له خپل هش سره سمون نه خوري</translation>
    </message>
    <message>
        <source>a record in the share is malformed</source>
        <translation>په شریک شوي فایل کې یو ریکارډ بې بڼې دی</translation>
    </message>
    <message>
        <source>a revision in the share is malformed</source>
        <translation>په شریک شوي فایل کې یوه نسخه بې بڼې ده</translation>
    </message>
    <message>
        <source>no open conflict {id}</source>
        <translation>خلاص ټکر {id} نشته</translation>
    </message>
    <message>
        <source>{version} is not one of the conflict&apos;s versions</source>
        <translation>{version} د دې ټکر له نسخو څخه نه ده</translation>
    </message>
    <message>
        <source>article {id}: its text is missing from the share or damaged</source>
        <translation>مقاله {id}: متن یې په شریک شوي فایل کې نشته یا زیانمن دی</translation>
    </message>
    <message>
        <source>this share was made by a newer Fieldnotes: update to receive it</source>
        <translation>دا شریک شوی فایل د Fieldnotes په نوې نسخې جوړ شوی: د ترلاسه کولو لپاره تازه کړئ</translation>
    </message>
    <message>
        <source>the share&apos;s signature does not match its sender {sender}</source>
        <translation>د شریک شوي فایل لاسلیک له لېږونکي {sender} سره سمون نه خوري</translation>
    </message>
    <message>
        <source>the share does not say who sent it</source>
        <translation>شریک شوی فایل نه وايي چې چا لېږلی دی</translation>
    </message>
    <message>
        <source>the share is signed by {name} ({fingerprint}), who is not in your contacts: add their card with `contacts add`, or accept it unverified</source>
        <translation>شریک شوی فایل {name} ({fingerprint}) لاسلیک کړی چې ستاسې په اړیکو کې نشته: د هغه کارت د `contacts add` سره زیات کړئ، یا یې نا تایید شوی ومنئ</translation>
    </message>
    <message>
        <source>original {original} in the share cannot be stored ({error})</source>
        <translation>په شریک شوي فایل کې اصلي دوتنه {original} نه خوندي کېږي ({error})</translation>
    </message>
    <message>
        <source>original {original} in the share does not match its SHA-256</source>
        <translation>په شریک شوي فایل کې اصلي دوتنه {original} له خپل SHA-256 سره سمون نه خوري</translation>
    </message>
    <message>
        <source>a record in the share does not fit this notebook ({error})</source>
        <translation>په شریک شوي فایل کې یو ریکارډ له دې کتابچې سره نه برابرېږي ({error})</translation>
    </message>
    <message>
        <source>a record in the share does not fit this notebook (a value it cannot store)</source>
        <translation>په شریک شوي فایل کې یو ریکارډ له دې کتابچې سره نه برابرېږي (داسې ارزښت لري چې نه خوندي کېږي)</translation>
    </message>
    <message>
        <source>the share was stopped</source>
        <translation>شریکول ودرول شول</translation>
    </message>
    <message>
        <source>the hash thread was closed</source>
        <translation>د هش حسابولو تار وتړل شو</translation>
    </message>
    <message>
        <source>share to contacts or to a passphrase (one of the two)</source>
        <translation>له اړیکو سره یا په پټنوم شریک کړئ (له دې دوو یو)</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: give it to receive the share</source>
        <translation>{name} په پټنوم ساتل شوی: د ترلاسه کولو لپاره یې ورکړئ</translation>
    </message>
    <message>
        <source>{name} cannot be for this notebook: it has no identity yet</source>
        <translation>{name} د دې کتابچې لپاره نه شي کېدای: دا کتابچه لا هویت نه لري</translation>
    </message>
    <message>
        <source>cannot decrypt the share: it is damaged or truncated, or the passphrase is wrong</source>
        <translation>شریک شوی فایل نه شي پرانیستل کېدای: زیانمن یا پرې شوی دی، یا پټنوم ناسم دی</translation>
    </message>
    <message>
        <source>cannot decrypt the share: it is damaged or truncated, or it is not addressed to you</source>
        <translation>شریک شوی فایل نه شي پرانیستل کېدای: زیانمن یا پرې شوی دی، یا تاسې ته نه دی لېږل شوی</translation>
    </message>
    <message>
        <source>{format}: unknown citation format ({formats})</source>
        <translation>{format}: د حوالې نامعلومه بڼه ({formats})</translation>
    </message>
    <message>
        <source>{order}: unknown order ({orders})</source>
        <translation>{order}: نامعلوم ترتیب ({orders})</translation>
    </message>
    <message>
        <source>{path}: not a CSL style (root element is {tag})</source>
        <translation>{path}: د CSL بڼه نه ده (رېښه یې {tag} ده)</translation>
    </message>
    <message>
        <source>{name}: no such CSL style</source>
        <translation>{name}: داسې CSL بڼه نشته</translation>
    </message>
    <message>
        <source>{path}: its parent style {parent} is not available offline</source>
        <translation>{path}: د هغې مور بڼه {parent} له انټرنټ پرته نشته</translation>
    </message>
    <message>
        <source>{path}: file not found</source>
        <translation>{path}: دوتنه ونه موندل شوه</translation>
    </message>
    <message>
        <source>{path}: not a readable CSL style ({error})</source>
        <translation>{path}: د لوستلو وړ CSL بڼه نه ده ({error})</translation>
    </message>
    <message>
        <source>a source&apos;s text is not UTF-8</source>
        <translation>د یوې سرچینې متن UTF-8 نه دی</translation>
    </message>
    <message>
        <source>{where}: {member} is not in the archive</source>
        <translation>{where}: {member} په آرشیف کې نشته</translation>
    </message>
    <message>
        <source>{where}: a text source without PlainTextContent or plainTextPath</source>
        <translation>{where}: متني سرچینه پرته له PlainTextContent یا plainTextPath</translation>
    </message>
    <message>
        <source>{where}: a source&apos;s text is in a file outside this codebook</source>
        <translation>{where}: د یوې سرچینې متن د دې کوډ کتاب بهر په یوه دوتنه کې دی</translation>
    </message>
    <message>
        <source>{where}: selection {start}–{end} is outside its source&apos;s text ({length} characters)</source>
        <translation>{where}: ټاکنه {start}–{end} د خپلې سرچینې له متن بهر ده ({length} توري)</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA project (its root is {root})</source>
        <translation>{name}: د REFI-QDA پروژه نه ده (رېښه یې {root} ده)</translation>
    </message>
    <message>
        <source>{where}: the path {member} points outside the archive</source>
        <translation>{where}: لار {member} د آرشیف بهر ته ګوته نیسي</translation>
    </message>
    <message>
        <source>{where}: a selection without numeric positions</source>
        <translation>{where}: ټاکنه پرته له شمېري ځایونو</translation>
    </message>
    <message>
        <source>{where}: a coding refers to a code that does not exist ({code})</source>
        <translation>{where}: یو کوډول داسې کوډ ته اشاره کوي چې نشته ({code})</translation>
    </message>
    <message>
        <source>{where}: a coding refers to a code that does not exist</source>
        <translation>{where}: یو کوډول داسې کوډ ته اشاره کوي چې نشته</translation>
    </message>
    <message>
        <source>{name}: no project.qde in the archive</source>
        <translation>{name}: په آرشیف کې project.qde نشته</translation>
    </message>
    <message>
        <source>{where}: XML with a DOCTYPE or entities is refused</source>
        <translation>{where}: هغه XML چې DOCTYPE یا entity لري نه منل کېږي</translation>
    </message>
    <message>
        <source>{where}: XML with a DOCTYPE is refused</source>
        <translation>{where}: هغه XML چې DOCTYPE لري نه منل کېږي</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MiB</source>
        <translation>{name}: له {limit} MiB لوی</translation>
    </message>
    <message>
        <source>{name}: more than {limit} members</source>
        <translation>{name}: له {limit} غړو ډېر</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({error})</source>
        <translation>{where}: سم جوړ شوی XML نه دی ({error})</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA project (not a zip archive)</source>
        <translation>{name}: د REFI-QDA پروژه نه ده (zip آرشیف نه دی)</translation>
    </message>
    <message>
        <source>{name}: a member has an unsafe path ({member})</source>
        <translation>{name}: یو غړی ناخوندي لار لري ({member})</translation>
    </message>
    <message>
        <source>{name}: cannot read {member} ({error})</source>
        <translation>{name}: {member} نه لوستل کېږي ({error})</translation>
    </message>
    <message>
        <source>{name}: {member} decompresses past {limit} MiB</source>
        <translation>{name}: {member} له خلاصولو وروسته له {limit} MiB لویېږي</translation>
    </message>
    <message>
        <source>{path}: no W3C annotations in it</source>
        <translation>{path}: په کې هېڅ W3C څنډلیک نشته</translation>
    </message>
    <message>
        <source>{path}: not JSON ({error})</source>
        <translation>{path}: JSON نه دی ({error})</translation>
    </message>
    <message>
        <source>{path}: nested more than {depth} levels deep, not W3C annotations</source>
        <translation>{path}: له {depth} کچو ډېر ننوتی دی، W3C څنډلیکونه نه دي</translation>
    </message>
    <message>
        <source>target {target} is a whole document, not a passage</source>
        <translation>هدف {target} بشپړ سند دی، نه یوه برخه</translation>
    </message>
    <message>
        <source>a target without a text quote or position</source>
        <translation>هدف پرته له متني اقتباس یا ځای</translation>
    </message>
    <message>
        <source>{selectors} ignored</source>
        <translation>{selectors} له پامه وغورځول شو</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>بې متنه</translation>
    </message>
    <message>
        <source>the same text as another source</source>
        <translation>د بلې سرچینې هماغه متن</translation>
    </message>
    <message>
        <source>an empty selection or one not found</source>
        <translation>خالي یا ناموندل شوې ټاکنه</translation>
    </message>
    <message>
        <source>not attached to a passage</source>
        <translation>له هېڅ برخې سره نښتې نه ده</translation>
    </message>
    <message>
        <source>named by a passage, not in the project</source>
        <translation>یوې برخې یې نوم اخیستی، خو په پروژه کې نشته</translation>
    </message>
    <message>
        <source>named in the custody log entry of the import</source>
        <translation>د دې واردولو د ساتنې لړۍ ثبت په لیکنه کې یې نوم راغلی</translation>
    </message>
    <message>
        <source>a coding of the whole source (Fieldnotes codes passages)</source>
        <translation>د ټولې سرچینې کوډ ورکول (Fieldnotes برخې کوډ کوي)</translation>
    </message>
    <message>
        <source>a note on the whole source (Fieldnotes keeps notes on passages)</source>
        <translation>پر ټولې سرچینې یادښت (Fieldnotes یادښتونه پر برخو ساتي)</translation>
    </message>
    <message>
        <source>a picture: Fieldnotes holds text only</source>
        <translation>انځور: Fieldnotes یوازې متن ساتي</translation>
    </message>
    <message>
        <source>a PDF (selections by page area): Fieldnotes holds text only</source>
        <translation>PDF (د پاڼې د سیمې له مخې ټاکنه): Fieldnotes یوازې متن ساتي</translation>
    </message>
    <message>
        <source>audio: Fieldnotes holds text only</source>
        <translation>غږ: Fieldnotes یوازې متن ساتي</translation>
    </message>
    <message>
        <source>video: Fieldnotes holds text only</source>
        <translation>ویډیو: Fieldnotes یوازې متن ساتي</translation>
    </message>
    <message>
        <source>{what}: Fieldnotes holds text only</source>
        <translation>{what}: Fieldnotes یوازې متن ساتي</translation>
    </message>
    <message>
        <source>cases are not imported</source>
        <translation>قضیې نه واردېږي</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>بې موخې</translation>
    </message>
    <message>
        <source>no article in this notebook has the file or URL it annotates</source>
        <translation>په دې کتابچه کې هېڅ مقاله هغه دوتنه یا URL نه لري چې څنډلیک ورته اشاره کوي</translation>
    </message>
    <message>
        <source>its passage is not in the article&apos;s text</source>
        <translation>د هغې برخه د مقالې په متن کې نشته</translation>
    </message>
    <message>
        <source>«{quote}» in {source}</source>
        <translation>«{quote}» په {source} کې</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(بې پېژند)</translation>
    </message>
    <message>
        <source>(case)</source>
        <translation>(قضیه)</translation>
    </message>
    <message>
        <source>is not a readable Word document ({error})</source>
        <translation>د لوستلو وړ Word سند نه دی ({error})</translation>
    </message>
    <message>
        <source>is encrypted (password-protected)</source>
        <translation>کوډ شوی دی (په پټنوم ساتل شوی)</translation>
    </message>
    <message>
        <source>is an old Word (.doc) file, not .docx: save it as .docx and import again</source>
        <translation>زوړ Word (.doc) دوتنه ده، نه ‎.docx: هغه د ‎.docx په بڼه خوندي کړئ او بیا یې وارد کړئ</translation>
    </message>
    <message>
        <source>is not a Word document</source>
        <translation>Word سند نه دی</translation>
    </message>
    <message>
        <source>is not a Word document (the zip is damaged)</source>
        <translation>Word سند نه دی (zip یې خراب دی)</translation>
    </message>
    <message>
        <source>looks like a zip bomb (it would expand to {size})</source>
        <translation>د zip بم ته ورته ده (خلاصېدل به یې {size} ته رسېدل)</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>هېڅ متن نه لري</translation>
    </message>
    <message>
        <source>is not a readable web page</source>
        <translation>د لوستلو وړ وېب پاڼه نه ده</translation>
    </message>
    <message>
        <source>is damaged or truncated ({error})</source>
        <translation>خرابه یا نیمګړې ده ({error})</translation>
    </message>
    <message>
        <source>has no text layer (is it a scanned image?)</source>
        <translation>د متن طبقه نه لري (آیا سکین شوی انځور دی؟)</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>PDF دوتنه نه ده</translation>
    </message>
    <message>
        <source>is damaged or truncated (its end is missing)</source>
        <translation>خرابه یا نیمګړې ده (پای یې نشته)</translation>
    </message>
    <message>
        <source>is not a supported type ({kind}); Fieldnotes reads {supported}</source>
        <translation>د ملاتړ شوي ډول نه ده ({kind})؛ Fieldnotes دا لوستلی شي: {supported}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>پوښۍ ده، نه دوتنه</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device)</source>
        <translation>عادي دوتنه نه ده (نل، ساکټ یا وسیله)</translation>
    </message>
    <message>
        <source>is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>ډېره لویه ده ({size} MB؛ حد یې {limit} MB دی)</translation>
    </message>
    <message>
        <source>does not exist (or vanished during the import)</source>
        <translation>نشته (یا د واردولو پر مهال ورکه شوه)</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>نه لوستل کېږي (اجازه نشته)</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>نه لوستل کېږي ({error})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>تشه ده</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <translation>باینري دوتنې ته ورته ده، نه متن</translation>
    </message>
    <message>
        <source>folder cannot be read ({error})</source>
        <translation>پوښۍ نه لوستل کېږي ({error})</translation>
    </message>
    <message>
        <source>vanished during the import ({error})</source>
        <translation>د واردولو پر مهال ورکه شوه ({error})</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>پټه دوتنه</translation>
    </message>
    <message>
        <source>hidden folder</source>
        <translation>پټه پوښۍ</translation>
    </message>
    <message>
        <source>an Office lock file, not a document</source>
        <translation>د Office قلف دوتنه، نه سند</translation>
    </message>
    <message>
        <source>a link that leads nowhere (broken, or a loop)</source>
        <translation>داسې تړنه چې چېرته نه رسېږي (ماته، یا کړۍ)</translation>
    </message>
    <message>
        <source>a link to a folder (not followed)</source>
        <translation>یوې پوښۍ ته تړنه (تعقیب نه شوه)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>عادي دوتنه نه ده (نومول شوی نل)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>عادي دوتنه نه ده (ساکټ)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>عادي دوتنه نه ده (وسیله)</translation>
    </message>
    <message>
        <source>not a regular file (a special file)</source>
        <translation>عادي دوتنه نه ده (ځانګړې دوتنه)</translation>
    </message>
    <message>
        <source>not a regular file (a {kind})</source>
        <translation>عادي دوتنه نه ده ({kind})</translation>
    </message>
    <message>
        <source>unsupported type ({suffix})</source>
        <translation>نا ملاتړ شوی ډول ({suffix})</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>نا ملاتړ شوی ډول (پرته له تاړي)</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>په حافظه کې د لوستلو لپاره ډېره لویه ده</translation>
    </message>
    <message>
        <source>could not be read ({error} in its reader)</source>
        <translation>ونه لوستل شوه ({error} د هغې په لوستونکي کې)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ونه منل شوه</translation>
    </message>
    <message>
        <source>could not understand the query {query}: {error}</source>
        <translation>د لټون پوښتنه {query} ونه پوهېدل شوه: {error}</translation>
    </message>
    <message>
        <source>{value} is not a parseable date</source>
        <translation>{value} د لوستلو وړ نېټه نه ده</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>میاشت باید له ۱ تر ۱۲ پورې وي</translation>
    </message>
    <message>
        <source>day is out of range for month</source>
        <translation>دا ورځ په هغه میاشت کې نشته</translation>
    </message>
    <message>
        <source>Encrypting the share</source>
        <translation>د شریک شوي فایل کوډول</translation>
    </message>
    <message>
        <source>Decrypting and merging</source>
        <translation>پرانیستل او یوځای کول</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>د {name} لوستل</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>done</source>
        <translation>بشپړ شو</translation>
    </message>
    <message>
        <source>you</source>
        <translation>تاسې</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (تاسې)</translation>
    </message>
    <message>
        <source>create</source>
        <translation>جوړول</translation>
    </message>
    <message>
        <source>import</source>
        <translation>واردول</translation>
    </message>
    <message>
        <source>annotate</source>
        <translation>څنډلیک</translation>
    </message>
    <message>
        <source>edit-annotation</source>
        <translation>څنډلیک سمول</translation>
    </message>
    <message>
        <source>delete-annotation</source>
        <translation>څنډلیک ړنګول</translation>
    </message>
    <message>
        <source>add-event</source>
        <translation>پېښه زیاتول</translation>
    </message>
    <message>
        <source>edit-event</source>
        <translation>پېښه سمول</translation>
    </message>
    <message>
        <source>delete-event</source>
        <translation>پېښه ړنګول</translation>
    </message>
    <message>
        <source>create-tag</source>
        <translation>نښه جوړول</translation>
    </message>
    <message>
        <source>rename-tag</source>
        <translation>د نښې نوم بدلول</translation>
    </message>
    <message>
        <source>edit-tag</source>
        <translation>نښه سمول</translation>
    </message>
    <message>
        <source>delete-tag</source>
        <translation>نښه ړنګول</translation>
    </message>
    <message>
        <source>merge-tags</source>
        <translation>نښې یوځای کول</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>بېرته راوستل</translation>
    </message>
    <message>
        <source>edit-metadata</source>
        <translation>مېټاډېټا سمول</translation>
    </message>
    <message>
        <source>export</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>share</source>
        <translation>شریکول</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>ترلاسه کول</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>د ټکر حل</translation>
    </message>
    <message>
        <source>import-project</source>
        <translation>پروژه واردول</translation>
    </message>
    <message>
        <source>import-annotations</source>
        <translation>څنډلیکونه واردول</translation>
    </message>
    <message>
        <source>rebuild-index</source>
        <translation>لړلیک بیا جوړول</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>بېرته ګرځول</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>بیا ترسره کول</translation>
    </message>
    <message>
        <source>file</source>
        <translation>دوتنه</translation>
    </message>
    <message>
        <source>title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ته</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>لېږونکی</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>لاسلیک</translation>
    </message>
    <message>
        <source>accepted_unverified</source>
        <translation>نا تایید شوی ومنل شو</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>شمېر</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>وساتل شو</translation>
    </message>
    <message>
        <source>format</source>
        <translation>بڼه</translation>
    </message>
</context>
</TS>
