"""The text layer: what extractors, screen readers and search get from the page.

WeasyPrint draws every line as the shaper positions it, which for right-to-left text is
*visual* order: the last word of an Arabic line comes first in the content stream, and
a mark is drawn before (left of) its letter. Text extractors that follow the content
stream (``pdftotext -raw``, copy and paste in many viewers, search indexes) return the
words of every line backwards, cut words at their marks, and put marks on the wrong
letters. This step redraws each line unit by unit (see :mod:`.bidi`) in *reading*
order, every glyph at exactly the place it had, so the page looks the same, and says
what each unit reads as where the glyphs alone do not:

* a right-to-left word with marks (harakat, shadda, dagger alef, Quranic marks), with
  a zero-width non-joiner the renderer drew as nothing, with a letter a font leaves a
  gap after (Amiri), or with a ligature, is one ``ActualText`` span holding the word as
  written, vowels and all. Poppler (both modes) reads a right-to-left word's
  characters from left to right and then reverses them, so the span holds the word
  *reversed*, led by an invisible RLM when the word ends in a mark or a sign;
* a number drawn in right-to-left text whose pieces the bidi algorithm reversed
  ("2024-2011" for "2011-2024") is a span holding the number as written;
* invisible RLM/LRM marks where a Latin run or a number meets Arabic, so poppler's
  layout mode keeps the space between them (:func:`.bidi.mark_boundaries`);
* a line whose glyphs say something other than the text WeasyPrint laid out on it
  (:mod:`.line_text`) says that text, word by word: Noto Nastaliq Urdu shares one
  glyph between several letters, and a right-to-left line draws "(" with a glyph a
  font maps to ")". Each word of such a line is a span from its leftmost to its
  rightmost glyph on the baseline.

Where a zero-width non-joiner was: between two letters of a word that could join (the
packaged font has the forms) but are drawn in forms that do not (a final ``ه`` before
an initial ``ن``). Nothing else breaks the joining inside one word of one font.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pikepdf

from . import structure
from .bidi import (
    RLM,
    Cluster,
    Unit,
    laid_out_rtl,
    mark_boundaries,
    number_text,
    poppler_class,
    reading_order,
    strength,
    text_pieces,
    units,
)
from .content import Glyph, Matrix, TextSpan, text_objects
from .fonts import FORM_LINKS, Font, FontCache

ZWNJ = "\u200c"
# A gap inside a word wider than this share of the font size is closed (poppler breaks
# words at 0.1 of the size; half that leaves a margin and is still far above rounding).
_LETTER_GAP = 0.05
_START = object()


@dataclass(frozen=True)
class TextLayerStats:
    """What :func:`rewrite_text_layer` did, for tests and diagnostics."""

    text_objects_reordered: int
    text_objects_kept: int
    marks: int            # combining marks now read with their letters
    non_joiners: int      # zero-width non-joiners given back
    lines_from_source: int = 0  # lines whose words say the renderer's text (.line_text)


# ---- what a unit says -------------------------------------------------------------------


def _non_joiner(a: Cluster, b: Cluster, fonts: dict[str, Font | None]) -> bool:
    """Whether a zero-width non-joiner stood between ``a`` and the next letter ``b``
    (reading order): both could join, neither is drawn in a form that does."""
    if a.base is None or b.base is None or a.base.font != b.base.font:
        return False
    font = fonts.get(a.base.font)
    if font is None or a.base.form is None or b.base.form is None:
        return False
    ja, jb = font.joining(a.base.text), font.joining(b.base.text)
    if ja is None or jb is None or not ja[1] or not jb[0]:
        return False
    return not FORM_LINKS[a.base.form][1] and not FORM_LINKS[b.base.form][0]


def _rtl_text(unit: Unit, fonts: dict[str, Font | None]) -> tuple[str, int]:
    """A right-to-left unit's text in reading order, and the non-joiners put back."""
    ordered = unit.clusters[::-1]
    parts = [ordered[0].text] if ordered else []
    added = 0
    for a, b in itertools.pairwise(ordered):
        if _non_joiner(a, b, fonts):
            parts.append(ZWNJ)
            added += 1
        parts.append(b.text)
    return "".join(parts), added


def _letter_gap(left: Glyph, right: Glyph) -> bool:
    return right.x - (left.x + left.advance) > _LETTER_GAP * left.size


