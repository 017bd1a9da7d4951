"""Dates, times and places in news lines: the date a line gives ("2021.06.26 | 14:30
دمشق", "الأحد 12 رمضان 1445 هـ", "Updated: Sat 8:31 PM, Feb 17, 2018"), the time
zone a place implies, Hijri dates, and the lines that are only a date or a time stamp.
Re-exported by :mod:`.news`, which the readers import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ..text.arabic_nouns import without_marks
from ..text.spoken_dates import HIJRI_MONTHS, HIJRI_WRITTEN
from .stopwords import fold

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
    "القدس": "Asia/Jerusalem", "تل أبيب": "Asia/Jerusalem", "حيفا": "Asia/Jerusalem",
    "غزة": "Asia/Gaza", "خان يونس": "Asia/Gaza",
    "رفح": "Asia/Gaza", "رام الله": "Asia/Hebron", "نابلس": "Asia/Hebron",
    "الخليل": "Asia/Hebron", "جنين": "Asia/Hebron", "بيت لحم": "Asia/Hebron",
    # Persian and Urdu spellings
    "تهران": "Asia/Tehran", "اصفهان": "Asia/Tehran", "تبریز": "Asia/Tehran",
    "شیراز": "Asia/Tehran", "کابل": "Asia/Kabul", "لاہور": "Asia/Karachi",
    "کراچی": "Asia/Karachi", "اسلام آباد": "Asia/Karachi", "پشاور": "Asia/Karachi",
    "کوئٹہ": "Asia/Karachi", "راولپنڈی": "Asia/Karachi", "ملتان": "Asia/Karachi",
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
    "Tel Aviv": "Asia/Jerusalem", "Haifa": "Asia/Jerusalem",
    "Gaza": "Asia/Gaza", "Ramallah": "Asia/Hebron", "London": "Europe/London",
    "Washington": "America/New_York", "New York": "America/New_York",
    # South Asia and Europe, as English datelines and bylines name them ("By Jasjeev
    # Gandhiok, New Delhi")
    "Tehran": "Asia/Tehran", "Kabul": "Asia/Kabul", "Sharjah": "Asia/Dubai",
    "Ankara": "Europe/Istanbul", "New Delhi": "Asia/Kolkata", "Delhi": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata", "Kolkata": "Asia/Kolkata", "Chennai": "Asia/Kolkata",
    "Bengaluru": "Asia/Kolkata", "Karachi": "Asia/Karachi", "Lahore": "Asia/Karachi",
    "Islamabad": "Asia/Karachi", "Peshawar": "Asia/Karachi", "Dhaka": "Asia/Dhaka",
    "Paris": "Europe/Paris", "Berlin": "Europe/Berlin", "Brussels": "Europe/Brussels",
    "Geneva": "Europe/Zurich", "Moscow": "Europe/Moscow", "Kyiv": "Europe/Kyiv",
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


# a city and its country or region: "Cairo, Egypt", "صور، لبنان" (named as places are:
# capitalised in Latin letters, one word in other scripts; "Gaza, a year later", "غزة،
# مدينة الصمود" are a kicker, which was taken for the dateline)
_CITY_COUNTRY = re.compile(r"^(?P<city>[^\W\d_][^,،\d]{1,30}?)\s*[,،]\s*(?:(?:[A-Z][\w.'’-]*"
                           r"(?:\s+(?:of|and)\s+|\s+|$))+|[^\W\d_a-zA-Z]+(?: المتحدة)?)$")


def is_city(text: str) -> bool:
    """A city alone, or with its country after a comma ("Cairo, Egypt")."""
    m = _CITY_COUNTRY.match(text.strip())
    return fold(text) in CITY_ZONES or (
        m is not None and len(text.split()) <= 4 and fold(m.group("city")) in CITY_ZONES)


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
    # Persian ("۱۵ نوامبر ۲۰۲۴")
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "جولای": 7,
    "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Turkish, Urdu (a date
    # line "Publié le 4 mars 2024", "4 de marzo de 2024", "4. März 2024", "4 Mart 2024")
    **{name: n for names in (
        "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre",
        "januar februar märz april mai juni juli august september oktober november "
        "dezember",
        "januari februari maart april mei juni juli augustus september oktober november "
        "december",
        "januari februari maret april mei juni juli agustus september oktober november "
        "desember",
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
        # Urdu ("14 مارچ 2025")
        "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    ) for n, name in enumerate(names.split(), start=1)},
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
# (spaced too: "يوم 16 - 09 - 2024", Assabah's)
_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:[-./]| - )(\d{1,2})(?:[-./]| - )(\d{4})(?!\d)")
# a two-digit year, only with dots and a clock time after it: Israeli sites' "08.12.26,
# 14:30" (Ynet), which no other reading of the digits gives
_DMY_SHORT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])(?=,?\s+\d{1,2}:\d\d)")
# "26 يونيو 2021", "28 آب/اغسطس 2013", "24 July 2015"
# ("4. März 2024", "1er mars 2024", "4 de marzo de 2024")
_D_MONTH_Y = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|er\b|º)?\s*(?:من\s+|de\s+)?(?P<m>{_MONTH})(?:\s*/\s*{_MONTH})?"
    rf"\s*(?:de\s+|del\s+)?[،,]?\s*(\d{{4}})(?!\d)")
# "July 24, 2015"
_MONTH_D_Y = re.compile(rf"\b(?P<m>{_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
# ("09h15", French "à 10 h 15"; the Guardian's "13.05 GMT", Der Spiegel's "10.15 Uhr": a
# dot only before a zone, the part of the day or "Uhr")
_TIME = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:hH]|(?:(?<=à \d)|(?<=à \d\d)) h (?=\d\d)|"
                   r"\.(?=\d\d\s*(?:GMT|BST|UTC|[ap]\.?m\b|uhr\b)))"
                   r"(\d{2})(?::(\d{2}))?(?![\d:])"
                   r"(?:\s*(ص|صباحا|م(?!\S)|مساء|مساءً|[ap]\.?m\.?)(?![^\s.,،;|)]))?", re.I)
# (the sign's class spelt out: "[+-−]" was a range that held the digits)
_OFFSET = re.compile(r"\b(?:GMT|UTC|غرينتش)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_GULF_TIME = re.compile(r"\bGST\b", re.I)  # Gulf Standard Time: UTC+4 (Al Arabiya)
_GLUED_TIME = re.compile(r"(?<=[\s,])((?:19|20)\d\d)(\d{1,2}:\d\d)(?!\d)")
_GLUED_UPDATE = re.compile(r"(gmt|utc|[ap]m)(?=updated)")
_UPDATED_AGO = re.compile(r"updated\s+(?:\d+|an?)\s+\w+\s+ago")
# Zones named right after a time: North American, European, and those of the sites of
# South Asia, Africa, East Asia and Australia that print theirs ("01:41 PM IST": India's,
# as Indian news sites print it; read as UTC it was five and a half hours off)
_ZONE_OFFSETS = {"edt": "-04:00", "est": "-05:00", "cdt": "-05:00", "cst": "-06:00",
                 "mdt": "-06:00", "mst": "-07:00", "pdt": "-07:00", "pst": "-08:00",
                 "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00",
                 "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "pkt": "+05:00",
                 "sast": "+02:00", "wat": "+01:00", "eat": "+03:00", "hkt": "+08:00",
                 "sgt": "+08:00", "jst": "+09:00", "kst": "+09:00", "aest": "+10:00",
                 "aedt": "+11:00", "idt": "+03:00",
                 # spelt out (Business Wire: "December 7, 2026 09:00 AM Eastern Standard Time")
                 "eastern standard time": "-05:00", "eastern daylight time": "-04:00",
                 "central standard time": "-06:00", "central daylight time": "-05:00",
                 "mountain standard time": "-07:00", "mountain daylight time": "-06:00",
                 "pacific standard time": "-08:00", "pacific daylight time": "-07:00"}
_ZONE_AFTER_TIME = re.compile(r"\s*(" + "|".join(_ZONE_OFFSETS) + r")\b")
_UTC_NAMED = re.compile(r"\b(?:GMT|UTC)\b|غرينتش|بتوقيت جرينتش", re.I)
MECCA_TIME = re.compile(r"(?:\bت\s*\.?\s*م\b|بتوقيت مكة)")
# (Sputnik Arabic's "09:41 GMT 07.12.2026 (المحدثة 10:05 GMT 07.12.2026)"; Ynet's "עודכן")
_UPDATED = re.compile(r"(آخر تحديث|اخر تحديث|تم التحديث|تحديث|آخر تعديل|المحدثة|updated|"
                      r"modified|עודכן|به[\u200c ]?روز ?رسانی|بروزرسانی|به[\u200c ]?روز شده|"
                      r"ویرایش(?=\s*:)|اپ ڈیٹ)", re.I)
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
    update = _UPDATED.search(text)
    if update is not None and update.start() > 0 and \
            find_date(text[update.end():]) is not None and \
            (published := find_date(text[:update.start()])) is not None:
        # "نشر في: 05 أغسطس 2024 ... آخر تحديث: 05 أغسطس 2024 ...": two dates, the first
        # the publication's ("28 آب 2013، آخر تحديث 14:00" is one date and its update)
        return published
    # Reuters' page text glues the year to the time: "March 14, 20256:12 AM GMT"
    folded = _GLUED_UPDATE.sub(r"\1 ", _GLUED_TIME.sub(r"\1 \2", fold(text)))
    found: tuple[int, date] | None = None
    for rx, order in ((_YMD, "ymd"), (_DMY, "dmy"), (_D_MONTH_Y, "dMy"), (_MONTH_D_Y, "Mdy"),
                      (_DMY_SHORT, "dmy20")):
        for m in rx.finditer(folded):
            if _HIJRI_MARK.match(folded[m.end():]):
                continue
            day = _match_day(m, order)
            if day is not None and (found is None or m.start() < found[0]):
                found = (m.start(), day)
                break
    if found is None:
        found = _solar_hijri(folded)
    if found is None and _PERSIAN_DIGIT.search(text):  # "۱۴۰۳/۰۸/۱۵ - ۰۹:۴۵" (Hamshahri)
        found = _solar_numeric(folded)
    if found is None:
        return None
    pos, day = found
    rest = folded[pos:]
    hour = minute = None
    tm = _TIME.search(rest) or _TIME.search(folded[:pos])  # ("12:45 م الجمعة 18 أكتوبر")
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
    elif tm and (named := _ZONE_AFTER_TIME.match(tm.string, tm.end())):  # (rest's or not)
        offset = _ZONE_OFFSETS[named.group(1)]  # "10:42 AM EDT" (AP)
    elif _GULF_TIME.search(folded):
        offset = "+04:00"
    elif _UTC_NAMED.search(folded):
        offset = "+00:00"  # "10:12 GMT": Greenwich itself
    zone = None if offset else ("Asia/Riyadh" if MECCA_TIME.search(text)
                                else zone_for_place(text))
    # ("Updated 2 hours ago" after the time: the time is the publication's)
    updated = bool(_UPDATED.search(text)) and not _UPDATED_AGO.search(folded)
    return FoundDate(day, hour, minute, offset, zone, updated)


# The Solar Hijri calendar of Iran and Afghanistan: "۲۵ آبان ۱۴۰۳" (BBC Persian)
_SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                 "آذر", "دی", "بهمن", "اسفند")
_SOLAR_FOLDED = [fold(m) for m in _SOLAR_MONTHS]
_SOLAR_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(_SOLAR_FOLDED) + r")\s+(1[34]\d\d)(?!\d)")


# (a Solar year before 1421, 2042; "۱۴۴۶/۰۲/۲۱ قمری" or "... ھ" is the lunar calendar's)
_SOLAR_NUMERIC = re.compile(r"(?<![\d/])(13\d\d|14[01]\d|1420)/(\d{1,2})/(\d{1,2})(?![\d/])"
                            r"(?!\s*(?:قمری|قمري|ھ|هـ|ه\b|ق\b))")
_PERSIAN_DIGIT = re.compile("[\u06f0-\u06f9]")


def _solar_hijri(folded: str) -> tuple[int, date] | None:
    """(position, Gregorian day) of the first Solar Hijri date in ``folded``."""
    m = _SOLAR_DATE.search(folded)
    if m is None:
        return None
    day = _solar_day(int(m.group(3)), _SOLAR_FOLDED.index(m.group(2)) + 1, int(m.group(1)))
    return (m.start(), day) if day else None


def _solar_numeric(folded: str) -> tuple[int, date] | None:
    """(position, Gregorian day) of the first Solar Hijri date written in figures."""
    m = _SOLAR_NUMERIC.search(folded)
    day = _solar_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return (m.start(), day) if m and day else None


def _solar_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date, None for no such date."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    # days from 1 Farvardin 1 to the date (a leap year in the 33-year cycle every 4 or 5),
    # counted from that day's proleptic Gregorian date; checked against the Nowruz of
    # 1375-1404 and dates of BBC Persian pages
    days = 365 * (year - 1) + ((year - 1) * 8 + 29) // 33 + \
        (31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)) + day - 1
    return date.fromordinal(date(622, 3, 21).toordinal() + days)


def _match_day(m: re.Match[str], order: str) -> date | None:
    if order == "ymd":
        return _valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if order in ("dmy", "dmy20"):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3)) + (order == "dmy20") * 2000
        # Day first is the Arab (and European) order; "07/24/2015" can only be US order.
        return _valid_day(y, b, a) if b <= 12 else _valid_day(y, a, b)
    month = MONTHS[m.group("m").rstrip(".")]
    if order == "dMy":
        return _valid_day(int(m.group(3)), month, int(m.group(1)))
    return _valid_day(int(m.group(3)), month, int(m.group(2)))


def time_only(text: str) -> tuple[int, int] | None:
    """``(hour, minute)`` when the line is only a time ("11:20 ت م", "14:30", the
    Guardian's "15.12 GMT": a dot only before a zone)."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(?:ت\s*\.?\s*م|ص|م|مساء|صباحا|[ap]\.?m\.?|gmt|utc)?"
                     r"|(\d{1,2})\.(\d{2})\s*(?:gmt|utc|bst|cet|cest|edt|est)", fold(text))
    if m and m.group(3):
        return (int(m.group(3)), int(m.group(4))) if int(m.group(3)) <= 23 \
            and int(m.group(4)) <= 59 else None
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


