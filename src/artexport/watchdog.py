"""A time limit for one article, on any thread: a hostile source (a Markdown parser bomb,
a huge scrape) must not hang a conversion or a batch, whichever executor runs it.

- On a process's main thread (``artexport convert``, the batch's process pool) the limit
  is a ``SIGALRM`` timer: it also interrupts a blocking system call.
- On any other thread (a thread pool, a Dask worker) signals cannot reach it, so a timer
  thread raises :class:`ArticleTimeout` in the converting thread
  (``PyThreadState_SetAsyncExc``) at its next bytecode.

Neither interrupts one long call inside a C library; the process pool adds a hard limit
from outside for that (it ends the worker, see :mod:`artexport.batch.executors`).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from .errors import ArtexportError


class ArticleTimeout(ArtexportError):
    """An article took longer than its time limit."""


def _message(seconds: float) -> str:
    return f"took longer than the limit of {seconds:g} s"


@contextlib.contextmanager
def deadline(seconds: float | None, source: Path | str | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` (naming ``source``) in the block once it has run
    ``seconds``; no limit when ``seconds`` is ``None`` or 0."""
    if not seconds:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds, source):
            yield
    else:
        with _async_raise(seconds, source):
            yield


@contextlib.contextmanager
def _alarm(seconds: float, source: Path | str | None) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimeout(source, _message(seconds))

    # A caller's own timer (a test runner's time limit, an outer deadline) is kept: the
    # sooner of the two fires, and the caller's is re-armed with what is left of it.
    started = time.monotonic()
    old = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer and outer < seconds:
        signal.signal(signal.SIGALRM, old)  # the caller's fires first: let it
        old = None
    else:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if old is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
            if outer:
                left = outer - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


class _ThreadTimeout(ArticleTimeout):
    """Raised asynchronously in a worker thread. ``PyThreadState_SetAsyncExc`` takes an
    exception class, not an instance: the message is set once the class is raised."""

    def __init__(self, *args: object) -> None:
        pending = _PENDING.get(threading.get_ident())
        if pending is None:  # pragma: no cover - only ever raised by _async_raise
            super().__init__(None, "took longer than its time limit")
        else:
            super().__init__(pending[0], _message(pending[1]))

    def __reduce__(self) -> tuple[object, ...]:
        return (ArticleTimeout, (self.path, self.problem))


_PENDING: dict[int, tuple[Path | str | None, float]] = {}


@contextlib.contextmanager
def _async_raise(seconds: float, source: Path | str | None) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    active = True

    def expire() -> None:
        with lock:
            if active:
                _PENDING[target] = (source, seconds)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(_ThreadTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.name = "artexport-deadline"
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            active = False
            # an exception set but not yet raised must not escape past this block
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
        _PENDING.pop(target, None)
