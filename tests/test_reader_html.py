"""The saved-page reader (.html/.htm/.xhtml): crafted pages, hostile input, the corpus."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PIL import Image as PILImage

from artexport import load_article
from artexport.errors import ArtexportWarning, ArticleError
from artexport.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
    block_texts,
    plain_text,
)
from artexport.readers.news import parse_dateline
from conftest import load_quietly, paragraphs_of

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def body_text(article: Article) -> str:
    return "\n".join(line for b in article.blocks for line in block_texts(b))


def hrefs(article: Article) -> list[str]:
    found: list[str] = []
    for block in article.blocks:
        runs = [block.spans] if isinstance(block, Paragraph | Heading) else \
            list(block.items) if isinstance(block, ListBlock) else \
            list(block.paragraphs) if isinstance(block, Quote) else []
        found += [s.href for run in runs for s in run if s.href]
    return found


# ---- an Arabic article page ---------------------------------------------------------

def test_arabic_article_metadata() -> None:
    article = load_quietly(FIXTURES / "ar-article.html")
    assert article.title == "مكتبة الحي تفتح قاعة للقراءة الصوتية"  # without " - site"
    assert article.lang == "ar" and article.direction == "rtl"
    assert article.published is not None and article.updated is not None
    assert article.published.isoformat() == "2023-03-14T09:45:00+02:00"
    assert article.updated.isoformat() == "2023-03-15T11:00:00+02:00"
    assert [a.name for a in article.authors] == ["ليلى منصور", "سامر حداد"]
    assert article.publisher == "صحيفة المدينة"
    assert article.section == "ثقافة"
    assert article.tags == ("مكتبات", "إتاحة")
    assert article.summary == "قاعة جديدة تتيح للمكفوفين وضعاف البصر الاستماع إلى الكتب."
    assert article.source_url == "https://example.org/news/reading-hall"


def test_arabic_article_blocks_in_order() -> None:
    with pytest.warns(ArtexportWarning, match="reading-hall.png"):
        article = load_article(FIXTURES / "ar-article.html")
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["paragraph", "paragraph", "paragraph", "heading", "list", "quote",
                     "heading", "list", "paragraph"]
    headings = [b for b in article.blocks if isinstance(b, Heading)]
    assert [(h.level, plain_text(h.spans)) for h in headings] == [
        (2, "أرقام القاعة"), (3, "خطوات الاستعارة")]
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert [len(x.items) for x in lists] == [3, 2]
    assert [x.ordered for x in lists] == [False, True]
    quote = next(b for b in article.blocks if isinstance(b, Quote))
    assert plain_text(quote.paragraphs[0]) == "كنت أنتظر من يقرأ لي، واليوم أختار الكتاب بنفسي."
    assert plain_text(quote.attribution) == "أحد رواد القاعة"
    # <br> ends a paragraph; <strong> and a lang="en" run survive as spans
    second = article.blocks[1]
    assert isinstance(second, Paragraph)
    assert any(s.emphasis == "strong" and s.text == "مفتوحة مجانا" for s in second.spans)
    third = article.blocks[2]
    assert isinstance(third, Paragraph) and plain_text(third.spans).startswith("وأضافت")
    assert any(s.text == "Open Library" and s.lang == "en" and s.direction == "ltr"
               for s in third.spans)
    # a web link keeps its target, a site-relative one keeps only its text
    assert hrefs(article) == ["https://example.org/register"]
    assert "مكتب الاستقبال" in plain_text(second.spans)


def test_arabic_article_drops_page_furniture() -> None:
    text = load_quietly(FIXTURES / "ar-article.html").to_json()
    for gone in ("سياسة", "رياضة", "شارك", "طباعة", "التعليقات", "اكتب تعليقك", "الأكثر قراءة",
                 "خبر آخر لا علاقة له", "جميع الحقوق محفوظة", "بقلم"):
        assert gone not in text, gone


def test_lead_image_from_og_image_with_caption_credit_and_file(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    shutil.copy(FIXTURES / "ar-article.html", page)
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "reading-hall.png")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)
        article = load_article(tmp_path)  # the folder: article.html is found
    lead = article.lead_image
    assert lead is not None
    assert lead.image.path == tmp_path / "reading-hall.png"
    assert lead.image.media_type == "image/png"
    assert (lead.image.width, lead.image.height) == (80, 50)
    assert lead.image.alt == "رفوف كتب بطريقة برايل قرب نافذة"
    assert plain_text(lead.caption) == "القاعة الجديدة في الطابق الأرضي"
    assert lead.image.credit == "تصوير: نادر علي"
    assert not any(isinstance(b, Figure) for b in article.blocks)  # not repeated in the body


# ---- an English page without <article>: the densest text wins -----------------------

def test_english_page_without_article_element() -> None:
    article = load_quietly(FIXTURES / "en-nav.html")
    assert article.title == "Volunteers clear three tonnes of litter from the river"
    assert article.lang == "en" and article.direction == "ltr"
    assert [a.name for a in article.authors] == ["Ruth Okafor"]
    assert article.published is not None
    assert article.published.isoformat().startswith("2022-05-05T16:10")
    text = body_text(article)
    order = [text.find(s) for s in ("More than two hundred volunteers", "piano stool",
                                    "Council workers", "Sensor readings",
                                    "Another clean-up is planned")]
    assert -1 not in order and order == sorted(order)
    everything = article.to_json()
    for gone in ("Weather", "Business", "Science", "Most popular", "Mayor opens",
                 "newsletter", "Copyright", "Valley Gazette"):
        assert gone not in everything, gone
    quote = next(b for b in article.blocks if isinstance(b, Quote))
    assert plain_text(quote.attribution) == "Dev Patel, organiser"
    assert hrefs(article) == ["mailto:rivers@example.org"]
    pre = next(b for b in article.blocks if isinstance(b, Preformatted))
    assert pre.text == "site=mill  turbidity=12\nsite=bridge turbidity=9"
    assert pre.language == "text"
    table = next(b for b in article.blocks if isinstance(b, Table))
    assert [[plain_text(c) for c in r] for r in table.rows] == [
        ["Item", "Count"], ["Tyres", "41"], ["Bottles", "1,950"]]


# ---- hostile pages ------------------------------------------------------------------

def test_hostile_page_keeps_no_script_handler_or_embedded_content() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(FIXTURES / "hostile.html")
    everything = article.to_json()
    for bad in ("payload", "javascript", "vbscript", "document.cookie", "evil.example/steal",
                "evil.example/track", "iframe-fallback-text", "object-fallback-text",
                "svg-text", "template-text", "noscript-text", "hidden-text",
                "display-none-text", "form-text", "Send", "onerror", "onload", "color:red"):
        assert bad not in everything, bad
    assert hrefs(article) == ["https://example.org/programme"]
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)][1] == \
        "Visitors could claim a prize, read the programme or open this."
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    # the inline data: pixel is no article image (the extractor leaves it out); every
    # other one is kept by name and refused by the loader
    assert [f.image.src for f in figures] == ["x.png", "https://evil.example/photo.jpg",
                                              "../../outside.png"]
    assert all(f.image.path is None for f in figures)  # none of them is ever read
    assert figures[0].image.alt == "A brass band on the quay"
    messages = [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)]
    for src in ("x.png", "https://evil.example/photo.jpg", "../../outside.png"):
        assert any(src in m for m in messages), src


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"root:x:0:0:fetched")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    """A web server on localhost that records every request it gets."""
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("suffix", [".html", ".xhtml"])
def test_nothing_is_ever_fetched(tmp_path: Path, local_server: str, suffix: str) -> None:
    page = tmp_path / f"page{suffix}"
    page.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [<!ENTITY ext SYSTEM "{local_server}/entity">]>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>
<title>Ferry timetable</title>
<link rel="stylesheet" href="{local_server}/style.css"/>
<script src="{local_server}/script.js"></script>
<meta property="og:image" content="{local_server}/og.jpg"/>
</head><body><article>
<p>The ferry timetable &ext; changes on Monday, the operator said in a statement.</p>
<img src="{local_server}/photo.jpg" alt="The ferry"/>
<iframe src="{local_server}/frame"></iframe>
</article></body></html>""", encoding="utf-8")
    article = load_quietly(page)
    time.sleep(0.2)  # a stray request would have arrived by now
    assert _Recorder.hits == []
    assert "fetched" not in article.to_json()
    assert body_text(article).startswith("The ferry timetable changes on Monday")


@pytest.mark.parametrize("name", ["xxe.xhtml", "xxe.html"])
def test_external_entities_are_never_expanded(name: str) -> None:
    with pytest.warns(ArtexportWarning, match=r"&remote;, &secret; .*not expanded"):
        article = load_article(FIXTURES / name)
    everything = article.to_json()
    assert "root:" not in everything and "/etc/passwd" not in everything
    assert "&secret;" not in everything and "&remote;" not in everything
    assert article.title == "Tide tables updated for the summer"
    assert body_text(article).startswith(
        "The harbour office has published new tide tables for the summer season")


def test_entity_bomb_is_not_expanded() -> None:
    with pytest.warns(ArtexportWarning, match="lol9"):
        article = load_article(FIXTURES / "lol.xhtml")
    assert "lol" not in body_text(article) and "lol" not in article.title
    assert paragraphs_of(article)[0] == ("Boat owners should check the times before setting "
                                         "out, the office said on Friday.")


def test_page_nested_too_deep_is_refused_not_cut_short(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>Tide tables updated</title></head><body><article>"
                    "<p>The harbour office has published new tide tables for the summer.</p>"
                    + "<div>" * 400 + "deep text" + "</div>" * 400
                    + "</article></body></html>", encoding="utf-8")
    # libxml2 stops at 256 levels (huge_tree off): the rest of the page would be lost
    # without a word, so the page is refused.
    with pytest.raises(ArticleError, match=f"{page}: nested more than 256 levels deep"):
        load_article(page)


def test_well_formed_xhtml_is_read_as_xml(tmp_path: Path) -> None:
    page = tmp_path / "page.xhtml"
    page.write_text("""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head><title>موعد جديد للقطار</title></head>
<body><main><h1>موعد جديد للقطار</h1>
<p>يبدأ القطار الجديد رحلاته يوم الأحد المقبل&#160;من المحطة المركزية، وفق ما أعلنت الهيئة.</p>
<div/><p>وتستغرق الرحلة ساعتين&#x200C; تقريبا.</p>
<ul><li>ثلاث رحلات يوميا</li><li>تذاكر مخفضة للطلاب</li></ul>
</main></body></html>""", encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "موعد جديد للقطار"
    assert article.lang == "ar" and article.direction == "rtl"
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph", "list"]
    assert "المقبل من المحطة" in body_text(article)  # &#160; became a space


# ---- encodings and errors -----------------------------------------------------------

def test_page_in_its_declared_arabic_charset(tmp_path: Path) -> None:
    page = tmp_path / "old.htm"
    page.write_bytes("""<html lang="ar"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>افتتاح معرض الكتاب</title></head><body><article><h1>افتتاح معرض الكتاب</h1>
<p>افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة مئتي دار نشر من عشرين بلدا عربيا وأجنبيا.</p>
</article></body></html>""".encode("cp1256"))
    article = load_quietly(page)
    assert article.title == "افتتاح معرض الكتاب"
    assert body_text(article).startswith("افتتح معرض الكتاب أبوابه")


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "file is empty"),
    (b"<html>\x00\x00</html>", "binary"),
    ("<html><body><p>نص</p></body></html>".encode("cp1256"), "not valid UTF-8"),
    (b"<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>",
     "no body text"),
])
def test_bad_pages_get_one_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    with pytest.raises(ArticleError, match=problem) as info:
        load_article(page)
    assert str(info.value).startswith(str(page))


def test_a_page_without_a_title_takes_its_headline_or_opening_words(tmp_path: Path) -> None:
    # a page saved from its body on (Mehr News, its <head> lost) was refused with "the
    # article has no title", its <h1> being in a part named "item-header"
    body = ("<p>Volunteers cleared forty bags of rubbish from the river bank on Saturday "
            "morning, the council said.</p><p>The mayor thanked everyone who came.</p>")
    page = tmp_path / "page.html"
    page.write_text(f'<html><body><article><div class="item-header"><h1>River bank '
                    f'cleared</h1></div><p itemprop="description">Forty volunteers spent '
                    f'their Saturday on the river bank.</p><div itemprop="articleBody">'
                    f'{body}</div></article></body></html>', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = load_article(page)
    assert article.title == "River bank cleared"
    assert article.summary == "Forty volunteers spent their Saturday on the river bank."
    assert body_text(article).startswith("Volunteers cleared forty bags")
    # no heading anywhere: its opening words, with a warning naming the file
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    with pytest.warns(ArtexportWarning, match=rf"{page.name}: no headline found in the page"):
        article = load_article(page)
    assert article.title == "Volunteers cleared forty bags of rubbish from the river bank…"
    assert body_text(article).startswith("Volunteers cleared forty bags")


def test_bad_lang_attribute_is_ignored_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html lang='arabic language'><head><title>موعد جديد للقطار</title></head>"
                    "<body><article><p>يبدأ القطار الجديد رحلاته يوم الأحد المقبل من المحطة "
                    "المركزية.</p></article></body></html>", encoding="utf-8")
    with pytest.warns(ArtexportWarning, match="not a language tag") as caught:
        article = load_article(page)
    assert str(caught[0].message).startswith(f"{page}: page language 'arabic language'")
    assert article.lang == "ar"  # detected from the text instead


def test_a_long_bad_lang_attribute_is_shortened_in_the_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html lang='{'x' * 5000}'><head><title>موعد جديد للقطار</title></head>"
                    "<body><article><p>يبدأ القطار الجديد رحلاته يوم الأحد المقبل من المحطة "
                    "المركزية.</p></article></body></html>", encoding="utf-8")
    with pytest.warns(ArtexportWarning, match="not a language tag") as caught:
        load_article(page)
    message = str(caught[0].message)
    assert message.startswith(f"{page}: page language 'xxx")
    assert "x" * 300 not in message and "...' is not a language tag" in message


def test_inspect_prints_a_page_as_json() -> None:
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect",
                           str(FIXTURES / "ar-article.html")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["title"] == "مكتبة الحي تفتح قاعة للقراءة الصوتية"
    assert data["published"] == "2023-03-14T09:45:00+02:00"
    assert [a["name"] for a in data["authors"]] == ["ليلى منصور", "سامر حداد"]
    assert data["lead_image"]["image"]["src"] == "reading-hall.png"
    assert data["lang"] == "ar" and data["direction"] == "rtl"
    assert "reading-hall.png" in proc.stderr  # warned: the image file is not there


# ---- structure from the extractor's XML: lists, tables, figures, quotes, dropped ----

def test_structured_page_maps_lists_tables_captions_and_quotes() -> None:
    with pytest.warns(ArtexportWarning, match="ferry.jpg"):
        article = load_article(FIXTURES / "en-structure.html")
    assert article.title == "Ferry timetable changes for the winter"
    assert [a.name for a in article.authors] == ["Maria Lindqvist"]
    # a bullet list after a one-line lead is kept whole, right after its lead
    lead_at = next(n for n, b in enumerate(article.blocks) if isinstance(b, Paragraph)
                   and plain_text(b.spans).endswith("passengers will notice first:"))
    bullets = article.blocks[lead_at + 1]
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [plain_text(i) for i in bullets.items] == [
        "the first morning crossing leaves half an hour later, at seven",
        "the late evening crossing on Sundays is cancelled until March",
        "bicycles travel free of charge on every crossing"]
    # the figure keeps its caption, without the credit, which goes to the image
    figure = next(b for b in article.blocks if isinstance(b, Figure))
    assert figure.image.src == "ferry.jpg"
    assert figure.image.alt == "A white ferry leaving the harbour in fog"
    assert plain_text(figure.caption) == "The ferry leaving the north pier on a foggy morning"
    assert figure.image.credit == "Jonas Berg"  # (its label, "Photo:", the editions say)
    # a table is a table of rows, its head row a header row
    table = next(b for b in article.blocks if isinstance(b, Table))
    assert [[plain_text(c) for c in r] for r in table.rows] == [
        ["Day", "First crossing", "Last crossing"], ["Weekdays", "07:00", "21:30"],
        ["Saturdays", "08:00", "20:00"]]
    assert table.header_rows == 1
    quote = next(b for b in article.blocks if isinstance(b, Quote))
    assert [plain_text(p) for p in quote.paragraphs] == [
        "We understand the concern, and we will review the morning crossing after the first "
        "month of the new timetable."]
    assert plain_text(quote.attribution) == "Anna Holm, harbour board chair"
    text = body_text(article)
    assert text.index("Crossing times") < text.index("Weekdays") < text.index("We understand")
    for gone in ("News", "Travel", "Related stories", "Harbour crane", "Copyright"):
        assert gone not in article.to_json(), gone


def test_structured_page_reports_what_it_left_out() -> None:
    article = load_quietly(FIXTURES / "en-structure.html")
    assert [(d.line, d.reason, d.text) for d in article.dropped] == [
        (7, "navigation", "News"), (7, "navigation", "Sport"), (7, "navigation", "Travel"),
        (37, "related links", "Related stories"),
        (38, "aside", "Harbour crane to be replaced next spring"),
        (38, "aside", "Fishing quotas cut again for the coming year"),
        (41, "footer", "Copyright 2024 Harbour Times. All rights reserved.")]
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect", "--dropped",
                           str(FIXTURES / "en-structure.html")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "   38  aside                 Harbour crane to be replaced next spring" in proc.stdout
    assert proc.stdout.rstrip().endswith("7 left out (27 words)")


def test_keep_all_keeps_every_line_of_a_page() -> None:
    article = load_article_keep_all(FIXTURES / "en-structure.html")
    text = body_text(article)
    assert article.dropped == ()
    for line in ("Travel", "Harbour crane to be replaced next spring",
                 "bicycles travel free of charge on every crossing", "Copyright 2024"):
        assert line in text, line


def load_article_keep_all(path: Path) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        return load_article(path, keep_all=True)


# ---- the real-world corpus ----------------------------------------------------------

CORPUS_CASES: dict[str, dict[str, Any]] = {
    "03-tn-assabah-sudan-interview.html": {
        "title": "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة "
                 "سودانية ولا حاجة لنستورد شيئا",
        "present": ["مالذي يحدث في السودان؟", "*ما الذي يحدث في السودان",
                    "*و هل الجنوب اليوم في وضع أفضل", "سياسة جس النبض"],
        "absent": ["تجاوز إلى المحتوى", "الحياة الوطنية", "إضافة تعليق جديد", "فاكس",
                   "الأبراج", "نسخة للطباعة", "جريدة الصباح بتاريخ", "Tweet"],
        "published": "2019-02-08T00:00:00+01:00", "lang": "ar", "authors": ["آسيا العتروس"],
    },
    "04-sy-cnnarabic-2013-qalamoun-depots.html": {
        "title": "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        "present": ["أكدت جهات سورية معارضة", "ثلاثة مستودعات للذخيرة", "وشدد الائتلاف"],
        "absent": ["CNN en Espa", "MÉXICO", "INTERNATIONAL", "الأكثر تصفحاً", "ترحب شبكة CNN",
                   "الآراء الواردة", "القبض على شاب", "Cable News Network", "advertisement"],
        "published": "2013-08-28", "lang": "ar", "dateline": "دمشق، سوريا (CNN)",
    },
    "20-en-bbc-obama-gun-laws.html": {
        "title": "Obama admits US gun laws are his 'biggest frustration'",
        "present": ["President Barack Obama has admitted", "The UK must stay in the EU",
                    "Analysis: Jon Sopel", "first US president to address the African Union"],
        "absent": ["Skip to content", "CBeebies", "iWonder", "Most read", "Outbrain",
                   "Hulk Hogan", "Jeep hack", "Media caption", "Advertisement", "rubiconproject",
                   "Share this story", "BBC Africa Live"],
        "published": "2015-07-24T05:36:09+01:00", "lang": "en",
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_corpus_page(corpus: Path, name: str) -> None:
    case = CORPUS_CASES[name]
    article = load_quietly(corpus / name)
    assert article.title == case["title"]
    assert article.lang == case["lang"]
    text = body_text(article)
    positions = [text.find(s) for s in case["present"]]
    assert -1 not in positions, [s for s, p in zip(case["present"], positions, strict=True)
                                 if p == -1]
    assert positions == sorted(positions), "body text out of source order"
    everything = article.to_json()
    for gone in case["absent"]:
        assert gone not in everything, gone
    assert article.published is not None
    assert article.published.isoformat().startswith(case["published"])
    if "authors" in case:
        assert [a.name for a in article.authors] == case["authors"]
    if "dateline" in case:
        assert article.dateline == case["dateline"]


def test_corpus_bbc_figures_keep_captions_and_remote_images_are_refused(corpus: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(corpus / "20-en-bbc-obama-gun-laws.html")
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert figures and all(f.image.path is None for f in figures)
    captions = [plain_text(f.caption) for f in figures]
    assert "The president said he would continue fighting for greater gun control laws" \
        in captions
    remote = [w for w in caught if issubclass(w.category, ArtexportWarning)
              and "ichef" in str(w.message)]
    assert len(remote) == len(figures)
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and len(lists[0].items) == 6  # the "also said" list, no link lists


# ---- text trafilatura would lose ---------------------------------------------------------

_PROSE = ("The harbour board met on Tuesday to agree the new tide tables, which take effect "
          "next month after two years of surveys along the eastern quay number {n}.")


def _story(folder: Path, middle: str, *, before: int = 4, after: int = 4,
           title: str = "Tide tables updated", container: str = "article",
           tail: str = "") -> Path:
    """A saved page: ``before`` paragraphs of prose, ``middle``, ``after`` more (numbered
    on), then ``tail``, all in ``container`` under the headline."""
    prose = [f"<p>{_PROSE.format(n=n)}</p>" for n in range(before + after)]
    body = "".join(prose[:before]) + middle + "".join(prose[before:]) + tail
    page = folder / "page.html"
    page.write_text(f"<html lang='en'><head><title>{title}</title></head><body>"
                    f"<{container}><h1>{title}</h1>{body}</{container.split()[0]}>"
                    "</body></html>", encoding="utf-8")
    return page


def test_text_after_an_empty_inline_element_is_kept(tmp_path: Path) -> None:
    """trafilatura's precision setting drops a paragraph holding an empty inline element
    (its text is that element's tail): WordPress's "read more" anchor, an icon. Every
    such paragraph comes back whole, in its place."""
    kept = [
        '<p><span id="more-5662"></span>Fishing boats may now unload at any hour.</p>',
        "<p>Night pilots <span></span>will guide the larger ferries through the channel.</p>",
        '<p><i class="icon-anchor"></i>The old lighthouse keeps its foghorn.</p>',
        "<p><span><b></b></span>Residents can read the tables at the library.</p>",
        '<h2>Ferry fares fall<a href="https://example.org/fares"></a></h2>',
    ]
    blocks = load_quietly(_story(tmp_path, "".join(kept))).blocks
    assert "Ferry fares fall" in [plain_text(b.spans) for b in blocks if isinstance(b, Heading)]
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, Paragraph)]
    wanted = ["Fishing boats may now unload at any hour.",
              "Night pilots will guide the larger ferries through the channel.",
              "The old lighthouse keeps its foghorn.",
              "Residents can read the tables at the library."]
    for sentence in wanted:
        assert any(sentence in t for t in texts), sentence
    order = [next(i for i, t in enumerate(texts) if s in t) for s in wanted]
    assert order == sorted(order)
    assert texts[0].startswith(_PROSE.format(n=0)[:40])


def test_text_before_a_link_is_kept_when_trafilatura_loses_it(tmp_path: Path) -> None:
    """A saved CNN page (../shared/extraction) whose paragraphs are text-bearing <div>s
    with links: trafilatura keeping links lost the text before them ("CNBC reportedthat",
    a paragraph gone); its plain reading of the page wins, every sentence is there."""
    import gzip

    from conftest import SHARED, require_shared

    pages = require_shared(SHARED / "extraction" / "html")
    found = list(pages.glob("d605bdef2cde*.html.gz"))
    require_shared(found[0] if found else pages / "d605bdef2cde (the CNN page)")
    page = tmp_path / "asian-markets.html"
    page.write_bytes(gzip.decompress(found[0].read_bytes()))
    text = "\n".join(plain_text(b.spans) for b in load_quietly(page).blocks
                     if isinstance(b, Paragraph))
    for sentence in ("The major Asian market indexes were mixed in early trading Tuesday "
                     "after CNBC reported that the mood in Beijing was pessimistic.",
                     "Japan's Nikkei 225 (N225) declined 0.3%",
                     "US stock futures were last trading slightly positive during Asian "
                     "trading hours"):
        assert sentence in text, sentence
    assert "reportedthat" not in text


def test_words_inside_a_sentence_are_kept_whatever_their_class(tmp_path: Path) -> None:
    """trafilatura removes elements by class names meant for page sections ("share",
    "related", "link") even in the middle of a sentence; a sentence comes back whole,
    while a share bar of links (no words of its own between them) is still left out."""
    sentences = [
        ('The board has reported that <span class="link"><a href="https://example.org/a">'
         "the quay will reopen</a></span> in the spring.",
         "The board has reported that the quay will reopen in the spring."),
        ('Engineers said <span class="share">the old crane</span> will be kept as a '
         "landmark.", "Engineers said the old crane will be kept as a landmark."),
        ('Ferry times <em class="related">change twice a year</em> with the tides.',
         "Ferry times change twice a year with the tides."),
    ]
    middle = "".join(f"<p>{html}</p>" for html, _ in sentences)
    middle += ('<p class="share-bar"><a class="share" href="https://example.org/f">Facebook'
               '</a> <a class="share" href="https://example.org/x">X</a></p>')
    page = _story(tmp_path, middle, title="Quay to reopen")
    text = "\n".join(plain_text(b.spans) for b in load_quietly(page).blocks
                     if isinstance(b, Paragraph))
    for _, sentence in sentences:
        assert sentence in text, sentence
    assert "Facebook" not in text


def test_a_sentence_between_two_paragraphs_is_kept(tmp_path: Path) -> None:
    """A page that leaves a sentence outside any paragraph ('</p>"It is a quiet
    harbour," she said.<p>'): trafilatura keeps it as loose text between its blocks,
    which comes back as a paragraph in its place; the page's address left there is not
    article text."""
    page = _story(tmp_path, '"It is a quiet harbour most of the year, and the new tables '
                  'will keep it that way," the harbour master said.',
                  container="div class='story'",
                  tail="https://example.org/news/harbour-tide-tables-2024")
    texts = [plain_text(b.spans) for b in load_quietly(page).blocks
             if isinstance(b, Paragraph)]
    quote = next(i for i, t in enumerate(texts) if t.startswith('"It is a quiet harbour'))
    assert texts[quote].endswith("the harbour master said.")
    assert texts[quote - 1] == _PROSE.format(n=3) and texts[quote + 1] == _PROSE.format(n=4)
    assert not any("example.org" in t for t in texts)


def test_a_linked_heading_over_prose_is_kept(tmp_path: Path) -> None:
    """A review whose product names are headings linked to a shop: trafilatura's
    precision setting drops a heading that is all link (a related story); followed by a
    paragraph of prose it is the heading of that paragraph and is kept, in place."""
    review = ("It charges a laptop and a phone at once from the car socket, stays cool on "
              "long drives and costs less than the maker's own charger; the cable is short "
              "but sturdy and the plug grips firmly. Number {n}.")
    products = ["Harbour Lamp 12W", "Quayside Dock Charger", "Tidewater Speaker"]
    middle = "".join(f'<h3><a href="https://shop.example.org/{n}">{name}</a></h3>'
                     f"<p>{review.format(n=n)}</p>" for n, name in enumerate(products))
    page = _story(tmp_path, middle, before=1, after=3, title="Gadgets we liked")
    blocks = load_quietly(page).blocks
    headings = [plain_text(b.spans) for b in blocks if isinstance(b, Heading)]
    assert headings == products
    for n, name in enumerate(products):
        at = next(i for i, b in enumerate(blocks)
                  if isinstance(b, Heading) and plain_text(b.spans) == name)
        after = blocks[at + 1]
        assert isinstance(after, Paragraph) and plain_text(after.spans).endswith(f"{n}.")


def test_a_digest_keeps_its_linked_headings(tmp_path: Path) -> None:
    """A morning briefing: each item a heading linked to the full story over a short
    paragraph, in the <article> of the page's headline. Its items' headings were
    dropped (all link, and paragraphs shorter than a review's); a video player's linked
    title inside the article is still no heading of the text."""
    items = [("Budget vote set for Thursday", "Lawmakers will vote on the budget on "
              "Thursday after weeks of talks in the state house."),
             ("Storm to hit the coast", "Forecasters expect heavy rain and strong winds "
              "along the coast from Wednesday night."),
             ("City reach the final", "City beat United two goals to one to reach the cup "
              "final for the first time since 1998.")]
    player = ('<div class="video-container"><div class="caption"><h4><a href="/v/1">'
              'Watch the morning headlines in two minutes</a></h4><p>The main stories of '
              'the morning read by our presenter in the studio today.</p></div></div>')
    middle = player + "".join(f'<h2><a href="/news/{n}">{head}</a></h2><p>{text}</p>'
                              for n, (head, text) in enumerate(items))
    blocks = load_quietly(_story(tmp_path, middle, before=1, after=0,
                                 title="Morning briefing")).blocks
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, (Heading, Paragraph))]
    for head, text in items:
        assert texts[texts.index(head) + 1] == text
    assert "Watch the morning headlines in two minutes" not in texts


