"""Line-by-line classification of page text: article or page furniture?

A raw scrape (or a news record's ``content``) is a sequence of lines; each is either
the article's own text or something around it (menus, counters, "related" lists,
comment forms, ad markers, footers). The classifier decides line by line, in three
steps, in time linear in the number of lines:

1. **Rules** (:func:`~artexport.readers.news.furniture_reason`): lines that are page
   furniture wherever they stand — share and print widgets, "Advertisement" or "إعلان"
   markers, "// انتهى //", lone numbers and times, copyright and contact footers, script
   residue. They are left out with their reason and are *transparent*: they give no
   evidence either way, so an ad marker in the middle of an article never ends it.
2. **A score per line** (log-odds "article" against "furniture"), from language-aware
   features. The base is jusText's paragraph classes (Pomikálek 2011), with its
   default thresholds: a line under 70 characters is *short* (no evidence by itself);
   a longer line is *good* (stop-word density ≥ 0.32 and ≥ 200 characters),
   *near-good* (density ≥ 0.30) or *bad*; the stop words are jusText's Arabic,
   Persian, Urdu, English and French lists (:mod:`.stopwords`). Shape then adds or
   takes away: a sentence ending, a lead that ends with ":", tashkeel (menus are never
   vowelled; verse and quotations are), a run of verse-shaped or table-row-shaped
   lines ("field: value") or of lines that open with a number or a date (a recipe's
   "2 tbsp olive oil", a tour's "June 9 – ..."), a run of headline-shaped lines (a list
   of teasers), a one-to-three-word bullet (a menu item), a bare label, a Latin label
   on an Arabic-script page, a URL. A heading that opens a list of links ("اقرأ
   أيضا", "الأكثر قراءة", "More on this story", "قصائد أخرى للشاعر") makes the lines
   after it furniture until a line of running text comes.
3. **Smoothing with context**: a two-state hidden Markov model (article, furniture)
   decoded by Viterbi, with a switch probability of 0.1 between neighbouring lines. A
   short line (a list item, a verse, a quoted line, an infobox row, a subheading)
   takes the state of the text around it; a long run of menus cannot end inside an
   article without strong evidence. The article is then the heaviest run of article
   lines, joined by the runs near it (at most 3 furniture lines apart with no "related"
   heading between, a heavy run at most 10 lines apart, or a heavy run below a "most
   read" box of any length, with no header of its own); article-like lines far
   from it (a teaser of another story) are left out as "outside the article". A
   comment form, an end marker or a page's copyright line ends a stretch of text (a
   heavy run may still follow); nothing after a rights notice or the heading of the
   readers' comments is the article's; a teaser's "32M ago" parts runs as a "related"
   heading does; headlines above a run that opens with its own byline or date are
   not its text.

Every constant is named below, with its meaning; none is tied to one page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .furniture import NEWSLETTER, TAGS
from .news import (
    COMMENTS,
    RELATED,
    comment_list_heading,
    correction_note,
    ends_page,
    is_time_stamp,
    opens_with_month_day,
    parse_byline,
)
from .page_related import BARE_TAGS_LABEL, LEAD_IN_WORDS, mark_related
from .page_text import (
    LENGTH_LOW,
    Line,
    box_items,
    date_line,
    ends_sentence,
    goes_on,
    mark_relative_entries,
    mark_stamped_teasers,
    split_lines,
    tashkeel_count,
)
from .stopwords import page_stop_words, stop_word_density
from .text_edges import (
    after_the_model,
    prose_after_the_text,
    prose_before_the_text,
)

# ---- constants of the model ---------------------------------------------------------

LENGTH_HIGH = 200        # jusText: a "good" line is at least this long
STOPWORDS_LOW = 0.30     # jusText: below this density a long line is "bad"
STOPWORDS_HIGH = 0.32    # jusText: from this density a long line is "good"/"near-good"
CLASS_SCORE = {"good": 3.0, "neargood": 1.5, "short": 0.0, "bad": -2.0}
SENTENCE_BONUS = 0.75    # a short line of four words or more that ends a sentence
LEAD_BONUS = 0.5         # a line that ends with ":" (a lead announcing a list or quote)
TASHKEEL_SHARE = 0.2     # vowel marks per Arabic letter from which a line is "vowelled"
TASHKEEL_BONUS = 1.5
RUN_MIN = 3              # lines in a run of verses or table rows
VERSE_BONUS = 1.0
ROW_BONUS = 0.75
LIST_BONUS = 1.0          # an item of a list announced by a lead ending with ":"
ITEM_BONUS = 0.75         # ... or of a run of lines that open with a number or a date
ITEM_WORDS = 25           # ... each at most this long
MENU_ITEM_PENALTY = -1.5  # a bullet of one to three words
LABEL_PENALTY = -0.75     # a line of one to three words that ends no sentence
LATIN_LABEL_PENALTY = -1.0  # a Latin label (≤ 4 words) on an Arabic-script page
URL_PENALTY = -1.5
DATE_PENALTY = -0.5       # a date line: header material, not running text
SWITCH = 0.1              # HMM: probability that the next line changes state
START_ARTICLE = 0.35      # HMM: probability that the page starts with article text
NEAR_GAP = 3              # article runs this close (furniture lines) are one article
FAR_GAP = 10              # ... and a heavy run (see HEAVY_SHARE) this close
HEAVY_SHARE = 0.2         # a run this heavy, against the main one, is "heavy"
FIRST_SHARE = 0.5         # the main run: the first this heavy against the heaviest...
HEADER_BOOST = 1.5        # ... a run with a date or byline above weighing this much more
HEADER_REACH = 8          # lines above a run searched for its date or byline
HEADER_TOP = 6            # ... and lines at the top of a run
HEAVY_MIN = 6.0           # ... across a comment form, footer or end marker
RELATED_JOIN_MIN = 1.5    # ... across a "related" box only (one near-good line is enough)

TEMPLATE_PENALTY = -0.75  # a run of lines that open with the same two words (a link list)
TEASER_PENALTY = -0.5     # a run of headline-shaped lines: teasers, in the text or after it
TEASER_WORDS = (4, 16)    # ... a headline's length in words
COMMENTS_BELOW_WORDS = 60  # a bare "2 تعليقات" below this many words of text: the comments

# Reasons for lines the model leaves out (the rules' reasons are in news.py).
MENU = "menu"
LABEL = "label or teaser"
OUTSIDE = "outside the article"
LOW_DENSITY = "link or name list"  # a long line with few stop words

# ---- line shapes --------------------------------------------------------------------

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
# "field: value", "field<TAB>value", "field | value": a table or infobox row.
_ROW = re.compile(
    r"^(?P<key>[^\s:：|][^:：|]{0,40}?)\s*(?:[:：]|\s\|\s)\s*(?P<value>\S.*)$")




# ---- scoring ------------------------------------------------------------------------

def _klass(line: Line, stops: frozenset[str]) -> str:
    """jusText's class of a line from its length and stop-word density."""
    if len(line.body) < LENGTH_LOW:
        return "short"
    density = stop_word_density(line.body, stops)
    if density >= STOPWORDS_HIGH:
        return "good" if len(line.body) >= LENGTH_HIGH else "neargood"
    return "neargood" if density >= STOPWORDS_LOW else "bad"


