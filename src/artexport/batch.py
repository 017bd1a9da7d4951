"""Convert a tree of articles: parallel, incremental, resilient.

Every article folder (a folder holding ``article.md``/``.json``/``.html``/``index.html``/
``article.txt``) or article file under ``src`` becomes ``out/<relative path>/<slug>.<ext>``.
Work runs on any :class:`concurrent.futures.Executor`; by default a process pool whose
workers are recycled so WeasyPrint's caches cannot grow without bound.

Incremental: ``out/.artexport-manifest.json`` records, per article and format, a
fingerprint of the source folder, the options, the templates/fonts and the artexport
version; an output whose fingerprint is unchanged (and whose files still exist) is
skipped. Outputs are written atomically; an interrupted run leaves at most hidden
``.*.part`` temp files, which the next run removes before it starts.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any, Literal

from . import __version__
from .errors import ArtexportError
from .loader import SOURCE_KINDS, SOURCE_NAMES, load_article
from .paths import fonts_dir, templates_dir
from .pool import RecyclingProcessPool
from .watchdog import deadline
from .writer import leftover_temp_files, write_atomic

MANIFEST = ".artexport-manifest.json"
REPORT = "artexport-report.json"
Status = Literal["converted", "skipped", "failed"]
_EXTENSIONS = frozenset(e for exts in SOURCE_KINDS.values() for e in exts)
_IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})


# ---- what a run produces -------------------------------------------------------------

@dataclass(frozen=True)
class ArticleResult:
    """The outcome for one article (all requested formats)."""

    source: str
    status: Status
    outputs: tuple[str, ...] = ()
    skipped_formats: tuple[str, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    worker_peak_mb: float = 0.0  # the converting process's peak memory so far (max RSS)
    # per format: (fingerprint, files) of the outputs now on disk, for the manifest
    records: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass
class BatchReport:
    """Everything a batch did, in source order."""

    results: list[ArticleResult]
    seconds: float
    formats: tuple[str, ...]

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def count(self, status: Status) -> int:
        return sum(r.status == status for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {
            "artexport": __version__,
            "formats": list(self.formats),
            "seconds": round(self.seconds, 3),
            "converted": self.count("converted"),
            "skipped": self.count("skipped"),
            "failed": self.count("failed"),
            "worker_peak_mb": round(max((r.worker_peak_mb for r in self.results), default=0), 1),
            "articles": [
                {k: v for k, v in asdict(r).items()
                 if k not in ("records", "worker_peak_mb") and v not in ((), None)}
                for r in self.results
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# ---- finding articles ----------------------------------------------------------------

def find_articles(src: Path) -> list[Path]:
    """Article folders and article files under ``src``, sorted.

    A folder holding one of the standard source names is one article (with its images);
    elsewhere every supported file is an article of its own. Hidden entries are ignored.
    """
    if src.is_file():
        return [src]
    if not src.is_dir():
        raise ArtexportError(src, "no such folder")
    found: list[Path] = []
    for folder, dirs, files in os.walk(src):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if any(name in files for name in SOURCE_NAMES):
            found.append(here)
            dirs[:] = []
            continue
        found.extend(here / f for f in sorted(files)
                     if not f.startswith(".") and Path(f).suffix.lower() in _EXTENSIONS)
    return sorted(found)


# ---- fingerprints --------------------------------------------------------------------

def _hash_files(paths: Sequence[Path], root: Path) -> str:
    """A hash of the files' names and contents. A symlink counts by where it points,
    never by what it points to: the batch reads nothing outside the article folder (the
    loader refuses links that lead out; one that stays inside is hashed as its target)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        if path.is_symlink():
            h.update(b"->" + os.readlink(path).encode("utf-8", "surrogateescape"))
            target = path.resolve()
            if not (target.is_relative_to(root.resolve()) and target.is_file()):
                continue
            path = target
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def source_fingerprint(article: Path) -> str:
    """A hash of everything the article may read: its folder (a folder article) or the
    file plus the images beside it (a file article)."""
    if article.is_dir():
        files: list[Path] = []
        for folder, dirs, names in os.walk(article):  # never into symlinked folders
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files.extend(Path(folder) / n for n in names if not n.startswith("."))
        return _hash_files(files, article)
    images = [p for p in article.parent.iterdir()
              if p.suffix.lower() in _IMAGE_EXTENSIONS and (p.is_symlink() or p.is_file())]
    return _hash_files([article, *images], article.parent)


