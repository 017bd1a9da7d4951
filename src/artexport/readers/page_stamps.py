"""What a scraped page prints in or under the article that is metadata, not text: its
time stamps ("Updated on: ...", "First published on ...", "Posted by NAME on DATE",
"نشر في ...", a bare date at the body's first or last lines, a wire item's closing
"11:20 ت م") and its tags ("الوسوم" and a tag per line, "Tags: a, b, c")."""

from __future__ import annotations

import re
from typing import Any

from .furniture import TAG_LABELS, label_alternation
from .lines import Line
from .news import (
    MECCA_TIME,
    STAMP_AUTHOR,
    byline_meta,
    date_meta,
    fold,
    is_time_stamp,
    looks_like_name,
    parse_byline,
    role_line,
    time_only,
)
from .page_text import date_line, dated_sentence, ends_sentence, words

STAMP_WORDS = 10   # an unlabelled date line at either end of the body at most this long
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _bare_stamp(text: str) -> bool:
    """A short line that is one date and its time, not a quoted post's signature
    ("— Digital Foundry (@digitalfoundry) November 18, 2019"), a date range or a
    sentence that gives a date ("وصدر القرار في 15 يناير 2024 بعد مداولات طويلة.",
    an article's last line, was taken for its time stamp and lost)."""
    return len(text.split()) <= STAMP_WORDS and len(_YEAR.findall(fold(text))) == 1 \
        and "@" not in text and text.lstrip()[:1] not in "-–—―" and not dated_sentence(text)


def time_stamp(line: Line, meta: dict[str, Any], at_edge: bool, *,
               labels: frozenset[str] = frozenset()) -> bool:
    """Take a date line in the body that is the page's time stamp (labelled anywhere,
    or a bare date at the body's first or last lines: "Mon 18 Nov 2019 18.54 GMT") into
    the metadata; a time stamp is no article text. A date line mid-text without a label
    (a live blog's entry, a timeline) stays."""
    found = line.date
    if found is None or line.bullet or not (
            is_time_stamp(line.body) or (at_edge and _bare_stamp(line.body))):
        return False
    if "published" not in meta or found.updated:
        date_meta(found, meta, line.body)
    stamp_author(line.body, meta, labels=labels)
    return True


def stamp_author(text: str, meta: dict[str, Any], *, labels: frozenset[str] = frozenset()) -> None:
    """The author a time stamp names: "Posted by Mara Lindqvist on March 4, 2024", "كتب:
    سارة علي | الإثنين 03 يونيو 2024" (``labels``: the page's menu items, never names)."""
    m = STAMP_AUTHOR.match(text)
    if m and "authors" not in meta and looks_like_name(m.group("name"), labels=labels):
        meta["authors"] = [m.group("name")]
    elif " | " in text and "authors" not in meta and \
            (byline := parse_byline(text, labels=labels)) is not None:
        byline_meta(byline, meta)  # "كتب: سارة علي | الإثنين 03 يونيو 2024 | 01:12 م"


# The heading of a post's tags: "الوسوم", "Tags:", "الكلمات المفتاحية", "برچسب‌ها"
_TAGS_HEADING = re.compile(
    rf"^(?:{label_alternation((*TAG_LABELS, 'برچسب'))})\s*[:：]?\s*(?P<inline>.*)$", re.I)
_TAG_SEPARATOR = re.compile(r"\s*[,،;؛|#]\s*")
TAGS_REACH = 12    # lines below the article searched for its tags
TAG_WORDS = 4      # a tag is at most this many words


def trailing_tags(below: list[Line], meta: dict[str, Any], used_lines: set[int]) -> list[int]:
    """A post's tags under its text ("الوسوم" and a tag per line, or "Tags: a, b, c"):
    ``meta["tags"]``, unless the page gave tags already (``used_lines``: lines read
    already). Returns the indices of the lines read."""
    if meta.get("tags"):
        return []
    for n, ln in enumerate(below[:TAGS_REACH]):
        m = _TAGS_HEADING.match(ln.body)
        if m is None or ln.index in used_lines:
            continue
        used = [ln.index] if m.group("inline") else []  # (the bare label stays listed)
        if m.group("inline"):
            tags = [t for t in _TAG_SEPARATOR.split(m.group("inline")) if t]
            if len(tags) < 2:
                return []  # "Tags Kristi Noem South Dakota": where one tag ends is unknown
        else:
            tags = []
            for k, item in enumerate(below[n + 1:n + 1 + TAGS_REACH], start=n + 2):
                if item.furniture is not None or item.related or words(item.body) > TAG_WORDS \
                        or ends_sentence(item.body) or (  # (the writer's box under the tags)
                            k < len(below) and role_line(below[k].body, item.body)):
                    break
                tags.append(item.body.lstrip("#"))
                used.append(item.index)
        if tags and all(words(t) <= TAG_WORDS for t in tags):
            meta["tags"] = tags
            return used
        return []
    return []


TAIL_TAG_WORDS = 3  # a tag under the text, unlabelled, at most this many words


def unlabelled_tags(body: list[Line], meta: dict[str, Any]) -> list[Line]:
    """The body without the tags a page prints under its text with no label (Al-Raya:
    "السكري", "حمد الطبية"; Elwatan: "انتخابات مجلس النواب" over a "related" box, after
    the last sentence): two lines or more of one to three words each, none a sentence,
    after a line that ends one, closing the text. They go to ``meta["tags"]`` unless
    the page gave tags already."""
    n = len(body)
    while n > 0 and body[n - 1].words <= TAIL_TAG_WORDS and not ends_sentence(body[n - 1].body) \
            and not body[n - 1].bullet and not body[n - 1].is_image:
        n -= 1
    tail = body[n:]
    if len(tail) < 2 or n == 0 or not ends_sentence(body[n - 1].body) \
            or body[n - 1].body.rstrip().endswith(":"):  # (a lead-in's list: "التالية:")
        return body
    meta.setdefault("tags", [ln.body for ln in tail])
    for ln in tail:
        ln.article, ln.reason = False, "tags"
    return body[:n]


def trailing_time(below: list[Line], meta: dict[str, Any]) -> list[int]:
    """A wire item ends with its time ("11:20 ت م", Mecca time): complete a date-only
    ``published`` with it. Returns the index of the line read, if one was."""
    published = meta.get("published")
    if not isinstance(published, str) or "T" in published:
        return []
    for ln in below[:4]:
        hm = time_only(ln.text)
        if hm and MECCA_TIME.search(ln.text):
            meta["published"] = f"{published}T{hm[0]:02d}:{hm[1]:02d}"
            meta["timezone"] = "Asia/Riyadh"
            return [ln.index]
    return []


def time_under_date(date_text: str, below: list[Line], meta: dict[str, Any]) -> list[int]:
    """A page that prints the day and, on the next line, its time alone ("07 ديسمبر 2026"
    over "03:10 ص", Al Rai): complete a date-only ``published`` with that time, read as
    the two lines together (so that "ص"/"م" and the zone count). Returns the index of
    the time's line, if it was read."""
    published = meta.get("published")
    if not below or not isinstance(published, str) or "T" in published \
            or time_only(below[0].body) is None or below[0].entry:  # (a live entry's)
        return []
    found = date_line(f"{date_text} {below[0].body}")
    if found is None or found.hour is None or found.day.isoformat() != published:
        return []
    del meta["published"]
    date_meta(found, meta, date_text)
    return [below[0].index]
