"""A time limit for one article: a hostile source (a Markdown parser bomb, a huge scrape)
must not hang a conversion or a batch."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from .errors import ArtexportError


class ArticleTimeout(ArtexportError):
    """An article took longer than the batch's per-article time limit."""


@contextlib.contextmanager
def deadline(seconds: float | None, source: Path) -> Iterator[None]:
    """A watchdog for one article. Works where tasks run on a process's main thread
    (the process pool); elsewhere (threads, Dask) the limit is not enforced."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimeout(source, f"took longer than the limit of {seconds:g} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
