"""The vowels of the Arabic words artexport itself adds to what is said: the labels
("بقلم", "الموافق", "موضوعات") and the words of a spoken date (month names, "عام",
"هجري").

The diacritizer keeps the vowels of a word that has them and guesses the rest from
context; on these short, fixed phrases it guessed wrong often enough to be heard on
every article ("بِقَلْمِ" for بِقَلَمِ, "الْمَوَافِقِ" for الْمُوَافِقِ, "هِجَرِيَّة" for
هِجْرِيَّة, "جَدُوَلُ" for جَدْوَلُ). Their vowels are written here once, and put on
these words before the diacritizer sees the sentence -- only in what artexport
writes itself (a byline's label, a date, the topics' label), never in the article's
own text, where "مارس" may be the verb "he practised".

Words are left without a case ending where one would depend on the sentence (a month
name after "من", a label before a colon): said that way, as newsreaders do, they are
right in every position.
"""

from __future__ import annotations

import re

from .numbers import ar_cardinal
from .spoken_dates import HIJRI_MONTHS, HIJRI_VOWELLED, LEVANTINE, TRANSLITERATED

# Labels and date words, each with its vowels (several words are one entry).
_OWN_WORDS: dict[str, str] = {
    # labels the editions print and the narration says
    "بقلم": "بِقَلَمِ",
    "الموافق": "الْمُوَافِق",
    "موضوعات": "مَوْضُوعَات",
    "الناشر": "النَّاشِر",
    "المصدر": "الْمَصْدَر",
    "الصورة": "الصُّورَة",
    "صورة": "صُورَة",
    "جدول": "جَدْوَل",
    "هنا مقطع برمجي لا يُقرأ": "هُنَا مَقْطَعٌ بَرْمَجِيٌّ لَا يُقْرَأ",  # a code block's notice
    "آخر تحديث": "آخِرُ تَحْدِيث",
    "نشر في": "نُشِرَ فِي",
    "نُشر في": "نُشِرَ فِي",
    # the words of a spoken date
    "عام": "عَامَ",
    "هجرية": "هِجْرِيَّة",
    "ميلادية": "مِيلَادِيَّة",
    "هجري": "هِجْرِيّ",
    "ميلادي": "مِيلَادِيّ",
    # the month names speak_date says, each with its vowels (index = month number)
    **dict(zip(TRANSLITERATED[1:], (
        "يَنَايِر", "فِبْرَايِر", "مَارِس", "أَبْرِيل", "مَايُو", "يُونْيُو", "يُولْيُو",
        "أَغُسْطُس", "سِبْتَمْبِر", "أُكْتُوبَر", "نُوفَمْبِر", "دِيسَمْبِر"), strict=True)),
    **dict(zip(LEVANTINE[1:], (
        "كَانُون الثَّانِي", "شُبَاط", "آذَار", "نَيْسَان", "أَيَّار", "حَزِيرَان", "تَمُّوز", "آب",
        "أَيْلُول", "تِشْرِين الْأَوَّل", "تِشْرِين الثَّانِي", "كَانُون الْأَوَّل"), strict=True)),
    **dict(zip(HIJRI_MONTHS[1:], HIJRI_VOWELLED[1:], strict=True)),
}

# Longest first, so that "كانون الأول" wins over a shorter entry; whole words only
# (Arabic letters, marks and tatweel are word characters here).
_LETTER = "\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u064b-\u065f\u0670\u0640"
_PATTERN = re.compile(
    f"(?<![{_LETTER}])("
    + "|".join(re.escape(w) for w in sorted(_OWN_WORDS, key=len, reverse=True))
    + f")(?![{_LETTER}])")


def with_own_vowels(text: str) -> str:
    """``text`` (a label, a byline, a spoken date that artexport wrote) with the vowels
    of the words it adds: "بقلم ليلى الحسن" -> "بِقَلَمِ ليلى الحسن"."""
    return _PATTERN.sub(lambda m: _OWN_WORDS[m.group(1)], text)


