"""Saved news pages (``.html``, ``.htm``, ``.xhtml``): metadata and the article's text.

Parsing is hardened for untrusted pages: lxml with ``no_network=True``,
``huge_tree=False``, no comments or processing instructions; XHTML is parsed as XML
with ``resolve_entities=False`` and no DTD, so neither an external entity nor an entity
bomb is ever expanded (HTML's own character names are mapped; any other entity is
dropped with a warning). Nothing is fetched.

Metadata: title (``og:title``, ``<h1>``, JSON-LD ``headline``, ``<title>`` less the
site name), dates (``article:published_time``, ``datePublished``, JSON-LD -- parsed as
data --, ``<time>``, ``dc:date``, else an Arabic date line under the headline), authors,
publisher, section, tags, summary, canonical URL, ``lang``/``dir``.

Content: trafilatura finds the article (precision setting, no comments; again with its
fallbacks when it finds under 100 words). Its XML body maps onto blocks: ``head``,
``p`` (split at ``<lb/>``), ``list`` (nested lists flattened; an item holding an image
is a gallery figure), ``table`` (rows, cells joined by " | "), ``quote``, ``graphic``,
``code``, ``hi``/``ref`` (links keep only ``http(s)``/``mailto`` targets). The page adds
what the XML lacks: figure captions and credits, quote attributions, ``lang``/``dir``
runs, a byline or dateline under the headline. Images keep their
``src``; the loader refuses remote, ``data:`` and ``../`` ones with a warning.

Every other line of the page is in ``Draft.dropped`` with its source line and reason
(``artexport inspect --dropped``); ``keep_all`` keeps every line as a paragraph.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from html import entities as html_entities
from pathlib import Path
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..errors import ArtexportWarning, ArticleError, caller_stacklevel, quoted
from ..markup import safe_href
from ..model import (
    Block,
    Direction,
    Dropped,
    Emphasis,
    Figure,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    block_texts,
    plain_text,
)
from ..resources import Limits
from ..text.lang import LANG_TAG
from .base import Draft, check_table_cells, read_text
from .furniture import (
    ADVERT,
    COMMENTS,
    COOKIES,
    FOOTER,
    NAVIGATION,
    RELATED,
    WIDGET,
    furniture_reason,
)
from .html_encoding import decode_declared
from .news import (
    byline_meta,
    date_meta,
    drop_trailing_disclaimers,
    find_date,
    fold,
    is_furniture,
    lead_dateline,
    parse_byline,
    parse_dateline,
)

Element = etree._Element

# Never article text, wherever they are.
_JUNK_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "param", "svg", "math", "canvas", "video", "audio", "source",
    "track", "map", "area", "button", "input", "select", "option", "textarea", "label",
    "dialog", "link", "meta", "head", "title", "base",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    "caption", "img", "picture",
})
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                            "techarticle", "scholarlyarticle", "liveblogposting", "report",
                            "webpage"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_MAX_DEPTH = 120  # deeper than any real page; beyond it text is read flat (no recursion)
_DASH = re.compile(r"^\s*(—|―|--|-)\s*")
_SPACES = re.compile(r"\s+")


def read_html(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    """Parse a saved news page into a draft (see the module docstring)."""
    text = _CONTROLS.sub(" ", _decode(path, limits))
    check_table_cells(text, path, limits)
    entities: set[str] = set()
    root = _html_tree(_parse(path, text, entities), entities)
    reader = _Meta(path, root, _furniture())  # JSON-LD first: it is in <script>s
    _strip_junk(root)
    meta = reader.collect()
    title = str(meta.get("title") or "")
    page = _Page(root, title)
    xml = None if keep_all else _extract(root)
    if xml is not None:
        blocks = _Mapper(page).body(xml)
    else:
        # keep_all, or a page where trafilatura finds no article: every line of the page
        # (that is not furniture, unless keep_all) as a paragraph.
        furniture = _furniture()
        blocks = [Paragraph((Span(line),)) for el, line in page.lines
                  if keep_all or not (furniture(el) or furniture_reason(line))]
    if not keep_all:
        blocks = _tidy(blocks, meta, title)
    draft = Draft(path, meta, missing_images="warn")
    draft.blocks, draft.lead = _lead(blocks, meta.pop("_og_image", None),
                                     meta.pop("_og_image_alt", ""), meta)
    if not keep_all:
        draft.dropped = page.dropped(draft.blocks, draft.lead)
    first = next((plain_text(b.spans) for b in draft.blocks if isinstance(b, Paragraph)), "")
    if not keep_all:
        page.header(first, meta)
    if "published" not in meta:
        _date_under_title(root, first, meta)
    body_key = fold(" ".join(plain_text(b.spans) for b in draft.blocks[:4]
                             if isinstance(b, Paragraph)))
    summary = fold(str(meta.get("summary", "")))
    middle = summary[len(summary) // 3:len(summary) // 3 + 30]
    if summary and (summary[:40] in body_key or middle in body_key):
        # The page's description is its first lines again, cut short: not a summary.
        meta.pop("summary", None)
    if entities:
        names = ", ".join(f"&{n};" for n in sorted(entities))
        warnings.warn(ArtexportWarning(f"{path}: entities {names} are declared by the page "
                                       "and were not expanded"), stacklevel=caller_stacklevel())
    return draft


# ---- decoding and parsing -----------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def _decode(path: Path, limits: Limits) -> str:
    """UTF-8 text (via :func:`read_text`); a page that declares another charset
    ("windows-1256" is common for Arabic pages) is decoded with it."""
    try:
        return read_text(path, limits)
    except ArticleError as e:
        if not e.problem.startswith("not valid UTF-8"):
            raise
        raw = path.read_bytes()
        head = raw[:4096]
        declared = _XML_ENCODING.search(head) or _CHARSET.search(head)
        charset = declared.group(1).decode("ascii").lower() if declared else ""
        if not charset or charset.replace("-", "").replace("_", "") == "utf8":
            raise
        try:
            data, problem = decode_declared(raw, charset)
        except UnicodeDecodeError:
            raise ArticleError(path, f"{e.problem}, and not valid {charset} as the page "
                                     "declares") from None
        if problem:
            warnings.warn(ArtexportWarning(f"{path}: {problem}"), stacklevel=4)
        return data.replace("\r\n", "\n").replace("\r", "\n")


_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(?:%\s+)?([^\s>%;&]+)")


def _parse(path: Path, text: str, entities: set[str]) -> Element:
    if path.suffix.lower() == ".xhtml" or _XML_DECL.match(text):
        xml_parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False,
                                     remove_comments=True, remove_pis=True, load_dtd=False,
                                     dtd_validation=False, recover=False, encoding="utf-8")
        try:
            root = etree.fromstring(text.encode("utf-8"), xml_parser)
        except etree.XMLSyntaxError:
            pass  # not well-formed (or uses &nbsp; without a DTD): read it as HTML below
        else:
            if root is not None:
                return root
    # The HTML parser knows only HTML's own character names; it never reads an internal
    # DTD subset, which is removed so that its "]>" does not show up as text. References
    # to the entities it declared are removed too (never expanded), and reported.
    text = _XML_DECL.sub("", text, count=1)
    doctype = _DOCTYPE.search(text)
    if doctype:
        rest = text[doctype.end():]
        for name in set(_ENTITY_DECL.findall(doctype.group())):
            if name + ";" not in html_entities.html5 and f"&{name};" in rest:
                entities.add(name)
                rest = rest.replace(f"&{name};", "")
        text = text[:doctype.start()] + rest
    html_parser = lxml_html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True,
                                       remove_pis=True)
    try:
        root = lxml_html.document_fromstring(text, parser=html_parser)
    except (etree.ParserError, ValueError) as e:
        raise ArticleError(path, f"cannot parse the page as HTML: {e}") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in html_parser.error_log):
        # huge_tree=False stops the parser at libxml2's depth limit (256 levels) and
        # the rest of the page would be lost without a word: refuse it instead.
        raise ArticleError(path, "nested more than 256 levels deep")
    return root


def _tag(el: Any) -> str:
    """Local, lower-case tag name; "" for comments, entities and processing instructions."""
    tag = el.tag
    return _local_name(tag) if isinstance(tag, str) else ""


@functools.lru_cache(maxsize=1024)
def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _attr(el: Element, name: str) -> str:
    value = el.get(name)
    if value is None and name == "lang":
        value = el.get(_XML_LANG) or el.get("xml:lang")
    return value.strip() if value else ""


def _text_of(el: Element) -> str:
    """The text of an element, spaces collapsed (junk elements are gone by then)."""
    return " ".join("".join(str(t) for t in el.itertext()).split())


def _strip_junk(root: Element) -> None:
    """Remove what is never article text (scripts, styles, embedded content, form
    controls) from the page, keeping the text after each."""
    for el in list(root.iter(*sorted(_JUNK_TAGS - {"head", "title", "meta", "link", "base"}))):
        if isinstance(el, lxml_html.HtmlElement):
            # (libxml2 puts an <img> that follows a <source> inside it: keep the <img>)
            el.drop_tag() if el.tag == "source" else el.drop_tree()


# ---- metadata -----------------------------------------------------------------------

class _Meta:
    """Reads the page's metadata into draft ``meta`` keys."""

    def __init__(self, path: Path, root: Element, in_furniture: Callable[[Element], bool]) -> None:
        self.path = path
        self.root = root
        self.in_furniture = in_furniture
        self.metas: dict[str, list[str]] = {}
        for el in root.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop")
                   or el.get("http-equiv") or "").strip().lower()
            content = (el.get("content") or "").strip()
            if key and content:
                self.metas.setdefault(key, []).append(content)
        self.ld = _json_ld(root)

    def first(self, *keys: str) -> str:
        for key in keys:
            for value in self.metas.get(key, []):
                if value:
                    return value
        return ""

    def collect(self) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        site = self.first("og:site_name", "application-name")
        publisher = site or _ld_name(self.ld.get("publisher"))
        if publisher:
            meta["publisher"] = " ".join(publisher.split())
        title = self.title([site, publisher])
        if title:
            meta["title"] = title
        lang = self.lang()
        if lang:
            meta["lang"] = lang
        direction = (_attr(self.root, "dir") or _attr(_body_of(self.root), "dir")).lower()
        if direction in ("rtl", "ltr"):
            meta["dir"] = direction
        for key, value in (("published", self.published()), ("updated", self.updated())):
            if value:
                meta[key] = value
        authors = self.authors({fold(site), fold(publisher)} - {""})
        if authors:
            meta["authors"] = authors
        section = self.first("article:section", "og:article:section") \
            or _ld_text(self.ld.get("articleSection"))
        if section:
            meta["section"] = section
        tags = [t for k in ("article:tag", "og:article:tag") for t in self.metas.get(k, [])]
        if tags:
            meta["tags"] = tags
        summary = self.first("og:description", "description", "twitter:description") \
            or _ld_text(self.ld.get("description"))
        if summary:
            meta["summary"] = " ".join(summary.split())
        url = self.first("og:url") or self._canonical()
        if url.startswith(("http://", "https://")):
            meta["url"] = url
        image = self.first("og:image", "twitter:image")
        if image and _is_local_name(image):
            meta["_og_image"] = image
            meta["_og_image_alt"] = self.first("og:image:alt", "twitter:image:alt")
        return meta

    def _canonical(self) -> str:
        for el in self.root.iter("link"):
            if _tag(el) == "link" and "canonical" in (el.get("rel") or "").lower().split():
                return (el.get("href") or "").strip()
        return ""

    def title(self, sites: list[str]) -> str:
        h1s = [t for t in (_text_of(h) for h in self.root.iter("h1")
                           if _tag(h) == "h1" and not self.in_furniture(h))
               if len(t.split()) >= 2]
        named = " ".join((self.first("og:title", "twitter:title")
                          or _ld_text(self.ld.get("headline"))).split())
        page_title = " ".join(next((_text_of(t) for t in self.root.iter("title")
                                    if _tag(t) == "title"), "").split())
        for name, from_metadata in ((named, True), (page_title, False)):
            if not name:
                continue
            # The page's own heading, when the metadata names the same title (with or
            # without " - Site"), is the cleanest form.
            stripped = _strip_site(name, sites, loose=not from_metadata)
            for h1 in h1s:
                if fold(name).startswith(fold(h1)) or fold(h1).startswith(fold(stripped)):
                    return h1
            if from_metadata or not h1s:
                return stripped
        return h1s[0] if h1s else ""

    def lang(self) -> str:
        for raw in (_attr(self.root, "lang"), _attr(_body_of(self.root), "lang"),
                    self.first("content-language", "og:locale", "language"),
                    _ld_text(self.ld.get("inLanguage"))):
            tag = raw.replace("_", "-").split(",")[0].strip()
            if tag and LANG_TAG.match(tag):
                return tag
            if tag:
                warnings.warn(ArtexportWarning(f"{self.path}: page language {quoted(raw)} is not "
                                               "a language tag; ignored"),
                              stacklevel=caller_stacklevel())
        return ""

    def published(self) -> str:
        candidates = [self.first("article:published_time", "og:article:published_time",
                                 "datepublished", "publishdate", "pubdate", "dc.date.issued",
                                 "dcterms.issued", "sailthru.date", "parsely-pub-date",
                                 "date", "dc.date")]
        candidates += [_ld_text(self.ld.get("datePublished"))]
        for el in _xpath(self.root, "//*[@itemprop or @property] | //time"):
            tag = _tag(el)
            if not tag:
                continue
            props = _props(el)
            if "datepublished" in props or "dc:date" in props or "dc:created" in props:
                candidates.append(el.get("content") or el.get("datetime") or "")
            elif tag == "time" and (el.get("pubdate") is not None or "published" in
                                    (el.get("class") or "").lower()):
                candidates.append(el.get("datetime") or "")
        first_time = next((el.get("datetime") or "" for el in self.root.iter("time")
                           if _tag(el) == "time" and el.get("datetime")
                           and not self.in_furniture(el)), "")
        candidates.append(first_time)
        return next((v for v in (_iso(c) for c in candidates) if v), "")

    def updated(self) -> str:
        for value in (self.first("article:modified_time", "og:updated_time", "datemodified",
                                 "dcterms.modified"), _ld_text(self.ld.get("dateModified"))):
            iso = _iso(value)
            if iso:
                return iso
        return ""

    def authors(self, not_names: set[str]) -> list[dict[str, str] | str]:
        names: list[str] = []
        names += _ld_names(self.ld.get("author"))
        for key in ("author", "article:author", "og:article:author", "dc.creator",
                    "parsely-author", "sailthru.author"):
            names += self.metas.get(key, [])
        for el in _xpath(self.root, "//*[@rel or @itemprop or @property]"):
            if not _tag(el):
                continue
            rel = (el.get("rel") or "").lower().split()
            props = _props(el)
            if ("author" in rel or "author" in props) and not self.in_furniture(el):
                inner = next((c for c in el.iter() if _tag(c) and "name" in
                              (c.get("itemprop") or "").lower().split()), None)
                names.append((inner if inner is not None else el).get("content")
                             or _text_of(inner if inner is not None else el))
        out: list[dict[str, str] | str] = []
        seen: set[str] = set()
        for raw in names:
            name = " ".join(raw.split())
            byline = parse_byline(name)
            entry: dict[str, str] | str = byline.authors[0] if byline else name
            key = fold(entry["name"] if isinstance(entry, dict) else entry)
            if not key or key in seen or key in not_names or "://" in key \
                    or len(key.split()) > 6 or key.startswith("@"):
                continue
            seen.add(key)
            out.append(entry)
        return out


