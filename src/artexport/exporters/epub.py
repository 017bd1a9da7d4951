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
article's narration (:func:`artexport.readalong.narrate`, the audio exporter's
synthesis) goes in as one MP3, every spoken sentence of ``article.xhtml`` is wrapped in
``<span id="s-...">`` by the templates' ``speech`` marker, and a SMIL Media Overlay
plays a clip per sentence. ``media:duration`` (per overlay and in total) and
``media:active-class`` are written as our own :class:`Meta` entries: ebooklib's
``media_duration`` writes an invalid ``duration`` manifest attribute. The cover has no
text to narrate and gets no overlay.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from ebooklib import epub
from lxml import etree
from markupsafe import Markup, escape

from .. import fonts
from ..errors import ArtexportWarning, ExportError, ResourceError
from ..loader import article_uuid
from ..markup import safe_href
from ..model import (
    Article,
    Block,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    heading_levels,
)
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
from ..text.bidi import isolate_text
from ..text.dates import has_names, reader_date
from ..text.lang import primary_subtag, script_of, words_language
from .base import Exporter, Rendered

if TYPE_CHECKING:
    from ..narration import Narration

XML_NS = "http://www.w3.org/XML/1998/namespace"
# The narration of a read-aloud book: one MP3 for the whole book.
AUDIO_HREF = "audio/narration.mp3"
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"

# Used when an article carries no date: a fixed instant keeps the output reproducible
# (1980-01-01 is also the earliest time a zip entry can hold).
FALLBACK_MODIFIED = datetime(1980, 1, 1, tzinfo=UTC)

# WOFF2 is an EPUB 3.3 core media type (font/woff2) that EPUBCheck 5 accepts without
# a warning, and it is a third of the size of the TrueType subset.
FONT_FLAVOR: Literal["woff2", "ttf"] = "woff2"
FONT_MEDIA_TYPE = {"woff2": "font/woff2", "ttf": "font/ttf"}

# Parser for our own rendered documents: never fetch or expand anything.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_SMIL_NS = "http://www.w3.org/ns/SMIL"
_EPUB_NS = "http://www.idpf.org/2007/ops"
# Characters XML 1.0 cannot carry, even as references (noncharacters included).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class EpubOptions(ReadAlongOptions):
    """Options of the ``epub`` exporter (CLI: ``--opt key=value``).

    ``font``: the Arabic face (``naskh``, ``sans-arabic`` or ``amiri``); Latin text is
    always Noto Sans. ``certified_by``: who evaluated the book's accessibility, written as
    ``a11y:certifiedBy`` (default: "artexport", the tool that checked it).
    ``embed_fonts``: embed subset fonts (off: the reading system's fonts are used).
    ``with_audio`` (and ``engine``, ``voice``, ``rate``, see
    :class:`~artexport.readalong.ReadAlongOptions`): a read-aloud book, the narration
    synchronised with the text by EPUB 3 Media Overlays.
    """

    font: Literal["naskh", "sans-arabic", "amiri"] = "naskh"
    certified_by: str | None = None
    embed_fonts: bool = True


# ---- labels in the article's language ------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "contents": "المحتويات",
        "landmarks": "معالم الكتاب",
        "cover": "الغلاف",
        "bodymatter": "بداية المقال",
        "by": "بقلم",
        "published": "نُشر في",
        "updated": "آخر تحديث",
        "tags": "الوسوم:",
        "publisher": "الناشر:",
        "source": "المصدر:",
        "list_sep": "، ",
        "name_sep": "، ",
        "and": " و",
    },
    "en": {
        "contents": "Contents",
        "landmarks": "Landmarks",
        "cover": "Cover",
        "bodymatter": "Start of the article",
        "by": "By",
        "published": "Published",
        "updated": "Updated",
        "tags": "Tags:",
        "publisher": "Publisher:",
        "source": "Source:",
        "list_sep": ", ",
        "name_sep": ", ",
        "and": " and ",
    },
}