def hijri_date(text: str, *, solar: bool = True) -> str | None:
    """The Hijri date a date line gives beside its Gregorian one, as written ("25 شوال
    1436 هـ" in "جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"), or ``None``. A
    date in numbers ("الخميس 7/3/1429 هـ - الموافق 13/3/2008 م") gets its month's name
    ("7 ربيع الأول 1429 هـ"): read aloud, "7/3" would be a Gregorian day and month.
    ``solar``: a Solar Hijri date too (:func:`solar_hijri_date`)."""
    text = without_marks(text)  # Asharq Al-Awsat's "ذو القِعدة"
    m = _HIJRI_DATE.search(text)
    if m:
        return f"{m.group('d')} {m.group('m')} {m.group('y')} هـ"
    n = _HIJRI_NUMERIC.search(text)
    if n:
        d, month, y = (int("".join(str(unicodedata.digit(ch)) for ch in g))
                       for g in n.groups())
        if 1 <= d <= 30 and 1 <= month <= 12:
            return f"{d} {HIJRI_MONTHS[month]} {y} هـ"
    return solar_hijri_date(text) if solar else None


def solar_hijri_date(text: str) -> str | None:
    """The Solar Hijri date of an Iranian or Afghan page, its month by name ("12 دی
    1402", also for "1402/10/12"): the date the page printed, which the editions print
    beside the Gregorian one, as they do a lunar Hijri date (it was replaced by it)."""
    folded = fold(text)
    m = _SOLAR_DATE.search(folded)
    if m and _solar_day(int(m.group(3)), _SOLAR_FOLDED.index(m.group(2)) + 1, int(m.group(1))):
        return f"{int(m.group(1))} {_SOLAR_MONTHS[_SOLAR_FOLDED.index(m.group(2))]} " \
               f"{m.group(3)}"
    n = _SOLAR_NUMERIC.search(folded)
    if n and _solar_day(int(n.group(1)), int(n.group(2)), int(n.group(3))):
        return f"{int(n.group(3))} {_SOLAR_MONTHS[int(n.group(2)) - 1]} {n.group(1)}"
    return None


