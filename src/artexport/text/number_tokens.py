"""Number tokens as written in articles ("4.159.512.313", "94.75", "٩٤٫٧٥", "1,500",
"0096"), parsed and read as words, and what every step of the number reading shares:
the regular-expression pieces, the window of context a rule may look at, and
:func:`regular_number_writing`, which rewrites the many ways copy writes a number ("10 000",
"17ر50", "الساعة 0658") into the forms the other steps read, and
:func:`vulgar_fractions` ("70 ½", "¼") as words.

Everything here is linear in the length of the text: a rule looks at most ``WINDOW``
characters around a match, and :func:`read_long_digit_runs` reads any run of more than
``MAX_DIGITS`` digits digit by digit before the other rules run, so that no pattern can
rescan a long run from each of its positions and no integer of thousands of digits is
ever built.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .numbers import Case, cardinal, decimal

AR_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
LATIN_LETTER = "A-Za-z\u00c0-\u024f"
NUM = r"\d+(?:[.,٫٬]\d+)*"
SP = r"[ \t]{0,3}"  # bounded: an unbounded run of blanks would make some rules quadratic

# How far the context rules look around a match: a few words, never the whole text
# (slicing to the start of the text for every number made long articles quadratic).
WINDOW = 80
# A longer run of digits (and separators) is no number anyone says: it is read digit by
# digit. 18 digits is a quintillion, the largest named scale.
MAX_DIGITS = 18


def before(m: re.Match[str]) -> str:
    """Up to ``WINDOW`` characters of the text right before the match."""
    return m.string[max(0, m.start() - WINDOW):m.start()]


def after(m: re.Match[str]) -> str:
    """Up to ``WINDOW`` characters of the text right after the match."""
    return m.string[m.end():m.end() + WINDOW]


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


_LONG_RUN = re.compile(rf"\d(?:[.,٫٬]?\d){{{MAX_DIGITS},}}")


def read_long_digit_runs(text: str, primary: str) -> str:
    """Every run of more than ``MAX_DIGITS`` digits (with or without separators) read
    digit by digit, groups apart: a bank account, a hash, a pasted table."""
    return _LONG_RUN.sub(lambda m: f" {digits_one_by_one(m.group(), primary)} ", text)


def digits_one_by_one(digits: str, primary: str) -> str:
    """"0096" -> "صفر صفر تسعة ستة"."""
    words = [cardinal(d, primary) for d in range(10)]
    return " ".join(words[int(d)] for d in digits if d.isdigit())


_BETWEEN = frozenset({"بين", "وبين", "مابين"})
_FROM = frozenset({"من", "ومن", "فمن", "از", "سے"})


_NO_FROM_AFTER = frozenset({"كل", "وكل", "في", "وفي", "على", "وعلى", "عن", "إلى", "الى",
                            "حتى", "خلال", "عند", "وعند", "لدى", "ولدى", "أمام", "بعد",
                            "وبعد", "قبل", "وقبل"})


def range_words(first: str, second: str, words_before: list[str]) -> str:
    """Two ends of an Arabic range: "من X إلى Y", "X إلى Y" after "من" (never said
    twice), "X وY" after "بين" ("بين مستويات 9150 - 9170")."""
    if any(word in _BETWEEN for word in words_before[-2:]):
        return f"{first} و{second}"
    if words_before and (words_before[-1] in _FROM or words_before[-1] in _NO_FROM_AFTER):
        # "كل 4-6 ساعات": "كل من" is "each of"; "في 2020-2024", "على 10-15 مقعدا", "عند
        # 5.25%-5.50%", "بعد 2-5 أيام": "في من", "على من", "عند من", "بعد من" were said
        return f"{first} إلى {second}"
    return f"من {first} إلى {second}"


def digit_groups_said(groups: Iterable[str], primary: str) -> str:
    """A telephone number's groups ("011", "4123456"), each digit by digit, a pause
    between them."""
    pause = ", " if primary == "en" else "، "
    return pause.join(digits_one_by_one(group, primary) for group in groups)


# Indian and Pakistani grouping: lakhs and crores in twos, the last group of three
_LAKH_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")


def parse_number(number: str) -> tuple[int, str | None] | None:
    """(integer, fraction digits or None) for "4.159.512.313", "94.75", "1,500",
    "٩٤٫٧٥", "12٬500"; None when the separators make no number ("1.2.3")."""
    if not number or not number[0].isdigit():
        return None
    seps = [ch for ch in number if not ch.isdigit()]
    if not seps:
        return (int(number), None) if len(number) <= MAX_DIGITS else None
    if _LAKH_GROUPS.fullmatch(number):  # "2,15,000" (South Asia): 215,000
        return parse_number(number.replace(",", ""))
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
    if len(digits) > MAX_DIGITS or len(fraction) > MAX_DIGITS:
        return None  # nobody says such a number: read it group by group
    return int(digits), (fraction if decimal_sep else None)


def number_words(number: str, primary: str, *, case: Case = "nominative",
                 feminine: bool = False, construct: bool = False) -> str:
    """A number token (any separators, optional sign) in words; a token that is no single
    number ("1.2.3", "0096") is read group by group or digit by digit."""
    if number[:1] in ("-", "−"):
        minus = {"ar": "سالب", "fa": "منفی", "ur": "منفی"}.get(primary, "minus")
        rest = number_words(number[1:], primary, case=case, feminine=feminine,
                            construct=construct)
        return f"{minus} {rest}"
    if len(number) > 1 and number.startswith("0") and number.isdigit():
        # "0096", "007": a code, read digit by digit.
        return digits_one_by_one(number, primary)
    parsed = parse_number(number)
    if parsed is None:
        dot = {"ar": " نقطة ", "fa": " نقطه ", "ur": " نقطہ "}.get(primary, " point ")
        groups = [g for g in re.split(r"\D+", number) if g]
        return dot.join(
            digits_one_by_one(g, primary) if len(g) > MAX_DIGITS or (len(g) > 1 and g[0] == "0")
            else cardinal(int(g), primary, case=case)
            for g in groups
        )
    integer, fraction = parsed
    if fraction is not None:
        # A decimal is a measure read as a plain number, without agreeing with the noun.
        return decimal(integer, fraction, primary, case=case)
    return cardinal(integer, primary, case=case, feminine=feminine, construct=construct)


# "10 000", "1 250 000": thousands grouped by blanks (a plain, no-break or thin space);
# a leading zero or a fourth group of digits after ("050 123 4567") is a telephone
# number, as is one after a telephone's label, and a day after its month ("on June 12 100
# people") stands apart
_BLANK_GROUPS = re.compile(r"(?<![\d.,٫٬])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
                           r"(?!\d|[.,٫٬]\d|[ \u00a0\u202f]\d)")
_PHONE_BEFORE = re.compile(r"(?:هاتف|جوال|واتساب|فاكس|اتصل|رقم|للتواصل|tel|phone|call|fax|"
                           r"mobile|dial)\W{0,3}$", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                           r"[ \t]$")
# "الـ 100", "للـ 12": the article written apart from its number
_ARTICLE_APART = re.compile(r"(?<![\w\u0640])([وف]?[بك]?الـ|[وف]?للـ)[ \t]+(?=\d)")


def _joined_number_writing(text: str, primary: str) -> str:
    """``text`` with numbers written in pieces joined: thousands grouped by blanks
    ("10 000" -> "10000"; it was read "ten zero zero zero", and in Arabic as a telephone
    number) and, in Arabic, the article apart from its number ("المرة الـ 100" ->
    "الـ100"; it was "الْ مِئَة")."""
    def joined(m: re.Match[str]) -> str:
        if _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or \
                _PHONE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return m.group()  # "on June 12 100 people", "الهاتف: 71 238 222"
        return re.sub(r"[ \u00a0\u202f]", "", m.group())

    text = _BLANK_GROUPS.sub(joined, text)
    return _ARTICLE_APART.sub(r"\1", text) if primary == "ar" else text


# The Gulf news agencies' numbers (KUNA, SPA), typed in the order they are seen right to
# left, "ر" for the separator: "17ر50" is 50.17, "5ر1 مليار" 1.5 billion, "000ر000ر410"
# 410,000,000 (they were "سبعة عشرر خمسين")
_GULF_NUMBER = re.compile(r"(?<![\d.,٫٬])\d+(?:ر\d+)+(?!\d)")


def _gulf_number(m: re.Match[str]) -> str:
    written = m.group().split("ر")
    if all(len(part) == 3 for part in written[:-1]) and \
            (len(written) > 2 or written[0] == "000"):
        return "".join(reversed(written))  # thousands' groups only
    fraction, groups = written[0], written[1:]
    if any(len(part) != 3 for part in groups[:-1]):
        return m.group()
    return f"{''.join(reversed(groups))}.{fraction}"


_BRACKETED_FIGURE = re.compile(
    r"\((\d+(?:[.,٫]\d+)?|\d{1,2}:\d{2})\)([ \t]?[%٪]|[ \t](?:مساء|صباحا|ص|م)[ًا]?(?!\w))")
_FA_DECADE = re.compile(r"(دهه(?:\u200cی| ی)?[ \t]+)(1[34][1-9]0|19[1-9]0|20[1-9]0)(?!\d)")
_UR_SERVICE = re.compile(r"((?:ریسکیو|ہیلپ[ \u200c]?لائن|ہاٹ[ \u200c]?لائن|ایمرجنسی)[ \t]+)"
                         r"(\d{3,8}(?:-\d{2,8}){0,2})(?![\d.,-])")
# "ساعت ۱۰ ق.ظ", "۴ ب.ظ": before and after noon (the Persian voice said the abbreviation
# and dropped the word after it: "ق.ظ جلسه" was /qablazzohr/ alone)
_FA_NOON = re.compile(r"(?<![\u0621-\u06ff.])[ \t]?([قب])\.[ \t]?ظ(?:\.(?=[ \t]+[\u0621-\u06ff]))?"
                      r"(?![\u0621-\u06ff])")
_PAISE = re.compile(r"(?<![\d.,])(\d[\d,]*)\.(\d\d)(?!\d)[ \t]?(روپے|روپیہ|روپیے)"
                    r"(?![\u0621-\u06ff])")
# the codes and numbers of an identity card, a post code, a bank account: digit by digit
_CODE = re.compile(
    r"((?<![\u0621-\u06ff])(?:کد[ \u200c]?پستی|کد[ \u200c]?ملی|شماره[ \u200c]ملی|کد[ \u200c]رهگیری"
    r"|شماره[ \u200c](?:حساب|کارت|شبا)|شناختی[ \t]کارڈ(?:[ \t]نمبر)?|پوسٹل[ \t]کوڈ"
    r"|پن[ \t]کوڈ|اکاؤنٹ[ \t]نمبر|ٹریکنگ[ \t]نمبر)[ \t]*:?[ \t]*)"
    r"(\d{4,18}(?:-\d{1,10}){0,3})(?!\d|[.,٫-]\d)")
# "شماره پیامکی ۳۰۰۰۱۴۰۳", "تلفن: ۸۸۵۵۴۴۳۳": a number to text or call, digit by digit (it
# was "سی میلیون و هزار و چهارصد و سه"); a short one ("تماس با ۱۱۵") stays a number
_FA_SERVICE = re.compile(r"((?<![\u0621-\u06ff])(?:تلفن|تلفنی|تماس|پیامک|پیامکی|فکس|نمابر)"
                         r"(?:[ \t]+شماره)?[ \t]*:?[ \t]*)(\d{5,12})(?!\d|[.,٫-]\d)")
_DOTTED_TIME = re.compile(r"(?<=الساعة )([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,٫])")
_MILITARY_TIME = re.compile(r"(?<=الساعة )([01]\d|2[0-3])([0-5]\d)(?=[ \t](?:صباح|مساء|ص\b|م\b))")
_PERCENT_RANGE = re.compile(r"(?<![\d.,])(\d+(?:[.,٫]\d+)?)[ \t]?[%٪][ \t]?[-–—][ \t]?"
                            r"(\d+(?:[.,٫]\d+)?[ \t]?[%٪])")
# "2,15,000" (lakhs and crores): the English voice reads the plain number
_LAKH_NUMBER = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])")
# "242.60p", "a 5p charge", "1,153p"
# (not a video's lines: "1080p", "720p", "4320p")
_PENCE = re.compile(r"(?<![\w.,])(?!(?:480|720|1080|1440|2160|4320)p)"
                    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)p(?!\w|\.\w)")
# "$2.5bn-$3bn", "£5-£10m": the dash between two amounts is "to" (espeak-ng said nothing)
_EN_AMOUNT_RANGE = re.compile(r"([$£€]\d[\d.,]*(?:bn|tn|m|k)?)[-–]([$£€]\d)")
# "$5-$10 billion": the scale is both ends' (it was "5 dollars to 10 billion dollars")
_EN_SCALED_RANGE = re.compile(r"([$£€])(\d[\d.,]*)[-–]\1(?=\d[\d.,]*[ \t]?(?:thousand|million|"
                              r"billion|trillion|bn|tn|m|k)\b)")


_TIMES = re.compile(r"(?<=\d)[ \t]?[×xX][ \t]?(?=\d)")
_TIMES_WORD = {"ar": "في", "fa": "در", "ur": "ضرب", "en": "by"}
_PLUS_MINUS = re.compile(r"(?:±|\+/[-−])[ \t]?(?=\d)")
_PLUS_MINUS_WORDS = {"ar": "زائد أو ناقص", "fa": "مثبت یا منفی", "ur": "جمع یا تفریق",
                     "en": "plus or minus"}
# "p<0.001", "<5% of", "≥18": the comparison the reading drops with the sign (the
# listener heard "p 0.001", "5 percent of"); where the language's words come first
_COMPARE = re.compile(r"(?<![<>=-])(?P<sign>[<>]=?|[≤≥])(?![<>=])[ \t]?(?=\d|[-−]\d)")
_COMPARE_WORDS = {"en": {"<": "less than", ">": "more than", "≤": "at most", "≥": "at least"},
                  "ar": {"<": "أقل من", ">": "أكثر من"}}
# (between numbers or words of the text's own script, not in a line of code: "i = i + 1")
_EQUALS = re.compile(r"(?<=[\d\u0621-\u06ff])[ \t]?=[ \t]?(?=[\d\u0621-\u06ff])")
_EQUALS_WORD = {"ar": "يساوي", "fa": "برابر با", "ur": "برابر", "en": "equals"}


# thousands grouped by a dot (or a Persian slash) before an amount's noun, not a scale
# word or a percent: Persian and Urdu write a decimal with "/" or "٫" and a single digit
# or two, never three
_DOTTED_THOUSANDS = re.compile(
    r"(?<![\d.,/٫٬])[1-9]\d{0,2}(?:\.\d{3})+(?![\d/٫]|[.,]\d)(?=[ \t](?!میلیون|میلیارد|هزار|"
    r"درصد|ملین|ارب|ہزار|فیصد|کروڑ|لاکھ)[\u0621-\u06ff])"
    r"|(?<![\d.,/٫٬])[1-9]\d{0,2}(?:/000)+(?![\d/٫]|[.,]\d)")


# Latin units and the rupee's signs after a number in Persian or Urdu text, which the
# voices read by their letters ("2 kg" was "kay-jee"), and "per" written with a slash
_UNIT_WORDS = {
    "km/h": ("کیلومتر بر ساعت", "کلومیٹر فی گھنٹہ"), "kg": ("کیلوگرم", "کلوگرام"),
    "km": ("کیلومتر", "کلومیٹر"), "cm": ("سانتی‌متر", "سینٹی میٹر"),
    "mm": ("میلی‌متر", "ملی میٹر"), "GB": ("گیگابایت", "گیگا بائٹ"),
    "MB": ("مگابایت", "میگا بائٹ"), "TB": ("ترابایت", "ٹیرا بائٹ"),
    "MW": ("مگاوات", "میگاواٹ"), "kW": ("کیلووات", "کلوواٹ"), "GW": ("گیگاوات", "گیگاواٹ"),
    # "m²" (its "²" a "2" by now) was "m two"; "m³" "mسوم"
    "m2": ("متر مربع", "مربع میٹر"), "km2": ("کیلومتر مربع", "مربع کلومیٹر"),
    "m3": ("متر مکعب", "مکعب میٹر"),
}
_LATIN_UNIT = re.compile(r"(?<=\d)[ \t]?(" + "|".join(
    re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True)) + r")(?![\w/])")
# "Rs 5,000", "₹12,000 کروڑ" (the sign was silent: the Urdu voice says nothing for it),
# the rupees after the scale: "بارہ ہزار کروڑ روپے", not "... روپے کروڑ"
_RUPEES = re.compile(r"(?<![\w.])(?:Rs\.?|PKR|INR|₹)[ \t]?((?>\d[\d,]*(?:\.\d+)?"
                     r"(?:[ \t]?(?:ہزار|لاکھ|کروڑ|ارب|کھرب|هزار|میلیون|میلیارد)"
                     r"(?![\u0621-\u06ff]))?))([ \t]?(?:روپے|روپیه|روپیہ|روپیا))?")
_PER_HOUR = re.compile(r"(کیلومتر|کلومیٹر|میل|متر|میٹر)[ \t]?/[ \t]?(ساعت|گھنٹہ|گھنٹے)")


_PAGE = re.compile(r"(?<![\u0621-\u06ff\u200c])ص[ \t]?\.?[ \t]?(?=\d)")
_VOLUME = re.compile(r"(?<![\u0621-\u06ff\u200c])ج[ \t]?\.?[ \t]?(?=\d)")
_JOINED_MONTH = re.compile("(ربیع|جمادی|ذی)\u200c(ال)")


def _units_in_words(text: str, language: int) -> str:
    """Latin units, rupees and "/ساعت" in words (``language``: 0 Persian, 1 Urdu)."""
    text = _LATIN_UNIT.sub(lambda m: " " + _UNIT_WORDS[m.group(1)][language], text)
    text = _RUPEES.sub(lambda m: m.group(1) + (
        m.group(2) or (" روپیه" if language == 0 else " روپے")), text)
    return _PER_HOUR.sub(lambda m: f"{m.group(1)} {'بر' if language == 0 else 'فی'} "
                                   f"{m.group(2)}", text)


_WEIGHT_CLASS = re.compile(r"((?:وزن|الوزن|لوزن|بوزن|فئة)[ \t]+)([-−+])(\d{2,3})"
                           r"(?=[ \t]?(?:كغ|كلغ|كجم|كيلو|kg))")
_PLUS_AFTER_NAME = re.compile(r"(?<=[\u0621-\u064a])\+(?![\d+])(?P<word>[\u0621-\u064a])?"
                              r"|(?<=[\u0621-\u064a])[ \t]+\+[ \t]+(?P<spaced>[\u0621-\u064a]|\d)")
# Number words a sum may be written with ("ثلاثة + أربعة = سبعة"): "زائد" there.
_SUMMED_WORDS = frozenset(w.removeprefix("و") for n in (*range(100), *range(100, 1001, 100))
                          for f in (False, True) for c in ("nominative", "oblique")
                          for w in cardinal(n, "ar", case=c, feminine=f).split())


def _plus_after_name(m: re.Match[str]) -> str:
    """"الجزيرة + وكالات", "الإنترنت+التلفاز": the sign between two words is "و" (a
    credit line, a bundle; "زائد" was said); before a number or in a sum of number
    words "زائد"; after a name with nothing joined, "أوبك+", "بلس"."""
    first = m.group("word") or m.group("spaced")
    if not first:
        return " بلس"
    prior = re.search(f"[{AR_LETTER}]+$", before(m))
    nxt = re.match(f"[{AR_LETTER}]+", m.string[m.end() - 1:m.end() + WINDOW])
    if first.isdigit() or (prior and prior.group() in _SUMMED_WORDS) or \
            (nxt and nxt.group().removeprefix("و") in _SUMMED_WORDS):
        return f" زائد {first}"
    return f" و{first}"


# "3M مشاهدة", "500K متابع": a Latin scale letter before what social media count (not a
# "4K" screen)
_LATIN_SCALE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)([KMB])(?=[ \t](?:مشاهد|متابع|مشترك|مستخدم|"
                          r"تحميل|تنزيل|إعجاب|اعجاب|تغريد|زائر|زيار|دولار|شخص))")
_SCALE_WORDS = {"K": "ألف", "M": "مليون", "B": "مليار"}


_SET = r"[0-7]-[0-7](?:[ \t]?\(\d{1,2}(?:-\d{1,2})?\))?"
_TENNIS_SETS = re.compile(rf"(?<![\w.,-]){_SET}(?:,?[ \t]+{_SET}){{1,4}}(?![\w-])")
_EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _tennis_sets(m: re.Match[str]) -> str:
    """Tennis sets, "6-4 6-3 7-6 (7-4)", as a commentator says them: "six-four, six-three,
    seven-six (seven-four)" (they were ranges: "6 to 4 6 to 3")."""
    def pair(p: re.Match[str]) -> str:
        return "-".join(_EN_DIGITS[int(n)] if len(n) == 1 else n for n in p.group().split("-"))
    sets = re.findall(r"[0-7]-[0-7](?:[ \t]?\([^)]*\))?", m.group())
    return ", ".join(re.sub(r"\d{1,2}-\d{1,2}", pair, s) for s in sets)


