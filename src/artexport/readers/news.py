"""News lines shared by the page readers (HTML and raw scrape): dates and date lines,
places and their time zones, bylines, datelines, and page furniture.

Both readers meet the same lines around an article ("2021.06.26 | 14:30 دمشق",
"الرياض: بدر الخريف", "إسطنبول - متابعات", "حجم الخط", "// انتهى //"); the rules to read
them live here once. This is the one module the readers import for them: the furniture
rules (with the reason each line is left out) sit in :mod:`.furniture` and the matching
key :func:`fold` in :mod:`.stopwords`, both re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..model import Block, Paragraph
from ..text.spoken_dates import HIJRI_MONTHS, HIJRI_WRITTEN
from .furniture import (  # page furniture: its own module, re-exported here
    ADVERT,
    CAPTION_LABEL,
    COMMENTS,
    COOKIES,
    COUNTER,
    DISCLAIMER,
    END_MARKER,
    FOOTER,
    MASTHEAD,
    NAVIGATION,
    RELATED,
    SCRIPT,
    WEATHER,
    WIDGET,
    comment_list_heading,
    drop_trailing_disclaimers,
    ends_article,
    ends_page,
    furniture_reason,
    is_disclaimer,
    is_furniture,
    is_relative_time,
    related_heading,
    split_caption_label,
)
from .stopwords import fold, function_word_count

# ---- places and time zones ----------------------------------------------------------

# Datelines name a city; the city gives the time zone of a local "14:30". Keys are
# folded (see fold()); several spellings of one city are listed because scrapes
# write hamza and shadda inconsistently.
_CITY_ZONES_RAW: dict[str, str] = {
    "دمشق": "Asia/Damascus", "حلب": "Asia/Damascus", "حمص": "Asia/Damascus",
    "اللاذقية": "Asia/Damascus", "دير الزور": "Asia/Damascus", "إدلب": "Asia/Damascus",
    "الرقة": "Asia/Damascus", "درعا": "Asia/Damascus", "القامشلي": "Asia/Damascus",
    "بيروت": "Asia/Beirut", "صيدا": "Asia/Beirut",
    "عمّان": "Asia/Amman", "عمان": "Asia/Amman", "إربد": "Asia/Amman", "الزرقاء": "Asia/Amman",
    "القاهرة": "Africa/Cairo", "الإسكندرية": "Africa/Cairo", "الجيزة": "Africa/Cairo",
    "الرياض": "Asia/Riyadh", "جدة": "Asia/Riyadh", "جده": "Asia/Riyadh",
    "مكة": "Asia/Riyadh", "مكة المكرمة": "Asia/Riyadh", "المدينة المنورة": "Asia/Riyadh",
    "الدمام": "Asia/Riyadh", "الطائف": "Asia/Riyadh", "أبها": "Asia/Riyadh",
    "الدوحة": "Asia/Qatar",
    "دبي": "Asia/Dubai", "أبوظبي": "Asia/Dubai", "أبو ظبي": "Asia/Dubai",
    "الشارقة": "Asia/Dubai",
    "بغداد": "Asia/Baghdad", "البصرة": "Asia/Baghdad", "الموصل": "Asia/Baghdad",
    "أربيل": "Asia/Baghdad", "النجف": "Asia/Baghdad", "كربلاء": "Asia/Baghdad",
    "إسطنبول": "Europe/Istanbul", "اسطنبول": "Europe/Istanbul", "أنقرة": "Europe/Istanbul",
    "غازي عنتاب": "Europe/Istanbul",
    "تونس": "Africa/Tunis", "صفاقس": "Africa/Tunis",
    "الرباط": "Africa/Casablanca", "الدار البيضاء": "Africa/Casablanca",
    "مراكش": "Africa/Casablanca", "طنجة": "Africa/Casablanca",
    "الجزائر": "Africa/Algiers", "وهران": "Africa/Algiers",
    "الكويت": "Asia/Kuwait", "مسقط": "Asia/Muscat", "المنامة": "Asia/Bahrain",
    "صنعاء": "Asia/Aden", "عدن": "Asia/Aden", "تعز": "Asia/Aden",
    "الخرطوم": "Africa/Khartoum", "أم درمان": "Africa/Khartoum",
    "طرابلس": "Africa/Tripoli", "بنغازي": "Africa/Tripoli", "مصراتة": "Africa/Tripoli",
    "القدس": "Asia/Jerusalem", "غزة": "Asia/Gaza", "خان يونس": "Asia/Gaza",
    "رفح": "Asia/Gaza", "رام الله": "Asia/Hebron", "نابلس": "Asia/Hebron",
    "الخليل": "Asia/Hebron", "جنين": "Asia/Hebron", "بيت لحم": "Asia/Hebron",
    "نواكشوط": "Africa/Nouakchott", "مقديشو": "Africa/Mogadishu",
    "جيبوتي": "Africa/Djibouti", "طهران": "Asia/Tehran",
    "لندن": "Europe/London", "باريس": "Europe/Paris", "برلين": "Europe/Berlin",
    "موسكو": "Europe/Moscow", "واشنطن": "America/New_York", "نيويورك": "America/New_York",
    "جنيف": "Europe/Zurich", "بروكسل": "Europe/Brussels",
    "Damascus": "Asia/Damascus", "Beirut": "Asia/Beirut", "Amman": "Asia/Amman",
    "Cairo": "Africa/Cairo", "Riyadh": "Asia/Riyadh", "Jeddah": "Asia/Riyadh",
    "Doha": "Asia/Qatar", "Dubai": "Asia/Dubai", "Abu Dhabi": "Asia/Dubai",
    "Baghdad": "Asia/Baghdad", "Istanbul": "Europe/Istanbul", "Tunis": "Africa/Tunis",
    "Rabat": "Africa/Casablanca", "Algiers": "Africa/Algiers", "Kuwait": "Asia/Kuwait",
    "Muscat": "Asia/Muscat", "Manama": "Asia/Bahrain", "Sanaa": "Asia/Aden",
    "Khartoum": "Africa/Khartoum", "Tripoli": "Africa/Tripoli", "Jerusalem": "Asia/Jerusalem",
    "Gaza": "Asia/Gaza", "Ramallah": "Asia/Hebron", "London": "Europe/London",
    "Washington": "America/New_York", "New York": "America/New_York",
}
CITY_ZONES: dict[str, str] = {fold(k): v for k, v in _CITY_ZONES_RAW.items()}
_MAX_CITY_WORDS = max(len(k.split()) for k in CITY_ZONES)


def zone_for_place(text: str) -> str | None:
    """The IANA zone of the first known city named in ``text`` (``None`` if none)."""
    words = re.findall(r"[^\s،,:|()\[\]/–—-]+", fold(text))
    for i in range(len(words)):
        for n in range(_MAX_CITY_WORDS, 0, -1):
            key = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and key in CITY_ZONES:
                return CITY_ZONES[key]
            # "بدمشق", "وبيروت": a one-letter proclitic on a city name
            if n == 1 and len(key) > 3 and key[0] in "بول" and key[1:] in CITY_ZONES:
                return CITY_ZONES[key[1:]]
    return None


def is_city(text: str) -> bool:
    return fold(text) in CITY_ZONES


# ---- dates --------------------------------------------------------------------------

_MONTHS_RAW: dict[str, int] = {
    # Egypt, the Gulf, most of the press
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Tunisia and Algeria
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "اوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTHS: dict[str, int] = {fold(k): v for k, v in _MONTHS_RAW.items()}
# Longest names first, so "كانون الثاني" wins over a shorter prefix.
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})(?![^\W\d_])\.?"
_MONTH_DAY_FIRST = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?!\d)")


def opens_with_month_day(text: str) -> bool:
    """A line that starts with a month's name and a day ("June 9 – Tampa, FL @ ...")."""
    return bool(_MONTH_DAY_FIRST.match(fold(text)))


