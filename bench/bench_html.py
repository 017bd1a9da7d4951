"""Large-print HTML: how long a page takes to render, how big it is, and where the time
goes (font subsetting vs. everything else).

For every bundled example (and, with ``--corpus``, the JSON articles of
``../shared/corpus``) this renders the page cold (font subsets not cached) and warm (the
same article again: the subsets come from the in-process cache), and prints a Markdown
table: words, page size, fonts' share of the page, cold and warm seconds.

    .venv/bin/python bench/bench_html.py [--corpus]
"""

from __future__ import annotations

import argparse
import re
import time
import warnings
from pathlib import Path

from artexport import fonts, load_article
from artexport.exporters.html import LargePrintHtmlExporter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"


def sources(corpus: bool) -> list[Path]:
    found = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
    if corpus and CORPUS.is_dir():
        found += sorted(CORPUS.glob("*.json"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="add ../shared/corpus/*.json")
    args = parser.parse_args()
    exporter = LargePrintHtmlExporter()
    print("| article | words | page KiB | fonts KiB | cold s | warm s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for source in sources(args.corpus):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(source)
        fonts.subset.cache_clear()
        started = time.perf_counter()
        page = exporter.render(article).data
        cold = time.perf_counter() - started
        started = time.perf_counter()
        exporter.render(article)
        warm = time.perf_counter() - started
        font_bytes = sum(len(m) for m in re.findall(rb"data:font/woff2;base64,[^\")]+", page))
        words = len(article.plain_text().split())
        print(f"| {source.stem if source.is_file() else source.name} | {words} | "
              f"{len(page) / 1024:.0f} | {font_bytes / 1024:.0f} | {cold:.2f} | {warm:.3f} |")


if __name__ == "__main__":
    main()
