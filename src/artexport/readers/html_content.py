"""The content of a saved news page (see :mod:`.html`): trafilatura's XML body mapped
onto blocks, with what the page adds that the XML lacks (figure captions and credits,
quote attributions, ``lang``/``dir`` runs, a byline or dateline under the headline), and
every other line of the page with the reason it is not article text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from ..markup import safe_href
from ..model import (
    Block,
    Direction,
    Dropped,
    Emphasis,
    Figure,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
    block_texts,
    list_shape,
    plain_text,
)
from ..text.lang import LANG_TAG, marked_language_agrees
from .furniture import (
    furniture_reason,
)
from .html_credits import CREDIT_LABEL, trailing_credit
from .html_header import part_byline
from .html_kept import without_pull_quotes
from .html_pre import page_pres, pre_block
from .html_regions import hidden, in_furniture, where_in_page
from .html_tree import (
    BLANK_LINE,
    Element,
    _attr,
    _body_of,
    _classes,
    _tag,
    _text_of,
    _xpath,
    caption_elements,
    list_starts,
)
from .news import (
    byline_meta,
    find_date,
    fold,
    is_furniture,
    parse_byline,
    parse_dateline,
)

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    "caption", "img", "picture",
})
_MAX_DEPTH = 120  # deeper than any real page; beyond it text is read flat (no recursion)
_DASH = re.compile(r"^\s*(—|―|--|-)\s*")
_SPACES = re.compile(r"\s+")
_INLINE_XML = frozenset({"ref", "hi"})  # trafilatura's inline elements
_LOOSE_WORDS = 6  # fewer words left between two blocks are not a sentence of the article



# ---- trafilatura's XML -> blocks ----------------------------------------------------

_RENDS: dict[str, Emphasis] = {"#b": "strong", "#i": "em", "#t": "code"}


class _Mapper:
    """Maps trafilatura's XML body onto blocks, taking from the page itself what the
    XML does not keep: captions and credits of figures, attributions of quotes."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.blocks: list[Block] = []
        self.gallery: list[tuple[Element, Inline]] = []  # images found in list items

    def body(self, body: Element, *, loose: bool = True) -> list[Block]:
        """The blocks of trafilatura's body. ``loose``: text it left between its blocks
        (a tail: a quoted sentence standing between two paragraphs of a page written as
        lines of text) is a paragraph of its own, in its place."""
        if loose:
            self.loose(body.text)
        for el in body:
            self.block(el)
            if loose:
                self.loose(el.tail)
        return [_own_language(b, self.page.block_langs) for b in without_pull_quotes(self.blocks)]

    def loose(self, text: str | None) -> None:
        for part in BLANK_LINE.split(text or ""):
            words = part.split()
            # prose only: trafilatura also leaves the page's address, a date line, a
            # company name there, or the caption of the photo before it (Al-Masry Al-Youm)
            if len(words) < _LOOSE_WORDS or any("://" in w for w in words) or is_furniture(
                    part) or (len(words) < 2 * _LOOSE_WORDS and find_date(part)) \
                    or self.page.is_caption(part):
                continue
            spans = self.page.mark(_trim((Span(part),)))
            if spans and not _link_list([spans]):
                self.blocks.append(Paragraph(spans))

    def block(self, el: Element) -> None:
        tag = _tag(el)
        if tag == "head":
            rend = (el.get("rend") or "h2").lower()
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            spans = self.inline(el)
            if spans and not _link_list([spans]) and not (
                    level == 1 and fold(plain_text(spans)) == self.page.title_key):
                self.blocks.append(Heading(max(level, 2), spans))
        elif tag == "list" and el.get("rend") == "dl":
            self.definitions(el)
        elif tag == "list":
            items: list[Inline] = []
            levels: list[int] = []
            numbered: list[bool] = []
            self.gallery = []
            self.items(el, items, (levels, numbered), 0)
            if items and not _link_list(items):
                shape = list_shape(levels, numbered)
                ordered = el.get("rend") == "ol"
                start = self.page.starts.get(fold(plain_text(items[0]))) if ordered else None
                self.blocks.append(ListBlock(tuple(items), ordered=ordered, levels=shape[0],
                                             numbered=shape[1], start=start))
            for graphic, caption in self.gallery:
                self.figure(graphic, caption)
        elif tag == "table":
            self.table(el)
        elif tag == "div" and any(_tag(c) in ("head", "p", "list", "table") for c in el):
            # trafilatura's fallback keeps the page's boxes: "<div><head/><p/></div>" was
            # one paragraph, the headline run into the text's first words
            self.loose(el.text)
            for child in el:
                self.block(child)
                self.loose(child.tail)
        elif tag == "quote":
            self.quote(el)
        elif tag == "graphic":
            self.figure(el)
        elif tag == "code":
            text = "".join(str(t) for t in el.itertext()).strip("\n")
            if text.strip():
                names = " ".join(c.get("class") or "" for c in el.iter())  # class kept
                lang = re.search(r"(?:language|lang)-([\w+#-]+)", names)
                pre = self.page.pres.get(fold(text))  # a poem trafilatura took for code
                self.blocks.append(pre_block(pre, self.page.quote_lang) if pre and not pre[1]
                                   else Preformatted(text, lang.group(1) if lang else None))
        else:  # p, and whatever else trafilatura may emit: running text
            self.paragraphs(el)

    def paragraphs(self, el: Element) -> None:
        """A ``p``: split at ``<lb/>`` into paragraphs; images inside follow it."""
        runs: list[list[Span]] = [[]]
        figures: list[Element] = []
        self.spans(el, None, None, runs, figures)
        for run in runs:
            spans = self.page.mark(_trim(tuple(run)))
            last = self.blocks[-1] if self.blocks else None
            if spans and self.page.is_caption(plain_text(spans)):
                # a caption the XML gives as running text: the figure before it takes it
                # (unless a figure before it has it: a gallery's shared caption)
                said = fold(plain_text(spans))
                if isinstance(last, Figure) and not last.caption and not any(
                        isinstance(b, Figure) and fold(plain_text(b.caption)) == said
                        for b in self.blocks[-_GALLERY:]):
                    self.blocks[-1] = replace(last, caption=spans)
            elif spans and isinstance(last, Figure) and len(plain_text(spans).split()) >= 2 \
                    and " ".join(plain_text(spans).split()) in \
                    " ".join(f"{plain_text(last.caption)} {last.image.credit or ''}".split()):
                continue  # a part of the caption or the credit given again ("(Source: ...)")
            elif spans and not _link_list([spans]):
                self.blocks.append(Paragraph(spans))
        for graphic in figures:
            self.figure(graphic)

    def inline(self, el: Element) -> Inline:
        runs: list[list[Span]] = [[]]
        self.spans(el, None, None, runs, None)
        return self.page.mark(_trim(tuple(s for run in runs for s in (*run, Span(" ")))))

    def spans(self, el: Element, emphasis: Emphasis | None, href: str | None,
              runs: list[list[Span]], figures: list[Element] | None, depth: int = 0) -> None:
        """The inline content of ``el`` into ``runs`` (a new run at each ``<lb/>`` when
        ``figures`` collects the images met; a space otherwise)."""
        for text, child in [(el.text, None), *((c.tail, c) for c in el)]:
            tag = _tag(child) if child is not None else ""
            if tag == "lb":
                runs.append([]) if figures is not None else runs[-1].append(Span(" "))
            elif tag == "graphic" and figures is not None and child is not None:
                figures.append(child)
                if (child.text or "").strip():
                    # trafilatura puts the text after an image inside its graphic (a
                    # lazy-loaded portrait, "If we haven't met yet, ..."): running text
                    runs[-1].append(Span(str(child.text), None, None, emphasis, href))
            elif child is not None and tag and depth < _MAX_DEPTH:
                rend = _RENDS.get(child.get("rend") or "") if tag == "hi" else None
                target = safe_href(child.get("target")) if tag == "ref" else None
                if tag in ("p", "item", "cell", "head", "list", "quote", "row"):
                    runs[-1].append(Span(" "))
                self.spans(child, emphasis if emphasis == "strong" else rend or emphasis,
                           target or href, runs, figures, depth + 1)
            if text:
                runs[-1].append(Span(text, None, None, emphasis, href))

    def definitions(self, el: Element) -> None:
        """A definition list (trafilatura's ``dt-N``/``dd-N`` items): each term a bold
        paragraph, then its definition, as the Markdown reader reads one."""
        for item in el:
            spans = self.inline(item) if _tag(item) == "item" else ()
            if not spans:
                continue
            if (item.get("rend") or "").startswith("dt"):
                spans = tuple(replace(s, emphasis=s.emphasis or "strong") for s in spans)
            self.blocks.append(Paragraph(spans))

    def items(self, el: Element, items: list[Inline], shape: tuple[list[int], list[bool]],
              depth: int) -> None:
        """The items of a list, with each one's depth and whether its list is numbered
        (``shape``); a nested list follows its item, one deeper."""
        for item in el:
            if _tag(item) != "item":
                continue
            nested = [c for c in item if _tag(c) == "list"]
            for sub in nested:
                item.remove(sub)  # trafilatura's tree is ours to change
            graphic = next(item.iter("graphic"), None)
            if graphic is not None:
                # a gallery: the image, and the text after it as its caption
                self.gallery.append((graphic, _trim((Span(graphic.tail or ""),))))
                continue
            spans = self.inline(item)
            if spans:
                items.append(spans)
                shape[0].append(depth)
                shape[1].append(el.get("rend") == "ol")
            if depth < _MAX_DEPTH:
                for sub in nested:
                    self.items(sub, items, shape, depth + 1 if spans else depth)

    def table(self, el: Element) -> None:
        """A table: its rows of cells (an empty cell keeps its column), the leading rows
        of ``role="head"`` cells as column headers, a first column of them as row
        headers."""
        rows: list[tuple[Inline, ...]] = []
        heads: list[list[bool]] = []
        for row in el.iter("row"):
            cells = [c for c in row if _tag(c) == "cell"]
            spans = tuple(self.inline(c) for c in cells)
            if any(plain_text(c).strip() for c in spans):
                rows.append(spans)
                heads.append([c.get("role") == "head" for c in cells])
        if not rows:
            return
        caption: Inline = ()
        if len(rows) > 2 and len(heads[1]) > 1 and all(heads[1]) \
                and sum(bool(plain_text(c).strip()) for c in rows[0]) == 1:
            # trafilatura gives a <caption> as a first row of one filled cell: the
            # table's name, above its header row
            caption = next(c for c in rows[0] if plain_text(c).strip())
            rows, heads = rows[1:], heads[1:]
        header_rows = next((n for n, h in enumerate(heads) if not all(h)), len(rows))
        body = heads[header_rows:]
        header_columns = int(bool(body) and all(h[0] for h in body))
        self.blocks.append(Table(tuple(rows), header_rows, header_columns, caption))

    def quote(self, el: Element) -> None:
        pre = self.page.pres.get(fold(_text_of(el)))
        if pre is not None:
            self.blocks.append(pre_block(pre, self.page.quote_lang))
            return
        inner = _Mapper(self.page)
        for child in el:
            if _tag(child) not in _INLINE_XML:
                inner.block(child)
        paras = [b.spans if isinstance(b, Paragraph | Heading) else item
                 for b in inner.blocks
                 if isinstance(b, Paragraph | Heading | ListBlock)
                 for item in (b.items if isinstance(b, ListBlock) else [()])]
        # the quote's own running text, a link or emphasis in it included: an embedded
        # post ends "— Name (@name) <a>November 18, 2019</a>", one attribution
        loose = _trim(tuple(Span(t) for t in [el.text, *(
            piece for c in el for piece in (
                f" {_text_of(c)} " if _tag(c) in _INLINE_XML else None, c.tail))] if t))
        paras = [p for p in [*paras, loose] if p]
        if not paras:
            return
        who = self.page.attribution(" ".join(plain_text(p) for p in paras))
        if who and len(paras) > 1 and fold(plain_text(paras[-1])) == fold(plain_text(who)):
            paras.pop()
        elif not who and len(paras) > 1 and _DASH.match(plain_text(paras[-1])):
            last = paras.pop()
            who = (replace(last[0], text=_DASH.sub("", last[0].text, count=1)), *last[1:])
        lang = self.page.quote_lang(" ".join(plain_text(p) for p in paras))
        self.blocks.append(Quote(tuple(paras), who, lang=lang))

    def figure(self, el: Element, text: Inline = ()) -> None:
        src = (el.get("src") or "").strip()
        if not src:
            return
        alt = " ".join((el.get("alt") or "").split())
        img = self.page.images.get(src)
        if (alt and is_furniture(alt)) or (img is not None and self.page.furniture(img)):
            return  # a print or share icon
        caption, credit = self.page.caption(src)
        caption = caption or text
        if not alt and not caption and not credit:
            return  # no alt, caption or credit: an ornament (a WordPress photo has a caption)
        last = self.blocks[-1] if self.blocks else None
        if caption and isinstance(last, Figure) and last.caption == caption:
            caption = ()  # one caption for a gallery's photos side by side: read once
        self.blocks.append(Figure(Image(src, alt, credit=credit or None), caption))


