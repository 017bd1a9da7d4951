"""One article into every chosen format, written all together or not at all.

The one per-article step shared by :func:`artexport.export`, ``artexport convert`` and
the batch's workers: load the source (unless given an Article), render every format in
memory, then put every file on disk in one atomic step (:func:`artexport.writer.
write_many`). A format that fails (a date the EPUB cannot hold, a missing library)
leaves none of the article's files behind, not even those of the formats before it.
"""

from __future__ import annotations

import errno
import json
import logging
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ArtexportError, ArtexportWarning, ExportError, SetupError
from .exporters import Exporter, select_exporters, validate_options
from .loader import load_article
from .model import Article
from .watchdog import deadline
from .writer import write_many

# A write that fails for one of these fails every article alike: the run stops.
_MACHINE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
log = logging.getLogger("artexport.conversion")


@dataclass(frozen=True)
class Converted:
    """What one article became: its files, by format, in the order written."""

    article: Article
    files: dict[str, tuple[Path, ...]] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [p for paths in self.files.values() for p in paths]

    @property
    def dropped_words(self) -> int:
        """How many words the reader left out of the article (``Article.dropped``)."""
        return sum(len(d.text.split()) for d in self.article.dropped)


class Converter:
    """The exporters for a set of formats and options, made once and reused for every
    article (so fonts, stylesheets and speech caches are shared across a batch)."""

    def __init__(self, formats: str | Iterable[str] | Mapping[str, type[Exporter]],
                 options: Mapping[str, Any] | None = None, *,
                 templates: Path | None = None, keep_all: bool = False) -> None:
        self.keep_all = keep_all  # load_article(keep_all=...): a page's every line is body
        classes = dict(formats) if isinstance(formats, Mapping) else select_exporters(formats)
        with warnings.catch_warnings():  # the exporters' own parsing warns, once
            warnings.simplefilter("ignore", ArtexportWarning)
            checked = validate_options(classes, options)
        self.exporters: dict[str, Exporter] = {
            name: cls(checked.get(name), templates=templates) for name, cls in classes.items()}

    @property
    def formats(self) -> list[str]:
        return list(self.exporters)

    def render(self, article: Article, out_dir: Path) -> dict[str, dict[Path, bytes]]:
        """Every format's files for ``article``, in memory; nothing is written."""
        rendered: dict[str, dict[Path, bytes]] = {}
        owner: dict[Path, str] = {}
        for name, exporter in self.exporters.items():
            started = time.perf_counter()
            files = exporter.render_files(article, out_dir)
            log.debug("%s: %s rendered in %.2f s", article.source_dir or article.slug, name,
                      time.perf_counter() - started)
            for path in files:
                if path in owner:  # a plugin whose extension is another format's
                    raise ExportError(article.source_dir or article.slug, (
                        f"formats {owner[path]} and {name} would both write {path.name}"))
                owner[path] = name
            rendered[name] = files
        return rendered

    def convert(self, source: Path | str | Article, out_dir: Path | str, *,
                time_limit: float | None = None,
                check: Callable[[Article], None] | None = None) -> Converted:
        """Load (unless ``source`` is an Article), render every format, write all files.

        ``check`` sees the article before anything is rendered (the CLI refuses a second
        input with the same slug there). Raises an
        :class:`~artexport.errors.ArtexportError` naming the source and the problem;
        then nothing of this article was written."""
        out = Path(out_dir)
        where = source.source_dir if isinstance(source, Article) else source
        started = time.perf_counter()
        with deadline(time_limit, where):
            article = source if isinstance(source, Article) else load_article(
                source, keep_all=self.keep_all)
            if check is not None:
                check(article)
            rendered = self.render(article, out)
        merged = {path: data for files in rendered.values() for path, data in files.items()}
        try:
            write_many(merged)
        except OSError as e:
            raise write_error(e, out) from None
        log.info("%s: wrote %d file(s) to %s in %.2f s", where or article.slug, len(merged),
                 out, time.perf_counter() - started)
        return Converted(article, {name: tuple(files) for name, files in rendered.items()})


def prepare_output(out: Path) -> None:
    """Create ``out`` and prove it writable, or one :class:`SetupError` line naming the
    cause (permission, a file in the way, a read-only or full disk)."""
    probe = out / ".artexport-probe"
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_many({probe: b""})
        probe.unlink()
    except FileExistsError:
        raise SetupError(out, "cannot create the output folder: a file is in the way") \
            from None
    except OSError as e:
        what = "cannot create the output folder: a file is in the way" \
            if e.errno == errno.ENOTDIR else \
            f"cannot write to the output folder: {e.strerror or e}"
        raise SetupError(out, what) from None


def write_error(error: OSError, out: Path) -> ArtexportError:
    """One line for a file that could not be written: naming the file, and a
    :class:`~artexport.errors.SetupError` when the whole folder is unusable."""
    where = error.filename or out
    problem = f"cannot write: {error.strerror or error}"
    if error.errno in _MACHINE_ERRNOS:
        return SetupError(where, problem)
    return ExportError(where, problem)


@cache
def _converter(formats: tuple[str, ...], options: str, templates: Path | None) -> Converter:
    return Converter(formats, json.loads(options), templates=templates)


def converter_for(formats: Iterable[str], options: Mapping[str, Any] | None,
                  templates: Path | None) -> Converter:
    """One :class:`Converter` per formats, options and templates in this process: a
    batch worker reuses it (and its caches) for every article it converts."""
    key = json.dumps({k: dict(v) for k, v in (options or {}).items() if v},
                     sort_keys=True, default=str)
    with warnings.catch_warnings():  # the client has shown the options' warnings already
        warnings.simplefilter("ignore", ArtexportWarning)
        return _converter(tuple(formats), key, templates)
