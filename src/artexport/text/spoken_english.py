"""English abbreviations and decades as a listener expects them.

espeak-ng's English voice reads the abbreviations of news copy by their letters or as
words of their own, and stops at their full stop as at a sentence's end: "Rep. Schiff"
is "rep / Schiff", "Sgt. Pepper" "S G T / Pepper", "Martin Truex Jr." "J R", "No. 1"
"no / one", "Mt. Everest" "M T / Everest", "the 1990s" "nineteen hundred ninety z".
:func:`speak_english_abbreviations` writes them out ("Representative Schiff",
"Sergeant Pepper", "Junior", "number 1", "Mount Everest", "the nineteen nineties") for
the English voice only; the editions print what the author wrote.

Only where the reading is certain: a title before a capitalised name, a suffix after
one, a month before a day, "No." before a number. "St." is "Saint" before a name and
"Street" after one.
"""

from __future__ import annotations

import re

from .numbers import EN_TENS, en_year

__all__ = ["speak_english_abbreviations"]

# before a capitalised word (a name): "Rep. Adam Schiff", "Lt. Gen. Jones"
_TITLES = {
    "Adm": "Admiral", "Capt": "Captain", "Cmdr": "Commander", "Col": "Colonel",
    "Cpl": "Corporal", "Det": "Detective", "Fr": "Father", "Gen": "General",
    "Gov": "Governor", "Hon": "Honorable", "Insp": "Inspector", "Lt": "Lieutenant",
    "Maj": "Major", "Pres": "President", "Prof": "Professor", "Rep": "Representative",
    "Reps": "Representatives", "Rev": "Reverend", "Sen": "Senator", "Sens": "Senators",
    "Sgt": "Sergeant", "Supt": "Superintendent", "Mt": "Mount", "Ft": "Fort",
    "St": "Saint",
}
_TITLE = re.compile(r"(?<![\w.])(?P<abbr>" + "|".join(sorted(_TITLES, key=len, reverse=True))
                    + r")\.[ \t]+(?=[A-Z])")
# after a name: "Martin Truex Jr.", "Main St.", "Sunset Blvd."
_SUFFIXES = {"Jr": "Junior", "Sr": "Senior", "St": "Street", "Ave": "Avenue",
             "Blvd": "Boulevard", "Rd": "Road"}
_SUFFIX = re.compile(r"(?<=[A-Za-z])(?P<comma>,?)[ \t]+(?P<abbr>"
                     + "|".join(sorted(_SUFFIXES, key=len, reverse=True))
                     + r")\.(?=(?P<after>[ \t]*(?:[A-Za-z]|[,;:)]|$)?))", re.M)
_MONTHS = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
           "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
           "Nov": "November", "Dec": "December"}
_MONTH = re.compile(r"(?<![\w.])(?P<abbr>" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                    + r")\.[ \t]+(?=\d)")
_NUMBER = re.compile(r"(?<![\w.])(?P<abbr>No|Nos)\.[ \t]*(?=\d)")
_WORDS = re.compile(r"(?<![\w.])(?:vs\.?|v\.)(?=[ \t])|(?<![\w.])approx\.(?=[ \t])")
# "the 1990s", "the '80s", "in his 20s"
_DECADE = re.compile(r"(?<![\w'’.,$€£])(?P<apos>['’])?(?P<n>(?:1[0-9]|20)?[0-9]0)['’]?s\b")


def _decade(m: re.Match[str]) -> str:
    digits = m.group("n")
    if len(digits) == 4:
        words = en_year(int(digits))  # "nineteen ninety", "twenty ten", "two thousand"
    elif digits[0] >= "2":
        words = EN_TENS[int(digits[0])]  # "the '80s", "in her 20s"
    else:
        return m.group()  # "10s", "00s": a count, or too rare to guess
    head, _, last = words.rpartition(" ")
    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {plural}" if head else plural


def _suffix(m: re.Match[str]) -> str:
    abbr, after = m.group("abbr"), m.group("after") or ""
    word = _SUFFIXES[abbr]
    if abbr == "St" and after.strip()[:1].isupper():
        return m.group()  # "St. Louis": the title rule says it
    # the full stop ends the sentence too when nothing, or a new sentence, follows
    end = "." if not after.strip() or after.strip()[:1].isupper() else ""
    return f"{m.group('comma')} {word}{end}"


def speak_english_abbreviations(text: str) -> str:
    """``text`` with the abbreviations and decades an English voice misreads written
    out (see the module docstring)."""
    text = _SUFFIX.sub(_suffix, text)
    text = _TITLE.sub(lambda m: _TITLES[m.group("abbr")] + " ", text)
    text = _MONTH.sub(lambda m: _MONTHS[m.group("abbr")] + " ", text)
    text = _NUMBER.sub(lambda m: "number " if m.group("abbr") == "No" else "numbers ", text)
    text = _WORDS.sub(lambda m: "versus" if m.group().startswith("v") else "approximately",
                      text)
    return _DECADE.sub(_decade, text)
