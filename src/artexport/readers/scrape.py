"""Raw text scrapes of news pages (``.txt``): one line per paragraph, page furniture included.

A scrape is what "select all, copy" or a crawler's ``innerText`` gives: the article
surrounded by menus, widgets and footers. The reader finds, in this order:

1. the **body**: the largest cluster of prose lines (lines that read like sentences),
   allowing a few non-prose lines (subheadings, captions, a list) inside it; menus,
   "most read" lists and footers fall outside it and are dropped;
2. the **header** above the body, read upwards: the title, the date/time/place line
   (``2021.06.26 | 14:30 دمشق`` -> 2021-06-26T14:30 in Asia/Damascus), the lead image
   (a line that is only a file name) with its caption (the next line), the dateline
   (``إسطنبول - متابعات``), the byline (``الرياض: بدر الخريف``, ``حوار: ...``) and a
   subtitle;
3. inside the body, page furniture (``+A``, ``حجم الخط``, share and print widgets,
   ``Tweet``, ``// انتهى //``, lone times...) is dropped, runs of bullet lines become
   lists (or are dropped when they are a menu of one-word links), short lines between
   paragraphs become headings, and a comments disclaimer at the very end is dropped.

Hard-wrapped text (wire copy cut at ~72 columns) is joined back into one line per
paragraph first. A ``.txt`` file that is really Markdown (a leading ``# title`` and
Markdown headings, fences or links; or YAML front matter) is read by the Markdown reader
instead.

Scrapes keep image file names without the files, so the draft uses
``missing_images="warn"``: a named image that is absent is kept as name and caption
(the loader warns); an image that *is* beside the ``.txt`` is used.

Dates, datelines, bylines and furniture are read by :mod:`artexport.readers.news`,
shared with the HTML reader, which meets the same lines in saved pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..model import Block, Figure, Heading, Image, Inline, ListBlock, Paragraph, Span
from ..resources import Limits
from ..text.bidi import normalise_text
from .base import Draft, read_text
from .news import (
    MECCA_TIME,
    FoundDate,
    byline_meta,
    date_meta,
    drop_trailing_disclaimers,
    find_date,
    is_city,
    is_furniture,
    lead_dateline,
    looks_like_name,
    parse_byline,
    parse_dateline,
    time_only,
    zone_for_place,
)

# ---- line shapes --------------------------------------------------------------------

_BULLET = re.compile(r"^(?:(?P<u>[*+•·▪◦–-])|(?P<o>\d{1,2}[.)]))\s+(?P<text>\S.*)$")
_IMAGE_NAME = re.compile(r"^[^\s/\\:]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
_SENTENCE_END = ".!?؟…:؛;"
_SECTION_PREFIX = re.compile(
    r"^(?P<section>[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?) / (?P<title>.{8,})$")
_FROM_SECTION = re.compile(r"^From the section (?P<section>.+)$", re.I)


def _words(text: str) -> int:
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(" \"'»”’)]*")
    return bool(core) and core[-1] in _SENTENCE_END


def _bullet(text: str) -> re.Match[str] | None:
    return _BULLET.match(text)


def is_prose(text: str) -> bool:
    """A line that reads like running text (not a menu item, a label or a title)."""
    if _bullet(text) or is_furniture(text):
        return False
    n = _words(text)
    return n >= 25 or (n >= 6 and _ends_sentence(text))


def _heading_like(text: str) -> bool:
    n = _words(text)
    return (2 <= n <= 40 and not _bullet(text) and not is_furniture(text)
            and not _IMAGE_NAME.match(text) and not (n > 15 and text.rstrip().endswith(".")))


# ---- Markdown in disguise -----------------------------------------------------------

_MD_SIGNS = re.compile(r"^(#{2,6} \S|```|~~~|[-*] \[[^\]]+\]\([^)]+\))|\[[^\]]+\]\(https?://"
                       r"|\*\*\S[^*]*\*\*", re.M)


def looks_like_markdown(text: str) -> bool:
    """A ``.txt`` that is really Markdown: front matter, or a ``# title`` plus at least
    one more Markdown construct (heading, fence, link, strong emphasis)."""
    if re.match(r"---[ \t]*\n.*?\n(---|\.\.\.)[ \t]*\n", text, re.S):
        return True
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    return bool(re.match(r"# \S", first)) and bool(_MD_SIGNS.search(text))


# ---- the reader ---------------------------------------------------------------------

_MAX_GAP = 8      # non-prose lines allowed between two prose lines of one body
_HEADER_SPAN = 14  # lines above the body searched for title, date, image, byline


@dataclass
class _Line:
    no: int       # 1-based line number in the file (for debugging a heuristic)
    text: str


def read_scrape(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    """Parse a raw page scrape into a draft (see the module docstring)."""
    text = read_text(path, limits)
    if looks_like_markdown(text):
        from .markdown import read_markdown

        draft = read_markdown(path, limits)
        draft.missing_images = "warn"
        return draft
    raw_lines = _unwrap([normalise_text(raw).rstrip() for raw in text.split("\n")])
    lines = [_Line(i, raw.strip()) for i, raw in enumerate(raw_lines, 1)]
    lines = [ln for ln in lines if ln.text]
    draft = Draft(path, {}, missing_images="warn")
    start, end = _body_span(lines)
    if start > end:
        # Nothing reads like running text (a one-line brief): the lines after the first
        # one that are neither furniture nor menu items are the body.
        plain = [i for i, ln in enumerate(lines) if not is_furniture(ln.text)
                 and not _bullet(ln.text)]
        if len(plain) < 2:
            raise ArticleError(path, "no article text found: only menus and page furniture")
        start, end = plain[1], plain[-1]
    items = _header_items(lines[:start])
    if not any(kind == "candidate" for kind, _, _ in items) and start < end \
            and _heading_like(lines[start].text) and not lines[start].text.endswith("."):
        # The title itself reads like a sentence ("...: ولكنَّ ذلك ليْسَ على إطلاقه:"):
        # the body starts at the next prose line.
        prose = next((i for i in range(start + 1, end + 1) if is_prose(lines[i].text)), None)
        if prose is not None:
            start = prose
            items = _header_items(lines[:start])
    _header(items, draft)
    draft.blocks = _body(lines[start:end + 1], draft)
    _trailing_time(lines[end + 1:], draft.meta)
    if "title" not in draft.meta:
        # No header above the body: the first title-shaped line anywhere, else the
        # loader reports "no title".
        for ln in lines[:start] + lines[end + 1:]:
            if _heading_like(ln.text):
                draft.meta["title"] = ln.text
                break
    return draft


def _unwrap(raw: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text (wire copy cut at ~72 columns) back into
    one line per paragraph; a scrape with one line per paragraph is returned as is."""
    lengths = sorted(len(ln) for ln in raw if len(ln.split()) >= 6)
    if len(lengths) < 6:
        return raw
    width = lengths[int(len(lengths) * 0.9)]  # the wrap column
    full = [n for n in lengths if width - 15 <= n <= width]
    if width > 100 or len(full) < 0.6 * len(lengths):
        return raw
    out: list[str] = []
    wrapped = False  # the previous line was cut at the wrap column
    for line in raw:
        text = line.strip()
        if wrapped and text and not _bullet(text) and not _IMAGE_NAME.match(text) \
                and not is_furniture(text) \
                and not (_ends_sentence(out[-1]) and _words(text) < 6):  # a line of its own
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(line)
        wrapped = bool(text) and len(line) >= width - 15
    return out


