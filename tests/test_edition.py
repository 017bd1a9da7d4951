"""The edition view: one set of words for every format. The large-print page, the EPUB
and the PDF of an article print the same labels, byline, dates, topics and credits."""

from __future__ import annotations

import io
import re
import string
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from PIL import Image as PILImage

from artexport import load_article
from artexport.edition import LABEL_LANGUAGES, Edition, labels
from artexport.edition.labels import TABLES
from artexport.exporters.epub import EpubExporter
from artexport.exporters.html import LargePrintHtmlExporter
from artexport.exporters.pdf import PdfExporter
from artexport.model import Article, Figure, Paragraph, Span
from artexport.text.lang import script_of_language
from conftest import example_dirs

XHTML = "{http://www.w3.org/1999/xhtml}"

PROBE_MD = """---
title: مقال لاختبار كلمات الطبعات
lang: ar
authors:
  - name: ليلى ناصر
    role: محررة
  - سامي يوسف
  - name: Jane Roe
    role: Reuters
published: 2024-03-14T00:00:00+03:00
published_hijri: 3 رمضان 1445 هـ
updated: 2024-03-14T18:40:00+03:00
tags: [أخبار, تقنية]
publisher: نشرة الاختبار
url: https://example.org/story
image:
  src: photo.png
  alt: لوح أزرق
  caption: اللوح قبل تركيبه
  credit: نادر علي
---

فقرة أولى فيها ٣ أرقام شرقية و٤ أخرى و٥.

![لوح أزرق](photo.png "صورة لوح أزرق على سطح")

#### عنوان عميق

فقرة ثانية.
"""


def _probe(folder: Path) -> Path:
    folder.mkdir()
    (folder / "article.md").write_text(PROBE_MD, encoding="utf-8")
    buf = io.BytesIO()
    PILImage.new("RGB", (8, 6), (20, 60, 160)).save(buf, "PNG")
    (folder / "photo.png").write_bytes(buf.getvalue())
    return folder


def _norm(text: str) -> str:
    return " ".join(text.split())


def _lines(root: etree._Element, ns: str = "") -> dict[str, list[str]]:
    """The byline, date lines, topics and credits of one edition, as a reader sees them."""
    def text(el: etree._Element) -> str:
        return _norm("".join(el.itertext()))

    found: dict[str, list[str]] = {"byline": [], "date": [], "tags": [], "credit": [],
                                   "publisher": []}
    for el in root.iter(f"{ns}p", f"{ns}span"):
        cls = el.get("class") or ""
        if cls == "byline":
            found["byline"].append(text(el))
        elif cls == "date":
            found["date"].append(text(el))
        elif cls in ("tags", "topics"):
            found["tags"].append(text(el))
        elif cls == "credit":
            found["credit"].append(text(el))
        elif cls == "publisher":
            found["publisher"].append(text(el))
    return found


def _editions(folder: Path) -> dict[str, dict[str, list[str]]]:
    article = load_article(folder)
    page = LargePrintHtmlExporter().render(article).data
    html_root = lxml_html.fromstring(page)
    book = EpubExporter().render(article).data
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        xhtml = etree.fromstring(z.read("EPUB/article.xhtml"))
    print_page = lxml_html.fromstring(PdfExporter().render_html(article))
    return {"html": _lines(html_root), "epub": _lines(xhtml, XHTML),
            "pdf": _lines(print_page)}


@pytest.mark.parametrize("name", [p.name for p in example_dirs()] + ["probe"])
def test_every_edition_prints_the_same_labels_byline_and_dates(name: str,
                                                              tmp_path: Path) -> None:
    folder = _probe(tmp_path / "probe") if name == "probe" else \
        next(p for p in example_dirs() if p.name == name)
    editions = _editions(folder)
    # the print edition names the publication in its masthead, not at the foot
    assert editions["pdf"].pop("publisher") == []
    assert editions["html"]["publisher"] == editions["epub"].pop("publisher")
    publisher = editions["html"].pop("publisher")
    assert editions["html"] == editions["epub"] == editions["pdf"]
    article = load_article(folder)
    edition = Edition.of(article)
    assert publisher == ([f"{edition.labels.publisher}: {article.publisher}"]
                         if article.publisher else [])
    found = editions["html"]
    assert found["byline"] == ([edition.byline_text] if article.authors else [])
    assert found["date"] == [d.line for d in edition.dates]
    assert found["tags"] == ([f"{edition.labels.topics}: {edition.topics}"]
                             if article.tags else [])
    if name == "probe":
        assert found["credit"] == ["(الصورة: نادر علي)"]
        # the Hijri date the source gave, after the weekday, in the article's digits
        assert found["date"][0] == "نُشر في: الخميس ٣ رمضان ١٤٤٥ هـ الموافق ١٤ مارس ٢٠٢٤"


