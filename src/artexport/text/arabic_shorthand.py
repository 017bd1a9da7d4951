"""Shorthand an Arabic sentence writes that its voice must be handed as words:

* "ت.غ" (spelled "تاء غين"), "‰" (dropped), "¥" (said "يوان" for a Tokyo price),
  "طالباً/ة" ("تاء مربوطة"), a century's Roman numeral ("القرن XIX": "X I X"), "×2"
  ("× two");
* a rate's "/" ("دولار/م²": "دولار م اثنين", "كم/ث": "كيلومتر ث", "20 مل/ساعة": "مل
  ساعة", "5 ملغ/مل": "مل") and a number's one-letter units ("9.58 ث", "650 ألف ط",
  "1.5 ل"); a power of ten ("10^27"); a span of two amounts ("800 ألف - 1.2 مليون"); a
  book's part, edition and pages ("ج1، ط2، ص 45"); a blood pressure ("120/80 ملم
  زئبق": "مئة وعشرين ثمانين");
* signs and letters: "18+" ("فما فوق"), a blood group's "O+" and "B-" (English "plus",
  the minus lost), "الحرب العالمية II" and "القرن الـ XX" (letters), "(ت 774 هـ)" (the
  year of death: "تُ"), a year in both eras ("505هـ/1111م": "ميم"), a telephone's "ت:"
  and "ف:", "COP29" (spelled in English), an interview's "س:" and "ج:" (the letters'
  names, for "سؤال" and "جواب"; a mathematics text's unknown "س: عدد صحيح" stays a
  letter; "3س = 6": a bare /s/), a list's "أ- " and "ب- " (a bare /ʔ/, /b/);
* "م" after a temperature ("العظمى 35 م": "مترًا" was said) and a century's era ("القرن
  5 م": "أمتار"); two prices "47.50/47.60";
* a currency's dotted letters before its amount ("د.ك 12.500": "الدكتور ك");
* a letter alone that labels a thing ("المجموعة ب", "الخطة ب", "البوابة د."): the voice
  said a bare consonant in a sentence (/b/, "بِ"), or "الدكتور" for "د." at its end.

Numbers stay digits here: the number steps after this one say them.
"""

from __future__ import annotations

import re

from .arabic_counting import ORDINAL_NOUNS, strip_clitics
from .initialisms import ARABIC_LETTER_NAMES, LATIN_LETTER_NAMES
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
_CENTURY = re.compile(rf"(?<=القرن )(?:الـ[ \t]?)?(?P<roman>(?=[IVXL]){ROMAN})(?![\w])")
_WORLD_WAR = re.compile(r"(?<=الحرب العالمية )(?P<roman>I{1,2})(?![\w])")
# a blood group ("فصيلة الدم O+": "O plus", and "B-" lost its minus)
_BLOOD_GROUP = re.compile(r"(?<![A-Za-z0-9+-])(AB|A|B|O)[ \t]?([+−-])(?![\w+−-])")
_BLOOD = re.compile(rf"(?<![{_AR}])(?:ال|لل|و)?(?:دم|فصيلة|فصائل|زمرة)(?![{_AR}])")
# an age and above ("للفئة العمرية 18+"), not added time ("الدقيقة 90+")
_AND_ABOVE = re.compile(r"(?<![\d.,+])(1[2-9]|2[01])\+(?![\d+])")
_DIED = re.compile(r"(?<=\()ت\.?[ \t]?(?=\d{1,4}[ \t]?(?:هـ|ه\b|م\b))")  # (ت 774 هـ)
# a year in both eras, "505هـ/1111م", "1923م/1341هـ": the second "corresponds" (the slash
# was silent, and "م" before it the letter's name, "ميم")
_ERA_PAIR = re.compile(r"(?<![\d.,/])(\d{3,4}[ \t]?)(هـ|ه|م)[ \t]?/[ \t]?(\d{3,4}[ \t]?)(هـ|ه|م)"
                       rf"(?![{_AR}])")