def _score(line: Line, rtl_page: bool) -> float:
    body, n = line.body, line.words
    if line.is_image:
        return 0.0  # a figure: it takes the state of the text around it
    score = CLASS_SCORE[line.klass]
    marks = tashkeel_count(body)
    if line.klass == "short" and n >= 4 and ends_sentence(body) and not body.endswith(":"):
        score += SENTENCE_BONUS
    if n >= 2 and body.rstrip().endswith(":"):
        score += LEAD_BONUS
    if marks >= 2 and marks >= TASHKEEL_SHARE * len(_ARABIC_LETTER.findall(body)):
        score += TASHKEEL_BONUS
    if line.bullet and n <= 3 and not ends_sentence(body, "?؟"):
        # (a short question is no menu item: an interview's "- وماذا عن الرقابة؟")
        score += MENU_ITEM_PENALTY
    elif not line.bullet and n <= 3 and not ends_sentence(body):
        score += LABEL_PENALTY
    if rtl_page and n <= 4 and not _ARABIC_LETTER.search(body) and _LATIN_LETTER.search(body):
        score += LATIN_LABEL_PENALTY
    if _URL.match(body):
        score += URL_PENALTY
    if line.date is not None:
        score += DATE_PENALTY
    return score


def _verse_shaped(line: Line) -> bool:
    return (not line.bullet and 3 <= line.words <= 14 and not line.body.endswith(".")
            and not line.is_image and line.klass != "bad" and line.date is None)


