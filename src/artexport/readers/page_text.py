"""A page's text as numbered lines: normalised, a table row's cells kept apart, the
lines of a hard-wrapped text (wire copy cut at ~72 columns) joined back into paragraphs,
and the shapes of a line every reader of lines asks about (a bullet, an image's file
name, a sentence's end)."""

from __future__ import annotations

import re
import unicodedata

from .furniture import furniture_reason

WRAP_MIN, WRAP_MAX = 55, 100  # the wrap column of a hard-wrapped text

# A list mark, then a space ("* item", "2) item"); the round bullets often come glued
# ("•item"). "-نحن في السودان..." (an interview answer) is a dash glued to prose.
BULLET = re.compile(
    r"^(?:(?P<u>[*+–-](?=\s)|[•·▪◦])|(?P<o>\d{1,2}[.)](?=\s)))\s*(?P<text>\S.*)$")
IMAGE_NAME = re.compile(r"^[^\s/\\:]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
SENTENCE_END = ".!?؟…:؛;۔"
STATEMENT_END = ".…:؛;۔"  # ... but a question or an exclamation: a teaser's headline
_CELL_SEP = re.compile(r"(?<=\S)[ ]*\t[\t ]*(?=\S)")


def ends_sentence(text: str, ends: str = SENTENCE_END) -> bool:
    """The line ends with sentence punctuation (``ends``; quotes and brackets aside)."""
    core = text.rstrip(" \"'»”’)]*")
    return bool(core) and core[-1] in ends


# A line that ends a sentence with this many words of letters (its figures aside) is a
# sentence that gives a date, not a date line or a time stamp: "وصدر القرار في 28/5/2024.",
# "جلسه بعدی ۲۰۲۳/۱۲/۰۵ است." (a clock's "a.m." ends no sentence)
DATED_SENTENCE_WORDS = 3


def dated_sentence(text: str) -> bool:
    """Whether a line with a date in it is a sentence (see ``DATED_SENTENCE_WORDS``)."""
    lettered = sum(1 for w in text.split()
                   if any(ch.isalpha() for ch in w) and not any(ch.isdigit() for ch in w))
    return lettered >= DATED_SENTENCE_WORDS and ends_sentence(text) \
        and not text.endswith(("a.m.", "p.m."))


def words(text: str) -> int:
    """Whitespace-separated words of ``text``."""
    return len(text.split())


def lettered_words(text: str) -> int:
    """Words with a letter or digit in them: the dashes and bars of "الخميس - 9 شعبان
    1440 هـ" or "/ CBS News" are no words."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def bullet_of(text: str) -> re.Match[str] | None:
    """A bulleted or numbered line ("• item", "- item", "2) item")."""
    m = BULLET.match(text)
    # "-نحن في السودان..." (an answer in an interview) is a dash glued to prose, and
    # "2020." a year: a bullet needs a space, or a short item after the mark.
    if m and not (m.group("u") and text[1:2] != " " and len(m.group("text").split()) > 12):
        return m
    return None


# What normalise_text removes or replaces, in one pattern: bidi controls, BOM, control
# characters but tab and newline, no-break space. (The loader normalises the article's
# text again with normalise_text; this is the same, for a whole page at C speed.)
_JUNK = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]|"
                   "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0]")
_SPACES = re.compile(r" {2,}")


def normalise_page(text: str) -> str:
    """:func:`~artexport.text.bidi.normalise_text` for a whole page, tabs kept (table
    cells): NFC, no bidi controls or BOM, control characters and no-break spaces as
    spaces, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _JUNK.sub(lambda m: "" if m.group(0) > "\xa0" else " ", text)
    return _SPACES.sub(" ", text)


def table_cells(line: str) -> str:
    """A row copied from a table has its cells apart by tabs, which the text
    normalisation would turn into spaces: "field<TAB>value" becomes "field: value",
    and more cells are joined with " | "."""
    if "\t" not in line:
        return line
    cells = _CELL_SEP.split(line.strip())
    if len(cells) == 1:
        return line
    return f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " | ".join(cells)


def unwrap(raw: list[str]) -> list[tuple[int, str]]:
    """Join the lines of a hard-wrapped text (wire copy cut at ~72 columns) back into
    one line per paragraph, with the number of each paragraph's first line; a scrape
    with one line per paragraph is returned as it is. Linear: parts are collected and
    joined once per paragraph."""
    numbered = list(enumerate(raw, 1))
    lengths = sorted(len(ln) for ln in raw if len(ln.split()) >= 6)
    if len(lengths) < 6:
        return numbered
    width = lengths[int(len(lengths) * 0.9)]  # the wrap column
    full = sum(1 for n in lengths if width - 15 <= n <= width)
    # Wire copy and e-mail wrap at 60 to 80 columns; shorter lines of one length are
    # verse or a list, longer ones a scrape with one line per paragraph.
    if not WRAP_MIN <= width <= WRAP_MAX or full < 0.6 * len(lengths):
        return numbered
    out: list[tuple[int, list[str]]] = []
    wrapped = False  # the previous line was cut at the wrap column
    for no, line in numbered:
        text = line.strip()
        # (a line cut at the wrap column is never furniture: only shorter ones are checked)
        if wrapped and text and not bullet_of(text) and not IMAGE_NAME.match(text) \
                and (len(line) >= width - 15 or furniture_reason(text) is None) \
                and not (ends_sentence(out[-1][1][-1]) and len(text.split()) < 6):
            out[-1][1].append(text)
        else:
            out.append((no, [line]))
        wrapped = bool(text) and len(line) >= width - 15
    return [(no, " ".join(parts) if len(parts) > 1 else parts[0]) for no, parts in out]
