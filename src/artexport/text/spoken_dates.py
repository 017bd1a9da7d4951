"""Dates in running text as words: "2021.06.26", "26/06/2021", "26 يونيو 2021", "12
رمضان 1440 هـ", "18 / 01 /1401" (Persian, Solar Hijri), "26 جون 2021" (Urdu), "18/01"
(a day and a month where the sentence says it is a date), years with their era ("1990
م", "573 هـ", "2021ء").

Arabic reads the day as an ordinal in the genitive ("السادس والعشرين من حزيران يونيو
عام ألفين وواحد وعشرين"); Persian an ordinal before the month ("هجدهم فروردین هزار و
چهارصد و یک"); Urdu a cardinal, "یکم" for the first ("چھبیس جون دو ہزار اکیس"); English
"the twenty-sixth of June, twenty twenty-one".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from .arabic_counting import previous_word, strip_clitics
from .dates import MONTHS
from .lang import word_set, words_language
from .number_tokens import AR_LETTER, SP, after, before, range_words
from .numbers import (
    ar_cardinal,
    ar_ordinal,
    en_cardinal,
    en_ordinal,
    en_year,
    fa_cardinal,
    fa_ordinal,
)
from .numbers_ur import ur_cardinal, ur_year

MonthNames = Literal["both", "levantine", "transliterated"]

LEVANTINE = ("", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
             "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
TRANSLITERATED = ("", *MONTHS["ar"])  # index = month number
_HIJRI = ("", "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
          "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
HIJRI_MONTHS = _HIJRI  # the Hijri months in order, after an empty 0th
# ... with their vowels, as a date is said (the diacritizer keeps a word's own vowels;
# it read "مَحْرَم" for the month Muharram and "شُعْبَان"), in the genitive after "من"
HIJRI_VOWELLED = ("", "مُحَرَّم", "صَفَر", "رَبِيعِ الْأَوَّل", "رَبِيعِ الْآخِر", "جُمَادَى الْأُولَى",
                  "جُمَادَى الْآخِرَة", "رَجَب", "شَعْبَان", "رَمَضَان", "شَوَّال", "ذِي الْقَعْدَة",
                  "ذِي الْحِجَّة")
FA_GREGORIAN = ("", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
                "سپتامبر", "اکتبر", "نوامبر", "دسامبر")
_FA_SOLAR = ("", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
             "آذر", "دی", "بهمن", "اسفند")
UR_GREGORIAN = ("", "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست",
                "ستمبر", "اکتوبر", "نومبر", "دسمبر")
_UR_HIJRI = ("", "محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی",
             "رجب", "شعبان", "رمضان", "شوال", "ذوالقعدہ", "ذوالحجہ")
EN_MONTHS = ("", *MONTHS["en"])

# Month names as written in Arabic news (Egyptian/Gulf, Levantine, Maghrebi, Hijri),
# Persian and Urdu, longest first so that "ربيع الأول" wins over a shorter match.
_WRITTEN_MONTHS = sorted({
    *LEVANTINE[1:], *TRANSLITERATED[1:], *_HIJRI[1:],
    "ابريل", "إبريل", "يونيه", "يوليه", "اغسطس", "آغسطس", "اكتوبر", "ايار", "ايلول",
    "تشرين الاول", "كانون الاول", "جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان",
    "جويلية", "جويليه", "أوت", "اوت", "يونية", "يولية", "يوليوز", "غشت", "شتنبر", "نونبر",
    "دجنبر", "ربيع الاول", "ربيع الثاني", "جمادى الاولى",
    "جمادى الأول", "جمادى الثانية", "جمادى الآخر", "ذي القعدة", "ذي الحجة", "محرّم",
    *FA_GREGORIAN[1:], *_FA_SOLAR[1:], *UR_GREGORIAN[1:], *_UR_HIJRI[1:],
    "سپتمبر", "فبروری", "جولای",  # Afghanistan's spellings ("۱۱ سپتمبر" was a count)
}, key=len, reverse=True)
MONTH_ALT = "|".join(re.escape(m) for m in _WRITTEN_MONTHS)
# every written form of a Hijri month -> its number
_HIJRI_NUMBER = {**{name: i for i, name in enumerate(_HIJRI) if name},
                 "ربيع الاول": 3, "ربيع الثاني": 4, "جمادى الاولى": 5, "جمادى الأول": 5,
                 "جمادى الثانية": 6, "جمادى الآخر": 6, "ذي القعدة": 11, "ذي الحجة": 12,
                 "محرّم": 1}
# ("جمادي الآخر", with a dotted yā': as Asharq Al-Awsat's date line writes it)
_HIJRI_NUMBER |= {n.replace("جمادى", "جمادي"): i for n, i in _HIJRI_NUMBER.items() if "جمادى" in n}
HIJRI_WRITTEN = frozenset(_HIJRI_NUMBER)
_EN_MONTH_ALT = "|".join(
    [*EN_MONTHS[1:], "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
     "Oct", "Nov", "Dec"])


DATE_LANGUAGES = ("ar", "en", "fa", "ur")
"""The languages :func:`speak_date` says a date in."""


def date_language(lang: str) -> str:
    """The language a date of an article in ``lang`` is said in: its own when
    :data:`DATE_LANGUAGES` has it, else English (as the editions print it: their month
    names and labels fall back to English the same way)."""
    return words_language(lang, DATE_LANGUAGES)


def speak_date(day: int, month: int, year: int, lang: str = "ar", *,
               calendar: Literal["gregorian", "hijri"] = "gregorian",
               month_names: MonthNames = "both") -> str:
    """A date in words: (26, 6, 2021) -> "السادس والعشرين من حزيران يونيو عام ألفين
    وواحد وعشرين". ``calendar="hijri"`` uses the Hijri months and ends in "هجري"; in
    Persian a year 1300-1499 is taken as Solar Hijri (فروردین...); Urdu: "چھبیس جون دو
    ہزار اکیس". A language other than :data:`DATE_LANGUAGES` gets English (see
    :func:`date_language`)."""
    primary = date_language(lang)
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    if primary == "en":
        return f"the {en_ordinal(day)} of {EN_MONTHS[month]}, {en_year(year)}"
    if primary == "fa":
        names = _FA_SOLAR if 1300 <= year <= 1499 else FA_GREGORIAN
        return f"{fa_ordinal(day)} {names[month]} {fa_cardinal(year)}"
    if primary == "ur":
        name = _UR_HIJRI[month] if calendar == "hijri" else UR_GREGORIAN[month]
        era = " ہجری" if calendar == "hijri" else ""
        return f"{ur_day(day)} {name} {ur_year(year)}{era}"
    name = _ar_month(month, calendar, month_names)
    era = " هجري" if calendar == "hijri" else ""  # masculine, as "عام"
    return (f"{ar_ordinal(day, case='oblique')} من {name} "
            f"عام {ar_cardinal(year, case='oblique')}{era}")


def ur_day(day: int) -> str:
    """The day of the month in Urdu: "یکم" for the first, then cardinals ("دو", "چھبیس")."""
    return "یکم" if day == 1 else ur_cardinal(day)


def _ar_month(month: int, calendar: str, month_names: MonthNames) -> str:
    if calendar == "hijri":
        return HIJRI_VOWELLED[month]
    if month_names == "levantine":
        return LEVANTINE[month]
    if month_names == "transliterated":
        return TRANSLITERATED[month]
    return f"{LEVANTINE[month]} {TRANSLITERATED[month]}"


# (Persian "ه.ش", "ه.ق" first: "ه." alone left "ش" on the next word, "هجریش")
_ERA = rf"(?:{SP}(?P<era>هـ?\.[ \t]?[شق]|هـ|ه|م|ء|ھ)(?![{AR_LETTER}\u0640])\.?)?"
NAMED_DATE = re.compile(
    rf"(?<![\d.,/:])(?P<day>\d{{1,2}}){SP}(?:من\s{{1,3}})?(?P<month>{MONTH_ALT})"
    rf"(?![{AR_LETTER}])"
    rf"(?:\s{{0,3}}(?:/|\(){SP}(?P<month2>{MONTH_ALT})(?:{SP}\))?)?"
    # (after a comma a year has four digits: "12 مارس، 100 شخص" is a count; "11هـ" early)
    rf"(?:{SP}(?:[,،]{SP}(?=\d{{4}}))?(?P<year>\d{{3,4}}|\d{{1,2}}(?={SP}هـ))(?!\d|[.,/:]\d){_ERA})?"
)


# Afghanistan's solar months (حمل for فروردین ... حوت for اسفند), words of their own too
# ("سرطان" is cancer, "قوس" an arc): a date with its solar year or after "روز"/"تاریخ",
# its day an ordinal as with the Iranian months ("۱ سرطان ۱۴۰۲" was "یک سرطان", one cancer)
_AF_SOLAR = "حمل|ثور|جوزا|جوزای|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
AF_DATE = re.compile(
    rf"(?<![\d.,/:])(?P<day>\d{{1,2}}){SP}(?P<month>{_AF_SOLAR})"
    rf"(?![{AR_LETTER}])(?:{SP}(?P<year>1[34]\d\d)(?!\d|[.,/:]\d))?")


def af_date(m: re.Match[str]) -> str:
    """"۲۰ حوت ۱۴۰۲" -> "بیستم حوت هزار و چهارصد و دو" (see :data:`AF_DATE`)."""
    day, year = int(m.group("day")), m.group("year")
    dated = year or before(m).rstrip().endswith(("روز", "تاریخ"))
    if not dated or not 1 <= day <= 31:
        return m.group()
    said = f"{fa_ordinal(day)} {m.group('month')}"
    return f"{said} {fa_cardinal(int(year))}" if year else said


# The first day of a range of days in one month: "من 1 إلى 15 مايو", "بين 1 و15 مايو",
# "1-15 مايو", Persian "از 1 تا 15 مهر", Urdu "1 سے 15 اگست": a day, read as the day
# the month follows is.
DAY_BEFORE_DATE = re.compile(
    rf"(?<![\d.,/:])(?P<day>\d{{1,2}})"
    rf"(?P<sep>{SP}[-–—]{SP}|[ \t]{{1,3}}(?:إلى|الى|حتى|تا|سے){SP}|[ \t]{{1,3}}و[ \t]{{0,3}})"
    rf"(?=\d{{1,2}}{SP}(?:من\s{{1,3}})?(?:{MONTH_ALT})(?![{AR_LETTER}]))"
)
_RANGE_WORD = {"fa": " تا ", "ur": " سے "}


def day_before_date(m: re.Match[str], primary: str) -> str:
    """"1 و" -> "الأول و"; a dash as the words of a range: "من الأول إلى ", after
    "بين" "الأول و"; Persian "یکم تا", Urdu "یکم سے"."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return m.group()
    sep = m.group("sep")
    dash = sep.strip() in "-–—"
    if primary in ("fa", "ur"):
        first = fa_ordinal(day) if primary == "fa" else ur_day(day)
        return first + (_RANGE_WORD[primary] if dash else sep)
    first = ar_ordinal(day, case="oblique")
    if not dash:
        return first + sep
    # as a range of numbers is said: "في 5-7 كانون الأول" was "في من الخامس إلى السابع"
    return range_words(first, "", before(m).split())


