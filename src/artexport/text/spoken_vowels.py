"""The vowels of the Arabic words artexport itself adds to what is said: the labels
("بقلم", "الموافق", "موضوعات") and the words of a spoken date (month names, "عام",
"هجرية").

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
    "آخر تحديث": "آخِرُ تَحْدِيث",
    "نشر في": "نُشِرَ فِي",
    "نُشر في": "نُشِرَ فِي",
    # the words of a spoken date
    "عام": "عَامَ",
    "هجرية": "هِجْرِيَّة",
    "ميلادية": "مِيلَادِيَّة",
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
