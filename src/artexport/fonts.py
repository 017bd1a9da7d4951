"""Packaged fonts: which files serve which language, subsets, @font-face CSS.

Only the OFL fonts in ``fonts/`` are ever used, so an export looks the same on every
machine and carries its licence. Subsets keep only the glyphs an article needs (plus
the contextual forms Arabic shaping reaches through GSUB).
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .paths import cache_dir, fonts_dir
from .text.lang import is_arabic_script
from .writer import write_atomic


@dataclass(frozen=True)
class FontFace:
    family: str
    file: str
    weight: int = 400
    style: Literal["normal", "italic"] = "normal"
    # Amiri's contextual alternates replace a "ح" so its text layer loses the letter;
    # this turns them off wherever the face is used.
    feature_settings: str | None = None

    @property
    def path(self) -> Path:
        return fonts_dir() / self.file


FAMILIES: dict[str, tuple[FontFace, ...]] = {
    "naskh": (
        FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
        FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
    ),
    "sans-arabic": (
        FontFace("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400),
        FontFace("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700),
    ),
    "amiri": (
        FontFace("Amiri", "Amiri-Regular.ttf", 400, feature_settings='"calt" 0'),
        FontFace("Amiri", "Amiri-Bold.ttf", 700, feature_settings='"calt" 0'),
    ),
    # Urdu's own style: tall, sloping words; needs more leading (edition.fonts).
    "nastaliq": (
        FontFace("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf", 400),
        FontFace("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Bold.ttf", 700),
    ),
    "sans": (
        FontFace("Noto Sans", "NotoSans-Regular.ttf", 400),
        FontFace("Noto Sans", "NotoSans-Bold.ttf", 700),
        FontFace("Noto Sans", "NotoSans-Italic.ttf", 400, "italic"),
    ),
}

LICENCES = ("OFL-Noto.txt", "OFL-Amiri.txt")


def families_for(lang: str, arabic_face: str = "naskh") -> tuple[str, ...]:
    """Family keys in CSS fallback order for an article in ``lang``.

    Arabic-script text gets the Arabic face first and Noto Sans for Latin runs; Latin
    text gets Noto Sans only.
    """
    if arabic_face not in FAMILIES:
        raise ValueError(f"unknown font {arabic_face!r} (available: {', '.join(FAMILIES)})")
    if is_arabic_script(lang):
        return (arabic_face, "sans")
    return ("sans",)


def faces(keys: tuple[str, ...]) -> list[FontFace]:
    return [face for key in keys for face in FAMILIES[key]]


def font_stack(keys: tuple[str, ...], generic: str = "sans-serif") -> str:
    """A CSS ``font-family`` value for the keys."""
    names = dict.fromkeys(FAMILIES[k][0].family for k in keys)
    return ", ".join([*(f'"{n}"' for n in names), generic])


def subset(file: str, text: str, flavor: Literal["woff2", "ttf"] = "woff2") -> bytes:
    """The font ``file`` cut down to the glyphs ``text`` needs, as WOFF2 or TrueType.

    All layout features are kept: Arabic joining, marks and ligatures need them. The
    character set is widened to whole blocks of the scripts ``text`` uses (see
    :func:`coverage`), so nearly every article in one language asks for the same subset
    and the caches answer: fontTools needs about a second per face, the caches
    microseconds.
    """
    return _subset(file, coverage(text), flavor)


def coverage(text: str) -> str:
    """``text``'s characters plus :data:`_ALWAYS`, sorted."""
    return "".join(sorted(set(text) | _ALWAYS))


# In every subset: Basic Latin + Latin-1 (the C0 controls too: a page's line breaks must
# not make its character set differ from _ALWAYS), the joiners, direction marks, dashes and quotes
# of General Punctuation (Persian writes a ZWNJ inside words), the bidi isolates, and the
# whole Arabic block (letters, marks, both digit sets, the Persian/Urdu letters). Other
# characters (presentation forms, other scripts) come from the text itself.
_ALWAYS = frozenset(chr(cp) for block in (range(0x00, 0x100), range(0x200C, 0x2027),
                                          range(0x2066, 0x206A), range(0x0600, 0x0700))
                    for cp in block)
