"""A sentence dense with links in a ``<div>`` of its own, in the middle of the text
("وكانت <a>مصر</a> و<a>السعودية</a> و<a>الإمارات</a> قد طالبت ...", a site that links
each name to its tag page): trafilatura's precision setting drops a ``<div>`` whose words
are mostly links as a list of links, and the sentence was lost from the article. It is
made the paragraph it is (a ``<p>``, which trafilatura keeps as text)."""

from __future__ import annotations

import re

from .furniture import related_heading
from .html_kept import _PHRASING, _text
from .html_tree import Element
from .page_text import ends_sentence

__all__ = ["linked_sentences_as_paragraphs"]

_OWN_WORDS = 4  # words of the sentence's own, outside its links, at least ...
_DENSE = 0.25  # ... of which its links hold this share at least: what trafilatura drops
_PROSE_WORDS = 12  # ... and a block beside it this long: it stands in a text
_MANY = 2000  # boxes looked at, at most
# links of a call to follow the site or click: to its pages on social networks, or read
# "click here"
_SOCIAL = re.compile(r"(?:^|[/.])(?:facebook|twitter|x|instagram|youtube|youtu|t|telegram|"
                     r"whatsapp|wa|tiktok|snapchat|linkedin)\.(?:com|me|be|org)(?:/|$)", re.I)
_SEPARATORS = frozenset(("", "و", "أو", "and", "or", "&"))  # what parts a list's links
_MARKS = "-–—|/،,.•·"
_CALL = re.compile(r"^(?:اضغط|إضغط|انقر|click|tap)(?:\s|$)", re.I)


def linked_sentences_as_paragraphs(root: Element) -> None:
    """Each ``<div>`` holding only phrasing (text, links, emphasis) that is a sentence
    dense with links -- a quarter of its words in two links or more, and words of its own
    between them (a menu, a tag list or a share bar has none or a label's), ending as a
    sentence or standing between two paragraphs, not led by a related stories' label
    ("مواضيع ذات صلة") -- beside a block of prose in the same container becomes a
    ``<p>``. (Only these: a page's paragraphs in <div>s, one turned into a <p>, made
    trafilatura drop another.)"""
    prose: dict[Element, bool] = {}  # (each element's text read once: a flat page of many)
    blocks_of_prose: dict[Element, int] = {}  # a container's blocks of running text

    def is_prose(el: Element | None) -> bool:
        if el is None or el.tag not in ("p", "div"):
            return False
        if el not in prose:
            prose[el] = len(_text(el).split()) >= _PROSE_WORDS
        return prose[el]

    for div in list(root.iter("div"))[:_MANY]:
        if any(isinstance(c.tag, str) and c.tag not in _PHRASING for c in div) \
                or next(div.iter("a"), None) is None:
            continue
        text = _text(div)
        linked = sum(len(_text(a).split()) for a in div.iter("a"))
        parent = div.getparent()
        if parent is None or len(text.split()) - linked < _OWN_WORDS \
                or linked < _DENSE * len(text.split()) or len(div.findall(".//a")) < 2:
            continue  # (a paragraph with a link or two in its prose is kept as it is)
        first = _text(next(div.iter("a")))
        label = text[:text.find(first)].strip() if first in text else ""
        if related_heading(label) or (label.endswith((":", "：")) and not any(
                w.strip(_MARKS) not in _SEPARATORS for a in div.iter("a")
                for w in (a.tail or "").split())) or any(
                _SOCIAL.search(a.get("href") or "") or _CALL.match(_text(a).strip())
                for a in div.iter("a")):
            continue  # (a box of related stories: "مواضيع ذات صلة <a>...</a> و <a>...</a>",
            # "يهمك أيضا: <a>...</a> - <a>...</a>", links after a label; a call to follow
            # the site, "Follow us on <a>Facebook</a>, ...", "<a>اضغط هنا</a>")
        # (a sentence left without its full stop, as Arabic news often is, between two
        # paragraphs of prose)
        if not (ends_sentence(text, ".!?؟۔…") or (is_prose(div.getprevious())
                                                 and is_prose(div.getnext()))):
            continue
        if parent not in blocks_of_prose:
            blocks_of_prose[parent] = sum(1 for sibling in parent if is_prose(sibling))
        if blocks_of_prose[parent] > is_prose(div):  # (another block of the text beside it)
            div.tag = "p"
