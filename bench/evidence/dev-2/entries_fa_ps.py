"""The hand-written dev-2 key entries for the Dari and Pashto articles."""
# ruff: noqa: E501  (hand-written data: quotes and notes are kept on one line)

from typing import Any

from keyhelpers import article, ev, nev

FA_PS: dict[str, dict[str, Any]] = {}

AQRAB_1404 = ("2025-10-23", "2025-11-21")  # عقرب ۱۴۰۴
QAWS_1404 = ("2025-11-22", "2025-12-21")  # قوس / لیندۍ ۱۴۰۴
SAWR_1404 = ("2025-04-21", "2025-05-21")  # ثور / غویی ۱۴۰۴
HUT_1404 = ("2026-02-20", "2026-03-20")  # حوت / کب ۱۴۰۴

FA_PS["fa01_news_agency_herat.txt"] = article(
    "2025-10-13",
    "fa",
    [
        ev(
            "deportation",
            None,
            "مرزبانان ایران دیروز بیش از سه هزار مهاجر افغان را از",
            country="IR",
            district="اسلام قلعه",
            count=3000,
            qualifier="at least",
            start="2025-10-12",
            case=["deportation-acting-country", "number-words-thousands", "yesterday-fa", "hijri-dateline"],
            note="«بیش از سه هزار» = 3000 at least; deported by Iran: IR, no province. دیروز before ۲۱ میزان ۱۴۰۴ (Mon 2025-10-13) = 2025-10-12.",
        ),
        ev(
            "killing",
            "AF-HER",
            "روز شنبه جسد یک جوان ۲۲ ساله در ولسوالی کهسان پیدا شد",
            district="کهسان",
            count=1,
            start="2025-10-11",
            case=["body-found-fa", "weekday-fa", "town-never-mapped"],
            note="Body with gunshot wounds; کهسان is in Herat (only the dateline says هرات). Saturday before Monday 13 October = 11 October. '۲۲ ساله' is an age, not a count.",
        ),
    ],
    [
        nev(
            "در\nمیان اخراج‌شدگان ۴۵۰ کودک بدون سرپرست", "aggregate-subset", "Part of the 3000 already keyed."
        ),
        nev("شایعاتی نیز درباره تیرباران چند مهاجر", "rumour", "Not confirmed by any independent source."),
        nev("حدود پنج سال پیش نیز ده‌ها مهاجر افغان", "historical-aside", "About five years before (2020)."),
    ],
)

FA_PS["fa02_monthly_report_northeast.md"] = article(
    "2025-11-26",
    "fa",
    [
        ev(
            "detention",
            "AF-BGL",
            "هفت نظامی پیشین در ۱۲ عقرب در دهنه اندراب از خانه‌هایشان بازداشت",
            district="اندراب",
            count=7,
            start="2025-11-03",
            case=["aggregate-before-breakdown", "number-words-fa", "hijri-day-without-year", "dari-district"],
            note="۱۲ عقرب (year from the article, ۱۴۰۴) = 2025-11-03.",
        ),
        ev(
            "detention",
            "AF-BDS",
            "چهار تن در ۱۹ عقرب پس از نماز ظهر از مسجد جامع شهر برده شدند",
            district="فیض‌آباد",
            count=4,
            start="2025-11-10",
            case=["aggregate-before-breakdown", "number-words-fa", "hijri-day-without-year"],
            note="Taken from the mosque; the families say all five are held in the provincial prison (acknowledged): detention. ۱۹ عقرب ۱۴۰۴ = 2025-11-10.",
        ),
        ev(
            "detention",
            "AF-BDS",
            "مرد پنجمی دو روز بعد",
            district="فیض‌آباد",
            count=1,
            start="2025-11-12",
            case=["ordinal-one-more-fa", "two-days-later-fa"],
            note="«مرد پنجمی» is one more man: count 1; two days after 19 عقرب.",
        ),
        ev(
            "disappearance",
            "AF-TAK",
            "در ۲۵ عقرب به فرماندهی امنیه ولسوالی احضار شد، ناپدید",
            district="رستاق",
            count=1,
            start="2025-11-16",
            case=["summoned-then-disappeared-fa", "napadid-variant", "dari-district"],
            note="Summoned, disappeared, custody denied. ۲۵ عقرب ۱۴۰۴ = 2025-11-16.",
        ),
        ev(
            "detention",
            None,
            "گزارش‌هایی از بازداشت و شکنجه خبرنگاران محلی در ولایات بغلان، تخار، بدخشان و",
            start=AQRAB_1404[0],
            end=AQRAB_1404[1],
            precision="range",
            case=["province-list-fa", "hijri-month"],
            note="Four provinces, no incident or count per province: one detention event, province null; the month عقرب ۱۴۰۴.",
        ),
        ev(
            "torture",
            None,
            "بازداشت و شکنجه خبرنگاران محلی",
            start=AQRAB_1404[0],
            end=AQRAB_1404[1],
            precision="range",
            case=["province-list-fa", "hijri-month"],
            note="Same list: one torture event, province null.",
        ),
    ],
    [
        nev(
            "در ماه عقرب دست‌کم دوازده تن از نظامیان پیشین بازداشت شدند",
            "aggregate-before-breakdown",
            "Restates 7 (Andarab) + 4 + 1 (Faizabad); the 'five in Faizabad' is itself 4 + 1.",
        ),
        nev(
            "هر پنج تن در زندان ولایتی نگهداری می‌شوند",
            "restatement",
            "The four and the fifth man, already keyed.",
        ),
        nev("در ولایت سمنگان در این ماه هیچ مورد بازداشت خودسرانه ثبت نشد", "negation", "Negation."),
        nev(
            "ما از مقامات طالبان می‌خواهیم سرنوشت ناپدیدشدگان را روشن کنند",
            "recommendation",
            "A call, not an incident.",
        ),
    ],
)

