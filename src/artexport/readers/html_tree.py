"""Element helpers the HTML reader's modules share: tag and attribute names, text,
XPath selections, the page's ``<body>``, the text of an HTML fragment (a Markdown file's
raw HTML block), and the page's own repairs: regions labelled as furniture or byline,
e-mail addresses a script would have decoded, the quotation marks a browser draws."""

from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from .html_credits import CREDIT_LABEL

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


def list_starts(root: Element) -> dict[str, int]:
    """Each ``<ol start="4">`` by its first item's text: trafilatura keeps no ``start``,
    and a list the page goes on counting after a figure must not start again at 1. (A
    countdown, ``reversed``, is left as it was: the editions count up.)"""
    out: dict[str, int] = {}
    for ol in _xpath(root, ".//ol[@start][not(@reversed)]"):
        first = next((c for c in ol if _tag(c) == "li"), None)
        start = _attr(ol, "start")
        if first is not None and start.isdigit() and int(start) != 1:
            out.setdefault(_text_of(first), int(start))
    return out


def block_text(el: Element) -> str:
    """The text of ``el`` with a space between its blocks ("<p>ملخص</p><ul><li>باحثون"
    was "ملخصباحثون"), spaces collapsed (iterative: a page may nest deep)."""
    return " ".join(text_lines(el))


def text_lines(el: Element) -> list[str]:
    """The lines of ``el``'s text, broken at its blocks and ``<br>``s ("علی رضایی<br>
    بی‌بی‌سی فارسی": a writer's name, then the outlet), spaces collapsed."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        breaking = "\0" if _tag(node) in _BREAKING else ""  # (no text holds a NUL)
        if event == "start":
            parts.append(breaking + (str(node.text or "") if isinstance(node.tag, str) else ""))
        elif node is not el:
            parts.append(breaking + str(node.tail or ""))
    return [" ".join(line.split()) for line in "".join(parts).split("\0") if line.strip()]


def _xpath(root: Element, expr: str) -> list[Element]:
    """The elements an XPath expression selects (it selects only elements here)."""
    found = root.xpath(expr)
    return [el for el in found if isinstance(el, etree._Element)] \
        if isinstance(found, list) else []


def _body_of(root: Element) -> Element:
    """The page's ``<body>``; the root itself when there is none."""
    return next(root.iter("body"), root)


# Regions a page labels for screen readers as what is not the story's text (BBC World
# Service: aria-labelledby="podcast-promo", "related-content-heading", "Most-Read")
_FURNITURE_REGION = re.compile(r"podcast|promo|related|most-?read|newsletter|recommend", re.I)


def drop_labelled_regions(root: Element) -> None:
    """Remove from the page the regions whose ``aria-labelledby`` names furniture, and
    the boxes a skip link lets a reader jump over (:func:`_skipped_box`)."""
    for el in _xpath(root, "//*[@aria-labelledby]"):
        if _FURNITURE_REGION.search(el.get("aria-labelledby") or "") and \
                isinstance(el, lxml_html.HtmlElement) and el.getparent() is not None:
            el.drop_tree()
    ids = {el.get("id"): el for el in _xpath(root, "//*[@id]")}
    for link in _xpath(root, "//a[starts-with(@href, '#')]")[:_MANY_LINKS]:
        target = ids.get((link.get("href") or "")[1:])
        box = _skipped_box(link, target) if target is not None else None
        if isinstance(box, lxml_html.HtmlElement) and box.getparent() is not None:
            box.drop_tree()


_MANY_LINKS = 500  # in-page links looked at: a page has a few; a hostile one, thousands
_SKIPPED_WORDS = 120  # an embed's notices, a promo: not a page's whole text
_END_MARK_WORDS = 8  # the words of the element a skip link jumps to: an end marker's