_YMD = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")
# "26 يونيو 2021", "28 آب/اغسطس 2013", "24 July 2015"
_D_MONTH_Y = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?P<m>{_MONTH})(?:\s*/\s*{_MONTH})?\s*[،,]?\s*(\d{{4}})(?!\d)")
# "July 24, 2015"
_MONTH_D_Y = re.compile(rf"\b(?P<m>{_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])"
                   r"(?:\s*(ص|صباحا|م(?!\S)|مساء|مساءً|[ap]\.?m\.?)(?![^\s.]))?", re.I)
_OFFSET = re.compile(r"\b(?:GMT|UTC|غرينتش)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
MECCA_TIME = re.compile(r"(?:\bت\s*\.?\s*م\b|بتوقيت مكة)")
_UPDATED = re.compile(r"(آخر تحديث|اخر تحديث|تم التحديث|تحديث|آخر تعديل|updated|modified)",
                      re.I)
_HIJRI_MARK = re.compile(r"^\s*(?:هـ|ه\b|AH\b)")


@dataclass(frozen=True)
class FoundDate:
    """A date (and maybe a time, a zone or an offset) found in a line of text."""

    day: date
    hour: int | None = None
    minute: int | None = None
    offset: str | None = None   # "+04:00", from "(GMT+0400)"
    zone: str | None = None     # IANA zone, from a city or "ت م"
    updated: bool = False       # the line gives the time of the last update

    def iso(self) -> str:
        """ISO 8601 text for the loader: a date, or a local date-time, with the offset
        when the line gave one (the zone, if any, goes to ``meta["timezone"]``)."""
        if self.hour is None or self.minute is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.hour:02d}:{self.minute:02d}{self.offset or ''}"


