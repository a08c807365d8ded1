"""Words for a person (English, Dari and Pashto) and ordinals, in the patterns that count people."""

from __future__ import annotations

PERSON = (
    r"man|woman|boy|girl|child|person|individual|civilian|soldier|officer|policeman|policewoman|commander|"
    r"commando|pilot|member|journalist|reporter|activist|official|employee|worker|teacher|student|judge|"
    r"prosecutor|doctor|cleric|mullah|prisoner|detainee|refugee|migrant|resident|villager|farmer|"
    r"driver|shopkeeper|brother|son|father|husband|wife|daughter|sister|relative|cousin|nephew|uncle|"
    r"serviceman|guard|interpreter|translator|defender|protester|leader|elder|singer|athlete|lawyer|"
    r"technician|engineer|mechanic|sergeant|lieutenant|captain|colonel|chief|governor|deputy|agent|"
    r"contractor|trader|businessman|imam|scholar|poet|writer|artist|citizen|deportee|returnee|asylum seeker|"
    r"lecturer|professor|academic|researcher|headmaster|principal|nurse|midwife|surgeon|pharmacist|"
    r"sister-in-law|brother-in-law|son-in-law|daughter-in-law|mother-in-law|father-in-law|niece|aunt|"
    r"grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|fiancée?|widow|widower|"
    r"photographer|cameraman|editor|presenter|broadcaster|blogger|comedian|musician|footballer|"
    r"client|victim|suspect|youth|teenager|widow|mother|grandfather|neighbour|neighbor|"
    r"shepherd|labourer|laborer|porter|vendor|tailor|barber|baker|butcher|cook|security guard|"
    r"ex-soldier|veteran|director|manager|spokesman|spokeswoman|"
    r"volunteer|aid worker|staff member|colleague|friend|boyfriend|fiance|groom|bride"
)
ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)"
)
PERSON_FA = (
    r"مرد|زن|سرباز|نظامی|افسر|پولیس|خبرنگار|خبریال|فعال|عضو|جوان|سرتیری|سرتیري|سرتېری|سرتېري|پوځی|کس|تن|نفر|کارمند|"
    r"معلم|آموزگار|استاد|قاضی|زندانی|مهاجر|کډوال|سړی|ښځه|بندی|تاجر|سوداګر|سوداگر|دکاندار|کاسب|داکتر|ډاکټر|"
    r"ملا|امام|دانشجو|محصل|شاګرد|شاگرد|کارګر|کارگر|راننده|موټروان|بزګر|دهقان|مامور|کارکوونکی|"
    r"ښوونکی|ښوونکي|استاذ|زده کوونکی|ځوان|هلک|نجلۍ|ماشوم|پسر|دختر|کودک|روزنامه نګار|روزنامه نگار|"
    r"زوی|زامن|ورور|وروڼه|لور|لوڼې|شاعر|نویسنده|لیکوال|هنرمند|سندرغاړی|آوازخوان|ورزشکار|وکیل|قاضي|ډاکتر|پرستار|نرس|قابله|"
    r"محقق|پژوهشگر|څېړونکی|مدیر|رئیس|مشر|بزرګ|متنفذ|موسپید|سپین ږیری|دوکاندار|صراف|چوپان|قصاب|همکار|همکاران|"
    r"نوجوان|"
    r"عسکر|سپاهی|منصبدار|ساتونکی|ساتونکي|ژورنالیست|ژورنالست|څارنوال|دادستان|حقوقپوه|مدافع|فعاله|"
    r"مسافر|راننده|ډرایور|دریور|کارګر|ځوانه|پېغله|نجلۍ|میرمن|مېرمن|مولوی|مولوي|روحانی|عالم|پیشنماز|امام مسجد"
)