# A date line that says it is the page's time stamp: "Updated on: November 19, 2019 /
# 10:07 AM", "First published on ...", "Last modified on ...", "Posted by NAME on DATE",
# "نشر في ...", "آخر تحديث ...".
_STAMP = re.compile(
    r"^(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified|"
    r"(?:written|posted|published)\s+by\s+.{2,60}?\s+on)\b|"
    r"^(?:نشر|نُشر|تم النشر|تاريخ النشر|تاريخ الخبر|آخر تحديث|اخر تحديث|تم التحديث|"
    r"تاريخ الإضافة|أضيف في|تاریخ انتشار|منتشر شده|به‌روزرسانی|(?:نشرت|تعديل) في(?=\s*:)|"
    r"פורסם|עודכן|"
    # (Persian's "آخرین به‌روزرسانی", "ویرایش:"; Urdu's "شائع 07 دسمبر", "آخری اپ ڈیٹ")
    r"(?:آخرین )?به[\u200c ]?روز ?رسانی|بروزرسانی|به[\u200c ]?روز شده|ویرایش(?=\s*:)|"
    r"شائع(?: ہوا)?(?=\s*:|\s+\d)|تاریخ اشاعت|(?:آخری )?اپ ڈیٹ)"
    r"(?!\w)", re.I)  # ("نشرت" is a verb, but for France 24's "نشرت في: ...")
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
    "est", "edt", "cet", "bst", "الموافق", "هـ", "ه", "at", "في", "on", "يوم"))
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


