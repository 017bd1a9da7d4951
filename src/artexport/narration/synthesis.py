"""Synthesis: the speech plan spoken sentence by sentence, joined with pauses, timed,
chaptered, encoded and tagged.

Sentences are synthesised one by one: their PCM lengths give exact cue times whatever
the engine, and one sentence is the unit of the cache, so an edited article re-speaks
only what changed.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

from ..edition.labels import labels
from ..errors import ExportError
from ..model import Article, Heading
from ..tts import SpeechError, Synthesis, TtsEngine, make_engine
from ..tts.cache import SpeechCache, cache_key
from .mp3 import ENCODER_DELAY_SAMPLES, encoded_mp3, tagged
from .options import AudioOptions
from .plan import SpeechPlan, SpokenSentence, _Planner
from .timing import Chapter, Cue, to_vtt

__all__ = ["Narration", "Recording", "record", "synthesize_article"]

TAIL = 0.6
SILENCE_LEVEL = 256  # |sample| below this (about -42 dBFS) counts as silence for cue ends



@dataclass(frozen=True)
class Recording:
    """The narration's PCM before encoding: 16-bit mono at ``sample_rate``, one cue per
    spoken sentence, the duration a decoder plays (the encoder delay included)."""

    pcm: bytes
    sample_rate: int
    cues: tuple[Cue, ...]
    duration_s: float
    synthesized: int
    cached: int


@dataclass(frozen=True)
class Narration:
    """The synthesis result: a tagged MP3, its duration, sentence cues and chapters, and
    the speech plan it was spoken from (``plan``: per sentence, the voice and the exact
    engine text)."""

    mp3: bytes
    duration_s: float
    sample_rate: int
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]
    engine: str
    voice: str
    synthesized: int = 0  # segments the engine spoke in this run
    cached: int = 0  # segments taken from the cache (or repeated within the article)
    plan: SpeechPlan | None = None

    def vtt(self) -> str:
        """The WebVTT captions: one cue per sentence."""
        return to_vtt(self.cues)


def synthesize_article(article: Article, options: AudioOptions | None = None, *,
                       engine: TtsEngine | None = None) -> Narration:
    """Speak ``article``: the tagged MP3, its duration, sentence cues and chapters.

    Pure apart from the segment cache: writes no output file, so other exporters (EPUB
    Media Overlays, read-along HTML) can call it. ``engine`` overrides ``options.engine``
    with a ready instance (to share one, or to count its calls).
    """
    opts = options or AudioOptions()
    where = article.source_dir or article.slug
    try:
        tts = engine or make_engine(opts.engine, opts.engine_config())
        cache = SpeechCache(opts.cache_dir) if opts.cache_dir is not None else None
        # the diacritizer vowels the next sentences in a thread while the engine speaks
        # the first ones: both run native code that releases the GIL
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="diacritize") as pool:
            try:
                planner = _Planner(article, opts, tts, cache, pool)
                planner.build()
                recording = record(planner.sentences(), opts, tts, cache)
            except BaseException:  # a failure or a time limit: vowel nothing more
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        plan = planner.plan()
    except SpeechError as e:
        raise SpeechError(where, e.problem) from e
    chapters = _chapters(article, opts, plan.sentences, recording.cues, recording.duration_s)
    mp3 = encoded_mp3(recording.pcm, recording.sample_rate, opts.bitrate, cache)
    mp3 = tagged(mp3, article, chapters, recording.duration_s,
                 f"{tts.version()}, voice {plan.voice}")
    return Narration(mp3, recording.duration_s, recording.sample_rate, recording.cues,
                     tuple(chapters), tts.name, plan.voice, recording.synthesized,
                     recording.cached, plan)


def record(plan: Iterable[SpokenSentence], options: AudioOptions, engine: TtsEngine,
           cache: SpeechCache | None = None) -> Recording:
    """Speak every sentence of ``plan`` (a :class:`SpeechPlan`, or its sentences as they
    come) or take it from ``cache``, and join them with their pauses; the cues time each
    sentence from its first to its last voiced sample."""
    version = engine.version()
    key_options = asdict(options.speech_options())
    done: dict[str, Synthesis] = {}
    synthesized = cached = 0
    results: list[Synthesis] = []
    segments: list[SpokenSentence] = []
    for seg in plan:
        segments.append(seg)
        key = cache_key(engine=engine.name, version=version, voice=seg.voice,
                        rate=engine.effective_rate(seg.lang), options=key_options,
                        text=seg.speech)
        found = done.get(key) or (cache.get(key) if cache else None)
        if found is None:
            found = engine.synthesize(seg.speech, seg.lang, seg.voice)
            synthesized += 1
            if cache is not None:
                cache.put(key, found)
        else:
            cached += 1
        done[key] = found
        results.append(found)
    if not results:
        raise ExportError(None, "audio: the article has no text to speak")
    sample_rate = results[0].sample_rate
    if any(r.sample_rate != sample_rate for r in results):
        raise SpeechError(None, f"{engine.name}: segments came back at different sample rates")

    pcm = bytearray()
    cues: list[Cue] = []
    for seg, syn in zip(segments, results, strict=True):
        pcm += bytes(2 * round(seg.pause_before * sample_rate))
        start = len(pcm) // 2
        pcm += syn.pcm
        end = start + _voiced_samples(syn.pcm)
        if end <= start:  # a silent synthesis: keep the cue visible for its length
            end = start + max(syn.samples, 1)
        start, end = start + ENCODER_DELAY_SAMPLES, end + ENCODER_DELAY_SAMPLES
        cues.append(Cue(seg.block, seg.sentence, start / sample_rate, end / sample_rate,
                        seg.text, seg.char_start, seg.char_end, seg.part))
    pcm += bytes(2 * round(TAIL * sample_rate))
    # what a decoder plays: the PCM after the encoder delay (the final frame's padding
    # adds a little more, so every cue and chapter ends inside the decoded audio)
    duration = (len(pcm) // 2 + ENCODER_DELAY_SAMPLES) / sample_rate
    return Recording(bytes(pcm), sample_rate, tuple(cues), duration, synthesized, cached)


def _voiced_samples(pcm: bytes) -> int:
    """Samples up to the end of the last non-silent one (cue ends exclude the engine's
    trailing pause, so a highlight moves on when the voice stops)."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    end, step = len(samples), 512
    while end > 0:  # block by block with the C-level max/min, then sample by sample
        start = max(end - step, 0)
        block = samples[start:end]
        if max(block) >= SILENCE_LEVEL or min(block) <= -SILENCE_LEVEL:
            for i in range(end - 1, start - 1, -1):
                if abs(samples[i]) >= SILENCE_LEVEL:
                    return i + 1
        end = start
    return 0


