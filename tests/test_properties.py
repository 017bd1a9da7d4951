"""Property-based tests: arbitrary Unicode articles through every exporter.

Hypothesis builds :class:`~artexport.model.Article` values whose text mixes everything a
wire feed or a scrape can carry: bidi controls and isolates, ZWJ/ZWNJ, tashkeel and
tatweel, Arabic, Persian, Hebrew and Latin runs, Eastern digits, emoji (ZWJ sequences,
skin tones, flags), C0/C1 control characters, noncharacters, markup and XML specials.

Two properties per exporter (``html``, ``epub``, ``pdf``, ``audio``, looked up by name
through :func:`~artexport.get_exporter`, as a user would):

* **loaded**: the article is written as JSON and read back by the loader (so it is
  exactly what a user's article can become); the export must succeed and its output
  must pass the exporter's own structural checks below;
* **raw**: the article goes straight to the exporter (the Python API does no
  validation); the export either writes output that passes the same checks, or raises
  the documented :class:`~artexport.errors.ArtexportError` and leaves no file behind.

Structural checks (also used by ``test_hostile.py``):

* HTML parses with ``lxml.html``, has ``<html lang dir>`` matching the article, no
  ``on*`` attribute, no script but the exporter's own reader-controls script (compared
  with ``templates/html/reader.js``), no external URL in any ``src``/``href``/``action``
  (``data:`` images and fonts, ``#fragments``, and http(s)/mailto links in ``<a>`` only),
  no ``@import`` and no non-``data:`` ``url()`` in CSS;
* EPUB is a zip with an uncompressed ``mimetype`` first, no entry outside the book,
  every manifest item present, every XHTML/OPF/NCX file well-formed XML, the same
  script/URL rules, ``dc:language`` equal to the article's language; EPUBCheck runs on
  a handful of the generated books only (it is slow);
* PDF: what a user gets: pikepdf opens it, it is tagged (``/MarkInfo /Marked``, a
  ``/StructTreeRoot`` with structure elements), has ``/Lang``, every font is embedded,
  and ``pdftotext`` extracts text holding the article's letters;
* audio: mutagen reads an MP3 with a positive duration, and the ``.vtt`` beside it
  parses (``WEBVTT`` header, ordered cues inside the audio).

A refusal of a raw article passes only when the input is invalid by the documented
rules: the loader refuses its JSON form, or it is one of the exporter's documented
refusals (a crash wrapped as "export failed" never passes).

Fonts are subset for real (fontTools, each article its own character set), so the
example counts are bounded: every example costs at most a few seconds. Profiles come
from ``conftest.py``: ``ci`` (derandomized, the default under ``CI=true``), ``dev`` (random,
failures kept in ``.hypothesis/examples``), ``long`` (16 times the examples):
``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``.
"""

from __future__ import annotations

import functools
import io
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html
from PIL import Image as PILImage

from artexport import get_exporter, load_article
from artexport.errors import ArtexportError, ArticleError, ExportError
from artexport.model import (
    Article,
    Author,
    Block,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
)
from artexport.paths import templates_dir
from conftest import HYPOTHESIS_PROFILE, require_tool
from epubcheck_reports import epubcheck_reports, problems

# ---- settings ---------------------------------------------------------------------------

PROFILE = HYPOTHESIS_PROFILE  # chosen in conftest.py
_SCALE = 16 if PROFILE == "long" else 1


def examples(n: int) -> settings:
    """Settings for one property: ``n`` examples, ``16 n`` in the long profile."""
    return settings(max_examples=n * _SCALE)


# ---- text strategies ------------------------------------------------------------------

BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
JOINERS = "\u200c\u200d\u2060\ufeff\u00ad"
TASHKEEL = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0640"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"
PERSIAN = "پچژگکی"
HEBREW = "אבגדהוזחטיכלמנסעפצקרשת"
LATIN = "abcdefghijklmnopqrstuvwxyzABCXYZéüçñß"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
PUNCT = " .,;:!?،؛؟«»()[]{}-–—…'\"/\\@#%&*+=~`|^_$"
MARKUP = "<>&\"']]>--"
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇸🇦", "🇵🇸", "❤️", "☪️", "🧕🏾", "1️⃣"]
CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
ODD = "\u00a0\u2028\u2029\u3000\ufffd\ufffe\uffff\U0001d4d0\u0301\u0308\ufdfd\ufdfa\ufb01"

