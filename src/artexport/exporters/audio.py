"""Speech audio: the article read aloud as a tagged, chaptered MP3 plus a WebVTT file.

The work is split so other exporters can reuse it without writing files:

:func:`synthesize_article` -> :class:`Narration`
    plans what is said (title, subtitle, date and dateline first, then every block's
    sentences), normalises each sentence for speech, synthesises it (or takes it from
    the segment cache), joins the PCM with pauses, encodes MP3 with ID3v2.4 tags,
    chapters and cover. It returns the MP3 bytes, the duration, one :class:`Cue` per
    spoken sentence -- (block index, sentence index, start, end, text) -- and the
    chapters. The VTT and the CHAP frames are both derived from those cues, so the
    captions, the chapters and a later read-along (EPUB Media Overlays, HTML highlighting)
    all agree.

:class:`AudioExporter` (entry point ``audio``)
    renders ``<slug>.mp3`` with ``<slug>.vtt`` beside it.

Sentences are synthesised one by one: their PCM lengths give exact cue times whatever
the engine, and one sentence is the unit of the cache, so an edited article re-speaks
only what changed. Sentence indices are those of :func:`block_sentences`, which splits
each line of :func:`artexport.model.block_texts` with
:func:`artexport.text.sentences.sentence_bounds`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import io
import sys
import urllib.parse
import warnings
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from ..errors import ArtexportError, ArtexportWarning, ExportError
from ..model import Article, Block, Heading, Preformatted, block_texts
from ..resources import ResourceGuard
from ..text.lang import primary_subtag
from ..text.sentences import sentence_bounds
from ..text.speech import SpeechOptions, speak_date, speech_text
from ..tts import EngineConfig, SpeechError, Synthesis, TtsEngine, make_engine
from ..tts.cache import SpeechCache, cache_key, default_cache_dir
from .base import Exporter, Rendered

__all__ = ["AudioExporter", "AudioOptions", "Chapter", "Cue", "Narration", "block_sentences",
           "synthesize_article", "to_vtt"]

# Pauses, in seconds. Sentences inside a block follow each other directly: the engines
# already end each one with a sentence pause.
PAUSE_AFTER_INTRO_PART = 0.35
PAUSE_AFTER_INTRO = 0.9
PAUSE_BETWEEN_BLOCKS = 0.45
PAUSE_BEFORE_HEADING = 0.9
PAUSE_AFTER_HEADING = 0.5
LEAD_IN = 0.2
TAIL = 0.6
SILENCE_LEVEL = 256  # |sample| below this (about -42 dBFS) counts as silence for cue ends
# LAME's encoder + decoder delay: a decoder plays sample n of our PCM at n + 1105 (we write
# no gapless-playback header for it to trim), so cue and chapter times are shifted by it.
ENCODER_DELAY_SAMPLES = 1105
LAME_QUALITY = 5

# MPEG-2 layer III (16/22.05/24 kHz) and MPEG-1 (32/44.1/48 kHz) bit rates, kb/s
_BITRATES_MPEG2 = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_BITRATES_MPEG1 = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)

# ISO 639-2 codes for ID3 TLAN (the terminology forms, which are also ISO 639-3)
_ISO639_2 = {"ar": "ara", "en": "eng", "fa": "fas", "ur": "urd", "he": "heb", "fr": "fra",
             "de": "deu", "es": "spa", "pt": "por", "it": "ita", "tr": "tur", "ps": "pus",
             "ku": "kur", "ckb": "ckb", "sd": "snd", "ug": "uig", "dv": "div", "yi": "yid"}

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
_MAX_COVER_BYTES = 300_000
_COVER_SIDE = 800  # pixels; a larger or exotic cover is re-encoded as JPEG this size

_PARAGRAPHS = {"ar": ("الفقرة {n}", "الفقرات {n}–{m}"),
               "fa": ("بند {n}", "بندهای {n}–{m}"),
               "en": ("Paragraph {n}", "Paragraphs {n}–{m}")}


@dataclass(frozen=True)
class AudioOptions:
    """Options of the ``audio`` exporter (CLI: ``--opt audio.key=value``).

    ``engine``: a registered TTS engine (``espeak`` offline, ``gtts`` online).
    ``voice``: the engine's voice name; ``None`` picks one for the article's language.
    ``rate``: the engine's words per minute; ``None`` uses a per-language default that
    lands near 150 of the article's words per minute (Arabic words are long: espeak runs
    at 240 for Arabic). ``chapters``: one chapter per heading (articles without headings
    fall back to paragraph groups) or per ``paragraphs_per_chapter`` paragraphs.
    ``latin``/``urls``: speak or skip Latin-script words and URLs. ``cache_dir``: the
    segment cache (``None`` disables it). ``bitrate``: MP3 kb/s, mono.
    ``timeout``/``retries``/``backoff``/``endpoint``: for online engines (seconds per
    request, extra attempts, first retry delay, replacement service URL).
    """

    engine: str = "espeak"
    voice: str | None = None
    rate: int | None = None
    chapters: Literal["headings", "paragraphs"] = "headings"
    paragraphs_per_chapter: int = 5
    latin: Literal["speak", "skip"] = "speak"
    urls: Literal["speak", "skip"] = "skip"
    cache_dir: Path | None = field(default_factory=default_cache_dir)
    bitrate: int = 48
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    endpoint: str | None = None

    def __post_init__(self) -> None:
        if self.paragraphs_per_chapter < 1:
            raise ExportError(None, "audio: option paragraphs_per_chapter must be at least 1")
        if self.rate is not None and not 40 <= self.rate <= 600:
            raise ExportError(None, f"audio: option rate must be 40..600 words per minute, "
                                    f"not {self.rate}")
        if self.bitrate not in _BITRATES_MPEG1 + _BITRATES_MPEG2:
            raise ExportError(None, f"audio: option bitrate {self.bitrate} is not an MP3 "
                                    "bit rate (e.g. 32, 48, 64)")
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0:
            raise ExportError(None, "audio: options timeout must be > 0, retries and backoff "
                                    ">= 0")

    def speech_options(self) -> SpeechOptions:
        return SpeechOptions(latin=self.latin, urls=self.urls)

    def engine_config(self) -> EngineConfig:
        return EngineConfig(rate=self.rate, timeout=self.timeout, retries=self.retries,
                            backoff=self.backoff, endpoint=self.endpoint)


@dataclass(frozen=True)
class Cue:
    """One spoken sentence.

    ``block`` indexes ``article.blocks`` (``None`` for the spoken header: ``part`` is then
    ``title``, ``subtitle``, ``date`` or ``dateline``); ``sentence`` indexes
    :func:`block_sentences` of that block (or the header part's sentences), and
    ``char_start``/``char_end`` locate ``text`` in that block's text. ``text`` is the
    sentence as written (for the date, the words spoken).
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
class Narration:
    """The synthesis result: a tagged MP3, its duration, sentence cues and chapters."""

    mp3: bytes
    duration_s: float
    sample_rate: int
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]
    engine: str
    voice: str
    synthesized: int = 0  # segments the engine spoke in this run
    cached: int = 0  # segments taken from the cache (or repeated within the article)

    def vtt(self) -> str:
        """The WebVTT captions: one cue per sentence."""
        return to_vtt(self.cues)


