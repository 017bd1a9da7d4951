"""The body of an article read from lines of page text (a raw scrape, a news record's
content): runs of bullets become lists, runs of table rows ("field: value") a list of
rows (rows copied from a table with their tabs a table), a short line between paragraphs
a subheading, an image name a figure with the caption under it, and a time stamp or a
writer's line at the text's edge metadata.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Protocol

from ..model import (
    Block,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Span,
    Table,
    plain_text,
)
from .base import Draft
from .headline import credited
from .lines import Line
from .news import lead_dateline, zone_for_place
from .page_lists import items_after_lead, list_item, same_list
from .page_stamps import time_stamp
from .page_text import HEADER_WORDS, ends_sentence, image_of, words
from .stopwords import fold
from .text_edges import ENTRY_TITLE_WORDS


class Page(Protocol):
    """What the body needs of :class:`.assemble.Page`: its draft's metadata, the page's
    menu labels, and a record of the lines it reads."""

    draft: Draft
    labels: frozenset[str]

    def use(self, *indices: int) -> None: ...


def caption_shaped(text: str) -> bool:
    """A line that may be the caption of the image above it: short, no full stop."""
    return words(text) <= 30 and not text.endswith(".")


CAPTION_MIN_WORDS = 4  # words before a credited caption's credit, at least ("(AP)" alone)


def captions_above(lines: list[Line], start: int, title_above: Callable[[int], bool]) -> int:
    """Where the text starts (its first line that is no furniture), with the photo
    captions right above it (page furniture between): "Media caption ..." by its label,
    and a caption that ends with its credit under a headline (``title_above``: one above
    that line), its photo not copied ("نقابيون خلال وقفة ... (فتحي بلعيد/فرانس برس)"
    under a share bar: it was lost)."""
    while start > 0 and (lines[start - 1].label or lines[start - 1].furniture
                         or (credited_caption(lines[start - 1])
                             and title_above(start - 1))):
        start -= 1
        if lines[start].furniture is None:
            lines[start].article, lines[start].reason = True, None
    while lines[start].furniture:
        start += 1
    return start


def credited_caption(line: Line) -> bool:
    """A photo's caption that ends with its credit, its photo not copied: a sentence's
    words before the credit ("نقابيون خلال وقفة احتجاجية في تونس العاصمة، 3 ديسمبر 2026
    (فتحي بلعيد/فرانس برس)"), not a date line's "(بتوقيت مكة)" nor a wire's place and date."""
    described = [w for w in re.split(r"[(\[]", line.body)[0].split()
                 if w.isalpha() or not any(ch.isdigit() for ch in w)]
    place = re.match(r"(\S+(?: \S+)?)\s+\d", line.body)  # (a wire's "الرياض 25 ... (واس)")
    return len(described) >= CAPTION_MIN_WORDS and credited(line.body) \
        and caption_shaped(line.body) and not (place and zone_for_place(place.group(1)))


def page_body(page: Page, body: list[Line]) -> list[Block]:
    """The blocks of the article lines ``body``, in order (see the module docstring)."""
    blocks: list[Block] = []
    asked = _interview(body)
    i = 0
    while i < len(body):
        ln = body[i]
        page.use(ln.index)
        nxt = body[i + 1] if i + 1 < len(body) else None
        if not ln.article:  # kept by keep_all: the line as it stands, for hand editing
            blocks.append(Paragraph((Span(ln.text),)))
            i += 1
            continue
        at_edge = i >= len(body) - 2 or not any(
            isinstance(b, Paragraph) and ends_sentence(plain_text(b.spans))
            and words(plain_text(b.spans)) >= 8 for b in blocks)
        if time_stamp(ln, page.draft.meta, at_edge, labels=page.labels):
            i += 1
            continue
        if ln.is_image:
            caption: Inline = ()
            if nxt is not None and not nxt.is_image and nxt.furniture is None \
                    and caption_shaped(nxt.body):
                caption = (Span(nxt.body),)
                page.use(nxt.index)
                i += 1
            blocks.append(Figure(image_of(ln.text), caption))
            i += 1
            continue
        if ln.table:
            run = [ln]
            while i + 1 < len(body) and body[i + 1].table and body[i + 1].cells == ln.cells:
                i += 1
                run.append(body[i])
                page.use(body[i].index)
            blocks.append(_table(run) if len(run) >= 2 else Paragraph((Span(ln.body),)))
            i += 1
            continue
        if ln.bullet or ln.row or list_item(ln):
            run = [ln]
            while i + 1 < len(body) and body[i + 1].article and same_list(run[0], body[i + 1]):
                i += 1
                run.append(body[i])
                page.use(body[i].index)
            if len(run) == 1 and _answer(ln, blocks):
                blocks.append(Paragraph((Span(ln.body),)))
            else:
                blocks.append(ListBlock(tuple((Span(x.body),) for x in run),
                                        ordered=run[0].bullet == "o", start=_start(run)))
            i += 1
            continue
        if ln.entry and nxt is not None and nxt.article and not nxt.entry \
                and not ends_sentence(nxt.body) and nxt.words <= ENTRY_TITLE_WORDS:
            blocks.append(Heading(2, (Span(f"{ln.body} – {nxt.body}"),)))  # its title too
            page.use(nxt.index)
            i += 2
            continue
        if ln.entry or _subheading(ln, blocks, nxt, asked):  # (a live entry's time opens it)
            blocks.append(Heading(2, (Span(ln.body),)))
        else:
            blocks.append(Paragraph((Span(ln.body),)))
        items = items_after_lead(ln, body[i + 1:])
        if items:
            for x in items:
                page.use(x.index)
            blocks.append(ListBlock(tuple((Span(x.body),) for x in items)))
            i += len(items)
        i += 1
    if body and blocks and credited_caption(body[0]) and isinstance(blocks[0], Paragraph):
        # (a lead photo's caption, its photo not copied, over the text's dateline)
        return blocks[:1] + lead_dateline(blocks[1:], page.draft.meta)
    return lead_dateline(blocks, page.draft.meta)


def _table(rows: list[Line]) -> Table:
    """Rows copied from a table (tab-parted cells) as a table, its first row the header
    when that row has no figures and the rows under it have ("المدينة | النسبة" over
    "مراكش | 10%"), or, in a table of words alone, when it reads as labels
    (:func:`_labels_over_words`): a listener hears each cell with its column's name."""
    parts = [x.body.split(": ", 1) if x.cells == 2 else x.body.split(" | ") for x in rows]
    cells = [tuple((Span(c),) for c in row) for row in parts]
    figures = [any(ch.isdigit() for ch in x.body) for x in rows]
    header = not figures[0] and (any(figures[1:]) or _labels_over_words(parts))
    return Table(tuple(cells), header_rows=int(header))


LABEL_ROWS = 3  # a table of words alone has its header over two rows at least


def _labels_over_words(parts: list[list[str]]) -> bool:
    """A table of words alone whose first row is its header: a few words to a cell (its
    corner may be empty), none a sentence, none again in its column below (a label
    names its column once: "الهلال | الرياض" over "النصر | الرياض" is a row), over two
    rows at least."""
    head = parts[0]
    return len(parts) >= LABEL_ROWS and any(head) and all(
        len(c.split()) <= HEADER_WORDS and not ends_sentence(c) for c in head) \
        and all(j == 0 for j, c in enumerate(head) if not c) \
        and not any(fold(c) == fold(row[j]) for row in parts[1:]
                    for j, c in enumerate(head) if c and j < len(row))


ANSWER_WORDS = 4  # a dashed answer under an interview's question, at least


def _answer(line: Line, blocks: list[Block]) -> bool:
    """A lone dashed sentence right under a question: an interview's answer, its dash
    the dialogue's ("ما الجديد هذا العام؟" / "- خصصنا جناحا ..."), not a list of one."""
    return line.bullet == "u" and line.words >= ANSWER_WORDS and ends_sentence(line.body) \
        and bool(blocks) and isinstance(blocks[-1], Paragraph | Heading) \
        and plain_text(blocks[-1].spans).rstrip().endswith(("?", "؟"))


QUESTION_HEADING_WORDS = 7  # an explainer's question over its answer, at most
_ASKED = re.compile(r"^(?:Q|س|سؤال|پرسش|سوال)\s*[:.\-–]\s*\S", re.I)  # "Q: ...", "س: ..."


def _interview(body: list[Line]) -> bool:
    """The text asks its questions as an interview does: one labelled ("Q: ...", "س:
    ..."), or one longer than an explainer's heading, over its answer. None of its
    questions is then a heading (some were, by their length, and some not)."""
    return any(ln.body.endswith(("?", "؟")) and not ln.bullet
               and (_ASKED.match(ln.body) or ln.words > QUESTION_HEADING_WORDS)
               and nxt.words >= 6 and ends_sentence(nxt.body)
               for ln, nxt in itertools.pairwise(body))


# a line that is one quotation in Urdu's marks (’...‘, none inside); one the text holds
# word for word is a pull quote, left out before (:func:`.page_repeats.without_repeats`)
_URDU_QUOTED = re.compile(r"^’[^’‘\"“”«»]+‘$")
QUOTE_HEADING_WORDS = 12  # a quoted subheading's words, at most


def _subheading(line: Line, blocks: list[Block], nxt: Line | None,
                interview: bool = False) -> bool:
    """A short line between two paragraphs (or lists: "Ingredients", "Method") is a
    subheading (a longer one is more likely a photo caption, which stays a paragraph)."""
    if nxt is not None and list_item(nxt):
        # ("Ingredients" above its list; "Read more:" is no heading)
        return 1 <= line.words <= 8 and not ends_sentence(line.body) \
            and not line.bullet and not line.item and bool(blocks) \
            and isinstance(blocks[-1], Paragraph | ListBlock)
    if line.body.endswith(("?", "؟")) and interview:
        return False  # (an interview's question: text, as its answer is)
    if line.body.endswith(("?", "؟")) and 3 <= line.words <= QUESTION_HEADING_WORDS \
            and not line.bullet \
            and line.body[:1] not in "*-–—«\"“" and bool(blocks) \
            and isinstance(blocks[-1], Paragraph) and nxt is not None and nxt.words >= 6 \
            and ends_sentence(nxt.body):
        return True  # an explainer's question over its answer: "كيف تعمل التقنية؟"
    if _URDU_QUOTED.match(line.body) and 2 <= line.words <= QUOTE_HEADING_WORDS \
            and bool(blocks) and isinstance(blocks[-1], Paragraph) and nxt is not None \
            and nxt.words >= 6 and ends_sentence(nxt.body):
        return True  # BBC Urdu's quoted subheading: ’یہ ہماری زندگی کا سب سے مشکل سال تھا‘
    fewest = 1 if line.body.isalpha() else 2  # "Method", "الخلاصة"; not "(AP)" or "1"
    # (below a list, only a short one: "Read the full transcript" is a link's text)
    after = Paragraph | ListBlock if line.words <= 3 else Paragraph
    return (fewest <= line.words <= 8 and not ends_sentence(line.body) and not line.caption
            and not line.verse and line.klass == "short" and bool(blocks)
            and not credited(line.body)  # (a photo's caption and its agency)
            and isinstance(blocks[-1], after) and nxt is not None and not nxt.verse
            and (nxt.klass in ("good", "neargood") or (nxt.words >= 6 and ends_sentence(nxt.body))))


def _start(run: list[Line]) -> int | None:
    """The number a numbered list's first line carries where it is not 1 ("4- ..."
    after a paragraph), when its lines count up from it: the editions go on counting
    from it. A countdown ("10- ", "9- ") is left as it was (int reads Arabic-Indic and
    Persian digits too)."""
    found = [re.match(r"\d+", ln.text) for ln in run if ln.bullet == "o"]
    numbers = [int(m[0]) for m in found if m]
    if len(numbers) != len(run) or numbers[0] == 1:
        return None
    return numbers[0] if numbers == list(range(numbers[0], numbers[0] + len(run))) else None
