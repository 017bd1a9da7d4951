"""Markdown and JSON readers, shared validation, and the Article's JSON form."""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image as PILImage

from artexport import (
    ArtexportWarning,
    ArticleError,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Table,
    load_article,
)
from artexport.loader import find_source
from artexport.model import Span, article_uuid, heading_levels, plain_text
from conftest import EXAMPLES, example_dirs


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def png(path: Path, size: tuple[int, int] = (40, 30)) -> Path:
    PILImage.new("RGB", size, (200, 30, 30)).save(path)
    return path


def test_every_example_loads_without_warnings() -> None:
    for folder in example_dirs():
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            article = load_article(folder)
        assert article.title and article.blocks
        assert article.published is not None and article.published.tzinfo is not None


def test_arabic_news_example_metadata_and_blocks() -> None:
    a = load_article(EXAMPLES / "ar-library-audiobooks")
    assert (a.lang, a.direction, a.slug) == ("ar", "rtl", "ar-library-audiobooks")
    assert a.published == datetime(2024, 3, 14, 10, 15, tzinfo=timezone(timedelta(hours=3)))
    assert a.authors[0].name == "سلمى الحدّاد" and a.authors[0].role
    assert a.dateline == "عمّان - خاص"
    assert a.lead_image is not None and a.lead_image.image.path is not None
    assert a.lead_image.image.media_type == "image/jpeg"
    assert a.lead_image.image.width == 1200
    assert plain_text(a.lead_image.caption).startswith("ركن الكتب المسموعة")
    quotes = [b for b in a.blocks if isinstance(b, Quote)]
    assert len(quotes) == 1 and plain_text(quotes[0].attribution) == "مديرة مكتبة البلدية"
    assert sum(isinstance(b, Paragraph) for b in a.blocks) == 23


def test_mixed_direction_example_isolates_latin_runs() -> None:
    a = load_article(EXAMPLES / "ar-solar-explainer")
    headings = [b for b in a.blocks if isinstance(b, Heading)]
    assert [h.level for h in headings] == [2] * 5
    assert len({h.id for h in headings}) == 5
    lists = [b for b in a.blocks if isinstance(b, ListBlock)]
    assert [lst.ordered for lst in lists] == [False, True]
    latin = [s for b in a.blocks if isinstance(b, Paragraph | ListBlock)
             for spans in ([b.spans] if isinstance(b, Paragraph) else b.items)
             for s in spans if s.direction == "ltr"]
    texts = {s.text for s in latin}
    assert {"Monocrystalline", "LiFePO4", "Hybrid", "kWh", "IRENA"} <= texts
    assert all(s.lang == "en" for s in latin)
    link = next(s for s in latin if s.text == "IRENA")
    assert link.href == "https://www.irena.org"
    figure = next(b for b in a.blocks if isinstance(b, Figure))
    assert figure.image.path is not None and figure.image.alt.startswith("ألواح شمسية")


def test_english_example_is_ltr_with_quote_and_a_nested_list() -> None:
    a = load_article(EXAMPLES / "en-river-cleanup")
    assert (a.lang, a.direction) == ("en", "ltr")
    assert any(isinstance(b, Quote) for b in a.blocks)
    assert any(isinstance(b, ListBlock) and b.levels == (0, 0, 1, 1, 0) for b in a.blocks)


def test_language_and_direction_come_from_text_when_metadata_is_silent(tmp_path: Path) -> None:
    write(tmp_path / "fa", "article.md",
          "# عنوان\n\nاین یک متن فارسی است که برنامه‌نویسان می‌خوانند.\n")
    write(tmp_path / "ar", "article.md", "# عنوان\n\nهذه مقالة عربية قصيرة كتبت للاختبار.\n")
    write(tmp_path / "en", "article.md", "# Title\n\nThis is the text of a short article.\n")
    assert (load_article(tmp_path / "fa").lang, load_article(tmp_path / "fa").direction) == (
        "fa", "rtl")
    assert load_article(tmp_path / "ar").lang == "ar"
    assert (load_article(tmp_path / "en").lang, load_article(tmp_path / "en").direction) == (
        "en", "ltr")


def test_markdown_title_from_first_heading_and_code_fences(tmp_path: Path) -> None:
    src = write(tmp_path, "a.md", "# العنوان\n\nفقرة أولى.\n\n```js\nlet x = 1;\n```\n\n"
                                  '```quote author="كاتب"\nحكمة قصيرة هنا.\n```\n')
    a = load_article(src)
    assert a.title == "العنوان" and a.slug == "a"
    assert isinstance(a.blocks[1], Preformatted) and a.blocks[1].language == "js"
    assert isinstance(a.blocks[2], Quote) and plain_text(a.blocks[2].attribution) == "كاتب"


def test_raw_html_and_script_never_survive_markdown(tmp_path: Path) -> None:
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: en\n---\n\nHello <script>alert(1)</script> world "
                "[x](javascript:alert(1)).\n\n<script>\nalert(2)\n</script>\n\n<iframe src=x>"
                "</iframe>\n\nEnd.\n")
    with pytest.warns(ArtexportWarning):
        a = load_article(src)
    text = a.plain_text()
    assert "alert" not in text and "script" not in text and "iframe" not in text
    assert all(s.href is None or not s.href.startswith("javascript")
               for b in a.blocks if isinstance(b, Paragraph) for s in b.spans)


