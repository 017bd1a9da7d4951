"""Right-to-left PDF: a tagged print edition (PDF/UA-1) rendered by WeasyPrint.

The article goes through a Jinja2 page (``templates/pdf/article.html.j2``) and one print
stylesheet (``print.css.j2``); WeasyPrint lays it out with the packaged fonts only and
writes a tagged PDF (``pdf_variant="pdf/ua-1"``): H1..H6, P, BlockQuote, L/LI, Figure
with ``/Alt``, ``/Lang``, the title shown in the window bar, an outline (bookmarks) from
the headings, and the usual metadata (title, author, subject, keywords, dates, language).

Two things WeasyPrint alone does not get right are fixed after it, in
:mod:`artexport.exporters.pdf_post`: right-to-left lines are drawn word by word in
reading order (extractors would otherwise return each line's words backwards), and the
running head and page numbers become pagination artifacts instead of orphaned tags.
Noto Naskh Arabic is embedded with its lam-alef pairs side by side (see
:func:`artexport.fonts.pdf_font_data`) so those words extract whole.

Every file WeasyPrint asks for goes through
:func:`artexport.resources.weasyprint_url_fetcher`: the article folder, the packaged
templates and fonts, nothing else, never the network. A batch reuses one
``FontConfiguration``, the parsed stylesheet and WeasyPrint's image cache per thread
(:class:`PdfSession`).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import urllib.parse
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Literal

from markupsafe import Markup

from .. import fonts, templating
from ..edition import Edition
from ..edition.fonts import arabic_face, line_height
from ..errors import ArtexportWarning, ExportError, caller_stacklevel
from ..markup import safe_href
from ..model import (
    Article,
    Block,
    Direction,
    Figure,
    Heading,
    Inline,
    map_inlines,
)
from ..paths import fonts_dir, templates_dir
from ..resources import Fetched, ResourceGuard, weasyprint_url_fetcher
from ..text.dates import DigitStyle
from ..text.lang import (
    TO_ARABIC_INDIC_DIGITS,
    TO_PERSIAN_DIGITS,
    TO_WESTERN_DIGITS,
    is_arabic_script,
    primary_subtag,
)
from .base import Exporter, Rendered

PageSize = Literal["A4", "A5", "Letter"]
ArabicFont = Literal["auto", "naskh", "amiri", "nastaliq"]
Digits = Literal["source", "western", "arabic-indic"]
# ... and, for Persian and Urdu text, their own Eastern digits
_DigitForm = Literal["source", "western", "arabic-indic", "persian"]

MIN_LARGE_PRINT_PT = 18.0  # the usual floor for "large print"
DEFAULT_ARABIC_FACE = "naskh"  # Noto Naskh Arabic extracts cleanly (see fonts.py)
FONT_URL_PREFIX = "artexport-font:"  # served from memory by the fetcher, never a file URL

# ---- options ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfOptions:
    """Options of the ``pdf`` format (CLI: ``--opt key=value``).

    ``page_size``: A4 (default), A5 or Letter. ``large_print``: the large-print preset,
    body text of at least 18pt (``body_size`` may raise it). ``font``: the Arabic-script
    face: ``auto`` (the default: Noto Nastaliq Urdu for Urdu text, Noto Naskh Arabic for
    the rest), ``naskh``, ``amiri`` or ``nastaliq``. ``digits``: keep the source's digits
    (``source``), or write every digit of the article's own-direction text (and the page
    numbers and dates) as ``western`` 0-9 or ``arabic-indic`` ٠-٩ (۰-۹ in a Persian or
    Urdu article); Latin runs, code and
    URLs keep theirs. ``running_head`` / ``page_numbers``: the publication (or section,
    else the shortened title) at the top of every page after the first, the page number
    at the bottom; both are pagination artifacts, outside the tag tree.
    ``body_size``: body text size in points (default 11.5, or 18 in large print).
    ``text_layer``, ``artifacts``, ``font_patch``, ``element_lang``: the steps run on
    WeasyPrint's file (:mod:`artexport.exporters.pdf_post`), each on by default: words
    in reading order with their marks, non-joiners and numbers as written; running
    head and page numbers as artifacts; repaired font text maps; ``/Lang`` on the
    structure elements of blocks in another language.
    """

    page_size: PageSize = "A4"
    large_print: bool = False
    font: ArabicFont = "auto"
    digits: Digits = "source"
    running_head: bool = True
    page_numbers: bool = True
    body_size: float | None = None
    text_layer: bool = True
    artifacts: bool = True
    font_patch: bool = True
    element_lang: bool = True


@dataclass(frozen=True)
class _Page:
    size: str
    margin_top: str
    margin_side: str
    margin_bottom: str
    max_image_height: str


_PAGES: dict[str, _Page] = {
    "A4": _Page("A4", "24mm", "20mm", "22mm", "95mm"),
    "A5": _Page("A5", "18mm", "14mm", "18mm", "70mm"),
    "Letter": _Page("letter", "22mm", "20mm", "22mm", "90mm"),
}

def convert_digits(text: str, digits: _DigitForm) -> str:
    """``text`` with its digits written as ``digits`` asks (``source``: unchanged;
    ``persian``: the Eastern digits Persian and Urdu write, ۰-۹)."""
    if digits == "western":
        return text.translate(TO_WESTERN_DIGITS)
    if digits == "arabic-indic":
        return text.translate(TO_WESTERN_DIGITS).translate(TO_ARABIC_INDIC_DIGITS)
    if digits == "persian":
        return text.translate(TO_WESTERN_DIGITS).translate(TO_PERSIAN_DIGITS)
    return text


def _digits_in(spans: Inline, digits: _DigitForm) -> Inline:
    """Convert digits in the runs of the article's own direction only: an isolated
    Latin run ("LiFePO4"), code and link targets keep theirs."""
    if digits == "source":
        return spans
    return tuple(s if s.direction or s.lang or s.emphasis == "code"
                 else dataclasses.replace(s, text=convert_digits(s.text, digits))
                 for s in spans)


# ---- view model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureView:
    """A figure as the template draws it; ``src`` is ``None`` when there is no image.
    ``lang``/``direction`` are the caption's, where they differ from the article's."""

    src: str | None
    alt: str
    caption: Inline
    credit: Inline = ()
    width: int | None = None
    height: int | None = None
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="figure-view", init=False)


def _figure_view(figure: Figure, edition: Edition, digits: _DigitForm,
                 where: Path | str) -> FigureView | None:
    image = figure.image
    caption = edition.caption(figure)
    spans, credit = _digits_in(caption.spans, digits), _digits_in(caption.credit, digits)
    if image.path is None:
        return FigureView(None, "", spans, lang=figure.lang,
                          direction=figure.direction) if spans else None
    # PDF/UA needs /Alt on every Figure: the caption is the best description the
    # article offers; failing that, say it is an image and tell the publisher.
    alt = edition.image_description(figure)
    if not image.alt.strip() and not figure.caption:
        warnings.warn(ArtexportWarning(
            f"{where}: image {image.src!r} has no alt text; the PDF describes it only "
            f"as {alt!r}"), stacklevel=caller_stacklevel())
    # a relative path (an Article built in Python) is relative to the article folder,
    # the document's base URL
    src = image.path.as_uri() if image.path.is_absolute() \
        else urllib.parse.quote(image.path.as_posix())
    return FigureView(src, alt, spans, credit, image.width, image.height, figure.lang,
                      figure.direction)


def _blocks(edition: Edition, digits: _DigitForm) -> list[Any]:
    """Blocks for the template: headings without skipped levels (the title is H1),
    figures as :class:`FigureView`, digits converted."""
    out: list[Any] = []
    article = edition.article
    levels = edition.heading_levels
    where = article.source_dir or article.slug
    for n, block in enumerate(article.blocks):
        if isinstance(block, Figure):
            view = _figure_view(block, edition, digits, where)
            if view is not None:
                out.append(view)
        elif isinstance(block, Heading):
            out.append(dataclasses.replace(block, level=levels[n],
                                           spans=_digits_in(block.spans, digits)))
        else:
            out.append(_convert_block(block, digits))
    return out


def _convert_block(block: Block, digits: _DigitForm) -> Block:
    if digits == "source":
        return block
    return map_inlines(block, lambda run: _digits_in(run, digits))


def running_head(article: Article, max_words: int = 8) -> str:
    """The running head: the publication (or section), else the title, shortened.

    Short on purpose: it repeats on every page after the first, and an extractor reads
    it as text there, between the article's own words.
    """
    text = article.publisher or article.section or article.title
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words]) + " …"


def _w3c(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def page_context(article: Article, options: PdfOptions) -> dict[str, Any]:
    """Everything ``article.html.j2`` renders, from the article and the options."""
    edition = Edition.of(article)
    # (Persian and Urdu write their Eastern digits ۰-۹: "٤٥٦" would be Arabic's)
    digits: _DigitForm = "persian" if options.digits == "arabic-indic" and \
        primary_subtag(article.lang) in ("fa", "ur") else options.digits

    def own(spans: Inline) -> Inline:
        return _digits_in(spans, digits)

    # the option's digits where it asks for some, else the article's own
    date_digits: DigitStyle | None = None if digits == "source" else \
        (digits if digits in ("arabic-indic", "persian") else "western")
    dates = edition.dates_in(date_digits)
    kicker = edition.labels.list_sep.join(x for x in (article.publisher, article.section) if x)
    where = article.source_dir or article.slug
    lead = (_figure_view(article.lead_image, edition, digits, where)
            if article.lead_image is not None else None)
    return {
        "article": article,
        "edition": edition,
        "ui": edition.labels,
        "ui_attrs": edition.label_attrs(),
        "block_attrs": edition.block_attrs,
        "options": options,
        "script_class": "script-arabic" if is_arabic_script(article.lang) else "script-latin",
        "meta": {
            "authors": [a.name for a in article.authors],
            "description": article.summary or article.subtitle,
            "keywords": list(article.tags),
            "created": _w3c(article.published),
            "modified": _w3c(article.updated or article.published),
        },
        "kicker": convert_digits(kicker, digits) if kicker else "",
        "running_head": convert_digits(running_head(article), digits),
        "title": own(edition.title),
        "subtitle": own(edition.subtitle),
        "byline": own(edition.byline),
        "dates": dates,
        "lead": lead,
        "summary": own(edition.summary),
        "dateline": own(edition.dateline),
        "blocks": _blocks(edition, digits),
        "topics": convert_digits(edition.topics, digits),
        "source_url": safe_href(article.source_url),
    }


# ---- stylesheet -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _FaceRule:
    family: str
    url: str
    weight: int
    style: str
    feature_settings: str | None


def _sizes(options: PdfOptions) -> dict[str, float]:
    default = MIN_LARGE_PRINT_PT if options.large_print else (10.5 if options.page_size == "A5"
                                                               else 11.5)
    body = options.body_size or default
    if not 6 <= body <= 72:
        raise ExportError(None, f"pdf: option body_size must be between 6 and 72 (points), "
                                f"not {body:g}")
    if options.large_print and body < MIN_LARGE_PRINT_PT:
        raise ExportError(None, f"pdf: large print needs body_size >= {MIN_LARGE_PRINT_PT:g}pt, "
                                f"not {body:g}")

    def r(x: float) -> float:
        return round(x, 2)

    return {
        "body": r(body), "line_height": 1.6 if options.large_print else 1.7,
        "h1": r(body * 1.9), "h2": r(body * 1.4), "h3": r(body * 1.2), "h4": r(body * 1.05),
        "subtitle": r(body * 1.2), "quote": r(body * 1.05),
        # captions, bylines and running heads stay large in large print
        "small": r(max(body * 0.85, MIN_LARGE_PRINT_PT if options.large_print else 8.5)),
        "caption": r(max(body * 0.85, MIN_LARGE_PRINT_PT if options.large_print else 8.5)),
        "running": r(max(body * 0.75, 14 if options.large_print else 8)),
    }


def stylesheet_text(options: PdfOptions, user_dir: Path | None = None) -> str:
    """The print CSS for ``options`` (from ``print.css.j2`` through the template lookup)."""
    keys = _font_keys(options)
    # The families get names of their own: Debian (and many systems) install Noto Naskh
    # Arabic and Amiri too, and fontconfig would happily pick the system copy (without
    # the lam-alef fix) for the same family name.
    rules = [_FaceRule(_family(face.family), FONT_URL_PREFIX + face.file, face.weight,
                       face.style,
                       Markup(face.feature_settings) if face.feature_settings else None)
             for face in fonts.faces(keys)]
    face = _arabic_face(options)
    features = ['"liga" 0']
    if face == "amiri":  # Amiri's contextual alternates drop a "ح" from the text
        features.insert(0, fonts.FAMILIES["amiri"][0].feature_settings or '"calt" 0')
    sizes = _sizes(options)
    # Urdu in its own face (font=auto), with the leading Nastaliq needs
    urdu = ({"stack": Markup(_stack(("nastaliq", "sans"))),
             "line_height": line_height(("nastaliq",), sizes["line_height"])}
            if options.font == "auto" else None)
    # CSS is not HTML: values artexport builds itself (quoted family names, feature
    # settings) are marked safe so autoescaping leaves their quotes alone.
    return templating.render(
        "pdf", "print.css.j2", user_dir=user_dir,
        faces=rules, page=_PAGES[options.page_size], sizes=sizes,
        fonts={"arabic": Markup(_stack((face, "sans"))),
               "latin": Markup(_stack(("sans", face)))},
        urdu=urdu,
        arabic_features=Markup(", ".join(features)),
        counter_style="arabic-indic" if options.digits == "arabic-indic" else "decimal",
        digits=options.digits, running_head=options.running_head,
        page_numbers=options.page_numbers)


def _family(name: str) -> str:
    return f"artexport {name}"


def _stack(keys: tuple[str, ...]) -> str:
    names = dict.fromkeys(_family(fonts.FAMILIES[k][0].family) for k in keys)
    return ", ".join(f'"{n}"' for n in names)


def _arabic_face(options: PdfOptions) -> str:
    """The face of Arabic-script text other than Urdu (and of Urdu too unless auto)."""
    return arabic_face("ar", options.font, DEFAULT_ARABIC_FACE)


def _font_keys(options: PdfOptions) -> tuple[str, ...]:
    keys = (_arabic_face(options), "sans")
    return (*keys, "nastaliq") if options.font == "auto" else keys


def _font_resources(options: PdfOptions) -> dict[str, Fetched]:
    return {FONT_URL_PREFIX + face.file: Fetched(fonts.pdf_font_data(face.file), "font/ttf")
            for face in fonts.faces(_font_keys(options))}


class PdfSession:
    """What a batch of PDF exports shares: one WeasyPrint ``FontConfiguration``, the
    stylesheets parsed with it (one per set of options) and WeasyPrint's image cache.

    :meth:`for_thread` returns the calling thread's session (Pango's font maps are not
    meant to be shared between threads), which every :class:`PdfExporter` uses unless
    given another; a new ``PdfSession()`` starts from nothing (what a one-off
    conversion pays).
    """

    _local = threading.local()
    MAX_CACHED = 256  # WeasyPrint's image cache, entries; emptied when it grows past this

    def __init__(self) -> None:
        # fonts named by @font-face are loaded into it once, when a stylesheet is parsed
        # with it: later documents of the session skip that work
        from weasyprint.text.fonts import FontConfiguration  # heavy: only for PDF

        self.font_config = FontConfiguration()
        self.cache: dict[str, Any] = {}
        self._stylesheets: dict[tuple[PdfOptions, Path | None], Any] = {}

    @classmethod
    def for_thread(cls) -> PdfSession:
        session: PdfSession | None = getattr(cls._local, "session", None)
        if session is None:
            session = cls._local.session = cls()
        return session

    def stylesheet(self, options: PdfOptions, user_dir: Path | None) -> Any:
        """The parsed print stylesheet for these options (parsed once per session)."""
        key = (options, user_dir)
        css = self._stylesheets.get(key)
        if css is None:
            from weasyprint import CSS

            guard = ResourceGuard(None, extra_roots=_trusted_roots(user_dir))
            fetcher = weasyprint_url_fetcher(guard, _font_resources(options))
            with _weasyprint_log() as records:
                css = CSS(string=stylesheet_text(options, user_dir),
                          base_url=(user_dir or templates_dir() / "pdf").as_uri() + "/",
                          url_fetcher=fetcher, font_config=self.font_config)
            _report(records, "print stylesheet")
            self._stylesheets[key] = css
        return css


def _trusted_roots(user_dir: Path | None) -> tuple[Path, ...]:
    # The publisher's own template folder is configuration, not article content.
    return (templates_dir(), fonts_dir(), *((user_dir,) if user_dir else ()))


# ---- WeasyPrint's log --------------------------------------------------------------------

_capture = threading.local()


class _CaptureFilter(logging.Filter):
    """Keeps WeasyPrint's messages away from the user's terminal while artexport renders
    (on this thread), collecting them so they can be reported as warnings instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        records: list[logging.LogRecord] | None = getattr(_capture, "records", None)
        if records is None:
            return True
        records.append(record)
        return False