def _own_language(block: Block, langs: dict[str, str]) -> Block:
    """``block`` with the language its element in the page names (``langs``), if any."""
    if isinstance(block, Paragraph | Heading) and block.lang is None and \
            (lang := langs.get(fold(plain_text(block.spans)))):
        return replace(block, lang=lang)
    return block


def _link_list(items: list[Inline]) -> bool:
    """A list whose every item is just a short link ("related stories") is navigation."""
    return all(all(s.href or not s.text.strip() for s in i) for i in items) and \
        sum(len(plain_text(i).split()) for i in items) / len(items) <= 12


# ---- the page behind the XML --------------------------------------------------------

# The label a caption carries for screen readers only (BBC World Service: "Image
# caption, ", "التعليق على الصورة، "): the editions label their captions themselves
# a photo agency's link after the caption (Reuters): "Purchase Licensing Rights, opens new tab"
_GLUED_SENTENCE = re.compile(r"(?<=[a-záéíóúñüàèìòùçâêîôûœ][.!?])(?=[A-ZÁÉÍÓÚÑÀÈÌÒÙÇ])")
_BUTTONS = re.compile(r"\s*(?:(?:Purchase|Acquire) Licensing Rights(?:, opens new tab)?|"
                      r"(?:hide|toggle) caption)\s*$", re.I)  # (a caption's: Reuters', NPR's)
