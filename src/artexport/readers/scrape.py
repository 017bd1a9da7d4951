"""Raw text scrapes of news pages (``.txt``): one line per paragraph, page furniture included.

A scrape is what "select all, copy" or a crawler's ``innerText`` gives: the article
surrounded by menus, widgets and footers. The reader finds, in this order:

1. the **body**: the largest cluster of prose lines (lines that read like sentences),
   allowing a few non-prose lines (subheadings, captions, a list) inside it; menus,
   "most read" lists and footers fall outside it and are dropped;
2. the **header** above the body, read upwards: the title, the date/time/place line
   (``2021.06.26 | 14:30 دمشق`` -> 2021-06-26T14:30 in Asia/Damascus), the lead image
   (a line that is only a file name) with its caption (the next line), the dateline
   (``إسطنبول - متابعات``), the byline (``الرياض: بدر الخريف``, ``حوار: ...``) and a
   subtitle;
3. inside the body, page furniture (``+A``, ``حجم الخط``, share and print widgets,
   ``Tweet``, ``// انتهى //``, lone times...) is dropped, runs of bullet lines become
   lists (or are dropped when they are a menu of one-word links), short lines between
   paragraphs become headings, and a comments disclaimer at the very end is dropped.

Hard-wrapped text (wire copy cut at ~72 columns) is joined back into one line per
paragraph first. A ``.txt`` file that is really Markdown (a leading ``# title`` and
Markdown headings, fences or links; or YAML front matter) is read by the Markdown reader
instead.

Scrapes keep image file names without the files, so the draft uses
``missing_images="warn"``: a named image that is absent is kept as name and caption
(the loader warns); an image that *is* beside the ``.txt`` is used.

The date helpers here (:func:`find_date`, :func:`zone_for_place`) are shared with the
HTML reader, which meets the same Arabic date lines in saved pages.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..model import Block, Figure, Heading, Image, Inline, ListBlock, Paragraph, Span
from ..resources import Limits
from ..text.bidi import normalise_text
from ..text.lang import TO_WESTERN_DIGITS
from .base import Draft, read_text

# ---- Arabic-aware matching ----------------------------------------------------------

_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel


def fold(text: str) -> str:
    """A matching key: no tashkeel or tatweel, one alif, ى->ي, ة->ه, Western digits,
    lower case, single spaces. Only for comparing; never shown."""
    text = _TASHKEEL.sub("", unicodedata.normalize("NFC", text)).translate(TO_WESTERN_DIGITS)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.lower().split())


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


def _is_city(text: str) -> bool:
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
_MECCA_TIME = re.compile(r"(?:\bت\s*\.?\s*م\b|بتوقيت مكة)")
_UPDATED = re.compile(r"(آخر تحديث|اخر تحديث|تم التحديث|تحديث|updated|last updated)", re.I)
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
    zone = None if offset else ("Asia/Riyadh" if _MECCA_TIME.search(text)
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


def date_meta(found: FoundDate, meta: dict[str, Any]) -> None:
    """Store a found date in draft metadata (``published``, or ``updated`` as well when
    the line says "آخر تحديث"/"updated"), with its zone unless one is already set."""
    if found.updated and found.hour is not None:
        meta.setdefault("published", found.day.isoformat())
        meta.setdefault("updated", found.iso())
    else:
        meta.setdefault("published", found.iso())
    if found.zone and not found.offset:
        meta.setdefault("timezone", found.zone)


def byline_meta(byline: Byline, meta: dict[str, Any]) -> None:
    """Store a parsed byline in draft metadata: its authors, and its city as the
    dateline, unless either is already set."""
    meta.setdefault("authors", byline.authors)
    if byline.dateline:
        meta.setdefault("dateline", byline.dateline)


# ---- bylines and datelines ----------------------------------------------------------

_ROLE_PREFIX = re.compile(
    r"^(?P<role>حوار|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|ترجمة|تحرير|متابعة|By|Written by|"
    r"Interview by|Reporting by)\s*[:：]?\s+(?P<name>\S.{1,60})$", re.I)
_ROLES = {"حوار": "interviewer", "ترجمة": "translator", "interview by": "interviewer",
          "تحرير": "editor"}
_NAME = re.compile(r"^[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){1,5}$")
_NAME_CITY = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<city>[^()]{2,30})\)$")
_CITY_NAME = re.compile(r"^(?P<city>[^:：]{2,30}?)\s*[:：]\s*(?P<name>\S.{1,60})$")
_PLACE_SOURCE = re.compile(
    r"^(?P<place>[^\d\-–—:|]{2,40}?)\s+[-–—]\s+(?P<source>[^\d\-–—:|]{2,30})$")
# "دمشق، سوريا (CNN) -- أكدت..." / "WASHINGTON (AP) — The..." at the start of the lead.
_LEAD_DATELINE = re.compile(
    r"^(?P<dl>[^\s()\d][^()\d.!?؟\n]{1,40}?\s*\([^()\d]{2,25}\))\s*(?:--|—|–|-)\s*(?=\S)")


@dataclass
class Byline:
    authors: list[dict[str, str]] = field(default_factory=list)
    dateline: str | None = None


def parse_byline(line: str) -> Byline | None:
    """A byline such as "الرياض: بدر الخريف", "عبد الرحيم بن حسن (جدة)",
    "حوار: آسيا العتروس" or "By Jane Doe"; ``None`` if the line is not one."""
    text = line.strip()
    if len(text.split()) > 9:
        return None
    m = _ROLE_PREFIX.match(text)
    if m and _looks_like_name(m.group("name")):
        role = _ROLES.get(m.group("role").lower())
        author = {"name": m.group("name").strip()} | ({"role": role} if role else {})
        return Byline([author])
    m = _CITY_NAME.match(text)
    if m and _is_city(m.group("city")) and _looks_like_name(m.group("name")):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    m = _NAME_CITY.match(text)
    if m and _is_city(m.group("city")) and _looks_like_name(m.group("name")):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    return None


def _looks_like_name(text: str) -> bool:
    return bool(_NAME.match(text.strip())) and len(text.split()) <= 6


def parse_dateline(line: str) -> str | None:
    """A dateline line such as "إسطنبول - متابعات" (place - source), or ``None``."""
    m = _PLACE_SOURCE.match(line.strip())
    if not m or len(line.split()) > 6:
        return None
    place = m.group("place")
    if _is_city(place) or zone_for_place(place) or len(place.split()) <= 2:
        return line.strip()
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


# ---- furniture ----------------------------------------------------------------------

_FURNITURE_WORDS = {fold(w) for w in (
    "icon", "التغطية الحية", "تغطية حية", "مباشر", "حجم الخط", "+A", "-A", "A+", "A-", "A",
    "طباعة", "اطبع", "نسخة للطباعة", "مشاركة", "شارك", "شارك الخبر", "شارك المقال",
    "تابعونا على", "تابعونا", "تابعنا", "تابعنا على", "إرسال", "أرسل لصديق", "حفظ",
    "نسخ الرابط", "تجاوز إلى المحتوى الرئيسي", "انتقل إلى المحتوى", "استمارة البحث", "بحث",
    "الأكثر قراءة", "الأكثر تصفحاً", "الأكثر تصفحا", "الأكثر مشاهدة", "آخر الأخبار",
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "المزيد", "إضافة تعليق جديد", "أضف تعليقك",
    "أضف تعليق", "اسمك", "تعليقك", "تعليقك *", "التعليقات", "الأبراج", "الأحوال الجوية",
    "انتهى", "// انتهى //", "/انتهى/", "- انتهى -", "(انتهى)", "الصفحة الرئيسية",
    "Tweet", "Share", "Print", "Email", "E-mail", "Facebook", "Twitter", "WhatsApp",
    "Linkedin", "Pinterest", "Reddit", "Telegram", "Follow", "Follow us", "Pause", "Play",
    "Advertisement", "Sign in", "Log in", "Search", "Skip to content", "Accessibility links",
    "Accessibility Help", "Menu", "More", "Close", "Sponsored", "Related", "Related stories",
    "Most read", "Most watched", "Most popular", "Top Stories", "Recommended by Outbrain",
    "Promoted content by Outbrain", "Ads by Google", "From Around the Web",
    "Share this story About sharing", "Share this story", "Footer Links", "Comments",
)}
_FURNITURE_PATTERNS = [re.compile(p, re.I) for p in (
    r"^\d{1,4}\.?$",                                    # lone numbers: "19", "2020"
    r"^[A-Z][a-z]{2,3}\.$",                             # "Feb."
    r"^[*+•·▪◦–-]$",                                    # an empty bullet
    r"^\d{1,2}:\d{2}(\s*(ت\s*\.?\s*م|ص|م|[ap]\.?m\.?|gmt|utc))?$",  # "11:20 ت م"
    r"©|\(c\)\s*\d{4}|جميع الحقوق محفوظة|all rights reserved|^copyright\b",
    r"\bis sponsored by$|^sponsored by\b",
    r"^(view |read )?\d*\s*comments?\s*\(?\d*\)?$", r"^\d+\s+(comments?|تعليقا?ت?|views)$",
    r"^(media|image) (caption|copyright|source)\b",
    r"^(مقالات أخرى للكاتب|اقرأ أيضا|اقرأ أيضاً|read more|related|see also)\s*:?",
    r"^(الهاتف|هاتف|فاكس|الفاكس|البريد الإلكتروني|tel|phone|fax|e-?mail)\b[^.]{0,40}:",
    r"^[\w.$]+\(.*\)\s*;?$",                            # script residue: Krux('scrape', {...})
    r"^-?\d+\s*°",                                      # weather widget: "14 °"
    r"^(/+|-+)\s*انتهى\s*(/+|-+)$",
    r"^(اليوم|غدا)\s+\d{1,2}:\d{2}",                    # weather widget time ranges
)]
_PIPE_MENU = re.compile(r"\|")


@functools.lru_cache(maxsize=4096)
def is_furniture(line: str) -> bool:
    """Page furniture: widget labels, share buttons, end markers, lone times, footers."""
    text = line.strip()
    if not text:
        return True
    if fold(text) in _FURNITURE_WORDS:
        return True
    if any(p.search(text) for p in _FURNITURE_PATTERNS):
        return True
    parts = [p.strip() for p in _PIPE_MENU.split(text)]
    # "الصفحة الرئيسية | فيديو | الشرق الأوسط | ..." is a menu, "2021.06.26 | 14:30" is not
    return len(parts) >= 3 and sum(len(p.split()) for p in parts) / len(parts) <= 4


_DISCLAIMER = re.compile(
    r"(ترحب|نرحب)[^.]{0,40}(بالنقاش|بتعليقات|بالتعليقات)|مراجعة التعليقات|التعليقات قبل نشرها|"
    r"الآراء الواردة|لا (تعبر|يعبر|تعكس) (بالضرورة )?عن (رأي|وجهة نظر)|"
    r"comments? (are|will be) (moderated|reviewed)|views expressed|"
    r"do not (necessarily )?reflect the (views|opinions)", re.I)


def drop_trailing_disclaimers(blocks: list[Block]) -> list[Block]:
    """Remove comment-policy disclaimers from the end of an article (never mid-text)."""
    out = list(blocks)
    while out and isinstance(out[-1], Paragraph) and _DISCLAIMER.search(
            "".join(s.text for s in out[-1].spans)):
        out.pop()
    return out


# ---- line shapes --------------------------------------------------------------------

_BULLET = re.compile(r"^(?:(?P<u>[*+•·▪◦–-])|(?P<o>\d{1,2}[.)]))\s+(?P<text>\S.*)$")
_IMAGE_NAME = re.compile(r"^[^\s/\\:]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
_SENTENCE_END = ".!?؟…:؛;"
_SECTION_PREFIX = re.compile(
    r"^(?P<section>[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?) / (?P<title>.{8,})$")
_FROM_SECTION = re.compile(r"^From the section (?P<section>.+)$", re.I)


def _words(text: str) -> int:
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(" \"'»”’)]*")
    return bool(core) and core[-1] in _SENTENCE_END


def _bullet(text: str) -> re.Match[str] | None:
    return _BULLET.match(text)


def is_prose(text: str) -> bool:
    """A line that reads like running text (not a menu item, a label or a title)."""
    if _bullet(text) or is_furniture(text):
        return False
    n = _words(text)
    return n >= 25 or (n >= 6 and _ends_sentence(text))


def _heading_like(text: str) -> bool:
    n = _words(text)
    return (2 <= n <= 40 and not _bullet(text) and not is_furniture(text)
            and not _IMAGE_NAME.match(text) and not (n > 15 and text.rstrip().endswith(".")))


# ---- Markdown in disguise -----------------------------------------------------------

_MD_SIGNS = re.compile(r"^(#{2,6} \S|```|~~~|[-*] \[[^\]]+\]\([^)]+\))|\[[^\]]+\]\(https?://"
                       r"|\*\*\S[^*]*\*\*", re.M)


def looks_like_markdown(text: str) -> bool:
    """A ``.txt`` that is really Markdown: front matter, or a ``# title`` plus at least
    one more Markdown construct (heading, fence, link, strong emphasis)."""
    if re.match(r"---[ \t]*\n.*?\n(---|\.\.\.)[ \t]*\n", text, re.S):
        return True
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    return bool(re.match(r"# \S", first)) and bool(_MD_SIGNS.search(text))


# ---- the reader ---------------------------------------------------------------------

_MAX_GAP = 8      # non-prose lines allowed between two prose lines of one body
_HEADER_SPAN = 14  # lines above the body searched for title, date, image, byline


@dataclass
class _Line:
    no: int       # 1-based line number in the file (for debugging a heuristic)
    text: str


def read_scrape(path: Path, limits: Limits) -> Draft:
    """Parse a raw page scrape into a draft (see the module docstring)."""
    text = read_text(path, limits)
    if looks_like_markdown(text):
        from .markdown import read_markdown

        draft = read_markdown(path, limits)
        draft.missing_images = "warn"
        return draft
    raw_lines = _unwrap([normalise_text(raw).rstrip() for raw in text.split("\n")])
    lines = [_Line(i, raw.strip()) for i, raw in enumerate(raw_lines, 1)]
    lines = [ln for ln in lines if ln.text]
    draft = Draft(path, {}, missing_images="warn")
    start, end = _body_span(lines)
    if start > end:
        # Nothing reads like running text (a one-line brief): the lines after the first
        # one that are neither furniture nor menu items are the body.
        plain = [i for i, ln in enumerate(lines) if not is_furniture(ln.text)
                 and not _bullet(ln.text)]
        if len(plain) < 2:
            raise ArticleError(path, "no article text found: only menus and page furniture")
        start, end = plain[1], plain[-1]
    items = _header_items(lines[:start])
    if not any(kind == "candidate" for kind, _, _ in items) and start < end \
            and _heading_like(lines[start].text) and not lines[start].text.endswith("."):
        # The title itself reads like a sentence ("...: ولكنَّ ذلك ليْسَ على إطلاقه:"):
        # the body starts at the next prose line.
        prose = next((i for i in range(start + 1, end + 1) if is_prose(lines[i].text)), None)
        if prose is not None:
            start = prose
            items = _header_items(lines[:start])
    _header(items, draft)
    draft.blocks = _body(lines[start:end + 1], draft)
    _trailing_time(lines[end + 1:], draft.meta)
    if "title" not in draft.meta:
        # No header above the body: the first title-shaped line anywhere, else the
        # loader reports "no title".
        for ln in lines[:start] + lines[end + 1:]:
            if _heading_like(ln.text):
                draft.meta["title"] = ln.text
                break
    return draft


def _unwrap(raw: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text (wire copy cut at ~72 columns) back into
    one line per paragraph; a scrape with one line per paragraph is returned as is."""
    lengths = sorted(len(ln) for ln in raw if len(ln.split()) >= 6)
    if len(lengths) < 6:
        return raw
    width = lengths[int(len(lengths) * 0.9)]  # the wrap column
    full = [n for n in lengths if width - 15 <= n <= width]
    if width > 100 or len(full) < 0.6 * len(lengths):
        return raw
    out: list[str] = []
    wrapped = False  # the previous line was cut at the wrap column
    for line in raw:
        text = line.strip()
        if wrapped and text and not _bullet(text) and not _IMAGE_NAME.match(text) \
                and not is_furniture(text) \
                and not (_ends_sentence(out[-1]) and _words(text) < 6):  # a line of its own
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(line)
        wrapped = bool(text) and len(line) >= width - 15
    return out