def _xpath(root: Element, expr: str) -> list[Element]:
    """The elements an XPath expression selects (it selects only elements here)."""
    found = root.xpath(expr)
    return [el for el in found if isinstance(el, etree._Element)] \
        if isinstance(found, list) else []


def _is_local_name(ref: str) -> bool:
    """A file name beside the page ("photo.jpg", "img/photo.jpg"), not a URL or a path
    that leaves the folder."""
    ref = ref.strip()
    return bool(ref) and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:|^/|^\\", ref) \
        and ".." not in re.split(r"[/\\]", ref)


def _strip_site(title: str, sites: list[str], *, loose: bool = False) -> str:
    """ "Headline - BBC News" -> "Headline": the site's name goes; with ``loose`` (a
    ``<title>``, which sites suffix), so does any short last part after a separator."""
    keys = {fold(s) for s in sites if s}
    for _ in range(2):  # "Headline - الصباح | Assabah"
        m = re.match(r"^(?P<head>.+?)\s+(?:[-|–—:»«·]|::)\s+(?P<tail>[^-|–—:»«·]+)$", title)
        if not m:
            break
        tail = fold(m.group("tail"))
        if tail in keys or any(k and (k in tail or tail in k) for k in keys) \
                or (loose and len(tail.split()) <= 3 and len(m.group("head").split()) >= 4):
            title = m.group("head").strip()
        else:
            break
    return title


