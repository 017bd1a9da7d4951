"""Read-aloud EPUB: the narration as EPUB 3 Media Overlays (one SMIL per narrated content
document, a ``par`` per spoken sentence in reading order, clock values that add up to
the MP3's length), sentence markup that keeps inline markup and bidi isolation intact,
and the metadata of a read-aloud book. Validated with EPUBCheck; the MP3 measured with
ffprobe; speech from the offline espeak engine (cached under XDG_CACHE_HOME)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
import warnings
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner
from lxml import etree
from PIL import Image as PILImage

from artexport import ArtexportWarning, Article, ExportError, Preformatted, load_article
from artexport.cli import main
from artexport.edition import Edition
from artexport.exporters.epub import EpubExporter, EpubOptions
from artexport.exporters.html import contrast_ratio
from artexport.markup import inline_html
from artexport.model import Span, block_texts, plain_text
from artexport.narration import (
    Clip,
    mark_sentences,
    overlay_clips,
    sentence_id,
)
from artexport.text.sentences import split_sentences
from conftest import EXAMPLES, SEED, require_shared
from epubcheck_reports import epubcheck_reports, problems
from test_epub_export import Book

NS = {"opf": "http://www.idpf.org/2007/opf", "x": "http://www.w3.org/1999/xhtml",
      "smil": "http://www.w3.org/ns/SMIL", "epub": "http://www.idpf.org/2007/ops"}
XHTML = "{http://www.w3.org/1999/xhtml}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# A short article written for these tests: sentences that start and end inside bold
# text, inside a link and inside an isolated Latin run; a title of two sentences, a
# list, a quote with attribution, a captioned figure and program code (not read).
READALONG_MD = """---
title: هل تقرأ الكتب المسموعة؟ تجربة قصيرة
subtitle: مقال قصير لاختبار القراءة المتزامنة
lang: ar
dateline: القاهرة
published: 2024-01-10T09:00:00+02:00
---

{first}

أعلنت شركة Apple Inc. The company عن ميزة جديدة للقراءة.

## النتائج

- قال القراء إن التظليل مفيد.
- طلب بعضهم سرعة أبطأ.

> القراءة المتزامنة تساعدني كثيرًا.
>
> — إحدى المشاركات

![رسم بياني بثلاثة أعمدة](chart.png "نتائج التجربة بالأرقام")

```python
print("salam")
```
""".format(first="بدأت التجربة **صباح أمس. وشارك فيها** عشرون قارئًا. وقد نشرت الجمعية "
           "[تقريرًا عنها. ويمكن قراءته](https://example.org/report) على موقعها.")

# What a listener hears, in order, as the book shows it (the date as printed).
READALONG_SENTENCES = [
    "هل تقرأ الكتب المسموعة؟", "تجربة قصيرة", "مقال قصير لاختبار القراءة المتزامنة",
    "الأربعاء 10 يناير 2024، 09:00", "القاهرة",
    "بدأت التجربة صباح أمس.", "وشارك فيها عشرون قارئًا.", "وقد نشرت الجمعية تقريرًا عنها.",
    "ويمكن قراءته على موقعها.", "أعلنت شركة Apple Inc.", "The company عن ميزة جديدة للقراءة.",
    "النتائج", "قال القراء إن التظليل مفيد.", "طلب بعضهم سرعة أبطأ.",
    "القراءة المتزامنة تساعدني كثيرًا.", "إحدى المشاركات", "نتائج التجربة بالأرقام",
]

CLOCK = re.compile(r"^(\d+):(\d{2}):(\d{2})\.(\d{3})$")


# ---- helpers ---------------------------------------------------------------------------

def _seconds(clock: str) -> float:
    m = CLOCK.match(clock)
    assert m, f"not a full clock value: {clock!r}"
    h, mi, s, ms = (int(g) for g in m.groups())
    return h * 3600 + mi * 60 + s + ms / 1000


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _mp3_seconds(data: bytes, tmp: Path) -> float:
    """The length of the MP3 as a player decodes it (ffprobe)."""
    path = tmp / "narration.mp3"
    path.write_bytes(data)
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "csv=p=0", str(path)], capture_output=True, text=True,
                         check=True)
    return float(out.stdout)


class Overlay:
    """A read-aloud book's overlay for one content document, resolved against the book."""

    def __init__(self, book: Book, doc_item: etree._Element) -> None:
        items = book.manifest()
        self.book = book
        self.doc_href = book.href(doc_item)
        smil_item = items[doc_item.get("media-overlay")]
        assert smil_item.get("media-type") == "application/smil+xml"
        self.smil_id = smil_item.get("id")
        self.smil_href = book.href(smil_item)
        self.smil = book.xml(self.smil_href)
        self.doc = book.xml(self.doc_href)
        base = PurePosixPath(self.smil_href).parent
        self.pars = self.smil.findall(".//smil:par", NS)
        self.targets: list[etree._Element] = []
        self.clips: list[tuple[str, float, float]] = []
        for par in self.pars:
            src = par.find("smil:text", NS).get("src")
            file, _, frag = src.partition("#")
            assert str(base / file) == self.doc_href
            (target,) = self.doc.xpath("//*[@id=$id]", id=frag)
            self.targets.append(target)
            audio = par.find("smil:audio", NS)
            self.clips.append((str(base / audio.get("src")), _seconds(audio.get("clipBegin")),
                               _seconds(audio.get("clipEnd"))))

    def texts(self) -> list[str]:
        return [_norm("".join(t.itertext())) for t in self.targets]


