"""The parts of a saved page's article that trafilatura drops, rewritten so that it keeps
them: an <aside> that is the article's prose, a table's <figcaption>, the words of a
<time>, the lines of code a <pre> breaks with <br>, a text container named for links or
by a name trafilatura does not know, a photo story's slides, text loose in a container
beside its blocks; and an inline "read also" box it kept, a hover card inside a
sentence, a social network's own words around an embedded post, a sign-up box, or a
pull quote the text already holds (:func:`without_pull_quotes`), taken out."""

from __future__ import annotations

import copy
import itertools
import re

from lxml import etree
from lxml import html as lxml_html

from ..model import Block, Paragraph, Quote, plain_text
from .furniture import related_heading
from .html_regions import OTHER_STORIES, WHERE
from .html_tree import Element, _tag, _text_of, _xpath
from .stopwords import fold

__all__ = ["drop_sign_up_boxes", "keep_article_asides", "keep_media", "kept_by_trafilatura",
           "slides_as_figures", "without_pull_quotes"]

_SIGN_UP_WORDS = 40  # the words of a sign-up box around its e-mail field, at most
_SENTENCE_WORDS = 8  # ... and a paragraph this long in it is the text's, unless it says
_SIGN_UP = re.compile(r"newsletter|subscri|sign[ -]?up|e-?mail|inbox|delivered|inscri|abonn|"
                      r"suscr|bolet[ií]n|anmeld|melden sie|registr|iscriviti|اشترك|النشرة|"
                      r"بريد|سجل|تصلك|عضوية|خبرنامه|عضویت", re.I)


def drop_sign_up_boxes(root: Element) -> None:
    """Take out a sign-up box set in the text: an e-mail field and the few words around
    it ("النشرة اليومية", "اشترك ليصلك ..."), whatever its class is called ("Newsletter_
    box__q8": a generated name no list of furniture names knows)."""
    for field in list(root.iter("input")):
        if (field.get("type") or "").lower() != "email":
            continue
        box = field.getparent()
        while box is not None and (outer := box.getparent()) is not None and \
                len(_text_of(outer).split()) <= _SIGN_UP_WORDS:
            box = outer
        if not isinstance(box, lxml_html.HtmlElement) or box.tag in ("body", "html") or \
                box.getparent() is None or len(_text_of(box).split()) > _SIGN_UP_WORDS:
            continue  # (a box of two fields is gone with the first)
        if any(len(_text_of(p).split()) >= _SENTENCE_WORDS and not _SIGN_UP.search(_text_of(p))
               for p in box.iter("p")):
            # a sentence of the text shares the box ("The hospital will admit its first
            # patients next week, the governor said."): only the form goes
            form = next((a for a in field.iterancestors() if a.tag == "form"), field)
            if isinstance(form, lxml_html.HtmlElement) and form.getparent() is not None:
                form.drop_tree()
            continue
        box.drop_tree()


def kept_by_trafilatura(root: Element) -> None:
    """Rewrite the copy of the page trafilatura reads: a table's <figcaption> as its
    <caption>; an inline "read also" box gone; the text's containers named for links
    renamed and joined; the element holding most of the running text named the
    article's body; a <time> unwrapped (trafilatura drops it with its words: "planned for
    <time>Monday 8 April</time> at 5pm" came out as "planned for at 5pm", and a date line
    as its label alone, "Published on"; the dates were read already); a <br> in a <pre>
    as the line break it is (it was lost: "run_date)VALUES (...)")."""
    _table_captions(root)
    _drop_inline_teasers(root)
    _text_named_for_links(root)
    _entries_as_one_text(root)
    _name_the_text(root)
    for el in list(root.iter("time")):
        if isinstance(el, lxml_html.HtmlElement):
            el.drop_tag()
    for pre in root.iter("pre"):
        for br in list(pre.iter("br")):
            if isinstance(br, lxml_html.HtmlElement):
                br.tail = "\n" + (br.tail or "")
                br.drop_tag()


_LINKS_NAME = re.compile(r"link|share|social", re.I)
_PROSE_WORDS = 12  # a paragraph of running text has this many words


