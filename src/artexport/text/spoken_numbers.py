"""Numbers, dates, times and units in running text, as words for a speech engine.

:func:`speak_numbers_in` is the number step of :func:`artexport.text.speech.speech_text`:
it rewrites every date, time, range, percentage, amount, verse reference and number of
an Arabic, Persian, Urdu (or English) text as words in that language, following the
grammar of the sentence around it. The steps live by concern:

* :mod:`.spoken_dates` and :mod:`.spoken_times`: dates, years with an era, clock times;
* :mod:`.spoken_amounts`: percentages, degrees, currencies, scale words and units,
  ranges, fractions, Quran references; :mod:`.spoken_phones`: telephone numbers;
* :func:`.number_tokens.regular_number_writing`: the ways copy writes a number ("10 000",
  "17ر50", "الساعة 0658") made regular first;
* this module: the order of the steps, and the plain numbers left after them, read by
  the grammar of :mod:`.arabic_counting` (case, gender of the counted noun, ordinals).

Each step is linear in the length of the text (see :mod:`.number_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .arabic_counting import (
    LABEL_WORDS,
    ORDINAL_NOUNS,
    case_of,
    counted_noun_after,
    previous_word,
    reading_of,
    strip_clitics,
)
from .arabic_nouns import bare, dual, is_feminine, is_plural, without_marks
from .arabic_shorthand import arabic_shorthand
from .arabic_titles import arabic_abbreviations
from .initialisms import ARABIC_LETTER_NAMES, hyphen_letters_to_number
from .lang import is_arabic_script, primary_subtag, word_set
from .number_tokens import (
    AR_LETTER,
    LATIN_LETTER,
    NUM,
    after,
    ascii_digits,
    before,
    digits_one_by_one,
    number_words,
    parse_number,
    regular_number_writing,
    score_context,
    vulgar_fractions,
)
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
from .numbers_ur import ur_ordinal
from .quran_suras import quran_citations
from .spoken_amounts import (
    CURRENCY,
    DEGREE_RANGE,
    DEGREES,
    EN_CURRENCY,
    PERCENT,
    PLUS_WORDS,
    QUANTITY,
    RANGE,
    SLASHED,
    currency,
    degree_range,
    degrees,
    en_currency,
    number_range,
    percent,
    quantity,
    slashed,
)
from .spoken_dates import (
    AF_DATE,
    DAY_BEFORE_DATE,
    DMY,
    EN_NAMED_DATE,
    ERA_YEAR,
    MONTH_YEAR,
    NAMED_DATE,
    YMD,
    MonthNames,
    af_date,
    day_before_date,
    en_named_date,
    era_year,
    month_year,
    named_date,
    numeric_date,
    speak_date,
)
from .spoken_phones import DIGIT_GROUPS, after_telephone, digit_groups, telephone_numbers
from .spoken_times import (
    DURATION,
    EN_DURATION,
    GMT,
    HALF_HOURS,
    TIME,
    TIME_RANGE,
    duration,
    en_duration,
    gmt,
    half_hours,
    hours_with_parts,
    speak_time,
    time_of_day,
    time_range,
)
from .units import AR_UNITS, CURRENCY_PAIR, currency_pair

__all__ = ["MonthNames", "ascii_digits", "numbers_language", "speak_date", "speak_number",
           "speak_numbers_in", "speak_time"]


def numbers_language(lang: str) -> str:
    """Which number words :func:`speak_numbers_in` uses for text in ``lang``: "ar",
    "fa" and "ur" their own (Dari Persian's), other Arabic-script languages (Pashto...)
    Arabic's, every other language English's."""
    primary = primary_subtag(lang) or "ar"
    if primary in {"ar", "fa", "ur", "en"}:
        return primary
    if primary == "prs":
        return "fa"
    return "ar" if is_arabic_script(lang) else "en"


def _sub(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    return pattern.sub(repl, text)


def speak_numbers_in(text: str, primary: str, *, month_names: MonthNames = "both") -> str:
    """Every date, time, range, amount and number in ``text`` as words.

    ``primary`` is "ar", "fa", "ur" or "en" (see :func:`numbers_language`). Arabic,
    Persian and Urdu text comes back without digits; English keeps plain numbers
    (engines read them well) but gets dates, times and ranges as words. ``text`` has
    ASCII digits already (see :func:`ascii_digits`).
    """
    words_for_numbers = primary != "en"
    text = regular_number_writing(text, primary)
    text = telephone_numbers(text, primary)
    text = vulgar_fractions(text, primary)
    if primary == "ar":
        text = arabic_shorthand(text)  # "ت.غ", "‰", "¥", "طالباً/ة", "القرن XIX", "×2"
        text = _sub(_BRACKETED_RANK, lambda m: f"{m.group(1)} {m.group(2)}", text)
        text = _sub(_LETTER_LABEL, _letter_label, text)
        text = _sub(_ECHOED, _without_echo, text)
        text = _sub(_GLUED_LATIN_UNIT, lambda m: f"{m.group(1)} {m.group(2)}", text)
    if words_for_numbers:  # "۱۲- درجه": a minus typed after the number, right to left
        text = _TRAILING_MINUS.sub(r"-\1", text)
    if primary == "fa":
        text = _sub(_SLASH_DECIMAL, _slash_decimal, text)
    if words_for_numbers:
        text = _sub(_COMMA_DECIMAL, lambda m: f"{m.group(1)}٫{m.group(2)}", text)
        text = _PLUS_BETWEEN.sub(f" {PLUS_WORDS[primary]} ", text)
    text = _sub(GMT, lambda m: gmt(m, primary), text)
    if primary in ("fa", "ur"):
        text = _sub(_SUFFIXED_ORDINAL, lambda m: _suffixed_ordinal(m, primary), text)
    if primary == "ar":
        text = _sub(_POWER_UNIT, lambda m: m.group(1) + m.group(2) + "²³"[int(m.group(3)) - 2],
                    text)
    text = _sub(_ARABIC_GLUE, _unglue, text)
    text = quran_citations(text, primary)
    if primary != "en":
        text = _sub(DAY_BEFORE_DATE, lambda m: day_before_date(m, primary), text)
    if primary == "fa":
        text = _sub(AF_DATE, af_date, text)
    text = _sub(NAMED_DATE, lambda m: named_date(m, primary), text)
    text = _sub(EN_NAMED_DATE, lambda m: en_named_date(m, primary), text)
    text = _sub(YMD, lambda m: numeric_date(m, primary, month_names, "ymd"), text)
    text = _sub(DMY, lambda m: numeric_date(m, primary, month_names, "dmy"), text)
    text = _sub(MONTH_YEAR, lambda m: month_year(m, primary), text)
    if primary == "en":
        text = _sub(EN_DURATION, en_duration, text)
    if primary == "ar":
        text = _sub(DURATION, lambda m: duration(m) or m.group(), text)
        text = _sub(HALF_HOURS, half_hours, text)
        text = hours_with_parts(text)
    if primary == "fa":  # "۱۱:۳۰ ساعت" is how long, not when ("ساعت یازده و سی دقیقه ساعت")
        text = _FA_DURATION.sub(
            lambda m: f"{fa_cardinal(int(m.group(1)))} ساعت" + (
                f" و {fa_cardinal(int(m.group(2)))} دقیقه" if int(m.group(2)) else ""), text)
    text = _sub(TIME_RANGE, lambda m: time_range(m, primary), text)
    text = _sub(TIME, lambda m: time_of_day(m, primary), text)
    text = _sub(_RATIO, lambda m: _ratio(m, primary), text)
    if words_for_numbers:
        text = _sub(ERA_YEAR, lambda m: era_year(m, primary), text)
    else:
        text = _sub(EN_CURRENCY, en_currency, text)
    text = _sub(DEGREE_RANGE, lambda m: degree_range(m, primary), text)
    text = _sub(RANGE, lambda m: number_range(m, primary), text)
    if primary == "en":
        text = _sub(_EN_YEAR, _en_year, text)
    text = _sub(PERCENT, lambda m: percent(m, primary), text)
    text = _sub(DEGREES, lambda m: degrees(m, primary), text)
    if words_for_numbers:
        text = _sub(CURRENCY, lambda m: currency(m, primary), text)
        text = _sub(DIGIT_GROUPS, lambda m: digit_groups(m, primary), text)
        text = _sub(QUANTITY, lambda m: quantity(m, primary), text)
        if primary == "ar":  # (Arabic titles: "م." was "المهندس" in Persian and Urdu too)
            text = arabic_abbreviations(text)
            text = CURRENCY_PAIR.sub(currency_pair, text)
    if primary in _OUT_OF:  # a rating, "4.7/5": "four point seven five" was said
        text = _RATING.sub(rf"\1 {_OUT_OF[primary]} \2", text)
    text = _sub(SLASHED, lambda m: slashed(m, primary, month_names), text)
    if words_for_numbers:
        if primary == "ar":
            text = hyphen_letters_to_number(text)  # "G20": "جي عشرين"
        text = _sub(_LATIN_ORDINAL, lambda m: en_ordinal(int(m.group(1))), text)
        text = _sub(_LATIN_DIGITS, lambda m: f"{_after_letter(m)}{_latin_digits(m.group())} ",
                    text)
        if primary == "ar":  # ("-2 درجة": "سالب اثنتين درجة" was said)
            text = _NEGATIVE_ONE_OR_TWO.sub("سالب ", text)
            text = _sub(_ONE_OR_TWO, _one_or_two, text)
        text = _sub(_NUMBER, lambda m: _number(m, primary), text)
        text = _sub(_DIGIT, lambda m: number_words(m.group(), primary), text)
    return text


def speak_number(value: int | str, lang: str = "ar", *, case: Case = "nominative",
                 feminine: bool = False, ordinal: bool = False) -> str:
    """``value`` in words: ``4159512313``, ``"٤.١٥٩.٥١٢.٣١٣"``, ``"94.75"``, ``"1,500"``.

    Arabic: ``case`` is ``"nominative"`` (the citation form, "اثنان وعشرون"),
    ``"oblique"`` ("اثنين وعشرين") or ``"accusative"`` ("واحدًا وعشرين"); ``feminine``
    for a feminine counted noun;
    ``ordinal`` for the definite ordinal ("السادس والعشرون"). Urdu: ``feminine``
    ordinals ("پانچویں"). Raises ``ValueError`` for a string that is not a number.
    """
    primary = numbers_language(lang)
    if isinstance(value, int):
        integer, fraction = value, None
    else:
        raw = ascii_digits(value.strip())
        sign = -1 if raw[:1] in "-−" else 1
        parsed = parse_number(raw.lstrip("-−+"))
        if parsed is None:
            raise ValueError(f"not a number: {value!r}")
        integer, fraction = parsed[0] * sign, parsed[1]
    if ordinal and fraction is None:
        return _ordinal(integer, primary, case=case, feminine=feminine)
    if fraction is not None:
        return decimal(integer, fraction, primary, case=case, feminine=feminine)
    return cardinal(integer, primary, case=case, feminine=feminine)


def _ordinal(n: int, primary: str, *, case: Case, feminine: bool) -> str:
    return ordinal(n, primary, case=case, feminine=feminine)


# An English year after a word of time, or a span of years: "since 2021", "in 1969",
# "2010 to 2015" (espeak-ng said "two thousand and twenty-one", "nineteen hundred and
# sixty-nine", where the dates beside them are "twenty twenty-one")
_EN_YEAR = re.compile(
    r"\b(?P<w>(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|till|[Bb]efore|[Aa]fter|[Dd]uring|year|"
    r"early|late|circa|throughout|spring|summer|autumn|fall|winter|"
    # "the 2024 election", "Vision 2030", "Expo 2020", "Euro 2024": a year in a name
    r"[Tt]he|Vision|Expo|Euro|Agenda) |mid-)"
    r"(?P<y>1[1-9]\d\d|20\d\d)(?: to (?P<y2>\d{4}|\d{2}))?(?![\d,./]\d|\d|[A-Za-z])"
    r"(?! (?:people|percent|times|[a-z]+s)\b)"
    r"|(?<![\d,.$£€])(?P<a>19\d\d|20\d\d) to (?P<b>19\d\d|20\d\d|\d{2})(?![\d,.]\d|\d)")


def _en_year(m: re.Match[str]) -> str:
    first, second = (m.group("y"), m.group("y2")) if m.group("y") else (m.group("a"), m.group("b"))
    said = en_year(int(first))
    if second:
        if len(second) == 2 and 2000 <= int(first) <= 2009:
            second = first[:2] + second  # "2008-09": "two thousand and nine", not "nine"
        said += " to " + (en_year(int(second)) if len(second) == 4 else en_cardinal(int(second)))
    return (m.group("w") or "") + said


# "نسبة 3:1", "1:100": a ratio, "النتيجة 98:87" a score (the times were read before)
_RATIO = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d{1,3})(?![\d:])")
_RATIO_WORDS = {"ar": "إلى", "fa": "به", "ur": "سے", "en": "to"}


def _ratio(m: re.Match[str], primary: str) -> str:
    word, _ = previous_word(before(m))
    if word[:1].isupper() or word in ("سورة", "سوره", "آية", "الآية"):
        return m.group()  # a chapter and verse: "Genesis 1:1"
    score = primary == "ar" and "نسب" not in word and score_context(before(m).split() or [""])
    return f"{m.group(1)} {'مقابل' if score else _RATIO_WORDS.get(primary, 'to')} {m.group(2)}"


# "المادة (5)": a rank in brackets is a rank ("المادة الخامسة"; it was "(خمسة)")
_BRACKETED_RANK = re.compile(
    r"(?<![\w])([وف]?(?:[بك]?(?:" + "|".join(sorted(ORDINAL_NOUNS, key=len, reverse=True))
    + r")|لل(?:" + "|".join(sorted((n[2:] for n in ORDINAL_NOUNS), key=len, reverse=True))
    + r")))[ \t]?\([ \t]?(\d{1,3})[ \t]?\)")
# a letter that labels a clause, a vitamin or a decree ("الفقرة (ب)", "فيتامين د",
# "رقم م/51"): said by its name, where espeak-ng said a bare /b/, /d/, /m/
# (and a list's "أ) الإقامة، ب) العمل", a clause's "الفقرة ب")
_LETTER_LABEL = re.compile(
    r"(?<=\()[ \t]?([أابتثجحخدذرزسشصضطظعغفقكلمنهوي])[ \t]?(?=\))"
    r"|(?<=فيتامين )([أابجدهك])ـ?(?![\u0621-\u064a\u0640])"
    r"|(?<![\u0621-\u064a\u0640])([مأ])/(?=\d)"
    r"|(?:^|(?<=[\s،,؛:]))([أابجدهوزحطيكلمنسعفصقرشتثخذضظغ])(?=\)[ \t])"
    r"|(?:(?<=الفقرة )|(?<=الفقره )|(?<=البند )|(?<=الملحق )|(?<=فقرة )|(?<=بند ))"
    r"([أابجدهوزحطيكلمنسعفصقرشتثخذضظغ])(?![\u0621-\u064a\u0640\u064b-\u0652])"
    # "المادة 4/أ", "(3/ب)": a clause of an article ("ثلاثة باء"; it was /b/)
    # (a number of its own, "4/أ", not "فرانس24/ أ ف ب", an agency's initials)
    r"|(?:(?<=[^\w]\d)|(?<=^\d)|(?<=[^\w]\d\d)|(?<=^\d\d))[ \t]?/[ \t]?"
    r"([أابجدهوزحطيكلمنسعفصقرشتثخذضظغ])(?![\u0621-\u064a\u0640])"
    r"(?![ \t][\u0621-\u064a](?![\u0621-\u064a]))")


def _letter_label(m: re.Match[str]) -> str:
    letter = next(g for g in m.groups() if g)
    if m.group(6):
        return "، " + ARABIC_LETTER_NAMES[letter]  # (a pause: no number counts it)
    return ARABIC_LETTER_NAMES[letter] + (" " if m.group(3) else "")


# "120Hz", "512GB" in an Arabic sentence: the unit apart, for the units step (the English
# voice read "one hundred and twenty Hz")
_GLUED_LATIN_UNIT = re.compile(
    r"(?<![\d.,A-Za-z])(\d+(?:\.\d+)?)(" + "|".join(sorted(
        (u for u in AR_UNITS if u.isascii() and u[0].isalpha()), key=len, reverse=True))
    + r")(?![\w/])")


# "خمس (5) سنوات", "خمسمئة (500) ريال": the figure repeats the words before it, as
# contracts and notices write amounts; a listener heard "five (five) years"
_ECHOED = re.compile(r"[ \t]?\((\d{1,6})\)")


def _without_echo(m: re.Match[str]) -> str:
    said = without_marks(before(m)[-80:]).rstrip()
    n = int(m.group(1))
    forms = {ar_cardinal(n, case=case, feminine=feminine, construct=construct).replace("ً", "")
             for case in ("nominative", "oblique", "accusative") for feminine in (False, True)
             for construct in (False, True)}
    return "" if any(said.endswith(form) for form in forms) else m.group()


_TRAILING_MINUS = re.compile(r"(?<![\d.,٫])(\d+(?:[.,٫]\d+)?)-(?=[ \t]*(?:درج|ڈگری|°))")
# Persian writes a decimal point as a slash: "۴۷/۵ درصد", "۲/۵ میلیارد" (read "47 over 5",
# "two fifths" and "two five billion"); not a date ("۱۸/۰۱", after "تاریخ") nor "24/7"
_SLASH_DECIMAL = re.compile(r"(?<![\d/.,٫])(\d{1,3})/(\d{1,3})(?![\d/])")
_DATE_WORDS_FA = frozenset({"تاریخ", "مورخ", "روز", "تا", "از"})


# words before a measured value: "ضریب ۰/۸", "نرخ رشد ۳/۴" are decimals
_MEASURE_WORDS_FA = word_set("نرخ رشد ضریب شاخص میانگین تورم بزرگی ریشتر سرعت دمای")
# what a measured amount is counted in: "۲/۵ درصد" is 2.5, "۳/۴ جمعیت" three quarters
_AMOUNT_WORDS_FA = word_set("""
    درصد ٪ % هزار میلیون میلیارد تریلیون کیلوگرم کیلومتر متر سانتیمتر میلیمتر گرم تن لیتر
    دلار یورو ریال تومان سال ماه روز ساعت دقیقه ثانیه برابر واحد امتیاز ریشتر درجه
""")


def _slash_decimal(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    words = before(m).split()
    if (a, b) == ("24", "7") or (b.startswith("0") and len(b) > 1) \
            or (words and words[-1] in _DATE_WORDS_FA):
        return m.group()
    following = after(m).split()[:1]
    amount = (bool(following) and following[0].strip(".,،؛") in _AMOUNT_WORDS_FA) \
        or after(m).lstrip()[:1] in ("%", "٪") or a == "0" \
        or any(w in _MEASURE_WORDS_FA for w in words[-2:])  # "ضریب ۰/۸", "نرخ رشد ۳/۴"
    if not amount and int(a) < int(b) <= 10:
        return m.group()  # a fraction of something: "سه چهارم جمعیت"
    return f"{a}٫{b}"


# "1،5%", "2،8 تريليون": the Arabic comma as a decimal point, as some agencies write it
# (one to three digits before it, one or two after, and no list of numbers around)
_COMMA_DECIMAL = re.compile(r"(?<![\d،,.٫٬])(\d{1,3})،(\d{1,2})(?![\d،])")
# "الدقيقة 90+2": added time, said with its "plus" (espeak-ng said "+" in English)
_PLUS_BETWEEN = re.compile(r"(?<=[\d%])[ \t]?\+[ \t]?(?=\d)")  # ("50% + 1": a majority)

# "20 كم2" is twenty square kilometres, not "كم" and a number two.
# (after a scale word too: "50 مليون م3")
_POWER_UNIT = re.compile(r"(?:(?<=\d)|(?<=ألف )|(?<=آلاف )|(?<=مليون )|(?<=ملايين )|(?<=مليار )"
                         r"|(?<=مليارات ))([ \t]{0,3})(كلم|كم|م|سم)([23])(?!\w)")

# "ديسمبر2018" -> "ديسمبر 2018", "2018م" -> "2018 م"; one-letter proclitics (و ب ل ف ك)
# and the article ("الـ٧٠") stay attached: they are read with the number.
_ARABIC_GLUE = re.compile(
    rf"(?<![{AR_LETTER}\u0640])([{AR_LETTER}][{AR_LETTER}\u064b-\u0652\u0640]*)(?=\d)"
    rf"|(?<=\d)(?=[{AR_LETTER}])"
)
_PROCLITICS = re.compile(r"[وف]?[بلك]?(?:ال)?|[وف]?لل")


def _unglue(m: re.Match[str]) -> str:
    word = m.group(1)
    if word is None:
        return " "
    if _PROCLITICS.fullmatch(word.replace("\u0640", "")):
        return word
    return word + " "


# Urdu "21ویں صدی", "پہلی" is written out; Persian "21ام", "۲۱مین".
_SUFFIXED_ORDINAL = re.compile(r"(?<![\d.,])(?P<n>\d{1,4})[ \t]?(?P<suffix>ویں|واں|امین|مین|ام)"
                               rf"(?![{AR_LETTER}])")


def _suffixed_ordinal(m: re.Match[str], primary: str) -> str:
    n, suffix = int(m.group("n")), m.group("suffix")
    if primary == "ur" and suffix in ("ویں", "واں"):
        if suffix == "ویں" and _UR_MASCULINE.match(after(m)):  # "6ویں نمبر پر": "چھٹے"
            return ur_ordinal(n, oblique=True)
        return ur_ordinal(n, feminine=suffix == "ویں")
    if primary == "fa" and suffix in ("ام", "امین", "مین"):
        words = fa_ordinal(n)
        return words + "ین" if suffix.endswith("ین") else words
    return m.group()


# masculine nouns an ordinal in "ویں" (their oblique form) stands before in news: "6ویں
# نمبر پر" is "چھٹے نمبر پر" ("چھٹی" is the feminine, "6ویں پوزیشن")
_UR_MASCULINE = re.compile(
    r"[ \t]*(?:نمبر|مقام|درجے|دن|روز|سال|ہفتے|مہینے|مرحلے|ایڈیشن|اوور|منٹ|راؤنڈ|میچ|ٹیسٹ"
    r"|گول|سیزن|اجلاس|حصے)(?![\u0621-\u06ff])")
# digits inside a Latin word, with the decimals of a name ("PM2.5": its "2" was English
# and its ".5" Persian, "PM two.پنج") and the parts of a version ("v1.2.3")
_LATIN_DIGITS = re.compile(
    rf"(?<=[{LATIN_LETTER}])\d{{1,4}}(?:[.٫]\d{{1,4}})+(?![\d.٫]\d)|(?<=[{LATIN_LETTER}])\d+"
    rf"|\d+(?=[{LATIN_LETTER}])")


# "1st ODI", "21st century": an English ordinal (it was "one st", heard "one saint")
_LATIN_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})(?:st|nd|rd|th)(?![A-Za-z\d])")


def _after_letter(m: re.Match[str]) -> str:
    """A hyphen after a lone "A" ("A18": the English voice read "A eighteen" /ɐ/)."""
    i = m.start()
    lone_a = i >= 1 and m.string[i - 1] == "A" and (i == 1 or not m.string[i - 2].isalpha())
    return "-" if lone_a else " "


def _latin_digits(digits: str) -> str:
    """Digits in a Latin word ("MP3", "PM2.5", "v1.2.3") in English (decimals digit by digit)."""
    parts = digits.replace("٫", ".").split(".")
    if len(parts) == 2:
        return f"{en_cardinal(int(parts[0]))} point " + " ".join(
            en_cardinal(int(d)) for d in parts[1])
    if len(parts) > 2:
        return " point ".join(en_cardinal(int(part)) for part in parts)
    return en_cardinal(int(digits)) if len(digits) <= 15 else " ".join(
        en_cardinal(int(d)) for d in digits)


_FA_DURATION = re.compile(r"(?<![\d:.,٫])(?<!ساعت )(\d{1,3}):([0-5]\d)(?![\d:])[ \t]?ساعت(?!\w)")
# (a grade point average out of 4 too, its maximum with zeros: "3.95/4.00")
_RATING = re.compile(r"(?<![\d.,٫/])(\d{1,2}[.,٫]\d{1,2})[ \t]?/[ \t]?(4|5|10|20|100)"
                     r"(?:[.,٫]0{1,2})?(?![\d/]|[.,٫]\d)")
_OUT_OF = {"ar": "من", "en": "out of", "fa": "از"}
# "-1 درجة", "-2 درجة": below zero, one and two are still the noun and its dual
# (the nouns a value below zero counts: "الطابق -2 بأبعاد" is no count)
_NEGATIVE_ONE_OR_TWO = re.compile(rf"(?<![\w.,٫٬:/+×-])[-−](?=[12](?![\w.,٫٬:/+×])"
                                  rf"[ \t]{{1,3}}(?:درجة|درجات|نقطة|نقاط)(?![{AR_LETTER}]))")
# "1 شخص", "2 سيارة": one and two follow the noun or become its dual.
_ONE_OR_TWO = re.compile(
    rf"(?<![\w\u0640.,٫٬:/+×-])(?P<pre>[وف]?[بلك]?)(?:(?<=[بلك])\u0640)?(?P<n>[12])"
    rf"(?![\w.,٫٬:/+×])"
    rf"(?P<noun>[ \t]{{1,3}}[{AR_LETTER}]{{2,}})"
)


def _one_or_two(m: re.Match[str]) -> str:
    noun = counted_noun_after(m.group("noun"))
    if noun is None or is_plural(noun) or _names_a_rank(before(m), noun) or \
            previous_word(before(m))[0] == "زائد":  # "2+1 ارتفع": a flat's rooms
        return m.group()
    pre = m.group("pre")
    case: Case = case_of(before(m), pre)
    if m.group("n") == "1":
        return f"{pre}{noun} {'واحدة' if is_feminine(noun) else 'واحد'}"
    pair = dual(noun, oblique=case != "nominative")
    return pre + pair if pair else m.group()


def _names_a_rank(text_before: str, noun: str) -> bool:
    """"المركز 2 برصيد", "الطابق 1 بجوار", "رقم 1 سياسيا": a number after a noun of rank, or after a
    definite noun and before a word opening with a preposition, names a rank or a label
    and counts nothing after it (it was "بِرَصِيدَيْنِ", the number gone)."""
    word, _ = previous_word(text_before)
    return word in ORDINAL_NOUNS or word == "رقم" or (strip_clitics(word).startswith("ال")
                                     and noun[0] in "بلك")


_NUMBER = re.compile(
    rf"(?<![\w\u0640])(?P<pre>(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)\u0640*)"
    rf"(?P<sign>(?:(?<=[وفبلك])|(?<![\w\u0640]))[-−–+](?=\d))?(?P<num>{NUM})(?![\w٫٬])"
)
_DIGIT = re.compile(r"\d+")


def _number(m: re.Match[str], primary: str) -> str:
    pre = m.group("pre").replace("\u0640", "")
    number = m.group("num")
    sign = m.group("sign")
    if primary == "ar":
        spoken = _ar_number(m, pre, number)
    elif primary == "fa" and _fa_ordinal_noun(m) and number.isdigit() and 0 < int(number) < 1000:
        spoken = fa_ordinal(int(number))  # "قرن 21" -> "قرن بیست و یکم"
    else:
        spoken = number_words(number, primary)
    if sign:
        negative = sign in "-−–"
        if primary == "ar":
            spoken = ("سالب " if negative else "زائد ") + spoken
        elif primary in ("fa", "ur"):
            plus = "به علاوه " if primary == "fa" else "جمع "
            spoken = ("منفی " if negative else plus) + spoken
        else:
            spoken = ("minus " if negative else "plus ") + spoken
    if primary == "ar" and (pre.endswith("ال") or pre.endswith("لل")):
        spoken = definite(spoken) if not spoken.startswith("ال") else spoken
        pre = pre[:-2] if pre.endswith("ال") else pre[:-1]
        if pre.endswith("ل"):
            return pre + spoken[1:]  # ل + الخمسين -> للخمسين
    return pre + spoken


# Persian nouns of rank or sequence: a number after them is an ordinal ("قرن بیست و یکم").
_FA_ORDINAL_NOUNS = word_set("قرن سده دوره مرحله ماده بند فصل طبقه رتبه جلسه نسخه سالگرد هفته "
                             "دور مرتبه")


def _fa_ordinal_noun(m: re.Match[str]) -> bool:
    words = before(m).split()
    return bool(words) and words[-1] in _FA_ORDINAL_NOUNS


# Words before a telephone, account or register number: it is said digit by digit.
_NUMBER_LABELS = LABEL_WORDS | word_set("""
    هاتف الهاتف بالهاتف هاتفي الهاتفي جوال الجوال بالجوال واتساب الواتساب فاكس الفاكس
    الموحد المجاني الطوارئ الساخن للتواصل التواصل للاستفسار اتصل اتصلوا
""")


# Before an emergency or service number of three or four digits ("الطوارئ 997", "اتصل
# على 911"): it is said digit by digit, as a caller dials it
_SERVICE_WORDS = word_set("""
    الطوارئ للطوارئ الإسعاف للإسعاف النجدة اتصل اتصلوا بالرقم الساخن المجاني الموحد
""")


def _names_a_service(text_before: str) -> bool:
    return any(bare(w) in _SERVICE_WORDS for w in text_before.split()[-3:])


def _names_a_number(text_before: str) -> bool:
    return any(bare(w) in _NUMBER_LABELS for w in text_before.split()[-3:]) or \
        after_telephone(text_before)


# "10.000 شخص", "2.500 مشارك": a dot between thousands, as Egypt and the Maghreb write
# them, before a counted noun that is no unit, currency or scale ("2.500 دينار" has fils)
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_MEASURED = re.compile(r"(?:[وفبلك]|ال)*(?:دولار|دينار|ريال|درهم|جنيه|يورو|ليرة|لير|فلس|"
                       r"متر|مليمتر|سنتيمتر|كيلو|كلم|كم|غرام|جرام|لتر|طن|أطنان|ميل|درج|نقط|"
                       r"ساع|دقيق|ثاني|ثوان|مليون|ملايين|مليار|ألف|آلاف|بالمئة|بالمائة|في)")


def _counts_persons_or_things(text_after: str) -> bool:
    noun = counted_noun_after(text_after)
    return noun is not None and not _MEASURED.match(noun)


def _ar_number(m: re.Match[str], pre: str, number: str) -> str:
    """A plain Arabic number read by the grammar of its sentence."""
    parsed = parse_number(number)
    if _DOT_THOUSANDS.fullmatch(number) and _counts_persons_or_things(after(m)):
        parsed = (int(number.replace(".", "")), None)  # "10.000 شخص": ten thousand people
    if parsed is None or parsed[1] is not None or (number.startswith("0") and len(number) > 1):
        return number_words(number, "ar", case=case_of(before(m), pre))
    if number.isdigit() and ((len(number) >= 5 and _names_a_number(before(m))) or
                             (3 <= len(number) <= 4 and _names_a_service(before(m)))):
        return digits_one_by_one(number, "ar")  # "الرقم الموحد 920012345", "اتصل بـ911"
    value = parsed[0]
    reading = reading_of(before(m), pre, after(m), value)
    if reading.ordinal:
        return ar_ordinal(value, case=reading.case, feminine=reading.feminine)
    words = ar_cardinal(value, case=reading.case, feminine=reading.feminine,
                        construct=reading.construct)
    return definite(words) if reading.definite else words

