"""The exporter contract: render an Article to bytes; one writer puts them on disk."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, final

from ..errors import ArtexportError, ExportError
from ..model import Article
from ..writer import write_many

# What the loader makes slugs of (``loader._slug``): letters of any script, digits, . _ -
SAFE_SLUG = re.compile(r"[\w.-]{1,200}")


@dataclass(frozen=True)
class Rendered:
    """What an exporter produced for one article.

    ``data`` becomes ``<slug>.<file_extension>``; each ``side_files`` entry maps a suffix
    (``".vtt"``) to bytes written as ``<slug><suffix>`` beside it.
    """

    data: bytes
    side_files: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class NoOptions:
    """For exporters without options."""


class Exporter(ABC):
    """Base class of every output format, built-in or third-party.

    Subclasses set the class attributes, define ``Options`` as a frozen dataclass with
    defaults, and implement :meth:`render`. Register the class under the
    ``artexport.exporters`` entry-point group with ``name`` as the entry-point name.
    """

    name: ClassVar[str]
    file_extension: ClassVar[str]
    media_type: ClassVar[str]
    Options: ClassVar[type[Any]] = NoOptions
    description: ClassVar[str] = ""

    def __init__(self, options: Any = None, *, templates: Path | None = None) -> None:
        if options is None:
            options = self.Options()
        elif isinstance(options, Mapping):
            options = parse_options(self.Options, options, exporter=self.name)
        elif not isinstance(options, self.Options):
            raise TypeError(f"{self.name}: options must be {self.Options.__name__}, "
                            f"not {type(options).__name__}")
        self.options = options
        self.templates = templates

    @abstractmethod
    def render(self, article: Article) -> Rendered:
        """Render the article. Pure: reads only through :mod:`artexport.resources`."""

    @final
    def export(self, article: Article, out_dir: Path | str) -> list[Path]:
        """Render and write ``<out_dir>/<slug>.<ext>`` (and side files) atomically."""
        try:
            rendered = self.render(article)
        except ArtexportError:
            raise
        except Exception as e:  # a renderer bug or library failure: name the article
            where = article.source_dir or article.slug
            raise ExportError(where, f"{self.name} export failed: {type(e).__name__}: {e}") from e
        return write_many(self.output_files(article, Path(out_dir), rendered))

    def output_files(self, article: Article, out_dir: Path,
                     rendered: Rendered) -> dict[Path, bytes]:
        """Map destination paths to bytes; side files first so the main file lands last.

        The slug becomes a file name: an Article built in Python (not by the loader) may
        carry one that would leave ``out_dir`` (``../x``), and that is refused."""
        if not SAFE_SLUG.fullmatch(article.slug) or article.slug.startswith("."):
            raise ExportError(article.source_dir, f"slug {article.slug[:80]!r} is not a file "
                                                  "name (letters, digits, '.', '_', '-')")
        for suffix in rendered.side_files:
            if not SAFE_SLUG.fullmatch(suffix.lstrip(".")):
                raise ExportError(article.source_dir, f"{self.name}: side file suffix "
                                                      f"{suffix!r} is not a file name")
        files = {out_dir / f"{article.slug}{suffix}": data
                 for suffix, data in rendered.side_files.items()}
        files[out_dir / f"{article.slug}.{self.file_extension}"] = rendered.data
        return files


def parse_options(cls: type[Any], values: Mapping[str, Any], *, exporter: str) -> Any:
    """Build an Options dataclass from ``key=value`` strings (CLI) or Python values."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for key, raw in values.items():
        name = key.replace("-", "_")
        if name not in known:
            choices = ", ".join(sorted(known)) or "none"
            raise ExportError(None, f"{exporter}: unknown option {key!r} (options: {choices})")
        kwargs[name] = _coerce(raw, hints[name], f"{exporter}: option {key}")
    return cls(**kwargs)


def _coerce(raw: Any, hint: Any, what: str) -> Any:
    if not isinstance(raw, str):
        return raw
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw.lower() in {"", "none"} and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        if raw not in args:
            raise ExportError(None, f"{what} must be one of {', '.join(map(str, args))}, "
                                    f"not {raw!r}")
        return raw
    try:
        if hint is bool:
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if hint in (int, float, str):
            return hint(raw)
        if hint is Path:
            return Path(raw)
    except ValueError:
        raise ExportError(None, f"{what}: {raw!r} is not a valid {hint.__name__}") from None
    if origin is tuple:
        return tuple(x.strip() for x in raw.split(",") if x.strip())
    return raw