def _mark_templates(seq: list[Line]) -> list[bool]:
    """Lines in a run of at least RUN_MIN that all open with the same two words
    ("جريدة الصباح بتاريخ ...", "Full article ..."): a generated list of links."""
    heads = [" ".join(ln.body.split()[:2]) if ln.words >= 3 else None for ln in seq]
    marks = [False] * len(seq)
    i = 0
    while i < len(seq):
        j = i + 1
        while j < len(seq) and heads[i] is not None and heads[j] == heads[i]:
            j += 1
        if j - i >= RUN_MIN:
            marks[i:j] = [True] * (j - i)
        i = j
    return marks


def _row_shaped(line: Line) -> bool:
    m = _ROW.match(line.body)
    # ("Name: a whole sentence." is a line of dialogue, not a row; "نشرت في: 05/03/2025
    # - 14:22" is the page's time stamp, under the headline "تونس: إضراب ...", and
    # "2025-04-20 11:15 ص" a time)
    return m is not None and len(m.group("key").split()) <= 4 \
        and not (line.date is not None and is_time_stamp(line.body)) \
        and not (m.group("key")[-1:].isdigit() and m.group("value")[:1].isdigit()) \
        and len(m.group("value").split()) <= 15 and m.group("value")[-1] not in ".!?؟"


# a digit (Western, Arabic-Indic, Persian) or a vulgar fraction ("½", "⅓")
_ITEM_START = re.compile(r"^[\d\u0660-\u0669\u06f0-\u06f9\u00bc-\u00be\u2150-\u215e]")


def _item_shaped(line: Line) -> bool:
    """An item of a list that opens with a quantity, a rank or a date ("2 tbsp olive
    oil", "June 9 – Tampa, FL @ ...", "٣- ..."), whatever its stop words say."""
    return 2 <= line.words <= ITEM_WORDS and line.date is None and not line.is_image \
        and (bool(_ITEM_START.match(line.body)) or opens_with_month_day(line.body))


def _teaser_shaped(line: Line) -> bool:
    """A headline's shape: a few words, no sentence ending, no list mark, number or date
    at its start."""
    return TEASER_WORDS[0] <= line.words <= TEASER_WORDS[1] and not ends_sentence(line.body) \
        and not line.bullet and not line.item and not line.row and not line.verse \
        and line.date is None and not line.is_image


def _mark_teasers(seq: list[Line]) -> list[bool]:
    """Lines in a run of at least RUN_MIN headline-shaped lines (:func:`_teaser_shaped`):
    other stories' headlines more often than the article's text, which ends its
    sentences (a list that a lead announces with ":" is exempt where it is scored)."""
    return _in_runs(seq, _teaser_shaped)


def _mark_items(seq: list[Line]) -> None:
    """Mark runs of at least RUN_MIN item-shaped lines (:func:`_item_shaped`)."""
    for line, item in zip(seq, _in_runs(seq, _item_shaped), strict=True):
        line.item = item


