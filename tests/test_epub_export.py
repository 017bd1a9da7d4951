"""The EPUB 3 exporter: validity (EPUBCheck, Ace), reproducibility, accessibility
metadata derived from the content, package/spine/nav structure, text in reading order."""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree
from PIL import Image as PILImage

from artexport import (
    ArtexportWarning,
    Article,
    ExportError,
    Figure,
    Image,
    Paragraph,
    Span,
    export,
    load_article,
)
from artexport.exporters.epub import EpubExporter
from artexport.model import article_uuid, block_texts
from conftest import (
    CORPUS,
    EXAMPLES,
    ace_failures,
    ace_report,
    example_dirs,
    require_shared,
)
from epubcheck_reports import epubcheck_reports, problems

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
      "c": "urn:oasis:names:tc:opendocument:xmlns:container"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Fixture articles (text written for these tests).
PERSIAN_MD = """---
title: یادداشتی آزمایشی دربارهٔ کتاب‌های صوتی
lang: fa
authors: [مریم احمدی]
---

این متن فقط برای آزمودن خروجی کتاب الکترونیکی نوشته شده است و *Open Source* را نیز دارد.

## بخش نخست

پاراگراف دوم دربارهٔ کتابخانه‌ای کوچک در شهری کوچک است.

#### بخشی که سطحش جا افتاده است

در این بخش یک نمونه کد کوتاه آمده است:

```python
print("salam")
```

پایان یادداشت.
"""

# A language without a label table: the book's own words are English, marked as such.
# Yiddish: right to left in the Hebrew script, and no label table (Hebrew has one)
YIDDISH_MD = """---
title: אַ קורצע נאָטיץ פֿאַר דער פּראָבע
lang: yi
---

דאָס איז אַ קורצער טעקסט, געשריבן בלויז כּדי צו פּרובירן דעם עלעקטראָנישן בוך.
"""

NO_ALT_MD = """---
title: صورة بلا وصف في مقال تجريبي
lang: ar
published: 2022-01-05T09:00:00+02:00
---

فقرة أولى كُتبت لاختبار الصور التي لا تحمل نصًّا بديلًا.

![](photo.png "لقطة من الحديقة العامة")

فقرة أخيرة بعد الصورة.
"""



# ---- helpers ---------------------------------------------------------------------------

@dataclass
class Book:
    """An exported EPUB opened for inspection."""

    path: Path

    @property
    def zip(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(self.path)

    def read(self, name: str) -> bytes:
        with self.zip as z:
            return z.read(name)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.read(name), PARSER)

    @property
    def opf_path(self) -> str:
        container = self.xml("META-INF/container.xml")
        return str(container.find(".//c:rootfile", NS).get("full-path"))

    @property
    def opf(self) -> etree._Element:
        return self.xml(self.opf_path)

    def href(self, item: etree._Element) -> str:
        base = self.opf_path.rsplit("/", 1)[0]
        return f"{base}/{item.get('href')}"

    def manifest(self) -> dict[str, etree._Element]:
        return {i.get("id"): i for i in self.opf.findall("opf:manifest/opf:item", NS)}

    def spine(self) -> list[etree._Element]:
        return self.opf.findall("opf:spine/opf:itemref", NS)

    def spine_docs(self) -> list[str]:
        items = self.manifest()
        return [self.href(items[ref.get("idref")]) for ref in self.spine()]

    def metas(self, prop: str) -> list[str]:
        return [(m.text or "") for m in self.opf.findall("opf:metadata/opf:meta", NS)
                if m.get("property") == prop]

    def nav(self) -> etree._Element:
        (item,) = [i for i in self.manifest().values()
                   if "nav" in (i.get("properties") or "").split()]
        return self.xml(self.href(item))

    def spine_text(self) -> str:
        return "\n".join(_body_text(self.xml(d)) for d in self.spine_docs())


def _body_text(root: etree._Element) -> str:
    body = root.find("x:body", NS)
    return "".join(str(t) for t in (body if body is not None else root).itertext())


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _export(source: Path | Article, out: Path, **options: object) -> Book:
    article = source if isinstance(source, Article) else load_article(source)
    (path,) = export(article, "epub", out, options={"epub": options} if options else None)
    return Book(path)


def _png(path: Path) -> Path:
    PILImage.new("RGB", (60, 40), (20, 90, 160)).save(path)
    return path


