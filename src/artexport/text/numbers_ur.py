"""Urdu numbers in words: cardinals, ordinals, years, decimals and the fraction words
Urdu says before a number ("ڈیڑھ", "ڈھائی", "ساڑھے", "سوا", "پونے").

Urdu has no regular rule below a hundred: each of 1-99 is its own word (اکیس 21,
اڑتیس 38, ننانوے 99), so the table is written out in full, in the spelling of the
Urdu dictionaries (Feroz-ul-Lughat; the Urdu Lughat Board) and of Pakistani newspapers.
Above a hundred Urdu counts in the South Asian system: سو (100), ہزار (1,000), لاکھ
(100,000), کروڑ (10,000,000), ارب (10^9), کھرب (10^11): 1,234,567 is "بارہ لاکھ
چونتیس ہزار پانچ سو سڑسٹھ".
"""

from __future__ import annotations

_UR_0_99 = (
    "صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو",
    "دس", "گیارہ", "بارہ", "تیرہ", "چودہ", "پندرہ", "سولہ", "سترہ", "اٹھارہ", "انیس",
    "بیس", "اکیس", "بائیس", "تئیس", "چوبیس", "پچیس", "چھبیس", "ستائیس", "اٹھائیس", "انتیس",
    "تیس", "اکتیس", "بتیس", "تینتیس", "چونتیس", "پینتیس", "چھتیس", "سینتیس", "اڑتیس",
    "انتالیس",
    "چالیس", "اکتالیس", "بیالیس", "تینتالیس", "چوالیس", "پینتالیس", "چھیالیس", "سینتالیس",
    "اڑتالیس", "انچاس",
    "پچاس", "اکاون", "باون", "ترپن", "چون", "پچپن", "چھپن", "ستاون", "اٹھاون", "انسٹھ",
    "ساٹھ", "اکسٹھ", "باسٹھ", "ترسٹھ", "چونسٹھ", "پینسٹھ", "چھیاسٹھ", "سڑسٹھ", "اڑسٹھ",
    "انہتر",
    "ستر", "اکہتر", "بہتر", "تہتر", "چوہتر", "پچھتر", "چھہتر", "ستتر", "اٹھہتر", "اناسی",
    "اسی", "اکیاسی", "بیاسی", "تراسی", "چوراسی", "پچاسی", "چھیاسی", "ستاسی", "اٹھاسی",
    "نواسی",
    "نوے", "اکانوے", "بانوے", "ترانوے", "چورانوے", "پچانوے", "چھیانوے", "ستانوے", "اٹھانوے",
    "ننانوے",
)
assert len(_UR_0_99) == 100

# Largest first: (value, word). Above a کھرب the count of کھرب is itself a number.
_UR_SCALES = ((10 ** 11, "کھرب"), (10 ** 9, "ارب"), (10 ** 7, "کروڑ"), (10 ** 5, "لاکھ"),
              (1000, "ہزار"), (100, "سو"))

# Ordinals that are not "<cardinal>واں": پہلا, دوسرا, تیسرا, چوتھا, چھٹا.
_UR_ORD_IRREGULAR = {1: ("پہلا", "پہلی"), 2: ("دوسرا", "دوسری"), 3: ("تیسرا", "تیسری"),
                     4: ("چوتھا", "چوتھی"), 6: ("چھٹا", "چھٹی")}


def ur_cardinal(n: int) -> str:
    """An integer in Urdu words: 2021 -> "دو ہزار اکیس", 150000 -> "ایک لاکھ پچاس ہزار",
    1500 -> "پندرہ سو"."""
    if n < 0:
        return "منفی " + ur_cardinal(-n)
    if n >= 10 ** 18:
        return " ".join(_UR_0_99[int(d)] for d in str(n))
    if n < 100:
        return _UR_0_99[n]
    if 1100 <= n <= 1999:  # "پندرہ سو", as Urdu says 1500 (and a year: "انیس سو ننانوے")
        return ur_year(n)
    words: list[str] = []
    for value, name in _UR_SCALES:
        count, n = divmod(n, value)
        if count:
            words.append(f"{ur_cardinal(count)} {name}")
    if n:
        words.append(_UR_0_99[n])
    return " ".join(words)


def ur_year(year: int) -> str:
    """A year as Urdu speakers say it: 1999 -> "انیس سو ننانوے" (hundreds), 2021 ->
    "دو ہزار اکیس", 1443 (Hijri) -> "چودہ سو تینتالیس"."""
    if 1100 <= year <= 1999:
        hundreds, rest = divmod(year, 100)
        head = f"{_UR_0_99[hundreds]} سو"
        return f"{head} {_UR_0_99[rest]}" if rest else head
    return ur_cardinal(year)


def ur_ordinal(n: int, *, feminine: bool = False, oblique: bool = False) -> str:
    """An Urdu ordinal: 1 -> "پہلا" (feminine "پہلی"), 5 -> "پانچواں" ("پانچویں"),
    21 -> "اکیسواں" ("اکیسویں": "اکیسویں صدی"); ``oblique``, a masculine noun's form
    before a postposition: "چھٹے نمبر پر", "پانچویں نمبر پر"."""
    if n in _UR_ORD_IRREGULAR:
        masculine, female = _UR_ORD_IRREGULAR[n]
        return female if feminine else masculine[:-1] + "ے" if oblique else masculine
    return ur_cardinal(n) + ("ویں" if feminine or oblique else "واں")


def ur_fraction_of(integer: int, quarters: int) -> str | None:
    """``integer`` and ``quarters``/4 the Urdu way, or None when Urdu has no such word:
    (1, 2) "ڈیڑھ", (2, 2) "ڈھائی", (5, 2) "ساڑھے پانچ", (2, 1) "سوا دو", (2, 3)
    "پونے تین", (0, 2) "آدھا"."""
    if quarters == 2:
        special = {0: "آدھا", 1: "ڈیڑھ", 2: "ڈھائی"}
        return special.get(integer) or f"ساڑھے {ur_cardinal(integer)}"
    if quarters == 1:
        return "پاؤ" if integer == 0 else f"سوا {ur_cardinal(integer)}"
    if quarters == 3:
        return "پون" if integer == 0 else f"پونے {ur_cardinal(integer + 1)}"
    return None


def ur_decimal(integer: int, fraction: str) -> str:
    """2.75 -> "دو اعشاریہ سات پانچ": Urdu reads the digits after the point one by one."""
    tail = " ".join(_UR_0_99[int(d)] for d in fraction) or _UR_0_99[0]
    return f"{ur_cardinal(integer)} اعشاریہ {tail}"
