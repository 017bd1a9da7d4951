"""Mixed-language articles: every block in its own language and direction, in every
edition; Urdu in Nastaliq with Urdu labels.

Fixtures (our own text, tests/fixtures/mixed): an English report followed by its Arabic
version, an Arabic report with English paragraphs, an Urdu report. Measured where a
reader meets them: Chromium's computed direction and line boxes, the PDF's text
(poppler's pdftotext) and fonts (pikepdf), EPUBCheck and Ace.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from lxml import html as lxml_html

from artexport import Article, export, load_article
from artexport.edition import labels
from artexport.edition.labels import TABLES
from artexport.errors import ArticleError
from artexport.exporters.pdf import PdfExporter
from artexport.model import Paragraph, block_texts, plain_text
from artexport.text.lang import block_language
from browser import Browser, launch
from conftest import ace_failures, ace_report
from epubcheck_reports import epubcheck_reports, problems

MIXED = Path(__file__).parent / "fixtures" / "mixed"
NAMES = ("en-then-ar", "ar-with-en", "ur-library")
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _script_direction(text: str) -> str:
    """The direction a reader expects of ``text``: that of most of its letters."""
    arabic = len(_ARABIC_LETTER.findall(text))
    return "rtl" if arabic > len(_LATIN_LETTER.findall(text)) else "ltr"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {name: load_article(MIXED / name) for name in NAMES}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory,
            articles: dict[str, Article]) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("mixed")
    found: dict[str, dict[str, Path]] = {}
    for name, article in articles.items():
        paths = export(article, ["html", "epub", "pdf"], out)
        found[name] = {p.suffix[1:]: p for p in paths}
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as b:
        yield b


# ---- the model: each block's language ----------------------------------------------

def test_blocks_take_their_language_from_their_script(articles: dict[str, Article]) -> None:
    bilingual = articles["en-then-ar"]
    assert (bilingual.lang, bilingual.direction) == ("en", "ltr")
    assert [(b.kind, b.lang, b.direction) for b in bilingual.blocks] == [
        ("paragraph", None, None)] * 3 + [("heading", "ar", "rtl")] + [
        ("paragraph", "ar", "rtl")] * 3
    # the Latin runs of an Arabic block are isolated against its own direction
    last = bilingual.blocks[-1]
    assert isinstance(last, Paragraph)
    assert [(s.text, s.lang, s.direction) for s in last.spans if s.direction] == [
        ("iOS 17", "en", "ltr"), ("Android", "en", "ltr")]
    arabic = articles["ar-with-en"]
    assert [(b.lang, b.direction) for b in arabic.blocks] == [
        (None, None), (None, None), ("en", "ltr"), ("en", "ltr"), (None, None)]
    # JSON (and so `artexport inspect`) shows it
    blocks = arabic.to_dict()["blocks"]
    assert [(b.get("lang"), b.get("direction")) for b in blocks][2] == ("en", "ltr")
    assert "lang" not in blocks[0]


def test_block_language_by_script_and_telling_letters() -> None:
    urdu = "شہر کی مرکزی لائبریری نے ہفتے کے روز ایک نیا گوشہ کھولا ہے۔"
    persian = "کتابخانه شهر گوشه‌ای تازه برای کتاب‌های صوتی گشود و پخش آن را آغاز کرد."
    english = "The festival programme is also printed in English for visitors."
    assert block_language(urdu, "ar") == "ur"
    assert block_language(persian, "ar") == "fa"
    assert block_language(english, "ar") == "en"
    # an Indonesian paragraph with "di" three times is no Italian one; an article in a
    # language the word lists do not know keeps its own
    indonesian = ("Presiden mengatakan di Jakarta bahwa program di daerah akan dimulai di "
                  "bulan depan dengan anggaran yang lebih besar.")
    assert block_language(indonesian, "id") is None
    assert block_language(indonesian, "sw") is None
    assert block_language("افتتحت المكتبة ركنًا جديدًا للكتب المسموعة.", "en") == "ar"
    assert block_language("افتتحت المكتبة ركنًا جديدًا للكتب المسموعة.", "ar") is None
    # a brand name alone is no paragraph in another language
    assert block_language("iOS 17", "ar") is None
    assert block_language("2024", "en") is None
    # a German paragraph of a French article with two of the old list's words ("die",
    # "der") was read by the French voice; "von der Leyen" is no German paragraph
    assert block_language("Die Verhandlungen gehen weiter, sagte der Minister am Montag "
                          "im Bundestag.", "fr") == "de"
    assert block_language("Ursula von der Leyen said the plan would be ready by the "
                          "end of the year.", "en") is None
    # (nor a German name of a place in an English sentence; Spanish's "dos" is two)
    assert block_language("Ursula von der Leyen met Olaf Scholz at the Haus der Kulturen "
                          "der Welt.", "en") is None
    assert block_language("Los dos presidentes firmaron dos acuerdos dos veces.", "es") is None
    # short Turkish, Indonesian and Portuguese news sentences in an English article were
    # read by the English voice (one or two listed words each); Turkish names in an
    # English sentence are no Turkish paragraph
    assert block_language("Hükümet salı günü öğretmenler için maaş artışını açıkladı.",
                          "en") == "tr"
    assert block_language("Pemerintah mengumumkan kenaikan gaji bagi para guru pada hari "
                          "Selasa.", "en") == "id"
    assert block_language("O governo anunciou na terça-feira um aumento dos salários dos "
                          "professores.", "en") == "pt"
    assert block_language("Recep Tayyip Erdoğan, Ahmet Davutoğlu and Ali Babacan spoke.",
                          "en") is None
    assert block_language("A reunião começa às 10 horas e termina às 12 horas em Lisboa.",
                          "en") == "pt"
    # Urdu writes Persian's letters too: a short Urdu paragraph of an Urdu article is
    # Urdu (it was read by the Persian voice), a Persian one is Persian
    assert block_language("اجلاس میں 5 ارب روپے کی منظوری دی گئی۔", "ur") is None
    assert block_language("صدر مملکت نے خطاب کیا۔", "ur") is None
    assert block_language(persian, "ur") == "fa"
    # a short Arabic sentence in a Persian article, one telling letter in it, is told by
    # its words (it was read by the Persian voice)
    assert block_language("قال الوزير إن العمل مستمر في المشروع.", "fa") == "ar"
    # Persian typed with Arabic's yeh and kaf, as older sites do, is Persian still: it was
    # read by the Arabic voice, with Arabic vowels and "ثلاثة" for "۳"
    assert block_language("تهران - خبرگزاري ايسنا: شهردار تهران از افتتاح ۳ ايستگاه جديد "
                          "مترو خبر داد و گفت كه كار ادامه دارد.", "fa") is None
    # ... with no letter of its own (پ چ ژ گ) too: its function words tell it
    assert block_language("قيمت طلا در بازار تهران امروز افزايش يافت و به ۴۵ ميليون تومان "
                          "رسيد.", "fa") is None


def test_markdown_block_attribute_is_kept_and_checked(tmp_path: Path) -> None:
    src = tmp_path / "article.md"
    src.write_text("---\ntitle: عنوان\nlang: ar\n---\n\nفقرة عربية أولى في المقال.\n\n"
                   "{lang=fa}\nاین بند را نویسنده فارسی علامت زده است.\n\n"
                   "{lang=ar}\nفقرة بلغة المقال نفسها.\n", encoding="utf-8")
    article = load_article(src)
    assert [(b.lang, b.direction) for b in article.blocks] == [
        (None, None), ("fa", "rtl"), (None, None)]  # the same as the article: inherited
    src.write_text("---\ntitle: عنوان\nlang: ar\n---\n\n{lang=\"no such tag\"}\nفقرة.\n",
                   encoding="utf-8")
    with pytest.raises(ArticleError, match=r"block 1: lang 'no such tag' is not a language"):
        load_article(src)


def test_a_readers_block_language_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "article.json"
    src.write_text(json.dumps({"title": "Notes", "lang": "en", "blocks": [
        {"kind": "paragraph", "text": "A short English paragraph to open the notes."},
        # marked Persian by the source although its letters would say Arabic
        {"kind": "paragraph", "text": "مرحبا", "lang": "fa"},
        {"kind": "heading", "level": 2, "text": "Plain", "lang": "en"},
    ]}), encoding="utf-8")
    article = load_article(src)
    assert [(b.lang, b.direction) for b in article.blocks] == [
        (None, None), ("fa", "rtl"), (None, None)]


# ---- HTML, EPUB and the PDF's page mark each block ---------------------------------

def test_html_epub_and_print_page_put_lang_and_dir_on_blocks_that_differ(
        outputs: dict[str, dict[str, Path]], articles: dict[str, Article]) -> None:
    for name in ("en-then-ar", "ar-with-en"):
        article = articles[name]
        page = lxml_html.fromstring(outputs[name]["html"].read_bytes())
        with zipfile.ZipFile(outputs[name]["epub"]) as z:
            book = etree.fromstring(z.read("EPUB/article.xhtml"))
        print_page = lxml_html.fromstring(PdfExporter().render_html(article))
        for root, tag in ((page, "p"), (book, f"{XHTML}p"), (print_page, "p")):
            paragraphs = {_norm("".join(p.itertext())): p for p in root.iter(tag)}
            for block in article.blocks:
                if not isinstance(block, Paragraph):
                    continue
                el = paragraphs[_norm(plain_text(block.spans))]
                expected = (block.lang, block.direction)
                assert (el.get("lang"), el.get("dir")) == expected, (name, tag)
                if tag.startswith(XHTML):
                    assert el.get(XML_LANG) == block.lang


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_nav_heading_in_its_own_language(outputs: dict[str, dict[str, Path]]) -> None:
    with zipfile.ZipFile(outputs["en-then-ar"]["epub"]) as z:
        nav = etree.fromstring(z.read("EPUB/nav.xhtml"))
    links = {"".join(a.itertext()): a for a in nav.iter(f"{XHTML}a")}
    heading = links["النسخة العربية"]
    assert (heading.get("lang"), heading.get("dir")) == ("ar", "rtl")


# ---- measured in Chromium ----------------------------------------------------------

_LINES_JS = r"""(p) => {
  // the left and right ends of each rendered line of p, from its characters' boxes
  const range = document.createRange();
  const lines = [];
  const size = parseFloat(getComputedStyle(p).fontSize);
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.data.length; i++) {
      if (!n.data[i].trim()) continue;
      range.setStart(n, i); range.setEnd(n, i + 1);
      const r = range.getClientRects()[0];
      if (!r || !r.width) continue;
      let line = lines.find((l) => Math.abs(l.top - r.top) < size * 0.6);
      if (!line) { line = {top: r.top, left: r.left, right: r.right}; lines.push(line); }
      line.left = Math.min(line.left, r.left); line.right = Math.max(line.right, r.right);
    }
  }
  const box = p.getBoundingClientRect(), cs = getComputedStyle(p);
  return {lines: lines, left: box.left + parseFloat(cs.paddingLeft),
          right: box.right - parseFloat(cs.paddingRight), direction: cs.direction,
          align: cs.textAlign};
}"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["en-then-ar", "ar-with-en"])
def test_every_paragraph_runs_in_its_scripts_direction_in_chromium(
        outputs: dict[str, dict[str, Path]], browser: Browser, name: str) -> None:
    page = browser.open(outputs[name]["html"], width=480)
    try:
        paragraphs = page.page.query_selector_all("main article p:not(.date):not(.byline)")
        checked = {"rtl": 0, "ltr": 0}
        for p in paragraphs:
            text = p.inner_text()
            if len(text) < 40:
                continue  # the byline, dates and topics lines are checked elsewhere
            measured = p.evaluate(_LINES_JS)
            expected = _script_direction(text)
            assert measured["direction"] == expected, text[:40]
            assert measured["align"] == "start"
            lines = measured["lines"]
            assert len(lines) >= 2, text[:40]  # a narrow page: every paragraph wraps
            for line in lines:
                if expected == "rtl":  # every line ends at the right edge
                    assert abs(line["right"] - measured["right"]) <= 2, (text[:40], line)
                else:
                    assert abs(line["left"] - measured["left"]) <= 2, (text[:40], line)
            checked[expected] += 1
        assert checked["rtl"] >= 2 and checked["ltr"] >= 2
    finally:
        page.close()