def _valid_day(y: int, m: int, d: int) -> date | None:
    if not 1900 <= y <= 2100:
        return None  # a Hijri year (1436) or a number that is not a year
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> FoundDate | None:
    """The first Gregorian date in ``text``, with its time, offset and zone if given.

    Accepts ``2021.06.26``, ``2021-06-26``, ``26/06/2021``, ``26 يونيو 2021``,
    ``10 اغسطس 2015``, ``28 آب/اغسطس 2013``, ``24 July 2015``, ``July 24, 2015`` and
    Eastern Arabic digits. A Hijri date ("25 شوال 1436 هـ") is skipped; the Gregorian
    one after "الموافق" is taken.
    """
    folded = fold(text)
    found: tuple[int, date] | None = None
    for rx, order in ((_YMD, "ymd"), (_DMY, "dmy"), (_D_MONTH_Y, "dMy"), (_MONTH_D_Y, "Mdy")):
        for m in rx.finditer(folded):
            if _HIJRI_MARK.match(folded[m.end():]):
                continue
            day = _match_day(m, order)
            if day is not None and (found is None or m.start() < found[0]):
                found = (m.start(), day)
                break
    if found is None:
        return None
    pos, day = found
    rest = folded[pos:]
    hour = minute = None
    tm = _TIME.search(rest)
    if tm:
        hour, minute = int(tm.group(1)), int(tm.group(2))
        suffix = (tm.group(4) or "").lower().replace(".", "")
        if suffix in ("م", "مساء", "مساءً", "pm") and hour < 12:
            hour += 12
        elif suffix in ("ص", "صباحا", "am") and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            hour = minute = None
    offset = None
    om = _OFFSET.search(folded)
    if om:
        sign = "-" if om.group(1) in "-−" else "+"
        offset = f"{sign}{int(om.group(2)):02d}:{om.group(3) or '00'}"
    zone = None if offset else ("Asia/Riyadh" if MECCA_TIME.search(text)
                                else zone_for_place(text))
    return FoundDate(day, hour, minute, offset, zone, bool(_UPDATED.search(text)))


def _match_day(m: re.Match[str], order: str) -> date | None:
    if order == "ymd":
        return _valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if order == "dmy":
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # Day first is the Arab (and European) order; "07/24/2015" can only be US order.
        return _valid_day(y, b, a) if b <= 12 else _valid_day(y, a, b)
    month = MONTHS[m.group("m").rstrip(".")]
    if order == "dMy":
        return _valid_day(int(m.group(3)), month, int(m.group(1)))
    return _valid_day(int(m.group(3)), month, int(m.group(2)))