def _drop_inline_teasers(root: Element) -> None:
    """A "read also" box between two paragraphs, its label and a link to another story in
    one element (Le Monde's "catcher": "Lire aussi" + a headline): trafilatura kept the
    headline as a paragraph of the text and lost the label that said what it was. (Found
    from the labels, so each element is looked at once.)"""
    seen = 0
    for label in list(root.iter()):
        said = (label.text or "").strip()
        if not said or len(said) > 40 or _tag(label) == "a" or not related_heading(said):
            continue
        seen += 1
        if seen > _MANY:
            return  # (a hostile page of thousands of labels: each box is read whole)
        box = label.getparent()
        if not isinstance(box, lxml_html.HtmlElement) or box.getparent() is None:
            continue
        # the label on a line of its own (a bold <p>, a heading), the links after it: the
        # label stayed, a heading over the next paragraph ("مقالات متعلقة", Enab Baladi's)
        own = label if _tag(label) in _LABEL_LINES else box if _tag(box) == "p" and \
            " ".join(_text_of(box).split()) == " ".join(said.split()) else None
        if isinstance(own, lxml_html.HtmlElement) and \
                isinstance(links := own.getnext(), lxml_html.HtmlElement) and \
                _tag(links) in ("ul", "ol", "div") and _only_links(links):
            links.drop_tree()
            own.drop_tree()
            continue
        # ... or each link a <p> of its own (the Express's "DON'T MISS" over its links)
        teasers: list[lxml_html.HtmlElement] = []
        nxt = own.getnext() if isinstance(own, lxml_html.HtmlElement) else None
        while isinstance(nxt, lxml_html.HtmlElement) and _tag(nxt) == "p" and _only_links(nxt):
            teasers.append(nxt)
            nxt = nxt.getnext()
        if isinstance(own, lxml_html.HtmlElement) and teasers:
            for el in [own, *teasers]:
                el.drop_tree()
            continue
        if _tag(box) not in ("section", "div", "aside", "p"):
            continue
        text = _text_of(box)
        if len(text.split()) > _TEASER_WORDS:
            continue
        linked = sum(len(_text_of(a)) for a in box.iter("a"))
        if linked and linked * 2 >= len(text) - len(said):
            box.drop_tree()


_TEASER_WORDS = 30
_LABEL_LINES = ("p", "h2", "h3", "h4", "h5", "h6")


# the kind of story a link leads to, printed after it: "Headline [INSIGHT]" (the Express)
_LINK_TAG = re.compile(r"\s*\[[A-Z][A-Z ]{1,19}\]")


def _only_links(box: Element) -> bool:
    """A short box whose words are links (a list of other stories' headlines)."""
    text = _LINK_TAG.sub("", " ".join(_text_of(box).split()))
    linked = sum(len(" ".join(_text_of(a).split())) for a in box.iter("a"))
    return 0 < len(text.split()) <= 2 * _TEASER_WORDS and linked * 10 >= len(text) * 9
_MANY = 100  # labels, asides, figures looked at: a page has a few; a hostile one, thousands


def _text_named_for_links(root: Element) -> None:
    """The text's own containers named for links ("RichText--iconLinks", Der Spiegel):
    trafilatura's precision setting threw them away and read the page flat. The names
    that say "links" go, and containers of one name under one parent (Der Spiegel splits
    its text around a related box) are joined into the first: trafilatura took one of
    them for the whole article."""
    groups: dict[tuple[Element, str], list[Element]] = {}
    for box in root.iter("div", "section"):
        names = f"{box.get('class') or ''} {box.get('id') or ''}"
        parent = box.getparent()
        if parent is None or not _LINKS_NAME.search(names) or not _prose(box):
            continue
        key = (parent, (box.get("class") or "").split()[0] if box.get("class") else "")
        groups.setdefault(key, []).append(box)
    for (parent, _), boxes in groups.items():
        if sum(_prose(box) for box in boxes) < 3:
            continue
        for box in boxes:
            for name in ("class", "id"):
                if name in box.attrib:
                    kept = " ".join(w for w in (box.get(name) or "").split()
                                    if not _LINKS_NAME.search(w))
                    if kept:
                        box.set(name, kept)
                    else:
                        del box.attrib[name]
        for box in boxes[1:]:
            for child in list(box):
                boxes[0].append(child)
            parent.remove(box)