# Digits said one by one (a telephone or an account number: "صفر خمسة صفر واحد ..."):
# each in its pause form, the same wherever it stands. The diacritizer, guessing from
# context, said "صُفْرُ" (yellow) for صِفْر and gave each digit another case ending. Only
# a run of three or more digit names is taken, which an article does not write itself.
_DIGIT_NAMES = dict(zip((ar_cardinal(d) for d in range(10)), (
    "صِفْرْ", "وَاحِدْ", "اِثْنَانْ", "ثَلَاثَةْ", "أَرْبَعَةْ", "خَمْسَةْ", "سِتَّةْ", "سَبْعَةْ",
    "ثَمَانِيَةْ", "تِسْعَةْ"), strict=True))
_DIGIT = "|".join(re.escape(w) for w in _DIGIT_NAMES)
# (a telephone number's groups are set apart by commas: "تسعة ستة ستة، واحد واحد، ...")
_DIGIT_RUN = re.compile(
    f"(?<![{_LETTER}])(?:(?:{_DIGIT})،? ){{2,}}(?:{_DIGIT})(?![{_LETTER}])")
_DIGIT_WORD = re.compile(_DIGIT)


def with_digit_vowels(text: str) -> str:
    """``text`` with the digits that are read one by one vowelled:
    "صفر خمسة صفر" -> "صِفْرْ خَمْسَةْ صِفْرْ"."""
    return _DIGIT_RUN.sub(
        lambda m: _DIGIT_WORD.sub(lambda w: _DIGIT_NAMES[w.group()], m.group()), text)


# -- number words ------------------------------------------------------------------------
# The diacritizer gave the number words artexport writes for digits other words' vowels
# ("سُبْعَمِئَة", the seventh; "خُمْسَمِئَة", "وَتُسْعِين", "عُشَرَ") and endings no number
# takes ("أَلْفَانٍ", "اثْنَانٍ"). Each is written here with its fixed vowels; "?" marks a
# case ending the sentence decides, where the model's vowel stays (the vowel after "?"
# when it gave none, or one no such word takes).
_UNITS = {"ثلاث": "ثَلَاث", "أربع": "أَرْبَع", "خمس": "خَمْس", "ست": "سِتّ", "سبع": "سَبْع",
          "ثمان": "ثَمَان", "تسع": "تِسْع"}
_TENS = {"عشر": "عِشْر", "ثلاث": "ثَلَاث", "أربع": "أَرْبَع", "خمس": "خَمْس", "ست": "سِتّ",
         "سبع": "سَبْع", "ثمان": "ثَمَان", "تسع": "تِسْع"}
_NUMBER_WORDS: dict[str, str] = {
    "صفر": "صِفْر?",  # (the diacritizer heard the month Safar: "صَفَر")
    "واحد": "وَاحِد?", "واحدة": "وَاحِدَة?", "أحد": "أَحَدَ", "إحدى": "إِحْدَى",
    "اثنان": "اثْنَانِ", "اثنين": "اثْنَيْنِ", "اثنتان": "اثْنَتَانِ", "اثنتين": "اثْنَتَيْنِ",
    "اثنا": "اثْنَا", "اثنتا": "اثْنَتَا", "اثني": "اثْنَيْ", "اثنتي": "اثْنَتَيْ",
    **{bare: vowelled + "?" for bare, vowelled in _UNITS.items()},
    **{bare + "ة": vowelled + "َة?" for bare, vowelled in _UNITS.items()},
    "ثمانية": "ثَمَانِيَة?", "ثماني": "ثَمَانِي?", "عشر": "عَشْر?", "عشرة": "عَشَرَة?",
    # the accusative units of 21-99 after "إنّ" ("إن 25 دولة": the model read "خُمْسًا",
    # a fifth), their tanween alif spelled
    "واحدا": "وَاحِدًا", **{bare + "ا": vowelled + "ًا" for bare, vowelled in _UNITS.items()
                            if bare != "ثمان"},
    "ثمانيا": "ثَمَانِيًا",
    **{bare + "ون": vowelled + "ُونَ" for bare, vowelled in _TENS.items()},
    **{bare + "ين": vowelled + "ِينَ" for bare, vowelled in _TENS.items()},
    "ثمانون": "ثَمَانُونَ", "ثمانين": "ثَمَانِينَ",
    "مئة": "مِئَة?", "مائة": "مِائَة?", "مئتان": "مِئَتَانِ", "مئتين": "مِئَتَيْنِ",
    "مئتا": "مِئَتَا", "مئتي": "مِئَتَيْ",
    **{bare + "مئة": vowelled + "?ُمِئَة?" for bare, vowelled in _UNITS.items() if bare != "ثمان"},
    "ثمانمئة": "ثَمَانِمِئَة?",
    "ألف": "أَلْف?", "ألفا": "أَلْفًا", "ألفان": "أَلْفَانِ", "ألفين": "أَلْفَيْنِ", "آلاف": "آلَاف?",
    "مليون": "مِلْيُون?", "مليونا": "مِلْيُونًا", "مليونان": "مِلْيُونَانِ",
    "مليونين": "مِلْيُونَيْنِ", "ملايين": "مَلَايِين?",
    "مليار": "مِلْيَار?", "مليارا": "مِلْيَارًا", "ملياران": "مِلْيَارَانِ",
    "مليارين": "مِلْيَارَيْنِ", "مليارات": "مِلْيَارَات?",
    # the ordinal of 1 in 21st, 31st...: "الْحَادِّيْيَةِ" was heard
    "الحادي": "الْحَادِي", "الحادية": "الْحَادِيَة?",
    # the era words a year is said with ("هَجْرِي", /hadʒriː/, was heard)
    "هجري": "هِجْرِيّ", "هجرية": "هِجْرِيَّة?", "ميلادي": "مِيلَادِيّ", "ميلادية": "مِيلَادِيَّة?",
}
# a unit before "عشر"/"عشرة" makes 11-19: both words end in a fatha ("ثَلَاثَةَ عَشَرَ")
_ORDINAL_FIRSTS = ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
_TEEN_FIRST = frozenset({"أحد", "إحدى", "اثنا", "اثنتا", "اثني", "اثنتي", *_UNITS,
                         *(u + "ة" for u in _UNITS), "ثمانية", "ثماني",
                         # "الحادي عشر", "الثانية عشرة": an ordinal's tens word too
                         *(a + o + e for o in _ORDINAL_FIRSTS for a in ("", "ال")
                           for e in ("", "ة"))})
