"""Font patch: what the post-pass knows about each font, and the text map it repairs.

WeasyPrint embeds every face as a two-byte (Type0, Identity-H) font whose glyph codes
are the glyph ids of the original file, with a ToUnicode map built from the first use of
each glyph. A glyph first drawn inside a cluster with marks gets no text there at all,
so extractors lose the letter. Given the packaged font behind an embedded subset (found
by its PostScript name), the map is completed from the font's own character map and
substitutions (:func:`artexport.fonts.glyph_texts`) and written back, for every
extractor, when the font patch is on.

The same packaged font tells the text layer which contextual form each glyph is (the
``init``/``medi``/``fina`` substitutions): two letters of one word that could join but
are drawn unjoined had a zero-width non-joiner between them, which the renderer drew
as nothing (see :mod:`.text_layer`).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pikepdf

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_CIDCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*(\d+)")

# A glyph's contextual form: whether it links to the letter before / after it.
FORM_LINKS: dict[str, tuple[bool, bool]] = {
    "isol": (False, False), "init": (False, True), "medi": (True, True), "fina": (True, False),
}


@dataclass(frozen=True)
class FontFacts:
    """What a packaged font says about its glyphs, by glyph id.

    ``texts``: the text each glyph stands for. ``forms``: the contextual form of a
    letter glyph (``isol``, ``init``, ``medi``, ``fina``; absent when unknown, as for
    ligatures). ``joining``: for a letter, whether it can link to the letter before
    it and to the letter after it (a dual-joining letter can do both, alef only the
    first).
    """

    texts: Mapping[int, str]
    forms: Mapping[int, str] = field(default_factory=dict)
    joining: Mapping[str, tuple[bool, bool]] = field(default_factory=dict)


FontLookup = Callable[[str], FontFacts | None]
"""Given an embedded font's PostScript name, what its packaged font says (or ``None``)."""


@dataclass(frozen=True)
class Font:
    """What positioning and reading order need from a two-byte (Identity-H) font."""

    widths: dict[int, float]
    default_width: float
    to_unicode: dict[int, str]
    facts: FontFacts | None = None
    patched: bool = False  # the file's text map was rewritten

    def joining(self, text: str) -> tuple[bool, bool] | None:
        return self.facts.joining.get(text) if self.facts is not None else None


# ---- the packaged fonts ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _postscript_files() -> dict[str, str]:
    """PostScript name -> packaged font file (how an embedded subset names its origin)."""
    from fontTools.ttLib import TTFont

    from ... import fonts

    out: dict[str, str] = {}
    for faces in fonts.FAMILIES.values():
        for face in faces:
            with TTFont(str(face.path), lazy=True) as ttf:
                out[str(ttf["name"].getDebugName(6))] = face.file
    return out


def packaged_font(postscript_name: str) -> FontFacts | None:
    """:data:`FontLookup` over the fonts artexport ships."""
    file = _postscript_files().get(postscript_name)
    return _packaged_facts(file) if file else None


@lru_cache(maxsize=16)
def _packaged_facts(file: str) -> FontFacts:
    from ... import fonts
    from ...paths import fonts_dir

    try:
        forms, joining = _forms(str(fonts_dir() / file))
    except Exception:  # a font laid out unlike the packaged ones: no forms, no guessing
        forms, joining = {}, {}
    return FontFacts(fonts.glyph_texts(file), forms, joining)


def _subtables(lookup: Any) -> Iterator[Any]:
    for sub in lookup.SubTable:
        while hasattr(sub, "ExtSubTable"):  # extension lookups wrap the real one
            sub = sub.ExtSubTable
        yield sub


def _one_to_one(lookup: Any) -> Iterator[tuple[str, str]]:
    """Glyph -> glyph substitutions of a lookup: single ones, and multiple ones that
    make one glyph (Amiri writes its contextual forms that way)."""
    for sub in _subtables(lookup):
        kind = type(sub).__name__
        for src, dst in (getattr(sub, "mapping", None) or {}).items():
            if kind == "SingleSubst":
                yield src, dst
            elif kind == "MultipleSubst" and len(dst) == 1:
                yield src, dst[0]