def label_language(lang: str) -> str:
    """The language the book's own labels are written in: the article's when artexport
    has labels for it, else English (marked as such in the documents)."""
    return words_language(lang, _LABELS)


class Labels:
    """Label strings for templates: ``labels.contents`` is markup, ``labels.plain(key)``
    the bare text (for ``<title>``). A label in another language than the article's is
    wrapped in ``<span lang>`` so a screen reader switches voice for it."""

    _SEPARATORS = frozenset({"list_sep", "name_sep", "and"})

    def __init__(self, lang: str) -> None:
        self.lang = label_language(lang)
        self._foreign = self.lang != primary_subtag(lang)
        self._text = _LABELS[self.lang]

    def plain(self, key: str) -> str:
        return self._text[key]

    def __getattr__(self, key: str) -> Markup:
        if key.startswith("_") or key not in self._text:
            raise AttributeError(key)
        text = escape(self._text[key])
        if self._foreign and key not in self._SEPARATORS:
            return Markup('<span lang="{0}" xml:lang="{0}" dir="ltr">{1}</span>').format(
                self.lang, text)
        return Markup(text)


def format_date(dt: datetime, lang: str, *, with_time: bool = False) -> str:
    """A date as a reader says it (``14 مارس 2024``), in the article's own time zone;
    ISO 8601 for languages artexport has no month names for."""
    if not has_names(lang) or label_language(lang) != primary_subtag(lang):
        text = dt.date().isoformat()
        return f"{text}, {dt.hour:02d}:{dt.minute:02d}" if with_time else text
    return reader_date(dt, lang, weekday=False, time=with_time)


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


@dataclass
class TocNode:
    spans: Inline
    href: str
    children: list[TocNode] = field(default_factory=list)


@dataclass
class Document:
    """One XHTML content document of the book.

    ``media_overlay`` is the manifest id of its SMIL file once audio is added.
    """

    uid: str
    file_name: str
    title: str
    xhtml: bytes
    properties: list[str] = field(default_factory=list)
    in_spine: bool = True
    media_overlay: str | None = None


@dataclass(frozen=True)
class Resource:
    """Any other file of the book: image, font, style sheet (later SMIL, audio)."""

    uid: str
    href: str
    media_type: str
    data: bytes
    properties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meta:
    """One ``<meta property="...">`` of the package metadata (``refines``: ``#id`` of the
    manifest item or element it is about)."""

    property: str
    value: str
    lang: str | None = None
    refines: str | None = None


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
        images = _collect_images(article, guard)
        lead = _lead_view(article, images)
        views = _block_views(article, images)
        labels = Labels(article.lang)
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
            "css_href": "style.css",
            "title": isolate_text(article.title, article.direction),
            "subtitle": isolate_text(article.subtitle, article.direction),
            "byline": _byline(article, labels),
            "dates": _dates(article, labels, speech),
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
            self._xhtml("nav.xhtml.j2", ctx, toc=_toc(article, views), landmarks=landmarks),
            properties=["nav"], in_spine=False))

        font_files, font_rules, stack = self._fonts(article, docs)
        css = render_template("epub", "style.css.j2", user_dir=self.templates,
                              font_faces=font_rules, font_stack=stack,
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
        book = _build_book(article, docs, resources, metas, cover_uid=cover_uid)
        return Rendered(_write_book(book, modified_time(article)))

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
        text = _NOT_XML.sub("", text.lstrip())
        data = text.encode("utf-8")
        try:  # a template (or a user's override of one) must give well-formed XHTML
            etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as e:
            used = environment("epub", self.templates).get_template(template).filename
            raise ExportError(used or template, f"the template does not produce well-formed "
                                                f"XHTML: {e}") from None
        return data

    def _fonts(self, article: Article, docs: Sequence[Document]
               ) -> tuple[dict[str, bytes], list[FontRule], str]:
        """Subset font files (name -> bytes), their @font-face rules and the CSS stack."""
        text = "".join(_document_text(d.xhtml) for d in docs)
        keys = fonts.families_for(article.lang, self.options.font)
        if self.options.font not in keys and any(script_of(ch) == "arabic" for ch in text):
            keys = (*keys, self.options.font)  # an Arabic quotation in a Latin article
        keys = _families_needed(keys, text)
        generic = "sans-serif" if keys[0] in ("sans", "sans-arabic") else "serif"
        stack = fonts.font_stack(keys, generic)
        if not self.options.embed_fonts:
            return {}, [], stack
        italic = any(s.emphasis == "em" for b in article.blocks for s in _block_spans(b))
        chars = "".join(sorted(set(text)))
        files: dict[str, bytes] = {}
        rules: list[FontRule] = []
        for face in fonts.faces(keys):
            if face.style == "italic" and not italic:
                continue  # no emphasis to draw: the face would be dead weight
            href = f"fonts/{Path(face.file).stem}.{FONT_FLAVOR}"
            files[href] = fonts.subset(face.file, chars, FONT_FLAVOR)
            rules.append(FontRule(face.family, href, FONT_FLAVOR, face.weight, face.style,
                                  face.feature_settings))
        return files, rules, stack


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


def _block_spans(block: Block) -> Iterable[Span]:
    if isinstance(block, Heading | Paragraph):
        yield from block.spans
    elif isinstance(block, Quote):
        for para in block.paragraphs:
            yield from para
        yield from block.attribution
    elif isinstance(block, ListBlock):
        for item in block.items:
            yield from item
    elif isinstance(block, Figure):
        yield from block.caption


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
                          stacklevel=3)
            continue
        n = len(out) + 1
        ext = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
               "image/webp": "webp"}[info.media_type]
        out[image.path] = ImageItem(f"image-{n}", f"images/image-{n}.{ext}",
                                    info.media_type, data, info.width, info.height)
    return out