def _body_span(lines: list[_Line]) -> tuple[int, int]:
    """Indices (inclusive) of the first and last prose line of the heaviest cluster."""
    prose = [i for i, ln in enumerate(lines) if is_prose(ln.text)]
    if not prose:
        return len(lines), len(lines) - 1  # no body: everything is header
    clusters: list[tuple[int, int, int]] = []  # (weight, start, end)
    c_start = c_end = prose[0]
    weight = _words(lines[prose[0]].text)
    for i in prose[1:]:
        if i - c_end - 1 <= _MAX_GAP:
            c_end = i
            weight += _words(lines[i].text)
        else:
            clusters.append((weight, c_start, c_end))
            c_start = c_end = i
            weight = _words(lines[i].text)
    clusters.append((weight, c_start, c_end))
    best = max(clusters, key=lambda c: (c[0], -c[1]))
    return best[1], best[2]


_Item = tuple[str, str, Any]  # (kind, text, payload)


def _header_items(above: list[_Line]) -> list[_Item]:
    """Classify the lines above the body, nearest first, up to a menu or the page top;
    returned top of the page first."""
    items: list[_Item] = []
    k = len(above) - 1
    seen = 0
    while k >= 0 and seen < _HEADER_SPAN:
        text = above[k].text
        seen += 1
        prev = above[k - 1].text if k > 0 else ""
        bullet = _bullet(text)
        body = bullet.group("text") if bullet else text
        has_candidate = any(kind == "candidate" for kind, _, _ in items)
        if _IMAGE_NAME.match(prev) and not _IMAGE_NAME.match(text) and not is_furniture(text):
            items.append(("image", prev, text))  # "file.jpg" then its caption
            k -= 2
            continue
        if _IMAGE_NAME.match(text):
            items.append(("image", text, None))
        elif (found := _date_line(body)) is not None:
            items.append(("date", body, found))
        elif is_furniture(text) or is_furniture(body):
            pass
        elif bullet:
            section = _FROM_SECTION.match(body)
            if section:
                items.append(("section", body, section.group("section")))
            elif has_candidate:
                break  # a menu above the title: the header ends here
            elif _words(body) >= 8:
                items.append(("subtitle", body, None))  # "- الجيل الذي ..." under a title
        elif (byline := parse_byline(text)) is not None:
            items.append(("byline", text, byline))
        elif parse_dateline(text) is not None or _is_city(text):
            items.append(("dateline", text, None))
        elif _heading_like(text):
            items.append(("candidate", text, None))
        k -= 1
    items.reverse()
    return items


