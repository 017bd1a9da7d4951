"""Post-processing of WeasyPrint's tagged PDF: a text layer that reads right, artifacts.

WeasyPrint draws every line as the shaper positions it, which for right-to-left text is
*visual* order: the last word of an Arabic line comes first in the content stream.
Text extractors that follow the content stream (``pdftotext -raw``, copy and paste in
many viewers, search indexes) then return the words of every line backwards. This
module rewrites each right-to-left text object so its words are drawn in *reading*
order, each word at exactly the position it had, so the page looks the same. Inside a
word the glyphs stay left to right: that is what extractors expect (they reverse the
letters of a right-to-left word themselves). Three smaller fixes ride along:

* a base letter and its harakat are drawn base first, in an ActualText span, so
  position-based extractors do not cut the word at every mark; a letter a font leaves
  a gap after (Amiri) is widened over the gap the same way (:func:`_pieces`);
* invisible RLM/LRM marks (ActualText again) where a Latin run or a number meets
  Arabic, so poppler's layout mode keeps the space between them
  (:func:`_mark_boundaries`);
* glyphs WeasyPrint's ToUnicode map leaves empty get their letters back from the font
  (:func:`_font_info`).

It also turns the content WeasyPrint draws in page-margin boxes (running head, page
numbers) into pagination artifacts: WeasyPrint marks it as tagged content whose
structure element hangs outside the structure tree, which PDF/UA does not allow.

Everything here works on the finished file through pikepdf; a text object that uses
anything unexpected (a simple font, a skewed matrix, character spacing) is left as it
was rather than guessed at.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pikepdf

# Bidi classes of characters that are "strong" for each direction.
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class _Font:
    """What positioning and reading order need from a two-byte (Identity-H) font."""

    widths: dict[int, float]
    default_width: float
    to_unicode: dict[int, str]

    def width(self, code: int) -> float:
        return self.widths.get(code, self.default_width)


@dataclass
class _Glyph:
    code: int
    font: str
    size: float
    rise: float
    x: float          # pen position on the line, in user space
    advance: float    # in user space
    text: str         # from the font's ToUnicode map ("" when unmapped)
    baseline: float = 0.0  # the line's y, in user space


@dataclass(frozen=True)
class PostStats:
    """What :func:`postprocess` changed, for tests and diagnostics."""

    text_objects_reordered: int
    text_objects_kept: int
    artifacts: int


# ---- fonts ----------------------------------------------------------------------------

def _utf16(hexstr: bytes) -> str:
    raw = bytes.fromhex(hexstr.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace")


def _parse_to_unicode(data: bytes) -> dict[int, str]:
    """Glyph code -> text from a ToUnicode CMap (bfchar and bfrange sections)."""
    out: dict[int, str] = {}
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in _BFCHAR.findall(section):
            out[int(src, 16)] = _utf16(dst)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo_hex, hi_hex, dst in _BFRANGE.findall(section):
            lo, hi = int(lo_hex, 16), int(hi_hex, 16)
            if dst.startswith(b"["):
                for code, item in zip(range(lo, hi + 1), _HEX.findall(dst), strict=False):
                    out[code] = _utf16(item)
            else:
                first = bytes.fromhex(dst[1:-1].decode("ascii"))
                base = int.from_bytes(first, "big")
                width = len(first)
                for offset, code in enumerate(range(lo, min(hi, lo + 0xFFFF) + 1)):
                    value = (base + offset).to_bytes(width, "big")
                    out[code] = value.decode("utf-16-be", errors="replace")
    return out


def _parse_widths(array: Any) -> dict[int, float]:
    """The ``/W`` array of a CID font: ``c [w1 w2 ...]`` and ``c1 c2 w`` entries."""
    widths: dict[int, float] = {}
    items = list(array) if array is not None else []
    i = 0
    while i < len(items):
        first = int(items[i])
        nxt = items[i + 1] if i + 1 < len(items) else None
        if isinstance(nxt, pikepdf.Array):
            for offset, value in enumerate(nxt):
                widths[first + offset] = float(value)
            i += 2
        elif i + 2 < len(items):
            last, width = int(items[i + 1]), float(items[i + 2])
            for code in range(first, last + 1):
                widths[code] = width
            i += 3
        else:
            break
    return widths


GlyphTexts = Callable[[str], Mapping[int, str] | None]
"""Given a font's PostScript name, the text of each glyph id (``None``: unknown font)."""