_FILTER = _CaptureFilter()
_FILTER_LOCK = threading.Lock()


@contextmanager
def _weasyprint_log() -> Iterator[list[logging.LogRecord]]:
    with _FILTER_LOCK:
        for name in ("weasyprint", "weasyprint.progress"):
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
    records: list[logging.LogRecord] = []
    previous = getattr(_capture, "records", None)
    _capture.records = records
    try:
        yield records
    finally:
        _capture.records = previous


# Messages that only repeat what a refusal already said, or describe WeasyPrint's own
# progress, are not worth a second warning.
_QUIET = ("Step ", "Failed to load", "Error fetching", "URLFetchingError", "ValueError",
          "ResourceError")


def _report(records: list[logging.LogRecord], where: Path | str) -> None:
    """One warning per kind of renderer message: a page in a script no font has logs a
    .notdef line per character (209 on one Japanese page), which says one thing."""
    kinds: dict[object, list[str]] = {}
    for record in records:
        if record.levelno < logging.WARNING:
            continue
        message = record.getMessage()
        if message.startswith(_QUIET) or "refused" in message:
            continue
        same = kinds.setdefault(record.msg, [])
        if message not in same:
            same.append(message)
    for same in kinds.values():
        more = f" (and {len(same) - 1} more like it)" if len(same) > 1 else ""
        warnings.warn(ArtexportWarning(f"{where}: PDF renderer: {same[0]}{more}"),
                      stacklevel=caller_stacklevel())


