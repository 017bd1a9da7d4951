"""The braille edition, measured: every example and every text of ../shared/corpus is
converted at grade 1 and grade 2, its BRF is back-translated by liblouis (reading the
file through liblouis's own BRF display table, not ours) and compared word for word with
the article; every BRF line and page fits the page; every PEF holds to PEF 2008-1.

Similarity is difflib's ratio over the two word sequences (2 x matches / total), after
folding what braille does not write: case, tashkeel and tatweel, Arabic-Indic digits
(the same cells as 0-9), and for Persian and Urdu the letters that share a cell with
Arabic ones (ی/ي, ک/ك, ہ/ه: liblouis's back-translation answers with the Arabic one).

Latin words inside Arabic, Persian or Urdu articles: those codes write Latin letters
with the same cells as their own letters, and liblouis defines no switch indicator for
them, so a back-translator reads them as Arabic letters. They are compared in braille
form -- the word as the article's own table writes it, read back by the same table --
and the strict figure, where they count as lost, is printed beside it.
"""

from __future__ import annotations

import difflib
import importlib
import re
import unicodedata
import warnings
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from artexport import load_article
from artexport.model import Article, Figure, block_texts

try:
    louis = importlib.import_module("artexport.exporters.braille.liblouis").LOUIS
except ImportError as e:  # LiblouisUnavailable: its message names the Debian packages
    from conftest import require

    require(False, "liblouis", str(e))

from artexport.exporters.braille import BrailleExporter
from conftest import CORPUS, example_dirs

PEF = "{http://www.daisy.org/ns/2008/pef}"
DC = "{http://purl.org/dc/elements/1.1/}"
TABLES = {("ar", 1): "ar-ar-g1.utb", ("ar", 2): "ar-ar-g2.ctb",
          ("en", 1): "en-ueb-g1.ctb", ("en", 2): "en-ueb-g2.ctb",
          ("fa", 1): "fa-ir-g1.utb", ("fa", 2): "fa-ir-g1.utb",
          ("ur", 1): "ur-pk-g1.utb", ("ur", 2): "ur-pk-g2.ctb"}
THRESHOLD = {1: 0.98, 2: 0.95}
BRF_CHARS = set(" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=")
NUMBER_ROW = re.compile(r"^ {3,}#[A-J]+$")

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SHARED_CELLS = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه", "ە": "ه", "ۀ": "ه"})
_LATIN = re.compile(r"[A-Za-z]")


def sources() -> list[Path]:
    found = list(example_dirs())
    if CORPUS.is_dir():
        found += sorted(p for p in CORPUS.iterdir()
                        if p.suffix in {".txt", ".json", ".html"})
    return found


@cache
def article_of(source: Path) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_article(source)


@cache
def edition(source: Path, grade: int) -> tuple[bytes, bytes]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rendered = BrailleExporter({"grade": grade}).render(article_of(source))
    return rendered.data, rendered.side_files[".pef"]


# ---- reading the edition back --------------------------------------------------------
def brf_pages(data: bytes) -> list[list[str]]:
    text = data.decode("ascii")
    return [page.removesuffix("\r\n").split("\r\n") if page else []
            for page in text.split("\f")]


def text_rows(pages: list[list[str]]) -> list[str]:
    """The rows of the pages after the title pages (the first numbered page on), page
    numbers removed."""
    rows: list[str] = []
    numbered = False
    for page in pages:
        if page and NUMBER_ROW.match(page[0]):
            page, numbered = page[1:], True
        elif page and NUMBER_ROW.match(page[-1]):
            page, numbered = page[:-1], True
        if numbered:
            rows += page
    return rows


# How liblouis's back-translation writes a cell it cannot read: ``\\456/`` (its dots).
_UNREAD_CELL = re.compile(r"\\\d+/")


def unread_cells_out(text: str) -> str:
    """A back-translation without liblouis's notes for cells it could not read back.

    Such a note stands for an indicator (an emphasis indicator, a bullet, a contraction
    liblouis writes but cannot read back), not for a word of the article; left in, it
    splits into the digits of the dots ("456") and counts as an inserted word. Removed,
    a note inside a word still leaves that word wrong, so no lost word is hidden."""
    return _UNREAD_CELL.sub(" ", text)