def _plain_rtl(unit: Unit) -> bool:
    """A right-to-left word poppler reads right from its glyphs alone: one letter per
    glyph, no marks, no gap inside."""
    bases = [c.base for c in unit.clusters]
    if any(b is None or c.marks for b, c in zip(bases, unit.clusters, strict=True)):
        return False
    letters = [b for b in bases if b is not None]
    if any(len(b.text) != 1 for b in letters):
        return False
    return not any(_letter_gap(a, b) for a, b in itertools.pairwise(letters))


@dataclass
class _Drawn:
    """How one unit is drawn: glyphs in drawing order, and the ActualText of the span
    around them (``None``: no span)."""

    unit: Unit
    glyphs: list[Glyph]
    actual_text: str | None


def _compose(unit: Unit, fonts: dict[str, Font | None], stats: dict[str, int]) -> _Drawn:
    if unit.source is not None:
        return _compose_source(unit)
    if unit.kind == "R":
        text, added = _rtl_text(unit, fonts)
        unit.text = text
        stats["non_joiners"] += added
        stats["marks"] += sum(len(c.marks) for c in unit.clusters)
        # each base before its marks: the span then starts at a letter on the baseline
        glyphs = [g for c in unit.clusters
                  for g in ([c.base] if c.base is not None else []) + c.marks]
        stored = text[::-1]
        lead = _rtl_lead(unit, stored)
        if not added and not unit.prefix and not unit.suffix and lead == unit.prefix \
                and _plain_rtl(unit):
            return _Drawn(unit, glyphs, None)
        return _Drawn(unit, glyphs, lead + stored + unit.suffix)
    glyphs = list(unit.glyphs)
    if unit.text != unit.visual or unit.prefix or unit.suffix:
        return _Drawn(unit, glyphs, unit.prefix + unit.text + unit.suffix)
    return _Drawn(unit, glyphs, None)


def _compose_source(unit: Unit) -> _Drawn:
    """A unit that says the renderer's text: always a span (its glyphs do not say it)."""
    text = unit.text = unit.source or ""
    if strength(text) != "R":
        return _Drawn(unit, list(unit.glyphs), unit.prefix + text + unit.suffix)
    # An extractor places the span by its first and last glyphs: those are the
    # leftmost and rightmost drawn on the baseline (a sloping script such as Nastaliq
    # raises most glyphs of a word), the others go between.
    level = sorted((g for g in unit.glyphs if not g.rise and not g.is_mark),
                   key=lambda g: g.x)
    others = [g for g in unit.glyphs if g.rise or g.is_mark]
    glyphs = [*level[:1], *others, *level[1:]] if level else list(unit.glyphs)
    stored = text[::-1]
    return _Drawn(unit, glyphs, _rtl_lead(unit, stored) + stored + unit.suffix)


def _rtl_lead(unit: Unit, stored: str) -> str:
    """What a right-to-left span's stored (reversed) text starts with: the unit's prefix,
    else an RLM where the text does not start with a right-to-left letter (poppler
    reverses a word only from such a letter on)."""
    if unit.prefix or (stored and poppler_class(stored[0]) == "R"):
        return unit.prefix
    return RLM


# ---- the renderer's text, where the glyphs say something else ---------------------------

