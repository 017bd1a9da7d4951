"""Amounts in running text as words: percentages, degrees, currencies, numbers with a
scale word ("5 مليار", "1.5 مليون") or a unit ("300 م", "5 كم", "500 ل.س"), ranges
("2011-2024", "من 5-10 سنوات"), fractions and slashes ("1/2", "24/7", "18/01") and Quran
verse references (telephone numbers: :mod:`.spoken_phones`).

In Arabic the counted word follows the tamyiz rules (:func:`~.arabic_counting.counted`):
"خمسة كيلومترات", "خمسة عشر كيلومترًا", "ثلاثمئة متر", "مليونان", "خمسون ألف شخص";
halves and quarters are said as such ("مليون ونصف", "كيلومتر وربع", "نصف مليون").
"""

from __future__ import annotations

import re

from .arabic_counting import (
    LABEL_WORDS,
    CountedNoun,
    case_of,
    counted,
    counted_noun_after,
)
from .arabic_nouns import bare, dual, is_feminine, is_plural
from .lang import word_set
from .number_tokens import (
    AR_LETTER,
    NUM,
    SP,
    after,
    before,
    digit_groups_said,
    fa_score,
    number_words,
    parse_number,
    range_words,
    score_context,
)
from .numbers import (
    Case,
    ar_cardinal,
    ar_ordinal,
    cardinal,
    en_cardinal,
    en_ordinal,
    en_year,
    fa_cardinal,
    fa_ordinal,
)
from .numbers_ur import ur_cardinal, ur_fraction_of, ur_year
from .spoken_dates import (
    EN_MONTHS,
    FA_GREGORIAN,
    LEVANTINE,
    TRANSLITERATED,
    UR_GREGORIAN,
    MonthNames,
    day_month,
    is_day_month,
    year_words,
)
from .spoken_english import ARTICLE_BEFORE
from .units import (
    AR_CURRENCY_SYMBOLS,
    AR_SCALES,
    DEGREE,
    DEGREE_CELSIUS,
    DEGREE_FAHRENHEIT,
    OTHER_CURRENCY_SYMBOLS,
    SCALE_ALT,
    UNIT_ALT,
    unit_named,
)

_AR_QUARTERS = {1: "ربع", 2: "نصف", 3: "ثلاثة أرباع"}
_FRACTION_QUARTERS = {"5": 2, "50": 2, "25": 1, "75": 3}


def _minus(primary: str) -> str:
    return {"ar": "سالب", "fa": "منفی", "ur": "منفی"}.get(primary, "minus")


def ar_amount(number: str, scale: str | None, unit: CountedNoun | None, *, case: Case,
              followed: bool = False) -> str:
    """An unsigned number token with its scale word and/or unit in Arabic words.

    ``followed``: a noun the amount counts comes after it in the text ("5 مليون دولار"),
    so the scale word is in construct.
    """
    parsed = parse_number(number)
    scale_noun, scale_value = AR_SCALES[scale] if scale else (None, 1)
    if parsed is None:
        words = number_words(number, "ar", case=case)
        return " ".join(w for w in (words, scale_noun and scale_noun.singular,
                                    unit and unit.singular) if w)
    integer, fraction = parsed
    counted_noun = scale_noun or unit
    assert counted_noun is not None
    construct = scale_noun is not None and (followed or unit is not None)
    quarters = _FRACTION_QUARTERS.get(fraction or "")
    if fraction is None:
        words = counted(integer, counted_noun, case=case, construct=construct)
        if integer == 1 and scale_noun is not None:
            words = scale_noun.singular
    elif quarters and integer < 1000:
        part = _AR_QUARTERS[quarters]
        if integer == 0:
            words = f"{part} {counted_noun.singular}"
        else:
            whole = (counted_noun.singular if integer == 1
                     else counted(integer, counted_noun, case=case))
            # (a rate's half goes with its first unit: "غيغابت ونصف في الثانية", not
            # "غيغابت في الثانية ونصف")
            rate = re.search(r" (?:في|لكل) ", whole)
            words = f"{whole} و{part}" if rate is None else \
                f"{whole[:rate.start()]} و{part}{whole[rate.start():]}"
            if construct:
                words += f" {counted_noun.singular}"  # "مليون ونصف مليون دولار"
    elif scale_noun is not None and len(fraction) < len(str(scale_value)):
        # "5.3 مليار" is 5,300,000,000: read exactly, "خمسة مليارات وثلاثمئة مليون".
        exact = integer * scale_value + int(fraction) * scale_value // 10 ** len(fraction)
        words = ar_cardinal(exact, case=case, construct=construct)
    else:
        words = f"{number_words(number, 'ar', case=case)} {counted_noun.singular}"
    if scale_noun is not None and unit is not None:
        words += f" {unit.singular}"
    return words


