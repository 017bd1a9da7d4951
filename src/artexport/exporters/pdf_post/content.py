"""Reading a page's content stream: text objects, the glyphs they draw, where, and which
marked-content sequence (hence which structure element) they belong to.

Only what WeasyPrint writes is modelled: a two-byte font, one text matrix per line,
``TJ``/``Tj`` with kerning, a text rise for marks. A text object that uses anything else
(a simple font, a skewed matrix, character spacing) is reported as not modelled, and
every step then leaves it exactly as drawn rather than guess.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

import pikepdf

from .fonts import Font
from .line_text import is_marker, marker_text

Matrix = tuple[float, float, float, float, float, float]


@dataclass
class Glyph:
    """One glyph as drawn: its code, font, size and place on the line (user space)."""

    code: int
    font: str
    size: float
    rise: float
    x: float          # pen position on the line
    advance: float
    text: str         # from the font's ToUnicode map ("" when unmapped)
    baseline: float = 0.0
    form: str | None = None  # contextual form, when the packaged font says

    @property
    def is_mark(self) -> bool:
        """A combining mark (harakat, shadda, tanween): zero advance, mark characters."""
        return self.advance <= 1e-6 and _marks_only(self.text)


@lru_cache(maxsize=4096)  # asked of every glyph, several times: a few hundred texts
def _marks_only(text: str) -> bool:
    return all(unicodedata.category(ch) in ("Mn", "Me") for ch in text)


class Unsupported(Exception):
    """A text object uses something this model does not cover; keep it as it is."""


def _num(value: Any) -> float:
    if isinstance(value, int | float | Decimal):
        return float(value)
    raise Unsupported(f"not a number: {value!r}")


class TextObject:
    """Interprets the operators of one BT ... ET object into positioned glyphs."""

    def __init__(self, fonts: dict[str, Font | None]) -> None:
        self.fonts = fonts
        self.glyphs: list[Glyph] = []
        self.matrix: Matrix | None = None
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
                    raise Unsupported(f"font {self.font}")
            elif name == "Tm":
                a, b, c, d, e, f = (_num(v) for v in args)
                if b or c or a <= 0:
                    raise Unsupported("rotated or mirrored text")
                if self.matrix is not None and (self.matrix[0], self.matrix[3],
                                                self.matrix[5]) != (a, d, f):
                    raise Unsupported("several lines in one text object")
                self.matrix, self.pen = (a, b, c, d, e, f), 0.0
            elif name == "Td":
                if self.matrix is None or _num(args[1]) != 0:
                    raise Unsupported("line movement")
                a, b, c, d, e, f = self.matrix
                self.matrix, self.pen = (a, b, c, d, e + _num(args[0]) * a, f), 0.0
            elif name == "Ts":
                self.rise = _num(args[0])
            elif name in ("Tc", "Tw"):
                if _num(args[0]) != 0:
                    raise Unsupported("character or word spacing")
            elif name == "Tz":
                if _num(args[0]) != 100:
                    raise Unsupported("horizontal scaling")
            elif name == "TJ":
                self._show(list(args[0]))
            elif name == "Tj":
                self._show([args[0]])
            elif is_marker(op):
                continue  # the line's text, from the renderer (see .line_text)
            else:
                raise Unsupported(f"operator {name}")

    def _show(self, items: Iterable[Any]) -> None:
        if self.matrix is None or self.font is None:
            raise Unsupported("text shown before Tm/Tf")
        font = self.fonts[self.font]
        assert font is not None
        # the loop runs once a glyph: every lookup it needs is taken out of it first
        a, e, baseline = self.matrix[0], self.matrix[4], self.matrix[5]
        name, size, rise, pen = self.font, self.size, self.rise, self.pen
        widths, default_width, to_unicode = font.widths, font.default_width, font.to_unicode
        forms = font.facts.forms if font.facts is not None else {}
        append = self.glyphs.append
        for item in items:
            if isinstance(item, pikepdf.String):
                data = bytes(item)
                if len(data) % 2:
                    raise Unsupported("odd-length string for a two-byte font")
                for i in range(0, len(data), 2):
                    code = data[i] << 8 | data[i + 1]
                    advance = widths.get(code, default_width) / 1000 * size
                    append(Glyph(code, name, size, rise, e + pen * a, advance * a,
                                 to_unicode.get(code, ""), baseline, forms.get(code)))
                    pen += advance
            else:
                pen -= _num(item) / 1000 * size
        self.pen = pen


def is_op(instr: Any, name: str) -> bool:
    return isinstance(instr, pikepdf.ContentStreamInstruction) and \
        str(instr.operator) == name


@dataclass(eq=False)
class TextSpan:
    """Where one text object sits in a page's instructions, and what it draws."""

    start: int                 # index of BT
    end: int                   # index of ET
    mcid: int | None           # the innermost marked-content id around it
    matrix: Matrix | None = None
    glyphs: list[Glyph] | None = None    # None: not modelled (kept as drawn)
    source: str | None = None  # the text the renderer laid out on it (.line_text)
    markers: tuple[int, ...] = ()  # where that text is held: instructions to remove


def text_objects(ops: Sequence[Any], fonts: dict[str, Font | None]) -> list[TextSpan]:
    """Every BT ... ET of a page, modelled where possible, with its marked content."""
    out: list[TextSpan] = []
    mcids: list[int | None] = []
    i = 0
    while i < len(ops):
        instr = ops[i]
        if is_op(instr, "BDC") or is_op(instr, "BMC"):
            props = instr.operands[1] if len(instr.operands) == 2 else None
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            mcids.append(int(mcid) if mcid is not None else None)
        elif is_op(instr, "EMC"):
            if mcids:
                mcids.pop()
        elif is_op(instr, "BT"):
            j = i + 1
            while j < len(ops) and not is_op(ops[j], "ET"):
                j += 1
            current = next((m for m in reversed(mcids) if m is not None), None)
            span = TextSpan(i, j, current)
            markers = tuple(k for k in range(i + 1, j) if is_marker(ops[k]))
            if markers:
                span.markers = markers
                span.source = "".join(marker_text(ops[k]) for k in markers)
            _model(ops[i + 1:j], fonts, span)
            out.append(span)
            i = j
        i += 1
    return out


def _model(body: Sequence[Any], fonts: dict[str, Font | None], span: TextSpan) -> None:
    if not all(isinstance(x, pikepdf.ContentStreamInstruction) for x in body):
        return  # an inline image inside a text object is not text: leave it alone
    text = TextObject(fonts)
    try:
        text.run(body)
    except Unsupported:
        return
    if text.matrix is None or not text.glyphs:
        return
    span.matrix, span.glyphs = text.matrix, text.glyphs