def _era_word(era: str | None, primary: str) -> str:
    if not era:
        return ""
    hijri = era.startswith(("ه", "ھ"))
    solar = hijri and era.endswith("ش")
    if primary == "ur":
        return " ہجری" if hijri else " عیسوی"
    if primary == "fa":
        return (" هجری شمسی" if solar else " هجری قمری" if era.endswith("ق") else " هجری") \
            if hijri else " میلادی"
    # (after "عام", which the Arabic year words always say: masculine, "عام ... ميلادي")
    return (" هجري شمسي" if solar else " هجري") if hijri else " ميلادي"


def year_words(year: int, primary: str, era: str | None = None) -> str:
    """A year after a month or on its own: "عام ألفين وواحد وعشرين", "دو ہزار اکیس"."""
    if primary == "fa":
        return fa_cardinal(year) + _era_word(era, primary)
    if primary == "ur":
        return ur_year(year) + _era_word(era, primary)
    if primary == "en":
        return en_year(year)
    return f"عام {ar_cardinal(year, case='oblique')}{_era_word(era, primary)}"


def named_date(m: re.Match[str], primary: str) -> str:
    """"26 يونيو 2021", "12 رمضان 1440 هـ", "23 يناير (كانون الثاني)", "26 جون 2021"."""
    day = int(m.group("day"))
    month = m.group("month")
    if not 1 <= day <= 31:
        return m.group()
    if m.group("month2"):
        month += " " + m.group("month2")
    year = m.group("year")
    if primary in ("fa", "ur"):
        words = f"{fa_ordinal(day) if primary == 'fa' else ur_day(day)} {month}"
        return f"{words} {year_words(int(year), primary, m.group('era'))}" if year else words
    if month in _HIJRI_NUMBER:  # said with its vowels, as a numeric Hijri date's month is
        month = HIJRI_VOWELLED[_HIJRI_NUMBER[month]]
    # "ليلة الـ29 من رمضان": the night's, the article written already ("الالتاسع" was said)
    written = before(m)
    night = previous_word(written.rstrip("\u0640").removesuffix("ال"))[0].lstrip("وف") in (
        "ليلة", "الليلة")
    words = f"{ar_ordinal(day, case='oblique', feminine=night)} من {month}"
    if written.rstrip("\u0640").endswith("ال"):
        words = words.removeprefix("ال")
    if year:
        words += " " + year_words(int(year), "ar", m.group("era"))
    elif m.group("era"):
        words += " " + m.group("era")
    if m.group("era") and m.group().endswith("."):
        words += "."  # "2024م. وقال": the era's stop ends the sentence too
    return words


