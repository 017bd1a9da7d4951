"""Accessible EPUB 3: one article as a small, valid, reproducible e-book.

The book is built with ebooklib, which writes the package document, manifest, spine and
container. Everything ebooklib would generate in English or with the wall-clock time is
ours instead:

* the content documents (cover, article, navigation) are rendered from the
  ``templates/epub/`` Jinja2 templates with the article's ``lang``/``dir`` and handed to
  ebooklib verbatim (its own cover page is in English and fails EPUBCheck's OPF-096);
* the EPUB Accessibility 1.1 metadata is derived from what the book contains
  (:func:`accessibility_metadata`);
* fonts are the packaged OFL faces, subset to the characters the documents use;
* ``dcterms:modified`` and every zip entry time come from the article's own date, so
  one article always gives the same bytes.

With ``with_audio`` the book is read aloud (:meth:`EpubExporter._overlay`): the
article's narration (:func:`artexport.narration.narrate`, the audio exporter's
synthesis) goes in as one MP3, every spoken sentence of ``article.xhtml`` is wrapped in
``<span id="s-...">`` by the templates' ``speech`` marker, and a SMIL Media Overlay
plays a clip per sentence. ``media:duration`` (per overlay and in total) and
``media:active-class`` are written as our own :class:`Meta` entries: ebooklib's
``media_duration`` writes an invalid ``duration`` manifest attribute. The cover has no
text to narrate and gets no overlay.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from lxml import etree
from markupsafe import Markup, escape

from .. import fonts
from ..edition import Edition, Labels
from ..edition.fonts import FontPlan, block_spans, line_height
from ..errors import ArtexportWarning, ExportError, ResourceError, caller_stacklevel
from ..markup import safe_href
from ..model import Article, Block, Direction, Figure, Heading, Inline, Span, block_texts
from ..narration import (
    ACTIVE_CLASS,
    Clip,
    ReadAlongOptions,
    SentenceMarker,
    clock_value,
    narrate,
    overlay_clips,
    total_duration,
)
from ..resources import ResourceGuard
from ..templating import environment
from ..templating import render as render_template
from .base import Exporter, Rendered
from .epub_a11y import CONFORMS_TO, accessibility_metadata, accessibility_summary
from .epub_package import (
    FALLBACK_MODIFIED,
    NOT_XML,
    XML_NS,
    Document,
    Meta,
    Resource,
    build_book,
    modified_time,
    write_book,
)

if TYPE_CHECKING:
    from ..narration import Narration

__all__ = ["CONFORMS_TO", "FALLBACK_MODIFIED", "XML_NS", "EpubExporter", "EpubOptions",
           "accessibility_metadata", "accessibility_summary", "modified_time"]

# The narration of a read-aloud book: one MP3 for the whole book.
AUDIO_HREF = "audio/narration.mp3"

# WOFF2 is an EPUB 3.3 core media type (font/woff2) that EPUBCheck 5 accepts without
# a warning, and it is a third of the size of the TrueType subset.
FONT_FLAVOR: Literal["woff2", "ttf"] = "woff2"
FONT_MEDIA_TYPE = {"woff2": "font/woff2", "ttf": "font/ttf"}
# The book's Arabic-script face unless the ``font`` option chooses.
DEFAULT_ARABIC_FACE = "naskh"
BODY_LINE_HEIGHT = 1.6  # style.css.j2's body line height (WCAG 1.4.8: at least 1.5)

# Parser for our own rendered documents: never fetch or expand anything.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_SMIL_NS = "http://www.w3.org/ns/SMIL"
_EPUB_NS = "http://www.idpf.org/2007/ops"


@dataclass(frozen=True)
class EpubOptions(ReadAlongOptions):
    """Options of the ``epub`` exporter (CLI: ``--opt key=value``).

    ``font``: the Arabic-script face: ``auto`` (the default: Noto Nastaliq Urdu for
    Urdu, Noto Naskh Arabic for the rest), ``naskh``, ``sans-arabic``, ``amiri`` or
    ``nastaliq``; Latin text is always Noto Sans. ``certified_by``: who evaluated the
    book's accessibility, written as ``a11y:certifiedBy`` (default: "artexport", the
    tool that checked it). ``embed_fonts``: embed subset fonts (off: the reading
    system's fonts are used). ``with_audio`` (and ``engine``, ``voice``, ``rate``, see
    :class:`~artexport.narration.ReadAlongOptions`): a read-aloud book, the narration
    synchronised with the text by EPUB 3 Media Overlays.
    """

    font: Literal["auto", "naskh", "sans-arabic", "amiri", "nastaliq"] = "auto"
    certified_by: str | None = None
    embed_fonts: bool = True


class BookLabels:
    """The edition's labels for the book's templates: ``labels.contents`` is markup,
    ``labels.plain(key)`` the bare text (for ``<title>``). A label in another language
    than the article's is wrapped in ``<span lang>`` so a screen reader switches voice
    for it."""

    _SEPARATORS = frozenset({"list_sep", "and"})

    def __init__(self, labels: Labels) -> None:
        self.labels = labels

    def plain(self, key: str) -> str:
        return self.labels[key]

    def __getattr__(self, key: str) -> Markup:
        if key.startswith("_") or key not in self.labels:
            raise AttributeError(key)
        text = escape(self.labels[key])
        if self.labels.foreign and key not in self._SEPARATORS:
            return Markup('<span lang="{0}" xml:lang="{0}" dir="{1}">{2}</span>').format(
                self.labels.lang, self.labels.direction, text)
        return Markup(text)


# ---- what goes into the book ----------------------------------------------------------

@dataclass(frozen=True)
class ImageItem:
    """An image file of the book."""

    uid: str
    href: str
    media_type: str
    data: bytes
    width: int | None
    height: int | None


@dataclass(frozen=True)
class BlockView:
    """A block as the templates render it.

    ``id`` is the element id of the block in ``article.xhtml`` (a heading keeps its own
    id); ``level`` is a heading's level with skipped levels closed up (h2 -> h4 becomes
    h2 -> h3), so the outline and the navigation nest properly. ``index`` is the block's
    position in ``article.blocks`` (-1 for the lead figure), which names its sentences.
    """

    id: str
    block: Block
    level: int = 0
    image: ImageItem | None = None
    index: int = -1
    credit: Inline = ()  # a figure's image credit, as the edition words it

    @property
    def lang(self) -> str | None:
        return getattr(self.block, "lang", None)

    @property
    def direction(self) -> Direction | None:
        return getattr(self.block, "direction", None)

    @property
    def lines(self) -> tuple[Inline, ...]:
        """The lines of preformatted text that is no code, each marked for read-along."""
        return tuple((Span(line),) for line in block_texts(self.block))


@dataclass
class TocNode:
    spans: Inline
    href: str
    children: list[TocNode] = field(default_factory=list)
    lang: str | None = None  # where the heading differs from the article
    direction: Direction | None = None


# ---- the exporter ----------------------------------------------------------------------

class EpubExporter(Exporter):
    """EPUB 3 with EPUB Accessibility 1.1 metadata, right-to-left aware, reproducible."""

    name: ClassVar[str] = "epub"
    file_extension: ClassVar[str] = "epub"
    media_type: ClassVar[str] = "application/epub+zip"
    Options: ClassVar[type[Any]] = EpubOptions
    description: ClassVar[str] = "Accessible EPUB 3 e-book (EPUB Accessibility 1.1, WCAG 2.2 AA)"

    options: EpubOptions

    def render(self, article: Article) -> Rendered:
        """Build the book in memory and return the EPUB bytes."""
        guard = ResourceGuard(article.source_dir)
        edition = Edition.of(article)
        images = _collect_images(article, guard)
        lead = _lead_view(edition, images)
        views = _block_views(edition, images)
        labels = BookLabels(edition.labels)
        opts = self.options
        narration = narrate(article, opts.audio_options()) if opts.with_audio else None
        speech = SentenceMarker(article, narration)
        cover = images.get(article.lead_image.image.path) \
            if article.lead_image is not None and article.lead_image.image.path else None

        ctx: dict[str, Any] = {
            "article": article,
            "lang": article.lang,
            "dir": article.direction,
            "labels": labels,
            "edition": edition,
            "ui_attrs": edition.label_attrs(xml=True),
            "block_attrs": edition.block_attrs,
            "css_href": "style.css",
            "title": edition.title,
            "subtitle": edition.subtitle,
            "summary": edition.summary,
            "byline": edition.byline,
            "dates": edition.dates,
            "date_id": speech.id("date"),
            "lead": lead,
            "blocks": views,
            "source_href": safe_href(article.source_url),
            "speech": speech,
        }
        docs: list[Document] = []
        if cover is not None:
            assert article.lead_image is not None
            docs.append(Document(
                "cover", "cover.xhtml", labels.plain("cover"),
                self._xhtml("cover.xhtml.j2", ctx, cover=cover,
                            cover_alt=article.lead_image.image.alt)))
        docs.append(Document("article", "article.xhtml", article.title,
                             self._xhtml("article.xhtml.j2", ctx)))
        landmarks = ([{"type": "cover", "href": "cover.xhtml", "label": labels.cover}]
                     if cover is not None else [])
        landmarks.append({"type": "bodymatter", "href": "article.xhtml#main",
                          "label": labels.bodymatter})
        docs.append(Document(
            "nav", "nav.xhtml", labels.plain("contents"),
            self._xhtml("nav.xhtml.j2", ctx, toc=_toc(edition, views), landmarks=landmarks),
            properties=["nav"], in_spine=False))

        plan = self._plan(edition)
        font_files, font_rules, stack, lang_rules = self._fonts(edition, docs)
        css = render_template("epub", "style.css.j2", user_dir=self.templates,
                              font_faces=font_rules, font_stack=stack, lang_rules=lang_rules,
                              line_height=line_height(plan.base, BODY_LINE_HEIGHT),
                              heading_line_height=line_height(plan.base, 1.3),
                              active_class=ACTIVE_CLASS if speech.active else ""
                              ).encode("utf-8")

        metas = accessibility_metadata(
            article, certified_by=self.options.certified_by or "artexport",
            narrated=narration is not None)
        cover_uid = cover.uid if cover is not None else None
        resources = [Resource(i.uid, i.href, i.media_type, i.data,
                              ("cover-image",) if i.uid == cover_uid else ())
                     for i in images.values()]
        resources += [Resource(f"font-{n}", href, FONT_MEDIA_TYPE[FONT_FLAVOR], data)
                      for n, (href, data) in enumerate(sorted(font_files.items()), 1)]
        resources.append(Resource("style", "style.css", "text/css", css))
        if narration is not None:
            article_doc = next(d for d in docs if d.uid == "article")
            overlay, overlay_metas = self._overlay(article_doc, narration)
            resources += overlay
            metas += overlay_metas
        book = build_book(article, docs, resources, metas, cover_uid=cover_uid)
        return Rendered(write_book(book, modified_time(article)))

    # ---- helpers ---------------------------------------------------------------------
    def _overlay(self, doc: Document, narration: Narration
                 ) -> tuple[list[Resource], list[Meta]]:
        """The narration MP3 and ``doc``'s Media Overlay, and their package metadata.

        Sets ``doc.media_overlay``. Clips point at the sentence ids the rendered document
        really has (a template override may have dropped some: their audio joins the
        sentence before, so the recording still plays whole).
        """
        present = document_ids(doc.xhtml)
        clips = overlay_clips(narration.cues, narration.duration_s, present)
        if not clips:
            used = environment("epub", self.templates).get_template(
                "article.xhtml.j2").filename or "article.xhtml.j2"
            raise ExportError(used, "epub: with_audio needs the sentence ids the "
                                    "'speech' marker renders; the template has none")
        smil_uid = f"{doc.uid}-overlay"
        smil_href = f"{Path(doc.file_name).stem}.smil"
        smil = smil_document(doc.file_name, AUDIO_HREF, clips)
        doc.media_overlay = smil_uid
        duration = clock_value(total_duration(clips))
        resources = [Resource("narration", AUDIO_HREF, "audio/mpeg", narration.mp3),
                     Resource(smil_uid, smil_href, "application/smil+xml", smil)]
        metas = [Meta("media:duration", duration, refines=f"#{smil_uid}"),
                 # one overlay: the total is its duration (EPUBCheck wants them equal)
                 Meta("media:duration", duration),
                 Meta("media:active-class", ACTIVE_CLASS)]
        return resources, metas

    def _xhtml(self, template: str, ctx: dict[str, Any], **extra: Any) -> bytes:
        text = render_template("epub", template, user_dir=self.templates, **ctx, **extra)
        text = NOT_XML.sub("", text.lstrip())
        data = text.encode("utf-8")
        try:  # a template (or a user's override of one) must give well-formed XHTML
            etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as e:
            used = environment("epub", self.templates).get_template(template).filename
            raise ExportError(used or template, f"the template does not produce well-formed "
                                                f"XHTML: {e}") from None
        return data

    def _plan(self, edition: Edition) -> FontPlan:
        return edition.font_plan(self.options.font, DEFAULT_ARABIC_FACE)

    def _fonts(self, edition: Edition, docs: Sequence[Document]
               ) -> tuple[dict[str, bytes], list[FontRule], str, list[LangRule]]:
        """Subset font files (name -> bytes), their @font-face rules, the CSS stack and
        the per-language rules (Urdu in Nastaliq inside an Arabic article...)."""
        text = "".join(_document_text(d.xhtml) for d in docs)
        plan = self._plan(edition)
        base = _families_needed(plan.base, text)
        generic = "sans-serif" if base[0] in ("sans", "sans-arabic") else "serif"
        stack = fonts.font_stack(base, generic)
        lang_rules = [LangRule(rule.lang, fonts.font_stack(rule.keys, generic),
                               line_height(rule.keys, BODY_LINE_HEIGHT))
                      for rule in plan.rules]
        if not self.options.embed_fonts:
            return {}, [], stack, lang_rules
        article = edition.article
        italic = any(s.emphasis == "em" for b in article.blocks for s in block_spans(b))
        chars = "".join(sorted(set(text)))
        files: dict[str, bytes] = {}
        rules: list[FontRule] = []
        keys = dict.fromkeys((*base, *(k for rule in plan.rules for k in rule.keys)))
        for face in fonts.faces(tuple(keys)):
            if face.style == "italic" and not italic:
                continue  # no emphasis to draw: the face would be dead weight
            href = f"fonts/{Path(face.file).stem}.{FONT_FLAVOR}"
            files[href] = fonts.subset(face.file, chars, FONT_FLAVOR)
            rules.append(FontRule(face.family, href, FONT_FLAVOR, face.weight, face.style,
                                  face.feature_settings))
        return files, rules, stack, lang_rules


@dataclass(frozen=True)
class LangRule:
    """A language whose text the style sheet sets in its own stack (``:lang(ur)``)."""

    lang: str
    font_stack: str
    line_height: float


@dataclass(frozen=True)
class FontRule:
    """One ``@font-face`` rule of the book's style sheet."""

    family: str
    href: str
    format: str
    weight: int
    style: str
    feature_settings: str | None = None


