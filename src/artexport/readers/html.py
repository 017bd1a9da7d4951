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
fallbacks when it finds under 100 words), guarded against the ways it was seen to lose
article text on real pages: it reads a copy of the page without them (``_prepared``:
empty inline elements, class names inside a sentence, embedded posts, linked headings
over prose), and when its reading with links has fewer words than its plain one, the
plain one is used; text it leaves between its blocks is a paragraph. Its XML body maps
onto blocks: ``head``, ``p`` (split at ``<lb/>``), ``list`` (nested lists flattened; an
item holding an image is a gallery figure), ``table`` (rows, cells joined by " | "),
``quote``, ``graphic``, ``code``, ``hi``/``ref`` (links keep only ``http(s)``/``mailto``
targets). The page adds what the XML lacks: figure captions and credits, quote
attributions, ``lang``/``dir`` runs, a byline or dateline under the headline. Images keep
their ``src``; the loader refuses remote, ``data:`` and ``../`` ones with a warning.

Every other line of the page is in ``Draft.dropped`` with its source line and reason
(``artexport inspect --dropped``); ``keep_all`` keeps every line as a paragraph.
"""

from __future__ import annotations

import copy
import itertools
import re
import warnings
from dataclasses import replace
from html import entities as html_entities
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import ArtexportWarning, ArticleError, caller_stacklevel
from ..model import (
    Block,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
    plain_text,
)
from ..resources import Limits
from .base import Draft, check_table_cells, read_text
from .datelines import israel_time, site_zone
from .furniture import (
    furniture_reason,
)
from .headline import title_from_opening_words
from .html_content import _DASH, _Mapper, _Page
from .html_encoding import decode_declared
from .html_extract import trafilatura_body
from .html_header import date_under_title, header_lines, settle_language
from .html_kept import (
    _IN_A_SENTENCE,
    _INLINE_TAGS,
    _TEXT_BLOCKS,
    _hover_card,
    _text,
    _wrap_loose_text,
    drop_sign_up_boxes,
    keep_article_asides,
    keep_media,
    kept_by_trafilatura,
    slides_as_figures,
)
from .html_links import linked_sentences_as_paragraphs
from .html_meta import DATA_BODY_SHARE, _Meta
from .html_notes import notes_after_text
from .html_photos import captioned_photo_boxes, captioned_photo_paragraphs
from .html_regions import (
    OTHER_STORIES,
    drop_read_also_boxes,
    in_furniture,
    mark_what_controls_open,
    revealed_by_the_page,
)
from .html_subheads import bold_lines_as_paragraphs
from .html_tree import (
    JUNK_TAGS,
    Element,
    byline_region_lines,
    captioned_image_above,
    draw_quote_marks,
    drop_labelled_regions,
    drop_repeated_pull_quotes,
    in_headline_header,
    join_intro_to_full_text,
    layout_tables_as_boxes,
    live_entries,
    reveal_emails,
)
from .news import looks_like_name
from .stopwords import fold


def read_html(path: Path, limits: Limits, *, keep_all: bool = False,
              text: str | None = None) -> Draft:
    """Parse a saved news page into a draft (see the module docstring); ``text``: the
    page itself, where ``path`` holds it in another form (a CMS export)."""
    text = _CONTROLS.sub(" ", _decode(path, limits) if text is None else text)
    check_table_cells(text, path, limits)
    entities: set[str] = set()
    root = _html_tree(_parse(path, text, entities), entities)
    held = _held_nodes(root)  # (until the page is read)
    reader = _Meta(path, root, in_furniture())  # JSON-LD first: it is in <script>s
    drop_sign_up_boxes(root)  # (by its e-mail field, which the junk goes with)
    _strip_junk(root)
    layout_tables_as_boxes(root)
    join_intro_to_full_text(root)
    meta = reader.collect()
    drop_labelled_regions(root)
    drop_repeated_pull_quotes(root)
    keep_article_asides(root)
    slides_as_figures(root)
    captioned_photo_boxes(root)
    captioned_photo_paragraphs(root)
    byline_lines = byline_region_lines(root)
    title = str(meta.get("title") or "")
    page = _Page(root, title)
    xml = None if keep_all else _extract(root)
    if xml is not None:
        blocks = _Mapper(page).body(xml)
    else:
        # keep_all, or a page where trafilatura finds no article: every line of the page
        # (that is not furniture, unless keep_all) as a paragraph.
        furniture = in_furniture()
        blocks = [Paragraph((Span(line),)) for el, line in page.lines
                  if keep_all or not (furniture(el) or furniture_reason(line))]
    data = [] if keep_all else reader.data_body()
    if data and sum(len(plain_text(b.spans).split()) for b in blocks if
                    isinstance(b, Paragraph)) < DATA_BODY_SHARE * len(" ".join(data).split()):
        blocks = [Paragraph((Span(line),)) for line in data]  # a script's shell: its data
    if not keep_all:
        blocks = header_lines([b for b in blocks if not _in_byline(b, byline_lines)], meta, title)
        blocks = _bold_subheadings([b for b in blocks if not _writers_portrait(b, meta)])
        blocks += notes_after_text(page.lines, blocks, page.furniture)
        settle_language(blocks, meta)
    draft = Draft(path, meta, missing_images="warn")
    shared = reader.first("og:image", "twitter:image")  # (the photo the page shares)
    draft.blocks, draft.lead = _lead(blocks, meta.pop("_og_image", None),
                                     meta.pop("_og_image_alt", ""), meta, shared)
    first = next((plain_text(b.spans) for b in draft.blocks if isinstance(b, Paragraph)), "")
    under_lede: Figure | None = None  # the photo under the lede, unless one above leads
    if (block := meta.get("_subtitle_block")) is not None and \
            _one_container(root, plain_text(block.spans), first):
        # the paragraph above the photo is in the text's own container: its lede, no
        # standfirst (it was read before the byline, and listed as left out)
        del meta["subtitle"], meta["_subtitle_block"]
        under_lede, first = draft.lead, plain_text(block.spans)  # (one above the text leads)
        draft.blocks[:0], draft.lead = [block, *([under_lede] if under_lede else [])], None
    shown = {b.image.src for b in draft.blocks if isinstance(b, Figure)}
    if draft.lead is None and not keep_all and \
            (img := captioned_image_above(root, first, shared)) is not None \
            and (not page.furniture(img) or in_headline_header(img)) \
            and (src := (img.get("src") or "").strip()) \
            and not src.startswith("data:") and src not in shown:
        caption, credit = page.caption(src)  # a lead photo above the text's container
        draft.lead = Figure(Image(src, " ".join((img.get("alt") or "").split()),
                                  credit=credit or None), caption)
    if draft.lead is None and under_lede is not None:
        draft.blocks.remove(under_lede)
        draft.lead = under_lede
    if not keep_all:
        draft.dropped = page.dropped(draft.blocks, draft.lead)
        page.header(first, meta)
    if "published" not in meta or "published_hijri" not in meta:
        date_under_title(root, first, meta)  # (and the Hijri date it gives beside it)
    israel_time(meta, " ".join(plain_text(b.spans) for b in draft.blocks
                               if isinstance(b, Paragraph)))
    site_zone(meta)
    standfirst = reader.settle_summary(draft, first, meta, printed=not keep_all)
    if (block := meta.pop("_subtitle_block", None)) is not None and standfirst:
        # the page prints its standfirst ("h2.subTitle"): the line above the photo was
        # the text's first paragraph after all -- unless it is that standfirst (Drupal's
        # "field-summary" over the photo), which the summary says once
        del meta["subtitle"]
        if fold(plain_text(block.spans)) != fold(str(meta.get("summary") or "")):
            draft.blocks.insert(0, block)
        draft.dropped = [d for d in draft.dropped if d.text != plain_text(block.spans)]
    if not str(meta.get("title") or "").strip() and draft.blocks:
        # a page with neither <title>, og:title nor <h1> (a saved fragment, a page cut
        # at its start)
        title_from_opening_words(draft, "in the page (no <title>, og:title or <h1>)",
                                 "add a <title>")
    if entities:
        names = ", ".join(f"&{n};" for n in sorted(entities))
        warnings.warn(ArtexportWarning(f"{path}: entities {names} are declared by the page "
                                       "and were not expanded"), stacklevel=caller_stacklevel())
    del held
    return draft


def _writers_portrait(block: Block, meta: dict[str, Any]) -> bool:
    """Whether ``block`` is a photo without a caption whose alt text is the name of the
    article's writer: the portrait beside the byline (Medium's), read as the lead photo."""
    if not isinstance(block, Figure) or plain_text(block.caption).strip():
        return False
    alt = fold(block.image.alt)
    return bool(alt) and any(alt == fold(a["name"] if isinstance(a, dict) else str(a))
                             for a in meta.get("authors") or ())


def _in_byline(block: Block, lines: set[str]) -> bool:
    """Whether ``block`` is text of the page's byline region (its heading, its items)."""
    if isinstance(block, Paragraph | Heading):
        return plain_text(block.spans) in lines
    return isinstance(block, ListBlock) and all(plain_text(i) in lines for i in block.items)


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