def test_a_world_service_page_labels_its_byline_promos_and_captions(tmp_path: Path) -> None:
    """The BBC's World Service pages (forty languages, one markup): the byline is a
    region labelled "article-byline" whose items carry labels for screen readers
    ("Author, ", "Role, "), a podcast promo is a region labelled "podcast-promo", and
    each caption opens with a hidden "التعليق على الصورة، ". The byline was read as
    the body's first lines and the author lost; the promo's "تخطى البودكاست وواصل
    القراءة" was body text; the captions said their label twice in the editions."""
    text = ["ارتفعت أسعار الخبز غير المدعوم في عدد من المحافظات خلال الأسبوع الجاري، وسط "
            "مخاوف من موجة غلاء جديدة تطال السلع الأساسية في الأسواق.",
            "وقال أصحاب مخابز في القاهرة والجيزة إن سعر الرغيف زاد بنحو النصف منذ بداية "
            "الشهر، بسبب ارتفاع تكلفة الدقيق المستورد من الخارج.",
            "ويعتمد ملايين المواطنين على الخبز المدعوم الذي توفره الحكومة عبر بطاقات "
            "التموين، لكن كثيرين يشترون الخبز الحر عندما لا تكفي حصصهم.",
            "ويتوقع خبراء أن تستمر الضغوط على الأسعار في الأشهر المقبلة ما لم تتحسن موارد "
            "البلاد من العملة الصعبة، وفق ما قالوا لبي بي سي."]
    hidden = 'class="bbc-1a3w4ok"'  # (a hashed class: nothing in its name says "hidden")
    paragraphs = [f'<div class="bbc-19j92fr"><p>{t}</p></div>' for t in text]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>ارتفاع أسعار الخبز - BBC News عربي</title>'
        '<meta property="og:site_name" content="BBC News عربي"></head><body>'
        '<nav><ul><li><a href="/arabic">الرئيسية</a></li><li><a href="/x">اقتصاد</a></li>'
        '</ul></nav><main><h1>ارتفاع أسعار الخبز يثير قلق الأسر</h1>'
        '<time datetime="2024-02-16">16 فبراير/ شباط 2024</time>'
        '<section aria-labelledby="article-byline" role="region"><h2 id="article-byline" '
        f'{hidden}>معلومات عن الكاتب</h2><ul role="list"><li><span {hidden}>Author, </span>'
        f'<span>أحمد عبد الله</span></li><li><span {hidden}>Role, </span><span>بي بي سي نيوز '
        'عربي - القاهرة</span></li></ul></section>'
        + paragraphs[0] + paragraphs[1] +
        '<section aria-labelledby="podcast-promo" role="region"><a href="#end">'
        '<span>تخطى البودكاست وواصل القراءة</span></a><strong id="podcast-promo">البودكاست'
        '</strong><p>حلقات أسبوعية عن الاقتصاد والمجتمع</p><p id="end">البودكاست نهاية</p>'
        '</section>' + paragraphs[2] +
        '<figure><img src="wheat.jpg" alt="حقل قمح"><figcaption><span '
        f'{hidden}>التعليق على الصورة، </span>تستورد البلاد معظم احتياجاتها من القمح'
        '</figcaption></figure>' + paragraphs[3] + '</main></body></html>',
        encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["أحمد عبد الله"]
    assert paragraphs_of(article) == text
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] == ["تستورد البلاد معظم احتياجاتها من القمح"]
    said = body_text(article)
    assert "البودكاست" not in said and "Author" not in said and "معلومات عن الكاتب" not in said


_WORLD_SERVICE_TEXT = [
    "على منحدرات جبل الباروك، يقيس عالم البيئة جورج متري جذوع أشجار عمرها مئات السنين، "
    "ويسجل أن عدد الشتلات الجديدة يقل كل عام.",
    "يقول متري إن الأرز يحتاج إلى برد الشتاء وثلوجه كي تنبت بذوره، وإن خط الثلج يرتفع في "
    "كل عقد نحو خمسين مترا.",
    "في مختبر صغير تابع للجامعة الأمريكية في بيروت، تحفظ الباحثة ريم حداد أكثر من اثني عشر "
    "ألف بذرة أرز جمعت من أربعة عشر موقعا.",
    "ويضيف متري أن بنوك البذور وحدها لا تكفي، وأن إنقاذ الأرز يتطلب زراعته في مرتفعات "
    "جديدة لم يعرفها من قبل."]


def _world_service_page(folder: Path, *, first: str = "", middle: str = "") -> Path:
    """A BBC World Service article as its pages print one: a byline list whose parts
    carry hidden labels ("Author, ", "Role, ") in no labelled region, ``first`` above
    the text, ``middle`` between its second and third paragraphs (hashed class names)."""
    label = '<span class="bbc-1j3qt2q">'
    p = [f'<div dir="rtl" class="bbc-19j92fr"><p class="bbc-hhl7in">{t}</p></div>'
         for t in _WORLD_SERVICE_TEXT]
    page = folder / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>لماذا تختفي أشجار الأرز من جبال لبنان؟ - BBC '
        'News عربي</title></head><body><main role="main"><article><header><h1 id="content">'
        'لماذا تختفي أشجار الأرز من جبال لبنان؟</h1></header><div class="bbc-1ubfszc"><ul '
        'role="list"><li><div><span>' + label + 'Author, </span>نادين شريف</span></div><div>'
        '<span>' + label + 'Role, </span>بي بي سي نيوز عربي - بيروت</span></div></li></ul>'
        '</div><time datetime="2024-03-10">10 مارس/ آذار 2024</time>' + first + p[0] + p[1]
        + middle + p[2] + p[3] + '</article></main></body></html>', encoding="utf-8")
    return page


def test_a_world_service_byline_list_is_the_byline_not_text(tmp_path: Path) -> None:
    """A World Service byline printed as a list under the headline, its parts labelled
    for screen readers ("Author, ", "Role, ") and in no region labelled "byline": it
    stayed in the body as a list item "Author, نادين شريفRole, ..." (the byline read a
    second time, the names run together), and the writer's role was lost."""
    article = load_quietly(_world_service_page(tmp_path))
    assert [(a.name, a.role) for a in article.authors] == [
        ("نادين شريف", "بي بي سي نيوز عربي - بيروت")]
    assert not [b for b in article.blocks if isinstance(b, ListBlock)]
    assert paragraphs_of(article) == _WORLD_SERVICE_TEXT
    assert "Author" not in body_text(article) and "Role" not in body_text(article)


def test_a_world_service_figure_keeps_its_labelled_credit(tmp_path: Path) -> None:
    """A World Service photo's source is printed beside the image, after a label for
    screen readers ("صدر الصورة، Getty Images"; "Image source, " on the English
    template): every figure lost its credit."""
    label = '<span class="bbc-1j3qt2q">'

    def figure(src: str, source: str, credit: str, caption: str) -> str:
        return (f'<figure><div><img alt="صورة" src="{src}"><p role="text">{label}{source}'
                f'</span>{credit}</p></div><figcaption>{label}التعليق على الصورة، </span>'
                f'{caption}</figcaption></figure>')

    article = load_quietly(_world_service_page(
        tmp_path, first=figure("cedar.jpg", "صدر الصورة، ", "Getty Images",
                               "تضم محمية أرز الشوف ربع ما تبقى من أشجار الأرز في لبنان"),
        middle=figure("seeds.jpg", "Image source, ", "BBC/Nadine Sherif",
                      "تحفظ البذور في درجة حرارة 18 تحت الصفر")))
    figures = list(article.figures())
    assert [(f.image.src, f.image.credit, plain_text(f.caption)) for f in figures] == [
        ("cedar.jpg", "Getty Images", "تضم محمية أرز الشوف ربع ما تبقى من أشجار الأرز في لبنان"),
        ("seeds.jpg", "BBC/Nadine Sherif", "تحفظ البذور في درجة حرارة 18 تحت الصفر")]
    assert paragraphs_of(article) == _WORLD_SERVICE_TEXT


def test_what_a_skip_link_jumps_over_is_not_text(tmp_path: Path) -> None:
    """A World Service page's YouTube embed, a box opening with a skip link to its own
    end ("تخطى YouTube مشاركة, 1" ... "نهاية YouTube مشاركة, 1"): its consent notices and
    its caption were kept as the article's paragraphs (the player itself is gone with
    the page's scripts). A link to the article itself is no such box."""
    label = '<span class="bbc-1j3qt2q">'
    embed = (
        '<div class="bbc-1151ff5" data-e2e="media-embed"><a href="#end-of-youtube-content-1">'
        f'{label}تخطى YouTube مشاركة, 1</span></a><div><p>تحذير: بي بي سي غير مسؤولة عن '
        'محتوى المواقع الخارجية.</p><p>قد يتضمن المحتوى الموجود على YouTube إعلانات.</p>'
        f'<button>موافقة ومتابعة</button></div><p>{label}التعليق على الفيديو، </span>تحذير: '
        'بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.</p><div id="end-of-youtube-content-1">'
        f'{label}نهاية YouTube مشاركة, 1</span></div></div>')
    article = load_quietly(_world_service_page(
        tmp_path, first='<div><a href="#content">تخطى إلى المحتوى</a></div>', middle=embed))
    assert article.title == "لماذا تختفي أشجار الأرز من جبال لبنان؟"
    assert paragraphs_of(article) == _WORLD_SERVICE_TEXT
    assert "YouTube" not in body_text(article)


def test_an_author_printed_with_the_site_name_before_it(tmp_path: Path) -> None:
    """"هسبريس - محمد الراجي" in a span of class "author" under the headline (Hespress):
    the author was lost (no "byline" class, no metadata); the site's name is no name."""
    body = "".join(f"<p>{t}</p>" for t in [
        "أعلنت الحكومة رفع الحد الأدنى للأجور في القطاع الخاص بنسبة عشرة في المئة على "
        "مرحلتين، ابتداء من شهر سبتمبر المقبل، بعد اتفاق مع النقابات.",
        "وقال الناطق الرسمي باسم الحكومة إن الزيادة ستشمل أيضا القطاع الفلاحي، وإن "
        "الاتفاق يتضمن مراجعة الضريبة على الدخل لفائدة الأجراء.",
        "ورحبت النقابات بالاتفاق، لكنها طالبت بتسريع تنفيذ الالتزامات السابقة التي لم "
        "تنفذ بعد، وبإشراكها في مراقبة الأسعار."])
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>رفع الأجور</title><meta property='
        '"og:site_name" content="Hespress - هسبريس جريدة إلكترونية مغربية"></head><body>'
        '<article><h1>الحكومة تعلن رفع الحد الأدنى للأجور</h1><div class="article-header-'
        'info"><span class="author"><a href="/author/12">هسبريس - محمد الراجي</a></span>'
        f'<span class="date-post">الجمعة 16 فبراير 2024 - 22:00</span></div>{body}'
        '</article></body></html>', encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["محمد الراجي"]


def test_a_photo_story_is_its_intro_and_each_slide_with_its_caption(tmp_path: Path) -> None:
    """A photo story ("بالصور.."): an intro, then slides, each a photo, its counter ("1 /
    3") and its caption in boxes of their own, no <figure>. The counters were read as
    fractions between the captions ("a third", "two thirds"), and in a gallery this
    short trafilatura kept the intro alone: every caption -- the story itself -- was
    lost. Each slide is a figure with its caption, in order; no counter is left."""
    intro = ("في كل صباح جمعة، يتحول الطريق أسفل كوبري السيدة عائشة إلى سوق مفتوح يمتد "
             "لأكثر من كيلومتر، يبيع فيه الباعة كل ما يخطر على البال.")
    captions = ["يبدأ الباعة في فرش بضائعهم منذ الخامسة فجرا، قبل وصول أول الزبائن.",
                "عم سيد، 70 عاما، يبيع الراديوهات القديمة في المكان نفسه منذ 40 سنة.",
                "تنتهي السوق قرابة الثالثة عصرا، ويعود الطريق إلى زحامه المعتاد."]
    slides = "".join(
        f'<div class="slide"><div class="slideImg"><img src="{n}.jpg" alt=""></div><div '
        f'class="slideNum">{n} / {len(captions)}</div><div class="slideDesc">{caption}</div>'
        "</div>" for n, caption in enumerate(captions, 1))
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>بالصور.. سوق الجمعة في السيدة عائشة</title>'
        '</head><body><div class="albumDetails"><h1 class="albumTitle">بالصور.. سوق الجمعة '
        f'في السيدة عائشة</h1><div class="albumIntro"><p>{intro}</p></div><div class='
        f'"albumSlides">{slides}</div></div></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert article.lead_image is None
    assert paragraphs_of(article) == [intro]
    assert [(f.image.src, plain_text(f.caption)) for f in article.figures()] == [
        (f"{n}.jpg", caption) for n, caption in enumerate(captions, 1)]
    assert "/ 3" not in body_text(article)


def test_a_gallery_above_a_short_text_keeps_each_photo_with_its_caption(
        tmp_path: Path) -> None:
    """A local paper's photo gallery (BLOX's "asset-photo-gallery"): three photos, each
    caption ending in its credit in a <span>, then a one-paragraph text. trafilatura's
    reading with fallbacks (a text this short is read again) dropped the photos and ran
    their captions together as the text's first paragraph ("... 4 a.m. Ann Roe, The
    HeraldChildren sled ..."). Each photo is a figure with its caption and credit; the
    one the page shares (og:image), the first, leads."""
    site = "https://images.example.com/herald/"  # (the page's photos are remote)
    captions = ["Snow covers Main Street in downtown Riverton early Saturday morning.",
                "Children sled down the hill at Lincoln Park on Saturday afternoon.",
                "A city plow clears Fifth Avenue as snow continues to fall."]
    text = ("The first winter storm of the season dropped up to eight inches of snow across "
            "the valley Friday night and Saturday, closing schools and slowing traffic.")
    photos = "".join(
        f'<figure class="photo"><img src="{site}{n}.jpg" alt="photo {n}"><figcaption class='
        f'"caption-text">{caption} <span class="credit">Ann Roe, The Herald</span>'
        "</figcaption></figure>" for n, caption in enumerate(captions, 1))
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Photos: Snow blankets the valley</title><meta "
        f"property='og:image' content='{site}1.jpg'></head><body>"
        "<article><h1>Photos: Snow blankets the valley</h1><div class='asset-photo-gallery'>"
        f"{photos}</div><div class='asset-content' itemprop='articleBody'><p>{text}</p></div>"
        "</article>"
        "<footer>Copyright 2026 The Herald</footer></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs_of(article) == [text]
    assert article.lead_image is not None and article.lead_image.image.src == f"{site}1.jpg"
    assert [(f.image.src, plain_text(f.caption), f.image.credit) for f in article.figures()] \
        == [(f"{site}{n}.jpg", caption, "Ann Roe, The Herald")
            for n, caption in enumerate(captions, 1)]


def test_a_standfirst_that_retells_the_lede_does_not_hide_the_photo_under_it(
        tmp_path: Path) -> None:
    """France 24's Arabic page: headline, a standfirst ("chapo") opening with the same
    words as the text's first paragraph, the lead photo with its caption, then the text
    in its own container. The photo was lost: the standfirst was taken for the text's
    first paragraph, and nothing after it for a photo above the text."""
    lede = ("أعلنت الحكومة الجزائرية الأحد عن خطة لبناء خمس محطات جديدة لتحلية مياه البحر "
            "في ولايات ساحلية، لمواجهة شح المياه الذي تعانيه البلاد منذ سنوات.")
    chapo = ("أعلنت الحكومة الجزائرية الأحد عن خطة لإنشاء خمس محطات لتحلية مياه البحر "
             "بحلول 2028، في مواجهة الجفاف المتكرر.")
    rest = ["وقال وزير الري في مؤتمر صحفي إن المحطات ستدخل الخدمة تباعاً بين عامي 2027 "
            "و2028، وإن الأشغال ستبدأ مطلع العام المقبل بعد استكمال الدراسات التقنية.",
            "وتعتمد الجزائر بشكل متزايد على تحلية مياه البحر لتأمين مياه الشرب لسكان المدن "
            "الكبرى، بعد تراجع منسوب السدود بسبب قلة الأمطار في السنوات الأخيرة.",
            "وأشار الوزير إلى أن الدولة رصدت ميزانية خاصة لهذه المشاريع، دون أن يكشف عن "
            "قيمتها، مؤكداً أن شركات وطنية ستتولى إنجاز جزء كبير منها."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>خطة لتحلية مياه البحر</title></head><body>'
        '<article><h1>خطة لتحلية مياه البحر</h1><p class="t-content__chapo">' + chapo +
        '</p><figure class="m-figure"><img src="desal.jpg" alt=""><figcaption>محطة لتحلية '
        'مياه البحر غرب العاصمة الجزائرية</figcaption></figure><div class="t-content__body">'
        + "".join(f"<p>{t}</p>" for t in [lede, *rest]) + "</div></article></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.lead_image is not None and article.lead_image.image.src == "desal.jpg"
    assert plain_text(article.lead_image.caption) == "محطة لتحلية مياه البحر غرب العاصمة الجزائرية"
    assert paragraphs_of(article) == [lede, *rest]


def test_a_caption_that_only_credits_the_photo_is_its_credit(tmp_path: Path) -> None:
    """Hespress's lead photo has the caption "صورة: هسبريس": the photo's source, read
    out as its description. It is the credit, and the photo has no caption; a caption
    that describes stays one."""
    prose = [f"<p>وناقش المجلس في البند رقم {n} من جدول أعماله تفاصيل المشروع الذي يرفع ميزانية "
             "قطاعي الصحة والتعليم ويحدث مناصب مالية جديدة.</p>" for n in range(8)]
    text, more = "".join(prose[:4]), "".join(prose[4:])
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>الحكومة تصادق على مشروع القانون</title></head>'
        '<body><article><h1>الحكومة تصادق على مشروع القانون</h1><div class="post-thumbnail">'
        '<figure><img src="lead.jpg" alt=""><figcaption>صورة: هسبريس</figcaption></figure>'
        f'</div><div class="article-content">{text}<figure><img src="hall.jpg" alt="">'
        "<figcaption>تصوير: محمد علي</figcaption></figure><figure><img src='vote.jpg' "
        "alt=''><figcaption>النواب خلال التصويت على مشروع القانون</figcaption></figure>"
        f"{more}</div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.lead_image is not None
    assert (plain_text(article.lead_image.caption), article.lead_image.image.credit) == \
        ("", "هسبريس")
    assert [(plain_text(f.caption), f.image.credit) for f in article.figures()][1:] == [
        ("", "محمد علي"), ("النواب خلال التصويت على مشروع القانون", None)]


def test_a_credit_with_its_licence_is_the_photos_credit_whole(tmp_path: Path) -> None:
    """The Conversation's caption: '<span class="caption">...</span> <span
    class="attribution"><span class="source">Jane Roe</span>, <a>CC BY-ND</a></span>':
    the source was taken for the credit and the licence left in the caption (", CC
    BY-ND", read out after the description)."""
    page = _story(tmp_path, '<figure><img src="reef.jpg" alt=""><figcaption><span class='
                  '"caption">Fish graze on algae that would smother young corals.</span> '
                  '<span class="attribution"><span class="source">Jane Roe</span>, <a '
                  'class="license" href="https://example.org/l">CC BY-ND</a></span>'
                  "</figcaption></figure>")
    figure = next(f for f in load_quietly(page).figures() if f.image.src == "reef.jpg")
    assert plain_text(figure.caption) == "Fish graze on algae that would smother young corals."
    assert figure.image.credit == "Jane Roe, CC BY-ND"
    # a class that only ends in the word, on the box holding the caption and the credit
    # (Quanta's "_pattribution-w-auto"), is no credit: caption and credit were taken
    # together as the credit and the credit read again as the text's first paragraph
    page = _story(tmp_path, '<figure><img src="cells.jpg" alt=""><figcaption><div class='
                  '"w-100P _pattribution-w-auto"><div class="caption"><p>Tuft cells stained '
                  'yellow in the lining of a mouse lung.</p></div><div class="attribution">'
                  "<p>Courtesy of Ann Vaughan</p></div></div></figcaption></figure>")
    article = load_quietly(page)
    figure = next(f for f in article.figures() if f.image.src == "cells.jpg")
    assert (plain_text(figure.caption), figure.image.credit) == (
        "Tuft cells stained yellow in the lining of a mouse lung.", "Courtesy of Ann Vaughan")
    assert not any("Courtesy" in t for t in paragraphs_of(article))


def test_the_writers_bare_name_over_the_lead_photo_is_the_author(tmp_path: Path) -> None:
    """Al-Ahram prints the writer's bare name under the headline ("div.bref"), then the
    date, the lead photo and the text: the name was taken for the standfirst, and the
    page named no author."""
    text = ["افتتح رئيس مجلس الوزراء، صباح اليوم الإثنين، معرض القاهرة الدولي للكتاب في دورته "
            "الجديدة، بمشاركة أكثر من 60 دولة وألف ومئتي دار نشر عربية وأجنبية.",
            "وتفقد رئيس الوزراء عدداً من أجنحة المعرض، واستمع إلى شرح حول البرنامج الثقافي "
            "المصاحب الذي يضم ندوات وأمسيات شعرية.",
            "ويستمر المعرض حتى نهاية الشهر الجاري، ويفتح أبوابه للجمهور يومياً من العاشرة "
            "صباحاً حتى التاسعة مساء."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>افتتاح معرض القاهرة الدولي للكتاب</title>'
        '</head><body><div class="content"><h1>افتتاح معرض القاهرة الدولي للكتاب</h1><div '
        'class="bref">سماح عبد السلام</div><div class="date"><span>7-12-2026 | 13:45</span>'
        '</div><div class="image"><img src="book.jpg" alt="معرض الكتاب"><p class="caption">'
        'جانب من معرض القاهرة الدولي للكتاب</p></div><div class="body">'
        + "<br><br>".join(text) + "</div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["سماح عبد السلام"]
    assert article.subtitle is None
    assert article.lead_image is not None and article.lead_image.image.src == "book.jpg"
    assert paragraphs_of(article) == text


def test_photos_keep_their_captions_however_the_page_marks_them(tmp_path: Path) -> None:
    """Four ways a CMS prints a photo, each lost with its caption: a lead photo above the
    text's own container ("figure.post-thumbnail", outside what trafilatura reads); a
    WordPress photo with an empty alt; a Drupal figure in a "media-embed" wrapper
    (trafilatura drops the wrapper by its name); a caption in a div beside the image, no
    <figure> (CNN, Annahar)."""
    text = [f"Paragraph {n} of the story: the council voted on the budget for the coming "
            "year after a long debate about the bus routes and the libraries." for n in
            range(1, 7)]
    p = [f"<p>{t}</p>" for t in text]
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Council approves budget</title></head><body><article>"
        "<h1>Council approves budget</h1><figure class='post-thumbnail'><img src='lead.jpg' "
        "alt='The council chamber'><figcaption>Councillors vote in the main chamber"
        "</figcaption></figure><div class='article-content'>" + p[0] + p[1] +
        "<figure class='wp-block-image'><img src='a.jpg' alt=''><figcaption class="
        "'wp-element-caption'>The new bus station under construction</figcaption></figure>"
        + p[2] + "<div class='media-embed'><figure role='group'><img src='b.jpg' alt='A "
        "library'><figcaption>The central library will open on Sundays</figcaption></figure>"
        "</div>" + p[3] + "<div class='image'><img src='c.jpg' alt='A bus'><div class="
        "'image__caption'>Buses will run every ten minutes</div></div>" + p[4] + p[5] +
        "</div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.lead_image is not None
    assert plain_text(article.lead_image.caption) == "Councillors vote in the main chamber"
    assert [plain_text(b.caption) for b in article.blocks if isinstance(b, Figure)] == [
        "The new bus station under construction", "The central library will open on Sundays",
        "Buses will run every ten minutes"]
    assert paragraphs_of(article) == text
    assert not article.dropped


def test_a_subtitle_printed_as_such_is_the_summary_not_the_first_paragraph(
        tmp_path: Path) -> None:
    """Youm7 prints its standfirst as "<h2 class="subTitle">", then a paragraph and a
    photo: the standfirst was lost and the first paragraph, standing above the photo,
    taken for the standfirst."""
    text = ["أعلن وزير التربية والتعليم اليوم جدول امتحانات الثانوية العامة للعام الدراسي "
            "الحالي، والتي تنطلق يوم الاثنين المقبل وتستمر حتى نهاية الشهر القادم.",
            "وقال الوزير إن الوزارة انتهت من طباعة أوراق الأسئلة وتوزيعها على المحافظات، "
            "وإن غرف العمليات ستعمل على مدار الساعة طوال فترة الامتحانات.",
            "وأضاف أن عدد الطلاب المتقدمين للامتحانات هذا العام يزيد على سبعمئة ألف طالب "
            "وطالبة، موزعين على أكثر من ألفي لجنة في جميع أنحاء الجمهورية."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>جدول الامتحانات</title></head><body>'
        '<div class="articleHeader"><h1>التعليم تعلن جدول امتحانات الثانوية العامة</h1>'
        '<h2 class="subTitle">الامتحانات تنطلق الاثنين المقبل وتنتهي آخر الشهر القادم</h2>'
        f'</div><div id="articleBody"><p>{text[0]}</p><div class="img-cont"><img src="x.jpg"'
        ' alt="طلاب في لجنة امتحان"></div>' + "".join(f"<p>{t}</p>" for t in text[1:]) +
        '</div></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == "الامتحانات تنطلق الاثنين المقبل وتنتهي آخر الشهر القادم"
    assert article.subtitle is None
    assert paragraphs_of(article) == text


def test_a_live_blogs_entries_keep_their_times_and_titles(tmp_path: Path) -> None:
    """A live blog (the Guardian's): each entry an <article> opening with a <header> that
    holds its time and its title. The titles and times were lost (trafilatura drops
    <header>s) and the entries' paragraphs ran together."""
    entries = [("16.40 BST", "Ferry services resume on the Clyde",
                "CalMac says sailings between Wemyss Bay and Rothesay will resume from 5pm "
                "after winds eased through the afternoon."),
               ("15.55 BST", "Power cuts affect 12,000 homes",
                "Scottish and Southern Electricity Networks says about 12,000 homes are "
                "without power across the Highlands, mostly in Skye."),
               ("14.20 BST", "",
                "The Met Office has extended its yellow wind warning for northern Scotland "
                "until 6am on Wednesday, with gusts of up to 70mph.")]
    blocks = "".join(
        f'<article class="block"><header><div><a href="#b{n}"><time datetime="2024-05-14">'
        f'2h ago</time><span>{clock}</span></a></div>' + (f"<h2>{title}</h2>" if title else "")
        + f'</header><p>{text}</p><footer><p>Updated at {clock}</p></footer></article>'
        for n, (clock, title, text) in enumerate(entries))
    page = tmp_path / "page.html"
    page.write_text("<html lang='en'><head><title>Storm live</title></head><body><main>"
                    "<article><h1>Storm Isha live: winds disrupt travel in Scotland</h1>"
                    f"<div id='liveblog-body'>{blocks}</div></article></main></body></html>",
                    encoding="utf-8")
    article = load_quietly(page)
    said = [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading | Paragraph)]
    assert said == [x for clock, title, text in entries
                    for x in (f"{clock} – {title}" if title else clock, text)]


def test_a_live_pages_div_entries_open_with_their_times(tmp_path: Path) -> None:
    """A live page whose entries are <div>s side by side, each opening with its <time>,
    a title or none after it (Annahar): the times were dropped as counters and an
    entry without a title ran on from the one before. Each entry opens with a heading,
    its time and its title, as a live blog's <article>s do."""
    entries = [("13:40", "إقفال طريق ضهر البيدر",
                "أعلنت غرفة التحكم المروري إقفال طريق ضهر البيدر أمام جميع المركبات بسبب "
                "تراكم الثلوج على الطريق."),
               ("12:05", "", "الدفاع المدني: سحب 14 سيارة علقت في الثلوج على طريق ترشيش - "
                "زحلة، ولا إصابات بين الركاب."),
               ("07:00", "", "صباح الخير. نتابع معكم في هذه الصفحة تطورات العاصفة التي بدأت "
                "تضرب لبنان منذ ليل الأحد.")]
    feed = "".join(
        f'<div class="live-entry"><time class="entry-time" datetime="2024-01-08T{clock}:00'
        f'+02:00">{clock}</time>' + (f'<h2 class="entry-title">{title}</h2>' if title else "")
        + f'<div class="entry-body"><p>{text}</p></div></div>'
        for clock, title, text in entries)
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>مباشر: العاصفة تضرب الساحل اللبناني</title>'
        '</head><body><main><h1>مباشر: العاصفة تضرب الساحل اللبناني</h1><div class="live-'
        f'feed">{feed}</div></main></body></html>', encoding="utf-8")
    article = load_quietly(page)
    said = [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading | Paragraph)]
    assert said == [x for clock, title, text in entries
                    for x in (f"{clock} – {title}" if title else clock, text)]


