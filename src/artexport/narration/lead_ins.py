"""What the narration says before a table cell or a list item: the cell's column header
("المقاعد: اثنا عشر") and the item's printed number ("أربعة: افتح التطبيق"), as a screen
reader announces them; keyed by where the cell or item starts in
:func:`~artexport.narration.plan.block_sentences`' text.
"""

from __future__ import annotations

from ..model import Block, ListBlock, Table, block_texts, item_numbers, plain_text
from ..text.lang import is_arabic_script, primary_subtag
from ..text.spoken_numbers import numbers_language, speak_number


def column_headers(table: Table) -> dict[int, str]:
    """The column header said before each data cell of ``table`` ("المقاعد: اثنا عشر"),
    keyed by where the cell's text starts in :func:`block_sentences`' text: heard cell
    after cell, a table's numbers lose their columns, which a screen reader announces.
    Only under a header row, in a table of two columns or more; a cell that repeats its
    header, or an empty header, says nothing more."""
    if not table.header_rows or max(len(r) for r in table.rows) < 2:
        return {}
    names = _league_table_names([plain_text(c).strip() for c in table.rows[table.header_rows - 1]])
    starts = _line_starts(table)
    out: dict[int, str] = {}
    at = 1 if table.caption else 0  # the line of the cell
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            name = names[c] if c < len(names) else ""
            if r >= table.header_rows and name and plain_text(cell).strip() not in ("", name):
                out[starts[at]] = name
            at += 1
    return out


def list_numbers(block: ListBlock, lang: str) -> dict[int, str]:
    """The number said before each item of a numbered list ("أربعة: افتح التطبيق"),
    keyed like :func:`column_headers`: as DAISY books and screen readers do, an ordered
    list's numbers are read (the text says "step 4"), its bullets never. In words where
    artexport has the language's number words, else in digits for the voice to read."""
    words = numbers_language(lang) == primary_subtag(lang) or is_arabic_script(lang)
    return {start: speak_number(n, lang) if words else str(n)
            for start, n in zip(_line_starts(block), item_numbers(block), strict=True)
            if n is not None}


def _line_starts(block: Block) -> list[int]:
    """Where each of the block's lines starts its text in :func:`block_sentences`."""
    starts: list[int] = []
    pos = 0
    for line in block_texts(block):
        starts.append(pos + len(line) - len(line.lstrip()))
        pos += len(line) + 1
    return starts


# a league table's column letters ("P: 15", "W: 11", "Pts: 35" were "pee fifteen", "double-u
# eleven", "P T S"): said in full before each cell where the header row is one
_LEAGUE_COLUMNS = {"Pos": "Position", "P": "Played", "Pld": "Played", "W": "Won",
                   "D": "Drawn", "L": "Lost", "F": "For", "A": "Against", "GF": "Goals for",
                   "GA": "Goals against", "GD": "Goal difference", "Pts": "Points"}


def _league_table_names(names: list[str]) -> list[str]:
    if not {"W", "L", "Pts"} <= set(names) and not {"W", "D", "L"} <= set(names):
        return names
    return [_LEAGUE_COLUMNS.get(name, name) for name in names]