def _iso(value: str) -> str:
    """An ISO 8601 form of a date string the loader accepts, or ""."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    except ValueError:
        pass
    found = find_date(value)
    return found.iso() if found else ""


# ---- JSON-LD ------------------------------------------------------------------------

def _json_ld(root: Element) -> dict[str, Any]:
    """The article object of the page's JSON-LD (merged over several scripts), parsed
    as data with :func:`json.loads`."""
    best: dict[str, Any] = {}
    for el in root.iter("script"):
        if _tag(el) != "script" or "ld+json" not in (el.get("type") or "").lower():
            continue
        try:
            data = json.loads(el.text or "")
        except (ValueError, RecursionError):
            continue  # a broken block is skipped like a browser would
        for obj in _ld_objects(data, 0):
            types = obj.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if names & _ARTICLE_TYPES or "headline" in obj or "datePublished" in obj:
                for key, value in obj.items():
                    best.setdefault(key, value)
    return best


def _ld_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0].strip()
    return ""


def _ld_name(value: Any) -> str:
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [n for n in (_ld_name(v) for v in items) if n]


def _classes(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _hidden(el: Element) -> bool:
    return (el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def _furniture() -> Callable[[Element], bool]:
    """Whether an element sits inside page furniture (:func:`_where`), remembered."""
    known: dict[Element, str | None] = {}
    return lambda el: _where(el, known) is not None


def _body_of(root: Element) -> Element:
    """The page's ``<body>``; the root itself when there is none."""
    return next(root.iter("body"), root)