def test_a_site_and_its_dateline_are_no_author_and_a_summary_loses_its_label(
        tmp_path: Path) -> None:
    """Sky News Arabia: "سكاي نيوز عربية - أبوظبي" under the headline gave the site as the
    author (or "أبوظبي", the dateline), and the summary box "<p>ملخص</p><ul><li>..." gave
    the summary "ملخصدراسة...", its label glued on."""
    body = "".join(f"<p>{t}</p>" for t in [
        "أظهرت دراسة حديثة أن المشي ثلاثين دقيقة يوميا يقلل خطر الإصابة بأمراض القلب "
        "بنسبة كبيرة، وفق ما نشرته مجلة طبية متخصصة هذا الأسبوع.",
        "وتابع الباحثون أكثر من ثمانين ألف شخص على مدى عشر سنوات، وسجلوا عاداتهم اليومية "
        "وحالتهم الصحية في فحوص دورية منتظمة.",
        "وقال الباحث الرئيسي إن النتائج تؤكد أهمية النشاط البدني المعتدل، حتى لمن لا "
        "يمارسون الرياضة بانتظام في الأندية."])
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>دراسة: المشي يحمي القلب</title><meta '
        'property="og:site_name" content="سكاي نيوز عربية"></head><body><article>'
        '<h1>دراسة: المشي اليومي يحمي القلب</h1><div class="article-summary"><p>ملخص</p>'
        '<ul><li>دراسة تربط المشي اليومي بصحة القلب وطول العمر لدى البالغين</li></ul></div>'
        '<div class="byline"><span class="author">سكاي نيوز عربية - أبوظبي</span></div>'
        f'<div class="article-body">{body}</div></article></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert article.authors == ()
    assert article.summary == "دراسة تربط المشي اليومي بصحة القلب وطول العمر لدى البالغين"


def test_the_reporter_printed_in_the_articles_header_and_the_time_of_a_day(
        tmp_path: Path) -> None:
    """A WordPress theme prints its reporter in the article's own <header> ("a.author-name"),
    while its JSON-LD names the paper ("الغد", part of the publisher's "جريدة الغد"): the
    paper was the author, the reporter dropped as "page header". A "date" meta holding the
    day alone won over the JSON-LD's time of that day (NPR)."""
    body = "".join(f"<p>{t}</p>" for t in [
        "ارتفع عدد السياح الوافدين إلى المملكة بنسبة خمسة عشر بالمئة في الربع الأول من العام "
        "مقارنة بالفترة نفسها من العام الماضي، وفق أرقام رسمية.",
        "وقالت وزارة السياحة إن الزيادة شملت السياح القادمين من أوروبا وآسيا، وإن مدينة "
        "البترا استقبلت العدد الأكبر منهم.",
        "وتوقعت الوزارة أن يستمر النمو خلال الصيف مع إطلاق رحلات جوية جديدة من عدة عواصم "
        "أوروبية إلى عمان والعقبة."])
    ld = ('{"@type": "NewsArticle", "datePublished": "2024-05-20T09:15:00+03:00", '
          '"author": {"@type": "Person", "name": "الغد"}, "publisher": {"@type": '
          '"Organization", "name": "جريدة الغد"}}')
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>ارتفاع عدد السياح</title><meta name="date" '
        f'content="2024-05-20"><script type="application/ld+json">{ld}</script></head><body>'
        '<article><header class="entry-header-outer"><h1>ارتفاع عدد السياح الوافدين</h1>'
        '<div class="post-meta"><span class="meta-author"><a href="/author/rania" class='
        '"author-name tie-icon">رانيا الصرايرة</a></span></div></header>'
        f'<div class="entry-content">{body}</div></article></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["رانيا الصرايرة"]
    assert article.published is not None and article.published.isoformat() == \
        "2024-05-20T09:15:00+03:00"


def test_a_byline_naming_two_known_authors_adds_no_third(tmp_path: Path) -> None:
    """JSON-LD names two reporters and the page prints "أحمد عبد القوي ومحمد داود" in its
    byline: the joined line came out as a third author."""
    body = "".join(f"<p>{t}</p>" for t in [
        "أعلنت السلطات اليوم إغلاق المعبر الحدودي أمام حركة الشاحنات لمدة يومين، بسبب "
        "أعمال صيانة في الطريق الرئيسي المؤدي إليه من الجانبين.",
        "وقال مسؤول في هيئة المعابر إن حركة المسافرين ستستمر بشكل طبيعي، وإن الشاحنات "
        "العالقة ستعبر فور انتهاء الأعمال مساء الخميس المقبل.",
        "وطالبت غرفة التجارة بتمديد ساعات العمل في المعبر بعد إعادة فتحه، لتعويض التأخير "
        "الذي سيلحق بالبضائع المتجهة إلى الأسواق."])
    ld = ('{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "أحمد عبد القوي"},'
          ' {"@type": "Person", "name": "محمد داود"}]}')
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="ar" dir="rtl"><head><title>إغلاق المعبر</title><script type='
        f'"application/ld+json">{ld}</script></head><body><article><h1>إغلاق المعبر أمام '
        'الشاحنات</h1><div class="byline">أحمد عبد القوي ومحمد داود</div>'
        f'<div class="article-body">{body}</div></article></body></html>', encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["أحمد عبد القوي", "محمد داود"]


def test_the_printed_standfirst_is_the_summary(tmp_path: Path) -> None:
    """A news site prints its standfirst in a "summary" element between the headline and
    the text, and its description meta is another, shorter sentence: the summary the
    editions print is the standfirst the reader of the page saw, not the description,
    and the standfirst is not also listed as dropped furniture."""
    standfirst = ("أعلن المتحدث باسم المجلس البلدي أن المدينة ستفتح ثلاث قاعات جديدة "
                  "للقراءة بطريقة برايل قبل نهاية العام.")
    text = ["وقال المتحدث في مؤتمر صحفي يوم الخميس إن القاعات ستضم كتبا مسموعة وأجهزة "
            "قراءة للشاشة، وإن متطوعين سيساعدون الزوار على استخدامها.",
            "وأضاف أن المجلس خصص ميزانية للسنوات الثلاث المقبلة لشراء كتب جديدة "
            "بطريقة برايل وتدريب العاملين في المكتبات العامة.",
            "وكانت جمعيات المكفوفين قد طالبت منذ سنوات بقاعات قريبة من الأحياء السكنية، "
            "بدل القاعة الوحيدة في وسط المدينة.",
            "ومن المنتظر أن تفتح القاعة الأولى أبوابها في الربيع المقبل بعد انتهاء أعمال "
            "الترميم في مبنى المكتبة القديم."]
    paragraphs = "".join(f"<p>{t}</p>" for t in text)
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>قاعات برايل - أخبار المدينة</title>'
        '<meta name="description" content="قاعات جديدة للقراءة."></head><body>'
        '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world/">العالم</a></li>'
        '</ul></nav><div class="layout"><div class="article">'
        '<h1 class="heading">المدينة تفتح ثلاث قاعات لقراءة برايل</h1>'
        f'<div class="article__summary summary">{standfirst}</div>'
        '<div class="article__cover"><img src="cover.jpg" alt="مكتبة المدينة">'
        '<div class="media__title">مكتبة المدينة</div></div>'
        f'<div class="article__text text">{paragraphs}</div>'
        '<div class="tags"><span>الوسوم</span><a href="/tags/a">مكتبات</a></div>'
        '</div><div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول '
        'عن شيء ما في العالم اليوم</a></li></ul></div></div></body></html>',
        encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == standfirst
    assert paragraphs_of(article) == text
    assert all(d.text != standfirst for d in article.dropped)


def test_an_embedded_post_the_article_quotes_is_a_quote(tmp_path: Path) -> None:
    """A story about posts on social media embeds them (Twitter's code: a <blockquote
    class="twitter-tweet"> in a "social-media-embed" wrapper); trafilatura dropped them by
    those class names. Each comes back as a quote in its place, its author and date the
    attribution (on a page in Latin script: a citation); the link to its photo
    ("pic.twitter.com/...") and the embed's script never survive."""
    post = ('<div class="social-media-embed"><blockquote class="twitter-tweet">'
            '<p lang="en" dir="ltr">The new tide tables are out and the ferry now leaves '
            'at dawn on Sundays. <a href="https://t.co/x">pic.twitter.com/x1</a></p>'
            '— Harbour Watch (@harbourwatch) '
            '<a href="https://twitter.com/harbourwatch/status/1">March 14, 2024</a>'
            '</blockquote><script async src="https://platform.twitter.com/widgets.js">'
            "</script></div>")
    page = _story(tmp_path, "<p>Many readers shared the news on social media within the "
                  "hour.</p>" + post, before=3, after=3)
    blocks = load_quietly(page).blocks
    [quote] = [b for b in blocks if isinstance(b, Quote)]
    assert [plain_text(p) for p in quote.paragraphs] == [
        "The new tide tables are out and the ferry now leaves at dawn on Sundays."]
    assert plain_text(quote.attribution) == "Harbour Watch (@harbourwatch) March 14, 2024"
    at = blocks.index(quote)
    assert isinstance(blocks[at - 1], Paragraph) and \
        plain_text(blocks[at - 1].spans).startswith("Many readers shared")
    assert "widgets.js" not in json.dumps(load_quietly(page).to_dict())
    assert "pic.twitter.com" not in body_text(load_quietly(page))


def test_an_embedded_post_keeps_its_text_not_the_networks_words(tmp_path: Path) -> None:
    """Instagram's embed code falls back to its own words ("عرض هذا المنشور على
    Instagram", "تم نشر منشور بواسطة Name (@name)"): they were kept as a quote. A tweet
    was kept with the link to its photo ("pic.twitter.com/abc") and an English date
    read inside Arabic. The tweet keeps its text and its author (on a page in another
    script than Latin); the Instagram fallback goes."""
    text = ["عندما عادت لمى الغامدي إلى الرياض بعد دراسة العمارة في لندن، لاحظت أن البيوت "
            "الحديثة تحتاج إلى تكييف يعمل طوال النهار تقريبا.",
            "وتستخدم الغامدي خليطا من الطين المحلي والقش والجير، وتضيف إليه نسبة صغيرة من "
            "الإسمنت لزيادة مقاومته للأمطار.",
            "وحتى الآن، نفذت الغامدي سبعة مشاريع سكنية، وتعمل على تصميم مدرسة ابتدائية في "
            "منطقة القصيم."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>مهندسة سعودية تصمم بيوتا من الطين</title>'
        '</head><body><div class="article-page"><h1>مهندسة سعودية تصمم بيوتا من الطين</h1>'
        f'<div class="article-body"><p>{text[0]}</p><blockquote class="instagram-media" '
        'data-instgrm-permalink="https://www.instagram.com/p/XYZ/"><div><a href="https://'
        'www.instagram.com/p/XYZ/">عرض هذا المنشور على Instagram</a></div><p>تم نشر منشور '
        f'بواسطة Lama Alghamdi (@lama.builds)</p></blockquote><p>{text[1]}</p><blockquote '
        'class="twitter-tweet"><p lang="ar" dir="rtl">نشرية خاصة: موجة حر تمس عدة ولايات '
        'ابتداء من الجمعة <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; '
        'الأرصاد الجوية (@meteo_dz) <a href="https://twitter.com/meteo_dz/status/1">July 18, '
        f'2024</a></blockquote><p>{text[2]}</p></div></div></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs_of(article) == text
    [quote] = [b for b in article.blocks if isinstance(b, Quote)]
    assert [plain_text(p) for p in quote.paragraphs] == [
        "نشرية خاصة: موجة حر تمس عدة ولايات ابتداء من الجمعة"]
    assert plain_text(quote.attribution) == "الأرصاد الجوية"
    assert "Instagram" not in body_text(article) and "Lama" not in body_text(article)


def test_text_after_a_lazy_image_in_a_paragraph_is_kept(tmp_path: Path) -> None:
    """'<p><img src="data:..." data-lazy-src=...>If we haven't met yet, ...</p>' (a
    WordPress page's lazy-loaded portrait): trafilatura puts the text after the image
    inside its graphic element; it stays the paragraph's text."""
    page = _story(tmp_path, '<p><img class="alignright" src="data:image/svg+xml,%3Csvg'
                  '%20xmlns=%27http://www.w3.org/2000/svg%27%3E%3C/svg%3E" alt="Ada Lovelace" '
                  'width="300" data-lazy-src="https://example.org/keeper.jpg">'
                  "If we have not met yet, my name is Ada Lovelace and I keep the lighthouse "
                  "on the eastern quay.</p>", before=3, after=3)
    blocks = load_quietly(page).blocks
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, Paragraph)]
    assert ("If we have not met yet, my name is Ada Lovelace and I keep the lighthouse on "
            "the eastern quay.") in texts


def test_text_written_straight_into_a_container_is_kept_whole(tmp_path: Path) -> None:
    """A deals page writes its prose straight into a <section>, between headings, image
    links and lists. trafilatura lost the opening words, read a run as two paragraphs at
    a <strong> and glued the word to the next ("willappreciate"): each run is one
    paragraph, its words spaced as on the page."""
    opening = ("We gather the best prices we find each morning on lanterns, ropes, "
               "charts and a few other things for the harbour.")
    run = ("The brass lantern is cheaper than it has been all year, and most sailors will "
           "not miss the dimmer switch of the new model. What every sailor "
           "<strong>will</strong> appreciate, though, is the money left in the wallet. "
           "It is waterproof to fifty metres and weighs less than a kilogram.")
    middle = ('<section class="deals">' + opening + "<p></p>"
              "<h2>Brass lantern for $39.99</h2>"
              '<a href="https://example.org/lantern"><img src="https://example.org/l.jpg">'
              "</a>" + run + "<br><ul><li><a href='https://example.org/buy'>Buy it at the "
              "chandlery</a></li></ul><h2>Tide clock for $24</h2>"
              '<a href="https://example.org/clock"><img src="https://example.org/c.jpg"></a>'
              "The tide clock shows high and low water for any port you set it to, and "
              "its battery lasts two years.<br></section>")
    blocks = load_quietly(_story(tmp_path, middle, before=1, after=2)).blocks
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, Paragraph)]
    assert opening in texts
    assert " ".join(run.replace("<strong>", "").replace("</strong>", "").split()) in texts
    assert any(t.startswith("The tide clock shows high and low water") for t in texts)


def test_a_file_or_site_name_given_as_author_is_not_a_byline(tmp_path: Path) -> None:
    """'<meta rel="author" content="humans.txt">' (a site's credits file) was printed
    and read aloud as "By humans.txt"; a site name is no author either."""
    page = _story(tmp_path, "")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta rel="author" content="humans.txt">'
                  '<meta name="author" content="harbourwatch.org">'
                  '<meta name="article:author" content="Ruth Okafor">')
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["Ruth Okafor"]


def test_an_author_field_holding_the_printed_byline_names_no_by(tmp_path: Path) -> None:
    """A page whose author field holds its printed byline ('<span itemprop="name">By
    <span>HARBOUR DESK STAFF</span></span>') was printed and read aloud "By By HARBOUR
    DESK STAFF"."""
    page = _story(tmp_path, "")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="By HARBOUR DESK STAFF">')
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["HARBOUR DESK STAFF"]


def test_one_author_named_by_two_fields_is_one_and_a_login_name_is_none(
        tmp_path: Path) -> None:
    """Pages name their author in several fields: "Tanza Loudenback, Business Insider"
    in one, "Tanza Loudenback" in another, and the byline read "By Tanza Loudenback,
    Business Insider and Tanza Loudenback"; a blog's "jdadmin" or "admin" was printed as
    its author."""
    page = _story(tmp_path, "")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="Ruth L. Okafor, Harbour Weekly">'
                  '<meta name="article:author" content="Ruth Okafor">'
                  '<meta name="parsely-author" content="harbouradmin">'
                  '<meta name="sailthru.author" content="Admin">')
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["Ruth L. Okafor, Harbour Weekly"]


def test_the_headline_in_a_header_wins_over_metadata_with_a_section_after_it(
        tmp_path: Path) -> None:
    """og:title "Headline | Editorial" and the page's <h1> inside a <header> (which
    reads as furniture): the title was printed with "| Editorial" after it; a
    site called "The Anti-June Cleaver" stayed after its titles (its hyphen hid the
    separator)."""
    prose = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(6))
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>The harbour view: a port on the brink | Editorial"
        "</title><meta property='og:title' content='The harbour view: a port on the brink"
        " | Editorial'></head><body><article><header><h1>The harbour view: "
        f"a port on the brink</h1></header>{prose}</article></body></html>",
        encoding="utf-8")
    assert load_quietly(page).title == "The harbour view: a port on the brink"
    page.write_text(
        "<html lang='en'><head><title>Tide tables for the new season - The Anti-June "
        "Cleaver</title><meta property='og:site_name' content='The Anti-June Cleaver'>"
        "<meta property='og:title' content='Tide tables for the new season - The "
        f"Anti-June Cleaver'></head><body><article>{prose}</article></body></html>",
        encoding="utf-8")
    assert load_quietly(page).title == "Tide tables for the new season"


def test_a_card_that_pops_up_over_a_name_stays_out_of_the_sentence(tmp_path: Path) -> None:
    """A news site puts a hidden card inside the sentence, over a person's name: their
    photo, full name and latest stories. It was read into the paragraph: "Mayor Ruth
    OkaforRuth Adaeze OkaforHarbour mayor opens ... MORE said on Monday ..."."""
    card = ('<p>Harbour Mayor <span class="person"><a href="/people/okafor">Ruth Okafor</a>'
            '<span class="person-card"><span><img src="okafor.jpg" alt="">'
            '<a href="/people/okafor">Ruth Adaeze Okafor</a>'
            '<a href="/news/1">Harbour mayor opens the new ferry terminal</a> '
            '<a href="/news/2">Council approves the night pilot service</a> '
            '<a href="/people/okafor">MORE</a></span></span></span> said on Monday that '
            'the ferries will run every hour through the winter.</p>'
            '<p>She thanked the <a href="/crews">crews</a> and the '
            '<a href="/pilots">pilots</a> <img src="wave.png" alt=""> for their patience.</p>')
    blocks = load_quietly(_story(tmp_path, card)).blocks
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, Paragraph)]
    assert "Harbour Mayor Ruth Okafor said on Monday that the ferries will run every hour " \
           "through the winter." in texts
    assert "She thanked the crews and the pilots for their patience." in texts
    assert not any("ferry terminal" in t for t in texts)


def test_a_date_line_under_the_headline_keeps_its_hijri_date(tmp_path: Path) -> None:
    """"الخميس - 9 شعبان 1440 هـ - 14 أبريل 2019 مـ" under a Saudi paper's headline: the
    Gregorian date is the publication date, the Hijri one is kept beside it."""
    prose = "".join(f"<p>{p}</p>" for p in (
        "افتتحت أمانة المحافظة صباح اليوم مكتبة ناطقة تضم آلاف الكتب المسموعة للمكفوفين.",
        "وتقدم المكتبة دورات في استخدام قارئات الشاشة طوال العام لكل من يطلبها.",
        "وقال مدير المكتبة إن الإقبال في اليوم الأول فاق التوقعات بكثير."))
    page = tmp_path / "page.html"
    page.write_text("<html lang='ar' dir='rtl'><head><title>افتتاح مكتبة ناطقة</title>"
                    "</head><body><article><h1>افتتاح مكتبة ناطقة</h1><div class='date'>"
                    "الخميس - 9 شعبان 1440 هـ - 14 أبريل 2019 مـ</div>"
                    f"{prose}</article></body></html>", encoding="utf-8")
    story = load_quietly(page)
    assert story.published is not None and story.published.date().isoformat() == "2019-04-14"
    assert story.published_hijri == "9 شعبان 1440 هـ"
    # the date line is the article's date, not its first paragraph (its dashes counted
    # as words made it too long for a date line)
    assert not any("شعبان" in plain_text(b.spans) for b in story.blocks
                   if isinstance(b, Paragraph))


def test_prompts_after_the_last_sentence_are_not_the_article(tmp_path: Path) -> None:
    """A newsletter offer, the sign-up form's error message, a comment prompt, the
    post's taxonomy and "You may also like..." ended real articles in every edition and
    the audio; mid-text, a sentence about subscriptions stays."""
    middle = ("<p>Readers who subscribe to the harbour newsletter get the tide tables "
              "in their inbox every Monday, the board said.</p>")
    tail = ("<p>There was an error processing your subscription.</p>"
            "<p>Get the latest harbour news right in your inbox. Subscribe to our "
            "newsletters.</p><p>Tell us what YOU think...</p>"
            "<p>Filed under: Harbour | Tides |</p><p>You may also like...</p>")
    blocks = load_quietly(_story(tmp_path, middle, tail=tail)).blocks
    texts = [plain_text(b.spans) for b in blocks if isinstance(b, Paragraph)]
    assert texts[-1] == _PROSE.format(n=7)
    assert any(t.startswith("Readers who subscribe") for t in texts)


def test_a_definition_list_reads_as_the_markdown_one(tmp_path: Path) -> None:
    """A <dl>: each term a bold paragraph, then its definition (it was a list whose
    items ran terms and definitions together as equals)."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Harbour words</title></head><body>"
        "<article><h1>Harbour words</h1><p>The council published a glossary with its plan "
        "for the harbour on Monday, for residents who asked what the terms mean.</p><dl>"
        "<dt>Slipway</dt><dd>The ramp where small boats are launched into the water.</dd>"
        "<dt>Breakwater</dt><dd>A wall built out into the sea to protect the harbour.</dd>"
        "</dl><p>The plan goes to a public meeting in the town hall next month, the "
        "council said in a statement.</p></article></body></html>", encoding="utf-8")
    blocks = load_quietly(page).blocks
    texts = [(plain_text(b.spans), {s.emphasis for s in b.spans}) for b in blocks
             if isinstance(b, Paragraph)]
    assert texts[1:5] == [
        ("Slipway", {"strong"}), ("The ramp where small boats are launched into the water.",
                                  {None}),
        ("Breakwater", {"strong"}), ("A wall built out into the sea to protect the harbour.",
                                     {None})]


def test_a_pre_is_preformatted_unless_it_is_a_poem(tmp_path: Path) -> None:
    """trafilatura gives a <pre> as a quote: a timetable in one is preformatted text
    again (its lines kept); one in Arabic script, more often a poem set line by line,
    stays a quote."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Ferry times</title></head><body>"
        "<article><h1>Ferry times</h1><p>The ferry company published its winter timetable "
        "on Monday, with fewer sailings on weekdays and a late boat on Fridays.</p>"
        "<pre>Weekdays  07:00  09:30  12:00\nFridays   07:00  12:00  22:30</pre>"
        "<p>The timetable starts on the first Monday of November and runs until the end "
        "of March, the company said.</p><pre>يا بحرُ ما لك لا تنام\nوالموجُ يحملُ ألف "
        "عام</pre></article></body></html>", encoding="utf-8")
    blocks = load_quietly(page).blocks
    pre = [b for b in blocks if isinstance(b, Preformatted)]
    assert [b.text for b in pre] == ["Weekdays  07:00  09:30  12:00\nFridays   07:00  12:00  22:30"]
    assert any(isinstance(b, Quote) and "يا بحرُ" in plain_text(b.paragraphs[0])
               for b in blocks)


@pytest.mark.parametrize(("pre", "said"), [
    # a poem, a table set with spaces: a paragraph a line (they ran together)
    ("يا بحرُ ما لك لا تنام\nوالموجُ يحملُ ألف عام", None),
    ("المدينة      الحرارة\nالرياض      31\nجدة         29", None),
    # Hebrew, set left to right as preformatted text ("10:00–18:00" read before its days)
    ("שעות פתיחה:\nראשון–חמישי 10:00–18:00\nשישי 10:00–14:00", None),
    # code with Arabic strings stays code
    ('name = input("ما اسمك؟ ")\nprint("أهلا", name)', "code"),
])
def test_an_arabic_pre_keeps_its_lines(tmp_path: Path, pre: str, said: str | None) -> None:
    """A <pre> in Arabic script, a poem set line by line, is a quote: its lines were one
    paragraph, in print and in speech ("... لا تنام والموجُ ..."); one in Hebrew is too,
    right to left."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='ar' dir='rtl'><head><title>قصيدة</title></head><body><article>"
        "<h1>شاعر شاب يفوز بجائزة الشعر</h1><p>فاز الشاعر الشاب بجائزة الشعر العربي لهذا "
        f"العام عن قصيدته الأخيرة التي كتبها في مدينة ساحلية.</p><pre>{pre}</pre><p>وتبلغ "
        "قيمة الجائزة خمسين ألف دولار إضافة إلى طباعة الديوان الفائز.</p></article></body>"
        "</html>", encoding="utf-8")
    block = load_quietly(page).blocks[1]
    if said == "code":
        assert isinstance(block, Preformatted) and block.code
    else:
        assert isinstance(block, Quote)
        assert [plain_text(p) for p in block.paragraphs] == [
            " ".join(line.split()) for line in pre.split("\n")]



def test_a_pre_is_code_only_on_the_pages_evidence(tmp_path: Path) -> None:
    """A <pre> was announced as code whatever it held: an ASCII results table and a
    poem indented with spaces (trafilatura's sign of code), its lines ending in ";", are
    text, read line by line; a <pre><code>, a highlighter's language class and a shell
    command are code."""
    prose = ("<p>The county published the results on Monday night, after a recount in "
             "two wards that took most of the afternoon.</p>")
    results = "Ward      Votes   Turnout\nNorth     4,210   61%\nSouth     3,987   58%"
    poem = "The river keeps;\n    its old promise;\n        to the sea"
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Results</title></head><body><article>"
        "<h1>Recount confirms the result</h1>" + prose + f"<pre>{results}</pre>" + prose
        + f"<pre>{poem}</pre>" + prose
        + "<pre><code>total = north + south</code></pre>" + prose
        + "<pre class='language-python'>print(total)</pre>" + prose
        + "<pre>pip install votes</pre>" + prose + "</article></body></html>",
        encoding="utf-8")
    pres = [(b.text.split("\n")[0], b.code) for b in load_quietly(page).blocks
            if isinstance(b, Preformatted)]
    assert pres == [("Ward      Votes   Turnout", False), ("The river keeps;", False),
                    ("total = north + south", True), ("print(total)", True),
                    ("pip install votes", True)]


def test_an_update_time_before_the_publication_is_not_kept(tmp_path: Path) -> None:
    """A page's JSON-LD gives dateModified twelve hours off ("T01:41" for 1.41 pm) beside
    a right datePublished: an update before the publication cannot be, and was the
    e-book's modification date; a later one stays."""
    def page(modified: str) -> Path:
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": "Markets at a high", "dateModified": modified,
                         "datePublished": "2019-11-20T13:38:07+05:30"})
        path = tmp_path / f"page{modified[11:13]}.html"
        path.write_text(
            "<!DOCTYPE html><html lang='en'><head><title>Markets at a high</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body><article>"
            "<h1>Markets at a high</h1><p>The benchmark index scaled a new high in the "
            "morning trade on Wednesday, while the data pointed to a slowdown.</p>"
            "</article></body></html>", encoding="utf-8")
        return path

    early = load_quietly(page("2019-11-20T01:41:20+05:30"))
    assert early.published is not None and early.published.hour == 13
    assert early.updated is None
    later = load_quietly(page("2019-11-20T15:02:00+05:30")).updated
    assert later is not None and later.hour == 15


def test_a_box_of_other_stories_named_story_is_left_out(tmp_path: Path) -> None:
    # Boing Boing's "nextstory" boxes (a class that says "story", which marks article
    # text elsewhere) gave the article six other stories' teasers as its last paragraphs
    text = ["The council opened a reading room for blind and partially sighted readers "
            "on Monday, with audio books, braille books and screen readers for everyone.",
            "The librarian said volunteers would help visitors with the machines every "
            "afternoon, and that the room would stay open on Saturdays as well."]
    teaser = ("Another town is planting three hundred trees along its river this winter, "
              "and the volunteers who dug the holes say they will be back in spring [...]")
    boxes = "".join(f'<div class="nextstory"><h2><a href="/next{i}">Trees by the river</a>'
                    f'</h2><p>{teaser}</p><h3><a href="/next{i}">READ THE REST</a></h3></div>'
                    for i in range(3))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Reading room opens</title></head><body><article>"
                    f"<h1>Reading room opens</h1>{''.join(f'<p>{t}</p>' for t in text)}"
                    f'</article><div id="next-post-thumbnails">{boxes}</div></body></html>',
                    encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs_of(article) == text
    # and listed as what they are, not as text outside the article
    assert {d.reason for d in article.dropped if d.text.startswith("Another town")} == \
        {"related links"}


def test_headline_after_the_site_and_section_and_the_printed_byline(tmp_path: Path) -> None:
    # a local paper's og:title "Site | Section | Headline" was the title (and the <h1>
    # a first paragraph), and its CMS login "ChrisS" the author, not the byline it prints
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Riverside News | Council votes on the new reading room</title>'
        '<meta property="og:title" content="Riverside News | Local | Council votes on the '
        'new reading room"/><meta name="DC.creator" content="ChrisS"/></head><body>'
        '<article><h1>Council votes on the new reading room</h1><p class="byline"><em>Mary '
        'Holt, Riverside News Contributor</em></p><p>The council voted on Monday to open a '
        'reading room for blind and partially sighted readers in the town library.</p>'
        '<p>The room will hold audio books, braille books and two screen readers, and '
        'volunteers will help visitors every afternoon.</p></article></body></html>',
        encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "Council votes on the new reading room"
    assert [a.name for a in article.authors] == ["Mary Holt"]
    assert paragraphs_of(article)[0].startswith("The council voted on Monday")


def test_an_address_cloudflare_hid_is_read_as_the_address(tmp_path: Path) -> None:
    # the page shows "[email protected]" until a script decodes it; the script is gone,
    # and the editions said "email protected"
    coded = "4227262b362d3002273a232f322e276c2d3025"  # "editor@example.org", key 0x42
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Reading room opens</title></head><body><article>"
        "<h1>Reading room opens</h1><p>The council opened a reading room for blind and "
        "partially sighted readers on Monday, with audio books and braille books.</p>"
        f'<p>Write to the librarian at <a href="/cdn-cgi/l/email-protection#{coded}">'
        f'<span class="__cf_email__" data-cfemail="{coded}">[email&#160;protected]</span>'
        "</a> for a visit.</p></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert "Write to the librarian at editor@example.org for a visit." in paragraphs_of(article)



