"""Where a batch runs: a local process pool (pebble's ``ProcessPool``) or a Dask cluster;
``convert_tree`` also takes any :class:`concurrent.futures.Executor`.

The per-article time limit holds in every executor: the converting code runs under
:func:`artexport.watchdog.deadline` (a signal on a process's main thread, an exception
raised in a worker thread elsewhere), and the local pool also ends, from outside, a
worker still busy a few seconds past the limit (a call stuck inside a C library).

Why pebble and not our own pool (``bench/bench_pool.py``, README "Benchmarks"): the same
throughput on real articles, crash isolation alike, and it can end a stuck worker, which
``concurrent.futures`` cannot; ``ProcessPoolExecutor(max_tasks_per_child=...)`` also
deadlocks on CPython 3.11-3.13 (python/cpython#115634).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import secrets
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from types import FrameType
from typing import Any

from .. import __version__
from ..errors import ArtexportError, SetupError
from .work import WorkerView, worker_view

# The local pool ends a worker this long after the article's own limit has passed:
# enough for the worker's watchdog to stop the article cleanly (keeping the worker and
# its caches); past it the worker is stuck in C and only ending it helps.
HARD_LIMIT_GRACE = 5.0
PREFLIGHT_SECONDS = 60.0
log = logging.getLogger("artexport.batch")
DEFAULT_MEMORY_LIMIT = 1024 ** 3  # bytes a local worker may take (--memory-limit)
_UNITS = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}


def parse_size(text: str) -> int | None:
    """``512M``, ``2G``, ``1.5G``, ``1073741824`` (``K``/``M``/``G``/``T``, an optional
    ``B``/``iB``) as bytes; ``None`` when it is not a size."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", text, re.IGNORECASE)
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()]) if m else None


