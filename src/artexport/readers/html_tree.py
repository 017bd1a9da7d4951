"""Element helpers the HTML reader's modules share: tag and attribute names, text,
XPath selections and the page's ``<body>``."""

from __future__ import annotations

import functools
from typing import Any

from lxml import etree

Element = etree._Element

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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