# ---- fixtures --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def fixture_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("articles")
    (root / "fa-notes").mkdir()
    (root / "fa-notes" / "article.md").write_text(PERSIAN_MD, encoding="utf-8")
    (root / "yi-notes").mkdir()
    (root / "yi-notes" / "article.md").write_text(YIDDISH_MD, encoding="utf-8")
    (root / "ar-no-alt").mkdir()
    (root / "ar-no-alt" / "article.md").write_text(NO_ALT_MD, encoding="utf-8")
    _png(root / "ar-no-alt" / "photo.png")
    return {p.name: p for p in root.iterdir()}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory,
          fixture_dirs: dict[str, Path]) -> dict[str, Book]:
    """Every example and fixture article, exported once for the whole module."""
    out = tmp_path_factory.mktemp("epub")
    sources = {p.name: p for p in example_dirs()} | fixture_dirs
    return {name: _export(src, out) for name, src in sources.items()}


# ---- validity --------------------------------------------------------------------------

# two real-world articles: the longest, and the one with Latin names and URLs in Arabic
CORPUS_BOOKS = ("08-sa-aawsat-king-salman-100-days-very-long",
                "11-sa-aawsat-arab-app-developers-mixed-latin-urls")


@pytest.mark.slow
def test_epubcheck_reports_nothing_on_every_example(books: dict[str, Book]) -> None:
    reports = epubcheck_reports([b.path for b in books.values()])
    found = {p.name: problems(r) for p, r in reports.items() if problems(r)}
    assert found == {}
    assert len(reports) == len(books)
    for report in reports.values():
        checker = report["checker"]
        assert isinstance(checker, dict)
        assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0)


@pytest.mark.slow
@pytest.mark.parametrize("name", CORPUS_BOOKS)
def test_epubcheck_and_ace_report_nothing_on_a_corpus_article(name: str,
                                                               tmp_path: Path) -> None:
    book = _export(require_shared(CORPUS / f"{name}.json"), tmp_path).path
    reports = epubcheck_reports([book])
    found = {p.name: problems(r) for p, r in reports.items() if problems(r)}
    assert found == {}
    for report in reports.values():
        checker = report["checker"]
        assert isinstance(checker, dict)
        assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0)
    assert ace_failures(ace_report(book, tmp_path)) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", [p.name for p in example_dirs()])
def test_ace_finds_no_accessibility_violation(name: str, books: dict[str, Book],
                                              tmp_path: Path) -> None:
    report = ace_report(books[name].path, tmp_path)
    assert ace_failures(report) == []
    assert len(report["assertions"]) >= 3  # cover, article and nav were all checked


# ---- reproducibility -------------------------------------------------------------------

def test_two_exports_are_byte_identical(example: Path, books: dict[str, Book],
                                        tmp_path: Path) -> None:
    again = _export(example, tmp_path)
    assert again.path.read_bytes() == books[example.name].path.read_bytes()


def test_zip_has_mimetype_first_and_the_articles_time(books: dict[str, Book]) -> None:
    with books["ar-library-audiobooks"].zip as z:
        infos = z.infolist()
    first = infos[0]
    assert (first.filename, first.compress_type, first.extra) == ("mimetype",
                                                                    zipfile.ZIP_STORED, b"")
    # updated: 2024-03-14T18:40+03:00 -> 15:40 UTC on every entry
    assert {i.date_time for i in infos} == {(2024, 3, 14, 15, 40, 0)}
    assert books["ar-library-audiobooks"].metas("dcterms:modified") == ["2024-03-14T15:40:00Z"]


def test_modified_uses_published_then_a_fixed_date(books: dict[str, Book]) -> None:
    # only published: 2023-11-02T08:00+02:00
    assert books["ar-solar-explainer"].metas("dcterms:modified") == ["2023-11-02T06:00:00Z"]
    # no date at all: a fixed instant, never the clock
    assert books["fa-notes"].metas("dcterms:modified") == ["1980-01-01T00:00:00Z"]


# ---- package metadata ------------------------------------------------------------------