def _props(el: Element) -> list[str]:
    return f"{el.get('itemprop', '')} {el.get('property', '')}".lower().split()



# ---- finding the article: trafilatura ----------------------------------------------

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # lxml cannot write them
_ENTITY_REF = re.compile(r"&([A-Za-z][\w.-]*);")


def _html_tree(root: Element, entities: set[str]) -> Element:
    """The page as an lxml HTML tree (what trafilatura reads). A page read as XHTML is
    written out and read as HTML: its entity references stay HTML's own character
    names, or go (the page's own, reported) -- never expanded."""
    if isinstance(root, lxml_html.HtmlElement):
        return root  # type: ignore[no-any-return]

    def reference(m: re.Match[str]) -> str:
        if m.group(1) + ";" in html_entities.html5:
            return m.group(0)
        entities.add(m.group(1))
        return ""

    markup = _ENTITY_REF.sub(reference, etree.tostring(root, encoding="unicode", method="html"))
    tree: Element = lxml_html.document_fromstring(markup)
    return tree


# Hidden elements are no article text (junk elements are gone already).
_PRUNE = ["//*[@hidden] | //*[@aria-hidden='true'] | //*[contains(translate(@style, "
          "'DISPLAYNOEVISBT ', 'displaynoevisbt'), 'display:none')] | //*[contains("
          "translate(@style, 'DISPLAYNOEVISBT ', 'displaynoevisbt'), 'visibility:hidden')]"]


_SHORT_WORDS = 100  # fewer words than a short news story: read again, with fallbacks


def _extract(tree: Element) -> Element | None:
    """trafilatura's main content of the page as its XML body (``p``, ``head``,
    ``list``/``item``, ``table``/``row``/``cell``, ``quote``, ``graphic``, ``code``,
    ``hi``, ``ref``, ``lb``), or None when it finds none. Its precision setting: on
    ../shared/extraction it keeps less page furniture and loses little article text
    (bench/bench_extraction.py); comments are never article text."""
    body = None
    for fast in (True, False):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                doc = trafilatura.bare_extraction(
                    tree, favor_precision=True, include_comments=False, include_tables=True,
                    include_images=True, include_formatting=True, include_links=True,
                    with_metadata=False, deduplicate=False, fast=fast, prune_xpath=_PRUNE)
            except (ValueError, TypeError, LookupError, AttributeError, etree.LxmlError):
                # control characters in a text it rewrites, and the like: the caller
                # reads the page line by line instead
                doc = None
        body = getattr(doc, "body", None)
        if body is not None and len(" ".join(body.itertext()).split()) >= _SHORT_WORDS:
            break
    return body if body is not None and len(body) else None


# ---- trafilatura's XML -> blocks ----------------------------------------------------