def _lead_view(article: Article, images: dict[Path, ImageItem]) -> BlockView | None:
    fig = article.lead_image
    if fig is None:
        return None
    return BlockView("lead", fig, image=images.get(fig.image.path) if fig.image.path else None)


def _block_views(article: Article, images: dict[Path, ImageItem]) -> list[BlockView]:
    views: list[BlockView] = []
    levels = heading_levels(article.blocks)
    for n, block in enumerate(article.blocks, 1):
        if isinstance(block, Heading):
            views.append(BlockView(block.id, block, level=levels[n - 1], index=n - 1))
        elif isinstance(block, Figure):
            image = images.get(block.image.path) if block.image.path else None
            views.append(BlockView(f"b{n}", block, image=image, index=n - 1))
        else:
            views.append(BlockView(f"b{n}", block, index=n - 1))
    return views


def _toc(article: Article, views: Sequence[BlockView]) -> list[TocNode]:
    """The navigation tree: the article, with its headings nested by level."""
    root = TocNode(isolate_text(article.title, article.direction), "article.xhtml")
    stack: list[tuple[int, TocNode]] = [(1, root)]
    for view in views:
        if not view.level:
            continue
        assert isinstance(view.block, Heading)
        # links inside a heading cannot be nested inside the navigation link
        node = TocNode(tuple(replace(s, href=None) for s in view.block.spans),
                       f"article.xhtml#{view.block.id}")
        while stack[-1][0] >= view.level:
            stack.pop()
        stack[-1][1].children.append(node)
        stack.append((view.level, node))
    return [root]


def _byline(article: Article, labels: Labels) -> Markup:
    if not article.authors:
        return Markup("")
    names = []
    for author in article.authors:
        name = escape(author.name)
        if author.role:
            name = Markup("{0}{1}{2}").format(name, labels.name_sep, author.role)
        names.append(name)
    joined = names[0]
    if len(names) > 1:
        joined = (Markup(labels.list_sep).join(names[:-1]) + escape(labels.plain("and"))
                  + names[-1])
    return Markup("{0} {1}").format(labels.by, joined)