def _postscript_name(descendant: pikepdf.Object) -> str | None:
    """The PostScript name inside an embedded TrueType program (not the PDF's alias)."""
    descriptor = descendant.get("/FontDescriptor")
    program = descriptor.get("/FontFile2") if descriptor is not None else None
    if program is None:
        return None
    from fontTools.ttLib import TTFont

    try:
        with TTFont(io.BytesIO(program.read_bytes()), lazy=True) as ttf:
            name = ttf["name"].getDebugName(6) if "name" in ttf else None
    except Exception:  # an unreadable program just means no repair
        return None
    return str(name) if name else None


def _cmap_stream(mapping: Mapping[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar entry per glyph code."""
    entries = [f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>"
               for code, text in sorted(mapping.items()) if text]
    body = []
    for start in range(0, len(entries), 100):  # at most 100 entries per section
        chunk = entries[start:start + 100]
        body.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(body) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            "end\nend\n").encode("ascii")


def _font_info(pdf: pikepdf.Pdf, font: pikepdf.Object,
               glyph_texts: GlyphTexts | None) -> _Font | None:
    """Widths and Unicode of a Type0/Identity-H font; ``None`` for any other kind.

    Glyphs the ToUnicode map leaves empty (or out) are filled from ``glyph_texts`` and
    the map is rewritten, so every extractor gets them, not only this module.
    """
    try:
        if font.get("/Subtype") != pikepdf.Name.Type0 or \
                font.get("/Encoding") != pikepdf.Name("/Identity-H"):
            return None
        descendant = font.DescendantFonts[0]
        to_unicode = font.get("/ToUnicode")
        if to_unicode is None:
            return None
        widths = _parse_widths(descendant.get("/W"))
        mapping = _parse_to_unicode(to_unicode.read_bytes())
        missing = [code for code in set(widths) | set(mapping) if not mapping.get(code)]
        if missing and glyph_texts is not None:
            name = _postscript_name(descendant)
            known = glyph_texts(name) if name else None
            if known:
                filled = {code: known[code] for code in missing if known.get(code)}
                if filled:
                    mapping.update(filled)
                    font.ToUnicode = pdf.make_stream(_cmap_stream(mapping))
        return _Font(widths=widths, default_width=float(descendant.get("/DW", 1000)),
                     to_unicode=mapping)
    except (AttributeError, KeyError, IndexError, ValueError, TypeError):
        return None


# ---- text objects ---------------------------------------------------------------------

class _Unsupported(Exception):
    """A text object uses something this rewriter does not model; keep it as it is."""


def _num(value: Any) -> float:
    if isinstance(value, int | float | Decimal):
        return float(value)
    raise _Unsupported(f"not a number: {value!r}")


class _TextObject:
    """Interprets the operators of one BT ... ET object into positioned glyphs."""

    def __init__(self, fonts: dict[str, _Font | None]) -> None:
        self.fonts = fonts
        self.glyphs: list[_Glyph] = []
        self.matrix: tuple[float, float, float, float, float, float] | None = None
        self.font: str | None = None
        self.size = 0.0
        self.rise = 0.0
        self.pen = 0.0  # text-space x from the current line start

    def run(self, ops: Sequence[pikepdf.ContentStreamInstruction]) -> None:
        for op in ops:
            name = str(op.operator)
            args = list(op.operands)
            if name == "Tf":
                self.font = str(args[0])
                self.size = _num(args[1])
                if self.fonts.get(self.font) is None:
                    raise _Unsupported(f"font {self.font}")
            elif name == "Tm":
                a, b, c, d, e, f = (_num(v) for v in args)
                if b or c or a <= 0:
                    raise _Unsupported("rotated or mirrored text")
                if self.matrix is not None and (self.matrix[0], self.matrix[3],
                                                self.matrix[5]) != (a, d, f):
                    raise _Unsupported("several lines in one text object")
                self.matrix, self.pen = (a, b, c, d, e, f), 0.0
            elif name == "Td":
                if self.matrix is None or _num(args[1]) != 0:
                    raise _Unsupported("line movement")
                a, b, c, d, e, f = self.matrix
                self.matrix, self.pen = (a, b, c, d, e + _num(args[0]) * a, f), 0.0
            elif name == "Ts":
                self.rise = _num(args[0])
            elif name in ("Tc", "Tw"):
                if _num(args[0]) != 0:
                    raise _Unsupported("character or word spacing")
            elif name == "Tz":
                if _num(args[0]) != 100:
                    raise _Unsupported("horizontal scaling")
            elif name == "TJ":
                self._show(list(args[0]))
            elif name == "Tj":
                self._show([args[0]])
            else:
                raise _Unsupported(f"operator {name}")

    def _show(self, items: Iterable[Any]) -> None:
        if self.matrix is None or self.font is None:
            raise _Unsupported("text shown before Tm/Tf")
        font = self.fonts[self.font]
        assert font is not None
        a, e = self.matrix[0], self.matrix[4]
        for item in items:
            if isinstance(item, pikepdf.String):
                data = bytes(item)
                if len(data) % 2:
                    raise _Unsupported("odd-length string for a two-byte font")
                for i in range(0, len(data), 2):
                    code = int.from_bytes(data[i:i + 2], "big")
                    advance = font.width(code) / 1000 * self.size
                    self.glyphs.append(_Glyph(code, self.font, self.size, self.rise,
                                              e + self.pen * a, advance * a,
                                              font.to_unicode.get(code, ""),
                                              self.matrix[5]))
                    self.pen += advance
            else:
                self.pen -= _num(item) / 1000 * self.size


def _strength(text: str) -> str:
    """``R``, ``L`` or ``N`` (neutral, numbers, marks) for a piece of text."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    if kinds & _RTL_CLASSES:
        return "R"
    if kinds & _LTR_CLASSES:
        return "L"
    return "N"


RLM, LRM = "\u200f", "\u200e"


@dataclass(eq=False)
class _Unit:
    """A word (or the space after one) of a text object, glyphs left to right.

    ``prefix``/``suffix`` are invisible direction marks extractors should read before
    the leftmost / after the rightmost glyph (see :func:`_mark_boundaries`).
    """

    glyphs: list[_Glyph]
    prefix: str = ""
    suffix: str = ""
    owner: int = 0             # which text object of the page it belongs to
    owner_rtl: bool = False    # whether that object's base direction is right-to-left

    def __post_init__(self) -> None:
        self.text = "".join(g.text for g in self.glyphs)
        self.kind = "S" if self.text.isspace() and self.text else _strength(self.text)
        self.x0 = min(g.x for g in self.glyphs)
        self.x1 = max(g.x + g.advance for g in self.glyphs)
        self.size = max(g.size for g in self.glyphs)

    @property
    def ltr_like(self) -> bool:
        """Left-to-right words and numbers: what poppler's bidi pass treats as LTR."""
        return self.kind == "L" or (self.kind == "N" and any(ch.isdigit() for ch in self.text))


def _units(glyphs: list[_Glyph]) -> list[_Unit]:
    """Split a line (visual order) into words and the spaces between them."""
    units: list[_Unit] = []
    current: list[_Glyph] = []
    for glyph in glyphs:
        if glyph.text and glyph.text.isspace():
            if current:
                units.append(_Unit(current))
            units.append(_Unit([glyph]))
            current = []
        else:
            current.append(glyph)
    if current:
        units.append(_Unit(current))
    return units


def _reading_order(units: list[_Unit], base_rtl: bool) -> list[_Unit]:
    """Visual-order units to reading order, for one embedding under the base direction.

    A stretch of words against the base direction (with the spaces and numbers between
    them) is found first. Under a right-to-left base, such left-to-right stretches keep
    their inner order and everything else is reversed; under a left-to-right base, only
    the right-to-left stretches are reversed.
    """
    other = "L" if base_rtl else "R"
    stretches: list[tuple[bool, list[_Unit]]] = []
    i = 0
    while i < len(units):
        if units[i].kind != other:
            stretches.append((False, [units[i]]))
            i += 1
            continue
        last = i  # extend over neutrals only as far as another unit of the same kind
        for j in range(i + 1, len(units)):
            if units[j].kind == other:
                last = j
            elif units[j].kind not in ("N", "S"):
                break
        stretches.append((True, units[i:last + 1]))
        i = last + 1
    if base_rtl:
        return [u for _, stretch in reversed(stretches) for u in stretch]
    return [u for is_other, stretch in stretches
            for u in (reversed(stretch) if is_other else stretch)]


def _mark_boundaries(units: Iterable[_Unit], primary_rtl: bool) -> None:
    """Mark where a run against the page's direction meets its neighbours.

    Poppler's layout mode (``pdftotext`` without ``-raw``) rebuilds each line and then
    reorders it with a simplified bidi pass: on a right-to-left page, everything that is
    not a right-to-left letter next to a number or Latin word (the space, a colon, a
    comma) is swept into the left-to-right run, and the word after the run loses its
    space ("12 شهرًا" comes out as "12شهرا", "المصدر: http" as "المصدرhttp"). An
    invisible RLM read at the left end of the right-hand word of such a pair stops that
    sweep at the right place; on a left-to-right page, an LRM after a right-to-left word
    does the same. They are carried by ActualText, so nothing is drawn, and text
    search and comparison ignore them.
    """
    lines: dict[float, list[_Unit]] = {}
    for unit in units:
        if unit.kind != "S":
            lines.setdefault(round(unit.glyphs[0].baseline, 1), []).append(unit)
    for line in lines.values():
        line.sort(key=lambda u: u.x0)
        for left, right in itertools.pairwise(line):
            gap = right.x0 - left.x1
            if not -0.1 * right.size <= gap <= 1.5 * right.size:
                continue  # not neighbours on this line
            if left.owner == right.owner and not left.owner_rtl and primary_rtl:
                continue  # inside one left-to-right run (a code line): nothing to stop
            if primary_rtl and left.ltr_like != right.ltr_like:
                right.prefix = RLM
            elif not primary_rtl and (left.kind == "R") != (right.kind == "R"):
                left.suffix = LRM


def _is_mark(glyph: _Glyph) -> bool:
    """A combining mark (harakat, shadda, tanween): zero advance, mark characters."""
    if glyph.advance > 1e-6:
        return False
    return not glyph.text or all(unicodedata.category(ch) in ("Mn", "Me") for ch in glyph.text)


@dataclass
class _Piece:
    """Glyphs drawn together; ``actual_text`` wraps them in an ActualText span whose
    box must end at ``end`` (the base glyph's right edge)."""

    glyphs: list[_Glyph]
    actual_text: str | None = None
    end: float = 0.0


# Vowel signs and Quranic annotation marks: dropped from a cluster's text. Madda and
# hamza above/below (U+0653-U+0655) stay: with their alef they make أ إ آ.
_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06ed]")


def _cluster_text(base: _Glyph, marks: list[_Glyph]) -> str:
    """The letters a base glyph and its marks stand for, without vowel signs.

    A shaper may draw "أَ" as a bare alef plus a hamza mark plus the fatha; composing
    the marks back onto the base keeps the hamza, then the harakat are dropped.
    """
    text = base.text + "".join(m.text for m in reversed(marks))
    return _HARAKAT.sub("", unicodedata.normalize("NFC", text)) or base.text


# A gap inside a word wider than this share of the font size is closed (poppler breaks
# words at 0.1 of the size; half that leaves a margin and is still far above rounding).
_LETTER_GAP = 0.05


def _letter_gap(base: _Glyph, end: float, following: _Glyph) -> bool:
    """Whether ``following`` starts visibly right of ``base`` (or of ``end`` if set)."""
    edge = end or base.x + base.advance
    return following.x - edge > _LETTER_GAP * base.size


def _has_letter_gap(unit: _Unit) -> bool:
    letters = [g for g in unit.glyphs if not _is_mark(g)]
    return unit.kind == "R" and any(_letter_gap(a, 0.0, b)
                                    for a, b in itertools.pairwise(letters))


def _pieces(unit: _Unit) -> list[_Piece]:
    """A word's glyphs in drawing order; each base with its marks is one piece.

    The shaper puts a mark *before* its base in visual order, raised and shifted over
    it. An extractor that builds words from glyph positions (poppler) sees a glyph
    jump ahead and up, and cuts the word there ("ركنًا" comes back as "ا" "نرك").
    So each such cluster is drawn base first, marks after (at the same places), inside
    a span whose ActualText is the base letter (with any hamza or madda mark composed
    onto it): the word extracts whole, in order, without its harakat (which text
    search ignores anyway). The unit's invisible
    ``prefix``/``suffix`` marks ride on its outermost glyphs the same way.

    Some fonts (Amiri) also leave a gap between two joined letters of a word, a
    cursive-attachment or kerning offset ("ويحجز", "تحويل", "البريد"). Wider than a
    tenth of the size, poppler cuts the word there, and the two halves of a
    right-to-left word then come out in visual order ("يحجز" "و"). The letter left of
    such a gap gets an ActualText span of its own letter, widened (not moved) up to the
    next letter, the same way a base is widened over its marks: no gap, one word.
    """
    out: list[_Piece] = []
    if unit.kind != "R":
        out = [_Piece([g]) for g in unit.glyphs]
    else:
        marks: list[_Glyph] = []
        for glyph in unit.glyphs:
            if _is_mark(glyph):
                marks.append(glyph)
            elif marks:
                out.append(_Piece([glyph, *marks], _cluster_text(glyph, marks),
                                  glyph.x + glyph.advance))
                marks = []
            else:
                out.append(_Piece([glyph]))
        if marks:  # marks with no base after them: left as drawn
            out.append(_Piece(marks))
        for left, right in itertools.pairwise(out):
            base = left.glyphs[0]
            following = right.glyphs[0]
            if not _is_mark(base) and not _is_mark(following) and \
                    _letter_gap(base, left.end, following):
                if left.actual_text is None:
                    left.actual_text = base.text
                left.end = following.x
    if unit.prefix and out and out[0].glyphs:
        first = out[0]
        first.actual_text = unit.prefix + (first.actual_text if first.actual_text is not None
                                           else first.glyphs[0].text)
        first.end = first.end or first.glyphs[0].x + first.glyphs[0].advance
    if unit.suffix and out and out[-1].glyphs:
        last = out[-1]
        last.actual_text = (last.actual_text if last.actual_text is not None
                            else last.glyphs[0].text) + unit.suffix
        last.end = last.end or last.glyphs[0].x + last.glyphs[0].advance
    # plain neighbours are drawn in one run
    merged: list[_Piece] = []
    for piece in out:
        if piece.actual_text is None and merged and merged[-1].actual_text is None:
            merged[-1].glyphs.extend(piece.glyphs)
        else:
            merged.append(piece)
    return merged


def _num_text(value: float) -> str:
    """A PDF number: fixed point, no trailing zeros (no exponent, unlike repr)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _text_string(text: str) -> str:
    """A PDF text string as a hex literal: UTF-16BE with its byte-order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _emit(units: list[_Unit],
          matrix: tuple[float, float, float, float, float, float]) -> bytes:
    """Content-stream bytes drawing each unit at its own place, units in the given order.

    Written as text directly (not as pikepdf objects): a page has hundreds of words and
    building an object per operand costs more than the layout itself.
    """
    a, b, c, d, _e, f = matrix
    head = " ".join(_num_text(v) for v in (a, b, c, d))
    out: list[str] = []
    state: dict[str, Any] = {"font": "", "size": -1.0, "rise": 0.0}
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("[" + "".join(items) + "]TJ")
            items.clear()

    def show(glyph: _Glyph, pen: float) -> float:
        """Queue ``glyph`` at its place; returns the pen after it."""
        if glyph.font != state["font"] or glyph.size != state["size"] or \
                glyph.rise != state["rise"]:
            flush()
            if glyph.font != state["font"] or glyph.size != state["size"]:
                state["font"], state["size"] = glyph.font, glyph.size
                out.append(f"{glyph.font} {_num_text(glyph.size)} Tf")
            if glyph.rise != state["rise"]:
                state["rise"] = glyph.rise
                out.append(f"{_num_text(glyph.rise)} Ts")
        gap = glyph.x - pen
        if abs(gap) > 1e-4:
            items.append(_num_text(-gap / a / glyph.size * 1000))
        items.append(f"<{glyph.code:04X}>")
        return glyph.x + glyph.advance

    for unit in units:
        if not unit.glyphs:
            continue
        flush()
        start = unit.glyphs[0].x
        out.append(f"{head} {_num_text(start)} {_num_text(f)} Tm")
        pen = start
        for piece in _pieces(unit):
            if piece.actual_text is None:
                for glyph in piece.glyphs:
                    pen = show(glyph, pen)
                continue
            flush()
            out.append(f"/Span <</ActualText {_text_string(piece.actual_text)}>> BDC")
            *first, last = piece.glyphs
            for glyph in first:
                pen = show(glyph, pen)
            flush()
            # A single glyph's box is already the right one; for a base with marks,
            # character spacing widens the last glyph's box (not its ink) to the base's
            # right edge, so the span covers exactly the base; the pen ends there too.
            # The glyph gets a TJ of its own: Tc applies to every glyph shown.
            spacing = (piece.end - (last.x + last.advance)) / a
            if abs(spacing) > 1e-4:
                out.append(f"{_num_text(spacing)} Tc")
            pen = show(last, pen)
            flush()
            if abs(spacing) > 1e-4:
                out.append("0 Tc")
                pen = piece.end
            out.append("EMC")
    flush()
    if state["rise"]:
        out.append("0 Ts")
    return ("\n".join(out) + "\n").encode("latin-1")


@dataclass(eq=False)
class _Object:
    """One text object of a page: its operators, and what they draw (when modelled)."""

    start: int                 # index of BT in the page's instructions
    end: int                   # index of ET
    matrix: tuple[float, float, float, float, float, float] | None = None
    units: list[_Unit] | None = None      # visual order; None when not modelled
    ordered: list[_Unit] | None = None    # reading order
    n_rtl: int = 0             # right-to-left letters drawn (when modelled)
    n_ltr: int = 0             # left-to-right letters drawn (when modelled)

    def needs_rewrite(self) -> bool:
        if self.units is None or self.ordered is None:
            return False
        return (any(u.prefix or u.suffix for u in self.units)
                or [id(u) for u in self.ordered] != [id(u) for u in self.units]
                or any(u.kind == "R" and any(_is_mark(g) for g in u.glyphs)
                       for u in self.units)
                or any(_has_letter_gap(u) for u in self.units))


def _model(ops: Sequence[Any], fonts: dict[str, _Font | None], obj: _Object) -> None:
    """Fill in ``obj`` from its operators, or leave it unmodelled (kept as drawn)."""
    body = ops[obj.start + 1:obj.end]
    if not all(isinstance(x, pikepdf.ContentStreamInstruction) for x in body):
        return  # an inline image inside a text object is not text: leave it alone
    text = _TextObject(fonts)
    try:
        text.run(body)
    except _Unsupported:
        return
    if text.matrix is None or not text.glyphs:
        return
    obj.matrix = text.matrix
    obj.units = _units(text.glyphs)
    strengths = [_strength(ch) for g in text.glyphs for ch in g.text]  # one pass
    obj.n_rtl, obj.n_ltr = n_rtl, n_ltr = strengths.count("R"), strengths.count("L")
    base_rtl = bool(n_rtl) and n_rtl >= n_ltr
    for unit in obj.units:
        unit.owner, unit.owner_rtl = obj.start, base_rtl
    if not n_rtl:
        obj.ordered = obj.units  # left-to-right only: already in reading order
        return
    obj.ordered = _reading_order(obj.units, base_rtl=base_rtl)


def _page_fonts(pdf: pikepdf.Pdf, page: pikepdf.Page,
                cache: dict[tuple[int, int], _Font | None],
                glyph_texts: GlyphTexts | None) -> dict[str, _Font | None]:
    resources = page.obj.get("/Resources")
    fonts = resources.get("/Font") if resources is not None else None
    out: dict[str, _Font | None] = {}
    if fonts is None:
        return out
    for name, font in fonts.items():
        key = font.objgen if font.is_indirect else (id(font), 0)
        if key not in cache:
            cache[key] = _font_info(pdf, font, glyph_texts)
        out[str(name)] = cache[key]
    return out


def _is_op(instr: Any, name: str) -> bool:
    return isinstance(instr, pikepdf.ContentStreamInstruction) and \
        str(instr.operator) == name


def reorder_text(pdf: pikepdf.Pdf, glyph_texts: GlyphTexts | None = None) -> tuple[int, int]:
    """Rewrite text objects so extractors read words in reading order.

    Returns (text objects rewritten, text objects kept as drawn: already in order, or
    using something this rewriter does not model).
    """
    cache: dict[tuple[int, int], _Font | None] = {}
    changed = kept = 0
    for page in pdf.pages:
        fonts = _page_fonts(pdf, page, cache, glyph_texts)
        ops = pikepdf.parse_content_stream(page)
        objects: list[_Object] = []
        i = 0
        while i < len(ops):
            if _is_op(ops[i], "BT"):
                j = i + 1
                while j < len(ops) and not _is_op(ops[j], "ET"):
                    j += 1
                obj = _Object(i, j)
                _model(ops, fonts, obj)
                objects.append(obj)
                i = j
            i += 1
        units = [u for obj in objects for u in (obj.units or [])]
        # poppler decides a page's direction by its letters; so does this (the units
        # hold exactly the modelled objects' glyphs, counted in _model)
        n_rtl = sum(obj.n_rtl for obj in objects)
        n_ltr = sum(obj.n_ltr for obj in objects)
        _mark_boundaries(units, primary_rtl=n_rtl > n_ltr)
        chunks: list[bytes] = []
        done = 0  # instructions before this index are in chunks
        for obj in objects:
            if not obj.needs_rewrite():
                kept += 1
                continue
            assert obj.ordered is not None and obj.matrix is not None
            chunks.append(pikepdf.unparse_content_stream(ops[done:obj.start + 1]) + b"\n")
            chunks.append(_emit(obj.ordered, obj.matrix))
            done = obj.end
            changed += 1
        if chunks:
            chunks.append(pikepdf.unparse_content_stream(ops[done:]))
            page.obj.Contents = pdf.make_stream(b"".join(chunks))
    return changed, kept


# ---- pagination artifacts -------------------------------------------------------------

def _reachable_elements(root: pikepdf.Object) -> set[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [root.get("/K")]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary):
            if node.is_indirect:
                if node.objgen in seen:
                    continue
                seen.add(node.objgen)
            if "/S" in node:
                stack.append(node.get("/K"))
    return seen


def mark_artifacts(pdf: pikepdf.Pdf) -> int:
    """Turn content tagged under structure elements outside the tree into artifacts.

    WeasyPrint tags the text of page-margin boxes (running head, page number) with a
    structure element it never links into the tree. Such content is pagination: it is
    re-marked ``/Artifact <</Type /Pagination>>``, the remaining marked content of
    the page is renumbered, and the parent tree is rebuilt to match.
    """
    root = pdf.Root.get("/StructTreeRoot")
    if root is None or "/ParentTree" not in root:
        return 0
    reachable = _reachable_elements(root)
    nums = root.ParentTree.get("/Nums")
    if nums is None:
        return 0
    total = 0
    entries = list(nums)
    per_page: dict[int, int] = {}
    for k in range(0, len(entries) - 1, 2):
        key, value = int(entries[k]), entries[k + 1]
        if isinstance(value, pikepdf.Array):
            per_page[key] = k + 1
    for page in pdf.pages:
        struct_parents = page.obj.get("/StructParents")
        if struct_parents is None or int(struct_parents) not in per_page:
            continue
        slot = per_page[int(struct_parents)]
        refs = list(entries[slot])
        orphan = {mcid for mcid, ref in enumerate(refs)
                  if not (isinstance(ref, pikepdf.Dictionary) and ref.is_indirect
                          and ref.objgen in reachable)}
        if not orphan:
            continue
        renumber: dict[int, int] = {}
        for mcid in range(len(refs)):
            if mcid not in orphan:
                renumber[mcid] = len(renumber)
        ops = pikepdf.parse_content_stream(page)
        out: list[Any] = []
        for instr in ops:
            if isinstance(instr, pikepdf.ContentStreamInstruction) and \
                    str(instr.operator) == "BDC" and len(instr.operands) == 2 and \
                    isinstance(instr.operands[1], pikepdf.Dictionary) and \
                    "/MCID" in instr.operands[1]:
                mcid = int(instr.operands[1].MCID)
                if mcid in orphan:
                    out.append(pikepdf.ContentStreamInstruction(
                        [pikepdf.Name.Artifact,
                         pikepdf.Dictionary(Type=pikepdf.Name.Pagination)],
                        pikepdf.Operator("BDC")))
                    total += 1
                    continue
                if mcid in renumber and renumber[mcid] != mcid:
                    out.append(pikepdf.ContentStreamInstruction(
                        [instr.operands[0], pikepdf.Dictionary(MCID=renumber[mcid])],
                        pikepdf.Operator("BDC")))
                    continue
            out.append(instr)
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
        # Structure elements point at their content by MCID: follow the renumbering.
        kept_refs = [refs[m] for m in sorted(renumber, key=lambda m: renumber[m])]
        for old, new in renumber.items():
            if old == new:
                continue
            element = refs[old]
            kids = element.get("/K")
            if isinstance(kids, pikepdf.Array):
                element.K = pikepdf.Array(
                    [new if isinstance(k, int) and int(k) == old else k for k in kids])
            elif isinstance(kids, int) and int(kids) == old:
                element.K = new
        entries[slot] = pikepdf.Array(kept_refs)
    root.ParentTree.Nums = pikepdf.Array(entries)
    return total


def postprocess(data: bytes, *, lang: str | None = None,
                glyph_texts: GlyphTexts | None = None) -> tuple[bytes, PostStats]:
    """Reading order, text map and artifacts for a WeasyPrint PDF; returns the new file.

    ``lang`` is also written to the XMP metadata as ``dc:language`` (WeasyPrint sets
    only the catalog's ``/Lang``). ``glyph_texts`` fills glyphs the text map misses.
    """
    with pikepdf.open(io.BytesIO(data)) as pdf:
        changed, kept = reorder_text(pdf, glyph_texts)
        artifacts = mark_artifacts(pdf)
        if lang:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:language"] = [lang]
        buf = io.BytesIO()
        pdf.save(buf, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 deterministic_id=True)
    return buf.getvalue(), PostStats(changed, kept, artifacts)