_RENDS: dict[str, Emphasis] = {"#b": "strong", "#i": "em", "#t": "code"}


class _Mapper:
    """Maps trafilatura's XML body onto blocks, taking from the page itself what the
    XML does not keep: captions and credits of figures, attributions of quotes."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.blocks: list[Block] = []
        self.gallery: list[tuple[Element, Inline]] = []  # images found in list items

    def body(self, body: Element) -> list[Block]:
        for el in body:
            self.block(el)
        return self.blocks

    def block(self, el: Element) -> None:
        tag = _tag(el)
        if tag == "head":
            rend = (el.get("rend") or "h2").lower()
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            spans = self.inline(el)
            if spans and not _link_list([spans]) and not (
                    level == 1 and fold(plain_text(spans)) == self.page.title_key):
                self.blocks.append(Heading(max(level, 2), spans))
        elif tag == "list":
            items: list[Inline] = []
            self.gallery = []
            self.items(el, items, 0)
            if items and not _link_list(items):
                self.blocks.append(ListBlock(tuple(items), ordered=el.get("rend") == "ol"))
            for graphic, caption in self.gallery:
                self.figure(graphic, caption)
        elif tag == "table":
            self.table(el)
        elif tag == "quote":
            self.quote(el)
        elif tag == "graphic":
            self.figure(el)
        elif tag == "code":
            text = "".join(str(t) for t in el.itertext()).strip("\n")
            if text.strip():
                names = " ".join(c.get("class") or "" for c in el.iter())  # class kept
                lang = re.search(r"(?:language|lang)-([\w+#-]+)", names)
                self.blocks.append(Preformatted(text, lang.group(1) if lang else None))
        else:  # p, and whatever else trafilatura may emit: running text
            self.paragraphs(el)

    def paragraphs(self, el: Element) -> None:
        """A ``p``: split at ``<lb/>`` into paragraphs; images inside follow it."""
        runs: list[list[Span]] = [[]]
        figures: list[Element] = []
        self.spans(el, None, None, runs, figures)
        for run in runs:
            spans = self.page.mark(_trim(tuple(run)))
            if spans and self.page.is_caption(plain_text(spans)):
                # a caption the XML gives as running text: the figure before it takes it
                last = self.blocks[-1] if self.blocks else None
                if isinstance(last, Figure) and not last.caption:
                    self.blocks[-1] = replace(last, caption=spans)
            elif spans and not _link_list([spans]):
                self.blocks.append(Paragraph(spans))
        for graphic in figures:
            self.figure(graphic)

    def inline(self, el: Element) -> Inline:
        runs: list[list[Span]] = [[]]
        self.spans(el, None, None, runs, None)
        return self.page.mark(_trim(tuple(s for run in runs for s in (*run, Span(" ")))))

    def spans(self, el: Element, emphasis: Emphasis | None, href: str | None,
              runs: list[list[Span]], figures: list[Element] | None, depth: int = 0) -> None:
        """The inline content of ``el`` into ``runs`` (a new run at each ``<lb/>`` when
        ``figures`` collects the images met; a space otherwise)."""
        for text, child in [(el.text, None), *((c.tail, c) for c in el)]:
            tag = _tag(child) if child is not None else ""
            if tag == "lb":
                runs.append([]) if figures is not None else runs[-1].append(Span(" "))
            elif tag == "graphic" and figures is not None and child is not None:
                figures.append(child)
            elif child is not None and tag and depth < _MAX_DEPTH:
                rend = _RENDS.get(child.get("rend") or "") if tag == "hi" else None
                target = safe_href(child.get("target")) if tag == "ref" else None
                if tag in ("p", "item", "cell", "head", "list", "quote", "row"):
                    runs[-1].append(Span(" "))
                self.spans(child, emphasis if emphasis == "strong" else rend or emphasis,
                           target or href, runs, figures, depth + 1)
            if text:
                runs[-1].append(Span(text, None, None, emphasis, href))

    def items(self, el: Element, items: list[Inline], depth: int) -> None:
        """The items of a list; nested lists follow their item, flattened."""
        for item in el:
            if _tag(item) != "item":
                continue
            nested = [c for c in item if _tag(c) == "list"]
            for sub in nested:
                item.remove(sub)  # trafilatura's tree is ours to change
            graphic = next(item.iter("graphic"), None)
            if graphic is not None:
                # a gallery: the image, and the text after it as its caption
                self.gallery.append((graphic, _trim((Span(graphic.tail or ""),))))
                continue
            spans = self.inline(item)
            if spans:
                items.append(spans)
            if depth < _MAX_DEPTH:
                for sub in nested:
                    self.items(sub, items, depth + 1)

    def table(self, el: Element) -> None:
        """A table as a list of rows, cells joined with " | "."""
        rows: list[Inline] = []
        for row in el.iter("row"):
            cells = [c for c in (self.inline(cell) for cell in row if _tag(cell) == "cell")
                     if plain_text(c).strip()]
            joined: list[Span] = []
            for n, cell in enumerate(cells):
                if n:
                    joined.append(Span(" | "))
                joined.extend(cell)
            if joined:
                rows.append(tuple(joined))
        if rows:
            self.blocks.append(ListBlock(tuple(rows)))

    def quote(self, el: Element) -> None:
        inner = _Mapper(self.page)
        paras = [b.spans if isinstance(b, Paragraph | Heading) else item
                 for b in inner.body(el) if isinstance(b, Paragraph | Heading | ListBlock)
                 for item in (b.items if isinstance(b, ListBlock) else [()])]
        loose = _trim(tuple(Span(t) for t in [el.text, *(c.tail for c in el)] if t))
        paras = [p for p in [*paras, loose] if p]
        if not paras:
            return
        who = self.page.attribution(" ".join(plain_text(p) for p in paras))
        if who and len(paras) > 1 and fold(plain_text(paras[-1])) == fold(plain_text(who)):
            paras.pop()
        elif not who and len(paras) > 1 and _DASH.match(plain_text(paras[-1])):
            last = paras.pop()
            who = (replace(last[0], text=_DASH.sub("", last[0].text, count=1)), *last[1:])
        self.blocks.append(Quote(tuple(paras), who))

    def figure(self, el: Element, text: Inline = ()) -> None:
        src = (el.get("src") or "").strip()
        if not src:
            return
        alt = " ".join((el.get("alt") or "").split())
        img = self.page.images.get(src)
        if is_furniture(alt) or (img is not None and self.page.furniture(img)):
            return  # a print or share icon
        caption, credit = self.page.caption(src)
        caption = caption or text
        self.blocks.append(Figure(Image(src, alt, credit=credit or None), caption))


def _link_list(items: list[Inline]) -> bool:
    """A list whose every item is just a short link ("related stories") is navigation."""
    return all(all(s.href or not s.text.strip() for s in i) for i in items) and \
        sum(len(plain_text(i).split()) for i in items) / len(items) <= 12


# ---- the page behind the XML --------------------------------------------------------

class _Page:
    """What the page itself says about the blocks trafilatura found: language runs,
    figure captions and credits, quote attributions, code languages, and the lines it
    left out."""

    def __init__(self, root: Element, title: str) -> None:
        self.body = _body_of(root)
        self.title_key = fold(title)
        self.runs: list[tuple[str, str | None, Direction | None]] = []
        self.images: dict[str, Element] = {}
        self.quotes: list[Element] = []
        self.furniture = _furniture()
        self.captions: set[str] = set()  # texts of figcaptions and caption boxes, folded
        page_lang = _attr(root, "lang").lower()
        for el in _xpath(self.body, ".//img | .//blockquote | .//figcaption | "
                         ".//*[@lang or @dir or @xml:lang] | .//*[contains(translate(concat("
                         "@class, ' ', @id), 'CAPTION', 'caption'), 'caption')]"):
            tag = _tag(el)
            if tag == "img":
                for name in ("src", "data-src", "data-original", "data-lazy-src"):
                    if el.get(name):
                        self.images.setdefault(el.get(name, "").strip(), el)
                if len(_attr(el, "alt").split()) >= 6:
                    self.captions.add(fold(_attr(el, "alt")))
            elif tag == "figcaption" or (tag and "caption" in _classes(el).lower()):
                text = _text_of(el)
                if len(text.split()) <= 80:
                    self.captions.add(fold(text))
            elif tag == "blockquote":
                self.quotes.append(el)
            elif tag and tag not in _BLOCK_TAGS and (_attr(el, "lang") or _attr(el, "dir")):
                lang = _attr(el, "lang").replace("_", "-")
                direction: Direction | None = {"rtl": "rtl", "ltr": "ltr"}.get(
                    _attr(el, "dir").lower())  # type: ignore[assignment]
                text = _text_of(el)
                if text and (lang.lower() != page_lang or direction):
                    self.runs.append((text, lang if lang and LANG_TAG.match(lang) else None,
                                      direction))

    def caption(self, src: str) -> tuple[Inline, str]:
        """The caption of the page's figure around the image ``src`` and its credit."""
        img = self.images.get(src)
        figure = next((a for a in img.iterancestors() if _tag(a) == "figure"), None) \
            if img is not None else None
        if figure is None:
            return (), ""
        cap = next((d for d in figure.iterdescendants() if _tag(d) == "figcaption"), None)
        credit_el = next((c for c in figure.iterdescendants() if _tag(c)
                          and re.search(r"credit|copyright", _classes(c), re.I)), None)
        credit = _text_of(credit_el) if credit_el is not None else ""
        caption = _text_of(cap) if cap is not None else ""
        if credit:
            caption = " ".join(caption.replace(credit, "").split())
        return ((Span(caption),) if caption else ()), credit

    def is_caption(self, text: str) -> bool:
        """Whether ``text`` is the caption (or the long alt text) of an image of the
        page, rather than a paragraph of the article."""
        key = fold(text)
        return len(key) >= 20 and any(key in c and len(key) >= 0.6 * len(c)
                                      for c in self.captions)

    def attribution(self, text: str) -> Inline:
        """The ``<cite>``/``<footer>`` of the page's blockquote that holds ``text``
        (or the caption of the figure around it)."""
        key = fold(text)[:60]
        for quote in self.quotes:
            if key and key in fold(_text_of(quote)):
                cite = next((c for c in quote if _tag(c) in ("cite", "footer")), None)
                if cite is None:
                    figure = quote.getparent()
                    if figure is not None and _tag(figure) == "figure":
                        cite = next((c for c in figure if _tag(c) == "figcaption"), None)
                who = _text_of(cite) if cite is not None else ""
                return (Span(_DASH.sub("", who, count=1)),) if who else ()
        return ()

    def mark(self, spans: Inline) -> Inline:
        """Give the page's ``lang``/``dir`` runs (``<span lang="en">``) back to the
        spans that hold their text: trafilatura's XML drops those attributes."""
        out = list(spans)
        for text, lang, direction in self.runs:
            for n, span in enumerate(out):
                at = span.text.find(text)
                if at < 0 or (span.lang, span.direction) == (lang, direction):
                    continue
                parts = [replace(span, text=span.text[:at]),
                         replace(span, text=text, lang=lang, direction=direction),
                         replace(span, text=span.text[at + len(text):])]
                out[n:n + 1] = [p for p in parts if p.text]
                break
        return tuple(out)

    @functools.cached_property
    def lines(self) -> list[tuple[Element, str]]:
        """The page's text, one line per block element (its own text, without the
        blocks inside it): what a reader of the page sees."""
        found: list[tuple[Element, list[str]]] = []

        def walk(el: Element, line: list[str], depth: int) -> None:
            if el.text:
                line.append(el.text)
            for child in el:
                tag = _tag(child)
                if tag and depth < _MAX_DEPTH:
                    if tag in _BLOCK_TAGS:
                        inner: list[str] = []
                        found.append((child, inner))
                        walk(child, inner, depth + 1)
                        line.append(" ")
                    else:
                        walk(child, line, depth + 1)
                if child.tail:
                    line.append(child.tail)

        top: list[str] = []
        found.append((self.body, top))
        walk(self.body, top, 0)
        joined = ((el, " ".join("".join(parts).split())) for el, parts in found)
        return [(el, text) for el, text in joined if text]

    def header(self, first: str, meta: dict[str, Any]) -> None:
        """A byline or dateline the extractor left out: the short lines between the
        title and the article's first paragraph (``By Maria Lindqvist``)."""
        first_key, after_title = fold(first)[:40], -1
        for _, text in self.lines:
            if after_title < 0:  # the title first: a line of about its length
                if abs(len(text) - len(self.title_key)) <= 8 and fold(text) == self.title_key:
                    after_title = 0
                continue
            after_title += 1
            if after_title > 12 or (first_key and first_key in fold(text)):
                return
            if len(text.split()) > 12:
                continue
            byline = parse_byline(text)
            if byline is not None and "authors" not in meta:
                byline_meta(byline, meta)
            elif parse_dateline(text) is not None:
                meta.setdefault("dateline", text)

    def dropped(self, blocks: list[Block], lead: Figure | None) -> list[Dropped]:
        """Every line of the page that is not in the article, with its reason."""
        kept: set[str] = set()
        for block in [*blocks, *([lead] if lead else [])]:
            for text in block_texts(block):
                kept.update(_words(text))
        lines = [(el, text, _words(text)) for el, text in self.lines]
        covered = [bool(w) and sum(map(kept.__contains__, w)) >= 0.6 * len(w)
                   for _, _, w in lines]
        # A short line ("Travel", "Day") is article text only inside the part of the page
        # that holds the article's longer lines: its words alone say little.
        region: set[Element] | None = None
        first = len(lines)
        for n, ((el, text, words), inside) in enumerate(zip(lines, covered, strict=True)):
            if inside and len(words) >= 4:
                if n < first and fold(text) != self.title_key:
                    first = n
                chain = {el, *el.iterancestors()}
                region = chain if region is None else region & chain
        top = max(region, key=lambda e: sum(1 for _ in e.iterancestors())) \
            if region else None
        out: list[Dropped] = []
        where: dict[Element, str | None] = {}
        for n, ((el, text, words), inside) in enumerate(zip(lines, covered, strict=True)):
            if inside and (len(words) >= 4 or top is None or el is top
                           or top in el.iterancestors()):
                continue
            if n < first and (fold(text) == self.title_key or (len(words) <= 16 and (
                    parse_byline(text) is not None or (any(c.isdigit() for c in text)
                                                       and find_date(text) is not None)))):
                continue  # above the article: the title, a byline or a date line (metadata)
            line = el.sourceline
            reason = (furniture_reason(text) if len(words) <= 12 else None) \
                or _where(el, where) or "outside the article"
            out.append(Dropped(text, reason, line if isinstance(line, int) else None))
        return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