_CASE_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0652"  # tanween, short vowels, sukun
_INNER_MARKS = "\u064e\u064f\u0650"
_MARK = "\u064b-\u0652\u0670"
# (a preposition too: "بـ52 نقطة" is "باثنتين", which the model read "بَاثِنَتَيْنِ", /baːθin/)
_ARABIC_WORD = re.compile(f"(?<![{_LETTER}])((?:[وف][{_MARK}]*)?(?:[بلك][{_MARK}]*)?)"
                          f"([\u0621-\u064a{_MARK}]+)")
_STRIP = re.compile(f"[{_MARK}\u0640]")
_PROCLITIC = {"و": "وَ", "ف": "فَ", "ب": "بِ", "ل": "لِ", "ك": "كَ"}
_WRITTEN_WORD = re.compile("[\u0621-\u064a]+")
_SAID_DIGITS = frozenset(_DIGIT_NAMES.values())


def with_number_vowels(vowelled: str, written: str) -> str:
    """``vowelled`` (the diacritizer's) with the fixed vowels of the number words
    artexport wrote for digits: only words the written sentence does not hold itself
    (an author's "سبع" may be the lion), definite ones and ordinals left to the model."""
    own = set(_WRITTEN_WORD.findall(_STRIP.sub("", written)))  # ("أحد،": Uhud, the author's)
    words = list(_ARABIC_WORD.finditer(vowelled))
    bare = [_STRIP.sub("", m.group(2)) for m in words]
    out, pos = [], 0

    def after(k: int) -> bool:  # word k follows word k - 1 across one space
        return 0 < k < len(words) and vowelled[words[k - 1].end():words[k].start()] == " "

    def starts_year(k: int) -> bool:  # "عام ألفين": a year's first number word
        return after(k) and bare[k - 1] in _YEAR_NOUNS and bare[k] in _NUMBER_WORDS and \
            bare[k] not in _NOT_A_YEAR

    def age(k: int) -> bool:  # "عن عمر"/"بعمر" and a number we said, then its years
        glued = _STRIP.sub("", words[k].group(1))
        led = glued == "ب" or (not glued and k > 0 and bare[k - 1] == "عن" and after(k))
        if not (led and after(k + 1) and bare[k + 1] in _NUMBER_WORDS
                and bare[k + 1] not in own):
            return False
        k += 1
        while k < len(words) and bare[k] in _NUMBER_WORDS and after(k):
            k += 1
        # (not "قال عن عمر 20 عاما من الصداقة": a span of years, Omar's)
        return k < len(words) and bare[k] in _YEARS_OF_AGE and after(k) and not (
            k + 1 < len(words) and bare[k + 1] == "من" and after(k + 1))

    year = False  # in the number words of a year after "عام"/"سنة"
    for n, m in enumerate(words):
        core = bare[n]
        if core == "عمر" and age(n):
            # an age ("عن عمر 86 عاما"), not the name Omar the model read ("عُمَرَ")
            out.append(vowelled[pos:m.start()] + _proclitics(m.group(1)) + "عُمْرِ")
            pos = m.end()
            continue
        canon = _NUMBER_WORDS.get(core)
        year = canon is not None and (starts_year(n) or (year and after(n)))
        if starts_year(n + 1):
            # the noun governs the year: no tanween, and "عام" is a year, not "عامّ"
            # (general), which the model read before a year ("عَامٍّ أَلْفَيْنِ")
            before = _STRIP.sub("", words[n - 1].group()) if n else ""
            if _STRIP.sub("", m.group(1))[-1:] in ("ب", "ل", "ك"):
                before = "في"  # "لعام 2025": its preposition is on it
            out.append(vowelled[pos:m.start()] + m.group(1) + _construct(m.group(2), before))
            pos = m.end()
            continue
        if canon is None or core in own or _STRIP.sub("", m.group(1)) + core in own or \
                m.group(2) in _SAID_DIGITS or \
                (core == "ألف" and "ل\u0650" in m.group(2)):
            # (a digit read alone keeps its pause form; "أَلِف" is the letter's name, a
            # label's "المجموعة أ", never a thousand: it was said "أَلْف")
            continue
        nxt = bare[n + 1] if n + 1 < len(words) else ""
        if year and not (core in _TEEN_FIRST and nxt in ("عشر", "عشرة")) and \
                not (core in ("عشر", "عشرة") and n > 0 and bare[n - 1] in _TEEN_FIRST):
            canon = _genitive(canon, before_thousands=nxt in ("ألف", "آلاف"))
        elif core in ("عشر", "عشرة"):
            teen = n > 0 and bare[n - 1] in _TEEN_FIRST
            canon = ("عَشَرَ" if core == "عشر" else "عَشْرَةَ") if teen else \
                ("عَشْر?" if core == "عشر" else "عَشَرَة?")
        elif core in _TEEN_FIRST and nxt in ("عشر", "عشرة") and canon.endswith("?"):
            canon = canon[:-1] + "\u064e"  # "ثَلَاثَةَ عَشَرَ"
        elif canon.endswith("?") and n + 1 < len(words) and \
                _STRIP.sub("", words[n + 1].group(1)) == "و" \
                and nxt in _NUMBER_WORDS and nxt.endswith(("ون", "ين")) and core != "ألف":
            # a unit and its tens share one case: "ثَلَاثَةٌ وَعِشْرُونَ", "ثَلَاثَةٍ وَعِشْرِينَ"
            canon = canon + ("\u064c" if nxt.endswith("ون") else "\u064d")
            said = _laid_over(canon, m.group(2), keep="\u064c\u064f" if nxt.endswith("ون")
                              else "\u064b\u064d\u064e\u0650")
            if said is not None:
                out.append(vowelled[pos:m.start()] + _proclitics(m.group(1))
                           + said)
                pos = m.end()
            continue
        said = _laid_over(canon, m.group(2))
        if said is None:
            continue
        out.append(vowelled[pos:m.start()] + _proclitics(m.group(1)) + said)
        pos = m.end()
    out.append(vowelled[pos:])
    return "".join(out)


