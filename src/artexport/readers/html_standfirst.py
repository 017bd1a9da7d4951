"""The standfirst a page prints between its headline and its text: in an element whose
class says so ("article__summary", "standfirst", "dek", a CSS module's "Article_summary
__l3"), marked ``itemprop="description"``, or a box of sentences in the article's own
header that no class names (Der Spiegel's); a box of key points under "ملخص" as one text.
A list of points whose class names the summary ("abstract-v2") is one too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .html_tree import _CAPTION_CLASS, _CREDIT_CLASS, Element, _tag, block_text, in_headline_header
from .news import find_date, furniture_reason, parse_byline

__all__ = ["mostly_in", "printed_standfirst", "restates"]


def printed_standfirst(root: Element, first: str, in_furniture: Callable[[Element], bool],
                       second: str = "") -> tuple[str, str]:
    """The standfirst the page prints between its headline and its text (the first
    paragraph, ``first``; ``second`` the one after it), in an element whose class says
    so ("article__summary", "standfirst", "dek"...): trafilatura reads the text's own
    container alone, and a page's description meta is often another, shorter text (RT
    Arabic). trafilatura may also read it as the text's first paragraph (Khaleej Times'
    "article-subhead" over a photo without a caption): named so, and in another box than
    the paragraph after it, it is the standfirst (a "lead" paragraph in the text's own
    box is its lede). With it, the subtitle printed above a box labelled "ملخص"
    (Independent Arabia's): that box is the standfirst, and was lost."""
    key = " ".join(first.split())[:40]
    if not key:
        return "", ""
    after_h1 = next(root.iter("h1"), None) is None
    subtitle: tuple[Element, str] | None = None  # (a subtitle, a labelled box may follow)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "h1":
            after_h1 = True
            continue
        if key[:20] in " ".join((el.text or "").split()):
            text = " ".join(block_text(el).split())
            if after_h1 and second and (_named(el) or _named(el.getparent())) \
                    and text == " ".join(first.split()) and 6 <= len(text.split()) <= 80 \
                    and not _beside(el, second):
                return (subtitle[1], "") if subtitle else (text, "")
            return (subtitle[1], "") if subtitle else ("", "")  # the text has begun
        if not after_h1 or (subtitle and subtitle[0] in el.iterancestors()):
            continue
        labelled = _labelled_points(el) or _labelled_box(el) or _summary_list(el, key)
        named = _named(el) or el.get("itemprop") == "description" or labelled \
            or _deck_under_headline(el, first)
        photo = next(el.iter("img", "figure", "figcaption", "picture"), None) is not None
        if named or (not photo and _unnamed_standfirst(el)):
            # (a lead box with a photo, "Page-lead": its own paragraphs, not the caption)
            # (The Guardian's live links under it, "<li><a>... – latest updates</a>": no
            # part of it)
            text = _SUMMARY_LABEL.sub("", _outside_figures(el) if photo or _links_listed(el)
                                      else _points(el) or block_text(el))  # ("ملخص")
            if 6 <= len(text.split()) <= 80 and key not in text and \
                    (not in_furniture(el) or in_headline_header(el)):
                if subtitle is None and _subtitle_named(el) and not labelled:
                    subtitle = (el, text)
                    continue
                if subtitle and not labelled:
                    return subtitle[1], ""
                return text, subtitle[1] if subtitle else ""
    return (subtitle[1], "") if subtitle else ("", "")


_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead", re.IGNORECASE)
# a box's own label, alone on its line ("<div class="field--label">ملخص</div>")
_BOX_LABEL = re.compile(r"^(?:ملخص|الملخص|خلاصة|باختصار|summary|in brief)\s*:?$",
                        re.IGNORECASE)


def _subtitle_named(el: Element) -> bool:
    """Whether ``el``'s class (or its parent's) says subtitle ("field--name-field-subtitle")."""
    return any(_SUBTITLE_CLASS.search(e.get("class") or "")
               for e in (el, el.getparent()) if e is not None)


def _labelled_box(el: Element) -> bool:
    """A box whose first line is its own label, "ملخص", over sentences (no links)."""
    label = next((c for c in el if isinstance(c.tag, str)), None)
    said = " ".join((el.text or "").split()) or (
        " ".join(block_text(label).split()) if label is not None else "")
    return bool(_BOX_LABEL.match(said)) and next(el.iter("a"), None) is None


_SUMMARY_LABEL = re.compile(r"^(?:ملخص|الملخص|خلاصة|باختصار|summary|in brief|key points)"
                            r"\s*:?\s+", re.IGNORECASE)
# the heading of a box of key points, whatever its class ("KeyPoints_box__k")
_POINTS_LABEL = re.compile(r"^(?:ملخص|الملخص|خلاصة|باختصار|(?:أبرز|أهم) النقاط|النقاط "
                           r"(?:الرئيسية|الأساسية)|نقاط رئيسية|summary|in brief|key points|"
                           r"key takeaways|highlights)\s*:?$", re.IGNORECASE)


def _labelled_points(el: Element) -> bool:
    """A box of a list of points whose own heading says it is the summary ("النقاط
    الرئيسية", "Key points") -- it was lost, neither the summary nor the text."""
    label = next((c for c in el if isinstance(c.tag, str)), None)
    # (the list first: the label's text, a whole page's in its outer boxes, is read last)
    return label is not None and _tag(label) in ("h2", "h3", "h4", "h5", "p", "div", "span",
                                                 "strong") \
        and next((c for c in el if _tag(c) in ("ul", "ol")), None) is not None \
        and bool(_POINTS_LABEL.match(" ".join(block_text(label).split())))
# a list's class that names the summary ("abstract-v2", Bloomberg's; "key-points")
_SUMMARY_LIST_CLASS = re.compile(r"(?<![a-z])(?:abstract|summary|highlights|key-?points|"
                                 r"key-?takeaways|takeaways)(?![a-z])", re.IGNORECASE)
_POINT_WORDS = (5, 40)  # a point's words: a sentence (a list of tags has a word or two)


def _summary_list(el: Element, key: str) -> bool:
    """A list of two to four points, each a sentence and no link, whose class names
    the summary ("<ul class="abstract-v2"><li>...</li></ul>" under Bloomberg's headline):
    it was lost, neither the summary nor the text. (Among the text's paragraphs, the first
    opening with ``key``, it is the text's list.)"""
    parent = el.getparent()
    if _tag(el) not in ("ul", "ol") or not _SUMMARY_LIST_CLASS.search(el.get("class") or "") \
            or next(el.iter("a"), None) is not None or parent is None or any(
                _tag(p) == "p" and key[:20] in " ".join(block_text(p).split()) for p in parent):
        return False
    points = [" ".join(block_text(li).split()) for li in el.iter("li")]
    return 2 <= len(points) <= 4 and all(
        _POINT_WORDS[0] <= len(p.split()) <= _POINT_WORDS[1] for p in points)


# a class token whose last part (after "__", "-" or "_") names a standfirst
# (a CSS module's hash after it: "Article_summary__l3")
_STANDFIRST_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*[_-])?(?:summary|standfirst|dek|lede|"
                               r"intro|introtext|excerpt|subhead|subheadline|sub-?title|sapo|chapo|"
                               r"teaser-text|lead)(?:__[a-z0-9]{2,8})?(?=\s|$)"
                               r"|(?:^|\s)article[_-]+desc(?=\s|$)", re.IGNORECASE)