FA_PS["fa03_saved_page_kabul.html"] = article(
    "2026-01-18",
    "fa",
    [
        ev(
            "detention",
            "AF-KAB",
            "دو جوان هزاره را\nبازداشت کردند",
            district="دشت برچی",
            count=2,
            start="2026-01-15",
            case=["raid-with-arrests", "weekday-night-fa", "html-meta"],
            note="A raid on a house in which two young men were arrested: a detention (the search is how the arrest was made). «شامگاه پنجشنبه» before Sunday 18 January 2026 = 15 January.",
        ),
        ev(
            "threat",
            "AF-KAB",
            "مأموران خانه یک خبرنگار محلی را در ناحیه سیزدهم شهر کابل تلاشی کردند",
            district="ناحیه سیزدهم",
            count=1,
            start="2026-01-17",
            case=["house-search", "two-days-later-fa"],
            note="House search, nobody arrested: threat (event_types: house searches). Two days after Thursday 15 January.",
        ),
        ev(
            "flight",
            "AF-KAB",
            "چند خانواده از همسایگان از ترس بازداشت به ایران فرار کردند",
            district="دشت برچی",
            start="2026-01-18",
            precision="reported",
            case=["flight-abroad", "several-fa", "no-own-date"],
            note="Fled Kabul for Iran: keyed where they fled from. «چند»: count null. No date of its own: reported.",
        ),
    ],
    [
        nev("اما کسی را\nبازداشت نکردند", "negation", "Nobody was arrested during the search."),
        nev(
            "درباره کشته شدن یکی از این دو جوان در بازداشت منتشر شد،\nنادرست بود",
            "false-report",
            "The family confirmed he is alive.",
        ),
        nev(
            "دشت برچی در سال‌های ۱۳۹۷ تا ۱۴۰۰ بارها هدف حملات انتحاری",
            "historical-aside",
            "1397–1400 (2018–2021).",
        ),
        nev(
            "خانواده‌ها از وزارت\nداخله خواسته‌اند محل نگهداری این دو جوان را اعلام کند",
            "appeal",
            "Families' request.",
        ),
    ],
)

FA_PS["fa04_interview_notes_ghor.txt"] = article(
    None,
    "fa",
    [
        ev(
            "disappearance",
            "AF-GHO",
            "در ایست بازرسی سر راه",
            district="چغچران",
            count=1,
            start="2025-04-03",
            case=["checkpoint-not-heard-from-fa", "hijri-full-date", "no-article-date", "dari-district"],
            note="Taken at a checkpoint on the Dawlatyar road, no news since, custody denied. ۱۴ حمل ۱۴۰۴ = 2025-04-03 (Thursday).",
        ),
        ev(
            "torture",
            "AF-GHO",
            "پدرم را به خاطر شکایتش به ولسوالی لت و کوب کردند",
            district="چغچران",
            count=1,
            start="2025-04-06",
            case=["three-days-later-fa"],
            note="«سه روز بعد» from 14 حمل ۱۴۰۴: 2025-04-06.",
        ),
        ev(
            "flight",
            "AF-GHO",
            "در ماه ثور از ترس جان به هرات فرار کردیم",
            start=SAWR_1404[0],
            end=SAWR_1404[1],
            precision="range",
            case=["flight-internal", "hijri-month"],
            note="Fled Ghor for Herat; keyed where they fled from. ثور (year ۱۴۰۴ from the text) = 2025-04-21 … 2025-05-21. Count not stated.",
        ),
    ],
    [
        nev("مردم می‌گویند او را به زندان هرات برده‌اند", "rumour", "Unconfirmed."),
        nev(
            "خواستیم درباره سرنوشت برادرم معلومات جمع کنند",
            "appeal",
            "A request about the disappearance already keyed.",
        ),
    ],
)

