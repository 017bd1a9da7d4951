"""Speech synthesis speed, and what the segment cache saves on a re-run.

For every bundled example (and, with ``--corpus``, the JSON articles of
``../shared/corpus``) this speaks the article twice with the offline espeak engine into a
fresh cache folder: a cold run (every sentence synthesised) and a warm re-run (every
sentence from the cache). It prints a Markdown table of seconds of audio produced per
second of wall time for both, the time inside the engine, and the re-run speed-up.
What is left of a warm run is mostly MP3 encoding (LAME), which the cache does not skip.

    .venv/bin/python bench/bench_audio.py [--corpus] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _common import CORPUS, sources

from artexport import load_article
from artexport.narration import AudioOptions, synthesize_article
from artexport.tts import Synthesis
from artexport.tts.espeak import EspeakEngine


class TimedEspeak(EspeakEngine):
    """The espeak engine, adding up the wall time spent inside it."""

    seconds = 0.0

    def synthesize(self, text: str, lang: str, voice: str) -> Synthesis:
        started = time.perf_counter()
        try:
            return super().synthesize(text, lang, voice)
        finally:
            self.seconds += time.perf_counter() - started


@dataclass
class Row:
    name: str
    audio_s: float
    segments: int
    cold_s: float
    cold_cpu: float
    engine_s: float
    warm_s: float
    warm_cpu: float
    warm_calls: int


def bench(source: Path, repeat: int) -> Row:
    article = load_article(source)
    best_cold = best_warm = float("inf")
    engine_s, warm_calls, audio_s, segments = 0.0, 0, 0.0, 0
    cold_cpu = warm_cpu = 0.0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as cache:
            options = AudioOptions(cache_dir=Path(cache))
            cold_engine, warm_engine = TimedEspeak(), TimedEspeak()
            started, cpu = time.perf_counter(), time.process_time()
            narration = synthesize_article(article, options, engine=cold_engine)
            cold, cold_c = time.perf_counter() - started, time.process_time() - cpu
            started, cpu = time.perf_counter(), time.process_time()
            synthesize_article(article, options, engine=warm_engine)
            warm, warm_c = time.perf_counter() - started, time.process_time() - cpu
        if cold < best_cold:
            best_cold, engine_s, cold_cpu = cold, cold_engine.seconds, cold_c
        if warm < best_warm:
            best_warm, warm_cpu = warm, warm_c
        warm_calls = warm_engine.calls
        audio_s, segments = narration.duration_s, narration.synthesized + narration.cached
    return Row(source.stem if source.is_file() else source.name, audio_s, segments,
               best_cold, cold_cpu, engine_s, best_warm, warm_cpu, warm_calls)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="store_true",
                    help="also the JSON articles of ../shared/corpus (the longest takes ~1 min)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per article; the best counts")
    args = ap.parse_args(argv)

    if args.corpus and not CORPUS.is_dir():
        print(f"{CORPUS} is absent; benchmarking the examples only", file=sys.stderr)
    print(f"espeak engine: {EspeakEngine().version()} ({EspeakEngine().library_source})\n")
    # wall time is what a user waits for; CPU time shows how much of it is this process
    # (on a shared machine the two differ)
    print("| article | audio s | sentences | cold s (CPU s) | audio s / wall s | in engine "
          "| warm s (CPU s) | audio s / wall s, warm | engine calls, warm | re-run speed-up |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    total_audio = total_cold = total_warm = 0.0
    for source in sources(args.corpus):
        r = bench(source, max(args.repeat, 1))
        total_audio += r.audio_s
        total_cold += r.cold_s
        total_warm += r.warm_s
        print(f"| {r.name} | {r.audio_s:.1f} | {r.segments} | {r.cold_s:.2f} ({r.cold_cpu:.2f}) "
              f"| {r.audio_s / r.cold_s:.0f} | {r.engine_s / r.cold_s:.0%} "
              f"| {r.warm_s:.2f} ({r.warm_cpu:.2f}) | {r.audio_s / r.warm_s:.0f} "
              f"| {r.warm_calls} | {r.cold_s / r.warm_s:.1f}x |", flush=True)
    print(f"| **all** | {total_audio:.1f} | | {total_cold:.2f} | {total_audio / total_cold:.0f} "
          f"| | {total_warm:.2f} | {total_audio / total_warm:.0f} | | "
          f"{total_cold / total_warm:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