def _other_amount(number: str, scale: str | None, primary: str) -> str:
    """Persian and Urdu: "1.5 میلیون" -> "یک و نیم میلیون", "2.5 لاکھ" -> "ڈھائی لاکھ"."""
    parsed = parse_number(number)
    quarters = _FRACTION_QUARTERS.get(parsed[1] or "") if parsed else None
    if parsed and quarters and scale:
        integer = parsed[0]
        if primary == "ur":
            said = ur_fraction_of(integer, quarters)
            if said:
                return f"{said} {scale}"
        elif quarters == 2:
            half = "نیم" if integer == 0 else f"{fa_cardinal(integer)} و نیم"
            return f"{half} {scale}"
    words = number_words(number, primary)
    return f"{words} {scale}" if scale else words


# -- numbers with a scale word or a unit ----------------------------------------------

_PRE = r"(?P<pre>(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)\u0640*)"
_SIGN = r"(?P<sign>(?:(?<=[وفبلك])|(?<![\w\u0640]))[-−–](?=\d))?"
QUANTITY = re.compile(
    rf"(?<![\w\u0640]){_PRE}{_SIGN}(?P<num>{NUM})(?![\w٫٬])"
    rf"(?:[ \t]{{1,3}}(?P<scale>{SCALE_ALT})(?![{AR_LETTER}])"
    rf"(?:{SP}(?P<unit_a>{UNIT_ALT})(?![{AR_LETTER}A-Za-z\d²³]))?"
    rf"|{SP}(?P<unit_b>{UNIT_ALT})(?![{AR_LETTER}A-Za-z\d²³]))"
)


def quantity(m: re.Match[str], primary: str) -> str:
    """"5 مليار" -> "خمسة مليارات", "300 م" -> "ثلاثمئة متر", "500 ل.س" -> "خمسمئة
    ليرة سورية", "1.5 مليون" -> "مليون ونصف"."""
    pre = m.group("pre").replace("\u0640", "")
    scale = m.group("scale")
    unit_text = m.group("unit_a") or m.group("unit_b")
    sign = _minus(primary) + " " if m.group("sign") else ""
    if primary != "ar":
        if unit_text or (scale and scale in AR_SCALES):
            return m.group()  # an Arabic unit in Persian or Urdu text: left as written
        return pre + sign + _other_amount(m.group("num"), scale, primary)
    if scale is not None and scale not in AR_SCALES:
        return m.group()
    unit = unit_named(unit_text) if unit_text else None
    case = case_of(before(m), pre)
    followed = unit is None and counted_noun_after(after(m)) is not None
    words = ar_amount(m.group("num"), scale, unit, case=case, followed=followed)
    return pre.removesuffix("ال") + sign + words


# -- percentages, degrees, currencies -------------------------------------------------

PERCENT = re.compile(
    rf"[%٪]{SP}(?P<a>[-+]?{NUM})|(?P<b>(?<![\d.,٫٬])[-+]?{NUM}){SP}[%٪]"
)
_PERCENT_WORD = {"ar": "بالمئة", "fa": "درصد", "ur": "فیصد"}


def percent(m: re.Match[str], primary: str) -> str:
    """"20%" -> "عشرين بالمئة" (nominative where it is the subject: "شارك 60% من
    الناخبين" -> "ستون بالمئة")."""
    number = m.group("a") or m.group("b")
    plus = number.startswith("+")  # a change: "+1.2%" (espeak-ng said "plus" in English)
    number = number.lstrip("+")
    if primary == "en":
        return f"{'plus ' if plus else ''}{number} percent"
    case: Case = case_of(before(m)) if primary == "ar" else "nominative"
    sign = f"{PLUS_WORDS[primary]} " if plus else ""
    return f"{sign}{number_words(number, primary, case=case)} {_PERCENT_WORD[primary]}"


DEGREES = re.compile(
    rf"(?P<n>-?{NUM}){SP}°(?:{SP}(?P<scale>[CFمف](?![A-Za-z{AR_LETTER}])))?"
)


