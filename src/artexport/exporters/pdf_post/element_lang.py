"""Per-element language: ``/Lang`` on the structure element of every HTML element whose
``lang`` differs from its parent's (WeasyPrint 70 writes only the catalog's ``/Lang``).

Contract with the page template: an element of the HTML the PDF is made from that
carries a ``lang`` attribute different from the language it inherits (a paragraph in
English inside an Arabic article, ``<blockquote lang="fa">``, an isolated Latin run
``<bdi lang="en">``) gets that language on the structure element(s) WeasyPrint made for
it: one per page when it runs over a page break. Its descendants inherit it, as PDF
readers expect.

WeasyPrint keeps no link from a structure element back to its HTML element, so the two
are matched by their words: an element's words are read from its marked content (the
letters of each word, in any order: the page holds them in visual order), and an
element takes the language of the most specific lang-carrying HTML element that holds
all of them. To keep a stray match out, an element needs a word with a letter, and
either three words or exactly the words of that HTML element. List markers (``Lbl``)
are not part of the text the HTML holds and are left out of the comparison.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pikepdf

from . import structure
from .content import text_objects
from .fonts import FontCache

_MIN_WORDS = 3


@dataclass(frozen=True)
class LangElement:
    """An HTML element whose language differs from the one it inherits."""

    lang: str
    tag: str
    words: Counter[str]  # as the HTML joins them, and split where an inline element starts
    forms: tuple[Counter[str], ...] = ()  # each form alone: what an exact match compares


def _key(word: str) -> str:
    """A word as letters and digits in any order (the page draws right-to-left words
    backwards, and marks and non-joiners are not always drawn as characters)."""
    text = unicodedata.normalize("NFKC", word)
    return "".join(sorted(ch for ch in text if ch.isalnum() and ch != "\u0640"))


def _words(text: str) -> Counter[str]:
    return Counter(k for k in (_key(w) for w in text.split()) if k)


# Elements whose edges end a word even without a space in the markup.
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl",
                     "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
                     "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
                     "table", "td", "th", "tr", "ul"})


def _text(element: Any, *, split_inline: bool = False) -> str:
    """An element's text, with a space wherever a block starts or ends (``split_inline``:
    wherever any element does)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        block = isinstance(node.tag, str) and (split_inline or node.tag in _BLOCKS)
        if block:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append(" ")

    walk(element)
    return "".join(parts)


def lang_elements(html: str, document_lang: str | None) -> list[LangElement]:
    """The elements of ``html`` (the page WeasyPrint rendered) with a language of their
    own, in document order."""
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[LangElement] = []
    body = doc.find("body")
    start = (document_lang or doc.get("lang") or "").strip()

    def walk(element: Any, inherited: str) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            own = (child.get("lang") or "").strip()
            lang = own or inherited
            if own and own.lower() != inherited.lower():
                # A word that runs into an inline element ("و<bdi>Android</bdi>") is one
                # word in the HTML but two in the PDF, where each run has its own marked
                # content: both forms count, or the paragraph would match nothing.
                forms = (_words(_text(child)), _words(_text(child, split_inline=True)))
                out.append(LangElement(own, child.tag, forms[0] | forms[1], forms))
            walk(child, lang)

    if body is not None:
        walk(body, start)
    return out


def _page_words(page: pikepdf.Page, fonts: FontCache) -> dict[int, Counter[str]]:
    """Words of each marked-content id of a page (from the glyphs' text)."""
    ops = pikepdf.parse_content_stream(page)
    out: dict[int, Counter[str]] = {}
    for span in text_objects(ops, fonts.page(page)):
        if span.mcid is None or span.glyphs is None:
            continue
        words = out.setdefault(span.mcid, Counter())
        current: list[str] = []
        for glyph in [*span.glyphs, None]:
            if glyph is None or (glyph.text and glyph.text.isspace()):
                key = _key("".join(current))
                if key:
                    words[key] += 1
                current = []
            else:
                current.append(glyph.text)
    return out


def _content(element: pikepdf.Dictionary) -> Iterator[tuple[Any, int]]:
    """(page object, MCID) of the marked content directly under ``element``."""
    kids = element.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    for kid in items:
        if isinstance(kid, int):
            yield element.get("/Pg"), int(kid)
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            yield kid.get("/Pg") or element.get("/Pg"), int(kid.MCID)


def _children(element: pikepdf.Dictionary) -> Iterable[pikepdf.Dictionary]:
    kids = element.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return [k for k in items if isinstance(k, pikepdf.Dictionary) and "/S" in k]


def set_element_langs(pdf: pikepdf.Pdf, html: str, document_lang: str | None,
                      fonts: FontCache) -> int:
    """Write ``/Lang`` on the structure elements of the lang-carrying HTML elements;
    returns how many elements got one."""
    wanted = lang_elements(html, document_lang)
    if not wanted or structure.root(pdf) is None:
        return 0
    by_page = {page.obj.objgen: _page_words(page, fonts) for page in pdf.pages}
    words: dict[tuple[int, int], Counter[str]] = {}

    def collect(element: pikepdf.Dictionary) -> Counter[str]:
        key = structure.key(element)
        if key in words:
            return words[key]
        total: Counter[str] = Counter()
        words[key] = total  # a cycle in a broken tree ends here
        if element.get("/S") == "/Lbl":
            return total
        for page, mcid in _content(element):
            if isinstance(page, pikepdf.Dictionary) and page.is_indirect:
                total.update(by_page.get(page.objgen, {}).get(mcid, Counter()))
        for child in _children(element):
            total.update(collect(child))
        return total

    assigned: dict[tuple[int, int], int] = {}
    count = 0
    for element in structure.elements(pdf):
        mine = collect(element)
        choice = _choose(mine, wanted)
        parent = element.get("/P")
        inherited = assigned.get(structure.key(parent)) if parent is not None else None
        if choice is None:
            continue
        assigned[structure.key(element)] = choice
        if inherited == choice or "/Lang" in element:
            continue
        element.Lang = pikepdf.String(wanted[choice].lang)
        count += 1
    return count


def _choose(mine: Counter[str], wanted: list[LangElement]) -> int | None:
    """The most specific lang-carrying HTML element holding all of ``mine``."""
    if not any(any(ch.isalpha() for ch in k) for k in mine):
        return None
    best: int | None = None
    for i, candidate in enumerate(wanted):
        if mine - candidate.words:
            continue  # a word the HTML element does not have
        if sum(mine.values()) < _MIN_WORDS and mine not in (candidate.words,
                                                            *candidate.forms):
            continue
        if best is None or sum(candidate.words.values()) < sum(wanted[best].words.values()):
            best = i
    return best