def _body_span(lines: list[_Line]) -> tuple[int, int]:
    """Indices (inclusive) of the first and last prose line of the heaviest cluster."""
    prose = [i for i, ln in enumerate(lines) if is_prose(ln.text)]
    if not prose:
        return len(lines), len(lines) - 1  # no body: everything is header
    clusters: list[tuple[int, int, int]] = []  # (weight, start, end)
    c_start = c_end = prose[0]
    weight = _words(lines[prose[0]].text)
    for i in prose[1:]:
        if i - c_end - 1 <= _MAX_GAP:
            c_end = i
            weight += _words(lines[i].text)
        else:
            clusters.append((weight, c_start, c_end))
            c_start = c_end = i
            weight = _words(lines[i].text)
    clusters.append((weight, c_start, c_end))
    best = max(clusters, key=lambda c: (c[0], -c[1]))
    return best[1], best[2]


_Item = tuple[str, str, Any]  # (kind, text, payload)


def _header_items(above: list[_Line]) -> list[_Item]:
    """Classify the lines above the body, nearest first, up to a menu or the page top;
    returned top of the page first."""
    items: list[_Item] = []
    k = len(above) - 1
    seen = 0
    while k >= 0 and seen < _HEADER_SPAN:
        text = above[k].text
        seen += 1
        prev = above[k - 1].text if k > 0 else ""
        bullet = _bullet(text)
        body = bullet.group("text") if bullet else text
        has_candidate = any(kind == "candidate" for kind, _, _ in items)
        if _IMAGE_NAME.match(prev) and not _IMAGE_NAME.match(text) and not is_furniture(text):
            items.append(("image", prev, text))  # "file.jpg" then its caption
            k -= 2
            continue
        if _IMAGE_NAME.match(text):
            items.append(("image", text, None))
        elif (found := _date_line(body)) is not None:
            items.append(("date", body, found))
        elif is_furniture(text) or is_furniture(body):
            pass
        elif bullet:
            section = _FROM_SECTION.match(body)
            if section:
                items.append(("section", body, section.group("section")))
            elif has_candidate:
                break  # a menu above the title: the header ends here
            elif _words(body) >= 8:
                items.append(("subtitle", body, None))  # "- الجيل الذي ..." under a title
        elif (byline := parse_byline(text)) is not None:
            items.append(("byline", text, byline))
        elif parse_dateline(text) is not None or is_city(text):
            items.append(("dateline", text, None))
        elif _heading_like(text):
            items.append(("candidate", text, None))
        k -= 1
    items.reverse()
    return items


