"""Times of a narration: sentence cues, chapters, Media Overlay clips, and the one way
they are written -- every time is rounded to the nearest millisecond, in the WebVTT
captions, in the SMIL clock values and in the MP3's chapter frames alike."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

__all__ = ["Chapter", "Clip", "Cue", "clock_value", "milliseconds", "overlay_clips",
           "sentence_id", "to_vtt", "total_duration", "vtt_timestamp"]


@dataclass(frozen=True)
class Cue:
    """One spoken sentence.

    ``block`` indexes ``article.blocks`` (``None`` for the spoken header: ``part`` is then
    ``title``, ``subtitle``, ``date`` or ``dateline``); ``sentence`` indexes
    :func:`~artexport.narration.plan.block_sentences` of that block (or the header
    part's sentences), and ``char_start``/``char_end`` locate ``text`` in that block's
    text. ``text`` is the sentence as written (for the date, the words spoken).
    """

    block: int | None
    sentence: int
    start_s: float
    end_s: float
    text: str
    char_start: int = 0
    char_end: int = 0
    part: str = "block"


@dataclass(frozen=True)
class Chapter:
    """A chapter mark: ``first_block`` is the block it opens with (``None``: the header)."""

    title: str
    start_s: float
    end_s: float
    first_block: int | None


@dataclass(frozen=True)
class Clip:
    """One ``par``: the element ``fragment`` is shown while ``[begin_s, end_s)`` plays."""

    fragment: str
    begin_s: float
    end_s: float


def milliseconds(seconds: float) -> int:
    """``seconds`` as whole milliseconds, rounded to the nearest (never below 0): the one
    rounding every written time goes through."""
    return max(round(seconds * 1000), 0)


def _hms(seconds: float) -> tuple[int, int, int, int]:
    ms = milliseconds(seconds)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return h, m, s, ms


def vtt_timestamp(seconds: float) -> str:
    """A WebVTT timestamp, ``HH:MM:SS.mmm``."""
    h, m, s, ms = _hms(seconds)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def clock_value(seconds: float) -> str:
    """A SMIL full clock value, ``H:MM:SS.mmm`` (what ``media:duration`` wants too)."""
    h, m, s, ms = _hms(seconds)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}"


def sentence_id(cue: Cue) -> str:
    """The element id of a spoken sentence: ``s-3-0`` (block 3, sentence 0) or
    ``s-title-0`` for the spoken header."""
    where = cue.part if cue.block is None else str(cue.block)
    return f"s-{where}-{cue.sentence}"


def _cue_id(cue: Cue) -> str:
    return f"b{cue.block}-s{cue.sentence}" if cue.block is not None \
        else f"{cue.part}-s{cue.sentence}"


def _cue_text(text: str) -> str:
    text = " ".join(text.split())  # a blank line would end the cue
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT with one cue per sentence; cue ids name the block and sentence
    (``b3-s0``; ``title-s0`` for the spoken header) for read-along lookups."""
    lines = ["WEBVTT", ""]
    for cue in cues:
        if milliseconds(cue.end_s) <= milliseconds(cue.start_s):
            continue
        lines += [_cue_id(cue), f"{vtt_timestamp(cue.start_s)} --> {vtt_timestamp(cue.end_s)}",
                  _cue_text(cue.text), ""]
    return "\n".join(lines)


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
    ms = [0] + [milliseconds(c.start_s) for c in cues[1:]] + [milliseconds(duration_s)]
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


def total_duration(clips: Sequence[Clip]) -> float:
    """The playing time of clips: what ``media:duration`` of their overlay says."""
    return sum(milliseconds(c.end_s - c.begin_s) for c in clips) / 1000