def degrees(m: re.Match[str], primary: str) -> str:
    """"45°" -> "خمس وأربعين درجة", "-5°م" -> "سالب خمس درجات مئوية"."""
    scale = m.group("scale") or ""
    number = m.group("n")
    if primary == "en":
        names = {"C": " Celsius", "F": " Fahrenheit"}
        return f"{number} degrees{names.get(scale, '')}"
    if primary in ("fa", "ur"):
        word = "درجه" if primary == "fa" else "ڈگری"
        celsius = {"fa": " سانتی‌گراد", "ur": " سینٹی گریڈ"}[primary]
        return f"{number_words(number, primary)} {word}" + (celsius if scale in {"C", "م"}
                                                             else "")
    noun = {"C": DEGREE_CELSIUS, "م": DEGREE_CELSIUS, "F": DEGREE_FAHRENHEIT,
            "ف": DEGREE_FAHRENHEIT}.get(scale, DEGREE)
    sign = _minus(primary) + " " if number.startswith("-") else ""
    return sign + ar_amount(number.lstrip("-"), None, noun, case=case_of(before(m)))


# "25°-30°", "25-30°م": a range of temperatures (the dash was read as a minus, and "°م"
# after the second number was left to the engine)
# (two temperatures joined by a word, "بين 18 و22°م", "من 3 إلى 5°": the first was
# masculine, "ثمانية عشر واثنتين وعشرين درجة")
DEGREE_RANGE = re.compile(
    rf"(?<![\d.,٫٬])(?P<a>-?{NUM}){SP}°?(?:{SP}[-–]{SP}|(?P<word>[ \t]{{1,3}}(?:و|إلى|الى|حتى)"
    rf"[ \t]{{0,3}}))(?P<b>-?{NUM}){SP}°"
    rf"(?:{SP}(?P<scale>[CFم](?![A-Za-z{AR_LETTER}])))?"
)


def degree_range(m: re.Match[str], primary: str) -> str:
    """"25°-30°م" -> "من خمس وعشرين إلى ثلاثين درجة مئوية"."""
    scale = m.group("scale") or ""
    a, b = m.group("a"), m.group("b")
    if primary != "ar":
        to = {"fa": "تا", "ur": "سے"}.get(primary, "to")
        return f"{a} {to} {b}°{scale}"  # the degrees step reads "b°"
    noun = {"C": DEGREE_CELSIUS, "م": DEGREE_CELSIUS, "F": DEGREE_FAHRENHEIT,
            "ف": DEGREE_FAHRENHEIT}.get(scale, DEGREE)

    def signed(n: str, *, last: bool) -> str:
        sign = _minus(primary) + " " if n.startswith("-") else ""
        n = n.lstrip("-")
        return sign + (ar_amount(n, None, noun, case="oblique") if last else
                       number_words(n, "ar", case="oblique", feminine=noun.feminine))

    if m.group("word"):  # the author's own words between them
        return f"{signed(a, last=False)}{m.group('word')}{signed(b, last=True)}"
    return range_words(signed(a, last=False), signed(b, last=True), before(m).split())


CURRENCY = re.compile(
    rf"(?P<sym>[$€£﷼₺₹₪₽]){SP}(?P<a>{NUM})(?:{SP}(?P<scale_a>{SCALE_ALT})(?![{AR_LETTER}])"
    rf"|[ \t]?(?P<latin>bn|bln|mn|mln|tn|trn|m|k)(?![A-Za-z]))?"
    rf"|(?P<b>{NUM})(?:{SP}(?P<scale_b>{SCALE_ALT})(?![{AR_LETTER}]))?{SP}(?P<sym_b>[$€£﷼₺₹₪₽])"
)
# "$2.5bn" in an Arabic, Persian or Urdu sentence: the scale in the sentence's words
_LATIN_SCALES = {
    "ar": {"k": "ألف", "m": "مليون", "bn": "مليار", "tn": "تريليون"},
    "fa": {"k": "هزار", "m": "میلیون", "bn": "میلیارد", "tn": "تریلیون"},
    "ur": {"k": "ہزار", "m": "ملین", "bn": "ارب", "tn": "ٹریلین"},
}
_LATIN_SCALE_KEY = {"bln": "bn", "mn": "m", "mln": "m", "trn": "tn"}


