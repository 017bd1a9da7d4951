"""Arabic abbreviations said in full: a title before a name ("د.", "أ.", "م.", "أ.د."),
said in the feminine before a woman ("وقالت د. سعاد": "الدكتورة"), a match report's
minute ("(د:42)"), "ق.م", "ق.هـ", "ص.ب", "إلخ".
"""

from __future__ import annotations

import functools
import re

from .number_tokens import AR_LETTER, before

__all__ = ["arabic_abbreviations"]


# A title before a name; not a letter of an agency's initials: "(أ.ف.ب)" and "(د.ب.أ)"
# were read "الأستاذف.ب" and "الدكتورب.أ".
_NOT_INITIALS = rf"(?!\s{{0,3}}[{AR_LETTER}]\.)"
# (a title may carry "و", and: "ود. سامي" is "والدكتور سامي")
_IN_WORD = AR_LETTER + "\u0640\u064b-\u065f\u0670"  # letters, tatweel and vowel marks
_AND = rf"(?<![{_IN_WORD}\d.])(?P<and>و?)"
_ABBREVIATIONS = (
    # a citation's "no date" after its publisher, "work cited" and "ibid." before its
    # page ("د.ت" was "الدكتورت", "م.س" "المهندسس"; an editor's initials, "(م.س)", stay)
    (re.compile(r"(?<=[،,][ \t])د\.ت\.?(?=[ \t]*(?:[،,؛;)\]]|$))"), "دون تاريخ"),
    *((re.compile(rf"{_AND}{short}\.?(?=[ \t]*[،,][ \t]*(?:[صج]\.?|الصفحة|الجزء)[ \t]?\d)"),
       rf"\g<and>{said}") for short, said in ((r"م\.س", "مرجع سابق"), (r"م\.ن", "المرجع نفسه"))),
    (re.compile(rf"{_AND}أ\.\s?د\.(?=\s)"), r"\g<and>الأستاذ الدكتور"),
    (re.compile(rf"{_AND}د\.{_NOT_INITIALS}(?=\s{{0,3}}[{AR_LETTER}])"), r"\g<and>الدكتور"),
    (re.compile(rf"{_AND}أ\.{_NOT_INITIALS}(?=\s{{0,3}}[{AR_LETTER}])"), r"\g<and>الأستاذ"),
    (re.compile(rf"(?<![{_IN_WORD}.\d])(?<!\d\s)(?P<and>و?)م\.{_NOT_INITIALS}"
                rf"(?=\s{{0,3}}[{AR_LETTER}])"), r"\g<and>المهندس"),
    # a match report's minute: "سجل (د:42)", "(د: 90+2 من ركلة جزاء)"
    (re.compile(r"(?<=\()[ \t]?د[ \t]?[:：]?[ \t]?(?=\d)"), "الدقيقة "),
    # "القرن 3 ق.م": before the Common Era, after a century as after a year; "53 ق.هـ"
    (re.compile(rf"(?<![{_IN_WORD}])ق\.\s?م(?![{_IN_WORD}])"), "قبل الميلاد"),
    (re.compile(rf"(?<![{_IN_WORD}])ق\.\s?هـ?(?![{_IN_WORD}])"), "قبل الهجرة"),
    # a post-office box, "and so on" (not the start of a vowelled word: "الخَيْلُ" was
    # "إلى آخرهَيْلُ")
    (re.compile(rf"(?<![{_IN_WORD}])ص\.\s?ب\.?(?![{_IN_WORD}])"), "صندوق بريد"),
    (re.compile(rf"(?<![{_IN_WORD}])[إا]لخ(?![{_IN_WORD}])"), "إلى آخره"),
)


# "ود." is "and Dr." only in a list of titled names ("د. أحمد ود. سامي"); alone it may be
# the word "ود" (affection) ending a sentence ("بكل ود. ثم ...")
_TITLE_BEFORE = re.compile(rf"(?:^|[^{AR_LETTER}])(?:[دأم]\.|الدكتور|الأستاذ|المهندس)")


