"""Large-print HTML: how long a page takes to render, how big it is, and where the time
goes (font subsetting vs. everything else).

For every bundled example (and, with ``--corpus``, the JSON articles of
``../shared/corpus``) this renders the page cold (font subsets neither in memory nor in
the disk cache, which this script points at an empty temporary folder) and warm (the
same article again: the subsets come from the in-process cache), and prints a Markdown
table: words, page size, fonts' share of the page, cold and warm seconds. For the
examples it also times, in the same run, ``artexport convert -f html`` and ``pandoc -f
markdown-smart -t html5 --standalone`` as whole commands (process start included), and
prints their ratio.

    .venv/bin/python bench/bench_html.py [--corpus]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from _common import Stopwatch, sources, timed

from artexport import fonts, load_article
from artexport.exporters.html import LargePrintHtmlExporter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="add ../shared/corpus/*.json")
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="bench-html-"))
    os.environ["XDG_CACHE_HOME"] = str(cache)  # fonts.py keeps subsets there
    exporter = LargePrintHtmlExporter()
    print("| article | words | page KiB | fonts KiB | cold s | warm s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for source in sources(args.corpus):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(source)
        fonts._subset.cache_clear()
        shutil.rmtree(cache / "artexport", ignore_errors=True)
        with Stopwatch() as cold:
            page = exporter.render(article).data
        warm = timed(exporter.render, article)
        font_bytes = sum(len(m) for m in re.findall(rb"data:font/woff2;base64,[^\")]+", page))
        words = len(article.plain_text().split())
        print(f"| {source.stem if source.is_file() else source.name} | {words} | "
              f"{len(page) / 1024:.0f} | {font_bytes / 1024:.0f} | {cold.seconds:.2f} "
              f"| {warm:.3f} |")
    if shutil.which("pandoc"):
        compare_with_pandoc(cache)
    shutil.rmtree(cache, ignore_errors=True)


def compare_with_pandoc(scratch: Path) -> None:
    """Whole commands, one example each, best of three (the first run fills caches)."""
    print("\n| example | artexport convert -f html (s) | pandoc -t html5 (s) "
          "| time ratio, artexport / pandoc |")
    print("| --- | ---: | ---: | ---: |")
    ours_total = theirs_total = 0.0
    for folder in sources(False):
        ours = min(timed(subprocess.run, [sys.executable, "-m", "artexport", "convert",
                                          str(folder), "-f", "html", "-o", str(scratch / "ours"),
                                          "-q"], check=True, capture_output=True, cwd=folder)
                   for _ in range(3))
        theirs = min(timed(subprocess.run, ["pandoc", "-f", "markdown-smart", "-t", "html5",
                                            "--standalone", "article.md", "-o",
                                            str(scratch / f"{folder.name}.html")],
                           check=True, capture_output=True, cwd=folder)
                     for _ in range(3))
        ours_total += ours
        theirs_total += theirs
        print(f"| {folder.name} | {ours:.2f} | {theirs:.2f} | {ours / theirs:.1f}x |")
    print(f"| **all** | {ours_total:.2f} | {theirs_total:.2f} | "
          f"{ours_total / theirs_total:.1f}x |")


if __name__ == "__main__":
    main()
