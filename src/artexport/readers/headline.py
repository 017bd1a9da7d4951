"""Which line above a scraped article is its headline.

Above the article in a raw scrape stand menus copied without their bullets, "most read"
lists, the site's labels and share buttons as well as the headline. The headline is the
line of at least TITLE_WORDS words (menu items have fewer) that scores best for its
length, for standing right above a byline or date (directly, or over a bare name or a
"By" line), and for nearness to the body; a line naming the byline's author ("About
Victor Davis Hanson") is the author's box. A headline right above another one is the
title over its subtitle, unless a third stands right above it (a list of headlines) or
it holds the lower one whole (a breadcrumb). A byline glued after the headline, with
the writer's employer after a comma, is the byline. A page's <title> line ("Section - Site
name") is no headline (:func:`site_title`).
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ..errors import ArtexportWarning, ArticleError, caller_stacklevel, quoted
from ..model import Block, Paragraph, plain_text
from .base import Draft
from .lines import Line
from .news import byline_meta, is_time_stamp, parse_byline, titled_name
from .page_text import lettered_words, words
from .stopwords import fold

HeaderItem = tuple[str, int, str, Any]  # (kind, line index, text, payload)

TITLE_WORDS = 3       # a headline has at least this many words; menu items fewer
SUBTITLE_WORDS = 4    # a line above the best headline this long may be the title
NAME_WORDS = 4        # a bare name between a headline and its date: at most this long
DISTANCE_COST = 0.3   # a headline is near the body; each header line between costs this
# "By" on a line of its own, the name on the next
_BY_WORDS = frozenset(fold(w) for w in ("by", "بقلم", "كتب", "كتبت", "نویسنده", "از"))


# A photo credit between the headline and the byline: "( STEVE GSCHMEISSNER/SCIENCE
# PHOTO LIBRARY)", "Photo by Jane Doe", "REUTERS / POOL", "(تصوير: سامي العمري)"
# ... or a caption that ends with its source in brackets ("... السنعوسي (اندبندنت عربية)"),
# which a headline's "(فيديو)", "(صور)" is not
_CREDIT = re.compile(
    r"^\s*[(\[].*[)\]]\s*$|[(\[](?!\s*(?:فيديو|صور|بالصور|شاهد|إنفوغراف|video|photos?|"
    r"watch|live)\s*[)\]])[^()\[\]\d]{2,30}[)\]]\s*$|\b(?:photo|image|picture)s?\s*(?:by\b|credit|:)|\bcredit\s*:|"
    r"getty images|shutterstock|photo library|/\s*(?:pool|afp|reuters|ap|epa)\b|"
    r"^(?:تصوير|الصورة|صورة|عکس)\s*[:：]", re.I)


def credited(text: str) -> bool:
    """A photo's credit, or a caption that ends with its source in brackets ("ركاب داخل
    إحدى عربات قطار الرياض (واس)"): no headline, no subheading."""
    return bool(_CREDIT.search(text))


def _adjacent(lines: list[Line], upper: int, lower: int) -> bool:
    """No line but furniture between the lines ``upper`` and ``lower``."""
    return all(lines[j].furniture is not None for j in range(upper + 1, lower))


def past_captions(below: list[HeaderItem]) -> list[HeaderItem]:
    """The header items under a line from the first one that is not its photo: an
    image, a credited caption ("مزارع يجمع ثمار الزيتون ... (الجزيرة)") and the image's
    alt text of a word or two right above such a caption ("زيتون تونس"), a caption over
    its credit's line ("Credit: ... AFP")."""
    def credited_at(i: int, rx: re.Pattern[str] = _CREDIT) -> bool:
        return i < len(below) and below[i][0] in _LINES and bool(rx.search(below[i][2]))
    def photo_at(i: int) -> bool:
        if below[i][0] == "image" or credited_at(i):
            return True
        return below[i][0] in _LINES and (
            (lettered_words(below[i][2]) < TITLE_WORDS and credited_at(i + 1))
            or credited_at(i + 1, _CREDIT_LINE))
    i = 0
    while i < len(below) and photo_at(i):
        i += 1
    return below[i:]