def test_package_language_direction_and_publisher_metadata(books: dict[str, Book]) -> None:
    book = books["ar-library-audiobooks"]
    opf = book.opf
    article = load_article(example_dirs()[0])
    assert article.slug == "ar-library-audiobooks"
    assert opf.get(XML_LANG) == "ar"
    assert opf.get("dir") == "rtl"
    assert opf.findtext("opf:metadata/dc:language", namespaces=NS) == "ar"
    assert opf.find("opf:spine", NS).get("page-progression-direction") == "rtl"
    uid = opf.find(f"opf:metadata/dc:identifier[@id='{opf.get('unique-identifier')}']", NS)
    assert uid.text == f"urn:uuid:{article_uuid(article)}"
    md = opf.find("opf:metadata", NS)
    assert md.findtext("dc:title", namespaces=NS) == article.title
    assert [c.text for c in md.findall("dc:creator", NS)] == ["سلمى الحدّاد"]
    assert md.findtext("dc:publisher", namespaces=NS) == "نشرة المدينة"
    assert md.findtext("dc:date", namespaces=NS) == "2024-03-14T07:15:00Z"
    assert [s.text for s in md.findall("dc:subject", NS)] == ["ثقافة", "مكتبات", "إتاحة",
                                                              "كتب مسموعة"]
    assert md.findtext("dc:description", namespaces=NS) == article.summary


def test_the_book_is_listed_on_the_articles_own_day(tmp_path: Path) -> None:
    """``dc:date`` in UTC put an article of 8 February on the 7th in a reading system's
    library; EPUBCheck accepts the day alone and a time with its offset."""
    cases = {"2019-02-08T00:00:00+01:00": "2019-02-08",  # a day alone (a Tunisian paper)
             "2019-02-08T00:30:00+01:00": "2019-02-08T00:30:00+01:00",  # (UTC: the 7th)
             "2019-02-08T10:15:00+03:00": "2019-02-08T07:15:00Z"}
    base = load_article(example_dirs()[2])
    books = [_export(replace(base, published=datetime.fromisoformat(published)),
                     tmp_path / str(n)) for n, published in enumerate(cases)]
    assert [b.opf.findtext("opf:metadata/dc:date", namespaces=NS) for b in books] == \
        list(cases.values())
    reports = epubcheck_reports([b.path for b in books])
    assert all(not problems(reports[b.path]) for b in books)


def test_latin_article_progresses_left_to_right(books: dict[str, Book]) -> None:
    opf = books["en-river-cleanup"].opf
    assert opf.get(XML_LANG) == "en"
    assert opf.find("opf:spine", NS).get("page-progression-direction") == "ltr"


# ---- accessibility metadata, derived from the content --------------------------------

