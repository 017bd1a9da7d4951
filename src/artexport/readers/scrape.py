"""Raw text scrapes of news pages (``.txt``): one line per paragraph, page furniture included.

A scrape is what "select all, copy" or a crawler's ``innerText`` gives: the article
surrounded by menus, widgets and footers. The reader

1. joins hard-wrapped text (wire copy cut at ~72 columns) back into one line per
   paragraph, in linear time;
2. classifies **every line** as article text or page furniture
   (:mod:`artexport.readers.lines`: rules for furniture, a language-aware score per
   line, smoothed by a two-state HMM), so that a list after a one-line lead, a poem, an
   infobox, a quoted line and both halves of a bilingual page are kept, and menus,
   counters, "related" lists, comment forms and ad markers are left out without
   ending the article;
3. reads the **header** above the article (title, the date/time/place line
   ``2021.06.26 | 14:30 دمشق`` -> 2021-06-26T14:30 in Asia/Damascus, the lead image and
   its caption, the dateline ``إسطنبول - متابعات``, the byline ``الرياض: بدر الخريف``,
   a subtitle) and builds the body (:mod:`artexport.readers.assemble`);
4. lists every line it left out, with its reason, in ``Draft.dropped``
   (``artexport inspect --dropped``); ``keep_all`` keeps them all as body text.

Text without a headline above it (a story's paragraphs cut without their title) takes
its opening words as its title, with a warning (an error with ``--strict``).

A ``.txt`` file that is really Markdown (a leading ``# title`` and Markdown headings,
fences or links; or YAML front matter) is read by the Markdown reader instead.

Scrapes keep image file names without the files, so the draft uses
``missing_images="warn"``: a named image that is absent is kept as name and caption
(the loader warns); an image that *is* beside the ``.txt`` is used.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ArticleError
from ..model import Paragraph, plain_text
from ..resources import Limits
from .assemble import Page, assemble
from .base import Draft, read_text
from .datelines import israel_time
from .headline import title_from_opening_words
from .lines import classify, split_lines

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

def read_scrape(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    """Parse a raw page scrape into a draft (see the module docstring)."""
    text = read_text(path, limits)
    if looks_like_markdown(text):
        from .markdown import read_markdown

        draft = read_markdown(path, limits, keep_all=keep_all)
        draft.missing_images = "warn"
        return draft
    draft = Draft(path, {}, missing_images="warn")
    lines = split_lines(text)
    classify(lines)
    assemble(Page(lines, draft, keep_all=keep_all))
    if not draft.blocks:
        raise ArticleError(path, "no article text found: only menus and page furniture")
    if "title" not in draft.meta:
        # text cut from an article's body, without its headline
        title_from_opening_words(draft, "above the article text",
                                 "put the headline on the first line")
    israel_time(draft.meta, " ".join([str(draft.meta.get("title") or ""), *(
        plain_text(b.spans) for b in draft.blocks if isinstance(b, Paragraph))]))
    return draft