def _header(items: list[_Item], draft: Draft) -> None:
    """Fill the draft's metadata and lead image from the classified header lines."""
    meta = draft.meta
    title_at = next((i for i, it in enumerate(items) if it[0] == "candidate"), None)
    if title_at is None:
        # "بيروت: انفجار في المرفأ" looks like a byline, "غزة - قصف" like a dateline;
        # with nothing else above the body, such a line is the title.
        title_at = next((i for i, it in enumerate(items) if it[0] in ("byline", "dateline")),
                        None)
    extras: list[str] = []
    if title_at is not None:
        extras = _title([it[1] for it in items[title_at:] if it[0] == "candidate"]
                        or [items[title_at][1]], meta)
    for i, (kind, text, payload) in enumerate(items):
        if i == title_at:
            continue
        if kind in ("subtitle", "byline", "dateline") and title_at is not None and i < title_at:
            continue  # these belong under the headline; above it they are page chrome
        if kind == "image" and draft.lead is None:
            draft.lead = Figure(Image(text), (Span(payload),) if payload else ())
        elif kind == "date":
            date_meta(payload, meta)
            place = re.match(r"^([^\d\s،,]+(?: [^\d\s،,]+)?)\s+\d", text)
            if place and is_city(place.group(1)):
                meta.setdefault("_date_city", place.group(1))
        elif kind == "section":
            meta.setdefault("section", payload)
        elif kind == "subtitle":
            meta.setdefault("subtitle", text)
        elif kind == "byline":
            byline_meta(payload, meta)
        elif kind == "dateline":
            meta.setdefault("dateline", text)
    for extra in extras:
        if "authors" not in meta and looks_like_name(extra) and _words(extra) <= 5:
            meta["authors"] = [extra]
        elif "subtitle" not in meta and _words(extra) >= 4:
            meta["subtitle"] = extra
    city = meta.pop("_date_city", None)
    if city and "dateline" not in meta:
        meta["dateline"] = city
    if "timezone" not in meta and "published" in meta and "dateline" in meta:
        zone = zone_for_place(str(meta["dateline"]))
        if zone and not re.search(r"[+-]\d\d:\d\d$", str(meta["published"])):
            meta["timezone"] = zone


