"""The 114 suras of the Quran by name, bare (as news copy writes them) and with their
vowels (as a reciter says them), and references to their verses in words.

The names serve two steps of the speech: a reference ("[سورة الشورى/ 48]", and in
brackets without the word "سورة": "(النساء: 3)", or by its number after the verse
quoted: "(2:183)"; :func:`quran_citations`), and the vowels of a sura's name
after "سورة" once the diacritizer has run (:func:`with_sura_vowels`). The model guessed
the names from their everyday senses and misread the best-known ones: "الْبَقْرَة" for
الْبَقَرَة, "مُرِيمٌ" for مَرْيَم, "الْمَلِكِ" (the king) for الْمُلْك, and the names
that are letters ("يس", "طه", "ص", "ق") as words no one says.
"""

from __future__ import annotations

import re

from .number_tokens import AR_LETTER, before
from .numbers import ar_cardinal, fa_cardinal
from .numbers_ur import ur_cardinal

__all__ = ["SURAS", "quran_citations", "verses_said", "with_sura_vowels"]

# Each name with its vowels, without the case ending the sentence decides (the model's
# stays: "سُورَةِ الْبَقَرَةِ"); a name that is letters is written as it is said.
_VOWELLED = """
الفاتحة:الْفَاتِحَة البقرة:الْبَقَرَة آل_عمران:آلِ_عِمْرَان النساء:النِّسَاء المائدة:الْمَائِدَة
الأنعام:الْأَنْعَام الأعراف:الْأَعْرَاف الأنفال:الْأَنْفَال التوبة:التَّوْبَة يونس:يُونُس هود:هُود
يوسف:يُوسُف الرعد:الرَّعْد إبراهيم:إِبْرَاهِيم الحجر:الْحِجْر النحل:النَّحْل الإسراء:الْإِسْرَاء
الكهف:الْكَهْف مريم:مَرْيَم طه:طَاهَا الأنبياء:الْأَنْبِيَاء الحج:الْحَجّ المؤمنون:الْمُؤْمِنُون
النور:النُّور الفرقان:الْفُرْقَان الشعراء:الشُّعَرَاء النمل:النَّمْل القصص:الْقَصَص
العنكبوت:الْعَنْكَبُوت الروم:الرُّوم لقمان:لُقْمَان السجدة:السَّجْدَة الأحزاب:الْأَحْزَاب سبأ:سَبَأ
فاطر:فَاطِر يس:يَاسِين الصافات:الصَّافَّات ص:صَاد الزمر:الزُّمَر غافر:غَافِر فصلت:فُصِّلَت
الشورى:الشُّورَى الزخرف:الزُّخْرُف الدخان:الدُّخَان الجاثية:الْجَاثِيَة الأحقاف:الْأَحْقَاف
محمد:مُحَمَّد الفتح:الْفَتْح الحجرات:الْحُجُرَات ق:قَاف الذاريات:الذَّارِيَات الطور:الطُّور
النجم:النَّجْم القمر:الْقَمَر الرحمن:الرَّحْمَن الواقعة:الْوَاقِعَة الحديد:الْحَدِيد
المجادلة:الْمُجَادِلَة الحشر:الْحَشْر الممتحنة:الْمُمْتَحَنَة الصف:الصَّفّ الجمعة:الْجُمُعَة
المنافقون:الْمُنَافِقُون التغابن:التَّغَابُن الطلاق:الطَّلَاق التحريم:التَّحْرِيم الملك:الْمُلْك
القلم:الْقَلَم الحاقة:الْحَاقَّة المعارج:الْمَعَارِج نوح:نُوح الجن:الْجِنّ المزمل:الْمُزَّمِّل
المدثر:الْمُدَّثِّر القيامة:الْقِيَامَة الإنسان:الْإِنْسَان المرسلات:الْمُرْسَلَات النبأ:النَّبَأ
النازعات:النَّازِعَات عبس:عَبَسَ التكوير:التَّكْوِير الانفطار:الِانْفِطَار المطففين:الْمُطَفِّفِين
الانشقاق:الِانْشِقَاق البروج:الْبُرُوج الطارق:الطَّارِق الأعلى:الْأَعْلَى الغاشية:الْغَاشِيَة
الفجر:الْفَجْر البلد:الْبَلَد الشمس:الشَّمْس الليل:اللَّيْل الضحى:الضُّحَى الشرح:الشَّرْح
التين:التِّين العلق:الْعَلَق القدر:الْقَدْر البينة:الْبَيِّنَة الزلزلة:الزَّلْزَلَة
العاديات:الْعَادِيَات القارعة:الْقَارِعَة التكاثر:التَّكَاثُر العصر:الْعَصْر الهمزة:الْهُمَزَة
الفيل:الْفِيل قريش:قُرَيْش الماعون:الْمَاعُون الكوثر:الْكَوْثَر الكافرون:الْكَافِرُون النصر:النَّصْر
المسد:الْمَسَد الإخلاص:الْإِخْلَاص الفلق:الْفَلَق الناس:النَّاس
"""
_NAMES = {bare.replace("_", " "): said.replace("_", " ")
          for bare, said in (pair.split(":") for pair in _VOWELLED.split())}