class LocalPool(Executor):
    """``jobs`` worker processes, each replaced after ``tasks_per_worker`` articles
    (WeasyPrint's caches grow); a worker that dies fails only the article it was
    converting; a task running ``hard_limit`` seconds ends its worker."""

    def __init__(self, jobs: int | None = None, *, tasks_per_worker: int = 50,
                 hard_limit: float | None = None, memory_limit: int | None = None,
                 warm: bool = True) -> None:
        import pebble

        context = _context(warm)
        self.workers = jobs or os.cpu_count() or 1
        self.hard_limit = hard_limit
        self._pool = pebble.ProcessPool(self.workers, max_tasks=tasks_per_worker,
                                        initializer=_worker_init,
                                        initargs=(os.getpid(), memory_limit),
                                        context=context)
        self._futures: set[Future[Any]] = set()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = self._pool.schedule(fn, args, kwargs, timeout=self.hard_limit)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Queued work is cancelled with ``cancel_futures``; running work finishes."""
        if cancel_futures:
            for future in list(self._futures):
                if not future.running():
                    future.cancel()
        self._pool.close()  # type: ignore[no-untyped-call]
        if wait:
            self._pool.join()

    def stop_now(self) -> None:
        """End every worker at once (SIGTERM: an article being written removes its temp
        files); their futures fail."""
        self._pool.stop()  # type: ignore[no-untyped-call]
        self._pool.join()

    def close(self, stop_now: Callable[[], bool]) -> None:
        """Cancel queued work, wait for running work, and end it at once as soon as
        ``stop_now()`` says so (a second Ctrl-C while waiting)."""
        self.shutdown(wait=False, cancel_futures=True)
        while not stop_now():
            try:
                self._pool.join(0.2)
                return
            except TimeoutError:
                continue
        self.stop_now()


def _context(warm: bool) -> Any:
    context = multiprocessing.get_context("forkserver" if sys.platform != "win32"
                                          else "spawn")
    if warm and sys.platform != "win32":
        # computed once in the fork server, inherited by every worker (batch/warm.py)
        context.set_forkserver_preload(["artexport.batch.warm"])
    return context


def start_workers_early() -> None:
    """Start the local pool's fork server now, without waiting for it: its warm-up
    (batch/warm.py, about a second) then runs while this process still checks the
    formats (which imports WeasyPrint here too) instead of after. Workers fork from it
    when the pool starts; nothing to do where there is no fork server (Windows)."""
    if sys.platform == "win32":
        return
    _context(True)
    from multiprocessing import forkserver

    forkserver.ensure_running()


def default_executor(jobs: int | None = None, *, tasks_per_worker: int = 50,
                     time_limit: float | None = None,
                     memory_limit: int | None = None) -> LocalPool:
    """The local pool a batch uses by default (see :class:`LocalPool`)."""
    hard = time_limit + HARD_LIMIT_GRACE if time_limit else None
    return LocalPool(jobs, tasks_per_worker=tasks_per_worker, hard_limit=hard,
                     memory_limit=memory_limit)


# ---- in a local worker -----------------------------------------------------------------

def _worker_init(owner: int, memory_limit: int | None = None) -> None:
    # SIGTERM in a worker raises, so an article being written cleans up its temp files.
    signal.signal(signal.SIGTERM, _terminate)
    # Ctrl-C goes to the whole process group: let the parent decide, don't die mid-write.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_limit:
        limit_memory(memory_limit)
    if os.name == "posix":
        threading.Thread(target=_leave_when_orphaned, args=(owner,), name="artexport-orphan",
                         daemon=True).start()


def limit_memory(size: int) -> None:
    """Cap this process's memory at ``size`` bytes: past it an allocation fails (Python
    raises ``MemoryError``, which fails the article being converted). The limit is on
    the data segment (``RLIMIT_DATA``: heap and private mappings, thread stacks), which
    follows what the process really uses; the address space (``RLIMIT_AS``) also counts
    reservations never touched (a worker with fonts and onnxruntime loaded reserves
    800 MB while using 200). Where neither can be set (not POSIX) nothing is limited."""
    try:
        import resource
    except ImportError:
        return
    kind = getattr(resource, "RLIMIT_DATA", None) or getattr(resource, "RLIMIT_AS", None)
    if kind is None:
        return
    _, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        size = min(size, hard)
    resource.setrlimit(kind, (size, hard))


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _leave_when_orphaned(owner: int, interval: float = 0.5, grace: float = 5.0) -> None:
    """Exit once ``owner`` (the pool's process) is gone (``kill -9``): a busy worker
    would otherwise finish its article and an idle one could wait forever. (A
    forkserver outlives the owner while any worker lives, so a worker's parent is no
    sign; the owner's pid is.)"""
    while _alive(owner):
        time.sleep(interval)
    os.kill(os.getpid(), signal.SIGTERM)  # the handler cleans up what is being written
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


# ---- Dask -------------------------------------------------------------------------------

def dask_executor(address: str) -> Executor:
    """An executor on a Dask cluster (``dask://host:port`` or ``tcp://host:port``)."""
    try:
        from distributed import Client
    except ImportError:
        raise SetupError(None, "Dask support needs the extra: pip install "
                               "'artexport[dask]'") from None
    if address.startswith("dask://"):
        address = "tcp://" + address[len("dask://"):]
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as e:
        raise SetupError(None, f"cannot reach the Dask scheduler at {address}: {e}") \
            from None
    executor: Executor = client.get_executor()  # type: ignore[no-untyped-call]
    return executor


def _dask_client(executor: Executor) -> Any:
    """The Dask client behind ``client.get_executor()``, else ``None``."""
    if type(executor).__module__.startswith("distributed"):
        return getattr(executor, "_client", None)
    return None


def check_workers(executor: Executor, src: Path, out: Path) -> None:
    """Before any work on an executor we did not start: every worker (Dask), or the one
    that takes a tiny task (any other executor), must see ``src`` and ``out`` at the
    same absolute paths (``out`` through a token file just written there) and run this
    artexport version. Raises :class:`SetupError` with one line otherwise."""
    token = secrets.token_hex(16)
    token_file = out / f".artexport-preflight-{token[:12]}"
    token_file.write_text(token, encoding="ascii")
    try:
        client = _dask_client(executor)
        try:
            if client is not None:
                views: dict[str, WorkerView] = client.run(
                    worker_view, str(src), str(out), str(token_file))
                if not views:
                    raise SetupError(None, "the Dask cluster has no workers")
            else:
                future = executor.submit(worker_view, str(src), str(out), str(token_file))
                views = {"the executor's worker": future.result(timeout=PREFLIGHT_SECONDS)}
        except FutureTimeout:
            raise SetupError(None, f"no worker answered within {PREFLIGHT_SECONDS:g} s") \
                from None
        except (ArtexportError, KeyboardInterrupt):
            raise
        except Exception as e:  # artexport missing on the worker, or another one
            raise SetupError(None, f"the workers cannot run artexport {__version__}: "
                                   f"{type(e).__name__}: {e} (install the same version "
                                   "on every worker)") from None
    finally:
        token_file.unlink(missing_ok=True)
    for name, view in sorted(views.items()):
        where = f"worker {name} ({view.host}, in {view.cwd})"
        if view.version != __version__:
            raise SetupError(None, f"{where} runs artexport {view.version}, this client "
                                   f"{__version__}; install the same version everywhere")
        if not view.sees_src:
            raise SetupError(None, f"{where} cannot see {src}; workers need the same "
                                   "files at the same absolute paths")
        if view.out_token != token:
            raise SetupError(None, f"{where} cannot write to {out} as this client sees it; "
                                   "workers need the same shared folder at the same path")
    log.debug("%d worker(s) checked: artexport %s, %s and %s seen at the same paths",
              len(views), __version__, src, out)
