"""Braille pages from translated text: lines of at most ``width`` cells, pages of at most
``height`` lines, one line of each page kept for the braille page number.

Everything here works on Unicode braille cells (U+2800-U+28FF); U+2800 is the blank
cell. The text of a unit is already translated, in logical order: braille is read left
to right in every language, Arabic included, so nothing is reversed or mirrored and a
line holds the words in the order they are read.

Formats follow BANA's Braille Formats (2016) where a rule is needed: paragraphs start in
cell 3 with runovers in cell 1; main headings are centred, minor ones start in cell 5;
list items start in cell 1 with runovers in cell 3; a blank line comes before a heading,
a list, a quotation, a caption and code; a heading is never the last line of a page.
Words are kept whole: a line breaks only at a blank cell. Only a word longer than a
whole line (a URL) is divided, at a cell where a new print character starts, with the
code's hyphen at the end of the line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["BLANK", "Unit", "number_row", "paginate", "place_numbers", "wrap"]

BLANK = "\u2800"


@dataclass(frozen=True)
class Unit:
    """One formatted piece of the edition: a heading, a paragraph, a list item...

    ``sources`` gives, for each cell, the index of the print character it writes (an
    over-long word is divided only where a new print character starts). ``first`` and
    ``runover`` indent the first and the following lines, in cells. ``verbatim`` keeps
    the blank cells as they are (program code) instead of reflowing the words."""

    cells: str
    sources: tuple[int, ...] = ()
    first: int = 0
    runover: int = 0
    centred: bool = False
    blank_before: bool = False
    blank_after: bool = False
    keep_with_next: bool = False
    verbatim: bool = False


def _words(unit: Unit) -> list[tuple[int, str]]:
    """(offset, word) for every run of non-blank cells."""
    words: list[tuple[int, str]] = []
    start = None
    for i, cell in enumerate(unit.cells + BLANK):
        if cell != BLANK and start is None:
            start = i
        elif cell == BLANK and start is not None:
            words.append((start, unit.cells[start:i]))
            start = None
    return words


def _divide(offset: int, word: str, room: int, sources: tuple[int, ...],
            hyphen: str) -> tuple[str, str]:
    """Split an over-long word: the longest head (plus hyphen) that fits in ``room``,
    ending where a print character ends."""
    limit = room - len(hyphen)
    cut = next((n for n in range(limit, 0, -1) if offset + n < len(sources)
                and sources[offset + n] != sources[offset + n - 1]), 0)
    if cut == 0:  # no print-character boundary fits: cut the cells themselves
        cut = max(1, limit)
    return word[:cut] + hyphen, word[cut:]


def wrap(unit: Unit, width: int, hyphen: str) -> list[str]:
    """The unit's lines, each at most ``width`` cells, trailing blanks removed."""
    if unit.verbatim:
        return _wrap_verbatim(unit, width)
    lines: list[str] = []
    line = BLANK * unit.first
    fresh = True  # nothing but the indent on ``line`` yet
    inner = width - (6 if unit.centred else 0)  # a centred line keeps 3 blanks each side
    for offset, word in _words(unit):
        while True:
            room = inner - len(line) - (0 if fresh else 1)
            if len(word) <= room:
                line += word if fresh else BLANK + word
                fresh = False
                break
            if not fresh:
                lines.append(line)
                line, fresh = BLANK * unit.runover, True
                continue
            head, word = _divide(offset, word, room, unit.sources, hyphen)
            offset += len(head) - len(hyphen)
            lines.append(line + head)
            line, fresh = BLANK * unit.runover, True
    if not fresh:
        lines.append(line)
    if unit.centred:
        lines = [BLANK * ((width - len(text)) // 2) + text for text in lines]
    return [text.rstrip(BLANK) for text in lines]


def _wrap_verbatim(unit: Unit, width: int) -> list[str]:
    text = BLANK * unit.first + unit.cells.rstrip(BLANK)
    lines = [text[:width]]
    rest = text[width:]
    step = width - unit.runover
    while rest:
        lines.append(BLANK * unit.runover + rest[:step])
        rest = rest[step:]
    return lines


def paginate(units: Iterable[Unit], width: int, rows: int, hyphen: str) -> list[list[str]]:
    """Pages of at most ``rows`` lines; blank lines never open a page."""
    pages: list[list[str]] = [[]]
    queued = list(units)
    pending_blank = False
    for n, unit in enumerate(queued):
        lines = wrap(unit, width, hyphen)
        if not lines:
            continue
        page = pages[-1]
        blank = bool(page) and (unit.blank_before or pending_blank)
        need = len(lines) + (1 if blank else 0)
        if unit.keep_with_next and n + 1 < len(queued):
            need += 1  # at least the first line of what follows
        remaining = rows - len(page)
        if page and ((unit.keep_with_next and need > remaining) or (blank and remaining < 2)):
            pages.append([])
            page, blank = pages[-1], False
        if blank:
            page.append("")
        for line in lines:
            if len(page) == rows:
                pages.append([])
                page = pages[-1]
            page.append(line)
        pending_blank = unit.blank_after
    return [page for page in pages if page]


def number_row(number_cells: str, width: int) -> str:
    """The page-number line: the number at the right margin."""
    return BLANK * (width - len(number_cells)) + number_cells


def place_numbers(pages: Sequence[list[str]], numbers: Sequence[str], width: int,
                  rows: int, where: str) -> list[list[str]]:
    """Add each page's number line at the top or the bottom (line ``rows``)."""
    out = []
    for page, number in zip(pages, numbers, strict=True):
        row = number_row(number, width)
        if where == "top":
            out.append([row, *page])
        else:
            out.append([*page, *([""] * (rows - 1 - len(page))), row])
    return out