_HIDDEN_LABEL = re.compile(r"^(?:Image caption|Media caption|Video caption|Caption|"
                           r"التعليق على الصورة|التعليق على الفيديو|توضیح تصویر|"
                           r"تصویر کا کیپشن)\s*[,،]\s*")


_GALLERY = 6  # the photos before a caption that may share it
_TOGGLES = frozenset({"less", "more", "show less", "show more", "expand", "collapse"})


class _Page:
    """What the page itself says about the blocks trafilatura found: language runs,
    figure captions and credits, quote attributions, code languages, and the lines it
    left out."""

    def __init__(self, root: Element, title: str) -> None:
        self.body = _body_of(root)
        self.title_key = fold(title)
        self.runs: list[tuple[str, str | None, Direction | None]] = []
        self.images: dict[str, Element] = {}
        self.quotes: list[Element] = []
        # <pre> by its folded text (and whether it is code): trafilatura gives one as a
        # <quote> or as <code>, which the page's own evidence corrects
        self.pres = page_pres(self.body)
        self.furniture = in_furniture()
        self.starts = {fold(text): n for text, n in list_starts(self.body).items()}
        self.captions: set[str] = set()  # texts of figcaptions and caption boxes, folded
        page_lang = _attr(root, "lang").lower()
        self.block_langs: dict[str, str] = {}  # a block's folded text -> its own lang
        for el in _xpath(self.body, ".//img | .//blockquote | .//figcaption | "
                         ".//*[@lang or @dir or @xml:lang] | .//*[contains(translate(concat("
                         "@class, ' ', @id), 'CAPTION', 'caption'), 'caption')]"):
            tag = _tag(el)
            if tag == "img":
                for name in ("src", "data-src", "data-original", "data-lazy-src"):
                    if el.get(name):
                        self.images.setdefault(el.get(name, "").strip(), el)
                if len(_attr(el, "alt").split()) >= 6:
                    self.captions.add(fold(_attr(el, "alt")))
            elif tag == "figcaption" or (tag and "caption" in _classes(el).lower()):
                text = _text_of(el)
                figure = el.getparent() if tag == "figcaption" else None
                if figure is not None and next(figure.iter("img"), None) is None:
                    continue  # a video's caption: the text keeps it (html_kept)
                if len(text.split()) <= 80:
                    self.captions.add(fold(text))
            elif tag == "blockquote":
                self.quotes.append(el)
            elif tag in ("p", "h2", "h3", "h4", "h5", "h6") and \
                    _attr(el, "lang").lower() not in ("", page_lang):
                # ("<p lang="ps">": trafilatura drops it; the script took it for Persian)
                lang = _attr(el, "lang").replace("_", "-")
                if LANG_TAG.match(lang) and (text := _text_of(el)) and \
                        marked_language_agrees(lang, text):  # (Word's "ar-SA" on Persian)
                    self.block_langs[fold(text)] = lang
            elif tag and tag not in _BLOCK_TAGS and (_attr(el, "lang") or _attr(el, "dir")):
                lang = _attr(el, "lang").replace("_", "-")
                direction: Direction | None = {"rtl": "rtl", "ltr": "ltr"}.get(
                    _attr(el, "dir").lower())  # type: ignore[assignment]
                text = _text_of(el)
                if text and (lang.lower() != page_lang or direction):
                    known = lang and LANG_TAG.match(lang) and marked_language_agrees(lang, text)
                    self.runs.append((text, lang if known else None, direction))

    def caption(self, src: str) -> tuple[Inline, str]:
        """The caption of the page's figure around the image ``src`` and its credit."""
        img = self.images.get(src)
        cap, credit_el = caption_elements(img) if img is not None else (None, None)
        credit = _text_of(credit_el) if credit_el is not None else ""
        caption = _BUTTONS.sub("", _HIDDEN_LABEL.sub("", _text_of(cap))) if cap is not None \
            else ""
        if caption.strip().lower() in _TOGGLES:
            caption = ""  # a caption box's toggle alone ("less", "more"), its text hidden
        if credit:
            caption = " ".join(caption.replace(credit, "").split())
        else:
            caption, credit = trailing_credit(caption)
        # the caption's parts run together where its elements meet ("... de
        # Ministros.Eduardo Parra (Europa Press)", El País): a space after a sentence
        caption = _GLUED_SENTENCE.sub(" ", caption)
        return ((Span(caption),) if caption else ()), CREDIT_LABEL.sub("", credit)

    def is_caption(self, text: str) -> bool:
        """Whether ``text`` is the caption (or the long alt text) of an image of the
        page, rather than a paragraph of the article."""
        key = fold(text)
        return len(key) >= 20 and any(key in c and len(key) >= 0.6 * len(c)
                                      for c in self.captions)

    def _quote_of(self, text: str) -> Element | None:
        key = fold(text)[:60]
        return next((q for q in self.quotes if key and key in fold(_text_of(q))), None)

    def quote_lang(self, text: str) -> str | None:
        """The ``lang`` of the page's blockquote that holds ``text``, if it has one."""
        quote = self._quote_of(text)
        lang = _attr(quote, "lang").replace("_", "-") if quote is not None else ""
        return lang if lang and LANG_TAG.match(lang) else None

    def attribution(self, text: str) -> Inline:
        """The ``<cite>``/``<footer>`` of the page's blockquote that holds ``text``
        (or the caption of the figure around it)."""
        quote = self._quote_of(text)
        if quote is None:
            return ()
        cite = next((c for c in quote if _tag(c) in ("cite", "footer")), None)
        if cite is None:
            figure = quote.getparent()
            if figure is not None and _tag(figure) == "figure":
                cite = next((c for c in figure if _tag(c) == "figcaption"), None)
        who = _text_of(cite) if cite is not None else ""
        return (Span(_DASH.sub("", who, count=1)),) if who else ()

    def mark(self, spans: Inline) -> Inline:
        """Give the page's ``lang``/``dir`` runs (``<span lang="en">``) back to the
        spans that hold their text: trafilatura's XML drops those attributes."""
        out = list(spans)
        for text, lang, direction in self.runs:
            for n, span in enumerate(out):
                at = span.text.find(text)
                if at < 0 or (span.lang, span.direction) == (lang, direction):
                    continue
                parts = [replace(span, text=span.text[:at]),
                         replace(span, text=text, lang=lang, direction=direction),
                         replace(span, text=span.text[at + len(text):])]
                out[n:n + 1] = [p for p in parts if p.text]
                break
        return tuple(out)

    @functools.cached_property
    def lines(self) -> list[tuple[Element, str]]:
        """The page's text, one line per block element (its own text, without the
        blocks inside it): what a reader of the page sees."""
        found: list[tuple[Element, list[str]]] = []

        def walk(el: Element, line: list[str], depth: int) -> None:
            if el.text:
                line.append(el.text)
            for child in el:
                tag = _tag(child)
                if tag and depth < _MAX_DEPTH:
                    if tag in _BLOCK_TAGS:
                        inner: list[str] = []
                        found.append((child, inner))
                        walk(child, inner, depth + 1)
                        line.append(" ")
                    else:  # (a <br> parts two words: "علی رضایی<br>بی‌بی‌سی فارسی")
                        walk(child, line, depth + 1)
                        line.append(" " if tag == "br" else "")
                if child.tail:
                    line.append(child.tail)

        top: list[str] = []
        found.append((self.body, top))
        walk(self.body, top, 0)
        joined = ((el, " ".join("".join(parts).split())) for el, parts in found)
        return [(el, text) for el, text in joined if text]

    def header(self, first: str, meta: dict[str, Any]) -> None:
        """A byline or dateline the extractor left out: the short lines between the
        title and the article's first paragraph (``By Maria Lindqvist``)."""
        first_key, after_title = fold(first)[:40], -1
        for el, text in self.lines:
            if fold(text) in self.captions or any(hidden(e) for e in (el, *el.iterancestors())):
                continue  # (a hidden "By ..." names no one a reader sees; a caption, no place)
            if after_title < 0:  # the title first: a line of about its length
                if abs(len(text) - len(self.title_key)) <= 8 and fold(text) == self.title_key:
                    after_title = 0
                continue
            after_title += 1
            if after_title > 12 or (first_key and first_key in fold(text)):
                return
            if len(text.split()) > 12:
                continue
            byline = parse_byline(text) or part_byline(el, text)
            if byline is not None:  # (a role for the writer the data named)
                byline_meta(byline, meta)
            elif (place := parse_dateline(text)) is not None:
                meta.setdefault("dateline", place)

    def dropped(self, blocks: list[Block], lead: Figure | None) -> list[Dropped]:
        """Every line of the page that is not in the article, with its reason."""
        kept: set[str] = set()
        for block in [*blocks, *([lead] if lead else [])]:
            for text in block_texts(block):
                kept.update(_words(text))
        lines = [(el, text, _words(text)) for el, text in self.lines]
        covered = [bool(w) and sum(map(kept.__contains__, w)) >= 0.6 * len(w)
                   for _, _, w in lines]
        # A short line ("Travel", "Day") is article text only inside the part of the page
        # that holds the article's longer lines: its words alone say little.
        region: set[Element] | None = None
        first = len(lines)
        for n, ((el, text, words), inside) in enumerate(zip(lines, covered, strict=True)):
            if inside and len(words) >= 4:
                if n < first and fold(text) != self.title_key:
                    first = n
                chain = {el, *el.iterancestors()}
                region = chain if region is None else region & chain
        top = max(region, key=lambda e: sum(1 for _ in e.iterancestors())) \
            if region else None
        out: list[Dropped] = []
        where: dict[Element, str | None] = {}
        for n, ((el, text, words), inside) in enumerate(zip(lines, covered, strict=True)):
            if inside and (len(words) >= 4 or top is None or el is top
                           or top in el.iterancestors()):
                continue
            if n < first and (fold(text) == self.title_key or (len(words) <= 16 and (
                    parse_byline(text) is not None or (any(c.isdigit() for c in text)
                                                       and find_date(text) is not None)))):
                continue  # above the article: the title, a byline or a date line (metadata)
            line = el.sourceline
            reason = (furniture_reason(text) if len(words) <= 12 else None) \
                or where_in_page(el, where) or "outside the article"
            out.append(Dropped(text, reason, line if isinstance(line, int) else None))
        return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _trim(spans: Inline) -> Inline:
    """Spans with neighbours of one style merged, whitespace collapsed across span
    boundaries and trimmed at both ends."""
    runs: list[tuple[str, tuple[Any, ...]]] = []  # (text, style); Spans are made once
    for span in spans:
        text = _SPACES.sub(" ", span.text)
        if runs and text.startswith(" ") and (not runs[-1][0] or runs[-1][0].endswith(" ")):
            text = text[1:]
        if not text:
            continue
        style = (span.lang, span.direction, span.emphasis, span.href)
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + text, style)
        else:
            runs.append((text, style))
    while runs and not runs[0][0].strip():
        runs.pop(0)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if runs:
        runs[0] = (runs[0][0].lstrip(), runs[0][1])
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    return tuple(Span(text, *style) for text, style in runs)


