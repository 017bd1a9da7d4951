"""What is said, in which voice, with which exact words: the speech plan of an article.

:func:`plan_speech` walks the article as a listener hears it -- title, subtitle, date and
dateline first, then every block's sentences (program code is never read) -- and gives
each sentence its language (:mod:`artexport.narration.languages`), the voice of that
language, and the text the engine is handed: the sentence normalised for speech
(:func:`artexport.text.speech.speech_text`: numbers, dates and times as words in the
sentence's language, URLs, furniture), Arabic given its short vowels
(:func:`artexport.text.diacritize.diacritize`), and every mark written as the engine
reads it (:func:`artexport.text.speech_marks.speakable_marks`).

The plan is what a proofreader of an audiobook checks (``artexport inspect --speech``):
:meth:`SpeechPlan.lines` prints one line per sentence, voice and engine text.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..errors import ArtexportWarning, ExportError
from ..model import Article, Block, Heading, Preformatted, block_texts
from ..text.diacritize import DiacritizerError, diacritize, diacritizer_version
from ..text.lang import is_arabic_script, primary_subtag
from ..text.sentences import sentence_bounds
from ..text.speech import speak_date, speech_text
from ..text.speech_marks import speakable_marks
from ..tts import SpeechError, TtsEngine
from ..tts.cache import SpeechCache
from .languages import block_language, sentence_language
from .options import AudioOptions

__all__ = ["LEAD_IN", "SpeechPlan", "SpokenSentence", "block_sentences", "plan_speech"]

# Pauses, in seconds. Sentences inside a block follow each other directly: the engines
# already end each one with a sentence pause.
PAUSE_AFTER_INTRO_PART = 0.35
PAUSE_AFTER_INTRO = 0.9
PAUSE_BETWEEN_BLOCKS = 0.45
PAUSE_BEFORE_HEADING = 0.9
PAUSE_AFTER_HEADING = 0.5
LEAD_IN = 0.2


@dataclass(frozen=True)
class SpokenSentence:
    """One sentence as the engine will say it.

    ``part`` is ``block`` for the article's blocks (``block`` indexes ``article.blocks``,
    ``sentence`` the block's sentences as :func:`block_sentences` numbers them) or
    ``title``/``subtitle``/``date``/``dateline`` for the spoken header. ``text`` is the
    sentence as written (``char_start``/``char_end`` locate it in the block's text);
    ``lang`` the language it is read in, ``voice`` the engine's voice for it, ``speech``
    the exact text handed to the engine. ``pause_before`` is the silence before it, in
    seconds. ``vowelled``: the diacritizer gave it its vowels.
    """

    part: str
    block: int | None
    sentence: int
    text: str
    char_start: int
    char_end: int
    lang: str
    voice: str
    speech: str
    pause_before: float
    vowelled: bool = False


@dataclass(frozen=True)
class SpeechPlan:
    """Every sentence an article's narration says, in order, with its voice and the
    engine's text. ``engine`` is the engine's name; ``voice`` the voice of the article's
    own language; ``diacritized`` the number of sentences the diacritizer vowelled."""

    engine: str
    voice: str
    sentences: tuple[SpokenSentence, ...]
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __iter__(self) -> Iterator[SpokenSentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def voices(self) -> tuple[str, ...]:
        """The voices the narration uses, in order of first use."""
        return tuple(dict.fromkeys(s.voice for s in self.sentences))

    @property
    def diacritized(self) -> int:
        return sum(1 for s in self.sentences if s.vowelled)

    def lines(self) -> list[str]:
        """One line per sentence: where it is, its language and voice, then the exact
        engine text (tab-separated), for ``artexport inspect --speech``."""
        out = []
        for s in self.sentences:
            where = f"{s.part}" if s.block is None else f"b{s.block}"
            out.append(f"{where}-s{s.sentence}\t{s.lang}\t{self.engine}:{s.voice}\t"
                       f"{' '.join(s.speech.split())}")
        return out


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


def _speakable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


class _Planner:
    """Builds one plan: voices looked up once per language, vowels from the cache."""

    def __init__(self, article: Article, options: AudioOptions, engine: TtsEngine,
                 cache: SpeechCache | None) -> None:
        self.article = article
        self.options = options
        self.engine = engine
        self.cache = cache
        self.speech = options.speech_options()
        self.voices: dict[str, str] = {}
        self.warnings: list[str] = []
        self.main_voice = self.voice(article.lang)
        self.keep = frozenset(w for a in article.authors for w in a.name.split())
        self.out: list[SpokenSentence] = []
        self.pending = LEAD_IN

    @property
    def where(self) -> str:
        return str(self.article.source_dir or self.article.slug)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        warnings.warn(ArtexportWarning(f"{self.where}: {message}"), stacklevel=4)

    def voice(self, lang: str) -> str:
        """The voice for ``lang``: the chosen one for the article's language, else the
        engine's default; a language the engine lacks falls back to the article's."""
        primary = primary_subtag(lang)
        if primary not in self.voices:
            if self.options.voice and primary == primary_subtag(self.article.lang):
                self.voices[primary] = self.options.voice
            else:
                try:
                    self.voices[primary] = self.engine.default_voice(lang)
                except SpeechError:
                    if primary == primary_subtag(self.article.lang):
                        raise
                    self.voices[primary] = self.main_voice
                    self.warn(f"audio: {self.engine.name} has no voice for {lang!r}; "
                              f"those sentences are read by {self.main_voice!r}")
        return self.voices[primary]

    def engine_text(self, text: str, lang: str, *, spoken: bool = False) -> tuple[str, bool]:
        """What the engine is handed for ``text`` in ``lang``, and whether the
        diacritizer vowelled it."""
        said = text if spoken else speech_text(text, lang, self.speech)
        said = said.strip()
        if not is_arabic_script(lang):
            return said, False
        vowelled = False
        if self.options.diacritize and primary_subtag(lang) == "ar" and _speakable(said):
            said, vowelled = self.vowels(said)
        return speakable_marks(said), vowelled

    def vowels(self, text: str) -> tuple[str, bool]:
        key = hashlib.sha256("\n".join(["diacritized", diacritizer_version(),
                                        " ".join(sorted(self.keep)), text]).encode()
                             ).hexdigest()
        found = self.cache.get_text(key) if self.cache is not None else None
        if found is not None:
            return found, found != text
        try:
            vowelled = diacritize(text, keep=self.keep)
        except DiacritizerError as e:
            self.warn(f"audio: {e}; the sentence is read without added vowels: "
                      f"{text[:60]!r}")
            return text, False
        if self.cache is not None:
            self.cache.put_text(key, vowelled)
        return vowelled, vowelled != text

    def add(self, part: str, block: int | None, text: str, bounds: Sequence[tuple[int, int]],
            lang: str, pause: float, *, spoken: str | None = None) -> None:
        added = False
        for i, (s, e) in enumerate(bounds):
            written = text[s:e]
            said_lang = sentence_language(written, lang) if spoken is None else lang
            said, vowelled = self.engine_text(spoken if spoken is not None else written,
                                              said_lang, spoken=spoken is not None)
            if not _speakable(said):
                continue
            self.out.append(SpokenSentence(part, block, i, written, s, e, said_lang,
                                           self.voice(said_lang), said,
                                           self.pending if not added else 0.0, vowelled))
            added = True
            self.pending = 0.0
        if added:
            self.pending = pause

    def plan(self) -> SpeechPlan:
        article, lang = self.article, self.article.lang
        if article.title:
            self.add("title", None, article.title, sentence_bounds(article.title, lang),
                     lang, PAUSE_AFTER_INTRO_PART)
        if article.subtitle:
            self.add("subtitle", None, article.subtitle,
                     sentence_bounds(article.subtitle, lang), lang, PAUSE_AFTER_INTRO_PART)
        if article.published is not None:
            d = article.published
            date = speak_date(d.day, d.month, d.year, lang)
            self.add("date", None, date, [(0, len(date))], lang, PAUSE_AFTER_INTRO_PART,
                     spoken=date)
        if article.dateline:
            self.add("dateline", None, article.dateline,
                     sentence_bounds(article.dateline, lang), lang, PAUSE_AFTER_INTRO_PART)
        self.pending = PAUSE_AFTER_INTRO if self.out else LEAD_IN
        for index, block in enumerate(article.blocks):
            text, _ = block_sentences(block, lang)
            block_lang = block_language(article, block, text)
            text, bounds = block_sentences(block, block_lang)
            heading = isinstance(block, Heading)
            if heading and self.out:
                self.pending = max(self.pending, PAUSE_BEFORE_HEADING)
            self.add("block", index, text, bounds, block_lang,
                     PAUSE_AFTER_HEADING if heading else PAUSE_BETWEEN_BLOCKS)
        return SpeechPlan(self.engine.name, self.main_voice, tuple(self.out),
                          tuple(self.warnings))


def plan_speech(article: Article, options: AudioOptions | None = None, *,
                engine: TtsEngine | None = None,
                cache: SpeechCache | None = None) -> SpeechPlan:
    """The speech plan of ``article``: every sentence with its language, voice and the
    exact text the engine is handed. Runs no synthesis; vowelled sentences are taken
    from (and stored in) the segment cache of ``options.cache_dir`` unless ``cache`` is
    given. Sentences the diacritizer refuses are read bare, with a warning naming the
    article. Raises :class:`~artexport.errors.ExportError` when nothing is speakable."""
    from ..tts import make_engine

    opts = options or AudioOptions()
    tts = engine or make_engine(opts.engine, opts.engine_config())
    if cache is None and opts.cache_dir is not None:
        cache = SpeechCache(opts.cache_dir)
    plan = _Planner(article, opts, tts, cache).plan()
    if not plan.sentences:
        raise ExportError(article.source_dir or article.slug,
                          "audio: the article has no text to speak")
    return plan