def _outside_figures(el: Element) -> str:
    """The text of ``el``'s paragraphs that are in no figure, no list and no box its
    class names a caption or a credit (CNN's lead photo, "<div class="image__lede">...
    <div class="image__caption"><p>...", no <figure>: the caption was the summary)."""
    return " ".join(block_text(p) for p in el.iter("p") if not any(
        _tag(a) in ("figure", "figcaption", "li")
        or _CAPTION_CLASS.search(c := a.get("class") or "") or _CREDIT_CLASS.search(c)
        for a in [p, *_ancestors_in(p, el)]))


def _ancestors_in(p: Element, el: Element) -> list[Element]:
    """``p``'s ancestors below ``el``."""
    out: list[Element] = []
    for a in p.iterancestors():
        if a is el:
            break
        out.append(a)
    return out


def _links_listed(el: Element) -> bool:
    """Whether ``el`` holds paragraphs and a list of links (each item one link)."""
    return next(el.iter("p"), None) is not None and any(
        (a := next(li.iter("a"), None)) is not None
        and " ".join(block_text(a).split()) == " ".join(block_text(li).split())
        for li in el.iter("li"))


def _points(el: Element) -> str:
    """A box of key points (a list under "ملخص") as one text, its points parted: they
    ran together ("... في الربع الرابع المنتجات الكيماوية ...")."""
    points = [p for li in el.iter("li") if (p := " ".join(block_text(li).split()))]
    if len(points) < 2:
        return ""
    comma = "؛ " if re.search("[\u0600-\u06ff]", points[0]) else "; "
    return comma.join(p.rstrip(".؛;،,") for p in points) + "."