_WHERE = re.compile(r"(?P<footer>footer)|(?P<comments>comment|disqus|replies)|(?P<related>"
                    r"related|most-?read|popular|recommend|outbrain|taboola)|(?P<advert>"
                    r"-ad-|\bads?\b|advert|sponsor|promo|skyscraper)|(?P<widget>share|"
                    r"sharing|social|print|newsletter|subscribe|signup|login|toolbar)|"
                    r"(?P<cookies>cookie|gdpr)|(?P<aside>sidebar)|(?P<nav>\bnav|menu|"
                    r"breadcrumb|pagination|pager|masthead|banner|header)", re.I)
_WHERE_REASONS = {"footer": FOOTER, "comments": COMMENTS, "related": RELATED, "advert": ADVERT,
                  "widget": WIDGET, "cookies": COOKIES, "aside": "aside", "nav": NAVIGATION}
_ROLES = {"navigation": NAVIGATION, "menu": NAVIGATION, "menubar": NAVIGATION,
          "search": NAVIGATION, "toolbar": WIDGET, "banner": "page header",
          "contentinfo": FOOTER, "complementary": "aside", "dialog": WIDGET}
_TAGS = {"nav": NAVIGATION, "menu": NAVIGATION, "footer": FOOTER, "aside": "aside",
         "header": "page header"}