# A year after "عام"/"سنة" is that noun's genitive complement, every number word of it
# ("عَامَ أَلْفٍ وَتِسْعِمِئَةٍ وَسِتَّةٍ وَثَلَاثِينَ"): the model gave "وَسِتَّةً", "وَتِسْعَمِئَةٍ",
# "وَأَرْبَعُمِئَةٍ". ("سنة واحدة", "عام واحد": one year, an adjective, not a year's name.)
_YEAR_NOUNS = frozenset({"عام", "سنة"})
_YEARS_OF_AGE = frozenset({"عاما", "عام", "سنة", "سنوات", "أعوام", "أشهر", "شهرا"})
_NOT_A_YEAR = frozenset({"واحد", "واحدة", "اثنان", "اثنين", "اثنتان", "اثنتين"})
_CASE_SLOT = re.compile(f"\\?[{_MARK}]?")  # a "?" slot with its default vowel


def _genitive(canon: str, *, before_thousands: bool) -> str:
    """``canon`` with its case slots in the genitive: a unit before "مئة" in its kasra,
    the word's own ending kasra tanween (a kasra where it governs the thousands after
    it: "ثَلَاثَةِ آلَافٍ")."""
    out, pos = [], 0
    slots = list(_CASE_SLOT.finditer(canon))
    for i, slot in enumerate(slots):
        final = i == len(slots) - 1 and slot.end() == len(canon)
        out.append(canon[pos:slot.start()] +
                   (("\u0650" if before_thousands else "\u064d") if final else "\u0650"))
        pos = slot.end()
    out.append(canon[pos:])
    return "".join(out)