FA_PS["fa05_statement_womens_association_balkh.txt"] = article(
    "2025-12-19",
    "fa",
    [
        ev(
            "detention",
            "AF-BAL",
            "دست‌کم ۱۵ زن در شهر مزار شریف",
            district="مزار شریف",
            count=15,
            qualifier="at least",
            start=QAWS_1404[0],
            end="2025-12-19",
            precision="range",
            case=["this-month-fa", "persian-digits", "at-least"],
            note="«ماه جاری» in a statement dated ۲۸ قوس ۱۴۰۴: قوس ۱۴۰۴, from its first day (2025-11-22) to the statement's date.",
        ),
        ev(
            "killing",
            "AF-BAL",
            "به ضرب گلوله کشتند",
            district="چمتال",
            count=1,
            start="2025-12-13",
            case=["weekday-night-fa", "district-province-elsewhere"],
            note="One former police officer. «شنبه شب» before Friday 19 December = Saturday 13 December. Balkh is named in the title and the statement's own place.",
        ),
        ev(
            "statement",
            "AF-BAL",
            "ریاست امر به معروف و نهی از منکر ولایت بلخ با صدور مکتوبی",
            district="مزار شریف",
            start="2025-12-08",
            end="2025-12-14",
            precision="range",
            case=["statement-by-authority", "last-week-fa"],
            note="Provincial order (Balkh). «هفته گذشته» = Mon 8 – Sun 14 December 2025.",
        ),
    ],
    [
        nev("سه تن هنوز در زندان هستند", "restatement", "Three of the fifteen already keyed."),
        nev("بیم آن می‌رود که در هفته‌های آینده زنان بیشتری بازداشت شوند", "hypothetical", "A fear."),
        nev("رویدادهای مشابهی در دهه هفتاد", "historical-aside", "The 1370s (1990s)."),
        nev(
            "ما از مقامات امارت اسلامی می‌خواهیم زنان بازداشت‌شده را فوراً آزاد کنند",
            "recommendation",
            "A call.",
        ),
        nev(
            "انجمن حمایت از زنان بلخ با نگرانی عمیق اعلام می‌کند",
            "ngo-statement",
            "A statement by an NGO, not by an authority.",
        ),
    ],
)

FA_PS["fa06_families_association_appeal.txt"] = article(
    "2026-03-01",
    "fa",
    [],
    [
        nev(
            "از مقامات طالبان می‌خواهد که سرنوشت",
            "appeal",
            "The whole text is an appeal; the cases are in earlier reports.",
        ),
        nev(
            "اعضای انجمن ما از ولایات کابل، پروان، غزنی، میدان وردک و لوگر هستند",
            "province-list-no-event",
            "Where members live.",
        ),
        nev(
            "موضوعاتی چون ناپدیدسازی قهری، بازداشت خودسرانه و شکنجه در زندان‌ها",
            "workshop-topic",
            "Topics of a meeting.",
        ),
        nev("تا کنون هیچ یک از عزیزان ما آزاد نشده", "negation", "Negation."),
        nev("از سال ۱۳۹۹ و حتی پیش از آن", "historical-aside", "1399 (2020) and before."),
        nev("در برابر دفتر سازمان ملل در کابل تحصن خواهیم کرد", "hypothetical", "A conditional plan."),
    ],
)