def time_only(text: str) -> tuple[int, int] | None:
    """``(hour, minute)`` when the line is only a time ("11:20 ت م", "14:30")."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(?:ت\s*\.?\s*م|ص|م|[ap]\.?m\.?|gmt|utc)?",
                     fold(text))
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return int(m.group(1)), int(m.group(2))


_HIJRI_DATE = re.compile(
    r"(?<![\d٠-٩])(?P<d>[0-9٠-٩]{1,2})\s+(?P<m>"
    + "|".join(sorted(map(re.escape, HIJRI_WRITTEN), key=len, reverse=True))
    + r")\s+(?P<y>[0-9٠-٩]{3,4})\s*(?:هـ|ه(?![\w]))")


# "7/3/1429 هـ": the day, the month's number and the year
_HIJRI_NUMERIC = re.compile(
    r"(?<![\d٠-٩/])(?P<d>[0-9٠-٩]{1,2})/(?P<m>[0-9٠-٩]{1,2})/(?P<y>[0-9٠-٩]{4})\s*(?:هـ|ه(?![\w]))")


def hijri_date(text: str) -> str | None:
    """The Hijri date a date line gives beside its Gregorian one, as written ("25 شوال
    1436 هـ" in "جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"), or ``None``. A
    date in numbers ("الخميس 7/3/1429 هـ - الموافق 13/3/2008 م") gets its month's name
    ("7 ربيع الأول 1429 هـ"): read aloud, "7/3" would be a Gregorian day and month."""
    m = _HIJRI_DATE.search(text)
    if m:
        return f"{m.group('d')} {m.group('m')} {m.group('y')} هـ"
    n = _HIJRI_NUMERIC.search(text)
    if n:
        d, month, y = (int("".join(str(unicodedata.digit(ch)) for ch in g))
                       for g in n.groups())
        if 1 <= d <= 30 and 1 <= month <= 12:
            return f"{d} {HIJRI_MONTHS[month]} {y} هـ"
    return None


# A date line that says it is the page's time stamp: "Updated on: November 19, 2019 /
# 10:07 AM", "First published on ...", "Last modified on ...", "Posted by NAME on DATE",
# "نشر في ...", "آخر تحديث ...".
_STAMP = re.compile(
    r"^(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified|"
    r"(?:written|posted|published)\s+by\s+.{2,60}?\s+on)\b|"
    r"^(?:نشر|نُشر|تم النشر|تاريخ النشر|تاريخ الخبر|آخر تحديث|اخر تحديث|تم التحديث|"
    r"تاريخ الإضافة|أضيف في|تاریخ انتشار|منتشر شده|به‌روزرسانی)(?!\w)", re.I)  # ("نشرت" is a verb)
STAMP_AUTHOR = re.compile(r"^(?:written|posted|published)\s+by\s+(?P<name>.{2,60}?)\s+on\b",
                           re.I)


# Words a bare date line holds besides its numbers and month: weekdays, the day-part
# and zone markers, "الموافق" and the Hijri suffix.
_DATE_WORDS = frozenset(fold(w) for w in (
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "يكشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه",
    "اتوار", "پیر", "منگل", "بدھ", "جمعرات", "ہفتہ",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "am", "pm", "a.m", "p.m", "ص", "م", "صباحا", "مساء", "مساءً", "صباحاً", "gmt", "utc",
    "est", "edt", "cet", "bst", "الموافق", "هـ", "ه", "at", "في", "on"))
_HIJRI_WORDS = frozenset(fold(w) for name in HIJRI_WRITTEN for w in name.split())
_DATE_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", re.U)


def is_bare_date(text: str) -> bool:
    """A line that is only a date and its time: "الأحد 06 ديسمبر 2026 - 10:30 ص",
    "Mon 18 Nov 2019 18.54 GMT" (no name or label beside it)."""
    if find_date(text) is None:
        return False
    for word in _DATE_TOKEN.findall(fold(text)):
        word = word.rstrip(".")
        if word not in _DATE_WORDS and word not in MONTHS and word not in _HIJRI_WORDS:
            return False
    return True


def is_time_stamp(text: str) -> bool:
    """A line that labels itself the page's time stamp ("Updated on: ...", "Posted by
    NAME on ...", "نشر في ...")."""
    return bool(_STAMP.match(text.strip()))


def date_meta(found: FoundDate, meta: dict[str, Any], line: str = "") -> None:
    """Store a found date in draft metadata (``published``, or ``updated`` as well when
    the line says "آخر تحديث"/"updated"), with its zone unless one is already set, and
    the Hijri date ``line`` gives beside a publication date (``published_hijri``)."""
    if found.updated and found.hour is not None:
        meta.setdefault("published", found.day.isoformat())
        meta.setdefault("updated", found.iso())
    else:
        meta.setdefault("published", found.iso())
        hijri = hijri_date(line)
        if hijri and meta.get("published") == found.iso():
            meta.setdefault("published_hijri", hijri)
    if found.zone and not found.offset:
        meta.setdefault("timezone", found.zone)


def byline_meta(byline: Byline, meta: dict[str, Any]) -> None:
    """Store a parsed byline in draft metadata: its authors, and its city as the
    dateline, unless either is already set."""
    meta.setdefault("authors", byline.authors)
    if byline.dateline:
        meta.setdefault("dateline", byline.dateline)


# ---- bylines and datelines ----------------------------------------------------------

# "label: name" / "label name". The label says who the person is; a role is kept only
# in the label's own words (an Arabic byline never gets an English role word), and only
# when the label and the name are in one script (an English "Interview by" template on
# an Arabic page gives no role).
_ROLE_PREFIX = re.compile(
    r"^(?P<role>حوار|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|ترجمة|تحرير|متابعة|تصوير|الشاعر|شعر|"
    r"نویسنده|به قلم|گزارش|گفت‌وگو|گفتگو|مصاحبه|ترجمه|خبرنگار|توسط|"
    r"تحریر|رپورٹ|انٹرویو|ترجمہ|از|"
    r"By|Written by|Words by|Interview by|Interviewed by|Reporting by|Reported by|"
    r"Translated by|Translation by|Edited by|Story by)\s*[:：]?\s+(?P<name>\S.{1,60})$", re.I)
_ROLES = {"حوار": "حوار", "ترجمة": "ترجمة", "تحرير": "تحرير", "إعداد": "إعداد",
          "اعداد": "إعداد", "تصوير": "تصوير", "الشاعر": "شعر", "شعر": "شعر",
          "گفت‌وگو": "گفت‌وگو", "گفتگو": "گفت‌وگو", "مصاحبه": "مصاحبه", "ترجمه": "ترجمه",
          "انٹرویو": "انٹرویو", "ترجمہ": "ترجمہ",
          "interview by": "interviewer", "interviewed by": "interviewer",
          "translated by": "translator", "translation by": "translator",
          "edited by": "editor"}
_NAME = re.compile(r"^[^\W\d_]+(?:[ .'’‌-]+[^\W\d_]+){0,5}$")
_NAME_CITY = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<city>[^()]{2,30})\)$")
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)  # "By Jane Doe and John Roe"
_NAME_DASH_CITY = re.compile(
    r"^(?P<name>[^\d\-–—:|()]{3,60}?)\s+[-–—]\s+(?P<city>[^\d\-–—:|()]{2,30})$")
