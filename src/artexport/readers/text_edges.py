"""The edges of a scrape's article text: lines the line model left out just above its
first line or just below its last (their stop words a little short, or a subheading
between, a photo gallery's captions), or between its paragraphs (a live blog's entry
times), which are the text all the same (:func:`~artexport.readers.lines.classify`
calls these after it)."""

from __future__ import annotations

import collections
import itertools
import re

from .dates import time_only
from .furniture import COMMENTS, COUNTER, related_end
from .page_text import STATEMENT_END, Line, ends_sentence
from .stopwords import stop_word_density

__all__ = ["PROSE_WORDS", "SUBHEAD_WORDS", "after_the_model", "entry_times",
           "gallery_captions", "prose_after_the_text", "prose_before_the_text",
           "text_after_inline_box"]

PROSE_WORDS = 12  # a sentence this long right after the text's last line goes on with it
SUBHEAD_WORDS = 5  # ... and a line this short above it, closing a related box, heads it
STOPWORDS_SENTENCE = 0.22  # stop words of a long line ending in a full stop above the text


def prose_after_the_text(seq: list[Line]) -> None:
    """A long sentence right after an article line, with ads and related links below it,
    is the text going on: the model left out an article's last paragraphs when their
    stop words fell just short (Masrawy: "وينصح الخبراء بمراجعة الصيانة الدورية للسيارة،
    ..." at 0.29) and the furniture after them pulled them out."""
    for k, (before, line) in enumerate(itertools.pairwise(seq)):
        if not line.article and line.furniture is None \
                and not (line.related or line.in_related or line.bullet or line.item) \
                and ends_sentence(line.body):
            if before.article and (line.words >= PROSE_WORDS or (
                    line.words >= LAST_WORDS and line.body.endswith(".")
                    and _closes_the_text(seq[k + 2:k + 3]))):
                line.article = True
            elif k > 0 and seq[k - 1].article and _subheading(before) and \
                    line.words >= PROSE_WORDS and line.body.endswith(".") and \
                    _names_listed(line.body):
                # under a subheading of its own: a match report's "التشكيل" and its
                # lineups ("الهلال: بونو – كانسيلو، ...", names only: dropped as a list)
                before.article = line.article = True


BOX_END_WORDS = 8  # a sentence this long ends a box of links (lines.py's rule too)
INLINE_LINKS = 3   # links in a box set inside the text, at most


def after_the_model(lines: list[Line]) -> None:
    """The rules that mend the model's decisions on the whole page, after it: a live
    blog's entry times, a gallery's captions, the text's last sentence under a box of
    links set inside it."""
    entry_times(lines)
    gallery_captions(lines)
    text_after_inline_box(lines)


def text_after_inline_box(lines: list[Line]) -> None:
    """A sentence right after a box of links set inside the text, the box right after an
    article line: its heading leads in ("همچنین بخوانید:", "Read more:") or its own line
    closes it ("End of Related stories"). The text goes on under such a box: its last
    paragraph, short and light, was left out there as a run of its own (Radio Farda,
    BBC)."""
    seq = [ln for ln in lines if ln.furniture is None or ln.related or ln.in_related
           or related_end(ln.body)]
    for k, line in enumerate(seq):
        if line.article or line.furniture is not None or line.words < BOX_END_WORDS \
                or line.related or line.in_related or line.bullet \
                or not ends_sentence(line.body, STATEMENT_END):
            continue
        j = k - 1
        closed = related_end(seq[j].body)  # (all above it, up to its heading, is the box's)
        while j >= 0 and not seq[j].related and (closed or seq[j].in_related) \
                and k - 1 - j <= INLINE_LINKS:
            j -= 1
        if 0 < j < k - 1 and seq[j].related and seq[j - 1].article \
                and (closed or seq[j].body.endswith(":")):
            line.article, line.reason = True, None


def prose_before_the_text(seq: list[Line], stops: frozenset[str]) -> None:
    """A sentence right above the text's prose, its stop words a little short, opens
    it: a wire lead full of names and figures ("أقر مجلس الوزراء في جلسته الاعتيادية،
    أمس الإثنين، جدولا جديدا لرواتب المتقاعدين ..." at 0.29) was dropped as a list of
    names."""
    for k in range(len(seq) - 2, -1, -1):
        line, after = seq[k], seq[k + 1]
        if not line.article and line.klass == "bad" and not line.barrier \
                and after.article and after.klass in ("good", "neargood") \
                and line.furniture is None and line.words >= PROSE_WORDS \
                and not (line.related or line.in_related or line.bullet or line.item) \
                and line.body.endswith(".") \
                and stop_word_density(line.body, stops) >= STOPWORDS_SENTENCE:
            line.article = True