# ---- the PDF -----------------------------------------------------------------------

def _pdf_words(pdf: Path, *, raw: bool) -> list[str]:
    args = ["pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, check=True, timeout=60).stdout.decode()
    return _words(text)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "")
    text = re.sub("[\u064b-\u065f\u0670\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    # "وAndroid" is two words to an extractor: the conjunction and the name
    text = re.sub("([\u0600-\u06ff])([A-Za-z])", r"\1 \2", text)
    return re.findall(r"\w+", text.casefold())


def _in_order(needle: list[str], haystack: list[str]) -> bool:
    return any(haystack[i:i + len(needle)] == needle
               for i in range(len(haystack) - len(needle) + 1))


@pytest.mark.parametrize(("name", "raw"), [
    ("en-then-ar", True), ("ar-with-en", True), ("ar-with-en", False),
    pytest.param("en-then-ar", False, marks=pytest.mark.xfail(strict=True, reason=(
        "Known gap, poppler's layout mode: on a page it reads as left-to-right (more Latin "
        "letters than Arabic ones), it ends a right-to-left section at any number-class "
        "character, the Arabic comma (bidi CS) included, and puts the sections left to "
        "right. RLMs around the comma (ActualText) were tried and do not keep the line "
        "whole; the -raw order above is right. Also: layout mode joins 'large-' and "
        "'print' at a line end"))),
])
def test_pdf_text_of_each_half_comes_out_in_logical_order(
        outputs: dict[str, dict[str, Path]], articles: dict[str, Article], name: str,
        raw: bool) -> None:
    words = _pdf_words(outputs[name]["pdf"], raw=raw)
    halves = {"ltr": 0, "rtl": 0}
    for block in articles[name].blocks:
        for line in block_texts(block):
            assert _in_order(_words(line), words), line
            halves[_script_direction(line)] += 1
    assert halves["ltr"] >= 2 and halves["rtl"] >= 2


def _structure(node: object, inherited: str) -> Iterator[tuple[pikepdf.Dictionary, str]]:
    """(element, the language it has: its own /Lang or its nearest ancestor's)."""
    if isinstance(node, pikepdf.Array):
        for kid in node:
            yield from _structure(kid, inherited)
    elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
        lang = str(node.Lang) if "/Lang" in node else inherited
        yield node, lang
        yield from _structure(node.get("/K"), lang)


@pytest.mark.parametrize("name", ["en-then-ar", "ar-with-en"])
def test_pdf_text_is_tagged_with_the_language_of_its_script(
        articles: dict[str, Article], name: str) -> None:
    """Every piece of marked text in the PDF carries (itself or through its ancestors) a
    /Lang of its script: Arabic letters in an "ar" element, Latin ones in an "en" one.
    The text-layer step (which runs after /Lang and leaves the structure as it is) is
    off, so each marked-content id's words can be read from its glyphs."""
    from artexport.exporters.pdf_post import packaged_font
    from artexport.exporters.pdf_post.element_lang import _page_words
    from artexport.exporters.pdf_post.fonts import FontCache

    data = PdfExporter({"text_layer": False}).render(articles[name]).data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = FontCache(pdf, packaged_font, patch=False)
        by_page = {page.obj.objgen: _page_words(page, fonts) for page in pdf.pages}
        wrong: list[tuple[str, str]] = []
        seen = {"ar": 0, "en": 0}
        for element, lang in _structure(pdf.Root.StructTreeRoot.get("/K"), str(pdf.Root.Lang)):
            kids = element.get("/K")
            for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
                if not isinstance(kid, int):
                    continue
                page = element.get("/Pg")
                text = " ".join(by_page[page.objgen].get(int(kid), {}))
                script = _script_direction(text) if re.search(r"[^\W\d_]", text) else None
                if script is None:
                    continue
                want = "ar" if script == "rtl" else "en"
                seen[want] += 1
                if lang.split("-")[0] != want:
                    wrong.append((lang, text[:60]))
        assert seen["ar"] >= 3 and seen["en"] >= 3
        assert wrong == []


# ---- the EPUB ----------------------------------------------------------------------

@pytest.mark.slow
def test_epubcheck_and_ace_stay_clean(outputs: dict[str, dict[str, Path]],
                                      tmp_path: Path) -> None:
    books = [outputs[name]["epub"] for name in NAMES]
    reports = epubcheck_reports(books)
    assert {p.name: problems(r) for p, r in reports.items() if problems(r)} == {}
    for book in books:
        assert ace_failures(ace_report(book, tmp_path)) == [], book.name


# ---- Urdu --------------------------------------------------------------------------

_ENGLISH_LABELS = sorted({text for key, text in TABLES["en"].items()
                          if not key.startswith(("a11y.", "chapter.")) and text.strip()
                          and key not in ("and", "list_sep")}, key=len, reverse=True)


def _english_labels_in(text: str) -> list[str]:
    return [label for label in _ENGLISH_LABELS if re.search(rf"\b{re.escape(label)}\b", text)]


def test_urdu_page_uses_nastaliq_and_urdu_labels(outputs: dict[str, dict[str, Path]]) -> None:
    page = outputs["ur-library"]["html"].read_text("utf-8")
    assert '@font-face {\n  font-family: "Noto Nastaliq Urdu"' in page
    assert 'font-family: "Noto Nastaliq Urdu", "Noto Sans", sans-serif' in page
    root = lxml_html.fromstring(page)
    for el in root.xpath("//style|//script"):
        el.getparent().remove(el)
    text = root.text_content()
    assert _english_labels_in(text) == []
    for key in ("skip", "settings", "published", "topics", "size"):
        assert labels("ur")[key] in text, key


@pytest.mark.slow
def test_urdu_page_draws_nastaliq_in_chromium(outputs: dict[str, dict[str, Path]],
                                              browser: Browser) -> None:
    page = browser.open(outputs["ur-library"]["html"])
    try:
        family = page.style("main article p", "font-family")
        assert family.startswith('"Noto Nastaliq Urdu"')
        assert page.page.evaluate(
            "document.fonts.check('24px \"Noto Nastaliq Urdu\"', 'شہر')") is True
        assert page.px("main article p", "line-height") >= 2.2 * page.px(
            "main article p", "font-size")
        # the reader controls (shown by the script) speak Urdu too
        assert _english_labels_in(page.text()) == []
    finally:
        page.close()


def test_urdu_book_embeds_nastaliq_and_urdu_labels(
        outputs: dict[str, dict[str, Path]]) -> None:
    with zipfile.ZipFile(outputs["ur-library"]["epub"]) as z:
        names = z.namelist()
        css = z.read("EPUB/style.css").decode()
        text = " ".join("".join(etree.fromstring(z.read(n)).itertext())
                        for n in names if n.endswith(".xhtml"))
    assert "EPUB/fonts/NotoNastaliqUrdu-Regular.woff2" in names
    assert "EPUB/fonts/NotoNastaliqUrdu-Bold.woff2" in names
    assert 'html {\n  font-family: "Noto Nastaliq Urdu", serif;' in css
    assert "line-height: 2.3;" in css  # room for Nastaliq's tall words
    assert _english_labels_in(text) == []
    assert labels("ur").contents in text


def test_urdu_pdf_uses_nastaliq_and_no_english_label(
        outputs: dict[str, dict[str, Path]], articles: dict[str, Article]) -> None:
    with pikepdf.open(outputs["ur-library"]["pdf"]) as pdf:
        names = {str(font.get("/BaseFont")) for page in pdf.pages
                 for font in page.Resources.Font.values()}
    assert any("Noto-Nastaliq-Urdu" in n and "Bold" not in n for n in names), names
    assert any("Noto-Nastaliq-Urdu-Bold" in n for n in names), names
    assert not any("Naskh" in n for n in names), names
    print_page = lxml_html.fromstring(PdfExporter().render_html(articles["ur-library"]))
    for el in print_page.xpath("//style|//head"):
        el.getparent().remove(el)
    assert _english_labels_in(print_page.text_content()) == []
    # nothing Latin is drawn at all: the page numbers and dates are digits
    assert not _LATIN_LETTER.search(
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(outputs["ur-library"]["pdf"]), "-"],
                       capture_output=True, check=True).stdout.decode())


