"""Shorthand an Arabic sentence writes that its voice must be handed as words:

* "ت.غ" (spelled "تاء غين"), "‰" (dropped), "¥" (said "يوان" for a Tokyo price),
  "طالباً/ة" ("تاء مربوطة"), a century's Roman numeral ("القرن XIX": "X I X"), "×2"
  ("× two");
* a rate's "/" ("دولار/م²": "دولار م اثنين", "كم/ث": "كيلومتر ث") and a number's one-letter
  units ("9.58 ث", "650 ألف ط", "1.5 ل"); a power of ten ("10^27"); a span of two amounts
  ("800 ألف - 1.2 مليون"); a book's part, edition and pages ("ج1، ط2، ص 45").

Numbers stay digits here: the number steps after this one say them.
"""

from __future__ import annotations

import re

from .latin_languages import ROMAN, roman_value
from .units import AR_UNITS

__all__ = ["arabic_powers", "arabic_shorthand"]

_AR = "\u0621-\u064a"
_GMT = re.compile(rf"(?<![{_AR}.])ت\.[ \t]?غ\.?(?![{_AR}])")
_PER_MILLE = re.compile(r"[ \t]?‰")
_YEN = re.compile(r"¥[ \t]?(\d[\d.,]*(?:[ \t](?:ألف|مليون|مليار|تريليون))?)|(?<=[\d\s])¥")
# ... China's "¥" is the yuan (unless Japan is named too: "الصادرات اليابانية إلى الصين")
_CHINA = re.compile(r"الصين|صيني|شنغهاي|شنجن|بكين|يوان|هونغ كونغ")
_JAPAN = re.compile(r"اليابان|ياباني|طوكيو|أوساكا|نيكاي")
# "طالباً/ة", "موظف/ة": a noun and its feminine, "طالبًا وطالبة"
_BOTH_GENDERS = re.compile(rf"(?<![{_AR}])([{_AR}]{{2,}}?)(اً|ًا)?/ة(?![{_AR}])")
_CENTURY = re.compile(rf"(?<=القرن )(?P<roman>(?=[IVXL]){ROMAN})(?![\w])")
_TIMES = re.compile(r"(?<![\d.,])×[ \t]?(\d{1,2})(?![\d.,])")
# a power of ten ("1.9 × 10^27 كغ": "ألف وسبعة وعشرين" was said)
_POWER = re.compile(r"(?<![\d.,])10[ \t]?\^[ \t]?(-?\d{1,3})(?![\d.,])")


# "per" a unit, as said after the unit it divides
_PER = {
    **dict.fromkeys(("م²", "م2"), "للمتر المربع"), **dict.fromkeys(("كم²", "كم2"),
                                                                    "للكيلومتر المربع"),
    **dict.fromkeys(("م³", "م3"), "للمتر المكعب"),
    **dict.fromkeys(("كغ", "كجم", "كلغ", "كيلو", "كيلوغرام"), "للكيلوغرام"),
    **dict.fromkeys(("ث", "ثا", "ثانية"), "في الثانية"), "لتر": "في اللتر",
    **dict.fromkeys(("سنة", "عام"), "سنويًا"),  # (not "ساعة": "أمبير/ساعة" is ampere-hours)
    "يوم": "يوميًا", "شهر": "شهريًا", "طن": "للطن",
}
_PER_ALT = "|".join(sorted(_PER, key=len, reverse=True))
_RATE = re.compile(rf"(?<=[{_AR}²³])/(?:[ \t]?(?P<per>{_PER_ALT})(?![{_AR}/])"
                   rf"|(?P<count>\d+)[ \t]?(?=(?:كم|كلم|كيلومتر|ميل)(?![{_AR}])))")
# ... after a measured quantity: a number and one or two words ("1500 دولار/م²", "3.5
# د.ك/كغ"), not "2% شهر/شهر" (month on month) or "يوم/شهر/سنة" (a date's format)
_MEASURED = re.compile(rf"\d[\d.,]*[ \t]?(?:[{_AR}.]+[ \t]?){{1,2}}$")
_UNIT_BEFORE = re.compile(rf"[{_AR}.²³]+$")
# one letter for a unit after a number ("9.58 ث", "650 ألف ط", "1.5 ل")
# (not "5000 ل س", a currency spaced out; "ط 2", an edition; "الصف 3 ث", a grade)
_LETTER_UNIT = re.compile(rf"(?<=[\d{_AR}])[ \t](?P<u>[ثطل])(?![{_AR}\u0640/.])"
                          rf"(?![ \t]+(?:[{_AR}](?<!و)(?=[\s،,.]|$)|\d))")