def _strip_junk(root: Element) -> None:
    """Remove what is never article text (scripts, styles, embedded content, form
    controls) from the page, keeping the text after each. What a button opens is marked
    first (:data:`OPENED_BY_THE_PAGE`): the button goes."""
    mark_what_controls_open(root)
    for el in list(root.iter(*sorted(JUNK_TAGS - {"head", "title", "meta", "link", "base"}))):
        if isinstance(el, lxml_html.HtmlElement):
            # (libxml2 puts an <img> that follows a <source> inside it: keep the <img>)
            el.drop_tag() if el.tag == "source" else el.drop_tree()
    for amp in root.iter("amp-img"):
        amp.tag = "img"  # an AMP page's photo (trafilatura lost the captions around it)
    reveal_emails(root)
    draw_quote_marks(root)


def _prepared(root: Element) -> Element:
    """A copy of the page without the ways we saw trafilatura lose article text (the
    page itself keeps its class names: captions, credits and bylines are found by them).

    Empty inline elements and empty links are unwrapped (see ``_INLINE_TAGS``; a heading
    ending in an empty <a> was dropped whole). An inline element inside a sentence
    loses its ``class`` and ``id``: trafilatura removes elements by
    class names meant for page sections ("share", "related", in its precision setting
    "link") even mid-sentence -- a sports page's '... has reported that <span
    class="link"><a>the NFL will fine Rudolph</a></span> for his role' came out as
    "has reported that for his role". A block with words of its own around the element
    is a sentence; a share bar (links and nothing between them) keeps its classes.
    Photos, tables and embedded posts lose the wrappers trafilatura drops
    (:func:`.html_kept.keep_media`), a heading that is one link over prose loses its
    link, and text written straight into a container beside its blocks becomes
    paragraphs (see below).
    """
    root = copy.deepcopy(root)
    held = _held_nodes(root)  # (until the copy is ready)
    note_pairs = _note_pairs(root)  # (before the ids inside a sentence go, below)
    for el in root.iter():
        # a tab panel, a "read more" section: pruned as hidden, the article's text lost
        if (el.get("hidden") is not None or el.get("style")) and revealed_by_the_page(el):
            for name in ("hidden", "style"):
                if name in el.attrib:
                    del el.attrib[name]
    for edit in list(root.iter("span", "div")):
        # MediaWiki's "[عدل]" beside a heading: the heading was dropped with it
        if "mw-editsection" in (edit.get("class") or "").split() and \
                isinstance(edit, lxml_html.HtmlElement):
            edit.drop_tree()
    # a box of other stories whose class says "story" ("nextstory", "read-next"): their
    # teasers' paragraphs came out as the article's last paragraphs (Boing Boing); a
    # card previewing another page came out as a paragraph of its words run together
    page_chars = len(_text(root))
    for box in list(root.iter("div", "section", "aside", "ul", "ol", "figure")):
        if OTHER_STORIES.search(f"{box.get('class') or ''} {box.get('id') or ''}") \
                and next(box.iter("h1"), None) is None and isinstance(box, lxml_html.HtmlElement) \
                and len(_text(box)) * 2 < page_chars:  # (never the box that holds the text)
            box.drop_tree()  # (its tail, text outside it, stays)
    drop_read_also_boxes(root)  # (named by no class: by its label)
    for img in list(root.iter("img")):
        card = _hover_card(img)
        if isinstance(card, lxml_html.HtmlElement):
            card.drop_tree()  # its tail, the rest of the sentence, stays
    # innermost first: <span><i></i></span> leaves an empty span, unwrapped in turn
    for el in reversed(list(root.iter(*_INLINE_TAGS, "a"))):
        if len(el) == 0 and not (el.text or "").strip() and \
                isinstance(el, lxml_html.HtmlElement):
            el.drop_tag()
    for el in root.iter(*_INLINE_TAGS, "a"):
        if el.get("class") is None and el.get("id") is None:
            continue
        parent = el.getparent()
        if parent is None or parent.tag not in _TEXT_BLOCKS:
            continue
        own = (parent.text or "") + " ".join(str(c.tail or "") for c in parent)
        if len(own.split()) >= _IN_A_SENTENCE:
            for name in ("class", "id"):
                if name in el.attrib:
                    del el.attrib[name]
    live_entries(root)
    kept_by_trafilatura(root)  # (once the live blog's entries are found by their <time>s)
    keep_media(root)
    # a heading that is one link: trafilatura's precision setting drops it (a related
    # story), but followed by prose it heads that prose (a review's product names, each
    # linked to a shop; a digest's items inside the <article> of its headline, each
    # linked to the full story): its link is unwrapped
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        links = list(heading.iter("a"))
        after = heading.getnext()
        if len(links) == 1 and _text(links[0]) == _text(heading) and after is not None and \
                after.tag == "p" and isinstance(links[0], lxml_html.HtmlElement) and \
                len(_text(after).split()) >= (_DIGEST_WORDS if _under_headline(heading)
                                              else _PROSE_WORDS):
            links[0].drop_tag()
    # footnotes: a note's link back to its mark ("↩") made trafilatura's precision
    # setting drop the notes as a list of links, and a mark ran into the word before it
    # ("unstable.1"): the back links go, a mark is said "[1]", as the Markdown reader says it.
    # A mark and its note's number that link to each other (Substack's) are both said
    # "[1]" as plain text: the note's linked number had the note dropped too
    for link in list(root.iter("a")):
        href, said = (link.get("href") or "").strip(), _text(link).strip()
        if not href.startswith("#") or not isinstance(link, lxml_html.HtmlElement):
            continue
        if said in _BACK_LINKS:
            link.drop_tree()
        elif link in note_pairs:
            link.text, link[:] = f"[{said}]", []
            link.drop_tag()
        elif said.isdigit() and len(said) <= 3 and getattr(link.getparent(), "tag", "") == "sup":
            link.text, link[:] = f"[{said}]", []
    # trafilatura takes a quote with a ``lang`` for code ("<blockquote lang="ar">": a
    # poem in a French page became a code block, never spoken); the quote's language is
    # read from the page itself (html_content.Page)
    for quote in root.iter("blockquote", "q"):
        if "lang" in quote.attrib and next(quote.iter("code", "pre"), None) is None:
            del quote.attrib["lang"]
    _wrap_loose_text(root)
    bold_lines_as_paragraphs(root)  # (between the paragraphs made above)
    linked_sentences_as_paragraphs(root)
    del held
    return root


