"""The same content in every edition: the large-print page, the EPUB, the PDF's text
layer and the narration hold the same words, as many times each.

For every bundled example and every text of ../shared/corpus, each edition's words are
compared, as a multiset, with the large-print page's (one test per text and edition).
What is read:

* **html**: the page's visible document (``<body>`` without scripts and styles);
* **epub**: the ``<body>`` of every spine document but the navigation document (the
  table of contents repeats the headings: it is the book's own page, not the article);
* **pdf**: poppler's text layer (``pdftotext -raw``), made without the running head and
  page numbers -- pagination artifacts, outside the tag tree, not content;
* **speech**: the speech plan (:func:`artexport.narration.plan_speech`): each sentence
  as written (:attr:`SpokenSentence.text`), the text the engine text is made from
  before numbers, dates and marks are put into words and the diacritizer adds vowels.
  So the narration is held to the same words without normalising digits or vowels.

What an edition adds around the article is taken out of every edition alike, from the
edition's own tables, never from a hand list: every label of the article's label table
(:mod:`artexport.edition.labels`: "Published", "By", the reader controls' names), the
dates as the edition prints them (:attr:`Edition.dates`; the narration says them in
words, so its date sentences are checked to exist instead), and the link to the source
(``article.source_url``) where an edition prints it. Three more differences are the
formats' own and are stated, not hidden: the PDF prints an ordered list's item numbers as
text where the page and the book draw CSS markers (one number per item is taken out of
the PDF), program code is never read aloud (the speech is compared with the page without
its code), and a word is letters of one script, so "و5" or "IDEها" is two words in every
edition (the PDF's text layer sets runs of another direction apart), with a non-joiner
at a word's edge or doubled -- invisible, joining nothing -- dropped.

Check of the check: with the caption left out of the PDF's figure template, the examples'
``pdf`` cases fail (the caption's words are missing); with main's narration (no byline,
standfirst, section or lead caption), 18 of the 21 ``speech`` cases fail; without the
credits in the narration, the credits fixture's ``speech`` case fails.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import unicodedata
import warnings
import zipfile
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lhtml
from PIL import Image as PILImage

from artexport import Article, get_exporter, load_article
from artexport.edition import Edition, labels
from artexport.edition.labels import TABLES
from artexport.markup import readable_url, safe_href
from artexport.model import Figure, ListBlock, Preformatted, Span
from artexport.narration import AudioOptions, plan_speech
from conftest import CORPUS, EXAMPLES, example_dirs, require_shared

CORPUS_SUFFIXES = {".html", ".htm", ".txt", ".json", ".md"}
EDITIONS = ("epub", "pdf", "speech")

# invisible direction controls (poppler adds some around runs): not text
_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# a word: letters of one script with their marks and non-joiners, or a run of digits.
# "و5" or "IDEها", a letter joined to a number or a Latin run, is two words: the PDF's
# text layer sets runs of another direction apart.
_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_WORD = re.compile(f"(?:(?=[{_ARABIC_LETTERS}])[^\\W\\d_]|[{_MARKS}]|\u200c)+"
                   f"|(?:(?![{_ARABIC_LETTERS}])[^\\W\\d_])+|\\d+")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _sources() -> list[str]:
    found = ["fixture/credits"] + [f"examples/{p.name}" for p in example_dirs()]
    if CORPUS.is_dir():
        found += [f"corpus/{p.name}" for p in sorted(CORPUS.iterdir())
                  if p.is_file() and p.suffix in CORPUS_SUFFIXES and p.name != "SOURCES.md"]
    else:
        found.append("corpus/(absent)")
    return found


# Written for this test: an article whose lead image and body figure carry credits (no
# example or corpus text has one), so captions and credits are compared too.
CREDITS_MD = """\
---
title: سوق الخضار يعود إلى ساحة البلدة
lang: ar
authors: [سلمى حداد]
published: 2025-03-02T10:00:00+02:00
summary: بعد ترميم الساحة عاد الباعة إلى أكشاكهم القديمة.
image:
  src: square.png
  alt: ساحة فيها أكشاك خضار
  caption: الساحة صباح يوم الافتتاح
  credit: رامي خليل