def test_a11y_metadata_for_an_article_with_described_images(books: dict[str, Book]) -> None:
    book = books["ar-library-audiobooks"]
    assert sorted(book.metas("schema:accessMode")) == ["textual", "visual"]
    assert sorted(book.metas("schema:accessModeSufficient")) == ["textual", "textual,visual"]
    assert "alternativeText" in book.metas("schema:accessibilityFeature")
    assert {"structuralNavigation", "tableOfContents", "readingOrder",
            "displayTransformability"} <= set(book.metas("schema:accessibilityFeature"))
    assert book.metas("schema:accessibilityHazard") == ["none"]
    assert book.metas("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]
    assert book.metas("a11y:certifiedBy") == ["artexport"]
    (summary,) = book.metas("schema:accessibilitySummary")
    assert "نص بديل" in summary.replace("ّ", "")  # Arabic, and it tells about the images


def test_a11y_metadata_for_an_article_without_images(books: dict[str, Book]) -> None:
    book = books["en-river-cleanup"]
    assert book.metas("schema:accessMode") == ["textual"]
    assert book.metas("schema:accessModeSufficient") == ["textual"]
    assert "alternativeText" not in book.metas("schema:accessibilityFeature")
    (summary,) = book.metas("schema:accessibilitySummary")
    assert "no images" in summary


def test_a11y_metadata_for_an_image_with_empty_alt(books: dict[str, Book]) -> None:
    book = books["ar-no-alt"]
    assert "visual" in book.metas("schema:accessMode")
    assert "alternativeText" not in book.metas("schema:accessibilityFeature")
    # without a text alternative the text alone is not enough
    assert book.metas("schema:accessModeSufficient") == ["textual,visual"]
    (summary,) = book.metas("schema:accessibilitySummary")
    assert "بلا نص" in summary.replace("ّ", "")


def test_certifier_is_a_publisher_option(tmp_path: Path) -> None:
    book = _export(example_dirs()[0], tmp_path, certified_by="مختبر الإتاحة")
    assert book.metas("a11y:certifiedBy") == ["مختبر الإتاحة"]


def test_summary_is_in_the_books_language_or_marked_english(books: dict[str, Book]) -> None:
    def summaries(name: str) -> list[tuple[str | None, str]]:
        return [(m.get(XML_LANG), m.text or "")
                for m in books[name].opf.findall("opf:metadata/opf:meta", NS)
                if m.get("property") == "schema:accessibilitySummary"]

    ((lang, text),) = summaries("fa-notes")
    assert lang is None and text.startswith("نسخه الکترونیکی دسترس‌پذیر مقاله «")
    ((lang, text),) = summaries("yi-notes")  # no Yiddish table: English, marked
    assert lang == "en" and text.startswith("An accessible edition")


# ---- documents, navigation, cover ----------------------------------------------------

def test_every_content_document_has_language_and_direction(books: dict[str, Book]) -> None:
    for name, book in books.items():
        docs = [book.href(i) for i in book.manifest().values()
                if i.get("media-type") == "application/xhtml+xml"]
        for doc in docs:
            root = book.xml(doc)
            expected = "ltr" if name.startswith("en-") else "rtl"
            assert (root.get("lang"), root.get(XML_LANG), root.get("dir")) == \
                (book.opf.get(XML_LANG),) * 2 + (expected,), f"{name} {doc}"


def test_nav_has_nested_toc_and_landmarks_that_resolve(books: dict[str, Book]) -> None:
    book = books["ar-solar-explainer"]
    nav = book.nav()
    (toc,) = [n for n in nav.iter(f"{{{NS['x']}}}nav") if n.get(EPUB_TYPE) == "toc"]
    top = toc.findall("x:ol/x:li", NS)
    assert len(top) == 1
    assert top[0].findtext("x:a", namespaces=NS) == load_article(
        example_dirs()[1]).title
    sections = [a.xpath("string()") for a in top[0].findall("x:ol/x:li/x:a", NS)]
    assert sections == ["الخطوة الأولى: احسب استهلاكك", "الخطوة الثانية: قارن أنواع الألواح",
                        "الخطوة الثالثة: اختر العاكس", "الخطوة الرابعة: البطاريات",
                        "الخطوة الخامسة: التركيب والصيانة"]
    (landmarks,) = [n for n in nav.iter(f"{{{NS['x']}}}nav")
                    if n.get(EPUB_TYPE) == "landmarks"]
    assert [a.get(EPUB_TYPE) for a in landmarks.iter(f"{{{NS['x']}}}a")] == ["bodymatter"]
    # every link points at an element that exists
    for a in nav.iter(f"{{{NS['x']}}}a"):
        file, _, frag = a.get("href").partition("#")
        doc = book.xml(f"EPUB/{file}")
        if frag:
            assert doc.xpath(f"//*[@id='{frag}']"), a.get("href")
    # the navigation document is not part of the reading order
    assert all("nav" not in d for d in book.spine_docs())


def test_skipped_heading_levels_are_closed_up(books: dict[str, Book]) -> None:
    book = books["fa-notes"]
    article = book.xml("EPUB/article.xhtml")
    levels = [el.tag.split("}")[1] for el in article.iter()
              if re.fullmatch(r"\{.*\}h[1-6]", str(el.tag))]
    assert levels == ["h1", "h2", "h3"]  # the source said h2 then h4
    toc = book.nav().find("x:body/x:nav/x:ol", NS)
    assert toc.xpath("string(x:li/x:ol/x:li/x:ol/x:li/x:a)", namespaces=NS) == \
        "بخشی که سطحش جا افتاده است"


def test_labels_without_a_translation_are_marked_english(books: dict[str, Book]) -> None:
    h1 = books["yi-notes"].nav().find(".//x:h1", NS)
    (span,) = h1.findall("x:span", NS)
    assert (span.get("lang"), span.get("dir"), span.text) == ("en", "ltr", "Contents")
    # Persian has its own labels
    assert books["fa-notes"].nav().find(".//x:h1", NS).xpath("string()") == "فهرست مطالب"


def test_cover_page_is_in_the_articles_language(books: dict[str, Book]) -> None:
    book = books["ar-library-audiobooks"]
    first = book.spine()[0]
    assert first.get("linear", "yes") == "yes"  # reachable in reading order (no OPF-096)
    cover = book.xml(book.spine_docs()[0])
    assert (cover.get("lang"), cover.get("dir")) == ("ar", "rtl")
    assert cover.findtext("x:head/x:title", namespaces=NS) == "الغلاف"
    (img,) = cover.iter(f"{{{NS['x']}}}img")
    assert img.get("alt") == "رفوف كتب ملونة خلف طاولة قراءة وُضعت عليها سماعات رأس"
    assert img.get("role") == "doc-cover"
    cover_items = [i for i in book.manifest().values()
                   if i.get("properties") == "cover-image"]
    assert [book.href(i) for i in cover_items] == [f"EPUB/{img.get('src')}"]
    assert book.read(f"EPUB/{img.get('src')}") == \
        (example_dirs()[0] / "reading-room.jpg").read_bytes()
    landmarks = [a.get(EPUB_TYPE) for a in book.nav().iter(f"{{{NS['x']}}}a")
                 if a.get(EPUB_TYPE)]
    assert landmarks == ["cover", "bodymatter"]


def test_no_cover_page_without_a_lead_image(books: dict[str, Book]) -> None:
    assert books["ar-solar-explainer"].spine_docs() == ["EPUB/article.xhtml"]


def test_figure_keeps_alt_and_caption(books: dict[str, Book]) -> None:
    doc = books["ar-solar-explainer"].xml("EPUB/article.xhtml")
    (fig,) = doc.iter(f"{{{NS['x']}}}figure")
    assert fig.find("x:img", NS).get("alt") == \
        "ألواح شمسية زرقاء مثبتة على سطح مائل تحت شمس ساطعة"
    assert fig.findtext("x:figcaption", namespaces=NS) == \
        "ألواح شمسية على سطح منزل في ضاحية بيروت الجنوبية"


def test_every_paragraph_appears_in_spine_order(example: Path, books: dict[str, Book]) -> None:
    text = _norm(books[example.name].spine_text())
    pos = 0
    for block in load_article(example).blocks:
        for line in block_texts(block):
            found = text.find(_norm(line), pos)
            assert found >= 0, f"missing or out of order: {line[:60]}"
            pos = found + len(_norm(line))


def test_latin_runs_inside_arabic_are_isolated(books: dict[str, Book]) -> None:
    doc = books["ar-solar-explainer"].xml("EPUB/article.xhtml")
    bdis = {b.text: (b.get("dir"), b.get("lang"), b.get(XML_LANG))
            for b in doc.iter(f"{{{NS['x']}}}bdi")}
    assert bdis["Monocrystalline"] == ("ltr", "en", "en")


# ---- fonts -----------------------------------------------------------------------------

def test_subset_fonts_are_embedded_and_draw_the_text(books: dict[str, Book]) -> None:
    book = books["ar-library-audiobooks"]
    fonts = {book.href(i): i.get("media-type") for i in book.manifest().values()
             if i.get("media-type", "").startswith("font/")}
    assert set(fonts.values()) == {"font/woff2"}
    assert "EPUB/fonts/NotoNaskhArabic-Regular.woff2" in fonts
    css = book.read("EPUB/style.css").decode("utf-8")
    assert sorted(f"EPUB/{u}" for u in re.findall(r'url\("([^"]+)"\)', css)) == sorted(fonts)
    assert "NotoSans-Italic" not in css  # no emphasis in the article: no italic face
    data = book.read("EPUB/fonts/NotoNaskhArabic-Regular.woff2")
    source = Path(__file__).resolve().parents[1] / "fonts" / "NotoNaskhArabic-Regular.ttf"
    assert len(data) < source.stat().st_size / 5  # a subset, not the whole font
    cmap = TTFont(io.BytesIO(data))["cmap"].getBestCmap()
    arabic = {ch for ch in book.spine_text() if "\u0621" <= ch <= "\u064a"}
    assert arabic and all(ord(ch) in cmap for ch in arabic)


def test_english_article_embeds_no_arabic_face(books: dict[str, Book]) -> None:
    names = [i.get("href") for i in books["en-river-cleanup"].manifest().values()]
    assert [n for n in names if n.startswith("fonts/")] == [
        "fonts/NotoSans-Bold.woff2", "fonts/NotoSans-Regular.woff2"]


def test_italic_face_only_with_emphasis(books: dict[str, Book]) -> None:
    names = [i.get("href") for i in books["fa-notes"].manifest().values()]
    assert "fonts/NotoSans-Italic.woff2" in names


# ---- untrusted input and errors -------------------------------------------------------

def test_no_script_and_no_unsafe_links_in_any_document(tmp_path: Path) -> None:
    article = Article(
        slug="hostile", title="<script>alert(1)</script> عنوان\uffff", lang="ar",
        direction="rtl",
        blocks=(Paragraph((Span("<script>alert(2)</script>"),
                           Span("رابط", href="javascript:alert(3)"),
                           Span(" و"), Span("رابط آخر", href="https://example.org/a?b=1&c=2"))),
                Figure(Image("x.png", alt='" onerror="alert(4)', path=_png(tmp_path / "x.png"),
                             media_type="image/png", width=60, height=40))),
        source_dir=tmp_path)
    book = _export(article, tmp_path / "out")
    with book.zip as z:
        for name in z.namelist():
            if name.endswith((".xhtml", ".opf")):
                root = etree.fromstring(z.read(name), PARSER)
                assert not root.xpath("//*[local-name()='script']"), name
                assert not root.xpath("//@*[starts-with(name(), 'on')]"), name
                assert not [h for h in root.xpath("//@href") if "javascript" in h], name
    # a character XML cannot carry is dropped, never the whole title
    assert book.opf.findtext("opf:metadata/dc:title", namespaces=NS) == \
        "<script>alert(1)</script> عنوان"
    links = book.xml("EPUB/article.xhtml").xpath("//x:a/@href", namespaces=NS)
    assert links == ["https://example.org/a?b=1&c=2"]
    assert "<script>alert(2)</script>" in book.spine_text()  # shown as text, not run


def test_image_outside_the_article_folder_is_refused(tmp_path: Path) -> None:
    outside = _png(tmp_path / "secret.png")
    folder = tmp_path / "article"
    folder.mkdir()
    article = Article(slug="sneaky", title="عنوان", lang="ar", direction="rtl",
                      blocks=(Paragraph((Span("نص"),)),
                              Figure(Image("../secret.png", alt="صورة", path=outside,
                                           media_type="image/png"))),
                      source_dir=folder)
    with pytest.warns(ArtexportWarning, match="outside the article folder.*caption only"):
        [path] = EpubExporter().export(article, tmp_path / "out")
    with zipfile.ZipFile(path) as book:
        assert not [n for n in book.namelist() if "image" in n]
        assert outside.read_bytes() not in b"".join(book.read(n) for n in book.namelist())


def test_a_template_override_that_breaks_xhtml_is_one_error_and_no_file(
        tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "article.xhtml.j2").write_text(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{{ article.title }}</body></html>',
        encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=r"article\.xhtml\.j2.*well-formed"):
        EpubExporter(templates=overrides).export(load_article(example_dirs()[2]), out)
    assert not out.exists() or list(out.iterdir()) == []


def test_a_template_override_is_used(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    builtin = (Path(__file__).resolve().parents[1] / "templates" / "epub" /
               "article.xhtml.j2").read_text(encoding="utf-8")
    (overrides / "article.xhtml.j2").write_text(
        builtin.replace("<main id=\"main\">", "<main id=\"main\">\n<p>Brought to you</p>"),
        encoding="utf-8")
    (path,) = EpubExporter(templates=overrides).export(load_article(example_dirs()[2]),
                                                       tmp_path)
    assert "Brought to you" in Book(path).spine_text()


# ---- the seed scrape -------------------------------------------------------------------

def test_seed_scrape_keeps_the_caption_of_its_missing_image(seed: Path, tmp_path: Path) -> None:
    with warnings.catch_warnings():  # the loader's warning about the image is not ours
        warnings.simplefilter("ignore", ArtexportWarning)
        article = load_article(seed)
    book = _export(article, tmp_path)
    assert book.metas("schema:accessMode") == ["textual"]  # nothing visual is shown
    assert not list(book.xml("EPUB/article.xhtml").iter(f"{{{NS['x']}}}img"))
    caption = next(f.caption for f in article.figures())
    assert _norm("".join(s.text for s in caption)) in _norm(book.spine_text())



def test_latin_words_in_an_arabic_title_are_isolated_and_marked_english(
        tmp_path: Path) -> None:
    article = load_article(EXAMPLES / "ar-solar-explainer")
    book = _export(replace(article, title="مشروع Solar Tide في المدينة"), tmp_path)
    x = "{http://www.w3.org/1999/xhtml}"
    for root in (book.xml(book.spine_docs()[-1]), book.nav()):
        runs = [el for el in root.iter(f"{x}bdi") if el.text == "Solar Tide"]
        assert runs, "the title's Latin run is not isolated"
        for bdi in runs:  # as in the page and the PDF: a screen reader switches voice
            assert (bdi.get("dir"), bdi.get("lang"),
                    bdi.get("{http://www.w3.org/XML/1998/namespace}lang")) == \
                ("ltr", "en", "en")
