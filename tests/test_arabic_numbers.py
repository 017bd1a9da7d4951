"""Arabic number grammar, from a table written from the grammars (tests/data/
arabic_numbers.tsv: each "## " line names the rule its group exercises), and the parts
of it that are not sentences: the counted-noun gender lexicon and rules, the forms of the
number words themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from artexport.text.arabic_nouns import dual, is_feminine, is_plural
from artexport.text.numbers import ar_cardinal, ar_ordinal, definite
from artexport.text.speech import speech_text

DATA = Path(__file__).parent / "data"


def load_table(name: str) -> list[tuple[str, str, str]]:
    """(group, input, expected) for every case line of a table in tests/data."""
    rows: list[tuple[str, str, str]] = []
    group = ""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            group = line[3:].split(":")[0]
        elif line and not line.startswith("#"):
            *source, expected = line.split("\t")
            rows.append((group, "\t".join(source), expected))
    return rows


ARABIC_TABLE = load_table("arabic_numbers.tsv")


def test_the_table_is_large_enough_and_grouped() -> None:
    assert len(ARABIC_TABLE) >= 150
    assert len({group for group, _, _ in ARABIC_TABLE}) >= 15
    assert all(group for group, _, _ in ARABIC_TABLE)


@pytest.mark.parametrize(("group", "source", "expected"), ARABIC_TABLE,
                         ids=[f"{i:03d}" for i in range(len(ARABIC_TABLE))])
def test_arabic_number_grammar(group: str, source: str, expected: str) -> None:
    assert speech_text(source, "ar") == expected, group


# -- the gender of a counted noun --------------------------------------------------------

@pytest.mark.parametrize("noun", [
    # sound feminine plurals of feminine singulars
    "إصابات", "دبابات", "سيارات", "غارات", "هجمات", "مباريات", "قوات", "عقوبات",
    "مفاوضات", "تسويات", "إدارات", "إشارات", "وفيات", "ذكريات",
    # broken plurals of feminine singulars (lexicon and the فعائل rule)
    "قذائف", "رسائل", "حقائب", "وثائق", "دول", "مدن", "قرى", "نساء", "سفن", "دقائق",
    # feminine singulars
    "سنة", "مباراة", "ذكرى", "أرض", "حرب", "ليرة",
])
def test_feminine_counted_nouns(noun: str) -> None:
    assert is_feminine(noun)


@pytest.mark.parametrize("noun", [
    # plurals in ـات of masculine verbal nouns of the derived forms
    "تحقيقات", "تفجيرات", "إجراءات", "إنجازات", "اجتماعات", "انتخابات", "انفجارات",
    "اتصالات", "اعتداءات", "استثمارات", "اشتباكات",
    # masculine singulars with a plural in ـات, and أفعال plurals ending in ت
    "دولارات", "ملفات", "مطارات", "مستشفيات", "مستويات", "كيلومترات", "أصوات", "أوقات",
    # masculine broken plurals and singulars
    "أشخاص", "أطفال", "صواريخ", "أيام", "أشهر", "قتلى", "جرحى", "دلائل", "شخص", "مستوى",
])
def test_masculine_counted_nouns(noun: str) -> None:
    assert not is_feminine(noun)


def test_plural_and_dual() -> None:
    assert is_plural("الدول") and is_plural("السنوات") and is_plural("اللاعبين")
    assert not is_plural("الدورة") and not is_plural("المرة") and not is_plural("فلسطين")
    assert dual("سيارة", oblique=False) == "سيارتان"
    assert dual("شخص", oblique=True) == "شخصين"
    assert dual("أشخاص", oblique=True) is None


# -- number words ------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "kwargs", "expected"), [
    (2000, {"construct": True}, "ألفا"),
    (2000, {"construct": True, "case": "oblique"}, "ألفي"),
    (200, {"construct": True}, "مئتا"),
    (50000, {}, "خمسون ألفًا"),
    (50000, {"construct": True}, "خمسون ألف"),
    (13000, {"construct": True}, "ثلاثة عشر ألف"),
    (3000, {}, "ثلاثة آلاف"),
    (2000000, {"construct": True, "case": "oblique"}, "مليوني"),
    (28, {"feminine": True}, "ثمانٍ وعشرون"),
    (8, {"feminine": True}, "ثماني"),
    (18, {"feminine": True}, "ثماني عشرة"),
    (12, {"feminine": True, "case": "oblique"}, "اثنتي عشرة"),
])
def test_cardinal_forms(n: int, kwargs: dict[str, object], expected: str) -> None:
    assert ar_cardinal(n, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("n", "feminine", "case", "expected"), [
    (1, False, "nominative", "الأول"),
    (1, True, "nominative", "الأولى"),
    (11, False, "oblique", "الحادي عشر"),
    (11, True, "oblique", "الحادية عشرة"),
    (12, True, "nominative", "الثانية عشرة"),
    (19, False, "nominative", "التاسع عشر"),
    (21, False, "oblique", "الحادي والعشرين"),
    (21, True, "nominative", "الحادية والعشرون"),
    (37, True, "oblique", "السابعة والثلاثين"),
    (100, False, "nominative", "المئة"),
])
def test_ordinal_forms(n: int, feminine: bool, case: str, expected: str) -> None:
    assert ar_ordinal(n, feminine=feminine, case=case) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("words", "expected"), [
    ("أحد عشر", "الأحد عشر"),
    ("خمسة عشر", "الخمسة عشر"),
    ("عشرة", "العشرة"),
    ("خمسة وعشرون", "الخمسة والعشرون"),
    ("ألفين", "الألفين"),
])
def test_definite_numbers(words: str, expected: str) -> None:
    assert definite(words) == expected


# -- Persian and Urdu --------------------------------------------------------------------

OTHER_TABLE = [
    (group, *source.split("\t", 1), expected)
    for group, source, expected in load_table("persian_urdu_numbers.tsv")
]


@pytest.mark.parametrize(("group", "lang", "source", "expected"), OTHER_TABLE,
                         ids=[f"{row[1]}-{i:02d}" for i, row in enumerate(OTHER_TABLE)])
def test_persian_and_urdu_numbers(group: str, lang: str, source: str, expected: str) -> None:
    assert speech_text(source, lang) == expected, group


# What the grammar says and the reading cannot know yet, kept here so that a fix shows:
# whether the word before a number is a transitive verb (then the number is its object,
# accusative, and a feminine unit of 21-99 spells its tanween) or the verb before a
# definite noun that is its subject (then an ordinal after that noun is nominative).
KNOWN_LIMITS = [
    ("سجلت الحرارة 45° اليوم", "سجلت الحرارة خمسًا وأربعين درجة اليوم"),
    ("انعقدت الدورة 78 للجمعية العامة", "انعقدت الدورة الثامنة والسبعون للجمعية العامة"),
    ("شهد القرن 20 حربين", "شهد القرن العشرون حربين"),
]


@pytest.mark.xfail(strict=True, reason="no verb analysis: transitive object / VSO subject")
@pytest.mark.parametrize(("source", "expected"), KNOWN_LIMITS)
def test_known_limits_of_the_case_rules(source: str, expected: str) -> None:
    assert speech_text(source, "ar") == expected