def _compare(m: re.Match[str], words: dict[str, str]) -> str:
    sign = {"<=": "≤", ">=": "≥"}.get(m["sign"], m["sign"])
    if sign not in words:
        return m.group()
    glued = m.start() and not m.string[m.start() - 1].isspace() and \
        m.string[m.start() - 1] not in "([{"
    return f"{' ' if glued else ''}{words[sign]} "


def signs_between_numbers(text: str, primary: str) -> str:
    """"4×100", "4 x 5 أمتار", "±2", "1 دولار = 48.5 جنيه": the signs as words in ``primary``'s
    language (espeak-ng said nothing for them)."""
    text = _TIMES.sub(f" {_TIMES_WORD.get(primary, 'by')} ", text)
    # "7% (±2%)": plus or minus (the Arabic voice said the English "plus" and no minus)
    text = _PLUS_MINUS.sub(f"{_PLUS_MINUS_WORDS.get(primary, 'plus or minus')} ", text)
    if words := _COMPARE_WORDS.get(primary):
        text = _COMPARE.sub(lambda m: _compare(m, words), text)
    return _EQUALS.sub(f" {_EQUALS_WORD.get(primary, 'equals')} ", text)


# a Persian word a score follows: "با نتیجه ۹۸-۱۰۲", "امتیازهای ۲۵-۲۲، ۲۳-۲۵" (a set's
# points were a range, "بیست و پنج تا بیست و دو")
_FA_SCORE_WORD = re.compile(r"(?:نتیجه|امتیازات|امتیاز|ست|گل|برد|باخت|شکست|پیروزی|مساوی)"
                            r"(?:\u200c?ها|\u200c?های|ی)?")