def _held_nodes(root: Element) -> list[Element]:
    """Every node of ``root``, for the caller to hold while it reads the tree: lxml makes
    a node's Python object anew each time it is reached with none alive, and lxml.html
    chooses that object's class in a Python call, which the reader's dozens of walks over
    the page repeated (3 ms a page); held, each node's object is made once."""
    return list(root.iter())


def _note_pairs(root: Element) -> set[Element]:
    """The links numbered like notes ("1") that point at each other, or at an element
    around each other: a footnote's mark and its note's number."""
    ids = {key: el for el in root.iter() if isinstance(el.tag, str) and (key := el.get("id"))}
    return {link for link in root.iter("a")
            if (href := (link.get("href") or "").strip()).startswith("#")
            and (said := _text(link).strip()).isdigit() and len(said) <= 3
            and _links_back(ids.get(href[1:]), link)}


def _links_back(target: Element | None, link: Element) -> bool:
    """Whether ``target`` (what ``link`` points to) is, or opens with, a link pointing
    back at ``link`` or at an element around it: a footnote's mark and its note."""
    if target is None:
        return False
    back = target if target.tag == "a" else next(target.iter("a"), None)
    if back is None or back is link:
        return False
    href = (back.get("href") or "").strip()
    return href.startswith("#") and any(
        el.get("id") == href[1:] for el in itertools.chain((link,), link.iterancestors()))