def test_the_text_of_a_raw_html_block_is_kept_as_paragraphs(tmp_path: Path) -> None:
    """An author's raw HTML block: its tags never pass through, its words do (one
    paragraph per block element, in place); a script or form inside it is dropped whole."""
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: en\n---\n\nBefore.\n\n"
                '<div class="note"><p>The <b>ferry</b> leaves at noon.</p>'
                "<script>alert(3)</script><p>Tickets are sold on board.</p>"
                "<form><input value='x'><button>Buy</button></form></div>\n\nAfter.\n")
    with pytest.warns(ArtexportWarning, match="raw HTML block at line 8 read as plain text"):
        a = load_article(src)
    assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
        "Before.", "The ferry leaves at noon.", "Tickets are sold on board.", "After."]
    assert all(s.emphasis is None and s.href is None
               for b in a.blocks if isinstance(b, Paragraph) for s in b.spans)


def test_footnotes_definitions_and_struck_words_read_as_text(tmp_path: Path) -> None:
    """Markdown's footnotes, definition lists and ~~strikethrough~~: their words are read
    and their marks are not ("[^1]", "~~", ": "): a reference shows its number, the
    notes follow the article as a list that starts each note with it."""
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: en\n---\n\n"
                "The ferry runs daily[^sea] except on holidays[^2].\n\n"
                "Fares were ~~four~~ three pounds.\n\n"
                "Slipway\n: The ramp where boats are launched.\n\n"
                "Last paragraph.\n\n"
                "[^sea]: When the sea allows; see the *harbour* notices.\n"
                "[^2]: Public holidays only.\n")
    a = load_article(src)
    texts = [plain_text(b.spans) if isinstance(b, Paragraph) else
             [plain_text(i) for i in b.items] if isinstance(b, ListBlock) else None
             for b in a.blocks]
    assert texts == [
        "The ferry runs daily[1] except on holidays[2].",
        "Fares were four three pounds.",
        "Slipway", "The ramp where boats are launched.",
        "Last paragraph.",
        ["[1] When the sea allows; see the harbour notices.", "[2] Public holidays only."],
    ]
    term = a.blocks[2]
    assert isinstance(term, Paragraph) and all(s.emphasis == "strong" for s in term.spans)
    assert "^" not in a.plain_text() and "~~" not in a.plain_text()


def test_code_and_images_inside_list_items_are_kept(tmp_path: Path) -> None:
    """A code block inside a list item is read in the item, as code; an image in an
    item becomes a figure after the list (both were dropped)."""
    PILImage.new("RGB", (40, 30), (20, 90, 40)).save(tmp_path / "map.png")
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: en\n---\n\n"
                "- Step one:\n\n  ```\n  make install\n  ```\n\n"
                "- Step two: follow ![the route to the quay](map.png) on foot.\n")
    a = load_article(src)
    items = a.blocks[0]
    assert isinstance(items, ListBlock)
    assert [plain_text(i) for i in items.items] == [
        "Step one: make install", "Step two: follow on foot."]
    assert items.items[0][-1].emphasis == "code"
    figure = a.blocks[1]
    assert isinstance(figure, Figure) and figure.image.alt == "the route to the quay"


def test_lines_broken_by_hand_stay_apart(tmp_path: Path) -> None:
    """A verse ends with two spaces, a backslash or "<br>": each line is its own
    paragraph (as the HTML reader reads "<br>"), so a poem's lines are not run together
    in print or in the audio."""
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: ar\n---\n\n"
                "يا بحرُ ما لك لا تنام  \nوالموجُ يحملُ ألف عام\\\nوعلى شواطئك الحمام<br>"
                "والليل يسهر في الظلام\nحتى الصباح.\n")
    texts = [plain_text(b.spans) for b in load_article(src).blocks if isinstance(b, Paragraph)]
    assert texts == ["يا بحرُ ما لك لا تنام", "والموجُ يحملُ ألف عام", "وعلى شواطئك الحمام",
                     "والليل يسهر في الظلام حتى الصباح."]


def test_a_table_and_code_inside_a_quote_are_kept(tmp_path: Path) -> None:
    """A table inside a quote follows it as a table (its cells were the quote's
    paragraphs); a code block inside it is read in it (it was dropped)."""
    src = write(tmp_path, "article.md",
                "---\ntitle: t\nlang: en\n---\n\n"
                "> The harbour master's figures:\n>\n> | Year | Boats |\n> |---|---|\n"
                "> | 2023 | 410 |\n>\n> ```\n> ferry: 07:00\n> ```\n")
    blocks = load_article(src).blocks
    quote, table = blocks
    assert isinstance(quote, Quote) and [plain_text(p) for p in quote.paragraphs] == [
        "The harbour master's figures:", "ferry: 07:00"]
    assert isinstance(table, Table) and table.header_rows == 1
    assert [[plain_text(c) for c in row] for row in table.rows] == [["Year", "Boats"],
                                                                   ["2023", "410"]]


def test_json_form_round_trips(tmp_path: Path) -> None:
    a = load_article(EXAMPLES / "ar-library-audiobooks")
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "reading-room.jpg").write_bytes(
        (EXAMPLES / "ar-library-audiobooks" / "reading-room.jpg").read_bytes())
    (folder / "article.json").write_text(a.to_json(), encoding="utf-8")
    b = load_article(folder)
    assert b.to_dict() | {"slug": a.slug} == a.to_dict()


