"""Listening, measured over every bundled example and every text of ../shared/corpus (the
seed too): what the engine is handed and what espeak-ng makes of it.

* at least 95% of the Arabic words handed to the engine carry vowels;
* fewer than 10% of them come out of espeak-ng (``-v ar --ipa``) with three consonants
  in a row (a doubled consonant counted once) -- bare text gives about a quarter;
* fewer than 3% of them come out with two vowels in a row where the word has a yeh or
  waw between them (/siːaːsa/ for "سِيَاسَةٌ", /quːatun/ for "قُوَّةٌ"): about 12% did
  before those glides were written the way espeak-ng reads them;
* every recording runs at 110-210 words a minute, counting the words the listener hears
  (numbers and dates as the words they are read as), and at 60-250 of the article's
  written words (the judge's bounds).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from artexport import load_article
from artexport.narration import AudioOptions, plan_speech, record
from artexport.tts import make_engine
from artexport.tts.cache import SpeechCache
from conftest import CORPUS, SEED, example_dirs, require, require_shared
from listen_proxy import ESPEAK, arabic_words, cluster_share, hiatus_share, vowelled_share

require(ESPEAK, "espeak-ng", "scripts/system-deps.sh test (Debian espeak-ng)")

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
SOURCES = [f"examples/{p.name}" for p in example_dirs()] + ["seed"] + [
    f"corpus/{name}" for name in (
        "03-tn-assabah-sudan-interview.html", "03-tn-assabah-sudan-interview.txt",
        "04-sy-cnnarabic-2013-qalamoun-depots.html", "04-sy-cnnarabic-2013-qalamoun-depots.txt",
        "07-sa-spa-rain-alardiyat-very-short.json", "07-sa-spa-rain-alardiyat-very-short.txt",
        "08-sa-aawsat-king-salman-100-days-very-long.json",
        "08-sa-aawsat-king-salman-100-days-very-long.txt",
        "10-ar-javascript-info-ninja-code.txt",
        "11-sa-aawsat-arab-app-developers-mixed-latin-urls.json",
        "11-sa-aawsat-arab-app-developers-mixed-latin-urls.txt",
        "12-sa-okaz-stock-market-eastern-western-digits.json",
        "12-sa-okaz-stock-market-eastern-western-digits.txt",
        "13-sa-aljazirah-quran-quotes-heavy-tashkeel.json",
        "13-sa-aljazirah-quran-quotes-heavy-tashkeel.txt",
        "18-fa-javascript-info-code-editors.txt",
        "20-en-bbc-obama-gun-laws.html", "20-en-bbc-obama-gun-laws.txt")]


def source_path(source: str) -> Path:
    kind, _, name = source.partition("/")
    if kind == "examples":
        return Path(__file__).resolve().parents[1] / "examples" / name
    path = SEED if kind == "seed" else CORPUS / name
    return require_shared(path)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech-cache")


def words(text: str) -> int:
    return len(re.findall(r"\w+", _MARKS.sub("", text)))


@pytest.mark.parametrize("source", SOURCES)
def test_what_the_listener_hears(source: str, cache: Path) -> None:
    path = source_path(source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a scrape's missing photo
        art = load_article(path)
    options = AudioOptions(cache_dir=cache)
    engine = make_engine("espeak", options.engine_config())
    segments = SpeechCache(cache)
    plan = plan_speech(art, options, engine=engine, cache=segments)

    arabic = arabic_words(s.speech for s in plan if s.lang.startswith("ar"))
    if arabic:
        assert vowelled_share(arabic) >= 0.95, f"{vowelled_share(arabic):.3f} vowelled"
        share, hard = cluster_share(arabic)
        assert share < 0.10, f"{share:.3f} with clusters, e.g. {hard[:10]}"
        share, glides = hiatus_share(arabic)
        assert share < 0.03, f"{share:.3f} with a glide read as a vowel, e.g. {glides[:10]}"

    recording = record(plan, options, engine, segments)
    minutes = recording.duration_s / 60
    heard = sum(words(s.speech) for s in plan) / minutes
    written = sum(words(s.text) for s in plan) / minutes
    assert 110 <= heard <= 210, f"{heard:.0f} words heard per minute"
    assert 60 <= written <= 250, f"{written:.0f} written words per minute"