# class names that say "the article" outweigh the words above ("article-header")
_ARTICLE_NAMES = re.compile(r"article|body|content|main|story|entry|column", re.I)


def _where(el: Element, known: dict[Element, str | None]) -> str | None:
    """Why the part of the page around ``el`` is not article text, or None (the nearest
    telling element wins: hidden, a role, a tag -- nav, footer, aside, header --, class
    names), remembered for the page in ``known``. A <form> says nothing: ASP.NET pages
    wrap the whole page in one."""
    chain: list[Element] = []
    node: Element | None = el
    while node is not None and node not in known and _tag(node) not in ("body", "html"):
        chain.append(node)
        node = node.getparent()
    reason = known.get(node) if node is not None else None
    for item in reversed(chain):
        names = _classes(item)
        found = _WHERE.search(names) if names and not _ARTICLE_NAMES.search(names) else None
        own = "hidden" if _hidden(item) else \
            _ROLES.get((item.get("role") or "").lower()) or _TAGS.get(_tag(item)) or \
            (_WHERE_REASONS[found.lastgroup or ""] if found else None)
        reason = own or reason
        known[item] = reason
    return reason


def _trim(spans: Inline) -> Inline:
    """Spans with neighbours of one style merged, whitespace collapsed across span
    boundaries and trimmed at both ends."""
    runs: list[tuple[str, tuple[Any, ...]]] = []  # (text, style); Spans are made once
    for span in spans:
        text = _SPACES.sub(" ", span.text)
        if runs and text.startswith(" ") and (not runs[-1][0] or runs[-1][0].endswith(" ")):
            text = text[1:]
        if not text:
            continue
        style = (span.lang, span.direction, span.emphasis, span.href)
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + text, style)
        else:
            runs.append((text, style))
    while runs and not runs[0][0].strip():
        runs.pop(0)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if runs:
        runs[0] = (runs[0][0].lstrip(), runs[0][1])
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    return tuple(Span(text, *style) for text, style in runs)