@pytest.mark.parametrize("name", [p.name for p in example_dirs()] + ["probe"])
def test_the_braille_edition_prints_the_same_byline_dates_and_credits(
        name: str, tmp_path: Path) -> None:
    """The braille edition's byline, date lines and image credits are the edition's,
    cell for cell as its table writes them (not a braille-only "تاريخ النشر", a byline
    without roles or a date without its weekday)."""
    braille = pytest.importorskip("artexport.exporters.braille",
                                  reason="liblouis is not installed")
    from artexport.exporters.braille.liblouis import LOUIS
    from artexport.exporters.braille.tables import choose_code

    folder = _probe(tmp_path / "probe") if name == "probe" else \
        next(p for p in example_dirs() if p.name == name)
    article = load_article(folder)
    edition = Edition.of(article)
    brf = braille.BrailleExporter().render(article).data.decode("ascii")
    text = " ".join(row.strip() for row in re.split("[\r\n\f]+", brf) if row.strip())
    tables = choose_code(article.lang, 1, None).tables
    figures = [f for f in (article.lead_image, *article.blocks)
               if isinstance(f, Figure) and f.caption]
    lines = ([edition.byline_text] if article.authors else []) + \
        [d.line for d in edition.dates] + \
        ["".join(s.text for s in edition.caption(f).credit) for f in figures]
    if name == "probe":  # roles in the byline, two dates, a credit
        assert len(lines) >= 4 and all(lines[:3])
    for line in filter(None, lines):
        # the tatweel ("هـ") only stretches print: braille writes the letter alone
        cells = LOUIS.translateString(["en-us-brf.dis", *tables], line.replace("\u0640", ""))
        assert cells in text, line


FRENCH_MD = """---
title: La médiathèque ouvre le dimanche
lang: fr
authors: [Claire Martin, Paul Durand]
published: 2025-03-01T09:05:00+01:00
updated: 2025-03-01T18:40:00+01:00
tags: [culture, ville]
publisher: Le Journal de test
---

La médiathèque de la ville ouvrira désormais le dimanche, a annoncé la mairie.

![Une salle de lecture](photo.png "La salle de lecture rénovée")

## Un essai de six mois

L'essai durera six mois.
"""


def test_a_french_article_reads_as_french_in_every_edition(tmp_path: Path) -> None:
    """The words the editions add were English for every language but Arabic, Persian
    and Urdu ("By Claire Martin", "Published: Saturday 1 March 2025", "Topics"), read
    aloud by the French voice ("bi", "pœblished") or the English one: they are now the
    language's own, in every edition and in the narration."""
    from artexport.narration import AudioOptions, plan_speech

    folder = _probe(tmp_path / "fr")
    (folder / "article.md").write_text(FRENCH_MD, encoding="utf-8")
    editions = _editions(folder)
    for name in ("html", "epub", "pdf"):
        editions[name].pop("publisher")
    assert editions["html"] == editions["epub"] == editions["pdf"]
    assert editions["html"] == {
        "byline": ["Par Claire Martin et Paul Durand"],
        "date": ["Publié: samedi 1er mars 2025, 09:05",
                 "Mis à jour: samedi 1er mars 2025, 18:40"],
        "tags": ["Sujets: culture, ville"], "credit": []}
    article = load_article(folder)
    page = LargePrintHtmlExporter().render(article).data.decode()
    assert not re.search(r'lang="en"', page)  # no label marked as English
    assert ">Réglages d'affichage<" in page.replace("&#39;", "'")
    book = EpubExporter().render(article).data
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        nav = z.read("EPUB/nav.xhtml").decode()
        opf = z.read("EPUB/content.opf").decode()
    assert "Table des matières" in nav and "Une édition accessible de l" in opf
    said = {s.part: s for s in plan_speech(article, AudioOptions(
        cache_dir=tmp_path / "cache"))}
    assert (said["byline"].voice, said["byline"].speech) == \
        ("fr", "Par Claire Martin et Paul Durand")
    assert (said["date"].voice, said["date"].speech) == \
        ("fr", "1er mars 2025, 9 heures 5")
    assert said["updated"].speech == "Mis à jour: 1er mars 2025, 18 heures 40"
    assert said["topics"].speech == "Sujets: culture, ville"


