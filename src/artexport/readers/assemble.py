"""From classified lines to a draft: the header above the article, the body, and the
list of what was left out.

Used by the raw-scrape reader (``.txt``) and by news records (JSON ``content``): both
are lines of page text, classified by :mod:`.lines`.

* The **header** is read upwards from the first article line: the title, the date/time/place
  line, the lead image (a line that is only a file name) and its caption, the dateline, the
  byline and a subtitle. Title-shaped and metadata lines at the very top of the article (the
  model may count a long headline as text) are peeled into the header first.
* The **body** is the article lines in order (:mod:`.page_body`): runs of bullets
  become lists, runs of table rows ("field: value") a list of rows, verses one paragraph
  each, a short line between paragraphs a subheading, an image name a figure.
* Every other non-empty line is **dropped with its reason**, in source order
  (``Draft.dropped``): nothing is left out in silence. With ``keep_all`` every line that
  is not read into the header is kept as body text instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Dropped, Figure, Inline, Span
from .base import Draft
from .headline import (
    TITLE_WORDS,
    HeaderItem,
    headline_at,
    opinion_label,
    past_captions,
    site_title,
    without_glued_byline,
)
from .lines import LABEL, Line, article_span
from .news import (
    CAPTION_LABEL,
    Byline,
    FoundDate,
    agency_after_date,
    agency_credit,
    byline_meta,
    byline_without_name,
    date_meta,
    dateline_zone,
    fold,
    hijri_date,
    is_city,
    is_time_stamp,
    looks_like_name,
    parse_byline,
    parse_dateline,
    related_heading,
    role_line,
    titled_name,
)
from .page_body import caption_shaped, captions_above, credited_caption, page_body
from .page_repeats import (
    site_names,
    unsited,
    unsited_dateline,
    without_author_box,
    without_repeats,
    without_source,
    writer_box_above,
)
from .page_stamps import (
    stamp_author,
    time_under_date,
    trailing_tags,
    trailing_time,
    unlabelled_tags,
)
from .page_text import ends_sentence, has_subheadings, image_of, words

HEADER_SPAN = 14      # lines above the article searched for title, date, image, byline
SLOGAN_WORDS = 4      # a site's slogan above the headline is at most this long
MENU_WORDS = 3        # a bulleted line this short above the title is a menu item
PEEL_MAX = 6          # lines at the top of the article that may still be header
STANDFIRST_WORDS = 15  # a standfirst over a date alone, with no writer, is a sentence this long
SECTION_PREFIX = re.compile(
    r"^(?P<section>[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?) / (?P<title>.{8,})$")

NOT_A_NAME = "byline without a name"
SITE_TITLE = "page title"  # "Section - Site name", the page's <title>
ABOVE = "above the article"
BELOW = "below the article"


def heading_like(text: str) -> bool:
    """A line that could be a headline: up to 40 words, no sentence-final period (Urdu's
    "۔" too)."""
    n = words(text)
    return 1 <= n <= 40 and not (n > 15 and text.rstrip().endswith(_FULL_STOPS))


_FULL_STOPS = (".", "۔")


@dataclass
class Page:
    """The classified lines of one source and what has been made of them."""

    lines: list[Line]
    draft: Draft
    keep_all: bool = False
    used: set[int] = field(default_factory=set)   # lines read into header or body
    labels: frozenset[str] = frozenset()          # menu items: never author names
    # lines printed twice in a row (a photo's caption and its label): never author names
    repeated: frozenset[str] = frozenset()

    def use(self, *indices: int) -> None:
        self.used.update(indices)


def assemble(page: Page, *, title_known: bool = False) -> None:
    """Fill ``page.draft`` (meta, lead, blocks, dropped) from classified lines."""
    lines = page.lines
    page.labels = frozenset(fold(ln.body) for ln in lines if ln.bullet and ln.words <= 4) \
        | site_names(lines)
    page.repeated = frozenset(fold(a.body) for a, b in itertools.pairwise(lines)
                              if fold(a.body) == fold(b.body))
    span = article_span(lines)
    if span is None:
        span = _fallback_span(lines, title_known)
    if span is None:
        _record_dropped(page)
        return
    start, end = span
    while start > 1 and fold(lines[start - 1].body) in page.repeated \
            and fold(lines[start - 2].body) == fold(lines[start - 1].body) \
            and caption_shaped(lines[start - 1].body) and _title_above(page, start - 2):
        # a photo's caption printed twice (under the photo and in its label) right above
        # the text, the headline further up: the caption is the body's, read once
        start -= 2
        for line in lines[start:start + 2]:
            line.article, line.reason = True, None
    start = captions_above(lines, start, lambda k: _title_above(page, k))
    start = writer_box_above(lines, start, page.draft.meta)
    has_title = title_known or _title_above(page, start)
    start = _peel(page, start, end, has_title)
    _header(page, _header_items(page, start), title_known=title_known)
    body = [ln for ln in lines[start:end + 1] if ln.index not in page.used
            and (ln.article or page.keep_all)]
    if page.keep_all:  # every line, wherever it stands, but what the header took
        body = [ln for ln in lines if ln.index not in page.used]
    else:
        body = without_author_box(without_repeats(body, str(page.draft.meta.get("title")
                                                                 or "")), page.draft.meta)
        body = without_source(unlabelled_tags(body, page.draft.meta))
    page.draft.blocks = page_body(page, body)
    page.use(*trailing_time(lines[end + 1:], page.draft.meta))
    page.use(*trailing_tags(lines[end + 1:], page.draft.meta, page.used))
    if "title" not in page.draft.meta:
        # No header above the body: the first title-shaped line left out.
        for ln in lines:
            if ln.index not in page.used and ln.furniture is None and heading_like(ln.body) \
                    and words(ln.body) >= 2 and not ln.article:
                page.draft.meta["title"] = ln.body
                page.use(ln.index)
                break
    _record_dropped(page)


# a photo's caption, not a standfirst: "... - أرشيفية", "(صورة تعبيرية)", Reuters' "Item 1 of 2"
# (". أرشيفية" at its end, "صورة أرشيفية لـ..." at its start, DW's credit "صورة من: ...")
_PHOTO_CAPTION = re.compile(r"[-–(.]\s*(?:صورة\s+)?(?:أرشيفية|ارشيفية|أرشيف|تعبيرية|توضيحية)"
                            r"\)?\s*$|^item \d+ of \d+\b|^صورة\s+(?:أرشيفية|ارشيفية|تعبيرية|"
                            r"توضيحية)\b|^صورة من\s*:", re.I)
CAPTION_WORDS = 25  # a photo's caption at the top of the text, at most


def _fallback_span(lines: list[Line], title_known: bool) -> tuple[int, int] | None:
    """Nothing reads like running text (a one-line brief): every line that is neither
    furniture nor a menu item is article text (the first is the title unless known)."""
    plain = [ln for ln in lines if ln.furniture is None and not ln.related
             and not ln.in_related and not (ln.bullet and ln.words <= 3)]
    if len(plain) < (1 if title_known else 2):
        return None
    for ln in plain:
        ln.article, ln.reason = True, None
    return plain[0].index, plain[-1].index


# ---- the header ---------------------------------------------------------------------

_Item = HeaderItem


def _title_above(page: Page, start: int) -> bool:
    """A headline candidate above ``start``: a line of a headline's length (a section
    label "عام" or a page title "Section - Site" is none), and, when the text opens
    with a line of a headline's length itself, more than a site's slogan ("لماذا وإلى
    أين ؟": a few words, with no byline or date under them)."""
    first = page.lines[start]
    items = _header_items(page, start)
    above = [(i, text) for i, (kind, _, text, _) in enumerate(items) if kind == "candidate"
             and not site_title(text, {fold(first.body)}) and words(text) >= TITLE_WORDS]
    if not above:
        return False
    opens_with_headline = not first.bullet and heading_like(first.body) \
        and not ends_sentence(first.body) and SLOGAN_WORDS < words(first.body) <= 20
    return not opens_with_headline or any(
        words(text) > SLOGAN_WORDS
        or any(kind in ("date", "byline") for kind, *_ in items[i + 1:i + 2])
        for i, text in above)


def _peel(page: Page, start: int, end: int, has_title: bool) -> int:
    """The first line of the body: header-shaped lines at the top of the article
    (a headline the model counted as text, then date, image, byline, dateline) are
    moved above it."""
    lines = page.lines
    k, peeled, labels = start, 0, 0
    standfirst_at = -1  # a standfirst peeled over the writer's bare name
    while k <= end and peeled < PEEL_MAX:
        ln = lines[k]
        if ln.furniture is not None or not ln.article:
            k += 1
            continue
        text = ln.body
        rest = [x for x in lines[k + 1:end + 1] if x.article]
        if ln.row or not rest:
            break
        if byline_without_name(text, labels=page.labels):
            ln.article, ln.reason = False, NOT_A_NAME  # "By حیرت انگیز": left out
            k += 1
            continue
        byline_below = parse_byline(rest[0].body, labels=page.labels) is not None
        # (a standfirst may end in a full stop, over a byline and a date)
        signed = words(text) <= 40 and (
            (len(rest) > 1 and rest[1].date is not None
             and (byline_below or _bare_name(page, rest[0].body)))
            or (peeled - labels <= 2 and words(text) >= STANDFIRST_WORDS
                and rest[0].date is not None and rest[0].words <= 8
                and not ends_sentence(rest[0].body)))  # (Tasnim: no writer)
        # (a standfirst right under the headline, over the writer's bare name: Annahar's)
        writer_below = peeled - labels <= 2 and STANDFIRST_WORDS <= words(text) <= 40 \
            and len(rest) > 1 and rest[0].index == k + 1 and _bare_name(page, rest[0].body) \
            and not text.endswith(":") \
            and not has_subheadings(rest[1:])
        if writer_below:
            standfirst_at = k
        if has_title and peeled - labels <= 2 and words(text) >= TITLE_WORDS \
                and ((heading_like(text) and not ends_sentence(text)) or signed
                     or writer_below) and (
                    rest[0].date is not None or parse_dateline(rest[0].body) is not None
                    or byline_below or writer_below
                    or (len(rest) > 1 and rest[1].date is not None
                        and (_bare_name(page, rest[0].body)
                             or STANDFIRST_WORDS <= words(rest[0].body) <= 40))):
            # a headline (or the subtitle under it) right above its byline or date,
            # whatever stands higher up (a section's label and a kicker, say)
            k += 1
            peeled += 1
            continue
        if not has_title and ln.date is not None and not ln.bullet:
            k += 1  # a date line above the headline: header, and no headline
            peeled += 1
            continue
        if not has_title and words(text) <= 2 and not rest[0].bullet and any(
                heading_like(r.body) and words(r.body) >= TITLE_WORDS
                and not ends_sentence(r.body) for r in rest[:2]):
            k += 1  # a section's label ("دولي", "UK weather", "Live") above the headline
            peeled += 1
            labels += 1
            continue
        if not has_title:
            if ln.bullet or not heading_like(text) or text.endswith(_FULL_STOPS) \
                    or (text.endswith(":") and rest[0].bullet):
                break
            if site_title(text, {fold(rest[0].body)}) and heading_like(rest[0].body) \
                    and not rest[0].bullet and len(rest) > 1:
                ln.reason = SITE_TITLE  # "Section - Site name" above the headline
            else:
                has_title = True
        elif not (ln.is_image or (ln.date is not None and not credited_caption(ln))
                  or (ln.bullet and ln.words >= 8 and peeled and not rest[0].bullet)
                  or parse_byline(text, labels=page.labels) is not None
                  or parse_dateline(text) is not None or is_city(text)
                  or (k > 0 and lines[k - 1].is_image and caption_shaped(text))
                  or (_PHOTO_CAPTION.search(text) and words(text) <= CAPTION_WORDS)
                  or _hijri_line(text) is not None
                  or ((_prev_header_name(page, k) or k - 1 == standfirst_at)
                      and _bare_name(page, text))
                  or (rest[0].date is not None and _bare_name(page, text))):
            break
        k += 1
        peeled += 1
    return k


def _hijri_line(text: str) -> str | None:
    """The Hijri date of a line that is that date alone ("21 صفر 1446 هـ", a weekday
    before it), else None: "صدر القرار في 5 رجب 1445هـ." is a sentence."""
    hijri = hijri_date(text, solar=False)  # (a Solar date line is the page's date)
    if hijri is None or words(text) > HIJRI_WORDS or ends_sentence(text):
        return None
    rest = [w for w in text.split() if not any(ch.isdigit() for ch in w)
            and fold(w) not in _HIJRI_LINE_WORDS]
    # (a place before it, as a wire line writes it: "مكة المكرمة 21 صفر 1446 هـ")
    return hijri if not rest or is_city(" ".join(rest)) else None


HIJRI_WORDS = 6  # a day, a month of two words, a year, its mark and a weekday
_HIJRI_LINE_WORDS = frozenset(fold(w) for w in (
    "هـ", "ه", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
    "الخميس", "الجمعة", "السبت", "محرم", "صفر", "ربيع", "الأول", "الاول", "الثاني", "الآخر",
    "الاخر", "جمادى", "جمادي", "الأولى", "الاولى", "الآخرة", "الاخرة", "رجب", "شعبان",
    "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة", "-", "|", "،"))


def _prev_header_name(page: Page, k: int) -> bool:
    """The line before ``k`` (furniture aside) is the title: a bare name may follow."""
    j = k - 1
    while j >= 0 and page.lines[j].furniture is not None:
        j -= 1
    return j >= 0 and heading_like(page.lines[j].body) and not page.lines[j].bullet


def _bare_name(page: Page, text: str) -> bool:
    # (an Arabic name opens with a given name, which never takes the article: a line
    # such as "الشرع وماكرون" under a headline is a photo's caption, not a byline)
    return words(text) <= 5 and fold(text) not in page.repeated \
        and not text.startswith("ال") and looks_like_name(text, labels=page.labels)


def _date_place(text: str, meta: dict[str, Any]) -> bool:
    """The city a date line opens with ("جدة 25 شوال ...") and the agency after the date
    ("... م واس"), kept for the dateline; whether there was a city."""
    place = re.match(r"^([^\d\s،,]+(?: [^\d\s،,]+)?)\s+\d", text)
    if not (place and is_city(place.group(1))):
        return False
    meta.setdefault("_date_city", place.group(1))
    if agency := agency_after_date(text):
        meta.setdefault("_date_agency", agency)
    return True


def _header_items(page: Page, start: int) -> list[_Item]:
    """Classify the lines above ``start``, nearest first, up to a menu or the page
    top; returned top of the page first."""
    lines = page.lines
    items: list[_Item] = []
    k = start - 1
    seen = 0
    while k >= 0 and seen < HEADER_SPAN:
        ln = lines[k]
        text, body = ln.text, ln.body
        if ln.furniture is not None:
            k -= 1
            continue
        seen += 1
        prev = lines[k - 1] if k > 0 else None
        has_candidate = any(kind == "candidate" for kind, *_ in items)
        if prev is not None and prev.is_image and not ln.is_image and ln.furniture is None \
                and not (ln.date is not None and ln.words <= 12):  # (SPA's wire line)
            items.append(("image", k - 1, prev.text, (k, body)))  # "file.jpg", caption
            k -= 2
            continue
        if ln.is_image:
            items.append(("image", k, text, None))
        elif (hijri := _hijri_line(body)) is not None:
            items.append(("hijri", k, body, hijri))
        elif (found := ln.date) is not None:
            items.append(("date", k, body, found))
        elif ln.related or ln.row:
            if has_candidate:
                break
        elif ln.in_related and not ln.bullet and (
                byline := parse_byline(text, labels=page.labels)) is not None:
            items.append(("byline", k, text, byline))  # a list runs on into the header
        elif ln.in_related:
            # (not the end of the header: a "most read" box may run on into it)
            if heading_like(body) and not ln.label:  # the headline, unless a line outside
                # the list is ("Media caption ..." is a caption)
                items.append(("teaser", k, body, None))
        elif ln.bullet:
            if has_candidate and words(body) <= MENU_WORDS:
                break  # a menu above the title: the header ends here
            if words(body) >= 8:
                items.append(("subtitle", k, body, None))  # "- الجيل الذي ..." under a title
            elif credit := agency_credit(body):  # "- أ ف ب" under the headline: the wire's
                items.append(("dateline", k, credit, None))
            # (the points of a programme's summary under its title: the header goes on)
        elif (byline := parse_byline(unsited(text, page.lines), labels=page.labels)) is not None:
            items.append(("byline", k, text, byline))
        elif prev is not None and prev.furniture is None and role_line(body, prev.body) \
                and _bare_name(page, prev.body):
            # a bare name over the writer's post ("صحافية @sara_abdullah"): the byline
            items.append(("byline", k - 1, prev.body, Byline([{"name": prev.body}])))
            k -= 2
            continue
        elif byline_without_name(text, labels=page.labels):
            ln.reason = NOT_A_NAME
        elif (dateline := parse_dateline(text)) is not None and _PHOTO_CAPTION.search(body):
            pass  # a photo's caption without its photo, "ضبط مخدرات - أرشيفية": no dateline
        elif dateline is not None or is_city(text) or agency_credit(body):  # ("وكالات")
            items.append(("dateline", k, agency_credit(body) or text, None))
        elif heading_like(body) and not related_heading(body):
            items.append(("candidate", k, body, None))
        elif words(body) <= 40 and items and (
                items[-1][0] == "byline" or (items[-1][0] == "date" and len(items) == 1)
                or (items[-1][0] == "candidate" and (len(items) == 1 or items[-2][0] == "date")
                    and _bare_name(page, items[-1][2]))):
            items.append(("subtitle", k, body, None))  # a standfirst over its byline
        k -= 1
    items.reverse()
    return items


def _header(page: Page, items: list[_Item], *, title_known: bool = False) -> None:
    """Fill the draft's metadata and lead image from the classified header lines."""
    draft, meta = page.draft, page.draft.meta
    candidates = [it for it in items if it[0] == "candidate"]
    title_at: int | None = None
    extras: list[_Item] = []
    if not title_known:
        candidates = _drop_site_titles(page, candidates)
        # A "most read" box can run on into the header: its last lines may be the
        # headline, which the headline's place (above the byline or date) tells.
        candidates = sorted(candidates + [it for it in items if it[0] == "teaser"],
                            key=lambda it: it[1])
        if candidates:
            title_at = items.index(candidates[0])
        else:
            # "بيروت: انفجار في المرفأ" looks like a byline, "غزة - قصف" like a
            # dateline; with nothing else above the body, such a line is the title.
            title_at = next((i for i, it in enumerate(items) if it[0] in ("byline", "dateline")),
                            None)
            candidates = [items[title_at]] if title_at is not None else []
        if title_at is not None:
            title_item, extras = _title(page, candidates, items)
            title_at = items.index(title_item)
    # (a date under the headline that is the page's, not only its update's)
    dated_below = title_at is not None and any(
        it[0] == "date" and isinstance(it[3], FoundDate) and not it[3].updated
        for it in items[title_at:])
    for i, (kind, k, text, payload) in enumerate(items):
        if i == title_at or (kind == "candidate" and not title_known):
            continue
        if kind in ("subtitle", "byline", "dateline") and title_at is not None and i < title_at:
            continue  # these belong under the headline; above it they are page chrome
        if kind == "date" and dated_below and title_at is not None and i < title_at:
            continue  # the masthead's day ("العدد 12987 الأحد 10 مارس"), not the article's
        if kind == "image" and draft.lead is None:
            caption: Inline = ()
            if payload is not None:
                page.use(payload[0])
                caption = (Span(payload[1]),)
            draft.lead = Figure(image_of(text), caption)
        elif kind == "date" and isinstance(payload, FoundDate):
            if "published" in meta and not payload.updated:
                if payload.hour is None or meta["published"] != payload.day.isoformat():
                    if str(meta["published"])[:10] == payload.day.isoformat() and \
                            _date_place(text, meta):
                        # a wire line under the page's date and time (SPA): its place,
                        # agency and Hijri date
                        date_meta(payload, meta, text)
                        page.use(k)
                    continue
                del meta["published"]  # the day's time on a line of its own (Al Rai)
            date_meta(payload, meta, text)
            page.use(*time_under_date(text, page.lines[k + 1:k + 2], meta))
            stamp_author(text, meta, labels=page.labels)
            _date_place(text, meta)
        elif kind == "hijri" and "published_hijri" not in meta:
            meta["published_hijri"] = payload  # "21 صفر 1446 هـ" under the day's date
        elif kind == "subtitle" and "subtitle" not in meta:
            meta["subtitle"] = text
        elif kind == "byline" and "authors" not in meta:
            byline_meta(payload, meta)
        elif kind == "byline" and payload.dateline and "dateline" not in meta:
            meta["dateline"] = payload.dateline  # "عنب بلدي – حلب" under the writer's line
        elif kind == "dateline" and "dateline" not in meta:
            meta["dateline"] = unsited_dateline(parse_dateline(text) or text, page.lines)
        elif kind == "candidate" and title_known and "subtitle" not in meta \
                and words(text) >= 4:
            meta["subtitle"] = text
        elif kind == "candidate" and title_known and "authors" not in meta \
                and _bare_name(page, text):
            meta["authors"] = [text]
        else:
            continue
        page.use(k)
    if "authors" not in meta:  # a bare name right above the date (the Guardian's, Le360's)
        # or its place ("Cairo, Egypt"); under the headline: above it, a name-like line is
        # a breadcrumb or the site's name, "همشهری آنلاین", unless under a label, "رأي"
        for n, ((kind, k, text, _), below) in enumerate(itertools.pairwise(items)):
            below = items[n + 2] if below[0] == "dateline" and n + 2 < len(items) else below
            if kind == "candidate" and below[0] == "date" and _bare_name(page, text) \
                    and k not in page.used and (title_at is None or n > title_at or (
                        k > 0 and opinion_label(page.lines[k - 1].body))):
                meta["authors"] = [text]
                page.use(k)
                break
    if "authors" not in meta and title_at:  # a column's writer, titled, over its headline
        kind, k, text, _ = items[title_at - 1]
        if kind == "candidate" and k not in page.used and titled_name(text, labels=page.labels):
            meta["authors"] = [text]
            page.use(k)
    for _kind, k, text, _ in extras:
        if k in page.used:
            continue
        if "authors" not in meta and _bare_name(page, text):
            meta["authors"] = [text]
        elif "subtitle" not in meta and words(text) >= 4 and not is_time_stamp(text) \
                and not _PHOTO_CAPTION.search(text):
            meta["subtitle"] = text
        else:
            continue
        page.use(k)
    if "authors" not in meta and len(items) > 1:  # the writer's bare name right under the
        (_, _, above, _), (kind, k, text, _) = items[-2:]  # standfirst (Annahar, Khabaronline)
        if kind == "candidate" and k not in page.used and above == meta.get("subtitle") \
                and _bare_name(page, text):
            meta["authors"] = [text]
            page.use(k)
    if fold(str(meta.get("subtitle") or "")) == fold(str(meta.get("title") or "")):
        meta.pop("subtitle", None)  # a lead caption that repeats the headline (Mosaique FM)
    city, agency = meta.pop("_date_city", None), meta.pop("_date_agency", None)
    if city and "dateline" not in meta:
        meta["dateline"] = city
    if agency and meta.get("dateline") == city:  # the place of a byline, too
        meta["dateline"] = f"{city} ({agency})"
    dateline_zone(meta)


def _drop_site_titles(page: Page, candidates: list[_Item]) -> list[_Item]:
    """Leave out a page's <title> line ("Section - Site name", "Headline | Site") when
    another headline candidate is there."""
    if len(candidates) < 2:
        return candidates
    others = {fold(c[2]) for c in candidates}
    kept = []
    for item in candidates:
        if site_title(item[2], others):
            page.lines[item[1]].reason = SITE_TITLE
            continue
        kept.append(item)
    return kept or candidates


def _title(page: Page, candidates: list[_Item],
           items: list[_Item]) -> tuple[_Item, list[_Item]]:
    """Set the title from title-shaped lines; return its item and the line right below
    it, which is a byline (a bare name) or the subtitle.

    Above a scraped article stand menus, "most read" lists and the site's own labels as
    well as its headline: the headline is the line of at least TITLE_WORDS words that
    scores best for its length, for standing right above a byline or date, and for
    nearness to the body (:func:`.headline.headline_at`). A headline right above another
    (title and subtitle) is the title."""
    meta = page.draft.meta
    ordered = list(candidates)
    best = headline_at(page.lines, ordered, items)
    if best is None:
        # no line long enough for a headline: the first one, a one- or two-word label
        # above a longer line being a section name
        while len(ordered) > 1 and words(ordered[0][2]) <= 2 < words(ordered[1][2]):
            label = ordered.pop(0)
            meta.setdefault("section", label[2])
            page.use(label[1])
        best = 0
    _kind, k, title, _ = ordered[best]
    set_title(meta, without_glued_byline(meta, title))
    page.use(k)
    # (past the headline's photo: its caption is neither the subtitle nor the writer)
    return ordered[best], past_captions(ordered[best + 1:])[:1]


def set_title(meta: dict[str, Any], title: str) -> None:
    """The title, with a wire service's "section / headline" split ("عام / أمطار ...")."""
    m = SECTION_PREFIX.match(title.strip())
    if m:
        meta.setdefault("section", m.group("section"))
        title = m.group("title")
    meta["title"] = title.strip()


def _record_dropped(page: Page) -> None:
    """Every line not read into the header or body goes to ``draft.dropped`` with its
    reason; a caption label cut from a kept line too."""
    dropped: list[Dropped] = []
    body = [ln.index for ln in page.lines if ln.index in page.used and ln.article]
    first, last = (body[0], body[-1]) if body else (len(page.lines), len(page.lines))
    for ln in page.lines:
        if ln.index in page.used:
            if ln.label:
                dropped.append(Dropped(ln.label, CAPTION_LABEL, ln.no))
            continue
        reason = ln.reason
        if reason in (None, LABEL) and not first <= ln.index <= last:
            # outside the body, the model's "label or teaser" says less than where it is
            reason = SITE_TITLE if ln.index < first and site_title(ln.body, set()) \
                else ABOVE if ln.index < first else BELOW
        dropped.append(Dropped(ln.text, reason or LABEL, ln.no))
    page.draft.dropped = dropped
