"""PDF throughput: artexport in one process vs ``pandoc --pdf-engine=weasyprint``.

Both convert the same 50 seed-sized Arabic articles (the seed scrape from ../shared,
its paragraphs rotated so no two documents are the same), in the same run, one after
the other; the ratio of PDFs per second is printed. A second measurement shows what
the batch reuse is worth: 20 documents sharing one WeasyPrint FontConfiguration, parsed
stylesheet and image cache (:class:`artexport.exporters.pdf.PdfSession`) against 20 that
each start from nothing.

    .venv/bin/python bench/bench_pdf.py [--articles 50] [--reuse-docs 20] [--no-pandoc]

pandoc runs WeasyPrint as its PDF engine, so the venv's ``weasyprint`` must be on PATH;
this script puts the interpreter's own ``bin`` folder first. Not run by the tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import warnings
from dataclasses import replace
from pathlib import Path

from _common import ROOT, timed, venv_env

SEED = ROOT.parent / "shared" / "seeds" / "000_0621ab15cb385aab.txt"


def seed_articles(count: int) -> list[object]:
    """``count`` articles the size of the seed: its paragraphs, rotated per article."""
    from artexport import ArtexportWarning, load_article

    if not SEED.is_file():
        sys.exit(f"bench_pdf: the seed {SEED} is not there (../shared beside the project)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)  # the scrape's missing image
        base = load_article(SEED)
    blocks = list(base.blocks)
    out = []
    for n in range(count):
        k = n % len(blocks)
        out.append(replace(base, slug=f"seed-{n:02d}", title=f"{base.title} ({n + 1})",
                           blocks=tuple(blocks[k:] + blocks[:k])))
    return out


def as_markdown(article: object) -> str:
    """The same article for pandoc: title, language and direction, then the text."""
    from artexport.model import Article, block_texts

    assert isinstance(article, Article)
    lines = ["---", f"title: '{article.title.replace(chr(39), chr(39) * 2)}'",
             f"lang: {article.lang}", f"dir: {article.direction}", "---", ""]
    if article.dateline:
        lines += [article.dateline, ""]
    for block in article.blocks:
        for text in block_texts(block):
            lines += [text, ""]
    return "\n".join(lines)


def bench_artexport(articles: list[object], out: Path) -> tuple[float, float]:
    """(total seconds for all, seconds for all but the first) in this process."""
    from artexport.exporters.pdf import PdfExporter

    exporter = PdfExporter()
    times = [timed(exporter.export, a, out) for a in articles]  # type: ignore[arg-type]
    return sum(times), sum(times[1:])


def bench_pandoc(articles: list[object], work: Path) -> float:
    env = venv_env()
    sources = []
    for n, article in enumerate(articles):
        src = work / f"seed-{n:02d}.md"
        src.write_text(as_markdown(article), encoding="utf-8")
        sources.append(src)

    def run_all() -> None:
        for src in sources:
            subprocess.run(["pandoc", str(src), "-o", str(src.with_suffix(".pdf")),
                            "--pdf-engine=weasyprint"], check=True, env=env,
                           capture_output=True, timeout=300)
    seconds = timed(run_all)
    missing = [s.name for s in sources if not s.with_suffix(".pdf").is_file()]
    if missing:
        sys.exit(f"bench_pdf: pandoc wrote no PDF for {', '.join(missing)}")
    return seconds


def bench_reuse(articles: list[object]) -> tuple[float, float]:
    """Median seconds per document with one shared session, and with a fresh one each.

    The two are interleaved document by document, so a busy machine slows both alike.
    """
    from artexport.exporters.pdf import PdfExporter, PdfSession

    shared = PdfExporter(session=PdfSession())
    shared.render(articles[0])  # type: ignore[arg-type]  # the session's one-time cost
    reuse, fresh = [], []
    for article in articles:
        reuse.append(timed(shared.render, article))  # type: ignore[arg-type]
        fresh.append(timed(lambda a=article: PdfExporter(  # type: ignore[misc]
            session=PdfSession()).render(a)))
    return statistics.median(reuse), statistics.median(fresh)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--reuse-docs", type=int, default=20)
    parser.add_argument("--no-pandoc", action="store_true", help="skip the pandoc half")
    args = parser.parse_args(argv)

    import weasyprint

    import artexport  # noqa: F401  (import time is not part of either measurement)

    articles = seed_articles(args.articles)
    words = len(articles[0].plain_text().split())  # type: ignore[attr-defined]
    print(f"bench_pdf: {len(articles)} articles of {words} words (the seed), "
          f"Python {platform.python_version()}, WeasyPrint {weasyprint.__version__}, "
          f"{os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        work = Path(tmp)
        total, warm = bench_artexport(articles, work / "artexport")
        ours = len(articles) / total
        print(f"artexport (one process): {total:6.1f} s  {ours:5.2f} PDFs/s "
              f"(after the first: {(len(articles) - 1) / warm:5.2f} PDFs/s)")
        if not args.no_pandoc:
            if shutil.which("pandoc") is None:
                sys.exit("bench_pdf: pandoc is not installed")
            (work / "pandoc").mkdir()
            seconds = bench_pandoc(articles, work / "pandoc")
            theirs = len(articles) / seconds
            print(f"pandoc --pdf-engine=weasyprint: {seconds:6.1f} s  {theirs:5.2f} PDFs/s")
            print(f"ratio: artexport is {ours / theirs:.1f}x pandoc's PDFs per second")
    n = args.reuse_docs
    reuse, fresh = bench_reuse(articles[:n])
    print(f"batch reuse, {n} documents (median per document): one session {reuse:.3f} s, "
          f"a fresh FontConfiguration + stylesheet + cache each {fresh:.3f} s -> "
          f"{n} documents in {n * reuse:.1f} s instead of {n * fresh:.1f} s, "
          f"reuse saves {(1 - reuse / fresh):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