@cache
def _package_fingerprint() -> str:
    """Templates, fonts and version: a change in any rebuilds everything."""
    h = hashlib.sha256(__version__.encode())
    for root in (templates_dir(), fonts_dir()):
        h.update(_hash_files([p for p in root.rglob("*") if p.is_file()], root).encode())
    return h.hexdigest()


def templates_fingerprint(templates: Path | None) -> str:
    """The user's template overrides (``""`` without them): hashed once per run."""
    if templates is None:
        return ""
    return _hash_files([p for p in templates.rglob("*") if p.is_file()], templates)


def output_fingerprint(source_hash: str, fmt: str, options: Mapping[str, Any],
                       user_templates: str) -> str:
    blob = json.dumps([source_hash, fmt, options, user_templates, _package_fingerprint()],
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


# ---- the unit of work (runs in a worker) ----------------------------------------------

@dataclass(frozen=True)
class _Job:
    source: Path
    rel_source: str  # the article's path under src: its key in the manifest and report
    rel: str  # the folder under out/ its files go to
    out_dir: Path
    formats: Mapping[str, str]  # the formats to build -> their output fingerprints
    options: Mapping[str, Mapping[str, Any]]
    templates: Path | None
    time_limit: float | None


@dataclass(frozen=True)
class _Plan:
    """What one article needs: the formats to build, and those already up to date."""

    build: dict[str, str]  # format -> fingerprint
    fresh: dict[str, tuple[str, tuple[str, ...]]]  # format -> (fingerprint, files)


def plan_article(source: Path, out_dir: Path, formats: Sequence[str],
                 options: Mapping[str, Mapping[str, Any]], user_templates: str,
                 previous: Mapping[str, Any], force: bool) -> _Plan:
    """Compare the article's fingerprints with the manifest: a format is fresh when its
    fingerprint is unchanged and every file it wrote is still there."""
    source_hash = source_fingerprint(source)
    build: dict[str, str] = {}
    fresh: dict[str, tuple[str, tuple[str, ...]]] = {}
    for fmt in formats:
        fp = output_fingerprint(source_hash, fmt, options.get(fmt, {}), user_templates)
        prev = previous.get(fmt, {})
        files = tuple(prev.get("files", ()))
        if (not force and prev.get("fingerprint") == fp and files
                and all((out_dir / f).is_file() for f in files)):
            fresh[fmt] = (fp, files)
        else:
            build[fmt] = fp
    return _Plan(build, fresh)


_EXPORTERS: dict[tuple[str, str, str], Any] = {}


def _exporter(fmt: str, options: Mapping[str, Any], templates: Path | None) -> Any:
    """One exporter instance per format and options per process, so caches (fonts,
    stylesheets, synthesised speech) are reused across the articles a worker converts."""
    from .exporters import get_exporter

    key = (fmt, json.dumps(options, sort_keys=True, default=str), str(templates))
    if key not in _EXPORTERS:
        _EXPORTERS[key] = get_exporter(fmt)(dict(options) or None, templates=templates)
    return _EXPORTERS[key]


def convert_article(job: _Job) -> ArticleResult:
    """Convert one article into the formats the job names (runs in a worker)."""
    started = time.perf_counter()
    caught: list[warnings.WarningMessage] = []
    outputs: list[str] = []
    records: dict[str, tuple[str, tuple[str, ...]]] = {}
    error: str | None = None
    try:
        with warnings.catch_warnings(record=True) as caught, \
                deadline(job.time_limit, job.source):
            warnings.simplefilter("always")
            article = load_article(job.source)
            for fmt, fingerprint in job.formats.items():
                exporter = _exporter(fmt, job.options.get(fmt, {}), job.templates)
                written = exporter.export(article, job.out_dir / job.rel)
                files = tuple(p.relative_to(job.out_dir).as_posix() for p in written)
                outputs.extend(files)
                records[fmt] = (fingerprint, files)
    except ArtexportError as e:
        error = str(e)
    except Exception as e:  # a bug must not stop the batch: report it against the article
        error = f"{job.source}: unexpected {type(e).__name__}: {e}"
    return ArticleResult(job.rel_source, "failed" if error else "converted", tuple(outputs),
                         error=error, warnings=_messages(caught),
                         seconds=time.perf_counter() - started,
                         worker_peak_mb=_peak_rss_mb(), records=records)


def _peak_rss_mb() -> float:
    import resource  # POSIX only; the figure is informative, so elsewhere it is 0

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _messages(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(w.message) for w in caught
                               if not issubclass(w.category, DeprecationWarning)))


