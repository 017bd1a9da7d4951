"""The pool artexport used before pebble (``bench_pool.py`` compares the two), kept here
only to re-run that comparison; artexport itself no longer ships it.

A process pool whose workers are replaced after a number of tasks, and where a worker
that dies takes down only the article it was converting.

Why not ``ProcessPoolExecutor(max_tasks_per_child=...)``: on CPython 3.11 to 3.13 it
deadlocks once a worker retires and work is still queued (python/cpython#115634) -- a
batch of a few hundred articles simply stops. And a plain ``ProcessPoolExecutor`` whose
worker is killed (out of memory, a crashing C library) fails *every* pending future with
``BrokenProcessPool``, so one bad article would lose the whole batch.

So :class:`RecyclingProcessPool` runs successive plain process pools ("generations") of
``workers`` processes. It keeps at most ``workers`` tasks in flight, gives each
generation ``workers * tasks_per_worker`` tasks, then shuts it down (its processes exit
as they finish) and starts the next. When a generation breaks, only its running tasks
are affected: they are run again one at a time, each alone in its own generation, so the
one that kills its worker again is the one reported.

Workers never outlive the process that owns the pool: if it is killed (``kill -9``) or
exits without shutting the pool down, each worker notices within a second, is sent
SIGTERM (so a file being written is cleaned up) and exits.
"""

from __future__ import annotations

import collections
import functools
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Any

__all__ = ["RecyclingProcessPool"]


@dataclass(eq=False)
class _Task:
    outer: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    suspect: bool = False  # its worker died once: run it alone


@dataclass(eq=False)
class _Generation:
    pool: ProcessPoolExecutor
    budget: int
    broken: bool = False


class RecyclingProcessPool(Executor):
    """A :class:`concurrent.futures.Executor` of ``workers`` processes, each replaced
    after about ``tasks_per_worker`` tasks (bounding memory that grows per task), in
    which a worker that dies fails only the task it was running."""

    def __init__(self, workers: int, *, tasks_per_worker: int = 50,
                 mp_context: BaseContext | None = None,
                 initializer: Callable[[], object] | None = None) -> None:
        if workers < 1 or tasks_per_worker < 1:
            raise ValueError("workers and tasks_per_worker must be at least 1")
        self._workers = workers
        self._budget = workers * tasks_per_worker
        self._context = mp_context
        self._initializer = initializer
        self._lock = threading.RLock()
        self._queue: collections.deque[_Task] = collections.deque()
        self._running: set[_Task] = set()
        self._current: _Generation | None = None
        self._unresolved: set[Future[Any]] = set()
        self._reapers: list[threading.Thread] = []
        self._shutdown = False
        self._cancelling = False  # shutdown(cancel_futures=True): no more retries either

    # ---- Executor API ----------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            outer: Future[Any] = Future()
            self._unresolved.add(outer)
            outer.add_done_callback(self._unresolved.discard)
            self._queue.append(_Task(outer, fn, args, kwargs))
            self._dispatch()
            return outer

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            self._cancelling = self._cancelling or cancel_futures
            if cancel_futures:
                while self._queue:
                    task = self._queue.popleft()
                    if not task.outer.cancel():  # a suspect, already started once
                        task.outer.set_exception(BrokenProcessPool(
                            "its worker died, and the pool was shut down before a retry"))
            self._dispatch()  # retires the current generation once nothing is queued
        if not wait:
            return
        while True:  # queued tasks start as running ones finish: wait for all of them
            with self._lock:
                pending = list(self._unresolved)
            if not pending:
                break
            wait_for(pending)
        with self._lock:
            reapers = list(self._reapers)
        for reaper in reapers:
            reaper.join()

    # ---- scheduling (callers hold the lock) ------------------------------------------
    def _dispatch(self) -> None:
        """Start queued tasks while fewer than ``workers`` run; a suspect runs alone."""
        while self._queue:
            task = self._queue[0]
            if self._running and (task.suspect or len(self._running) >= self._workers
                                  or any(t.suspect for t in self._running)):
                break
            self._queue.popleft()
            if not task.suspect and not task.outer.set_running_or_notify_cancel():
                continue  # cancelled while queued (a suspect's future is already running)
            generation = self._generation_for(task)
            generation.budget -= 1
            self._running.add(task)
            inner = generation.pool.submit(task.fn, *task.args, **task.kwargs)
            if generation.budget <= 0:
                self._retire(generation)  # its processes exit once their work is done
            inner.add_done_callback(functools.partial(self._finished, generation, task))
        if self._shutdown and not self._queue and self._current is not None:
            self._retire(self._current)

    def _generation_for(self, task: _Task) -> _Generation:
        current = self._current
        if current is None or current.broken or task.suspect:
            if current is not None:
                self._retire(current)
            workers = 1 if task.suspect else self._workers
            start = functools.partial(_worker_start, self._initializer, os.getpid())
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=self._context,
                                       initializer=start)
            current = self._current = _Generation(pool, 1 if task.suspect else self._budget)
        return current

    def _retire(self, generation: _Generation) -> None:
        """No more work for ``generation``: a thread waits for its processes to exit
        (``shutdown`` is not called from the pool's own result thread, which it joins)."""
        if self._current is generation:
            self._current = None
        self._reapers = [r for r in self._reapers if r.is_alive()]
        reaper = threading.Thread(target=generation.pool.shutdown, name="artexport-pool-reaper",
                                  daemon=True)
        reaper.start()
        self._reapers.append(reaper)

    def _finished(self, generation: _Generation, task: _Task, inner: Future[Any]) -> None:
        error = CancelledError() if inner.cancelled() else inner.exception()
        with self._lock:
            self._running.discard(task)
            retry = isinstance(error, BrokenProcessPool) and not task.suspect \
                and not self._cancelling
            if isinstance(error, BrokenProcessPool) and not generation.broken:
                generation.broken = True
                if self._current is generation:
                    self._retire(generation)
            if retry:
                # it, or a task beside it, killed the worker: run it again, alone
                task.suspect = True
                self._queue.appendleft(task)
            self._dispatch()
        if retry:
            return
        # outside the lock: the future's callbacks are the caller's code
        if error is not None:
            task.outer.set_exception(error)
        else:
            task.outer.set_result(inner.result())


# ---- in the worker -------------------------------------------------------------------
def _worker_start(initializer: Callable[[], object] | None, owner: int) -> None:
    if os.name == "posix":
        threading.Thread(target=_leave_when_orphaned, args=(owner,), name="artexport-orphan",
                         daemon=True).start()
    if initializer is not None:
        initializer()


def _leave_when_orphaned(owner: int, interval: float = 0.5, grace: float = 5.0) -> None:
    """Exit once ``owner`` (the pool's process) is gone; a worker waiting for work would
    otherwise wait forever. (A forkserver outlives the owner while any worker lives, so
    a worker's parent is no sign; the owner's pid is.)"""
    while _alive(owner):
        time.sleep(interval)
    os.kill(os.getpid(), signal.SIGTERM)  # the worker's handler, if any, cleans up
    time.sleep(grace)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or the pid now someone else's
        return False
    try:  # killed but not yet reaped by its parent: a zombie is not alive
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True  # no /proc: the pid exists, which is all we can tell
