"""Errors and warnings. Every message names the file and the problem, in one line."""

from __future__ import annotations

from pathlib import Path


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


class ArticleError(ArtexportError):
    """The source article cannot be read: bad encoding, bad structure, a missing image."""


class ResourceError(ArtexportError):
    """A resource reference was refused (outside the article folder, remote, too big)."""


class ExportError(ArtexportError):
    """An exporter failed to render an otherwise valid article."""


class UnknownFormatError(ArtexportError):
    """No exporter is registered under that name, or it failed to load."""


class ArtexportWarning(UserWarning):
    """Something was dropped or degraded, and the output is still usable.

    Issued with :func:`warnings.warn`; the CLI prints them, ``--strict`` turns them into
    errors, and the batch report lists them per article.
    """