_SCORES_BEFORE = re.compile(r"(?:\d+[ \t]?-[ \t]?\d+[ \t]*[،,]?[ \t]*(?:و[ \t]+)?)+$")


def fa_score(m: re.Match[str], a: str, b: str) -> bool:
    """A score after a word of scores (the scores listed before it skipped)."""
    if len(a) > 3 or len(b) > 3:
        return False
    words = _SCORES_BEFORE.sub("", before(m)[-200:]).split()
    return any(_FA_SCORE_WORD.fullmatch(word) for word in words[-3:])


# Words of a match's result a few words before "0-3", "2-3": a score, not a range (a
# draw, "1-1", is a score wherever it stands; a range does not end where it starts);
# the loser's "أمام" ("خسر ريال مدريد أمام برشلونة 0-4": the verb is further back); a
# league table's goals for and against ("الأهداف: 45-18")
_SCORE_WORD = re.compile(
    "(?:[وفبل]|ال|بال|وال|فال)*(?:فاز|فوز|خسر|خسار|تعادل|هزم|هزيم|انهزم|تغلب|سحق|نتيج|مبارا|"
    "الشوط|شوط|تقدم|تأخر|انتصار|انتصر|أمام|الأهداف)")


def score_context(words: list[str], following: str = "") -> bool:
    """A match's word a few words back, or a score the pair is joined to by "و" (a
    tennis match's sets, "6-4 و3-6": the second was "من ثلاثة إلى ستة"); not when
    "من"/"بين" opens the numbers or a part of the day follows them ("وقفوا أمام المبنى
    من 9-11 صباحا": a time range)."""
    if words[-1:] in (["من"], ["بين"], ["ومن"], ["وبين"]) or \
            _PART_OF_DAY.match(following.strip()):
        return False
    # a pair that runs down is a score wherever it stands: so is the next one
    chain = _PAIRS_BEFORE.search(" ".join(words[-8:]))
    return (chain is not None and any(int(a) >= int(b) for a, b in re.findall(
        r"(\d+)[-–](\d+)", chain.group()))) or any(_SCORE_WORD.match(w) for w in words[-4:])


