"""From a line drawn in visual order back to reading order: words, runs, numbers.

A renderer draws every line left to right as the bidi algorithm placed it. This module
cuts a line into *units* and puts them back in the order they are read:

* words are cut at spaces, and inside a word wherever an extractor would read the two
  sides by different rules: letters of a right-to-left script on one side; Latin
  letters, digits and the separators poppler counts with numbers (``. , - % :``) on the
  other. ``و12`` is two units, ``مرحبا،`` is two (the comma goes with numbers for
  poppler), ``2011-2024`` one;
* a right-to-left line reads its units right to left, except runs of left-to-right
  words (Latin, with the European-digit numbers that follow them: "App Store 2024");
  a left-to-right line reads left to right, except its right-to-left runs;
* inside a number unit of right-to-left text the bidi algorithm may itself have
  reordered the pieces: in Arabic text "2011-2024" is drawn "2024-2011" (after an
  Arabic letter the digits are Arabic numbers, and a hyphen between two of those is
  not part of the number). :func:`number_text` undoes exactly that (rules W2, W4, W5
  and the run reversal of UAX #9).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from .content import Glyph

RLM, LRM = "\u200f", "\u200e"
_T = TypeVar("_T")
_RTL = frozenset({"R", "AL"})
_NUMBER_SEPARATORS = frozenset({"ES", "ET", "CS"})

# ---- character classes ---------------------------------------------------------------


@lru_cache(maxsize=4096)
def poppler_class(ch: str) -> str:
    """How poppler's text output sorts a character when it reorders a word or a line:
    ``R`` (right-to-left letter), ``L``, ``#`` (number: digits and the separators
    that go with them) or ``N`` (anything else, read with the letters around it)."""
    kind = unicodedata.bidirectional(ch)
    if kind in _RTL or ch == "\u06dd":
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN") or kind in _NUMBER_SEPARATORS:
        return "#"
    return "N"


@lru_cache(maxsize=8192)  # asked of every glyph's text and of words: few distinct ones
def strength(text: str) -> str:
    """``R``, ``L`` or ``N`` (neutral, numbers, marks) for a piece of text."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    if kinds & _RTL:
        return "R"
    if "L" in kinds:
        return "L"
    return "N"


# ---- units -------------------------------------------------------------------------------


@dataclass(eq=False)
class Cluster:
    """A base glyph and the marks drawn with it (marks first in visual order)."""

    base: Glyph | None
    marks: list[Glyph] = field(default_factory=list)

    @property
    def glyphs(self) -> list[Glyph]:
        return [*self.marks, self.base] if self.base is not None else list(self.marks)

    @property
    def text(self) -> str:
        """The cluster's characters in logical order: the base, then its marks."""
        base = self.base.text if self.base is not None else ""
        return unicodedata.normalize("NFC", base + "".join(m.text for m in reversed(self.marks)))

    @property
    def side(self) -> str:
        """``L`` when poppler reads this cluster left to right (Latin, digits, number
        separators), ``R`` when right to left, ``N`` for a sign it reads either way
        (a dash, an apostrophe) and ``M`` for marks without a base."""
        return "M" if self.base is None else _side(self.base.text)