# (a telephone's digits: a "+" or a trunk "0" first, or seven in a row; "ج:" is an
# interview's answer)
_CONTACT = re.compile(r"(?<![\w.])(?P<l>[تف])[ \t]?:[ \t]?(?=\+\d|0\d[\d \t-]{5,}|\d{7})")
_CONTACT_WORDS = {"ت": "هاتف", "ف": "فاكس"}
# an interview's question and answer marks opening a paragraph ("س: متى...", "ج/ ..."):
# read as letter names ("سين"), where a reader says "سؤال" and "جواب"
_INTERVIEW = re.compile(rf"^(?P<sp>\s*)(?P<l>[سج])[ \t]?[:/](?=[ \t]*[{_AR}])")
_INTERVIEW_WORDS = {"س": "سؤال:", "ج": "جواب:"}
# ... not a mathematics text's unknown ("س: عدد صحيح، ص: عدد طبيعي", "س: x = 5"): said by
# its name, unless a question follows
_VARIABLE = re.compile(
    rf"^[ \t]*(?:عدد|عددا|عدداً|عددًا|متغير|مجهول)[ \t]+(?:صحيح|طبيعي|حقيقي|زوجي|فردي|أولي|"
    rf"نسبي|مركب|كسري|موجب|سالب|عشري)|(?<![{_AR}])[صعل][ \t]?:|[=<>≤≥]")
# an equation's unknown after its coefficient ("3س + 5 = 20": a bare /s/ was said)
_COEFFICIENT = re.compile(rf"(?<=\d)([سصع])(?![{_AR}\u0640])")
# a list's letter and dash opening a paragraph ("أ- الإقامة"، "هـ- السفر"), or its dot
# ("ب. العمل"; not a title's "أ.", "د.", "م."): the voice said a bare /ʔ/, /b/, /dʒ/;
# "س-" before a question is an interview's ("س- ما رأيك؟")
_DASH_LABEL = re.compile(rf"^(?P<sp>\s*)(?P<l>[أابجدهوزحطيكلمنسعفصقرشتثخذضظغ])\u0640?[ \t]?"
                         rf"(?:[-–]|\.(?<![أادم]\.))[ \t]+(?=[{_AR}])")
_COP = re.compile(r"(?<![\w-])COP[ \t-]?(?=\d{1,2}(?!\d))")  # the climate summits
# a blood pressure, "120/80 ملم زئبق" (said "على"; the quantity took the "/" away)
_PRESSURE = re.compile(r"(?<![\d.,/])(\d{2,3})[ \t]?/[ \t]?(\d{2,3})"
                       r"(?=[ \t]*(?:ملم|مم|مليمتر|ملليمتر|mmHg)(?![\w]))")
_TIMES = re.compile(r"(?<![\d.,])×[ \t]?(\d{1,2})(?![\d.,])")
# a power of ten ("1.9 × 10^27 كغ": "ألف وسبعة وعشرين" was said)
_POWER = re.compile(r"(?<![\d.,])10[ \t]?\^[ \t]?(-?\d{1,3})(?![\d.,])")

# a letter alone after a word ("المجموعة ب برصيد", "لتكن س عدداً", "البوابة د."), said by
# its name; not initials ("أ ف ب": a letter beside it), a unit or a page (a number beside
# it, "650 ألف ط"), a title ("د. أحمد") or a mark ("س:", "ت:"); "و" is "and", "ه" a
# year's "هـ"; "ب", "ل", "ك" before "ال" are a preposition typed apart ("فاز ب الدوري")
_LONE_LETTER = re.compile(
    rf"(?<=[{_AR}][ \t])(?P<l>[أابتثجحخدذرزسشصضطظعغفقكلمني])"
    rf"(?=[ \t]+(?:[{_AR}]{{2}}|و[ \t])|[ \t]*[،,؛;)!؟?]|[ \t]*\.?[ \t]*$)")
_SCALE_WORDS = frozenset({"ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات"})