def test_a_heading_with_nothing_under_it_does_not_end_the_article() -> None:
    # Boing Boing's "Source documents" over an embedded viewer, a newsletter box's
    # "Sorry!": read as the article's last words
    from artexport.readers.page_end import drop_trailing_disclaimers

    text = Paragraph((Span("The council opened a reading room on Monday."),))
    ending = [Heading(2, (Span("Source documents"),)), Heading(3, (Span("Sorry!"),))]
    assert drop_trailing_disclaimers([text, *ending]) == [text]
    assert drop_trailing_disclaimers([ending[0], text]) == [ending[0], text]  # mid-text


def test_hidden_and_other_stories_text_names_no_author_and_no_summary(tmp_path: Path) -> None:
    text = ["The council opened a reading room for blind and partially sighted readers "
            "on Monday, with audio books, braille books and screen readers for everyone.",
            "The librarian said volunteers would help visitors with the machines every "
            "afternoon, and that the room would stay open on Saturdays as well."]
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Reading room opens</title></head><body><article>"
        "<h1>Reading room opens</h1><div class='byline' hidden>By Secret Person</div>"
        "<p itemprop='description' hidden>Secret text that no reader ever sees here.</p>"
        f"{''.join(f'<p>{t}</p>' for t in text)}</article><div class='nextstory'><h3>Other"
        "</h3><p itemprop='description'>The teaser of another story about another topic.</p>"
        "</div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.authors == () and article.summary is None
    assert paragraphs_of(article) == text


def test_a_box_whose_class_only_contains_read_next_is_the_article(tmp_path: Path) -> None:
    # "story-body has-read-next" holds the article's own text: it is no box of other
    # stories (its paragraphs were lost)
    text = [f"Paragraph {n} of the story, long enough to be read as running text by "
            "anyone who opens the page and reads it from the start." for n in range(1, 7)]
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Reading room opens</title></head><body><article>"
        f"<h1>Reading room opens</h1>{''.join(f'<p>{t}</p>' for t in text[:2])}"
        "<div class='story-body has-read-next'>"
        f"{''.join(f'<p>{t}</p>' for t in text[2:])}</div></article></body></html>",
        encoding="utf-8")
    assert paragraphs_of(load_quietly(page)) == text


def test_the_words_of_a_time_element_stay_and_a_date_line_goes(tmp_path: Path) -> None:
    """trafilatura drops every <time> with its words: a sentence lost its date ("planned
    for at 5pm") and the date line under the headline left its label alone as the first
    paragraph ("Published on"). The sentence keeps its words; the date line of the day
    the page's data gives is metadata, in English as in French."""
    body = ("<p>The city council adopted on Sunday a budget of 1.5 billion euros for the "
            "current year, after more than six hours of debate in the council chamber.</p>"
            "<p>According to the deputy for finance, investment spending rises by 12 percent "
            "compared with 2023, to reach 412.5 million euros in the year.</p>"
            "<p>The next council meeting is planned for <time datetime=\"2024-04-08\">Monday "
            "8 April</time> at 5pm, the mayor said on Sunday evening.</p>")
    for label, day in (("Published on", "4 March 2024 at 09:15"),
                       ("Publié le", "4 mars 2024 à 09h15")):
        page = tmp_path / "budget.html"
        page.write_text(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Council adopts its budget</title></head><body><main><article>"
            "<h1>Council adopts its budget</h1>"
            f"<p class=\"date\">{label} <time datetime=\"2024-03-04T09:15:00+01:00\">{day}"
            f"</time></p>{body}</article></main></body></html>", encoding="utf-8")
        article = load_quietly(page)
        paragraphs = [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]
        assert paragraphs[0].startswith("The city council"), paragraphs
        assert "planned for Monday 8 April at 5pm" in paragraphs[-1]
        assert article.published is not None and article.published.isoformat().startswith(
            "2024-03-04T09:15")


def test_a_themes_logo_h1_a_photo_and_a_standfirst_in_the_articles_header(
        tmp_path: Path) -> None:
    """Three pages' ways of losing their own text: a WordPress theme's logo in a hidden
    <h1> took the headline's place ("Headline - Site" ends with it); a photo and a
    standfirst ("teaser-text", DW) inside the article's <header> were page furniture;
    and the standfirst went for sharing one phrase with the lede it retells."""
    body = ("<p>توصلت الكتل البرلمانية الرئيسية في البوندستاغ الثلاثاء إلى اتفاق على إجراء "
            "انتخابات تشريعية مبكرة في 23 فبراير/ شباط 2025، وفق ما أفادت به مصادر برلمانية."
            "</p><p>وبحسب الاتفاق، سيطرح المستشار أولاف شولتس مسألة الثقة بحكومته على البرلمان "
            "في 16 ديسمبر/ كانون الأول، وهي خطوة ضرورية بموجب الدستور الألماني.</p>")
    standfirst = ("اتفقت الكتل البرلمانية في ألمانيا على إجراء انتخابات تشريعية مبكرة في 23 "
                  "فبراير/ شباط المقبل، بعد انهيار ائتلاف المستشار. فما الذي ينتظر البلاد؟")
    page = tmp_path / "elections.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        "<title>ألمانيا: انتخابات مبكرة في فبراير - صحيفة الوطن الرقمية</title></head><body>"
        "<header id=\"theme-header\"><div id=\"logo\"><a href=\"/\"><h1 class=\"h1-off\">"
        "صحيفة الوطن الرقمية</h1></a></div></header><article><header>"
        "<h1>ألمانيا: انتخابات مبكرة في فبراير</h1>"
        "<figure><img src=\"bundestag.jpg\" alt=\"مبنى البرلمان\"><figcaption>مبنى البرلمان "
        "الألماني في برلين، حيث ستجري جلسة التصويت على الثقة</figcaption></figure>"
        f"<p class=\"teaser-text\">{standfirst}</p></header>"
        f"<div class=\"rich-text\">{body}</div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "ألمانيا: انتخابات مبكرة في فبراير"
    assert article.summary == standfirst
    assert article.lead_image is not None and plain_text(article.lead_image.caption) \
        .startswith("مبنى البرلمان الألماني")


def test_a_note_a_pull_quote_a_table_caption_and_code_lines_in_the_text(
        tmp_path: Path) -> None:
    """What a blog's article holds besides paragraphs, each lost before: a methodology
    note in an <aside> (Ghost's callout card; its icon says nothing), a pull quote whose
    words the text does not print, the <figcaption> of a table's <figure>, the lines of
    code a <pre> breaks with <br>, and a photo's caption in Substack's
    <article class="newsletter-post post"> (it was a newsletter box). A related box in an
    <aside> and a pull quote repeating the text stay out."""
    prose = "<p>{} The reductions were not spread evenly across the network this year.</p>"
    page = tmp_path / "buses.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Buses</title>"
        "</head><body><article class=\"newsletter-post post\"><h1>The quiet collapse of the "
        "bus network</h1><section class=\"gh-content\">"
        + prose.format("Routes serving the north lost the most service.")
        + "<figure class=\"kg-card kg-table-card\"><table><thead><tr><th>Route</th>"
        "<th>Trips</th></tr></thead><tbody><tr><td>14 Crosstown</td><td>88</td></tr>"
        "</tbody></table><figcaption>Source: agency timetables</figcaption></figure>"
        + prose.format("The agency attributes the cuts to a shortage of drivers.")
        + "<aside class=\"kg-card kg-callout-card\"><div class=\"kg-callout-emoji\">💡</div>"
        "<div class=\"kg-callout-text\">How we did this: we counted scheduled trips on a "
        "typical Wednesday in each quarter.</div></aside>"
        + prose.format("Every job now starts by claiming its row in a lock table.")
        + "<pre><span>INSERT INTO job_locks (job)<br/>VALUES ('billing')</span></pre>"
        "<aside><blockquote><p>We have kept every route running, and that matters to every "
        "family here.</p></blockquote></aside>"
        "<aside class=\"related\"><a href=\"/a\">Trams return to the city centre</a> "
        "<a href=\"/b\">Fares rise again</a></aside>"
        "<div class=\"captioned-image-container\"><figure><img src=\"stop.jpg\" alt=\"\">"
        "<figcaption class=\"image-caption\">An empty bus shelter on Route 14.</figcaption>"
        "</figure></div>"
        + prose.format("The agency plans to restore three routes by next summer.")
        + "</section></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    text = body_text(article)
    assert "How we did this: we counted scheduled trips" in text and "💡" not in text
    assert any(isinstance(b, Quote) and "kept every route" in plain_text(b.paragraphs[0])
               for b in article.blocks)
    assert "Trams return" not in text
    table = next(b for b in article.blocks if isinstance(b, Table))
    assert plain_text(table.caption) == "Source: agency timetables"
    code = next(b for b in article.blocks if isinstance(b, Preformatted))
    assert code.text.splitlines() == ["INSERT INTO job_locks (job)", "VALUES ('billing')"]
    assert any(isinstance(b, Figure) and plain_text(b.caption) == "An empty bus shelter on "
               "Route 14." for b in article.blocks)


def test_a_subtitle_whose_description_is_cut_short_is_the_summary_whole(
        tmp_path: Path) -> None:
    """Medium's subtitle ("h2.pw-subtitle-paragraph") over the text, and a description
    meta that is its first sentence alone: the subtitle was read as the text's first
    heading and the summary was the cut one. The summary is the subtitle, whole, said
    once."""
    subtitle = "It started with one fridge outside a laundromat. Now there are six."
    prose = [f"<p>{_PROSE.format(n=n)}</p>" for n in range(8)]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><head><title>A year of the community fridge</title><meta name='
        '"description" content="It started with one fridge outside a laundromat."></head>'
        '<body><article><h1>A year of the community fridge</h1><h2 class="pw-subtitle-'
        f'paragraph">{subtitle}</h2>{"".join(prose[:4])}<h2>The fridge is never empty</h2>'
        f'{"".join(prose[4:])}'
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == subtitle
    assert subtitle not in body_text(article)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "The fridge is never empty"]


def test_a_standfirst_is_said_once_and_a_lede_above_a_photo_stays_the_lede(
        tmp_path: Path) -> None:
    """A standfirst set as a heading (Substack's "h3.subtitle") or in Drupal's
    "field-summary" over the photo was read twice, as the summary and in the body; the
    lede above a photo in the text's own container was taken for a standfirst."""
    prose = ("<p>The bridge, built in 1958, has been closed to all traffic since July 14, "
             "forcing drivers onto a 17-mile detour between the two towns.</p><p>About 80 "
             "percent of the cost will be covered by federal emergency relief funds, with "
             "the state paying the rest.</p>")
    photo = ("<figure><img src=\"bridge.jpg\" alt=\"\"><figcaption>The bridge has been "
             "closed since the flood.</figcaption></figure>")
    standfirst = "First the flood came. Then the detour. A county decides what to rebuild."
    lede = ("<p>The county board voted 4-1 on Tuesday night to approve a $12.3 million plan "
            "to replace the Mill Creek bridge, which was badly damaged in July.</p>")
    pages = {
        "heading": f"<h1>County rebuilds its bridge</h1><h3 class=\"subtitle\">{standfirst}"
                   f"</h3><div class=\"body markup\">{prose}</div>",
        "drupal": f"<h1>County rebuilds its bridge</h1><div class=\"field--name-field-summary\">"
                  f"<p>{standfirst}</p></div>{photo}<div class=\"field--name-body\">{prose}"
                  "</div>",
        "lede": f"<h1>County rebuilds its bridge</h1><div class=\"entry-content\">{lede}{photo}"
                f"{prose}</div>",
    }
    for name, body in pages.items():
        page = tmp_path / f"{name}.html"
        page.write_text(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>County "
            f"rebuilds its bridge</title><meta name=\"description\" content=\"{standfirst}\">"
            f"</head><body><article>{body}</article></body></html>", encoding="utf-8")
        article = load_quietly(page)
        text = body_text(article)
        if name == "lede":
            assert text.split("\n")[0].startswith("The county board voted"), text
            assert article.subtitle is None
        else:
            assert article.summary == standfirst and standfirst not in text, (name, text)


def test_a_text_container_named_for_links_keeps_its_structure(tmp_path: Path) -> None:
    """Der Spiegel's text container is "RichText--iconLinks": trafilatura's precision
    setting threw it away and read the page flat, its subheading and list items as
    paragraphs or not at all."""
    paragraphs = [
        "Die Deutsche Bahn hat die Generalsanierung der Riedbahn zwischen Frankfurt am Main "
        "und Mannheim nach eigenen Angaben abgeschlossen.",
        "»Wir haben gezeigt, dass wir es können«, sagte Bahnchef Richard Lutz. Auf der "
        "Strecke wurden in fünf Monaten 117 Kilometer Gleise erneuert.",
        "Die Kosten für das Projekt beziffert die Bahn auf rund 1,3 Milliarden Euro. "
        "Ursprünglich waren deutlich geringere Summen genannt worden.",
        "Ob die Erfahrungen von der Riedbahn auf andere Projekte übertragbar sind, ist unter "
        "Fachleuten umstritten."]
    page = tmp_path / "bahn.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Riedbahn "
        "früher fertig</title></head><body><article><header><h2><span>Deutsche Bahn</span>"
        "<span class=\"sr-only\">:</span><span>Riedbahn früher fertig</span></h2>"
        "<div>Die Bahn meldet einen seltenen Erfolg: "
        "Die wichtige Strecke wird pünktlich freigegeben.</div></header><section>"
        f"<div class=\"RichText RichText--iconLinks\"><p>{paragraphs[0]}</p><p>{paragraphs[1]}"
        f"</p><h3>Kritik an den Kosten</h3><p>{paragraphs[2]}</p><ol><li>die Strecke "
        "Hamburg–Berlin ab August 2025,</li><li>die Strecke Emmerich–Oberhausen.</li></ol>"
        "</div><div class=\"related\"><a href=\"/a\">Mehr zum Thema</a></div>"
        f"<div class=\"RichText RichText--iconLinks\"><p>{paragraphs[3]}</p></div>"
        "</section></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "Deutsche Bahn: Riedbahn früher fertig"  # (no <h1>)
    assert all(p in body_text(article) for p in paragraphs)  # (the text split in two)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "Kritik an den Kosten"]
    assert [len(b.items) for b in article.blocks if isinstance(b, ListBlock)] == [2]


def test_a_text_container_trafilatura_does_not_know_keeps_its_headings_and_lists(
        tmp_path: Path) -> None:
    """In a container named "news-body" (Roya) trafilatura kept the paragraphs alone:
    the subheading, the list under "وحذرت الإدارة من:" and the photo between them were
    "outside the article"."""
    page = tmp_path / "weather.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        "منخفض جوي يؤثر على المملكة الخميس</title></head><body><h1>منخفض جوي يؤثر على المملكة "
        "الخميس</h1><div class=\"news-body\"><p>توقعت إدارة الأرصاد الجوية أن تتأثر المملكة، "
        "اعتبارا من مساء الخميس، بمنخفض جوي مصحوب بكتلة هوائية باردة ورطبة.</p>"
        "<h2>تحذيرات</h2><p>وحذرت الإدارة من:</p><ul><li>خطر تشكل السيول في الأودية.</li>"
        "<li>تدني مدى الرؤية الأفقية بسبب الضباب.</li></ul><p>وتنخفض درجات الحرارة يوم "
        "الجمعة بشكل ملموس لتسجل أقل من معدلاتها العامة بحوالي ست درجات مئوية.</p></div>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "تحذيرات"]
    assert [len(b.items) for b in article.blocks if isinstance(b, ListBlock)] == [2]


def test_the_end_of_a_page_an_agencys_sign_off_and_a_description_that_is_the_title(
        tmp_path: Path) -> None:
    """Wafa's separator and editors' initials ("ـــــ", "م.ع/ج.ح"), a comment box's "يجب
    تسجيل الدخول لإضافة تعليق" and a "طالع:" link were read as the article's last
    paragraphs; a description meta that repeats the headline (Shafaq) was the summary."""
    title = "البصرة تسجل 51 درجة مئوية وتعطيل الدوام الرسمي"
    page = tmp_path / "basra.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title><meta name=\"description\" content=\"{title}\"></head><body>"
        f"<article><h1>{title}</h1><div class=\"content\"><p>قررت الحكومة المحلية في محافظة "
        "البصرة، يوم الأربعاء، تعطيل الدوام الرسمي بسبب ارتفاع درجات الحرارة.</p><p>وسجلت "
        "البصرة، اليوم، أعلى درجة حرارة في العراق بلغت 51.3 درجة مئوية وفق الأنواء الجوية."
        "</p><p>طالع: «المركزي» يعلن حجم الإيرادات النفطية للشهر الماضي</p><p>ويتوقع أن "
        "تستمر موجة الحر حتى نهاية الأسبوع المقبل في معظم محافظات الجنوب.</p><p>ـــــ</p>"
        "<p>م.ع/ج.ح</p><h3>التعليقات (0)</h3><p>يجب تسجيل الدخول لإضافة تعليق</p></div>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    paragraphs = [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1].startswith("ويتوقع أن تستمر موجة الحر"), paragraphs
    assert not any(p.startswith("طالع") for p in paragraphs)
    assert article.summary is None


def test_a_bold_line_between_paragraphs_is_a_subheading(tmp_path: Path) -> None:
    """Al-Bayan, Anadolu and Enab Baladi draw their subheadings as a paragraph in bold
    ("<p><strong>تجارب ناجحة</strong></p>"): a reader navigating by headings found
    none. A glossary's bold terms, one over each definition, stay paragraphs."""
    prose = [f"<p>وأضاف في الفقرة {n} أن الحافلات خضعت لتجارب تشغيلية مكثفة استمرت أكثر من "
             "تسعة أشهر في ظروف مناخية مختلفة، وأثبتت كفاءتها في درجات الحرارة المرتفعة.</p>"
             for n in ("الأولى", "الثانية", "الثالثة", "الرابعة")]
    page = tmp_path / "bus.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        "حافلات كهربائية في دبي</title></head><body><article><h1>حافلات كهربائية في دبي</h1>"
        f"<div class=\"article-body\">{prose[0]}<p><strong>تجارب ناجحة</strong></p>{prose[1]}"
        f"{prose[2]}<p><strong>تعرفة موحدة</strong></p>{prose[3]}</div></article></body>"
        "</html>", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "تجارب ناجحة", "تعرفة موحدة"]


def test_a_read_also_box_a_paywall_and_a_players_labels_are_no_text(tmp_path: Path) -> None:
    """Le Monde's inline "Lire aussi" box (its label lost, its headline read as a
    paragraph), its paywall notice, The Atlantic's audio player and a clap counter's
    "--" were read as the article's."""
    prose = [f"<p>Paragraphe {n} : le département traverse la sécheresse la plus longue de "
             "son histoire récente, et les cumuls de pluie restent faibles.</p>"
             for n in ("un", "deux", "trois")]
    page = tmp_path / "secheresse.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Sécheresse"
        "</title></head><body><article><h1>La sécheresse s'installe</h1>"
        "<p>Listen to this article</p>"
        f"<div class=\"article__content\">{prose[0]}<section class=\"catcher\"><span>"
        "Lire aussi</span><a href=\"/x\">Dans les Pyrénées-Orientales, l'alerte maintenue"
        f"</a></section>{prose[1]}<p>--</p>{prose[2]}<p>Il vous reste 38.12% de cet article "
        "à lire. La suite est réservée aux abonnés.</p></div></article></body></html>",
        encoding="utf-8")
    text = body_text(load_quietly(page))
    for furniture in ("Pyrénées-Orientales, l'alerte", "Il vous reste", "Listen to this",
                      "\n--\n"):
        assert furniture not in text, furniture
    assert "Paragraphe trois" in text


def test_a_captions_source_in_its_own_span_is_the_credit(tmp_path: Path) -> None:
    """France 24 prints a photo's credit in "m-figure__caption-source": it was glued to
    the caption ("... 2024.© أ ف ب") and the credit was empty."""
    page = tmp_path / "haouz.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        "زلزال الحوز بعد عام</title></head><body><article><h1>زلزال الحوز بعد عام</h1>"
        "<figure><img src=\"haouz.jpg\" alt=\"خيام\"><figcaption class=\"m-figure__caption\">"
        "<span class=\"m-figure__caption-text\">خيام نصبت لإيواء المتضررين، 5 سبتمبر 2024."
        "</span><span class=\"m-figure__caption-source\">© أ ف ب</span></figcaption></figure>"
        "<div class=\"t-content__body\"><p>يحيي المغرب الأحد الذكرى الأولى لزلزال الحوز المدمر "
        "الذي ضرب منطقة الأطلس الكبير جنوب مراكش، وبلغت قوته ست درجات.</p><p>وأسفر الزلزال "
        "عن مقتل آلاف الأشخاص، كما ألحق أضرارا بنحو ستين ألف مسكن في ستة أقاليم.</p></div>"
        "</article></body></html>", encoding="utf-8")
    lead = load_quietly(page).lead_image
    assert lead is not None and lead.image.credit == "© أ ف ب"
    assert plain_text(lead.caption) == "خيام نصبت لإيواء المتضررين، 5 سبتمبر 2024."


def test_the_printed_reporter_over_an_organization_and_drupals_author_field(
        tmp_path: Path) -> None:
    """Anadolu's JSON-LD names the agency as the author; the page prints its reporter
    ("detay-muhabir"), who is the byline. Drupal's "field--name-field-author" holds the
    name's link and the writer's post after it."""
    body = ("<p>أعلنت الرئاسة ارتفاع صادرات قطاع الصناعات الدفاعية بنسبة كبيرة خلال العام "
            "الماضي مقارنة بالعام الذي سبقه، وفق بيان رسمي صدر اليوم.</p><p>وكانت الحكومة قد "
            "حددت هدفا لصادرات القطاع يبلغ عشرة مليارات دولار بحلول نهاية العام المقبل.</p>")
    pages = {
        "anadolu": ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                    "\"author\": {\"@type\": \"Organization\", \"name\": \"الأناضول\"}}"
                    "</script>", "<div><span class=\"detay-muhabir\"><a href=\"/p/1\">إسلام "
                    "الحمصي</a></span></div>", "إسلام الحمصي"),
        "drupal": ("", "<div class=\"field field--name-field-author\"><a href=\"/a/1\">مریم "
                       "احمدی</a> <span class=\"author-role\">روزنامه‌نگار</span></div>",
                   "مریم احمدی"),
    }
    for name, (head, byline, author) in pages.items():
        page = tmp_path / f"{name}.html"
        page.write_text(
            "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>صادرات الصناعات الدفاعية</title>{head}</head><body><article><h1>صادرات "
            f"الصناعات الدفاعية</h1>{byline}<div class=\"body\">{body}</div></article>"
            "</body></html>", encoding="utf-8")
        assert [a.name for a in load_quietly(page).authors] == [author], name


def test_the_hijri_date_printed_beside_the_pages_date(tmp_path: Path) -> None:
    """The page's data gives the date; the page prints the Hijri date beside it, in a box
    of byline and dates under the headline (Al-Bayan): the editions print and say both,
    as they do for a scrape."""
    page = tmp_path / "bus.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        "حافلات ذاتية القيادة في دبي</title><meta property=\"article:published_time\" "
        "content=\"2026-11-03T06:00:00+04:00\"></head><body><div class=\"article\">"
        "<h1>حافلات ذاتية القيادة في دبي</h1><div class=\"meta\"><div class=\"byline\">"
        "<span class=\"author\"><a href=\"/a\">محمد إبراهيم</a></span> <span>دبي</span></div>"
        "<div class=\"date\"><span>التاريخ: </span>13 جمادى الأولى 1448 هـ الموافق 3 نوفمبر "
        "2026 م</div><div class=\"update\">التحديث: 3 نوفمبر 2026 - 06:00</div></div>"
        "<div class=\"text\"><p>كشفت هيئة الطرق والمواصلات في دبي عن خطتها لتشغيل أول خط "
        "للحافلات ذاتية القيادة في منطقة البرشاء مطلع العام المقبل.</p><p>وقال مدير إدارة "
        "التخطيط إن المرحلة الأولى ستشمل تشغيل ثماني حافلات كهربائية على مسار قصير.</p>"
        "</div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.published_hijri == "13 جمادى الأولى 1448 هـ"


@pytest.mark.parametrize("placeholder", ['<p class="loading-text">جارٍ التحميل...</p>', ""],
                         ids=["loading", "empty"])