_EN_DAY_TO = r"(?:st|nd|rd|th)?[-–](?P<{}>\d{{1,2}})(?![\d:.,]\d)"
EN_NAMED_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:{_EN_DAY_TO.format('to')})?(?:st|nd|rd|th)?\s{{1,3}}"
    rf"(?P<month>{_EN_MONTH_ALT})\.?"
    rf"|(?P<month_b>{_EN_MONTH_ALT})\.?\s{{1,3}}(?P<day_b>\d{{1,2}})"
    rf"(?:{_EN_DAY_TO.format('to_b')})?(?:st|nd|rd|th)?)"
    rf"(?:,?\s{{1,3}}(?P<year>\d{{4}}))?\b"
)


def en_named_date(m: re.Match[str], primary: str) -> str:
    """"July 24, 2015" -> "the twenty-fourth of July, twenty fifteen" (English text)."""
    if primary != "en":
        return m.group()
    day = int(m.group("day") or m.group("day_b"))
    month_text = m.group("month") or m.group("month_b")
    if not 1 <= day <= 31:
        return m.group()
    month = next(i for i, name in enumerate(EN_MONTHS) if name.startswith(month_text[:3]))
    last = m.group("to") or m.group("to_b")
    if last and not day < int(last) <= 31:
        return m.group()  # "won 1-0 May ...": a score
    if last:  # "9-10 September", "Sept. 9-10"
        words = f"the {en_ordinal(day)} to the {en_ordinal(int(last))} of {EN_MONTHS[month]}"
    else:
        words = f"the {en_ordinal(day)} of {EN_MONTHS[month]}"
    if re.search(r"\bthe\s+$", before(m), re.IGNORECASE):
        words = words.removeprefix("the ")  # "the May 2-4 talks": "the" is there
    return f"{words}, {en_year(int(m.group('year')))}" if m.group("year") else words


