"""The offline engine on the real libespeak-ng: the espeakng-loader wheel's, and Debian's
as the fallback."""

from __future__ import annotations

import subprocess
import sys
import threading
from array import array

import pytest

from artexport.tts import EngineConfig, SpeechError, Synthesis, engine_names, get_engine
from artexport.tts.espeak import DEFAULT_RATES, EspeakEngine

# "The garden opens its doors to visitors every morning at eight."
SENTENCE = "تفتح الحديقة أبوابها للزوار كل صباح عند الساعة الثامنة."
OTHER = "وفي المساء تضاء الممرات بمصابيح صغيرة."


def peak(s: Synthesis) -> int:
    samples = array("h")
    samples.frombytes(s.pcm)
    return max((abs(x) for x in samples), default=0)


def test_both_engines_are_registered_and_espeak_loads() -> None:
    assert {"espeak", "gtts"} <= set(engine_names())
    assert get_engine("espeak") is EspeakEngine


def test_arabic_sentence_is_spoken_with_a_mark_per_word() -> None:
    engine = EspeakEngine()
    s = engine.synthesize(SENTENCE, "ar", "ar")
    assert s.sample_rate == 22050
    words = SENTENCE.split()
    assert 1.5 < s.duration_s < 8, "ten Arabic words at ~150 words/min"
    assert peak(s) > 3000, "audible, not silence"
    assert engine.calls == 1
    # one mark per word, at the word's first character, in time order, inside the audio
    assert len(s.marks) == len(words)
    starts = [i for i, ch in enumerate(SENTENCE)
              if ch != " " and (i == 0 or SENTENCE[i - 1] == " ")]
    assert [m.offset for m in s.marks] == starts
    times = [m.time_s for m in s.marks]
    assert times == sorted(times) and times[0] == 0 and times[-1] < s.duration_s


def test_same_text_gives_the_same_samples_whatever_was_spoken_before() -> None:
    # libespeak-ng carries hidden state between calls; the engine reloads it per call
    engine = EspeakEngine()
    first = engine.synthesize(SENTENCE, "ar", "ar")
    engine.synthesize(OTHER, "ar", "ar")
    engine.synthesize("Something else entirely.", "en", "en")
    assert engine.synthesize(SENTENCE, "ar", "ar") == first


def test_rate_sets_the_speed() -> None:
    slow = EspeakEngine(EngineConfig(rate=120)).synthesize(SENTENCE, "ar", "ar")
    fast = EspeakEngine(EngineConfig(rate=300)).synthesize(SENTENCE, "ar", "ar")
    assert slow.duration_s > 1.8 * fast.duration_s


def test_defaults_by_language() -> None:
    engine = EspeakEngine()
    assert engine.default_voice("ar-EG") == "ar"
    # a region's own voice where espeak-ng has one: Brazil's, not Lisbon's; the Americas'
    # Spanish, not Castilian (/θ/ for "cero")
    assert [engine.default_voice(t) for t in ("pt-BR", "pt-PT", "es-MX", "es", "en-US")] \
        == ["pt-br", "pt", "es-419", "es", "en-us"]
    assert engine.effective_rate("ar") == DEFAULT_RATES["ar"]
    assert EspeakEngine(EngineConfig(rate=190)).effective_rate("ar") == 190
    assert engine.version().startswith("espeak-ng 1.")


def test_unknown_voice_is_one_clear_error() -> None:
    with pytest.raises(SpeechError, match=r"espeak: cannot use voice 'zz-nowhere'"):
        EspeakEngine().synthesize(SENTENCE, "ar", "zz-nowhere")
    with pytest.raises(SpeechError, match="voice 'qq'"):
        EspeakEngine().default_voice("qq")


def test_markup_in_untrusted_text_is_not_obeyed() -> None:
    # without the SSML flag a <break> tag is text, not a ten-second pause
    s = EspeakEngine().synthesize('قف <break time="10s"/> هنا.', "ar", "ar")
    assert s.duration_s < 5


def test_concurrent_threads_get_their_own_audio() -> None:
    engine = EspeakEngine()
    expected = {t: engine.synthesize(t, "ar", "ar") for t in (SENTENCE, OTHER)}
    results: list[tuple[str, Synthesis]] = []

    def work(text: str) -> None:
        results.append((text, engine.synthesize(text, "ar", "ar")))

    threads = [threading.Thread(target=work, args=(t,)) for t in (SENTENCE, OTHER) * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6
    assert all(s == expected[text] for text, s in results)


def test_falls_back_to_the_system_library_without_the_wheel() -> None:
    # a fresh interpreter where importing espeakng_loader fails, as if the wheel were absent
    script = (
        "import sys; sys.modules['espeakng_loader'] = None\n"
        "from artexport.tts.espeak import EspeakEngine\n"
        "e = EspeakEngine()\n"
        f"s = e.synthesize({SENTENCE!r}, 'ar', 'ar')\n"
        "print(e.library_source, '|', e.version(), '|', s.sample_rate, round(s.duration_s, 1))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    source, version, audio = (x.strip() for x in out.stdout.split("|"))
    assert source == "system libespeak-ng"
    assert version.startswith("espeak-ng 1.")
    rate, duration = audio.split()
    assert rate == "22050" and 1.5 < float(duration) < 8