def paragraph_title(lang: str, n: int, m: int) -> str:
    """The chapter title of paragraphs ``n``..``m`` (one paragraph when equal), in the
    words every edition uses (:mod:`artexport.edition`)."""
    return labels(lang).paragraphs_title(n, m)


def _chapters(article: Article, opts: AudioOptions, segments: Sequence[SpokenSentence],
              cues: Sequence[Cue], duration: float) -> list[Chapter]:
    """Chapter starts from the cues: the header opens chapter one (titled with the
    article's title); then one per heading, or per group of paragraphs."""
    first_cue: dict[int, float] = {}
    for seg, cue in zip(segments, cues, strict=True):
        if seg.block is not None:
            first_cue.setdefault(seg.block, cue.start_s)
    spoken = sorted(first_cue)
    starts: list[tuple[float, str, int | None]] = [(0.0, article.title, None)]
    by_headings = opts.chapters == "headings" and any(
        isinstance(article.blocks[b], Heading) for b in spoken)
    if by_headings:
        for b in spoken:
            block = article.blocks[b]
            if isinstance(block, Heading):
                starts.append((first_cue[b], "".join(s.text for s in block.spans), b))
    else:
        paragraphs = [b for b in spoken if not isinstance(article.blocks[b], Heading)]
        size = opts.paragraphs_per_chapter
        for g in range(0, len(paragraphs), size):
            group = paragraphs[g:g + size]
            first = group[0]
            # a heading right before the group's first paragraph belongs to the group
            prev = [b for b in spoken if b < first]
            if prev and isinstance(article.blocks[prev[-1]], Heading):
                first = prev[-1]
            starts.append((first_cue[first], paragraph_title(article.lang, g + 1,
                                                             g + len(group)), first))
    # one chapter per distinct start time, in order (a lone first heading at the very
    # start would otherwise give an empty chapter)
    merged: list[tuple[float, str, int | None]] = []
    for item in starts:
        if not merged or item[0] > merged[-1][0]:
            merged.append(item)
    return [Chapter(title, start, merged[i + 1][0] if i + 1 < len(merged) else duration,
                    first)
            for i, (start, title, first) in enumerate(merged)]
