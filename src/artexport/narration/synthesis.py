"""Synthesis: the speech plan spoken sentence by sentence, joined with pauses, timed,
chaptered, encoded and tagged.

Sentences are synthesised one by one: their PCM lengths give exact cue times whatever
the engine, and one sentence is the unit of the cache, so an edited article re-speaks
only what changed.
"""

from __future__ import annotations

import hashlib
import sys
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace

from ..edition.labels import labels
from ..errors import ExportError
from ..model import Article, Heading
from ..tts import Mark, SpeechError, Synthesis, TtsEngine, make_engine
from ..tts.cache import SpeechCache, cache_key
from .mp3 import ENCODER_DELAY_SAMPLES, LAME_QUALITY, Mp3Stream, _lameenc_version, tagged
from .options import AudioOptions
from .plan import SpeechPlan, SpokenSentence, _Planner
from .timing import Chapter, Cue, to_vtt

__all__ = ["Narration", "Recording", "record", "synthesize_article"]

TAIL = 0.6
SILENCE_LEVEL = 256  # |sample| below this (about -42 dBFS) counts as silence for cue ends
_RECENT = 16  # syntheses kept for repeats when there is no cache
RUN_GAP = 0.12  # seconds of silence between two runs of one sentence (another voice)



@dataclass(frozen=True)
class Recording:
    """The narration encoded: ``mp3`` is the untagged MP3 (mono, ``sample_rate``), one cue
    per spoken sentence, the duration a decoder plays (the encoder delay included)."""

    mp3: bytes
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
    if cache is not None and cache.written:
        cache.trim()  # keep the cache under its cap (ARTEXPORT_CACHE_MAX)
    chapters = _chapters(article, opts, plan.sentences, recording.cues, recording.duration_s)
    mp3 = recording.mp3
    mp3 = tagged(mp3, article, chapters, recording.duration_s,
                 f"{tts.version()}, voice {plan.voice}")
    return Narration(mp3, recording.duration_s, recording.sample_rate, recording.cues,
                     tuple(chapters), tts.name, plan.voice, recording.synthesized,
                     recording.cached, plan)


def record(plan: Iterable[SpokenSentence], options: AudioOptions, engine: TtsEngine,
           cache: SpeechCache | None = None) -> Recording:
    """Speak every sentence of ``plan`` (a :class:`SpeechPlan`, or its sentences as they
    come) or take it from ``cache``, join them with their pauses and encode the MP3 as it
    goes; the cues time each sentence from its first to its last voiced sample.

    Streamed: a sentence's PCM is encoded and dropped before the next one is spoken, so
    memory does not grow with the article (only the MP3 frames are kept). While every
    sentence comes from the cache nothing is encoded: when the whole narration was
    encoded before (the cache keeps it under a key over every segment's PCM and pause),
    its frames are taken as they are.
    """
    return _Recorder(options, engine, cache).run(plan)