def currency(m: re.Match[str], primary: str) -> str:
    """"$5" -> "خمسة دولارات", "$5.3 مليار" -> "خمسة مليارات وثلاثمئة مليون دولار"."""
    symbol = m.group("sym") or m.group("sym_b")
    number = m.group("a") or m.group("b")
    scale = m.group("scale_a") or m.group("scale_b")
    if m.group("latin"):
        latin = m.group("latin").lower()
        scale = _LATIN_SCALES.get(primary, _LATIN_SCALES["ar"])[_LATIN_SCALE_KEY.get(latin,
                                                                                      latin)]
    if primary in OTHER_CURRENCY_SYMBOLS:
        name = OTHER_CURRENCY_SYMBOLS[primary][symbol]
        return f"{_other_amount(number, scale, primary)} {name}"
    if scale is not None and scale not in AR_SCALES:
        return m.group()
    noun = AR_CURRENCY_SYMBOLS[symbol]
    return ar_amount(number, scale, noun, case=case_of(before(m)))


# English: espeak-ng reads "$799.99" as "dollar seven hundred ... point nine nine" and
# "£71.6m" as "pound seventy-one point six m"; a listener expects "799 dollars and 99
# cents", "71.6 million pounds". The digits stay: the English voice reads them well.
EN_CURRENCY = re.compile(
    r"(?<![\w$€£])(?P<sym>US\$|A\$|C\$|[$€£¥₹]|Rs\.?|(?-i:SR|SAR|QR|QAR|Dhs?|AED|KD))[ \t]?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?![.,]?\d)"  # (never the front of a number: "$1.2xx" was read "1 dollar.2xx")
    r"(?:[ \t]?[-–][ \t]?[$€£]?(?P<to>\d[\d,]*(?:\.\d+)?))?"
    # (South Asia's "Rs3.5 lakh", "₹500 crore": "3.5 rupees lakh" was said)
    r"(?:[ \t]?(?P<scale>thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|m|k|"
    r"crores?|lakhs?|lacs?|(?<=\d)(?-i:B|T)(?!/))\b)?"  # "$3.4B", "$3T" (glued)
    r"(?![\d$€£]|[^\W\d_])", re.I)
_EN_MONEY = {"$": ("dollar", "dollars", "cent", "cents"),
             "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence"),
             "US$": ("US dollar", "US dollars", "cent", "cents"),
             "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
             "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
             "¥": ("yen", "yen", "", ""),  # (no coin smaller: "¥149.80" is 149.80 yen)
             "₹": ("rupee", "rupees", "paisa", "paise"),
             "Rs": ("rupee", "rupees", "paisa", "paise"),
             # the Gulf's, as its English papers write them ("SR3.5bn", "Dh2.61", "AED 55,000"):
             # espeak-ng said "ess ar three point five", "dee aitch twenty"
             "SR": ("riyal", "riyals", "halala", "halalas"),
             "SAR": ("riyal", "riyals", "halala", "halalas"),
             "QR": ("riyal", "riyals", "dirham", "dirhams"),
             "QAR": ("riyal", "riyals", "dirham", "dirhams"),
             "Dh": ("dirham", "dirhams", "fils", "fils"),
             "Dhs": ("dirham", "dirhams", "fils", "fils"),
             "AED": ("dirham", "dirhams", "fils", "fils"),
             "KD": ("dinar", "dinars", "fils", "fils")}
_EN_SCALES = {"bn": "billion", "bln": "billion", "b": "billion", "m": "million", "mn": "million",
              "mln": "million", "tn": "trillion", "trn": "trillion", "t": "trillion",
              "k": "thousand", "crores": "crore", "lakhs": "lakh", "lacs": "lakh", "lac": "lakh"}


def en_currency(m: re.Match[str]) -> str:
    """"$799.99" -> "799 dollars and 99 cents", "£71.6m" -> "71.6 million pounds",
    "$1" -> "1 dollar", "$0.50" -> "50 cents"."""
    one, many, small_one, small_many = _EN_MONEY[m.group("sym").rstrip(".")]
    whole, frac, scale = m.group("n"), m.group("frac"), m.group("scale")
    number = f"{whole}.{frac}" if frac else whole
    scale_word = _EN_SCALES.get(scale.lower(), scale.lower()) + " " if scale else ""
    if _EN_ADJECTIVE_AMOUNT.match(m.string, m.end()) and \
            ARTICLE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        # "a $5,000-a-year rise", "a €4.5 billion aid package": singular, as an adjective
        return f"{number} {scale_word}{one}"
    if m.group("to"):  # "$5-10" -> "5 to 10 dollars"
        return f"{number} to {m.group('to')} {scale_word}{many}"
    if scale or (frac is not None and (len(frac) != 2 or not small_one)):
        # "71.6 million pounds", "$5.125", "¥149.80"
        return f"{number} {scale_word}{many}"
    amount = int(whole.replace(",", ""))
    said = f"{whole} {one if amount == 1 else many}"
    if frac is None or int(frac) == 0:
        return said
    cents = int(frac)
    small = f"{cents} {small_one if cents == 1 else small_many}"
    return small if amount == 0 else f"{said} and {small}"


