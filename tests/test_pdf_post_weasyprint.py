"""The WeasyPrint releases the PDF post-pass is written for, and what it assumes of them.

The post-pass rewrites WeasyPrint's content streams and structure tree, so it depends on
how WeasyPrint writes them. pyproject declares the range it was checked against
(``SUPPORTED_WEASYPRINT``); these tests fail when the installed WeasyPrint leaves that
range or stops writing files the way the steps expect, so a WeasyPrint upgrade is
re-checked before it ships. Checked in December 2026 by running tests/test_pdf_*.py
against each release: 69.0 and 70.0 pass; 68.1 warns on the print stylesheet
(``padding-block``), 67 and older lack the URL fetcher class the resource guard needs.
"""

from __future__ import annotations

import importlib.metadata
import io
import itertools
import tomllib
import unicodedata

import pikepdf
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from artexport.exporters.pdf import PdfExporter
from artexport.exporters.pdf_post import SUPPORTED_WEASYPRINT, structure
from artexport.exporters.pdf_post.content import text_objects
from artexport.exporters.pdf_post.fonts import FontCache, packaged_font
from artexport.model import Article, Paragraph, Span
from conftest import ROOT

# Written for these tests.
TEXT = ("ذَهَبَ الطُّلَّابُ إِلَى المَكْتَبَةِ صَبَاحًا وَقَرَؤُوا كُتُبًا كَثِيرَةً "
        "بين 2011-2024 عن App Store.")


def declared() -> SpecifierSet:
    with open(ROOT / "pyproject.toml", "rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    (spec,) = [Requirement(d).specifier for d in deps if Requirement(d).name == "weasyprint"]
    return spec


def test_pyproject_declares_the_range_the_post_pass_supports() -> None:
    assert declared() == SpecifierSet(SUPPORTED_WEASYPRINT)
    assert declared().contains("70.0") and not declared().contains("71.0")


def test_installed_weasyprint_is_in_that_range() -> None:
    version = importlib.metadata.version("weasyprint")
    assert SpecifierSet(SUPPORTED_WEASYPRINT).contains(version), version


def untouched_pdf() -> bytes:
    """A two-page Arabic article as WeasyPrint writes it (every post-pass step off)."""
    blocks = tuple(Paragraph((Span(unicodedata.normalize("NFC", TEXT)),)) for _ in range(30))
    article = Article(slug="shape", title="شكل الملف", lang="ar", direction="rtl",
                      blocks=blocks, publisher="مكتبة المدينة")
    options = {"text_layer": False, "artifacts": False, "font_patch": False,
               "element_lang": False}
    return PdfExporter(options).render(article).data


def test_weasyprint_writes_what_the_post_pass_reads() -> None:
    with pikepdf.open(io.BytesIO(untouched_pdf())) as pdf:
        assert len(pdf.pages) >= 2
        fonts = FontCache(pdf, packaged_font, patch=False)
        tree = structure.parent_tree(pdf)
        reachable = {e.objgen for e in structure.elements(pdf)}
        orphans = 0
        for page in pdf.pages:
            page_fonts = fonts.page(page)
            # two-byte fonts with a text map: the only kind the text layer models
            assert page_fonts and all(f is not None for f in page_fonts.values())
            ops = pikepdf.parse_content_stream(page)
            objects = [s for s in text_objects(ops, page_fonts)
                       if any(str(i.operator) in ("TJ", "Tj")
                              for i in ops[s.start:s.end])]
            # one line per text object, nothing the model does not cover
            assert objects and all(s.glyphs is not None for s in objects)
            # each in marked content whose element the parent tree names
            elements = structure.page_elements(page, tree)
            assert all(s.mcid is not None and s.mcid < len(elements) for s in objects)
            orphans += sum(1 for e in elements if e.objgen not in reachable)
        # running head and page numbers: tagged under elements outside the tree
        # (what the artifacts step turns into pagination artifacts)
        assert orphans >= 3
        # no element says its language (what the element_lang step adds)
        assert not [e for e in structure.elements(pdf) if "/Lang" in e]
        # Arabic lines drawn in visual order (what the text layer step puts right): the
        # letters run left to right on the page, so a word reads backwards in the stream
        body = next(s for page in pdf.pages
                    for s in text_objects(pikepdf.parse_content_stream(page),
                                          fonts.page(page))
                    if s.glyphs and any(g.is_mark for g in s.glyphs))
        assert body.glyphs is not None
        letters = [g for g in body.glyphs if not g.is_mark]
        assert all(a.x <= b.x for a, b in itertools.pairwise(letters))
        backwards = "".join(g.text for g in reversed(letters))
        assert "ذهب" in backwards and "الطلاب" in backwards
