"""The ``artexport`` command: a thin shell over the Python API.

Exit codes: 0 success, 1 a conversion error (the message names the file and the
problem), 2 a usage error.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import signal
import sys
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__, load_article
from .conversion import Converter, prepare_output
from .errors import (
    BATCH_INTERRUPTED,
    ArtexportError,
    ArtexportWarning,
    BatchInterrupted,
    OptionError,
    SetupError,
)
from .exporters import (
    Exporter,
    describe_exporters,
    exporter_names,
    select_exporters,
    shadowed_exporters,
    validate_options,
)
from .exporters.base import did_you_mean
from .loader import dropped_report
from .model import Article


class FormatList(click.ParamType):
    """``html,pdf`` or repeated ``-f``; ``all`` means every registered format (a broken
    third-party plugin is then skipped with a warning)."""

    name = "formats"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        names = [v.strip() for v in str(value).split(",") if v.strip()]
        known = exporter_names()
        unknown = [n for n in names if n not in known and n != "all"]
        if unknown or not names:
            self.fail(f"unknown format {', '.join(unknown)} (available: {', '.join(known)})",
                      param, ctx)
        return names


class MemorySize(click.ParamType):
    """A size in bytes: ``512M``, ``2G``, ``1.5G``, ``1073741824``; ``0`` is none."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        from .batch.executors import parse_size

        size = parse_size(str(value))
        if size is None:
            self.fail(f"{value!r} is not a size (e.g. 512M, 2G, 0 for no limit)", param, ctx)
        return size


def _flatten(groups: Sequence[list[str]]) -> list[str]:
    return list(dict.fromkeys(n for g in groups for n in g))


def parse_option_args(pairs: Sequence[str], formats: Mapping[str, type[Exporter]]
                      ) -> dict[str, dict[str, str]]:
    """``pdf.page_size=A5`` -> {"pdf": {"page_size": "A5"}}; ``page_size=A5`` goes to
    every chosen format that has that option. Values are checked later, with the
    formats' own Options classes, before any article is read."""
    out: dict[str, dict[str, str]] = {f: {} for f in formats}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE or FORMAT.KEY=VALUE",
                                     param_hint="--opt")
        fmt, dot, name = key.partition(".")
        if dot:
            if fmt not in out:
                raise click.BadParameter(f"{pair!r}: {fmt} is not one of the chosen formats",
                                         param_hint="--opt")
            out[fmt][name] = value
            continue
        fields = {f: {x.name for x in dataclasses.fields(cls.Options)}
                  for f, cls in formats.items()}
        targets = [f for f in formats if key.replace("-", "_") in fields[f]]
        if not targets:
            every = {name for names in fields.values() for name in names}
            raise click.BadParameter(f"no chosen format has an option {key!r}"
                                     f"{did_you_mean(key.replace('-', '_'), every)}",
                                     param_hint="--opt")
        for f in targets:
            out[f][key] = value
    return {f: o for f, o in out.items() if o}


@contextmanager
def _reported_warnings(strict: bool, quiet: bool) -> Iterator[None]:
    """Print ArtexportWarnings to stderr; under --strict they become errors."""
    with warnings.catch_warnings():
        if strict:
            warnings.simplefilter("error", ArtexportWarning)
            yield
            return
        warnings.simplefilter("always", ArtexportWarning)

        def show(message: Warning | str, category: type[Warning], *args: Any,
                 **kwargs: Any) -> None:
            if not quiet:
                click.echo(f"warning: {message}", err=True)

        warnings.showwarning = show
        yield