# ---- what is said ------------------------------------------------------------------
def block_sentences(block: Block, lang: str) -> tuple[str, list[tuple[int, int]]]:
    """The block's text (its :func:`~artexport.model.block_texts` lines joined by
    newlines) and the (start, end) of each sentence in it, in reading order.

    Each line is split on its own, so a list item or a quote's attribution never runs
    into the next one. Program code (:class:`Preformatted`) has no sentences: it is not
    read aloud.
    """
    if isinstance(block, Preformatted):
        return "", []
    lines = block_texts(block)
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        bounds.extend((pos + s, pos + e) for s, e in sentence_bounds(line, lang))
        pos += len(line) + 1
    return "\n".join(lines), bounds


@dataclass(frozen=True)
class _Segment:
    part: str
    block: int | None
    sentence: int
    text: str
    char_start: int
    char_end: int
    speech: str
    pause_before: float


def _speakable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _plan(article: Article, speech: SpeechOptions) -> list[_Segment]:
    lang = article.lang
    out: list[_Segment] = []
    pending = LEAD_IN

    def add(part: str, block: int | None, text: str, bounds: Sequence[tuple[int, int]],
            pause: float, *, spoken: str | None = None) -> bool:
        nonlocal pending
        added = False
        for i, (s, e) in enumerate(bounds):
            said = spoken if spoken is not None else speech_text(text[s:e], lang, speech)
            if not _speakable(said):
                continue
            out.append(_Segment(part, block, i, text[s:e], s, e, said.strip(),
                                pending if not added else 0.0))
            added = True
            pending = 0.0
        if added:
            pending = pause
        return added

    header: list[tuple[str, str]] = [("title", article.title)]
    if article.subtitle:
        header.append(("subtitle", article.subtitle))
    if article.published is not None:
        d = article.published
        header.append(("date", speak_date(d.day, d.month, d.year, lang)))
    if article.dateline:
        header.append(("dateline", article.dateline))
    for part, text in header:
        if part == "date":
            add(part, None, text, [(0, len(text))], PAUSE_AFTER_INTRO_PART, spoken=text)
        else:
            add(part, None, text, sentence_bounds(text, lang), PAUSE_AFTER_INTRO_PART)
    pending = PAUSE_AFTER_INTRO if out else LEAD_IN

    for index, block in enumerate(article.blocks):
        text, bounds = block_sentences(block, lang)
        heading = isinstance(block, Heading)
        if heading and out:
            pending = max(pending, PAUSE_BEFORE_HEADING)
        add("block", index, text, bounds,
            PAUSE_AFTER_HEADING if heading else PAUSE_BETWEEN_BLOCKS)
    return out