def _names_listed(body: str) -> bool:
    """A sentence that lists names ("الهلال: بونو – كانسيلو، كوليبالي، ..."): many parts
    between commas and dashes, no figures (not a teaser, not a box of prices)."""
    parts = [p for p in re.split(r"[،,–-]", body) if p.strip()]
    return len(parts) >= _LISTED_NAMES and not any(ch.isdigit() for ch in body) \
        and len(body.split()) <= 3 * len(parts)


_LISTED_NAMES = 6  # parts of a line of names, a team's eleven or a cast


def _subheading(line: Line) -> bool:
    return not line.article and line.furniture is None and not line.bullet \
        and not (line.related or line.in_related) and 1 <= line.words <= SUBHEAD_WORDS \
        and not ends_sentence(line.body) and not line.body.endswith(":")


LAST_WORDS = 3  # ... and one this long when the source or the tags come next


def _closes_the_text(after: list[Line]) -> bool:
    """Whether the line after a short sentence ("التفاصيل تعلن لاحقاً.") closes the
    article: its source ("المصدر: ...") or a tag (a word or two, no sentence)."""
    if not after:
        return False
    body = after[0].body
    return bool(_SOURCE_LINE.match(body)) or (
        after[0].words <= 2 and not ends_sentence(body) and not after[0].bullet)


_SOURCE_LINE = re.compile(r"(?:المصدر|مصدر|منبع|ماخذ|Source)\s*[:：-]", re.I)


ENTRY_TIMES = 3  # lone times between a live blog's paragraphs, at least
ENTRY_STAMP_WORDS = 8  # a live blog entry's date and time alone: "07 ديسمبر 2026 01:30 م"


def _entry_stamp(line: Line) -> bool:
    """A time alone ("01:30 م": furniture by rule), or a date with its time alone and
    no sentence ("07 ديسمبر 2026 01:30 م"), or an entry's relative time ("منذ 5 دقائق":
    :func:`.page_text.mark_relative_entries`)."""
    if line.entry:
        return True
    if line.furniture == COUNTER:
        return time_only(line.body) is not None
    found = line.date if line.furniture is None and not line.bullet else None
    return found is not None and found.hour is not None \
        and line.words <= ENTRY_STAMP_WORDS and not ends_sentence(line.body)


def _text_above(lines: list[Line], k: int) -> bool:
    """The line above ``k`` is the article's, furniture other than a time aside (the
    entry's own "Updated at 15.20 GMT" under its text)."""
    j = k - 1
    while j >= 0 and lines[j].furniture is not None and time_only(lines[j].body) is None \
            and not lines[j].barrier:
        j -= 1
    return j >= 0 and lines[j].article


UNTIMED_TEXT = 2  # paragraphs of the text above the first lone time, for comments under it


def _comments_under_times(lines: list[Line], times: list[Line], marked: list[int]) -> bool:
    """Lone times that follow the text rather than time it: readers' comments, each
    under its time ("10:42", "11:07", "13:30": in the order they were posted), after
    paragraphs of the text with no time and set apart from them by a line that is not
    its sentence (a live blog's entries start at its top, newest first, or right under
    its summary). They were kept as the text's entries, as headings."""
    clocks = [c for ln in times if (c := time_only(ln.body)) is not None]
    untimed = sum(1 for k in marked if k < times[0].index)
    above = lines[times[0].index - 1]  # (set apart from the text: "آراء القراء", a form)
    return len(clocks) == len(times) and untimed >= UNTIMED_TEXT \
        and not (above.article and ends_sentence(above.body)) \
        and all(a < b for a, b in itertools.pairwise(clocks))


def _shape(text: str) -> str:
    """A line's shape: its words as "0" (with a digit) or "a", its signs as they are."""
    return " ".join("0" if any(c.isdigit() for c in w) else "a" if any(c.isalpha() for c in w)
                    else w for w in text.split())


ENTRY_TITLE_WORDS = 12  # an entry's title between its time and its news, at most


def _relative_entries(lines: list[Line]) -> None:
    """A live blog's entries stamped how long ago (``entry``: found by their shape,
    :func:`.page_text.mark_relative_entries`) are the text, stamp and sentences, however
    short (the model kept the first entry's alone)."""
    stamps = [ln.index for ln in lines if ln.entry]
    for n, k in enumerate(stamps):
        end = stamps[n + 1] if n + 1 < len(stamps) else k + 2  # (the last: its first line)
        for ln in lines[k:end]:
            if ln.index == k or (ln.furniture is None and ends_sentence(ln.body)):
                ln.furniture, ln.reason, ln.article = None, None, True