_CITY_NAME = re.compile(r"^(?P<city>[^:：]{2,30}?)\s*[:：]\s*(?P<name>\S.{1,60})$")
# Words that sit inside names ("عبد الله بن سعد", "Abu Bakr al-Baghdadi", "Ursula von
# der Leyen") although stop-word lists hold them.
_NAME_PARTICLES = frozenset(fold(w) for w in (
    "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أم", "عبد", "آل", "ال", "الله", "الدين",
    "bin", "ibn", "abu", "al", "el", "ben", "de", "da", "di", "del", "della", "van",
    "von", "der", "den", "la", "le", "du", "dos", "das", "st", "mac", "bint"))
# Section and category labels that page templates print where an author would go
# ("By حیرت انگیز", "بقلم منوعات"), and words no person is called.
_NOT_NAMES = frozenset(fold(w) for w in (
    "منوعات", "رياضة", "اقتصاد", "سياسة", "ثقافة", "فن", "فنون", "صحة", "تكنولوجيا",
    "محليات", "دوليات", "عربي ودولي", "أخبار", "الأخبار", "عاجل", "مقالات", "آراء",
    "رأي", "تقارير", "حوارات", "فيديو", "صور", "المحرر", "التحرير", "الإدارة", "الموقع",
    "فريق التحرير", "غرائب وعجائب", "منوعات وغرائب", "أخبار محلية", "أخبار عالمية",
    "حیرت انگیز", "دلچسپ", "عجیب و غریب", "کھیل", "کھیلوں", "سیاست", "تفریح", "شوبز",
    "کاروبار", "صحت", "ٹیکنالوجی", "پاکستان", "دنیا", "خبریں", "اہم خبریں", "ویب ڈیسک",
    "ورزشی", "ورزش", "سیاسی", "اقتصادی", "فرهنگی", "اجتماعی", "بین الملل", "سرگرمی",
    "اخبار", "خواندنی", "گوناگون", "فناوری", "سلامت", "ادمین", "مدیر سایت",
    "admin", "administrator", "editor", "editorial", "staff", "web desk", "news desk",
    "sports", "sport", "entertainment", "lifestyle", "opinion", "politics", "business",
    "technology", "tech", "health", "world", "news", "latest news", "breaking news",
    "amazing", "weird news", "trending", "category", "uncategorized", "guest",
    "published", "updated", "share", "comments", "read more"))
