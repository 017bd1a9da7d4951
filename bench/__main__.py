"""`make bench`: every benchmark in turn, each printing its own table.

Run one alone with `.venv/bin/python bench/bench_<name>.py --help`. They need
../shared (seed and corpus) beside the project, and pandoc for the comparisons.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_scrape.py", "bench_html.py", "bench_epub.py", "bench_pdf.py", "bench_audio.py",
         "bench_mp3.py", "bench_diacritize.py", "bench_braille.py", "bench_batch.py",
         "bench_pool.py"]

if __name__ == "__main__":
    failed = []
    for name in ORDER:
        print(f"\n==== {name} ====", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)]).returncode:
            failed.append(name)
    sys.exit(f"failed: {', '.join(failed)}" if failed else 0)
