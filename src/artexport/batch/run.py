"""Running a batch: :func:`convert_tree` checks everything it can before any work,
plans, hands the articles to an executor, records each result as it arrives, and stops
cleanly on Ctrl-C or SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Executor, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import asdict, is_dataclass, replace
from functools import partial
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from ..conversion import prepare_output as prepare_output_folder
from ..errors import ArtexportError, BatchInterrupted, SetupError
from ..exporters import select_exporters, validate_options
from ..writer import leftover_temp_files, write_atomic
from .executors import (
    DEFAULT_MEMORY_LIMIT,
    LocalPool,
    check_workers,
    default_executor,
    start_workers_early,
)
from .plan import (
    REPORT,
    ArticlePlan,
    Manifest,
    find_articles,
    plan_article,
    shared_folders,
    slug_collisions,
    templates_fingerprint,
)
from .report import ArticleResult, BatchReport
from .work import Job, convert_job, merge_parts, read_slug, render_job

ProgressCallback = Callable[[int, int, ArticleResult], None]
log = logging.getLogger("artexport.batch")
_SAVE_EVERY = 2.0  # seconds between manifest saves while results arrive


def convert_tree(src: Path | str, out: Path | str, formats: str | Iterable[str],
                 options: Mapping[str, Any] | None = None,
                 executor: Executor | None = None, *, jobs: int | None = None,
                 force: bool = False, templates: Path | None = None,
                 time_limit: float | None = 600.0,
                 progress: ProgressCallback | None = None,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> BatchReport:
    """Convert every article under ``src`` into ``formats`` below ``out``.

    ``formats`` is a name, a list of names or ``"all"``. Before any article is read,
    the formats are loaded, the options checked against each format's ``Options``
    (:class:`~artexport.errors.OptionError`), and the output folder checked; before any
    article is converted, what the formats need on this machine and the executor's
    workers (:class:`~artexport.errors.SetupError`). ``executor`` may be any
    :class:`concurrent.futures.Executor` (a thread pool, a Dask executor...); by default
    a local process pool of ``jobs`` workers runs and is shut down at the end. One
    broken article never stops the others: it is ``failed`` in the returned
    :class:`BatchReport` (also written to ``out/artexport-report.json``); so does one
    that needs more than ``memory_limit`` bytes in a worker of the local pool (the
    limit is set in each worker process; ``None``: none). Ctrl-C or
    SIGTERM stop the run once, the manifest saved, with
    :class:`~artexport.errors.BatchInterrupted` (a ``KeyboardInterrupt``).
    """
    started = time.perf_counter()
    src, out = Path(src).absolute(), Path(out).absolute()  # workers may run elsewhere
    classes = select_exporters(formats, check=False)  # checked below, if there is work
    opts = _plain_options(validate_options(classes, options))
    prepare_output(out)
    if not src.exists():
        raise ArtexportError(src, "no such file or folder")
    articles = find_articles(src, skip=[out])
    manifest = Manifest(out)
    base = src if src.is_dir() else src.parent
    user_templates = templates_fingerprint(templates)
    plans = [plan_article(path, base, out, list(classes), opts, user_templates, manifest,
                          force) for path in articles]
    building = sum(1 for p in plans if p.build)
    if building:  # a re-run with nothing to do need not load WeasyPrint (0.4 s)
        if executor is None:
            start_workers_early()  # their warm-up overlaps the checks below
        for cls in classes.values():
            cls.check_environment()
    log.debug("%s: %d article(s): %d to convert, %d up to date", src, len(plans), building,
              len(plans) - building)
    batch = _Batch(plans, out, manifest, opts, templates, time_limit, progress)
    batch.memory_limit = memory_limit
    with _StopSignals() as stop:
        try:
            batch.run(executor, jobs, stop, src)
        finally:
            manifest.save()
        # still inside: a late Ctrl-C cannot cut the report's writing short
        report = BatchReport(batch.in_order(), time.perf_counter() - started, tuple(classes))
        write_atomic(out / REPORT, report.to_json().encode("utf-8"))
    if stop.signum is not None:
        raise BatchInterrupted(stop.signum, report)
    return report


def prepare_output(out: Path) -> None:
    """Create ``out`` and prove it writable (see :func:`artexport.conversion.
    prepare_output`), then remove the temp files an interrupted run left there."""
    prepare_output_folder(out)
    for stale in leftover_temp_files(out):
        stale.unlink(missing_ok=True)


def _plain_options(options: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Options as plain mappings: they are fingerprinted and sent to workers."""
    return {fmt: (asdict(v) if is_dataclass(v) and not isinstance(v, type) else dict(v))
            for fmt, v in options.items() if v is not None}