# a currency's dotted letters before the amount ("د.ك 12.500", "ر.س 50"): said after it,
# as it is read ("د.ك" before it was "الدكتور ك", the others letters and no currency)
_CURRENCY_FIRST = re.compile(rf"(?<![{_AR}.])(?P<c>[{_AR}]\.[{_AR}])\.?[ \t]?"
                             r"(?P<n>\d[\d.,]*(?<![.,])(?:[ \t](?:ألف|مليون|مليار))?)(?![\d])")


# a century's era ("القرن 5 م", "القرن 5 هـ": "خمسة أمتار", "خمسة هجرية" were said)
_CENTURY_ERA = re.compile(rf"((?<![{_AR}])[وفبل]?(?:ال|لل)قرن[ \t]+(?:الـ[ \t]?)?\d{{1,2}})"
                          rf"[ \t]?(هـ|ه|م)(\.?)(?![{_AR}\u0640²³23])")
# "م" after a temperature ("درجة الحرارة 38 م", "العظمى 35 م"): Celsius, not metres
# (not after "درجة" alone: "بقوة 5 درجات على عمق 10 م")
_CELSIUS_M = re.compile(rf"((?:حرارة|الحرارة|العظمى|الصغرى)[ \t](?:[{_AR}\d]+[ \t]){{0,3}}"
                        rf"و?[-−]?\d{{1,2}}(?:[.,]\d)?)[ \t]?م(?![{_AR}\u0640²³23/])")


# two prices with decimals apart by "/" ("47.50/47.60": buying and selling): a pause (the
# slash was silent, the two run together)
_PRICE_PAIR = re.compile(r"(?<![\d.,/])(\d{1,6}\.\d{1,4})[ \t]?/[ \t]?"
                         r"(?=\d{1,6}\.(?!0+(?!\d))\d{1,4}(?![\d.,/]))")  # ("3.95/4.00": a grade)


# "per" a unit, as said after the unit it divides
_PER = {
    **dict.fromkeys(("م²", "م2"), "للمتر المربع"), **dict.fromkeys(("كم²", "كم2"),
                                                                    "للكيلومتر المربع"),
    **dict.fromkeys(("م³", "م3"), "للمتر المكعب"),
    **dict.fromkeys(("كغ", "كجم", "كلغ", "كيلو", "كيلوغرام"), "للكيلوغرام"),
    **dict.fromkeys(("ث", "ثا", "ثانية"), "في الثانية"), "لتر": "في اللتر",
    **dict.fromkeys(("سنة", "عام"), "سنويًا"),  # (not "ساعة": "أمبير/ساعة" is ampere-hours)
    "يوم": "يوميًا", "شهر": "شهريًا", "طن": "للطن", "أسبوع": "أسبوعيًا",
    **dict.fromkeys(("ساعة", "سا"), "في الساعة"), "دقيقة": "في الدقيقة",
    **dict.fromkeys(("سم³", "سم3"), "للسنتيمتر المكعب"),
    # a concentration's volume ("5 ملغ/مل", "13.5 غ/دل", "3 ملمول/ل": it was "مل", "دل")
    **dict.fromkeys(("مل", "ملل", "مليلتر"), "لكل مليلتر"),
    **dict.fromkeys(("دل", "ديسيلتر"), "لكل ديسيلتر"), "ل": "لكل لتر",
}
# a rate per hour after these is an amount of energy or charge ("أمبير/ساعة")
_PER_HOUR_IS_PRODUCT = re.compile(r"(?:أمبير|واط)$")
_PER_ALT = "|".join(sorted(_PER, key=len, reverse=True))
_RATE = re.compile(rf"(?:(?<=[{_AR}²³])|(?<=[{_AR}][23]))/(?:[ \t]?(?P<per>{_PER_ALT})(?![{_AR}/])"
                   rf"|(?P<count>\d+)[ \t]?(?=(?:كم|كلم|كيلومتر|ميل)(?![{_AR}])))")