class _Recorder:
    """One recording's state (see :func:`record`)."""

    def __init__(self, options: AudioOptions, engine: TtsEngine,
                 cache: SpeechCache | None) -> None:
        self.options, self.engine, self.cache = options, engine, cache
        self.version = engine.version()
        self.key_options = asdict(options.speech_options())
        self.recent: OrderedDict[str, Synthesis] = OrderedDict()  # repeats, no cache
        self.synthesized = self.cached = 0
        self.sample_rate = 0
        self.position = 0  # samples so far, pauses included
        self.cues: list[Cue] = []
        # while every segment is a cache hit: (segment, key, pause samples), not encoded
        self.pending: list[tuple[SpokenSentence, str, int]] | None = \
            [] if cache is not None else None
        self.stream: Mp3Stream | None = None
        self.whole = hashlib.sha256()  # names the whole narration's MP3 in the cache

    def run(self, plan: Iterable[SpokenSentence]) -> Recording:
        for seg in plan:
            key = self._key(seg)
            syn, from_cache = self._segment(seg, key)
            if not self.cues:
                self.sample_rate = syn.sample_rate
                self.whole.update(f"lameenc {_lameenc_version()}; {self.sample_rate} Hz; "
                                  f"{self.options.bitrate} kb/s; mono; q{LAME_QUALITY}\n"
                                  .encode())
            elif syn.sample_rate != self.sample_rate:
                raise SpeechError(None, f"{self.engine.name}: segments came back at "
                                        "different sample rates")
            pause = round(seg.pause_before * self.sample_rate)
            self.whole.update(f"{pause} {hashlib.sha256(syn.pcm).hexdigest()}\n".encode())
            self._cue(seg, syn, pause)
            if self.pending is not None and from_cache:
                self.pending.append((seg, key, pause))  # encoded later, or never
            else:
                self._flush_pending()
                self._encode(pause, syn.pcm)
        if not self.cues:
            raise ExportError(None, "audio: the article has no text to speak")
        tail = round(TAIL * self.sample_rate)
        self.position += tail
        self.whole.update(f"tail {tail}\n".encode())
        # what a decoder plays: the PCM after the encoder delay (the final frame's padding
        # adds a little more, so every cue and chapter ends inside the decoded audio)
        duration = (self.position + ENCODER_DELAY_SAMPLES) / self.sample_rate
        whole_key = self.whole.hexdigest()
        mp3 = self.cache.get_encoded(whole_key) if self.pending is not None and \
            self.cache is not None else None
        if mp3 is None:
            self._flush_pending()
            assert self.stream is not None
            self.stream.silence(tail)
            mp3 = self.stream.finish()
            if self.cache is not None:
                self.cache.put_encoded(whole_key, mp3)
        return Recording(mp3, self.sample_rate, tuple(self.cues), duration,
                         self.synthesized, self.cached)

    def _key(self, seg: SpokenSentence) -> str:
        """The segment's cache key: its engine, voice, rate and text (each run's)."""
        if not seg.runs:
            return cache_key(engine=self.engine.name, version=self.version, voice=seg.voice,
                             rate=self.engine.effective_rate(seg.lang),
                             options=self.key_options, text=seg.speech)
        return cache_key(engine=self.engine.name, version=self.version,
                         voice="+".join(r.voice for r in seg.runs),
                         rate=self.engine.effective_rate(seg.lang), options=self.key_options,
                         text="\n".join(f"{r.voice} {self.engine.effective_rate(r.lang)} "
                                        f"{r.speech}" for r in seg.runs))

    def _speak(self, seg: SpokenSentence) -> Synthesis:
        """The engine's synthesis of the segment: its runs one after the other, each
        by its own voice, as one."""
        if not seg.runs:
            return self.engine.synthesize(seg.speech, seg.lang, seg.voice)
        parts = [self.engine.synthesize(r.speech, r.lang, r.voice) for r in seg.runs]
        if len({p.sample_rate for p in parts}) != 1:
            raise SpeechError(None, f"{self.engine.name}: voices came back at different "
                                    "sample rates")
        # the engine ends each run with a sentence's pause: inside the sentence only a
        # short one is left between runs
        gap = round(RUN_GAP * parts[0].sample_rate)
        parts = [p if n == len(parts) - 1 else
                 replace(p, pcm=p.pcm[:2 * min(p.samples, _voiced_samples(p.pcm) + gap)])
                 for n, p in enumerate(parts)]
        marks: list[Mark] = []
        offset, samples = 0, 0
        for run, part in zip(seg.runs, parts, strict=True):
            marks.extend(Mark(m.offset + offset, m.time_s + samples / part.sample_rate)
                         for m in part.marks)
            offset += len(run.speech) + 1
            samples += part.samples
        return Synthesis(b"".join(p.pcm for p in parts), parts[0].sample_rate, tuple(marks))

    def _segment(self, seg: SpokenSentence, key: str) -> tuple[Synthesis, bool]:
        """The segment's synthesis, and whether it came from the cache."""
        found = self.recent.get(key) or (self.cache.get(key) if self.cache else None)
        if found is not None:
            self.cached += 1
            return found, True
        found = self._speak(seg)
        self.synthesized += 1
        if self.cache is not None:
            self.cache.put(key, found)
        else:  # a sentence said again soon (a refrain, a repeated heading) is not re-spoken
            self.recent[key] = found
            if len(self.recent) > _RECENT:
                self.recent.popitem(last=False)
        return found, False

    def _cue(self, seg: SpokenSentence, syn: Synthesis, pause: int) -> None:
        start = self.position + pause
        end = start + _voiced_samples(syn.pcm)
        if end <= start:  # a silent synthesis: keep the cue visible for its length
            end = start + max(syn.samples, 1)
        self.position = start + len(syn.pcm) // 2
        rate = self.sample_rate
        self.cues.append(Cue(seg.block, seg.sentence, (start + ENCODER_DELAY_SAMPLES) / rate,
                             (end + ENCODER_DELAY_SAMPLES) / rate, seg.text, seg.char_start,
                             seg.char_end, seg.part))

    def _encode(self, pause: int, pcm: bytes) -> None:
        if self.stream is None:
            self.stream = Mp3Stream(self.sample_rate, self.options.bitrate)
        self.stream.silence(pause)
        self.stream.write(pcm)

    def _flush_pending(self) -> None:
        """Encode the cache hits held back so far (read again, one at a time), and
        stream from now on."""
        pending, self.pending = self.pending, None
        for seg, key, pause in pending or ():
            found = self.cache.get(key) if self.cache is not None else None
            if found is None:  # evicted meanwhile by another process: speak it again
                found = self._speak(seg)
            self._encode(pause, found.pcm)


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