_PIECES = st.one_of(
    st.sampled_from(ARABIC), st.sampled_from(ARABIC), st.sampled_from(LATIN),
    st.sampled_from(PUNCT), st.sampled_from(BIDI_CONTROLS), st.sampled_from(JOINERS),
    st.sampled_from(TASHKEEL), st.sampled_from(PERSIAN), st.sampled_from(HEBREW),
    st.sampled_from(DIGITS), st.sampled_from(EMOJI), st.sampled_from(CONTROLS),
    st.sampled_from(MARKUP), st.sampled_from(ODD), st.just(" "), st.just("\n"),
    st.characters(exclude_categories=["Cs"]),  # anything else, but never a lone surrogate
)
WORDS = ["مكتبة", "الكتب", "المسموعة", "القراء", "library", "iPhone", "COVID-19", "2024",
         "٢٠٢٤", "https://example.org/a?b=c", "C++", "Ahmad's", "کتاب‌خانه", "שלום"]


@st.composite
def texts(draw: st.DrawFn, min_size: int = 0, max_size: int = 40) -> str:
    """Text mixing whole words (so there is something to say and lay out) and arbitrary
    characters."""
    parts = draw(st.lists(st.one_of(st.sampled_from(WORDS), _PIECES),
                          min_size=min_size, max_size=max_size))
    return "".join(parts)


LANGS = st.sampled_from(["ar", "ar", "en", "fa", "ur", "he", "ckb", "ar-EG", "en-GB", "fr"])
HREFS = st.one_of(st.none(), st.sampled_from([
    "https://example.org/", "http://example.org/a b?c=<d>&e=\"f\"", "mailto:a@example.org",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:x", "file:///etc/passwd", "//example.org/x", "../../x", "#frag", "",
    " https://example.org/space", "https://مثال.إختبار/مسار",
]))


@st.composite
def spans(draw: st.DrawFn, max_spans: int = 4) -> tuple[Span, ...]:
    out = []
    for _ in range(draw(st.integers(1, max_spans))):
        out.append(Span(
            draw(texts(min_size=1, max_size=12)),
            lang=draw(st.one_of(st.none(), LANGS, st.text(max_size=8))),
            direction=draw(st.sampled_from([None, "rtl", "ltr"])),
            emphasis=draw(st.sampled_from([None, "em", "strong", "code"])),
            href=draw(HREFS),
        ))
    return tuple(out)


@st.composite
def blocks(draw: st.DrawFn, image: Path | None) -> Block:
    kind = draw(st.sampled_from(["paragraph", "paragraph", "heading", "quote", "list",
                                 "pre", "figure"]))
    if kind == "heading":
        return Heading(draw(st.integers(2, 6)), draw(spans()), id=draw(st.text(max_size=8)))
    if kind == "quote":
        return Quote(tuple(draw(st.lists(spans(), min_size=1, max_size=2))),
                     draw(st.one_of(st.just(()), spans(2))))
    if kind == "list":
        return ListBlock(tuple(draw(st.lists(spans(2), min_size=1, max_size=3))),
                         ordered=draw(st.booleans()))
    if kind == "pre":
        return Preformatted(draw(texts(min_size=1, max_size=30)),
                            draw(st.one_of(st.none(), st.text(max_size=10))))
    if kind == "figure":
        with_file = image is not None and draw(st.booleans())
        img = Image(src=image.name if with_file and image else draw(texts(max_size=6)),
                    alt=draw(texts(max_size=10)),
                    path=image if with_file else None,
                    media_type="image/png" if with_file else None,
                    width=24 if with_file else None, height=16 if with_file else None,
                    credit=draw(st.one_of(st.none(), texts(max_size=6))))
        return Figure(img, draw(st.one_of(st.just(()), spans(2))))
    return Paragraph(draw(spans()))


LATEST = datetime(9999, 12, 30)


