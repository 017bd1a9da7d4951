"""Lists inside lists: a sub-item stays under the item it belongs to in the model and in
every edition (a list inside the item's <li> in the large-print page and the book, an L
inside the LI in the PDF's tags, two cells further in in braille), not a sibling of it.
The articles were written for these tests."""

from __future__ import annotations

import io
import json
import subprocess
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from lxml import etree
from lxml import html as lxml_html

from artexport import load_article
from artexport.exporters.braille.exporter import BrailleExporter
from artexport.exporters.epub import EpubExporter
from artexport.exporters.html import LargePrintHtmlExporter
from artexport.exporters.pdf import PdfExporter
from artexport.model import (
    MAX_LIST_DEPTH,
    Article,
    ListBlock,
    Span,
    item_levels,
    list_tree,
    plain_text,
)

MARKDOWN = """\
---
title: The harbour plan
lang: en
---

The council published its plan for the harbour on Monday.

- Transport
  - A second ferry from April
  - A night bus on Fridays
- Housing

  Forty new homes by the quay, the plan says.

  1. Twenty for rent
  2. Twenty for sale
- Parks

The plan goes to a public meeting next month.
"""

ITEMS = ["Transport", "A second ferry from April", "A night bus on Fridays",
         "Housing Forty new homes by the quay, the plan says.", "Twenty for rent",
         "Twenty for sale", "Parks"]
LEVELS = (0, 1, 1, 0, 1, 1, 0)


def _load(path: Path) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_article(path)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Article:
    path = tmp_path_factory.mktemp("nested") / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return _load(path)


def _the_list(article: Article) -> ListBlock:
    return next(b for b in article.blocks if isinstance(b, ListBlock))


def test_markdown_keeps_each_items_depth_and_its_paragraphs_together(article: Article) -> None:
    block = _the_list(article)
    assert [plain_text(i) for i in block.items] == ITEMS
    assert block.levels == LEVELS