def _date_line(text: str) -> FoundDate | None:
    """The date of a short line that is mostly a date ("2021.06.26 | 14:30 دمشق")."""
    if _words(text) > 16 or is_prose(text):
        return None
    return find_date(text)


def _title(candidates: list[str], meta: dict[str, Any]) -> list[str]:
    """Set the title from title-shaped lines (top of the page first); return the line
    right below it, which is a byline (a bare name) or the subtitle."""
    ordered = list(candidates)
    # A one- or two-word label above a longer line is a section name, not the title.
    while len(ordered) > 1 and _words(ordered[0]) <= 2 < _words(ordered[1]):
        meta.setdefault("section", ordered.pop(0))
    title = ordered[0]
    m = _SECTION_PREFIX.match(title)
    if m:  # "عام / أمطار على ..." (a wire service's section / headline)
        meta.setdefault("section", m.group("section"))
        title = m.group("title")
    meta["title"] = title
    return ordered[1:2]


def _body(lines: list[_Line], draft: Draft) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_furniture(text):
            i += 1
            continue
        if _IMAGE_NAME.match(text):
            caption: Inline = ()
            if nxt and not _IMAGE_NAME.match(nxt) and not is_furniture(nxt) \
                    and _words(nxt) <= 30 and not nxt.endswith("."):
                caption = (Span(nxt),)
                i += 1
            blocks.append(Figure(Image(text), caption))
            i += 1
            continue
        if _bullet(text):
            run: list[re.Match[str]] = []
            while i < len(lines) and (m := _bullet(lines[i].text)) is not None:
                run.append(m)
                i += 1
            items = [m.group("text") for m in run if not is_furniture(m.group("text"))]
            # A menu is a run of one- to three-word links; a list says something.
            if items and sum(_words(t) for t in items) / len(items) > 3:
                blocks.append(ListBlock(tuple((Span(t),) for t in items),
                                        ordered=run[0].group("o") is not None))
            continue
        # A short line between two paragraphs is a subheading (a longer one is more
        # likely a photo caption, which stays a paragraph).
        if (not is_prose(text) and 2 <= _words(text) <= 8 and not _ends_sentence(text)
                and blocks and isinstance(blocks[-1], Paragraph)
                and is_prose(_next_text(lines, i + 1))):
            blocks.append(Heading(2, (Span(text),)))
        else:
            blocks.append(Paragraph((Span(text),)))
        i += 1
    blocks = drop_trailing_disclaimers(blocks)
    return lead_dateline(blocks, draft.meta)


def _next_text(lines: list[_Line], start: int) -> str:
    """The first line from ``start`` on that is not furniture ("" if none)."""
    return next((lines[k].text for k in range(start, len(lines))
                 if not is_furniture(lines[k].text)), "")


def _trailing_time(below: list[_Line], meta: dict[str, Any]) -> None:
    """A wire item ends with its time ("11:20 ت م", Mecca time): complete a date-only
    ``published`` with it."""
    published = meta.get("published")
    if not isinstance(published, str) or "T" in published:
        return
    for ln in below[:4]:
        hm = time_only(ln.text)
        if hm and MECCA_TIME.search(ln.text):
            meta["published"] = f"{published}T{hm[0]:02d}:{hm[1]:02d}"
            meta["timezone"] = "Asia/Riyadh"
            return