_LETTER_UNITS = {"ث": "ثانية", "ط": "طن", "ل": "لتر"}


def arabic_powers(text: str) -> str:
    """``text`` (Arabic) with its powers of ten said ("10^27": "عشرة أس سبعة وعشرين"),
    before "^" is dropped as a symbol nobody says."""
    return _POWER.sub(lambda m: f"10 أس {'سالب ' if m.group(1)[0] == '-' else ''}"
                                f"{m.group(1).lstrip('-')}", text)


def _rate(m: re.Match[str]) -> str:
    unit = _UNIT_BEFORE.search(m.string, 0, m.start())
    if unit is not None and f"{unit.group()}{m.group()}".replace(" ", "") in AR_UNITS:
        return m.group()  # "كم/س", "م/ث", "ملغ/كغ": a unit of its own (units.py)
    if not _MEASURED.search(m.string, 0, m.start()) or \
            (unit is not None and m.group("per") == unit.group()):
        return m.group()
    if m.group("per"):
        return " " + _PER[m.group("per")]
    return f" لكل {m.group('count')} "  # "7 لتر/100 كم"


# a span of two amounts with their scale words: "800 ألف - 1.2 مليون دولار" (the dash
# was a pause: "ثمانمئة ألف، مليون ومئتا ألف")
_SCALED_SPAN = re.compile(r"(?<![\w.,])(\d[\d.,]*[ \t](?:ألف|آلاف|مليون|ملايين|مليار|مليارات))"
                          r"[ \t][-–][ \t](?=\d)")


# a book's part, edition and pages: "ج1", "ط2", "ص 45", "(ص 1-220)" (the letters were
# said bare: "ج", "طَ", "ص"); a part or an edition is a small number ("3 ط 2023": tonnes,
# then a year)
_BOOK = re.compile(r"(?<![\w.])(?P<abbr>[جطص])\.?[ \t]?(?P<n>\d{1,4})"
                   r"(?:[ \t]?[-–][ \t]?(?P<m>\d{1,4}))?(?![\d,:/\w]|\.\d)")
_BOOK_WORDS = {"ج": "الجزء", "ط": "الطبعة", "ص": "الصفحة"}
_MOST_PARTS = 99


def _book(m: re.Match[str]) -> str:
    if m.group("abbr") != "ص" and int(m.group("n")) > _MOST_PARTS:
        return m.group()
    if m.group("m"):
        if m.group("abbr") != "ص":
            return m.group()
        return f"الصفحات {m.group('n')}-{m.group('m')}"
    return f"{_BOOK_WORDS[m.group('abbr')]} {m.group('n')}"


def _scaled_span(m: re.Match[str]) -> str:
    before = m.string[:m.start()].rstrip()
    if before.endswith("بين"):
        return f"{m.group(1)} و"  # "بين 800 ألف - 1.2 مليون": "بين ... و..."
    return f"{'' if before.endswith('من') else 'من '}{m.group(1)} إلى "


def arabic_shorthand(text: str) -> str:
    """``text`` (Arabic) with the shorthand above written as said."""
    text = _GMT.sub("بتوقيت غرينتش", text)
    text = _PER_MILLE.sub(" في الألف", text)
    yen = "يوان" if _CHINA.search(text) and not _JAPAN.search(text) else "ين"
    text = _YEN.sub(lambda m: f"{m.group(1)} {yen}" if m.group(1) else f" {yen}", text)
    text = _BOTH_GENDERS.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} و{m.group(1)}ة", text)
    text = _CENTURY.sub(lambda m: str(roman_value(m.group("roman"))), text)
    text = _SCALED_SPAN.sub(_scaled_span, text)
    text = _BOOK.sub(_book, text)
    text = _RATE.sub(_rate, text)
    text = _LETTER_UNIT.sub(_letter_unit, text)
    return _TIMES.sub(_times, text)


def _letter_unit(m: re.Match[str]) -> str:
    before = m.string[:m.start()]
    if not _AFTER_QUANTITY.search(before) or _AFTER_GRADE.search(before):
        return m.group()
    return " " + _LETTER_UNITS[m.group("u")]


_AFTER_QUANTITY = re.compile(r"(?:\d|ألف|مليون)[ \t]*$")
_AFTER_GRADE = re.compile(r"(?:^|\s)(?:ال)?صف[ \t]+\d+[ \t]*$")  # "الصف 3 ث": a grade


def _times(m: re.Match[str]) -> str:
    """"×2" "مرتين" (by the counting rules), "×5" "خمس مرات", "×12" "اثنتا عشرة مرة"."""
    n = int(m.group(1))
    return f"{m.group(1)} مرة" if n > 10 or n < 3 else f"{m.group(1)} مرات"