# ---- synthesis -----------------------------------------------------------------------
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
        return _synthesize(article, opts, engine)
    except SpeechError as e:
        raise SpeechError(where, e.problem) from e


def _synthesize(article: Article, opts: AudioOptions, engine: TtsEngine | None) -> Narration:
    tts = engine or make_engine(opts.engine, opts.engine_config())
    lang = article.lang
    voice = opts.voice or tts.default_voice(lang)
    speech = opts.speech_options()
    segments = _plan(article, speech)
    if not segments:
        raise ExportError(article.source_dir or article.slug,
                          "audio: the article has no text to speak")

    cache = SpeechCache(opts.cache_dir) if opts.cache_dir is not None else None
    version = tts.version()
    rate = tts.effective_rate(lang)
    key_options = asdict(speech)
    done: dict[str, Synthesis] = {}
    synthesized = cached = 0
    results: list[Synthesis] = []
    for seg in segments:
        key = cache_key(engine=tts.name, version=version, voice=voice, rate=rate,
                        options=key_options, text=seg.speech)
        found = done.get(key) or (cache.get(key) if cache else None)
        if found is None:
            found = tts.synthesize(seg.speech, lang, voice)
            synthesized += 1
            if cache is not None:
                cache.put(key, found)
        else:
            cached += 1
        done[key] = found
        results.append(found)

    sample_rate = results[0].sample_rate
    if any(r.sample_rate != sample_rate for r in results):
        raise SpeechError(None, f"{tts.name}: segments came back at different sample rates")

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

    chapters = _chapters(article, opts, segments, cues, duration)
    mp3 = _encoded_mp3(bytes(pcm), sample_rate, opts.bitrate, cache)
    mp3 = _tag(mp3, article, chapters, duration, f"{version}, voice {voice}")
    return Narration(mp3, duration, sample_rate, tuple(cues), tuple(chapters), tts.name, voice,
                     synthesized, cached)


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


def _paragraph_title(lang: str, n: int, m: int) -> str:
    single, many = _PARAGRAPHS.get(primary_subtag(lang), _PARAGRAPHS["en"])
    return single.format(n=n) if n == m else many.format(n=n, m=m)


