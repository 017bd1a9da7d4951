"""Errors and warnings. Every message names the file and the problem, in one line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import FrameType


def quoted(value: object, limit: int = 200) -> str:
    """``repr(value)`` cut to ``limit`` characters: messages quote untrusted values, and
    a 100 kB "date" or a data: URI must not become a 100 kB error message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


class ArtexportError(Exception):
    """Base class: ``str(error)`` is ``"<file>: <problem>"``."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path is not None else problem)

    def __reduce__(self) -> tuple[object, ...]:
        # an error crosses from a worker process (or a Dask worker) to the client:
        # rebuilt from (path, problem), not from the one formatted message
        return (type(self), (self.path, self.problem))


class ArticleError(ArtexportError):
    """The source article cannot be read: bad encoding, bad structure, a missing image."""


class ResourceError(ArtexportError):
    """A resource reference was refused (outside the article folder, remote, too big)."""


class ExportError(ArtexportError):
    """An exporter failed to render an otherwise valid article."""


class UnknownFormatError(ArtexportError):
    """No exporter is registered under that name, or it failed to load."""


class OptionError(ExportError):
    """An exporter option is unknown or has a bad value: a usage error, found before any
    article is read (the CLI exits 2)."""


class SetupError(ArtexportError):
    """This machine cannot run a conversion at all (a system library is missing, the
    output folder cannot be written, a cluster's workers do not match): found before
    any article is read where possible, and never reported once per article."""


BATCH_INTERRUPTED = "interrupted; finished outputs are kept, run again to resume"


class BatchInterrupted(KeyboardInterrupt):
    """A batch was stopped by Ctrl-C or SIGTERM; what finished is kept and recorded in
    the manifest and in ``report``. A :class:`KeyboardInterrupt`, as Ctrl-C is."""

    def __init__(self, signum: int, report: object = None) -> None:
        super().__init__(BATCH_INTERRUPTED)
        self.signum = signum
        self.report = report

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.signum, self.report))


class ArtexportWarning(UserWarning):
    """Something was dropped or degraded, and the output is still usable.

    Issued with :func:`warnings.warn`; the CLI prints them, ``--strict`` turns them into
    errors, and the batch report lists them per article.
    """


_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep
_GLUE = (os.sep + "contextlib.py", os.sep + "functools.py")


def caller_stacklevel() -> int:
    """The ``stacklevel`` for :func:`warnings.warn` that points at the first frame
    outside artexport: the user's ``load_article(...)`` or ``export(...)`` line, not a
    line of the library. Call it in the argument list of ``warnings.warn``. Where no
    such frame exists (a batch worker's thread) it points at the line that warns."""
    frame = sys._getframe(1)  # the function calling warnings.warn: level 1
    level = 1
    while frame is not None and _inside(frame):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    return level if frame is not None else 1


def _inside(frame: FrameType) -> bool:
    name = frame.f_code.co_filename
    # generated code (a dataclass's __init__ runs as "<string>") belongs to its caller;
    # only a script run with ``python -c`` has such a frame at the bottom of its stack
    return (name.startswith(_PACKAGE) or name.endswith(_GLUE)
            or (name.startswith("<") and frame.f_back is not None))
