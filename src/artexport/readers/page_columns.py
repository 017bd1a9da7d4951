"""A table laid out in columns of spaces, as a text browser's dump (w3m, lynx) or a
"save as text" prints one: its rows get their cells parted by tabs, as a copied table's
are, before the page's spaces are made single (which ran each row's cells together
into one line of words: "المدينة الجهة المسؤول", a paragraph or a heading)."""

from __future__ import annotations

import re
import unicodedata

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by one space (two part cells)
_SENTENCE_END = (".", "!", "?", "؟", "۔")  # (wire copy's two spaces after a full stop)
FIGURE = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]")  # (Western, Arabic-Indic, Persian)
# a figure alone, a share or an amount: "21%", "٪١٦", "5,300", "12.5" (not "12 مارس 1965",
# a record's value)
AMOUNT = re.compile(r"^[%٪$€£]?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,٫٬]*"
                    r" ?[%٪]?$")
CELL_WORDS = 8  # a cell of a laid-out table, at most
MIN_CELLS = 3  # ... and cells to a row (two: a header of words over amounts only)
AMOUNT_ROWS = 3  # such a two-column table's rows, its header among them, at least
Cell = tuple[int, int, str]  # where a cell starts and ends on screen, and its text


def _width(text: str) -> int:
    """The columns ``text`` takes on a terminal: no marks (harakat), wide CJK twice."""
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf"
               else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cells(line: str) -> list[Cell]:
    """The cells of a line parted by two spaces or more, with where each stands."""
    if "  " not in line.strip() or "\t" in line:
        return []
    cells: list[Cell] = []
    index = column = 0  # (the screen's column where the line's text at index stands)
    for m in _CELL.finditer(line):
        start = column + _width(line[index:m.start()])
        column, index = start + _width(m.group(0)), m.end()
        cells.append((start, column, m.group(0)))
    return cells if len(cells) >= 2 else []


def _aligned(rows: list[list[Cell]]) -> bool:
    """Each column's cells stand one under the other: they start, end or are centred
    at one place (a centred header row aside, over two rows or more)."""
    body = rows[1:] if len(rows) >= 3 else rows
    for j in range(len(rows[0])):
        starts = {r[j][0] for r in body}
        ends = {r[j][1] for r in body}
        centres = [r[j][0] + r[j][1] for r in body]
        if len(starts) > 1 and len(ends) > 1 and max(centres) - min(centres) > 2:
            return False
    return True


def _is_table(rows: list[list[Cell]], around: list[str]) -> bool:
    """Rows laid out as a table's: as many cells each, aligned, short, none a sentence,
    three cells or more (two: a header of words over amounts, as tabs need). Figures
    under the first row, or running text on both sides (``around``: the lines above and
    below): a footer's grid of links ("About us  Contact  Careers") has neither."""
    texts = [[c[2] for c in row] for row in rows]
    if len(rows) < 2 or any(len(c.split()) > CELL_WORDS or c.endswith(_SENTENCE_END)
                            for row in texts for c in row):
        return False
    if len(rows[0]) < MIN_CELLS and not (
            len(rows) >= AMOUNT_ROWS and not FIGURE.search(" ".join(texts[0]))
            and all(AMOUNT.match(row[-1]) for row in texts[1:])):
        return False
    data = any(FIGURE.search(c) for row in texts[1:] for c in row)
    return (data or all(_prose(t) for t in around)) and _aligned(rows)


MENU_WORDS = 3  # a menu's item, at most


def _menu(rows: list[list[Cell]]) -> bool:
    """A menu or a footer's links laid out in a row (or a grid) of short labels with no
    figure ("Home  World  Business  Sport"): its items parted by " | ", as a copied
    menu's are, which reads as one (run together, the line was taken for a headline).
    (:func:`tabbed_columns` asks too that a single row be beside no paragraph of the
    text: a line of the text typed with two spaces here and there, "وقال الوزير  إن
    الحكومة  ستبدأ", or a subheading so set, is the text's, and was lost as a menu; a
    footer's grid of links is rows aligned.)"""
    return len(rows[0]) >= MIN_CELLS and all(
        len(c[2].split()) <= MENU_WORDS and not FIGURE.search(c[2])
        and not c[2].endswith(_SENTENCE_END) and not c[2][0].islower()  # (a justified
        for row in rows for c in row)  # line's words: "The  council  met  on  Monday")


PROSE_WORDS = 8  # a line of running text, at least


def _prose(line: str) -> bool:
    """A paragraph's line: PROSE_WORDS words or more, ending its sentence (or leading in
    to the table with a colon)."""
    text = line.strip()
    return len(text.split()) >= PROSE_WORDS and text.endswith((*_SENTENCE_END, ":", "؛"))


def tabbed_columns(text: str) -> str:
    """``text`` with the rows of each table laid out in columns of spaces parted by tabs
    (see the module docstring); other lines as they were."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        first = _cells(lines[i])
        j = i + 1
        rows = [first]
        while first and j < len(lines) and len(cells := _cells(lines[j])) == len(first):
            rows.append(cells)
            j += 1
        above = next((x for x in reversed(lines[max(i - 3, 0):i]) if x.strip()), "")
        below = next((x for x in lines[j:j + 3] if x.strip()), "")
        if first and _is_table(rows, [above, below]):
            for k, row in zip(range(i, j), rows, strict=True):
                lines[k] = "\t".join(c[2] for c in row)
        elif first and _menu(rows) and ((len(rows) >= 2 and _aligned(rows))
                                        or not (_prose(above) or _prose(below))):
            for k, row in zip(range(i, j), rows, strict=True):
                lines[k] = " | ".join(c[2] for c in row)
        i = j
    return "\n".join(lines)