def _chapters(article: Article, opts: AudioOptions, segments: Sequence[_Segment],
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
            starts.append((first_cue[first], _paragraph_title(article.lang, g + 1,
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


def _encoded_mp3(pcm: bytes, sample_rate: int, bitrate: int,
                 cache: SpeechCache | None) -> bytes:
    """The MP3 of ``pcm``, from the cache when this very PCM was encoded before: with
    every segment cached, encoding is nine tenths of a re-run."""
    if cache is None:
        return _encode_mp3(pcm, sample_rate, bitrate)
    settings = f"lameenc {_lameenc_version()}; {sample_rate} Hz; {bitrate} kb/s; mono; " \
               f"q{LAME_QUALITY}\n"
    key = hashlib.sha256(settings.encode() + pcm).hexdigest()
    found = cache.get_encoded(key)
    if found is None:
        found = _encode_mp3(pcm, sample_rate, bitrate)
        cache.put_encoded(key, found)
    return found


@functools.cache
def _lameenc_version() -> str:
    try:
        return importlib.metadata.version("lameenc")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _encode_mp3(pcm: bytes, sample_rate: int, bitrate: int) -> bytes:
    import lameenc

    allowed = _BITRATES_MPEG1 if sample_rate >= 32_000 else _BITRATES_MPEG2
    if bitrate not in allowed:
        raise ExportError(None, f"audio: bitrate {bitrate} kb/s is not valid at {sample_rate} Hz "
                                f"(choose one of {', '.join(map(str, allowed))})")
    enc = lameenc.Encoder()
    enc.set_bit_rate(bitrate)
    enc.set_in_sample_rate(sample_rate)
    enc.set_out_sample_rate(sample_rate)  # LAME would otherwise resample low bit rates
    enc.set_channels(1)
    # LAME's default quality 5: at 48 kb/s mono speech it sounds the same as 2 and
    # encodes twice as fast (the encoder is most of a re-run's time)
    enc.set_quality(LAME_QUALITY)
    enc.silence()
    return bytes(enc.encode(pcm)) + bytes(enc.flush())


# ---- tags ----------------------------------------------------------------------------
def _tag(mp3: bytes, article: Article, chapters: Sequence[Chapter], duration: float,
         narrator: str) -> bytes:
    # mutagen's frame classes carry no type hints; use them through an Any-typed module
    m: Any = importlib.import_module("mutagen.id3")
    save_frame = importlib.import_module("mutagen.id3._tags").save_frame

    class OrderedID3(m.ID3):  # type: ignore[misc]
        """Writes frames in the order they were added. mutagen sorts by frame size,
        which scatters the CHAP frames; players and checkers read chapters in file
        order, so we keep them chronological (the rest stays in a sensible order)."""

        def _write(self, config: object) -> bytearray:
            return bytearray().join(save_frame(f, config=config) for f in self.values())

    utf8 = 3
    tags = OrderedID3()
    tags.add(m.TIT2(encoding=utf8, text=[article.title]))
    if article.subtitle:
        tags.add(m.TIT3(encoding=utf8, text=[article.subtitle]))
    # TPE1 is the performer: the authors, else the publisher, else -- when the article
    # names nobody (a raw scrape) -- the synthetic voice that actually reads it
    performers = [a.name for a in article.authors] or [article.publisher or narrator]
    tags.add(m.TPE1(encoding=utf8, text=performers))
    if article.publisher:
        tags.add(m.TPUB(encoding=utf8, text=[article.publisher]))
    lang3 = language_code(article.lang)
    tags.add(m.TLAN(encoding=utf8, text=[lang3]))
    if article.published is not None:
        tags.add(m.TDRC(encoding=utf8, text=[article.published.strftime("%Y-%m-%dT%H:%M:%S")]))
    tags.add(m.TCON(encoding=utf8, text=["Speech"]))
    tags.add(m.TLEN(encoding=utf8, text=[str(round(duration * 1000))]))
    tags.add(m.TSSE(encoding=utf8, text=[f"artexport; {narrator}; LAME"]))
    if article.summary:
        tags.add(m.COMM(encoding=utf8, lang=lang3 if len(lang3) == 3 else "und", desc="",
                      text=[article.summary]))
    if article.source_url:
        # URL frames are Latin-1: an IRI (Arabic path) goes in percent-encoded
        tags.add(m.WOAS(url=urllib.parse.quote(article.source_url, safe=_URL_SAFE)))
    ids = [f"chp{i}" for i in range(1, len(chapters) + 1)]
    for cid, ch in zip(ids, chapters, strict=True):
        tags.add(m.CHAP(element_id=cid, start_time=round(ch.start_s * 1000),
                      end_time=round(ch.end_s * 1000),
                      sub_frames=[m.TIT2(encoding=utf8, text=[ch.title])]))
    if ids:
        tags.add(m.CTOC(element_id="toc", flags=m.CTOCFlags.TOP_LEVEL | m.CTOCFlags.ORDERED,
                      child_element_ids=ids,
                      sub_frames=[m.TIT2(encoding=utf8, text=[article.title])]))
    cover = _cover(article)
    if cover is not None:  # last: players read the small text frames without seeking past it
        tags.add(m.APIC(encoding=utf8, mime=cover[1], type=3, desc="cover", data=cover[0]))
    buf = io.BytesIO(mp3)
    tags.save(buf, v2_version=4, padding=lambda info: 0)  # fixed padding: same bytes each run
    return buf.getvalue()


def language_code(lang: str) -> str:
    """The ISO 639-2 code ID3 ``TLAN`` wants for a BCP 47 tag (``ar-EG`` -> ``ara``)."""
    sub = primary_subtag(lang)
    if sub in _ISO639_2:
        return _ISO639_2[sub]
    return sub if len(sub) == 3 else "und"


def _cover(article: Article) -> tuple[bytes, str] | None:
    """The lead image for APIC, read through the resource guard; big or unusual images
    are re-encoded as a JPEG of at most 800 px (a cover should not outweigh the speech)."""
    figure = article.lead_image
    if figure is None or figure.image.path is None:
        return None
    try:  # identified from the content: an Article built in Python may claim anything
        data, info = ResourceGuard(article.source_dir).read_image(figure.image.path)
    except ArtexportError as e:
        warnings.warn(ArtexportWarning(f"{e}; the audio has no cover"), stacklevel=3)
        return None
    media = info.media_type
    if media in ("image/jpeg", "image/png") and len(data) <= _MAX_COVER_BYTES:
        return data, media
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as im:
            im.thumbnail((_COVER_SIDE, _COVER_SIDE))
            out = io.BytesIO()
            im.convert("RGB").save(out, "JPEG", quality=85)
    except (OSError, ValueError) as e:
        warnings.warn(ArtexportWarning(f"{figure.image.path}: cannot use as cover ({e})"),
                      stacklevel=3)
        return None
    return out.getvalue(), "image/jpeg"


# ---- captions ------------------------------------------------------------------------
def _timestamp(seconds: float) -> str:
    ms = max(int(seconds * 1000), 0)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _cue_text(text: str) -> str:
    text = " ".join(text.split())  # a blank line would end the cue
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT with one cue per sentence; cue ids name the block and sentence
    (``b3-s0``; ``title-s0`` for the spoken header) for read-along lookups."""
    lines = ["WEBVTT", ""]
    for cue in cues:
        start, end = _timestamp(cue.start_s), _timestamp(cue.end_s)
        if end <= start:
            continue
        ident = f"b{cue.block}-s{cue.sentence}" if cue.block is not None \
            else f"{cue.part}-s{cue.sentence}"
        lines += [ident, f"{start} --> {end}", _cue_text(cue.text), ""]
    return "\n".join(lines)


# ---- the exporter --------------------------------------------------------------------
class AudioExporter(Exporter):
    """The article read aloud: ``<slug>.mp3`` (ID3v2.4 tags, chapters, cover) and
    ``<slug>.vtt`` (sentence captions)."""

    name: ClassVar[str] = "audio"
    file_extension: ClassVar[str] = "mp3"
    media_type: ClassVar[str] = "audio/mpeg"
    Options: ClassVar[type[AudioOptions]] = AudioOptions
    description: ClassVar[str] = "Speech audio: MP3 with ID3 tags and chapters, WebVTT captions"

    def narrate(self, article: Article) -> Narration:
        """The synthesis result without writing anything; shared with the read-along
        EPUB and HTML of the same article and options in this process."""
        from ..readalong import narrate

        return narrate(article, self.options)

    def render(self, article: Article) -> Rendered:
        narration = self.narrate(article)
        return Rendered(narration.mp3, {".vtt": narration.vtt().encode("utf-8")})