_EN_ADJECTIVE_AMOUNT = re.compile(r"-[a-z]|[ \t](?!(?:of|for|in|to|on|a|an|the|and|or|per|each|"
                                  r"from|with|by|at|as|is|was|more|less)\b)[a-z]")


# -- ranges ---------------------------------------------------------------------------

# The dash may be a tatweel between blanks: "(2 ـ 5)".
RANGE = re.compile(
    rf"(?<![\d.,٫٬/-])(?P<a>{NUM})(?:{SP}[-–—]{SP}|[ \t]{{1,3}}ـ[ \t]{{1,3}})(?P<b>{NUM})"
    rf"(?![\d/]|[.,]\d)"
    rf"(?:(?P<pct>{SP}[%٪])|[ \t]{{1,3}}(?P<scale>{SCALE_ALT})(?![{AR_LETTER}])"
    rf"|{SP}(?P<unit>{UNIT_ALT})(?![{AR_LETTER}A-Za-z\d²³])"
    rf"|(?P<noun>[ \t]{{1,3}}[{AR_LETTER}]{{2,}})(?![{AR_LETTER}]))?"
)


# "edged the Celtics 101-99": a score (not a model's "787-9")
_EN_SCORE_WORD = re.compile(r"\b(?:beat|beats|beating|edged?|won|win|wins|lost|loses|defeated|"
                            r"score|scored|victory|draw|drew|led|trailed|thrashed|routed)\b",
                            re.I)


def _model_number(a: str, b: str) -> bool:
    """A Boeing "787-9"? A "range" from a number of three digits or more to one with
    fewer digits is a model's name, unless it is a span of years ("1990-95",
    "2019-20"); "1500-1200 BC" is a range."""
    if not (a.isdigit() and b.isdigit()):
        return False
    years = 1000 <= int(a) <= 2099 and len(b) == 2
    return len(a) >= 3 and len(b) < len(a) and not years


# a season's, a school year's or a fiscal year's words before "2023-2024" (not "الفترة
# 2025-2026": from one year to the next)
_SEASON = re.compile(r"موسم|الموسم|لموسم|بموسم|الدراسي|الدراسية|المالي|المالية|الرياضي|دوري|الدوري")
# an aircraft maker or a model's word before "737-800": a model, not a range
_AIRCRAFT = re.compile(r"بوينغ|بوينج|إيرباص|ايرباص|إيرباس|طراز|Boeing|Airbus|Embraer|إمبراير")


def _phone_number(a: str, b: str) -> bool:
    """"011-4123456", "0912-345678": a number opening with a zero, then five digits or
    more, is no range."""
    return a.isdigit() and b.isdigit() and len(a) >= 2 and a.startswith("0") and len(b) >= 5


_UR_POSTPOSITIONS = frozenset({"کے", "کی", "کا", "میں", "سے", "تک", "پر", "کو", "نے"})


