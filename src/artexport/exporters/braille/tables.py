"""Which liblouis table translates which language, and the words and conventions the
braille edition adds per language.

Tables: Arabic, English, Persian and Urdu are named here (the literary tables that
ship with liblouis 3.24: the Unified Arabic Braille tables by Mada, Unified English
Braille, Persian and Urdu); any other language is looked up by liblouis's own table
metadata (``lou_findTable "language:xx type:literary grade:N"``). A grade the language
has no table for falls back to the grade it has, and the edition says which it used.

``LABELS`` holds the words only the braille edition adds (the braille code, "Caption");
``label()`` answers every other key from the label table all editions share.
``PAGE_NUMBER_LINE`` is where each language's braille puts the page number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...edition.labels import labels as edition_labels
from ...errors import ExportError
from ...text.lang import primary_subtag
from .liblouis import check_table, find_table, table_info

__all__ = ["LABELS", "BrailleCode", "choose_code", "label", "page_number_line"]

# language -> (grade 1 table, grade 2 table or None when liblouis has none)
KNOWN_TABLES: dict[str, tuple[str, str | None]] = {
    "ar": ("ar-ar-g1.utb", "ar-ar-g2.ctb"),
    "en": ("en-ueb-g1.ctb", "en-ueb-g2.ctb"),
    "fa": ("fa-ir-g1.utb", None),  # liblouis 3.24 has no contracted Persian table
    "ur": ("ur-pk-g1.utb", "ur-pk-g2.ctb"),
}

# The words only the braille edition adds. Every other word (By, Published, Updated,
# Image, the list separator) comes from the label table every edition shares
# (:mod:`artexport.edition.labels`), so the braille reads as the other editions do.
# Every word here must be one its language's tables can write (no brackets: the Urdu
# tables have none); a test holds them to it.
LABELS: dict[str, dict[str, str]] = {
    "en": {"caption": "Caption", "edition": "Braille edition",
           "grade1": "uncontracted, grade 1", "grade2": "contracted, grade 2",
           "bullet": "•"},
    "ar": {"caption": "تعليق الصورة", "edition": "طبعة برايل",
           "grade1": "غير مختصرة، الدرجة الأولى", "grade2": "مختصرة، الدرجة الثانية",
           "bullet": "•"},
    "fa": {"caption": "زیرنویس تصویر", "edition": "نسخه بریل",
           "grade1": "بدون اختصار، درجه یک", "grade2": "مختصر، درجه دو", "bullet": "•"},
    "ur": {"caption": "تصویر کا کیپشن", "edition": "بریل ایڈیشن",
           "grade1": "غیر مختصر، درجہ اول", "grade2": "مختصر، درجہ دوم", "bullet": "•"},
    # the label-table languages liblouis has a literary table for
    "fr": {"caption": "Légende", "edition": "Édition braille",
           "grade1": "intégral, niveau 1", "grade2": "abrégé, niveau 2", "bullet": "•"},
    "es": {"caption": "Pie de foto", "edition": "Edición en braille",
           "grade1": "integral, grado 1", "grade2": "estenográfico, grado 2", "bullet": "•"},
    "de": {"caption": "Bildunterschrift", "edition": "Brailleausgabe",
           "grade1": "Vollschrift, Stufe 1", "grade2": "Kurzschrift, Stufe 2", "bullet": "•"},
    "pt": {"caption": "Legenda", "edition": "Edição em braille",
           "grade1": "integral, grau 1", "grade2": "abreviado, grau 2", "bullet": "•"},
    "tr": {"caption": "Fotoğraf altı", "edition": "Braille baskısı",
           "grade1": "kısaltmasız, 1. derece", "grade2": "kısaltmalı, 2. derece",
           "bullet": "•"},
    "he": {"caption": "כיתוב", "edition": "מהדורת ברייל",
           "grade1": "מלא, דרגה 1", "grade2": "מקוצר, דרגה 2", "bullet": "•"},
}

PageLine = Literal["top", "bottom"]
# Where the braille page number goes. North America (BANA Braille Formats): the last
# line, right margin. Elsewhere the British layout -- top line, right margin -- which the
# Arabic, Persian and Urdu editions follow here too; no published Arabic formats code
# was at hand to confirm it, so this is the first entry the edition table should own.
PAGE_NUMBER_LINE: dict[str, PageLine] = {"en": "bottom"}


def label(lang: str, key: str) -> str:
    """An edition word in ``lang``, English where no table has that language: the
    braille edition's own words, else the label every edition shares."""
    own = LABELS.get(primary_subtag(lang), LABELS["en"])
    return own[key] if key in own else edition_labels(lang)[key]


def page_number_line(lang: str) -> PageLine:
    """The line that carries the braille page number in ``lang``'s convention."""
    return PAGE_NUMBER_LINE.get(primary_subtag(lang), "top")


@dataclass(frozen=True)
class BrailleCode:
    """The table list one language is translated with, and the grade it gives."""

    language: str
    tables: tuple[str, ...]
    grade: int | None  # None: a table given by the user, grade not declared
    fallback: str | None = None  # why the requested grade/language was not available

    @property
    def name(self) -> str:
        return ",".join(self.tables)


def choose_code(lang: str, grade: int, override: str | None = None) -> BrailleCode:
    """The braille code for ``lang`` at ``grade``; ``override`` is a table list
    (``"ar-ar-comp8.utb"``) the user chose instead."""
    if override:
        tables = tuple(t.strip() for t in override.split(",") if t.strip())
        if not tables or not check_table(tables):
            raise ExportError(None, f"braille: liblouis cannot find or compile the table "
                                    f"{override!r} (tables are in liblouis's table folder, "
                                    "e.g. /usr/share/liblouis/tables)")
        declared = table_info(tables[-1], "grade")
        return BrailleCode(lang, tables, int(declared) if declared in ("1", "2") else None)
    primary = primary_subtag(lang)
    if primary in KNOWN_TABLES:
        g1, g2 = KNOWN_TABLES[primary]
        if grade == 2 and g2 is None:
            return BrailleCode(primary, (g1,), 1,
                               f"liblouis has no grade 2 table for {primary!r}; grade 1 used")
        return BrailleCode(primary, (g2 if grade == 2 and g2 else g1,), grade)
    return _found_code(lang, grade)


def _found_code(lang: str, grade: int) -> BrailleCode:
    for tag in dict.fromkeys((lang, primary_subtag(lang))):
        for wanted in (grade, 3 - grade):
            table = find_table(f"language:{tag} type:literary grade:{wanted}")
            if table is None or not _speaks(table, tag):
                continue
            declared = table_info(table, "grade")
            got = int(declared) if declared in ("1", "2") else None
            note = (f"liblouis has no grade {grade} table for {lang!r}; {table} used"
                    if got != grade else None)
            return BrailleCode(primary_subtag(lang), (table,), got, note)
    raise ExportError(None, f"braille: liblouis has no literary braille table for language "
                            f"{lang!r}; name one with --opt braille.table=<table>")


def _speaks(table: str, tag: str) -> bool:
    """lou_findTable ranks partial matches too: keep only a table of that language."""
    language = (table_info(table, "language") or "").lower()
    return primary_subtag(language) == primary_subtag(tag).lower()