# The separators may have blanks around them: "18 / 01 /1401".
YMD = re.compile(
    rf"(?<![\d.,/:-])(?P<year>\d{{4}}){SP}(?P<sep>[./-]){SP}(?P<month>\d{{1,2}}){SP}"
    rf"(?P=sep){SP}(?P<day>\d{{1,2}})(?![\d/:]|[.,-]\d){_ERA}"
)
DMY = re.compile(
    rf"(?<![\d.,/:-])(?P<day>\d{{1,2}}){SP}(?P<sep>[./-]){SP}(?P<month>\d{{1,2}}){SP}"
    rf"(?P=sep){SP}(?P<year>\d{{4}})(?![\d/:]|[.,-]\d){_ERA}"
)


def numeric_date(m: re.Match[str], primary: str, month_names: MonthNames,
                 order: str) -> str:
    """"2021.06.26", "26/06/2021", "1436/10/25 هـ", "18 / 01 /1401" in words."""
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if order == "dmy" and m.group("sep") == "/" and month > 12 and day <= 12:
        month, day = day, month  # an American 06/26/2021
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    era = m.group("era")
    hijri = bool(era and era.startswith(("ه", "ھ"))) or (
        not era and 1350 <= year <= 1500 and primary != "fa")
    calendar: Literal["gregorian", "hijri"] = "hijri" if hijri else "gregorian"
    words = speak_date(day, month, year, primary, calendar=calendar, month_names=month_names)
    if era and not hijri and primary != "en":
        words += _era_word(era, primary)
    return words


