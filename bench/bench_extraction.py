"""Saved HTML pages: our reader against trafilatura, on ../shared/extraction, in one run.

Each of the 91 pages (``html/<id>.html.gz``, with a hand-made article body in
``ground-truth.json``) is read by both tools in the same process:

* **ours**: ``read_html`` (the reader behind ``load_article`` for ``.html``), the body
  being the standfirst (a first paragraph the reader moved to ``subtitle``) and the text
  of the draft's blocks in reading order. No title and no metadata, which the gold
  bodies never hold; no figure captions either, which they do not hold (the editions
  keep them, as figures: ``--captions`` scores them as body text too). A table is its
  plain text: a line per row, cells separated by spaces, as the gold bodies write them;
* **trafilatura**: ``trafilatura.extract(page)`` with its default settings (text output).

The score is that folder's own (its README): lower-case, tokens are ``\\w+`` runs and
single punctuation marks, F1 of the multisets of 4-token shingles against the gold body,
per page, then the mean over pages (an empty extraction of a non-empty body scores 0).
Times are CPU milliseconds per page (``time.process_time``; the machine is shared, wall
time measures the neighbours too), the best of ``--repeat`` runs: mean and median over
pages, and the mean over pages whose gold body has 300-1500 words ("news length").

    .venv/bin/python bench/bench_extraction.py [--repeat 1] [--worst 8]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _common import ROOT

EXTRACTION = ROOT.parent / "shared" / "extraction"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(len(tokens) - 3, 0)))


def score(extracted: str, gold: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of 4-token shingles, the README's rule."""
    ours, want = shingles(extracted), shingles(gold)
    if not want:
        return (1.0, 1.0, 1.0) if not ours else (0.0, 1.0, 0.0)
    if not ours:
        return 0.0, 0.0, 0.0
    tp = sum((ours & want).values())
    precision, recall = tp / sum(ours.values()), tp / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def ours(path: Path, *, captions: bool = False) -> str:
    from artexport.model import Figure, Table, block_texts, plain_text
    from artexport.readers.html import read_html
    from artexport.resources import DEFAULT_LIMITS

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        draft = read_html(path, DEFAULT_LIMITS)
    lines = [str(draft.meta.get("subtitle") or "")]
    for b in draft.blocks:
        if isinstance(b, Table):  # its plain text: cells separated by spaces, row by row
            lines += [plain_text(b.caption)] if b.caption else []
            lines += [" ".join(plain_text(c) for c in row) for row in b.rows]
        elif captions or not isinstance(b, Figure):
            lines += block_texts(b)
    return "\n".join(lines)


def ours_with_captions(path: Path) -> str:
    return ours(path, captions=True)


def theirs(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_bytes()) or ""


def timed(run: Callable[[Path], str], path: Path, repeat: int) -> tuple[str, float]:
    best, out = float("inf"), ""
    for _ in range(repeat):
        started = time.process_time()
        out = run(path)
        best = min(best, time.process_time() - started)
    return out, best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--captions", action="store_true",
                        help="also score ours with figure captions as body text")
    parser.add_argument("--worst", type=int, default=8, help="list the N worst pages of ours")
    args = parser.parse_args()
    if not (EXTRACTION / "ground-truth.json").is_file():
        print(f"skipped: {EXTRACTION} is not there")
        return 0
    gold = json.loads((EXTRACTION / "ground-truth.json").read_text(encoding="utf-8"))
    tools: dict[str, Callable[[Path], str]] = {"ours": ours, "trafilatura": theirs}
    if args.captions:
        tools["ours+captions"] = ours_with_captions
    results: dict[str, list[tuple[str, float, float, float, float, int]]] = {t: [] for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        for page_id in sorted(gold):
            raw = gzip.decompress((EXTRACTION / "html" / f"{page_id}.html.gz").read_bytes())
            path = Path(tmp) / f"{page_id[:12]}.html"
            path.write_bytes(raw)
            body = gold[page_id]["articleBody"]
            for name, run in tools.items():
                run(path)  # warm: imports and caches are not the page's cost
                text, ms = timed(run, path, args.repeat)
                p, r, f = score(text, body)
                results[name].append((page_id[:12], p, r, f, ms, len(body.split())))
    print(f"{len(gold)} pages of {EXTRACTION}")
    print(f"{'tool':<12} {'F1':>6} {'prec':>6} {'recall':>6}   {'ms mean':>8} {'median':>7} "
          f"{'news':>6}")
    for name, rows in results.items():
        news = [r[4] for r in rows if 300 <= r[5] <= 1500]
        print(f"{name:<12} {statistics.mean(r[3] for r in rows):6.3f} "
              f"{statistics.mean(r[1] for r in rows):6.3f} "
              f"{statistics.mean(r[2] for r in rows):6.3f}   "
              f"{statistics.mean(r[4] for r in rows):8.1f} "
              f"{statistics.median(r[4] for r in rows):7.1f} "
              f"{statistics.mean(news) if news else 0:6.1f}")
    if args.worst:
        print(f"\nworst {args.worst} of ours (page, F1 ours / trafilatura, precision, recall):")
        paired = sorted(zip(results["ours"], results["trafilatura"], strict=True),
                        key=lambda t: t[0][3])
        for o, t in paired[:args.worst]:
            print(f"  {o[0]}  {o[3]:.3f} / {t[3]:.3f}  p {o[1]:.3f}  r {o[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