# Words of account, desk and service names, never of a person's: "By Admin User",
# "توسط ادمین سایت", "نویسنده: اخبار ورزشی", "گزارش: سرویس فرهنگی", "News Desk".
_LABEL_WORDS = frozenset(fold(w) for w in (
    "admin", "administrator", "webmaster", "moderator", "user", "ادمین", "ایڈمن", "مدیر",
    "سایت", "سرویس", "اخبار", "أخبار", "الأخبار", "خبریں", "ڈیسک", "desk", "news",
    "service", "team", "staff", "فريق", "التحرير", "تحریریہ", "editorial"))


# A date or time after a byline, set off by a dash or a bar
_BYLINE_TIME = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]*\d{1,2}[:/.]\d{1,2})[^-–—|]+$")


@dataclass
class Byline:
    authors: list[dict[str, str]] = field(default_factory=list)
    dateline: str | None = None


def parse_byline(line: str, *, labels: frozenset[str] = frozenset()) -> Byline | None:
    """A byline such as "الرياض: بدر الخريف", "عبد الرحيم بن حسن (جدة)",
    "حوار: آسيا العتروس", "نویسنده: علی رضایی" or "By Jane Doe"; ``None`` if the line
    is not one. The name must pass :func:`looks_like_name` (``labels``: folded menu
    and section lines of the same page, which are never names)."""
    text = line.strip()
    when = _BYLINE_TIME.search(text)
    if when:  # "By Tess Bonn - 11/19/19 06:56 AM EST": the name before the time
        text = text[:when.start()].strip()
    if len(text.split()) > 9:
        return None
    m = _ROLE_PREFIX.match(text)
    if m and not looks_like_name(m.group("name"), labels=labels) \
            and re.search(r"[,،]", m.group("name")):
        # "By Sandee LaMotte, CNN", "By BARRY WILNER, AP Football Writer": the name
        # before the comma, the rest its employer or post
        m = _ROLE_PREFIX.match(re.split(r"\s*[,،]\s*", text, maxsplit=1)[0])
    names = [n.strip() for n in _AND.split(m.group("name"))] if m else []
    if m and all(looks_like_name(n, labels=labels) for n in names):
        label = m.group("role")
        role = _ROLES.get(label.lower()) if _script(label) == _script(names[0]) else None
        return Byline([{"name": n} | ({"role": role} if role else {}) for n in names])
    m = _CITY_NAME.match(text)
    if m and is_city(m.group("city")) and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    m = _NAME_CITY.match(text)
    if m and is_city(m.group("city")) and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    m = _NAME_DASH_CITY.match(text)  # "أحمد الحاج - بيروت"
    if m and is_city(m.group("city")) and not is_city(m.group("name")) \
            and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    return None


def without_role(name: str) -> str:
    """``name`` without a byline label before it or a full stop after it: a page's
    author field that holds its printed byline ("By JERUSALEM POST STAFF.") names
    "JERUSALEM POST STAFF", which the editions print after their own "By"."""
    m = _ROLE_PREFIX.match(name.strip())
    return (m.group("name") if m else name).strip().rstrip(".,;:،؛").strip()


def is_account_name(name: str) -> bool:
    """An author field that names no one: a known label ("admin", "Editorial",
    "منوعات") or a login name (one lower-case Latin word: "gto", "jdadmin"), which no
    publisher prints as a byline."""
    return fold(name) in _NOT_NAMES or bool(re.fullmatch(r"[a-z][a-z0-9_.-]*", name))


def byline_without_name(line: str, *, labels: frozenset[str] = frozenset()) -> bool:
    """A byline label with no name after it: "By حیرت انگیز" (a category), "بقلم تم نشر
    هذا المحتوى على" (a sentence)."""
    text = line.strip()
    return bool(_ROLE_PREFIX.match(text)) and parse_byline(text, labels=labels) is None


def _script(text: str) -> str:
    """"arabic" or "latin": the script of the first letter of ``text``."""
    letter = next((ch for ch in text if ch.isalpha()), "a")
    return "arabic" if "\u0600" <= letter <= "\u06ff" or "\ufb50" <= letter <= "\ufeff" \
        else "latin"


