"""The header lines of a saved page's text: the byline, the date line and the dateline
under the headline, read into the metadata and taken out of the body."""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..model import Block, Heading, Paragraph, plain_text
from ..text.lang import detect_language, direction_of, marked_language_agrees
from .html_tree import Element, _tag, _text_of, _xpath, text_lines
from .news import (
    Byline,
    FoundDate,
    byline_meta,
    date_meta,
    drop_trailing_disclaimers,
    find_date,
    fold,
    is_bare_stamp,
    is_furniture,
    lead_dateline,
    looks_like_name,
    parse_byline,
    parse_dateline,
)
from .page_text import lettered_words

__all__ = ["byline_elements", "date_under_title", "header_lines", "listed_writers", "part_byline",
           "settle_language", "without_about"]

_BYLINE_CLASSES = frozenset(("byline", "author", "authors", "meta-author", "post-meta-author",
                             "entry-author",  # (Arab News', WordPress Genesis')
                             "article-author", "field--name-field-author",
                             "detay-muhabir"))  # (Anadolu's)
_NAME_CLASS = re.compile(r"(?:^|\s)[\w-]*(?:author|byline)(?:-|__)name(?=\s|$)")
_NAME_PARTS = ("author-name", "author__name", "byline__name")
# every element whose class may name a byline (each class above holds one of these), in
# one XPath test an element: a union of a test a class cost 2 ms a page
_BYLINE_CANDIDATES = ("//*[contains(@class, 'author') or contains(@class, 'byline') or "
                      "contains(@class, 'muhabir')]")
_CLASS_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() splits on


def byline_elements(root: Element) -> list[Element]:
    """The elements whose class says they print a byline, in page order: a class in
    ``_BYLINE_CLASSES``, or a writer's name part ("author-name", "byline__name"; not a
    block's part: France 24's "m-from-author__name")."""
    found = []
    for el in _xpath(root, _BYLINE_CANDIDATES):
        classes = el.get("class") or ""
        if (_BYLINE_CLASSES & set(_CLASS_SPACE.split(classes))
                or any(part in classes for part in _NAME_PARTS)) \
                and (_BYLINE_CLASSES & set(classes.split()) or _NAME_CLASS.search(classes)):
            found.append(el)
    return found


_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}$")


def header_lines(blocks: list[Block], meta: dict[str, Any], title: str) -> list[Block]:
    """``blocks`` without furniture paragraphs and the repeated title; a byline, date
    or dateline in the first short paragraphs goes to ``meta``; a trailing comments
    disclaimer is dropped."""
    out: list[Block] = []
    title_key = fold(title)
    for block in blocks:
        if isinstance(block, Paragraph | Heading):
            text = plain_text(block.spans).strip()
            # (a heading that is a time alone opens an untitled entry of a live page)
            if not text or (is_furniture(text) and not (isinstance(block, Heading) and
                                                        _CLOCK_ALONE.match(text))) \
                    or (not out and fold(text) == title_key):
                continue
        out.append(block)
    head = 0
    while head < min(len(out), 4):
        block = out[head]
        # (a heading too: Anadolu sets its "أنقرة/ الأناضول" in an <h6> over the text)
        text = plain_text(block.spans).strip() if isinstance(block, Paragraph | Heading) \
            else ""
        if not text or len(text.split()) > 12:
            head += 1
            continue
        byline = parse_byline(text)
        known = {fold(str(a.get("name") if isinstance(a, dict) else a))
                 for a in meta.get("authors") or ()}
        if byline is None and fold(text.rstrip(" :：")) in known:
            out.pop(head)  # the writer's name over the text, "محمد علاء:" (Shorouk)
            continue
        # "الخميس - 9 شعبان 1440 هـ - 14 أبريل 2019 مـ": the dashes are no words
        found = find_date(text) if lettered_words(text) <= 10 and \
            isinstance(block, Paragraph) else None  # (a heading "5 يونيو 1967" is text)
        if byline is not None:
            byline_meta(byline, meta)
        elif found is not None and ("published" not in meta or _restates(found, meta, text)):
            date_meta(found, meta, text)
        elif parse_dateline(text) is not None:
            meta.setdefault("dateline", text)
        else:
            head += 1
            continue
        out.pop(head)
    out = drop_trailing_disclaimers(out)
    while out and isinstance(out[-1], Paragraph) and is_bare_stamp(
            text := plain_text(out[-1].spans).strip()) and (found := find_date(text)):
        # "Updated: November 03, 2026, 10:12 AM" closing the text (The National's): the
        # page's time stamp, no paragraph
        date_meta(found, meta, text)
        out.pop()
    return lead_dateline(out, meta)


def part_byline(line: Element, text: str) -> Byline | None:
    """The byline in one part of a header line that gives the date too: "<span
    class="newsAuthor">عمان - محمد الدعجة</span> <span class="newsDate">السبت 17 فبراير
    2024 - 22:40</span>" (Kooora) is no byline as one line; its first part is (a bare
    name too, when its class says it is the author's; a dateline alone, "الشارقة:
    «الخليج»", is a byline of no one)."""
    if find_date(text) is None:
        return None
    for part in line:
        said = _text_of(part) if _tag(part) else ""
        if not said or said == text:
            continue
        if (byline := parse_byline(said)) is not None:
            return byline
        if "author" in (part.get("class") or "").lower() and looks_like_name(said):
            return Byline([{"name": said}])
        if (dateline := parse_dateline(said)) is not None:  # "الشارقة: «الخليج»"
            return Byline([], dateline=dateline)
    return None