def _overlays(book: Book) -> list[Overlay]:
    return [Overlay(book, item) for item in book.manifest().values()
            if item.get("media-overlay")]


def _export(source: Path, out: Path, **options: object) -> Book:
    with warnings.catch_warnings():  # the seed's missing image is the loader's warning
        warnings.simplefilter("ignore", ArtexportWarning)
        article = load_article(source)
    (path,) = EpubExporter({"with_audio": True, **options}).export(article, out)
    return Book(path)


# ---- fixtures --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def craft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles") / "ar-readalong"
    folder.mkdir()
    (folder / "article.md").write_text(READALONG_MD, encoding="utf-8")
    PILImage.new("RGB", (60, 40), (20, 90, 160)).save(folder / "chart.png")
    return folder


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory, craft: Path) -> dict[str, Book]:
    """Read-aloud books: the test article, an example with a cover."""
    out = tmp_path_factory.mktemp("epub-audio")
    sources = {"craft": craft, "cover": EXAMPLES / "ar-library-audiobooks"}
    return {name: _export(src, out) for name, src in sources.items()}


@pytest.fixture(scope="module")
def seed_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """The seed scrape's read-aloud book (it needs ../shared: see conftest.require)."""
    return _export(require_shared(SEED), tmp_path_factory.mktemp("epub-audio-seed"))


def _book(request: pytest.FixtureRequest, books: dict[str, Book], name: str) -> Book:
    return request.getfixturevalue("seed_book") if name == "seed" else books[name]


# ---- validity --------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("name", ["craft", "cover", "seed"])
def test_epubcheck_reports_nothing_with_media_overlays(request: pytest.FixtureRequest,
                                                       books: dict[str, Book],
                                                       name: str) -> None:
    book = _book(request, books, name)
    reports = epubcheck_reports([book.path])
    assert {p.name: problems(r) for p, r in reports.items()} == {book.path.name: []}


# ---- the overlay ------------------------------------------------------------------------

def test_every_sentence_is_in_exactly_one_par_in_reading_order(books: dict[str, Book]) -> None:
    (overlay,) = _overlays(books["craft"])
    assert overlay.texts() == READALONG_SENTENCES
    # reading order is document order, and no element is narrated twice
    order = {el: n for n, el in enumerate(overlay.doc.iter())}
    positions = [order[t] for t in overlay.targets]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)