# ---- the exporter ---------------------------------------------------------------------------


_LINE_SEPARATORS = {0x2028: " ", 0x2029: " "}


class PdfExporter(Exporter):
    """Tagged, right-to-left aware PDF (PDF/UA-1) through WeasyPrint."""

    name: ClassVar[str] = "pdf"
    file_extension: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    Options: ClassVar[type[Any]] = PdfOptions
    description: ClassVar[str] = ("tagged PDF/UA print edition (A4/A5/Letter, large print), "
                                  "Arabic first")
    requires: ClassVar[tuple[str, ...]] = ("weasyprint",)  # Pango and HarfBuzz, checked once

    def __init__(self, options: Any = None, *, templates: Path | None = None,
                 session: PdfSession | None = None) -> None:
        super().__init__(options, templates=templates)
        self.session = session
        _sizes(self.options)  # reject impossible sizes before any rendering

    def render_html(self, article: Article) -> str:
        """The page WeasyPrint lays out (useful to debug a template override)."""
        return templating.render("pdf", "article.html.j2", user_dir=self.templates,
                                 **page_context(article, self.options))

    def render(self, article: Article) -> Rendered:
        from weasyprint import HTML

        from .pdf_post import PostOptions, line_text, postprocess

        where = article.source_dir or article.slug
        _warn_uncovered(article, self.options, where)
        session = self.session or PdfSession.for_thread()
        if len(session.cache) > session.MAX_CACHED:
            session.cache.clear()  # a long-lived process must not keep every image
        css = session.stylesheet(self.options, self.templates)
        # WeasyPrint's line breaker asserts on U+2028/U+2029 after a space; the loader
        # turns them into spaces, an Article built in Python may still carry them.
        html = self.render_html(article).translate(_LINE_SEPARATORS)
        guard = ResourceGuard(article.source_dir, extra_roots=_trusted_roots(self.templates))
        fetcher = weasyprint_url_fetcher(guard, _font_resources(self.options))
        base = (article.source_dir.resolve().as_uri() + "/") if article.source_dir else None
        o = self.options
        # the text layer reads each line's text as laid out (see pdf_post.line_text)
        marking = line_text.recording() if o.text_layer else nullcontext()
        # uncompressed: the post-pass inflates every content stream to rewrite it and
        # compresses the file as it saves it, so WeasyPrint's own deflate was wasted
        # (11% of a PDF's CPU time; the decoded content is the same)
        with _weasyprint_log() as records, marking:
            data = HTML(string=html, base_url=base, url_fetcher=fetcher).write_pdf(
                stylesheets=[css], font_config=session.font_config, cache=session.cache,
                pdf_variant="pdf/ua-1", uncompressed_pdf=True)
        _report(records, where)
        if not data:
            raise ExportError(where, "the PDF renderer produced no output")
        steps = PostOptions(font_patch=o.font_patch, element_lang=o.element_lang,
                            text_layer=o.text_layer, artifacts=o.artifacts)
        fixed, _stats = postprocess(data, lang=article.lang, html=html, options=steps)
        return Rendered(fixed)


def _warn_uncovered(article: Article, options: PdfOptions, where: Path | str) -> None:
    """Warn about characters no packaged font has: they would be drawn with whatever
    the system offers (or as empty boxes)."""
    covered = fonts.covered_codepoints(_font_keys(options))
    text = "\n".join((article.plain_text(), article.dateline or "", article.summary or "",
                      *(a.name for a in article.authors), *article.tags))
    missing = sorted({ch for ch in text if ord(ch) not in covered and not ch.isspace()
                      and ord(ch) >= 0x20})
    if missing:
        shown = " ".join(f"U+{ord(ch):04X}" for ch in missing[:12])
        more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
        warnings.warn(ArtexportWarning(
            f"{where}: no packaged font has {shown}{more}; the PDF uses a system font "
            "or an empty box for them"), stacklevel=caller_stacklevel())
