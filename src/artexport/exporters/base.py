"""The exporter contract: render an Article to bytes; one writer puts them on disk."""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import importlib
import io
import re
import types
import typing
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, final

from ..errors import ArtexportError, ExportError, OptionError, SetupError
from ..model import Article
from ..writer import write_many

# What the loader makes slugs of (``loader._slug``): letters of any script, digits, . _ -
SAFE_SLUG = re.compile(r"[\w.-]{1,200}")
# What most file systems allow in one file name, in bytes (ext4, XFS, APFS, NTFS: 255)
NAME_MAX = 255
# How a missing shared library shows (cffi's dlopen, ctypes): WeasyPrint without Pango
_MISSING_LIBRARY = ("cannot load library", "cannot open shared object file")
_LIBRARY_NAME = re.compile(r"cannot load library '([^']+)'|([^\s:]+): cannot open shared "
                           r"object file")


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
    # Modules the exporter needs at render time (heavy ones are imported there, not at
    # load): imported by :meth:`check_environment` before any article is read, so that
    # a missing system library is one line at the start, not a failure per article.
    requires: ClassVar[tuple[str, ...]] = ()

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

    @classmethod
    def check_environment(cls) -> None:
        """Raise :class:`~artexport.errors.SetupError` when what the exporter needs at
        render time cannot be imported (WeasyPrint without Pango, say)."""
        for module in cls.requires:
            try:
                # WeasyPrint prints a banner of its own before it raises: only our one
                # line is shown
                with contextlib.redirect_stdout(io.StringIO()):
                    importlib.import_module(module)
            except (ImportError, OSError) as e:
                raise setup_error(cls.name, e) from None

    @final
    def export(self, article: Article, out_dir: Path | str) -> list[Path]:
        """Render and write ``<out_dir>/<slug>.<ext>`` (and side files) atomically."""
        return write_many(self.render_files(article, Path(out_dir)))

    @final
    def render_files(self, article: Article, out_dir: Path) -> dict[Path, bytes]:
        """Render the article: the files it becomes under ``out_dir``, not yet written.

        Every failure is an :class:`~artexport.errors.ArtexportError` naming the
        article's source (or a :class:`~artexport.errors.SetupError` naming what is
        missing from this machine)."""
        try:
            rendered = self.render(article)
        except ArtexportError:
            raise
        except OSError as e:
            if any(m in str(e) for m in _MISSING_LIBRARY):
                raise setup_error(self.name, e) from e
            raise self._failed(article, e) from e
        except Exception as e:  # a renderer bug or library failure: name the article
            raise self._failed(article, e) from e
        return self.output_files(article, out_dir, rendered)

    def _failed(self, article: Article, e: Exception) -> ExportError:
        where = article.source_dir or article.slug
        return ExportError(where, f"{self.name} export failed: {type(e).__name__}: {e}")

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
        for path in files:
            size = len(path.name.encode("utf-8", "surrogateescape"))
            if size > NAME_MAX:
                raise ExportError(article.source_dir or article.slug, (
                    f"the file name {path.name[:60]!r}... is {size} bytes, over the "
                    f"{NAME_MAX} a file system allows; give the article a shorter slug"))
        return files


def setup_error(exporter: str, error: BaseException) -> SetupError:
    """One line for an exporter that cannot run on this machine."""
    text = " ".join(str(error).split())
    if any(m in text for m in _MISSING_LIBRARY):
        # cffi: "cannot load library 'libpango-1.0-0': ...", ctypes: "libx.so.0: cannot
        # open shared object file: ..."; the library's name is what the user needs
        named = _LIBRARY_NAME.search(text)
        library = (named.group(1) or named.group(2)) if named else text[:200]
        return SetupError(None, f"{exporter}: a system library is missing ({library}); "
                                "install Pango and HarfBuzz (Debian: apt install "
                                "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)")
    return SetupError(None, f"{exporter}: cannot run here: {type(error).__name__}: "
                            f"{text[:200]}")


def parse_options(cls: type[Any], values: Mapping[str, Any], *, exporter: str) -> Any:
    """Build an Options dataclass from ``key=value`` strings (CLI) or Python values."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for key, raw in values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise OptionError(None, f"{exporter}: unknown option {key!r}"
                                    f"{did_you_mean(name, known)}")
        kwargs[name] = _coerce(raw, hints[name], f"{exporter}: option {key}")
    try:
        return cls(**kwargs)
    except (OptionError, SetupError):  # SetupError: this machine, not the option
        raise
    except (ArtexportError, ValueError, TypeError) as e:  # the class's own checks
        problem = e.problem if isinstance(e, ArtexportError) else str(e)
        raise OptionError(None, problem if problem.startswith(f"{exporter}:")
                          else f"{exporter}: {problem}") from None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean page_size?)`` for a misspelt key, else the list of keys."""
    choices = sorted(known)
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]}?)"
    return f" (options: {', '.join(choices) or 'none'})"


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
            raise OptionError(None, f"{what} must be one of {', '.join(map(str, args))}, "
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
        raise OptionError(None, f"{what}: {raw!r} is not a valid {hint.__name__}") from None
    if origin is tuple:
        return tuple(x.strip() for x in raw.split(",") if x.strip())
    return raw