def test_json_dataset_record(tmp_path: Path) -> None:
    src = write(tmp_path, "rec.json", json.dumps({
        "source": "wire", "url": "http://example.invalid/1", "title": "خبر قصير",
        "author": " محرر ", "content": " السطر الأول من الخبر.\n السطر الثاني.\n \n"}))
    a = load_article(src)
    # "wire", which the record's address does not spell, is the dataset's code for the
    # site, not a name to print or say (SaudiNewsNet's "was", www.spa.gov.sa, was read out
    # "الناشر: was"); a name, or a code the address spells ("okaz", www.okaz.com.sa), is kept
    assert a.authors[0].name == "محرر" and a.publisher is None
    for source, url, publisher in (("Wire Service", "http://example.invalid/1", "Wire Service"),
                                   ("okaz", "http://www.okaz.com.sa/new/1.htm", "okaz"),
                                   ("al-jazirah", "http://www.aljazirah.com/1.htm", "al-jazirah"),
                                   ("reuters", None, "reuters")):
        record = json.loads(src.read_text(encoding="utf-8")) | {"source": source, "url": url}
        other = write(tmp_path, "other.json", json.dumps(record))
        assert load_article(other).publisher == publisher, source
    assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
        "السطر الأول من الخبر.", "السطر الثاني."]
    assert str(article_uuid(a)) == str(article_uuid(load_article(src)))


def test_a_news_api_record_and_a_schema_org_article(tmp_path: Path) -> None:
    body = ("افتتحت البلدية صباح اليوم مكتبة جديدة للمكفوفين تضم كتبا مسموعة.\n"
            "وقال مدير المكتبة إن القاعة ستفتح أبوابها يوميا.")
    # NewsAPI's shape: its date is "publishedAt" and its source an object
    a = load_article(write(tmp_path, "api.json", json.dumps({
        "source": {"id": None, "name": "Al Arabiya"}, "author": "سارة أحمد",
        "title": "افتتاح مكتبة للمكفوفين", "description": "مكتبة جديدة للمكفوفين.",
        "url": "https://example.com/a", "publishedAt": "2026-03-01T10:00:00Z",
        "content": body})))
    assert (a.publisher, a.published and a.published.isoformat(), a.summary) == (
        "Al Arabiya", "2026-03-01T10:00:00+00:00", "مكتبة جديدة للمكفوفين.")
    # a CMS's schema.org NewsArticle (JSON-LD), in an @graph: it was refused with
    # "'title' is a required property"
    b = load_article(write(tmp_path, "ld.json", json.dumps({
        "@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Riverside News"},
            {"@type": "NewsArticle", "headline": "افتتاح مكتبة للمكفوفين",
             "author": [{"@type": "Person", "name": "سارة أحمد"},
                        {"@type": "Person", "name": "منى خالد"}],
             "datePublished": "2026-03-01T10:00:00Z", "inLanguage": "ar",
             "keywords": "مكتبات, مكفوفون", "articleSection": "محليات",
             "publisher": {"@type": "Organization", "name": "نشرة المدينة"},
             "articleBody": body}]})))
    assert b.title == "افتتاح مكتبة للمكفوفين"
    assert [x.name for x in b.authors] == ["سارة أحمد", "منى خالد"]
    assert (b.published and b.published.isoformat(), b.publisher, b.section, b.tags) == (
        "2026-03-01T10:00:00+00:00", "نشرة المدينة", "محليات", ("مكتبات", "مكفوفون"))
    assert [plain_text(x.spans) for x in b.blocks if isinstance(x, Paragraph)] == \
        body.split("\n")


@pytest.mark.parametrize("head", [
    # Hugo's TOML front matter and Pandoc's title block were "the article has no title"
    '+++\ntitle = "River volunteers clear rubbish"\ndate = 2026-03-01T10:00:00Z\n'
    'author = "Mary Holt"\ntags = ["river", "volunteers"]\n+++\n',
    "% River volunteers clear rubbish\n% Mary Holt\n% 2026-03-01T10:00:00Z\n",
    # Jekyll's names: "categories", "description", "lastmod"
    '---\nlayout: post\ntitle: "River volunteers clear rubbish"\nauthor: Mary Holt\n'
    "date: 2026-03-01 10:00:00 +0000\ncategories: [river, volunteers]\n---\n",
])
def test_front_matter_of_static_site_generators(tmp_path: Path, head: str) -> None:
    a = load_article(write(tmp_path, "post.md", head + "\nVolunteers cleared forty bags "
                                                      "of rubbish from the river bank.\n"))
    assert a.title == "River volunteers clear rubbish"
    assert [x.name for x in a.authors] == ["Mary Holt"]
    assert a.published is not None and a.published.isoformat() == "2026-03-01T10:00:00+00:00"
    if "%" not in head:
        assert a.tags == ("river", "volunteers")
    assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
        "Volunteers cleared forty bags of rubbish from the river bank."]


def test_an_article_without_a_title_takes_its_opening_words(tmp_path: Path) -> None:
    # it was refused with "the article has no title": nothing is lost, the file is named
    src = write(tmp_path, "post.md", "---\nlang: en\n---\n\nVolunteers cleared forty "
                                     "bags, the council said.\n")
    with pytest.warns(ArtexportWarning, match=r"post\.md: no headline found"):
        a = load_article(src)
    assert a.title == "Volunteers cleared forty bags"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # what --strict does
        with pytest.raises(ArtexportWarning):
            load_article(src)


