"""Which part of a saved page an element is in, by the names the page gives its parts:
navigation, a footer, comments, related stories, an advert, a share or newsletter
widget, a sidebar, hidden -- page furniture, whose text is never the article's -- or
none (the article, or a part the page does not name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import html as lxml_html

from .furniture import (
    ADVERT,
    COMMENTS,
    COOKIES,
    FOOTER,
    NAVIGATION,
    RELATED,
    WIDGET,
    related_heading,
)
from .html_tree import Element, _classes, _tag, _text_of, block_text

__all__ = ["OPENED_BY_THE_PAGE", "OTHER_STORIES", "WHERE", "drop_read_also_boxes", "hidden",
           "in_furniture", "mark_what_controls_open", "revealed_by_the_page", "where_in_page"]

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden(el: Element) -> bool:
    """Hidden by the page: the ``hidden`` attribute, ``aria-hidden``, a hiding style --
    but not text the page reveals itself (:func:`revealed_by_the_page`)."""
    if (el.get("aria-hidden") or "").lower() == "true":
        return True
    if el.get("hidden") is None and not _HIDDEN_STYLE.search(el.get("style") or ""):
        return False
    return not revealed_by_the_page(el)


# (whole class names: "read-more-wall" is a paywall, Bootstrap's "collapse" any box)
_PANEL = re.compile(r"(?<![\w-])(?:tab-?pane|tab-?panel|tab-?content|read-?more(?:-content|"
                    r"-text|-body)?|more-?content|accordion(?:-content|-body|-panel)?)"
                    r"(?![\w-])", re.I)
# what a button that opens more of the text says
_MORE_LABEL = re.compile(r"^\W*(?:اقرأ|إقرأ|اقرا|عرض|أكمل|تابع|شاهد)?\s*(?:المزيد|أكثر|القراءة)"
                         r"|^\W*(?:read|show|see|view)\s+(?:more|all|full)|^\W*continue reading"
                         r"|^\W*more\W*$|ادامه|بیشتر|مزید", re.I)
_PROSE_WORDS = 15  # words, most not links, that make a hidden box text, not a menu


OPENED_BY_THE_PAGE = "data-artexport-opened"  # marks what an aria-controls opens


def mark_what_controls_open(root: Element) -> None:
    """Mark each element a tab's or a "read more" button's ``aria-controls`` names
    (not a subscribe or report button's), before the page's buttons go as form
    controls."""
    opened = {name for el in root.iter() if el.get("aria-controls") and (
        el.get("role") == "tab" or _MORE_LABEL.search(_text_of(el)))
        for name in (el.get("aria-controls") or "").split()}
    if opened:
        for el in root.iter():
            if el.get("id") in opened:
                el.set(OPENED_BY_THE_PAGE, "")


def revealed_by_the_page(el: Element) -> bool:
    """Hidden text a reader opens on the page: a tab panel, a collapsed "read more" or
    accordion section, a box another element's ``aria-controls`` opens, a section
    hidden "until found" -- when it holds prose (a menu opened by a button holds links).
    Whole sections of explainers were dropped as hidden."""
    if el.get("hidden") == "until-found":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    named = (el.get("role") or "") == "tabpanel" or bool(_PANEL.search(names))
    if not named and el.get(OPENED_BY_THE_PAGE) is None:
        return False
    if WHERE.search(names) or (el.get("role") or "") == "dialog" or _in_another_language(el):
        return False  # a newsletter's modal, the comments; a tab of the text translated
    words = len(block_text(el).split())
    links = sum(len(_text_of(a).split()) for a in el.iter("a"))
    return words >= _PROSE_WORDS and links * 2 < words


def _in_another_language(el: Element) -> bool:
    own = (el.get("lang") or "").lower()
    page = (el.getroottree().getroot().get("lang") or "").lower()
    return bool(own) and own.split("-")[0] != page.split("-")[0]


def in_furniture() -> Callable[[Element], bool]:
    """Whether an element sits inside page furniture (:func:`where_in_page`), remembered
    for the page."""
    known: dict[Element, str | None] = {}
    return lambda el: where_in_page(el, known) is not None


WHERE = re.compile(r"(?P<footer>footer)|(?P<comments>comment|disqus|replies)|(?P<related>"
                    r"related|most-?read|popular|recommend|outbrain|taboola)|(?P<advert>"
                    r"-ad-|\bads?\b|advert|sponsor|promo|skyscraper)|(?P<widget>share|"
                    r"sharing|social|print|newsletter|subscribe|signup|login|toolbar)|"
                    r"(?P<cookies>cookie|gdpr)|(?P<aside>sidebar)|(?P<nav>\bnav|menu|"
                    r"breadcrumb|pagination|pager|masthead|banner|header)", re.I)
_REASONS = {"footer": FOOTER, "comments": COMMENTS, "related": RELATED, "advert": ADVERT,
                  "widget": WIDGET, "cookies": COOKIES, "aside": "aside", "nav": NAVIGATION}
_ROLES = {"navigation": NAVIGATION, "menu": NAVIGATION, "menubar": NAVIGATION,
          "search": NAVIGATION, "toolbar": WIDGET, "banner": "page header",
          "contentinfo": FOOTER, "complementary": "aside", "dialog": WIDGET}
_TAGS = {"nav": NAVIGATION, "menu": NAVIGATION, "footer": FOOTER, "aside": "aside",
         "header": "page header"}
# ... but not a box of other stories, whose name says "story" too ("nextstory"), nor a
# card previewing another page (Ghost's "kg-bookmark-card", Substack's "embedded-post":
# that page's title and description, run together)
# (a whole class name: "read-next-observer" and "has-read-next" mark the article itself)
OTHER_STORIES = re.compile(r"(?<![\w-])(?P<related>next-?(?:story|stories|article|post)|"
                            r"more-?stories|read-?next|up-?next|other-?stories|related-?"
                            r"(?:stories|articles|posts|content)|kg-bookmark-card|"
                            r"embedded-post(?:-wrap)?)(?![\w-])", re.I)
# class names that say "the article" outweigh the words above ("article-header"; a whole
# class "post": Substack's <article class="newsletter-post post"> is no newsletter box)
_ARTICLE_NAMES = re.compile(r"article|body|content|main|story|entry|column|"
                            r"(?<![\w-])post(?![\w-])", re.I)


def where_in_page(el: Element, known: dict[Element, str | None]) -> str | None:
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
        found = (OTHER_STORIES.search(names) or (None if _ARTICLE_NAMES.search(names)
                                                  else WHERE.search(names))) if names else None
        if found and found.lastgroup == "footer" and _headlines_own(item):
            found = None
        own = "hidden" if hidden(item) else \
            _ROLES.get((item.get("role") or "").lower()) or _TAGS.get(_tag(item)) or \
            (_REASONS[found.lastgroup or ""] if found else None)
        reason = own or reason
        known[item] = reason
    return reason


_HEADLINE_BOX_WORDS = 60  # the headline, its byline and date; no paragraphs of text
# a footer named for the headline ("headline__footer", "title-footer")
_HEADLINE_FOOTER = re.compile(r"(?<![\w-])(?:headline|heading|title)(?:__|[_-])footer(?![\w-])",
                              re.I)


def _headlines_own(box: Element) -> bool:
    """Whether a box named a footer is the page's headline's own ("<div class="headline">
    <h1>...</h1><div class="headline__footer">" with the writers and the date, CNN's):
    named for the headline, its parent holds the <h1> and little more, not the text."""
    parent = box.getparent()
    if parent is None or not _HEADLINE_FOOTER.search(box.get("class") or ""):
        return False
    h1 = next(parent.iter("h1"), None)
    return h1 is not None and h1 not in box.iter() and next(parent.iter("p"), None) is None \
        and len(_text_of(parent).split()) <= _HEADLINE_BOX_WORDS


_BOX_WORDS = 80  # a teaser card's words: its label, a headline, a line of its text
_BOX_PARAGRAPHS = 2


def drop_read_also_boxes(root: Element) -> None:
    """Remove the boxes inside the text that open with a "read also" label and hold a
    link to another story ("<div><span>اقرأ أيضاً</span><div class="card"><h3><a>...</a>
    </h3><p>teaser</p></div></div>"), named by no class: their headline was read as a
    subheading of the text and their teaser as its paragraph."""
    for box in list(root.iter("div", "aside", "section")):
        if box.getparent() is None or next(box.iter("a"), None) is None \
                or next(box.iter("h1"), None) is not None \
                or len(list(box.iter("p"))) > _BOX_PARAGRAPHS \
                or len(_text_of(box).split()) > _BOX_WORDS:
            continue
        label = next((el for el in box.iterdescendants() if _tag(el)
                      and (el.text or "").strip()), None)
        if label is not None and (box.text or "").strip() == "" and \
                related_heading(_text_of(label)) and \
                len(_text_of(label).split()) < len(_text_of(box).split()) and \
                next(label.iter("a"), None) is None and isinstance(box, lxml_html.HtmlElement):
            box.drop_tree()  # (its tail, text after it, stays)