_PAIRS_BEFORE = re.compile(r"(?<![\d.,/])(?:\d{1,2}[-–]\d{1,2}[ \t]*و[ \t]*)+$")


_PART_OF_DAY = re.compile(r"(?:صباح|مساء|ظهر|عصر|فجر|ليل|ص\b|م\b)")


def regular_number_writing(text: str, primary: str) -> str:
    """``text`` (its digits ASCII) with the many ways news copy writes a number rewritten
    into the forms the readers of :mod:`.spoken_numbers` know: groups joined (see
    :func:`_joined_number_writing`), Gulf "ر" numbers, long digit runs digit by digit,
    "70%-80%" one range, "(86) %", clock times without a colon after "الساعة", English
    amount ranges, lakhs and pence, a Persian decade, an Urdu service's number; in
    Persian and Urdu thousands with a dot, Latin units and rupees, a citation's "ص"."""
    text = _joined_number_writing(text, primary)
    text = signs_between_numbers(text, primary)
    text = _GULF_NUMBER.sub(_gulf_number, text)
    text = read_long_digit_runs(text, primary)
    text = _PERCENT_RANGE.sub(r"\1-\2", text)  # "70%-80%": "70-80%", one range
    # a figure in brackets before its sign or its part of the day: "(86) %", "(5:59) مساءً"
    text = _BRACKETED_FIGURE.sub(r"\1\2", text)
    if primary == "ar":  # "الساعة 0658 صباحا": a time written without its colon
        text = _MILITARY_TIME.sub(r"\1:\2", text)
        text = _DOTTED_TIME.sub(r"\1:\2", text)  # "الساعة 10.30 صباحا"
        # a weight class, "وزن -73 كغ", "+100 كغ": under and over, not "minus"
        text = _WEIGHT_CLASS.sub(lambda m: m.group(1) + ("فوق " if m.group(2) == "+"
                                                         else "تحت ") + m.group(3), text)
        # "أوبك+" is "أوبك بلس"; between two words the sign is "and": "الإنترنت+التلفاز"
        # (it was "الإنترنت بلسالتلفاز")
        text = _PLUS_AFTER_NAME.sub(_plus_after_name, text)
        text = _LATIN_SCALE.sub(lambda m: f"{m.group(1)} {_SCALE_WORDS[m.group(2)]}", text)
    elif primary == "en":
        text = _TENNIS_SETS.sub(_tennis_sets, text)  # "won 6-4 6-3": "six-four, six-three"
        text = _EN_SCALED_RANGE.sub(r"\1\2-", text)
        text = _EN_AMOUNT_RANGE.sub(r"\1 to \2", text)
        text = _LAKH_NUMBER.sub(lambda m: m.group().replace(",", ""), text)
        text = _PENCE.sub(r"\1 pence", text)
    elif primary == "fa":  # "دهه ۱۳۶۰" is "دهه شصت", the sixties of its century
        text = _FA_DECADE.sub(lambda m: m.group(1) + m.group(2)[2:], text)
        text = _FA_SERVICE.sub(lambda m: m.group(1) + digits_one_by_one(m.group(2), "fa"), text)
    if primary in ("fa", "ur"):  # "کد پستی ۱۴۳۵۶۷۸۹۱۲": a code, not a billion
        text = _CODE.sub(lambda m: m.group(1) + digit_groups_said(m.group(2).split("-"),
                                                                  primary), text)
        text = _FA_NOON.sub(lambda m: " قبل از ظهر" if m.group(1) == "ق" else " بعد از ظهر", text)
    if primary in ("fa", "ur"):  # "۵۰.۰۰۰ تومان": fifty thousand (it was fifty)
        text = _DOTTED_THOUSANDS.sub(lambda m: re.sub(r"[./]", "", m.group()), text)
        text = _units_in_words(text, 0 if primary == "fa" else 1)
        # a citation's volume and page, "ج ۳، ص ۱۲۰"; a Hijri month joined by a ZWNJ
        text = _PAGE.sub("صفحه " if primary == "fa" else "صفحہ ", text)
        text = _VOLUME.sub("جلد ", text)
        text = _JOINED_MONTH.sub(r"\1 \2", text)
    if primary == "ur":  # "278.50 روپے": rupees and paise ("اعشاریہ پانچ صفر" was said)
        text = _PAISE.sub(lambda m: f"{m.group(1)} {m.group(3)}" + (
            f" {m.group(2)} پیسے" if int(m.group(2)) else ""), text)
    if primary == "ur":  # "ریسکیو 1122": a service's number, digit by digit
        # (a toll-free "ہیلپ لائن 0800-26477": its groups apart, "26477" was an amount)
        text = _UR_SERVICE.sub(
            lambda m: m.group(1) + digit_groups_said(m.group(2).split("-"), "ur"), text)
    return text


