"""Read-along: the narration's sentences marked in the text of the EPUB and the page.

One synthesis pass (:func:`narrate`, memoised per article and audio options) gives the
MP3 and one :class:`~artexport.narration.timing.Cue` per spoken sentence. From those
cues every exporter alike gets:

* the element id of each spoken sentence (:func:`~artexport.narration.timing.sentence_id`):
  ``s-<block>-<n>`` for the sentences of ``article.blocks[block]`` (``n`` as numbered by
  :func:`~artexport.narration.plan.block_sentences`) and ``s-<part>-<n>`` for the spoken
  header and footer (``s-title-0``, ``s-byline-0``, ``s-date-0``, ``s-summary-0``,
  ``s-lead-0``, ``s-topics-0``...);
* :class:`SentenceMarker`, which renders inline spans with each spoken sentence wrapped
  in ``<span id="...">`` (:func:`mark_sentences`). A sentence may start or end inside an
  emphasis, a link or an isolated Latin run: such a span is cut at the sentence bound
  and each piece keeps its own ``<em>``/``<a>``/``<bdi>``, so the markup stays properly
  nested and every Latin run stays isolated;
* the EPUB Media Overlay's clips and clock values and the page's WebVTT cue ids come
  from :mod:`artexport.narration.timing`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from ..markup import inline_html, span_html
from ..model import Article, Inline, Span, block_texts
from .options import AudioOptions
from .synthesis import Narration, synthesize_article
from .timing import sentence_id

__all__ = ["ACTIVE_CLASS", "SentenceMarker", "mark_sentences", "narrate"]

# The class a reading system (EPUB ``media:active-class``) or the page's script puts on
# the sentence being spoken; both style sheets define it (templates/html/reader.css.j2
# and readalong.js spell it out, as their own files must).
ACTIVE_CLASS = "ra-active"


def narrate(article: Article, options: AudioOptions) -> Narration:
    """The article's narration; computed once per article and options in a process.

    Exporting EPUB and HTML (and audio) with audio would otherwise synthesise, join and
    MP3-encode the same speech once per format; the segment cache makes a second pass
    cheap but not free (reading it back and tagging), and one pass guarantees every format
    carries the very same recording and timings.
    """
    return _narrate(article, article.source_dir, options)


@lru_cache(maxsize=4)
def _narrate(article: Article, source_dir: Path | None, options: AudioOptions) -> Narration:
    # source_dir is part of the key: Article leaves it out of equality, but the MP3's
    # cover image is read from it
    return synthesize_article(article, options)


# ---- sentence ids and inline marking ---------------------------------------------------

def mark_sentences(spans: Inline, marks: Sequence[tuple[int, int, str]]) -> Markup:
    """Render ``spans`` like :func:`~artexport.markup.inline_html`, with each mark
    ``(start, end, id)`` -- offsets into the spans' joined text, in order, not
    overlapping -- wrapped in ``<span id="id">``.

    A span crossing a mark's bound is cut there, and each piece is rendered with the
    span's own emphasis, link and isolation. Text between marks that is only white space
    (the gap between two sentences) is written bare: it needs no emphasis or isolation.
    """
    text = "".join(s.text for s in spans)
    starts: list[int] = []
    pos = 0
    for span in spans:
        starts.append(pos)
        pos += len(span.text)

    def pieces(a: int, b: int) -> Markup:
        out = Markup("")
        for span, start in zip(spans, starts, strict=True):
            lo, hi = max(a, start), min(b, start + len(span.text))
            if lo < hi:
                out += span_html(replace(span, text=span.text[lo - start:hi - start]))
        return out

    def gap(a: int, b: int) -> Markup:
        return escape(text[a:b]) if not text[a:b].strip() else pieces(a, b)

    html = Markup("")
    pos = 0
    for start, end, ident in marks:
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        html += gap(pos, start)
        html += Markup('<span id="%s">%s</span>') % (ident, pieces(start, end))
        pos = end
    return html + gap(pos, len(text))


@dataclass(frozen=True)
class SentenceMarker:
    """Sentence-wrapped inline markup for the templates (``speech`` in their context).

    Without a narration every method renders exactly what the ``inline`` filter
    renders, so templates use it unconditionally.

    ``line(index, n, spans)``: line ``n`` (as :func:`~artexport.model.block_texts`
    counts them) of ``article.blocks[index]`` (``index`` -1: the lead figure's caption).
    ``header(part, spans)``: a line spoken as a whole part -- section, title, subtitle,
    byline, dateline, standfirst (``summary``), ``topics``, ``publisher``.
    ``id(part, number)``: the id of a part spoken as a whole (the ``date`` and
    ``updated``, whose spoken words differ from the printed ones; ``code``, the notice
    said for the code block ``number``), or ``""``.
    """

    article: Article
    narration: Narration | None = None
    _lines: Mapping[tuple[int | str, int], list[tuple[int, int, str]]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lines: dict[tuple[int | str, int], list[tuple[int, int, str]]] = {}
        texts: dict[int, list[str]] = {}
        for cue in self.narration.cues if self.narration is not None else ():
            if cue.block is None:
                # an image credit and a code block's notice are keyed by their number,
                # every other part as a whole
                n = cue.sentence if cue.part in ("credit", "code") else 0
                lines.setdefault((cue.part, n), []).append(
                    (cue.char_start, cue.char_end, sentence_id(cue)))
                continue
            if cue.block not in texts:
                texts[cue.block] = block_texts(self.article.blocks[cue.block])
            # the cue's offsets count in the block's lines joined by "\n"; a sentence
            # never crosses a line, so find its line and make the offsets line-local
            offset = 0
            for n, line in enumerate(texts[cue.block]):
                if cue.char_start < offset + len(line) + 1:
                    lines.setdefault((cue.block, n), []).append(
                        (cue.char_start - offset, cue.char_end - offset, sentence_id(cue)))
                    break
                offset += len(line) + 1
        object.__setattr__(self, "_lines", lines)

    @property
    def active(self) -> bool:
        """Whether sentences are marked (the article is narrated)."""
        return self.narration is not None

    def line(self, index: int, n: int, spans: Inline) -> Markup:
        if index < 0:  # the lead figure's caption, spoken in the header
            return self.header("lead", spans)
        marks = self._lines.get((index, n))
        return mark_sentences(spans, marks) if marks else inline_html(spans)

    def header(self, part: str, spans: Inline) -> Markup:
        marks = self._lines.get((part, 0))
        return mark_sentences(spans, marks) if marks else inline_html(spans)

    def credit(self, number: int, spans: Inline) -> Markup:
        """An image's credit: ``number`` 0 for the lead image's, else the figure's
        block index + 1."""
        marks = self._lines.get(("credit", number))
        return mark_sentences(spans, marks) if marks else inline_html(spans)

    def text(self, part: str, text: str) -> Markup:
        """A header part given as plain text (the dateline)."""
        return self.header(part, (Span(text),) if text else ())

    def id(self, part: str, number: int = 0) -> str:
        marks = self._lines.get((part, number))
        return marks[0][2] if marks else ""
