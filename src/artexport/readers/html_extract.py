"""trafilatura's readings of a saved page's main content -- its fast one, and the one
with its fallbacks for a short text; with links and emphasis or plain -- and which of
them is the article's (the reader's ``html.py`` prepares the page it reads)."""

from __future__ import annotations

import copy
import warnings

import trafilatura
from lxml import etree

from .html_tree import Element

# Hidden elements are no article text (junk elements are gone already); nor is what a
# page prints on paper alone (Bootstrap's "d-none d-print-block": phys.org's "Citation:
# ... retrieved 20 November 2019 from https://..." was read as the text's last paragraph)
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_STYLE = "contains(translate(@style, 'DISPLAYNOEVISBT ', 'displaynoevisbt'), '{}')"
# (one test an element, each attribute's string made only where it is there: a union of
# eight paths walked the page eight times and lower-cased every element's missing style)
_PRUNE = [f"//*[@hidden or @aria-hidden='true' or (@style and ({_STYLE.format('display:none')}"
          f" or {_STYLE.format('visibility:hidden')})) or (@class and (({_CLASS.format('d-none')}"
          " and contains(@class, 'd-print-') and not(contains(@class, 'd-sm-') or "
          "contains(@class, 'd-md-') or contains(@class, 'd-lg-') or contains(@class, "
          f"'d-xl-'))) or {_CLASS.format('print-only')} or "
          f"{_CLASS.format('visible-print-block')}))]"]


_SHORT_WORDS = 100  # fewer words than a short news story: read again, with fallbacks


def trafilatura_body(tree: Element) -> Element | None:
    """trafilatura's main content of the page as its XML body (``p``, ``head``,
    ``list``/``item``, ``table``/``row``/``cell``, ``quote``, ``graphic``, ``code``,
    ``hi``, ``ref``, ``lb``), or None when it finds none. Its precision setting: on
    ../shared/extraction it keeps less page furniture and loses little article text
    (bench/bench_extraction.py); comments are never article text."""
    body = quick = None
    for fast in (True, False):
        body = _body(tree, fast, marked=True)
        if body is not None and _opens_with_link(body):
            # trafilatura keeping links sometimes loses the text before a link in a
            # text-bearing <div> (a CNN page: "... after <a>CNBC reported</a> that"
            # came out as "CNBC reportedthat"; adbar/trafilatura#585), leaving a
            # paragraph that opens with the link: then its plain reading of the page is
            # the check, and wins when it has more words
            plain = _body(tree, fast, marked=False)
            if plain is not None and _words(plain) > _words(body) * _LINKS_LOSE + 5:
                body = plain
        if body is not None and _words(body) >= _SHORT_WORDS:
            break
        if fast:  # (a copy: the reading with fallbacks rewrites what the fast one gave)
            quick = copy.deepcopy(body)
    if quick is not None and body is not None and _captions_run_together(body, quick, tree):
        body = quick
    return body if body is not None and len(body) else None


_LINKS_LOSE = 1.02  # more than 2% (and 5 words) fewer than the plain reading: text lost


def _opens_with_link(body: Element) -> bool:
    return any(len(p) and p[0].tag == "ref" and not (p.text or "").strip()
               for p in body.iter("p"))


def _words(body: Element) -> int:
    return sum(len(str(t).split()) for t in body.itertext())


def _body(tree: Element, fast: bool, *, marked: bool) -> Element | None:
    """trafilatura's body of the page; ``marked``: with links and emphasis."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = trafilatura.bare_extraction(
                tree, favor_precision=True, include_comments=False, include_tables=True,
                include_images=True, include_formatting=marked, include_links=marked,
                with_metadata=False, deduplicate=False, fast=fast, prune_xpath=_PRUNE)
        except (ValueError, TypeError, LookupError, AttributeError, etree.LxmlError):
            # control characters in a text it rewrites, and the like: the caller
            # reads the page line by line instead
            return None
    return getattr(doc, "body", None)


def _captions_run_together(slow: Element, quick: Element, tree: Element) -> bool:
    """Whether the reading with fallbacks lost photos the fast one kept and gained only
    their captions, run together as a paragraph ("... 4 a.m. Maria Lopez, Valley
    HeraldChildren sled ...": a photo gallery above a short text): the fast reading,
    photos and text, is the article's."""
    if len(list(slow.iter("graphic"))) >= len(list(quick.iter("graphic"))):
        return False
    captions = sorted({c for el in tree.iter("figcaption") if (c := _squeezed(el))},
                      key=len, reverse=True)
    kept = {_squeezed(p) for p in quick.iter("p")}
    gained = [text for p in slow.iter("p") if (text := _squeezed(p)) not in kept]
    for text in gained:
        for caption in captions:
            text = text.replace(caption, "")
        if any(ch.isalpha() for ch in text):
            return False
    return bool(gained) and bool(captions)


def _squeezed(el: Element) -> str:
    """``el``'s text without its white space (the readings space it differently)."""
    return "".join("".join(str(t) for t in el.itertext()).split())
