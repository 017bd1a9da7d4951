"""A subheading a page draws as a bold line in a ``<div>`` of its own between its runs
of text ("text<br><br><div><strong>Fares and timings</strong></div>text", Times of
India): on a page with no ``<article>`` or ``<main>``, trafilatura dropped the ``<div>``
and the reader lost the subheading. It is made the bold paragraph it is (a ``<p>``, which
trafilatura keeps; the reader then makes it the subheading, as it does a bold ``<p>``)."""

from __future__ import annotations

import re

from .furniture import is_furniture, related_heading
from .html_kept import _text
from .html_tree import Element
from .news import find_date

__all__ = ["bold_lines_as_paragraphs"]

_SUBHEADING_WORDS = 10  # a subheading's words, at most (as the reader's bold subheadings)
_PROSE_WORDS = 12  # the paragraphs above and below it this long: it stands in a text
_ENDS = ".:؟?!،,؛;…\"»”"  # a bold line ending so is a sentence or a label, no subheading
_MANY = 2000  # boxes looked at, at most
# a line a site prints between runs of text that heads none: a call ("Watch video",
# "Story continues below", "تابعونا"), a label and its value ("Photo: Reuters"), a note
# in brackets ("(With inputs from agencies)")
_NO_SUBHEADING = re.compile(r"^(?:watch|listen|read|click|tap|follow|subscribe|download|"
                            r"sign up|share|see|view|continue|story continues|also|more|"
                            r"شاهد|اقرأ|إقرأ|تابع|استمع|اضغط|انقر)(?!\w)|[:：()\[\]]", re.I)


def bold_lines_as_paragraphs(root: Element) -> None:
    """Each ``<div>`` that holds one ``<strong>``/``<b>`` alone (no link, no text of its
    own), a short line that ends no sentence and is no page label, call, date or note
    ("Also read", "Watch video"), between two ``<p>`` of prose, becomes a ``<p>``."""
    for div in list(root.iter("div"))[:_MANY]:
        kids = [c for c in div if isinstance(c.tag, str)]
        if len(kids) != 1 or kids[0].tag not in ("strong", "b") or (div.text or "").strip() \
                or (kids[0].tail or "").strip() or next(kids[0].iter("a"), None) is not None \
                or any(isinstance(c.tag, str) and c.tag not in ("strong", "b", "em", "i",
                                                                 "span") for c in kids[0].iter()):
            continue
        line = _text(div)
        if not 1 <= len(line.split()) <= _SUBHEADING_WORDS or line.endswith(tuple(_ENDS)) \
                or _NO_SUBHEADING.search(line) or find_date(line) \
                or related_heading(line) or is_furniture(line):
            continue
        above, below = div.getprevious(), div.getnext()
        if all(el is not None and el.tag == "p" and len(_text(el).split()) >= _PROSE_WORDS
               for el in (above, below)):
            div.tag = "p"