def _entries_as_one_text(root: Element) -> None:
    """A live blog's entries, or a story told in parts, as <article>s side by side (ABC's
    "LiveBlogPost"s): trafilatura kept the first and left the others out, or ran each
    one's paragraphs together. With the running text in two or more of them, they are
    one text: plain boxes in a container named the article's body."""
    if _xpath(root, "//*[@itemprop='articleBody']"):
        return
    total = sum(n for p in root.iter("p") if (n := len(_text_of(p).split())) >= _PROSE_WORDS)
    # (<article>s, or boxes of one class named for a post or an entry: "div.post")
    boxes = [*list(root.iter("article"))[:_MANY],
             *[d for d in list(root.iter("div", "section", "li"))[:_MANY * 20]
               if _ENTRY_CLASS.search(d.get("class") or "")]]
    for parent in {b.getparent() for b in boxes}:
        if parent is None:
            continue
        for kind in {(_tag(c), c.get("class")) for c in parent if c in boxes}:
            entries = [c for c in parent if (_tag(c), c.get("class")) == kind]
            words = [sum(n for p in e.iter("p") if (n := len(_text_of(p).split()))
                         >= _PROSE_WORDS) for e in entries]
            # (not a story and the teasers beside it: there, one holds nearly all the text)
            if sum(1 for w in words if w) >= 2 and sum(words) >= _TEXT_SHARE * total \
                    and max(words) <= _ONE_ENTRY_SHARE * sum(words):
                for entry in entries:
                    entry.tag = "div"
                    for part in entry.iter():  # (an entry's "post-header": its heading)
                        if "header" in (part.get("class") or "").lower():
                            del part.attrib["class"]
                parent.set("itemprop", "articleBody")
                return


def _name_the_text(root: Element) -> None:
    """The element that holds most of the page's running text, named as schema.org names
    an article's body (``itemprop="articleBody"``), where the page names none: trafilatura
    finds the text by such names, and in a container it does not know ("news-body",
    "details-body", Roya's) it kept the paragraphs alone and lost the subheadings, lists
    and photos between them."""
    if _xpath(root, "//*[@itemprop='articleBody']"):
        return
    words: dict[Element, int] = {}
    total = 0
    for p in root.iter("p"):
        n = len(_text_of(p).split())
        if n < _PROSE_WORDS:
            continue
        total += n
        parent = p.getparent()
        if parent is not None:
            words[parent] = words.get(parent, 0) + n
    if not words:
        return
    box, most = max(words.items(), key=lambda item: item[1])
    if most >= _TEXT_SHARE * total and _prose(box) >= 2 and _tag(box) in ("div", "section",
                                                                           "article", "main"):
        box.set("itemprop", "articleBody")


_ENTRY_CLASS = re.compile(r"(?:^|[\s_-])(?:post|entry|update|liveblog)(?:$|[\s_-])", re.I)
_TEXT_SHARE = 0.8  # of the page's running text, in one element: the article's body
_ONE_ENTRY_SHARE = 0.75  # of side-by-side <article>s' text, in one: a story and teasers


def _prose(box: Element) -> int:
    """The paragraphs of running text right inside ``box``."""
    return sum(_tag(c) == "p" and len(_text_of(c).split()) >= _PROSE_WORDS for c in box)