@pytest.mark.parametrize(("line", "authors", "dateline", "published"), [
    ("*By Mary Holt, 1 March 2026*", ["Mary Holt"], None, "2026-03-01"),
    ("كتب: سارة أحمد - الرياض", ["سارة أحمد"], "الرياض", None),
])
def test_a_byline_under_the_markdown_title_is_the_byline(
        tmp_path: Path, line: str, authors: list[str], dateline: str | None,
        published: str | None) -> None:
    # it was read as the article's first paragraph, and the editions named no author
    a = load_article(write(tmp_path, "post.md", f"# River bank cleared\n\n{line}\n\n"
                                                "Volunteers cleared forty bags.\n"))
    assert [x.name for x in a.authors] == authors and a.dateline == dateline
    assert (a.published.date().isoformat() if a.published else None) == published
    assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
        "Volunteers cleared forty bags."]


def test_invisible_text_is_no_title_and_no_paragraph(tmp_path: Path) -> None:
    # a first paragraph of bidi marks or zero-width spaces was taken for the title,
    # which came out empty (an empty <dc:title>: EPUBCheck errors), and stayed as text
    for invisible in ("\u200f\u200e\u200f", "\u200b\u200b\u200b"):
        src = write(tmp_path, "post.md", f"{invisible}\n\nVolunteers cleared the bank.\n")
        with pytest.warns(ArtexportWarning, match="no headline found"):
            a = load_article(src)
        assert a.title == "Volunteers cleared the bank"
        assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
            "Volunteers cleared the bank."]


def test_a_date_in_a_local_mean_time_is_written_in_utc(tmp_path: Path) -> None:
    # Damascus was +02:25:12 in 1850: an offset with seconds is in no date format an
    # edition writes (EPUBCheck RSC-005)
    a = load_article(write(tmp_path, "old.md", "---\ntitle: t\npublished: 1850-01-01\n"
                                               "timezone: Asia/Damascus\n---\n\ntext\n"))
    assert a.published is not None and a.published.isoformat() == "1849-12-31T21:34:48+00:00"


def test_malformed_toml_front_matter_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"post\.md: malformed front matter"):
        load_article(write(tmp_path, "post.md", '+++\ntitle = "unclosed\n+++\n\nText.\n'))


def test_json_schema_violation_names_the_place(tmp_path: Path) -> None:
    src = write(tmp_path, "a.json", json.dumps(
        {"title": "t", "blocks": [{"kind": "paragraph", "text": 5}]}))
    with pytest.raises(ArticleError, match=r"a\.json: does not match the article schema at "
                                           r"blocks/0"):
        load_article(src)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("article.md", b"", "file is empty"),
    ("article.md", b"  \n\n", "file is empty"),
    ("article.md", "---\ntitle: ok\n---\n\nنص ".encode() + b"\xff\n", "not valid UTF-8 "
                   "(byte 0xff at line 5"),
    ("article.md", b"---\ntitle: [unclosed\n---\n\ntext\n",
     "malformed front matter at line 3: expected ',' or ']', but got '<stream end>' "
     "(while parsing a flow sequence at line 2)"),
    ("article.md", b"---\ntitle: t\nno end\n", "no closing '---'"),
    ("article.md", b"---\n- a list\n---\ntext\n", "front matter must be a mapping"),
    ("article.md", b"---\ntitle: t\nlang: 12 3\n---\n\ntext\n", "is not a language tag"),
    ("article.md", b"---\ntitle: t\npublished: yesterday\n---\n\ntext\n", "not an ISO 8601"),
    ("article.md", b"---\nlang: en\n---\n\n![a photo](a.png)\n", "no headline found"),
    ("article.md", b"# Title only\n", "has no body text"),
    ("article.md", b"+++\ntitle = 't'\nx = " + b"9" * 5000 + b"\n+++\n\ntext\n",
     "a number of too many digits in the front matter"),
    ("article.md", b"+++\ntitle = 't'\n\ntext\n", "no closing '+++'"),
    ("article.md", b"+++\ntitle = 't'\nx = " + b"9" * 2000 + b"\n+++\n\ntext\n",
     "a number of more than 1000 digits in the front matter"),
    # (a Jekyll alias is checked as the field it stands for)
    ("article.md", b"---\ntitle: t\ndescription: '" + b"word " * 50_000 + b"'\n---\n\ntext\n",
     "summary is 250000 characters, over the limit of 200000"),
    ("article.md", b"---\ntitle: t\nauthor: '" + b"A" * 5000 + b"'\n---\n\ntext\n",
     "authors: 5000 characters in one entry, over the limit of 1000"),
    ("article.json", b'{"@context": "https://schema.org", "@type": "Recipe", "name": "x"}',
     "a schema.org document, but no article in it"),
    ("article.md", b"# t\n\n\x00\x01binary", "binary"),
    ("article.json", b"{not json", "invalid JSON at line 1"),
    ("article.json", b"[1, 2]", "must be an object"),
    ("article.doc", b"text", "unsupported file type .doc"),
])
def test_bad_input_gives_one_clear_error(tmp_path: Path, name: str, content: bytes,
                                         message: str) -> None:
    src = write(tmp_path, name, content)
    with pytest.raises(ArticleError) as info:
        load_article(src)
    assert str(src) in str(info.value) and message in str(info.value)


