"""Batch throughput: `convert_tree` with 1 and 2 workers, and against pandoc.

Builds N distinct Arabic articles (default 200) as Markdown folders from the real-world
corpus in ../shared/corpus (consecutive paragraphs of its Arabic articles, ten to an
article, with a title of their own), then measures in the same run:

1. artexport, all four formats, ``jobs=1`` and ``jobs=2``: articles per second, the
   speed-up, and the peak memory (max RSS) of a worker. Every run starts with empty
   speech and font caches, so the speed-up is not a cache effect.
2. artexport with HTML+EPUB+PDF against pandoc producing the same three formats
   (``-t html5 --standalone``, ``-t epub3``, ``-t pdf --pdf-engine=weasyprint``), both
   two at a time: the ratio of wall times.

    .venv/bin/python bench/bench_batch.py [--articles 200] [--no-pandoc] [--json FILE]

Prints a Markdown table (the one in the README). Not run by the tests.
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import CORPUS, Stopwatch, venv_env

ARABIC_SOURCES = ("08-sa-aawsat-king-salman-100-days-very-long.json",
                  "13-sa-aljazirah-quran-quotes-heavy-tashkeel.json",
                  "11-sa-aawsat-arab-app-developers-mixed-latin-urls.json",
                  "12-sa-okaz-stock-market-eastern-western-digits.json")


def paragraphs() -> list[str]:
    """The Arabic paragraphs of the corpus, long ones first split at sentence ends."""
    from artexport.text.sentences import split_sentences

    out: list[str] = []
    for name in ARABIC_SOURCES:
        record = json.loads((CORPUS / name).read_text(encoding="utf-8"))
        for line in record["content"].split("\n"):
            line = " ".join(line.split())
            if len(line) < 40:
                continue
            sentences = split_sentences(line, "ar")
            # heavy paragraphs (corpus 13) become several of a news paragraph's size
            for i in range(0, len(sentences), 4):
                out.append(" ".join(sentences[i:i + 4]))
    return out


def make_articles(root: Path, count: int) -> list[Path]:
    pool = paragraphs()
    folders = []
    for n in range(count):
        start = (n * 7) % len(pool)
        body = [pool[(start + k) % len(pool)] for k in range(10)]
        title = body[0].split("،")[0][:90].rstrip(".")
        folder = root / f"a{n:03d}"
        folder.mkdir(parents=True)
        folder.joinpath("article.md").write_text(
            f"---\ntitle: {json.dumps(f'{title} ({n + 1})', ensure_ascii=False)}\nlang: ar\n"
            f"published: 2015-08-{1 + n % 28:02d}T09:00:00+03:00\n---\n\n"
            + "\n\n".join(body) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders


def run_artexport(src: Path, out: Path, formats: list[str], jobs: int,
                  cache: Path) -> dict[str, float]:
    """One batch in a fresh process (clean caches, a clean rusage of its children)."""
    code = (
        "import json, time\n"
        "from artexport.batch import convert_tree\n"
        "t = time.perf_counter()\n"
        f"r = convert_tree({str(src)!r}, {str(out)!r}, {formats!r}, jobs={jobs})\n"
        "wall = time.perf_counter() - t\n"
        "d = r.to_dict()\n"
        "print(json.dumps({'seconds': wall, 'failed': d['failed'], "
        "'converted': d['converted'], 'worker_rss_mb': d['worker_peak_mb']}))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
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
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"bench_batch: {CORPUS} is not there (../shared beside the project)")
    four = ["html", "epub", "pdf", "audio"]
    three = ["html", "epub", "pdf"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = make_articles(root / "src", args.articles)
        n = len(folders)
        one = run_artexport(root / "src", root / "j1", four, 1, root / "cache1")
        two = run_artexport(root / "src", root / "j2", four, 2, root / "cache2")
        ours3 = run_artexport(root / "src", root / "t2", three, 2, root / "cache3")
        pandoc = None if args.no_pandoc or not shutil.which("pandoc") else \
            run_pandoc(folders, root / "pandoc", 2)
    figures = {"articles": n, "cpus": os.cpu_count(), "machine": platform.platform(),
               "jobs1": one, "jobs2": two, "three_formats_jobs2": ours3,
               "pandoc_three_formats_jobs2_seconds": pandoc}
    rows = [
        ("artexport, 4 formats, jobs 1", one["seconds"], n / one["seconds"],
         f"{one['worker_rss_mb']:.0f} MB"),
        ("artexport, 4 formats, jobs 2", two["seconds"], n / two["seconds"],
         f"{two['worker_rss_mb']:.0f} MB"),
        ("artexport, HTML+EPUB+PDF, jobs 2", ours3["seconds"], n / ours3["seconds"],
         f"{ours3['worker_rss_mb']:.0f} MB"),
    ]
    if pandoc is not None:
        rows.append(("pandoc, HTML+EPUB+PDF, 2 at a time", pandoc, n / pandoc, "—"))
    print(f"\n{n} articles, {os.cpu_count()} CPUs, {platform.python_version()}, one run\n")
    print("| run | wall (s) | articles/s | peak RSS of a worker |")
    print("|---|---:|---:|---:|")
    for name, secs, rate, rss in rows:
        print(f"| {name} | {secs:.1f} | {rate:.2f} | {rss} |")
    print(f"\nspeed-up jobs 2 / jobs 1: {one['seconds'] / two['seconds']:.2f}x")
    if pandoc is not None:
        print(f"artexport vs pandoc (HTML+EPUB+PDF): {pandoc / ours3['seconds']:.2f}x faster")
    if one["failed"] or two["failed"] or ours3["failed"]:
        print("WARNING: some articles failed", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
