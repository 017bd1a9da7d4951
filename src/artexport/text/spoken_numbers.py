"""Numbers, dates, times and units in running text, as words for a speech engine.

:func:`speak_numbers_in` is the number step of :func:`artexport.text.speech.speech_text`:
it rewrites every date, time, range, percentage, currency amount, verse reference and
number of an Arabic-script (or English) text as words, following the grammar of the
sentence around it. The readings are described in :mod:`artexport.text.speech`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Literal

from .dates import MONTHS
from .lang import primary_subtag
from .numbers import (
    Case,
    ar_cardinal,
    ar_ordinal,
    cardinal,
    decimal,
    definite,
    en_cardinal,
    en_ordinal,
    en_year,
    fa_cardinal,
    fa_ordinal,
    ordinal,
)

MonthNames = Literal["both", "levantine", "transliterated"]

def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# -- tables ----------------------------------------------------------------------------

_LEVANTINE = ("", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
              "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
_TRANSLITERATED = ("", *MONTHS["ar"])  # index = month number
_HIJRI = ("", "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
          "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
_FA_GREGORIAN = ("", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
                 "سپتامبر", "اکتبر", "نوامبر", "دسامبر")
_FA_SOLAR = ("", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
             "آذر", "دی", "بهمن", "اسفند")
_EN_MONTHS = ("", *MONTHS["en"])

# Month names as written in Arabic news (Egyptian/Gulf, Levantine, Maghrebi, Hijri),
# longest first so that "ربيع الأول" wins over a shorter match.
_WRITTEN_MONTHS = sorted({
    *_LEVANTINE[1:], *_TRANSLITERATED[1:], *_HIJRI[1:],
    "ابريل", "إبريل", "يونيه", "يوليه", "اغسطس", "آغسطس", "اكتوبر", "ايار", "ايلول",
    "تشرين الاول", "كانون الاول", "جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان",
    "جويلية", "جويليه", "أوت", "اوت", "ربيع الاول", "ربيع الثاني", "جمادى الاولى",
    "جمادى الأول", "جمادى الثانية", "جمادى الآخر", "ذي القعدة", "ذي الحجة", "محرّم",
    *_FA_GREGORIAN[1:], *_FA_SOLAR[1:],
}, key=len, reverse=True)
_MONTH_ALT = "|".join(re.escape(m) for m in _WRITTEN_MONTHS)
_HIJRI_WRITTEN = frozenset({*_HIJRI[1:], "ربيع الاول", "ربيع الثاني", "جمادى الاولى",
                            "جمادى الأول", "جمادى الثانية", "جمادى الآخر", "ذي القعدة",
                            "ذي الحجة", "محرّم"})
_EN_MONTH_ALT = "|".join(
    [*_EN_MONTHS[1:], "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
     "Oct", "Nov", "Dec"])

# Frequent feminine counted nouns: the number before them takes the feminine form.
_FEMININE_NOUNS = _wordset(
    "سنة سنوات سنين ساعة ساعات دقيقة دقائق ثانية ثوان ثواني نقطة نقاط مرة مرات دولة دول "
    "مدينة مدن شركة شركات سيارة سيارات طائرة طائرات امرأة نساء سيدة سيدات فتاة فتيات "
    "حالة حالات قرية قرى جلسة جلسات مادة مواد وزارة وزارات منطقة مناطق محافظة محافظات "
    "طفلة أسرة أسر عائلة عائلات غارة غارات ضربة ضربات عملية عمليات مباراة مباريات "
    "جولة جولات ليلة ليال ليالي آية آيات صفحة صفحات مئة"
)
_PREPOSITIONS_BETWEEN = frozenset({"بين", "وبين"})
_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_NUM = r"\d+(?:[.,٫٬]\d+)*"
_SP = r"[ \t]*"



def speak_numbers_in(text: str, primary: str, *, month_names: MonthNames = "both") -> str:
    """Every date, time, range, amount and number in ``text`` as words.

    ``primary`` is "ar", "fa" or "en" (other Arabic-script languages use "ar"). Arabic
    and Persian text comes back without digits; English keeps plain numbers (engines
    read them well) but gets dates, times and ranges as words. ``text`` has ASCII digits
    already (see :func:`ascii_digits`).
    """
    words_for_numbers = primary != "en"
    text = _sub(_GMT, lambda m: _gmt(m, primary), text)
    text = _sub(_ARABIC_GLUE, _unglue, text)
    text = _sub(_QURAN, lambda m: _quran(m, primary), text)
    text = _sub(_NAMED_DATE, lambda m: _named_date(m, primary), text)
    text = _sub(_EN_NAMED_DATE, lambda m: _en_named_date(m, primary), text)
    text = _sub(_YMD, lambda m: _numeric_date(m, primary, month_names, "ymd"), text)
    text = _sub(_DMY, lambda m: _numeric_date(m, primary, month_names, "dmy"), text)
    text = _sub(_MONTH_YEAR, lambda m: _month_year(m, primary), text)
    text = _sub(_TIME_RANGE, lambda m: _time_range(m, primary), text)
    text = _sub(_TIME, lambda m: _time(m, primary), text)
    if words_for_numbers:
        text = _sub(_ERA_YEAR, lambda m: _era_year(m, primary), text)
        text = _abbreviations(text)
    text = _sub(_RANGE, lambda m: _range(m, primary, words_for_numbers), text)
    text = _sub(_PERCENT, lambda m: _percent(m, primary, words_for_numbers), text)
    text = _sub(_DEGREES, lambda m: _degrees(m, primary, words_for_numbers), text)
    if words_for_numbers:
        text = _sub(_CURRENCY, lambda m: _currency(m, primary), text)
        text = _sub(_DIGIT_GROUPS, lambda m: _digit_groups(m, primary), text)
    text = _sub(_SLASHED, lambda m: _slashed(m, primary, words_for_numbers), text)
    if words_for_numbers:
        text = _sub(_LATIN_DIGITS, lambda m: f" {en_cardinal(int(m.group()[:15]))} ", text)
        text = _sub(_NUMBER, lambda m: _number(m, primary), text)
        text = _sub(_DIGIT, lambda m: _number_words(m.group(), primary), text)
    return text


def speak_number(value: int | str, lang: str = "ar", *, case: Case = "nominative",
                 feminine: bool = False, ordinal: bool = False) -> str:
    """``value`` in words: ``4159512313``, ``"٤.١٥٩.٥١٢.٣١٣"``, ``"94.75"``, ``"1,500"``.

    Arabic: ``case`` is ``"nominative"`` (the citation form, "اثنان وعشرون") or
    ``"oblique"`` ("اثنين وعشرين"); ``feminine`` for a feminine counted noun;
    ``ordinal`` for the definite ordinal ("السادس والعشرون"). Raises ``ValueError`` for
    a string that is not a number.
    """
    primary = primary_subtag(lang)
    if isinstance(value, int):
        integer, fraction = value, None
    else:
        raw = ascii_digits(value.strip())
        sign = -1 if raw[:1] in "-−" else 1
        parsed = _parse_number(raw.lstrip("-−+"))
        if parsed is None:
            raise ValueError(f"not a number: {value!r}")
        integer, fraction = parsed[0] * sign, parsed[1]
    if ordinal and fraction is None:
        return _ordinal(integer, primary, case=case, feminine=feminine)
    if fraction is not None:
        return decimal(integer, fraction, primary, case=case, feminine=feminine)
    return cardinal(integer, primary, case=case, feminine=feminine)


def speak_date(day: int, month: int, year: int, lang: str = "ar", *,
               calendar: Literal["gregorian", "hijri"] = "gregorian",
               month_names: MonthNames = "both") -> str:
    """A date in words: (26, 6, 2021) -> "السادس والعشرين من حزيران يونيو عام ألفين
    وواحد وعشرين". ``calendar="hijri"`` uses the Hijri months and ends in "هجرية"; in
    Persian a year 1300-1499 is taken as Solar Hijri (فروردین...)."""
    primary = primary_subtag(lang)
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    if primary == "en":
        return f"the {en_ordinal(day)} of {_EN_MONTHS[month]}, {en_year(year)}"
    if primary == "fa":
        names = _FA_SOLAR if 1300 <= year <= 1499 else _FA_GREGORIAN
        return f"{fa_ordinal(day)} {names[month]} {fa_cardinal(year)}"
    if calendar == "hijri":
        name = _HIJRI[month]
    elif month_names == "levantine":
        name = _LEVANTINE[month]
    elif month_names == "transliterated":
        name = _TRANSLITERATED[month]
    else:
        name = f"{_LEVANTINE[month]} {_TRANSLITERATED[month]}"
    era = " هجرية" if calendar == "hijri" else ""
    return (f"{ar_ordinal(day, case='oblique')} من {name} "
            f"عام {ar_cardinal(year, case='oblique')}{era}")


def speak_time(hour: int, minute: int, lang: str = "ar") -> str:
    """A clock time in words, on the 12-hour clock with the part of the day:
    (14, 30) -> "الساعة الثانية والنصف ظهرًا"; English "two thirty in the afternoon";
    Persian "ساعت چهارده و سی دقیقه" (Persian news reads the 24-hour clock)."""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        raise ValueError(f"no time {hour}:{minute:02d}")
    primary = primary_subtag(lang)
    if primary == "fa":
        words = f"ساعت {fa_cardinal(hour)}"
        return f"{words} و {fa_cardinal(minute)} دقیقه" if minute else words
    if primary == "en":
        return _en_time(hour, minute)
    return _ar_time(hour, minute)


def _sub(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    return pattern.sub(repl, text)


# How far the context rules look around a match: a few words, never the whole text
# (slicing to the start of the text for every number made long articles quadratic).
_WINDOW = 80


def _before(m: re.Match[str]) -> str:
    return m.string[max(0, m.start() - _WINDOW):m.start()]


def ascii_digits(text: str) -> str:
    """Digits of every script (Arabic-Indic, Persian, Devanagari, superscripts...) as
    ASCII; Arabic decimal/thousands separators are kept for the number parser."""
    if text.isascii():
        return text
    table: dict[int, str] = {}
    for ch in set(text):
        if ch.isdigit() and not ch.isascii():
            value = unicodedata.digit(ch, None)
            table[ord(ch)] = str(value) if value is not None else " "
    return text.translate(table)


_GMT = re.compile(r"\(?\s*(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2}):?(\d{2})?)?\s*\)?")


def _gmt(m: re.Match[str], primary: str) -> str:
    sign, hours, minutes = m.group(1), m.group(2), m.group(3)
    if primary == "en":
        words = " GMT"
        if sign:
            words += f" {'plus' if sign == '+' else 'minus'} {en_cardinal(int(hours))}"
            words += f" {en_cardinal(int(minutes))}" if minutes and int(minutes) else ""
        return words + " "
    if primary == "fa":
        words = " به وقت گرینویچ"
        if sign:
            words += f" {'به علاوه' if sign == '+' else 'منهای'} {fa_cardinal(int(hours))} ساعت"
        return words + " "
    words = " بتوقيت غرينتش"
    if sign:
        h = int(hours)
        count = _counted(h, ("ساعة", "ساعتان", "ساعات", "ساعة"), feminine=True)
        words += f" {'زائد' if sign == '+' else 'ناقص'} {count}"
        if minutes and int(minutes):
            words += f" و{ar_cardinal(int(minutes), feminine=True)} دقيقة"
    return words + " "


# "ديسمبر2018" -> "ديسمبر 2018", "2018م" -> "2018 م"; one-letter proclitics (و ب ل ف ك)
# and the article ("الـ٧٠") stay attached: they are read with the number.
_ARABIC_GLUE = re.compile(
    rf"(?<![{_AR_LETTER}\u0640])([{_AR_LETTER}][{_AR_LETTER}\u064b-\u0652\u0640]*)(?=\d)"
    rf"|(?<=\d)(?=[{_AR_LETTER}])"
)
_PROCLITICS = re.compile(r"[وف]?[بلك]?(?:ال)?|[وف]?لل")


def _unglue(m: re.Match[str]) -> str:
    word = m.group(1)
    if word is None:
        return " "
    if _PROCLITICS.fullmatch(word.replace("\u0640", "")):
        return word
    return word + " "


_QURAN = re.compile(
    rf"[\[(﴿]?\s*(سورة(?:\s+[{_AR_LETTER}\u064b-\u0652\u0670]+){{1,3}}?)\s*[/:،,]\s*"
    rf"(\d{{1,3}})(?:\s*[-–]\s*(\d{{1,3}}))?\s*[\])﴾]?"
)


def _quran(m: re.Match[str], primary: str) -> str:
    sura, first, last = m.group(1), int(m.group(2)), m.group(3)
    if primary == "fa":
        if last:
            return f"{sura}، آیات {fa_cardinal(first)} تا {fa_cardinal(int(last))}"
        return f"{sura}، آیه {fa_cardinal(first)}"
    if last:
        return (f"{sura}، الآيات من {ar_cardinal(first, case='oblique')} "
                f"إلى {ar_cardinal(int(last), case='oblique')}")
    return f"{sura}، الآية {ar_cardinal(first)}"


_ERA = rf"(?:\s*(?P<era>هـ|ه|م)(?![{_AR_LETTER}\u0640])\.?)?"
_NAMED_DATE = re.compile(
    rf"(?<![\d.,/:])(?P<day>\d{{1,2}}){_SP}(?:من\s+)?(?P<month>{_MONTH_ALT})"
    rf"(?![{_AR_LETTER}])"
    rf"(?:\s*(?:/|\(){_SP}(?P<month2>{_MONTH_ALT}){_SP}\)?)?"
    rf"(?:{_SP}[,،]?{_SP}(?P<year>\d{{3,4}})(?![\d.,/:]){_ERA})?"
)


def _era_word(era: str | None) -> str:
    if not era:
        return ""
    return " هجرية" if era.startswith("ه") else " ميلادية"


def _year_words(year: int, primary: str, era: str | None = None) -> str:
    if primary == "fa":
        return fa_cardinal(year)
    if primary == "en":
        return en_year(year)
    return f"عام {ar_cardinal(year, case='oblique')}{_era_word(era)}"


def _named_date(m: re.Match[str], primary: str) -> str:
    day = int(m.group("day"))
    month = m.group("month")
    if not 1 <= day <= 31:
        return m.group()
    if m.group("month2"):
        month += " " + m.group("month2")
    year = m.group("year")
    if primary == "fa":
        words = f"{fa_ordinal(day)} {month}"
        return f"{words} {fa_cardinal(int(year))}" if year else words
    words = f"{ar_ordinal(day, case='oblique')} من {month}"
    if year:
        era = m.group("era")
        if not era and m.group("month") in _HIJRI_WRITTEN:
            era = None  # the Hijri month already says which calendar
        words += " " + _year_words(int(year), "ar", era)
    elif m.group("era"):
        words += " " + m.group("era")
    return words


_EN_NAMED_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_EN_MONTH_ALT})\.?"
    rf"|(?P<month_b>{_EN_MONTH_ALT})\.?\s+(?P<day_b>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"(?:,?\s+(?P<year>\d{{4}}))?\b"
)


def _en_named_date(m: re.Match[str], primary: str) -> str:
    if primary != "en":
        return m.group()
    day = int(m.group("day") or m.group("day_b"))
    month_text = m.group("month") or m.group("month_b")
    if not 1 <= day <= 31:
        return m.group()
    month = next(i for i, name in enumerate(_EN_MONTHS) if name.startswith(month_text[:3]))
    words = f"the {en_ordinal(day)} of {_EN_MONTHS[month]}"
    return f"{words}, {en_year(int(m.group('year')))}" if m.group("year") else words


_YMD = re.compile(
    rf"(?<![\d.,/:-])(?P<year>\d{{4}})(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep)"
    rf"(?P<day>\d{{1,2}})(?![\d/:]|[.,-]\d){_ERA}"
)
_DMY = re.compile(
    rf"(?<![\d.,/:-])(?P<day>\d{{1,2}})(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep)"
    rf"(?P<year>\d{{4}})(?![\d/:]|[.,-]\d){_ERA}"
)


def _numeric_date(m: re.Match[str], primary: str, month_names: MonthNames,
                  order: str) -> str:
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if order == "dmy" and m.group("sep") == "/" and month > 12 and day <= 12:
        month, day = day, month  # an American 06/26/2021
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    era = m.group("era")
    hijri = bool(era and era.startswith("ه")) or (not era and 1350 <= year <= 1500)
    if primary == "ar":
        words = speak_date(day, month, year, "ar", calendar="hijri" if hijri else "gregorian",
                           month_names=month_names)
        return words + (" ميلادية" if era == "م" else "")
    return speak_date(day, month, year, primary)


_MONTH_YEAR = re.compile(
    rf"(?<![{_AR_LETTER}])(?P<month>{_MONTH_ALT}){_SP}(?P<year>\d{{4}})(?![\d.,/:]){_ERA}"
)


def _month_year(m: re.Match[str], primary: str) -> str:
    if primary == "en":
        return m.group()
    return f"{m.group('month')} {_year_words(int(m.group('year')), primary, m.group('era'))}"


_TIME = re.compile(
    rf"(?<![\d:.,/])(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?"
    rf"(?![\d:]|[.,]\d)"
    rf"(?:{_SP}(?P<zone>ت{_SP}م|ت{_SP}غ|ص|م|صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا"
    rf"|[ap]\.?\s?m\.?)(?![{_AR_LETTER}A-Za-z]))?",
    re.IGNORECASE,
)
_AR_HOURS = ("", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
             "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة")


def _ar_period(hour: int) -> str:
    if hour < 4 or hour == 24:
        return "ليلًا"
    if hour < 12:
        return "صباحًا"
    if hour < 15:
        return "ظهرًا"
    if hour < 18:
        return "عصرًا"
    return "مساءً"


def _ar_time(hour: int, minute: int) -> str:
    if hour % 24 == 0 and minute == 0:
        return "منتصف الليل"
    shown = hour
    if minute == 15:
        tail = " والربع"
    elif minute == 20:
        tail = " والثلث"
    elif minute == 30:
        tail = " والنصف"
    elif minute in (40, 45):
        shown = hour + 1
        tail = " إلا ثلثًا" if minute == 40 else " إلا ربعًا"
    elif minute == 0:
        tail = ""
    else:
        tail = " و" + _counted(minute, ("دقيقة", "دقيقتان", "دقائق", "دقيقة"), feminine=True)
    twelve = shown % 12 or 12
    return f"الساعة {_AR_HOURS[twelve]}{tail} {_ar_period(shown % 24 if shown != 24 else 24)}"


def _en_time(hour: int, minute: int) -> str:
    if minute == 0 and hour % 12 == 0:
        return "noon" if hour == 12 else "midnight"
    twelve = hour % 12 or 12
    if minute == 0:
        head = f"{en_cardinal(twelve)} o'clock"
    elif minute < 10:
        head = f"{en_cardinal(twelve)} oh {en_cardinal(minute)}"
    else:
        head = f"{en_cardinal(twelve)} {en_cardinal(minute)}"
    if hour % 24 < 12:
        part = "in the morning" if hour % 24 >= 4 else "at night"
    elif hour < 18:
        part = "in the afternoon"
    else:
        part = "in the evening"
    return f"{head} {part}"


def _time(m: re.Match[str], primary: str) -> str:
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    zone = (m.group("zone") or "").replace(" ", "").replace("\t", "").lower()
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return m.group()
    if zone in {"م", "مساء", "مساءً", "pm", "p.m", "p.m."} and hour < 12:
        hour += 12
    elif zone in {"ص", "صباحا", "صباحًا", "am", "a.m", "a.m."} and hour == 12:
        hour = 0
    elif zone in {"ظهرا", "ظهرًا"} and hour < 6:
        hour += 12
    words = speak_time(hour, minute, primary)
    second = m.group("second")
    if second and int(second):
        s = int(second)
        if primary == "ar":
            words += " و" + _counted(s, ("ثانية", "ثانيتان", "ثوانٍ", "ثانية"), feminine=True)
        elif primary == "fa":
            words += f" و {fa_cardinal(s)} ثانیه"
        else:
            words += f" and {en_cardinal(s)} seconds"
    if zone in {"تم"}:
        words += " بتوقيت مكة المكرمة"
    elif zone in {"تغ"}:
        words += " بتوقيت غرينتش"
    # "الساعة 14:30" already says "الساعة".
    before = _before(m).rstrip()
    if primary == "ar" and before.endswith(("الساعة", "الساعه")) and words.startswith("الساعة "):
        words = words.removeprefix("الساعة ")
    elif primary == "fa" and before.endswith("ساعت") and words.startswith("ساعت "):
        words = words.removeprefix("ساعت ")
    return words


_TIME_RANGE = re.compile(
    r"(?<![\d:.,/])(?P<a>\d{1,2}:\d{2})[ \t]*[-–—][ \t]*(?P<b>\d{1,2}:\d{2})(?![\d:])"
)


def _time_range(m: re.Match[str], primary: str) -> str:
    start, end = {"ar": ("من", "إلى"), "fa": ("از", "تا")}.get(primary, ("from", "to"))
    return f"{start} {m.group('a')} {end} {m.group('b')}"


_ERA_YEAR = re.compile(
    rf"(?<![\d.,])(?P<year>\d{{3,4}}){_SP}(?P<era>هـ|ه|م|ق\.?{_SP}م|ق\.?{_SP}هـ)\.?"
    rf"(?![{_AR_LETTER}\u0640])"
)


def _era_year(m: re.Match[str], primary: str) -> str:
    year = int(m.group("year"))
    era = m.group("era").replace(" ", "").replace(".", "")
    if primary == "fa":
        suffix = {"هـ": "هجری", "ه": "هجری", "م": "میلادی"}.get(era, "پیش از میلاد")
        return f"{fa_cardinal(year)} {suffix}"
    suffix = {"هـ": "هجرية", "ه": "هجرية", "م": "ميلادية", "قم": "قبل الميلاد",
              "قهـ": "قبل الهجرة"}.get(era, "")
    return f"{ar_cardinal(year, case='oblique')} {suffix}".strip()


_ABBREVIATIONS = (
    (re.compile(rf"(?<![{_AR_LETTER}])أ\.\s?د\.(?=\s)"), "الأستاذ الدكتور"),
    (re.compile(rf"(?<![{_AR_LETTER}\d.])د\.(?=\s*[{_AR_LETTER}])"), "الدكتور"),
    (re.compile(rf"(?<![{_AR_LETTER}\d.])أ\.(?=\s*[{_AR_LETTER}])"), "الأستاذ"),
    (re.compile(rf"(?<![{_AR_LETTER}.\d])(?<!\d\s)م\.(?=\s*[{_AR_LETTER}])"), "المهندس"),
)


def _abbreviations(text: str) -> str:
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return text


_PERCENT = re.compile(
    rf"[%٪]{_SP}(?P<a>-?{_NUM})|(?P<b>(?<![\d.,٫٬])-?{_NUM}){_SP}[%٪]"
)


def _percent(m: re.Match[str], primary: str, words: bool) -> str:
    number = m.group("a") or m.group("b")
    if not words:
        return f"{number} percent"
    spoken = _number_words(number, primary, case="oblique")
    return f"{spoken} {'درصد' if primary == 'fa' else 'بالمئة'}"


_DEGREES = re.compile(
    rf"(?P<n>-?{_NUM}){_SP}°(?:{_SP}(?P<scale>[CFم](?![A-Za-z{_AR_LETTER}])))?"
)


def _degrees(m: re.Match[str], primary: str, words: bool) -> str:
    scale = m.group("scale") or ""
    if not words:
        names = {"C": " Celsius", "F": " Fahrenheit"}
        return f"{m.group('n')} degrees{names.get(scale, '')}"
    spoken = _number_words(m.group("n"), primary, case="oblique", feminine=True)
    if primary == "fa":
        return f"{spoken} درجه" + (" سانتی‌گراد" if scale in {"C", "م"} else "")
    return f"{spoken} درجة" + {"C": " مئوية", "م": " مئوية", "F": " فهرنهايت"}.get(scale, "")


# Currency symbol and amount, optionally with a scale word ("$5.3 مليار").
_CURRENCY_NAMES = {
    "$": ("دولار", "دولاران", "دولارات", "دولارًا"),
    "€": ("يورو", "يورو", "يورو", "يورو"),
    "£": ("جنيه إسترليني", "جنيهان إسترلينيان", "جنيهات إسترلينية", "جنيهًا إسترلينيًا"),
}
_SCALE_WORDS = r"(?:ألف|آلاف|مليون|ملايين|مليار|مليارات|تريليون|هزار|میلیون|میلیارد)"
_CURRENCY = re.compile(
    rf"(?P<sym>[$€£]){_SP}(?P<a>{_NUM})(?:{_SP}(?P<scale_a>{_SCALE_WORDS}))?"
    rf"|(?P<b>{_NUM})(?:{_SP}(?P<scale_b>{_SCALE_WORDS}))?{_SP}(?P<sym_b>[$€£])"
)
_FA_CURRENCY = {"$": "دلار", "€": "یورو", "£": "پوند"}


def _currency(m: re.Match[str], primary: str) -> str:
    symbol = m.group("sym") or m.group("sym_b")
    number = m.group("a") or m.group("b")
    scale = m.group("scale_a") or m.group("scale_b")
    parsed = _parse_number(number)
    if primary == "fa":
        return " ".join(filter(None, (_number_words(number, primary), scale,
                                      _FA_CURRENCY[symbol])))
    forms = _CURRENCY_NAMES[symbol]
    if parsed is None or parsed[1] is not None or scale:
        spoken = _number_words(number, primary, case="oblique")
        return " ".join(filter(None, (spoken, scale, forms[0])))
    return _counted(parsed[0], forms, case="oblique")


# Three or more space-separated digit groups are a phone or fax number ("71 238 222"):
# read digit by digit, a pause between groups, as people read them out.
_DIGIT_GROUPS = re.compile(r"(?<![\d.,٫٬])\d{1,4}(?:[ ]\d{1,4}){2,}(?![\d.,٫٬])")


def _digit_groups(m: re.Match[str], primary: str) -> str:
    comma = "،"
    return f"{comma} ".join(" ".join(cardinal(int(d), primary) for d in group)
                           for group in m.group().split())


_FRACTIONS = {(1, 2): "نصف", (1, 3): "ثلث", (1, 4): "ربع", (3, 4): "ثلاثة أرباع",
              (2, 3): "ثلثان"}
_SLASHED = re.compile(rf"(?<![\d.,/])(?P<a>\d+){_SP}/{_SP}(?P<b>\d+)(?![\d/]|[.,]\d)")


def _slashed(m: re.Match[str], primary: str, words: bool) -> str:
    a, b = int(m.group("a")), int(m.group("b"))
    if (a, b) == (24, 7):
        return {"ar": "على مدار الساعة", "fa": "شبانه‌روزی"}.get(primary, "twenty-four seven")
    if not words:
        return m.group()
    if primary == "ar" and (a, b) in _FRACTIONS:
        return _FRACTIONS[(a, b)]
    if 1 <= a <= 12 and 1900 <= b <= 2099 and len(m.group("b")) == 4:
        # "3/2021": month and year.
        if primary == "fa":
            return f"{_FA_GREGORIAN[a]} {fa_cardinal(b)}"
        return f"{_LEVANTINE[a]} {_TRANSLITERATED[a]} {_year_words(b, 'ar')}"
    over = "بر" if primary == "fa" else "على"
    return f"{cardinal(a, primary)} {over} {cardinal(b, primary)}"


_RANGE = re.compile(
    rf"(?<![\d.,٫٬/-])(?P<a>{_NUM}){_SP}[-–—]{_SP}(?P<b>{_NUM})(?![\d/]|[.,]\d)"
    rf"(?P<pct>{_SP}[%٪])?"
)


def _range(m: re.Match[str], primary: str, words: bool) -> str:
    a, b = m.group("a"), m.group("b")
    percent = {"ar": " بالمئة", "fa": " درصد"}.get(primary, " percent") if m.group("pct") else ""
    if not words:
        return f"{a} to {b}{percent}"
    if primary == "fa":
        return f"{_number_words(a, primary)} تا {_number_words(b, primary)}{percent}"
    first = _number_words(a, primary, case="oblique")
    second = _number_words(b, primary, case="oblique")
    before = _before(m).split()
    if any(word in _PREPOSITIONS_BETWEEN for word in before[-2:]):
        return f"{first} و{second}{percent}"
    return f"من {first} إلى {second}{percent}"


_LATIN_DIGITS = re.compile(rf"(?<=[{_LATIN_LETTER}])\d+|\d+(?=[{_LATIN_LETTER}])")
_NUMBER = re.compile(
    rf"(?<![\w\u0640])(?P<pre>(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)\u0640*)"
    rf"(?P<sign>(?:(?<=[وفبلك])|(?<![\w\u0640]))[-−+](?=\d))?(?P<num>{_NUM})(?![\w٫٬])"
)
_DIGIT = re.compile(r"\d+")
_SCALE_SINGULARS = frozenset({"ألف", "مليون", "مليار", "تريليون"})


def _number(m: re.Match[str], primary: str) -> str:
    pre = m.group("pre").replace("\u0640", "")
    number = m.group("num")
    before = _before(m)
    line = before.rsplit("\n", 1)[-1].strip()
    opening = not line or line[-1] in ".!?؟:«\"“-–—•*"
    case: Case = "nominative" if opening and not pre else "oblique"
    after = m.string[m.end():m.end() + _WINDOW].split(maxsplit=1)
    feminine = bool(after) and after[0].strip("،,.؛:!؟?»\")") in _FEMININE_NOUNS
    spoken = _number_words(number, primary, case=case, feminine=feminine)
    if after and after[0] in _SCALE_SINGULARS:
        # "200 ألف" -> "مئتا ألف": the dual is in construct with the scale word after it.
        spoken = re.sub("مئتان$", "مئتا", re.sub("مئتين$", "مئتي", spoken))
    sign = m.group("sign")
    if sign:
        negative = sign in "-−"
        if primary == "fa":
            spoken = ("منفی " if negative else "به علاوه ") + spoken
        else:
            spoken = ("سالب " if negative else "زائد ") + spoken
    definite_article = pre.endswith("ال") or pre.endswith("لل")
    if definite_article and primary == "ar":
        spoken = definite(spoken)
        pre = pre[:-2] if pre.endswith("ال") else pre[:-1]
        if pre.endswith("ل"):
            return pre + spoken[1:]  # ل + الخمسين -> للخمسين
    return pre + spoken


def _number_words(number: str, primary: str, *, case: Case = "nominative",
                  feminine: bool = False) -> str:
    """A number token (any separators, optional sign) in words; a token that is no single
    number ("1.2.3", "0096") is read group by group or digit by digit."""
    if number[:1] in ("-", "−"):
        minus = {"ar": "سالب", "fa": "منفی"}.get(primary, "minus")
        return f"{minus} {_number_words(number[1:], primary, case=case, feminine=feminine)}"
    if len(number) > 1 and number.startswith("0") and number.isdigit():
        # "0096", "007": a code, read digit by digit.
        return _digits_one_by_one(number, primary)
    parsed = _parse_number(number)
    if parsed is None:
        dot = {"ar": " نقطة ", "fa": " نقطه "}.get(primary, " point ")
        groups = [g for g in re.split(r"\D+", number) if g]
        return dot.join(
            _digits_one_by_one(g, primary) if len(g) > 18 or (len(g) > 1 and g[0] == "0")
            else cardinal(int(g), primary, case=case)
            for g in groups
        )
    integer, fraction = parsed
    if fraction is not None:
        # A decimal is a measure read as a plain number, without agreeing with the noun.
        return decimal(integer, fraction, primary, case=case)
    return cardinal(integer, primary, case=case, feminine=feminine)


def _digits_one_by_one(digits: str, primary: str) -> str:
    return " ".join(cardinal(int(d), primary) for d in digits if d.isdigit())


def _parse_number(number: str) -> tuple[int, str | None] | None:
    """(integer, fraction digits or None) for "4.159.512.313", "94.75", "1,500",
    "٩٤٫٧٥", "12٬500"; None when the separators make no number ("1.2.3")."""
    if not number or not number[0].isdigit():
        return None
    seps = [ch for ch in number if not ch.isdigit()]
    if not seps:
        return (int(number), None) if len(number) <= 18 else None
    if "٫" in seps:
        decimal_sep: str | None = "٫"
    elif "." in seps and "," in seps:
        decimal_sep = max(".,", key=number.rfind)
    elif "٬" in seps:
        decimal_sep = None
    elif len(seps) == 1:
        tail = number.split(seps[0])[1]
        decimal_sep = None if seps[0] == "," and len(tail) == 3 else seps[0]
    else:
        decimal_sep = None
    if decimal_sep is not None and (seps.count(decimal_sep) != 1 or seps[-1] != decimal_sep):
        return None  # the decimal separator comes once, after every grouping one
    if decimal_sep:
        integer_part, _, fraction = number.partition(decimal_sep)
    else:
        integer_part, fraction = number, ""
    groups = re.split(r"[.,٬]", integer_part)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3
                            or any(len(g) != 3 for g in groups[1:])):
        return None
    digits = "".join(groups)
    if not digits.isdigit() or (fraction and not fraction.isdigit()):
        return None
    if len(digits) > 18 or len(fraction) > 18:
        return None  # nobody says such a number: read it group by group
    return int(digits), (fraction if decimal_sep else None)


def _counted(n: int, forms: tuple[str, str, str, str], *, case: Case = "nominative",
             feminine: bool = False) -> str:
    """``n`` things in Arabic: forms are (singular, dual, plural, accusative singular).

    1 "دولار واحد", 2 "دولاران", 3-10 "ثلاثة دولارات", 11-99 "أحد عشر دولارًا",
    100 "مئة دولار". ``feminine`` is the gender of the counted noun.
    """
    singular, dual, plural, accusative = forms
    if n == 1:
        one = "واحدة" if feminine else "واحد"
        return f"{singular} {one}" if " " not in singular else singular
    if n == 2:
        if case == "oblique":
            dual = " ".join(w[:-2] + "ين" if w.endswith("ان") else w for w in dual.split())
        return dual
    number = ar_cardinal(n, case=case, feminine=feminine)
    rest = n % 100
    if 3 <= rest <= 10:
        return f"{number} {plural}"
    if 11 <= rest <= 99:
        return f"{number} {accusative}"
    return f"{number} {singular}"


def _ordinal(n: int, primary: str, *, case: Case, feminine: bool) -> str:
    return ordinal(n, primary, case=case, feminine=feminine)