def _stopping() -> None:
    """The process is exiting on a stop signal: a late Ctrl-C (the third of three quick
    ones) must not cut the one-line message and the exit code short."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)


def _fail(message: str) -> None:
    click.echo(f"error: {_one_line(message)}", err=True)


def _problem(e: BaseException) -> str:
    """An OSError/ValueError/UnicodeError as a problem (its file, when it names one, and
    what went wrong), for a message that starts with the article's name."""
    name, reason = getattr(e, "filename", None), getattr(e, "strerror", None)
    if name and reason:
        return f"{name}: {reason}"
    return f"{type(e).__name__}: {e}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Boundary(click.Group):
    """The one place where errors become messages and exit codes: a usage error (a bad
    option, an unknown format) exits 2, everything else that went wrong 1, each as one
    line; Ctrl-C and SIGTERM 128 + the signal. Never a traceback for a user's input."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OptionError as e:
            raise click.UsageError(str(e), ctx) from None
        except ArtexportWarning as w:  # --strict
            _fail(f"{w} (--strict)")
        except BatchInterrupted as e:
            _stopping()
            _fail(str(e))
            ctx.exit(128 + e.signum)
        except KeyboardInterrupt:
            _stopping()
            # (a third quick Ctrl-C can land after a batch stopped, its handlers gone:
            # the manifest and the report are written by then, as for the second)
            _fail(BATCH_INTERRUPTED if ctx.invoked_subcommand == "batch" else "interrupted")
            ctx.exit(130)
        except ArtexportError as e:
            _fail(str(e))
        except (OSError, ValueError, UnicodeError) as e:  # whatever names its file, once
            _fail(_problem(e))
        ctx.exit(1)


@click.group(cls=_Boundary, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="artexport")
@click.option("-v", "--verbose", count=True,
              help="Say what is being done (-v), with details and timings (-vv).")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """Turn news articles into accessible editions: RTL PDF, EPUB 3, large-print HTML
    and Arabic speech audio."""
    ctx.obj = verbose
    _log_to_stderr(logging.DEBUG if verbose > 1 else logging.INFO if verbose else
                   logging.WARNING)


def _log_to_stderr(level: int) -> None:
    """The ``artexport`` logger's records (what is done, not what went wrong: that is a
    warning or an error) on stderr, one line each; ``-v`` / ``-vv`` choose how much."""
    logger = logging.getLogger("artexport")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to ``sys.stderr`` as it is when a record comes (a test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _formats(groups: tuple[list[str], ...], strict: bool, quiet: bool, *,
             check: bool = True) -> dict[str, type[Exporter]]:
    with _reported_warnings(strict, quiet):
        return select_exporters(_flatten(groups), check=check)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, type=FormatList(), required=True,
              help="Formats to write, comma-separated (html,pdf,epub,audio) or 'all'.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              required=True, help="Folder for <slug>.<ext> files.")
@click.option("--opt", "opts", multiple=True, metavar="[FORMAT.]KEY=VALUE",
              help="An exporter option, e.g. pdf.page_size=A5. Repeatable.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of template overrides (looked up before the built-ins).")
@click.option("--strict", is_flag=True, help="Treat warnings (dropped images...) as errors.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds one article may take (0: no limit).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("--keep-all", is_flag=True,
              help="Keep every line of a page or scrape as body text; leave nothing out.")
def convert(inputs: tuple[Path, ...], formats: tuple[list[str], ...], output: Path,
            opts: tuple[str, ...], templates: Path | None, strict: bool, time_limit: float,
            quiet: bool, keep_all: bool) -> None:
    """Convert article folders or files into the chosen formats: each article's files
    are written all together, or none of them."""
    classes = _formats(formats, strict, quiet)
    with _reported_warnings(strict, quiet):
        converter = Converter(classes, parse_option_args(opts, classes), templates=templates,
                              keep_all=keep_all)
    prepare_output(output)
    failed = 0
    slugs: dict[str, Path] = {}

    def claim(source: Path) -> Callable[[Article], None]:
        def check(article: Article) -> None:
            first = slugs.setdefault(article.slug.casefold(), source)
            if first != source:  # e.g. story.md and story.json given together
                raise ArtexportError(source, f"would overwrite what {first} wrote (both "
                                             f"are {article.slug!r}); convert it into "
                                             "another folder")
        return check

    for source in inputs:
        try:
            with _reported_warnings(strict, quiet):
                done = converter.convert(source, output, time_limit=time_limit or None,
                                         check=claim(source))
        except SetupError:
            raise  # this machine or folder, not this article: stop here
        except ArtexportWarning as w:
            failed += 1
            _fail(f"{w} (--strict)")
            continue
        except ArtexportError as e:
            failed += 1
            _fail(str(e))
            continue
        except (OSError, ValueError, UnicodeError) as e:  # a library's, naming no article
            failed += 1
            _fail(f"{source}: {_problem(e)}")
            continue
        except MemoryError:
            failed += 1
            _fail(f"{source}: needs more memory than this process may use; nothing was "
                  "written for it")
            continue
        if not quiet:
            for path in done.paths:
                click.echo(str(path))
    if failed:
        sys.exit(1)


@main.command()
def formats() -> None:
    """List the available formats (installed exporters, plugins included)."""
    broken = 0
    for info in describe_exporters():
        if info.error:
            broken += 1
            click.echo(f"{info.name:<10} BROKEN  {_one_line(info.error)}")
        else:
            click.echo(f"{info.name:<10} .{info.extension:<6} {info.description}")
    for line in shadowed_exporters():
        click.echo(f"warning: {line}", err=True)
    _list_engines()
    if broken:
        click.echo(f"{broken} exporter(s) failed to load; the others work.", err=True)


def _list_engines() -> None:
    """The TTS engines for ``--opt audio.engine=NAME``; one that cannot run here says
    what to install (the ``gtts`` extra, say)."""
    from .tts import engine_names, get_engine

    click.echo("\nspeech engines (--opt audio.engine=NAME):")
    for name in engine_names():
        try:
            cls = get_engine(name)
        except ArtexportError as e:
            click.echo(f"  {name:<8} BROKEN  {_one_line(e.problem)}")
            continue
        missing = cls.missing()
        click.echo(f"  {name:<8} {'UNAVAILABLE ' + missing if missing else cls.description}")

@main.group()
def cache() -> None:
    """The speech cache: sentences already spoken, kept so a re-run speaks only what
    changed. Bounded by ARTEXPORT_CACHE_MAX (500M by default; least recently used
    entries go first); its folder is $XDG_CACHE_HOME/artexport/speech."""


@cache.command("info")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="A cache folder other than the default (audio.cache_dir).")
def cache_info_command(root: Path | None) -> None:
    """Where the speech cache is, what it holds, its size and cap."""
    from .tts.cache import CACHE_MAX_ENV, cache_info

    info = cache_info(root)
    mb = 1024 * 1024
    click.echo(f"folder:     {info.root}")
    click.echo(f"segments:   {info.count['.seg']} spoken sentences")
    click.echo(f"narrations: {info.count['.enc']} encoded MP3s")
    click.echo(f"texts:      {info.count['.txt']} vowelled sentences")
    click.echo(f"size:       {info.size / mb:.1f} MB of {info.max_bytes / mb:.0f} MB "
               f"({CACHE_MAX_ENV})")


@cache.command("clear")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="A cache folder other than the default (audio.cache_dir).")
def cache_clear_command(root: Path | None) -> None:
    """Remove every entry of the speech cache."""
    from .tts.cache import clear_cache, default_cache_dir

    files, size = clear_cache(root)
    click.echo(f"removed {files} entries ({size / 1024 / 1024:.1f} MB) from "
               f"{root or default_cache_dir()}")


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--text", "as_text", is_flag=True,
              help="Print the readable text (title, then each block) instead of JSON.")
@click.option("--dropped", is_flag=True,
              help="List what the reader left out (menus, adverts...), each with its reason.")
@click.option("--keep-all", is_flag=True,
              help="Keep every line of a page or scrape as body text; leave nothing out.")
@click.option("--speech", is_flag=True,
              help="Print each spoken sentence: its language, voice and the exact engine text.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds the article may take to read (0: no limit).")
def inspect(source: Path, strict: bool, as_text: bool, dropped: bool, keep_all: bool,
            speech: bool, time_limit: float) -> None:
    """Print the parsed article as JSON (the form the JSON reader accepts)."""
    from .watchdog import deadline

    with _reported_warnings(strict, quiet=False), deadline(time_limit or None, source):
        try:
            article = load_article(source, keep_all=keep_all)
            if speech:
                from .narration import plan_speech

                click.echo("\n".join(plan_speech(article).lines()))
                return
        except (OSError, ValueError, UnicodeError) as e:  # a library's, naming no article
            raise ArtexportError(source, _problem(e)) from e
    if dropped:
        click.echo(dropped_report(article))
    elif as_text:
        click.echo(article.plain_text())
    else:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("src", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              required=True, help="Folder for <relative path>/<slug>.<ext> files.")
@click.option("-f", "--format", "formats", multiple=True, type=FormatList(), required=True,
              help="Formats to write, comma-separated, or 'all'.")
@click.option("--opt", "opts", multiple=True, metavar="[FORMAT.]KEY=VALUE",
              help="An exporter option, e.g. pdf.page_size=A5. Repeatable.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of template overrides.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU).")
@click.option("--executor", "executor_url", metavar="dask://HOST:PORT", default=None,
              help="Run on a Dask cluster instead of local processes.")
@click.option("--force", is_flag=True, help="Rebuild outputs even when up to date.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds one article may take (0: no limit).")
@click.option("--memory-limit", type=MemorySize(), default="1G", show_default=True,
              help="Memory one worker may take (e.g. 512M, 2G; 0: no limit); an article "
                   "needing more fails alone.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the failures.")
def batch(src: Path, output: Path, formats: tuple[list[str], ...], opts: tuple[str, ...],
          templates: Path | None, jobs: int | None, executor_url: str | None, force: bool,
          time_limit: float, memory_limit: int, quiet: bool) -> None:
    """Convert every article under SRC, in parallel, skipping what is up to date."""
    from .batch import convert_tree, dask_executor
    from .progress import BatchProgress

    verbose = click.get_current_context().find_root().obj or 0
    if quiet or not verbose:  # a batch says what it skips and does unless --quiet
        _log_to_stderr(logging.WARNING if quiet else logging.INFO)
    classes = _formats(formats, False, quiet, check=False)  # convert_tree checks
    options = parse_option_args(opts, classes)
    with _reported_warnings(False, quiet):
        with warnings.catch_warnings():  # convert_tree checks them again, and warns
            warnings.simplefilter("ignore", ArtexportWarning)
            validate_options(classes, options)  # a usage error now, before the cluster
        executor = dask_executor(executor_url) if executor_url else None
        with BatchProgress(quiet=quiet) as progress:
            report = convert_tree(src, output, list(classes), options, executor, jobs=jobs,
                                  force=force, templates=templates,
                                  time_limit=time_limit or None, progress=progress.update,
                                  memory_limit=memory_limit or None)
    if not report.results:
        raise ArtexportError(src, "no article found here (article folders hold "
                                  "article.md, .json, .html, index.html or article.txt; "
                                  "article files end .md, .json, .html or .txt)")
    BatchProgress.summary(report, quiet=quiet)
    if not report.ok:
        sys.exit(1)
