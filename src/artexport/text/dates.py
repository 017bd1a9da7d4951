"""Dates as a reader sees them, in the article's language: one table of month and day
names for every edition, so the HTML page, the PDF and the EPUB print a date alike.

Gregorian dates in every language: the article's own date is Gregorian, and Persian and
Urdu newsrooms print Gregorian dates with these month names beside their own calendars.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal, TypeAlias

from .lang import TO_ARABIC_INDIC_DIGITS, TO_PERSIAN_DIGITS, primary_subtag, words_language

DigitStyle: TypeAlias = Literal["western", "arabic-indic", "persian"]

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    # The month names most Arabic newsrooms print (Egypt, the Gulf, the Maghreb press).
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
    # Persian names of the Gregorian months (from the French), as the Persian press and
    # Persian Wikipedia write them.
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
           "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
    # Urdu names of the Gregorian months (from the English), as Pakistani papers print them.
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست",
           "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {  # Monday first, as datetime.weekday()
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
}
# Between the date and the time: the language's comma.
_SEPARATOR = {"en": ", ", "ar": "، ", "fa": "، ", "ur": "، "}


def has_names(lang: str) -> bool:
    """Whether month and day names exist here for ``lang``."""
    return primary_subtag(lang) in MONTHS


def with_digits(text: str, digits: DigitStyle) -> str:
    """``text`` with its Western digits written in ``digits``."""
    if digits == "arabic-indic":
        return text.translate(TO_ARABIC_INDIC_DIGITS)
    if digits == "persian":
        return text.translate(TO_PERSIAN_DIGITS)
    return text


def reader_date(value: datetime, lang: str, *, weekday: bool = True,
                time: bool | None = None, eastern_digits: bool = False,
                digits: DigitStyle | None = None) -> str:
    """"الخميس 14 مارس 2024، 10:15" / "Thursday 14 March 2024, 10:15" /
    "jeudi 14 mars 2024, 10:15".

    Arabic, Persian, Urdu and English come from the tables here; any other language the
    CLDR knows (through Babel) is written as its press writes it ("Donnerstag, 14. März
    2024"), and a language it does not know gets English. ``time``: always, never, or
    (None) unless it is midnight, which is what a source that gave a date only yields.
    ``digits`` writes the digits Western, Arabic-Indic (٠-٩) or Persian (۰-۹);
    ``eastern_digits`` is the older spelling of ``digits="arabic-indic"``.
    """
    show_time = time or (time is None and (value.hour, value.minute) != (0, 0))
    text = None if primary_subtag(lang) in MONTHS else \
        _cldr_date(value, lang, weekday=weekday, time=show_time)
    if text is None:
        names = words_language(lang, MONTHS)
        text = f"{value.day} {MONTHS[names][value.month - 1]} {value.year}"
        if weekday:
            text = f"{WEEKDAYS[names][value.weekday()]} {text}"
        if show_time:
            text += f"{_SEPARATOR[names]}{value.hour:02d}:{value.minute:02d}"
    return with_digits(text, digits or ("arabic-indic" if eastern_digits else "western"))


def _cldr_date(value: datetime, lang: str, *, weekday: bool, time: bool) -> str | None:
    """The date in the CLDR's full (with the weekday) or long form for ``lang``, and
    its short time after a comma; ``None`` for a language the CLDR does not know."""
    from babel import Locale, UnknownLocaleError  # only articles in these languages
    from babel.dates import format_date, format_time

    try:
        locale = Locale.parse(lang, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    text = format_date(value, "full" if weekday else "long", locale=locale)
    if locale.language == "fr" and value.day == 1:  # "le 1er mars", as French writes it
        text = re.sub(r"(?<!\d)1(?= )", "1er", text, count=1)
    if time:
        text += f", {format_time(value, 'short', locale=locale)}"
    return text