@dataclass(eq=False)
class Unit:
    """A word, part of a word or a space of a line; clusters left to right.

    ``kind``: ``R`` (right-to-left letters), ``L`` (Latin letters, possibly with
    digits), ``D`` (a number), ``N`` (punctuation only) or ``S`` (a space).
    ``prefix``/``suffix`` are invisible direction marks extractors should read before
    the leftmost / after the rightmost glyph (see :func:`mark_boundaries`); ``text``
    is set by the text layer to what the unit says, in reading order.
    """

    clusters: list[Cluster]
    prefix: str = ""
    suffix: str = ""
    owner: int = 0             # which text object of the page it belongs to
    owner_rtl: bool = False    # whether that object's base direction is right-to-left
    block: tuple[int, int] | None = None  # the key of its block's structure element
    text: str = ""
    source: str | None = None  # what the renderer laid out, where the glyphs say otherwise

    def __post_init__(self) -> None:
        self.glyphs = [g for c in self.clusters for g in c.glyphs]
        self.visual = "".join(g.text for g in self.glyphs)
        self.kind = _kind(self.visual)
        self.x0 = min(g.x for g in self.glyphs)
        self.x1 = max(g.x + g.advance for g in self.glyphs)
        self.size = max(g.size for g in self.glyphs)
        self.text = self.text or self.visual

    @property
    def ltr_like(self) -> bool:
        """Left-to-right words and numbers: what poppler's bidi pass treats as LTR."""
        return self.kind in ("L", "D")

    @property
    def starts_ltr(self) -> bool:
        """Whether poppler reads the leftmost character left to right (a sign such as
        the Arabic comma counts with numbers there)."""
        return bool(self.visual) and poppler_class(self.visual[0]) in ("L", "#")

    @property
    def european_digits(self) -> bool:
        """A number of European digits only (they take the direction of a Latin word
        before them, bidi rule W7)."""
        return self.kind == "D" and all(unicodedata.bidirectional(ch) != "AN"
                                        for ch in self.visual)


def _kind(text: str) -> str:
    if text and text.isspace():
        return "S"
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    if kinds & _RTL:
        return "R"
    if "L" in kinds:
        return "L"
    if kinds & {"EN", "AN"}:
        return "D"
    return "N"


def clusters(glyphs: Sequence[Glyph]) -> list[Cluster]:
    """Glyphs (visual order) grouped with their marks: in right-to-left text a shaper
    draws a mark before (left of) its base; in left-to-right text after it."""
    out: list[Cluster] = []
    marks: list[Glyph] = []
    for glyph in glyphs:
        if glyph.is_mark:
            if marks or not out or out[-1].base is None or strength(out[-1].base.text) != "L":
                marks.append(glyph)
            else:  # a Latin accent follows its letter
                out[-1].marks.append(glyph)
        else:
            out.append(Cluster(glyph, marks))
            marks = []
    if marks:  # marks with no base after them
        if out:
            out[-1].marks.extend(marks)
        else:
            out.append(Cluster(None, marks))
    return out


def units(glyphs: Sequence[Glyph]) -> list[Unit]:
    """A line (visual order) cut into words, the spaces between them, and the parts of
    a word that extractors read by different rules (see the module's docstring)."""
    out: list[Unit] = []
    word: list[Glyph] = []
    for glyph in [*glyphs, None]:
        if glyph is None or (glyph.text and glyph.text.isspace()):
            if word:
                out.extend(_split(clusters(word)))
            if glyph is not None:
                out.append(Unit([Cluster(glyph)]))
            word = []
        else:
            word.append(glyph)
    return out


def _split(parts: list[Cluster]) -> list[Unit]:
    """One word's clusters cut where poppler's reading side changes (marks stay with
    their base; a dash or an apostrophe between two left-to-right parts, "2000–2024",
    "it's", stays with them)."""
    return [Unit(group) for group in _by_side(parts, [c.side for c in parts])]


def text_pieces(word: str) -> list[str]:
    """A written word cut as :func:`units` cuts its glyphs (``"و12"``: two pieces)."""
    sides = ["M" if unicodedata.category(ch) in ("Mn", "Me") else _side(ch) for ch in word]
    return ["".join(group) for group in _by_side(list(word), sides)]


@lru_cache(maxsize=8192)
def _side(text: str) -> str:
    """``R``, ``L`` or ``N``: the side poppler reads ``text`` from (see
    :attr:`Cluster.side`)."""
    kinds = {poppler_class(ch) for ch in text}
    if "R" in kinds:
        return "R"
    if kinds & {"L", "#"}:
        return "L"
    return "N"