# "3/4/2025" in an American (or Philippine) article is March 4, not the 3 April other
# English copy means; written day first for :data:`DMY` ("3/24/2025" was already right)
_MONTH_FIRST_REGIONS = frozenset({"us", "ph"})
_SLASHED = re.compile(r"(?<![\d.,/:-])(?P<month>\d{1,2})(?P<sep>[/-])(?P<day>\d{1,2})(?P=sep)"
                      r"(?P<year>\d{4})(?![\d/:]|[.,-]\d)")  # ("12-08-2026" too)
# a site's country, from its address, where English copy writes the day first or last
_MONTH_FIRST_DOMAINS = frozenset({"us", "gov", "mil", "ph"})
_DAY_FIRST_DOMAINS = word_set("""
    uk ie in pk bd lk np au nz za ng gh ke ug tz zw sg my ae sa qa kw bh om eg jo lb iq
    sy ps ye ly tn dz ma sd""")
DateOrder = Literal["dmy", "mdy"]


def slashed_date_order(lang: str, texts: Iterable[str],
                       source_url: str | None = None) -> DateOrder | None:
    """Whether an article in ``lang`` writes its slashed dates day first or month first,
    by the evidence there is: the tag's region ("en-US", "en-GB"), a language that is
    not English (written day first), the page's own dates that only one order reads
    ("12/25/2026", "25/12/2026": the page uses one order throughout), the site's country
    ("apnews.com" tells nothing, ".co.uk" and ".gov" do). ``None``: nothing tells."""
    primary, _, region = lang.lower().partition("-")
    if primary != "en":
        return "dmy"
    if region:
        return "mdy" if region.rpartition("-")[2] in _MONTH_FIRST_REGIONS else "dmy"
    pairs = [(int(m["month"]), int(m["day"])) for text in texts for m in _SLASHED.finditer(text)]
    pairs += [(int(m["a"]), int(m["b"])) for text in texts
              for m in _DAY_AND_MONTH.finditer(text)]  # ("on 12/25.")
    seen: set[DateOrder] = {"mdy" if second > 12 else "dmy" for first, second in pairs
                            if (second > 12) != (first > 12)}
    if len(seen) == 1:
        return seen.pop()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (source_url or "").lower()).split("/")[0]
    domain = host.split(":")[0].rpartition(".")[2]
    if domain in _MONTH_FIRST_DOMAINS:
        return "mdy"
    return "dmy" if domain in _DAY_FIRST_DOMAINS else None


def month_first_dates(text: str, lang: str, order: DateOrder | None = None) -> str:
    """``text`` (English) with its slashed dates written day first when the article
    writes the month first (``order``, else ``lang``'s region: "en-US": "3/4/2025" ->
    "4/3/2025"), and a day and month after "on", "until"... ("on 3/4."). With no
    evidence either way ("en", ``order`` None) a date that both orders read
    ("12/08/2026": 12 August or December 8) is said as written, "twelve slash eight
    slash twenty twenty-six", as a sighted reader sees it: it was said "the twelfth of
    August" on American pages."""
    if order is None and "-" in lang:
        order = slashed_date_order(lang, ())

    def written(m: re.Match[str]) -> str:
        month, day = int(m["month"]), int(m["day"])
        if month > 12:
            return m.group()  # "25/12/2026" (day first, whatever the page's order)
        if day > 12 or month == day or order == "mdy":
            return f"{day}/{month}/{m['year']}"
        sep = " slash " if m["sep"] == "/" else " dash "
        return f"{en_cardinal(month)}{sep}{en_cardinal(day)}{sep}{en_year(int(m['year']))}"
    if order != "dmy":  # ("25/12/2026" is read by the numbers step)
        text = _SLASHED.sub(written, text)
    return _DAY_AND_MONTH.sub(lambda m: _day_and_month(m, order), text)


# "on 12/08/26": a slashed date with a two-digit year, written out ("12/08/2026") for
# the date steps, which read it in the article's order: its digits were said "12, 08,
# 26". Only after a word that a date goes with ("25/10/12" is also a player's points,
# rebounds and assists), not before a share's word ("on 10/20/30 percent"), and only
# this century's years to 2030 ("12/08/95" stays).
_TWO_DIGIT_YEAR = re.compile(r"(?<![\w.,/:-])(?P<dm>\d{1,2}/\d{1,2})/(?P<yy>[0-2]\d|30)"
                             r"(?![\d/:%]|[.,-]\d)(?![ \t]*(?:%|per|pour|por|persen))")
_BEFORE_DATE = word_set("""on until till since before dated le depuis el desde
    hasta il dal em até pada tanggal sejak hingga sampai op sinds tarih tarihi""")