def _families_needed(keys: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The families of ``keys`` (in fallback order) that draw at least one character of
    ``text`` the earlier ones cannot: subsetting a face costs a second or more, and a
    face nobody reaches would only make the book bigger."""
    left = {ch for ch in text if not ch.isspace()}
    needed: list[str] = []
    for key in keys:
        covered = left & fonts.charset(fonts.FAMILIES[key][0].file)
        if covered or not needed:
            needed.append(key)
            left -= covered
    return tuple(needed)


# ---- content -------------------------------------------------------------------------

def _collect_images(article: Article, guard: ResourceGuard) -> dict[Path, ImageItem]:
    """Every figure image the book shows, read through the guard, once per file."""
    out: dict[Path, ImageItem] = {}
    for fig in article.figures():
        image = fig.image
        if image.path is None or image.path in out:
            continue
        try:  # identified from the content: an Article built in Python may claim anything
            data, info = guard.read_image(image.path)
        except ResourceError as e:
            warnings.warn(ArtexportWarning(f"{e}; the book shows the caption only"),
                          stacklevel=caller_stacklevel())
            continue
        n = len(out) + 1
        ext = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
               "image/webp": "webp"}[info.media_type]
        out[image.path] = ImageItem(f"image-{n}", f"images/image-{n}.{ext}",
                                    info.media_type, data, info.width, info.height)
    return out


def _lead_view(edition: Edition, images: dict[Path, ImageItem]) -> BlockView | None:
    fig = edition.article.lead_image
    if fig is None:
        return None
    return BlockView("lead", fig, image=images.get(fig.image.path) if fig.image.path else None,
                     credit=edition.caption(fig).credit)


def _block_views(edition: Edition, images: dict[Path, ImageItem]) -> list[BlockView]:
    views: list[BlockView] = []
    levels = edition.heading_levels
    for n, block in enumerate(edition.article.blocks, 1):
        if isinstance(block, Heading):
            views.append(BlockView(block.id, block, level=levels[n - 1], index=n - 1))
        elif isinstance(block, Figure):
            image = images.get(block.image.path) if block.image.path else None
            views.append(BlockView(f"b{n}", block, image=image, index=n - 1,
                                   credit=edition.caption(block).credit))
        else:
            views.append(BlockView(f"b{n}", block, index=n - 1))
    return views


def _toc(edition: Edition, views: Sequence[BlockView]) -> list[TocNode]:
    """The navigation tree: the article, with its headings nested by level (each in its
    own language and direction)."""
    root = TocNode(edition.title, "article.xhtml")
    stack: list[tuple[int, TocNode]] = [(1, root)]
    for view in views:
        if not view.level:
            continue
        assert isinstance(view.block, Heading)
        # links inside a heading cannot be nested inside the navigation link
        own = edition.block_language(view.block)
        node = TocNode(tuple(replace(s, href=None) for s in view.block.spans),
                       f"article.xhtml#{view.block.id}",
                       lang=own.lang if own else None,
                       direction=own.direction if own else None)
        while stack[-1][0] >= view.level:
            stack.pop()
        stack[-1][1].children.append(node)
        stack.append((view.level, node))
    return [root]


def document_ids(xhtml: bytes) -> set[str]:
    """Every element id of an XHTML document."""
    root = etree.fromstring(xhtml, _PARSER)
    return {str(el.get("id")) for el in root.iter() if el.get("id") is not None}



def smil_document(text_href: str, audio_href: str, clips: Sequence[Clip]) -> bytes:
    """The SMIL 3.0 Media Overlay Document for one content document: a ``par`` per clip,
    in order. ``text_href`` and ``audio_href`` are relative to the SMIL file."""
    nsmap: Any = {None: _SMIL_NS, "epub": _EPUB_NS}  # lxml-stubs reject the default ns key
    smil = etree.Element(f"{{{_SMIL_NS}}}smil", nsmap=nsmap)
    smil.set("version", "3.0")
    body = etree.SubElement(smil, f"{{{_SMIL_NS}}}body")
    body.set(f"{{{_EPUB_NS}}}textref", text_href)
    for n, clip in enumerate(clips, 1):
        par = etree.SubElement(body, f"{{{_SMIL_NS}}}par", id=f"par-{n}")
        etree.SubElement(par, f"{{{_SMIL_NS}}}text", src=f"{text_href}#{clip.fragment}")
        etree.SubElement(par, f"{{{_SMIL_NS}}}audio", src=audio_href,
                         clipBegin=clock_value(clip.begin_s), clipEnd=clock_value(clip.end_s))
    out: bytes = etree.tostring(smil, xml_declaration=True, encoding="UTF-8",
                                pretty_print=True)
    return out


def _document_text(xhtml: bytes) -> str:
    """All character data of a document (what its fonts must be able to draw)."""
    root = etree.fromstring(xhtml, _PARSER)
    return "".join(str(t) for t in root.itertext())


# ---- metadata --------------------------------------------------------------------------