def number_range(m: re.Match[str], primary: str) -> str:
    """"2011-2024" -> "من ألفين وأحد عشر إلى ألفين وأربعة وعشرين"; after "من" the
    "من" is not said twice, after "بين" it is "X وY"; "5-10 كم" counts the unit by
    the second number; "3-1", "1-1" and "خسر 0-3" (scores) are "ثلاثة مقابل واحد"."""
    a, b = m.group("a"), m.group("b")
    scale, unit_text = m.group("scale"), m.group("unit")
    pct = bool(m.group("pct"))
    rest = m.group("noun") or ""  # the word after the range, given back unless counted
    if _phone_number(a, b):  # "011-4123456": an area code and a number, digit by digit
        return digit_groups_said((a, b), primary) + rest
    if re.search(r"[A-Za-z]\Z", before(m)) and b.isdigit():
        # "i9-14900K", "A320-200": a code (its number on a letter), no range ("i من
        # تسعة إلى ...", "i9 to 14900K"); each number is read as its neighbours have it
        return f"{a}{' ' if primary == 'en' else '، '}{b}{rest}"
    if primary == "en":
        if not pct and (a == b or _model_number(a, b)) and not _EN_SCORE_WORD.search(
                before(m)[-40:]):  # a "50-50" split, a "1-1" draw: no range either
            return f"{a} {b}{rest}"  # a Boeing "787-9": espeak-ng said "787 dash 9"
        return f"{a} to {b}{' percent' if pct else ''}{rest}"
    words = before(m).split()
    if primary in ("fa", "ur"):
        tail = f" {_PERCENT_WORD[primary]}" if pct else (f" {scale}" if scale else "")
        first, second = number_words(a, primary), number_words(b, primary)
        if a.isdigit() and b.isdigit() and not (pct or scale or unit_text) and (
                int(b) <= int(a) <= 20 or (primary == "fa" and fa_score(m, a, b))):
            # a score ("2-1", "۱-۱"): no range runs down or stays put
            return f"{first} بر {second}{rest}" if primary == "fa" else f"{first} {second}{rest}"
        if unit_text:
            tail = f" {unit_text}"
        if primary == "ur" and len(a) == 4 and len(b) == 2 and (a + b).isdigit() \
                and 1900 <= int(a) < 2100 and int(b) == (int(a) + 1) % 100 and not tail:
            return f"{ur_year(int(a))} {ur_cardinal(int(b))}{rest}"  # a fiscal "2024-25"
        if primary == "ur":  # ("پندرہ سے بیس منٹ": "تک" before a unit was heard wrong)
            counted = unit_text or tail or (  # (not "دس سے پندرہ تک فیصد")
                rest.split() and rest.split()[0] not in _UR_POSTPOSITIONS)
            until = "" if counted else " تک"  # ("... سے ... تک کے دوران")
            return f"{first} سے {second}{until}{tail}{rest}"
        return f"{first} تا {second}{tail}{rest}"
    if a.isdigit() and b.isdigit() and not (pct or scale or unit_text) and (
            _model_number(a, b) or _AIRCRAFT.search(" ".join(words[-3:]))) \
            and not score_context(words):
        # a Boeing "737-800", "787-9": a model's name, not "from 737 to 800"
        glued = " " if re.match(r"[A-Za-z]", after(m)) and not rest else ""  # "777-300ER"
        return f"{number_words(a, 'ar')}، {number_words(b, 'ar')}{glued}{rest}"
    if a.isdigit() and b.isdigit() and 1900 <= int(a) <= 2099 and len(b) in (2, 4) \
            and not (pct or scale or unit_text):
        if len(b) == 2 and int(b) > int(a) % 100:
            b = a[:2] + b  # "1990-95": to 1995, not to 95
        if int(b) == int(a) + 1 and (m.group("b") != b or _SEASON.search(
                " ".join(words[-3:]))):  # "موسم 2023-24": one season, its years in turn
            return f"{number_words(a, 'ar', case='oblique')}، " \
                   f"{number_words(b, 'ar', case='oblique')}{rest}"
    pa, pb = parse_number(a), parse_number(b)
    whole = pa is not None and pb is not None and pa[1] is None and pb[1] is None
    # (a basketball or handball score, "98-87", "31-28", only after a match's word and
    # with no counted noun after it: "فاز 20-30 طالبا" is a range)
    if (whole and pa and pb and not (scale or unit_text or pct)
            and ((max(pa[0], pb[0]) <= 20 and (pa[0] >= pb[0] or (
                score_context(words, rest or after(m))
                and counted_noun_after(rest or after(m)) is None)))
                 or (max(pa[0], pb[0]) <= 200 and score_context(words, rest or after(m))
                     and counted_noun_after(rest or after(m)) is None))):
        return (f"{ar_cardinal(pa[0], case='oblique')} مقابل "
                f"{ar_cardinal(pb[0], case='oblique')}{rest}")
    unit = unit_named(unit_text) if unit_text else None
    tail = ""
    if scale and scale not in AR_SCALES:
        scale, tail = None, f" {scale}"
    noun = counted_noun_after(rest) if rest else None
    if (whole and pa and pb and noun is not None and not is_plural(noun)
            and {pa[0], pb[0]} <= {1, 2}):
        # "1-2 صفحة" -> "من صفحة إلى صفحتين": one and two are the noun and its dual.
        ends = [noun if n == 1 else dual(noun, oblique=True) for n in (pa[0], pb[0])]
        if None not in ends:
            return range_words(str(ends[0]), str(ends[1]), words)
    # "بين 3 و5 ملايين": the first number counts the scale word, which is masculine
    feminine = unit.feminine if unit else (not scale and noun is not None and is_feminine(noun))
    first = number_words(a, "ar", case="oblique", feminine=feminine)
    if scale or unit:
        second = ar_amount(b, scale, unit, case="oblique",
                           followed=counted_noun_after(after(m)) is not None)
    else:
        second = number_words(b, "ar", case="oblique", feminine=feminine,
                              construct=noun is not None)
    if pct:
        second += " بالمئة"
    return range_words(first, second, words) + tail + rest


