"""Tables: a page's table is read as a Table block and every edition shows it as one.

An English and an Arabic page, each with a header row and three rows of data, are read
(trafilatura's ``table/row/cell role="head"``) and rendered: the large-print page and
the EPUB hold a real ``<table>`` with ``<th scope="col">`` header cells (axe-core finds
nothing on the page, EPUBCheck and Ace nothing in the book), the PDF tags it
``Table``/``TR``/``TH``/``TD`` and its text layer holds every cell's words, the
narration says every cell, the braille edition holds every cell. Markdown pipe tables
and the JSON form give the same block; the cost model's table-cell limit holds for them.
"""

from __future__ import annotations

import json
import re
import subprocess
import warnings
import zipfile
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from lxml import html as lhtml

from artexport import Article, ArticleError, Table, get_exporter, load_article
from artexport.model import block_texts, plain_text
from artexport.narration import AudioOptions, plan_speech
from artexport.resources import Limits
from artexport.text.speech import speech_text
from browser import launch
from conftest import ace_failures, ace_report
from epubcheck_reports import epubcheck_reports, problems

PAGE = """<!doctype html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>
<p>{before}</p>
<table>
<thead><tr>{head}</tr></thead>
<tbody>{rows}</tbody>
</table>
<p>{after}</p>
</article></body></html>
"""

EN = {
    "lang": "en", "dir": "ltr", "title": "Rainfall in the north this year",
    "before": "The northern provinces had more rain this year than in any of the last ten "
              "years, the weather office said on Monday in its yearly report on the "
              "country's climate, published with the figures of every station.",
    "after": "Farmers welcomed the rain, though some fields were flooded in the spring, and "
             "the office expects a drier year ahead, it said in the report on Monday.",
    "cells": [["Province", "Rainfall this year", "Rainfall last year"],
              ["Northland", "812 mm", "640 mm"],
              ["Eastmarch", "455 mm", "390 mm"],
              ["Westfold", "301 mm", "288 mm"]],
}
AR = {
    "lang": "ar", "dir": "rtl", "title": "أسعار الخضار في سوق المدينة",
    "before": "ارتفعت أسعار الخضار في سوق المدينة المركزي هذا الأسبوع بعد موجة الحر التي "
              "ضربت المنطقة، وقال التجار إن الكميات الواردة من المزارع قلت كثيرا عن "
              "الأسابيع الماضية.",
    "after": "ويتوقع التجار أن تعود الأسعار إلى مستواها المعتاد مع بداية الشهر المقبل إذا "
             "انخفضت درجات الحرارة كما تقول نشرة الأرصاد الجوية.",
    "cells": [["الصنف", "سعر الكيلو اليوم", "سعر الكيلو الأسبوع الماضي"],
              ["البندورة", "دينار ونصف", "دينار واحد"],
              ["الخيار", "ثلاثة أرباع الدينار", "نصف دينار"],
              ["البطاطا", "دينار واحد", "دينار إلا ربعا"]],
}
CASES = {"en": EN, "ar": AR}
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def cell_words(case: dict) -> Counter[str]:  # type: ignore[type-arg]
    return words(" ".join(c for row in case["cells"] for c in row))


