"""Element helpers the HTML reader's modules share: tag and attribute names, text,
XPath selections, the page's ``<body>``, and the text of an HTML fragment (a Markdown
file's raw HTML block)."""

from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

Element = etree._Element

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Never article text: scripts, styles, embedded content, form controls, the head.
JUNK_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "param", "svg", "math", "canvas", "video", "audio", "source",
    "track", "map", "area", "button", "input", "select", "option", "textarea", "label",
    "dialog", "link", "meta", "head", "title", "base",
})
_BREAKING = ("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl",
             "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
             "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
             "table", "td", "th", "tr", "ul")
BLANK_LINE = re.compile(r"\n\s*\n")  # between paragraphs of running text


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


def _xpath(root: Element, expr: str) -> list[Element]:
    """The elements an XPath expression selects (it selects only elements here)."""
    found = root.xpath(expr)
    return [el for el in found if isinstance(el, etree._Element)] \
        if isinstance(found, list) else []


def _body_of(root: Element) -> Element:
    """The page's ``<body>``; the root itself when there is none."""
    return next(root.iter("body"), root)


def fragment_paragraphs(markup: str) -> list[str]:
    """The text of an HTML fragment as paragraphs (one per block element, spaces
    collapsed), without what is never text (:data:`JUNK_TAGS`: scripts, embedded
    content, form controls). Parsed like a page (no network, no huge trees); nothing is
    fetched and no tag survives."""
    parser = lxml_html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True,
                                  remove_pis=True)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return []
    for el in list(root.iter(*JUNK_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter(*_BREAKING):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    text = "".join(str(t) for t in root.itertext())
    return [" ".join(part.split()) for part in BLANK_LINE.split(text) if part.strip()]