def _news_below(lines: list[Line], k: int) -> bool:
    """The news of an entry under its time ``lines[k]``: a sentence of the text, right
    under it or under the entry's title ("10:42", "إجلاء مئات الأسر", then the news)."""
    below = lines[k + 1]
    if below.article and ends_sentence(below.body):
        return True
    return k + 2 < len(lines) and 2 <= below.words <= ENTRY_TITLE_WORDS \
        and below.furniture is None and not ends_sentence(below.body) \
        and not _entry_stamp(below) and lines[k + 2].article \
        and ends_sentence(lines[k + 2].body)


def entry_times(lines: list[Line]) -> None:
    """A live blog's entries, each under its time alone ("01:30 م", or with its date
    "07 ديسمبر 2026 01:30 م", then the news): a lone time is furniture by rule (a clock,
    a teaser's time), and a date line the page's date, but ENTRY_TIMES or more of them
    between the article's paragraphs, each over a sentence of it, are its entries'
    times, which a listener needs to follow the story (Elwatan's coverage "لحظة بلحظة"
    lost them all; with dates, the first entry's news became the headline, its time
    the page's). The first may stand right above the first paragraph the model kept,
    under the coverage's opening sentence, which is the text's too."""
    _relative_entries(lines)
    marked = [ln.index for ln in lines if ln.article]
    if not marked:
        return
    times = [ln for ln in lines[max(marked[0] - 1, 0):marked[-1]]
             if _entry_stamp(ln) and (ln.index < marked[0] or _text_above(lines, ln.index))
             and _news_below(lines, ln.index)]
    # dated times are the entries' when they share one shape: the page's own date line
    # above the text ("الإثنين 07 ديسمبر 2026 | 08:10 صباحًا") is written otherwise
    dated = [ln for ln in times if ln.furniture is None]
    shape, count = collections.Counter(_shape(ln.body) for ln in dated).most_common(1)[0] \
        if dated else ("", 0)
    times = [ln for ln in times if ln.furniture is not None or ln.entry
             or (count >= ENTRY_TIMES and _shape(ln.body) == shape)]
    if len(times) < ENTRY_TIMES:
        return
    if _comments_under_times(lines, times, marked):
        for ln in lines[times[0].index:marked[-1] + 1]:
            ln.article, ln.reason = False, ln.reason or COMMENTS
        return
    for ln in times:
        ln.furniture, ln.reason, ln.article, ln.entry = None, None, True, True
        title = lines[ln.index + 1]
        if not ends_sentence(title.body):  # (its title, over the news)
            title.furniture, title.reason, title.article = None, None, True
    intro = lines[times[0].index - 1] if times[0].index > 0 else None
    if intro is not None and not intro.article and intro.furniture is None \
            and not (intro.related or intro.in_related or intro.bullet) \
            and intro.words >= PROSE_WORDS and ends_sentence(intro.body):
        intro.article, intro.reason = True, None


_SLIDE = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")  # a gallery's "2 / 4"
CAPTION_MAX_WORDS = 40


def gallery_captions(lines: list[Line]) -> None:
    """A photo gallery right above or below the text, each photo's number over its
    caption ("1 / 4", "طائرات فرسان الإمارات فوق برج خليفة", "2 / 4", ...): the captions
    are the story's own (on a gallery page, most of it), the numbers furniture. The
    numbers must run 1 to n, each over one caption of a sentence's length at most."""
    marked = [ln.index for ln in lines if ln.article]
    if not marked:
        return
    k = 0
    while k < len(lines):
        m = _SLIDE.match(lines[k].body)
        if m is None or m.group(1) != "1":
            k += 1
            continue
        total, end, pairs = int(m.group(2)), k, []
        for n in range(1, total + 1):
            slide = _SLIDE.match(lines[end].body) if end + 1 < len(lines) else None
            caption = lines[end + 1] if slide else None
            if slide is None or caption is None or int(slide.group(1)) != n \
                    or int(slide.group(2)) != total or caption.words > CAPTION_MAX_WORDS \
                    or _SLIDE.match(caption.body) or caption.furniture is not None:
                break
            pairs.append((lines[end], caption))
            end += 2
        # (touching the text: its first line under the gallery or among its captions,
        # or its last line right above the gallery)
        if len(pairs) == total >= 2 and (k <= marked[0] <= end or k == marked[-1] + 1):
            for number, caption in pairs:
                number.article, number.furniture, number.reason = False, COUNTER, COUNTER
                caption.article, caption.reason, caption.caption = True, None, True
        k = max(end, k + 1)
