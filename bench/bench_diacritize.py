"""What vowelling Arabic costs: the neural diacritizer's time per 1000 words and its share
of the time it takes to make the audio.

For every bundled example, the seed and (with ``--corpus``) the JSON articles of
``../shared/corpus``: the diacritizer alone over the article's Arabic sentences (the
bare speech text, in the main thread), then the whole narration cold (empty segment
cache) with the diacritizer (the default: it runs in a thread beside the engine) and
without it (``diacritize=False``, the bare text the engine used to get). "diacritizer /
audio time" is the first over the cold vowelled narration's wall time (the target:
under 15%); CPU seconds in brackets (on a shared machine the wall time is mostly waiting
for a core); "wall added" is what a user waits longer. The model's one-off load (import
of onnxruntime and the ONNX session, once per process) is reported apart. Best of
``--repeat`` runs.

    .venv/bin/python bench/bench_diacritize.py [--corpus] [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from _common import CORPUS, ROOT, sources

from artexport import Article, load_article
from artexport.narration import AudioOptions, plan_speech, synthesize_article
from artexport.text.diacritize import diacritize, diacritizer_version

SEED = ROOT.parent / "shared" / "seeds" / "000_0621ab15cb385aab.txt"
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


@dataclass
class Row:
    name: str
    words: int
    diacritizer_s: float
    diacritizer_cpu: float
    cold_s: float
    cold_cpu: float
    bare_cold_s: float
    audio_s: float
    bare_audio_s: float


def _cold(article: Article, diacritize: bool) -> tuple[float, float, float]:
    """Wall and CPU seconds of a cold narration (empty cache), and the audio's length."""
    with tempfile.TemporaryDirectory() as cache:
        started, cpu = time.perf_counter(), time.process_time()
        narration = synthesize_article(article, AudioOptions(cache_dir=Path(cache),
                                                             diacritize=diacritize))
        return (time.perf_counter() - started, time.process_time() - cpu,
                narration.duration_s)


def bench(source: Path, repeat: int) -> Row:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = load_article(source)
    bare = plan_speech(article, AudioOptions(cache_dir=None, diacritize=False))
    texts = [s.speech for s in bare if s.lang.startswith("ar")]
    words = sum(len(_ARABIC_WORD.findall(t)) for t in texts)
    alone = alone_cpu = cold = cold_cpu = bare_cold = float("inf")
    audio = bare_audio = 0.0
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            diacritize(text)
        alone = min(alone, time.perf_counter() - started)
        alone_cpu = min(alone_cpu, time.process_time() - cpu)
        seconds, cpu_s, audio = _cold(article, True)
        cold, cold_cpu = min(cold, seconds), min(cold_cpu, cpu_s)
        seconds, _, bare_audio = _cold(article, False)
        bare_cold = min(bare_cold, seconds)
    return Row(source.stem if source.is_file() else source.name, words, alone, alone_cpu,
               cold, cold_cpu, bare_cold, audio, bare_audio)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="store_true", help="also ../shared/corpus/*.json")
    ap.add_argument("--repeat", type=int, default=1, help="runs per article; the best counts")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    diacritize("تحميل")  # the one-off model load, outside the table
    load_s = time.perf_counter() - started
    print(f"diacritizer: {diacritizer_version()}; model load "
          f"{load_s:.2f} s once per process\n")
    print("| article | Arabic words | diacritizer s (CPU s) | ms / 1000 words (CPU) "
          "| cold audio s (CPU s), vowelled | diacritizer / audio time (CPU) "
          "| cold audio s, bare | wall added | audio length, vowelled / bare |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    found = sources(args.corpus)
    if SEED.is_file():
        found.insert(len(sources(False)), SEED)
    elif args.corpus and not CORPUS.is_dir():
        print(f"{CORPUS} is absent; benchmarking the examples only", file=sys.stderr)
    words = seconds = cpu = cold = cold_cpu = bare = 0.0
    for source in found:
        r = bench(source, max(args.repeat, 1))
        words += r.words
        seconds += r.diacritizer_s
        cpu += r.diacritizer_cpu
        cold += r.cold_s
        cold_cpu += r.cold_cpu
        bare += r.bare_cold_s
        per_k = 1e6 * r.diacritizer_s / r.words if r.words else 0.0
        per_k_cpu = 1e6 * r.diacritizer_cpu / r.words if r.words else 0.0
        print(f"| {r.name} | {r.words} | {r.diacritizer_s:.2f} ({r.diacritizer_cpu:.2f}) "
              f"| {per_k:.0f} ({per_k_cpu:.0f}) | {r.cold_s:.2f} ({r.cold_cpu:.2f}) "
              f"| {r.diacritizer_s / r.cold_s:.1%} ({r.diacritizer_cpu / r.cold_cpu:.1%}) "
              f"| {r.bare_cold_s:.2f} | {(r.cold_s - r.bare_cold_s) / r.cold_s:+.0%} "
              f"| {r.audio_s / r.bare_audio_s:.2f} |", flush=True)
    if words:
        print(f"| **all** | {words:.0f} | {seconds:.2f} ({cpu:.2f}) "
              f"| {1e6 * seconds / words:.0f} ({1e6 * cpu / words:.0f}) "
              f"| {cold:.2f} ({cold_cpu:.2f}) | {seconds / cold:.1%} ({cpu / cold_cpu:.1%}) "
              f"| {bare:.2f} | {(cold - bare) / cold:+.0%} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