def _header(items: list[_Item], draft: Draft) -> None:
    """Fill the draft's metadata and lead image from the classified header lines."""
    meta = draft.meta
    title_at = next((i for i, it in enumerate(items) if it[0] == "candidate"), None)
    if title_at is None:
        # "بيروت: انفجار في المرفأ" looks like a byline, "غزة - قصف" like a dateline;
        # with nothing else above the body, such a line is the title.
        title_at = next((i for i, it in enumerate(items) if it[0] in ("byline", "dateline")),
                        None)
    extras: list[str] = []
    if title_at is not None:
        extras = _title([it[1] for it in items[title_at:] if it[0] == "candidate"]
                        or [items[title_at][1]], meta)
    for i, (kind, text, payload) in enumerate(items):
        if i == title_at:
            continue
        if kind in ("subtitle", "byline", "dateline") and title_at is not None and i < title_at:
            continue  # these belong under the headline; above it they are page chrome
        if kind == "image" and draft.lead is None:
            draft.lead = Figure(Image(text), (Span(payload),) if payload else ())
        elif kind == "date":
            date_meta(payload, meta)
            place = re.match(r"^([^\d\s،,]+(?: [^\d\s،,]+)?)\s+\d", text)
            if place and _is_city(place.group(1)):
                meta.setdefault("_date_city", place.group(1))
        elif kind == "section":
            meta.setdefault("section", payload)
        elif kind == "subtitle":
            meta.setdefault("subtitle", text)
        elif kind == "byline":
            byline_meta(payload, meta)
        elif kind == "dateline":
            meta.setdefault("dateline", text)
    for extra in extras:
        if "authors" not in meta and _looks_like_name(extra) and _words(extra) <= 5:
            meta["authors"] = [extra]
        elif "subtitle" not in meta and _words(extra) >= 4:
            meta["subtitle"] = extra
    city = meta.pop("_date_city", None)
    if city and "dateline" not in meta:
        meta["dateline"] = city
    if "timezone" not in meta and "published" in meta and "dateline" in meta:
        zone = zone_for_place(str(meta["dateline"]))
        if zone and not re.search(r"[+-]\d\d:\d\d$", str(meta["published"])):
            meta["timezone"] = zone