_ALWAYS_CHARS = "".join(sorted(_ALWAYS))
_ALWAYS_SHA256 = hashlib.sha256(_ALWAYS_CHARS.encode("utf-8")).hexdigest()  # the manifest's

# What every process would otherwise compute from the fonts with fontTools ships prebuilt
# beside them (fonts/prebuilt/, made by scripts/prebuild-fonts.py), so a fresh machine,
# container or batch worker does not: the subsets to exactly _ALWAYS (what nearly every
# Arabic, Persian or English article asks for; 0.2-4 s a face), the Noto Naskh files the
# PDF embeds (pdf_font_data, 0.15 s each) and every font's glyph texts (glyph_texts, up to
# 0.05 s each). MANIFEST.json names the font file each was made from (SHA-256), the
# character set of the subsets and the version of the code that made the rest: what
# does not match is not used, but computed as before.
PREBUILT = "prebuilt"
PREBUILT_MANIFEST = "MANIFEST.json"
PREBUILT_GLYPH_TEXTS = "glyph-texts.json.gz"
PDF_FONT_SUFFIX = ".pdf.ttf"
# Bump when pdf_font_data's rewrite or glyph_texts' rules change: the shipped results of
# the old code are then ignored (tests/test_fonts.py says to rebuild them).
PDF_FONT_REWRITE = 1
GLYPH_TEXTS_RULES = 1


@lru_cache(maxsize=64)
def _subset(file: str, chars: str, flavor: Literal["woff2", "ttf"]) -> bytes:
    if chars == _ALWAYS_CHARS and flavor == "woff2":
        shipped = prebuilt_subset(file)
        if shipped is not None:
            return shipped
    from fontTools import version as ft_version

    source = fonts_dir() / file
    key = hashlib.sha256("\0".join(
        [ft_version, file, str(source.stat().st_size), chars, flavor]).encode()).hexdigest()
    cached = _cache_dir() / f"{key}.{flavor}"
    with contextlib.suppress(OSError):
        return cached.read_bytes()
    data = make_subset(source, chars, flavor)
    with contextlib.suppress(OSError):  # a read-only cache only costs time
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cached, data)
    return data


def prebuilt_subset(file: str) -> bytes | None:
    """The shipped WOFF2 subset of ``file`` to the always-kept characters, or ``None``
    when there is none or it was cut from another font file or character set."""
    if _prebuilt_entry(file, "chars_sha256", _ALWAYS_SHA256) is None:
        return None
    return _prebuilt_file(f"{Path(file).stem}.woff2")


def prebuilt_pdf_font(file: str) -> bytes | None:
    """The shipped :func:`pdf_font_data` of ``file``, or ``None`` when there is none or it
    was made from another font file or by another version of the rewrite."""
    if _prebuilt_entry(file, "pdf_font_rewrite", PDF_FONT_REWRITE) is None:
        return None
    return _prebuilt_file(f"{Path(file).stem}{PDF_FONT_SUFFIX}")


def prebuilt_glyph_texts(file: str) -> dict[int, str] | None:
    """The shipped :func:`glyph_texts` of ``file``, or ``None`` when there are none or
    they were made from another font file or by other rules."""
    if _prebuilt_entry(file, "glyph_texts_rules", GLYPH_TEXTS_RULES) is None:
        return None
    texts = _prebuilt_glyph_table().get(file)
    if not isinstance(texts, dict):
        return None
    return {int(gid): text for gid, text in texts.items()}


def _prebuilt_entry(file: str, key: str, value: object) -> dict[str, Any] | None:
    """The manifest's entry for ``file`` if it was made from this very font file and
    says ``key: value``."""
    entry = _prebuilt_manifest().get(file)
    if not isinstance(entry, dict) or entry.get(key) != value:
        return None
    try:
        return entry if entry.get("font_sha256") == _file_sha256(fonts_dir() / file) else None
    except OSError:
        return None


def _prebuilt_file(name: str) -> bytes | None:
    try:
        return (fonts_dir() / PREBUILT / name).read_bytes()
    except OSError:
        return None