def _skipped_box(link: Element, target: Element) -> Element | None:
    """The box a skip link lets a reader jump over, if ``link`` is one: it opens the box
    and names the box's last element, a short end marker ("تخطى YouTube مشاركة" ...
    "نهاية YouTube مشاركة": a YouTube embed's consent notices, read as the article's
    paragraphs; a promo's "Skip podcast and continue reading"). A link to the article
    ("Skip to content") or to a heading (a table of contents) names no box's end."""
    if len(_text_of(target).split()) > _END_MARK_WORDS:
        return None
    box = link.getparent()
    for _ in range(3):  # (the link in its own <div> or <p>, the marker in the box's last)
        if box is None or _tag(box) in ("body", "html", "main", "article"):
            return None
        if target in box.iterdescendants():
            text = _text_of(box)
            if text.startswith(_text_of(link)) and text.endswith(_text_of(target)) and \
                    len(text.split()) <= _SKIPPED_WORDS and next(box.iter("h1"), None) is None:
                return box
            return None
        box = box.getparent()
    return None


# ("img-desc": Al-Riyadh's caption under its photo)
_CAPTION_CLASS = re.compile(r"(?<!hide-)(?<!toggle-)caption(?!-?(?:toggle|hide|button|icon))|legend"
                            r"|(?:img|image|photo|pic)[_-]?desc", re.I)
# ("attribution": The Conversation's source and licence, "Jane Roe, CC BY-ND", around
# its "source": the licence was left in the caption, ", CC BY-ND"; a class a word
# ends in, Quanta's "_pattribution-w-auto" on the box of caption and credit, is none)
_CREDIT_CLASS = re.compile(r"credit|copyright|(?:(?<![\w-])|[_-])(?:attribution|source)"
                           r"(?![\w-])", re.I)


def caption_elements(img: Element) -> tuple[Element | None, Element | None]:
    """The caption and the credit of the image ``img``: its <figure>'s <figcaption> and
    the element whose class says "credit"; with no <figure>, an element whose class says
    "caption" beside it in its box ("<div class="image"><img><div class="image-caption">":
    CNN, Annahar, many a CMS)."""
    figure = next((a for a in img.iterancestors() if _tag(a) == "figure"), None)
    if figure is None:
        box, own_credit = img.getparent(), None
        for _ in range(3):  # (<div><a><div><img></div></a><p class="caption">: JNews)
            if box is None or len(_text_of(box).split()) > 80:
                break  # (a box of a photo and its caption, not the page's text)
            found = [d for d in box.iterdescendants() if _tag(d) and d is not img
                     and _CAPTION_CLASS.search(_classes(d))]
            # the innermost ("caption-source" holds "caption" and the photo's "source")
            cap = next((d for d in found if not any(o is not d and d in o.iterancestors()
                                                    for o in found)), None)
            if cap is not None:
                return cap, _credit_in(box, cap)
            if box is img.getparent():  # a credit alone beside the photo, no caption
                own_credit = _credit_in(box, None)  # (RT's "article__cover-copyright")
            box = box.getparent()
        return None, own_credit
    cap = next((d for d in figure.iterdescendants() if _tag(d) == "figcaption"), None)
    if cap is None:  # a WordPress figure's "<p class="wp-caption-text">" (AMP, JNews)
        cap = next((d for d in figure.iterdescendants() if _tag(d) in ("p", "div", "span")
                    and _CAPTION_CLASS.search(_classes(d))), None)
    return cap, _credit_in(figure, cap)


def _credit_in(box: Element, cap: Element | None) -> Element | None:
    """The element in ``box`` whose class says "credit" or "source" -- or, its class a
    hashed name, whose text opens with a credit's label ("Credit...Audra Melton", The
    New York Times) --, not one that holds the caption ``cap`` ("caption-source" wraps
    both)."""
    return next((c for c in box.iterdescendants() if _tag(c)
                 and (_CREDIT_CLASS.search(_classes(c)) or (  # (a <figure>'s: Town News')
                     _tag(box) == "figure" and "byline" in _classes(c).lower())
                      or (_tag(c) in ("span", "small", "cite", "em", "p", "div")
                          and CREDIT_LABEL.match(_text_of(c))))
                 and (cap is None or (c is not cap and cap not in c.iterdescendants()))),
                None)