_BARE_ALEF = str.maketrans("أإآ", "ااا")
_BY_NAME = {**{bare.translate(_BARE_ALEF): said for bare, said in _NAMES.items()}, **_NAMES}
SURAS: frozenset[str] = frozenset(_BY_NAME)
"""Every sura's name as copy writes it, with and without hamza on its alef."""

_MARKS = "\u064b-\u0652\u0670"
_STRIP = re.compile(f"[{_MARKS}\u0640]")
_LETTERS = f"\u0621-\u064a{_MARKS}\u0640"
# "سورة", "وسورة", "بسورة", "لسورة", "سورتي"/"سورتا" (two suras) and their vowelled forms
_SURA_WORD = re.compile(
    f"(?<![{_LETTERS}])(?:[وف][{_MARKS}]*)?(?:[بل][{_MARKS}]*)?س[{_MARKS}]*و[{_MARKS}]*ر"
    f"[{_MARKS}]*[ةت][{_MARKS}]*(?:[اي][{_MARKS}]*)?[ \t]+")
_NAME = re.compile(
    "(?:" + "|".join(re.escape(name) for name in sorted(_BY_NAME, key=len, reverse=True))
    + f")(?![{_LETTERS}])")
_WORD = re.compile(f"[{_LETTERS}]+(?:[ \t]+[{_LETTERS}]+)?")
_CASE = re.compile(f"[{_MARKS}]+$")
_ENDINGS = ("\u064e", "\u064f", "\u0650", "\u0652")  # a short vowel or none


