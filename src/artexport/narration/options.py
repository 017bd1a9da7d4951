"""The settings of a narration: the ``audio`` exporter's options and the read-along
options the EPUB and HTML exporters share."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import ExportError
from ..text.speech import SpeechOptions
from ..tts import EngineConfig, SpeechError, check_engine
from ..tts.cache import default_cache_dir

__all__ = ["BITRATES_MPEG1", "BITRATES_MPEG2", "AudioOptions", "ReadAlongOptions"]

# MPEG-2 layer III (16/22.05/24 kHz) and MPEG-1 (32/44.1/48 kHz) bit rates, kb/s
BITRATES_MPEG2 = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
BITRATES_MPEG1 = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)


@dataclass(frozen=True)
class AudioOptions:
    """Options of a narration and of the ``audio`` exporter (``--opt audio.key=value``).

    ``engine``: a registered TTS engine (``espeak`` offline, ``gtts`` online).
    ``voice``: the engine's voice for the article's own language; ``None`` picks one.
    Every sentence in another language (an Arabic paragraph in an English article, an
    English quote in an Arabic one) is read by that language's default voice.
    ``rate``: the engine's words per minute; ``None`` uses a per-language default that
    lands near 150 of the article's words per minute (Arabic words are long: espeak runs
    at 240 for Arabic). ``diacritize``: give Arabic sentences their short vowels with
    the packaged neural diacritizer before they are spoken (see
    :mod:`artexport.text.diacritize`). ``chapters``: one chapter per heading (articles
    without headings fall back to paragraph groups) or per ``paragraphs_per_chapter``
    paragraphs. ``latin``/``urls``: speak or skip Latin-script words and URLs.
    ``cache_dir``: the segment cache (``None`` disables it). ``bitrate``: MP3 kb/s, mono.
    ``timeout``/``retries``/``backoff``/``endpoint``: for online engines (seconds per
    request, extra attempts, first retry delay, replacement service URL).
    """

    engine: str = "espeak"
    voice: str | None = None
    rate: int | None = None
    diacritize: bool = True
    chapters: Literal["headings", "paragraphs"] = "headings"
    paragraphs_per_chapter: int = 5
    latin: Literal["speak", "skip"] = "speak"
    urls: Literal["speak", "skip"] = "speak"
    cache_dir: Path | None = field(default_factory=default_cache_dir)
    bitrate: int = 48
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    endpoint: str | None = None

    def __post_init__(self) -> None:
        _check_engine(self.engine)
        if self.paragraphs_per_chapter < 1:
            raise ExportError(None, "audio: option paragraphs_per_chapter must be at least 1")
        if self.rate is not None and not 40 <= self.rate <= 600:
            raise ExportError(None, f"audio: option rate must be 40..600 words per minute, "
                                    f"not {self.rate}")
        if self.bitrate not in BITRATES_MPEG1 + BITRATES_MPEG2:
            raise ExportError(None, f"audio: option bitrate {self.bitrate} is not an MP3 "
                                    "bit rate (e.g. 32, 48, 64)")
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0:
            raise ExportError(None, "audio: options timeout must be > 0, retries and backoff "
                                    ">= 0")

    def speech_options(self) -> SpeechOptions:
        """How sentences are normalised for the engine."""
        return SpeechOptions(latin=self.latin, urls=self.urls)

    def engine_config(self) -> EngineConfig:
        """The engine's settings."""
        return EngineConfig(rate=self.rate, timeout=self.timeout, retries=self.retries,
                            backoff=self.backoff, endpoint=self.endpoint)


def _check_engine(name: str) -> None:
    """An unknown engine is a bad option; one that cannot run here (its extra is not
    installed) a :class:`~artexport.errors.SetupError`: both before any article."""
    try:
        check_engine(name)
    except SpeechError as e:
        raise ExportError(None, f"audio: option engine: {e.problem}") from None


@dataclass(frozen=True, kw_only=True)
class ReadAlongOptions:
    """Read-along options shared by the EPUB and HTML exporters.

    ``with_audio``: narrate the article and synchronise the text with it (EPUB Media
    Overlays; an audio player with sentence highlighting in the HTML page).
    ``engine``/``voice``/``rate``/``diacritize``: as the ``audio`` exporter's options of
    the same names (every other audio setting keeps its default). Unprefixed on the CLI
    (``--opt voice=ar``) they reach the audio exporter too, so all formats share one
    narration.
    """

    with_audio: bool = False
    engine: str = "espeak"
    voice: str | None = None
    rate: int | None = None
    diacritize: bool = True

    def __post_init__(self) -> None:
        if self.with_audio:
            self.audio_options()  # validate now (rate range...), not deep inside render

    def audio_options(self) -> AudioOptions:
        """The audio exporter's options for this narration."""
        return AudioOptions(engine=self.engine, voice=self.voice, rate=self.rate,
                            diacritize=self.diacritize)