def _dates(article: Article, labels: Labels,
           speech: SentenceMarker) -> list[dict[str, str | Markup]]:
    """The publication and update dates as shown; ``id`` is the element id of the one
    the narration speaks (the publication date), or ""."""
    out: list[dict[str, str | Markup]] = []
    if article.published is not None:
        out.append({"label": labels.published, "iso": article.published.isoformat(),
                    "text": format_date(article.published, article.lang),
                    "id": speech.id("date")})
    if article.updated is not None and (article.published is None
                                        or article.updated > article.published):
        # an update on the day of publication is told apart by its time
        same_day = article.published is not None \
            and article.updated.date() == article.published.date()
        out.append({"label": labels.updated, "iso": article.updated.isoformat(),
                    "text": format_date(article.updated, article.lang, with_time=same_day),
                    "id": ""})
    return out


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

def modified_time(article: Article) -> datetime:
    """``dcterms:modified``: the article's last update (else publication) time, in UTC."""
    when = article.updated or article.published or FALLBACK_MODIFIED
    return max(when.astimezone(UTC), FALLBACK_MODIFIED).replace(microsecond=0)


def accessibility_metadata(article: Article, *, certified_by: str,
                           narrated: bool = False) -> list[Meta]:
    """EPUB Accessibility 1.1 metadata derived from what the book contains.

    The book shows a figure's image when ``image.path`` is set; such an image counts as
    described when it has non-empty alt text. Only when every shown image is described
    are ``alternativeText`` and text-only ``accessModeSufficient`` claimed.

    ``narrated``: the book has Media Overlays (a recorded reading synchronised with the
    text): ``auditory`` is an access mode and ``synchronizedAudioText`` a feature. The
    narration reads the text, not the images' alt text, so listening alone is claimed
    sufficient only for a book without images; with images it is "auditory,visual".
    """
    alts = [bool(f.image.alt.strip()) for f in article.figures() if f.image.path is not None]
    has_images = bool(alts)
    all_described = has_images and all(alts)
    headings = len(article.headings())

    metas = [Meta("schema:accessMode", "textual")]
    if has_images:
        metas.append(Meta("schema:accessMode", "visual"))
        metas.append(Meta("schema:accessModeSufficient", "textual,visual"))
    if narrated:
        metas.insert(1, Meta("schema:accessMode", "auditory"))
    if not has_images or all_described:
        metas.append(Meta("schema:accessModeSufficient", "textual"))
    if narrated:
        metas.append(Meta("schema:accessModeSufficient",
                          "auditory,visual" if has_images else "auditory"))
    features = ["structuralNavigation", "tableOfContents", "readingOrder",
                "displayTransformability"]
    if all_described:
        features.append("alternativeText")
    if narrated:
        features.append("synchronizedAudioText")
    metas.extend(Meta("schema:accessibilityFeature", f) for f in features)
    metas.append(Meta("schema:accessibilityHazard", "none"))
    summary, summary_lang = accessibility_summary(
        article, images=len(alts), described=sum(alts), headings=headings, narrated=narrated)
    metas.append(Meta("schema:accessibilitySummary", summary,
                      None if summary_lang == primary_subtag(article.lang) else summary_lang))
    metas.append(Meta("dcterms:conformsTo", CONFORMS_TO))
    metas.append(Meta("a11y:certifiedBy", certified_by))
    return metas