def with_sura_vowels(vowelled: str, written: str) -> str:
    """``vowelled`` (the diacritizer's) with each sura's name after "سورة" said with its
    own vowels, the model's case ending kept: "سُورَةِ الْبَقْرَةِ" -> "سُورَةِ الْبَقَرَةِ".
    A name the author vowelled in ``written`` keeps the author's vowels."""
    bare = _STRIP.sub("", vowelled)  # ("سورة" may be ours: "(البقرة: 183)" was cited)
    if "سورة" not in bare and "سورت" not in bare:
        return vowelled
    out, pos = [], 0
    for m in _SURA_WORD.finditer(vowelled):
        words = _WORD.match(vowelled, m.end())
        if words is None:
            continue
        said = _said(words.group())
        if said is None:
            continue
        name, canon = said
        n_words = name.count(" ") + 1
        span = " ".join(words.group().split()[:n_words])
        if any(ch in span for ch in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") \
                and _written_vowelled(written, name):
            continue
        end = m.end() + len(span)
        # (a definite name takes the model's case vowel; the others, proper names and
        # letters, are said in their pause form)
        ending = _CASE.search(span)
        case = ending.group().replace("\u0651", "") if ending and canon.startswith("ال") \
            else ""
        out.append(vowelled[pos:m.end()] + canon + (case if case in _ENDINGS else ""))
        pos = end
    out.append(vowelled[pos:])
    return "".join(out)


def _said(words: str) -> tuple[str, str] | None:
    """The sura's name at the start of ``words`` (two at most, vowels and all) and its
    vowelled form, or None."""
    bare = _STRIP.sub("", words)
    m = _NAME.match(bare)
    if m is None:
        return None
    return m.group(), _BY_NAME[m.group()]


def _written_vowelled(written: str, name: str) -> bool:
    """Whether the author wrote ``name`` with vowels of their own."""
    for m in re.finditer(f"[{_LETTERS}]+", written):
        word = m.group()
        if word != _STRIP.sub("", word) and _STRIP.sub("", word) in name.split():
            return True
    return False


QURAN = re.compile(
    rf"[\[(﴿]?[ \t]{{0,3}}((?:سورة|سورۃ|سورہ)(?:\s{{1,3}}[{AR_LETTER}\u064b-\u0652\u0670]+)"
    rf"{{1,3}}?)[ \t]{{0,3}}[/:،,][ \t]{{0,3}}"
    rf"(\d{{1,3}})(?:[ \t]{{0,3}}[-–][ \t]{{0,3}}(\d{{1,3}}))?[ \t]{{0,3}}[\])﴾]?"
)


# A reference in brackets by the sura's name alone, without the word "سورة": "(النساء:
# 3)", "[آل عمران: 104]" (it was "the women: three")
QURAN_BY_NAME = re.compile(
    r"[\[(﴿][ \t]{0,3}(" + "|".join(sorted(SURAS, key=len, reverse=True)) + r")[ \t]{0,3}"
    r"[/:،,][ \t]{0,3}(\d{1,3})(?:[ \t]{0,3}[-–][ \t]{0,3}(\d{1,3}))?[ \t]{0,3}[\])﴾]")
_SURA_NOUN = {"ar": "سورة", "fa": "سوره", "ur": "سورۃ"}

# ... and by the sura's number after the verse quoted ("... الصيام" (2:183), "{...}
# [2:183]"; it was "two: a hundred and eighty-three"): a sura and a verse it has, in a
# sentence that speaks of the Quran (not a score or a time in brackets)
_QURAN_BY_NUMBER = re.compile(r"(?<=[\"»”﴾﴿}])([ \t]{0,3}[.،]?[ \t]{0,3}[\[(])[ \t]{0,3}"
                              r"(\d{1,3})[ \t]{0,3}:[ \t]{0,3}(\d{1,3})(?=[ \t]{0,3}[\])])")
_QURAN_CUE = re.compile("تعالى|تعالی|القرآن|قرآن|الآية|آية|آیه|سورة|سوره|سورۃ|﴿|﴾|عز وجل|سبحانه")
_VERSES = (7, 286, 200, 176, 120, 165, 206, 75, 129, 109, 123, 111, 43, 52, 99, 128, 111,
    110, 98, 135, 112, 78, 118, 64, 77, 227, 93, 88, 69, 60, 34, 30, 73, 54, 45, 83, 182,
    88, 75, 85, 54, 53, 89, 59, 37, 35, 38, 29, 18, 45, 60, 49, 62, 55, 78, 96, 29, 22, 24,
    13, 14, 11, 11, 18, 12, 12, 30, 52, 52, 44, 28, 28, 20, 56, 40, 31, 50, 40, 46, 42, 29,
    19, 36, 25, 22, 17, 19, 26, 30, 20, 15, 21, 11, 8, 8, 19, 5, 8, 8, 11, 11, 8, 3, 9, 5,
    4, 7, 3, 6, 3, 5, 4, 5, 6)  # each sura's verses
_IN_ORDER = tuple(_NAMES)  # the suras in the Quran's order


def _by_number(m: re.Match[str]) -> str:
    sura, verse = int(m.group(2)), int(m.group(3))
    if not 1 <= sura <= len(_VERSES) or not 1 <= verse <= _VERSES[sura - 1]:
        return m.group()
    return f"{m.group(1)}{_IN_ORDER[sura - 1]}: {verse}"


def quran_citations(text: str, primary: str) -> str:
    """``text`` with its references to the Quran's verses in words (:func:`quran`)."""
    text = QURAN.sub(lambda m: quran(m, primary), text)
    if primary == "en":
        return text
    if _QURAN_CUE.search(text):
        text = _QURAN_BY_NUMBER.sub(_by_number, text)
    return QURAN_BY_NAME.sub(lambda m: quran(m, primary), text)


def quran(m: re.Match[str], primary: str) -> str:
    """"[سورة الشورى/ 48]" -> "سورة الشورى، الآية ثمانية وأربعون"; "(النساء: 3)" (a
    ``QURAN_BY_NAME`` match) -> "سورة النساء، الآية ثلاثة", or only "، الآية ثلاثة"
    right after "سورة النساء" ("من سورة النساء (النساء: 3)" said the sura twice)."""
    sura, first, last = m.group(1), int(m.group(2)), m.group(3)
    if m.re is QURAN_BY_NAME:
        sura = f"{_SURA_NOUN.get(primary, 'سورة')} {sura}"
        if before(m).rstrip().endswith(sura):
            sura = ""
    return f"{sura}، {verses_said(first, int(last) if last else None, primary)}"


def verses_said(first: int, last: int | None, primary: str) -> str:
    """"الآية ثلاثة", "الآيات من ثلاثة إلى خمسة" (and Persian's, Urdu's): the form
    every verse reference takes, the Quran's and the Bible's."""
    if primary == "fa":
        if last:
            return f"آیات {fa_cardinal(first)} تا {fa_cardinal(last)}"
        return f"آیه {fa_cardinal(first)}"
    if primary == "ur":
        if last:
            return f"آیات {ur_cardinal(first)} سے {ur_cardinal(last)} تک"
        return f"آیت {ur_cardinal(first)}"
    if last:
        return (f"الآيات من {ar_cardinal(first, case='oblique')} "
                f"إلى {ar_cardinal(last, case='oblique')}")
    return f"الآية {ar_cardinal(first)}"