# ... after a measured quantity: a number and one or two words ("1500 دولار/م²", "3.5
# د.ك/كغ"), not "2% شهر/شهر" (month on month) or "يوم/شهر/سنة" (a date's format)
_MEASURED = re.compile(rf"\d[\d.,]*[ \t]?(?:[{_AR}.]+[23]?[ \t]?){{1,2}}(?:/[{_AR}]+)?$")
_UNIT_BEFORE = re.compile(rf"[{_AR}.²³]+[23]?$")
# one letter for a unit after a number ("9.58 ث", "650 ألف ط", "1.5 ل", "50 ج")
# (not "5000 ل س", a currency spaced out; "ط 2", an edition; "الصف 3 ث", a grade)
_LETTER_UNIT = re.compile(rf"(?<=[\d{_AR}])[ \t](?P<u>[ثطلج])(?![{_AR}\u0640/.])"
                          rf"(?![ \t]+(?:[{_AR}](?<!و)(?=[\s،,.]|$)|\d))")
_LETTER_UNITS = {"ث": "ثانية", "ط": "طن", "ل": "لتر", "ج": "جنيه"}  # ("50 ج": a price)


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
    if _PER.get(m.group("per") or "") == "في الساعة" and unit is not None and \
            _PER_HOUR_IS_PRODUCT.search(unit.group()):
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
# then a year); "و" may join it to the one before ("ج 3 وص 45")
_BOOK = re.compile(r"(?<![\w.])(?P<and>و?)(?P<abbr>[جطص])\.?[ \t]?(?P<n>\d{1,4})"
                   r"(?:[ \t]?[-–][ \t]?(?P<m>\d{1,4}))?(?![\d,:/\w]|\.\d)")
# the article before a range ("القرنين الـ15-16", "الأعوام الـ5-10": "المن خمسة عشر"
# was said): the range alone, "من ... إلى ..."
_DEFINITE_RANGE = re.compile(r"(?<![\w])(و?)ال\u0640*[ \t]?"
                             r"(?=\d{1,3}[ \t]?[-–][ \t]?\d{1,3}(?![\d.,/:]))")
_BOOK_WORDS = {"ج": "الجزء", "ط": "الطبعة", "ص": "الصفحة"}
_PAGES = re.compile(r"(?<![\w.])(و?)ص\.?[ \t]?(?=ص\.?[ \t]?\d)")  # "ص ص 12-15": pages
_MOST_PARTS = 99


def _book(m: re.Match[str]) -> str:
    if m.group("abbr") != "ص" and int(m.group("n")) > _MOST_PARTS:
        return m.group()
    if m.group("m"):
        if m.group("abbr") != "ص":
            return m.group()
        return f"{m.group('and')}الصفحات {m.group('n')}-{m.group('m')}"
    return f"{m.group('and')}{_BOOK_WORDS[m.group('abbr')]} {m.group('n')}"


def _scaled_span(m: re.Match[str]) -> str:
    before = m.string[:m.start()].rstrip()
    if before.endswith("بين"):
        return f"{m.group(1)} و"  # "بين 800 ألف - 1.2 مليون": "بين ... و..."
    return f"{'' if before.endswith('من') else 'من '}{m.group(1)} إلى "


