"""Batch progress for people: a rich progress bar on a terminal, plain log lines
otherwise (CI logs, pipes), nothing but failures with --quiet."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .batch import ArticleResult, BatchReport


class BatchProgress:
    """A ``progress`` callback for :func:`artexport.batch.convert_tree`."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.console = Console(stderr=True)
        self.bar: Progress | None = None
        self.task: object = None

    def __enter__(self) -> BatchProgress:
        if not self.quiet and self.console.is_terminal:
            self.bar = Progress(TextColumn("[bold]converting"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(),
                                TimeRemainingColumn(), console=self.console, transient=True)
            self.bar.__enter__()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.__exit__(exc_type, exc, tb)

    def update(self, done: int, total: int, result: ArticleResult) -> None:
        if self.bar is not None:
            if self.task is None:
                self.task = self.bar.add_task("convert", total=total)
            self.bar.update(self.task, completed=done)  # type: ignore[arg-type]
        elif not self.quiet:
            print(f"[{done}/{total}] {result.status} {_shown(result.source)} "
                  f"({result.seconds:.1f}s)",
                  file=sys.stderr, flush=True)

    @staticmethod
    def summary(report: BatchReport, *, quiet: bool = False) -> None:
        """A table of what happened, and the failures by name."""
        console = Console(stderr=True)
        if not quiet:
            table = Table(title=f"artexport batch: {', '.join(report.formats)}")
            for col in ("converted", "skipped", "failed", "dropped words", "seconds"):
                table.add_column(col, justify="right")
            table.add_row(str(report.count("converted")), str(report.count("skipped")),
                          str(report.count("failed")), str(report.dropped_words),
                          f"{report.seconds:.1f}")
            console.print(table)
            for r in report.results:
                if r.dropped_words:
                    console.print(f"dropped: {r.dropped_words} words from {_shown(r.source)} "
                                  "(artexport inspect --dropped shows them)",
                                  highlight=False, markup=False, soft_wrap=True)
        for r in report.failed:
            console.print(f"failed: {_shown(r.error or '')}", highlight=False, markup=False,
                          soft_wrap=True)


def _shown(text: str) -> str:
    """A path that is not UTF-8 (lone surrogates) printed as its escapes, not a crash."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
