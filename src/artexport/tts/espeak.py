"""The offline engine: libespeak-ng through ctypes.

The library comes from the ``espeakng-loader`` wheel (library + voice data, so ``pip``
alone suffices) and, when that wheel is absent, from Debian's ``libespeak-ng.so.1`` with
its own data. Synthesis runs in ``AUDIO_OUTPUT_SYNCHRONOUS`` mode: ``espeak_Synth``
returns once the whole text has gone through our callback, which collects the samples
and the word events (``espeakEVENT_WORD``: character position + audio position).

Determinism: libespeak-ng keeps hidden state between calls (the pitch "flutter" phase is
a function-level static in wavegen.c that neither ``espeak_Terminate`` nor
``espeak_Initialize`` resets), so the same sentence sounds a little different depending
on what was spoken before it. We therefore load the library afresh for every synthesis
(``dlopen`` + initialise + ``dlclose``: under a millisecond), which makes a segment's PCM
a function of its text and settings alone -- identical bytes on every run, with or
without the cache. All of this is process-global, so one lock serialises every call in a
process; separate processes each load their own copy.
"""

from __future__ import annotations

import _ctypes
import contextlib
import ctypes
import ctypes.util
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from ..text.lang import primary_subtag
from ..text.speech_marks import engine_spelling
from . import Mark, SpeechError, Synthesis, TtsEngine

# speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000  # a sentence-final pause, so consecutive segments do not run together
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_PARAM_RATE = 1
_EE_OK = 0
_EE_NOT_FOUND = 2
_MIN_RATE, _MAX_RATE = 80, 450  # espeak-ng clamps outside this range anyway

# espeak's rate is English words per minute. Arabic words (with their attached articles,
# prepositions and pronouns) take longer, and vowelled Arabic (the narration diacritizes
# by default) longer still: measured on the examples, the seed and the corpus, 260 gives
# 130-160 of the words heard per minute for vowelled Arabic prose (the seed: 145), 160
# gives 155-170 for English. Persian and Urdu are read bare, as written.
DEFAULT_RATES = {"ar": 260, "fa": 225, "ur": 225, "en": 160}
FALLBACK_RATE = 175


class _Id(ctypes.Union):
    _fields_ = (("number", ctypes.c_int), ("name", ctypes.c_char_p),
                ("string", ctypes.c_char * 8))


class _Event(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),  # 1-based, in characters of the input
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # milliseconds from the start of this Synth
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _Id),
    )


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))


@dataclass
class _Collector:
    """What the synthesis callback gathers during one call."""

    pcm: bytearray = field(default_factory=bytearray)
    marks: list[Mark] = field(default_factory=list)

    def callback(self) -> object:
        def collect(wav: ctypes._Pointer[ctypes.c_short], count: int,
                    events: ctypes._Pointer[_Event]) -> int:
            if count > 0:
                self.pcm += ctypes.string_at(wav, count * 2)
            i = 0
            while events[i].type != _EVENT_LIST_TERMINATED:
                ev = events[i]
                if ev.type == _EVENT_WORD:
                    self.marks.append(Mark(max(ev.text_position - 1, 0),
                                           ev.audio_position / 1000))
                i += 1
            return 0  # 0 = continue synthesis

        return _CALLBACK(collect)


@dataclass(frozen=True)
class _Found:
    """A libespeak-ng that loads and initialises here."""

    path: str
    data: str | None  # None: the library's compiled-in data path (Debian's)
    source: str
    version: str
    sample_rate: int


_lock = threading.Lock()
_found: _Found | None = None


def _candidates() -> list[tuple[str, str | None, str]]:
    """Candidate (library path, data path, description), best first."""
    found: list[tuple[str, str | None, str]] = []
    try:
        import espeakng_loader
    except ImportError:
        pass
    else:
        with contextlib.suppress(RuntimeError):  # the wheel without its data folder
            found.append((espeakng_loader.get_library_path(), espeakng_loader.get_data_path(),
                          "espeakng-loader wheel"))
    system = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
    found.append((system, None, "system libespeak-ng"))
    return found


def _open(path: str, data: str | None) -> tuple[ctypes.CDLL, int]:
    """dlopen and initialise; returns the library and its sample rate (<= 0: failed)."""
    lib = ctypes.CDLL(path)
    lib.espeak_Initialize.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                      ctypes.c_int)
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Info.argtypes = (ctypes.c_void_p,)
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_SetVoiceByName.argtypes = (ctypes.c_char_p,)
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.c_int)
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint,
                                 ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                 ctypes.c_void_p, ctypes.c_void_p)
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_Synchronize.restype = ctypes.c_int
    lib.espeak_Terminate.restype = ctypes.c_int
    lib.espeak_SetSynthCallback.argtypes = (_CALLBACK,)
    rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                 data.encode() if data else None, 0)
    if rate <= 0:
        _close(lib, initialised=False)
    return lib, rate