# ---- after the walk -----------------------------------------------------------------

def _tidy(blocks: list[Block], meta: dict[str, Any], title: str) -> list[Block]:
    """Drop furniture paragraphs and the repeated title; take a byline, date or
    dateline from the first short paragraphs; drop a trailing comments disclaimer."""
    out: list[Block] = []
    title_key = fold(title)
    for block in blocks:
        if isinstance(block, Paragraph | Heading):
            text = plain_text(block.spans).strip()
            if not text or is_furniture(text) or (not out and fold(text) == title_key):
                continue
        out.append(block)
    head = 0
    while head < min(len(out), 4):
        block = out[head]
        text = plain_text(block.spans).strip() if isinstance(block, Paragraph) else ""
        if not text or len(text.split()) > 12:
            head += 1
            continue
        byline = parse_byline(text)
        found = find_date(text) if len(text.split()) <= 10 else None
        if byline is not None:
            byline_meta(byline, meta)
        elif found is not None and "published" not in meta:
            date_meta(found, meta)
        elif parse_dateline(text) is not None:
            meta.setdefault("dateline", text)
        else:
            head += 1
            continue
        out.pop(head)
    return lead_dateline(drop_trailing_disclaimers(out), meta)


def _lead(blocks: list[Block], og_image: str | None, og_alt: str,
          meta: dict[str, Any]) -> tuple[list[Block], Figure | None]:
    """The lead figure: ``og:image`` when it names a local file (taking the matching
    figure of the body, with its caption), else a figure that opens the article."""
    if og_image:
        for n, block in enumerate(blocks):
            if isinstance(block, Figure) and block.image.src == og_image:
                return blocks[:n] + blocks[n + 1:], block
        return blocks, Figure(Image(og_image, " ".join(og_alt.split())))
    paragraphs = 0
    for n, block in enumerate(blocks):
        if isinstance(block, Figure):
            return blocks[:n] + blocks[n + 1:], block
        if isinstance(block, Paragraph) and n == 0 and len(blocks) > 2 \
                and isinstance(blocks[1], Figure) and "subtitle" not in meta \
                and len(plain_text(block.spans).split()) <= 60:
            # headline, standfirst, photo, text: the line above the photo is the standfirst
            meta["subtitle"] = _DASH.sub("", plain_text(block.spans).strip(), count=1)
            return blocks[2:], blocks[1]
        if isinstance(block, Paragraph):
            paragraphs += 1
            if paragraphs > 1:
                break
        if isinstance(block, Heading | ListBlock | Quote):
            break
    return blocks, None


def _date_under_title(root: Element, first_text: str, meta: dict[str, Any]) -> None:
    """A page without date metadata often prints the date right under the headline
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"): read the short texts
    that follow the title's ``<h1>`` in the page, up to the article's text."""
    title_key = fold(str(meta.get("title") or ""))
    h1 = next((h for h in root.iter("h1") if _tag(h) == "h1" and title_key
               and fold(_text_of(h)) == title_key), None)
    if h1 is None:
        return
    first_key = fold(first_text)[:40]
    for seen, el in enumerate(h1.itersiblings(), 1):
        if not _tag(el):
            break
        text = _text_of(el)
        if first_key and first_key in fold(text):
            break
        if text and len(text.split()) <= 16:
            found = find_date(text)
            if found is not None:
                date_meta(found, meta)
                return
        if seen >= 4:
            return
