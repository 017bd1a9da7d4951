"""Saved news pages (``.html``, ``.htm``, ``.xhtml``): metadata and the article's text.

Parsing is hardened for untrusted pages: lxml with ``no_network=True``,
``huge_tree=False``, comments and processing instructions removed; XHTML is parsed as
XML with ``resolve_entities=False`` and no DTD loading, so neither an external entity
(``<!ENTITY x SYSTEM "file:///etc/passwd">``) nor an entity bomb is ever expanded
(standard HTML character names such as ``&nbsp;`` are mapped to their characters; any
other entity is dropped with a warning). XHTML that is not well-formed XML is read with
the HTML parser, which ignores entity declarations altogether. Nothing is fetched.

Metadata: the title (``og:title``, the page's ``<h1>``, JSON-LD ``headline`` or
``<title>`` without the site name), ``published``/``updated`` (``article:published_time``,
``itemprop=datePublished``, JSON-LD -- parsed with :mod:`json`, never executed --,
``<time datetime>``, ``dc:date``, else a date line under the headline such as
"الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"), authors, publisher,
section, tags, summary, canonical URL, and ``lang``/``dir`` from ``<html>``.

Content: ``[itemprop=articleBody]`` (within its ``<article>``), else the ``<article>`` or
``<main>`` with the most text, else the element where paragraphs are densest (scored
like Readability: commas and length of each paragraph, given to its parent and
grandparent, less link text, plus or minus for telling class names). Inside it,
navigation, headers, footers, asides, forms, comment sections, share and print widgets,
hidden elements and every script, style, iframe, object, embed, svg and template are
dropped. Blocks: ``h2``-``h6``, ``p`` (split at ``<br>``), ``blockquote``, ``ul``/``ol``,
``figure``/``img`` with ``alt`` and ``figcaption``, ``pre``, tables as lists of rows.
Links keep only ``http(s)``/``mailto`` targets. Images keep their ``src`` as written:
the loader uses a local file when it is there and refuses remote, ``data:`` and ``../``
sources with a warning (``missing_images="warn"``: saved pages often lack their images).

Why not trafilatura or readability-lxml (measured on corpus pages 03, 04 and 20 with
the key sentences and menu lines of ``tests/test_reader_html.py``): all three find every
key sentence and drop the menus; trafilatura 2.3 and readability-lxml 0.9 both keep 04's
comments disclaimer; trafilatura dates 03 from the page's "today" widget (2020-02-19, not
2019-02-08) and 04 as 2013-01-01; readability gives no metadata and turns the «» of 03's
title into ASCII quotes. Neither does clearly better, neither yields figures with their
captions as our blocks, and both bring several more dependencies, so none is used.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from html import entities as html_entities
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import ArtexportWarning, ArticleError, caller_stacklevel, quoted
from ..markup import safe_href
from ..model import (
    Block,
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
    plain_text,
)
from ..resources import Limits
from ..text.lang import LANG_TAG
from .base import Draft, check_table_cells, read_text
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
# Page structure around an article; dropped inside the content (a page wrapped in one
# big <form>, as ASP.NET pages are, still has its article found).
_STRUCTURAL_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
_BAD_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                        "menu", "menubar", "toolbar", "dialog", "alertdialog"})
_UNLIKELY = re.compile(
    r"-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|"
    r"disqus|extra|footer|gdpr|cookie|header|legends|menu|related|remark|replies|rss|"
    r"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|"
    r"pager|popup|share|sharing|print|newsletter|subscribe|promo|outbrain|taboola|"
    r"toolbar|tags|most-?read|most-?popular|signup|login", re.I)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow|story|entry", re.I)
_POSITIVE = re.compile(r"article|body|content|entry|hentry|h-entry|main|page|post|text|"
                       r"blog|story|field-item", re.I)
_NEGATIVE = re.compile(r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|"
                       r"contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|"
                       r"promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                       r"shopping|tags|tool|widget|nav|menu", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    "caption", "img", "picture",
})
_STRONG = frozenset({"strong", "b"})
_EM = frozenset({"em", "i", "cite", "dfn"})
_CODE = frozenset({"code", "kbd", "samp", "tt", "var"})
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                            "techarticle", "scholarlyarticle", "liveblogposting", "report",
                            "webpage"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_MAX_DEPTH = 120  # deeper than any real page; beyond it text is read flat (no recursion)
_MIN_ARTICLE_CHARS = 250
_DASH = re.compile(r"^\s*(—|―|--|-)\s*")
_SPACES = re.compile(r"\s+")


def read_html(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    """Parse a saved news page into a draft (see the module docstring)."""
    text = _decode(path, limits)
    check_table_cells(text, path, limits)
    entities: set[str] = set()
    root = _parse(path, text, entities)
    in_furniture = _Furniture()
    meta = _Meta(path, root, entities, in_furniture).collect()
    title = str(meta.get("title") or "")
    content = _content_root(root, in_furniture)
    walker = _Walker(path, title, entities)
    walker.container(content, 0)
    walker.flush()
    blocks = _tidy(walker.blocks, meta, title)
    draft = Draft(path, meta, missing_images="warn")
    draft.blocks, draft.lead = _lead(blocks, meta.pop("_og_image", None),
                                     meta.pop("_og_image_alt", ""), meta)
    if "published" not in meta:
        _date_under_title(root, content, meta)
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
        value = el.get(_XML_LANG)
    return value.strip() if value else ""


def _entity_text(node: Any, entities: set[str]) -> str:
    """An unexpanded entity node: a standard HTML character name gives its character;
    anything else (a page's own entity) gives nothing and is reported."""
    name = str(node.name)
    char = html_entities.html5.get(name + ";")
    if char is not None:
        return char
    if name.startswith("#"):
        try:
            return chr(int(name[2:], 16) if name[1:2] in "xX" else int(name[1:]))
        except (ValueError, OverflowError):
            return ""
    entities.add(name)
    return ""


def _is_entity(node: Any) -> bool:
    return node.tag is etree.Entity


def _text_of(el: Element, entities: set[str]) -> str:
    """The text of an element (entities handled, junk subtrees skipped), spaces collapsed."""
    parts: list[str] = []

    def walk(node: Element, depth: int) -> None:
        if node.text and not _is_entity(node):
            parts.append(node.text)
        for child in node:
            if _is_entity(child):
                parts.append(_entity_text(child, entities))
            elif _tag(child) and _tag(child) not in _JUNK_TAGS:
                if depth < _MAX_DEPTH:
                    walk(child, depth + 1)
                elif child.text:
                    parts.append(child.text)
            if child.tail:
                parts.append(child.tail)

    walk(el, 0)
    return " ".join("".join(parts).split())


# ---- metadata -----------------------------------------------------------------------

class _Meta:
    """Reads the page's metadata into draft ``meta`` keys."""

    def __init__(self, path: Path, root: Element, entities: set[str],
                 in_furniture: _Furniture) -> None:
        self.path = path
        self.root = root
        self.entities = entities
        self.in_furniture = in_furniture
        self.metas: dict[str, list[str]] = {}
        for el in root.iter():
            if _tag(el) != "meta":
                continue
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
        for el in self.root.iter():
            if _tag(el) == "link" and "canonical" in (el.get("rel") or "").lower().split():
                return (el.get("href") or "").strip()
        return ""

    def title(self, sites: list[str]) -> str:
        h1s = [t for t in (_text_of(h, self.entities) for h in self.root.iter()
                           if _tag(h) == "h1" and not self.in_furniture(h))
               if len(t.split()) >= 2]
        named = " ".join((self.first("og:title", "twitter:title")
                          or _ld_text(self.ld.get("headline"))).split())
        page_title = " ".join(next((_text_of(t, self.entities) for t in self.root.iter()
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
        for el in self.root.iter():
            tag = _tag(el)
            if not tag:
                continue
            props = _props(el)
            if "datepublished" in props or "dc:date" in props or "dc:created" in props:
                candidates.append(el.get("content") or el.get("datetime") or "")
            elif tag == "time" and (el.get("pubdate") is not None or "published" in
                                    (el.get("class") or "").lower()):
                candidates.append(el.get("datetime") or "")
        first_time = next((el.get("datetime") or "" for el in self.root.iter()
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
        for el in self.root.iter():
            if not _tag(el):
                continue
            rel = (el.get("rel") or "").lower().split()
            props = _props(el)
            if ("author" in rel or "author" in props) and not self.in_furniture(el):
                inner = next((c for c in el.iter() if _tag(c) and "name" in
                              (c.get("itemprop") or "").lower().split()), None)
                names.append((inner if inner is not None else el).get("content")
                             or _text_of(inner if inner is not None else el, self.entities))
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
    for el in root.iter():
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


# ---- finding the article ------------------------------------------------------------

def _classes(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _hidden(el: Element) -> bool:
    return (el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def _is_boilerplate(el: Element, *, forms: bool = True) -> bool:
    """Page furniture around an article: navigation, headers, footers, asides, forms,
    comment and share sections, hidden elements."""
    tag = _tag(el)
    if not tag or tag in _JUNK_TAGS:
        return True
    if tag in _STRUCTURAL_TAGS and (forms or tag != "form"):
        return True
    if (el.get("role") or "").lower() in _BAD_ROLES or _hidden(el):
        return True
    if tag in ("body", "html", "article", "main"):
        return False
    names = _classes(el)
    return bool(names) and bool(_UNLIKELY.search(names)) and not _MAYBE.search(names)


class _Furniture:
    """Whether an element sits inside page furniture (itself or an ancestor up to
    ``<body>``), remembered for the page: pages nest deep, and every paragraph asks."""

    def __init__(self) -> None:
        self.known: dict[Element, bool] = {}

    def __call__(self, el: Element) -> bool:
        chain: list[Element] = []
        node: Element | None = el
        inherited = False
        while node is not None and _tag(node) not in ("body", "html"):
            if node in self.known:
                inherited = self.known[node]
                break
            chain.append(node)
            node = node.getparent()
        for item in reversed(chain):
            inherited = inherited or _is_boilerplate(item, forms=False)
            self.known[item] = inherited
        return inherited


def _text_len(el: Element) -> int:
    """Characters of readable text in ``el``, boilerplate excluded."""
    total = 0
    stack = [el]
    while stack:
        node = stack.pop()
        if node is not el and _is_boilerplate(node):
            continue
        total += len((node.text or "").strip()) if not _is_entity(node) else 0
        for child in node:
            if _tag(child):
                stack.append(child)
            total += len((child.tail or "").strip())
    return total


def _body_of(root: Element) -> Element:
    """The page's ``<body>``; the root itself when there is none."""
    return next((el for el in root.iter() if _tag(el) == "body"), root)


def _props(el: Element) -> list[str]:
    return f"{el.get('itemprop', '')} {el.get('property', '')}".lower().split()


def _content_root(root: Element, in_furniture: _Furniture) -> Element:
    """The element that holds the article's text (see the module docstring)."""
    bodies = [el for el in root.iter() if _tag(el)
              and any(p.endswith("articlebody") for p in _props(el))
              and not in_furniture(el)]
    if bodies:
        # The first of the longest, as max(bodies, key=_text_len) picks it.
        body_len, body = max(((_text_len(b), b) for b in bodies), key=lambda t: t[0])
        if body_len >= _MIN_ARTICLE_CHARS // 2:
            article = next((a for a in body.iterancestors() if _tag(a) == "article"), None)
            # The <article> around the body adds the standfirst and the lead photo;
            # one that wraps the whole page would add the page.
            if article is not None and _text_len(article) < 2 * body_len + 600:
                return article
            return body
    for kind in ("article", "main"):
        found = [el for el in root.iter() if _tag(el) == kind
                 or (kind == "main" and (el.get("role") or "").lower() == "main"
                     and _tag(el))]
        sizes = [(_text_len(el), n, el) for n, el in enumerate(found)
                 if not in_furniture(el)]
        if sizes:
            size, _, best = max(sizes, key=lambda t: (t[0], -t[1]))
            if size >= _MIN_ARTICLE_CHARS:
                return best
    return _densest(root, in_furniture)


def _densest(root: Element, in_furniture: _Furniture) -> Element:
    body = _body_of(root)
    scores: dict[Element, float] = {}
    for el in body.iter():
        tag = _tag(el)
        if tag not in ("p", "pre", "td", "blockquote", "div", "section", "li"):
            continue
        if tag in ("div", "section", "li") and any(_tag(c) in _BLOCK_TAGS for c in el):
            continue  # only text-holding divs count as paragraphs
        if in_furniture(el):
            continue
        text = _text_of(el, set())
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + text.count("،") + min(len(text) // 100, 3)
        for level, ancestor in enumerate(el.iterancestors()):
            if level > 2 or _tag(ancestor) in ("body", "html"):
                break
            scores[ancestor] = scores.get(ancestor, 0) + score / (1, 2, 3)[level]
    if not scores:
        return body
    for el in scores:
        # Class names tip the balance; they do not outweigh a few paragraphs of text
        # (CNN's "cnn_storyarea" wraps the story and its "most read" box).
        names = _classes(el)
        weight = (10 if _POSITIVE.search(names) else 0) - (10 if _NEGATIVE.search(names) else 0)
        scores[el] = (scores[el] + weight) * (1 - _link_density(el))
    return max(scores, key=lambda e: scores[e])


def _link_density(el: Element) -> float:
    total = len(_text_of(el, set()))
    if not total:
        return 0.0
    links = sum(len(_text_of(a, set())) for a in el.iter() if _tag(a) == "a")
    return min(links / total, 1.0)


# ---- blocks -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Style:
    emphasis: Emphasis | None = None
    href: str | None = None
    lang: str | None = None
    direction: Any = None


class _Walker:
    """Turns the content element into blocks; inline runs become paragraphs."""

    def __init__(self, source: Path, title: str, entities: set[str]) -> None:
        self.source = source
        self.title_key = fold(title)
        self.entities = entities
        self.blocks: list[Block] = []
        self.spans: list[Span] = []
        self.figures: list[Figure] = []  # images met inside running text
        self.split_at_br = True
        self.skip: set[Element] = set()  # read elsewhere (a quote's <cite>, nested lists)

    # -- helpers
    def flush(self) -> None:
        """End the current paragraph (and place the images found inside it)."""
        spans = _trim(tuple(self.spans))
        if spans:
            self.blocks.append(Paragraph(spans))
        self.spans = []
        self.blocks.extend(self.figures)
        self.figures = []

    def text(self, text: str | None, style: _Style) -> None:
        if text:
            self.spans.append(Span(_SPACES.sub(" ", text), style.lang, style.direction,
                                   style.emphasis, style.href))

    def inline_of(self, el: Element, depth: int) -> Inline:
        """The inline content of ``el`` as spans (``<br>`` as a space), apart from the
        current paragraph."""
        saved, saved_split = self.spans, self.split_at_br
        self.spans, self.split_at_br = [], False
        self.inline_children(el, _Style(), depth)
        out = tuple(self.spans)
        self.spans, self.split_at_br = saved, saved_split
        return _trim(out)

    # -- block level
    def container(self, el: Element, depth: int) -> None:
        """Walk the children of a block container; loose text forms paragraphs."""
        self.text(el.text if not _is_entity(el) else None, _Style())
        for child in el:
            if _is_entity(child):
                self.text(_entity_text(child, self.entities), _Style())
            elif _tag(child) and child not in self.skip:
                self.element(child, depth + 1)
            self.text(child.tail, _Style())

    def element(self, el: Element, depth: int) -> None:
        tag = _tag(el)
        if _is_boilerplate(el):
            return
        if depth > _MAX_DEPTH:
            self.text(_text_of(el, self.entities), _Style())
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            spans = self.inline_of(el, depth)
            if spans and not (tag == "h1" and fold(plain_text(spans)) == self.title_key):
                self.blocks.append(Heading(int(tag[1]), spans, _attr(el, "id")))
        elif tag == "p":
            self.flush()
            self.inline_children(el, _Style(), depth)
            self.flush()
        elif tag == "blockquote":
            self.flush()
            self.quote(el, None, depth)
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_block(el, depth)
        elif tag == "figure":
            self.flush()
            self.figure(el, depth)
        elif tag in ("img", "picture"):
            figure = self.image(el if tag == "img" else _first(el, "img"), ())
            if figure is not None:
                self.flush()
                self.blocks.append(figure)
        elif tag == "pre":
            self.flush()
            self.pre(el)
        elif tag == "table" and not any(_tag(d) in _BLOCK_TAGS - {"tr", "td", "th", "tbody",
                                                                  "thead", "tfoot", "caption"}
                                         for d in el.iterdescendants()):
            self.flush()
            self.table(el, depth)
        elif tag in ("br", "hr"):
            self.flush()
        elif tag in _BLOCK_TAGS or any(_tag(d) in _BLOCK_TAGS for d in el.iterdescendants()):
            self.flush()
            self.container(el, depth)
            self.flush()
        else:
            self.inline(el, _Style(), depth)

    def quote(self, el: Element, attribution: Inline | None, depth: int) -> None:
        """A blockquote; its ``<cite>``/``<footer>`` (or a last "— name" paragraph, or the
        caption of the figure around it) is the attribution."""
        inner = _Walker(self.source, "", self.entities)
        cites = [c for c in el if _tag(c) in ("cite", "footer")]
        cite = inner.inline_of(cites[0], depth) if cites else ()
        inner.skip = set(cites)
        inner.container(el, depth)
        inner.flush()
        paras = [b.spans for b in inner.blocks if isinstance(b, Paragraph | Heading)]
        if not paras:
            return
        who = attribution or cite
        if not who and len(paras) > 1 and _DASH.match(paras[-1][0].text):
            last = paras.pop()
            who = (replace(last[0], text=_DASH.sub("", last[0].text, count=1)), *last[1:])
        self.blocks.append(Quote(tuple(paras), who or ()))
        self.blocks.extend(b for b in inner.blocks if isinstance(b, Figure))

    def list_block(self, el: Element, depth: int) -> None:
        items: list[Inline] = []
        self._items(el, items, depth)
        items = [i for i in items if plain_text(i).strip()]
        if not items:
            return
        # A list whose every item is just a link ("related stories") is navigation.
        if all(all(s.href or not s.text.strip() for s in i) for i in items) and \
                sum(len(plain_text(i).split()) for i in items) / len(items) <= 8:
            return
        self.blocks.append(ListBlock(tuple(items), ordered=_tag(el) == "ol"))

    def _items(self, el: Element, items: list[Inline], depth: int) -> None:
        """The items of a list; nested lists follow their item, flattened."""
        for li in el:
            if _tag(li) != "li" or _is_boilerplate(li):
                continue
            nested = [d for d in li.iterdescendants() if _tag(d) in ("ul", "ol")
                      and next(a for a in d.iterancestors() if _tag(a) == "li") is li]
            holder = _Walker(self.source, "", self.entities)
            holder.split_at_br = False
            holder.skip = set(nested)
            holder.inline_children(li, _Style(), depth)
            items.append(_trim(tuple(holder.spans)))
            if depth < _MAX_DEPTH:
                for sub in nested:
                    self._items(sub, items, depth + 1)

    def figure(self, el: Element, depth: int) -> None:
        caption_el = _first(el, "figcaption")
        caption = self.inline_of(caption_el, depth) if caption_el is not None else ()
        img = _first(el, "img")
        if img is not None:
            credit_el = next((c for c in el.iterdescendants() if _tag(c)
                              and re.search(r"credit|copyright", _classes(c), re.I)), None)
            figure = self.image(img, caption)
            if figure is not None:
                if credit_el is not None:
                    credit = _text_of(credit_el, self.entities)
                    figure = Figure(replace(figure.image, credit=credit or None),
                                    _drop_text(figure.caption, credit))
                self.blocks.append(figure)
            return
        quote = _first(el, "blockquote")
        if quote is not None:
            self.quote(quote, caption, depth)
        # a figure with neither (a video player, an embed) has nothing to show

    def image(self, img: Element | None, caption: Inline) -> Figure | None:
        if img is None or _is_boilerplate(img):
            return None
        for dim in ("width", "height"):
            value = (img.get(dim) or "").strip().rstrip("px")
            if value.isdigit() and int(value) <= 2:
                return None  # a tracking pixel or a spacer line
        src = (img.get("src") or "").strip()
        lazy = next((img.get(a) for a in ("data-src", "data-original", "data-lazy-src",
                                          "datasrc") if img.get(a)), None)
        if lazy and (not src or src.startswith("data:")):
            src = lazy.strip()
        if not src:
            return None
        if src.startswith("data:"):
            # Kept only as a name the loader refuses (with a warning); the payload would
            # only bloat the article.
            src = src.split(",", 1)[0][:60] + ",…"
        return Figure(Image(src, " ".join((img.get("alt") or "").split())), caption)

    def pre(self, el: Element) -> None:
        code = _first(el, "code")
        names = f"{el.get('class') or ''} {code.get('class') or '' if code is not None else ''}"
        lang = re.search(r"(?:language|lang)-([\w+#-]+)", names)
        text = "".join(_raw_text(el, self.entities))
        if text.strip():
            self.blocks.append(Preformatted(text.strip("\n"), lang.group(1) if lang else None))

    def table(self, el: Element, depth: int) -> None:
        rows: list[Inline] = []
        for tr in el.iter():
            if _tag(tr) != "tr":
                continue
            cells = [self.inline_of(td, depth) for td in tr if _tag(td) in ("td", "th")]
            cells = [c for c in cells if plain_text(c).strip()]
            if cells:
                joined: list[Span] = []
                for n, cell in enumerate(cells):
                    if n:
                        joined.append(Span(" | "))
                    joined.extend(cell)
                rows.append(tuple(joined))
        if rows:
            self.blocks.append(ListBlock(tuple(rows)))

    # -- inline level
    def inline_children(self, el: Element, style: _Style, depth: int) -> None:
        self.text(el.text if not _is_entity(el) else None, style)
        for child in el:
            if _is_entity(child):
                self.text(_entity_text(child, self.entities), style)
            elif _tag(child):
                self.inline(child, style, depth + 1)
            self.text(child.tail, style)

    def inline(self, el: Element, style: _Style, depth: int) -> None:
        tag = _tag(el)
        if _is_boilerplate(el) or el in self.skip:
            return
        if depth > _MAX_DEPTH:
            self.text(_text_of(el, self.entities), style)
            return
        if tag == "br":
            if self.split_at_br:
                self.flush()
            else:
                self.text(" ", style)
            return
        if tag in ("img", "picture"):
            figure = self.image(el if tag == "img" else _first(el, "img"), ())
            if figure is not None and self.split_at_br:
                self.figures.append(figure)
            return
        if tag in _BLOCK_TAGS:
            if self.split_at_br:
                # a block inside a paragraph (invalid, but common): end the paragraph
                self.flush()
                self.element(el, depth)
                self.flush()
            else:  # <li><p>one</p><p>two</p></li>: one run, "one two"
                self.text(" ", style)
                self.inline_children(el, style, depth)
                self.text(" ", style)
            return
        if tag == "a":
            href = safe_href(el.get("href"))
            style = replace(style, href=href) if href else style
        elif tag in _STRONG:
            style = replace(style, emphasis="strong")
        elif tag in _EM and style.emphasis != "strong":
            style = replace(style, emphasis="em")
        elif tag in _CODE:
            style = replace(style, emphasis="code")
        lang = _attr(el, "lang").replace("_", "-")
        if lang and LANG_TAG.match(lang):
            style = replace(style, lang=lang)
        direction = _attr(el, "dir").lower()
        if direction in ("rtl", "ltr"):
            style = replace(style, direction=direction)
        if tag == "q":
            self.text("“", style)
        self.inline_children(el, style, depth)
        if tag == "q":
            self.text("”", style)


def _first(el: Element, tag: str) -> Element | None:
    return next((d for d in el.iterdescendants() if _tag(d) == tag
                 and not _is_boilerplate(d)), None)


def _raw_text(el: Element, entities: set[str]) -> Iterator[str]:
    """Text as written (for ``<pre>``): whitespace kept, ``<br>`` as a line break."""
    if el.text and not _is_entity(el):
        yield el.text
    for child in el:
        if _is_entity(child):
            yield _entity_text(child, entities)
        elif _tag(child) == "br":
            yield "\n"
        elif _tag(child) and _tag(child) not in _JUNK_TAGS:
            yield from _raw_text(child, entities)
        if child.tail:
            yield child.tail


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


def _drop_text(spans: Inline, text: str) -> Inline:
    """The caption without the credit line it contains."""
    if not text:
        return spans
    out = [replace(s, text=s.text.replace(text, "")) for s in spans]
    return _trim(tuple(s for s in out if s.text))


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


def _date_under_title(root: Element, content: Element, meta: dict[str, Any]) -> None:
    """A page without date metadata often prints the date right under the headline
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"): read the short texts
    that follow the title's ``<h1>`` in the page, up to the article's text."""
    title_key = fold(str(meta.get("title") or ""))
    h1 = next((h for h in root.iter() if _tag(h) == "h1" and title_key
               and fold(_text_of(h, set())) == title_key), None)
    if h1 is None:
        return
    for seen, el in enumerate(h1.itersiblings(), 1):
        if not _tag(el) or el is content or el in content.iterancestors():
            break
        text = _text_of(el, set())
        if text and len(text.split()) <= 16:
            found = find_date(text)
            if found is not None:
                date_meta(found, meta)
                return
        if seen >= 4:
            return