def four_digit_years(text: str) -> str:
    """``text`` with "on 12/08/26" written "on 12/08/2026"; other text unchanged."""
    def said(m: re.Match[str]) -> str:
        before = text[:m.start()].split()[-1:]
        first, second = (int(n) for n in m["dm"].split("/"))
        if not before or before[0].strip(":,(").lower() not in _BEFORE_DATE or \
                not (1 <= min(first, second) <= 12 and max(first, second) <= 31):
            return m.group()  # ("el 10/20/30": no date in either order)
        return f"{m['dm']}/20{m['yy']}"
    return _TWO_DIGIT_YEAR.sub(said, text)


# "on 3/4." (no year) is a date, where it was "three quarters": after a word of a day and
# before the clause goes on ("on 3/4 acres", "on 3/4 of the land" stay shares)
_DAY_AND_MONTH = re.compile(r"\b(?P<w>[Oo]n|until|till|since|before) (?P<a>\d{1,2})/(?P<b>\d{1,2})"
                            r"(?=[.,;:!?)]|$| (?:at|and|to|in|when|with|after|before)\b)")


# the attacks of 11 September 2001 and 7 July 2005, named by their dates, and "24/7"
# (around the clock: "The helpline is on 24/7." was "the twenty-fourth of July")
_NAMED = frozenset({(9, 11), (7, 7), (24, 7)})


def _day_and_month(m: re.Match[str], order: DateOrder | None) -> str:
    a, b = int(m["a"]), int(m["b"])
    if (a, b) in _NAMED:
        return m.group()  # "since 9/11": the attacks, "nine eleven" (the slash reading)
    if a > 12 or (order == "dmy" and b <= 12):
        day, month = a, b
    elif b > 12 or order == "mdy":
        day, month = b, a
    else:
        return f"{m['w']} {en_cardinal(a)} slash {en_cardinal(b)}"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    return f"{m['w']} the {en_ordinal(day)} of {EN_MONTHS[month]}"


MONTH_YEAR = re.compile(
    rf"(?<![{AR_LETTER}])(?P<month>{MONTH_ALT}){SP}(?P<year>\d{{4}})(?![\d.,/:]){_ERA}"
)


def month_year(m: re.Match[str], primary: str) -> str:
    """"يونيو 2021" -> "يونيو عام ألفين وواحد وعشرين"."""
    if primary == "en":
        return m.group()
    return f"{m.group('month')} {year_words(int(m.group('year')), primary, m.group('era'))}"


# ... and after these, when the day is past the month's number
_DATE_PREPOSITIONS = word_set("حتى في من إلى الى قبل بعد منذ خلال")
# A day and a month without a year ("18/01") is a date when the sentence says so.
_DATE_CONTEXT = word_set("""
    يوم اليوم بتاريخ تاريخ التاريخ الموافق ليلة صباح مساء فجر منذ الأحد الاثنين الإثنين
    الثلاثاء الأربعاء الخميس الجمعة السبت روز تاریخ مورخ شنبه یکشنبه دوشنبه سه‌شنبه
    چهارشنبه پنجشنبه جمعه بروز تاریخ مورخہ اتوار پیر منگل بدھ جمعرات ہفتہ
""")