# ---- the manifest --------------------------------------------------------------------

class Manifest:
    """``out/.artexport-manifest.json``: per article, per format, the fingerprint and
    files of the last successful export. Saved atomically; a lost save only means a
    rebuild, never a wrong skip."""

    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries: dict[str, dict[str, Any]] = data.get("articles", {})
        except (FileNotFoundError, ValueError, AttributeError):
            self.entries = {}

    def record(self, result: ArticleResult) -> None:
        for fmt, (fingerprint, files) in result.records.items():
            entry = self.entries.setdefault(result.source, {})
            entry[fmt] = {"fingerprint": fingerprint, "files": list(files)}

    def save(self) -> None:
        data = {"artexport": __version__, "articles": self.entries}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1,
                                           sort_keys=True).encode("utf-8"))


# ---- executors -----------------------------------------------------------------------

def default_executor(jobs: int | None = None, *, tasks_per_worker: int = 50) -> Executor:
    """A process pool of ``jobs`` workers (default: CPU count), each replaced after about
    ``tasks_per_worker`` articles to bound WeasyPrint's memory growth; a worker that dies
    fails only the article it was converting (see :mod:`artexport.pool`)."""
    workers = jobs or os.cpu_count() or 1
    ctx = multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")
    return RecyclingProcessPool(workers, tasks_per_worker=tasks_per_worker, mp_context=ctx,
                                initializer=_worker_init)


def _worker_init() -> None:
    # SIGTERM in a worker raises, so an article being written cleans up its temp files.
    signal.signal(signal.SIGTERM, _terminate)
    # Ctrl-C goes to the whole process group: let the parent decide, don't die mid-write.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def dask_executor(address: str) -> Executor:
    """An executor on a Dask cluster (``dask://host:port`` or ``tcp://host:port``)."""
    try:
        from distributed import Client
    except ImportError:
        raise ArtexportError(None, "Dask support needs the extra: pip install "
                                   "'artexport[dask]'") from None
    if address.startswith("dask://"):
        address = "tcp://" + address[len("dask://"):]
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except OSError as e:
        raise ArtexportError(None, f"cannot reach the Dask scheduler at {address}: {e}") \
            from None
    executor: Executor = client.get_executor()  # type: ignore[no-untyped-call]
    return executor


# ---- the runner ----------------------------------------------------------------------

ProgressCallback = Callable[[int, int, ArticleResult], None]


def _claims(articles: Sequence[Path]) -> dict[tuple[Path, str], Path]:
    """For article files sharing a folder and a name, the one that is converted: the
    first in the loader's order of kinds (Markdown, JSON, HTML, text)."""
    rank = {ext: n for n, exts in enumerate(SOURCE_KINDS.values()) for ext in exts}
    claims: dict[tuple[Path, str], Path] = {}
    for path in sorted((p for p in articles if p.is_file()),
                       key=lambda p: rank.get(p.suffix.lower(), len(rank))):
        claims.setdefault((path.parent, path.stem.casefold()), path)
    return claims


