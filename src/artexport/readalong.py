"""Read-along: the speech timings drive highlighting in the EPUB and the HTML page.

One synthesis pass (:func:`narrate`, memoised per article and audio options) gives the
MP3 and one :class:`~artexport.exporters.audio.Cue` per spoken sentence. From those cues
this module provides, for every exporter alike:

* the element id of each spoken sentence (:func:`sentence_id`): ``s-<block>-<n>`` for
  the sentences of ``article.blocks[block]`` (``n`` as numbered by
  :func:`~artexport.exporters.audio.block_sentences`) and ``s-<part>-<n>`` for the
  spoken header (``s-title-0``, ``s-subtitle-0``, ``s-date-0``, ``s-dateline-0``);
* :class:`SentenceMarker`, which renders inline spans with each spoken sentence wrapped
  in ``<span id="...">`` (:func:`mark_sentences`). A sentence may start or end inside an
  emphasis, a link or an isolated Latin run: such a span is cut at the sentence bound
  and each piece keeps its own ``<em>``/``<a>``/``<bdi>``, so the markup stays properly
  nested and every Latin run stays isolated;
* the EPUB Media Overlay: :func:`overlay_clips` turns the cues into contiguous audio
  clips (one per sentence, the pauses included, so a reading system plays the whole
  recording and the clips add up to its length), with :func:`clock_value` for
  ``clipBegin``/``clipEnd`` and ``media:duration`` (the EPUB exporter writes the SMIL);
* for the HTML page, the same ids: its script maps the WebVTT cue ids of the narration
  (``b3-s0``, ``title-s0``; :func:`~artexport.exporters.audio.to_vtt`) onto them.

Exporters take the read-along options through :class:`ReadAlongOptions` (a base of
their ``Options``): ``with_audio`` and the few audio settings a reader chooses, so the
CLI spells them like the audio exporter's (``--opt with_audio=yes --opt voice=...``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .markup import inline_html, span_html
from .model import Article, Inline, Span, block_texts

if TYPE_CHECKING:  # the speech stack loads only when an edition is narrated
    from .exporters.audio import AudioOptions, Cue, Narration

__all__ = ["ACTIVE_CLASS", "Clip", "ReadAlongOptions", "SentenceMarker", "clock_value",
           "mark_sentences", "narrate", "overlay_clips", "sentence_id", "total_duration"]

# The class a reading system (EPUB ``media:active-class``) or the page's script puts on
# the sentence being spoken; both style sheets define it (templates/html/reader.css.j2
# and readalong.js spell it out, as their own files must).
ACTIVE_CLASS = "ra-active"



# ---- options ---------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class ReadAlongOptions:
    """Read-along options shared by the EPUB and HTML exporters.

    ``with_audio``: narrate the article and synchronise the text with it (EPUB Media
    Overlays; an audio player with sentence highlighting in the HTML page).
    ``engine``/``voice``/``rate``: as the ``audio`` exporter's options of the same names
    (every other audio setting keeps its default). Unprefixed on the CLI
    (``--opt voice=ar``) they reach the audio exporter too, so all formats share one
    narration.
    """

    with_audio: bool = False
    engine: str = "espeak"
    voice: str | None = None
    rate: int | None = None

    def __post_init__(self) -> None:
        if self.with_audio:
            self.audio_options()  # validate now (rate range...), not deep inside render

    def audio_options(self) -> AudioOptions:
        """The audio exporter's options for this narration."""
        from .exporters.audio import AudioOptions

        return AudioOptions(engine=self.engine, voice=self.voice, rate=self.rate)


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
    from .exporters.audio import synthesize_article

    return synthesize_article(article, options)


# ---- sentence ids and inline marking ---------------------------------------------------

def sentence_id(cue: Cue) -> str:
    """The element id of a spoken sentence: ``s-3-0`` (block 3, sentence 0) or
    ``s-title-0`` for the spoken header."""
    where = cue.part if cue.block is None else str(cue.block)
    return f"s-{where}-{cue.sentence}"


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
    counts them) of ``article.blocks[index]``. ``header(part, spans)``: the title,
    subtitle or dateline. ``id(part)``: the id of a header part spoken as a whole (the
    date, whose spoken words differ from the printed ones), or ``""``.
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
                lines.setdefault((cue.part, 0), []).append(
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
        marks = self._lines.get((index, n))
        return mark_sentences(spans, marks) if marks else inline_html(spans)

    def header(self, part: str, spans: Inline) -> Markup:
        marks = self._lines.get((part, 0))
        return mark_sentences(spans, marks) if marks else inline_html(spans)

    def text(self, part: str, text: str) -> Markup:
        """A header part given as plain text (the dateline)."""
        return self.header(part, (Span(text),) if text else ())

    def id(self, part: str) -> str:
        marks = self._lines.get((part, 0))
        return marks[0][2] if marks else ""


# ---- media overlays ----------------------------------------------------------------------

@dataclass(frozen=True)
class Clip:
    """One ``par``: the element ``fragment`` is shown while ``[begin_s, end_s)`` plays."""

    fragment: str
    begin_s: float
    end_s: float


def overlay_clips(cues: Sequence[Cue], duration_s: float,
                  present: Collection[str] | None = None) -> list[Clip]:
    """Contiguous clips covering the whole recording, one per spoken sentence.

    A clip runs from its sentence's start to the next sentence's start (the first from
    0, the last to ``duration_s``), so the pause after a sentence keeps it highlighted
    and a reading system playing clip after clip plays every moment of the audio.
    Boundaries are rounded to milliseconds first, so the clips add up exactly to the
    rounded duration. A cue whose sentence id is not in ``present`` (a template override
    that dropped the marking) joins the clip before it (or the first clip), keeping the
    audio whole.
    """
    ms = [0] + [round(c.start_s * 1000) for c in cues[1:]] + [round(duration_s * 1000)]
    clips: list[Clip] = []
    orphans_from: int | None = None  # where leading unmarked sentences began
    for cue, begin, end in zip(cues, ms, ms[1:], strict=False):
        if end <= begin:
            continue
        ident = sentence_id(cue)
        if present is not None and ident not in present:
            if clips:
                clips[-1] = replace(clips[-1], end_s=end / 1000)
            elif orphans_from is None:
                orphans_from = begin
            continue
        first = orphans_from if orphans_from is not None else begin
        orphans_from = None
        clips.append(Clip(ident, first / 1000, end / 1000))
    return clips


def clock_value(seconds: float) -> str:
    """A SMIL full clock value, ``H:MM:SS.mmm`` (what ``media:duration`` wants too)."""
    ms = max(round(seconds * 1000), 0)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}"


def total_duration(clips: Sequence[Clip]) -> float:
    """The playing time of clips: what ``media:duration`` of their overlay says."""
    return sum(round((c.end_s - c.begin_s) * 1000) for c in clips) / 1000