def keep_article_asides(root: Element) -> None:
    """An <aside> among the text's paragraphs that is prose of its own -- a methodology
    note (Ghost's "kg-callout-card"), a pull quote with words the text does not print
    -- is the article's: trafilatura drops every <aside>. One of links (a related box),
    one named for furniture, or a pull quote repeating the text stays out."""
    page_text = fold(_text_of(root))
    for aside in list(root.iter("aside"))[:_MANY]:  # (each is looked for in the page)
        parent = aside.getparent()
        if parent is None or sum(_tag(c) == "p" for c in parent) < 2 or \
                not isinstance(aside, lxml_html.HtmlElement):
            continue
        names = f"{aside.get('class') or ''} {aside.get('id') or ''}"
        text = _text_of(aside)
        links = sum(len(_text_of(a)) for a in aside.iter("a"))
        own = fold(text)
        if len(text.split()) < 8 or links * 3 > len(text) or WHERE.search(names) \
                or OTHER_STORIES.search(names) or page_text.count(own) > 1:
            continue
        quote = next(aside.iter("blockquote"), None)
        aside.tag = "blockquote" if quote is not None else "div"
        for el in aside.iter():  # (trafilatura weighs its parts' class names too)
            for name in ("class", "id", "role"):
                el.attrib.pop(name, None)
            if el is not aside and _tag(el) == "div" and not any(
                    _tag(c) in _BLOCK_TAGS for c in el):
                el.tag = "p"  # (its precision setting drops a note's bare <div>s)
        for el in list(aside.iter("p")):  # an icon ("💡") says nothing
            if not any(ch.isalnum() for ch in _text_of(el)) and \
                    isinstance(el, lxml_html.HtmlElement):
                el.drop_tree()
        if quote is not None and isinstance(quote, lxml_html.HtmlElement):
            quote.drop_tag()


_BLOCK_TAGS = frozenset({"div", "p", "ul", "ol", "table", "blockquote", "figure", "section",
                         "h2", "h3", "h4", "h5", "h6", "pre"})


def _table_captions(root: Element) -> None:
    """A table's caption given as its <figure>'s <figcaption> ("Source: ...") becomes
    the table's own <caption>: trafilatura kept the table and lost the figcaption."""
    for figure in list(root.iter("figure"))[:_MANY]:  # (nested ones are searched whole)
        table = next(figure.iter("table"), None)
        caption = next(figure.iter("figcaption"), None)
        if table is None or caption is None or next(table.iter("caption"), None) is not None:
            continue
        own = etree.SubElement(table, "caption")
        own.text = _text_of(caption)
        table.insert(0, own)
        if isinstance(caption, lxml_html.HtmlElement):
            caption.drop_tree()


_CAPTION_WORDS = 4  # a video's caption this long tells what the video shows


def _video_caption(figure: Element) -> None:
    """A video's figure (an embedded player, which no edition can play) keeps its caption
    as a paragraph where it stood: "A county video explains how to identify a lead pipe."
    was left out with the player."""
    if next(figure.iter("iframe", "video"), None) is None and \
            not re.search(r"video|youtube|vimeo", figure.get("class") or "", re.I):
        return  # (the player may be gone with the page's junk: its class says what it was)
    caption = next(figure.iter("figcaption"), None)
    text = " ".join(_text_of(caption).split()) if caption is not None else ""
    # (a sentence: a player's title, "Day 3, Part 10: ...", says nothing without it)
    if len(text.split()) >= _CAPTION_WORDS and text[-1:] in ".!?؟…" and \
            isinstance(figure, lxml_html.HtmlElement):
        paragraph = lxml_html.Element("p")
        paragraph.text = text
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)


