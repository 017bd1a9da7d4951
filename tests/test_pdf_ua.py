"""The PDF/UA-1 claim, checked by the structure rules it rests on.

The README says the PDF edition is a tagged PDF/UA-1 document. No full PDF/UA validator
(veraPDF) runs here; this module checks, with pikepdf, the machine-checkable rules of
ISO 14289-1 that a reader or a screen reader depends on, on every bundled example and on
an article written for this test (a link, a figure, a list, a quote, a table, nested
headings):

* tagged: ``/MarkInfo /Marked true``, a ``/StructTreeRoot`` with a ``/ParentTree``;
* all content in structure elements or artifacts: every text, image and path operator
  on every page sits inside a marked-content sequence that is an ``/Artifact`` or has an
  ``/MCID``, and every MCID is claimed by a structure element through the parent tree;
* ``/Lang`` on the catalog, the article's language;
* a title: ``dc:title`` in the XMP metadata, shown (``/DisplayDocTitle true``), and
  ``pdfuaid:part`` 1;
* alternative text: every ``Figure`` (after the role map) has ``/Alt`` or ``/ActualText``;
* heading order: the first heading is ``H1`` and no heading skips a level going down;
* tables: every ``TH`` has a ``/Scope`` (``/Column`` for the header row);
* no untagged annotation: each annotation has a ``/StructParent`` that leads to an
  ``OBJR`` in a structure element, link annotations carry ``/Contents``, and pages with
  annotations set ``/Tabs /S``;
* every font embedded.

What is not verified here: the rules that need a human or a full validator (that alt
text is meaningful, that the reading order of the tags is the logical one beyond the
text-extraction tests in test_pdf_export.py, colour contrast, every Matterhorn failure
condition). See the README's "Testing" section.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage

from artexport import load_article
from artexport.exporters.pdf import PdfExporter
from conftest import EXAMPLES, example_dirs
from test_properties import unembedded_fonts

# Written for this test: every kind of block a PDF/UA reader must meet.
CRAFTED_MD = """\
---
title: دليل الحديقة العامة
lang: ar
authors: [سلمى ناصر]
publisher: نشرة الاختبار
published: 2025-05-02T08:00:00+03:00
---

