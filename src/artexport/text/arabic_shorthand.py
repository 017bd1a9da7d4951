"""Shorthand an Arabic sentence writes that its voice must be handed as words: "ت.غ"
(spelled "تاء غين"), "‰" (dropped), "¥" (said "يوان" for a Tokyo price), "طالباً/ة"
("تاء مربوطة"), a century's Roman numeral ("القرن XIX": "X I X") and "×2" ("× two").
Numbers stay digits here: the number steps after this one say them.
"""

from __future__ import annotations

import re

from .latin_languages import ROMAN, roman_value

__all__ = ["arabic_shorthand"]

_AR = "\u0621-\u064a"
_GMT = re.compile(rf"(?<![{_AR}.])ت\.[ \t]?غ\.?(?![{_AR}])")
_PER_MILLE = re.compile(r"[ \t]?‰")
_YEN = re.compile(r"¥[ \t]?(\d[\d.,]*)|(?<=[\d\s])¥")
# "طالباً/ة", "موظف/ة": a noun and its feminine, "طالبًا وطالبة"
_BOTH_GENDERS = re.compile(rf"(?<![{_AR}])([{_AR}]{{2,}}?)(اً|ًا)?/ة(?![{_AR}])")
_CENTURY = re.compile(rf"(?<=القرن )(?P<roman>(?=[IVXL]){ROMAN})(?![\w])")
_TIMES = re.compile(r"(?<![\d.,])×[ \t]?(\d{1,2})(?![\d.,])")


def arabic_shorthand(text: str) -> str:
    """``text`` (Arabic) with the shorthand above written as said."""
    text = _GMT.sub("بتوقيت غرينتش", text)
    text = _PER_MILLE.sub(" في الألف", text)
    text = _YEN.sub(lambda m: f"{m.group(1)} ين" if m.group(1) else " ين", text)
    text = _BOTH_GENDERS.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} و{m.group(1)}ة", text)
    text = _CENTURY.sub(lambda m: str(roman_value(m.group("roman"))), text)
    return _TIMES.sub(lambda m: f"{m.group(1)} مرة" if int(m.group(1)) > 10 or
                      int(m.group(1)) < 3 else f"{m.group(1)} مرات", text)