def keep_media(root: Element) -> None:
    """Photos, tables and posts the article quotes, out of the wrappers trafilatura drops
    by their names, so their captions and text stay."""
    # a photo with its caption in a wrapper named "embed" or "media-embed" (Drupal), or in
    # a gallery's slides ("b-gallery__slide", "swiper-slide"): trafilatura drops the
    # wrappers by those names, and the captions with them
    for table in list(root.iter("table"))[:_MANY_FIGURES]:  # (RFE/RL's "wsw__embed")
        holder = table.getparent()
        if holder is not None and "embed" in (holder.get("class") or "").lower() \
                and len(holder) == 1:
            del holder.attrib["class"]
    for figure in list(root.iter("figure"))[:_MANY_FIGURES]:
        if figure.get(_SLIDE_MADE) is not None:
            _slide_as_read(figure)
            continue
        if next(figure.iter("img"), None) is None:
            _video_caption(figure)
            continue
        for box in [s for s in figure.iter("span") if not _text_of(s).strip()]:
            if isinstance(box, lxml_html.HtmlElement):
                box.drop_tag()  # next/image's styled <span>s around the <img>
        holder = figure.getparent()
        if holder is not None and "embed" in (holder.get("class") or "").lower() \
                and len(holder) == 1:
            del holder.attrib["class"]
        for slide in itertools.islice(figure.iterancestors(), 3):
            if _SLIDE.search(slide.get("class") or ""):
                del slide.attrib["class"]
        # WordPress's gallery: the photo in a "gallery-icon" box, which trafilatura drops
        # as an icon
        for box in figure.iter("div"):
            if "gallery-icon" in (box.get("class") or ""):
                del box.attrib["class"]
    # a post the article quotes (Twitter's, Instagram's, TikTok's embed code: a
    # <blockquote> holding the post's text, often in a "social-media-embed" wrapper):
    # trafilatura drops it by those class names, so the wrapper is unwrapped and the
    # quote keeps no class (its script is gone already)
    latin_page: bool | None = None  # (the page's script, looked at once for its tweets)
    for quote in list(root.iter("blockquote")):
        if not (kind := _EMBEDDED_POST.search(quote.get("class") or "")):
            continue
        if kind.group(1) == "instagram-media":
            # its fallback is Instagram's own words, not the post's: "View this post on
            # Instagram", "A post shared by Name (@name)" (the caption comes by script)
            if isinstance(quote, lxml_html.HtmlElement):
                quote.drop_tree()
            continue
        if kind.group(1) == "twitter-tweet":
            if latin_page is None:
                latin_page = _latin_page(root)
            _tweet_text(quote, latin_page=latin_page)
        del quote.attrib["class"]
        wrapper = quote.getparent()
        while isinstance(wrapper, lxml_html.HtmlElement) and wrapper.tag == "div" and \
                len(wrapper) == 1 and not (wrapper.text or "").strip():
            outer = wrapper.getparent()
            if outer is None:
                break
            wrapper.drop_tag()
            wrapper = outer


def slides_as_figures(root: Element) -> None:
    """A photo story's slides ("<div class="slide"><img><div class="slideNum">1 / 4</div>
    <div class="slideDesc">..."), no <figure> in them: each slide becomes the figure it
    is, its text the photo's caption, its counter gone. The counters were read as
    fractions ("a quarter", "two over four") and, in a short gallery, trafilatura
    dropped every caption: the story itself."""
    for img in list(root.iter("img"))[:_MANY_FIGURES]:
        slide = next((a for a in itertools.islice(img.iterancestors(), 3)
                      if _SLIDE.search(a.get("class") or "") and _text_of(a)), None)
        if not isinstance(slide, lxml_html.HtmlElement) or _tag(slide) not in (
                "div", "li", "section") or any(_tag(a) == "figure" for a in
                                                img.iterancestors()) or \
                sum(1 for _ in slide.iter("img")) > 1 or \
                len(_text_of(slide).split()) > _SLIDE_WORDS:
            continue  # (a carousel of photos alone, no slide's: the first with text)
        for counter in [el for el in slide.iterdescendants()
                        if _SLIDE_COUNTER.match(_text_of(el)) and next(el.iter("img"), None)
                        is None]:
            if isinstance(counter, lxml_html.HtmlElement) and counter.getparent() is not None:
                counter.drop_tree()
        said = [c for c in slide if _tag(c) and img not in c.iter() and _text_of(c)]
        if not said or (slide.text or "").strip():
            continue
        slide.tag = "figure"
        slide.attrib.pop("class", None)
        slide.set(_SLIDE_MADE, "")
        caption = lxml_html.Element("figcaption")
        said[0].addprevious(caption)
        caption.extend(said)


_SLIDE_MADE = "data-artexport-slide"  # a figure made of a slide (:func:`slides_as_figures`)