def convert_tree(src: Path | str, out: Path | str, formats: Sequence[str],
                 options: Mapping[str, Mapping[str, Any]] | None = None,
                 executor: Executor | None = None, *, jobs: int | None = None,
                 force: bool = False, templates: Path | None = None,
                 time_limit: float | None = 600.0,
                 progress: ProgressCallback | None = None) -> BatchReport:
    """Convert every article under ``src`` into ``formats`` below ``out``.

    ``executor`` may be any :class:`concurrent.futures.Executor` (a thread pool, a
    Dask executor...); by default a recycled process pool of ``jobs`` workers is used
    and shut down at the end. One broken article never stops the others: it is reported
    as ``failed`` in the returned :class:`BatchReport` (also written to
    ``out/artexport-report.json``).
    """
    from .exporters import exporter_names, get_exporter

    started = time.perf_counter()
    src, out = Path(src), Path(out)
    known = exporter_names()
    for fmt in formats:
        if fmt not in known:
            get_exporter(fmt)  # raises: an unknown format fails before any work
    out.mkdir(parents=True, exist_ok=True)
    for stale in leftover_temp_files(out):  # what a killed run left behind
        stale.unlink(missing_ok=True)
    articles = find_articles(src)
    base = src if src.is_dir() else src.parent
    manifest = Manifest(out)
    opts = {k: dict(v) for k, v in (options or {}).items()}
    results: dict[str, ArticleResult] = {}
    order: list[str] = []
    fresh: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {}
    jobs_list: list[_Job] = []
    done = 0

    def finish(result: ArticleResult) -> None:
        nonlocal done
        before = fresh.get(result.source, {})
        if before:  # formats that were already up to date count as skipped, not lost
            result = replace(result, outputs=tuple(f for _, fs in before.values() for f in fs)
                             + result.outputs, skipped_formats=tuple(before),
                             records={**before, **result.records})
        results[result.source] = result
        manifest.record(result)
        done += 1
        if progress is not None:
            progress(done, len(articles), result)

    # Up-to-date checks happen here, not in workers: a re-run with nothing to do
    # starts no worker at all.
    claimed = _claims(articles)
    user_templates = templates_fingerprint(templates)
    for path in articles:
        rel_source = path.relative_to(base).as_posix() or "."
        rel_dir = (path if path.is_dir() else path.parent).relative_to(base).as_posix()
        order.append(rel_source)
        if path.is_file():  # a.md and a.json side by side would write the same a.html
            first = claimed[(path.parent, path.stem.casefold())]
            if first != path:
                finish(ArticleResult(rel_source, "failed", error=(
                    f"{path}: would write the same files as {first.name}; rename one, or "
                    "give each its own folder")))
                continue
        plan = plan_article(path, out, formats, opts, user_templates,
                            manifest.entries.get(rel_source, {}), force)
        fresh[rel_source] = plan.fresh
        if plan.build:
            jobs_list.append(_Job(path, rel_source, "" if rel_dir == "." else rel_dir, out,
                                  plan.build, opts, templates, time_limit))
        else:
            finish(ArticleResult(rel_source, "skipped"))

    # a broken exporter fails the run here, not once per article; loading them is a
    # third of a run with nothing to do, so only when there is work
    for fmt in sorted({fmt for job in jobs_list for fmt in job.formats}):
        get_exporter(fmt)
    own = executor is None and bool(jobs_list)
    pool = executor if executor is not None else default_executor(jobs) if own else None
    futures: dict[Future[ArticleResult], _Job] = {}
    try:
        if pool is not None:
            for job in jobs_list:
                futures[pool.submit(convert_article, job)] = job
        last_save = time.monotonic()
        for future in as_completed(futures):
            job = futures[future]
            try:
                result = future.result()
            except BrokenProcessPool:  # killed twice, even when run alone
                result = ArticleResult(job.rel_source, "failed", error=(
                    f"{job.source}: worker failed: its process died while converting this "
                    "article (killed, out of memory, or a crash in a library)"))
            except Exception as e:  # a Dask worker lost, a result that did not unpickle
                result = ArticleResult(job.rel_source, "failed",
                                       error=f"{job.source}: worker failed: "
                                             f"{type(e).__name__}: {e}")
            finish(result)
            if time.monotonic() - last_save > 2.0:
                manifest.save()
                last_save = time.monotonic()
    finally:
        if own and pool is not None:  # queued work is cancelled, running work finishes
            pool.shutdown(wait=True, cancel_futures=True)
        for future, job in futures.items():  # record what finished after an interrupt
            if job.rel_source not in results and future.done() and not future.cancelled() \
                    and future.exception() is None:
                manifest.record(future.result())
        manifest.save()
    report = BatchReport([results[r] for r in order], time.perf_counter() - started,
                         tuple(formats))
    write_atomic(out / REPORT, report.to_json().encode("utf-8"))
    return report