@st.composite
def articles(draw: st.DrawFn, folder: Path, image: Path | None = None) -> Article:
    """An Article with hostile text everywhere a string goes."""
    tz = timezone(timedelta(minutes=draw(st.integers(-14 * 60, 14 * 60))))
    when = st.datetimes(min_value=datetime(1, 1, 2), max_value=LATEST,
                        timezones=st.just(tz))
    lang = draw(LANGS)
    body = draw(st.lists(blocks(image), min_size=1, max_size=5))
    body.insert(draw(st.integers(0, len(body))), Paragraph(draw(spans())))  # always text
    return Article(
        slug=draw(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,15}", fullmatch=True)),
        title=draw(texts(min_size=1, max_size=15)),
        lang=lang,
        direction=draw(st.sampled_from(["rtl", "ltr"])),
        blocks=tuple(body),
        identifier=draw(st.text(max_size=20)),
        subtitle=draw(st.one_of(st.none(), texts(max_size=10))),
        authors=tuple(Author(draw(texts(min_size=1, max_size=5)),
                             draw(st.one_of(st.none(), texts(max_size=4))))
                      for _ in range(draw(st.integers(0, 2)))),
        publisher=draw(st.one_of(st.none(), texts(max_size=6))),
        dateline=draw(st.one_of(st.none(), texts(max_size=6))),
        published=draw(st.one_of(st.none(), when)),
        updated=draw(st.one_of(st.none(), when)),
        section=draw(st.one_of(st.none(), texts(max_size=5))),
        tags=tuple(draw(st.lists(texts(min_size=1, max_size=4), max_size=3))),
        summary=draw(st.one_of(st.none(), texts(max_size=10))),
        lead_image=draw(st.one_of(st.none(), blocks(image).filter(
            lambda b: isinstance(b, Figure)))),  # type: ignore[arg-type]
        source_url=draw(HREFS),
        source_dir=folder,
    )


# ---- fonts ----------------------------------------------------------------------------

@pytest.fixture
def fast_fonts() -> None:
    """Nothing any more: fonts are subset for real (issue 17). Kept so that tests which
    still name it run unchanged."""


# ---- structural checks ------------------------------------------------------------------

_URL_ATTRS = ("src", "href", "action", "formaction", "data", "poster", "srcset", "background",
              "cite", "longdesc", "manifest", "ping", "{http://www.w3.org/1999/xlink}href")
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)


@functools.cache
def reader_script() -> str:
    """The HTML exporter's own reader-controls script, as the template ships it."""
    return (templates_dir() / "html" / "reader.js").read_text(encoding="utf-8").strip()