def _slide_as_read(figure: Element) -> None:
    """A slide's figure as trafilatura keeps it, in the copy it reads: the photo in a
    paragraph, the caption one after it (it dropped the figure whole, caption and all;
    the caption is the figure's again, as the page gives it)."""
    img = next(figure.iter("img"), None)
    caption = next(figure.iter("figcaption"), None)
    parent = figure.getparent()
    if img is None or caption is None or parent is None:
        return
    photo, text = lxml_html.Element("p"), lxml_html.Element("p")
    photo.append(copy.copy(img))
    photo[0].tail = None
    text.text = _text_of(caption)
    text.tail = figure.tail
    at = parent.index(figure)
    parent[at:at + 1] = [photo, text]


def _tweet_text(quote: Element, *, latin_page: bool) -> None:
    """An embedded tweet without the link to its photo ("pic.twitter.com/abc"), and --
    on a page in another script than Latin -- without its author's handle and its date,
    which Twitter writes in English ("— الأرصاد الجوية (@meteo_dz) <a>July 18, 2024</a>":
    an English month read inside Arabic, with Arabic numbers). On a page in Latin script
    the line reads as the citation it is ("— Harbour Watch (@harbourwatch) March 14,
    2024")."""
    links = list(quote.iter("a"))
    date = links[-1] if links and "/status/" in (links[-1].get("href") or "") and \
        links[-1].getnext() is None and not latin_page else None
    if date is not None:
        # the author's line: the quote's own text, or the paragraph that ends with the date
        holder = date.getparent()
        for box in {quote, holder if holder is not None else quote}:
            box.text = _HANDLE.sub("", box.text) if box.text else box.text
            for child in box:
                child.tail = _HANDLE.sub("", child.tail) if child.tail else child.tail
    for link in links:
        if (link is date or _TWEET_PHOTO.match(_text_of(link))) and \
                isinstance(link, lxml_html.HtmlElement):
            link.drop_tree()  # (its tail stays)


def _latin_page(root: Element) -> bool:
    """Whether most of the page's letters are Latin ones."""
    letters = [c for c in _text_of(next(root.iter("body"), root)) if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 > len(letters)


_TWEET_PHOTO = re.compile(r"^(?:https?://)?pic\.(?:twitter|x)\.com/\w+$", re.I)
# "(@meteo_dz)", or a bare "@HRSD_SA" after the author's name
_HANDLE = re.compile(r"\s*\(@\w{1,30}\)|(?<=\S)\s+@\w{1,30}(?=\s*$)")
_SLIDE_WORDS = 80  # a slide's caption, not a page's text
# a slide's place in its gallery: "1 / 4", "2 من 10", "3 of 12"
_SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|من|of|de|sur|von|di)\s*\d{1,3}$", re.I)
_SLIDE = re.compile(r"slide|swiper|carousel", re.I)
_MANY_FIGURES = 200  # figures looked at: a page has a few; a hostile one, thousands
_EMBEDDED_POST = re.compile(r"\b(twitter-tweet|instagram-media|tiktok-embed)\b")


# ---- the copy trafilatura reads: inline elements and loose text ---------------------

# Inline elements that may hold text. Empty, they carry none, but trafilatura's precision
# setting drops the whole paragraph around one (its text is the empty element's tail):
# WordPress puts <span id="more-5662"></span> into every post with a "read more" break,
# pages draw icons with <i></i>. So they are unwrapped first (their tail stays).
_INLINE_TAGS = ("abbr", "b", "bdi", "bdo", "big", "cite", "del", "dfn", "em", "font", "i",
                "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
                "strong", "sub", "sup", "time", "tt", "u", "var")
# Blocks whose text is read as running text: an inline element inside one is part of
# a sentence.
_TEXT_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td",
                          "dd", "figcaption"})
_IN_A_SENTENCE = 3  # words of the block's own text around an inline element


_CARD_WORDS = 6  # a name and a headline at least