def _close(lib: ctypes.CDLL, *, initialised: bool = True) -> None:
    if initialised:
        lib.espeak_Terminate()
    # dlclose drops our reference; when it was the last, the next dlopen starts the
    # library's static state from scratch (see the module docstring)
    _ctypes.dlclose(lib._handle)


def _find() -> _Found:
    """The first libespeak-ng that initialises (call with ``_lock`` held)."""
    global _found
    if _found is not None:
        return _found
    problems: list[str] = []
    for path, data, what in _candidates():
        try:
            lib, rate = _open(path, data)
        except OSError as e:
            problems.append(f"{what}: {e}")
            continue
        if rate <= 0:
            problems.append(f"{what}: espeak_Initialize failed ({rate}); voice data "
                            f"missing at {data or 'the default path'}?")
            continue
        version = (lib.espeak_Info(None) or b"unknown").decode("ascii", "replace")
        _close(lib)
        _found = _Found(path, data, what, version, rate)
        return _found
    raise SpeechError(None, "espeak: libespeak-ng is not available (" + "; ".join(problems)
                      + "); install the espeakng-loader wheel or Debian's espeak-ng")


@contextlib.contextmanager
def _session(voice: str) -> Iterator[tuple[ctypes.CDLL, _Found]]:
    """A freshly loaded library with ``voice`` selected (call with ``_lock`` held)."""
    found = _find()
    lib, rate = _open(found.path, found.data)
    if rate <= 0:
        raise SpeechError(None, f"espeak: espeak_Initialize failed ({rate})")
    try:
        err = lib.espeak_SetVoiceByName(voice.encode("utf-8"))
        if err != _EE_OK:
            why = "no such voice" if err == _EE_NOT_FOUND else f"error {err}"
            raise SpeechError(None, f"espeak: cannot use voice {voice!r} ({why}); "
                                    "see `espeak-ng --voices`")
        yield lib, found
    finally:
        _close(lib)


# languages espeak-ng reads with another's voice: Dari is Persian (Afghanistan's), Tajik's
# Arabic-script writing too rare to matter
_SAME_VOICE = {"prs": "fa"}


class EspeakEngine(TtsEngine):
    """eSpeak NG, offline. ``voice`` is an espeak voice name (``ar``, ``en-us``,
    ``ar+f3``); ``rate`` is espeak's words per minute."""

    name: ClassVar[str] = "espeak"
    description: ClassVar[str] = "eSpeak NG (offline, libespeak-ng)"

    def version(self) -> str:
        with _lock:
            return f"espeak-ng {_find().version}"

    @property
    def library_source(self) -> str:
        """Which libespeak-ng is in use: the ``espeakng-loader wheel`` or the system's."""
        with _lock:
            return _find().source

    def default_voice(self, lang: str) -> str:
        """The region's own voice where espeak-ng has one ("pt-BR": ``pt-br``, not
        Lisbon's ``pt``; "es-MX": ``es-419``; "en-US": ``en-us``), else the language's
        (Dari's is Persian's)."""
        primary = _SAME_VOICE.get(primary_subtag(lang), primary_subtag(lang))
        region = lang.lower().split("-")[-1] if "-" in lang else ""
        names = [f"{primary}-{region}"] if region else []
        if primary == "es" and region not in ("", "es"):
            names.append("es-419")  # every Spanish of the Americas
        for voice in names:
            try:
                with _lock, _session(voice):
                    return voice
            except SpeechError:
                continue  # no voice of that name: the next, or the language's own
        with _lock, _session(primary):
            return primary  # (raises SpeechError when espeak has no voice of that name)

    def effective_rate(self, lang: str) -> int:
        if self.config.rate is not None:
            return self.config.rate
        return DEFAULT_RATES.get(primary_subtag(lang), FALLBACK_RATE)

    def engine_text(self, text: str, lang: str) -> str:
        """Arabic spelled as espeak-ng's Arabic voice says it (glides, unsaid alefs, a
        pausal teh marbuta: :func:`~artexport.text.speech_marks.engine_spelling`)."""
        return engine_spelling(text) if primary_subtag(lang) == "ar" else text

    def synthesize(self, text: str, lang: str, voice: str) -> Synthesis:
        rate = max(_MIN_RATE, min(_MAX_RATE, self.effective_rate(lang)))
        data = text.encode("utf-8") + b"\0"
        buf = ctypes.create_string_buffer(data, len(data))
        collector = _Collector()
        callback = collector.callback()  # referenced until the library is closed
        with _lock, _session(voice) as (lib, found):
            lib.espeak_SetSynthCallback(callback)
            lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
            self.calls += 1
            # no espeakSSML / espeakPHONEMES flag: markup in untrusted text stays text
            err = lib.espeak_Synth(buf, len(data), 0, 0, 0, _CHARS_UTF8 | _ENDPAUSE,
                                   None, None)
            if err == _EE_OK:
                err = lib.espeak_Synchronize()
            if err != _EE_OK:
                raise SpeechError(None, f"espeak: synthesis failed (error {err}) "
                                        f"for {text[:40]!r}")
        return Synthesis(bytes(collector.pcm), found.sample_rate, tuple(collector.marks))
