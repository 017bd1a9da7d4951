"""Throughput and memory (issue 14) and the bounded speech cache (issue 18.2), as a user
sees them: a long narration does not take memory in proportion to its length, the
speech cache stays under its cap and answers ``artexport cache info|clear``, and a
batch worker over its memory limit fails its article alone with a clear message.

No timings are asserted here: speed is measured in bench/.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from artexport import ArtexportWarning, load_article
from artexport.cli import main
from artexport.model import Article
from artexport.narration import AudioOptions, plan_speech, record, synthesize_article
from artexport.tts.cache import SpeechCache
from artexport.tts.espeak import EspeakEngine

# Written for these tests: distinct English sentences (numbers make each one new, so
# neither the cache nor the repeat memory can shorten the work).
_SENTENCE = "Report {n} says the river near the old mill ran clear on day {n}."


def _article(folder: Path, sentences: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = []
    for p in range(0, sentences, 5):
        paragraphs.append(" ".join(_SENTENCE.format(n=n + 1)
                                   for n in range(p, min(p + 5, sentences))))
    (folder / "article.md").write_text(
        "---\ntitle: River notes\nlang: en\n---\n\n" + "\n\n".join(paragraphs) + "\n",
        encoding="utf-8")
    return folder


_NARRATE = """\
import resource, sys
from artexport import load_article
from artexport.narration import AudioOptions, synthesize_article
article = load_article(sys.argv[1])
narration = synthesize_article(article, AudioOptions(cache_dir=None))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(round(narration.duration_s), round(peak))
"""


def _narrate_peak(folder: Path) -> tuple[int, int]:
    done = subprocess.run([sys.executable, "-c", _NARRATE, str(folder)], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    seconds, peak = map(int, done.stdout.split())
    return seconds, peak


def test_long_narration_memory_does_not_grow_with_its_length(tmp_path: Path) -> None:
    short_s, short_mb = _narrate_peak(_article(tmp_path / "short", 10))
    long_s, long_mb = _narrate_peak(_article(tmp_path / "long", 300))
    assert long_s > 10 * short_s  # about half an hour of speech against a minute
    # Half an hour of 22.05 kHz PCM is 76 MB: holding it would show (the whole recording
    # in memory, copied while encoding, took 466 MB here). What grows now is the MP3
    # itself (48 kb/s: 10 MB, copied once or twice while tagged) and the cues.
    assert long_mb - short_mb < 60, f"{short_mb} MB for {short_s} s, {long_mb} MB for {long_s} s"


# ---- the bounded speech cache (issue 18.2) ----------------------------------------------
def _english(folder: Path, first: int, sentences: int = 10) -> Article:
    folder.mkdir(parents=True, exist_ok=True)
    text = " ".join(_SENTENCE.format(n=n) for n in range(first, first + sentences))
    (folder / "article.md").write_text(f"---\ntitle: Notes {first}\nlang: en\n---\n\n{text}\n",
                                       encoding="utf-8")
    return load_article(folder)


def _cache_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _calls(article: Article, cache: Path, max_bytes: int | None = None) -> int:
    engine = EspeakEngine()
    record(plan_speech(article, AudioOptions(cache_dir=cache), engine=engine),
           AudioOptions(cache_dir=cache), engine, SpeechCache(cache, max_bytes))
    return engine.calls


def test_segments_are_stored_compressed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    article = _english(tmp_path / "a", 1)
    synthesize_article(article, AudioOptions(cache_dir=cache))
    segments = sorted(cache.rglob("*.seg"))
    assert len(segments) == 11  # the title and ten sentences
    reader = SpeechCache(cache)
    pcm = sum(len(found.pcm) for p in segments if (found := reader.get(p.stem)) is not None)
    assert reader.hits == 11
    stored = sum(p.stat().st_size for p in segments)
    assert stored < 0.7 * pcm, f"{stored} bytes stored for {pcm} bytes of PCM"


def test_entries_of_the_earlier_formats_are_still_read(tmp_path: Path) -> None:
    """A cache filled before the Zstandard format (zlib, or raw PCM) keeps its hits."""
    import zlib

    import zstandard

    from artexport.tts import cache as module

    cache = tmp_path / "cache"
    synthesize_article(_english(tmp_path / "a", 1), AudioOptions(cache_dir=cache))
    entry = sorted(cache.rglob("*.seg"))[0]
    raw = entry.read_bytes()
    assert raw.startswith(module.MAGIC)
    header, _, payload = raw[len(module.MAGIC):].partition(b"\n")
    now = SpeechCache(cache).get(entry.stem)
    assert now is not None
    planes = zstandard.ZstdDecompressor().decompress(payload)
    for earlier in (module.MAGIC_V2 + header + b"\n" + zlib.compress(planes, 1),
                    module.MAGIC_V1 + header + b"\n" + now.pcm):
        entry.write_bytes(earlier)
        found = SpeechCache(cache).get(entry.stem)
        assert found is not None and found.pcm == now.pcm and found.marks == now.marks
    entry.write_bytes(raw[:-10])  # cut short by a crash: a miss, never an error
    assert SpeechCache(cache).get(entry.stem) is None
    assert b'"pcm_bytes":' in raw  # a header that disagrees with its frame: a miss
    entry.write_bytes(raw.replace(b'"pcm_bytes":', b'"pcm_bytes":9', 1))
    assert SpeechCache(cache).get(entry.stem) is None


def test_cache_stays_under_its_cap_least_recently_used_first(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    a, b, c = (_english(tmp_path / name, first) for name, first in
               (("a", 100), ("b", 200), ("c", 300)))
    assert _calls(a, cache) == 11
    one = _cache_bytes(cache)
    cap = int(2.5 * one)  # room for two articles, not three
    assert _calls(b, cache, cap) == 11
    time.sleep(0.05)
    assert _calls(a, cache, cap) == 0  # a is used again: b is now the oldest
    assert _calls(c, cache, cap) == 11
    SpeechCache(cache, cap).trim()
    assert _cache_bytes(cache) <= cap
    assert _calls(a, cache, 10 * one) == 0 and _calls(c, cache, 10 * one) == 0
    assert _calls(b, cache, 10 * one) > 0  # the least recently used went first


def test_cache_cap_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = _english(tmp_path / "a", 400, 2)
    monkeypatch.setenv("ARTEXPORT_CACHE_MAX", "0")
    synthesize_article(article, AudioOptions(cache_dir=tmp_path / "none"))
    assert not list((tmp_path / "none").rglob("*.seg"))  # a cap of 0 keeps nothing
    monkeypatch.setenv("ARTEXPORT_CACHE_MAX", "2G")
    assert SpeechCache(tmp_path).max_bytes == 2 * 1024 ** 3
    monkeypatch.setenv("ARTEXPORT_CACHE_MAX", "lots")
    with pytest.warns(ArtexportWarning, match="ARTEXPORT_CACHE_MAX='lots' is not a size"):
        assert SpeechCache(tmp_path).max_bytes == 500 * 1024 ** 2


def test_cache_info_and_clear(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg"), "ARTEXPORT_CACHE_MAX": "64M"}
    folder = tmp_path / "xdg" / "artexport" / "speech"
    synthesize_article(_english(tmp_path / "a", 500, 3), AudioOptions(cache_dir=folder))
    runner = CliRunner()
    info = runner.invoke(main, ["cache", "info"], env=env)
    assert info.exit_code == 0, info.output
    assert f"folder:     {folder}" in info.output
    assert "segments:   4 spoken sentences" in info.output
    assert "narrations: 1 encoded MP3s" in info.output
    assert re.search(r"size: +0\.\d MB of 64 MB \(ARTEXPORT_CACHE_MAX\)", info.output)
    cleared = runner.invoke(main, ["cache", "clear"], env=env)
    assert cleared.exit_code == 0 and cleared.output.startswith("removed 5 entries")
    assert not [p for p in folder.rglob("*") if p.is_file()]
    again = runner.invoke(main, ["cache", "info"], env=env)
    assert "segments:   0 spoken sentences" in again.output


# ---- bounded memory under hostile input (issue 14.4) -------------------------------------
def test_article_over_the_memory_limit_fails_alone(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "small").mkdir(parents=True)
    (src / "small" / "article.md").write_text(
        "---\ntitle: A small note\nlang: en\n---\n\nThe bridge opens on Monday.\n",
        encoding="utf-8")
    (src / "huge").mkdir()
    # a 7000x7000 photo is within every input limit (49 Mpx, a 160 kB PNG) but decodes
    # to 147 MB of pixels, copied while the PDF is written: several hundred MB
    Image.new("RGB", (7000, 7000), (200, 30, 30)).save(src / "huge" / "field.png")
    (src / "huge" / "article.md").write_text(
        "---\ntitle: One large photo\nlang: en\n---\n\nThe field at dawn.\n\n"
        "![A red field](field.png)\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "artexport", "batch", str(src), "-o", str(out),
                           "-f", "pdf", "-j", "1", "--memory-limit", "300M", "-q"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1, done.stderr
    report = json.loads((out / "artexport-report.json").read_text(encoding="utf-8"))
    by_source = {a["source"]: a for a in report["articles"]}
    assert by_source["small"]["status"] == "converted"
    assert (out / "small" / "small.pdf").is_file()
    huge = by_source["huge"]
    assert huge["status"] == "failed"
    assert str(src / "huge") in huge["error"] and "300 MB" in huge["error"]
    assert "memory" in huge["error"] and "--memory-limit" in huge["error"]
    assert not (out / "huge").exists() or not any((out / "huge").iterdir())
    assert "huge" in done.stderr and "--memory-limit" in done.stderr


def test_memory_limit_must_be_a_size(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", str(tmp_path), "-o", str(tmp_path / "o"),
                                       "-f", "html", "--memory-limit", "lots"])
    assert result.exit_code == 2
    assert "'lots' is not a size" in result.output


# ---- warm start and scheduling (issue 14.2, 14.3) ------------------------------------------
def _already_loaded() -> dict[str, bool]:
    """Runs in a batch worker before it has converted anything."""
    from artexport import fonts

    return {"weasyprint": "weasyprint" in sys.modules,
            "pdf exporter": "artexport.exporters.pdf" in sys.modules,
            "font glyph texts": fonts.glyph_texts.cache_info().currsize > 0,
            "pdf fonts": fonts.pdf_font_data.cache_info().currsize > 0}


def test_workers_start_warm() -> None:
    from artexport.batch.executors import LocalPool

    pool = LocalPool(1)
    try:
        loaded = pool.submit(_already_loaded).result(timeout=300)
    finally:
        pool.shutdown()
    assert loaded == dict.fromkeys(loaded, True)


def test_workers_warm_up_while_the_batch_checks_its_formats(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork server starts (and warms up) before the formats' environment checks,
    only for a batch with work and its own pool: a re-run with nothing to do, or a batch
    on the caller's executor, starts nothing."""
    from concurrent.futures import ThreadPoolExecutor

    import artexport.batch.run as run
    from artexport.batch import convert_tree
    from artexport.exporters.html import LargePrintHtmlExporter

    events: list[str] = []
    start = run.start_workers_early
    monkeypatch.setattr(run, "start_workers_early",
                        lambda: (events.append("workers"), start())[1])
    check = LargePrintHtmlExporter.check_environment
    monkeypatch.setattr(LargePrintHtmlExporter, "check_environment",
                        classmethod(lambda cls: (events.append("check"), check())[1]))
    src = tmp_path / "src"
    _english(src / "river", 120, 1)
    assert convert_tree(src, tmp_path / "out", ["html"], jobs=1).results[0].status == \
        "converted"
    assert events == ["workers", "check"]
    events.clear()
    assert convert_tree(src, tmp_path / "out", ["html"], jobs=1).results[0].status == \
        "skipped"
    assert events == []
    with ThreadPoolExecutor(1) as pool:
        convert_tree(src, tmp_path / "out3", ["html"], executor=pool)
    assert "check" in events and "workers" not in events