def test_the_json_form_keeps_the_depths(article: Article, tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(article.to_json(), encoding="utf-8")
    assert json.loads(path.read_text())["blocks"][1]["levels"] == list(LEVELS)
    assert _the_list(_load(path)).levels == LEVELS


def test_a_saved_page_keeps_its_nested_lists(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>The harbour plan</title></head><body>"
        "<article><h1>The harbour plan</h1><p>The council published its plan for the "
        "harbour on Monday, and it lists what will change over the next two years.</p>"
        "<ul><li>Transport<ul><li>A second ferry from April</li><li>A night bus on "
        "Fridays</li></ul></li><li>Housing</li></ul><p>The plan goes to a public meeting "
        "in the town hall next month, the council said in a statement.</p></article>"
        "</body></html>", encoding="utf-8")
    block = _the_list(_load(page))
    assert [plain_text(i) for i in block.items] == [*ITEMS[:3], "Housing"]
    assert block.levels == (0, 1, 1, 0)


def _local(el: Any) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _tree(items: Any) -> list[Any]:
    """(text, sub-items) for each <li> of a list element, as a reader's tree gives it."""
    out = []
    for li in (c for c in items if _local(c) == "li"):
        subs = [c for c in li if _local(c) in ("ul", "ol")]
        own = (li.text or "") + "".join(
            "".join(c.itertext()) + (c.tail or "") if c not in subs else (c.tail or "")
            for c in li)
        out.append((" ".join(own.split()), _tree(subs[0]) if subs else []))
    return out


EXPECTED_TREE = [
    ("Transport", [("A second ferry from April", []), ("A night bus on Fridays", [])]),
    ("Housing Forty new homes by the quay, the plan says.",
     [("Twenty for rent", []), ("Twenty for sale", [])]),
    ("Parks", []),
]


def test_the_large_print_page_and_the_book_nest_the_lists(article: Article) -> None:
    page = lxml_html.fromstring(LargePrintHtmlExporter().render(article).data)
    outer = page.xpath("//main//ul")[0]
    assert _tree(outer) == EXPECTED_TREE
    # the numbered list inside "Housing" is numbered, the one inside "Transport" is not
    assert [_local(el) for el in outer.iter() if _local(el) in ("ul", "ol")] == \
        ["ul", "ul", "ol"]
    book = EpubExporter().render(article).data

    with zipfile.ZipFile(io.BytesIO(book)) as z:
        name = next(n for n in z.namelist() if n.endswith(".xhtml") and "nav" not in n
                    and b"Transport" in z.read(n))
        doc = etree.fromstring(z.read(name))
    ul = doc.xpath("//x:ul", namespaces={"x": "http://www.w3.org/1999/xhtml"})[0]
    assert _tree(ul) == EXPECTED_TREE


def _kids(node: Any) -> Iterator[pikepdf.Dictionary]:
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid


def _lists(node: Any) -> Iterator[pikepdf.Dictionary]:
    for kid in _kids(node):
        if str(kid.get("/S")) == "/L":
            yield kid
        else:
            yield from _lists(kid)


def _list_shape(lst: pikepdf.Dictionary) -> list[str]:
    """The children of a tagged list: "LI", or "L" and its number of items."""
    return [str(kid.get("/S")).lstrip("/") + (
        str(sum(1 for k in _kids(kid) if str(k.get("/S")) == "/LI"))
        if str(kid.get("/S")) == "/L" else "") for kid in _kids(lst)]


def test_the_pdf_tags_a_list_inside_its_list(article: Article, tmp_path: Path) -> None:
    """WeasyPrint tags a nested list as an L in the outer L, right after the LI it
    belongs to (not in the LI's LBody): a screen reader still hears a list in a list."""
    (path,) = PdfExporter().export(article, tmp_path)
    with pikepdf.open(path) as pdf:
        outer = next(_lists(pdf.Root.StructTreeRoot))
        assert _list_shape(outer) == ["LI", "L2", "LI", "L2", "LI"]


def test_braille_sets_each_level_two_cells_further_in(article: Article) -> None:
    brf = BrailleExporter().render(article).data.decode("ascii")
    lines = brf.split("\r\n")
    # (the bullet and the numbers in Braille ASCII; each level starts two cells in)
    first = next(n for n, ln in enumerate(lines) if ln.lstrip().startswith("_4 ,TRANSPORT"))
    indents = [len(ln) - len(ln.lstrip()) for ln in lines[first:first + 3]]
    assert indents == [0, 2, 2]
    numbered = [ln.strip()[:3] for ln in lines if ln.strip().startswith(("#A4", "#B4"))]
    assert numbered == ["#A4", "#B4"]  # the nested numbered list starts again at 1


def _block(levels: tuple[int, ...], n: int) -> ListBlock:
    return ListBlock(tuple((Span(f"item {i}"),) for i in range(n)), levels=levels)


@pytest.mark.parametrize(("levels", "n", "expected"), [
    ((), 3, (0, 0, 0)),
    ((0, 1), 3, (0, 0, 0)),               # not one depth per item: a flat list
    ((2, 5, 1), 3, (0, 1, 1)),            # never deeper than one below the item before
    (tuple(range(20)), 20, tuple(min(i, MAX_LIST_DEPTH) for i in range(20))),
])
def test_depths_are_made_well_formed(levels: tuple[int, ...], n: int,
                                     expected: tuple[int, ...]) -> None:
    block = _block(levels, n)
    assert item_levels(block) == expected

    def count(nodes: Any) -> int:
        return sum(1 + count(node.children) for node in nodes)

    assert count(list_tree(block)) == n
    assert [node.position for node in list_tree(block)] == \
        [i for i, level in enumerate(expected) if level == 0]


# ---- a numbered list the source goes on counting -----------------------------------------

CONTINUED = """\
---
title: Fitting the panels
lang: en
---

1. Check the roof
2. Fix the rails
3. Run the cables

A photo of the rails follows in the print edition.

4. Mount the inverter
5. Switch on
"""


def test_a_list_that_goes_on_counting_keeps_its_numbers_in_every_edition(
        tmp_path: Path) -> None:
    """After a paragraph the source goes on at "4.": every edition says 4 and 5, not 1
    and 2 again (the JSON form keeps it too)."""
    path = tmp_path / "article.md"
    path.write_text(CONTINUED, encoding="utf-8")
    art = _load(path)
    assert [b.start for b in art.blocks if isinstance(b, ListBlock)] == [None, 4]
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "article.json").write_text(art.to_json(), encoding="utf-8")
    assert _load(tmp_path / "json" / "article.json").blocks == art.blocks
    page = lxml_html.document_fromstring(LargePrintHtmlExporter().render(art).data)
    assert [ol.get("start") for ol in page.iter("ol")] == [None, "4"]
    book = EpubExporter().render(art).data
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        body = next(z.read(n) for n in z.namelist() if n.endswith("article.xhtml"))
    starts = [ol.get("start") for ol in etree.fromstring(body).iter(
        "{http://www.w3.org/1999/xhtml}ol")]
    assert starts == [None, "4"]
    (pdf,) = PdfExporter({"running_head": False, "page_numbers": False}).export(
        art, tmp_path / "pdf")
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode()
    assert [ln.split()[0] for ln in text.splitlines() if ln[:1].isdigit()] == \
        ["1.", "2.", "3.", "4.", "5."]
    brf = BrailleExporter().render(art).data.decode("ascii")
    numbers = [ln.strip()[:3] for ln in brf.split("\r\n") if ln.strip()[:1] == "#"
               and ln.strip()[2:3] == "4"]
    assert numbers == ["#A4", "#B4", "#C4", "#D4", "#E4"]