def _local_name(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _check_markup_tree(root: etree._Element, where: str, *, local_ok: bool) -> list[str]:
    """Script, handler and URL rules shared by the HTML page and EPUB documents.

    ``local_ok``: relative references (to other files of an EPUB) are allowed.
    """
    problems: list[str] = []
    for el in root.iter():
        tag = _local_name(el.tag)
        if not tag:
            continue
        if tag in ("iframe", "frame", "object", "embed", "applet", "base", "form", "link") \
                and not (tag == "link" and local_ok and not _is_external(el.get("href", ""))):
            problems.append(f"{where}: <{tag}> element")
        if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            problems.append(f"{where}: <meta http-equiv=refresh>")
        for name, raw in el.attrib.items():
            value = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
            local = _local_name(name)
            if local.startswith("on"):
                problems.append(f"{where}: <{tag} {local}=...> event handler")
            if (local == "style" and _CSS_URL.search(value)) or "@import" in value.lower():
                problems.append(f"{where}: <{tag} style> loads a URL")
            if name in _URL_ATTRS or local in _URL_ATTRS:
                problem = _check_url(tag, local, value.strip(), local_ok=local_ok)
                if problem:
                    problems.append(f"{where}: <{tag} {local}={value[:60]!r}>: {problem}")
        if tag == "style":
            problems.extend(f"{where}: {p}" for p in _check_css(el.text or ""))
    return problems


def _is_external(url: str) -> bool:
    scheme = url.split(":", 1)[0].lower() if ":" in url.split("/", 1)[0] else ""
    return bool(scheme) or url.startswith("//") or url.startswith("/")


def _check_url(tag: str, attr: str, url: str, *, local_ok: bool) -> str | None:
    lowered = url.lower()
    if tag == "a" and attr == "href":
        if lowered.startswith(("http://", "https://", "mailto:", "#")):
            return None
        if local_ok and not _is_external(url):
            return None
        return "link target is not http(s), mailto or a fragment"
    if lowered.startswith("data:"):
        return None if tag == "img" and lowered.startswith("data:image/") and \
            not lowered.startswith("data:image/svg") else "data: URL outside an image"
    if lowered.startswith("#") or (local_ok and not _is_external(url)):
        return None
    return "external reference"


def _check_css(css: str) -> list[str]:
    problems = []
    if "@import" in css.lower():
        problems.append("CSS @import")
    for m in _CSS_URL.finditer(css):
        url = m.group(2).strip()
        if not url.lower().startswith("data:") and _is_external(url):
            problems.append(f"CSS url({url[:60]})")
    return problems


def check_html(data: bytes, article: Article) -> list[str]:
    """Problems with an exported large-print page (an empty list when it is sound)."""
    root = lxml_html.document_fromstring(data)
    problems = _check_markup_tree(root, "html", local_ok=False)
    if root.tag != "html":
        problems.append(f"root element is <{root.tag}>")
    if root.get("lang") != article.lang or root.get("dir") != article.direction:
        problems.append(f"<html lang={root.get('lang')!r} dir={root.get('dir')!r}>, expected "
                        f"{article.lang!r} {article.direction!r}")
    scripts = root.findall(".//script")
    if len(scripts) > 1:
        problems.append(f"{len(scripts)} <script> elements")
    for script in scripts:
        if script.get("src") is not None or (script.text or "").strip() != reader_script():
            problems.append("a <script> that is not the reader-controls script")
    if root.find(".//h1") is None:
        problems.append("no <h1>")
    return problems


_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                       huge_tree=False)
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def check_epub(data: bytes, article: Article) -> list[str]:
    """Problems with an exported EPUB (container, package, documents)."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        infos = book.infolist()
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or \
                book.read(first) != b"application/epub+zip":
            problems.append("mimetype is not the first, stored entry")
        names = set(book.namelist())
        for name in names:
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or "\\" in name:
                problems.append(f"zip entry {name!r} points outside the book")
        container = etree.fromstring(book.read("META-INF/container.xml"), _XML)
        rootfile = container.find(".//{*}rootfile")
        assert rootfile is not None
        opf_name = rootfile.get("full-path", "")
        opf = etree.fromstring(book.read(opf_name), _XML)
        base = PurePosixPath(opf_name).parent
        language = opf.find(f".//{_DC}language")
        if language is None or language.text != article.lang:
            problems.append(f"dc:language is {getattr(language, 'text', None)!r}, "
                            f"expected {article.lang!r}")
        for item in opf.iter(f"{_OPF}item"):
            href = str(base / (item.get("href") or ""))
            if href not in names:
                problems.append(f"manifest item {href} is missing")
                continue
            if item.get("media-type") == "application/xhtml+xml":
                try:
                    doc = etree.fromstring(book.read(href), _XML)
                except etree.XMLSyntaxError as e:
                    problems.append(f"{href} is not well-formed XML: {e}")
                    continue
                problems += _check_markup_tree(doc, href, local_ok=True)
                if any(_local_name(el.tag) == "script" for el in doc.iter()):
                    problems.append(f"{href}: <script>")
        for name in names:
            if name.endswith((".ncx", ".smil")):
                try:
                    etree.fromstring(book.read(name), _XML)
                except etree.XMLSyntaxError as e:
                    problems.append(f"{name} is not well-formed XML: {e}")
            elif name.endswith(".css"):
                problems += [f"{name}: {p}" for p in _check_css(book.read(name).decode())]
    return problems


def _letters(text: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFKC", text) if c.isalpha()}


def pdf_text(data: bytes) -> str:
    """The PDF's text as ``pdftotext`` (poppler) extracts it."""
    pdftotext = require_tool("pdftotext", "scripts/system-deps.sh test (Debian poppler-utils)")
    with tempfile.TemporaryDirectory() as td:
        path = Path(td) / "in.pdf"
        path.write_bytes(data)
        run = subprocess.run([pdftotext, "-q", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    return run.stdout.decode("utf-8")


def unembedded_fonts(pdf: Any) -> list[str]:
    """The fonts of a pikepdf document that carry no font program."""
    import pikepdf

    missing = []
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
            continue
        subtype = obj.get("/Subtype")
        if subtype == "/Type3":
            continue  # glyphs drawn by content streams in the font itself
        font = obj.DescendantFonts[0] if subtype == "/Type0" else obj
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or not any(k in descriptor for k in
                                         ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.append(str(font.get("/BaseFont")))
    return missing


def check_pdf(data: bytes, article: Article) -> list[str]:
    """Problems with an exported PDF, as a user meets them: it opens, it is tagged, it
    names its language, its fonts travel with it, and its text extracts."""
    import pikepdf

    if not data.startswith(b"%PDF-"):
        return ["does not start with %PDF-"]
    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        if len(pdf.pages) < 1:
            problems.append("no pages")
        mark = root.get("/MarkInfo")
        if mark is None or not bool(mark.get("/Marked", False)):
            problems.append("not marked as tagged (/MarkInfo /Marked)")
        tree = root.get("/StructTreeRoot")
        if tree is None or "/K" not in tree:
            problems.append("no structure tree")
        if not str(root.get("/Lang", "")):
            problems.append("no /Lang")
        problems += [f"font {name} is not embedded" for name in unembedded_fonts(pdf)]
    shown = _letters(pdf_text(data))
    wanted = _letters(article.title + " " + article.plain_text())
    if wanted and not wanted & shown:
        problems.append("no letter of the article in the extracted text")
    return problems


_CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})")


def _seconds(parts: tuple[str, ...]) -> float:
    h, m, s, ms = (int(p) for p in parts)
    return h * 3600 + m * 60 + s + ms / 1000


def check_audio(mp3: bytes, vtt: bytes) -> list[str]:
    """Problems with an exported MP3 and its WebVTT captions."""
    from mutagen.mp3 import MP3

    problems: list[str] = []
    info: Any = MP3(io.BytesIO(mp3)).info  # type: ignore[no-untyped-call]
    length = info.length
    if not length > 0:
        problems.append(f"MP3 duration {length}")
    text = vtt.decode("utf-8")
    if not text.startswith("WEBVTT"):
        problems.append("VTT does not start with WEBVTT")
    previous = 0.0
    cues = 0
    for chunk in text.split("\n\n")[1:]:
        lines = chunk.strip("\n").split("\n")
        if not lines or not lines[0]:
            continue
        timing = next((ln for ln in lines if "-->" in ln), None)
        m = _CUE.match(timing or "")
        if m is None:
            problems.append(f"VTT block without a cue timing: {chunk[:60]!r}")
            continue
        start, end = _seconds(m.groups()[:4]), _seconds(m.groups()[4:])
        cues += 1
        if not previous - 0.001 <= start <= end <= length + 0.5:
            problems.append(f"VTT cue {start}..{end} out of order or past the audio ({length})")
        previous = start
        after = lines[lines.index(timing) + 1:] if timing else []
        if any("-->" in ln for ln in after):
            problems.append("VTT cue text contains '-->'")
    if cues == 0:
        problems.append("VTT has no cues")
    return problems


def check_output(fmt: str, files: list[Path], article: Article) -> list[str]:
    """Run the structural checks of format ``fmt`` over the files one export wrote."""
    by_suffix = {p.suffix: p.read_bytes() for p in files}
    if fmt == "html":
        return check_html(by_suffix[".html"], article)
    if fmt == "epub":
        return check_epub(by_suffix[".epub"], article)
    if fmt == "pdf":
        return check_pdf(by_suffix[".pdf"], article)
    if fmt == "audio":
        return check_audio(by_suffix[".mp3"], by_suffix[".vtt"])
    raise AssertionError(f"no structural check for {fmt}")


def export_options(fmt: str, cache: Path) -> dict[str, Any] | None:
    """Options for quick exports: audio uses a private speech cache."""
    return {"cache_dir": str(cache)} if fmt == "audio" else None


# ---- the properties ---------------------------------------------------------------------

FORMATS = ("html", "epub", "pdf", "audio")
# (loaded, raw) example counts per format; each example subsets its fonts for real.
COUNTS = {"html": (4, 2), "epub": (4, 2), "pdf": (10, 5), "audio": (8, 4)}
# EPUBCheck takes seconds per book: one generated book in CI, a few in longer runs.
EPUBCHECK_BOOKS = 1 if PROFILE == "ci" else 4
# The audio exporter's documented refusals: nothing an engine can say, or no voice for
# the article's language.
AUDIO_REFUSALS = re.compile(r"no text to speak|cannot use voice '[^']+' \(no such voice\)")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An article folder with one small PNG, and a speech cache."""
    root = tmp_path_factory.mktemp("properties")
    (root / "article").mkdir()
    PILImage.new("RGB", (24, 16), (10, 120, 200)).save(root / "article" / "pixel.png")
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _loaded(article: Article, folder: Path) -> Article | None:
    """The article as the loader reads it back from its JSON form (None if refused)."""
    source = folder / "article.json"
    source.write_text(json.dumps(article.to_dict(), ensure_ascii=True), encoding="ascii")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_article(source)
    except ArticleError:
        return None


def _export(fmt: str, article: Article, out: Path, cache: Path) -> list[Path]:
    exporter = get_exporter(fmt)(export_options(fmt, cache))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return exporter.export(article, out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_loaded_articles_export_to_sound_output(fmt: str, workspace: Path) -> None:
    """Anything the loader accepts, every exporter renders, and the result is sound."""
    folder = workspace / "article"
    saved: list[Path] = []

    @given(article=articles(folder, folder / "pixel.png"))
    @examples(COUNTS[fmt][0])
    def prop(article: Article) -> None:
        loaded = _loaded(article, folder)
        assume(loaded is not None)
        assert loaded is not None
        with tempfile.TemporaryDirectory(dir=workspace) as td:
            out = Path(td)
            try:
                files = _export(fmt, loaded, out, workspace / "cache")
            except ExportError as e:
                if fmt == "audio" and AUDIO_REFUSALS.search(str(e)):
                    assert list(out.iterdir()) == []
                    return
                raise
            problems = check_output(fmt, files, loaded)
            assert problems == [], problems
            if fmt == "epub" and len(saved) < EPUBCHECK_BOOKS and \
                    loaded.lead_image is not None:
                saved.append(Path(shutil.copy(files[0], workspace / f"book{len(saved)}.epub")))

    prop()
    if fmt == "epub" and saved and require_tool("java", "scripts/system-deps.sh test"):
        reports = epubcheck(saved)
        assert all(r == [] for r in reports), reports


@pytest.mark.parametrize("fmt", FORMATS)
def test_raw_articles_export_or_fail_cleanly(fmt: str, workspace: Path) -> None:
    """Straight from the Python API: sound output, or the documented error and no file,
    and a refusal only of an article that is invalid by the documented rules."""
    folder = workspace / "article"

    @given(article=articles(folder, folder / "pixel.png"))
    @examples(COUNTS[fmt][1])
    def prop(article: Article) -> None:
        with tempfile.TemporaryDirectory(dir=workspace) as td:
            out = Path(td) / "out"
            try:
                files = _export(fmt, article, out, workspace / "cache")
            except ArtexportError as e:
                assert not out.exists() or list(out.iterdir()) == []
                documented = fmt == "audio" and AUDIO_REFUSALS.search(str(e))
                assert documented or _loaded(article, folder) is None, \
                    f"refused an article the loader accepts: {e}"
                return
            problems = check_output(fmt, files, article)
            assert problems == [], problems

    prop()


# ---- EPUBCheck ---------------------------------------------------------------------------

def epubcheck(books: list[Path]) -> list[list[str]]:
    """EPUBCheck's errors and warnings for each book."""
    reports = epubcheck_reports(books, timeout=300)
    return [problems(reports[book]) for book in books]