def back_translate(rows: list[str], table: str) -> str:
    return unread_cells_out(str(louis.backTranslateString(
        ["en-us-brf.dis", table], " ".join(r.strip() for r in rows))))


def words(text: str, fold_shared: bool) -> list[str]:
    text = _TASHKEEL.sub("", unicodedata.normalize("NFKC", text).translate(_DIGITS).lower())
    if fold_shared:
        text = text.translate(_SHARED_CELLS)
    return re.findall(r"\w+", text)


def article_words(article: Article) -> list[tuple[str, str]]:
    """The article's text as (text, language) pieces: a block in another language (an
    English paragraph in an Arabic article) is written with that language's table."""
    parts = [(t, article.lang) for t in (article.title, article.subtitle or "",
                                         " ".join(a.name for a in article.authors),
                                         article.dateline or "")]
    blocks = ([article.lead_image] if article.lead_image else []) + list(article.blocks)
    for block in blocks:
        lang = article.block_lang(block)
        if isinstance(block, Figure) and not block.caption:
            parts.append((block.image.alt, lang))
        else:
            parts += [(t, lang) for t in block_texts(block)]
    return parts


def braille_form(token: str, table: str, fold: bool, read_by: str | None = None) -> list[str]:
    """``token`` as ``table`` writes it, read back by ``read_by`` (the same table unless
    given): what a back-translation of the whole BRF can give for it."""
    cells = louis.translateString([table], token, mode=louis.dotsIO | louis.ucBrl)
    cells = "".join(chr(0x2800 | (ord(c) & 0x3F)) for c in cells)  # as the 6-dot BRF has it
    return words(unread_cells_out(louis.backTranslateString([read_by or table], cells)), fold)


def similarity(source: Path, grade: int) -> tuple[float, float, int]:
    """(similarity, strict similarity, article words) of one edition."""
    article = article_of(source)
    lang = article.lang.split("-")[0]
    table = TABLES[(lang, grade)]
    fold = lang in ("fa", "ur")
    strict: list[str] = []
    expected: list[str] = []
    for text, text_lang in article_words(article):
        text = _TASHKEEL.sub("", unicodedata.normalize("NFKC", text))
        strict += words(text, fold)
        own = TABLES.get((text_lang.split("-")[0], grade), table)
        for token in re.findall(r"\w+", text):
            if own != table:  # written by its own language's table, read back by ours
                expected += braille_form(token, own, fold, read_by=table)
            elif lang != "en" and _LATIN.search(token):
                expected += braille_form(token, table, fold)
            else:
                expected += words(token, fold)
    got = words(back_translate(text_rows(brf_pages(edition(source, grade)[0])), table), fold)
    ratio = difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio()
    strict_ratio = difflib.SequenceMatcher(None, strict, got, autojunk=False).ratio()
    return ratio, strict_ratio, len(strict)