def accessibility_summary(article: Article, *, images: int, described: int,
                          headings: int, narrated: bool = False) -> tuple[str, str]:
    """A human-readable summary of the book's accessibility and its language tag.

    Written in the article's language when artexport has the words for it (Arabic,
    English), otherwise in English. ``narrated``: the book has a synchronised narration.
    """
    lang = label_language(article.lang)
    if lang == "ar":
        parts = [f"نسخة إلكترونية مُتاحة من مقال «{article.title}»، نصّها كاملٌ ومرتّب "
                 "بترتيب القراءة، ويمكن تكبير خطّه وتغيير ألوانه في نظام القراءة."]
        parts.append("فيها جدول محتويات" + (" وعناوين فرعية مرمّزة للتنقل بينها."
                                            if headings else " وعنوان رئيسي مرمّز."))
        if images == 0:
            parts.append("لا تحتوي على صور، فالنص وحده يكفي لقراءتها.")
        elif described == images:
            parts.append("لكل صورة فيها نصّ بديل يصفها، فالنص وحده يكفي لقراءتها.")
        else:
            parts.append("بعض الصور فيها بلا نصّ بديل يصفها.")
        if narrated:
            parts.append("يقرأ صوتٌ مُركَّب المقالَ بصوت مسموع (العنوان والتاريخ ونصّ المقال) "
                         "متزامنًا مع النص، فتُظلَّل كل جملة في أثناء قراءتها.")
            parts.append("لغة النص واتجاهه محدّدان في كل صفحة، ولا تحتوي على وميض أو "
                         "محاكاة حركة أو أصوات مؤذية.")
        else:
            parts.append("لغة النص واتجاهه محدّدان في كل صفحة، ولا تحتوي على وميض أو صوت "
                         "أو محاكاة حركة.")
        return " ".join(parts), "ar"
    parts = [f"An accessible edition of the article “{article.title}”: the full text in "
             "reading order, which the reading system can enlarge and restyle."]
    parts.append("It has a table of contents" + (" and marked-up section headings for "
                                                 "navigation." if headings
                                                 else " and a marked-up title."))
    if images == 0:
        parts.append("It contains no images; the text alone is sufficient.")
    elif described == images:
        parts.append("Every image has a text alternative; the text alone is sufficient.")
    else:
        parts.append("Some images have no text alternative.")
    if narrated:
        parts.append("A synthetic voice reads the article aloud (the title, the date and "
                     "the text), synchronised with the text: each sentence is highlighted "
                     "while it is read.")
        parts.append("The language and direction of the text are marked throughout; there "
                     "is no flashing, motion simulation or hazardous sound.")
    else:
        parts.append("The language and direction of the text are marked throughout; there "
                     "is no flashing, sound or motion simulation.")
    return " ".join(parts), "en"


def _xml_text(text: str) -> str:
    """Text lxml accepts: ebooklib silently drops a metadata entry lxml refuses."""
    return _NOT_XML.sub("", text)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- the package -----------------------------------------------------------------------

class _Xhtml(epub.EpubHtml):  # type: ignore[misc]  # ebooklib ships no type hints
    """A content document whose bytes are ours: ebooklib would re-parse it with an HTML
    parser and rebuild it from its own (English) template."""

    def get_content(self, default: bytes | None = None) -> bytes:
        return bytes(self.content)


def _build_book(article: Article, docs: Sequence[Document], resources: Sequence[Resource],
                metas: Sequence[Meta], *, cover_uid: str | None) -> Any:
    """The ebooklib book: metadata, manifest and spine (nothing is rendered here)."""
    book = epub.EpubBook()
    book.set_identifier(f"urn:uuid:{article_uuid(article)}")
    book.set_title(_xml_text(article.title))
    book.set_language(article.lang)
    book.set_direction(article.direction)
    book.set_unique_metadata("OPF", "generator", "",
                             {"name": "generator", "content": f"artexport {_version()}"})
    for n, author in enumerate(article.authors, 1):
        book.add_author(_xml_text(author.name), uid=f"creator-{n}", role="aut")
    if article.publisher:
        book.add_metadata("DC", "publisher", _xml_text(article.publisher))
    if article.published is not None:
        book.add_metadata("DC", "date", _utc(article.published))
    for subject in ([article.section] if article.section else []) + list(article.tags):
        book.add_metadata("DC", "subject", _xml_text(subject))
    if article.summary:
        book.add_metadata("DC", "description", _xml_text(article.summary))
    if article.source_url:
        book.add_metadata("DC", "source", _xml_text(article.source_url))
    for meta in metas:
        attrs = {"property": meta.property}
        if meta.refines:
            attrs["refines"] = meta.refines
        if meta.lang:
            attrs[f"{{{XML_NS}}}lang"] = meta.lang
        book.add_metadata(None, "meta", _xml_text(meta.value), attrs)
    if cover_uid is not None:
        # EPUB 2 reading systems find the cover image through this
        book.add_metadata(None, "meta", "", {"name": "cover", "content": cover_uid})

    for res in resources:
        item = epub.EpubItem(uid=res.uid, file_name=res.href, media_type=res.media_type,
                             content=res.data)
        item.properties = list(res.properties)  # ebooklib writes them when present
        book.add_item(item)
    spine = []
    for doc in docs:
        item = _Xhtml(uid=doc.uid, file_name=doc.file_name, title=doc.title,
                      lang=article.lang, direction=article.direction,
                      media_overlay=doc.media_overlay)
        item.content = doc.xhtml
        item.properties = list(doc.properties)
        book.add_item(item)
        if doc.in_spine:
            spine.append(item)
    book.spine = spine
    return book


