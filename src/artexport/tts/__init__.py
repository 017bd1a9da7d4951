"""Text-to-speech engines: one small contract, registered under ``artexport.tts_engines``.

An engine turns one piece of *speech text* (already normalised by
:mod:`artexport.text.speech`) into 16-bit mono PCM plus time marks. Everything else --
splitting an article into sentences, caching, pauses, MP3 encoding, tags, chapters,
captions -- happens once, in :mod:`artexport.narration`, so every engine gets it.

Built-in engines (registered in ``pyproject.toml`` exactly like third-party ones):

``espeak``
    Offline, the default: libespeak-ng from the ``espeakng-loader`` wheel (or Debian's
    ``libespeak-ng.so.1``), with word timings from the synthesis callback.
``gtts``
    Google Translate's voice, online: explicit timeout, retries with backoff.

A third-party engine subclasses :class:`TtsEngine` and registers
``name = "package.module:Class"`` under the ``artexport.tts_engines`` group.
"""

from __future__ import annotations

import difflib
import importlib
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from ..errors import ExportError, SetupError
from ..plugins import PluginGroup

GROUP = "artexport.tts_engines"

__all__ = ["GROUP", "EngineConfig", "Mark", "SpeechError", "Synthesis", "TtsEngine",
           "check_engine", "engine_names", "get_engine", "make_engine"]


class SpeechError(ExportError):
    """A TTS engine cannot speak: library missing, unknown voice, service unreachable."""


@dataclass(frozen=True)
class Mark:
    """A point in the audio: the word (or chunk) starting at ``offset`` in the synthesised
    text begins ``time_s`` seconds into that synthesis."""

    offset: int
    time_s: float


@dataclass(frozen=True)
class Synthesis:
    """The audio for one piece of text: signed 16-bit little-endian mono PCM."""

    pcm: bytes
    sample_rate: int
    marks: tuple[Mark, ...] = ()

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_s(self) -> float:
        return self.samples / self.sample_rate if self.sample_rate else 0.0


@dataclass(frozen=True)
class EngineConfig:
    """Settings every engine accepts; an engine ignores those that mean nothing to it.

    ``rate`` is in the engine's own words per minute (``None``: the engine's calibrated
    default for the language). ``timeout``, ``retries``, ``backoff`` and ``endpoint``
    concern online engines: seconds per request, extra attempts after a 429/5xx/timeout,
    the first retry's delay in seconds (doubled each time), and a replacement service URL
    (a local stand-in in tests, a proxy in production).
    """

    rate: int | None = None
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    endpoint: str | None = None


class TtsEngine(ABC):
    """Base class of TTS engines.

    Subclasses set ``name`` (the entry-point name) and implement :meth:`synthesize`,
    :meth:`version` and :meth:`default_voice`. ``calls`` counts syntheses, so callers and
    tests can see what the cache saved.
    """

    name: ClassVar[str]
    online: ClassVar[bool] = False
    description: ClassVar[str] = ""
    # Modules the engine imports when it speaks, and the artexport extra that installs
    # them (``pip install 'artexport[<extra>]'``): checked before any article is read.
    requires: ClassVar[tuple[str, ...]] = ()
    extra: ClassVar[str | None] = None

    @classmethod
    def missing(cls) -> str | None:
        """Why the engine cannot run here (a module it needs is not installed, with the
        command that installs it), or ``None`` when it can."""
        for module in cls.requires:
            try:
                importlib.import_module(module)
            except ImportError as e:
                fix = (f"pip install 'artexport[{cls.extra}]'" if cls.extra
                       else f"install the Python package {module!r}")
                return (f"needs the Python package {e.name or module!r}, which is not "
                        f"installed: {fix}")
        return None

    def __init__(self, config: EngineConfig | None = None) -> None:
        self.config = config or EngineConfig()
        self.calls = 0

    @abstractmethod
    def version(self) -> str:
        """The engine's version; part of every cache key, so an upgrade re-synthesises."""

    @abstractmethod
    def default_voice(self, lang: str) -> str:
        """The voice used for ``lang`` when none is chosen; :class:`SpeechError` if none."""

    def effective_rate(self, lang: str) -> int | None:
        """The rate actually used for ``lang`` (the configured one, or the default)."""
        return self.config.rate

    def engine_text(self, text: str, lang: str) -> str:
        """``text`` (speech text in ``lang``, its vowels written as a reader writes them)
        spelled the way this engine must be handed it to say it right: a hook for an
        engine whose letter-to-sound rules need help (espeak-ng's Arabic rules do). The
        text itself by default."""
        return text

    @abstractmethod
    def synthesize(self, text: str, lang: str, voice: str) -> Synthesis:
        """Speak ``text`` (speech text, non-empty) in ``voice``; marks are word or chunk
        starts in ``text``. Raises :class:`SpeechError` on failure."""


# ---- registry ------------------------------------------------------------------------
ENGINES: PluginGroup[TtsEngine] = PluginGroup(GROUP, TtsEngine, "TTS engine", SpeechError)


def engine_names() -> list[str]:
    """Every registered engine name, without importing any engine."""
    return ENGINES.names()


def get_engine(name: str) -> type[TtsEngine]:
    """The engine class registered as ``name``."""
    return ENGINES.get(name)


def make_engine(name: str, config: EngineConfig | None = None) -> TtsEngine:
    """An instance of the engine registered as ``name``."""
    return get_engine(name)(config)


def check_engine(name: str) -> type[TtsEngine]:
    """The engine class registered as ``name``, proven able to run here before any
    article is read: an unknown name raises :class:`SpeechError` (the caller's option
    error), an engine whose extra is not installed or that fails to load raises
    :class:`~artexport.errors.SetupError` saying what to install."""
    names = engine_names()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        raise SpeechError(None, f"unknown TTS engine {name!r}" + (
            f" (did you mean {close[0]}?)" if close else f" (available: {', '.join(names)})"))
    try:
        cls = get_engine(name)
    except SpeechError as e:
        raise SetupError(None, e.problem) from None
    problem = cls.missing()
    if problem:
        raise SetupError(None, f"TTS engine {name!r} {problem}")
    return cls