# ---- PEF 2008-1 structure --------------------------------------------------------------
def pef_problems(data: bytes) -> list[str]:
    """What keeps ``data`` from being a PEF 2008-1 file (the structure of the
    specification's schema, checked by hand: no network and no schema file needed)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser)
    problems: list[str] = []

    def check(ok: bool, problem: str) -> None:
        if not ok:
            problems.append(problem)

    def attrs(el: etree._Element, allowed: set[str]) -> None:
        extra = set(el.attrib) - allowed
        check(not extra, f"{etree.QName(el).localname}: unexpected attributes {extra}")

    def positive(el: etree._Element, name: str, zero: bool = False) -> int | None:
        value = el.get(name)
        if value is None:
            return None
        ok = value.isdigit() and (int(value) > 0 or zero)
        check(ok, f"{etree.QName(el).localname}/@{name}={value!r} is not a valid number")
        return int(value) if ok else None

    check(root.tag == f"{PEF}pef", f"root is {root.tag}")
    check(root.get("version") == "2008-1", "pef/@version is not 2008-1")
    attrs(root, {"version", "{http://www.w3.org/XML/1998/namespace}lang"})
    check([c.tag for c in root] == [f"{PEF}head", f"{PEF}body"], "pef holds head, body")
    metas = root.findall(f"{PEF}head/{PEF}meta")
    check(len(metas) == 1 and len(root[0]) == 1, "head holds one meta")
    meta = metas[0] if metas else etree.Element("meta")
    formats = meta.findall(f"{DC}format")
    check([f.text for f in formats] == ["application/x-pef+xml"],
          "one dc:format application/x-pef+xml")
    for name in ("identifier", "title", "language"):
        found = meta.findall(f"{DC}{name}")
        check(bool(found) and all((f.text or "").strip() for f in found), f"dc:{name}")
    volumes = root.findall(f"{PEF}body/{PEF}volume")
    check(bool(volumes) and len(volumes) == len(root[1]), "body holds volumes only")
    for volume in volumes:
        attrs(volume, {"cols", "rows", "rowgap", "duplex"})
        cols, rows = positive(volume, "cols"), positive(volume, "rows")
        check(cols is not None and rows is not None, "volume/@cols and @rows required")
        check(positive(volume, "rowgap", zero=True) is not None, "volume/@rowgap required")
        check(volume.get("duplex") in ("true", "false"), "volume/@duplex true|false")
        check(len(volume) > 0 and all(s.tag == f"{PEF}section" for s in volume),
              "volume holds sections only, at least one")
        for section in volume:
            attrs(section, {"cols", "rows", "rowgap", "duplex"})
            s_cols = positive(section, "cols") or cols or 0
            s_rows = positive(section, "rows") or rows or 0
            check(len(section) > 0 and all(p.tag == f"{PEF}page" for p in section),
                  "section holds pages only, at least one")
            for page in section:
                attrs(page, {"rowgap"})
                check(all(r.tag == f"{PEF}row" for r in page), "page holds rows only")
                check(len(page) <= s_rows, f"page of {len(page)} rows > {s_rows}")
                for row in page:
                    attrs(row, {"rowgap"})
                    text = row.text or ""
                    check(len(row) == 0, "row holds no elements")
                    check(all(0x2800 <= ord(c) <= 0x28FF for c in text),
                          f"row holds non-braille characters: {text[:20]!r}")
                    check(len(text) <= s_cols, f"row of {len(text)} cells > {s_cols}")
    return problems


# ---- the tests -----------------------------------------------------------------------
@pytest.mark.parametrize("grade", [1, 2])
@pytest.mark.parametrize("source", sources(), ids=lambda p: p.name)
def test_back_translation_gives_the_article_words(source: Path, grade: int) -> None:
    ratio, strict, n = similarity(source, grade)
    print(f"{source.name} grade {grade}: similarity {ratio:.4f} (strict {strict:.4f}), "
          f"{n} words")
    assert ratio >= THRESHOLD[grade], (source.name, grade, ratio)


@pytest.mark.parametrize("grade", [1, 2])
@pytest.mark.parametrize("source", sources(), ids=lambda p: p.name)
def test_every_line_and_page_fits_and_every_pef_is_valid(source: Path, grade: int) -> None:
    brf, pef = edition(source, grade)
    assert set(brf.decode("ascii")) <= BRF_CHARS | {"\r", "\n", "\f"}
    pages = brf_pages(brf)
    assert all(len(page) <= 25 for page in pages), max(len(p) for p in pages)
    assert all(len(row) <= 40 for page in pages for row in page)
    assert pef_problems(pef) == []
    # The PEF holds the same pages as the BRF (dots 7-8 aside, which BRF cannot write).
    root = etree.fromstring(pef)
    pef_rows = ["".join(" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
                        [ord(c) & 0x3F] for c in (row.text or ""))
                for row in root.iter(f"{PEF}row")]
    assert pef_rows == [row for page in pages for row in page]