def _by_side(parts: list[_T], sides: list[str]) -> list[list[_T]]:
    """``parts`` grouped by reading side: marks take their base's, a neutral sign
    between two left-to-right parts goes with them, any other with right-to-left."""
    sides = list(sides)
    for i, side in enumerate(sides):
        if side == "M":
            sides[i] = sides[i - 1] if i else "R"
    for i, side in enumerate(sides):
        if side == "N":  # a sign between two left-to-right parts is read with them
            before = next((x for x in reversed(sides[:i]) if x != "N"), None)
            after = next((x for x in sides[i + 1:] if x != "N"), None)
            sides[i] = "L" if before == after == "L" else "R"
    return [[part for part, _ in group] for _, group in
            itertools.groupby(zip(parts, sides, strict=True), key=lambda p: p[1])]


# ---- reading order -------------------------------------------------------------------


def reading_order(line: list[Unit], base_rtl: bool) -> tuple[list[Unit], set[int]]:
    """Units of one line (visual order) in reading order under the base direction, and
    the ``id()`` of the units inside runs against it.

    Under a right-to-left base, runs of left-to-right words keep their inner order
    (a run starts at a Latin word and takes in the spaces, punctuation, Latin words
    and European-digit numbers after it, up to its last Latin word or such number);
    everything else is reversed. Under a left-to-right base, only right-to-left runs
    (right-to-left words with what lies between them) are reversed.
    """
    stretches: list[tuple[bool, list[Unit]]] = []
    i = 0
    while i < len(line):
        if not _starts_run(line[i], base_rtl):
            stretches.append((False, [line[i]]))
            i += 1
            continue
        last = i
        for j in range(i + 1, len(line)):
            unit = line[j]
            if _continues_run(unit, base_rtl):
                last = j
            elif unit.kind not in ("N", "S") and (base_rtl or unit.kind != "D"):
                break  # (Arabic-Indic digits never join a Latin run)
        stretches.append((True, line[i:last + 1]))
        i = last + 1
    runs = {id(u) for is_run, stretch in stretches if is_run for u in stretch}
    if base_rtl:
        return [u for _, stretch in reversed(stretches) for u in stretch], runs
    return [u for is_run, stretch in stretches
            for u in (reversed(stretch) if is_run else stretch)], runs


def _starts_run(unit: Unit, base_rtl: bool) -> bool:
    return unit.kind == ("L" if base_rtl else "R")


def _continues_run(unit: Unit, base_rtl: bool) -> bool:
    if base_rtl:
        return unit.kind == "L" or unit.european_digits
    return unit.kind == "R"


def number_text(visual: str, arabic_context: bool) -> str:
    """The reading order of a number drawn inside right-to-left text.

    ``visual`` is the unit's characters left to right; ``arabic_context``: the last
    strong letter before it (in reading order) is Arabic-script, so its European
    digits count as Arabic numbers (W2). Number runs (digits with a single separator
    between two of them, W4; percent and similar signs next to European digits, W5)
    keep their inner order; the run order is reversed.
    """
    kinds = [unicodedata.bidirectional(ch) for ch in visual]
    if arabic_context:
        kinds = ["AN" if k == "EN" else k for k in kinds]
    for i in range(1, len(kinds) - 1):  # W4
        before, here, after = kinds[i - 1], kinds[i], kinds[i + 1]
        if (before == after == "EN" and here in ("ES", "CS")) or \
                (before == after == "AN" and here == "CS"):
            kinds[i] = before
    for i, kind in enumerate(kinds):  # W5, both directions
        if kind == "ET":
            j = i
            while j < len(kinds) and kinds[j] == "ET":
                j += 1
            if (i and kinds[i - 1] == "EN") or (j < len(kinds) and kinds[j] == "EN"):
                for k in range(i, j):
                    kinds[k] = "EN"
    pieces: list[str] = []
    previous_number = False
    for ch, kind in zip(visual, kinds, strict=True):
        number = kind in ("EN", "AN")
        if number and previous_number:
            pieces[-1] += ch
        else:
            pieces.append(ch)
        previous_number = number
    return "".join(reversed(pieces))