# "70 ½", "3¼": a whole number and a vulgar fraction (espeak-ng said "seventy a half",
# and the Arabic voice nothing for "½")
_WITH_FRACTION = re.compile(r"(?<![\d.,])(?:(\d+)[ \t]?)?([½¼¾⅓⅔])")
_FRACTION_WORDS = {
    "ar": {"½": "نصف", "¼": "ربع", "¾": "ثلاثة أرباع", "⅓": "ثلث", "⅔": "ثلثان"},
    "fa": {"½": "نیم", "¼": "یک چهارم", "¾": "سه چهارم", "⅓": "یک سوم", "⅔": "دو سوم"},
    "en": {"½": "a half", "¼": "a quarter", "¾": "three quarters", "⅓": "a third",
           "⅔": "two thirds"},
}


def _with_fraction(m: re.Match[str], primary: str) -> str:
    words = _FRACTION_WORDS.get(primary)
    if words is None:
        return m.group()
    fraction = words[m.group(2)]
    if not m.group(1):
        return fraction
    whole = m.group(1)
    if primary == "en":
        return f"{whole} and {fraction}"
    return f"{whole} و{fraction}" if primary == "ar" else f"{whole} و {fraction}"


def vulgar_fractions(text: str, primary: str) -> str:
    """"70 ½", "¼" as words in ``primary``'s language."""
    return _WITH_FRACTION.sub(lambda m: _with_fraction(m, primary), text)
