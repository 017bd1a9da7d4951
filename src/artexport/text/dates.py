"""Dates as a reader sees them, in the article's language: one table of month and day
names for every edition, so the HTML page, the PDF and the EPUB print a date alike."""

from __future__ import annotations

from datetime import datetime

from .lang import TO_ARABIC_INDIC_DIGITS, primary_subtag, words_language

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    # The month names most Arabic newsrooms print (Egypt, the Gulf, the Maghreb press).
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {  # Monday first, as datetime.weekday()
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
_SEPARATOR = {"en": ", ", "ar": "، "}


def has_names(lang: str) -> bool:
    """Whether month and day names exist here for ``lang``."""
    return primary_subtag(lang) in MONTHS


def reader_date(value: datetime, lang: str, *, weekday: bool = True,
                time: bool | None = None, eastern_digits: bool = False) -> str:
    """"الخميس 14 مارس 2024، 10:15" / "Thursday 14 March 2024, 10:15".

    Languages without names here get English ones. ``time``: always, never, or (None)
    unless it is midnight, which is what a source that gave a date only yields.
    """
    names = words_language(lang, MONTHS)
    text = f"{value.day} {MONTHS[names][value.month - 1]} {value.year}"
    if weekday:
        text = f"{WEEKDAYS[names][value.weekday()]} {text}"
    if time or (time is None and (value.hour, value.minute) != (0, 0)):
        text += f"{_SEPARATOR[names]}{value.hour:02d}:{value.minute:02d}"
    return text.translate(TO_ARABIC_INDIC_DIGITS) if eastern_digits else text