def _expected_sentences(article: Article) -> list[str]:
    """Every sentence a listener hears, in reading order (each date as "<date>"): the
    edition's header (section, title, subtitle, byline, dates, standfirst, lead
    caption, dateline), the blocks, then the topics and publisher."""
    edition = Edition.of(article)
    out = split_sentences(article.section or "", article.lang)
    out += split_sentences(article.title, article.lang)
    out += split_sentences(article.subtitle or "", article.lang)
    out += split_sentences(edition.byline_text, article.lang)
    out += ["<date>" for _ in edition.dates]
    out += split_sentences(article.summary or "", article.lang) if edition.summary else []
    if article.lead_image is not None:
        out += split_sentences(plain_text(article.lead_image.caption), article.lang)
    out += split_sentences(article.dateline or "", article.lang)
    for block in article.blocks:
        if not isinstance(block, Preformatted) or not block.code:  # code is not read aloud
            out += [s for line in block_texts(block) for s in split_sentences(line, article.lang)]
    out += [edition.topics] if article.tags else []
    out += [article.publisher] if article.publisher else []
    return [_norm(s) for s in out if any(ch.isalnum() for ch in s)]


@pytest.mark.parametrize("name", ["cover", "seed"])
def test_example_and_seed_sentences_all_narrated_in_order(request: pytest.FixtureRequest,
                                                          books: dict[str, Book],
                                                          name: str) -> None:
    sources = {"cover": EXAMPLES / "ar-library-audiobooks", "seed": SEED}
    book = _book(request, books, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        article = load_article(sources[name])
    (overlay,) = _overlays(book)
    texts = ["<date>" if t.tag == f"{XHTML}time" else text
             for t, text in zip(overlay.targets, overlay.texts(), strict=True)]
    assert texts == _expected_sentences(article), name
    dates = [t.get("datetime") for t in overlay.targets if t.tag == f"{XHTML}time"]
    assert article.published is not None
    assert dates[0] == article.published.isoformat()


def test_clips_play_the_whole_mp3_once_and_add_up_to_its_length(
        books: dict[str, Book], tmp_path: Path) -> None:
    book = books["craft"]
    (overlay,) = _overlays(book)
    audio = {book.href(i): i for i in book.manifest().values()
             if i.get("media-type") == "audio/mpeg"}
    assert {href for href, _, _ in overlay.clips} == set(audio)  # one MP3 for the book
    begins = [b for _, b, _ in overlay.clips]
    ends = [e for _, _, e in overlay.clips]
    assert begins[0] == 0.0
    assert begins[1:] == ends[:-1]  # contiguous: pauses belong to the sentence before
    assert all(e > b for b, e in zip(begins, ends, strict=True))
    (mp3,) = audio
    length = _mp3_seconds(book.read(mp3), tmp_path)
    assert abs(ends[-1] - length) < 1.0
    # media:duration: per overlay (refining the SMIL item) and in total, clock values
    metas = book.opf.findall("opf:metadata/opf:meta[@property='media:duration']", NS)
    per = {m.get("refines"): _seconds(m.text) for m in metas if m.get("refines")}
    (total,) = [_seconds(m.text) for m in metas if not m.get("refines")]
    assert per == {f"#{overlay.smil_id}": pytest.approx(ends[-1] - begins[0], abs=0.001)}
    assert total == pytest.approx(sum(per.values()), abs=0.001)
    assert abs(total - length) < 1.0


def test_one_smil_per_narrated_document_and_none_for_the_cover(books: dict[str, Book]) -> None:
    book = books["cover"]
    items = book.manifest()
    smil = [i for i in items.values() if i.get("media-type") == "application/smil+xml"]
    narrated = [book.href(i) for i in items.values() if i.get("media-overlay")]
    assert narrated == ["EPUB/article.xhtml"]
    assert len(smil) == 1
    cover = book.xml(book.spine_docs()[0])
    assert cover.find("x:body", NS).get("class") == "cover"  # an image, nothing to read
    assert "EPUB/cover.xhtml" not in narrated


def test_active_class_is_declared_and_styled_with_enough_contrast(
        books: dict[str, Book]) -> None:
    book = books["craft"]
    (active,) = book.metas("media:active-class")
    css = book.read("EPUB/style.css").decode("utf-8")
    rule = re.search(r"\." + re.escape(active) + r"\s*\{([^}]*)\}", css)
    assert rule, css
    colours = dict(re.findall(r"(background-color|(?<!-)color):\s*(#[0-9a-fA-F]{6})",
                              rule.group(1)))
    assert contrast_ratio(colours["color"], colours["background-color"]) >= 7.0


# ---- the sentence markup ------------------------------------------------------------------

def test_sentences_crossing_bold_links_and_latin_runs_keep_their_markup(
        books: dict[str, Book]) -> None:
    doc = books["craft"].xml("EPUB/article.xhtml")

    def sentence(ident: str) -> etree._Element:
        (el,) = doc.xpath("//*[@id=$id]", id=ident)
        return el

    # "**صباح أمس. وشارك فيها**": the bold run is cut at the sentence end
    assert sentence("s-0-0").findtext("x:strong", namespaces=NS) == "صباح أمس."
    assert sentence("s-0-1").findtext("x:strong", namespaces=NS) == "وشارك فيها"
    # the link is cut too, and both pieces lead to the same place
    links = [sentence(f"s-0-{n}").find("x:a", NS) for n in (2, 3)]
    assert [(a.text, a.get("href")) for a in links] == [
        ("تقريرًا عنها.", "https://example.org/report"),
        ("ويمكن قراءته", "https://example.org/report")]
    # "Apple Inc. The company": each piece is still isolated and marked English
    bdis = [sentence(f"s-1-{n}").find("x:bdi", NS) for n in (0, 1)]
    assert [(b.text, b.get("dir"), b.get("lang")) for b in bdis] == [
        ("Apple Inc.", "ltr", "en"), ("The company", "ltr", "en")]
    # no Latin letter anywhere in the body escapes an isolate
    for text_node in doc.find("x:body", NS).xpath(".//text()"):
        if re.search(r"[A-Za-z]", str(text_node)):
            parent = text_node.getparent()
            chain = [parent, *parent.iterancestors()]
            assert any(el.tag in (f"{XHTML}bdi", f"{XHTML}pre") for el in chain), \
                str(text_node)


def test_program_code_is_not_narrated_and_the_lead_caption_is(books: dict[str, Book]) -> None:
    doc = books["craft"].xml("EPUB/article.xhtml")
    assert not doc.xpath("//x:pre//*[@id]", namespaces=NS)
    cover_doc = books["cover"].xml("EPUB/article.xhtml")
    (lead,) = cover_doc.xpath("//*[@id='lead']")
    # the caption is the article's words, in the page and the PDF alike: it is read too
    assert [e.get("id") for e in lead.xpath(".//*[starts-with(@id, 's-')]")] == ["s-lead-0"]


def test_preformatted_text_that_is_no_code_is_narrated_line_by_line(tmp_path: Path) -> None:
    """A results table laid out with spaces (``"code": false``): each line of the <pre>
    is a spoken sentence the overlay points at, in order; no <code>, no notice."""
    source = tmp_path / "results.json"
    source.write_text(json.dumps({"title": "Recount", "lang": "en", "blocks": [
        {"kind": "paragraph", "text": "The county published the results."},
        {"kind": "preformatted", "text": "Ward    Votes\nNorth   4210\nSouth   3987",
         "code": False}]}), encoding="utf-8")
    book = _export(source, tmp_path)
    (pre,) = book.xml("EPUB/article.xhtml").xpath("//x:pre", namespaces=NS)
    assert not pre.xpath(".//x:code", namespaces=NS)
    assert [e.get("id") for e in pre.xpath(".//*[@id]")] == ["s-1-0", "s-1-1", "s-1-2"]
    (overlay,) = _overlays(book)
    assert overlay.texts()[-3:] == ["Ward Votes", "North 4210", "South 3987"]


def test_text_is_the_same_with_and_without_the_narration(craft: Path, tmp_path: Path,
                                                         books: dict[str, Book]) -> None:
    (plain,) = EpubExporter().export(load_article(craft), tmp_path)
    without = Book(plain)
    doc = without.xml("EPUB/article.xhtml")
    assert not doc.xpath("//*[starts-with(@id, 's-')]")
    assert not [i for i in without.manifest().values()
                if i.get("media-type") in ("application/smil+xml", "audio/mpeg")]
    with_audio = books["craft"].xml("EPUB/article.xhtml")

    def body(root: etree._Element) -> str:
        return _norm("".join(root.find("x:body", NS).itertext()))

    assert body(with_audio) == body(doc)


def test_mark_sentences_renders_like_inline_outside_the_marks() -> None:
    spans = (Span("Hello "), Span("big world. Next", emphasis="em"), Span(" one."))
    assert mark_sentences(spans, []) == inline_html(spans)
    html = mark_sentences(spans, [(0, 16, "s-0-0"), (17, 26, "s-0-1")])
    assert html == ('<span id="s-0-0">Hello <em>big world.</em></span> '
                    '<span id="s-0-1"><em>Next</em> one.</span>')


# ---- metadata ------------------------------------------------------------------------------

def test_read_aloud_accessibility_metadata(books: dict[str, Book]) -> None:
    craft = books["craft"]  # has a described image
    assert sorted(craft.metas("schema:accessMode")) == ["auditory", "textual", "visual"]
    assert sorted(craft.metas("schema:accessModeSufficient")) == [
        "auditory,visual", "textual", "textual,visual"]
    assert "synchronizedAudioText" in craft.metas("schema:accessibilityFeature")
    (summary,) = craft.metas("schema:accessibilitySummary")
    assert "يقرأ صوت" in summary and "تظلل" in summary.replace("ُ", "").replace("َّ", "")


def test_read_aloud_metadata_of_the_seed(seed_book: Book) -> None:
    seed = seed_book  # no image shown: listening alone is enough
    assert sorted(seed.metas("schema:accessModeSufficient")) == ["auditory", "textual"]


def test_english_summary_tells_of_the_narration(tmp_path: Path) -> None:
    book = _export(EXAMPLES / "en-river-cleanup", tmp_path)
    (summary,) = book.metas("schema:accessibilitySummary")
    assert "synthetic voice reads the article aloud" in summary
    assert "no flashing, sound" not in summary  # there is sound now


# ---- options ---------------------------------------------------------------------------------

def test_cli_shares_one_narration_between_the_book_and_the_audio_file(
        craft: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", str(craft), "-f", "epub,audio", "-o",
                                       str(tmp_path), "--opt", "with_audio=yes",
                                       "--opt", "engine=espeak"])
    assert result.exit_code == 0, result.output
    book = Book(tmp_path / "ar-readalong.epub")
    assert book.read("EPUB/audio/narration.mp3") == (tmp_path / "ar-readalong.mp3").read_bytes()