---

افتتحت البلدية ساحة السوق بعد ستة أشهر من الترميم، وعاد إليها أربعون بائعًا.

وقال أحد الباعة إن الزبائن عادوا منذ الساعات الأولى، وإن الأسعار بقيت كما كانت.
"""


_TMP = tempfile.TemporaryDirectory(prefix="same-content-")  # removed when pytest exits


def credits_article(folder: Path) -> Article:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(CREDITS_MD, encoding="utf-8")
    PILImage.new("RGB", (64, 40), (200, 120, 40)).save(folder / "square.png")
    art = load_article(folder)
    assert art.lead_image is not None
    figure = Figure(replace(art.lead_image.image, credit="وكالة أنباء البلدة"),
                    (Span("الباعة يرتبون صناديق البرتقال"),))
    return art.with_changes(blocks=(art.blocks[0], figure, *art.blocks[1:]))


def _path(source: str) -> Path:
    kind, _, name = source.partition("/")
    if kind == "examples":
        return EXAMPLES / name
    return require_shared(CORPUS) / name


def clean(text: str) -> str:
    """NFC, without direction controls, white space collapsed."""
    return " ".join(_CONTROLS.sub("", unicodedata.normalize("NFC", text)).split())


def words(text: str) -> Counter[str]:
    """The words of ``text``. A non-joiner joins nothing at a word's edge or beside
    another: such invisible extras (a source's, which the PDF's text layer drops) go."""
    found = (re.sub("\u200c+", "\u200c", w).strip("\u200c") for w in _WORD.findall(text))
    return Counter(w for w in found if w)


@lru_cache(maxsize=8)
def article(source: str) -> Article:
    if source == "fixture/credits":
        return credits_article(Path(_TMP.name) / "market")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a scrape's missing photo
        return load_article(_path(source))


def html_text(art: Article) -> str:
    page = get_exporter("html")().render(art).data
    body = lhtml.document_fromstring(page).body
    for node in body.xpath(".//script | .//style | .//template"):
        node.drop_tree()
    return clean(body.text_content())


_OPF = {"opf": "http://www.idpf.org/2007/opf"}
_XHTML = {"x": "http://www.w3.org/1999/xhtml"}


def epub_text(art: Article) -> str:
    book = zipfile.ZipFile(io.BytesIO(get_exporter("epub")().render(art).data))
    container = etree.fromstring(book.read("META-INF/container.xml"))
    opf_name = container.xpath("//*[local-name()='rootfile']/@full-path")[0]
    opf = etree.fromstring(book.read(opf_name))
    base = opf_name.rpartition("/")[0]
    items = {i.get("id"): i for i in opf.xpath("//opf:manifest/opf:item", namespaces=_OPF)}
    texts = []
    for ref in opf.xpath("//opf:spine/opf:itemref/@idref", namespaces=_OPF):
        item = items[ref]
        if "nav" in (item.get("properties") or "").split():
            continue
        name = f"{base}/{item.get('href')}" if base else item.get("href")
        doc = etree.fromstring(book.read(name))
        (body,) = doc.xpath("//x:body", namespaces=_XHTML)
        texts.append("".join(body.itertext()))
    # the navigation document is left out above; it must not be the only document
    assert texts, "the EPUB has no content document in its spine"
    return clean(" ".join(texts))


def without_list_numbers(art: Article, found: Counter[str]) -> Counter[str]:
    """The PDF prints each ordered-list item's number as text (WeasyPrint's marker); the
    page and the book draw it with a CSS marker. Not the article's words: one number per
    item is taken out, in the digits it is printed in."""
    out = Counter(found)
    for block in art.blocks:
        if isinstance(block, ListBlock) and block.ordered:
            first = block.start if block.start is not None else 1
            for n in range(first, first + len(block.items)):
                western = str(n)
                eastern = western.translate(_ARABIC_INDIC)
                number = western if out[western] else eastern
                assert out[number], f"the PDF does not number item {n} of a list"
                out[number] -= 1
    return +out


def pdf_text(art: Article, tmp: Path) -> str:
    data = get_exporter("pdf")({"running_head": False, "page_numbers": False}).render(art).data
    pdf = tmp / "edition.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True, timeout=120).stdout
    return clean(out.decode())


def speech_sentences(art: Article) -> list[tuple[str, str]]:
    """(part, sentence as written) for every sentence the narration says."""
    plan = plan_speech(art, AudioOptions(cache_dir=None, diacritize=False))
    return [(s.part, clean(s.text)) for s in plan]


def label_phrases(lang: str) -> list[str]:
    """Every label of the article's label table a reader sees as words (formats and the
    list joiners are not labels on their own), longest first."""
    table = TABLES[labels(lang).lang]
    found = {clean(v).rstrip(":") for k, v in table.items()
             if "{" not in v and k not in ("and", "list_sep")}
    return sorted((p for p in found if p), key=len, reverse=True)


def remove_phrase(text: str, phrase: str) -> tuple[str, int]:
    """``text`` without whole-word occurrences of ``phrase``, and how many there were."""
    pattern = re.compile(rf"(?<![\w{_MARKS}]){re.escape(phrase)}(?![\w{_MARKS}])")
    return pattern.subn(" ", text)


def content_words(art: Article, edition: str, text: str) -> Counter[str]:
    """The article's words in an edition's text: its dates and the source link (where
    printed) checked and taken out, then every label of the label table."""
    view = Edition.of(art)
    for line in sorted(view.dates, key=lambda d: -len(d.text)):  # "..., 14:00" first
        text, n = remove_phrase(text, clean(line.text))
        assert n >= 1, f"the {edition} does not print the date {line.text!r}"
    # the address as editions print it: percent-escapes decoded (see markup.readable_url)
    url = readable_url(safe_href(art.source_url) or "") if art.source_url else ""
    printed = bool(url) and re.sub(r"\s", "", url) in re.sub(r"\s", "", text)
    for phrase in label_phrases(art.lang):
        text, _ = remove_phrase(text, phrase)
    found = words(text)
    return found - words(url) if printed else found


def speech_words(art: Article) -> Counter[str]:
    sentences = speech_sentences(art)
    parts = Counter(part for part, _ in sentences)
    for line in Edition.of(art).dates:
        part = "date" if line.key == "published" else line.key
        assert parts[part] >= 1, f"the narration does not say the {line.key} date"
    text = " ".join(t for part, t in sentences if part not in ("date", "updated"))
    for phrase in label_phrases(art.lang):
        text, _ = remove_phrase(text, phrase)
    return words(text)


def describe(expected: Counter[str], got: Counter[str], edition: str) -> str:
    missing = expected - got
    extra = got - expected
    return (f"{edition} differs from the large-print page: "
            f"missing {sum(missing.values())} words {list(missing.items())[:15]}, "
            f"extra {sum(extra.values())} words {list(extra.items())[:15]}")


@lru_cache(maxsize=4)
def page_words(source: str) -> Counter[str]:
    art = article(source)
    return content_words(art, "html", html_text(art))


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("source", _sources())
def test_same_words_as_the_page(source: str, edition: str, tmp_path: Path) -> None:
    art = article(source)
    page = page_words(source)
    assert page, "the large-print page has no words"
    if edition == "epub":
        other = content_words(art, edition, epub_text(art))
    elif edition == "pdf":
        other = without_list_numbers(art, content_words(art, edition,
                                                        pdf_text(art, tmp_path)))
    else:
        # program code is never read aloud (plan_speech): the page's code is left out
        code: Counter[str] = Counter()
        for block in art.blocks:
            if isinstance(block, Preformatted):
                code += words(clean(block.text))
        page = page - code
        other = speech_words(art)
    assert other == page, describe(page, other, edition)