def is_day_month(m: re.Match[str], day: int, month: int, month_text: str) -> bool:
    """Whether "a/b" at ``m`` is a day and a month: a plausible pair, and the month
    written with two digits ("18/01") or a word before that announces a date."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    if len(month_text) == 2 and month_text.startswith("0"):
        return True
    word, _ = previous_word(before(m))
    if day > month and strip_clitics(word) in _DATE_PREPOSITIONS:
        return True  # "حتى 28/8", "في ٣٠/٣": no share of anything
    return strip_clitics(word) in _DATE_CONTEXT or word in _DATE_CONTEXT


def day_month(day: int, month: int, primary: str, month_names: MonthNames) -> str:
    """"18/01" -> "الثامن عشر من كانون الثاني يناير", "هجدهم ژانویه", "اٹھارہ جنوری"."""
    if primary == "fa":
        return f"{fa_ordinal(day)} {FA_GREGORIAN[month]}"
    if primary == "ur":
        return f"{ur_day(day)} {UR_GREGORIAN[month]}"
    if primary == "en":
        return f"the {en_ordinal(day)} of {EN_MONTHS[month]}"
    return f"{ar_ordinal(day, case='oblique')} من {_ar_month(month, 'gregorian', month_names)}"


ERA_YEAR = re.compile(
    # "1447 / 1448هـ", "1445-1446هـ": a fiscal or school year written as its two years
    # ("897هـ/1492م": the Hijri year, then the Common Era's; "41 هـ", "2 هـ": an early
    # Hijri year, written without its thousands; "سنة 70 م" after a year's noun)
    # ("65-86هـ": a caliph's reign in early Hijri years, its "هـ" was said "هُ")
    rf"(?<![\d.,-])(?<![\d.,]/)(?:(?P<first>\d{{3,4}}|\d{{1,2}}(?={SP}[-–]{SP}\d{{1,4}}{SP}هـ))"
    rf"{SP}(?P<sep>[-–/]){SP})?"
    rf"(?:(?P<year>\d{{3,4}}){SP}(?P<era>هـ?\.?{SP}[شق]|هـ|ه|م|ء|ھ|ق\.?{SP}م|ق\.?{SP}هـ)"
    rf"|(?P<early>\d{{1,2}}){SP}(?P<hijri>هـ|م))\.?"
    rf"(?![{AR_LETTER}\u0640²³])"  # "1500 م2" is square metres
)
# Words that make "300 م" three hundred metres, not the year 300 of the Common Era.
_LENGTH_WORDS = word_set("""
    طول بطول طوله طولها عرض بعرض عرضه عرضها ارتفاع بارتفاع ارتفاعه ارتفاعها عمق بعمق
    عمقه عمقها مسافة بمسافة لمسافة مسافته قطر بقطر قطره قطرها محيط امتداد بامتداد يمتد
    تمتد يبعد تبعد بعد سباق سباقات مسبح يبلغ
""")


# ... and words before it that count a quantity ("نحو 500 م", "بذهبية 1500 م"), or after
# it that finish a length or an event ("600 م مربع", "400 م حواجز")
_QUANTITY_WORDS = word_set("""
    نحو حوالي حوالى قرابة زهاء أكثر أقل منسوب مساحة مساحتها مساحته ذهبية فضية برونزية
    نهائي تصفيات مسافة منسوبه العداء العداءة عداء قطع قطعت يقطع تقطع ركض سباحة
""")
_METRE_WORDS_AFTER = word_set("""
    مربع مربعا مربعًا مكعب مكعبا مكعبًا حواجز حرة تتابع فوق تحت طولا طولًا عرضا عرضًا
    ارتفاعا ارتفاعًا عمقا عمقًا
""")
# ... but a year noun or a word that dates ("عام 632م", "منذ 1990م") makes it a year
_YEAR_WORDS = word_set("""
    عام العام عامي سنة السنة سنتي منذ مطلع أوائل أواخر مواليد ميلاد تأسس تأسست توفي
    ولد ولدت القرن الموافق