_LINES = ("candidate", "teaser")  # header items that are plain lines of text
# A photo's credit on a line of its own, under its caption: "Credit: KHALED ZIAD/AFP via
# Getty Images" (CNN Arabic)
_CREDIT_LINE = re.compile(r"^\s*(?:credit|photo|image)\s*:|getty images|shutterstock", re.I)


def _anchored(below: list[HeaderItem]) -> bool:
    """The header items under a line, past its photo, are its byline, date or dateline:
    right under it, or under a bare name ("Debbie White") or a "By" line."""
    below = past_captions(below)
    if not below:
        return False
    kind, _, text, _ = below[0]
    if kind in ("byline", "date", "dateline") or fold(text) in _BY_WORDS:
        return True
    return len(below) > 1 and kind in _LINES and lettered_words(text) <= NAME_WORDS \
        and below[1][0] in ("byline", "date", "dateline")


def headline_at(lines: list[Line], candidates: list[HeaderItem],
                items: list[HeaderItem]) -> int | None:
    """The position in ``candidates`` (header items of kind "candidate" or "teaser", top
    of the page first; ``items``: all the header items) of the headline, or None when no
    candidate has TITLE_WORDS words."""
    scores: dict[int, float] = {}
    anchored: set[int] = set()
    # "About Victor Davis Hanson" near the byline is the author's box, not a headline
    names = [fold(a["name"]) for kind, _, _, byline in items if kind == "byline"
             for a in byline.authors]
    for n, item in enumerate(candidates):
        # (nor is a time stamp whose date was not read: "نُشر في: السبت 26 يونيو 14:30 2021،")
        if lettered_words(item[2]) < TITLE_WORDS or any(name in fold(item[2]) for name in names) \
                or _CREDIT.search(item[2]) or is_time_stamp(item[2]):
            continue
        at = items.index(item)
        scores[n] = min(lettered_words(item[2]), 12) - DISTANCE_COST * (len(items) - 1 - at)
        if _anchored(items[at + 1:]):
            anchored.add(n)
    # a bare name between a headline (and its photo) and its date is the writer's (an
    # opinion column's "د. عائشة البوسميط"), not a headline of its own above the date
    names_under = {under[0][1] for n in anchored
                   if (under := past_captions(items[items.index(candidates[n]) + 1:]))
                   and under[0][0] in _LINES}
    for n in [n for n in scores if candidates[n][1] in names_under]:
        del scores[n]
        anchored.discard(n)
    if not scores:
        return None
    # a line right above a byline or date is the headline, if there is one
    best = max(anchored or scores, key=lambda n: (scores[n], -n))
    # a title right above its subtitle: the upper one, unless it closes a list of
    # headlines (a third one right above it); a kicker ("BLACK DEATH FEARS") is no title
    at = items.index(candidates[best])
    # (... and not when a standfirst stands under the lower one: that is the subtitle, so
    # the lower line is the headline and the upper one a section's name, Tasnim's "اقتصاد
    # کلان و بودجه")
    subtitled = at + 1 < len(items) and items[at + 1][0] == "subtitle"
    # (nor is a writer's name with his title above it, "د. عبدالعزيز بن سعد الخريجي")
    if best and not subtitled and lettered_words(candidates[best - 1][2]) >= SUBTITLE_WORDS \
            and not titled_name(candidates[best - 1][2]) \
            and fold(candidates[best][2]) not in fold(candidates[best - 1][2]) \
            and _adjacent(lines, candidates[best - 1][1], candidates[best][1]):
        # (a line that holds the headline whole is a breadcrumb: "HomeSPORT NEWS...")
        above = best - 2
        if not (above >= 0 and lettered_words(candidates[above][2]) >= SUBTITLE_WORDS
                and candidates[above][2] != candidates[best - 1][2]  # (printed twice)
                and _adjacent(lines, candidates[above][1], candidates[best - 1][1])):
            best -= 1
    return best