تفتح [الحديقة العامة](https://example.org/park) أبوابها كل صباح للزوار من كل الأعمار.

## المداخل

للحديقة ثلاثة مداخل:

- المدخل الشمالي قرب المدرسة
- المدخل الشرقي قرب السوق
- المدخل الغربي قرب الملعب

### ساعات العمل

> الحديقة مفتوحة من السادسة صباحا حتى العاشرة مساء.
> — إدارة الحدائق

![خريطة الحديقة ومداخلها الثلاثة](map.png)

## الخدمات

فيها مقاعد وماء للشرب ودورات مياه.

| الخدمة | المكان |
|---|---|
| مقاعد | قرب البحيرة |
| ماء للشرب | عند كل مدخل |
"""

# Operators that put marks on the page: text, images and inline images, paths.
_TEXT = {"Tj", "TJ", "'", '"'}
_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"}
_DRAW = _TEXT | _PAINT | {"Do", "INLINE IMAGE"}


@dataclass
class Document:
    name: str
    lang: str
    pdf: pikepdf.Pdf
    role_map: dict[str, str] = field(default_factory=dict)

    def role(self, element: pikepdf.Dictionary) -> str:
        name = str(element.get("/S", "")).lstrip("/")
        return self.role_map.get(name, name)


def _crafted(root: Path) -> Path:
    folder = root / "crafted"
    folder.mkdir()
    (folder / "article.md").write_text(CRAFTED_MD, encoding="utf-8")
    PILImage.new("RGB", (120, 80), (30, 110, 60)).save(folder / "map.png")
    return folder


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Document]]:
    root = tmp_path_factory.mktemp("pdf-ua")
    sources = {p.name: p for p in example_dirs()} | {"crafted": _crafted(root)}
    docs = {}
    for name, source in sources.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(source)
            (path,) = PdfExporter().export(article, root / name)
        docs[name] = Document(name, article.lang, pikepdf.open(path))
        role_map = docs[name].pdf.Root.StructTreeRoot.get("/RoleMap", {})
        docs[name].role_map = {str(k).lstrip("/"): str(v).lstrip("/")
                               for k, v in dict(role_map).items()}
    yield docs
    for doc in docs.values():
        doc.pdf.close()


NAMES = [p.name for p in example_dirs()] + ["crafted"]


@pytest.fixture(params=NAMES)
def doc(request: pytest.FixtureRequest, documents: dict[str, Document]) -> Document:
    return documents[request.param]


def _elements(node: Any) -> Iterator[pikepdf.Dictionary]:
    """The structure elements under ``node`` in document order (depth first)."""
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if kids is None:
        return
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _elements(kid)


def _parent_tree(pdf: pikepdf.Pdf) -> dict[int, Any]:
    """The parent tree as a dict (number tree, flat or with /Kids)."""
    out: dict[int, Any] = {}

    def walk(node: Any) -> None:
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums), 2):
                out[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    walk(pdf.Root.StructTreeRoot.ParentTree)
    return out


# ---- tagged -----------------------------------------------------------------------------

def test_marked_with_a_structure_tree_and_a_parent_tree(doc: Document) -> None:
    root = doc.pdf.Root
    assert bool(root.MarkInfo.Marked) is True
    tree = root.StructTreeRoot
    assert "/ParentTree" in tree
    roles = [doc.role(e) for e in _elements(tree)]
    assert roles[0] == "Document"
    assert "P" in roles and "H1" in roles


def test_all_content_is_tagged_or_an_artifact(doc: Document) -> None:
    parents = _parent_tree(doc.pdf)
    drawn = 0
    for number, page in enumerate(doc.pdf.pages, 1):
        stack: list[tuple[str, int | None]] = []
        untagged: list[str] = []
        mcids: list[int] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])
                props = operands[1] if op == "BDC" else None
                mcid = int(props["/MCID"]) if isinstance(props, pikepdf.Dictionary) and \
                    "/MCID" in props else None
                stack.append((tag, mcid))
                if mcid is not None:
                    mcids.append(mcid)
            elif op == "EMC":
                assert stack, f"page {number}: EMC without BMC/BDC"
                stack.pop()
            elif op in _DRAW:
                drawn += 1
                covered = any(tag == "/Artifact" or mcid is not None for tag, mcid in stack)
                if not covered:
                    untagged.append(op)
        assert stack == [], f"page {number}: marked content left open"
        assert untagged == [], f"page {number}: {len(untagged)} untagged operators"
        if mcids:  # each MCID is claimed by a structure element through the parent tree
            claimed = parents[int(page.obj.StructParents)]
            assert len(claimed) > max(mcids), f"page {number}"
            assert all(isinstance(claimed[m], pikepdf.Dictionary) and "/S" in claimed[m]
                       for m in mcids), f"page {number}"
    assert drawn > 0  # the pages were read


# ---- language, title --------------------------------------------------------------------

def test_document_language_is_the_articles(doc: Document) -> None:
    assert str(doc.pdf.Root.Lang) == doc.lang


def test_title_is_in_the_metadata_and_shown(doc: Document) -> None:
    with doc.pdf.open_metadata() as meta:
        title = meta.get("dc:title", "")
        part = meta.get("pdfuaid:part", "")
    assert str(title).strip()
    assert str(part) == "1"
    assert bool(doc.pdf.Root.ViewerPreferences.DisplayDocTitle) is True


# ---- figures, headings --------------------------------------------------------------------

def test_every_figure_has_alternative_text(doc: Document) -> None:
    figures = [e for e in _elements(doc.pdf.Root.StructTreeRoot) if doc.role(e) == "Figure"]
    for figure in figures:
        alt = str(figure.get("/Alt", "")) or str(figure.get("/ActualText", ""))
        assert alt.strip(), doc.name
    if doc.name == "crafted":
        assert [str(f.Alt) for f in figures] == ["خريطة الحديقة ومداخلها الثلاثة"]


def test_headings_start_at_h1_and_never_skip_a_level(doc: Document) -> None:
    levels = [int(r[1]) for e in _elements(doc.pdf.Root.StructTreeRoot)
              if re.fullmatch(r"H[1-6]", r := doc.role(e))]
    assert levels and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels
    if doc.name == "crafted":
        assert levels == [1, 2, 3, 2]


# ---- annotations, fonts -------------------------------------------------------------------

def test_no_untagged_annotation(doc: Document) -> None:
    parents = _parent_tree(doc.pdf)
    links = 0
    for number, page in enumerate(doc.pdf.pages, 1):
        annots = page.obj.get("/Annots", [])
        if len(annots):
            assert str(page.obj.get("/Tabs")) == "/S", f"page {number}: tab order"
        for annot in annots:
            if annot.get("/Subtype") == "/Popup":
                continue  # a popup belongs to its parent annotation
            assert "/StructParent" in annot, f"page {number}: untagged {annot.Subtype}"
            element = parents[int(annot.StructParent)]
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                       and k.Obj.objgen == annot.objgen for k in kids), f"page {number}"
            if annot.get("/Subtype") == "/Link":
                links += 1
                assert str(annot.get("/Contents", "")).strip(), f"page {number}: link text"
    if doc.name == "crafted":
        assert links >= 1


def test_every_table_header_cell_has_a_scope(documents: dict[str, Document]) -> None:
    doc = documents["crafted"]
    heads = [e for e in _elements(doc.pdf.Root.StructTreeRoot) if doc.role(e) == "TH"]
    assert len(heads) == 2
    assert all(str(e.A.Scope) == "/Column" for e in heads)


def test_every_font_is_embedded(doc: Document) -> None:
    assert unembedded_fonts(doc.pdf) == []


def test_the_crafted_article_has_every_block_kind(documents: dict[str, Document]) -> None:
    doc = documents["crafted"]
    roles = {doc.role(e) for e in _elements(doc.pdf.Root.StructTreeRoot)}
    assert {"H1", "H2", "H3", "P", "L", "LI", "Figure", "Link", "Table", "TR", "TH",
            "TD"} <= roles, roles
    assert EXAMPLES.is_dir()