def test_missing_image_referenced_by_markdown_or_json_is_an_error(tmp_path: Path) -> None:
    md = write(tmp_path / "md", "article.md", "# t\n\ntext\n\n![alt](gone.png)\n")
    with pytest.raises(ArticleError, match=r"image 'gone\.png' is referenced but missing"):
        load_article(md)
    js = write(tmp_path / "js", "article.json", json.dumps({
        "title": "t", "lead_image": {"kind": "figure", "image": {"src": "gone.jpg"}},
        "blocks": [{"kind": "paragraph", "text": "x"}]}))
    with pytest.raises(ArticleError, match=f"{js}: image 'gone.jpg' is referenced but missing"):
        load_article(js)


@pytest.mark.parametrize("src", ["../secret.png", "/etc/passwd", "file:///etc/passwd",
                                 "http://127.0.0.1/x.png", "https://example.com/a.jpg",
                                 "data:image/png;base64,AAAA"])
def test_unsafe_image_references_are_neutralised_with_a_warning(tmp_path: Path,
                                                                src: str) -> None:
    png(tmp_path / "secret.png")
    folder = tmp_path / "art"
    write(folder, "article.md", f"# t\n\ntext\n\n![alt]({src})\n")
    with pytest.warns(ArtexportWarning, match="not rendered"):
        a = load_article(folder)
    figure = next(b for b in a.blocks if isinstance(b, Figure))
    assert figure.image.path is None and figure.image.src == src


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    png(tmp_path / "outside.png")
    folder = tmp_path / "art"
    write(folder, "article.md", "# t\n\ntext\n\n![alt](inside.png)\n")
    (folder / "inside.png").symlink_to(tmp_path / "outside.png")
    with pytest.warns(ArtexportWarning, match="resolves outside the article folder"):
        a = load_article(folder)
    assert next(b for b in a.blocks if isinstance(b, Figure)).image.path is None


def test_image_checks_happen_before_decoding(tmp_path: Path) -> None:
    folder = tmp_path / "art"
    write(folder, "article.md", "# t\n\ntext\n\n![alt](big.png)\n")
    # 20000 x 20000 pixels: a decompression bomb that is tiny on disk
    PILImage.new("1", (20000, 20000)).save(folder / "big.png")
    with pytest.raises(ArticleError, match="more pixels than the limit of 50000000 pixels"):
        load_article(folder)
    PILImage.new("1", (8000, 8000)).save(folder / "big.png")  # 64 Mpx: ours, not Pillow's
    with pytest.raises(ArticleError, match="8000x8000 pixels, over the limit of 50000000"):
        load_article(folder)
    (folder / "big.png").write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    with pytest.raises(ArticleError, match="image format SVG is not supported"):
        load_article(folder)


def test_folder_source_order_and_ambiguity(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "# b\n\nx\n")
    assert find_source(tmp_path).name == "b.md"
    write(tmp_path, "article.json", json.dumps({"title": "j", "blocks": []}))
    assert find_source(tmp_path).name == "article.json"
    write(tmp_path, "article.md", "# a\n\nx\n")
    assert find_source(tmp_path).name == "article.md"
    other = tmp_path / "two"
    write(other, "one.md", "# 1\n\nx\n")
    write(other, "two.md", "# 2\n\nx\n")
    with pytest.raises(ArticleError, match="several markdown sources"):
        find_source(other)
    with pytest.raises(ArticleError, match="no article source in folder"):
        find_source(write(tmp_path / "empty" / "x", "notes.doc", "x").parent)


def test_bidi_controls_and_bom_are_removed_and_text_normalised(tmp_path: Path) -> None:
    src = write(tmp_path, "a.md", "\ufeff# عنوان\u200f\n\nنص\u202b مع\u00a0مسافة\ufeff.\n")
    a = load_article(src)
    assert a.title == "عنوان"
    assert plain_text(a.blocks[0].spans) == "نص مع مسافة."  # type: ignore[union-attr]


def test_block_limit(tmp_path: Path) -> None:
    from artexport.resources import Limits

    src = write(tmp_path, "a.md", "# t\n\n" + "\n\n".join(f"p{i}" for i in range(30)))
    with pytest.raises(ArticleError, match="30 blocks, over the limit of 10"):
        load_article(src, limits=Limits(max_blocks=10))


def test_errors_quote_untrusted_values_briefly(tmp_path: Path) -> None:
    """A 100 kB "date" from a feed must not become a 100 kB error message."""
    src = write(tmp_path, "a.md", f"---\ntitle: t\npublished: '{'9' * 100_000}'\n---\n\nx\n")
    with pytest.raises(ArticleError) as info:
        load_article(src)
    message = str(info.value)
    assert message.startswith(f"{src}: published '9999") and "...' is not an ISO 8601" in message
    assert len(message) < len(str(src)) + 300


def test_heading_levels_close_up_skipped_levels() -> None:
    def h(level: int) -> Heading:
        return Heading(level, (Span("x"),))

    blocks = [h(4), Paragraph((Span("p"),)), h(5), h(2), h(6), h(1)]
    # one below the previous at most; the title counts as level 1
    assert heading_levels(blocks) == {0: 2, 2: 3, 3: 2, 4: 3, 5: 1}
    # the PDF's headings start at 2 (its title is the only H1)
    assert heading_levels(blocks, lowest=2) == {0: 2, 2: 3, 3: 2, 4: 3, 5: 2}