def contains(found: Counter[str], wanted: Counter[str]) -> bool:
    return not (wanted - found)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    root = tmp_path_factory.mktemp("tables")
    out = {}
    for name, case in CASES.items():
        head, *body = case["cells"]
        page = PAGE.format(**case, head="".join(f"<th>{c}</th>" for c in head),
                           rows="".join("<tr>" + "".join(f"<td>{c}</td>" for c in row)
                                        + "</tr>" for row in body))
        path = root / f"{name}-table.html"
        path.write_text(page, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out[name] = load_article(path)
    return out


@pytest.fixture(scope="module")
def editions(articles: dict[str, Article],
             tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    root = tmp_path_factory.mktemp("table-editions")
    out: dict[str, dict[str, Path]] = {}
    for name, art in articles.items():
        out[name] = {}
        for fmt in ("html", "epub", "pdf", "braille"):
            paths = get_exporter(fmt)().export(art, root / name)
            out[name][fmt] = next(p for p in paths if p.suffix != ".pef")  # braille: BRF
    return out


def the_table(art: Article) -> Table:
    (table,) = [b for b in art.blocks if isinstance(b, Table)]
    return table


# ---- the model ------------------------------------------------------------------------

@pytest.mark.parametrize("name", CASES)
def test_a_page_table_is_a_table_with_its_header_row(articles: dict[str, Article],
                                                     name: str) -> None:
    art = articles[name]
    assert [b.kind for b in art.blocks] == ["paragraph", "table", "paragraph"]
    table = the_table(art)
    assert [[plain_text(c) for c in row] for row in table.rows] == CASES[name]["cells"]
    assert (table.header_rows, table.header_columns) == (1, 0)
    assert table.is_header(0, 2) and not table.is_header(1, 0)
    # one text line per cell: the narration says each one as its own sentence
    assert block_texts(table) == [c for row in CASES[name]["cells"] for c in row]


def test_a_header_column_has_row_scope(tmp_path: Path) -> None:
    # trafilatura keeps role="head" on the head row only, so a header column comes from
    # Markdown-less sources: the JSON form
    doc = {"title": "Rainfall", "lang": "en", "blocks": [
        {"kind": "paragraph", "text": "The rainfall of two provinces over two years."},
        {"kind": "table", "header_rows": 1, "header_columns": 1,
         "rows": [["", "2023", "2024"], ["Northland", "640", "812"],
                  ["Eastmarch", "390", "455"]]}]}
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    art = load_article(tmp_path / "a.json")
    tree = lhtml.fromstring(get_exporter("html")().render(art).data)
    assert [th.get("scope") for th in tree.xpath("//table//th")] == ["col"] * 3 + ["row"] * 2
    assert tree.xpath("//table//td/text()") == ["640", "812", "390", "455"]


def test_a_page_tables_caption_is_its_caption_above_its_header_row(tmp_path: Path) -> None:
    """trafilatura gives a <caption> as a first row of one cell: it is the table's
    caption again, and the row of <th> under it the header row (it was a row of data,
    and the table had no header)."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Harbour costs</title></head><body>"
        "<article><h1>Harbour costs</h1><p>The council published what the harbour plan "
        "will cost over the next two years, year by year, on Monday.</p><table><caption>"
        "Costs by year</caption><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td>"
        "<td>1.2 million</td></tr><tr><td>2026</td><td>0.8 million</td></tr></table>"
        "<p>The plan goes to a public meeting in the town hall next month, the council "
        "said in a statement.</p></article></body></html>", encoding="utf-8")
    table = next(b for b in load_article(page).blocks if isinstance(b, Table))
    assert plain_text(table.caption) == "Costs by year"
    assert table.header_rows == 1
    assert [[plain_text(c) for c in row] for row in table.rows] == [
        ["Year", "Cost"], ["2025", "1.2 million"], ["2026", "0.8 million"]]


def test_json_form_round_trips(articles: dict[str, Article], tmp_path: Path) -> None:
    art = articles["ar"]
    data = json.loads(art.to_json())
    (block,) = [b for b in data["blocks"] if b["kind"] == "table"]
    assert block["header_rows"] == 1 and len(block["rows"]) == 4
    (tmp_path / "article.json").write_text(art.to_json(), encoding="utf-8")
    assert load_article(tmp_path / "article.json").blocks == art.blocks


def test_json_table_cells_may_be_strings_with_a_caption(tmp_path: Path) -> None:
    doc = {"title": "Scores", "lang": "en", "blocks": [
        {"kind": "paragraph", "text": "The scores of the weekend's matches were these."},
        {"kind": "table", "caption": "Weekend scores", "header_rows": 1,
         "rows": [["Home", "Away", "Score"], ["Rovers", "United", "2–1"]]}]}
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    table = the_table(load_article(tmp_path / "a.json"))
    assert plain_text(table.caption) == "Weekend scores"
    assert block_texts(table)[0] == "Weekend scores"
    page = lhtml.fromstring(get_exporter("html")().render(load_article(tmp_path / "a.json")).data)
    (region,) = page.xpath("//div[@role='region']")
    assert region.get("aria-labelledby") == page.xpath("//table/caption/@id")[0]
    assert page.xpath("string(//table/caption)") == "Weekend scores"


def test_markdown_pipe_table_is_a_table(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Scores\n---\n\nThe scores of the weekend's matches were these.\n\n"
        "| Home | Away | Score |\n|---|---|---|\n| Rovers | United | 2–1 |\n| City |\n",
        encoding="utf-8")
    table = the_table(load_article(tmp_path / "a.md"))
    assert table.header_rows == 1
    assert [[plain_text(c) for c in r] for r in table.rows] == [
        ["Home", "Away", "Score"], ["Rovers", "United", "2–1"], ["City", "", ""]]


def test_table_cell_limit_holds_for_markdown(tmp_path: Path) -> None:
    rows = "\n".join("| a | b |" for _ in range(20))
    (tmp_path / "a.md").write_text(f"---\ntitle: Big\n---\n\nText.\n\n| x | y |\n|---|---|\n"
                                   f"{rows}\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="max_table_cells"):
        load_article(tmp_path / "a.md", limits=Limits(max_table_cells=10))


# ---- the editions ---------------------------------------------------------------------

@pytest.mark.parametrize("name", CASES)
def test_html_page_has_a_real_table(editions: dict[str, dict[str, Path]], name: str) -> None:
    tree = lhtml.fromstring(editions[name]["html"].read_bytes())
    (region,) = tree.xpath("//div[@class='table-scroll']")
    assert region.get("role") == "region" and region.get("tabindex") == "0"
    assert region.get("aria-label")
    heads = region.xpath(".//table//th")
    assert [th.get("scope") for th in heads] == ["col"] * 3
    assert [th.text_content() for th in heads] == CASES[name]["cells"][0]
    assert [[td.text_content() for td in tr.xpath("td")] for tr in region.xpath(".//tr")[1:]] \
        == CASES[name]["cells"][1:]


@pytest.mark.slow
def test_axe_finds_nothing_on_the_table_pages(editions: dict[str, dict[str, Path]]) -> None:
    with launch() as browser:
        for name in CASES:
            page = browser.open(editions[name]["html"])
            try:
                assert page.axe() == [], name
            finally:
                page.close()


def _epub_body(book: Path) -> etree._Element:
    with zipfile.ZipFile(book) as z:
        name = next(n for n in z.namelist() if n.endswith("article.xhtml"))
        return etree.fromstring(z.read(name))


@pytest.mark.parametrize("name", CASES)
def test_epub_has_a_real_table(editions: dict[str, dict[str, Path]], name: str) -> None:
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    root = _epub_body(editions[name]["epub"])
    heads = root.xpath("//x:table//x:th", namespaces=ns)
    assert [th.get("scope") for th in heads] == ["col"] * 3
    assert ["".join(th.itertext()) for th in heads] == CASES[name]["cells"][0]
    cells = ["".join(td.itertext()) for td in root.xpath("//x:table//x:td", namespaces=ns)]
    assert cells == [c for row in CASES[name]["cells"][1:] for c in row]


@pytest.mark.slow
def test_epubcheck_passes(editions: dict[str, dict[str, Path]]) -> None:
    reports = epubcheck_reports([editions[name]["epub"] for name in CASES])
    assert {p.name: problems(r) for p, r in reports.items() if problems(r)} == {}


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_ace_passes(editions: dict[str, dict[str, Path]], name: str, tmp_path: Path) -> None:
    assert ace_failures(ace_report(editions[name]["epub"], tmp_path)) == []


@pytest.mark.parametrize("name", CASES)
def test_pdf_tags_the_table_and_shows_every_cell(editions: dict[str, dict[str, Path]],
                                                 name: str) -> None:
    path = editions[name]["pdf"]
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True, timeout=120).stdout.decode()
    assert contains(words(text), cell_words(CASES[name]))
    with pikepdf.open(path) as pdf:
        roles = Counter(str(e.get("/S")) for e in _struct(pdf.Root.StructTreeRoot))
        heads = [e for e in _struct(pdf.Root.StructTreeRoot) if e.get("/S") == "/TH"]
        assert all(str(e.A.Scope) == "/Column" for e in heads)
    assert roles["/Table"] == 1 and roles["/TR"] == 4
    assert roles["/TH"] == 3 and roles["/TD"] == 9


def _struct(node: object) -> list[pikepdf.Dictionary]:
    out: list[pikepdf.Dictionary] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, pikepdf.Array):
            stack.extend(n)
        elif isinstance(n, pikepdf.Dictionary) and "/K" in n:
            if "/S" in n:
                out.append(n)
            stack.append(n.K)
    return out


@pytest.mark.parametrize("name", CASES)
def test_narration_says_every_cell_apart(articles: dict[str, Article], name: str) -> None:
    plan = plan_speech(articles[name], AudioOptions(cache_dir=None, diacritize=False))
    said = [s.text.strip() for s in plan]
    for cell in (c for row in CASES[name]["cells"] for c in row):
        assert cell in said  # each cell its own sentence: a pause between cells


@pytest.mark.parametrize("name", CASES)
def test_narration_says_a_cells_column_before_it(articles: dict[str, Article],
                                                 name: str) -> None:
    """Heard cell after cell, "812 mm, 640 mm" lose their columns: each data cell is
    said after its column header, as a screen reader announces it; the header row
    itself, and the text the editions mark, stay the cells'."""
    plan = plan_speech(articles[name], AudioOptions(cache_dir=None, diacritize=False))
    said = [(s.text.strip(), " ".join(s.speech.split())) for s in plan if s.block == 1]
    head, *rows = CASES[name]["cells"]
    expected = [(column, speech_text(column, name)) for column in head] + [
        (cell, speech_text(f"{column}: {cell}", name))
        for row in rows for column, cell in zip(head, row, strict=True)]
    assert said == [(text, " ".join(speech.split())) for text, speech in expected]


@pytest.mark.parametrize("name", CASES)
def test_braille_holds_every_cell(editions: dict[str, dict[str, Path]], name: str) -> None:
    from artexport.exporters.braille.tables import choose_code
    from test_braille import read
    from test_braille_fidelity import brf_pages, text_rows

    brf = editions[name]["braille"]
    rows = text_rows(brf_pages(brf.read_bytes()))
    back = read(rows, choose_code(name, 1).name)
    assert contains(words(back.lower()), words(" ".join(
        c for row in CASES[name]["cells"] for c in row).lower()))


def test_read_along_marks_each_cell(articles: dict[str, Article], tmp_path: Path) -> None:
    from artexport.exporters.html import LargePrintHtmlExporter

    (page,) = LargePrintHtmlExporter({"with_audio": "yes"}).export(articles["en"], tmp_path)
    tree = lhtml.fromstring(page.read_bytes())
    cells = tree.xpath("//table//th | //table//td")
    # every cell is one spoken sentence, highlighted inside its own cell
    assert [c.xpath("string(span/@id)") for c in cells] == [f"s-1-{n}" for n in range(12)]
    assert [c.xpath("string(span)") for c in cells] == [
        c for row in EN["cells"] for c in row]