def test_the_font_option_still_chooses(articles: dict[str, Article]) -> None:
    from artexport.exporters.epub import EpubExporter
    from artexport.exporters.html import LargePrintHtmlExporter

    urdu = articles["ur-library"]
    page = LargePrintHtmlExporter({"font": "naskh"}).render(urdu).data.decode()
    assert "Nastaliq" not in page and '"Noto Naskh Arabic"' in page
    book = EpubExporter({"font": "naskh"}).render(urdu).data
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        assert not [n for n in z.namelist() if "Nastaliq" in n]


def test_urdu_pdf_text_layer_reads_as_the_article(
        outputs: dict[str, dict[str, Path]], articles: dict[str, Article]) -> None:
    words = _pdf_words(outputs["ur-library"]["pdf"], raw=True)
    for block in articles["ur-library"].blocks:
        for line in block_texts(block):
            assert _in_order(_words(line), words), line


def test_an_urdu_quotation_in_an_english_article_gets_nastaliq(tmp_path: Path) -> None:
    from artexport.exporters.epub import EpubExporter
    from artexport.exporters.html import LargePrintHtmlExporter

    src = tmp_path / "article.md"
    src.write_text("---\ntitle: A visit to the library\nlang: en\n---\n\n"
                   "The librarian read a line from the new audio corner's sign aloud.\n\n"
                   "> شہر کی مرکزی لائبریری نے ایک نیا گوشہ کھولا ہے۔\n", encoding="utf-8")
    article = load_article(src)
    assert [(b.kind, b.lang) for b in article.blocks] == [("paragraph", None), ("quote", "ur")]
    page = LargePrintHtmlExporter().render(article).data.decode()
    assert (':lang(ur) { font-family: "Noto Nastaliq Urdu", "Noto Sans", sans-serif; '
            "line-height: calc(2.3 * var(--spacing)); }") in page
    assert '<blockquote lang="ur" xml:lang="ur" dir="rtl">' in page
    with zipfile.ZipFile(io.BytesIO(EpubExporter().render(article).data)) as z:
        css = z.read("EPUB/style.css").decode()
        assert "EPUB/fonts/NotoNastaliqUrdu-Regular.woff2" in z.namelist()
    assert ':lang(ur) {\n  font-family: "Noto Nastaliq Urdu", "Noto Sans", sans-serif;\n' \
           "  line-height: 2.3;" in css