def laid_out_rtl(unit: Unit, in_run: bool, base_rtl: bool) -> bool:
    """Whether the number ``unit`` was laid out inside right-to-left text (so its
    pieces may be reversed): in a right-to-left line outside Latin runs, in a
    left-to-right line inside right-to-left runs, or made of Arabic-Indic digits."""
    if unit.kind != "D":
        return False
    if base_rtl:
        return not in_run
    return in_run or not unit.european_digits


_SAME_LINE = 0.3


def mark_boundaries(line_units: Iterable[Unit], primary_rtl: bool) -> None:
    """Mark where a run against the page's direction meets its neighbours.

    Poppler's layout mode (``pdftotext`` without ``-raw``) rebuilds each line and then
    reorders it with a simplified bidi pass: on a right-to-left page, everything that is
    not a right-to-left letter next to a number or Latin word (the space, a colon, a
    comma) is swept into the left-to-right run, and the word after the run loses its
    space ("12 شهرًا" comes out as "12شهرا", "المصدر: http" as "المصدرhttp"). An
    invisible RLM read at the left end of the right-hand word of such a pair stops that
    sweep at the right place (also before a comma or other sign poppler counts with
    numbers, which starts such a sweep of its own: "درجات ،بين"); on a left-to-right
    page, an LRM after a right-to-left word does the same. They are carried by
    ActualText, so nothing is drawn, and text search and comparison ignore them.
    """
    # one line: baselines apart by less than a share of the size, as poppler joins them
    # (a table's row: a cell of Latin letters sits lower than a cell of digits)
    lines: list[list[Unit]] = []
    for unit in sorted((u for u in line_units if u.kind != "S"),
                       key=lambda u: u.glyphs[0].baseline):
        if lines and unit.glyphs[0].baseline - lines[-1][0].glyphs[0].baseline <= \
                _SAME_LINE * unit.size:
            lines[-1].append(unit)
        else:
            lines.append([unit])
    for line in lines:
        line.sort(key=lambda u: u.x0)
        if primary_rtl:
            _mark_ltr_runs(line)
        for left, right in itertools.pairwise(line):
            gap = right.x0 - left.x1
            if primary_rtl and left.ltr_like and right.ltr_like and \
                    left.block is not None and right.block is not None and \
                    left.block != right.block:
                # two blocks on one line, a table's cells: each read on its own ("Linux
                # kernel" beside "6.8" came out "6.8 Linux kernel")
                right.prefix = RLM
                continue
            if not -0.1 * right.size <= gap <= 1.5 * right.size:
                continue  # not neighbours on this line
            if left.owner == right.owner and not left.owner_rtl and primary_rtl:
                continue  # inside one left-to-right run (a code line): nothing to stop
            if primary_rtl and (left.ltr_like != right.ltr_like or
                                (not left.ltr_like and right.starts_ltr) or
                                # a number of the Arabic text right of a Latin run
                                # ("بسعة 128 GB" came out "بسعة GB 128")
                                (left.kind == "L" and right.kind == "D" and
                                 right.owner_rtl and right.owner != left.owner)):
                right.prefix = RLM
            elif not primary_rtl and (left.kind == "R") != (right.kind == "R"):
                left.suffix = LRM


def _mark_ltr_runs(line: list[Unit]) -> None:
    """On a right-to-left page, keep the signs at the ends of a left-to-right run (a
    French quotation's "« ... »") with it: poppler's layout mode read a closing sign
    at a run's right end with the Arabic text ("» « La France ..."), and a full stop
    the Arabic sentence put after the run (its left) inside the run (".« Alger ...").
    An LRM after the closing sign, and an RLM after such a full stop, say which side
    each is read with. ``line``: one baseline's units, left to right."""
    latin = {u.owner for u in line if u.kind == "L" and not u.owner_rtl}
    for owner in latin:
        run = [i for i, u in enumerate(line) if u.owner == owner]
        last, first = line[run[-1]], line[run[0]]
        if last.kind == "N":
            last.suffix = LRM
        if first.kind == "N" and run[0] > 0:
            before = line[run[0] - 1]
            if before.kind == "N" and before.owner not in latin and \
                    first.x0 - before.x1 <= 1.5 * first.size:
                before.suffix = RLM