def _in_runs(seq: list[Line], shaped: Callable[[Line], bool]) -> list[bool]:
    """For each line, whether it is in a run of at least RUN_MIN lines that are all
    ``shaped``."""
    marks = [False] * len(seq)
    i = 0
    while i < len(seq):
        j = i
        while j < len(seq) and shaped(seq[j]):
            j += 1
        if j - i >= RUN_MIN:
            marks[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return marks


def _mark_runs(seq: list[Line]) -> None:
    """Mark runs of at least RUN_MIN table rows, and of verses: verse-shaped lines of
    similar length (the longest at most twice the shortest), most of them vowelled."""
    i = 0
    while i < len(seq):
        j = i
        while j < len(seq) and _row_shaped(seq[j]):
            j += 1
        if j - i >= RUN_MIN:
            for ln in seq[i:j]:
                ln.row = True
            i = j
            continue
        j = i
        shortest = longest = 0
        while j < len(seq) and _verse_shaped(seq[j]):
            size = len(seq[j].body)
            lo, hi = min(shortest or size, size), max(longest, size)
            if hi > 2 * lo:
                break
            shortest, longest = lo, hi
            j += 1
        run = seq[i:j]
        vowelled = sum(1 for ln in run if tashkeel_count(ln.body) * 5 >= len(ln.body))
        # (unvowelled runs of this shape are as often lists of headlines: no bonus)
        if len(run) >= RUN_MIN and 2 * vowelled > len(run):
            for ln in run:
                ln.verse = True
            i = j
        else:
            i += 1


# ---- smoothing ----------------------------------------------------------------------

def _forced(line: Line) -> bool:
    """Furniture by rule, not by evidence: a "related" heading or list, a barrier."""
    return line.related or line.in_related or line.barrier


def _viterbi(seq: list[Line]) -> list[bool]:
    """The most likely article/furniture states of ``seq`` under the two-state HMM.
    Lines whose state a rule fixes (:func:`_forced`) are furniture and are left out of
    the chain: they carry no evidence, so the text on both sides of an inline "related"
    box is smoothed as one stretch."""
    chain = [k for k, line in enumerate(seq) if not _forced(line)]
    states = [False] * len(seq)
    if not chain:
        return states
    stay, switch = math.log(1 - SWITCH), math.log(SWITCH)
    back: list[tuple[bool, bool]] = []  # per chain line: best previous state for (B, A)
    score = seq[chain[0]].score / 2
    prev_b, prev_a = math.log(1 - START_ARTICLE) - score, math.log(START_ARTICLE) + score
    back.append((False, False))
    for k in chain[1:]:
        e_a = seq[k].score / 2
        b_from_b, b_from_a = prev_b + stay, prev_a + switch
        a_from_b, a_from_a = prev_b + switch, prev_a + stay
        prev_b = max(b_from_b, b_from_a) - e_a
        prev_a = max(a_from_b, a_from_a) + e_a
        back.append((b_from_a > b_from_b, a_from_a >= a_from_b))
    state = prev_a > prev_b
    for n in range(len(chain) - 1, -1, -1):
        states[chain[n]] = state
        state = back[n][1] if state else back[n][0]
    return states


def classify(lines: list[Line]) -> None:
    """Decide, for every line, whether it is article text (``line.article``), and give
    each line left out its ``reason``."""
    letters = "".join(ln.body for ln in lines[:400])[:20000]
    rtl_page = len(_ARABIC_LETTER.findall(letters)) > len(_LATIN_LETTER.findall(letters))
    seq = [ln for ln in lines if ln.furniture is None or ln.barrier or ln.related
           or (ln.furniture == TAGS and BARE_TAGS_LABEL.match(ln.body))]
    stops = page_stop_words([ln.body for ln in seq[:400] if len(ln.body) >= LENGTH_LOW])
    for line in seq:
        line.klass = "bad" if line.barrier else _klass(line, stops)
    mark_relative_entries(seq)
    _mark_runs(seq)
    _mark_items(seq)
    mark_related(seq)
    mark_stamped_teasers(seq)
    announced = False  # inside a list that a lead ending with ":" announced
    lead_in = 0  # ... and the words of that lead
    for line, templated, teaser in zip(seq, _mark_templates(seq), _mark_teasers(seq),
                                       strict=True):
        # its items: bullets, or lines of a few words that end no sentence ("June 9 --
        # Coral Sky Amphitheatre, FL"); their stop words say nothing, being items
        # (one word a bullet after a sentence: "... في المحافظات على النحو التالي:",
        # "- أربيل"; after a short label, "Follow us:", a menu)
        announced = announced and (
            (bool(line.bullet) and (line.words >= 2 or lead_in >= LEAD_IN_WORDS))
            or (3 <= line.words <= 16 and not ends_sentence(line.body)))
        line.score = _score(line, rtl_page) + (VERSE_BONUS if line.verse else 0.0) \
            + (ROW_BONUS if line.row else 0.0) + (TEMPLATE_PENALTY if templated else 0.0)
        if teaser and not announced:
            line.score += TEASER_PENALTY
        if announced:
            line.score = max(line.score, 0.0) + LIST_BONUS
        elif line.item and not templated:  # ("10 things in tech", "10 things in ...":
            line.score = max(line.score, 0.0) + ITEM_BONUS  # tags, not a list's items)
        if not line.bullet and line.body.endswith(":") and line.words >= 2:
            announced, lead_in = True, line.words
    states = _viterbi(seq)
    if not any(states):
        states = _best_stretch(seq)
    for line, state in zip(seq, states, strict=True):
        line.article = state
    prose_before_the_text(seq, stops)
    prose_after_the_text(seq)
    _end_at_comments(lines)  # (a comment count is no barrier: it is not in seq)
    _keep_main_article(seq)
    for line in lines:
        if line.furniture is not None:
            line.article = False
            line.reason = line.furniture
        elif not line.article and line.reason is None:
            line.reason = _why_not(line)
    after_the_model(lines)


STRETCH_SENTENCE_WORDS = 8  # (a stretch's sentence this long weighs as running text)
STRETCH_MIN = CLASS_SCORE["neargood"]  # a stretch at least this heavy is the text
ANNOUNCED_ITEM = 0.01  # (a list's item under its lead-in: in the stretch, barely)


def _best_stretch(seq: list[Line]) -> list[bool]:
    """When the model finds no article line (a brief of two or three paragraphs under
    200 characters each, too light to pay for two switches of state): the stretch of
    lines with the greatest total score (maximum-sum run), a sentence of several words
    weighing at least as a short sentence does, so that a quoted statement with few
    stop words stays with the text around it. Menus, tags and teasers score below
    zero and stay out. A stretch lighter than one near-good line (a page in a script
    without spaces between words, whose lines all read as "bad") is no evidence:
    nothing is kept, and the reader falls back to every plain line. The short lines a
    lead-in announces ("المكونات:", then the list) weigh a little: a recipe's list cut
    the stretch in two and its first half was lost."""
    announced = False

    def weight(line: Line) -> float:
        nonlocal announced
        if _forced(line):
            return -math.inf
        if line.words >= STRETCH_SENTENCE_WORDS and ends_sentence(line.body):
            announced = line.body.endswith(":")
            return max(line.score, SENTENCE_BONUS)
        if line.body.endswith(":"):  # a lead-in of its own
            announced = True
            return max(line.score, 0.0)
        return max(line.score, ANNOUNCED_ITEM) if announced else line.score
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for k, line in enumerate(seq):
        if total <= 0:
            total, start = 0.0, k
        total += weight(line)
        if total > best:
            best, best_span = total, (start, k)
    if best < STRETCH_MIN:
        return [False] * len(seq)
    return [best_span[0] <= k <= best_span[1] for k in range(len(seq))]


def _end_at_comments(lines: list[Line]) -> None:
    """Readers' comments below the article ("34 responses to “...”", then each
    comment: a name, a time, running text) are left out however much they read like
    an article: nothing after their heading is the article's."""
    seen_article, seen_words = False, 0
    for k, line in enumerate(lines):
        seen_article = seen_article or line.article
        seen_words += line.words if line.article else 0
        if seen_article and line.furniture == COMMENTS and comment_list_heading(
                line.body, below_text=seen_words >= COMMENTS_BELOW_WORDS):
            for later in lines[k + 1:]:
                if later.article:
                    later.article, later.reason = False, COMMENTS
            return


def _why_not(line: Line) -> str:
    if line.bullet and line.words <= 3:
        return MENU
    if line.related or line.in_related:
        return RELATED
    if line.klass == "bad":
        return LOW_DENSITY
    return LABEL


def _runs(seq: list[Line]) -> list[tuple[int, int]]:
    """(first, last) positions in ``seq`` of each run of article lines."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k, line in enumerate(seq):
        if line.article and start is None:
            start = k
        elif not line.article and start is not None:
            runs.append((start, k - 1))
            start = None
    if start is not None:
        runs.append((start, len(seq) - 1))
    return runs


def _keep_main_article(seq: list[Line]) -> None:
    """Keep the heaviest run of article lines and the runs that join it; the article
    lines of other runs are left out as "outside the article"."""
    runs = _runs(seq)
    if not runs:
        return
    weights = [sum(max(ln.score, 0.0) for ln in seq[a:b + 1]) for a, b in runs]
    # A news article has its headline, date or byline just above it, and comes before
    # the comments, the teasers and the legal small print: the main run is the first
    # one nearly as heavy as the heaviest, counting a run with a header above it heavier.
    ranked = [w * (HEADER_BOOST if _has_header(seq, a) else 1.0)
              for w, (a, _) in zip(weights, runs, strict=True)]
    main = next(r for r in range(len(runs)) if ranked[r] >= FIRST_SHARE * max(ranked))
    keep = {main}

    def joins(r: int, gap: range) -> bool:
        related = any(seq[k].related for k in gap)
        # (what ends an article ends it below: a photo credit "© Provided by ..."
        # between the lead and the rest is no end)
        barrier = r > main and any(seq[k].barrier for k in gap)
        # A gap is measured in lines of text: lines of one or two words (the cells of
        # a table) count a third each, but in a list of links, every line counts.
        size = float(len(gap)) if related else \
            sum(1.0 if seq[k].words >= 3 else 1 / 3 for k in gap)
        if size <= NEAR_GAP and not related and not barrier:
            return True
        if r > main and any(seq[k].barrier and ends_page(seq[k].body) for k in gap):
            return False  # after the page's rights notice
        if r > main and size <= FAR_GAP and any(
                correction_note(ln.body) for ln in seq[runs[r][0]:runs[r][1] + 1]):
            return True  # the text's last lines and its correction, under a newsletter box
        if r > main and goes_on(seq[runs[r][0]].body) and size <= FAR_GAP and all(
                seq[k].furniture == NEWSLETTER for k in gap if seq[k].barrier) \
                and not related and not _has_header(seq, gap.stop, reach=len(gap)):
            # the story going on ("وقال ...", "He said ...") under a newsletter box inside
            # it; not under a "related" heading (the box's items) nor another headline's
            # date or byline (the next story, opening with a quote)
            return True
        if _has_header(seq, gap.stop, reach=len(gap)):
            return False  # a date or byline between: the other run is another story
        if r < main and _opens_with_header(seq, gap.stop) and not any(
                ends_sentence(ln.body) for ln in seq[runs[r][0]:runs[r][1] + 1]):
            return False  # headlines above a run that starts with its own byline or date
        if r < main and _ends_with_header(seq[runs[r][0]:runs[r][1] + 1]):
            return False  # the article's own header ends that run: the text starts below
        heavy = weights[r] >= max(HEAVY_MIN, HEAVY_SHARE * weights[main])
        if barrier:
            return size <= FAR_GAP and heavy
        if related and r > main and heavy:
            return True  # a "most read" box inside the text, however long, does not end it
        if related and r == len(runs) - 1 and box_items(seq[gap.start:gap.stop], seq[runs[r][0]:]):
            return False  # the box's own items, other stories' leads as sentences (Al-Watan)
        return size <= FAR_GAP and weights[r] >= RELATED_JOIN_MIN

    r = main
    while r > 0 and joins(r - 1, range(runs[r - 1][1] + 1, runs[r][0])):
        r -= 1
        keep.add(r)
    r = main
    while r < len(runs) - 1 and joins(r + 1, range(runs[r][1] + 1, runs[r + 1][0])):
        r += 1
        keep.add(r)
    for n, (a, b) in enumerate(runs):
        if n not in keep:
            for line in seq[a:b + 1]:
                line.article = False
                line.reason = OUTSIDE


def _ends_with_header(run: list[Line]) -> bool:
    """A byline or a date line among the last lines of ``run``, and no running text
    after it (teasers, then the headline and byline of the article below)."""
    for ln in reversed(run[-HEADER_TOP:]):
        if ln.words >= 8 and ends_sentence(ln.body):
            return False
        if ln.words <= 16 and (ln.date is not None or parse_byline(ln.body) is not None):
            return True
    return False


def _opens_with_header(seq: list[Line], start: int) -> bool:
    """A date line or a byline among the first lines of the run at ``seq[start]``
    (its headline, byline and date, which the header reader takes)."""
    return any(ln.words <= 16 and (ln.date is not None or parse_byline(ln.body) is not None)
               for ln in seq[start:start + HEADER_TOP])


def _has_header(seq: list[Line], start: int, reach: int = HEADER_REACH) -> bool:
    """A date line or a byline among the ``reach`` lines before ``seq[start]``."""
    return any(ln.date is not None or parse_byline(ln.body) is not None
               for ln in seq[max(0, start - reach):start] if ln.words <= 16)


def article_span(lines: list[Line]) -> tuple[int, int] | None:
    """Indices of the first and last article line (``None`` when there is none)."""
    marked = [ln.index for ln in lines if ln.article]
    return (marked[0], marked[-1]) if marked else None


__all__ = ["LABEL", "Line", "article_span", "classify", "date_line", "split_lines"]