def captioned_image_above(root: Element, first: str, shared: str = "") -> Element | None:
    """The first captioned image between the page's <h1> and the element that holds
    ``first`` (the text's first paragraph): a lead photo above the text's own container
    ("<figure class="post-thumbnail">", "article-main-media"), which trafilatura leaves;
    or, captioned or not, the image the page shares as its own (``shared``, its
    og:image: Youm7's photo, its caption in its alt text, was lost).
    A standfirst above the photo that opens with the text's first words (France 24's
    "chapo" retells the lede) is not the text's paragraph: the photo after it was lost."""
    key = " ".join(first.split())[:30]
    whole = "".join(first.split())[:80]
    seen_h1 = next(root.iter("h1"), None) is None
    for el in root.iter():
        tag = _tag(el)
        if tag == "h1":
            seen_h1 = True
        elif key and key in " ".join((el.text or "").split()) and \
                whole in "".join(_text_of(el).split()):
            return None
        elif tag == "img" and seen_h1 and (caption_elements(el)[0] is not None or (
                shared and (el.get("src") or "").strip() == shared)):
            return el
    return None


def _classes(el: Element) -> str:
    """The element's class and id, the names a page gives its parts."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def byline_region_lines(root: Element) -> set[str]:
    """The lines of the regions labelled as the byline ("معلومات عن الكاتب", "Author,
    أحمد عبد الله", "Role, ...") or named so by test ids: metadata, read as such, never
    body text. (The region stays in the page while trafilatura reads it: without it,
    the figure above it was lost.)"""
    lines: set[str] = set()
    for el in _xpath(root, "//*[@aria-labelledby]"):
        if "byline" in (el.get("aria-labelledby") or "").lower():
            lines.update(_text_of(part) for part in el.iter("h2", "h3", "li", "p"))
    for el in _xpath(root, "//*[contains(@data-testid, 'byline') or "  # (BBC News's)
                           "contains(@data-component, 'byline')]")[:20]:
        if len(_text_of(el).split()) <= 40:  # (a byline's few lines, never the text)
            lines.update(text_lines(el))
    for label, _ in _byline_labels(root):  # (a byline list in no labelled region)
        item = next((a for a in label.iterancestors() if _tag(a) in ("li", "p")), None)
        if item is not None:
            lines.add(_text_of(item))
    return lines - {""}


# The labels for screen readers before a byline's parts (BBC World Service, in English on
# every language's site: "Author, نادين شريف", "Role, بي بي سي نيوز عربي - بيروت")
_BYLINE_LABEL = re.compile(r"^(author|role)\s*[,،]$", re.I)


def _byline_labels(root: Element) -> list[tuple[Element, str]]:
    """The byline's labels, each with what it labels ("author" or "role"): an element
    of its own holding nothing else, first in its parent."""
    found: list[tuple[Element, str]] = []
    for el in _xpath(root, "//span[not(*)][starts-with(normalize-space(), 'Author') or "
                           "starts-with(normalize-space(), 'Role')]"):
        parent = el.getparent()
        if (m := _BYLINE_LABEL.match(" ".join((el.text or "").split()))) and \
                parent is not None and parent[0] is el and not (parent.text or "").strip():
            found.append((el, m.group(1).lower()))
    return found


def labelled_authors(root: Element) -> list[dict[str, str]]:
    """The writers a labelled byline names, each with the role it gives ("Role, بي بي
    سي نيوز عربي - بيروت"): a role follows its writer's name."""
    authors: list[dict[str, str]] = []
    for label, part in _byline_labels(root):
        parent = label.getparent()
        said = _text_of(parent)[len(_text_of(label)):].strip() if parent is not None else ""
        if part == "author" and said:
            authors.append({"name": said})
        elif part == "role" and said and authors and "role" not in authors[-1]:
            authors[-1]["role"] = said
    return authors


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


def reveal_emails(root: Element) -> None:
    """Addresses Cloudflare hid from harvesters: the page shows "[email protected]"
    until its script decodes ``data-cfemail`` (the first byte the key, XORed with each
    other byte); the script is gone, so the address is decoded here, and a link to
    "/cdn-cgi/l/email-protection#..." becomes the mailto: link it stands for."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        coded = el.get("data-cfemail")
        if coded is not None and (address := _cloudflare_email(coded)):
            for child in list(el):
                el.remove(child)
            el.text = address
        href = el.get("href") or ""
        if "/cdn-cgi/l/email-protection#" in href and \
                (address := _cloudflare_email(href.rsplit("#", 1)[1])):
            el.set("href", f"mailto:{address}")


# The marks a browser draws around <q> (``quotes: auto``), by the language of the text
# the quotation stands in; the rest of the languages' as English's.
_GUILLEMETS = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "fr", "ru", "uk"})
_QUOTE_MARKS = {"de": ("\u201e", "\u201c")}
_OPENING_MARKS = "\"'\u201c\u201e\u00ab\u2018\u201d\u00bb"


def draw_quote_marks(root: Element) -> None:
    """Write the quotation marks a browser draws around each ``<q>`` into the text:
    its quotation was read as bare words ("greeted with the announcement أهلاً بكم,
    played"), where the page shows it between marks. A ``<q>`` whose text, or the text
    right before it, brings its own marks keeps them alone."""
    page_lang = (root.get("lang") or "").strip().lower()
    for q in list(root.iter("q")):
        parent = q.getparent()
        if parent is None:
            continue
        q.tag = "span"  # (trafilatura set a <q>'s text apart from the text by a blank)
        before = q.getprevious()
        preceding = ((before.tail if before is not None else parent.text) or "").rstrip()
        text = _text_of(q).strip()
        if not text or text[0] in _OPENING_MARKS or preceding[-1:] in _OPENING_MARKS:
            continue
        lang = next((a.get("lang") for a in q.iterancestors() if a.get("lang")), page_lang)
        primary = (lang or "").strip().lower().split("-")[0]
        opening, closing = _QUOTE_MARKS.get(primary) or (
            ("\u00ab", "\u00bb") if primary in _GUILLEMETS else ("\u201c", "\u201d"))
        if before is not None:
            before.tail = (before.tail or "") + opening
        else:
            parent.text = (parent.text or "") + opening
        q.tail = closing + (q.tail or "")


def _cloudflare_email(coded: str) -> str:
    try:
        data = bytes.fromhex(coded)
    except ValueError:
        return ""
    if len(data) < 2 or len(data) > 200:
        return ""
    address = bytes(b ^ data[0] for b in data[1:]).decode("utf-8", "replace")
    return address if re.fullmatch(r"[^@\s<>\"']{1,64}@[A-Za-z0-9.-]{1,190}", address) else ""



# (the Guardian's older "10.42am BST": its glued "am" ended no word, the time was lost)
_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}(?![\d.:])(?:\s?[ap]\.?m\b\.?)?(?:\s?[A-Z]{2,4}\b)?",
                    re.I)


def live_entries(root: Element) -> None:
    """A live blog's entries: <article>s side by side, each opening with a <header> that
    holds its time and its title ("16.40 BST", "Ferry services resume"). trafilatura
    drops <header>s, so the entries' titles and times were lost and their paragraphs ran
    together: each header becomes one heading, "16.40 BST – Ferry services resume"."""
    entries = [a for a in root.iter("article")
               if (h := next((c for c in a if _tag(c) == "header"), None)) is not None
               and next(h.iter("time"), None) is not None and next(h.iter("h1"), None) is None]
    if len(entries) < 2:
        _timed_entries(root)
        return
    for entry in entries:
        header = next(c for c in entry if _tag(c) == "header")
        title = next((_text_of(h) for h in header.iter("h2", "h3", "h4")), "")
        clock = next((m.group() for t in header.itertext() if (m := _CLOCK.search(str(t)))),
                     "")
        heading = etree.Element("h2")
        heading.text = " – ".join(part for part in (clock, title) if part)
        heading.tail = header.tail
        entry.replace(header, heading)


def in_headline_header(el: Element) -> bool:
    """Whether ``el`` is in the <header> that holds the page's <h1> (the article's own
    header: WordPress themes print the byline there, "entry-header"), or in a box named
    for one ("article-header", "b-header-section") that holds it; on a page without an
    <h1>, the header that holds an <h2>."""
    header = next((a for a in el.iterancestors() if _tag(a) == "header"
                   or _HEADER_CLASS.search(a.get("class") or "")), None)
    if header is None:
        return False
    if next(header.iter("h1"), None) is not None:
        return True
    # (a page with no <h1> heads its article with the <h2> of the article's own header:
    # Der Spiegel)
    root = header.getroottree().getroot()
    return next(root.iter("h1"), None) is None and next(header.iter("h2"), None) is not None


_HEADER_CLASS = re.compile(r"(?:^|\s)(?:[\w]+[_-])*?(?:article|item|entry|post|story|b)[_-]+"
                           r"header(?:[_-]+section)?(?=\s|$)", re.I)


def _timed_entries(root: Element) -> None:
    """A live blog's entries as boxes of one kind side by side ("<div class="live-entry">
    <time>13:40</time><h2>...</h2><div class="entry-body">"), each opening with its
    <time>, a title or none after it: each time and title become one heading, as in
    :func:`live_entries`. The times were dropped as counters and an entry without a
    title ran on from the one before."""
    groups: dict[tuple[Element, str, str], list[tuple[Element, Element]]] = {}
    for time in list(root.iter("time"))[:_MANY_ENTRIES]:
        opener = time  # (or a box holding the time alone: "<div class="meta"><time>")
        if (box := time.getparent()) is not None and _text_of(box) == _text_of(time) \
                and _tag(box) in ("div", "span", "p", "header"):
            opener = box
        entry = opener.getparent()
        if entry is None or (parent := entry.getparent()) is None or \
                next((c for c in entry if _tag(c)), None) is not opener or \
                (entry.text or "").strip() or next(entry.iter("p"), None) is None:
            continue
        groups.setdefault((parent, _tag(entry), entry.get("class") or ""), []).append(
            (entry, opener))
    for found in groups.values():
        if len(found) < 2:
            continue
        for _, opener in found:
            after = opener.getnext()
            title = after if after is not None and _tag(after) in ("h2", "h3", "h4") else None
            said = _text_of(opener)
            clock = m.group() if (m := _CLOCK.search(said)) else said
            heading = etree.Element("h2")
            heading.text = " – ".join(p for p in (clock, _text_of(title) if title is not None
                                                  else "") if p)
            heading.tail = None
            opener.addprevious(heading)
            for el in (opener, title):
                if isinstance(el, lxml_html.HtmlElement):
                    el.drop_tree()


_MANY_ENTRIES = 500  # <time>s looked at: a live page has dozens; a hostile one, thousands



def layout_tables_as_boxes(root: Element) -> None:
    """Tables that lay the page out (an old page's columns: menu, headline, byline and
    text each in a cell) become boxes, and a table of one column holding a photo over
    its caption a figure: trafilatura read the whole page as one data table, the menu
    and footer its rows and the article's paragraphs one cell. Tables that hold data
    stay tables."""
    found = [(t, kind) for t in root.iter("table") if (kind := _lays_out(t))]
    for table, kind in found:  # (all found first: a nested table says its parent lays out)
        groups = [c for c in table if _tag(c) in _ROW_GROUPS]
        rows = _own_rows(table)
        cells = [cell for r in rows for cell in r if _tag(cell) in ("td", "th")]
        for el in (table, *groups, *rows, *cells):
            el.tag = "div"
        if kind == "photo":
            table.tag = "figure"
            for cell in cells:
                if next(cell.iter("img"), None) is None and _text_of(cell).strip():
                    cell.tag = "figcaption"
                    break


_CAPTION_WORDS = 40  # a photo's caption is shorter
_ROW_GROUPS = ("thead", "tbody", "tfoot")


def _own_rows(table: Element) -> list[Element]:
    """The rows of ``table`` itself, not of a table inside it."""
    return [r for part in (table, *(c for c in table if _tag(c) in _ROW_GROUPS))
            for r in part if _tag(r) == "tr"]


def _lays_out(table: Element) -> str:
    """"layout" for a table that lays the page out (so marked, holding a headline, or
    holding another table and no header cells of its own), "photo" for one column
    holding a photo and a caption with no header cells, else ""."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return "layout"
    inner = {_tag(d) for d in table.iterdescendants() if _tag(d) in ("table", "h1", "h2")}
    rows = _own_rows(table)
    own_header = any(_tag(c) == "caption" for c in table) or \
        any(_tag(c) == "th" for r in rows for c in r)
    if inner - {"table"} or (inner and not own_header):  # (a data table's cell may hold one)
        return "layout"
    photo = bool(rows) and next(table.iter("th", "caption"), None) is None and \
        len(list(table.iter("img"))) == 1 and len(_text_of(table).split()) <= _CAPTION_WORDS \
        and all(sum(_tag(c) in ("td", "th") for c in r) <= 1 for r in rows)
    return "photo" if photo else ""


_PULL_QUOTE_CLASS = re.compile(r"pull-?quote", re.I)
_CITED = ("cite", "figcaption", "footer")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+")
_NOT_WORDS = re.compile(r"[^\w\s]+")
_SENTENCE_WORDS = 3  # a sentence of the pull quote this long must be in the text ...
_QUOTE_WORDS = 6  # ... and the whole quote this long


def drop_repeated_pull_quotes(root: Element) -> None:
    """A pull quote (its class says so: WordPress's "wp-block-pullquote") whose every
    sentence one paragraph of the text holds -- the quotation set large, its speaker
    under it -- is left out: the sentence was read twice, once broken by "he says"."""
    quotes = [el for el in root.iter("figure", "blockquote", "aside", "div")
              if _PULL_QUOTE_CLASS.search(el.get("class") or "")]
    if not quotes:
        return
    said = [(p, _bare(_text_of(p))) for p in root.iter("p")]
    for quote in quotes:
        if quote.getparent() is None or not isinstance(quote, lxml_html.HtmlElement):
            continue
        own = " ".join(_text_of(p) for p in quote.iter("p")
                       if not any(_tag(a) in _CITED for a in p.iterancestors()))
        sentences = [s for part in _SENTENCE_END.split(own)
                     if len((s := _bare(part)).split()) >= _SENTENCE_WORDS]
        inside = set(quote.iter("p"))
        if len(_bare(own).split()) >= _QUOTE_WORDS and sentences and any(
                p not in inside and all(s in text for s in sentences) for p, text in said):
            quote.drop_tree()  # (its tail, text after it, stays)


def _bare(text: str) -> str:
    """``text`` in lower case, without punctuation or quotation marks, one space apart."""
    return " ".join(_NOT_WORDS.sub(" ", text.replace("’", "").replace("'", "")).lower().split())


_INTRO_TEXT = re.compile(r"introtext", re.I)
_FULL_TEXT = re.compile(r"fulltext", re.I)


def join_intro_to_full_text(root: Element) -> None:
    """Joomla's K2 prints an article's first paragraphs in an "itemIntroText" box and the
    rest in the "itemFullText" box after it: trafilatura took the second for the whole
    text and the lede was lost. The intro's content opens the full text's box."""
    for intro in list(root.iter("div")):
        full = intro.getnext()
        if full is None or not _INTRO_TEXT.search(intro.get("class") or "") or \
                not _FULL_TEXT.search(full.get("class") or "") or _tag(full) != "div" or \
                not isinstance(intro, lxml_html.HtmlElement):
            continue
        lead = lxml_html.Element("div")
        lead.text, intro.text = intro.text, None
        lead.extend(list(intro))
        full.insert(0, lead)
        lead.tail, full.text = full.text, None
        intro.drop_tree()