def test_a_regions_month_names_in_the_editions_and_the_narration(tmp_path: Path) -> None:
    """Austria's "Jänner": the editions printed Germany's "Januar" while the narration
    said "Jänner"."""
    from datetime import datetime

    from artexport.model import Article, Paragraph, Span

    story = Article(slug="s", title="Schnee in Wien", lang="de-AT", direction="ltr",
                    blocks=(Paragraph((Span("In Wien hat es geschneit."),)),),
                    published=datetime(2025, 1, 14))
    assert [d.line for d in Edition.of(story).dates] == [
        "Veröffentlicht: Dienstag, 14. Jänner 2025"]


def test_probe_reads_as_one_text(tmp_path: Path) -> None:
    edition = Edition.of(load_article(_probe(tmp_path / "probe")))
    # one byline form: roles in parentheses, "و" joined to an Arabic name but not to Jane
    assert edition.byline_text == "بقلم ليلى ناصر (محررة)، سامي يوسف و Jane Roe (Reuters)"
    # the article writes Eastern digits: so do its dates; a date-only source has no time
    assert [d.line for d in edition.dates] == [
        "نُشر في: الخميس ٣ رمضان ١٤٤٥ هـ الموافق ١٤ مارس ٢٠٢٤",
        "آخر تحديث: الخميس ١٤ مارس ٢٠٢٤، ١٨:٤٠"]
    assert edition.heading_levels == {2: 2}  # an h4 straight after the title is an h2


def test_pdf_text_carries_the_same_byline_and_dates(tmp_path: Path) -> None:
    folder = _probe(tmp_path / "probe")
    article = load_article(folder)
    pdf = tmp_path / "probe.pdf"
    pdf.write_bytes(PdfExporter().render(article).data)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True).stdout.decode()
    # The text layer keeps the marks ("نُشر"); \w does not match them, so fold them first.
    words = re.findall(r"\w+", re.sub("[\u200e\u200f\u202a-\u202e\u064b-\u0652]", "", text))
    edition = Edition.of(article)
    for line in (edition.byline_text, *(d.line for d in edition.dates)):
        expected = re.findall(r"\w+", line.replace("ُ", ""))
        got = [w.replace("ُ", "") for w in words]
        assert any(got[i:i + len(expected)] == expected for i in range(len(got))), line


def test_the_source_address_is_printed_as_its_words(tmp_path: Path) -> None:
    """An Arabic article's address is percent-encoded ("%D8%A7%D9%84..."), which a screen
    reader spells out: the PDF and the EPUB print it decoded, and link to it encoded; an
    address whose decoded form hides a direction override is printed as it is."""
    import urllib.parse

    from artexport.markup import readable_url

    path = "/news/2024/المكتبة-تفتح-ركنا"
    url = "https://example.org" + urllib.parse.quote(path)
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "article.md").write_text(
        f"---\ntitle: ركن جديد\nlang: ar\nurl: {url}\n---\n\nافتتحت المكتبة ركنا.\n",
        encoding="utf-8")
    article = load_article(folder)
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(PdfExporter().render(article).data)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True).stdout.decode()
    assert "%D8" not in text
    for word in ("example.org/news/2024/", "المكتبة", "تفتح", "ركنا"):
        assert word in text, word
    with zipfile.ZipFile(io.BytesIO(EpubExporter().render(article).data)) as z:
        page = next(z.read(n).decode() for n in z.namelist()
                    if n.endswith(".xhtml") and b'class="source"' in z.read(n))
    assert f'href="{url}"' in page and f">https://example.org{path}</bdi>" in page
    hidden = "https://example.org/a%E2%80%AEgpj.exe"
    assert readable_url(hidden) == hidden
    assert readable_url("https://example.org/%FF") == "https://example.org/%FF"