def is_bare_stamp(text: str) -> bool:
    """A time stamp's label and a date alone (and its update's): "نشر يوم الأحد، 03 مارس /
    آذار 2024; 07:40 (GMT +0400)." (CNN Arabic) ends with a full stop, and is no sentence."""
    stamp = _STAMP.match(text.strip())
    # (its update after it: "... (GMT +0400). آخر تحديث الأحد، ...")
    return stamp is not None and is_bare_date(_UPDATED.sub(" ", text.strip()[stamp.end():]))


def is_time_stamp(text: str) -> bool:
    """A line that labels itself the page's time stamp ("Updated on: ...", "Posted by
    NAME on ...", "نشر في ...")."""
    return bool(_STAMP.match(text.strip()))


def date_meta(found: FoundDate, meta: dict[str, Any], line: str = "") -> None:
    """Store a found date in draft metadata (``published``, or ``updated`` as well when
    the line says "آخر تحديث"/"updated"), with its zone unless one is already set, and
    the Hijri date ``line`` gives beside a publication date (``published_hijri``)."""
    found = _in_israel(found, meta, line)
    _zone_of_naive_data(found, meta)
    if found.updated and found.hour is not None:
        if _day_before_update(line):
            # "الأربعاء، 28 آب 2013، آخر تحديث 14:00": the day the story was published,
            # the time its update's. A stamp that is the update's alone ("آخر تحديث:
            # 07/12/2026 | 12:40", "Updated: Dec 07, 2026 10:30 IST") gives no
            # publication: its day at midnight was shown as the time the story went out.
            meta.setdefault("published", found.day.isoformat())
        meta.setdefault("updated", _in_published_offset(found, meta))
    else:
        meta.setdefault("published", found.iso())
        hijri = hijri_date(line)
        # (the same day as the published date the page's data gave, with its time)
        if hijri and str(meta.get("published") or "")[:10] == found.day.isoformat():
            meta.setdefault("published_hijri", hijri)
    if found.zone and not found.offset:
        meta.setdefault("timezone", found.zone)
    update = _UPDATED.search(line)
    if update is not None and update.start() > 0 and not found.updated and \
            (later := find_date(line[update.start():])) is not None and later.hour is not None:
        # "Posted: ... | Updated: Sat 8:31 PM, ..."
        meta.setdefault("updated", _in_published_offset(_in_israel(later, meta, line), meta))