@lru_cache(maxsize=1)
def _prebuilt_glyph_table() -> dict[str, Any]:
    data = _prebuilt_file(PREBUILT_GLYPH_TEXTS)
    try:
        found = json.loads(gzip.decompress(data)) if data is not None else {}
    except (OSError, EOFError, ValueError):  # gzip.BadGzipFile is an OSError
        return {}
    return found if isinstance(found, dict) else {}


@lru_cache(maxsize=1)
def _prebuilt_manifest() -> dict[str, Any]:
    try:
        found = json.loads((fonts_dir() / PREBUILT / PREBUILT_MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


@lru_cache(maxsize=32)
def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def prebuild(dest: Path) -> dict[str, dict[str, Any]]:
    """Write into ``dest`` what ships prebuilt for every packaged font (its subset to
    the always-kept characters, its glyph texts, and for Noto Naskh the file the PDF
    embeds), with the manifest the ``prebuilt_*`` functions check; returns it."""
    dest.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, Any]] = {}
    table: dict[str, dict[str, str]] = {}
    for source in sorted(fonts_dir().glob("*.ttf")):
        write_atomic(dest / f"{source.stem}.woff2", make_subset(source, _ALWAYS_CHARS, "woff2"))
        entry: dict[str, Any] = {"font_sha256": _file_sha256(source),
                                 "chars_sha256": _ALWAYS_SHA256,
                                 "glyph_texts_rules": GLYPH_TEXTS_RULES}
        table[source.name] = {str(gid): text
                              for gid, text in sorted(make_glyph_texts(source).items())}
        if source.name in _SIDE_BY_SIDE_LAM_ALEF:
            write_atomic(dest / f"{source.stem}{PDF_FONT_SUFFIX}", make_pdf_font(source))
            entry["pdf_font_rewrite"] = PDF_FONT_REWRITE
        manifest[source.name] = entry
    # mtime=0: the same fonts give the same bytes
    write_atomic(dest / PREBUILT_GLYPH_TEXTS, gzip.compress(
        json.dumps(table, ensure_ascii=False, sort_keys=True,
                   separators=(",", ":")).encode("utf-8"), mtime=0))
    write_atomic(dest / PREBUILT_MANIFEST,
                 (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    return manifest


def make_subset(source: Path, chars: str, flavor: Literal["woff2", "ttf"]) -> bytes:
    """The font file ``source`` cut down to ``chars``, every layout feature kept."""
    from fontTools import subset as ft_subset  # a fifth of a second: only on a cache miss

    options = ft_subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    if flavor == "woff2":
        options.flavor = "woff2"
    font = ft_subset.load_font(str(source), options)
    try:
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        buf = io.BytesIO()
        ft_subset.save_font(font, buf, options)
    finally:
        font.close()
    return buf.getvalue()


def _cache_dir() -> Path:
    return cache_dir("fonts")


def font_face_css(keys: tuple[str, ...], text: str) -> str:
    """``@font-face`` rules for the families ``keys``, each font subset to ``text`` and
    inlined as a WOFF2 ``data:`` URI (the self-contained large-print page)."""
    chars = "".join(sorted(set(text)))
    rules = []
    for face in faces(keys):
        data = base64.b64encode(subset(face.file, chars)).decode("ascii")
        src = f"data:font/woff2;base64,{data}"
        features = (f"\n  font-feature-settings: {face.feature_settings};"
                    if face.feature_settings else "")
        rules.append(
            f'@font-face {{\n  font-family: "{face.family}";\n  src: url("{src}") '
            f'format("woff2");\n  font-weight: {face.weight};\n  font-style: {face.style};'
            f"\n  font-display: swap;{features}\n}}"
        )
    return "\n".join(rules)


# ---- PDF (WeasyPrint) -----------------------------------------------------------------
# Added for the PDF exporter. Nothing above changes behaviour.

# Noto Naskh Arabic draws lam-alef as two glyphs at the *same* pen position: a
# zero-advance alef, then the lam. Text extractors that build words from glyph
# positions (poppler's pdftotext, and with it most search indexes) see the second glyph
# "overlap" the first and cut the word in three ("الولايات" comes back as "ايات ل الو").
# These files are rewritten so the pair is drawn identically but side by side (see
# :func:`pdf_font_data`); the rewrite was checked glyph by glyph for them.
_SIDE_BY_SIDE_LAM_ALEF = frozenset({"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"})

@lru_cache(maxsize=16)
def pdf_font_data(file: str) -> bytes:
    """The packaged font ``file`` as the PDF exporter embeds it.

    For Noto Naskh Arabic, every zero-advance alef that follows a lam (the ``rlig``
    lam-alef forms) gets half the lam's advance, and the lam's outline, anchors and
    advance move back by the same amount: the pair looks the same, but each glyph now
    has its own place on the line, so the word extracts as one word with its letters in
    order. Other fonts are returned unchanged.
    """
    path = fonts_dir() / file
    if file not in _SIDE_BY_SIDE_LAM_ALEF:
        return path.read_bytes()
    shipped = prebuilt_pdf_font(file)
    return shipped if shipped is not None else make_pdf_font(path)


def make_pdf_font(path: Path) -> bytes:
    """The font file ``path`` with its zero-advance pairs spread (see
    :func:`pdf_font_data`); its bytes unchanged when it has none."""
    from fontTools.ttLib import TTFont

    # Lazy loading and dropping the tables that were only read keeps this under a
    # second: untouched glyphs and tables are copied as they are.
    # recalcTimestamp=False: the same input must give a byte-identical PDF.
    with TTFont(str(path), lazy=True, recalcTimestamp=False) as font:
        if not _spread_zero_width_pairs(font):
            return path.read_bytes()
        for tag in ("GSUB", "GDEF"):
            font.tables.pop(tag, None)
        buf = io.BytesIO()
        font.save(buf)
    return buf.getvalue()


def _subtables(table: object) -> Iterator[object]:
    for lookup in table.LookupList.Lookup:  # type: ignore[attr-defined]
        for sub in lookup.SubTable:
            while hasattr(sub, "ExtSubTable"):  # extension lookups wrap the real one
                sub = sub.ExtSubTable
            yield sub


def _spread_zero_width_pairs(font: object) -> int:
    """Give zero-advance base glyphs made by single substitutions (the alef of lam-alef)
    room of their own, taken from the wide glyphs the same lookups make (the lam).

    Returns the shift in font units (0 when the font has no such pairs).
    """
    f: Any = font
    hmtx, glyf = f["hmtx"], f["glyf"]
    gdef = f["GDEF"].table if "GDEF" in f else None
    classes = gdef.GlyphClassDef.classDefs if gdef is not None and gdef.GlyphClassDef else {}
    zero: set[str] = set()
    wide: set[str] = set()
    for sub in _subtables(f["GSUB"].table):
        mapping = getattr(sub, "mapping", None)
        if type(sub).__name__ != "SingleSubst" or not mapping:
            continue
        outputs = {g for g in mapping.values() if classes.get(g) != 3}  # 3: mark glyphs
        z = {g for g in outputs if hmtx[g][0] == 0}
        if z:
            zero |= z
            wide |= {g for g in outputs if hmtx[g][0] > 0}
    if not zero or not wide:
        return 0
    narrowest = min(hmtx[g][0] for g in wide)
    shift = narrowest // 2
    # Both halves must stay wider than the 0.1 em a word-building extractor treats as
    # the same position.
    if shift < f["head"].unitsPerEm // 10:
        return 0
    for name in f.getGlyphOrder():
        glyph = glyf[name]
        if glyph.isComposite():
            if name not in wide and not wide.intersection(glyph.getComponentNames(glyf)):
                continue  # not expanded: saved exactly as it was
            # a component that is itself moved already carries the shift
            for comp in glyph.components:
                moved = comp.glyphName in wide
                if name in wide and not moved:
                    comp.x -= shift
                elif name not in wide and moved:
                    comp.x += shift
        elif name in wide and glyph.numberOfContours > 0:
            glyph.coordinates.translate((-shift, 0))
    for name in wide:
        advance, lsb = hmtx[name]
        hmtx[name] = (advance - shift, lsb - shift)
    for name in zero:
        hmtx[name] = (shift, hmtx[name][1])
    for sub in _subtables(f["GPOS"].table):
        kind = type(sub).__name__
        anchors: list[Any] = []
        if kind == "MarkBasePos":
            for i, g in enumerate(sub.BaseCoverage.glyphs):  # type: ignore[attr-defined]
                if g in wide:
                    anchors.extend(sub.BaseArray.BaseRecord[i].BaseAnchor)  # type: ignore[attr-defined]
        elif kind == "MarkLigPos":
            for i, g in enumerate(sub.LigatureCoverage.glyphs):  # type: ignore[attr-defined]
                if g in wide:
                    attach = sub.LigatureArray.LigatureAttach[i]  # type: ignore[attr-defined]
                    for component in attach.ComponentRecord:
                        anchors.extend(component.LigatureAnchor)
        elif kind == "CursivePos":
            for i, g in enumerate(sub.Coverage.glyphs):  # type: ignore[attr-defined]
                if g in wide:
                    record = sub.EntryExitRecord[i]  # type: ignore[attr-defined]
                    anchors.extend((record.EntryAnchor, record.ExitAnchor))
        for anchor in anchors:
            if anchor is not None:
                anchor.XCoordinate -= shift
    return int(shift)


@lru_cache(maxsize=32)
def charset(file: str) -> frozenset[str]:
    """The characters the packaged font ``file`` has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(str(fonts_dir() / file), lazy=True) as font:
        return frozenset(chr(cp) for cp in font.getBestCmap() or {})


@lru_cache(maxsize=32)
def covered_codepoints(keys: tuple[str, ...]) -> frozenset[int]:
    """Every code point the packaged fonts of ``keys`` have a glyph for."""
    return frozenset(ord(ch) for face in faces(keys) for ch in charset(face.file))


@lru_cache(maxsize=16)
def glyph_texts(file: str) -> dict[int, str]:
    """Glyph id -> the text it stands for, in the packaged font ``file``.

    From the character map (presentation forms read as their base letters), then
    through the font's substitutions: a contextual form, an alternate or a mark-free
    variant stands for what it replaces, a ligature for its components. Text
    extraction needs it where the renderer's own map has nothing for a glyph (WeasyPrint
    maps a glyph only by its first use, and a letter first seen inside a cluster with
    marks gets no text at all).
    """
    shipped = prebuilt_glyph_texts(file)
    return shipped if shipped is not None else make_glyph_texts(fonts_dir() / file)


def make_glyph_texts(path: Path) -> dict[int, str]:
    """:func:`glyph_texts` of the font file ``path``, computed with fontTools."""
    import unicodedata

    from fontTools.ttLib import TTFont

    with TTFont(str(path), lazy=True) as font:
        order = font.getGlyphOrder()
        cmap = sorted((font.getBestCmap() or {}).items())
        texts: dict[str, str] = {}
        # base characters first: a presentation form only names a glyph nothing else does
        for cp, name in cmap:
            if not 0xFB50 <= cp <= 0xFEFF:
                texts.setdefault(name, chr(cp))
        for cp, name in cmap:
            if 0xFB50 <= cp <= 0xFEFF:
                texts.setdefault(name, unicodedata.normalize("NFKC", chr(cp)))
        if "GSUB" in font:
            for _ in range(4):  # substitutions chain: a few rounds reach the fixed point
                before = len(texts)
                for sub in _subtables(font["GSUB"].table):
                    _close(sub, texts)
                if len(texts) == before:
                    break
        index = {name: i for i, name in enumerate(order)}
        return {index[name]: text for name, text in texts.items() if name in index}


def _close(sub: Any, texts: dict[str, str]) -> None:
    kind = type(sub).__name__
    if kind == "SingleSubst":
        for src, dst in sub.mapping.items():
            if src in texts and dst not in texts:
                texts[dst] = texts[src]
    elif kind == "AlternateSubst":
        for src, alternates in sub.alternates.items():
            for dst in alternates:
                if src in texts and dst not in texts:
                    texts[dst] = texts[src]
    elif kind == "MultipleSubst":
        for src, seq in sub.mapping.items():
            if src in texts and seq and seq[0] not in texts:
                texts[seq[0]] = texts[src]
    elif kind == "LigatureSubst":
        for first, ligatures in sub.ligatures.items():
            for lig in ligatures:
                parts = [first, *lig.Component]
                if lig.LigGlyph not in texts and all(p in texts for p in parts):
                    texts[lig.LigGlyph] = "".join(texts[p] for p in parts)