_IGNORED = dict.fromkeys(map(ord, "\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                  "\u2066\u2067\u2068\u2069"))


def _plain(text: str) -> str:
    """``text`` as compared with what glyphs say: no spaces, no invisible controls."""
    return unicodedata.normalize("NFC", "".join(text.translate(_IGNORED).split()))


def _drawn(line: _Line, source: str | None, fonts: dict[str, Font | None],
           stats: dict[str, int]) -> list[_Drawn]:
    """How each unit of ``line`` is drawn: as its glyphs say, or, where they say
    something other than the renderer's ``source`` text, word by word as ``source``."""
    counts = {"marks": 0, "non_joiners": 0}
    drawn = [_compose(u, fonts, counts) for u in line.order]
    if source is not None and \
            _plain("".join(d.unit.text for d in drawn)) != _plain(source):
        aligned = _aligned(line.order, source.translate(_IGNORED).split())
        if aligned is not None:
            line.order = aligned
            counts = {"marks": 0, "non_joiners": 0}
            drawn = [_compose(u, fonts, counts) for u in aligned]
            stats["from_source"] += 1
    for key, value in counts.items():
        stats[key] += value
    return drawn


def _aligned(order: list[Unit], words: list[str]) -> list[Unit] | None:
    """The units of a line saying ``words`` (the renderer's text, logical order), in
    that order: ``None`` when the line has not as many words as ``words``.

    A word (units between spaces) whose glyphs say one of ``words`` is that word (the
    order read from the glyphs can be wrong where a line starts with signs: "// elem"
    before Arabic); the others take the remaining words in reading order. A word's
    units take its pieces one for one where they are as many, else become one unit
    saying the whole word.
    """
    groups: list[list[Unit]] = []
    spaces: list[Unit] = []
    current: list[Unit] = []
    for unit in [*order, None]:
        if unit is None or unit.kind == "S":
            if current:
                groups.append(current)
            current = []
            if unit is not None:
                spaces.append(unit)
        else:
            current.append(unit)
    if len(groups) != len(words):
        return None
    free: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        free.setdefault(_plain(word), []).append(i)
    owners: list[int | None] = []
    for group in groups:
        same = free.get(_plain("".join(u.text for u in group)))
        owners.append(same.pop(0) if same else None)
    taken = {i for i in owners if i is not None}
    rest = iter([i for i in range(len(words)) if i not in taken])
    by_word: dict[int, list[Unit]] = {}
    for group, owner in zip(groups, owners, strict=True):
        index = owner if owner is not None else next(rest)
        by_word[index] = _saying(group, words[index])
    out: list[Unit] = []
    for i in range(len(words)):
        out.extend(by_word[i])
        if i < len(words) - 1 and spaces:
            out.append(spaces.pop(0))
    return out + spaces


_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _saying(group: list[Unit], word: str) -> list[Unit]:
    """The units of ``group`` (reading order) made to say ``word``."""
    pieces = text_pieces(word)
    if len(pieces) != len(group):
        visual = sorted(group, key=lambda u: u.x0)
        whole = Unit([c for u in visual for c in u.clusters], visual[0].prefix,
                     visual[-1].suffix, group[0].owner, group[0].owner_rtl)
        whole.source = word
        return [whole]
    for unit, piece in zip(group, pieces, strict=True):
        if all(unicodedata.category(ch)[0] in "PSZ" for ch in piece) and \
                sorted(piece) in (sorted(unit.visual), sorted(unit.visual.translate(_MIRRORED))):
            continue  # signs drawn as written (mirrored in right-to-left text): as before
        # a span even where the glyphs agree: on a sloping baseline, glyphs read alone
        # fall apart
        unit.source = piece
    return group


# ---- drawing ----------------------------------------------------------------------------


def _num_text(value: float) -> str:
    """A PDF number: fixed point, no trailing zeros (no exponent, unlike repr)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _text_string(text: str) -> str:
    """A PDF text string as a hex literal: UTF-16BE with its byte-order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _emit(drawn: Sequence[_Drawn], matrix: Matrix) -> bytes:
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

    def show(glyph: Glyph, pen: float) -> float:
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

    for item in drawn:
        if not item.glyphs:
            continue
        flush()
        start = item.glyphs[0].x
        out.append(f"{head} {_num_text(start)} {_num_text(f)} Tm")
        pen = start
        if item.actual_text is None:
            for glyph in item.glyphs:
                pen = show(glyph, pen)
            continue
        out.append(f"/Span <</ActualText {_text_string(item.actual_text)}>> BDC")
        *first, last = item.glyphs
        for glyph in first:
            pen = show(glyph, pen)
        flush()
        # An extractor takes a span's box from the first glyph's start to the last
        # glyph's end. Character spacing widens the last glyph's box (not its ink) to
        # the unit's right edge, so the span covers exactly the unit; the pen ends
        # there too. The glyph gets a TJ of its own: Tc applies to every glyph shown.
        spacing = (item.unit.x1 - (last.x + last.advance)) / a
        if abs(spacing) > 1e-4:
            out.append(f"{_num_text(spacing)} Tc")
        pen = show(last, pen)
        flush()
        if abs(spacing) > 1e-4:
            out.append("0 Tc")
            pen = item.unit.x1
        out.append("EMC")
    flush()
    if state["rise"]:
        out.append("0 Ts")
    return ("\n".join(out) + "\n").encode("latin-1")


# ---- pages -------------------------------------------------------------------------------


@dataclass(eq=False)
class _Line:
    """One modelled text object: its units in visual and in reading order."""

    span: TextSpan
    visual: list[Unit]
    base_rtl: bool
    order: list[Unit]
    runs: set[int]
    n_rtl: int
    n_ltr: int


def _line(span: TextSpan, owner: int) -> _Line | None:
    if span.glyphs is None:
        return None
    visual = units(span.glyphs)
    strengths = [strength(ch) for g in span.glyphs for ch in g.text]  # one pass
    n_rtl, n_ltr = strengths.count("R"), strengths.count("L")
    base_rtl = bool(n_rtl) and n_rtl >= n_ltr
    for unit in visual:
        unit.owner, unit.owner_rtl = owner, base_rtl
    if not n_rtl:  # left-to-right only: already in reading order
        return _Line(span, visual, False, visual, set(), n_rtl, n_ltr)
    order, runs = reading_order(visual, base_rtl)
    return _Line(span, visual, base_rtl, order, runs, n_rtl, n_ltr)


def _number_texts(line: _Line, context: str) -> str:
    """Set the reading text of the numbers of ``line``; returns the last strong type
    read (``AL``, ``R`` or ``L``), the context of the next line of the paragraph.

    ``context`` is the last strong type before the line, in reading order."""
    for unit in line.order:
        if unit.kind == "R":
            context = "AL" if any(unicodedata.bidirectional(ch) == "AL"
                                  for ch in unit.visual) else "R"
        elif unit.kind == "L":
            context = "L"
        elif laid_out_rtl(unit, id(unit) in line.runs, line.base_rtl):
            unit.text = number_text(unit.visual, context == "AL")
    return context


def _needs_rewrite(line: _Line, drawn: list[_Drawn]) -> bool:
    return ([id(u) for u in line.order] != [id(u) for u in line.visual]
            or any(item.actual_text is not None for item in drawn))


def _unparse(ops: Sequence[Any], start: int, stop: int, markers: set[int]) -> bytes:
    """Instructions ``start`` to ``stop``, without the renderer's line-text points."""
    return pikepdf.unparse_content_stream(
        [op for k, op in enumerate(ops[start:stop], start) if k not in markers]
        if markers else ops[start:stop])


def rewrite_text_layer(pdf: pikepdf.Pdf, fonts: FontCache) -> TextLayerStats:
    """Redraw text objects so extractors read them as written (see the module's
    docstring). Text objects using anything :mod:`.content` does not model are kept."""
    stats = {"changed": 0, "kept": 0, "marks": 0, "non_joiners": 0, "from_source": 0}
    tree = structure.parent_tree(pdf)
    for page in pdf.pages:
        page_fonts = fonts.page(page)
        ops = pikepdf.parse_content_stream(page)
        spans = text_objects(ops, page_fonts)
        lines = {id(s): line for s in spans if (line := _line(s, s.start)) is not None}
        # poppler decides a page's direction by its letters; so does this
        n_rtl = sum(line.n_rtl for line in lines.values())
        n_ltr = sum(line.n_ltr for line in lines.values())
        owners = structure.page_elements(page, tree)
        for span in spans:
            if (line := lines.get(id(span))) is not None and span.mcid is not None and \
                    span.mcid < len(owners):
                element = structure.key(structure.block_of(owners[span.mcid]))
                for unit in line.visual:
                    unit.block = element
        mark_boundaries((u for line in lines.values() for u in line.visual),
                        primary_rtl=n_rtl > n_ltr)
        markers = {k for span in spans for k in span.markers}
        block: Any = _START
        context = "R"
        chunks: list[bytes] = []
        done = 0  # instructions before this index are in chunks
        for span in spans:
            line = lines.get(id(span))
            if line is None:
                stats["kept"] += 1
                continue
            owner = owners[span.mcid] if span.mcid is not None and \
                span.mcid < len(owners) else None
            here = structure.key(structure.block_of(owner)) if owner is not None else None
            if block is _START or (here is not None and here != block):
                context = "R" if line.base_rtl else "L"  # a paragraph starts afresh
            block = here
            context = _number_texts(line, context)
            drawn = _drawn(line, span.source, page_fonts, stats)
            if not _needs_rewrite(line, drawn):
                stats["kept"] += 1
                continue
            assert span.matrix is not None
            chunks.append(_unparse(ops, done, span.start + 1, markers) + b"\n")
            chunks.append(_emit(drawn, span.matrix))
            done = span.end
            stats["changed"] += 1
        if chunks or markers:
            chunks.append(_unparse(ops, done, len(ops), markers))
            page.obj.Contents = pdf.make_stream(b"".join(chunks))
    return TextLayerStats(stats["changed"], stats["kept"], stats["marks"],
                          stats["non_joiners"], stats["from_source"])