class _StopSignals:
    """Ctrl-C and SIGTERM while a batch runs, handled once and idempotently: the first
    Ctrl-C lets running articles finish, a second one (or SIGTERM) stops them now, any
    more are ignored. The handler only sets flags; the run loop acts on them, so no
    signal ever lands in the middle of a lock or a file write. The caller's handlers
    are back on exit (the CLI, stopping, then ignores any more: cli._Boundary)."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.now = False
        self._old: dict[int, Any] = {}

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None:
            self.now = True
            return
        self.signum = signum
        self.now = signum != signal.SIGINT

    @property
    def requested(self) -> bool:
        return self.signum is not None


class _Batch:
    """One run's state: the plans, the results as they arrive, the manifest."""

    def __init__(self, plans: Sequence[ArticlePlan], out: Path, manifest: Manifest,
                 options: Mapping[str, Mapping[str, Any]], templates: Path | None,
                 time_limit: float | None, progress: ProgressCallback | None) -> None:
        self.plans, self.out, self.manifest = plans, out, manifest
        self.options, self.templates, self.time_limit = options, templates, time_limit
        self.progress = progress
        self.results: dict[str, ArticleResult] = {}
        self.window = 1
        self.memory_limit: int | None = None
        self._last_save = time.monotonic()

    def in_order(self) -> list[ArticleResult]:
        return [self.results.get(p.source) or ArticleResult(p.source, "interrupted")
                for p in self.plans]

    def finish(self, plan: ArticlePlan, result: ArticleResult) -> None:
        """Record one article's result (formats that were up to date count as kept)."""
        result = replace(result, source=plan.source)
        if plan.fresh and result.status != "failed":
            kept = tuple(f for _, files in plan.fresh.values() for f in files)
            result = replace(result, outputs=kept + result.outputs,
                             skipped_formats=tuple(plan.fresh),
                             records={**plan.fresh, **result.records},
                             slug=result.slug or plan.slug)
        if result.status == "failed":
            self.manifest.forget(plan.source)
        elif result.status != "interrupted":
            self.manifest.record(result, plan.source_hash)
        self.results[plan.source] = result
        if self.progress is not None:
            self.progress(len(self.results), len(self.plans), result)
        if time.monotonic() - self._last_save > _SAVE_EVERY:
            self.manifest.save()
            self._last_save = time.monotonic()

    def run(self, executor: Executor | None, jobs: int | None, stop: _StopSignals,
            src: Path) -> None:
        shared = shared_folders(self.plans)
        to_read = [p for p in self.plans if p.rel_dir in shared and p.slug is None]
        to_build = [p for p in self.plans if p.build]
        if not to_read and not to_build:  # nothing to do: no worker starts at all
            for plan in self.plans:
                self.finish(plan, ArticleResult(plan.source, "skipped", slug=plan.slug))
            return
        own = executor is None
        pool = default_executor(jobs, time_limit=self.time_limit,
                                memory_limit=self.memory_limit) if own else executor
        assert pool is not None
        self.window = _concurrency(pool)
        try:
            if not own:
                check_workers(pool, src, self.out)
            slugs = self._read_slugs(pool, to_read, stop)
            slugs.update({p: p.slug for p in self.plans if p.slug is not None})
            refused = slug_collisions({p: s for p, s in slugs.items() if p.rel_dir in shared})
            for plan in self.plans:
                if plan in refused:
                    self.finish(plan, ArticleResult(plan.source, "failed",
                                                    error=refused[plan]))
                elif not plan.build and plan.source not in self.results:
                    self.finish(plan, ArticleResult(plan.source, "skipped", slug=plan.slug))
            if not stop.requested:
                self._convert(pool, [p for p in to_build if p.source not in self.results],
                              stop)
        finally:
            if own:
                _close(pool, stop)

    def _read_slugs(self, pool: Executor, plans: Sequence[ArticlePlan],
                    stop: _StopSignals) -> dict[ArticlePlan, str]:
        calls = [(p, partial(pool.submit, read_slug, p.path, self.time_limit)) for p in plans]
        slugs: dict[ArticlePlan, str] = {}
        for plan, outcome in self._gather(calls, stop):
            if isinstance(outcome, str):
                slugs[plan] = outcome
            else:  # it cannot be read: that is its result, no conversion is tried
                self.finish(plan, outcome)
        return slugs

    def _convert(self, pool: Executor, plans: Sequence[ArticlePlan],
                 stop: _StopSignals) -> None:
        # longest first: the last article to start is a short one, so the workers
        # finish together instead of one converting a long article alone at the end
        plans = sorted(plans, key=_work_size, reverse=True)
        calls: list[tuple[ArticlePlan, Callable[[], Future[Any]]]] = []
        for i, p in enumerate(plans):
            # the queue runs dry: the last articles' formats go to several workers
            # (rendered apart, written together), so no worker idles at the end
            parts = _split_formats(p.build, self.options) \
                if isinstance(pool, LocalPool) and len(plans) - 1 - i < self.window - 1 \
                else []
            if len(parts) > 1:
                calls.append((p, partial(self._submit_parts, pool, self._job(p), parts)))
            else:
                calls.append((p, partial(pool.submit, convert_job, self._job(p))))
        for plan, outcome in self._gather(calls, stop):
            assert isinstance(outcome, ArticleResult)
            self.finish(plan, outcome)

    def _submit_parts(self, pool: Executor, job: Job,
                      parts: list[dict[str, str]]) -> Future[Any]:
        """One future for an article rendered in ``parts`` on several workers: done when
        every part is, with the article's result (its files written together) or the
        first part's exception."""
        futures = [pool.submit(render_job, replace(job, formats=part,
                                                   options={f: job.options[f] for f in part}))
                   for part in parts]
        joint: Future[Any] = Future()
        joint.set_running_or_notify_cancel()
        left = [len(futures)]
        lock = threading.Lock()

        def part_done(_: Future[Any]) -> None:
            with lock:
                left[0] -= 1
                if left[0]:
                    return
            try:
                joint.set_result(merge_parts(job, [f.result() for f in futures]))
            except BaseException as e:  # handed on to _outcome, which reports it
                joint.set_exception(e)

        for f in futures:
            f.add_done_callback(part_done)
        return joint

    def _job(self, plan: ArticlePlan) -> Job:
        return Job(plan.path, plan.source, self.out / plan.rel_dir, self.out, plan.build,
                   {f: self.options.get(f, {}) for f in plan.build}, self.templates,
                   self.time_limit, self.memory_limit)

    def _gather(self, calls: Sequence[tuple[ArticlePlan, Callable[[], Future[Any]]]],
                stop: _StopSignals) -> Iterable[tuple[ArticlePlan, Any]]:
        """Submit the calls, at most ``window`` in flight (the queue stays here, so a
        stop never has to take work back from an executor), and yield each outcome as
        it completes. On a stop request nothing more is submitted; work in flight is
        waited for (first Ctrl-C) or left (a second one, SIGTERM)."""
        queue = deque(calls)
        running: dict[Future[Any], ArticlePlan] = {}
        announced = False
        while queue or running:
            while queue and len(running) < self.window and not stop.requested:
                plan, call = queue.popleft()
                running[call()] = plan
            if not running:
                return
            done, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                plan = running.pop(future)
                outcome = self._outcome(future, plan, stop)
                if outcome is not None:
                    yield plan, outcome
            if stop.requested and not announced:
                announced = True
                log.warning("stopping: %d article(s) in progress finish first%s",
                            len(running), "" if stop.now else
                            "; Ctrl-C again to stop them now")
            if stop.now:
                return

    def _outcome(self, future: Future[Any], plan: ArticlePlan,
                 stop: _StopSignals) -> Any:
        try:
            return future.result()
        except SetupError:
            raise
        except CancelledError:
            return None  # stopped before it started: reported as interrupted
        except FutureTimeout:  # the local pool ended a worker stuck past the limit
            return ArticleResult(plan.source, "failed", error=(
                f"{plan.path}: took longer than the limit of {self.time_limit:g} s"))
        except (Exception, SystemExit) as e:  # SystemExit: a worker ended by SIGTERM
            if stop.requested:
                return None  # its worker was stopped with the run
            if type(e).__name__ in ("ProcessExpired", "BrokenProcessPool"):
                error = (f"{plan.path}: worker failed: its process died while converting "
                         "this article (killed, out of memory, or a crash in a library)")
                if self.memory_limit:
                    error += (f"; workers may take {_mb(self.memory_limit)} of memory "
                              "(--memory-limit)")
            else:  # a Dask worker lost, a result that did not unpickle
                error = f"{plan.path}: worker failed: {type(e).__name__}: {e}"
            return ArticleResult(plan.source, "failed", error=error)


