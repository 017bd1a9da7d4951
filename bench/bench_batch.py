"""Batch throughput on distinct real articles: issue 14's table, every row in one run.

The articles: the bundled examples and every article of ../shared/corpus (one source per
article: its JSON record, else its HTML page, else its text scrape), each copied into a
folder of its own. In the same run:

1. ``-f html,epub,pdf,audio`` with ``jobs=2`` and ``jobs=1`` from empty speech and font
   caches (cold), and ``jobs=2`` again with the caches the first run left (warm):
   articles per second, the speed-up of 2 workers, the peak memory of a worker (the
   batch report's ``worker_peak_mb``);
2. a re-run of the first batch with nothing changed, as a share of its time;
3. ``-f html,epub,pdf`` with ``jobs=2`` (cold) against pandoc writing the same three
   formats from the same text (a process per article and format, two at a time;
   ``-t html5 --standalone``, ``-t epub3``, ``-t pdf --pdf-engine=weasyprint``).

    .venv/bin/python bench/bench_batch.py [--no-pandoc] [--json FILE]

Prints a Markdown table (the one in the README). Not run by the tests. The machine is
shared: compare the rows of one run, not runs on different days.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import CORPUS, EXAMPLES, Stopwatch, venv_env

FOUR = ["html", "epub", "pdf", "audio"]
THREE = ["html", "epub", "pdf"]


def make_articles(root: Path) -> list[Path]:
    """Every distinct real article in a folder of its own under ``root``."""
    folders = []
    for example in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
        shutil.copytree(example, root / example.name)
        folders.append(root / example.name)
    by_stem: dict[str, Path] = {}
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in (".json", ".html", ".txt"):
            best = by_stem.get(path.stem)
            order = (".json", ".html", ".txt")
            if best is None or order.index(path.suffix) < order.index(best.suffix):
                by_stem[path.stem] = path
    for stem, path in sorted(by_stem.items()):
        folder = root / stem
        folder.mkdir()
        shutil.copy(path, folder / path.name)
        folders.append(folder)
    return folders


def markdown_for_pandoc(folders: list[Path], root: Path) -> list[Path]:
    """The same articles as plain Markdown (title and blocks as artexport read them),
    for pandoc, which reads none of the news formats."""
    from artexport import load_article

    out = []
    for folder in folders:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(folder)
        md = root / folder.name / "article.md"
        md.parent.mkdir(parents=True)
        lines = article.plain_text().split("\n")
        md.write_text(f"---\ntitle: {json.dumps(article.title, ensure_ascii=False)}\n"
                      f"lang: {article.lang}\n---\n\n" + "\n\n".join(lines[1:]) + "\n",
                      encoding="utf-8")
        out.append(md.parent)
    return out


def run_artexport(src: Path, out: Path, formats: list[str], jobs: int,
                  cache: Path, *, cold: bool = True) -> dict[str, float]:
    """One batch in a fresh process (clean caches, a clean rusage of its children)."""
    code = (
        "import json, time\n"
        "from artexport.batch import convert_tree\n"
        "t = time.perf_counter()\n"
        f"r = convert_tree({str(src)!r}, {str(out)!r}, {formats!r}, jobs={jobs})\n"
        "wall = time.perf_counter() - t\n"
        "d = r.to_dict()\n"
        "print(json.dumps({'seconds': wall, 'failed': d['failed'], "
        "'converted': d['converted'], 'skipped': d['skipped'], "
        "'worker_rss_mb': d['worker_peak_mb'], "
        "'errors': [a.get('error') for a in d['articles'] if a.get('error')]}))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    if cold:
        shutil.rmtree(cache, ignore_errors=True)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       check=True)
    return json.loads(p.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run_pandoc(folders: list[Path], out: Path, jobs: int) -> float:
    env = venv_env()
    out.mkdir(parents=True)

    def convert(folder: Path) -> None:
        md = folder / "article.md"
        base = out / folder.name
        for args in (["-t", "html5", "--standalone", "-o", f"{base}.html"],
                     ["-t", "epub3", "-o", f"{base}.epub"],
                     ["-t", "pdf", "--pdf-engine=weasyprint", "-o", f"{base}.pdf"]):
            subprocess.run(["pandoc", "-f", "markdown-smart", str(md), *args], check=True,
                           capture_output=True, env=env, cwd=folder)

    with Stopwatch() as watch, ThreadPoolExecutor(jobs) as pool:
        list(pool.map(convert, folders))
    return watch.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"bench_batch: {CORPUS} is not there (../shared beside the project)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = make_articles(root / "src")
        n = len(folders)
        words = 0
        from artexport import load_article
        for folder in folders:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                words += len(load_article(folder).plain_text().split())
        cache = root / "cache"
        two = run_artexport(root / "src", root / "j2", FOUR, 2, cache)
        rerun = run_artexport(root / "src", root / "j2", FOUR, 2, cache, cold=False)
        warm = run_artexport(root / "src", root / "warm", FOUR, 2, cache, cold=False)
        one = run_artexport(root / "src", root / "j1", FOUR, 1, cache)
        ours3 = run_artexport(root / "src", root / "t2", THREE, 2, cache)
        pandoc = None
        if not args.no_pandoc and shutil.which("pandoc"):
            pandoc = run_pandoc(markdown_for_pandoc(folders, root / "md"), root / "pandoc", 2)
    figures = {"articles": n, "words": words, "cpus": os.cpu_count(),
               "machine": platform.platform(), "jobs2_cold": two, "rerun": rerun,
               "jobs2_warm": warm, "jobs1_cold": one, "three_formats_jobs2": ours3,
               "pandoc_three_formats_jobs2_seconds": pandoc}
    print(f"\n{n} distinct articles ({words} words, {words // n} on average), "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, one run\n")
    print("| | measured | target |")
    print("|---|---|---|")
    print(f"| `batch -f html,epub,pdf,audio -j 2`, cold caches | {two['seconds']:.1f} s = "
          f"**{n / two['seconds']:.2f} articles/s** | >= 1.5 articles/s |")
    print(f"| the same, warm caches | {warm['seconds']:.1f} s = "
          f"{n / warm['seconds']:.2f} articles/s | |")
    print(f"| `-j 2` against `-j 1` (cold) | {one['seconds']:.1f} s / {two['seconds']:.1f} s = "
          f"**{one['seconds'] / two['seconds']:.2f}x** | >= 1.8x |")
    if pandoc is not None:
        print(f"| `-f pdf,epub,html -j 2` against pandoc (same 3 formats, 2 at a time) | "
              f"{ours3['seconds']:.1f} s vs {pandoc:.1f} s = "
              f"**{pandoc / ours3['seconds']:.2f}x** | >= 1.5x |")
    print(f"| worker peak memory, 4 formats (batch report) | "
          f"**{two['worker_rss_mb']:.0f} MB** | <= 250 MB |")
    print(f"| re-run with nothing changed | {rerun['seconds']:.2f} s = "
          f"{100 * rerun['seconds'] / two['seconds']:.1f}% of full | < 2% |")
    for name, run in (("jobs 2", two), ("warm", warm), ("jobs 1", one), ("3 formats", ours3)):
        if run["failed"]:
            print(f"WARNING: {name}: {run['failed']} article(s) failed: {run['errors']}",
                  file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