def arabic_shorthand(text: str) -> str:
    """``text`` (Arabic) with the shorthand above written as said."""
    text = _INTERVIEW.sub(_interview, text)
    if "=" in text or "يساوي" in text:  # (an equation: its "=" is said already)
        text = _COEFFICIENT.sub(lambda m: " " + ARABIC_LETTER_NAMES[m.group(1)], text)
    text = _DASH_LABEL.sub(lambda m: m.group("sp") + (
        "سؤال: " if m.group("l") == "س" and text.rstrip().endswith(("؟", "?"))
        else f"{ARABIC_LETTER_NAMES[m.group('l')]}، "), text)
    text = _CURRENCY_FIRST.sub(lambda m: f"{m.group('n')} {m.group('c')}"
                               if m.group("c") in AR_UNITS else m.group(), text)
    text = _GMT.sub("بتوقيت غرينتش", text)
    text = _PER_MILLE.sub(" في الألف", text)
    yen = "يوان" if _CHINA.search(text) and not _JAPAN.search(text) else "ين"
    text = _YEN.sub(lambda m: f"{m.group(1)} {yen}" if m.group(1) else f" {yen}", text)
    text = _BOTH_GENDERS.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} و{m.group(1)}ة", text)
    text = _CENTURY.sub(lambda m: str(roman_value(m.group("roman"))), text)
    text = _WORLD_WAR.sub(lambda m: "الأولى" if m.group("roman") == "I" else "الثانية", text)
    if _BLOOD.search(text):
        text = _BLOOD_GROUP.sub(_blood_group, text)
    text = _AND_ABOVE.sub(r"\1 فما فوق", text)
    text = _DIED.sub("المتوفى سنة ", text)
    text = _ERA_PAIR.sub(lambda m: m.group() if (m.group(2) == "م") == (m.group(4) == "م") else
                         f"{m.group(1)}{m.group(2)}، الموافق {m.group(3)}{m.group(4)}", text)
    text = _CONTACT.sub(lambda m: f"{_CONTACT_WORDS[m.group('l')]}: ", text)
    text = _COP.sub("كوب ", text)
    text = _PRESSURE.sub(r"\1 على \2", text)
    text = _SCALED_SPAN.sub(_scaled_span, _DEFINITE_RANGE.sub(r"\1", text))
    text = _BOOK.sub(_book, _PAGES.sub(r"\1", text))
    text = _RATE.sub(_rate, text)
    text = _LETTER_UNIT.sub(_letter_unit, text)
    text = _LONE_LETTER.sub(_lone_letter, text)
    text = _CELSIUS_M.sub(r"\1°م", text)
    text = _CENTURY_ERA.sub(lambda m: f"{m.group(1)} "  # (the dot may end the sentence)
                            f"{'الميلادي' if m.group(2) == 'م' else 'الهجري'}{m.group(3)}", text)
    text = _PRICE_PAIR.sub(r"\1، ", text)
    return _TIMES.sub(_times, text)


def _interview(m: re.Match[str]) -> str:
    rest = m.string[m.end():]
    if m.group("l") == "س" and "؟" not in rest and "?" not in rest and _VARIABLE.search(rest):
        return m.group("sp") + ARABIC_LETTER_NAMES["س"] + ":"
    return m.group("sp") + _INTERVIEW_WORDS[m.group("l")]


def _lone_letter(m: re.Match[str]) -> str:
    word = m.string[:m.start()].split()[-1]
    if (len(word) < 2 and word != "و") or word in _SCALE_WORDS or \
            (m.group("l") in "بلك" and m.string[m.end():].lstrip().startswith("ال")):
        return m.group()
    return ARABIC_LETTER_NAMES[m.group("l")]


def _blood_group(m: re.Match[str]) -> str:
    letters = " ".join(LATIN_LETTER_NAMES[ch] for ch in m.group(1))
    return f"{letters} {'موجب' if m.group(2) == '+' else 'سالب'}"


def _letter_unit(m: re.Match[str]) -> str:
    before = m.string[:m.start()]
    if not _AFTER_QUANTITY.search(before) or ((label := _AFTER_LABEL.search(before)) and
                                              strip_clitics(label.group(1)) in ORDINAL_NOUNS):
        return m.group()
    return " " + _LETTER_UNITS[m.group("u")]


_AFTER_QUANTITY = re.compile(r"(?:\d|ألف|مليون)[ \t]*$")
# a number after a noun of rank ("الصف 3 ث", a grade; "المادة 12 ج", "الطابق 4 ج"): the
# letter is part of the label, no unit
_AFTER_LABEL = re.compile(rf"(?:^|\s)([{_AR}]+)[ \t]+\d+[ \t]*$")


def _times(m: re.Match[str]) -> str:
    """"×2" "مرتين" (by the counting rules), "×5" "خمس مرات", "×12" "اثنتا عشرة مرة"."""
    n = int(m.group(1))
    return f"{m.group(1)} مرة" if n > 10 or n < 3 else f"{m.group(1)} مرات"