def test_an_article_built_in_python_may_name_its_images_relative_to_its_folder(
        tmp_path: Path) -> None:
    import zipfile
    from dataclasses import replace

    import pikepdf
    from mutagen.id3 import ID3

    from artexport import export

    article = load_article(EXAMPLES / "ar-library-audiobooks")
    lead = article.lead_image
    assert lead is not None and lead.image.path is not None
    relative = replace(lead.image, path=Path(lead.image.path.name))
    built = replace(article, lead_image=replace(lead, image=relative))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)  # nothing dropped, nothing refused
        paths = {p.suffix: p for p in export(built, ["html", "epub", "pdf", "audio"],
                                             tmp_path)}
    assert "data:image/jpeg;base64," in paths[".html"].read_text(encoding="utf-8")
    with zipfile.ZipFile(paths[".epub"]) as book:
        assert any(n.startswith("EPUB/images/") for n in book.namelist())
    with pikepdf.open(paths[".pdf"]) as pdf:
        assert any(page.get_images() for page in pdf.pages)
    assert ID3(paths[".mp3"]).getall("APIC")

    # still confined: a relative path out of the folder is refused, with a warning
    outside = replace(lead.image, path=Path("..") / "en-river-cleanup" / "article.md")
    escaped = replace(article, lead_image=replace(lead, image=outside))
    with pytest.warns(ArtexportWarning, match="outside the article folder"):
        export(escaped, "epub", tmp_path / "escaped")


# ---- slugs from a relative path, news records read line by line (scrape's part) -------

def test_inspect_article_md_inside_its_own_folder(tmp_path: Path) -> None:
    """`artexport inspect article.md` run in the article's folder: the slug is the
    folder's name (the relative path's folder "." has none)."""
    import subprocess
    import sys

    folder = tmp_path / "river-cleanup"
    write(folder, "article.md", "---\ntitle: River cleanup\nlang: en\n---\n\nVolunteers met.\n")
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect", "article.md"],
                          cwd=folder, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["slug"] == "river-cleanup"


