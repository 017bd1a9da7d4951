"""Numbers in words for speech: Arabic (the careful one), Persian, Urdu
(:mod:`artexport.text.numbers_ur`) and English.

Why our own speller: ``num2words(lang="ar")`` was evaluated on 30 numbers and gets the
forms a listener hears wrong: "مئتا"/"ألفا"/"مليونا" for 200/2000/2000000 (construct
forms used standalone), "أحد عشر ألف" for 11000 (the counted noun must be accusative,
"ألفًا"), "و" written as a separate word, "أربعة و تسعون  , خمس و سبعون" for 94.75, and
ordinals past ten such as "ست و عشرون" for the 26th. The rules below are the ones of
Modern Standard Arabic as broadcasters read them.

Arabic forms chosen (documented because a listener notices them):

* Spelling "مئة" (not "مائة"), hundreds joined: "ثلاثمئة"; the conjunction "و" is
  attached to the next word: "ألف وخمسمئة".
* ``case="nominative"`` is the citation form ("اثنان وعشرون", "ألفان"); ``"oblique"``
  is the genitive/accusative form ("اثنين وعشرين", "ألفين") that most numbers in running
  news prose take (objects, after prepositions, after a noun) and that years take;
  ``"accusative"`` is the oblique form with the tanween alif the accusative spells on
  "واحدًا", the feminine units of 21-99 ("ثلاثًا وعشرين") and a leading "ألفًا", for
  where the accusative is certain (after "إنّ" and its sisters).
* ``construct=True``: a counted noun follows, so the last word is in construct: "مئتا
  شخص", "ألفا شخص", "خمسون ألف شخص" (not "ألفًا شخص").
* Scale words follow the counted-noun rules: 1 "ألف", 2 "ألفان", 3-10 "ثلاثة آلاف",
  11-99 "أحد عشر ألفًا", round hundreds "مئة ألف" / "مئتا ألف".
* ``feminine=True`` gives the forms used with a feminine counted noun ("ثلاث دقائق",
  "إحدى عشرة سنة"); the default is the masculine/abstract counting form ("ثلاثة").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from .numbers_ur import ur_cardinal, ur_decimal, ur_ordinal

Case = Literal["nominative", "oblique", "accusative"]

# -- Arabic ----------------------------------------------------------------------------

_AR_ONES_M = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
              "تسعة", "عشرة")
_AR_ONES_F = ("", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني",
              "تسع", "عشر")
_AR_TENS = ("", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
            "تسعون")
_AR_HUNDREDS = ("", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة",
                "ثمانمئة", "تسعمئة")
# singular, dual (nominative), plural (3-10), accusative singular (11-99)
_AR_SCALES = (
    ("", "", "", ""),
    ("ألف", "ألفان", "آلاف", "ألفًا"),
    ("مليون", "مليونان", "ملايين", "مليونًا"),
    ("مليار", "ملياران", "مليارات", "مليارًا"),
    ("تريليون", "تريليونان", "تريليونات", "تريليونًا"),
    ("كوادريليون", "كوادريليونان", "كوادريليونات", "كوادريليونًا"),
)

_AR_DUALS = frozenset({"اثنان", "اثنتان", "مئتان"} | {scale[1] for scale in _AR_SCALES[1:]})
# Duals in construct (before the noun they count): "مئتا ألف", "ألفا شخص".
_AR_CONSTRUCT_DUALS = frozenset({"مئتا"} | {scale[1][:-1] for scale in _AR_SCALES[1:]})

# The units of 21-99 that spell their accusative tanween: "واحدًا وعشرين", "ثلاثًا
# وعشرين سنة" (the masculine forms end in ة, whose tanween is not spelled).
_AR_ACCUSATIVE_UNITS = {"واحد": "واحدًا", "ثلاث": "ثلاثًا", "أربع": "أربعًا", "خمس": "خمسًا",
                        "ست": "ستًا", "سبع": "سبعًا", "ثمانٍ": "ثمانيًا", "تسع": "تسعًا"}

_AR_DIGITS = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
              "تسعة")

_AR_ORD_M = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
             "الثامن", "التاسع", "العاشر")
_AR_ORD_F = ("", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
             "السابعة", "الثامنة", "التاسعة", "العاشرة")


def _oblique(word: str) -> str:
    """The genitive/accusative form of a nominative number word."""
    bare = word.removeprefix("ال")
    if (bare in _AR_TENS and bare.endswith("ون")) or bare in _AR_DUALS:
        return word[:-2] + "ين"
    if bare in _AR_CONSTRUCT_DUALS:
        return word[:-1] + "ي"  # مئتا -> مئتي, ألفا -> ألفي
    return {"اثنا": "اثني", "اثنتا": "اثنتي"}.get(word, word)


def _ar_below_100(n: int, case: Case, feminine: bool) -> str:
    ones = _AR_ONES_F if feminine else _AR_ONES_M
    if n <= 10:
        word = ones[n]
    elif n < 20:
        unit = n - 10
        if unit == 1:
            first = "إحدى" if feminine else "أحد"
        elif unit == 2:
            first = "اثنتا" if feminine else "اثنا"
        else:
            first = ones[unit]
        # The teens take the opposite gender in their "ten": ثلاثة عشر / ثلاث عشرة.
        word = f"{first} {'عشرة' if feminine else 'عشر'}"
    else:
        tens, unit = divmod(n, 10)
        if unit == 0:
            word = _AR_TENS[tens]
        else:
            first = ("إحدى" if feminine else "واحد") if unit == 1 else ones[unit]
            if feminine and unit == 8:
                first = "ثمانٍ"  # a defective noun, nominative/genitive: "ثمانٍ وعشرون"
            if case == "accusative":
                first = _AR_ACCUSATIVE_UNITS.get(first, first)
            word = f"{first} و{_AR_TENS[tens]}"
    if n == 1 and case == "accusative":
        word = "واحدًا"
    if case != "nominative":
        word = " ".join(
            ("و" + _oblique(w[1:])) if w.startswith("و") and w[1:] in _AR_TENS
            else _oblique(w)
            for w in word.split(" ")
        )
    return word


def _ar_below_1000(n: int, case: Case, feminine: bool, construct: bool = False) -> str:
    """``construct``: 200 directly before the word it counts is "مئتا"/"مئتي" (مئتا
    ألف, مئتا شخص)."""
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds:
        word = _AR_HUNDREDS[hundreds]
        if hundreds == 2:
            if construct and not rest:
                word = "مئتا" if case == "nominative" else "مئتي"
            elif case != "nominative":
                word = "مئتين"
        parts.append(word)
    if rest:
        parts.append(_ar_below_100(rest, case, feminine))
    return " و".join(parts)


def _ar_group(count: int, scale: int, case: Case, feminine: bool,
              construct: bool = False) -> str:
    """One group of a number: ``count`` (1-999) of 1000**scale. ``construct``: the group
    ends the number and a counted noun follows it, so a dual loses its nun ("ألفا
    شخص") and an accusative scale word its tanween ("خمسون ألف شخص")."""
    if scale == 0:
        return _ar_below_1000(count, case, feminine, construct=construct)
    singular, dual, plural, accusative = _AR_SCALES[scale]
    if construct:
        dual = dual[:-1]  # ألفان -> ألفا
        accusative = singular
    if case != "nominative":
        dual = _oblique(dual)
    rest = count % 100
    if count == 1:
        return accusative if case == "accusative" and not construct else singular
    if count == 2:
        return dual
    if 3 <= rest <= 10:
        return f"{_ar_below_1000(count, case, False)} {plural}"
    if rest >= 11:
        return f"{_ar_below_1000(count, case, False)} {accusative}"
    # A round hundred (or hundreds + 1/2): "مئة ألف", "مئتا ألف", "مئة ألف وألفان".
    head = f"{_ar_below_1000(count - rest, case, False, construct=True)} {singular}"
    if rest == 1:
        return f"{head} و{singular}"
    if rest == 2:
        return f"{head} و{dual}"
    return head


def _thousands(n: int) -> list[int]:
    """``n``'s groups of three digits, least significant first: 1234567 -> [567, 234, 1]."""
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    return groups


def ar_cardinal(n: int, *, case: Case = "nominative", feminine: bool = False,
                construct: bool = False) -> str:
    """An integer in Arabic words: 4159512313 -> "أربعة مليارات ومئة وتسعة وخمسون ...".

    ``feminine``: the counted noun is feminine (the units take the opposite gender from
    3 to 10: "ثلاث سنوات"). ``construct``: a counted noun follows the number, so the
    last word is in construct: "مئتا شخص", "ألفا شخص", "خمسون ألف شخص".
    """
    if n < 0:
        return "سالب " + ar_cardinal(-n, case=case, feminine=feminine, construct=construct)
    if n == 0:
        return "صفر"
    if n >= 10 ** (3 * len(_AR_SCALES)):
        # Beyond the named scales nobody says the number: read the digits one by one.
        return " ".join(_AR_DIGITS[int(d)] for d in str(n))
    groups = _thousands(n)
    last = next(scale for scale, count in enumerate(groups) if count)
    words = [
        _ar_group(count, scale, case, feminine if scale == 0 else False,
                  construct=construct and scale == last)
        for scale, count in reversed(list(enumerate(groups)))
        if count
    ]
    return " و".join(words)


def ar_ordinal(n: int, *, case: Case = "nominative", feminine: bool = False) -> str:
    """A definite Arabic ordinal: 1 -> "الأول", 26 -> "السادس والعشرون"/"...العشرين".

    From 101 to 999 the grammars' ordinal: the ordinal of the rest "after" the hundreds
    (125 -> "الخامس والعشرون بعد المئة", 101 feminine -> "الحادية بعد المئة"); round
    hundreds and larger numbers are read as a definite cardinal ("المئة", "الألف").
    """
    if n <= 0:
        return definite(ar_cardinal(n, case=case))
    table = _AR_ORD_F if feminine else _AR_ORD_M
    if n <= 10:
        return table[n]
    if n < 20:
        unit = n - 10
        first = ("الحادية" if feminine else "الحادي") if unit == 1 else table[unit]
        return f"{first} {'عشرة' if feminine else 'عشر'}"
    if n < 100:
        tens, unit = divmod(n, 10)
        tens_word = "ال" + _AR_TENS[tens]
        if case != "nominative":
            tens_word = _oblique(tens_word)
        if unit == 0:
            return tens_word
        first = ("الحادية" if feminine else "الحادي") if unit == 1 else table[unit]
        return f"{first} و{tens_word}"
    hundreds, rest = divmod(n, 100)
    if rest and hundreds < 10:
        after = {1: "المئة", 2: "المئتين"}.get(hundreds) or "ال" + _AR_HUNDREDS[hundreds]
        first = ("الحادية" if feminine else "الحادي") if rest == 1 else \
            ar_ordinal(rest, case=case, feminine=feminine)
        return f"{first} بعد {after}"
    return definite(ar_cardinal(n, case=case))


def definite(words: str) -> str:
    """The number with the article, for "الـ70": "سبعين" -> "السبعين".

    Joined numbers take it on each part ("الخمسة والعشرون"), a compound 11-19 on its
    first word only ("الأحد عشر", "الخمسة عشر"), as the grammars prescribe; a decimal on
    its whole part ("الـ1.5": "الواحد فاصل خمسة"; "واحد" is no "و" and "احد": it was
    "والاحد الفاصل الخمسة").
    """
    whole, point, fraction = words.partition(" فاصل ")
    out: list[str] = []
    for word in whole.split(" "):
        if word in ("ثمانٍ", "وثمانٍ"):
            word = word[:-1] + "ي"  # "ثمانٍ" -> "الثماني": the article takes the tanween's place
        if word.startswith("ال") or (out and word in ("عشر", "عشرة")):
            out.append(word)
        elif word.startswith("و") and len(word) > 1 and not word.startswith("واحد"):
            out.append("وال" + word[1:])
        else:
            out.append("ال" + word)
    return " ".join(out) + point + fraction


def ar_decimal(integer: int, fraction: str, *, case: Case = "nominative") -> str:
    """94.75 -> "أربعة وتسعون فاصل خمسة وسبعون"; leading zeros of the fraction are read."""
    return (f"{ar_cardinal(integer, case=case)} فاصل "
            f"{_fraction_words(fraction, lambda n: ar_cardinal(n, case=case))}")


def _fraction_words(fraction: str, speak: Callable[[int], str]) -> str:
    zeros = len(fraction) - len(fraction.lstrip("0"))
    parts = [speak(0)] * zeros
    if fraction.strip("0") or not parts:
        parts.append(speak(int(fraction or "0")))
    return " ".join(parts)


# -- Persian ---------------------------------------------------------------------------

_FA_ONES = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
            "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_FA_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_FA_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد",
                "نهصد")