_PREPOSITIONS = frozenset({"في", "من", "إلى", "على", "منذ", "حتى", "خلال", "قبل", "بعد",
                           "مع", "عن", "طوال"})
_TANWEEN_VOWEL = str.maketrans("\u064b\u064c\u064d", "\u064e\u064f\u0650")


def _construct(noun: str, before: str) -> str:
    """``noun`` ("عام", "سنة", as the model vowelled it) before the year it governs: no
    tanween, and where the model gave no case vowel, a sukun, or read "عامّ" (general,
    its vowel then that adjective's), the genitive after a preposition (``before``),
    else the accusative of time."""
    misread = "\u0651" in noun
    noun = _STRIP.sub("", noun) if misread else \
        noun.translate(_TANWEEN_VOWEL).rstrip("\u0652")
    if noun[-1] in "\u064e\u064f\u0650":
        return noun
    vowelled = {"عام": "عَام", "سنة": "سَنَة"}.get(noun, noun)
    after_preposition = before in _PREPOSITIONS or \
        (before[:1] in ("و", "ف") and before[1:] in _PREPOSITIONS)  # "وفي"
    return vowelled + ("\u0650" if after_preposition else "\u064e")


# A conjunction or preposition glued to a Latin word ("ولـiPhone", "لCNN", "بـAndroid"):
# the model, which sees no word after it, gave it a sukun or no vowel ("وَلْiPhone",
# /wal/; "لCNN") or another vowel ("لَApple"). Its own vowel is fixed: "وَلِ", "بِ", "كَ".
_GLUED_TO_LATIN = re.compile(f"(?<![{_LETTER}])(?=[وفبلك])((?:[وف][{_MARK}]*)?(?:[بلك][{_MARK}]*)?)"
                             "(?=[A-Za-z])")


def with_proclitic_vowels(vowelled: str) -> str:
    """``vowelled`` with the fixed vowels of a proclitic glued to a Latin word:
    "وَلْiPhone" -> "وَلِiPhone"."""
    return _GLUED_TO_LATIN.sub(lambda m: _proclitics(m.group(1)), vowelled)


def _proclitics(letters: str) -> str:
    return "".join(_PROCLITIC[letter] for letter in _STRIP.sub("", letters))


def _laid_over(canon: str, model: str, keep: str = _CASE_MARKS) -> str | None:
    """``canon`` (letters, marks, "?" for the model's case vowel) over the model's word;
    ``keep``: the model's endings that stand."""
    theirs = re.findall(f"([\u0621-\u064a])([{_MARK}]*)", model.replace("\u0640", ""))
    mine = re.findall(f"([\u0621-\u064a])([{_MARK}?]*)", canon)
    if [ch for ch, _ in theirs] != [ch for ch, _ in mine]:
        return None
    out = []
    last = len(mine) - 1
    for i, ((letter, marks), (_, given)) in enumerate(zip(mine, theirs, strict=True)):
        if "?" in marks:
            shadda, default = marks.split("?")
            allowed = keep if i == last else _INNER_MARKS
            vowel = given.replace("\u0651", "")
            marks = shadda + (vowel if len(vowel) == 1 and vowel in allowed else default)
        out.append(letter + marks)
    return "".join(out)