FA_PS["ps01_radio_bulletin_south.txt"] = article(
    "2025-11-30",
    "ps",
    [
        ev(
            "detention",
            "AF-KAN",
            "د طالبانو استخباراتو درې تنه پخواني سرتېري ونیول",
            district="ارغنداب",
            count=3,
            start="2025-11-29",
            case=["yesterday-ps", "number-words-ps", "pashto-month-dateline"],
            note="«پرون» before Sunday ۹ لیندۍ ۱۴۰۴ (2025-11-30) = 2025-11-29. Held at the district centre (acknowledged).",
        ),
        ev(
            "detention",
            "AF-HEL",
            "په لښکرګاه کې تېره اونۍ څلور ځوانان",
            district="لښکرګاه",
            count=4,
            start="2025-11-17",
            end="2025-11-23",
            precision="range",
            case=["last-week-ps", "number-words-ps", "town-never-mapped"],
            note="«تېره اونۍ» = Mon 17 – Sun 23 November 2025. Lashkar Gah (Helmand, never named).",
        ),
        ev(
            "detention",
            "AF-HEL",
            "سړی د پنجشنبې په ورځ د ښار په بازار کې ونیول شو",
            district="لښکرګاه",
            count=1,
            start="2025-11-27",
            case=["ordinal-one-more-ps", "weekday-ps"],
            note="«پنځم سړی» is one more man: count 1. Thursday before Sunday 30 November = 27 November.",
        ),
        ev(
            "killing",
            "AF-URU",
            "د یو ځوان جسد وموندل شو",
            district="ترینکوټ",
            count=1,
            start="2025-11-29",
            case=["body-found-ps", "weekday-ps", "town-never-mapped"],
            note="Body with gunshot marks near Tarin Kot (Uruzgan, never named). Saturday = 29 November.",
        ),
    ],
    [
        nev("پکې ویل شوي وو چې دوه کسان اعدام شوي،\nسم نه و", "withdrawn-report", "The source withdrew it."),
        nev("ښايي راتلونکې اونۍ د سپین بولدک پوله", "hypothetical", "A possible border closure."),
    ],
)

FA_PS["ps02_local_news_nangarhar.txt"] = article(
    "2025-05-04",
    "ps",
    [
        ev(
            "detention",
            None,
            "د ځوانانو د نیولو او شکنجې راپورونه",
            start=SAWR_1404[0],
            end="2025-05-04",
            precision="range",
            case=["province-list-ps", "this-month-ps"],
            note="Nangarhar, Kunar, Laghman, Nuristan with no incident or count per province: one detention, province null. «پدې میاشت کې» in an article of ۱۴ غویی ۱۴۰۴ = غویی from its first day (2025-04-21) to the article's date.",
        ),
        ev(
            "torture",
            None,
            "لغمان او نورستان ولایتونو څخه د ځوانانو د نیولو او شکنجې",
            start=SAWR_1404[0],
            end="2025-05-04",
            precision="range",
            case=["province-list-ps", "this-month-ps"],
            note="Same list: one torture event, province null.",
        ),
        ev(
            "disappearance",
            "AF-NAN",
            "له هغه وخته یې هیڅ\nدرک نشته",
            district="شېرزاد",
            count=1,
            start="2025-04-21",
            end="2025-04-27",
            precision="range",
            case=["summoned-then-disappeared-ps", "last-week-ps", "district-province-elsewhere"],
            note="Summoned to intelligence, no trace since, custody denied. «تېره اونۍ» before Sunday 4 May 2025 = Mon 21 – Sun 27 April. Sherzad is in Nangarhar (named in the list).",
        ),
        ev(
            "deportation",
            None,
            "پاکستان پرون د تورخم له لارې له دوه زره ډېر افغان کډوال په زور بېرته واستول",
            country="PK",
            district="تورخم",
            count=2000,
            qualifier="at least",
            start="2025-05-03",
            case=["deportation-acting-country", "number-words-thousands-ps", "yesterday-ps"],
            note="«له دوه زره ډېر» = more than 2000: at least 2000; by Pakistan: PK, no province. پرون = 3 May.",
        ),
        ev(
            "flight",
            "AF-NAN",
            "درې ورځې مخکې له خپلې کورنۍ سره پاکستان ته وتښتېده",
            district="جلال آباد",
            start="2025-05-01",
            case=["flight-abroad", "days-ago-ps"],
            note="Fled Jalalabad for Pakistan, keyed where she fled from. «درې ورځې مخکې» counted from the article's date (three days ago): 1 May. She left with her family: count not stated (null).",
        ),
    ],
    [
        nev(
            "شل کاله وړاندې هم په دې سیمه کې ګڼ شمېر ځوانان ورک شوي وو",
            "historical-aside",
            "Twenty years before.",
        ),
        nev("ښايي نور ځوانان هم له سیمې ووځي", "hypothetical", "A possibility."),
    ],
)