_FA_SCALES = ("", "هزار", "میلیون", "میلیارد", "تریلیون", "کوادریلیون")


def _fa_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [_FA_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        parts.append(_FA_TENS[tens])
        if unit:
            parts.append(_FA_ONES[unit])
    elif rest:
        parts.append(_FA_ONES[rest])
    return " و ".join(parts)


def fa_cardinal(n: int) -> str:
    """An integer in Persian words: 2021 -> "دو هزار و بیست و یک"."""
    if n < 0:
        return "منفی " + fa_cardinal(-n)
    if n == 0:
        return "صفر"
    if n >= 10 ** (3 * len(_FA_SCALES)):
        return " ".join(fa_cardinal(int(d)) for d in str(n))
    groups = _thousands(n)
    words = []
    for scale, count in reversed(list(enumerate(groups))):
        if not count:
            continue
        if scale == 0:
            words.append(_fa_below_1000(count))
        elif scale == 1 and count == 1:
            words.append(_FA_SCALES[1])  # "هزار", not "یک هزار"
        else:
            words.append(f"{_fa_below_1000(count)} {_FA_SCALES[scale]}")
    return " و ".join(words)


def fa_ordinal(n: int) -> str:
    """A Persian ordinal: 1 -> "یکم", 3 -> "سوم", 30 -> "سی‌ام", 26 -> "بیست و ششم"."""
    words = fa_cardinal(n)
    if words.endswith("سه"):
        return words[:-2] + "سوم"
    if words.endswith("ی"):
        return words + "\u200cام"
    return words + "م"


# -- English ---------------------------------------------------------------------------

_EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen")
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")
_EN_ORD_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                     "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        parts.append(EN_TENS[tens] + (f"-{_EN_ONES[unit]}" if unit else ""))
    elif rest:
        parts.append(_EN_ONES[rest])
    return " and ".join(parts)


def en_cardinal(n: int) -> str:
    """An integer in English words: 1500 -> "one thousand five hundred"."""
    if n < 0:
        return "minus " + en_cardinal(-n)
    if n == 0:
        return "zero"
    if n >= 10 ** (3 * len(_EN_SCALES)):
        return " ".join(en_cardinal(int(d)) for d in str(n))
    groups = _thousands(n)
    return " ".join(
        f"{_en_below_1000(count)} {_EN_SCALES[scale]}".strip()
        for scale, count in reversed(list(enumerate(groups)))
        if count
    )


def en_ordinal(n: int) -> str:
    """An English ordinal: 1 -> "first", 26 -> "twenty-sixth", 30 -> "thirtieth"."""
    words = en_cardinal(n)
    head, sep, last = max(words.rpartition(" "), words.rpartition("-"), key=lambda p: len(p[0]))
    if last in _EN_ORD_IRREGULAR:
        last = _EN_ORD_IRREGULAR[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def en_year(year: int) -> str:
    """Years as English speakers say them: 1999 -> "nineteen ninety-nine", 2021 -> "twenty
    twenty-one", 2005 -> "two thousand and five" (as British news, and espeak-ng for the
    years left to it, say them)."""
    century, rest = divmod(year, 100)
    if 1100 <= year <= 2099 and not 2000 <= year <= 2009:
        if rest == 0:
            return f"{en_cardinal(century)} hundred"
        tail = en_cardinal(rest) if rest >= 10 else f"oh {en_cardinal(rest)}"
        return f"{en_cardinal(century)} {tail}"
    if 2001 <= year <= 2009:
        return f"two thousand and {en_cardinal(year - 2000)}"
    return en_cardinal(year)


# -- dispatch --------------------------------------------------------------------------

def cardinal(n: int, lang: str, *, case: Case = "nominative", feminine: bool = False,
             construct: bool = False) -> str:
    """``n`` in words in ``lang`` (ar, fa, ur, en; other languages get English)."""
    primary = lang.split("-")[0].lower()
    if primary == "ar":
        return ar_cardinal(n, case=case, feminine=feminine, construct=construct)
    if primary == "fa":
        return fa_cardinal(n)
    if primary == "ur":
        return ur_cardinal(n)
    return en_cardinal(n)


def ordinal(n: int, lang: str, *, case: Case = "nominative", feminine: bool = False) -> str:
    """``n`` as an ordinal in ``lang`` (ar: definite, "السادس والعشرون"; ur: "پانچواں",
    feminine "پانچویں")."""
    primary = lang.split("-")[0].lower()
    if primary == "ar":
        return ar_ordinal(n, case=case, feminine=feminine)
    if primary == "fa":
        return fa_ordinal(n)
    if primary == "ur":
        return ur_ordinal(n, feminine=feminine)
    return en_ordinal(n)


def decimal(integer: int, fraction: str, lang: str, *, case: Case = "nominative",
            feminine: bool = False) -> str:
    """``integer.fraction`` in words; Arabic and Persian read the fraction as a whole
    number after its leading zeros ("4.05" -> "... فاصل صفر خمسة"), as news readers do;
    English and Urdu read its digits one by one ("nine point seven five")."""
    primary = lang.split("-")[0].lower()
    if primary == "ur":
        return ur_decimal(integer, fraction)
    point = {"ar": "فاصل", "fa": "ممیز"}.get(primary, "point")
    head = cardinal(integer, lang, case=case, feminine=feminine)
    if primary in {"ar", "fa"} and not fraction.strip("0"):
        return head  # a price "156.00 جنيه", "2.0%": a reader says the whole number
    if primary not in {"ar", "fa"}:
        tail = " ".join(en_cardinal(int(d)) for d in fraction) or "zero"
        return f"{head} {point} {tail}"
    return f"{head} {point} {_fraction_words(fraction, lambda n: cardinal(n, lang, case=case))}"