def arabic_abbreviations(text: str) -> str:
    """``text`` (Arabic) with the abbreviations above written out."""
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(functools.partial(_expand, replacement), text)
    return text


def _expand(replacement: str, m: re.Match[str]) -> str:
    if _lone_and(m):
        return m.group()
    said = m.expand(replacement)
    if said.endswith(_TITLES) and _addresses_a_woman(m):
        said = re.sub("(" + "|".join(_TITLES) + ")", r"\1ة", said)  # "الأستاذة الدكتورة"
    # a title glued to its name ("د.محمد" was "الدكتورمحمد", one word to a voice)
    glued = re.match(f"[{AR_LETTER}]", m.string[m.end():m.end() + 1])
    return said + " " if glued and said.endswith((*_TITLES, *(t + "ة" for t in _TITLES))) \
        else said


_TITLES = ("الدكتور", "الأستاذ", "المهندس")
# A woman's title: a verb or a noun of hers just before it ("وقالت د. سعاد", "الباحثة د.
# منى"), or a woman's name right after it ("أ. منى الخطيب": "الأستاذ منى" was said)
_HER_WORD_BEFORE = re.compile(
    rf"(?:^|[^{AR_LETTER}])[وف]?(?:قالت|أكدت|اكدت|أوضحت|اوضحت|أشارت|اشارت|ذكرت|صرحت|أضافت|"
    r"اضافت|كشفت|لفتت|بينت|شددت|اعتبرت|رأت|أفادت|افادت|أعلنت|اعلنت|ترى|تقول|تؤكد|توضح|"
    r"تشير|تضيف|أجابت|ردت|علقت|أردفت|تحدثت|السيدة|الباحثة|الطبيبة|الكاتبة|الوزيرة|"
    r"النائبة|الأستاذة|الاستشارية|الأخصائية|الإعلامية|الناشطة|الفنانة|المديرة|الرئيسة|"
    r"العميدة)[ \t]*$")
# (not a verb with an object, "سألت د. محمد"; not a title after a colon, a quotation's
# first word; not a noun in construct, "مديرة د. حسن")
_HER_NAMES_LIST = """
فاطمة سعاد منى ريم ليلى سارة مريم هدى هند رانيا نادية سلمى زينب عائشة خديجة
نوال سميرة لمياء إيمان حنان سناء رشا دينا لينا ريما هالة غادة نجلاء وفاء ابتسام
سهام فريدة عبلة نهى ندى لبنى رحاب شيماء أسماء جميلة كريمة نبيلة حياة بشرى سلوى
عفاف ماجدة منيرة نورة هيفاء العنود الجوهرة أروى آمنة ميساء ياسمين رنا منال سحر
نسرين لمى تغريد ولاء مها عبير سوسن نجوى هبة بسمة أميرة صفاء إلهام كوثر فدوى
رقية سمية حفصة بثينة ثريا دعاء مروة أسيل ريهام داليا رحمة نوف لطيفة شريفة عزيزة
حليمة حسناء نعمة وداد
"""
_HER_NAMES = frozenset(_HER_NAMES_LIST.split())
_NAME_AFTER = re.compile(rf"[ \t]*([{AR_LETTER}]+)")


def _addresses_a_woman(m: re.Match[str]) -> bool:
    if _HER_WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return True
    name = _NAME_AFTER.match(m.string, m.end())
    # (a man's compound name: "صفاء الدين", "هبة الله", "رحمة الله")
    return name is not None and name.group(1) in _HER_NAMES and \
        not _MANS_COMPOUND.match(m.string, name.end())


_MANS_COMPOUND = re.compile(r"[ \t]+(?:الدين|الله)(?![\u0621-\u064a])")


def _lone_and(m: re.Match[str]) -> bool:
    """"ود." with no titled name in the words before it: the word "ود" (affection)
    may end a sentence; "وأ.د." and "وم." are no words."""
    return "and" in m.re.groupindex and m.group().startswith("ود.") \
        and not _TITLE_BEFORE.search(before(m))
