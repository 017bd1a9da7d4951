"""Braille: time per article beside the other formats, and against liblouis alone.

For every bundled example and (with ``../shared`` present) every JSON article of
``../shared/corpus``, in one process: each format renders the article once to warm up
(fonts, templates, compiled tables), then ``--repeat`` times; the table gives the median
seconds per article for html, epub, pdf and braille at grade 1 and 2 (audio with
``--audio``: it speaks the whole article). The peer, in the same run, is liblouis's own
command ``lou_translate`` (Debian ``liblouis-bin``) translating the article's plain text
with the same table: the bare translation, with no layout, pages or PEF, and its process
start -- the floor a braille edition through liblouis can reach.

    .venv/bin/python bench/bench_braille.py [--repeat N] [--audio]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import warnings
from pathlib import Path

from _common import sources, timed

from artexport import get_exporter, load_article
from artexport.exporters import Exporter
from artexport.exporters.braille.tables import choose_code
from artexport.model import Article


def median_seconds(exporter: Exporter, article: Article, repeat: int) -> float:
    exporter.render(article)  # warm: fonts, templates, tables
    return statistics.median(timed(exporter.render, article) for _ in range(repeat))


def lou_translate_seconds(article: Article, table: str, repeat: int) -> float | None:
    if not shutil.which("lou_translate"):
        return None
    text = article.plain_text().encode()
    run = [shutil.which("lou_translate") or "", "--forward", table]
    return statistics.median(
        timed(subprocess.run, run, input=text, capture_output=True, check=True)
        for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--audio", action="store_true", help="time the audio format too")
    args = parser.parse_args()
    formats = ["html", "epub", "pdf", *(["audio"] if args.audio else [])]
    exporters = {name: get_exporter(name)() for name in formats}
    braille = get_exporter("braille")
    exporters["braille g1"] = braille({"grade": 1})
    exporters["braille g2"] = braille({"grade": 2})
    head = " | ".join(f"{name} s" for name in exporters)
    print(f"| article | words | {head} | lou_translate g1 s | braille g1 / lou_translate |")
    print("| --- | ---: |" + " ---: |" * (len(exporters) + 2))
    totals: dict[str, list[float]] = {name: [] for name in exporters}
    for source in sources(corpus=True):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(source)
            seconds = {name: median_seconds(e, article, args.repeat)
                       for name, e in exporters.items()}
        for name, value in seconds.items():
            totals[name].append(value)
        peer = lou_translate_seconds(article, choose_code(article.lang, 1).name, args.repeat)
        words = len(article.plain_text().split())
        cells = " | ".join(f"{seconds[name]:.3f}" for name in exporters)
        ratio = f"{seconds['braille g1'] / peer:.2f}" if peer else "-"
        peer_text = f"{peer:.3f}" if peer else "-"
        name = source.stem if isinstance(source, Path) and source.is_file() else source.name
        print(f"| {name} | {words} | {cells} | {peer_text} | {ratio} |")
    means = " | ".join(f"{statistics.mean(v):.3f}" for v in totals.values())
    print(f"| mean | | {means} | | |")


if __name__ == "__main__":
    main()