def _restates(found: FoundDate, meta: dict[str, Any], text: str) -> bool:
    """Whether the short line ``text`` is a date line of the day the page's data gave
    ("Published on 4 March 2024 at 09:15" under a <time datetime>), not a sentence."""
    days = {str(meta.get(key) or "")[:10] for key in ("published", "updated")}
    return found.day.isoformat() in days and not text.rstrip().endswith((".", "!", "?", "؟"))


def date_under_title(root: Element, first_text: str, meta: dict[str, Any]) -> None:
    """A page without date metadata often prints the date right under the headline
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"): read the short texts
    that follow the title's ``<h1>`` (or the box that holds it alone) in the page, up to
    the article's text. Where the page's data gave the date, the Hijri date printed
    beside it is taken."""
    title_key = fold(str(meta.get("title") or ""))
    # (no <h1>: the headline in an <h2> -- Joomla K2's "itemTitle")
    h1 = next((h for h in root.iter("h1", "h2") if _tag(h) in ("h1", "h2") and title_key
               and fold(_text_of(h)) == title_key), None)
    if h1 is None or (_tag(h1) == "h2" and next(root.iter("h1"), None) is not None):
        return
    while (box := h1.getparent()) is not None and fold(_text_of(box)) == title_key:
        h1 = box  # the headline in a box of its own: '<div class="title"><h1>' (Al-Ahram)
    first_key = fold(first_text)[:40]
    for seen, el in enumerate(h1.itersiblings(), 1):
        if not _tag(el):
            break
        text = _text_of(el)
        if first_key and first_key in fold(text):
            break
        if _date_in(el, meta):
            return
        if seen >= 4:
            break
    # a date line right over the headline (K2's "itemDateCreated")
    above = next((el for el in h1.itersiblings(preceding=True) if _tag(el)), None)
    if above is not None:
        _date_in(above, meta)


def _date_in(el: Element, meta: dict[str, Any]) -> bool:
    """Whether a short line in ``el`` (the line itself, or one inside a box of byline and
    dates: Al-Bayan's "meta") gives a date, which goes to ``meta``."""
    for part in itertools.islice((d for d in el.iter() if _tag(d)), _PARTS):
        said = _text_of(part)
        if said and len(said.split()) <= 16 and (found := find_date(said)) is not None:
            date_meta(found, meta, said)
            return True
    return False


_PARTS = 12  # elements looked at in each box under the headline


def settle_language(blocks: list[Block], meta: dict[str, Any]) -> None:
    """The page's language and direction where its text belies them: a theme's
    '<html lang="en" dir="ltr">' over an Arabic article had its date said in English and
    its pages laid out left to right. The language its letters show is taken, and a
    direction against that language goes (the language gives it)."""
    text = " ".join([str(meta.get("title") or ""), *(
        plain_text(b.spans) for b in blocks if isinstance(b, Paragraph | Heading))])
    lang = str(meta.get("lang") or "")
    if lang and not marked_language_agrees(lang, text):
        meta["lang"] = lang = detect_language(text)
    if lang and meta.get("dir") and meta["dir"] != direction_of(lang):
        del meta["dir"]


def component_bylines(root: Element) -> list[str]:
    """The writers a byline component names, its parts named by test ids and no class
    (BBC News: "<div data-testid="byline-new-contributors"><div><span>Jane Roe</span>
    </div><div><span>BBC Scotland environment correspondent</span></div>"): its first
    line that names someone. (The writer was lost: the data named the BBC.)"""
    for el in _xpath(root, "//*[contains(@data-testid, 'byline') or "
                           "contains(@data-component, 'byline')]")[:_MANY_BYLINES]:
        for text in text_lines(el)[:4]:
            byline = parse_byline(text)
            names = [a["name"] for a in byline.authors] if byline else [text]
            if all(looks_like_name(name) for name in names) and not find_date(text):
                return names
    return []


_MANY_BYLINES = 20  # byline components looked at, at most


def listed_writers(names: list[str], printed: list[str]) -> list[str]:
    """``names`` (the data's) then ``printed`` (the page's bylines), a data name that
    lists writers parted by commas split in them when the page prints each one (CNN's
    '<meta name="author" content="Jane Roe, John Doe">' over "By Jane Roe and John Doe,
    CNN": the two were one writer). A name and its outlet or post ("Jane Roe, CNN")
    stays: the page prints no writer named so."""
    known = {fold(name) for name in printed}
    out: list[str] = []
    for name in names:
        parts = re.split(r"\s*[,،]\s*", name.strip())
        out += parts if len(parts) > 1 and all(fold(p) in known for p in parts) else [name]
    return out + printed


_ABOUT = re.compile(r"^About\s+(?=[A-Z])")


def without_about(text: str) -> str:
    """A byline box's line without the "About" of a writer's box titled "About Jane Roe"
    (WordPress's "entry-author" at the article's end): the name is hers, not "About
    Jane Roe"."""
    return _ABOUT.sub("", text)