def _day_before_update(line: str) -> bool:
    """Whether ``line`` gives a day before its update's label (or is not known)."""
    update = _UPDATED.search(line)
    return not line or update is None or find_date(line[:update.start()]) is not None


_IST = re.compile(r"\bIST\b", re.I)


INDIA_OFFSET, ISRAEL_OFFSET = _ZONE_OFFSETS["ist"], "+02:00"  # the two "IST"s


def israel_offset(day: date, hour: int | None, minute: int | None) -> str:
    """Israel's offset at that local time: +02:00, or +03:00 in its summer time (late
    March to late October), which a page that prints "IST" all year still means."""
    local = datetime(day.year, day.month, day.day, hour or 0, minute or 0,
                     tzinfo=ZoneInfo("Asia/Jerusalem"))
    offset = local.strftime("%z")
    return f"{offset[:3]}:{offset[3:]}" if offset else ISRAEL_OFFSET
# Israeli sites in English, whose addresses are not under .il (Haaretz, the Jerusalem
# Post, Ynetnews, i24NEWS, The Times of Israel, Israel Hayom...)
_ISRAELI_HOSTS = re.compile(r"haaretz|jpost|ynetnews|i24news|israel", re.I)


def israeli_page(meta: dict[str, Any]) -> bool:
    """A page its data says is Israeli: Hebrew, an address under .il or of an Israeli
    site, Jerusalem's zone."""
    try:
        host = urlsplit(str(meta.get("url") or "")).hostname or ""
    except ValueError:  # (a page's own address, malformed: "http://[::1")
        host = ""
    return str(meta.get("lang") or "").lower().startswith(("he", "iw")) \
        or host.endswith(".il") or bool(_ISRAELI_HOSTS.search(host)) \
        or meta.get("timezone") == "Asia/Jerusalem"


