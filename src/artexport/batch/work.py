"""What runs in a worker (a pool process, a thread, a Dask worker): one article's
conversion, the reading of a slug, and the check a cluster's workers answer first.

Every function here takes and returns plain picklable values and never raises for an
article's fault: the failure comes back as the result, naming the source.
"""

from __future__ import annotations

import os
import socket
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..conversion import converter_for, write_error
from ..errors import ArtexportError, SetupError
from ..loader import load_article
from ..watchdog import deadline
from ..writer import write_many
from .report import ArticleResult


@dataclass(frozen=True)
class Job:
    """One article to convert: absolute paths, so any worker anywhere agrees on them."""

    source: Path
    key: str  # the article's path under src: its key in the manifest and report
    out_dir: Path  # where its files go (out/<relative folder>)
    root: Path  # out/: output paths are recorded relative to it
    formats: Mapping[str, str]  # the formats to build -> their output fingerprints
    options: Mapping[str, Mapping[str, Any]]
    templates: Path | None
    time_limit: float | None
    memory_limit: int | None = None  # the worker's, for the message when it runs out


def convert_job(job: Job) -> ArticleResult:
    """Convert one article into the job's formats, all written or none."""
    started = time.perf_counter()
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            converter = converter_for(job.formats, job.options, job.templates)
            done = converter.convert(job.source, job.out_dir, time_limit=job.time_limit)
    except SetupError:
        raise  # not this article's fault: the run stops with it
    except ArtexportError as e:
        return _failed(job, str(e), caught, started)
    except MemoryError:
        return _failed(job, _memory_error(job), caught, started)
    except Exception as e:  # a bug must not stop the batch: report it against the article
        return _failed(job, f"{job.source}: unexpected {type(e).__name__}: {e}", caught,
                       started)
    records = {fmt: (job.formats[fmt],
                     tuple(p.relative_to(job.root).as_posix() for p in files))
               for fmt, files in done.files.items()}
    return ArticleResult(job.key, "converted",
                         tuple(f for _, files in records.values() for f in files),
                         warnings=_messages(caught), seconds=time.perf_counter() - started,
                         dropped_words=done.dropped_words, worker_peak_mb=_peak_rss_mb(),
                         slug=done.article.slug, records=records)


@dataclass(frozen=True)
class RenderedPart:
    """Some of an article's formats rendered in a worker, not written: the batch writes
    every part of a split article together, or none (:func:`merge_parts`)."""

    files: dict[str, dict[Path, bytes]]  # format -> path -> content
    slug: str
    dropped_words: int
    warnings: tuple[str, ...]
    seconds: float
    worker_peak_mb: float


def render_job(job: Job) -> RenderedPart | ArticleResult:
    """Render the job's formats of one article without writing anything (one part of an
    article whose formats are split across workers); a failure is the result."""
    started = time.perf_counter()
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            converter = converter_for(job.formats, job.options, job.templates)
            with deadline(job.time_limit, job.source):
                article = load_article(job.source, keep_all=converter.keep_all)
                files = converter.render(article, job.out_dir)
    except SetupError:
        raise
    except ArtexportError as e:
        return _failed(job, str(e), caught, started)
    except MemoryError:
        return _failed(job, _memory_error(job), caught, started)
    except Exception as e:
        return _failed(job, f"{job.source}: unexpected {type(e).__name__}: {e}", caught,
                       started)
    dropped = sum(len(d.text.split()) for d in article.dropped)
    return RenderedPart(files, article.slug, dropped, _messages(caught),
                        time.perf_counter() - started, _peak_rss_mb())


def merge_parts(job: Job, parts: list[RenderedPart | ArticleResult]) -> ArticleResult:
    """One article's result from its parts (``job`` has all its formats): every file
    written in one step when every part rendered, else the first failure and nothing
    written."""
    warned = tuple(dict.fromkeys(w for p in parts for w in p.warnings))
    seconds = max(p.seconds for p in parts)
    peak = max(p.worker_peak_mb for p in parts)
    for part in parts:
        if isinstance(part, ArticleResult):
            return replace(part, warnings=warned, seconds=seconds, worker_peak_mb=peak,
                           parts=len(parts))
    rendered = [p for p in parts if isinstance(p, RenderedPart)]
    by_format = {fmt: files for p in rendered for fmt, files in p.files.items()}
    try:
        write_many({path: data for files in by_format.values()
                    for path, data in files.items()})
    except OSError as e:
        error = write_error(e, job.out_dir)
        if isinstance(error, SetupError):
            raise error from None
        return ArticleResult(job.key, "failed", error=str(error), warnings=warned,
                             seconds=seconds, worker_peak_mb=peak, parts=len(parts))
    records = {fmt: (job.formats[fmt],
                     tuple(p.relative_to(job.root).as_posix() for p in by_format[fmt]))
               for fmt in job.formats if fmt in by_format}
    return ArticleResult(job.key, "converted",
                         tuple(f for _, files in records.values() for f in files),
                         warnings=warned, seconds=seconds,
                         dropped_words=rendered[0].dropped_words, worker_peak_mb=peak,
                         slug=rendered[0].slug, records=records, parts=len(parts))


def _memory_error(job: Job) -> str:
    limit = f" of {job.memory_limit / 1024 ** 2:.0f} MB" if job.memory_limit else ""
    return (f"{job.source}: needs more memory than the worker's limit{limit} "
            "(--memory-limit); nothing was written for it")


def _failed(job: Job, error: str, caught: list[warnings.WarningMessage],
            started: float) -> ArticleResult:
    return ArticleResult(job.key, "failed", error=error, warnings=_messages(caught),
                         seconds=time.perf_counter() - started,
                         worker_peak_mb=_peak_rss_mb())


def read_slug(source: Path, time_limit: float | None) -> str | ArticleResult:
    """The slug an article's files will be named by (it may come from its front matter,
    so only reading it tells); a failure to read is the article's result."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with deadline(time_limit, source):
                return load_article(source).slug
    except ArtexportError as e:
        return ArticleResult("", "failed", error=str(e))
    except Exception as e:
        return ArticleResult("", "failed", error=f"{source}: unexpected "
                                                 f"{type(e).__name__}: {e}")


def _peak_rss_mb() -> float:
    import resource  # POSIX only; the figure is informative, so elsewhere it is 0

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _messages(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(w.message) for w in caught
                               if not issubclass(w.category, DeprecationWarning)))


# ---- the pre-flight check a cluster's workers answer ----------------------------------

@dataclass(frozen=True)
class WorkerView:
    """What one worker sees of the client's paths."""

    version: str
    host: str
    cwd: str
    sees_src: bool
    out_token: str | None  # what it read in the client's token file, None if nothing


def worker_view(src: str, out: str, token_file: str) -> WorkerView:
    """Runs on a worker: does it see ``src`` and the output folder (the token file the
    client just wrote there), and which artexport does it run?"""
    try:
        token: str | None = Path(token_file).read_text(encoding="ascii")
    except (OSError, ValueError):
        token = None
    writable = os.access(out, os.W_OK | os.X_OK)
    return WorkerView(__version__, socket.gethostname(), os.getcwd(), os.path.exists(src),
                      token if writable else None)