# -- slashes: fractions, day/month, month/year ----------------------------------------

_EN_FRACTIONS = {(1, 2): "one half", (1, 3): "one third", (2, 3): "two thirds",
                 (1, 4): "one quarter", (3, 4): "three quarters", (1, 5): "one fifth",
                 (1, 10): "one tenth"}
_FRACTIONS = {(1, 2): "نصف", (1, 3): "ثلث", (1, 4): "ربع", (3, 4): "ثلاثة أرباع",
              (2, 3): "ثلثان"}
# words before an act's or a case's "number/year"
_NUMBERED_ACTS = LABEL_WORDS | word_set("""
    القانون قانون المرسوم مرسوم القرار قرار التعميم تعميم الأمر النظام القضية قضية الدعوى
    دعوى البلاغ بلاغ الكتاب
""")
_UR_CRICKET = re.compile(r"(?<![\u0621-\u06ff])(?:اسکور|سکور|رنز|رن|وکٹ|وکٹوں|وکٹیں|اوورز|اوور"
                         r"|اننگز|بیٹنگ|آؤٹ)(?![\u0621-\u06ff])")
SLASHED = re.compile(
    rf"(?<![\d.,/])(?P<a>\d+){SP}/{SP}(?P<b>\d+)(?![\d/]|[.,]\d)"
)


_NUMBERED = re.compile(r"(?<![^\W\d_])(?:[وفب]?ال|[وفب])?رقم[ \t]*$")
_SERIES = re.compile(r"(?<![^\W\d_])(?:[وفب]?ال)?(حلقة|جزء)[ \t]*\(?[ \t]*$")


