"""What is said, in which voice, with which exact words: the speech plan of an article.

:func:`plan_speech` walks the article as a listener hears it -- what every edition prints
before the body (section, title, subtitle, byline, dates, standfirst, lead-image caption,
dateline), every block's sentences (program code is never read), then the topics and
publisher after their labels -- and gives each sentence its language
(:mod:`artexport.narration.languages`), the voice of that language, and the text the
engine is handed: the sentence normalised for speech
(:func:`artexport.text.speech.speech_text`: numbers, dates and times as words in the
sentence's language, URLs, furniture), Arabic given its short vowels
(:func:`artexport.text.diacritize.diacritize`), the word before each stop in its pausal
form, and the whole spelled as the engine needs it (:meth:`TtsEngine.engine_text
<artexport.tts.TtsEngine.engine_text>`: espeak-ng's spelling of Arabic; another voice
is handed the vowelled words as written).

The plan is what a proofreader of an audiobook checks (``artexport inspect --speech``):
:meth:`SpeechPlan.lines` prints one line per sentence, voice and engine text.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from typing import TypeAlias

from ..edition import Edition
from ..errors import ArtexportWarning, ExportError, caller_stacklevel
from ..model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Preformatted,
    Table,
    block_texts,
    plain_text,
)
from ..resources import DEFAULT_LIMITS
from ..text.dates import reader_date
from ..text.diacritize import DiacritizerError, diacritize, diacritizer_version
from ..text.lang import is_arabic_script, primary_subtag
from ..text.quran_suras import with_sura_vowels
from ..text.sentences import sentence_bounds
from ..text.speech import speak_date, speak_time, speech_text
from ..text.speech_marks import pausal_forms, readable_marks
from ..text.spoken_dates import DATE_LANGUAGES, slashed_date_order
from ..text.spoken_vowels import (
    with_digit_vowels,
    with_number_vowels,
    with_own_vowels,
    with_proclitic_vowels,
)
from ..tts import SpeechError, TtsEngine
from ..tts.cache import SpeechCache
from .languages import (
    Mark,
    block_language,
    marked_runs,
    sentence_language,
    sentence_runs,
    spoken_inlines,
)
from .lead_ins import column_headers, list_numbers
from .options import AudioOptions

__all__ = ["LEAD_IN", "SpeechPlan", "SpokenRun", "SpokenSentence", "block_sentences",
           "plan_speech"]

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
    ``section``/``title``/``subtitle``/``byline``/``date``/``updated``/``summary``/
    ``lead``/``dateline`` for the spoken header, ``credit`` for an image's credit
    (``sentence``: 0 for the lead image's, block index + 1 for a figure's),
    ``topics``/``publisher`` after the body. ``text`` is the sentence as written
    (``char_start``/``char_end`` locate it in the block's text);
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
    runs: tuple[SpokenRun, ...] = ()


@dataclass(frozen=True)
class SpokenRun:
    """A stretch of a sentence read by another voice than the sentence's: an Arabic
    quotation in an English sentence (the English voice spelled it letter by letter,
    "Arabic alif, Arabic lam..."). A sentence with runs is said run after run, each in
    its ``lang`` by its ``voice``; its ``speech`` is theirs joined."""

    lang: str
    voice: str
    speech: str


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
            if s.runs:  # "en+ar", "espeak:en+ar", "[en] ... [ar] ..."
                langs = "+".join(dict.fromkeys(r.lang for r in s.runs))
                voices = "+".join(dict.fromkeys(r.voice for r in s.runs))
                said = " ".join(f"[{r.voice}] {' '.join(r.speech.split())}" for r in s.runs)
                out.append(f"{where}-s{s.sentence}\t{langs}\t{self.engine}:{voices}\t{said}")
                continue
            out.append(f"{where}-s{s.sentence}\t{s.lang}\t{self.engine}:{s.voice}\t"
                       f"{' '.join(s.speech.split())}")
        return out


def block_sentences(block: Block, lang: str) -> tuple[str, list[tuple[int, int]]]:
    """The block's text (its :func:`~artexport.model.block_texts` lines joined by
    newlines) and the (start, end) of each sentence in it, in reading order.

    Each line is split on its own, so a list item or a quote's attribution never runs
    into the next one. Program code (:class:`Preformatted`) has no sentences: it is not
    read aloud (other preformatted text is, line by line).
    """
    if isinstance(block, Preformatted) and block.code:
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


_Job: TypeAlias = "Future[tuple[str, str | None, bool]]"


class _Planner:
    """Builds one plan: voices looked up once per language, vowels from the cache.

    :meth:`build` lays out every sentence and starts the diacritizer on those that want
    vowels -- in ``pool`` when given, so a caller can speak the first sentences while
    the next ones are being vowelled (the model releases the GIL) -- and
    :meth:`sentences` yields them in order as their vowels arrive.
    """

    def __init__(self, article: Article, options: AudioOptions, engine: TtsEngine,
                 cache: SpeechCache | None, pool: Executor | None = None) -> None:
        self.article = article
        self.options = options
        self.engine = engine
        self.cache = cache
        self.pool = pool
        # (one order of "12/08/2026" for the whole article: its other dates tell it)
        self.speech = replace(options.speech_options(), date_order=slashed_date_order(
            article.lang, [article.title, *(t for b in article.blocks for t in block_texts(b))],
            article.source_url))
        self.voices: dict[str, str] = {}
        self.warnings: list[str] = []
        self.main_voice = self.voice(article.lang)
        self.keep = frozenset(w for a in article.authors for w in a.name.split())
        # each sentence with its vowel jobs: (run index, or -1 for the sentence; job; key)
        self.drafts: list[tuple[SpokenSentence, list[tuple[int, _Job, str]]]] = []
        self.done: list[SpokenSentence] = []
        self.pending = LEAD_IN
        self.spoken = 0  # characters handed to the engine so far (the cost model)
        self.words = 0  # and words: "& & &" is a word every two characters

    @property
    def where(self) -> str:
        return str(self.article.source_dir or self.article.slug)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        warnings.warn(ArtexportWarning(f"{self.where}: {message}"), stacklevel=caller_stacklevel())

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
                except SpeechError as e:
                    if primary == primary_subtag(self.article.lang):
                        # (Sorani, Pashto: the whole article, every format, failed
                        # on it; say what a publisher can do)
                        near = self._persian_voice(lang)
                        raise SpeechError(e.path, (
                            f"{e.problem}; {self.engine.name} has no voice for the "
                            f"article's language ({lang}): name one with --opt "
                            f"audio.voice=NAME{f' (the nearest: {near})' if near else ''}"
                            ", or leave audio out of --format")) from e
                    self.voices[primary] = self._nearest_voice(lang)
                    self.warn(f"audio: {self.engine.name} has no voice for {lang!r}; "
                              f"those sentences are read by {self.voices[primary]!r}")
        return self.voices[primary]

    def _nearest_voice(self, lang: str) -> str:
        """A voice for a language the engine lacks: Persian's for another language in
        Arabic letters but Arabic (Pashto, Sorani, Balochi share its letters and more of
        its sounds), else the article's."""
        return self._persian_voice(lang) or self.main_voice

    def _persian_voice(self, lang: str) -> str | None:
        if is_arabic_script(lang) and primary_subtag(lang) != "ar":
            try:
                return self.engine.default_voice("fa")
            except SpeechError:
                pass
        return None

    def vowel_job(self, text: str) -> tuple[_Job, str]:
        """The vowelled ``text`` to come (from the cache at once, else from the model)
        and its cache key. The job's result: (text, problem or None, fresh)."""
        key = hashlib.sha256("\n".join(["diacritized", diacritizer_version(),
                                        " ".join(sorted(self.keep)), text]).encode()
                             ).hexdigest()
        found = self.cache.get_text(key) if self.cache is not None else None
        if found is not None or self.pool is None:
            job: _Job = Future()
            job.set_result((found, None, False) if found is not None else _vowel(text, self.keep))
            return job, key
        return self.pool.submit(_vowel, text, self.keep), key

    def add(self, part: str, block: int | None, text: str, bounds: Sequence[tuple[int, int]],
            lang: str, pause: float, *, spoken: str | None = None, first: int = 0,
            marks: Sequence[Mark] = (), headers: Mapping[int, str] | None = None,
            apart: bool = False) -> None:
        """Lay out the sentences of ``text`` (``bounds``) in ``lang``; ``marks`` are the
        runs its markup names in another language (:func:`marked_runs`); ``headers`` what
        is said before the sentence at an offset (:mod:`.lead_ins`: a cell's column header,
        said with the cell; ``apart``, a list item's number, voiced apart from its words)."""
        added = False
        for i, (s, e) in enumerate(bounds, start=first):
            written = text[s:e]
            runs = None
            if spoken is None:
                said_lang, runs = sentence_runs(
                    written, sentence_language(written, lang, self.article.lang),
                    self.article.lang, [(ms - s, me - s, m) for ms, me, m in marks])
            else:
                said_lang = lang
            said = spoken if spoken is not None else speech_text(
                written, said_lang, self.speech, engine_spelling=False)
            said = said.strip()
            header = headers.get(s) if headers else None
            if header is not None and _speakable(said):
                if runs is None and said_lang == lang and not apart:
                    said = speech_text(f"{header}: {written}", lang, self.speech,
                                       engine_spelling=False).strip()
                else:  # the header in the table's language, the cell in its own
                    runs = [(f"{header}:", lang), *(runs or [(written, said_lang)])]
            if not _speakable(said):
                continue
            jobs: list[tuple[int, _Job, str]] = []
            spoken_runs: list[SpokenRun] = []
            if runs:
                for stretch, run_lang in runs:
                    run_said = speech_text(stretch, run_lang, self.speech,
                                           engine_spelling=False).strip()
                    if _speakable(run_said):
                        run_said = self._engine_text(part, run_said, run_lang, jobs,
                                                     len(spoken_runs))
                        spoken_runs.append(SpokenRun(run_lang, self.voice(run_lang), run_said))
                if not spoken_runs:
                    continue
                said = " ".join(r.speech for r in spoken_runs)
            else:
                said = self._engine_text(part, said, said_lang, jobs, -1)
            self.drafts.append((SpokenSentence(
                part, block, i, written, s, e, said_lang, self.voice(said_lang), said,
                self.pending if not added else 0.0,
                runs=tuple(spoken_runs)), jobs))
            added = True
            self.pending = 0.0
        if added:
            self.pending = pause

    def _engine_text(self, part: str, said: str, lang: str,
                     jobs: list[tuple[int, _Job, str]], run: int) -> str:
        """``said`` (in ``lang``) as the engine is handed it, counted against the limits;
        Arabic is sent to the diacritizer (a job for ``run`` added to ``jobs``)."""
        self._count(said)
        if not is_arabic_script(lang):
            return said
        if self.options.diacritize and primary_subtag(lang) == "ar":
            # a label or a date of ours: its words carry their own vowels
            job, key = self.vowel_job(with_own_vowels(said) if part in OWN_WORDS
                                      else with_digit_vowels(said))
            jobs.append((run, job, key))
        return self.engine.engine_text(readable_marks(said, lang=lang), lang)

    def _count(self, said: str) -> None:
        """The cost model of speech, checked before the diacritizer and the engine see
        the sentence: the PCM (and the time) grow with the characters and the words."""
        self.spoken += len(said)
        self.words += len(said.split())
        chars, words = DEFAULT_LIMITS.max_spoken_chars, DEFAULT_LIMITS.max_spoken_words
        if self.spoken > chars:
            raise ExportError(self.where, f"audio: the spoken text is over the limit of "
                                          f"{chars} characters (max_spoken_chars)")
        if self.words > words:
            raise ExportError(self.where, f"audio: the spoken text is over the limit of "
                                          f"{words} words (max_spoken_words)")

    def header(self, part: str, text: str) -> None:
        """A line of the spoken header (title, byline, standfirst...), sentence by
        sentence, in the article's language."""
        lang = self.article.lang
        self.add(part, None, text, sentence_bounds(text, lang), lang, PAUSE_AFTER_INTRO_PART)

    def footer(self, part: str, text: str, label: str) -> None:
        """A line after the article, said after its label ("Topics: ..."): one sentence
        whose offsets are those of ``text`` (what the editions mark)."""
        lang = self.article.lang
        said = speech_text(f"{label}: {text}", lang, self.speech, engine_spelling=False)
        self.add(part, None, text, [(0, len(text))], lang, PAUSE_BETWEEN_BLOCKS, spoken=said)

    def credit(self, number: int, figure: Figure) -> None:
        """The credit of an image the editions show, after its caption, as they print
        it ("(الصورة: رويترز)"). ``number``: 0 for the lead image, else the figure's
        block index + 1 (its sentence number: ``s-credit-4``)."""
        if figure.image.path is None or not figure.image.credit:
            return
        text = plain_text(Edition.of(self.article).caption(figure).credit)
        pause = self.pending
        self.add("credit", None, text, [(0, len(text))], self.article.lang, pause,
                 first=number)

    def build(self) -> None:
        """Lay out every sentence of the article (see the class docstring)."""
        article, lang = self.article, self.article.lang
        edition = Edition.of(article)
        if article.section:
            self.header("section", article.section)
        if article.title:
            self.header("title", article.title)
        if article.subtitle:
            self.header("subtitle", article.subtitle)
        if edition.byline_text:
            self.header("byline", edition.byline_text)
        # said in the language the editions print them in, by that language's voice
        date_lang = edition.date_lang
        same_day = len(edition.dates) == 2 and article.published is not None and \
            article.updated is not None and \
            article.published.date() == article.updated.date()
        for line in edition.dates:
            d = article.published if line.key == "published" else article.updated
            assert d is not None
            # one day said twice tells nothing: the times tell them apart (midnight is
            # a source that gave a date only, and the editions print no time for it); an
            # update's stamp alone says when in the day it came
            with_time = (same_day or (edition.dates == (line,) and line.key == "updated")) \
                and (d.hour, d.minute) != (0, 0)
            if primary_subtag(date_lang) not in DATE_LANGUAGES:  # as printed, by its voice
                date = speech_text(reader_date(d, date_lang, weekday=False, time=with_time),
                                   date_lang, engine_spelling=False)
            else:
                date = speak_date(d.day, d.month, d.year, date_lang)
                if with_time:
                    date += (", " if primary_subtag(date_lang) == "en" else "، ") + \
                        speak_time(d.hour, d.minute, date_lang)
            if line.key == "published" and article.published_hijri and \
                    is_arabic_script(date_lang):  # both calendars, as the editions print
                hijri = speech_text(article.published_hijri, date_lang, engine_spelling=False)
                date = f"{hijri} {edition.labels.corresponding} {date}"
            part = "date" if line.key == "published" else line.key
            # the publication date alone, as ever; a later update says what it is
            said = date if part == "date" else f"{line.label}: {date}"
            self.add(part, None, date, [(0, len(date))], date_lang, PAUSE_AFTER_INTRO_PART,
                     spoken=said)
        if edition.summary:
            self.header("summary", article.summary or "")
        if article.lead_image is not None and article.lead_image.caption:
            caption = plain_text(article.lead_image.caption)
            caption_lang = article.lead_image.lang or lang
            self.add("lead", None, caption, sentence_bounds(caption, caption_lang),
                     caption_lang, PAUSE_AFTER_INTRO_PART,
                     marks=marked_runs([article.lead_image.caption], caption_lang))
            self.credit(0, article.lead_image)
        if article.dateline:  # where the story was filed: it opens the story
            self.header("dateline", article.dateline)
        self.pending = PAUSE_AFTER_INTRO if self.drafts else LEAD_IN
        for index, block in enumerate(article.blocks):
            if isinstance(block, Preformatted) and block.code:
                # its symbols would be spelled out: the listener is told it is there, as
                # accessible audiobooks do
                said = edition.labels["code.unread"]
                self.add("code", None, said, [(0, len(said))], edition.labels.lang,
                         PAUSE_BETWEEN_BLOCKS, first=index)
                continue
            text, _ = block_sentences(block, lang)
            block_lang = block_language(article, block, text)
            text, bounds = block_sentences(block, block_lang)
            heading = isinstance(block, Heading)
            if heading and self.drafts:
                self.pending = max(self.pending, PAUSE_BEFORE_HEADING)
            self.add("block", index, text, bounds, block_lang,
                     PAUSE_AFTER_HEADING if heading else PAUSE_BETWEEN_BLOCKS,
                     marks=marked_runs(spoken_inlines(block), block_lang),
                     headers=column_headers(block) if isinstance(block, Table) else
                     list_numbers(block, block_lang) if isinstance(block, ListBlock) else None,
                     apart=isinstance(block, ListBlock))
            if isinstance(block, Figure):
                self.credit(index + 1, block)
        # what the editions print after the article: its topics and its publisher,
        # each after its label, as the book's last words
        if article.tags:
            self.pending = max(self.pending, PAUSE_BEFORE_HEADING)
            self.footer("topics", edition.topics, edition.labels.topics)
        if article.publisher:
            self.footer("publisher", article.publisher, edition.labels.publisher)
        if not self.drafts:
            raise ExportError(self.article.source_dir or self.article.slug,
                              "audio: the article has no text to speak")
        if article.blocks and not any(d[0].part == "block" for d in self.drafts):
            # emoji only, or Latin only with latin=skip: an MP3 of the title alone
            raise ExportError(self.where, "audio: the article's body has no text to speak "
                                          f"(latin={self.speech.latin}); only the title "
                                          "would be read")

    def sentences(self) -> Iterator[SpokenSentence]:
        """The sentences in order, each once its vowels are in."""
        for sentence, jobs in self.drafts:
            for run, job, key in jobs:
                vowelled, problem, fresh = job.result()
                if problem is not None:
                    self.warn(f"audio: {problem}; the sentence is read without added "
                              f"vowels: {sentence.text[:60]!r}")
                    continue
                if fresh and self.cache is not None:
                    self.cache.put_text(key, vowelled)
                # (the model's vowels, if any; our number words' own -- in a date we
                # said, every number word is ours: "عَامَ أَلْفَيْنِ وَأَرْبَعَةٍ وَعِشْرِين")
                written = "" if sentence.part in SPOKEN_DATES else sentence.text
                marked = readable_marks(with_sura_vowels(with_proclitic_vowels(
                    with_number_vowels(vowelled, written)), sentence.text))
                spell = self.engine.engine_text
                if run < 0:
                    sentence = replace(
                        sentence, speech=spell(pausal_forms(marked), sentence.lang),
                        vowelled=spell(marked, sentence.lang) != sentence.speech)
                    continue
                runs = list(sentence.runs)
                said = spell(pausal_forms(marked), runs[run].lang)
                vowels = spell(marked, runs[run].lang) != runs[run].speech
                runs[run] = replace(runs[run], speech=said)
                sentence = replace(sentence, runs=tuple(runs),
                                   speech=" ".join(r.speech for r in runs),
                                   vowelled=sentence.vowelled or vowels)
            self.done.append(sentence)
            yield sentence

    def plan(self) -> SpeechPlan:
        """The plan of the sentences yielded so far (all of them once consumed)."""
        return SpeechPlan(self.engine.name, self.main_voice, tuple(self.done),
                          tuple(self.warnings))


# Parts whose words artexport writes itself (a label, a spoken date) besides what the
# article gives (names, tags): see text/spoken_vowels.py
OWN_WORDS = frozenset({"byline", "date", "updated", "topics", "publisher", "credit",
                       "code"})
# Parts that are a date artexport says in words (the header's dates)
SPOKEN_DATES = frozenset({"date", "updated"})


def _vowel(text: str, keep: frozenset[str]) -> tuple[str, str | None, bool]:
    """Run the diacritizer (in a worker thread or not): (text, problem, fresh)."""
    try:
        return diacritize(text, keep=keep), None, True
    except DiacritizerError as e:
        return text, str(e), False


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
    try:
        tts = engine or make_engine(opts.engine, opts.engine_config())
        if cache is None and opts.cache_dir is not None:
            cache = SpeechCache(opts.cache_dir)
        planner = _Planner(article, opts, tts, cache)
        planner.build()
    except SpeechError as e:
        raise SpeechError(article.source_dir or article.slug, e.problem) from e
    for _ in planner.sentences():
        pass
    return planner.plan()
