"""One presentation view of an article, shared by every format.

The large-print page, the EPUB and the PDF (and the audio's chapter titles) print the
same labels, byline, dates, captions, heading levels and digits, and choose fonts by the
same rules, because they all read them here::

    from artexport.edition import Edition, labels
    edition = Edition.of(article)
    edition.byline_text            # "بقلم ليلى ناصر (محررة) وسامي يوسف"
    [d.line for d in edition.dates]
    labels("ur").label("published")  # "تاریخ اشاعت"

Imports point down only: exporters -> edition -> text -> model.
"""

from __future__ import annotations

from .fonts import FontChoice, FontPlan, LanguageFonts, arabic_face, font_plan, stack_for
from .labels import LABEL_LANGUAGES, Labels, labels
from .view import BlockLanguage, Caption, DateLine, Edition

__all__ = [
           "LABEL_LANGUAGES",
           "BlockLanguage",
           "Caption",
           "DateLine",
           "Edition",
           "FontChoice",
           "FontPlan",
           "Labels",
           "LanguageFonts",
           "arabic_face",
           "font_plan",
           "labels",
           "stack_for",
]