FA_PS["ps03_monthly_update_southeast.md"] = article(
    "2025-12-24",
    "ps",
    [
        ev(
            "detention",
            "AF-KHO",
            "د خوست ښار په یوه ودونو تالار کې څلور ځوانان",
            district="خوست ښار",
            count=4,
            start="2025-11-26",
            case=["aggregate-after-breakdown", "hijri-day-without-year-ps", "number-words-ps"],
            note="«د لیندۍ په ۵مه» (year ۱۴۰۴ from the report) = 2025-11-26.",
        ),
        ev(
            "detention",
            "AF-PIA",
            "د زرمت ولسوالۍ درې کروندګر",
            district="زرمت",
            count=3,
            start="2025-12-03",
            case=["aggregate-after-breakdown", "district-province-elsewhere", "hijri-day-without-year-ps"],
            note="«د لیندۍ په ۱۲مه» = 2025-12-03. Zurmat under the heading پکتیا.",
        ),
        ev(
            "recruitment",
            "AF-PKA",
            "لږ تر لږه اووه ماشومان جلب کړي",
            district="برمل",
            count=7,
            qualifier="at least",
            start=QAWS_1404[0],
            end=QAWS_1404[1],
            precision="range",
            case=["recruitment-children", "at-least-ps", "hijri-month"],
            note="Children recruited by armed groups in Barmal (Paktika) during لیندۍ ۱۴۰۴ (2025-11-22 … 2025-12-21). '۱۳ تر ۱۶' are ages.",
        ),
    ],
    [
        nev(
            "ټول ټال، په دې میاشت کې په خوست او پکتیا کې اووه تنه ونیول شول",
            "aggregate-after-breakdown",
            "4 + 3 already keyed.",
        ),
        nev("د وژنې کومه پېښه نه ده ثبت شوې", "negation", "Negation."),
        nev("خطر شته چې نور ځوانان هم", "hypothetical", "A risk."),
        nev("موږ له چارواکو غواړو چې ټول هغه کسان خوشې", "recommendation", "A call."),
    ],
)

FA_PS["ps04_elders_statement_kunar.txt"] = article(
    "2026-04-07",
    "ps",
    [
        ev(
            "killing",
            None,
            "د ایران په زاهدان ښار کې د کب په ۲۰مه درې افغان کډوال اعدام شول",
            country="IR",
            district="زاهدان",
            count=3,
            start="2026-03-11",
            case=["foreign-country", "pashto-month", "hijri-previous-year", "number-words-ps"],
            note="Executions in Iran: IR, no province. ۲۰ کب in an article of ۱۸ وری ۱۴۰۵ lies before it in ۱۴۰۴: 2026-03-11.",
        ),
        ev(
            "deportation",
            None,
            "ایراني پولیسو پنځه سوه افغان کارګران",
            country="IR",
            district="اسلام قلعه",
            count=500,
            start="2026-03-15",
            case=["deportation-acting-country", "number-words-hundreds-ps", "hijri-previous-year"],
            note="Deported by Iran: IR, no province though Islam Qala is named. ۲۴ کب ۱۴۰۴ = 2026-03-15.",
        ),
        ev(
            "detention",
            "AF-KNR",
            "پرون د مرورې ولسوالۍ دوه ښوونکي د طالبانو لخوا ونیول شول",
            district="مرورې",
            count=2,
            start="2026-04-06",
            case=["yesterday-ps", "district-province-elsewhere"],
            note="Marawara, Kunar (named in the title). پرون before Tuesday 7 April 2026 = 6 April.",
        ),
    ],
    [
        nev("اوازې دي چې نور کونړي کډوال هم", "rumour", "Not confirmed."),
        nev(
            "د جسد د راوړلو اجازه نه ده ورکړل شوې",
            "restatement",
            "The body of one of the three executed, already keyed.",
        ),
        nev(
            "په ۱۳۸۷ کال کې هم د کونړ ګڼ شمېر ځوانان په ایران کې اعدام شوي وو",
            "historical-aside",
            "1387 (2008).",
        ),
        nev(
            "موږ له اسلامي امارت څخه غواړو چې د ورکو شویو کسانو برخلیک روښانه کړي",
            "recommendation",
            "A call about the disappeared.",
        ),
        nev(
            "د کونړ د قومي مشرانو شورا اعلامیه",
            "non-authority-statement",
            "Elders' statement, not an authority's.",
        ),
    ],
)