# rough cost of each format, to split an article's formats into two even parts
_FORMAT_COST = {"audio": 6, "pdf": 2, "epub": 1, "html": 1, "braille": 1}


def _split_formats(build: Mapping[str, str],
                   options: Mapping[str, Mapping[str, Any]]) -> list[dict[str, str]]:
    """An article's formats in two parts of similar cost (the most expensive alone when
    it outweighs the rest), or one part: a single format, or a read-along EPUB or page
    (``with_audio``), which must share its narration with the audio in one process."""
    if len(build) < 2 or any(options.get(f, {}).get("with_audio") for f in build):
        return [dict(build)]
    order = sorted(build, key=lambda f: -_FORMAT_COST.get(f, 1))
    first: dict[str, str] = {}
    rest: dict[str, str] = {}
    for fmt in order:  # greedy: each format to the lighter part
        cost = sum(_FORMAT_COST.get(f, 1) for f in first)
        other = sum(_FORMAT_COST.get(f, 1) for f in rest)
        (first if cost <= other else rest)[fmt] = build[fmt]
    return [part for part in (first, rest) if part]


_NOT_TEXT = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".tif",
                       ".tiff", ".bmp"})


def _work_size(plan: ArticlePlan) -> int:
    """How much an article has to convert, roughly: the bytes of its source (a folder's
    files other than images), times the formats to build."""
    path = plan.path
    try:
        if path.is_dir():
            size = sum(f.stat().st_size for f in path.iterdir()
                       if f.is_file() and f.suffix.lower() not in _NOT_TEXT)
        else:
            size = path.stat().st_size
    except OSError:
        size = 0
    return size * len(plan.build)


def _mb(size: int) -> str:
    return f"{size / 1024 ** 2:.0f} MB"


def _concurrency(pool: Executor) -> int:
    """How many articles to keep in flight: one per local worker; twice the threads of
    a Dask cluster or another executor (so a worker never waits for the client)."""
    if isinstance(pool, LocalPool):
        return pool.workers
    client = getattr(pool, "_client", None)
    if client is not None and hasattr(client, "nthreads"):
        return max(1, 2 * int(sum(client.nthreads().values())))
    return max(1, 2 * int(getattr(pool, "_max_workers", 0) or os.cpu_count() or 1))


def _close(pool: Executor, stop: _StopSignals) -> None:
    if isinstance(pool, LocalPool):
        pool.close(lambda: stop.now)
    else:
        pool.shutdown(wait=True, cancel_futures=True)
