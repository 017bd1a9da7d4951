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
    "يناير": "يَنَايِر",
    "فبراير": "فِبْرَايِر",
    "مارس": "مَارِس",
    "أبريل": "أَبْرِيل",
    "مايو": "مَايُو",
    "يونيو": "يُونْيُو",
    "يوليو": "يُولْيُو",
    "أغسطس": "أَغُسْطُس",
    "سبتمبر": "سِبْتَمْبِر",
    "أكتوبر": "أُكْتُوبَر",
    "نوفمبر": "نُوفَمْبِر",
    "ديسمبر": "دِيسَمْبِر",
    "كانون الثاني": "كَانُون الثَّانِي",
    "شباط": "شُبَاط",
    "آذار": "آذَار",
    "نيسان": "نَيْسَان",
    "أيار": "أَيَّار",
    "حزيران": "حَزِيرَان",
    "تموز": "تَمُّوز",
    "أيلول": "أَيْلُول",
    "تشرين الأول": "تِشْرِين الْأَوَّل",
    "تشرين الثاني": "تِشْرِين الثَّانِي",
    "كانون الأول": "كَانُون الْأَوَّل",
    "محرم": "مُحَرَّم",
    "صفر": "صَفَر",
    "ربيع الأول": "رَبِيعِ الْأَوَّل",
    "ربيع الآخر": "رَبِيعِ الْآخِر",
    "جمادى الأولى": "جُمَادَى الْأُولَى",
    "جمادى الآخرة": "جُمَادَى الْآخِرَة",
    "رجب": "رَجَب",
    "شعبان": "شَعْبَان",
    "رمضان": "رَمَضَان",
    "شوال": "شَوَّال",
    "ذو القعدة": "ذِي الْقَعْدَة",
    "ذو الحجة": "ذِي الْحِجَّة",
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