def slashed(m: re.Match[str], primary: str, month_names: MonthNames) -> str:
    """"1/2" -> "نصف", "24/7" -> "على مدار الساعة", "3/2021" -> a month and year,
    "18/01" -> a day and month, "2024/2025" two years (a season), other "a/b" ->
    "a على b"."""
    a, b = int(m.group("a")), int(m.group("b"))
    if (a, b) == (24, 7):
        if primary == "ar" and before(m).rstrip().endswith("مدار"):
            return "الساعة"  # "على مدار 24/7": "على مدار" once
        return {"ar": "على مدار الساعة", "fa": "شبانه‌روزی", "ur": "چوبیس گھنٹے"}.get(
            primary, "twenty-four seven")
    if primary == "en":
        return _en_slashed(m, a, b)
    if (a, b) == (9, 11) and re.search(r"(?:هجمات|أحداث|احداث|اعتداءات|ضربات|هجوم)\s*$",
                                       before(m)):
        return {"ar": "الحادي عشر من سبتمبر", "fa": "یازده سپتامبر",
                "ur": "نائن الیون"}.get(primary, m.group())  # the attacks of 2001
    if primary == "ur" and a > b <= 10 and _UR_CRICKET.search(
            before(m)[-60:] + " " + after(m)[:30]):
        # a cricket score, runs for wickets: "اسکور 36/2" (was the fraction "بٹا")
        return f"{ur_cardinal(a)} پر {ur_cardinal(b)}"
    if is_day_month(m, a, b, m.group("b")):
        return day_month(a, b, primary, month_names)
    if primary == "ar" and 1 <= a <= b <= 99 and (part := _SERIES.search(before(m))):
        # "الحلقة (1/3)": the first part of three, not a third ("الحلقة (ثلث)")
        feminine = is_feminine(part.group(1))
        return (f"{ar_ordinal(a, feminine=feminine)} من "
                f"{ar_cardinal(b, case='oblique', feminine=feminine)}")
    if primary == "ar" and (a, b) in _FRACTIONS:
        if (a, b) == (2, 3) and re.match(r"\s+(?:ال|لل)", after(m)):
            return "ثلثا"  # "2/3 الأعضاء": in construct, "ثلثا الأعضاء"
        return _FRACTIONS[(a, b)]
    if primary == "ar" and len(m.group("b")) == 4 and (1900 <= b <= 2100 or 1300 <= b <= 1500) \
            and any(bare(w) in _NUMBERED_ACTS for w in before(m).split()[-2:]):
        # "القضية رقم 1234/2022", "القانون رقم 6/2008", "المرسوم 12/2011": a number and
        # its year (not June 2008)
        return f"{ar_cardinal(a, case='oblique')} لسنة {ar_cardinal(b, case='oblique')}"
    if 1 <= a <= 12 and 1900 <= b <= 2099 and len(m.group("b")) == 4:
        # "3/2021": month and year.
        if primary == "fa":
            return f"{FA_GREGORIAN[a]} {fa_cardinal(b)}"
        if primary == "ur":
            return f"{UR_GREGORIAN[a]} {year_words(b, 'ur')}"
        return f"{LEVANTINE[a]} {TRANSLITERATED[a]} {year_words(b, 'ar')}"
    # ("موسم 2024/25": the next year's last digits, "على خمسة وعشرين" was said)
    # (not a document's number, "القرار رقم 1445/46"; nor Persian's year and month, "1404/05")
    short = len(m.group("a")) == 4 and len(m.group("b")) == 2 and b == (a + 1) % 100 and \
        not _NUMBERED.search(before(m)) and not (primary == "fa" and b <= 12)
    if (short or (abs(a - b) == 1 and len(m.group("a")) == len(m.group("b")) == 4)) and \
            1300 <= a <= 2100:
        b = a + 1 if short else b
        # (written later year first, too: "العام المالي 2016/2015")
        # "موسم 2024/2025", "1445/1446": one season or year written as its two years
        if primary == "ar":  # (a year is said in the genitive: "موسم ألفين...")
            return f"{ar_cardinal(a, case='oblique')}، {ar_cardinal(b, case='oblique')}"
        return f"{cardinal(a, primary)}، {cardinal(b, primary)}"
    if primary == "fa" and 2 <= b <= 10 and a < b:
        return f"{fa_cardinal(a)} {fa_ordinal(b)}"  # "سه چهارم": a cardinal and an ordinal
    if primary == "ar":
        # "حصل على 18/20": the first number in the case of its place, the second after
        # "على" in the genitive ("على عشرون" was said)
        said = before(m)
        glued = re.search(r"(?:^|\s)([وفبلك]{1,2})$", said)
        pre = glued.group(1) if glued else ""
        case = case_of(said[: len(said) - len(pre)], pre)
        return f"{ar_cardinal(a, case=case)} على {ar_cardinal(b, case='oblique')}"
    over = {"fa": "بر", "ur": "بٹا"}.get(primary, "على")
    return f"{cardinal(a, primary)} {over} {cardinal(b, primary)}"


_EN_WHOLE = re.compile(r"(?<![\d.,])\d+[ \t]+$")


def _en_slashed(m: re.Match[str], a: int, b: int) -> str:
    """English "a/b": a fraction, a blood pressure, a season, "9/11", "50/50", a day and
    month; else as written (a pause)."""
    if (a, b) in _EN_FRACTIONS and not m.group("a").startswith("0"):
        said = _EN_FRACTIONS[(a, b)]  # "1/3 of its budget" was "one, three"
        if _EN_WHOLE.search(before(m)):  # "6 1/2 years": "6 and a half"
            return "and " + said.replace("one ", "a ", 1)
        return said
    if 60 <= a <= 300 and 30 <= b < a and re.match(r"\s*(?:mm|millimetres of)", after(m)):
        return f"{a} over {b}"  # a blood pressure, "140/90 mmHg"
    if len(m.group("a")) == 4 and 1800 <= a <= 2099 and len(m.group("b")) == 2 and \
            (a + 1) % 100 == b:
        return f"{en_year(a)} {en_cardinal(b) if b >= 10 else 'oh ' + en_cardinal(b)}"
    if (a, b) in ((9, 11), (7, 7)):  # the attacks of 11 September 2001 and 7 July 2005
        return f"{en_cardinal(a)} {en_cardinal(b)}"
    if a == b and a in (50, 60):
        return f"{en_cardinal(a)}-{en_cardinal(a)}"
    if 13 <= a <= 31 and 1 <= b <= 12:  # "until 31/12": a day and a month, no other way
        return f"the {en_ordinal(a)} of {EN_MONTHS[b]}"
    return m.group()


PLUS_WORDS = {"ar": "زائد", "fa": "به علاوه", "ur": "جمع", "en": "plus"}
