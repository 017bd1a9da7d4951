"""Dates as a reader sees them, in the article's language: one table of month and day
names for every edition, so the HTML page, the PDF and the EPUB print a date alike.

Gregorian dates in every language: the article's own date is Gregorian, and Persian and
Urdu newsrooms print Gregorian dates with these month names beside their own calendars.
"""

from __future__ import annotations

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
    """"الخميس 14 مارس 2024، 10:15" / "Thursday 14 March 2024, 10:15".

    Languages without names here get English ones. ``time``: always, never, or (None)
    unless it is midnight, which is what a source that gave a date only yields.
    ``digits`` writes the digits Western, Arabic-Indic (٠-٩) or Persian (۰-۹);
    ``eastern_digits`` is the older spelling of ``digits="arabic-indic"``.
    """
    names = words_language(lang, MONTHS)
    text = f"{value.day} {MONTHS[names][value.month - 1]} {value.year}"
    if weekday:
        text = f"{WEEKDAYS[names][value.weekday()]} {text}"
    if time or (time is None and (value.hour, value.minute) != (0, 0)):
        text += f"{_SEPARATOR[names]}{value.hour:02d}:{value.minute:02d}"
    return with_digits(text, digits or ("arabic-indic" if eastern_digits else "western"))