def _date_line(text: str) -> FoundDate | None:
    """The date of a short line that is mostly a date ("2021.06.26 | 14:30 دمشق")."""
    if _words(text) > 16 or is_prose(text):
        return None
    return find_date(text)


def _title(candidates: list[str], meta: dict[str, Any]) -> list[str]:
    """Set the title from title-shaped lines (top of the page first); return the line
    right below it, which is a byline (a bare name) or the subtitle."""
    ordered = list(candidates)
    # A one- or two-word label above a longer line is a section name, not the title.
    while len(ordered) > 1 and _words(ordered[0]) <= 2 < _words(ordered[1]):
        meta.setdefault("section", ordered.pop(0))
    title = ordered[0]
    m = _SECTION_PREFIX.match(title)
    if m:  # "عام / أمطار على ..." (a wire service's section / headline)
        meta.setdefault("section", m.group("section"))
        title = m.group("title")
    meta["title"] = title
    return ordered[1:2]


def _body(lines: list[_Line], draft: Draft) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_furniture(text):
            i += 1
            continue
        if _IMAGE_NAME.match(text):
            caption: Inline = ()
            if nxt and not _IMAGE_NAME.match(nxt) and not is_furniture(nxt) \
                    and _words(nxt) <= 30 and not nxt.endswith("."):
                caption = (Span(nxt),)
                i += 1
            blocks.append(Figure(Image(text), caption))
            i += 1
            continue
        if _bullet(text):
            run: list[re.Match[str]] = []
            while i < len(lines) and (m := _bullet(lines[i].text)) is not None:
                run.append(m)
                i += 1
            items = [m.group("text") for m in run if not is_furniture(m.group("text"))]
            # A menu is a run of one- to three-word links; a list says something.
            if items and sum(_words(t) for t in items) / len(items) > 3:
                blocks.append(ListBlock(tuple((Span(t),) for t in items),
                                        ordered=run[0].group("o") is not None))
            continue
        # A short line between two paragraphs is a subheading (a longer one is more
        # likely a photo caption, which stays a paragraph).
        if (not is_prose(text) and 2 <= _words(text) <= 8 and not _ends_sentence(text)
                and blocks and isinstance(blocks[-1], Paragraph)
                and is_prose(_next_text(lines, i + 1))):
            blocks.append(Heading(2, (Span(text),)))
        else:
            blocks.append(Paragraph((Span(text),)))
        i += 1
    blocks = drop_trailing_disclaimers(blocks)
    return lead_dateline(blocks, draft.meta)


def _next_text(lines: list[_Line], start: int) -> str:
    """The first line from ``start`` on that is not furniture ("" if none)."""
    return next((lines[k].text for k in range(start, len(lines))
                 if not is_furniture(lines[k].text)), "")


def _trailing_time(below: list[_Line], meta: dict[str, Any]) -> None:
    """A wire item ends with its time ("11:20 ت م", Mecca time): complete a date-only
    ``published`` with it."""
    published = meta.get("published")
    if not isinstance(published, str) or "T" in published:
        return
    for ln in below[:4]:
        hm = time_only(ln.text)
        if hm and _MECCA_TIME.search(ln.text):
            meta["published"] = f"{published}T{hm[0]:02d}:{hm[1]:02d}"
            meta["timezone"] = "Asia/Riyadh"
            return