# A byline glued after a scraped headline, with the writer's employer or post after a
# comma ("Bruce Matthews one noticeable blocker By BARRY WILNER, AP Football Writer"):
# without the comma, a headline may well end "... By Police Officer John Smith".
_GLUED_BYLINE = re.compile(
    r"^(?P<title>\S.{10,}?)\s+(?P<byline>By\s+[A-Z][^,]{2,40},\s*\S.{1,40})$")


def without_glued_byline(meta: dict[str, Any], title: str) -> str:
    """``title`` without a byline glued after it, which goes to ``meta``."""
    glued = _GLUED_BYLINE.match(title.strip())
    byline = parse_byline(glued.group("byline")) if glued else None
    if glued is None or byline is None:
        return title
    byline_meta(byline, meta)
    return glued.group("title")


# ---- text without a headline --------------------------------------------------------

TITLE_WORDS_MAX = 10
_CLAUSE_END = re.compile(r"[.!?؟،,;؛:]")


def opening_words(blocks: list[Block]) -> str:
    """A title for text without a headline: the first clause of its first paragraph, or
    its first TITLE_WORDS_MAX words and an ellipsis ("" without a paragraph)."""
    # (a paragraph of bidi marks or zero-width spaces names nothing: the title came out
    # empty, and the EPUB invalid)
    texts = (plain_text(b.spans) for b in blocks if isinstance(b, Paragraph))
    first = next((text for text in texts if any(ch.isalnum() for ch in text)), "")
    clause = _CLAUSE_END.split(first, maxsplit=1)[0].strip()
    words = clause.split()
    if len(words) < 4:  # too short to name the text ("طهران-"): take its first words
        words = first.split()
    if len(words) <= TITLE_WORDS_MAX:
        return " ".join(words).rstrip(" -–—:،,")
    return " ".join(words[:TITLE_WORDS_MAX]).rstrip(" -–—:،,") + "…"


def title_from_opening_words(draft: Draft, where: str, fix: str) -> None:
    """Give a draft without a headline its opening words as its title (said aloud and
    listed as the book's title), with a warning naming the file, ``where`` the headline
    was looked for and the ``fix``: nothing is lost; --strict makes it an error.
    :class:`ArticleError` when the draft has no paragraph to take words from."""
    title = opening_words(draft.blocks)
    if not title:
        raise ArticleError(draft.source, f"no headline found {where}: {fix}")
    draft.meta["title"] = title
    warnings.warn(ArtexportWarning(
        f"{draft.source}: no headline found {where}; its opening words are the title, "
        f"{quoted(title)} ({fix})"), stacklevel=caller_stacklevel())


# ---- a page's title line ------------------------------------------------------------

_SITE_TITLE = re.compile(r"^(?P<a>.+?)\s+(?:[-–—|]|::)\s+(?P<b>.+)$")


def site_title(text: str, others: set[str]) -> bool:
    """"Section - Site name" (two short parts), or "Headline | Site" where the headline
    is another line of the page (``others``, folded)."""
    m = _SITE_TITLE.match(text)
    if m is None or _NOT_A_SITE.match(fold(m.group("b"))):
        return False
    return fold(m.group("a")) in others or fold(m.group("b")) in others \
        or (words(m.group("a")) <= 4 and words(m.group("b")) <= 4)


# "... – live" (a live page's headline), "... - أرشيفية" (a caption's label): no site's name
_NOT_A_SITE = re.compile("^(?:" + "|".join(fold(w) for w in (
    "live", "as it happened", "مباشر", "بث مباشر", "أرشيفية", "صورة أرشيفية", "أرشيف",
    "تعبيرية", "صورة تعبيرية", "توضيحية")) + ")$")


# A section's label for columns: the bare name right under it, above the headline, is
# the columnist's (Al-Akhbar: "رأي", "جان عزيز", the date, the headline)
_OPINION_LABEL = re.compile(r"^(?:رأي|الرأي|آراء|الآراء|مقالات|مقالات الرأي|كتاب وآراء|"
                            r"أعمدة|opinion|comment|op-ed|یادداشت|دیدگاه)$", re.I)


def opinion_label(text: str) -> bool:
    """Whether ``text`` is the label of a section of columns ("رأي", "Opinion")."""
    return bool(_OPINION_LABEL.match(text.strip()))