def _forms(path: str) -> tuple[dict[int, str], dict[str, tuple[bool, bool]]]:
    """Glyph id -> contextual form, and letter -> (links before, links after), from the
    font's ``init``/``medi``/``fina`` single substitutions and its character map."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        order = font.getGlyphOrder()
        index = {name: i for i, name in enumerate(order)}
        cmap = font.getBestCmap() or {}
        made: dict[str, str] = {}               # output glyph -> form
        has: dict[str, set[str]] = {}           # nominal glyph -> forms it has
        if "GSUB" in font:
            table = font["GSUB"].table
            lookups = table.LookupList.Lookup
            for record in table.FeatureList.FeatureRecord:
                tag = record.FeatureTag
                if tag not in FORM_LINKS or tag == "isol":
                    continue
                for i in record.Feature.LookupListIndex:
                    for src, dst in _one_to_one(lookups[i]):
                        made.setdefault(dst, tag)
                        has.setdefault(src, set()).add(tag)
        forms: dict[int, str] = {index[g]: tag for g, tag in made.items() if g in index}
        joining: dict[str, tuple[bool, bool]] = {}
        for cp, name in cmap.items():
            tags = has.get(name)
            if not tags:
                continue
            joining[chr(cp)] = (bool(tags & {"fina", "medi"}), bool(tags & {"init", "medi"}))
            if name in index and name not in made:
                forms.setdefault(index[name], "isol")
    return forms, joining


# ---- the embedded fonts ------------------------------------------------------------------

def _utf16(hexstr: bytes) -> str:
    raw = bytes.fromhex(hexstr.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace")


def parse_to_unicode(data: bytes) -> dict[int, str]:
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


def cmap_stream(mapping: Mapping[int, str]) -> bytes:
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


def font_info(pdf: pikepdf.Pdf, font: pikepdf.Object, lookup: FontLookup | None, *,
              patch: bool) -> Font | None:
    """Widths, text and forms of a Type0/Identity-H font; ``None`` for any other kind.

    Glyphs the ToUnicode map leaves empty (or out), or maps to a whole cluster, get
    their text from the packaged font (:func:`_corrections`); with ``patch`` the map in
    the file is rewritten too, so every extractor gets them, not only the text layer.
    """
    try:
        if font.get("/Subtype") != pikepdf.Name.Type0:
            return None
        notdef = _notdef_codes(font.get("/Encoding"))
        if notdef is None:
            return None
        descendant = font.DescendantFonts[0]
        to_unicode = font.get("/ToUnicode")
        if to_unicode is None:
            return None
        widths = _parse_widths(descendant.get("/W"))
        default_width = float(descendant.get("/DW", 1000))
        # a viewer draws such a code with glyph 0 (.notdef), so it advances by its width
        widths.update((code, widths.get(0, default_width)) for code in notdef)
        mapping = parse_to_unicode(to_unicode.read_bytes())
        name = _postscript_name(descendant) if lookup is not None else None
        facts = lookup(name) if lookup is not None and name else None
        patched = False
        fixed = (_corrections(mapping, set(widths) - notdef, facts)
                 if facts is not None else {})
        if fixed:
            mapping.update(fixed)
            if patch:
                font.ToUnicode = pdf.make_stream(cmap_stream(mapping))
                patched = True
        return Font(widths=widths, default_width=default_width,
                    to_unicode=mapping, facts=facts, patched=patched)
    except (AttributeError, KeyError, IndexError, ValueError, TypeError):
        return None


def _notdef_codes(encoding: Any) -> set[int] | None:
    """The codes an embedded font draws as .notdef (glyph 0); ``None`` for an encoding
    the text layer cannot read.

    ``Identity-H`` draws every code as the glyph of that id. When a character has no
    glyph in any font, WeasyPrint gives it an unused code and writes its own CMap
    instead: every code to itself, except those, which go to glyph 0. Such a font is
    read like an Identity-H one; otherwise one missing character anywhere in the
    article left every line in that font unread, in visual order.
    """
    if encoding == pikepdf.Name("/Identity-H"):
        return set()
    if not isinstance(encoding, pikepdf.Stream):
        return None
    data = encoding.read_bytes()
    if b"/Ordering (Identity)" not in data or b"begincidrange" in data:
        return None
    notdef: set[int] = set()
    for section in re.findall(rb"begincidchar(.*?)endcidchar", data, re.S):
        for code_hex, cid in _CIDCHAR.findall(section):
            code = int(code_hex, 16)
            if int(cid) == 0 and code != 0:
                notdef.add(code)
            elif int(cid) != code:
                return None
    return notdef


def _corrections(mapping: Mapping[int, str], codes: set[int],
                 facts: FontFacts) -> dict[int, str]:
    """Entries of a renderer's text map to replace with what the font says.

    WeasyPrint maps a glyph by its first use. A glyph first drawn as part of a cluster
    either gets nothing (filled here from the font) or the whole cluster's text: Amiri
    draws "إِ" as an alef, a hamza and a kasra, and its kasra glyph then reads "إِ"
    wherever it is used. Where the font's own text for a glyph is part of (not all of)
    the renderer's, the font's is the glyph's.
    """
    out: dict[int, str] = {}
    for code in codes | set(mapping):
        own = facts.texts.get(code)
        if not own:
            continue
        given = mapping.get(code, "")
        if not given:
            out[code] = own
            continue
        own_d = unicodedata.normalize("NFD", own)
        given_d = unicodedata.normalize("NFD", given)
        if own_d != given_d and own_d in given_d:
            out[code] = own
    return out


class FontCache:
    """Every font of a document read once; ``patch`` says whether repaired text maps
    are written back into the file (the font patch step)."""

    def __init__(self, pdf: pikepdf.Pdf, lookup: FontLookup | None, *, patch: bool) -> None:
        self.pdf, self.lookup, self.patch = pdf, lookup, patch
        self._fonts: dict[tuple[int, int], Font | None] = {}

    def page(self, page: pikepdf.Page) -> dict[str, Font | None]:
        """The page's fonts by resource name."""
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if resources is not None else None
        out: dict[str, Font | None] = {}
        if fonts is None:
            return out
        for name, font in fonts.items():
            key = font.objgen if font.is_indirect else (id(font), 0)
            if key not in self._fonts:
                self._fonts[key] = font_info(self.pdf, font, self.lookup, patch=self.patch)
            out[str(name)] = self._fonts[key]
        return out

    @property
    def patched(self) -> int:
        """How many fonts got their text map repaired in the file."""
        return sum(1 for f in self._fonts.values() if f is not None and f.patched)


def repair_unicode_maps(pdf: pikepdf.Pdf, lookup: FontLookup | None) -> int:
    """The font patch on its own (when the text layer is off): complete every font's
    ToUnicode map; returns how many fonts changed."""
    cache = FontCache(pdf, lookup, patch=True)
    for page in pdf.pages:
        cache.page(page)
    return cache.patched