def looks_like_name(text: str, *, labels: frozenset[str] = frozenset(),
                    single: bool = False) -> bool:
    """Two to six words of letters (one to six with ``single``, for a field that can
    only hold a name) that read as a person's name: not a sentence (no function word
    but the particles names carry, "بن", "أبو", "von"), not a section or category label
    (a known one, or one of ``labels``, the page's own menu lines)."""
    name = text.strip()
    words = name.split()
    folded = fold(name)
    if not _NAME.match(folded) or not (1 if single else 2) <= len(words) <= 6 \
            or _ROLE_PREFIX.match(name):  # "By حیرت انگیز": a byline whose name failed
        return False
    if folded in _NOT_NAMES or folded in labels \
            or any(w in _LABEL_WORDS for w in folded.split()):
        return False
    function_words = [w for w in words if fold(w) not in _NAME_PARTICLES]
    return function_word_count(function_words) == 0


_PLACE_SOURCE = re.compile(  # (the dash spaced on one side at least: "لندن- وكالات")
    r"^(?P<place>[^\d\-–—:|]{2,40}?)(?:\s+[-–—]\s*|\s*[-–—]\s+)(?P<source>[^\d\-–—:|]{2,30})$")
# "دمشق، سوريا (CNN) -- أكدت..." / "WASHINGTON (AP) — The..." at the start of the lead.
# "دمشق، سوريا (CNN) -- ...", and CNN's English pages, whose dateline is a <cite> glued
# to the sentence: "Hong Kong (CNN Business)A muddled view ..."
_LEAD_DATELINE = re.compile(
    r"^(?P<dl>[^\s()\d][^()\d.!?؟\n]{1,40}?\s*\([^()\d]{2,25}\))"
    r"(?:\s*(?:--|—|–|-)\s*(?=\S)|(?=[A-Z\"“‘]))")


def parse_dateline(line: str) -> str | None:
    """A dateline line such as "إسطنبول - متابعات" (place - source), or ``None``."""
    text = line.strip().rstrip(":： ")  # "درة - واس :" opens the text that follows
    m = _PLACE_SOURCE.match(text)
    if not m or len(text.split()) > 6:
        return None
    place = m.group("place")
    if is_city(place) or zone_for_place(place) or len(place.split()) <= 2:
        return text
    return None


def split_lead_dateline(text: str) -> tuple[str, str] | None:
    """``("دمشق، سوريا (CNN)", rest)`` when a paragraph opens with an agency dateline."""
    m = _LEAD_DATELINE.match(text)
    if not m or len(m.group("dl").split()) > 6:
        return None
    return m.group("dl").strip(), text[m.end():]


def lead_dateline(blocks: list[Block], meta: dict[str, Any]) -> list[Block]:
    """Move an agency dateline ("دمشق، سوريا (CNN) --") from the opening of the first
    paragraph to ``meta["dateline"]`` (unless one is set); ``blocks`` is changed in place
    and returned. The first span keeps its style; the spans after it are kept as they are."""
    for n, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            first = block.spans[0]
            split = split_lead_dateline(first.text)
            if split and "dateline" not in meta:
                meta["dateline"] = split[0]
                blocks[n] = Paragraph((replace(first, text=split[1]), *block.spans[1:]))
            break
    return blocks


__all__ = [
    "ADVERT",
    "CAPTION_LABEL",
    "CITY_ZONES",
    "COMMENTS",
    "COOKIES",
    "COUNTER",
    "DISCLAIMER",
    "END_MARKER",
    "FOOTER",
    "MASTHEAD",
    "MECCA_TIME",
    "MONTHS",
    "NAVIGATION",
    "RELATED",
    "SCRIPT",
    "STAMP_AUTHOR",
    "WEATHER",
    "WIDGET",
    "Byline",
    "FoundDate",
    "byline_meta",
    "byline_without_name",
    "comment_list_heading",
    "date_meta",
    "drop_trailing_disclaimers",
    "ends_article",
    "ends_page",
    "find_date",
    "fold",
    "furniture_reason",
    "hijri_date",
    "is_account_name",
    "is_bare_date",
    "is_city",
    "is_disclaimer",
    "is_furniture",
    "is_relative_time",
    "is_time_stamp",
    "lead_dateline",
    "looks_like_name",
    "opens_with_month_day",
    "parse_byline",
    "parse_dateline",
    "related_heading",
    "split_caption_label",
    "split_lead_dateline",
    "time_only",
    "without_role",
    "zone_for_place",
]