_STANDFIRST_WORDS = 12  # an unnamed box of sentences this long under the headline ...
_WRITER = re.compile(r"\b(?:von|by|par|por|di|door)\s+\w+\s+\w+\.?$", re.I)


def _unnamed_standfirst(el: Element) -> bool:
    """A box of sentences in the article's own header, under its headline, that no
    class names (Der Spiegel's "RichText" under its <h2>): not a caption, a byline or a
    date line, which are shorter or live in a <figure>."""
    if el.tag not in ("p", "div") or len(el) or not in_headline_header(el) or \
            any(_tag(a) in ("figure", "figcaption", "a") for a in el.iterancestors()):
        return False
    text = block_text(el)
    # (a writer's line or a date line in sentences, "Published 12 March 2024. Last
    # updated ...", "Ein Kommentar von Anna Schmidt. Lesezeit 3 Minuten.", is none)
    return len(text.split()) >= _STANDFIRST_WORDS and text.rstrip()[-1:] in ".!?؟…" \
        and find_date(text) is None and not any(
            furniture_reason(part) or parse_byline(part) or _WRITER.search(part)
            for part in re.split(r"(?<=[.!?؟])\s+", text))


def _deck_under_headline(el: Element, first: str) -> bool:
    """A heading right under the <h1>, in a box the text is not in (Anadolu's "<div
    class="detay-spot-category"><h1>...</h1><h4>...</h4></div>"): the standfirst, set
    as a heading. (A heading over the text's first paragraph, in its box, heads the
    text.)"""
    before = el.getprevious()
    if not (_tag(el) in ("h2", "h3", "h4", "h5") and before is not None and _tag(before) == "h1"
            and next(el.iter("a"), None) is None and not _beside(el, first)):
        return False
    text = block_text(el)  # (a byline or a date line set as a heading is neither)
    return find_date(text) is None and parse_byline(text) is None \
        and furniture_reason(text) is None and not _WRITER.search(text)


def _beside(el: Element, text: str) -> bool:
    """Whether the paragraph that opens with ``text`` is in ``el``'s own box."""
    key = " ".join(text.split())[:30]
    parent = el.getparent()
    return parent is not None and any(key in " ".join(block_text(p).split())
                                      for p in parent if p is not el)


def _named(el: Element | None) -> bool:
    """Whether ``el``'s class, or the part name a page's components give it (The
    Guardian's ``data-gu-name="standfirst"``, ``data-component``), says standfirst."""
    return el is not None and any(_STANDFIRST_CLASS.search(el.get(name) or "") for name in (
        "class", "data-gu-name", "data-component", "data-testid"))


def mostly_in(summary: str, body: str, printed: str = "") -> bool:
    """Whether most of ``summary``'s runs of three words are in ``body`` (both folded):
    the text's first lines. A standfirst that retells the lede shares a phrase with it
    (DW's was dropped for one 30-character piece in common), not most of it; one the
    page prints (``printed``) may share most of its phrases (tagDiv's "td-post-sub-title",
    "طاقة إنتاجية تبلغ 100 ألف سيارة سنويا وآلاف فرص العمل", was lost): all but one."""
    said = summary.split()
    runs = {" ".join(said[i:i + 3]) for i in range(len(said) - 2)}
    shared = sum(run in body for run in runs)
    return bool(runs) and (shared >= len(runs) - 1 if printed else shared >= 0.6 * len(runs))


_RESTATED = 0.8  # the share of each one's words the other holds


def restates(summary: str, lede: str) -> bool:
    """Whether ``summary`` is the lede in other order, nearly word for word (both
    folded): "قال الوزير، الدكتور ...، إن ..." over "أكد الدكتور ...، الوزير، أن ..."
    (Al-Masry Al-Youm's), heard twice. Each holds most of the other's words: a standfirst
    that retells the lede shares a few, one cut from a longer lede holds fewer of its."""
    said, led = ({w for w in re.findall(r"\w+", t) if len(w) > 2} for t in (summary, lede))
    return len(said) >= 8 and len(led) >= 8 and len(said & led) >= _RESTATED * len(said) \
        and len(said & led) >= _RESTATED * len(led)