# ---- the label tables ----------------------------------------------------------------

def test_every_language_has_every_label_with_the_same_placeholders() -> None:
    assert set(LABEL_LANGUAGES) >= {"ar", "fa", "ur", "en", "fr", "es", "de", "it", "pt",
                                    "nl", "tr", "id", "he"}
    formatter = string.Formatter()
    english = TABLES["en"]
    for lang, table in TABLES.items():
        assert table.keys() == english.keys(), lang
        for key, text in table.items():
            assert text.strip() or key in ("and", "list_sep"), (lang, key)
            fields = {f for _, f, _, _ in formatter.parse(text) if f}
            assert fields == {f for _, f, _, _ in formatter.parse(english[key]) if f}, key
            if script_of_language(lang) != "latin":  # written in its own script
                assert not re.search("[A-Za-z]", re.sub(r"{\w+}", "", text)), (lang, key)
        if lang != "en":  # translated: a table copied from English would pass the above
            same = [key for key, text in table.items() if text == english[key]]
            assert len(same) <= 5, (lang, same)  # "Normal", "Source", ", " ...


def test_unknown_language_falls_back_to_english_marked_as_such() -> None:
    swedish = labels("sv-SE")
    assert (swedish.lang, swedish.foreign, swedish.published) == ("en", True, "Published")
    french = labels("fr-CA")
    assert (french.lang, french.foreign, french.published) == ("fr", False, "Publié")
    assert labels("de").join(["Anna", "Jonas", "Lea"]) == "Anna, Jonas und Lea"
    assert labels("he").join(["דנה", "יוסי"]) == "דנה ויוסי"  # "ו" joins the word
    assert labels("he").join(["דנה", "Jane"]) == "דנה ו Jane"
    urdu = labels("ur-PK")
    assert (urdu.lang, urdu.foreign, urdu.direction) == ("ur", False, "rtl")
    assert urdu.paragraphs_title(2, 4) == "پیراگراف 2 تا 4"  # for the audio's chapters
    assert labels("fa").paragraphs_title(3, 3) == "بند 3"
    assert labels("en").join(["A", "B", "C"]) == "A, B and C"
    assert labels("fa").join(["علی", "مریم"]) == "علی و مریم"
    assert labels("ar").join(["ليلى", "سامي"]) == "ليلى وسامي"


def test_english_labels_date_in_western_digits() -> None:
    """A language without labels prints its dates in English, marked English: in the
    article's Eastern digits they read "Thursday ٢ May ٢٠٢٤" to an English voice."""
    story = Article(slug="k", title="کتێبخانە", lang="ckb", direction="rtl",
                    blocks=(Paragraph((Span("زیاتر لە ٣٠٠ کتێبی تێدایە و ١٢ ژووری هەیە."),)),),
                    published=datetime(2024, 5, 2, 10, 0))
    assert [d.line for d in Edition.of(story).dates] == [
        "Published: Thursday 2 May 2024, 10:00"]


def test_a_summary_that_repeats_part_of_the_subtitle_is_printed_and_said_once() -> None:
    """A page's description is its first sentence, which the reader took as the subtitle
    with the dateline before it: both were printed, and the listener heard it twice."""
    from artexport.model import Article, Paragraph, Span

    first = "A muddled view of the trade talks once again weighs on investors."
    story = Article(slug="s", title="Investors wait", lang="en", direction="ltr",
                    blocks=(Paragraph((Span("Markets were mixed on Tuesday."),)),),
                    subtitle=f"Hong Kong {first}", summary=first)
    assert Edition.of(story).summary == ()
    other = Article(slug="s", title="Investors wait", lang="en", direction="ltr",
                    blocks=story.blocks, subtitle="Markets in Asia", summary=first)
    assert Edition.of(other).summary != ()