def test_bad_audio_options_fail_before_any_work() -> None:
    with pytest.raises(ExportError, match="rate"):
        EpubOptions(with_audio=True, rate=5)
    assert EpubExporter({"with_audio": "yes", "voice": "ar"}).options.audio_options().voice \
        == "ar"


def test_overlay_clips_give_unmarked_sentences_audio_to_a_neighbour() -> None:
    from artexport.narration import Cue

    cues = [Cue(None, 0, 0.2, 1.0, "a", part="title"), Cue(0, 0, 1.5, 2.0, "b"),
            Cue(0, 1, 2.2, 3.0, "c"), Cue(1, 0, 3.5, 4.0, "d")]
    ids = [sentence_id(c) for c in cues]
    assert ids == ["s-title-0", "s-0-0", "s-0-1", "s-1-0"]
    assert overlay_clips(cues, 4.5) == [Clip("s-title-0", 0.0, 1.5), Clip("s-0-0", 1.5, 2.2),
                                        Clip("s-0-1", 2.2, 3.5), Clip("s-1-0", 3.5, 4.5)]
    # a template that lost the title's and one sentence's ids: the audio still plays whole
    assert overlay_clips(cues, 4.5, {"s-0-0", "s-1-0"}) == [
        Clip("s-0-0", 0.0, 3.5), Clip("s-1-0", 3.5, 4.5)]


def test_a_template_without_sentence_marks_is_one_error(craft: Path, tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "article.xhtml.j2").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'lang="ar" xml:lang="ar" dir="rtl"><head><title>t</title></head><body>'
        '<p>{{ article.title }}</p></body></html>', encoding="utf-8")
    exporter = EpubExporter({"with_audio": True}, templates=overrides)
    with pytest.raises(ExportError, match="sentence ids"):
        exporter.export(load_article(craft), tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    if shutil.which("ffprobe") is None or shutil.which("java") is None:
        pytest.fail("ffprobe (ffmpeg) and java are required for these tests")