def test_longest_articles_start_first(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from artexport.batch import convert_tree

    src = tmp_path / "src"
    for name, paragraphs in (("a-short", 1), ("b-long", 30), ("c-middle", 8)):
        (src / name).mkdir(parents=True)
        (src / name / "article.md").write_text(
            f"---\ntitle: {name}\nlang: en\n---\n\n" + "\n\n".join(
                _SENTENCE.format(n=n) for n in range(paragraphs)) + "\n", encoding="utf-8")
    order: list[str] = []
    with ThreadPoolExecutor(1) as pool:  # one at a time: they finish in the order started
        report = convert_tree(src, tmp_path / "out", ["html"], executor=pool,
                              progress=lambda done, total, r: order.append(r.source))
    assert order == ["b-long", "c-middle", "a-short"]
    assert [r.source for r in report.results] == ["a-short", "b-long", "c-middle"]


def test_last_article_formats_are_split_across_workers_and_written_together(
        tmp_path: Path) -> None:
    from artexport.batch import convert_tree

    src = tmp_path / "src"
    _english(src / "river", 700, 4)
    report = convert_tree(src, tmp_path / "out", ["html", "audio"], jobs=2)
    [result] = report.results
    assert result.status == "converted" and result.parts == 2
    assert sorted(result.outputs) == ["river/river.html", "river/river.mp3", "river/river.vtt"]
    # and a rerun knows every format is up to date
    again = convert_tree(src, tmp_path / "out", ["html", "audio"], jobs=2)
    assert again.results[0].status == "skipped"

    # a part that fails leaves the other part's files unwritten
    (src / "quiet").mkdir()
    (src / "quiet" / "article.md").write_text(  # no voice speaks Klingon: audio fails
        "---\ntitle: Tlhngan\nlang: tlh\n---\n\nQapla batlh.\n", encoding="utf-8")
    failed = convert_tree(src / "quiet", tmp_path / "out2", ["html", "audio"], jobs=2)
    [quiet] = failed.results
    assert quiet.status == "failed" and quiet.parts == 2
    assert "no such voice" in (quiet.error or "")
    assert not list((tmp_path / "out2").rglob("*.html"))