_BACK_LINKS = frozenset({"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "⤴\ufe0f"})
_PROSE_WORDS = 30  # a paragraph this long after a heading is what the heading heads
_DIGEST_WORDS = 12  # the same, in the <article> that holds the page's headline


_MEDIA_BOX = re.compile(r"caption|video|player|media|promo", re.IGNORECASE)


def _under_headline(heading: Element) -> bool:
    """Whether ``heading`` stands in an <article> that holds the page's <h1>, and not in
    a video's or a picture's caption inside it (a player's linked title)."""
    for box in heading.iterancestors():
        if box.tag == "article":
            return next(box.iter("h1"), None) is not None
        if _MEDIA_BOX.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
            return False
    return False


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


def _extract(tree: Element) -> Element | None:
    """trafilatura's main content of the page (:func:`.html_extract.trafilatura_body`),
    read from the copy without the ways it was seen to lose article text."""
    return trafilatura_body(_prepared(tree))


# ---- after the walk -----------------------------------------------------------------

def _bold_subheadings(blocks: list[Block]) -> list[Block]:
    """A short paragraph all in bold between two paragraphs of text, with no sentence
    end ("<p><strong>تجارب ناجحة</strong></p>", Al-Bayan, Anadolu, Enab Baladi): the
    subheading the page draws without a heading's tag, which a reader navigates by."""
    def bold_line(block: Block) -> bool:
        if not isinstance(block, Paragraph) or not block.spans:
            return False
        text = plain_text(block.spans).strip()
        return all(span.emphasis == "strong" or not span.text.strip() for span in block.spans) \
            and 1 <= len(text.split()) <= _SUBHEADING_WORDS \
            and text[-1:] not in ".:؟?!،,؛;…\"»”"

    out = list(blocks)
    bold = [bold_line(b) for b in out]
    words = [len(plain_text(b.spans).split()) if isinstance(b, Paragraph) else 0 for b in out]

    def glossary(n: int) -> bool:
        """Bold lines every other block around ``n``: a glossary's terms, one over each
        definition -- three or more, or two of which one is a single word (two longer
        ones are a text's two subheadings, Dawn's)."""
        chain = [k for step in (-2, 2) for k in itertools.takewhile(
            lambda k: 0 <= k < len(out) and bold[k], range(n + step, -1 if step < 0
                                                         else len(out), step))]
        return bool(chain) and (len(chain) >= 2 or any(words[k] == 1 for k in (n, *chain)))

    for n in range(1, len(out) - 1):
        block, above, below = out[n], out[n - 1], out[n + 1]
        if bold[n] and isinstance(block, Paragraph) and isinstance(above, Paragraph | Figure) \
                and isinstance(below, Paragraph) \
                and words[n + 1] > _SUBHEADING_WORDS and not glossary(n):
            out[n] = Heading(2, tuple(replace(span, emphasis=None) for span in block.spans),
                             lang=block.lang, direction=block.direction)
    return out


_SUBHEADING_WORDS = 10


def _one_container(root: Element, upper: str, lower: str) -> bool:
    """Whether the page prints the paragraphs ``upper`` and ``lower`` in one element."""
    keys = [" ".join(t.split())[:40] for t in (upper, lower)]
    # (near its start: a dateline taken off the block opens the page's "عمّان- ...")
    parents = [next((p.getparent() for p in root.iter("p") if key and
                     key in " ".join(_text(p).split())[:len(key) + 30]), None) for key in keys]
    return parents[0] is not None and parents[0] is parents[1]


def _lead(blocks: list[Block], og_image: str | None, og_alt: str,
          meta: dict[str, Any], shared: str = "") -> tuple[list[Block], Figure | None]:
    """The lead figure: ``og:image`` when it names a local file (taking the matching
    figure of the body, with its caption), else a figure that opens the article."""
    if og_image:
        for n, block in enumerate(blocks):
            if isinstance(block, Figure) and block.image.src == og_image:
                return blocks[:n] + blocks[n + 1:], block
        return blocks, Figure(Image(og_image, " ".join(og_alt.split())))
    if len(blocks) > 2 and all(isinstance(b, Figure) for b in blocks[1:]):
        # a photo story: its intro, then each photo with its caption; the photo the page
        # shares (a gallery's first, over its text) leads it
        lead = next((b for b in blocks[1:] if isinstance(b, Figure) and b.image.src == shared),
                    None)
        return [b for b in blocks if b is not lead], lead
    paragraphs = 0
    for n, block in enumerate(blocks):
        if isinstance(block, Figure):
            return blocks[:n] + blocks[n + 1:], block
        if isinstance(block, Paragraph) and n == 0 and len(blocks) > 2 \
                and isinstance(blocks[1], Figure) and _writers_name(block, meta):
            return blocks[2:], blocks[1]  # headline, the writer's bare name, photo, text
        if isinstance(block, Paragraph) and n == 0 and len(blocks) > 2 \
                and isinstance(blocks[1], Figure) and "subtitle" not in meta \
                and len(plain_text(block.spans).split()) <= 60:
            # headline, standfirst, photo, text: the line above the photo is the standfirst
            meta["subtitle"] = _DASH.sub("", plain_text(block.spans).strip(), count=1)
            meta["_subtitle_block"] = block
            return blocks[2:], blocks[1]
        if isinstance(block, Paragraph):
            paragraphs += 1
            if paragraphs > 1:
                break
        if isinstance(block, Heading | ListBlock | Quote | Table):
            break
    return blocks, None


def _writers_name(block: Paragraph, meta: dict[str, Any]) -> bool:
    """Whether ``block``, over the lead photo, is the writer's bare name (Al-Ahram's
    "div.bref": it was taken for the standfirst), stored as the author unless the data
    names another."""
    name = plain_text(block.spans).strip()
    if len(name.split()) > 4 or not looks_like_name(name):
        return False
    named = [a["name"] if isinstance(a, dict) else a for a in meta.get("authors") or []]
    if named and fold(name) not in {fold(str(a)) for a in named}:
        return False
    meta.setdefault("authors", [name])
    return True