def _hover_card(img: Element) -> Element | None:
    """The card that pops up over a name in a sentence, if ``img`` is its photo: a
    person's picture, full name and latest stories in an inline element inside the
    paragraph, hidden until the pointer rests on the name. trafilatura read one into the
    sentence: "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles
    down on ... MORE (R) is defending ...". The card is the innermost inline element
    around the photo holding two links or more, nearly all of whose words are links',
    inside a block with words of its own."""
    el = img.getparent()
    while el is not None and el.tag in _INLINE_TAGS:
        links = list(el.iter("a"))
        if len(links) >= 2:
            words = len(_text(el).split())
            linked = sum(len(_text(a).split()) for a in links)
            block = el.getparent()
            while block is not None and block.tag in (*_INLINE_TAGS, "a"):
                block = block.getparent()
            if block is None or block.tag not in _TEXT_BLOCKS or words < _CARD_WORDS \
                    or linked < 0.8 * words:
                return None
            outside = len(_text(block).split()) - words
            return el if outside >= _IN_A_SENTENCE else None
        el = el.getparent()
    return None


_CONTAINERS = ("div", "section", "article", "main", "td", "body")
# what may stand inside a paragraph; anything else in a container is a block
_PHRASING = frozenset({*_INLINE_TAGS, "a", "br", "img", "picture", "output", "code"})
_LOOSE_WORDS = 6  # words of its own that make a container's loose text a paragraph


def _wrap_loose_text(root: Element) -> None:
    """Text written straight into a container beside its blocks (a deals page: "<a><img></a>
    Score the watch ... What everyone <strong>will</strong> appreciate ..." between
    headings in a <section>) becomes paragraphs. trafilatura read such a run as pieces:
    the words before the <strong> in the image's link, the rest a paragraph glued to it
    ("willappreciate"), the words before the first heading lost."""
    for box in list(root.iter(*_CONTAINERS)):
        children = [c for c in box if isinstance(c.tag, str)]
        if all(c.tag in _PHRASING for c in children):
            continue  # no blocks: the container reads as one paragraph already
        lead: Element | None = None  # the block the run follows (None: the start)
        run: list[Element] = []
        for child in [*children, None]:
            if child is not None and child.tag in _PHRASING:
                run.append(child)
                continue
            text = ((box.text if lead is None else lead.tail) or "") + \
                " ".join(str(e.tail or "") for e in run)
            if len(text.split()) >= _LOOSE_WORDS:
                para = lxml_html.Element("p")
                if lead is None:
                    para.text, box.text = box.text, None
                    box.insert(0, para)
                else:
                    para.text, lead.tail = lead.tail, None
                    lead.addnext(para)
                para.extend(run)  # each with its tail: the run's text
            lead, run = child, []


def _text(el: Element) -> str:
    return " ".join(" ".join(str(t) for t in el.itertext()).split())


_PULL_QUOTE_WORDS = 6  # a quotation this long that a paragraph holds word for word ...
_QUOTE_MARKS = str.maketrans("", "", "\"“”«»‘’'")


def without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a pull quote: a quotation a paragraph of the text already
    holds word for word (set large beside it, it was read twice) -- a quote block, or a
    paragraph that is one quotation in its marks (a theme's "pull-quote" <div>)."""
    said = [fold(plain_text(b.spans)).translate(_QUOTE_MARKS) for b in blocks
            if isinstance(b, Paragraph)]
    def repeated(block: Block) -> bool:
        if isinstance(block, Paragraph):
            quoted = plain_text(block.spans).strip()
            if len(quoted) < 2 or quoted[0] not in _OPENING or quoted[-1] not in _CLOSING \
                    or any(mark in quoted[1:-1] for mark in _OPENING + _CLOSING):
                return False
        elif not isinstance(block, Quote) or block.attribution or len(block.paragraphs) != 1:
            return False
        spans = block.spans if isinstance(block, Paragraph) else block.paragraphs[0]
        key = fold(plain_text(spans)).translate(_QUOTE_MARKS).strip()
        return len(key.split()) >= _PULL_QUOTE_WORDS and any(
            key in text and (isinstance(block, Quote) or key != text.strip())
            for text in said)  # (a paragraph is not repeated by itself)
    return [b for b in blocks if not repeated(b)]


# a paragraph that opens and closes with these, and has none inside (Urdu's ’...‘ too)
_OPENING = "\"“«‘’"
_CLOSING = "\"”»’‘"