def test_a_page_whose_script_draws_the_text_is_read_from_its_articlebody(
        tmp_path: Path, placeholder: str) -> None:
    """An Angular page saved as it came: its body is a shell ("جارٍ التحميل..."), its text
    only in the JSON-LD's articleBody. The article was the loading line, or no article
    at all ("the article has no body text")."""
    body = ("أعلنت وزارة الداخلية الكويتية بدء العمل بنظام البصمة الثلاثية في جميع المنافذ "
            "البرية والجوية والبحرية اعتبارًا من الأول من أكتوبر.\r\nوأوضحت الوزارة أن النظام "
            "يشمل بصمة الأصابع والوجه والعين، وأن من لم يستكمل التسجيل سيُمنع من إجراء "
            "المعاملات الحكومية.\r\nودعت الوزارة الجميع إلى حجز موعد مسبق عبر تطبيق «سهل».")
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": "الكويت: بدء العمل بنظام البصمة الثلاثية",
                       "datePublished": "2024-09-22T07:05:00+03:00",
                       "author": {"@type": "Person", "name": "عبدالله الهاجري"},
                       "articleBody": body}, ensure_ascii=False)
    page = tmp_path / "shell.html"
    page.write_text(
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        "الكويت: بدء العمل بنظام البصمة الثلاثية</title><script type=\"application/ld+json\">"
        f"{data}</script></head><body><app-root><div class=\"article-skeleton\">{placeholder}"
        "</div></app-root></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)] == \
        body.split("\r\n")
    assert [a.name for a in article.authors] == ["عبدالله الهاجري"]


def test_a_live_blogs_entries_side_by_side_are_one_text(tmp_path: Path) -> None:
    """ABC's live blog: each entry an <article> beside the others. trafilatura kept the
    first entry only (or ran each one's paragraphs together)."""
    entries = [["Ausgrid has just provided an update, saying crews have restored power to "
                "about 25,000 homes since the peak of the storm.",
                "A spokesperson said the remaining 15,000 customers should be reconnected by "
                "midnight, but some may be without power until Friday."],
               ["Emergency services are reminding people to stay at least eight metres away "
                "from fallen power lines, and to assume they are live."],
               ["The NSW State Emergency Service says it has received 1,236 calls for help "
                "since 1pm, most of them for fallen trees and damaged roofs."]]
    posts = "".join(f'<article id="post-{n}" data-component="LiveBlogPost"><div '
                    'data-component="RichText">' + "".join(f"<p>{p}</p>" for p in entry)
                    + "</div></article>" for n, entry in enumerate(entries))
    # ... or as boxes named for a post, each with its header (time, title, byline)
    divs = "".join(f'<div class="post"><div class="post-header"><time>4:{n}0pm</time><h2>'
                   f'Update {n + 1} from the storm</h2></div><div class="post-body">'
                   + "".join(f"<p>{p}</p>" for p in entry) + "</div></div>"
                   for n, entry in enumerate(entries))
    boxed = tmp_path / "boxed.html"
    boxed.write_text("<!DOCTYPE html><html lang=\"en\"><head><title>Live: Sydney storms"
                     f"</title></head><body><main><h1>Live: Sydney storms</h1>{divs}</main>"
                     "</body></html>", encoding="utf-8")
    article = load_quietly(boxed)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)] == \
        [p for entry in entries for p in entry]
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == \
        [f"Update {n} from the storm" for n in (1, 2, 3)]
    page = tmp_path / "live.html"
    page.write_text("<!DOCTYPE html><html lang=\"en-AU\"><head><title>Live: Sydney storms "
                    "leave 40,000 homes without power - ABC News</title></head><body><div "
                    f"id=\"__next\"><main><div data-component=\"LiveBlogPosts\">{posts}</div>"
                    "</main></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)] == \
        [p for entry in entries for p in entry]


_PLANT_TEXT = ("<p>The plant will produce up to 100 million cubic meters of water a year when "
               "it reaches full capacity next spring, officials said on Tuesday.</p><p>It was "
               "built by a consortium at a cost of 1.6 billion shekels, and will be operated "
               "under a concession that runs for twenty-five years.</p>")
_LEAD = "Workers at the new desalination plant near Nahariya on Tuesday."


@pytest.mark.parametrize(("body", "lead", "captions"), [
    # an AMP page: <amp-img>, a WordPress figure's "wp-caption-text", a figcaption
    ('<article><h1>Plant opens</h1><figure class="amp-wp-article-featured-image '
     'wp-caption"><amp-img src="lead.jpg" alt="Plant" layout="intrinsic"></amp-img><p '
     f'class="wp-caption-text">{_LEAD}</p></figure><div class="amp-wp-article-content">'
     f'{_PLANT_TEXT}<figure><amp-img src="pipe.jpg" alt="Pipes"></amp-img><figcaption>The '
     'pipeline to the lake.</figcaption></figure><p>Unlike the five plants on the coast, '
     'the new facility is linked to a pipeline that carries water east.</p></div></article>',
     _LEAD, ["The pipeline to the lake."]),
    # JNews: the lead photo's caption three boxes up from the <img>
    ('<div><h1>Plant opens</h1><div class="jeg_featured featured_image"><a href="lead.jpg">'
     '<div class="thumbnail-container"><img src="lead.jpg" alt="Plant"></div></a><p '
     f'class="wp-caption-text">{_LEAD}</p></div><div class="entry-content">{_PLANT_TEXT}'
     '</div></div>', _LEAD, []),
    # a gallery's slides (Arc's "b-gallery__slide", Swiper's "swiper-slide")
    (f'<article class="b-article-body"><h1>Plant opens</h1>{_PLANT_TEXT}<div '
     'class="b-gallery"><div class="b-gallery__slide"><figure><img src="g1.jpg" '
     'alt="Control room"><figcaption>The control room.</figcaption></figure></div><div '
     'class="swiper-slide"><figure><img src="g2.jpg" alt="Intake pipes"><figcaption>The '
     'intake pipes.</figcaption></figure></div></div><p>Construction is expected to create '
     '7,000 jobs across the region over the next three years.</p></article>', None,
     ["The control room.", "The intake pipes."]),
], ids=["amp", "jnews-lead", "gallery-slides"])
def test_captions_of_amp_images_lead_photos_and_gallery_slides(
        tmp_path: Path, body: str, lead: str | None, captions: list[str]) -> None:
    """Captions trafilatura and the page reader lost: around an AMP page's <amp-img>, a
    WordPress figure's "wp-caption-text", a lead photo's caption three boxes up, and a
    gallery's slides (a wrapper named "slide" was dropped with its captions)."""
    page = tmp_path / "plant.html"
    page.write_text("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    f"Plant opens</title></head><body>{body}</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert (plain_text(article.lead_image.caption) if article.lead_image else None) == lead
    assert [plain_text(b.caption) for b in article.blocks if isinstance(b, Figure)] == \
        captions


def test_a_part_of_a_caption_is_not_given_again_as_a_paragraph(tmp_path: Path) -> None:
    """A WordPress figcaption with its source in <em>: the figure had the whole caption,
    and the source came again as a paragraph of its own under it."""
    page = tmp_path / "rates.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Central bank holds rates</title></head>"
        "<body><article><h1>Central bank holds rates</h1><div class=\"entry-content\"><p>The "
        "central bank kept its overnight deposit and lending rates unchanged on Thursday, the "
        "second hold in a row.</p><figure class=\"wp-block-image\"><img src=\"chart.png\" "
        "alt=\"Chart of inflation\"/><figcaption>Annual urban inflation since January 2024 "
        "<em>(Source: the national statistics agency)</em></figcaption></figure><p>The "
        "committee said inflation had slowed for a fourth consecutive month, but warned of "
        "external risks.</p></div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    lead = article.lead_image
    texts = [line for b in (lead, *article.blocks) if b is not None for line in block_texts(b)]
    assert sum("(Source: the national statistics agency)" in t for t in texts) == 1


def test_the_writer_and_date_of_a_blogger_post_and_of_an_author_page_link(
        tmp_path: Path) -> None:
    """Blogger prints the post's title in an "entry-title" <h3> (its <title> is "Blog:
    Post"), and the post's author and time in its "post-footer", marked with
    microdata (itemprop="author", an <abbr itemprop="datePublished" title="...">); a
    Next.js page links its writer's page from a CSS-module class. Both had no writer,
    and Blogger no date."""
    blog = tmp_path / "blog.html"
    blog.write_text(
        "<!DOCTYPE html><html dir='rtl' lang='ar'><head><title>رحّالة مصري: رحلتي إلى واحة "
        "سيوة</title>"
        "</head><body><div class='post hentry' itemprop='blogPost' itemscope='itemscope' "
        "itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title'>رحلتي "
        "إلى واحة سيوة</h3><div class='post-body entry-content' itemprop='articleBody'><p>"
        "وصلت إلى سيوة بعد رحلة طويلة بالحافلة من مرسى مطروح استغرقت نحو أربع ساعات، عبر "
        "طريق صحراوي طويل.</p><p>أول ما يلفت النظر في الواحة هو الهدوء؛ لا أصوات سيارات "
        "تقريبًا، والناس يتنقلون بالدراجات.</p></div><div class='post-footer'><span "
        "class='post-author vcard'>نشر بواسطة <span class='fn' itemprop='author' itemscope="
        "'itemscope' itemtype='http://schema.org/Person'><a href='https://www.blogger.com/"
        "profile/0123' rel='author'><span itemprop='name'>أحمد الشاذلي</span></a></span>"
        "</span> <span class='post-timestamp'>في <a class='timestamp-link' href='#'><abbr "
        "class='published' itemprop='datePublished' title='2024-03-15T10:30:00+02:00'>10:30 "
        "ص</abbr></a></span></div></div></body></html>", encoding="utf-8")
    post = load_quietly(blog)
    assert post.title == "رحلتي إلى واحة سيوة"  # the post's, not "Blog: Post"
    assert [a.name for a in post.authors] == ["أحمد الشاذلي"]
    assert post.published is not None and post.published.isoformat() == \
        "2024-03-15T10:30:00+02:00"
    page = tmp_path / "olive.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Olive harvest set for record</title>"
        "</head><body><main><article><div class=\"ArticleHeader_header__f4G6h\"><h1>Olive "
        "harvest set for record</h1><div class=\"ArticleHeader_meta__Jc7Rm\"><a class=\""
        "ArticleHeader_author__n3Lp8\" href=\"/author/monia-gharbi\">Monia Gharbi</a><span>"
        "·</span><time dateTime=\"2024-11-12T08:30:00.000Z\">12 November 2024</time></div>"
        "</div><div class=\"ArticleBody_body__C8vTq\"><p>The national agriculture "
        "observatory said the olive harvest would reach about 1.7 million tonnes this "
        "season.</p><p>The regions of Sfax, Mahdia and Sidi Bouzid are the largest "
        "producers, with more than 60 percent of output.</p></div></article></main></body>"
        "</html>", encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["Monia Gharbi"]


def test_a_table_in_an_embed_wrapper_and_a_photo_in_next_image_spans(tmp_path: Path) -> None:
    """RFE/RL's table in a "wsw__embed" box was left out with the box; next/image's styled
    <span> around the <img> lost the photo's caption."""
    page = tmp_path / "rial.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Rial falls</title></head><body><h1>"
        "Rial falls</h1><div id=\"article-content\"><div class=\"wsw\"><p>The gap between the "
        "official exchange rate and the open-market rate has now reached more than twenty "
        "percent.</p><div class=\"wsw__embed\"><table><tr><th>Currency</th><th>Open market"
        "</th></tr><tr><td>US dollar</td><td>60,400</td></tr></table></div><figure><span "
        "style=\"box-sizing:border-box;display:block;overflow:hidden;position:relative\"><img "
        "alt=\"Exchange shop\" src=\"shop.jpg\" data-nimg=\"responsive\"></span><figcaption>"
        "An exchange shop in central Tehran.</figcaption></figure><p>Economists say the "
        "budget deficit is the main cause of the pressure on the currency this year.</p>"
        "</div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    [table] = [b for b in article.blocks if isinstance(b, Table)]
    assert len(table.rows) == 2
    figures = [f for f in (article.lead_image, *article.blocks) if isinstance(f, Figure)]
    assert [plain_text(f.caption) for f in figures] == ["An exchange shop in central Tehran."]


def test_two_bold_subheadings_one_paragraph_apart_are_headings(tmp_path: Path) -> None:
    """Dawn's Urdu page: two bold lines, one paragraph apart. They were left paragraphs,
    taken for a glossary's terms (which come three or more in a row)."""
    page = tmp_path / "heat.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"ur\" dir=\"rtl\"><head><title>کراچی میں شدید گرمی کی "
        "لہر</title></head><body><article class=\"story\"><h2 class=\"story__title\">کراچی میں "
        "شدید گرمی کی لہر</h2><div class=\"story__content\"><p>محکمہ موسمیات نے بتایا کہ "
        "جمعرات کو شہر کا درجہ حرارت 42 ڈگری سینٹی گریڈ ریکارڈ کیا گیا جبکہ ہوا میں نمی کا "
        "تناسب 60 فیصد رہا۔</p><p><strong>شہریوں کے لیے ہدایات</strong></p><p>محکمہ صحت نے "
        "شہریوں کو ہدایت کی ہے کہ وہ گرمی کی لہر کے دوران احتیاطی تدابیر اختیار کریں اور دوپہر "
        "میں باہر نہ نکلیں۔</p><p><strong>بجلی کی لوڈشیڈنگ</strong></p><p>شہر کے مختلف علاقوں "
        "میں بجلی کی طویل لوڈشیڈنگ نے شہریوں کی مشکلات میں مزید اضافہ کر دیا ہے۔</p></div>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == \
        ["شہریوں کے لیے ہدایات", "بجلی کی لوڈشیڈنگ"]


def test_a_credit_by_its_label_and_a_captions_parts_apart(tmp_path: Path) -> None:
    """The New York Times' figcaption: the caption, then "Credit..." and the name in
    elements of hashed class names; El País' caption and its credit in two spans. They
    ran together ("... residents.Credit...Audra Melton"), read aloud as one word."""
    text = ("<p>The town's council approved the plant in March after a year of public "
            "hearings and two votes.</p><p>Construction began this month and should be "
            "finished within two years, the company said.</p>")
    page = tmp_path / "town.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>A battery town</title></head><body>"
        "<article><h1>A battery town</h1><figure><picture><img alt=\"\" src=\"site.jpg\">"
        "</picture><figcaption class=\"css-1l44abu\"><span aria-hidden=\"true\" class=\""
        "css-16f3y1r\">The plant site outside Bartow, Ga., this month.</span><span class=\""
        "css-cnj6d5\"><span class=\"css-1ly73wi\">Credit...</span><span>Audra Melton for "
        f"The New York Times</span></span></figcaption></figure>{text}<figure><img alt=\""
        "Díaz\" src=\"diaz.jpg\"><figcaption><span>Yolanda Díaz, este martes.</span><span "
        f"class=\"a_m_m\">Eduardo Parra (Europa Press)</span></figcaption></figure>{text}"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    lead = article.lead_image
    assert lead is not None and plain_text(lead.caption) == \
        "The plant site outside Bartow, Ga., this month."
    assert lead.image.credit == "Audra Melton for The New York Times"
    [figure] = [b for b in article.blocks if isinstance(b, Figure)]
    assert plain_text(figure.caption) == "Yolanda Díaz, este martes. Eduardo Parra (Europa Press)"


def test_a_quote_in_another_language_is_a_quote_in_that_language(tmp_path: Path) -> None:
    """trafilatura takes a blockquote with a ``lang`` for code: a poem quoted in Persian
    in a French page became a code block (left-to-right, "no language", never spoken)."""
    page = tmp_path / "citation.html"
    page.write_text(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Citation</title>'
        "</head><body><article><h1>Le poète et la ville</h1>"
        "<p>Le maire a parlé aux journalistes pendant une heure samedi matin, devant la "
        "bibliothèque municipale rénovée.</p>"
        '<blockquote lang="fa"><p>شعر وطن کسی است که وطنی ندارد، و این شهر خانه همه ماست.'
        "</p></blockquote>"
        "<p>Le festival de poésie se termine le 20 septembre, avec une lecture publique sur "
        "la grande place de la ville.</p></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    quotes = [b for b in article.blocks if isinstance(b, Quote)]
    assert [q.lang for q in quotes] == ["fa"]
    assert plain_text(quotes[0].paragraphs[0]).startswith("شعر وطن")
    assert not [b for b in article.blocks if isinstance(b, Preformatted)]


def test_a_q_element_keeps_the_quotation_marks_the_page_shows(tmp_path: Path) -> None:
    """A browser draws quotation marks around <q>, in the marks of the text it stands in;
    they were left out ("greeted with the announcement أهلاً بكم, played"). The quoted
    words keep their language."""
    page = tmp_path / "metro.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Metro</title>'
        "</head><body><article><h1>The metro opens</h1>"
        '<p>Passengers were greeted with the announcement <q lang="ar">أهلاً بكم في '
        "المترو</q>, played at every station on the first morning of the service.</p>"
        '<p lang="ar">وقال الوزير في المؤتمر: <q lang="fr">Nous avons réussi ensemble</q>، '
        "ثم غادر القاعة بعد دقائق من بدء الحفل.</p>"
        "<p>One driver said <q>\u201cit was a long wait\u201d</q> and laughed, another "
        "\u201c<q>we came early</q>\u201d with the passengers before the train left the "
        "station.</p></article></body></html>",
        encoding="utf-8")
    paragraphs = [b for b in load_quietly(page).blocks if isinstance(b, Paragraph)]
    texts = [plain_text(p.spans) for p in paragraphs]
    assert "the announcement \u201cأهلاً بكم في المترو\u201d, played" in texts[0]
    assert ("أهلاً بكم في المترو", "ar") in [(s.text, s.lang) for s in paragraphs[0].spans]
    assert "المؤتمر: «Nous avons réussi ensemble»، ثم" in texts[1]
    # (its own marks, once)
    assert "said \u201cit was a long wait\u201d and laughed, another \u201cwe came " \
        "early\u201d with" in texts[2]


STANDFIRST_PAGES = [
    # a lede outside the text's own box, marked only by itemprop (Hamshahri): left out
    ('<div class="item-header"><h1>{title}</h1><p class="introtext" itemprop="description">'
     '{standfirst}</p></div><div itemprop="articleBody">{body}</div>'),
    # a standfirst in a box named for the article's header: printed after the text
    ('<div class="article-header"><h1>{title}</h1><p class="standfirst">{standfirst}</p>'
     '</div><article>{body}</article>'),
    ('<div class="article-header"><h1>{title}</h1><div class="lead">{standfirst}</div>'
     '</div><article>{body}</article>'),
    # Le Monde's "article__desc" in the page's <header>: left out as page furniture
    ('<header><h1>{title}</h1><p class="article__desc">{standfirst}</p></header>'
     '<article>{body}</article>'),
    # Arc XP's subheadline in its "b-header-section": left out as navigation
    ('<div class="b-header-section"><h1 class="b-headline">{title}</h1>'
     '<h2 class="b-subheadline">{standfirst}</h2></div><article>{body}</article>'),
]


@pytest.mark.parametrize("shape", STANDFIRST_PAGES)
def test_the_printed_standfirst_is_the_summary_once(tmp_path: Path, shape: str) -> None:
    standfirst = ("A 200-bed facility ends years of transfers to the capital for sick "
                  "children. A first review is due in June.")
    body = ("<p>The governor opened the first specialist children's hospital in the province "
            "last night with two hundred beds and a staff of three hundred.</p>"
            "<p>Officials said the hospital would reduce the number of children sent to the "
            "capital for treatment each year by more than half.</p>")
    page = tmp_path / "hospital.html"
    page.write_text('<html lang="en"><head><title>Hospital opens</title></head><body>'
                    + shape.format(title="Hospital opens in the province",
                                   standfirst=standfirst, body=body)
                    + "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == standfirst
    said = body_text(article)
    assert "200-bed" not in said and said.startswith("The governor opened")


def test_a_photos_description_box_is_its_caption(tmp_path: Path) -> None:
    """"<img><div class="img-desc">" (Al-Riyadh): the caption was left out."""
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "bus.png")
    page = tmp_path / "bus.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>خدمة الحافلات</title></head><body>'
        "<h1>«النقل» تطلق خدمة الحافلات الترددية</h1>"
        '<div class="article-img"><img src="bus.png" alt=""><div class="img-desc">حافلة '
        "ترددية خلال التشغيل التجريبي</div></div><div class=\"article-text\">"
        "<p>أطلقت الهيئة العامة للنقل، أمس، خدمة الحافلات الترددية التي تربط 14 حيا في شرق "
        "الرياض بأقرب محطات المترو.</p><p>وتعمل الحافلات بمعدل رحلة كل عشر دقائق في أوقات "
        "الذروة، وكل عشرين دقيقة في بقية اليوم.</p></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    figures = [b for b in (article.lead_image, *article.blocks) if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] == ["حافلة ترددية خلال التشغيل التجريبي"]


def test_footnotes_with_back_links_are_kept_and_their_marks_apart(tmp_path: Path) -> None:
    """Notes whose items link back to their marks ("↩") were left out as a list of links,
    and a mark ran into the word before it ("unstable.1")."""
    page = tmp_path / "notes.html"
    page.write_text(
        '<html lang="en"><head><title>The microbus drivers</title></head><body><article>'
        "<h1>The microbus drivers</h1><div class=\"entry-content\">"
        "<p>Ramadan, 41, has driven the same route for 16 years. His income, he says, has "
        'never been this unstable.<sup><a href="#fn1" id="ref1">1</a></sup></p>'
        "<p>Passengers complain, but few have alternatives: the metro does not reach most "
        'of the informal areas.<sup><a href="#fn2" id="ref2">2</a></sup></p><hr>'
        '<ol class="footnotes"><li id="fn1">Interview conducted in Giza, January 2026. '
        '<a href="#ref1">↩</a></li><li id="fn2">According to a 2024 ministry survey, around '
        '60 percent of trips use informal transport. <a href="#ref2">↩</a></li></ol>'
        "</div></article></body></html>", encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "never been this unstable.[1]" in said
    assert "Interview conducted in Giza, January 2026." in said
    assert "60 percent of trips use informal transport." in said and "↩" not in said


def test_a_wordpress_gallery_photo_keeps_its_caption(tmp_path: Path) -> None:
    """WordPress prints a gallery's photo in a "gallery-icon" box, which trafilatura drops
    as an icon, with the photo's caption."""
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "ward.png")
    page = tmp_path / "gallery.html"
    page.write_text(
        '<html lang="en"><head><title>Hospital opens</title></head><body><article>'
        "<h1>Hospital opens</h1><p>The governor opened the first specialist children's "
        "hospital in the province last night with two hundred beds.</p>"
        '<figure class="gallery-item"><div class="gallery-icon landscape"><a href="ward.png">'
        '<img src="ward.png" alt=""></a></div><figcaption class="wp-caption-text '
        'gallery-caption">Intensive care unit for newborns</figcaption></figure>'
        "<p>Officials said the hospital would reduce the number of children sent to the "
        "capital for treatment each year.</p></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    figures = [b for b in (article.lead_image, *article.blocks) if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] == ["Intensive care unit for newborns"]


def test_a_sign_up_box_in_the_text_is_left_out(tmp_path: Path) -> None:
    """A newsletter box set between two paragraphs, named by a generated class
    ("Newsletter_box__q8"), was read as the text; a box of two fields is one box."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the report gives more detail on exports of chemicals, plastics "
        "and machinery to new markets in Asia and Africa this year.</p>" for n in range(4))
    page = tmp_path / "exports.html"
    page.write_text(
        '<html lang="en"><head><title>Exports rise</title></head><body><main>'
        '<h1>Exports rise 9%</h1><div class="ArticleBody_body__n5">'
        "<p>Saudi non-oil exports rose 9 percent year on year in the fourth quarter, "
        "statistics showed on Sunday.</p>"
        '<div class="Newsletter_box__q8"><h3>The Daily Brief</h3><p>Sign up to get the top '
        'business news every morning.</p><input type="email" placeholder="Your e-mail">'
        '<input type="email" placeholder="Again"><button>Sign up</button></div>'
        f"{paragraphs}</div></main></body></html>", encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "Sign up" not in said and "Daily Brief" not in said
    assert said.startswith("Saudi non-oil exports") and "Paragraph 3 of the report" in said
    # a sentence of the text in the same box as the form stays; the form goes
    page.write_text(page.read_text(encoding="utf-8").replace(
        "<h3>The Daily Brief</h3><p>Sign up to get the top business news every morning.</p>",
        "<p>Exports to China rose fastest, the ministry said on Sunday.</p>"),
        encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "Exports to China rose fastest, the ministry said on Sunday." in said
    # a prompt in another language, with no e-mail's word, is a sign-up box too
    page.write_text(page.read_text(encoding="utf-8").replace(
        "<p>Exports to China rose fastest, the ministry said on Sunday.</p>",
        "<p>Inscrivez-vous pour recevoir chaque matin les informations essentielles.</p>"),
        encoding="utf-8")
    assert "Inscrivez-vous" not in body_text(load_quietly(page))


def test_an_unnamed_standfirst_and_a_lead_photo_under_an_h2_headline(tmp_path: Path) -> None:
    """Der Spiegel heads its article with an <h2> (no <h1>), a box of sentences no class
    names as a standfirst, and a photo whose credit is labelled "Foto:": the standfirst
    and the photo were left out as the page's header."""
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "pipes.png")
    page = tmp_path / "spiegel.html"
    page.write_text(
        '<html lang="de"><head><title>Fernwärme: Ausbau</title></head><body><article>'
        '<header data-area="intro"><h2><span>Fernwärme: </span><span>Stadtwerke in Leipzig '
        "verdoppeln Ausbau</span></h2><div class=\"RichText leading-loose\">Leipzig will bis "
        "2035 doppelt so viele Haushalte an das Fernwärmenetz anschließen wie geplant. "
        'Kritiker warnen vor steigenden Preisen.</div><figure><img src="pipes.png" alt="">'
        "<figcaption><p>Baustelle in Leipzig-Gohlis</p><span>Foto: Jan Woitas / dpa</span>"
        '</figcaption></figure></header><section data-area="body"><div data-area="text">'
        "<p>In der Georg-Schumann-Straße ist seit Wochen kaum ein Durchkommen. Bagger haben "
        "den Asphalt aufgerissen, orangefarbene Rohre liegen am Straßenrand.</p>"
        "<p>Die Kosten schätzen die Stadtwerke auf rund 1,2 Milliarden Euro. Finanziert "
        "werden soll der Ausbau zum Teil über Fördermittel des Bundes.</p></div></section>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary is not None and article.summary.startswith("Leipzig will bis 2035")
    assert article.lead_image is not None
    assert plain_text(article.lead_image.caption) == "Baustelle in Leipzig-Gohlis"
    assert article.lead_image.image.credit == "Jan Woitas / dpa"
    assert body_text(article).startswith("In der Georg-Schumann-Straße")


def test_a_key_points_box_is_the_summary_and_a_themes_author_box_the_byline(
        tmp_path: Path) -> None:
    """A "ملخص" box of points above the text, its class a CSS module's ("Article_summary
    __l3"), was left out; the Sahifa theme's "post-meta-author" gave no writer."""
    page = tmp_path / "exports.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>الصادرات</title></head><body><main>'
        "<h1>صادرات السعودية غير النفطية ترتفع 9%</h1>"
        '<p class="post-meta"><span class="post-meta-author"><a href="/author/ali/">علي '
        "الشمري</a></span></p>"
        '<div class="Article_summary__l3"><h2>ملخص</h2><ul><li>الصادرات غير النفطية تبلغ 84 '
        "مليار ريال في الربع الرابع</li><li>المنتجات الكيماوية والبلاستيك تشكل نحو نصف "
        "الصادرات</li></ul></div><div class=\"ArticleBody_body__n5\"><p>ارتفعت الصادرات "
        "السلعية غير النفطية للمملكة بنسبة 9% على أساس سنوي في الربع الرابع من العام "
        "الماضي.</p><p>وشكلت منتجات الصناعات الكيماوية واللدائن والمطاط نحو 48% من إجمالي "
        "الصادرات غير النفطية.</p></div></main></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == ("الصادرات غير النفطية تبلغ 84 مليار ريال في الربع الرابع؛ "
                               "المنتجات الكيماوية والبلاستيك تشكل نحو نصف الصادرات.")
    assert [a.name for a in article.authors] == ["علي الشمري"]
    assert body_text(article).startswith("ارتفعت الصادرات")


_SUBTITLE = ('<div class="field field--name-field-subtitle"><h2>مزارعو البصرة وميسان يهجرون '
             "أراضيهم مع تراجع مناسيب دجلة والفرات</h2></div>")
_BRIEF = ("تراجعت حصص العراق المائية إلى أدنى مستوى منذ عقود، مما دفع آلاف العائلات إلى "
          "النزوح نحو المدن بحثاً عن عمل.")


@pytest.mark.parametrize(("above", "summary", "subtitle"), [
    # the subtitle, then the "ملخص" box: a class that names it, or none
    (_SUBTITLE + '<div class="field field--name-field-summary"><div class="field--label">'
     f'ملخص</div><div class="field--item">{_BRIEF}</div></div>', _BRIEF,
     "مزارعو البصرة وميسان يهجرون أراضيهم مع تراجع مناسيب دجلة والفرات"),
    (_SUBTITLE + '<div class="field field--name-field-brief"><span>ملخص</span><div>'
     f'{_BRIEF}</div></div>', _BRIEF,
     "مزارعو البصرة وميسان يهجرون أراضيهم مع تراجع مناسيب دجلة والفرات"),
    # a subtitle alone: the summary
    (_SUBTITLE, "مزارعو البصرة وميسان يهجرون أراضيهم مع تراجع مناسيب دجلة والفرات", None),
    # a box of links under a label is no summary
    (_SUBTITLE + '<div class="box-brief"><span>باختصار</span><p><a href="/1">سدود تركيا تحجز '
     'مياه دجلة</a> <a href="/2">العراق يطلب حصة عادلة من مياه الفرات</a></p></div>',
     "مزارعو البصرة وميسان يهجرون أراضيهم مع تراجع مناسيب دجلة والفرات", None),
])
def test_a_subtitle_over_a_labelled_summary_box_keeps_both(
        tmp_path: Path, above: str, summary: str, subtitle: str | None) -> None:
    """Independent Arabia prints a subtitle, then a box labelled "ملخص" above the text:
    the subtitle was made the summary and the box was lost."""
    page = tmp_path / "water.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>المياه</title></head><body><article>'
        f"<h1>أزمة المياه تتفاقم في جنوب العراق</h1>{above}"
        '<div class="field field--name-body"><p>في قرية السويب شمال البصرة، يقف أبو حيدر '
        "على حافة نهر لم يعد يحمل سوى طين متشقق.</p><p>وتقول وزارة الموارد المائية إن "
        "الخزين المائي انخفض إلى أقل من ثمانية مليارات متر مكعب.</p></div></article>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert (article.summary, article.subtitle) == (summary, subtitle)
    assert body_text(article).startswith("في قرية السويب")


@pytest.mark.parametrize("box", [
    '<div class="box-brief"><span>ملخص</span><p>{}</p></div>',
    '<div class="article-summary"><p>{}</p></div>'])
def test_a_summary_box_the_extractor_reads_as_text_stays_its_first_block(
        tmp_path: Path, box: str) -> None:
    """A box under the subtitle that the extractor reads as the text's first paragraph
    stays there, the subtitle the summary (as before the labelled box was read)."""
    page = tmp_path / "water.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>المياه</title></head><body><article>'
        f"<h1>أزمة المياه تتفاقم في جنوب العراق</h1>{_SUBTITLE}{box.format(_BRIEF)}"
        '<div class="field field--name-body"><p>في قرية السويب شمال البصرة، يقف أبو حيدر '
        "على حافة نهر لم يعد يحمل سوى طين متشقق.</p><p>وتقول وزارة الموارد المائية إن "
        "الخزين المائي انخفض إلى أقل من ثمانية مليارات متر مكعب.</p></div></article>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == "مزارعو البصرة وميسان يهجرون أراضيهم مع تراجع مناسيب دجلة والفرات"
    assert body_text(article).startswith(_BRIEF)


@pytest.mark.parametrize(("standfirst", "kept"), [
    # the lede's words in another order: said once, as the lede
    ("قال وزير الموارد المائية والري، الدكتور هاني سويلم، إن محطات الرفع بمحافظة الفيوم "
     "جاهزة لموسم الصيف وتعمل بكامل طاقتها.", False),
    # a standfirst that shares some of the lede's words, or is a piece of a longer lede
    ("الوزير يوجه بتشكيل لجنة فنية لمراجعة المعدات الكهربائية في المحطات خلال أسبوعين",
     True),
    ("سويلم يطمئن على جاهزية محطات الرفع بمحافظة الفيوم ويطلب تقريرا عاجلا بالاحتياجات",
     True),
])
def test_a_standfirst_that_restates_the_lede_is_said_once(tmp_path: Path, standfirst: str,
                                                         kept: bool) -> None:
    """The description Al-Masry Al-Youm prints over the text is its lede reworded: the
    listener heard the first paragraph twice."""
    page = tmp_path / "pumps.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>محطات الرفع | المصري اليوم</title></head>'
        '<body><header class="site"><a href="/">المصري اليوم</a></header><div class="article">'
        '<h1>وزير الري يتفقد محطات الرفع في الفيوم</h1><div class="pageDate"><span>كتب: محمد '
        'السيد</span> <span>الإثنين 07-12-2026 14:30</span></div><p itemprop="description" '
        f'class="intro">{standfirst}</p><div id="NewsStory"><p>أكد الدكتور هاني سويلم، وزير '
        "الموارد المائية والري، أن محطات الرفع بمحافظة الفيوم جاهزة لموسم الصيف وتعمل بكامل "
        "طاقتها.</p><p>وأكد الوزير خلال جولته ضرورة المتابعة المستمرة لأعمال الصيانة الدورية "
        "للمحطات، وتوفير قطع الغيار اللازمة لضمان استمرار التشغيل دون توقف.</p><p>ووجه سويلم "
        "بتشكيل لجنة فنية لمراجعة حالة المعدات الكهربائية والميكانيكية في جميع المحطات، ورفع "
        "تقرير عاجل بالاحتياجات خلال أسبوعين.</p><p>وشملت الجولة محطة رفع البطس ومحطة رفع "
        "الوادي، حيث استمع الوزير إلى شرح من مسؤولي التشغيل حول معدلات الأداء.</p></div></div>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == (standfirst if kept else None)
    assert body_text(article).startswith("أكد الدكتور هاني سويلم")


def test_the_writers_name_over_the_text_is_the_byline_not_a_paragraph(tmp_path: Path) -> None:
    """"<p><strong>محمد علاء:</strong></p>" over the text (Shorouk), the writer the page's
    data names, was read as the text's first paragraph."""
    page = tmp_path / "plant.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>محطة تحلية</title><script type="application/'
        'ld+json">{"@type":"NewsArticle","headline":"محطة تحلية","author":{"@type":"Person",'
        '"name":"محمد علاء"}}</script></head><body><h1>الحكومة تبدأ تشغيل محطة تحلية جديدة'
        '</h1><div class="eventContent"><p><strong>محمد علاء:</strong></p><p>بدأت الحكومة، '
        "صباح اليوم الأربعاء، التشغيل التجريبي لمحطة تحلية مياه البحر الجديدة في منطقة العين "
        "السخنة.</p><p>وقال المتحدث باسم وزارة الإسكان، في بيان، إن المحطة ستغذي المنطقة "
        "الاقتصادية لقناة السويس.</p></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["محمد علاء"]
    assert body_text(article).startswith("بدأت الحكومة")


@pytest.mark.parametrize("header", [
    '<div class="lead"><figure><img src="h.jpg" alt="The hospital"><figcaption>The new '
    "hospital seen from the main road on Monday morning, before the opening.</figcaption>"
    "</figure></div>",
    '<header><h2>Hospital opens</h2><div>Published 12 March 2024. Last updated 13 March '
    "2024 at noon, after the governor spoke to reporters.</div></header>",
    '<header><h2>Hospital opens</h2><div>Ein Kommentar von Anna Schmidt. Lesezeit 3 Minuten '
    "für den ganzen Text, mit allen Grafiken.</div></header>"])
def test_a_photo_a_date_line_or_a_writers_line_is_no_standfirst(tmp_path: Path,
                                                                  header: str) -> None:
    """A "lead" box holding the photo gave its caption as the summary; a header's box of
    dates or of the writer's line, under an <h2> headline, did too."""
    page = tmp_path / "hospital.html"
    page.write_text(
        '<html lang="en"><head><title>Hospital opens</title></head><body>'
        + ("" if "<h2>" in header else "<h1>Hospital opens in the province</h1>") + header
        + "<article><p>The governor opened the first specialist children's hospital in the "
        "province last night with two hundred beds and a new emergency wing.</p><p>Officials "
        "said the hospital would reduce the number of children sent to the capital for "
        "treatment each year, saving families long journeys.</p></article></body></html>",
        encoding="utf-8")
    assert load_quietly(page).summary is None


def test_a_pull_quote_is_read_once(tmp_path: Path) -> None:
    """A pull quote repeats, set large, a sentence the text holds: it was read twice."""
    page = tmp_path / "drivers.html"
    page.write_text(
        '<html lang="en"><head><title>The drivers</title></head><body><article>'
        "<h1>The microbus drivers</h1><div class=\"entry-content\"><p>Ramadan, 41, has driven "
        "the same route for 16 years. “Every time diesel goes up, the fare goes up a month "
        "later, if at all. In between, we pay the difference.”</p>"
        '<blockquote class="pullquote"><p>“Every time diesel goes up, the fare goes up a month '
        "later, if at all.”</p></blockquote><p>Diesel prices rose three times in 2025, for a "
        "total increase of about 30 percent, according to official figures.</p>"
        "<blockquote><p>“We will not strike again this year,” the union said in a statement "
        "on Sunday.</p></blockquote></div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    quotes = [plain_text(q.paragraphs[0]) for q in article.blocks if isinstance(q, Quote)]
    assert quotes == ["“We will not strike again this year,” the union said in a statement on "
                      "Sunday."]
    assert body_text(article).count("Every time diesel goes up") == 1


def test_a_videos_caption_stays_where_the_player_stood(tmp_path: Path) -> None:
    """An embedded video's figure (no edition plays it) was left out with its caption, a
    sentence of the text ("A county video explains ..."); a player's title is no text."""
    page = tmp_path / "pipes.html"
    page.write_text(
        '<html lang="en"><head><title>Lead pipes</title></head><body><article><h1>Lead pipes'
        '</h1><div class="entry-content"><p>Residents can look up their address on the '
        "county's online map, or call the water department for help.</p>"
        '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-'
        'embed__wrapper"><iframe src="https://www.youtube.com/embed/q1w2e3"></iframe></div>'
        "<figcaption>A county video explains how to identify a lead pipe.</figcaption></figure>"
        '<figure class="video"><iframe src="https://example.org/v"></iframe><figcaption>Day 3, '
        "Part 10: opening statements</figcaption></figure>"
        "<p>The county says it will send a letter to every affected address by April, "
        "officials confirmed.</p></div></article></body></html>", encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "A county video explains how to identify a lead pipe." in said
    assert "Day 3" not in said


def test_a_galleries_shared_caption_is_read_once(tmp_path: Path) -> None:
    """A gallery's two photos side by side under one caption (Ghost's "kg-gallery-card"):
    the caption was given to each photo, and read twice."""
    for name in ("pots.png", "meeting.png"):
        PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / name)
    page = tmp_path / "gallery.html"
    page.write_text(
        '<html lang="en"><head><title>Harbour wind farm</title></head><body><article>'
        '<h1>Harbour wind farm</h1><section class="gh-content"><p>Most of the town\'s sixty '
        "boats fish for crab and lobster in the area where the turbines would stand.</p>"
        '<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container"><div '
        'class="kg-gallery-row"><div class="kg-gallery-image"><img src="pots.png" alt="">'
        '</div><div class="kg-gallery-image"><img src="meeting.png" alt=""></div></div></div>'
        "<figcaption><p><span>Left: lobster pots on the quay. Right: residents queue for the "
        "meeting.</span></p></figcaption></figure><p>The developer has offered a compensation "
        "fund and says some areas will stay open to static gear.</p></section></article>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    figures = [b for b in (article.lead_image, *article.blocks) if isinstance(b, Figure)]
    assert [f.image.src for f in figures] == ["pots.png", "meeting.png"]
    assert [plain_text(f.caption) for f in figures] == [
        "Left: lobster pots on the quay. Right: residents queue for the meeting.", ""]


def test_text_the_page_reveals_itself_is_kept(tmp_path: Path) -> None:
    """A tab panel, a collapsed "read more" section opened by a button's aria-controls,
    a section hidden "until found": the article's own text, dropped as hidden; a hidden
    menu of links stays out."""
    page = tmp_path / "tabs.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ضربات الشمس</title>'
        '</head><body><article><h1>كيف تحمي طفلك من ضربات الشمس؟</h1>'
        '<div class="entry-content"><p>مع ارتفاع درجات الحرارة في فصل الصيف، يصبح الأطفال '
        "أكثر عرضة للإجهاد الحراري وضربات الشمس، لأن أجسامهم تنتج حرارة أكثر نسبيا.</p>"
        "<p>وتنصح الجمعيات الطبية بألا يبقى الطفل تحت الشمس المباشرة بين الساعة 11 صباحا "
        "و4 عصرا، وأن يشرب الماء باستمرار.</p>"
        '<div id="more-1" style="display:none"><h2>متى يجب مراجعة الطبيب؟</h2><p>إذا '
        "استمرت الحرارة مرتفعة أكثر من ساعة رغم التبريد، أو ظهرت على الطفل تشنجات، فيجب "
        "نقله إلى قسم الطوارئ دون تأخير.</p></div>"
        '<button aria-expanded="false" aria-controls="more-1">اقرأ المزيد</button>'
        '<section class="tab-panel" role="tabpanel" hidden><h3>الوقاية</h3><ul><li>إعطاء '
        "الطفل الماء كل 20 دقيقة أثناء اللعب.</li><li>إلباسه ملابس قطنية فاتحة اللون وقبعة "
        "واسعة.</li></ul></section>"
        '<section hidden="until-found"><p>ولا تترك الطفل داخل سيارة مغلقة ولو لدقائق قليلة '
        "في أيام الصيف الحارة.</p></section>"
        '<button aria-controls="menu">القائمة</button><ul id="menu" hidden><li><a href="/a">'
        'الرئيسية</a></li><li><a href="/b">أخبار العالم والمنطقة والاقتصاد</a></li><li>'
        '<a href="/c">رياضة وثقافة وفنون ومنوعات وتكنولوجيا</a></li></ul>'
        "</div></article></body></html>", encoding="utf-8")
    said = body_text(load_quietly(page))
    for kept in ("متى يجب مراجعة الطبيب؟", "قسم الطوارئ", "الوقاية", "قبعة واسعة",
                 "داخل سيارة مغلقة"):
        assert kept in said, kept
    assert "الرئيسية" not in said and "رياضة وثقافة" not in said


def test_a_mediawiki_heading_beside_its_edit_link_is_kept(tmp_path: Path) -> None:
    """MediaWiki 1.43's headings ("<div class="mw-heading"><h2>التاريخ</h2><span
    class="mw-editsection">[عدل]</span></div>") were all dropped with their edit link."""
    page = tmp_path / "wiki.html"
    section = ('<div class="mw-heading mw-heading2"><h2 id="{0}">{0}</h2><span '
               'class="mw-editsection"><span class="mw-editsection-bracket">[</span><a '
               'href="/w/index.php?action=edit">عدل</a><span class="mw-editsection-bracket">]'
               "</span></span></div><p>{1}</p>")
    page.write_text(
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>قلعة المثال - ويكيبيديا'
        '</title></head><body><main><h1>قلعة المثال</h1><div class="mw-parser-output"><p>'
        "قلعة المثال هي قلعة أثرية تقع على تل مرتفع في شمال سوريا، وتعد من أبرز المعالم.</p>"
        + section.format("التاريخ", "بنيت القلعة الأولى من الخشب والطين، ثم أعاد بناءها "
                         "بالحجر أحد قادة الجيش في أواخر القرن الثاني عشر.")
        + section.format("العمارة", "تتألف القلعة من سور خارجي بطول 900 متر تتخلله 12 برجا، "
                         "وخندق بعمق 20 مترا، ومسجد صغير وحمام.")
        + "</div></main></body></html>", encoding="utf-8")
    article = load_quietly(page)
    headings = [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)]
    assert headings == ["التاريخ", "العمارة"]
    assert "عدل" not in body_text(article)


def test_a_paragraph_keeps_the_language_its_element_names(tmp_path: Path) -> None:
    """"<p lang="ps">" in an Arabic page came out "fa" in every edition (trafilatura
    drops the attribute; the script alone took Pashto for Persian)."""
    page = tmp_path / "pashto.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>جالية أفغانية</title>'
        "</head><body><article><h1>جالية أفغانية</h1><p>وشاركت في الاحتفال جالية أفغانية "
        "صغيرة تقيم في الإقليم منذ سنوات، وقال أحد أفرادها بالبشتوية:</p>"
        '<p lang="ps" dir="rtl">موږ دلته خوشحاله یو، خو زړونه مو لا هم په افغانستان کې دي.</p>'
        "<p>أي أنهم سعداء هنا، لكن قلوبهم ما زالت في أفغانستان، بحسب ما نقل مراسلنا في "
        "المدينة.</p></article></body></html>", encoding="utf-8")
    assert [getattr(b, "lang", None) for b in load_quietly(page).blocks] == [None, "ps", None]


@pytest.mark.parametrize(("writer", "dateline"), [
    ("عمان - محمد الدعجة", "عمان"), ("محمد الدعجة", None)])
def test_a_byline_and_a_date_on_one_line_under_the_headline(
        tmp_path: Path, writer: str, dateline: str | None) -> None:
    """Kooora prints the writer and the date on one info row ("<span class="newsAuthor">
    عمان - محمد الدعجة</span> <span class="newsDate">..."): the date was read, the writer
    and the dateline lost."""
    page = tmp_path / "derby.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>الوحدات يقلب الطاولة على الفيصلي</title>'
        '</head><body><div id="newsBox"><h1 class="newsTitle">الوحدات يقلب الطاولة على '
        f'الفيصلي</h1><div class="newsInfo"><span class="newsAuthor">{writer}</span> <span '
        'class="newsDate">السبت 17 فبراير 2024 - 22:40</span></div><div class="newsText"><p>'
        "قلب الوحدات تأخره بهدف إلى فوز 3-1 على غريمه التقليدي الفيصلي، مساء السبت، على ستاد "
        "عمان الدولي، في قمة الجولة 15 من دوري المحترفين الأردني لكرة القدم.</p><p>وبهذا "
        "الفوز رفع الوحدات رصيده إلى 34 نقطة في الصدارة، بفارق نقطتين عن الحسين إربد، فيما "
        "تجمد رصيد الفيصلي عند 27 نقطة.</p></div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["محمد الدعجة"]
    assert article.dateline == dateline
    assert article.published is not None and article.published.isoformat().startswith(
        "2024-02-17T22:40")
    assert body_text(article).startswith("قلب الوحدات")


def test_the_date_under_a_headline_in_its_own_box_is_read(tmp_path: Path) -> None:
    """Al-Ahram wraps the headline in a box ('<div class="title"><h1>...</h1></div>
    <div class="date">14-4-2024 | 15:30</div>'): only the <h1>'s own siblings were
    looked at, and the page had no date."""
    page = tmp_path / "baron.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>الأهرام - ترميم قصر البارون يكشف نقوشا</title>'
        '</head><body><div class="outer-content"><div class="title"><h1>ترميم قصر البارون '
        'يكشف نقوشا</h1></div><div class="date">14-4-2024 | 15:30</div><div class="author">'
        '<a>أحمد عادل</a></div><div class="article-body"><div id="abody">كشفت أعمال الترميم '
        "الجارية في قصر البارون إمبان بحي مصر الجديدة عن نقوش زخرفية ملونة أسفل طبقات الطلاء "
        "القديمة.<br><br>وقال مصدر بوزارة السياحة والآثار إن النقوش عثر عليها في القاعة "
        "الرئيسية بالطابق الأول، وتمثل زخارف نباتية.</div></div></div></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None
    assert article.published.isoformat().startswith("2024-04-14T15:30")
    assert [a.name for a in article.authors] == ["أحمد عادل"]


def test_an_interviewers_label_in_the_author_field_is_a_role(tmp_path: Path) -> None:
    """Al-Quds Al-Arabi writes "حاورها: كمال الرياحي" in the JSON-LD author and prints it
    over the text: the label stayed in the name ("بقلم حاورها: ..."), and the printed
    name made a second author."""
    page = tmp_path / "interview.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>سلمى بن علي: الرواية ليست محكمة للتاريخ'
        '</title><script type="application/ld+json">{"@type":"NewsArticle","headline":'
        '"سلمى بن علي: الرواية ليست محكمة للتاريخ","author":[{"@type":"Person","name":'
        '"حاورها: كمال الرياحي"}]}</script></head><body><article><header><h1>سلمى بن علي: '
        'الرواية ليست محكمة للتاريخ</h1><div class="entry-meta"><span class="byline">حاورها: '
        '<a class="author">كمال الرياحي</a></span></div></header><div class="entry-content">'
        "<p>في روايتها الجديدة تعود الروائية الجزائرية سلمى بن علي إلى مدينة وهران في "
        "ستينيات القرن الماضي، لتروي حكاية ثلاث نساء.</p><p>● لأنها المدينة التي ولدت فيها "
        "أمي، والستينيات هي العقد الذي تغير فيه كل شيء في حياة المدينة.</p></div></article>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [(a.name, a.role) for a in article.authors] == [("كمال الرياحي", "حوار")]
    assert "حاورها" not in body_text(article)


def test_a_byline_broken_by_a_line_break_names_the_writer_alone(tmp_path: Path) -> None:
    """BBC Persian's '<div class="byline">علی رضایی<br>بی‌بی‌سی فارسی</div>': the name and
    the outlet under it were glued into one author, "علی رضاییبی‌بی‌سی فارسی"."""
    page = tmp_path / "draw.html"
    page.write_text(
        '<html lang="fa" dir="rtl"><head><title>قرعه‌کشی جام جهانی</title></head><body><main>'
        '<article><h1>قرعه‌کشی جام جهانی</h1><div class="byline">علی رضایی<br>بی‌بی‌سی '
        "فارسی</div><p>قرعه‌کشی جام جهانی روز جمعه در واشنگتن برگزار شد و تیم ملی ایران با "
        "آرژانتین و ژاپن هم‌گروه شد.</p><p>سرمربی تیم ملی پس از قرعه‌کشی به خبرنگاران گفت که "
        "گروه سختی است، اما از هیچ تیمی نمی‌ترسند.</p></article></main></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["علی رضایی"]
    assert "رضاییبی" not in " ".join(d.text for d in article.dropped)


def test_a_subhead_in_the_article_header_is_the_standfirst(tmp_path: Path) -> None:
    """Al Jazeera prints its standfirst as '<p class="article__subhead">' in the article's
    header: it was left out as "page header", and no edition had it."""
    standfirst = "ناشرون عرب وأوروبيون يبحثون مستقبل الأدب المترجم في أكبر معرض للكتاب في العالم"
    page = tmp_path / "fair.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>معرض فرانكفورت للكتاب | الجزيرة نت</title>'
        '</head><body><main><article><header class="article-header"><h1>معرض فرانكفورت '
        f'للكتاب</h1><p class="article__subhead">{standfirst}</p></header><div class='
        '"wysiwyg"><p>افتُتحت الدورة السادسة والسبعون من معرض فرانكفورت للكتاب بمشاركة أكثر '
        "من أربعة آلاف دار نشر من مئة دولة.</p><p>وقال مدير المعرض إن الترجمة هي لغة أوروبا، "
        "مستعيرًا عبارة الكاتب الإيطالي أومبرتو إيكو في كلمته.</p></div></article></main>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == standfirst
    assert standfirst not in body_text(article)
    assert all(d.text != standfirst for d in article.dropped)


@pytest.mark.parametrize("info", [
    '<span>تصوير - نورهان محمد:</span> <span class="date">الجمعة، 23 فبراير 2024 01:00 م'
    "</span>", "تصوير - نورهان محمد"])
def test_the_printed_byline_gives_the_writer_the_data_named_a_role(
        tmp_path: Path, info: str) -> None:
    """Masrawy's photo story names its photographer in the JSON-LD ("نورهان محمد") and
    prints "تصوير - نورهان محمد" under the headline: the role was lost, and the
    photographer announced as the writer ("بقلم")."""
    page = tmp_path / "market.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>بالصور.. سوق الجمعة في السيدة عائشة</title>'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"بالصور.. سوق'
        ' الجمعة في السيدة عائشة","datePublished":"2024-02-23T13:00:00+02:00","author":[{'
        '"@type":"Person","name":"نورهان محمد"}]}</script></head><body><div class="album">'
        '<h1 class="albumTitle">بالصور.. سوق الجمعة في السيدة عائشة</h1><div class='
        f'"albumInfo">{info}</div><div class="albumIntro"><p>في كل صباح جمعة، يتحول الطريق '
        "أسفل كوبري السيدة عائشة إلى سوق مفتوح يمتد لأكثر من كيلومتر، يبيع فيه الباعة كل ما "
        "يخطر على البال.</p><p>ويبدأ الباعة في فرش بضائعهم منذ الخامسة فجرا، قبل وصول أول "
        "الزبائن من أحياء القاهرة القديمة.</p></div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [(a.name, a.role) for a in article.authors] == [("نورهان محمد", "تصوير")]
    assert body_text(article).startswith("في كل صباح جمعة")


def test_a_language_mark_that_belies_the_text_is_not_followed(tmp_path: Path) -> None:
    """Pages pasted from Word mark Persian "ar-SA" (read as Arabic, vowelled, its
    figures in Arabic words) and an Arabic paragraph "en-US" (laid out left to right):
    a mark that its letters belie is no language of the text."""
    page = tmp_path / "word.html"
    page.write_text(
        '<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>بنزین</title></head>'
        '<body><article><h1>قیمت بنزین</h1><p><span lang="AR-SA">وزیر نفت گفت این تصمیم '
        "برای کاهش مصرف سوخت و جلوگیری از قاچاق آن گرفته شده است.</span></p>"
        '<p lang="ar-SA">به گفته وی، سهمیه هر خودرو در ماه شصت لیتر خواهد بود و این طرح از '
        "هفته آینده اجرا می‌شود.</p></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [getattr(b, "lang", None) for b in article.blocks] == [None, None]
    assert not [s for b in article.blocks for s in b.spans if s.lang]  # type: ignore[union-attr]
    page.write_text(
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الذهب</title></head>'
        '<body><article><h1>الذهب</h1><p lang="en-US">ارتفعت أسعار الذهب في الأسواق المحلية '
        "اليوم مدفوعة بتراجع الدولار وارتفاع الطلب.</p><p>ويتوقع محللون أن تواصل الأسعار "
        "صعودها خلال الربع الأول من العام المقبل.</p></article></body></html>",
        encoding="utf-8")
    assert [getattr(b, "direction", None) for b in load_quietly(page).blocks] == [None, None]


def test_hidden_boxes_the_page_does_not_open_as_text_stay_out(tmp_path: Path) -> None:
    """A newsletter's modal opened by "اشترك", a paywall named "read-more-wall", readers'
    opinions behind "عرض الآراء", a hidden translation tab: no text of the article."""
    body = ("<p>أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية واسعة للتطعيم ضد الإنفلونزا "
            "الموسمية، تستهدف أكثر من مليوني شخص في مختلف المحافظات.</p><p>وقال المتحدث "
            "باسم الوزارة إن الفرق الطبية ستعمل على مدار الأسبوع، بما في ذلك أيام العطل "
            "الرسمية، لضمان وصول اللقاح إلى الجميع.</p>")
    boxed = "هذا نص مخفي لا يخص المقال ويجب ألا يقرأ أبدا في أي نسخة من النسخ المنتجة منه اليوم"
    boxes = [
        f'<button aria-controls="m">اشترك</button><div id="m" class="modal" '
        f'style="display:none"><p>{boxed}</p></div>',
        f'<div class="read-more-wall" style="display:none"><p>{boxed}</p></div>',
        f'<button aria-controls="c">عرض الآراء (2)</button><div id="c" hidden><p>{boxed}</p>'
        "</div>",
        '<div role="tabpanel" style="display:none" lang="en"><p>This hidden English version '
        "of the story is a translation of it and must stay out of every edition.</p></div>",
    ]
    for box in boxes:
        page = tmp_path / "boxed.html"
        page.write_text(
            '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>التطعيم</title>'
            f"</head><body><article><h1>حملة التطعيم</h1>{body}{box}</article></body></html>",
            encoding="utf-8")
        said = body_text(load_quietly(page))
        assert "مخفي" not in said and "hidden English" not in said, box


def test_a_notes_number_linked_back_to_its_mark_keeps_the_note(tmp_path: Path) -> None:
    """Substack's mark ("<span id=anchor><a href=#note>1</a></span>") and its note's
    number ("<a id=note href=#anchor>1</a>") link to each other: the note was left out
    and the mark ran into the word before it ("asked him for.1")."""
    page = tmp_path / "crossing.html"
    page.write_text(
        '<html lang="en"><head><title>At the crossing</title></head><body><article>'
        '<h1>At the crossing</h1><div class="available-content"><div class="body markup">'
        "<p>The queue started before dawn and stretched past the last petrol station, a "
        "line of minibuses, family cars and trucks loaded with mattresses.</p>"
        "<p>Ahmad has driven this route twice a week for nine years, and he keeps a copy "
        "of every form the officials have ever asked him for."
        '<span class="footnote-anchor-web" id="footnote-anchor-1"><a href="#footnote-1" '
        'class="footnote-anchor">1</a></span></p>'
        "<p>By the afternoon the line had moved less than a kilometre.</p>"
        '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" '
        'class="footnote-number">1</a><div class="footnote-content"><p>He asked me not to '
        "use his family name.</p></div></div></div></div></article></body></html>",
        encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "ever asked him for.[1]" in said
    assert "He asked me not to use his family name." in said


def test_a_card_previewing_another_page_is_no_text(tmp_path: Path) -> None:
    """Ghost's bookmark card and Substack's embedded post show another page's title and
    description: they were read as a paragraph, the two run together ("rentsA year")."""
    page = tmp_path / "bakery.html"
    page.write_text(
        '<html lang="en"><head><title>The bakery</title></head><body><article class="post">'
        '<h1>The return of the bakery</h1><section class="gh-content gh-canvas">'
        "<p>When the last bakery in the town closed, its only fresh bread came on a van from "
        "a factory forty miles away. This spring, three new bakeries opened.</p>"
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
        'href="https://example.org/rents/"><div class="kg-bookmark-content"><div '
        'class="kg-bookmark-title">What happened to high street rents</div><div '
        'class="kg-bookmark-description">A year of falling prices and empty windows.</div>'
        '</div></a></figure>'
        "<p>Rents on high streets have fallen sharply, and a small oven costs less than it "
        "did ten years ago, the owners of all three told us.</p>"
        '<div class="embedded-post-wrap"><div class="embedded-post"><div '
        'class="embedded-post-title">The market that moved</div><div class="embedded-post-'
        'body">A farmers\' market finds a new home after twenty years of Saturdays.</div>'
        "</div></div><p>Not every opening lasts: of the eleven bakeries that opened in the "
        "county since 2023, two have already closed.</p></section></article></body></html>",
        encoding="utf-8")
    said = body_text(load_quietly(page))
    assert "high street rents" not in said and "The market that moved" not in said
    assert "two have already closed." in said


def test_the_writers_portrait_beside_the_byline_is_no_photo(tmp_path: Path) -> None:
    """Medium prints the writer's portrait (its alt text their name) beside the byline
    over the text: it was the article's first photo."""
    PILImage.new("RGB", (44, 44), (90, 90, 90)).save(tmp_path / "omar.png")
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "phone.png")
    page = tmp_path / "reader.html"
    page.write_text(
        '<html lang="en"><head><title>Teaching my grandmother</title>'
        '<meta name="author" content="Omar Siddiqui"></head><body><article><section>'
        '<h1 class="pw-post-title">Teaching my grandmother to use a screen reader</h1>'
        '<div class="speechify-ignore"><a href="/@omars"><img alt="Omar Siddiqui" '
        'src="omar.png"></a><span data-testid="authorName"><a href="/@omars">Omar '
        "Siddiqui</a></span></div>"
        '<p class="pw-post-body-paragraph">My grandmother lost most of her sight in 2024. '
        "She is 81, and she wanted to read the news on her own again.</p>"
        '<figure><img alt="" src="phone.png"><figcaption>Her phone, with a sticker on the '
        "home button</figcaption></figure>"
        '<p class="pw-post-body-paragraph">We spent the whole first week on a single swipe. '
        "Once she trusted it, everything else came faster.</p></section></article>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    figures = [b for b in (article.lead_image, *article.blocks) if isinstance(b, Figure)]
    assert [f.image.src for f in figures] == ["phone.png"]


def test_a_pull_quote_in_a_box_of_its_own_is_read_once(tmp_path: Path) -> None:
    """A pull quote set in a <div class="pull-quote"> came out as a paragraph of its own,
    the sentence read twice; a paragraph that only quotes stays when nothing repeats it."""
    page = tmp_path / "cars.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>السيارات الكهربائية</title></head><body>'
        '<article><h1>هل تنجح السيارات الكهربائية في أسواق الخليج؟</h1>'
        '<div class="field-name-body"><p>تضاعفت مبيعات السيارات الكهربائية في دول الخليج '
        "خلال العام الماضي، غير أن حصتها من السوق ما زالت صغيرة.</p>"
        '<div class="pull-quote"><p>"المشكلة ليست في السيارة بل في الشبكة التي تخدمها"</p>'
        "</div><p>وقال المحلل خالد الزعبي إن \"المشكلة ليست في السيارة بل في الشبكة التي "
        'تخدمها"، مضيفا أن الحوافز الحكومية وحدها لا تكفي.</p>'
        "<p>«نحتاج إلى محطات شحن على كل طريق سريع قبل أن نطلب من الناس شراء سيارة»</p>"
        "<p>ويتوقع تقرير حديث أن ترتفع حصة السيارات الكهربائية إذا استمرت الحوافز.</p>"
        "</div></article></body></html>", encoding="utf-8")
    said = body_text(load_quietly(page))
    assert said.count("المشكلة ليست في السيارة") == 1
    assert "«نحتاج إلى محطات شحن على كل طريق سريع" in said


def test_a_printed_update_time_is_in_the_offset_of_the_pages_data(tmp_path: Path) -> None:
    """The update time printed under the headline names no zone: it was read as UTC, two
    hours before the publication time the page's data gives with its offset."""
    page = tmp_path / "radio.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>جدتي والراديو</title>'
        '<meta property="article:published_time" content="2026-03-02T17:00:00+02:00">'
        '</head><body><article><div class="article-header"><h1>جدتي والراديو: حكاية صوت '
        'رافق ثلاثة أجيال</h1><div class="article-meta"><a class="article-author" '
        'href="/author/reem">ريم الخطيب</a><span class="article-date">الإثنين 2 مارس 2026 '
        '05:00 م</span><span class="updated">آخر تحديث: الإثنين 2 مارس 2026 07:30 م</span>'
        '</div></div><div class="article-content"><p>لم يكن الراديو في بيت جدتي جهازا، بل '
        "فردا من العائلة. كان يجلس على رف خشبي قرب النافذة ولا يطفأ إلا عند النوم.</p>"
        "<p>كانت جدتي تعرف مواعيد البرامج كما تعرف مواعيد الصلاة، وتتابع التمثيلية "
        "الإذاعية بعد الظهر وهي تقشر البازلاء.</p></div></article></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.updated is not None
    assert article.updated.isoformat() == "2026-03-02T19:30:00+02:00"


def test_a_related_label_on_its_own_line_goes_with_its_links(tmp_path: Path) -> None:
    """A bold "مقالات متعلقة" line over a list of links to other stories, inside the
    text: the label stayed, read as a heading over the next paragraph."""
    page = tmp_path / "bread.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>الخبز في إدلب</title></head><body><article>'
        '<h1 class="entry-title">ارتفاع أسعار الخبز في إدلب بعد تخفيض الدعم</h1>'
        '<div class="entry-content"><p>ارتفع سعر ربطة الخبز في مدينة إدلب وريفها إلى عشر '
        "ليرات تركية، بعد قرار تخفيض الدعم المقدم للأفران العامة والخاصة.</p>"
        "<p>وقال أحد أصحاب الأفران إن تكلفة إنتاج الطحين ارتفعت بنسبة الثلث خلال شهرين، ما "
        "اضطره إلى رفع السعر وتخفيض وزن الربطة.</p>"
        "<p><strong>مقالات متعلقة</strong></p><ul><li><a href=\"/1\">أزمة خبز في ريف حلب "
        'الشمالي</a></li><li><a href="/2">تراجع الليرة التركية يرفع الأسعار في الشمال</a>'
        "</li></ul><p>ولم تعلق السلطات المحلية على الانتقادات حتى لحظة إعداد هذا الخبر، "
        "بحسب ما أفاد مراسلنا في المدينة.</p></div></article></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    said = body_text(article)
    assert "مقالات متعلقة" not in said and "أزمة خبز" not in said
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert "حتى لحظة إعداد هذا الخبر" in said


def test_the_outlets_initials_given_as_author_are_no_writer(tmp_path: Path) -> None:
    """'<meta name="author" content="DW">' beside the writer the page's data names, on a
    page published by Deutsche Welle: the byline read "By Alaa Jumaa and DW"; initials
    that are not the outlet's (an agency's) stay."""
    page = _story(tmp_path, "")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="DW"><script type="application/ld+json">'
                  '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Alaa '
                  'Jumaa"}, {"@type": "Person", "name": "AFP"}], "publisher": {"@type": '
                  '"Organization", "name": "Deutsche Welle"}}</script>')
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["Alaa Jumaa", "AFP"]


def test_an_agencys_city_and_name_in_a_heading_over_the_text_is_the_dateline(
        tmp_path: Path) -> None:
    """Anadolu sets "إسطنبول/ الأناضول" in an <h6> over the text: it was read as the
    article's first heading. A slash after a word that is no city is no dateline."""
    page = tmp_path / "bridge.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>افتتاح جسر معلق</title></head><body>'
        '<div class="detay-icerik"><h1>تركيا.. افتتاح أطول جسر معلق في البلاد</h1>'
        '<div class="detay-metin"><h6>إسطنبول/ الأناضول</h6><p>افتتح الرئيس التركي، الأحد، '
        "جسرا معلقا جديدا فوق مضيق الدردنيل شمال غربي البلاد، يعد الأطول من نوعه.</p>"
        "<p>ويبلغ طول الجسر نحو أربعة كيلومترات، ويختصر زمن العبور من ساعة ونصف إلى ست "
        "دقائق.</p></div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.dateline == "إسطنبول/ الأناضول"
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert "الأناضول" not in body_text(article)
    assert parse_dateline("كتب/ محمد علي") is None


def test_a_page_laid_out_in_tables_reads_as_text_not_as_a_table(tmp_path: Path) -> None:
    """An old page set out in tables (menu, headline, byline and text each in a cell, a
    photo over its caption in a table of its own) was read as one data table: the menu
    and footer its rows, the article's paragraphs run together in one cell. A table
    of data beside them stays a table."""
    PILImage.new("RGB", (80, 50), (10, 120, 60)).save(tmp_path / "village.png")
    page = tmp_path / "festival.html"
    page.write_text(
        '<html dir="rtl" lang="ar"><head><title>مهرجان التراث يعود</title></head><body>'
        '<table width="980"><tr><td colspan="2"><a href="/">الرئيسية</a> | <a href="/n">أخبار'
        '</a> | <a href="/c">ثقافات</a></td></tr><tr><td width="660"><table width="100%">'
        '<tr><td><h1>مهرجان التراث يعود بعد غياب ثلاث سنوات</h1></td></tr><tr><td>'
        "<p>يعود المهرجان الوطني للتراث والثقافة هذا العام بعد غياب استمر ثلاث سنوات، "
        "بمشاركة أكثر من خمسمائة حرفي من مختلف المناطق.</p><p>ويتضمن برنامج المهرجان عروضا "
        "للفنون الشعبية وسباقا للهجن وأمسيات شعرية يشارك فيها شعراء من دول الخليج.</p>"
        '<table border="1"><tr><td><img src="village.png"></td></tr><tr><td>جانب من القرية '
        "التراثية</td></tr></table><table><tr><th>اليوم</th><th>الفعالية</th></tr><tr><td>"
        "الأول</td><td>الافتتاح</td></tr></table><p>ويستمر المهرجان أسبوعين، ويفتح أبوابه "
        "للعائلات من الرابعة عصرا حتى منتصف الليل.</p></td></tr></table></td><td width="
        '"300"><b>الأكثر قراءة</b><br><a href="/1">خبر أول</a></td></tr><tr><td colspan="2">'
        "جميع الحقوق محفوظة 2026</td></tr></table></body></html>", encoding="utf-8")
    article = load_quietly(page)
    tables = [b for b in article.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and len(tables[0].rows) == 2
    paragraphs = [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 3 and paragraphs[0].startswith("يعود المهرجان")
    figures = [b for b in (article.lead_image, *article.blocks) if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] == ["جانب من القرية التراثية"]
    assert "الرئيسية" not in body_text(article) and "جميع الحقوق" not in body_text(article)
    page.write_text(  # a table of data with a table in a cell stays a table
        '<html dir="rtl" lang="ar"><head><title>النتائج</title></head><body><article><h1>'
        "نتائج الجولة الأولى من البطولة</h1><p>انطلقت البطولة أمس بمشاركة ثمانية فرق من "
        "مختلف المدن، وجاءت النتائج على النحو التالي بحسب اللجنة المنظمة.</p><table><tr>"
        "<th>المدينة</th><th>النتائج</th></tr><tr><td>دبي</td><td><table><tr><td>فوز</td>"
        "<td>تعادل</td></tr></table></td></tr></table><p>وتقام الجولة الثانية الأسبوع "
        "المقبل على الملعب نفسه وسط توقعات بحضور جماهيري كبير.</p></article></body></html>",
        encoding="utf-8")
    tables = [b for b in load_quietly(page).blocks if isinstance(b, Table)]
    assert [plain_text(cell) for cell in tables[0].rows[0]] == ["المدينة", "النتائج"]


def test_a_box_of_key_points_named_by_its_heading_is_the_summary(tmp_path: Path) -> None:
    """A box of points under "النقاط الرئيسية", its class naming no summary
    ("KeyPoints_box__k"), was lost: neither the summary nor the text."""
    page = tmp_path / "oil.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>النفط يرتفع</title></head><body><article>'
        "<h1>النفط يرتفع مع تراجع المخزونات الأميركية</h1>"
        '<div class="KeyPoints_box__k"><h2>النقاط الرئيسية</h2><ul><li>برنت يصعد 1.2% إلى '
        "85.2 دولار</li><li>المخزونات الأميركية تتراجع 4 ملايين برميل</li></ul></div>"
        '<div class="Article_body__b"><p>ارتفعت أسعار النفط للجلسة الثالثة على التوالي، بعد '
        "أن أظهرت بيانات تراجع مخزونات الخام الأميركية بأكثر من المتوقع.</p><p>وقال محللون "
        "إن تراجع المخزونات يعكس قوة الطلب على الوقود في موسم القيادة الصيفي.</p></div>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == ("برنت يصعد 1.2% إلى 85.2 دولار؛ المخزونات الأميركية تتراجع 4 "
                               "ملايين برميل.")
    assert body_text(article).startswith("ارتفعت أسعار النفط")


def test_a_list_of_points_named_abstract_under_the_headline_is_the_summary(
        tmp_path: Path) -> None:
    """A list of points under the headline, no heading over it, its class naming the
    summary ("<ul class="abstract-v2">", Bloomberg's) was lost; in the text's own box,
    among its paragraphs, the same list is the text's."""
    points = ('<ul class="abstract-v2"><li>برنت يصعد 3% في التعاملات المبكرة في لندن</li>'
              "<li>توقف خط الأنابيب يخفض صادرات المنطقة بمقدار الثلث</li></ul>")
    text = ("<p>ارتفعت أسعار النفط إلى أعلى مستوى في ثلاثة أسابيع بعد توقف خط أنابيب رئيسي "
            "ينقل الخام من إحدى أكبر مناطق الإنتاج.</p><p>وقالت الشركة المشغلة إن أعمال "
            "الإصلاح جارية لكنها لم تحدد موعدا لاستئناف الضخ.</p>")
    summary = ("برنت يصعد 3% في التعاملات المبكرة في لندن؛ توقف خط الأنابيب يخفض صادرات "
               "المنطقة بمقدار الثلث.")
    for inside, expected in ((False, summary), (True, None)):
        page = tmp_path / f"oil{inside}.html"
        page.write_text(
            '<html lang="ar" dir="rtl"><head><title>النفط يقفز</title></head><body><article>'
            "<h1>النفط يقفز مع تزايد المخاوف بشأن الإمدادات</h1>"
            + ("" if inside else points) + '<div class="body-content">'
            + (points if inside else "") + text + "</div></article></body></html>",
            encoding="utf-8")
        article = load_quietly(page)
        assert article.summary == expected
        assert body_text(article).count("برنت يصعد") == inside


def test_the_publisher_the_data_names_is_no_author_beside_another_site_name(
        tmp_path: Path) -> None:
    """og:site_name says "Asharq Business", the JSON-LD's publisher "الشرق للأخبار" and
    its authors "بلومبرغ" and "الشرق": the byline named the site as a writer."""
    page = _story(tmp_path, "")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="og:site_name" content="Asharq Business">'
                  '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                  '[{"@type": "Person", "name": "بلومبرغ"}, {"@type": "Person", "name": '
                  '"الشرق"}], "publisher": {"@type": "Organization", "name": "الشرق للأخبار"}}'
                  "</script>")
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["بلومبرغ"]


def test_a_pull_quote_with_its_speaker_repeating_a_broken_sentence_is_read_once(
        tmp_path: Path) -> None:
    """WordPress's pull quote block sets large, with its speaker, a quotation the text
    prints broken by "he says": it was read twice, as a quote. One with words the text
    does not hold stays."""
    page = tmp_path / "ferry.html"
    page.write_text(
        '<html lang="en"><head><title>The ferry keeper</title></head><body><article>'
        '<h1>The last ferry keeper</h1><div class="entry-content"><p>For forty-one years, '
        "Angus Ross has rowed the same stretch of water, twice a day, in every kind of "
        'weather.</p><figure class="wp-block-pullquote"><blockquote><p>The loch doesn’t care '
        "about timetables. You learn that in your first winter.</p><cite>Angus Ross</cite>"
        "</blockquote></figure><p>He took over from his father in 1985, when the crossing "
        "still carried the post and the doctor.</p><p>“The loch doesn’t care about "
        "timetables,” he says. “You learn that in your first winter.”</p>"
        '<figure class="wp-block-pullquote"><blockquote><p>Nobody rows for the money, and '
        "nobody stops for the weather.</p><cite>Morag Ross</cite></blockquote></figure>"
        "<p>The bridge will open in October. Angus plans to keep the boat, but not to row "
        "it.</p></div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert body_text(article).count("care about timetables") == 1
    quotes = [plain_text(q.paragraphs[0]) for q in article.blocks if isinstance(q, Quote)]
    assert quotes == ["Nobody rows for the money, and nobody stops for the weather."]


def test_the_sites_name_in_its_title_in_another_script_is_no_author(tmp_path: Path) -> None:
    """og:site_name "euronews", the <title> "... | يورونيوز" and the JSON-LD's authors
    "يورونيوز" and "أ ف ب": the byline named the site, in Arabic, as a writer."""
    page = _story(tmp_path, "", title="Venice flood plan | يورونيوز")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="og:site_name" content="euronews">'
                  '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                  '[{"@type": "Person", "name": "يورونيوز"}, {"@type": "Person", "name": '
                  '"أ ف ب"}]}</script>')
    page.write_text(html, encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["أ ف ب"]
    # a columnist's page ends its title with her name: she stays the author
    column = _story(tmp_path, "", title="لماذا تفشل خطط النقل العام؟ | منى الشريف")
    column.write_text(column.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="og:site_name" content="المصري اليوم">'
                  '<meta name="author" content="منى الشريف">'), encoding="utf-8")
    assert [a.name for a in load_quietly(column).authors] == ["منى الشريف"]
    # France 24's Arabic pages name "فرانس24" (no space) the author, their title ends
    # "- فرانس 24": the site still, and no writer
    glued = _story(tmp_path, "", title="خطة لتحلية مياه البحر - فرانس 24")
    glued.write_text(glued.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="og:site_name" content="France 24">'
                  '<meta name="author" content="فرانس24">'), encoding="utf-8")
    assert not load_quietly(glued).authors


def test_a_themes_english_language_over_an_arabic_article_is_not_followed(
        tmp_path: Path) -> None:
    """A theme's '<html lang="en" dir="ltr">' over an Arabic article: its date was said
    in English and its pages laid out left to right; '<html lang="ar" dir="ltr">' laid
    the Arabic text out left to right."""
    body = ("<body><article><h1>الإمارات تطلق أكبر محطة طاقة شمسية</h1><p>أعلنت الإمارات، "
            "السبت، تشغيل أكبر محطة للطاقة الشمسية في موقع واحد على مستوى العالم.</p><p>وتقع "
            "المحطة في منطقة الظفرة، وتضم ما يزيد على عشرة ملايين لوح شمسي.</p></article>"
            "</body></html>")
    page = tmp_path / "solar.html"
    for html_tag in ('<html lang="en" dir="ltr">', '<html lang="ar" dir="ltr">'):
        page.write_text(f"{html_tag}<head><title>محطة شمسية</title><meta property="
                        '"article:published_time" content="2026-08-08T08:08:00+04:00"></head>'
                        + body, encoding="utf-8")
        article = load_quietly(page)
        assert (article.lang, article.direction) == ("ar", "rtl"), html_tag
    page.write_text('<html lang="en" dir="ltr"><head><title>Solar</title></head><body>'
                    "<article><h1>The largest solar plant</h1><p>The plant in Al Dhafra "
                    "holds more than ten million panels, officials said on Saturday.</p>"
                    "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert (article.lang, article.direction) == ("en", "ltr")


def _k2_page(folder: Path) -> Path:
    """A Joomla K2 article: its date over its <h2> headline, its intro and its full text."""
    page = folder / "exams.html"
    page.write_text(
        '<html lang="ar-aa" dir="rtl"><head><title>موعد امتحانات الثانوية العامة</title>'
        '</head><body><div id="k2Container" class="itemView"><div class="itemHeader"><span '
        'class="itemDateCreated">الأحد, 12 نيسان/أبريل 2026 10:45</span><h2 class="itemTitle">موعد '
        'امتحانات الثانوية العامة</h2></div><div class="itemBody"><div class="itemIntroText"><p>'
        "<strong>أعلنت وزارة التربية والتعليم، اليوم الأحد، أن امتحانات الثانوية العامة "
        "ستنطلق في الخامس عشر من حزيران المقبل.</strong></p></div><div class=\"itemFullText\">"
        "<p>وقال الناطق الإعلامي باسم الوزارة إن عدد الطلبة المتقدمين للامتحانات بلغ نحو مئة "
        "وخمسين ألف طالب وطالبة، موزعين على أكثر من ألف قاعة.</p><p>وأضاف أن الوزارة استكملت "
        "استعداداتها، بما في ذلك تجهيز القاعات بكاميرات مراقبة وأجهزة تشويش على الاتصالات."
        "</p><p>ودعا الطلبة إلى الالتزام بالتعليمات والحضور إلى القاعات قبل نصف ساعة من موعد "
        "بدء كل امتحان.</p></div></div></div></body></html>", encoding="utf-8")
    return page


def test_a_joomla_k2_articles_intro_text_opens_its_text(tmp_path: Path) -> None:
    """K2 prints the first paragraph in "itemIntroText" and the rest in "itemFullText"
    after it: the lede was left out as outside the article."""
    article = load_quietly(_k2_page(tmp_path))
    assert body_text(article).startswith("أعلنت وزارة التربية والتعليم")
    assert isinstance(article.blocks[0], Paragraph)


def test_the_date_line_over_a_headline_in_an_h2_is_the_date(tmp_path: Path) -> None:
    """K2 prints the date over its headline, an <h2> (the page has no <h1>): the
    article had no date."""
    article = load_quietly(_k2_page(tmp_path))
    assert article.published is not None
    assert article.published.replace(tzinfo=None).isoformat() == "2026-04-12T10:45:00"


def test_a_city_and_the_papers_name_beside_the_date_is_the_dateline(tmp_path: Path) -> None:
    """Al Khaleej prints "الشارقة: «الخليج»" beside the date under its headline: neither
    a byline nor a dateline was read, and the article had no place."""
    page = tmp_path / "fair.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>معرض الكتاب</title></head><body><article>'
        '<h1 class="amp-title">معرض الشارقة للكتاب يستقبل 300 ألف زائر</h1><div class="amp-'
        'meta"><span class="author">الشارقة: «الخليج»</span> <span class="date">15 نوفمبر '
        '2026 10:00 صباحا</span></div><div class="amp-body"><p>استقبل معرض الشارقة الدولي '
        "للكتاب أكثر من ثلاثمائة ألف زائر خلال أيامه الخمسة الأولى، وفق ما أعلنته الهيئة."
        "</p><p>وتشارك في المعرض أكثر من ألفي دار نشر من ثمانين دولة، تعرض ما يزيد على مليون "
        "عنوان.</p></div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.dateline == "الشارقة: «الخليج»" and not article.authors


def test_a_correction_printed_after_the_texts_container_closes_the_text(
        tmp_path: Path) -> None:
    """The Guardian's "This article was amended on ..." and The New York Times' "A
    correction was made on ..." sit after the text's container, beside the tags: they
    were left out as outside the article; the desk's boilerplate after one, an editor's
    note above the text and one quoted in a comment stay where they were."""
    paragraphs = "".join(
        f"<p>Paragraph {n} tells how the river rose through the night and how the "
        "families of the lower town were taken to the school hall by boat.</p>"
        for n in range(4))
    page = tmp_path / "flood.html"
    page.write_text(
        '<html lang="en"><head><title>River floods the lower town</title></head><body>'
        "<article><h1>River floods the lower town</h1>"
        "<p>Editor's note: names of some residents have been withheld.</p>"
        f'<div class="article-body">{paragraphs}</div>'
        '<div class="submeta"><p><em>This article was amended on 3 May 2026. An earlier '
        "version gave the wrong name for the school.</em></p><p>When we learn of a mistake, "
        "we acknowledge it with a correction.</p></div>"
        '<div class="tags"><a href="/t/floods">Floods</a></div>'
        '<div id="comments"><p>Correction: the hall is on the hill, not by the river, '
        "you should check before you print these things.</p></div>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    said = body_text(article)
    assert said.endswith("Paragraph 3 tells how the river rose through the night and how "
                         "the families of the lower town were taken to the school hall by "
                         "boat.\nThis article was amended on 3 May 2026. An earlier version "
                         "gave the wrong name for the school.")
    assert "we acknowledge it" not in said and "you should check" not in said


@pytest.mark.parametrize(("caption", "kept", "credit"), [
    ("Boats in the flooded square on Saturday. Photograph: Ann Lee/PA",
     "Boats in the flooded square on Saturday.", "Ann Lee/PA"),
    ("Boats in the flooded square on Saturday. (AP Photo/Ann Lee)",
     "Boats in the flooded square on Saturday.", "AP Photo/Ann Lee"),
    ("Boats in the flooded square, May 2, 2026. REUTERS/Ann Lee/File Photo",
     "Boats in the flooded square, May 2, 2026.", "REUTERS/Ann Lee/File Photo"),
    ("Boats in the flooded square [File: Ann Lee/Reuters]",
     "Boats in the flooded square", "File: Ann Lee/Reuters"),
    ("Boats in the flooded square on Saturday. — Photo by Ann Lee/White Star",
     "Boats in the flooded square on Saturday.", "Ann Lee/White Star"),
    ("Des bateaux sur la place inondée, samedi. © Ann Lee, France 24",
     "Des bateaux sur la place inondée, samedi.", "Ann Lee, France 24"),
    ("A photo by the harbour wall. Photo by night is harder.",
     "A photo by the harbour wall. Photo by night is harder.", None),
    # Al-Monitor's, in brackets ("(photo by the wall)" in a sentence stays its words)
    ("Boats in the flooded square, May 2, 2026. (Photo by Ann Lee/AFP via Getty Images)",
     "Boats in the flooded square, May 2, 2026.", "Ann Lee/AFP via Getty Images"),
    ("A boat (photo by the harbour wall) sank.", "A boat (photo by the harbour wall) sank.",
     None),
    # a caption that is its credit alone (Hespress's "صورة: هسبريس")
    ("Photo: Ann Lee/The Herald", "", "Ann Lee/The Herald"),
    # ... not one that says who is in the photo
    ("Photo: Mayor Ann Lee", "Photo: Mayor Ann Lee", None),
    ("صورة: وزير الخارجية أيمن الصفدي", "صورة: وزير الخارجية أيمن الصفدي", None),
])
def test_a_credit_at_the_end_of_a_captions_text_is_the_credit(
        tmp_path: Path, caption: str, kept: str, credit: str | None) -> None:
    """The Guardian, AP, Reuters, Al Jazeera and Dawn print the photographer after the
    caption in the caption's own text, no element of its own: it was read as the
    caption's last words, not the credit the editions print and speak apart."""
    text = "".join(f"<p>Paragraph {n} of the report says the water rose a metre in the "
                   "night and that the harbour was closed to all boats.</p>" for n in range(3))
    page = tmp_path / "harbour.html"
    page.write_text(
        '<html lang="en"><head><title>Harbour floods</title></head><body><article>'
        f'<h1>Harbour floods</h1><figure><img src="boats.jpg" alt=""><figcaption>{caption}'
        f"</figcaption></figure>{text}</article></body></html>", encoding="utf-8")
    lead = load_quietly(page).lead_image
    assert lead is not None and plain_text(lead.caption) == kept
    assert lead.image.credit == credit


def test_a_live_entrys_title_under_the_byline_is_no_writer(tmp_path: Path) -> None:
    """A live blog's first entries, "13.40 GMT – Income tax thresholds frozen", came
    just after the byline: read as a site, a dash and a writer's name, their headings
    were taken out of the text as bylines."""
    entries = [("13.40 GMT", "Income tax thresholds frozen",
                "The chancellor has confirmed that income tax thresholds will stay frozen "
                "until 2030, a move that will drag more people into higher bands."),
               ("12.35 GMT", "Chancellor begins speech",
                "The chancellor has risen to deliver her budget statement in the Commons "
                "after prime minister's questions ended a little late.")]
    blocks = "".join(
        f'<article class="block"><header><p><a href="#b{n}"><time datetime="2026-11-26">'
        f"{clock}</time></a></p><h2>{title}</h2></header><div><p>{text}</p></div>"
        "<footer><a>Share</a></footer></article>"
        for n, (clock, title, text) in enumerate(entries))
    page = tmp_path / "budget.html"
    page.write_text("<html lang='en'><head><title>Budget live</title></head><body><main>"
                    "<article><h1>Budget 2026 live: chancellor delivers statement</h1>"
                    "<address><a rel='author'>Andrew Sparrow</a></address>"
                    f"<div id='liveblog-body'>{blocks}</div></article></main></body></html>",
                    encoding="utf-8")
    article = load_quietly(page)
    said = [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading | Paragraph)]
    assert said == [x for clock, title, text in entries for x in (f"{clock} – {title}", text)]
    assert [a.name for a in article.authors] == ["Andrew Sparrow"]


@pytest.mark.parametrize(("address", "stamp", "published", "updated"), [
    # an Israeli site in English, its address not under .il
    ("https://www.timesofisrael.com/a/1", "7 December 2026, 10:30 am IST",
     "2026-12-07T10:30:00+02:00", None),
    ("https://www.example.in/a/1", "7 December 2026, 10:30 am IST",
     "2026-12-07T10:30:00+05:30", None),
    # an Indian page's update stamp alone: its time is the update's, no midnight
    # publication
    ("https://www.example.in/a/1", "Updated: Dec 07, 2026 10:30 IST", None,
     "2026-12-07T10:30:00+05:30"),
])
def test_a_printed_ist_stamp_under_the_headline(tmp_path: Path, address: str, stamp: str,
                                                published: str | None,
                                                updated: str | None) -> None:
    """"IST" printed under the headline is Israel's on an Israeli site (The Times of
    Israel was dated by India's zone, 3.5 hours early), and an update's stamp alone gave
    a publication at midnight (the time of "10:30 IST" lost)."""
    text = "".join(f"<p>Paragraph {n} says the cabinet approved the state budget early on "
                   "Monday after a marathon session through the night.</p>" for n in range(4))
    page = tmp_path / "budget.html"
    page.write_text(
        f"<html lang='en'><head><title>Budget</title><link rel='canonical' href='{address}'>"
        "</head><body><article><h1>Cabinet approves state budget</h1><div class='byline'>"
        f"Dana Levi</div><div class='date'>{stamp}</div><div class='body'>{text}</div>"
        "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert (article.published.isoformat() if article.published else None) == published
    assert (article.updated.isoformat() if article.updated else None) == updated
    # a story from Jerusalem keeps its site's "IST" (an Indian site's was made Israel's)
    page.write_text(page.read_text(encoding="utf-8").replace(
        "<p>Paragraph 0", "<p>JERUSALEM: Paragraph 0"), encoding="utf-8")
    article = load_quietly(page)
    assert [d.isoformat() for d in (article.published, article.updated) if d] == \
        [d for d in (published, updated) if d]


@pytest.mark.parametrize(("address", "stamp", "published"), [
    # an Egyptian publisher not under .eg, in winter and in Egypt's summer time
    ("https://www.almasryalyoum.com/news/details/3412345", "الإثنين 07-12-2026 14:30",
     "2026-12-07T14:30:00+02:00"),
    ("https://www.almasryalyoum.com/news/details/3412345", "الثلاثاء 07-07-2026 14:30",
     "2026-07-07T14:30:00+03:00"),
    ("https://gate.ahram.org.eg/News/1.aspx", "7-12-2026 | 14:30", "2026-12-07T14:30:00+02:00"),
    # another country's site, a stamp with its offset, a day with no time: as they were
    ("https://www.example.com/a/1", "الإثنين 07-12-2026 14:30", "2026-12-07T14:30:00+00:00"),
    ("https://www.youm7.com/story/1", "الإثنين 07-12-2026 14:30 (GMT+03:00)",
     "2026-12-07T14:30:00+03:00"),
    ("https://www.youm7.com/story/1", "الإثنين 07-12-2026", "2026-12-07T00:00:00+00:00"),
])
def test_an_egyptian_sites_printed_time_is_cairos(tmp_path: Path, address: str, stamp: str,
                                                  published: str) -> None:
    """An Egyptian site prints its local time with no zone (Al-Masry Al-Youm): it was
    read as UTC, two hours late (three in Egypt's summer time)."""
    text = "".join(f"<p>الفقرة {n}: تفقد وزير الموارد المائية والري عددا من محطات الرفع "
                   "بمحافظة الفيوم للاطمئنان على جاهزيتها لموسم الصيف.</p>" for n in range(4))
    page = tmp_path / "story.html"
    page.write_text(
        f"<html lang='ar' dir='rtl'><head><title>خبر</title><link rel='canonical' "
        f"href='{address}'></head><body><article><h1>وزير الري يتفقد محطات الرفع</h1>"
        f"<div class='byline'>كتب: محمد السيد</div><div class='date'>{stamp}</div>"
        f"<div class='body'>{text}</div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None and article.published.isoformat() == published


def test_a_live_entrys_older_time_with_its_part_of_the_day_is_kept(tmp_path: Path) -> None:
    """The Guardian's older live blogs print "10.42am BST": the "am" glued to the time
    ended no word, so the entries' headings lost their times (the newer "13.40 GMT" kept
    them)."""
    entries = [("11.05am BST", "Timetable confirmed",
                "Ministers have confirmed that the new rail timetable will start next month, "
                "with more trains on the busiest lines in the north."),
               ("10.42 a.m. BST", "Signal fault repaired",
                "The transport secretary told MPs the delays on the western line were caused "
                "by a signalling fault that has now been repaired.")]
    blocks = "".join(
        f'<article class="block"><header><p><a href="#b{n}"><time datetime="2026-06-26">'
        f"{clock}</time></a></p><h2>{title}</h2></header><div><p>{text}</p></div></article>"
        for n, (clock, title, text) in enumerate(entries))
    page = tmp_path / "rail.html"
    page.write_text("<html lang='en'><head><title>Rail live</title></head><body><main>"
                    "<article><h1>Rail delays: ministers face MPs – live</h1>"
                    f"<div id='liveblog-body'>{blocks}</div></article></main></body></html>",
                    encoding="utf-8")
    said = [plain_text(b.spans) for b in load_quietly(page).blocks
            if isinstance(b, Heading | Paragraph)]
    assert said == [x for clock, title, text in entries for x in (f"{clock} – {title}", text)]


def test_a_writers_name_in_a_blocks_name_part_of_the_byline(tmp_path: Path) -> None:
    """France 24 prints "Texte par : <span class="m-from-author__name">Léa Martin</span>"
    and names itself as the author in its data: the writer was lost (only a class
    "author__name" itself was read, not a block's part named so)."""
    text = "".join(f"<p>Le paragraphe {n} raconte le retour des pirogues au port de Kayar "
                   "en fin de matinée, presque vides.</p>" for n in range(3))
    page = tmp_path / "kayar.html"
    page.write_text(
        '<html lang="fr"><head><title>Les pêcheurs de Kayar - France 24</title>'
        '<meta property="og:site_name" content="France 24">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "FRANCE 24"}]}</script></head><body><article>'
        '<h1>Les pêcheurs de Kayar</h1><div class="t-content__authors"><span>Texte par :'
        '</span> <span class="m-from-author__name">Léa Martin</span><span>Suivre</span>'
        f'</div><div class="t-content__body">{text}</div></article></body></html>',
        encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["Léa Martin"]


@pytest.mark.parametrize(("printed", "published", "updated"), [
    ("Published date: 20 July 2026 14:32 BST", "2026-07-20T14:32:00+01:00",
     "2026-07-20T16:05:00+01:00"),
    ("Published date: 20 July 2026 15:10 BST", "2026-07-20T14:32:00+00:00",
     "2026-07-20T16:05:00+00:00"),  # another time: the data's, as it says
])
def test_the_zone_printed_beside_the_datas_time_without_one_is_the_datas(
        tmp_path: Path, printed: str, published: str, updated: str) -> None:
    """Middle East Eye's data gives "Mon, 07/20/2026 - 14:32" (Drupal's, no offset) and
    its page "14:32 BST": the time was read as UTC, an hour off."""
    text = "".join(f"<p>Paragraph {n} says the taps in the city have been dry for three "
                   "weeks and that the protesters blocked the main road.</p>"
                   for n in range(3))
    page = tmp_path / "zarqa.html"
    page.write_text(
        '<html lang="en"><head><title>Water protest in Zarqa</title>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"Mon, 07/20/2026 - 14:32", "dateModified": "Mon, 07/20/2026 - 16:05"}</script>'
        '</head><body><div class="article-header"><h1>Water protest in Zarqa</h1>'
        f'<div class="article-meta"><span>{printed}</span></div></div>'
        f'<div class="article-body">{text}</div></body></html>', encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None and article.published.isoformat() == published
    assert article.updated is not None and article.updated.isoformat() == updated


def test_a_credits_image_label_is_no_part_of_the_name(tmp_path: Path) -> None:
    """DW's credit "Image: Ann Lee/dpa/picture alliance" and The Guardian's
    "Photograph: Ann Lee/PA", each in an element of its own, kept their labels: the
    editions printed and said "Image: Image: ..."."""
    text = "".join(f"<p>Paragraph {n} says most long-distance trains were cancelled and "
                   "that the strike will last until Thursday evening.</p>" for n in range(3))
    for label in ("Image:", "Photograph:"):
        page = tmp_path / "strike.html"
        page.write_text(
            '<html lang="en"><head><title>Rail strike</title></head><body><article>'
            '<h1>Rail strike</h1><figure><img src="station.jpg" alt=""><figcaption><span>'
            f'Passengers wait at the main station</span><span class="credit">{label} Ann '
            f"Lee/dpa/picture alliance</span></figcaption></figure>{text}</article></body>"
            "</html>", encoding="utf-8")
        lead = load_quietly(page).lead_image
        assert lead is not None and lead.image.credit == "Ann Lee/dpa/picture alliance"
        assert plain_text(lead.caption) == "Passengers wait at the main station"


def test_a_comment_boxs_invitation_and_a_paywalls_button_are_no_text(tmp_path: Path) -> None:
    """The Times of India's empty comment box says "Be the first one to comment.", its
    end marker "End of Article", and Le Monde's paywall ends with its button "S’abonner":
    each was read as the text's last paragraph. (The Times of India's text, lines parted
    by <br>s in one <div>, came through trafilatura's fallback in the page's boxes: the
    headline was run into the text's first paragraph.)"""
    lines = ["MUMBAI: The weather office on Wednesday issued a red alert for the city and its "
             "suburbs, forecasting extremely heavy rainfall over the next 24 hours.",
             "The civic body declared a holiday for all schools and colleges in the city.",
             "Local train services on the Central Railway were running 20 to 25 minutes late, "
             "officials said, while several roads in Andheri and Sion were waterlogged.",
             "Residents have been advised to stay indoors unless necessary.",
             "The city received more than 200 millimetres of rain in the 24 hours to 8.30am "
             "on Wednesday, the highest single-day total this season.",
             "Officials said pumping stations at six low-lying spots were working at full "
             "capacity and that more pumps had been brought in from the port."]
    page = tmp_path / "rain.html"
    page.write_text(
        '<html lang="en"><head><title>Red alert for the city</title></head><body>'
        '<div class="article"><h1>Red alert for the city</h1><div class="byline">Desk / '
        f'Updated: Jul 8, 2026, 09:15 IST</div><div class="_s30J">{"<br><br>".join(lines)}'
        '<br><br></div><div class="end-of-article"><span>End of Article</span></div>'
        '<div class="fb-comments"><h3>Comments</h3><p>Be the first one to comment.</p>'
        "</div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)  # (the city that opens it is its dateline)
    assert body_text(article) == "\n".join(lines).removeprefix("MUMBAI: ")
    assert article.dateline == "MUMBAI"
    paragraphs = "".join(f'<p class="article__paragraph">{line}</p>' for line in lines)
    page.write_text(
        '<html lang="fr"><head><title>Alerte rouge</title></head><body><main><section '
        'class="article__header"><h1>Alerte rouge</h1></section><article class="article__'
        f'content">{paragraphs}<section class="paywall"><p>Il vous reste 62% de cet article '
        "à lire. La suite est réservée aux abonnés.</p><a>S’abonner</a></section></article>"
        "</main></body></html>", encoding="utf-8")
    assert body_text(load_quietly(page)) == "\n".join(lines).removeprefix("MUMBAI: ")


def test_a_time_stamp_closing_the_text_is_the_update_time(tmp_path: Path) -> None:
    """The National closes its text with "Updated: November 03, 2026, 10:12 AM": it was
    read as the text's last paragraph, and the page's update time was not known."""
    text = "".join(f"<p>Paragraph {n} says the new line will have fifteen stations and "
                   "that construction starts in the second quarter of next year.</p>"
                   for n in range(4))
    page = tmp_path / "metro.html"
    page.write_text(
        '<html lang="en"><head><title>New metro line</title><script type="application/ld+'
        'json">{"@type": "NewsArticle", "datePublished": "2026-11-03T06:00:00+04:00"}'
        '</script></head><body><article><h1>New metro line</h1><div class="article-body">'
        f"{text}<p><i>Updated: November 03, 2026, 10:12 AM</i></p></div></article></body>"
        "</html>", encoding="utf-8")
    article = load_quietly(page)
    assert body_text(article).endswith("construction starts in the second quarter of next "
                                       "year.")
    assert article.updated is not None and \
        article.updated.isoformat() == "2026-11-03T10:12:00+04:00"


@pytest.mark.parametrize("tail", [
    "Follow AP’s war coverage at https://apnews.com/hub/israel-hamas-war",
    "Follow more of AP’s coverage of the storms at https://apnews.com/hub/weather",
    "This article is available in French on Middle East Eye French edition.",
    "Published in Dawn, August 14th, 2026",
    "A version of this article appears in print on May 21, 2026, Section A, Page 1 of the "
    "New York edition with the headline: Aid Trucks Wait.",
])
def test_a_wires_or_an_editions_pointer_closing_the_text_is_no_text(
        tmp_path: Path, tail: str) -> None:
    """AP ends its stories with "Follow AP's ... coverage at URL", Middle East Eye with
    a pointer to its French edition, Dawn and The New York Times with the print edition
    the story ran in: each was read as the text's last paragraph."""
    text = "".join(f"<p>Paragraph {n} says aid trucks waited at the crossing for a third "
                   "day while officials argued over the inspections.</p>" for n in range(4))
    page = tmp_path / "aid.html"
    page.write_text(
        '<html lang="en"><head><title>Aid trucks wait</title></head><body><article>'
        f'<h1>Aid trucks wait</h1><div class="RichTextStoryBody">{text}<p>___</p>'
        f"<p>{tail}</p></div></article></body></html>", encoding="utf-8")
    assert body_text(load_quietly(page)).endswith("officials argued over the inspections.")


def test_a_standfirst_read_as_the_first_paragraph_over_an_uncaptioned_photo(
        tmp_path: Path) -> None:
    """Khaleej Times prints its "article-subhead" under the headline, then a photo with no
    caption and the text in another box: trafilatura read the standfirst as the text's
    first paragraph, and the page had no summary. A "lead" paragraph in the text's own
    box stays its lede."""
    subhead = "The 1.2km bridge will cut travel time from 20 minutes to 7 minutes"
    text = """<p>Dubai’s Roads and Transport Authority (RTA) on Wednesday opened a new bridge
at the intersection of Al Khail Road and Al Meydan Street.</p>
<p>The bridge has two lanes in each direction and can handle 3,200 vehicles an hour, the
authority said.</p>
<div class="ktwhatsapp-promo"><p>Stay up to date with the latest news. Follow KT on WhatsApp
Channels.</p></div>
<p>Mattar Al Tayer, director-general of the RTA, said the project was part of a plan to improve
traffic flow on major corridors.</p>
<h3>Other projects</h3>
<ul><li>Widening of Al Khail Road by one lane in each direction</li><li>A new interchange at
Nad Al Sheba</li></ul>
<p>Work on the remaining projects will be completed by the end of next year.</p>
<div class="also-read"><p><strong>ALSO READ:</strong></p><ul><li><a>Dubai: New toll gate to
start operating</a></li><li><a>UAE petrol prices for November announced</a></li></ul></div>"""
    page = tmp_path / "bridge.html"
    page.write_text(f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>New bridge opens - News | Khaleej Times</title>

</head>
<body>

<article class="article-wrapper">
<div class="article-top"><h1>New bridge opens</h1>
<p class="article-subhead">{subhead}</p>
<div class="article-meta"><div class="author-name-date"><p>by <a
href="/author/nasreen-abdulla">Nasreen Abdulla</a></p><p>Published: Wed 14 Oct 2026, 2:20
PM</p></div></div></div>
<div class="article-center-wrap-nf">
<figure><img src="/bridge.jpg" alt=""></figure>
{text}
</div>
</article>
</body></html>""", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == subhead
    assert body_text(article).startswith("Dubai’s Roads and Transport Authority")
    page.write_text(
        '<html lang="en"><head><title>New bridge opens</title></head><body><article>'
        f'<h1>New bridge opens</h1><div class="body"><p class="lead">{subhead}.</p>{text}'
        "</div></article></body></html>", encoding="utf-8")
    assert body_text(load_quietly(page)).startswith(subhead)


def test_a_standfirst_named_by_its_component_is_the_summary(tmp_path: Path) -> None:
    """The Guardian names its parts in ``data-gu-name`` ("standfirst"), not in classes: on
    a live blog, whose entries trafilatura reads from the page's top, the standfirst was
    the text's first paragraph."""
    entries = "".join(
        f'<article class="block"><header><p><a href="#b{n}"><time datetime="2026-11-26">'
        f"{clock}</time></a></p><h2>{title}</h2></header><div><p>{text}</p></div></article>"
        for n, (clock, title, text) in enumerate([
            ("13.40 GMT", "Income tax thresholds frozen", "The chancellor has confirmed that "
             "income tax thresholds will stay frozen until 2030, a move that will drag more "
             "people into higher tax bands."),
            ("12.35 GMT", "Chancellor begins speech", "The chancellor has risen to deliver "
             "her budget statement in the Commons after questions ended a little late.")]))
    standfirst = ("Follow all the latest developments as the chancellor sets out tax and "
                  "spending plans")
    page = tmp_path / "budget.html"
    page.write_text(
        "<html lang='en'><head><title>Budget live</title></head><body><main><article>"
        "<h1>Budget 2026 live: chancellor delivers statement</h1><div data-gu-name="
        f"'standfirst'><p>{standfirst}</p></div><address><a rel='author'>Andrew Sparrow</a>"
        f"</address><div id='liveblog-body'>{entries}</div></article></main></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == standfirst
    assert body_text(article).startswith("13.40 GMT – Income tax thresholds frozen")


def test_the_place_a_reporter_wrote_from_is_the_dateline(tmp_path: Path) -> None:
    """The New York Times prints "Reporting from Jakarta, Indonesia" under its byline: the
    place was left out with the page's header, and the article had no dateline."""
    text = "".join(f"<p>Paragraph {n} says the sea wall in the north of the city is cracked "
                   "in places and that the ground sinks a little more each year.</p>"
                   for n in range(4))
    page = tmp_path / "jakarta.html"
    page.write_text(
        '<html lang="en"><head><title>A sinking city</title></head><body><article><header>'
        '<h1>A sinking city</h1><p><span>By <a href="/by/ann-lee">Ann Lee</a></span></p>'
        "<p>Reporting from Jakarta, Indonesia</p></header><section name='articleBody'>"
        f"{text}</section></article></body></html>", encoding="utf-8")
    assert load_quietly(page).dateline == "Jakarta, Indonesia"


def test_a_standfirsts_live_link_is_no_writer_dateline_or_summary(tmp_path: Path) -> None:
    """The Guardian's standfirst ends with a link, "UK weather – latest updates", and its
    byline names three writers and their place in 12 words: the link was taken for a site
    and its writer ("latest updates"), then for a dateline, and was run into the
    summary; the byline was too long to be read."""
    text = "".join(f"<p>Paragraph {n} says the river rose a metre in the night and that "
                   "families of the lower town were taken to the school hall.</p>"
                   for n in range(4))
    page = tmp_path / "floods.html"
    page.write_text(
        '<html lang="en"><head><title>Floods in the north</title></head><body><main>'
        '<article><h1>Floods in the north</h1><div data-gu-name="standfirst"><p>Rivers '
        "burst their banks after two days of rain, with more warnings in place</p><ul><li>"
        '<p><a href="/live">UK weather – latest updates</a></p></li></ul></div><address>'
        '<p class="byline">By Bethan Lowe, Malak A Tantesh and Julian Hart in Jerusalem</p>'
        f'</address><div class="article-body">{text}</div></article></main></body></html>',
        encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["Bethan Lowe", "Malak A Tantesh",
                                                 "Julian Hart"]
    assert article.dateline == "Jerusalem"
    assert article.summary == ("Rivers burst their banks after two days of rain, with more "
                               "warnings in place")


def test_a_numbered_list_the_page_goes_on_counting_keeps_its_start(tmp_path: Path) -> None:
    """``<ol start="4">`` after a paragraph: trafilatura keeps no start; the list does,
    so the editions number its items 4 and 5, not 1 and 2 again."""
    steps = ("<ol><li>Check the tide table</li><li>Moor at the east quay</li>"
             "<li>Report to the harbour office</li></ol>"
             "<p>Larger vessels follow the pilot's instructions from this point on.</p>"
             '<ol start="4"><li>Unload at the night berth</li><li>Leave by the channel</li></ol>')
    lists = [b for b in load_quietly(_story(tmp_path, steps)).blocks
             if isinstance(b, ListBlock)]
    assert [(b.ordered, b.start, len(b.items)) for b in lists] == [(True, None, 3),
                                                                   (True, 4, 2)]
    countdown = steps.replace('<ol start="4">', '<ol start="5" reversed>')
    lists = [b for b in load_quietly(_story(tmp_path, countdown)).blocks
             if isinstance(b, ListBlock)]
    assert [b.start for b in lists] == [None, None]  # the editions count up


def test_what_the_page_prints_on_paper_alone_is_not_read(tmp_path: Path) -> None:
    """phys.org prints a citation on paper alone (Bootstrap's "d-none d-print-block"):
    "Citation: ... retrieved 20 November 2026 from https://..." was read as the text's
    last paragraph. A box shown on wider screens ("d-none d-md-block") is read."""
    page = _story(tmp_path, "", tail=(
        '<div class="d-none d-md-block"><p>The board will meet again in March to review '
        'the first month of the new tables.</p></div><div class="d-none d-print-block">'
        "<strong>Citation</strong>: Tide tables updated (2026, November 18) retrieved 20 "
        "November 2026 from https://example.org/news/tide-tables.html</div>"))
    text = body_text(load_quietly(page))
    assert "The board will meet again in March" in text
    assert "retrieved" not in text


def test_an_israeli_pages_date_line_and_writer(tmp_path: Path) -> None:
    """Ynet prints "פורסם: 08.12.26, 14:30 IST" (a two-digit year, Israel's time) under
    the headline and the writer in "div.authors": the date line was read as the text's
    first paragraph, the page had no date and no author."""
    text = ["גשם כבד הציף ביום שלישי כמה רחובות בתל אביב, ונתיבי איילון נסגרו לתנועה לשלוש "
            "שעות בשעות העומס של הבוקר.",
            "כבאים חילצו אחד עשר בני אדם מרכבים שנתקעו במעברים תת-קרקעיים, והעירייה פתחה מקלטי "
            "חירום בשני בתי ספר."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="he" dir="rtl"><head><title>גשם כבד הציף את רחובות תל אביב</title></head>'
        '<body><article><h1>גשם כבד הציף את רחובות תל אביב</h1><div class="authors">נועה לוי'
        '</div><div class="date">פורסם: 08.12.26, 14:30 IST</div>'
        + "".join(f'<div class="text_editor_paragraph"><span>{t}</span></div>' for t in text)
        + "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs_of(article) == text
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-08T14:30:00+02:00"
    assert [a.name for a in article.authors] == ["נועה לוי"]


def test_a_byline_with_its_relative_time_names_the_writer(tmp_path: Path) -> None:
    """"<div class="byline"><span>نصر المجالي</span> <span>منذ 3 ساعات</span>": the
    writer and when the story was posted, one line: no author was found."""
    page = _story(tmp_path, "")
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</h1>", '</h1><div class="byline"><span class="writer">نصر المجالي</span> <span '
                 'class="time">منذ 3 ساعات</span></div>'), encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["نصر المجالي"]


def test_a_town_news_page_s_writer_and_photo_credit(tmp_path: Path) -> None:
    """Town News (BLOX) names the writer with his e-mail ('"name": "Tom Baker
    tbaker@example.com"'), and its photo's caption holds the photographer in a
    "tnt-byline" box: the author's name carried the address, and the credit was read as
    the caption's last words. (A byline beside a photo in no <figure> stays the
    article's.)"""
    page = _story(tmp_path, "")
    page.write_text(page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="Tom Baker tbaker@riverton-herald.com">'
    ).replace(
        "</h1>", '</h1><figure class="photo"><img src="bike.jpg" alt=""><figcaption class='
                 '"caption"><div class="caption-text"><p>A cyclist rides along Fifth Avenue on '
                 'Thursday.</p></div><div class="tnt-byline">Ann Lee, Riverton Herald</div>'
                 "</figcaption></figure>"), encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["Tom Baker"]
    lead = article.lead_image
    assert lead is not None
    assert plain_text(lead.caption) == "A cyclist rides along Fifth Avenue on Thursday."
    assert lead.image.credit == "Ann Lee, Riverton Herald"


def test_the_photo_the_page_shares_above_its_text_is_the_lead(tmp_path: Path) -> None:
    """Youm7 sets its lead photo between the headline and the text's container, its
    description in the alt text and no caption element; the page shares it as its
    og:image. trafilatura reads the text's container alone: the photo was lost."""
    src = "https://img.example.com/ArticleImgs/2026/12/7/hospital.jpg"
    alt = "وزير الصحة خلال جولته بمستشفى بني سويف الجامعي"
    text = ["تفقد وزير الصحة والسكان، اليوم الإثنين، مستشفى بني سويف الجامعي، في إطار جولاته "
            "الميدانية لمتابعة مستوى الخدمات الطبية المقدمة للمواطنين بمحافظات الصعيد.",
            "وتفقد الوزير أقسام الطوارئ والعناية المركزة والحضانات، واستمع إلى شكاوى عدد من "
            "المرضى وذويهم، ووجه بسرعة إنهاء قوائم الانتظار في العمليات الجراحية."]
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="ar" dir="rtl"><head><title>وزير الصحة يتفقد مستشفى بني سويف</title><meta '
        f'property="og:image" content="{src}"></head><body><div id="newsStory"><h1>وزير الصحة '
        f'يتفقد مستشفى بني سويف</h1><div class="img-cont"><img src="{src}" alt="{alt}"></div>'
        '<div id="articleBody">' + "".join(f"<p>{t}</p>" for t in text) + "</div></div>"
        "</body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.lead_image is not None
    assert (article.lead_image.image.src, article.lead_image.image.alt) == (src, alt)
    assert paragraphs_of(article) == text


def test_a_read_also_card_inside_the_text_is_left_out(tmp_path: Path) -> None:
    """A box inside the text that opens with a "read also" label ("اقرأ أيضاً", "Read
    more") and shows another story's linked headline and teaser, no class naming it:
    the headline was read as the text's subheading and the teaser as its paragraph. A
    box of the text's own (a subheading and its paragraph, no such label) stays."""
    card = ('<div class="inline-card"><span class="label">Read more</span><div class="card">'
            '<a href="/x"><img src="t.jpg" alt=""></a><h3><a href="/x">Harbour crane to be '
            "replaced next spring</a></h3><p>The port authority will replace the old crane on "
            "the eastern quay after an inspection found cracks in its arm.</p></div></div>")
    own = ('<div><h3>Fares at the quay</h3><p>Ferry fares will rise by <a href="/y">ten '
           "percent</a> in the new year, the operator said on Monday, after a year in which "
           "fuel and wages rose faster than the number of passengers on the island route."
           "</p></div>")
    article = load_quietly(_story(tmp_path, card + own))
    text = body_text(article)
    assert "Harbour crane" not in text and "port authority" not in text
    assert "Fares at the quay" in text and "Ferry fares will rise" in text


_SURGERY = ["تفقد وزير الصحة والسكان، اليوم الإثنين، مستشفى بني سويف الجامعي، في إطار جولاته "
            "الميدانية لمتابعة مستوى الخدمات الطبية المقدمة للمواطنين بمحافظات الصعيد.",
            "وتفقد الوزير أقسام الطوارئ والعناية المركزة والحضانات، واستمع إلى شكاوى عدد من "
            "المرضى وذويهم، ووجه بسرعة إنهاء قوائم الانتظار في العمليات الجراحية."]


def _photo_box_page(tmp_path: Path, box: str, *, inside: bool) -> Path:
    """A Youm7-like page, its photo's box above the text's container or inside it."""
    src = "https://img.example.com/ArticleImgs/2026/12/7/hospital.jpg"
    body = "".join(f"<p>{t}</p>" for t in _SURGERY)
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="ar" dir="rtl"><head><title>وزير الصحة يتفقد مستشفى بني سويف</title><meta '
        f'property="og:image" content="{src}"></head><body><div id="newsStory"><h1>وزير الصحة '
        f'يتفقد مستشفى بني سويف</h1>' + ("" if inside else box.format(src=src))
        + '<div id="articleBody">' + (box.format(src=src) if inside else "") + body
        + "</div></div></body></html>", encoding="utf-8")
    return page


@pytest.mark.parametrize("inside", [False, True])
@pytest.mark.parametrize("alt", ["وزير الصحة", "وزير الصحة خلال جولته بمستشفى بني سويف"])
def test_a_photos_plain_paragraph_in_its_box_is_its_caption(
        tmp_path: Path, inside: bool, alt: str) -> None:
    """Youm7 prints its lead photo's caption as a plain <p> under the <img>, the two
    alone in a box: above the text the caption was lost (the photo came from og:image),
    inside it the caption was the text's first paragraph. It is the photo's caption."""
    caption = "وزير الصحة خلال جولته بمستشفى بني سويف"
    box = f'<div class="img-cont"><img src="{{src}}" alt="{alt}"><p>{caption}</p></div>'
    article = load_quietly(_photo_box_page(tmp_path, box, inside=inside))
    assert article.lead_image is not None
    assert plain_text(article.lead_image.caption) == caption
    assert paragraphs_of(article) == _SURGERY


def test_a_short_first_paragraph_beside_a_photo_stays_text(tmp_path: Path) -> None:
    """A box of a photo and a paragraph that ends its sentence (and is no alt text
    repeated) holds the text's first paragraph, not a caption: it stays text."""
    lead = "وصل الوزير صباح اليوم."
    box = f'<div><img src="{{src}}" alt="وزير الصحة"><p>{lead}</p></div>'
    article = load_quietly(_photo_box_page(tmp_path, box, inside=True))
    assert paragraphs_of(article) == [lead, *_SURGERY]
    assert article.lead_image is None or not plain_text(article.lead_image.caption)
    # ... as does a lede that lacks its full stop
    lead = ("افتتح محافظ أسوان اليوم مستشفى جديدا بسعة 200 سرير لخدمة أهالي المحافظة والقرى "
            "المجاورة")
    box = f'<div class="img-cont"><img src="{{src}}" alt="المستشفى"><p>{lead}</p></div>'
    article = load_quietly(_photo_box_page(tmp_path, box, inside=True))
    assert paragraphs_of(article) == [lead, *_SURGERY]


@pytest.mark.parametrize("label", ["<p><strong>DON'T MISS</strong></p>",
                                   "<p><strong>DON'T MISS:</strong></p>"])
def test_links_tagged_with_their_kind_under_a_label_are_left_out(
        tmp_path: Path, label: str) -> None:
    """The Express prints "DON'T MISS" in the text over links to other stories, each in
    a <p> of its own and tagged with its kind ("[INSIGHT]", "[REVEAL]"): the label and
    the links were read as the text's lines. A link in a paragraph of prose stays."""
    links = ('<p><a href="/n/1">Harbour crane to be replaced next spring</a> [INSIGHT]</p>'
             '<p><a href="/n/2">Island ferry fares to rise in the new year</a> [REVEAL]</p>'
             '<p><a href="/n/3">What the storm season means for the port</a> [ANALYSIS]</p>')
    own = ('<p>Ferry fares will rise by <a href="/y">ten percent</a> in the new year, the '
           "operator said on Monday.</p>")
    article = load_quietly(_story(tmp_path, label + links + own))
    text = body_text(article)
    assert "MISS" not in text and "Harbour crane" not in text and "[" not in text
    assert "Ferry fares will rise by ten percent" in text
    assert len(paragraphs_of(article)) == 9


def test_an_urdu_pull_quote_in_its_marks_is_read_once(tmp_path: Path) -> None:
    """BBC Urdu quotes in its own marks (’...‘, the English ones reversed): a paragraph
    that is one such quotation, which the text holds word for word, is a pull quote (it
    was read twice, where one in “...” or «...» was read once)."""
    said = "ہم کئی برس سے اپنے گھر کا انتظار کر رہے ہیں"
    text = ["حکومت نے پیر کے روز رہائشی امداد کے پروگرام کو مزید تین شہروں تک بڑھانے کا "
            "اعلان کیا ہے۔",
            f"ایک شہری نے بتایا کہ {said} اور ابھی تک کوئی جواب نہیں ملا۔",
            "حکام کا کہنا ہے کہ نئی درخواستیں اگلے ماہ سے قبول کی جائیں گی۔"]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ur" dir="rtl"><head><title>رہائشی امداد</title></head><body><article>'
        "<h1>حکومت نے رہائشی امداد کا دائرہ بڑھا دیا</h1>"
        f"<p>{text[0]}</p><p>’{said}‘</p><p>{text[1]}</p><p>{text[2]}</p>"
        "</article></body></html>", encoding="utf-8")
    assert paragraphs_of(load_quietly(page)) == text


def test_a_writers_picture_over_the_name_is_no_captioned_photo(tmp_path: Path) -> None:
    """A writer's box, their picture over their name in a <p>, is no photo with its
    caption: the name stays where the byline reader finds it, not a figure's caption."""
    box = ('<div class="author-box"><img src="https://img.example.com/writers/ahmad.jpg" '
           'alt="أحمد حسن"><p>أحمد حسن</p></div>')
    article = load_quietly(_photo_box_page(tmp_path, box, inside=True))
    assert not [f for f in article.figures() if plain_text(f.caption) == "أحمد حسن"]


def test_json_ld_with_line_breaks_inside_its_strings_is_read(tmp_path: Path) -> None:
    """A CMS writes the article body into its JSON-LD with raw line breaks inside the
    string (Moneycontrol): strict JSON refuses it, and the page's publication date, given
    only there, was lost."""
    text = "".join(f"<p>Paragraph {n} of the report says the index rose to a new high in the "
                   "morning and that traders stayed careful all day.</p>" for n in range(4))
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Markets '
          'on a high", "articleBody": "The index rose.\n\tTraders stayed careful.", '
          '"datePublished": "01:38:07 PM IST Nov 20, 2019"}')
    page = tmp_path / "markets.html"
    page.write_text(f'<html lang="en"><head><title>Markets on a high</title><script type='
                    f'"application/ld+json">{ld}</script></head><body><article><h1>Markets '
                    f"on a high</h1>{text}</article></body></html>", encoding="utf-8")
    published = load_quietly(page).published
    assert published is not None and published.isoformat() == "2019-11-20T13:38:00+05:30"