""")


_HIJRI_BEFORE = re.compile(r"\dهـ|\d\s+هـ")


def _metres(m: re.Match[str], year: int) -> bool:
    """Whether "N م" is N metres, not the year N of the Common Era."""
    written = before(m).split()[-3:]
    words = [strip_clitics(w) for w in written]
    words += [w[1:] for w in words if len(w) > 3 and w[0] in "بلك"]  # "بذهبية"
    if any(w in _LENGTH_WORDS for w in words + written):
        return True
    if any(w in _YEAR_WORDS for w in words) or _HIJRI_BEFORE.search(before(m)[-40:]):
        return False  # ("354 هـ (965 م)", "41 هـ الموافق 661 م")
    following = after(m).split()[:1]
    if following and strip_clitics(following[0]).strip(".،,") in _METRE_WORDS_AFTER:
        return True
    if any(w in _QUANTITY_WORDS for w in words):
        return True
    # no year is written with "م" beyond the present century; a year of three digits
    # without a year noun is written "في 632م" (a date: after "في", or glued to its
    # era), a length "البحيرة 175 م"
    previous = written[-1] if written else ""
    previous = previous[1:] if previous[:1] in "وف" and len(previous) > 2 else previous
    glued = m.group("year")[-1:] + m.group("era")[:1] in m.group()
    return year > 2100 or (year < 1000 and not glued
                           and previous not in ("في", "حتى", "قبل", "بعد", "عام", "سنة",
                                                "إلى", "الى", "من"))


# how "to" is said between two years in Persian and Urdu
_RANGE_TO = {"fa": "تا", "ur": "سے"}


def era_year(m: re.Match[str], primary: str) -> str:
    """"1990 م" -> "ألف وتسعمئة وتسعين ميلادية", "573 هـ", "2021ء" (Urdu), but "300 م"
    after a length word is left for the units step (metres). Two years that make one
    ("1447 / 1448هـ", "1445-1446هـ": a fiscal or school year) are said one after the
    other, a pause between; two others after "-" are a span ("من ... إلى ...")."""
    year = int(m.group("year") or m.group("early"))
    era = (m.group("era") or m.group("hijri")).replace(" ", "").replace("\t", "")
    era = era.replace(".", "")
    era = era.replace("ـش", "ش").replace("ـق", "ق")  # "هـ.ش" as "ه.ش"
    if era == "م" and not m.group("first") and (
            not _after_year_noun(before(m), _YEAR_NOUNS) if m.group("early")
            else _metres(m, year)):
        return m.group()  # (metres: "بطول 300 م", "2 م")
    # (the abbreviation's full stop ends the sentence too: the splitter took it so)
    stop = m.group().endswith(".") and after(m)[:1] not in (".", "!", "?", "؟", "…") and not (
        primary in ("fa", "ur") and re.match(rf"[ \t]+[{AR_LETTER}]", after(m)))  # (on to the verb)
    said = _year_in_era(year, era, primary, masculine=_after_year_noun(before(m)))
    said += "." if stop else ""
    if not m.group("first"):
        return said
    first = _bare_year(int(m.group("first")), primary)
    if m.group("sep") == "/" or (int(m.group("first")) + 1 == year > 100):
        return f"{first}، {said}"
    if primary == "ar":  # "من 1990-2000م", "بين 1990-2000م": "بين ... و..."
        return range_words(first, said, before(m).split())
    return f"{first} {_RANGE_TO[primary]} {said}"


def _bare_year(year: int, primary: str) -> str:
    if primary == "fa":
        return fa_cardinal(year)
    return ur_year(year) if primary == "ur" else ar_cardinal(year, case="oblique")


# "عام" is masculine, so its era word is too ("عام 1950م": "... ميلادي"); after "سنة",
# or with no noun ("في 1950م", a date), the era word agrees with "سنة": "ميلادية".
_YEAR_NOUNS_MASCULINE = frozenset({"عام", "العام", "عامي", "عاما", "أعوام", "الأعوام"})
_YEAR_NOUNS = _YEAR_NOUNS_MASCULINE | {"سنة", "السنة", "سنتي"}


# the other era's year after "الموافق" or in brackets agrees with the noun of the first
# ("عام 1320 هـ / 1902 م", "عام 354 هـ (965 م)": "هجري، الموافق ... ميلادي"; it was
# "ميلادية")
_EQUAL_YEAR = re.compile(r"(\S+)[ \t]+\d{1,4}[ \t]*[^\s\d،,(]{0,3}[ \t]*"
                         r"(?:[،,]?[ \t]*الموافق|\()[ \t]*$")


def _after_year_noun(text: str, nouns: frozenset[str] = _YEAR_NOUNS_MASCULINE) -> bool:
    first = _EQUAL_YEAR.search(text)
    word = strip_clitics(first.group(1) if first else previous_word(text)[0])
    return word in nouns or (word[:1] in ("ل", "ب", "ك") and word[1:] in nouns)


def _year_in_era(year: int, era: str, primary: str, *, masculine: bool = False) -> str:
    if primary == "fa":
        suffix = {"هـ": "هجری", "ه": "هجری", "م": "میلادی", "هش": "هجری شمسی",
                  "هق": "هجری قمری"}.get(era, "پیش از میلاد")  # ("ه.ش", "ه.ق")
        return f"{fa_cardinal(year)} {suffix}"
    if primary == "ur":
        suffix = {"ء": "عیسوی", "م": "عیسوی", "قم": "قبل مسیح"}.get(era, "ہجری")
        return f"{ur_year(year)} {suffix}"
    suffix = {"هـ": "هجرية", "ه": "هجرية", "ھ": "هجرية", "م": "ميلادية", "ء": "ميلادية",
              "هش": "هجرية شمسية", "هق": "هجرية",
              "قم": "قبل الميلاد", "قهـ": "قبل الهجرة"}.get(era, "")
    if masculine and suffix.endswith(("هجرية", "ميلادية", "شمسية")):
        suffix = suffix.replace("ية", "ي")
    return f"{ar_cardinal(year, case='oblique')} {suffix}".strip()