def _version() -> str:
    try:
        return version("artexport")
    except PackageNotFoundError:  # running from a source tree without installing
        return "dev"


_ZIP_LATEST = datetime(2107, 12, 31, 23, 59, 58, tzinfo=UTC)


class _ReproducibleWriter(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer with fixed zip entry times and an EPUB 3.3-clean package."""

    def __init__(self, out: io.BytesIO, book: Any, modified: datetime) -> None:
        super().__init__(out, book, {"mtime": modified, "package_direction": True,
                                     "compresslevel": 9})
        # A zip entry's time is 1980..2107 (DOS time): the article's date, held to that.
        zip_time = min(max(modified, FALLBACK_MODIFIED), _ZIP_LATEST)
        self.date_time = zip_time.timetuple()[:6]

    def _write_opf_spine(self, root: Any, ncx_id: str | None) -> None:
        super()._write_opf_spine(root, ncx_id)
        if ncx_id is None:  # ebooklib names an NCX even when there is none
            spine = root.find("spine")
            spine.attrib.pop("toc", None)

    def _write_opf_file(self, root: Any) -> None:
        root.set(f"{{{XML_NS}}}lang", self.book.language)
        # "rendition:" is a reserved prefix in EPUB 3.3; declaring it again is reported
        root.attrib.pop("prefix", None)
        super()._write_opf_file(root)

    def write(self) -> None:
        with zipfile.ZipFile(self.file_name, "w", zipfile.ZIP_DEFLATED,
                             compresslevel=self.options["compresslevel"]) as archive:
            self.out = _FixedTimeZip(archive, self.date_time)
            # the mimetype entry first and stored: OCF's "magic number"
            self.out.writestr("mimetype", "application/epub+zip",
                              compress_type=zipfile.ZIP_STORED)
            self._write_container()
            self._write_opf()
            self._write_items()


@dataclass
class _FixedTimeZip:
    """The ``writestr`` ebooklib calls, with one fixed time and mode for every entry."""

    archive: zipfile.ZipFile
    date_time: tuple[int, ...]

    def writestr(self, name: str, data: str | bytes, compress_type: int | None = None) -> None:
        info = zipfile.ZipInfo(name, date_time=self.date_time)  # type: ignore[arg-type]
        if compress_type is None:  # an MP3 does not deflate: storing it saves the time
            compress_type = zipfile.ZIP_STORED if name.endswith(".mp3") else zipfile.ZIP_DEFLATED
        info.compress_type = compress_type
        info.create_system = 3  # Unix, whatever machine builds the book
        info.external_attr = 0o644 << 16
        self.archive.writestr(info, data)


def _write_book(book: Any, modified: datetime) -> bytes:
    buf = io.BytesIO()
    writer = _ReproducibleWriter(buf, book, modified)
    writer.process()
    writer.write()
    return buf.getvalue()