def _in_israel(found: FoundDate, meta: dict[str, Any], line: str) -> FoundDate:
    """"IST" on an Israeli page or in a line written in Hebrew (a scrape's, its language
    not known yet) is Israel's time, UTC+2 (+3 in its summer: :func:`israel_offset`):
    read as India's, its times were 3.5 hours early. (A page known to be Israeli only
    once read: ``datelines.israel_time``.)"""
    if found.offset == INDIA_OFFSET and _IST.search(line) and (
            israeli_page(meta) or re.search("[\u05d0-\u05ea]", line)):
        return replace(found, offset=israel_offset(found.day, found.hour, found.minute))
    return found


_NAIVE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?$")


def _zone_of_naive_data(found: FoundDate, meta: dict[str, Any]) -> None:
    """The page's data gave its times without an offset ("Mon, 07/20/2026 - 14:32",
    Drupal's) and prints the same time with its zone ("20 July 2026 14:32 BST"): that
    zone is the data's, for its update time too (read as UTC, an hour off)."""
    published = str(meta.get("published") or "")
    clock = f"{found.hour or 0:02d}:{found.minute or 0:02d}"
    if not found.offset or found.hour is None or not _NAIVE_TIME.match(published) \
            or published[:16] != f"{found.day.isoformat()}T{clock}":
        return
    for key in ("published", "updated"):
        if _NAIVE_TIME.match(str(meta.get(key) or "")):
            meta[key] = f"{meta[key]}{found.offset}"


_ISO_OFFSET = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?P<offset>Z|[+-]\d\d:?\d\d)$")


def _in_published_offset(found: FoundDate, meta: dict[str, Any]) -> str:
    """``found`` as ISO text; a printed time that names no offset or zone is the
    page's local time, in the offset of the publication time its data gives ("2026-03-02
    T17:00:00+02:00"): it was read as UTC, an update two hours before the publication."""
    iso = found.iso()
    published = _ISO_OFFSET.search(str(meta.get("published") or ""))
    if found.offset or found.zone or found.hour is None or "timezone" in meta \
            or published is None:
        return iso
    offset = published.group("offset")
    return iso + ("+00:00" if offset == "Z" else offset)