def test_a_folder_name_without_letters_gives_the_file_slug(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`artexport inspect article.md` inside a folder named "___" still reads the
    article (the folder names nothing; the file's stem does)."""
    folder = tmp_path / "___"
    write(folder, "article.md", "---\ntitle: River cleanup\nlang: en\n---\n\nVolunteers met.\n")
    monkeypatch.chdir(folder)
    assert load_article("article.md").slug == "article"
    assert load_article(".").slug == "article"


def test_relative_article_path_gives_the_folder_slug(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "خبر-المكتبة"
    write(folder, "index.html", "<html><body><h1>افتتاح المكتبة</h1><p>افتتحت البلدية "
                                "مكتبة ناطقة للمكفوفين في وسط المدينة اليوم.</p></body></html>")
    monkeypatch.chdir(folder)
    assert load_article("index.html").slug == "خبر-المكتبة"
    assert load_article(".").slug == "خبر-المكتبة"


def test_news_record_content_is_read_line_by_line(tmp_path: Path) -> None:
    """A dataset record's content keeps the scraper's leftovers: the date line, an end
    marker, a time; the author field is a byline. Each goes where it belongs."""
    src = write(tmp_path, "rec.json", json.dumps({
        "source": "wire", "title": "محليات / افتتاح مكتبة ناطقة في المدينة المنورة",
        "author": " المدينة المنورة: سعاد الحربي ", "date_extracted": "2023-03-25 20:00:00",
        "content": " المدينة المنورة 3 رمضان 1444 هـ الموافق 25 مارس 2023 م واس\n"
                   " افتتح أمير المنطقة اليوم مكتبة ناطقة تضم آلاف الكتب المسموعة للمكفوفين.\n"
                   " وتقدم المكتبة دورات في استخدام قارئات الشاشة طوال العام.\n"
                   " // انتهى //\n 14:05 ت م \n"}, ensure_ascii=False))
    a = load_article(src)
    assert a.title == "افتتاح مكتبة ناطقة في المدينة المنورة" and a.section == "محليات"
    assert [x.name for x in a.authors] == ["سعاد الحربي"]
    assert a.dateline == "المدينة المنورة (واس)"
    assert a.published is not None and a.published.isoformat() == "2023-03-25T14:05:00+03:00"
    assert [plain_text(b.spans) for b in a.blocks if isinstance(b, Paragraph)] == [
        "افتتح أمير المنطقة اليوم مكتبة ناطقة تضم آلاف الكتب المسموعة للمكفوفين.",
        "وتقدم المكتبة دورات في استخدام قارئات الشاشة طوال العام."]
    assert [(d.text, d.reason) for d in a.dropped] == [("// انتهى //", "end marker")]
    kept = load_article(src, keep_all=True)
    assert kept.dropped == () and "// انتهى //" in kept.plain_text()


def test_news_record_author_that_is_no_name_is_left_out(tmp_path: Path) -> None:
    src = write(tmp_path, "rec.json", json.dumps({
        "title": "خبر قصير", "author": "تم نشر هذا المحتوى على",
        "content": "السطر الأول من الخبر الذي يصف افتتاح المكتبة الناطقة.\n"}))
    a = load_article(src)
    assert a.authors == ()
    assert [(d.text, d.reason) for d in a.dropped] == [("تم نشر هذا المحتوى على",
                                                         "author field: not a name")]


def _wordpress_post(**changes: object) -> dict[str, object]:
    """A post as WordPress's REST API gives it with ``?_embed`` (New York's site time)."""
    post: dict[str, object] = {
        "id": 512, "date": "2026-03-09T08:30:00", "date_gmt": "2026-03-09T12:30:00",
        "modified": "2026-03-09T10:05:00", "modified_gmt": "2026-03-09T14:05:00",
        "slug": "river-library", "status": "publish", "type": "post",
        "link": "https://news.example.org/2026/03/09/river-library/",
        "title": {"rendered": "The river library opens its <em>audio room</em> &#8211; at last"},
        "content": {"protected": False, "rendered": (
            "<p>The river library opened its <strong>audio room</strong> on Monday, after "
            "two years of work by volunteers who recorded more than 300 books.</p>\n"
            "<h2>How to borrow</h2>\n<ul><li>Sign up at the desk.</li>"
            "<li>Choose a book from the spoken catalogue.</li></ul>\n"
            "<blockquote><p>Every reader deserves the whole shelf.</p></blockquote>\n"
            "<p>The room is open every day but Sunday.<script>alert(1)</script></p>"
            "<iframe src=\"https://ads.example.com/x\"></iframe>")},
        "excerpt": {"protected": False, "rendered": "<p>The river library opened its "
                                                    "audio room on Monday [&hellip;]</p>"},
        "author": 3,
        "_embedded": {"author": [{"id": 3, "name": "Ruth Okafor"}],
                      "wp:term": [[{"taxonomy": "category", "name": "City &amp; Culture"}],
                                  [{"taxonomy": "post_tag", "name": "libraries"},
                                   {"taxonomy": "post_tag", "name": "accessibility"}]]}}
    post.update(changes)
    return post


def test_a_wordpress_post_is_read_as_its_page(tmp_path: Path) -> None:
    """A WordPress REST post (the export most newsroom sites give) was refused ("a news
    record needs 'title' and 'content' as text"): its HTML is read as the page it makes,
    with the site's time zone from its two clocks and the names of its terms."""
    a = load_article(write(tmp_path, "post.json", json.dumps(_wordpress_post())))
    assert a.title == "The river library opens its audio room – at last" and a.lang == "en"
    assert [type(b).__name__ for b in a.blocks] == [
        "Paragraph", "Heading", "ListBlock", "Quote", "Paragraph"]
    assert a.blocks[-1] == Paragraph((Span("The room is open every day but Sunday."),))
    assert "alert" not in a.plain_text() and "ads.example" not in a.to_json()
    assert [x.name for x in a.authors] == ["Ruth Okafor"]
    assert a.published == datetime(2026, 3, 9, 8, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert a.updated is not None and a.updated.isoformat() == "2026-03-09T10:05:00-04:00"
    assert a.source_url == "https://news.example.org/2026/03/09/river-library/"
    assert a.section == "City & Culture" and a.tags == ("libraries", "accessibility")
    assert a.summary is None  # WordPress's own excerpt: the text's first words again
    own = _wordpress_post(excerpt={"rendered": "<p>Volunteers recorded 300 books.</p>"})
    assert load_article(write(tmp_path, "own.json", json.dumps(own))).summary == \
        "Volunteers recorded 300 books."
    locked = _wordpress_post(content={"protected": True, "rendered": ""})
    with pytest.raises(ArticleError, match=r"locked\.json.*password-protected"):
        load_article(write(tmp_path, "locked.json", json.dumps(locked)))


def test_a_news_record_whose_content_is_html_is_read_as_its_page(tmp_path: Path) -> None:
    """A record's content given as HTML (CMS exports, some scrapers) had its tags read as
    words: "<", "p", ">" were printed and spoken around every paragraph."""
    src = write(tmp_path, "rec.json", json.dumps({
        "title": "افتتاح مكتبة ناطقة", "author": "سعاد الحربي", "date": "2026-03-25T10:00:00+03:00",
        "source": {"name": "وكالة الأنباء"}, "tags": ["مكتبات"],
        "content": "<p>افتتح أمير المنطقة اليوم مكتبة ناطقة تضم آلاف الكتب المسموعة.</p>"
                   "<h2>الخدمات</h2><ul><li>دورات في قارئات الشاشة &amp; تسجيل الكتب.</li>"
                   "<li>إعارة مجانية.</li></ul>"}, ensure_ascii=False))
    a = load_article(src)
    assert [type(b).__name__ for b in a.blocks] == ["Paragraph", "Heading", "ListBlock"]
    assert "<" not in a.plain_text() and "دورات في قارئات الشاشة & تسجيل الكتب." in \
        a.plain_text()
    assert [x.name for x in a.authors] == ["سعاد الحربي"] and a.tags == ("مكتبات",)
    assert a.published is not None and a.published.isoformat() == "2026-03-25T10:00:00+03:00"
    assert a.publisher == "وكالة الأنباء"
    # a text that names a tag is text ("x<y<z" and the words after "<p>" were lost)
    text = write(tmp_path, "text.json", json.dumps({
        "title": "HTML for beginners", "content": "The tag <p> starts a paragraph in "
        "HTML, and x<y<z chains comparisons in Python.\nThe symbol <br> breaks a line."}))
    assert load_article(text).plain_text().splitlines()[1:] == [
        "The tag <p> starts a paragraph in HTML, and x<y<z chains comparisons in Python.",
        "The symbol <br> breaks a line."]


def test_a_static_sites_template_tags_are_written_as_markdown(tmp_path: Path) -> None:
    """Hugo's shortcodes and Jekyll's Liquid tags in a post were printed and read aloud
    ("{{< figure src=..."): a figure is a figure, highlighted code is code, a box keeps
    its text, an embed of something else is left out with a warning naming it; a post
    that quotes a shortcode in code keeps it."""
    png(tmp_path / "workshop.png")
    png(tmp_path / "map.png")
    src = write(tmp_path, "post.md", """+++
title = "ورشة لتعليم برايل"
+++

نظمت المكتبة ورشة لتعليم طريقة برايل للكبار.

{{< figure src="workshop.png" alt="متدربون حول طاولة" caption="متدربون خلال الورشة" >}}

{{< youtube dQw4w9WgXcQ >}}

{{% notice tip %}}
التسجيل مجاني لكل الأعمار.
{{% /notice %}}

{{< highlight python >}}
print("braille")
{{< /highlight >}}

{% include figure.html image="map.png" caption="خريطة القاعة" %}

{{< figure src="/images/hall.jpg" caption="القاعة من الخارج" >}}

يكتب الموقع `{{< tweet user="x" id="1" >}}` لتضمين تغريدة و`{{ page.title }}`،
وعنوانه {{ site.url }} هنا.

```
{{< figure src="in-code.png" >}}
```
""")
    with pytest.warns(ArtexportWarning) as caught:
        a = load_article(src)
    said = " ".join(str(w.message) for w in caught)
    assert "template tags left out, nothing of the article's to show: youtube" in said
    # (an image the site serves from elsewhere: the article is kept, with its caption)
    assert "not beside the article, their captions kept as text: /images/hall.jpg" in said
    kinds = [type(b).__name__ for b in a.blocks]
    assert kinds == ["Paragraph", "Figure", "Paragraph", "Preformatted", "Figure",
                     "Paragraph", "Paragraph", "Preformatted"]
    first, second = (b for b in a.blocks if isinstance(b, Figure))
    assert (first.image.src, first.image.alt, plain_text(first.caption)) == (
        "workshop.png", "متدربون حول طاولة", "متدربون خلال الورشة")
    assert (second.image.src, plain_text(second.caption)) == ("map.png", "خريطة القاعة")
    assert plain_text(a.blocks[2].spans) == "التسجيل مجاني لكل الأعمار."
    assert a.blocks[3] == Preformatted('print("braille")', language="python")
    assert plain_text(a.blocks[5].spans) == "القاعة من الخارج"
    # a template's variable named in the prose is the author's word ("{{ site.url }}")
    assert plain_text(a.blocks[6].spans) == ('يكتب الموقع {{< tweet user="x" id="1" >}} '
                                             'لتضمين تغريدة و{{ page.title }}، وعنوانه '
                                             '{{ site.url }} هنا.')
    assert a.blocks[7] == Preformatted('{{< figure src="in-code.png" >}}')
    assert "{{" not in "".join(plain_text(b.spans) for b in a.blocks[:3] if
                               isinstance(b, Paragraph))


def test_truncated_image_is_refused_after_weasyprint_loaded(tmp_path: Path) -> None:
    """WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import: the check
    must hold in a process (a batch worker, a test run) that rendered a PDF before."""
    import io
    import os

    import weasyprint  # noqa: F401  (its import flips the flag)
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
    write(tmp_path, "article.md", "# Tide tables\n\nThe harbour office has new tables.\n\n"
                                  "![x](photo.jpg)\n")
    buf = io.BytesIO()
    PILImage.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3)).save(buf, "JPEG")
    (tmp_path / "photo.jpg").write_bytes(buf.getvalue()[: len(buf.getvalue()) * 2 // 3])
    with pytest.raises(ArticleError, match="image file is truncated"):
        load_article(tmp_path)
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # left as WeasyPrint wants it


def test_markdown_marks_a_run_s_language_as_pandoc_and_html_do(tmp_path: Path) -> None:
    """``[words]{lang=fr}``, a link's ``{lang=de}`` and an inline ``<span lang="fa">``
    mark runs in another language (the braces were printed and read aloud, the tags
    dropped with their language); nested and stray tags close what they opened."""
    src = tmp_path / "article.md"
    src.write_text("---\ntitle: Talks\nlang: en\n---\n\n"
                   "She said [nous avons]{lang=fr} and read <span lang=\"fa\">دل به "
                   "<b>دریا</b> زدم</span> from [the book](https://example.org){lang=de}"
                   " then <i>left</i></span>.\n", encoding="utf-8")
    spans = load_article(src).blocks[0].spans
    marked = [(s.text, s.lang) for s in spans if s.lang]
    assert ("nous avons", "fr") in marked and ("the book", "de") in marked
    assert "".join(t for t, lang in marked if lang == "fa") == "دل به دریا زدم"
    assert plain_text(spans) == "She said nous avons and read دل به دریا زدم from the book " \
        "then left."
    assert not [s for s in spans if s.text in (" then ", "left", ".") and s.lang]
